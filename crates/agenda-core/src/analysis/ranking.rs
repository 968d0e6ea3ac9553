//! Aggregating the departments' ballots into a joint priority, and showing
//! where they agree.
//!
//! Methods (sources in `docs/prioritisation.md`):
//! - **Weighted points**: the sum over departments of weight × points.
//! - **Borda count**: on each ballot an item gets `n − r` points for average
//!   rank `r` (1 = best, ties share the average), times the weight.
//! - **Schulze method**: pairwise preferences `d[x][y]` (total weight of
//!   ballots ranking x above y), strongest paths by the Floyd–Warshall
//!   widest-path recursion, x beats y when `p[x][y] > p[y][x]`; an item's
//!   place is 1 + the number of items that beat it.
//! - **Kendall's W** with tie correction over the active departments
//!   (unweighted, as the statistic is defined for equal judges):
//!   `W = 12 S / (m²(n³ − n) − m Σ T)`, `T = Σ (t³ − t)` per tie group.
//! - **Support** of a department for an item, in 0..=1: points ÷ cap per
//!   item, or `(n − r) / (n − 1)` for rank `r`. Classification in
//!   [`Agreement::classify`].
//!
//! Only *active* departments count: weight above 0 and a ballot cast for
//! the current subject. So a department with weight 0 changes nothing.

use crate::model::Agenda;
use crate::model::DepartmentId;
use crate::model::prioritisation::{ItemRef, PriorityMethod};

/// Support at or above this is strong.
pub const STRONG_SUPPORT: f64 = 0.6;
/// Support at or below this is weak.
pub const WEAK_SUPPORT: f64 = 0.2;
/// Share of the weight with strong support that makes "überwiegend
/// dafür".
pub const BROAD_SHARE: f64 = 0.5;
/// Tolerance for comparing sums of fractions with thresholds, so that the
/// order in which departments are added never changes a classification.
const TOLERANCE: f64 = 1e-9;

/// One department's ballot: a score per item (higher is better) and the
/// department's weight.
#[derive(Clone, Debug, PartialEq)]
pub struct Ballot {
    /// How much the ballot counts.
    pub weight: u32,
    /// One score per item; equal scores are ties.
    pub scores: Vec<i64>,
}

/// Average ranks (1 = best) of `scores`, higher score = better rank, ties
/// share the mean of the places they occupy.
pub fn average_ranks(scores: &[i64]) -> Vec<f64> {
    scores
        .iter()
        .map(|s| {
            let better = scores.iter().filter(|o| *o > s).count();
            let equal = scores.iter().filter(|o| *o == s).count();
            // Places better+1 ..= better+equal, averaged.
            better as f64 + (equal as f64 + 1.0) / 2.0
        })
        .collect()
}

/// Weighted Borda scores: `n − r` per ballot for average rank `r`.
pub fn borda(items: usize, ballots: &[Ballot]) -> Vec<f64> {
    let mut totals = vec![0.0; items];
    for ballot in ballots {
        let ranks = average_ranks(&ballot.scores);
        for (total, rank) in totals.iter_mut().zip(ranks) {
            *total += f64::from(ballot.weight) * (items as f64 - rank);
        }
    }
    totals
}

/// Schulze places (1 = best, equal places for items that do not beat each
/// other).
pub fn schulze(items: usize, ballots: &[Ballot]) -> Vec<usize> {
    // d[x][y]: weight of ballots preferring x to y.
    let mut d = vec![vec![0_u64; items]; items];
    for ballot in ballots {
        for (x, row) in d.iter_mut().enumerate() {
            for (y, cell) in row.iter_mut().enumerate() {
                if let (Some(sx), Some(sy)) = (ballot.scores.get(x), ballot.scores.get(y))
                    && sx > sy
                {
                    *cell += u64::from(ballot.weight);
                }
            }
        }
    }
    let at = |m: &Vec<Vec<u64>>, x: usize, y: usize| {
        m.get(x).and_then(|r| r.get(y)).copied().unwrap_or(0)
    };
    // p[x][y]: strength of the strongest path from x to y.
    let mut p = vec![vec![0_u64; items]; items];
    for x in 0..items {
        for y in 0..items {
            if x != y && at(&d, x, y) > at(&d, y, x) {
                set(&mut p, x, y, at(&d, x, y));
            }
        }
    }
    for k in 0..items {
        for x in 0..items {
            for y in 0..items {
                if x != y && x != k && y != k {
                    let via = at(&p, x, k).min(at(&p, k, y));
                    if via > at(&p, x, y) {
                        set(&mut p, x, y, via);
                    }
                }
            }
        }
    }
    (0..items)
        .map(|x| 1 + (0..items).filter(|&y| at(&p, y, x) > at(&p, x, y)).count())
        .collect()
}

fn set(m: &mut [Vec<u64>], x: usize, y: usize, value: u64) {
    if let Some(cell) = m.get_mut(x).and_then(|r| r.get_mut(y)) {
        *cell = value;
    }
}

/// Kendall's coefficient of concordance with tie correction. `ranks[j]` are
/// judge j's ranks of the n items (average ranks for ties). `None` with
/// fewer than 2 judges or items, or when every judge tied everything.
pub fn kendall_w(ranks: &[Vec<f64>]) -> Option<f64> {
    let m = ranks.len();
    let n = ranks.first().map_or(0, Vec::len);
    if m < 2 || n < 2 || ranks.iter().any(|r| r.len() != n) {
        return None;
    }
    let (m, nf) = (m as f64, n as f64);
    let sums: Vec<f64> = (0..n)
        .map(|i| ranks.iter().filter_map(|r| r.get(i)).sum())
        .collect();
    let mean = m * (nf + 1.0) / 2.0;
    let s: f64 = sums.iter().map(|r| (r - mean).powi(2)).sum();
    let ties: f64 = ranks.iter().map(|r| tie_sum(r)).sum();
    let denominator = m * m * (nf.powi(3) - nf) - m * ties;
    (denominator > 0.0).then(|| (12.0 * s / denominator).clamp(0.0, 1.0))
}

/// Σ (t³ − t) over groups of equal ranks.
fn tie_sum(ranks: &[f64]) -> f64 {
    let mut sorted = ranks.to_vec();
    crate::sorting::sort_by(&mut sorted, f64::total_cmp);
    let mut total = 0.0;
    let mut run = 1.0_f64;
    for pair in sorted.windows(2) {
        if let [a, b] = pair
            && a == b
        {
            run += 1.0;
            continue;
        }
        total += run.powi(3) - run;
        run = 1.0;
    }
    total + run.powi(3) - run
}

/// How the departments stand on one item. The labels must agree with the
/// support behind them: "Konsens" only where every department supports an
/// item strongly, never beside a split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Agreement {
    /// Konsens: every active department supports the item strongly.
    Consensus,
    /// Überwiegend dafür: no department's support is weak, and departments
    /// with strong support carry at least half the weight (but not all).
    Broad,
    /// Umstritten: strong support from some, weak from others.
    Contested,
    /// Randnotiz: strong support from exactly one department, weak from all
    /// others (at least two others: with only two departments, one for and
    /// one against is a dispute, not a side note).
    SideNote,
    /// Nachrangig: no strong support, or strong support from a minority
    /// only while the rest is lukewarm.
    LowPriority,
    /// Offen: fewer than two active departments have voted.
    Open,
}

impl Agreement {
    /// Classifies an item from the active departments' support (0..=1) and
    /// weights.
    pub fn classify(support: &[f64], weights: &[u32]) -> Self {
        if support.len() < 2 {
            return Self::Open;
        }
        let is_strong = |s: &f64| *s >= STRONG_SUPPORT - TOLERANCE;
        let strong = support.iter().filter(|s| is_strong(s)).count();
        let weak = support
            .iter()
            .filter(|s| **s <= WEAK_SUPPORT + TOLERANCE)
            .count();
        let strong_share = weighted_mean(
            &support
                .iter()
                .map(|s| if is_strong(s) { 1.0 } else { 0.0 })
                .collect::<Vec<_>>(),
            weights,
        );
        if support.len() >= 3 && strong == 1 && weak == support.len() - 1 {
            Self::SideNote
        } else if strong >= 1 && weak >= 1 {
            Self::Contested
        } else if strong == support.len() {
            Self::Consensus
        } else if weak == 0 && strong_share >= BROAD_SHARE - TOLERANCE {
            Self::Broad
        } else {
            Self::LowPriority
        }
    }
}

fn weighted_mean(values: &[f64], weights: &[u32]) -> f64 {
    let total: f64 = weights.iter().map(|w| f64::from(*w)).sum();
    if total == 0.0 {
        return 0.0;
    }
    values
        .iter()
        .zip(weights)
        .map(|(v, w)| v * f64::from(*w))
        .sum::<f64>()
        / total
}

fn weighted_deviation(values: &[f64], weights: &[u32], mean: f64) -> f64 {
    let deviations: Vec<f64> = values.iter().map(|v| (v - mean).powi(2)).collect();
    weighted_mean(&deviations, weights).sqrt()
}

/// The result for one item.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult {
    /// The item.
    pub item: ItemRef,
    /// Joint place, 1 = highest priority; equal places are ties.
    pub place: usize,
    /// Weighted points (points method only).
    pub weighted_points: Option<u64>,
    /// Weighted Borda score.
    pub borda: f64,
    /// Place by the Schulze method.
    pub schulze_place: usize,
    /// Support of each active department, in the order of
    /// [`PriorityResult::departments`].
    pub support: Vec<f64>,
    /// Weighted mean support.
    pub mean_support: f64,
    /// Weighted standard deviation of the support (0 = all agree).
    pub dispersion: f64,
    /// The classification.
    pub agreement: Agreement,
}

/// The joint result of the prioritisation.
#[derive(Clone, Debug, PartialEq)]
pub struct PriorityResult {
    /// Active departments (weight above 0, ballot cast), in agenda order.
    pub departments: Vec<DepartmentId>,
    /// Items by place (ties by Borda score, then agenda order).
    pub items: Vec<ItemResult>,
    /// Kendall's W across the active departments.
    pub concordance: Option<f64>,
}

impl Agenda {
    /// Aggregates the ballots for the current subject and method.
    pub fn priority_result(&self) -> PriorityResult {
        let p = self.prioritisation();
        let items = self.priority_items();
        let n = items.len();
        let mut departments = Vec::new();
        let mut ballots = Vec::new();
        let mut support_rows = Vec::new();
        for department in self.departments().iter().filter(|d| d.weight() > 0) {
            let id = department.id();
            let (scores, support) = match p.method() {
                PriorityMethod::Points => {
                    let points: Vec<u32> = items.iter().map(|i| p.points(id, *i)).collect();
                    if points.iter().all(|x| *x == 0) {
                        continue;
                    }
                    let cap = f64::from(p.max_per_item().max(1));
                    let support = points
                        .iter()
                        .map(|x| (f64::from(*x) / cap).min(1.0))
                        .collect();
                    (
                        points.into_iter().map(i64::from).collect::<Vec<_>>(),
                        support,
                    )
                }
                PriorityMethod::Ranking => {
                    let Some(ranking) = p.ranking(id, p.subject()) else {
                        continue;
                    };
                    let scores: Vec<i64> = items
                        .iter()
                        .map(|i| {
                            let pos = ranking.order().iter().position(|x| x == i);
                            -(pos.unwrap_or(ranking.order().len()) as i64)
                        })
                        .collect();
                    let support = average_ranks(&scores)
                        .into_iter()
                        .map(|r| {
                            if n > 1 {
                                (n as f64 - r) / (n as f64 - 1.0)
                            } else {
                                1.0
                            }
                        })
                        .collect();
                    (scores, support)
                }
            };
            departments.push(id);
            ballots.push(Ballot {
                weight: department.weight(),
                scores,
            });
            support_rows.push(support);
        }

        let weights: Vec<u32> = ballots.iter().map(|b| b.weight).collect();
        let borda_scores = borda(n, &ballots);
        let schulze_places = schulze(n, &ballots);
        let ranks: Vec<Vec<f64>> = ballots.iter().map(|b| average_ranks(&b.scores)).collect();
        let concordance = kendall_w(&ranks);
        let weighted_points: Vec<u64> = (0..n)
            .map(|i| {
                ballots
                    .iter()
                    .map(|b| {
                        let score = b.scores.get(i).copied().unwrap_or(0).max(0);
                        u64::from(b.weight) * score.unsigned_abs()
                    })
                    .sum()
            })
            .collect();
        let places: Vec<usize> = match p.method() {
            PriorityMethod::Points => (0..n)
                .map(|i| {
                    let own = weighted_points.get(i).copied().unwrap_or(0);
                    1 + weighted_points.iter().filter(|x| **x > own).count()
                })
                .collect(),
            PriorityMethod::Ranking => schulze_places.clone(),
        };

        let mut results: Vec<(usize, ItemResult)> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let support: Vec<f64> = support_rows
                    .iter()
                    .map(|row: &Vec<f64>| row.get(i).copied().unwrap_or(0.0))
                    .collect();
                let mean = weighted_mean(&support, &weights);
                let result = ItemResult {
                    item: *item,
                    place: places.get(i).copied().unwrap_or(n),
                    weighted_points: (p.method() == PriorityMethod::Points)
                        .then(|| weighted_points.get(i).copied().unwrap_or(0)),
                    borda: borda_scores.get(i).copied().unwrap_or(0.0),
                    schulze_place: schulze_places.get(i).copied().unwrap_or(n),
                    dispersion: weighted_deviation(&support, &weights, mean),
                    mean_support: mean,
                    agreement: Agreement::classify(&support, &weights),
                    support,
                };
                (i, result)
            })
            .collect();
        crate::sorting::sort_by(&mut results, |(ia, a), (ib, b)| {
            a.place
                .cmp(&b.place)
                .then(b.borda.total_cmp(&a.borda))
                .then(ia.cmp(ib))
        });
        PriorityResult {
            departments,
            items: results.into_iter().map(|(_, r)| r).collect(),
            concordance,
        }
    }
}
