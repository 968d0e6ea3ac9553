//! A labelled progress bar; the percentage is also written as text.

use yew::prelude::*;

/// A labelled progress bar with element id `id`; the percentage is also
/// written as text. A plain function, not a component: it has no state,
/// and a component per bar would only add code to the download.
pub fn progress_bar(percent: f64, label: String, id: String) -> Html {
    let percent = agenda_core::numbers::clamp_percent(percent);
    html! {
        <div class="progress" {id}>
            <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow={agenda_core::numbers::fixed(percent, 0)} aria-label={label.clone()}>
                // An SVG width, not an inline style: the CSP allows no inline styles.
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="fill" width={agenda_core::numbers::fixed(percent, 1)} height="10" />
                </svg>
            </div>
            <span class="progress-text">{ label }</span>
        </div>
    }
}
