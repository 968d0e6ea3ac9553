//! Known-answer tests of the aggregation methods, from published worked
//! examples (sources in docs/prioritisation.md), plus hand-checked cases.

#![allow(clippy::indexing_slicing)] // test helper: a bad index is a failing test

use agenda_core::analysis::ranking::{Agreement, Ballot, average_ranks, borda, kendall_w, schulze};

/// A ballot from an order of item indices, best first, with `weight` voters.
fn ranked(weight: u32, order: &[usize], items: usize) -> Ballot {
    let mut scores = vec![0_i64; items];
    for (place, item) in order.iter().enumerate() {
        scores[*item] = -(place as i64);
    }
    Ballot { weight, scores }
}

fn letters(order: &str) -> Vec<usize> {
    order.bytes().map(|b| usize::from(b - b'A')).collect()
}

/// Wikipedia, "Schulze method", example with 45 voters and 5 candidates.
/// Published result: E > A > C > B > D.
#[test]
fn schulze_classic_45_voter_example() {
    let groups = [
        (5, "ACBED"),
        (5, "ADECB"),
        (8, "BEDAC"),
        (3, "CABED"),
        (7, "CAEBD"),
        (2, "CBADE"),
        (7, "DCEBA"),
        (8, "EBADC"),
    ];
    let ballots: Vec<Ballot> = groups
        .iter()
        .map(|(n, order)| ranked(*n, &letters(order), 5))
        .collect();
    assert_eq!(ballots.iter().map(|b| b.weight).sum::<u32>(), 45);
    let places = schulze(5, &ballots);
    // A B C D E
    assert_eq!(places, [2, 4, 3, 5, 1]);
}

/// Wikipedia, "Borda count", Tennessee capital example (per 100 voters):
/// Memphis 42 (M>N>C>K), Nashville 26 (N>C>K>M), Chattanooga 15 (C>K>N>M),
/// Knoxville 17 (K>C>N>M). Published Borda scores with 3-2-1-0 points:
/// Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.
#[test]
fn borda_tennessee_example() {
    // 0 = Memphis, 1 = Nashville, 2 = Chattanooga, 3 = Knoxville
    let ballots = [
        ranked(42, &[0, 1, 2, 3], 4),
        ranked(26, &[1, 2, 3, 0], 4),
        ranked(15, &[2, 3, 1, 0], 4),
        ranked(17, &[3, 2, 1, 0], 4),
    ];
    assert_eq!(borda(4, &ballots), [126.0, 194.0, 173.0, 107.0]);
    // The same election by Schulze: Nashville is the Condorcet winner.
    assert_eq!(schulze(4, &ballots)[1], 1);
}

/// influentialpoints.com, "Kendall coefficient of concordance", worked
/// example I: four raters rank the strawberries of eight farms;
/// published W = 500 / 672 = 0.744.
#[test]
fn kendall_w_strawberry_example() {
    let ranks: Vec<Vec<f64>> = [
        [8, 4, 2, 3, 5, 1, 6, 7],
        [7, 3, 1, 4, 5, 2, 6, 8],
        [8, 2, 5, 6, 7, 1, 4, 3],
        [8, 3, 4, 2, 5, 1, 6, 7],
    ]
    .iter()
    .map(|row| row.iter().map(|r| f64::from(*r)).collect())
    .collect();
    let w = kendall_w(&ranks).unwrap();
    assert!((w - 500.0 / 672.0).abs() < 1e-12, "W = {w}");
}

/// Hand-checked tie correction: 3 judges, 3 items, judge 2 ties the first
/// two. Rank sums 3.5, 5.5, 9 (mean 6): S = 15.5. Σ T = 2³ − 2 = 6.
/// W = 12 · 15.5 / (3² · (3³ − 3) − 3 · 6) = 186 / 198.
#[test]
fn kendall_w_corrects_for_ties() {
    let ranks = vec![
        vec![1.0, 2.0, 3.0],
        vec![1.5, 1.5, 3.0],
        vec![1.0, 2.0, 3.0],
    ];
    let w = kendall_w(&ranks).unwrap();
    assert!((w - 186.0 / 198.0).abs() < 1e-12, "W = {w}");
}

#[test]
fn kendall_w_is_undefined_for_one_judge_or_all_ties() {
    assert_eq!(kendall_w(&[vec![1.0, 2.0]]), None);
    assert_eq!(kendall_w(&[vec![1.5, 1.5], vec![1.5, 1.5]]), None);
}

#[test]
fn average_ranks_share_tied_places() {
    assert_eq!(average_ranks(&[3, 0, 3, 1]), [1.5, 4.0, 1.5, 3.0]);
    assert_eq!(average_ranks(&[0, 0, 0]), [2.0, 2.0, 2.0]);
}

#[test]
fn classification_thresholds() {
    let w = |n| vec![1_u32; n];
    let check = |support: &[f64], weights: &[u32], expected: Agreement| {
        assert_eq!(
            Agreement::classify(support, weights),
            expected,
            "{support:?} weighted {weights:?}"
        );
    };
    // Konsens only where everyone supports strongly.
    check(&[1.0, 0.67, 0.6], &w(3), Agreement::Consensus);
    // Three for, one lukewarm: not a consensus (issue 25: "Konsens" beside
    // a 3-vs-1 split), but most are for it.
    check(&[1.0, 1.0, 1.0, 0.33], &w(4), Agreement::Broad);
    // Two departments, one for and one against: a dispute, not a side note.
    check(&[1.0, 0.0], &w(2), Agreement::Contested);
    check(&[1.0, 0.0, 0.1], &w(3), Agreement::SideNote);
    check(&[1.0, 1.0, 0.0], &w(3), Agreement::Contested);
    check(&[1.0, 0.33, 0.0], &w(3), Agreement::Contested);
    check(&[0.33, 0.33, 0.0], &w(3), Agreement::LowPriority);
    check(&[0.4, 0.4], &w(2), Agreement::LowPriority);
    check(&[1.0], &w(1), Agreement::Open);
    // Weights decide whether the strong supporters are "most".
    check(&[0.34, 0.67], &[3, 1], Agreement::LowPriority);
    check(&[0.34, 0.67], &[1, 3], Agreement::Broad);
}

/// Small groups, worked by hand: two departments with the points method
/// (cap 3: 0, 1, 2, 3 points are support 0, ⅓, ⅔, 1) and ties in a ranking.
#[test]
fn small_groups_are_classified_as_read() {
    let two = [1_u32, 1];
    // 3 and 3: both strong.
    assert_eq!(Agreement::classify(&[1.0, 1.0], &two), Agreement::Consensus);
    // 3 and 2: ⅔ is strong too.
    assert_eq!(
        Agreement::classify(&[1.0, 2.0 / 3.0], &two),
        Agreement::Consensus
    );
    // 3 and 1: one strong, one lukewarm — half the weight is for it.
    assert_eq!(
        Agreement::classify(&[1.0, 1.0 / 3.0], &two),
        Agreement::Broad
    );
    // 3 and 0: a dispute.
    assert_eq!(Agreement::classify(&[1.0, 0.0], &two), Agreement::Contested);
    // 1 and 1: nobody pushes it.
    assert_eq!(
        Agreement::classify(&[1.0 / 3.0, 1.0 / 3.0], &two),
        Agreement::LowPriority
    );
    // A ranking of three items with the last two tied: average rank 2.5,
    // support (3 − 2.5) / 2 = 0.25 — neither strong nor weak.
    let ranks = average_ranks(&[2, 1, 1]);
    assert_eq!(ranks, [1.0, 2.5, 2.5]);
    let support = (3.0 - ranks[1]) / 2.0;
    assert_eq!(Agreement::classify(&[1.0, support], &two), Agreement::Broad);
    assert_eq!(
        Agreement::classify(&[support, support], &two),
        Agreement::LowPriority
    );
}
