//! A labelled progress bar; the percentage is also written as text.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub percent: f64,
    pub label: AttrValue,
    pub id: AttrValue,
}

/// A labelled progress bar; the percentage is also written as text.
#[component]
pub fn ProgressBar(props: &BarProps) -> Html {
    let percent = agenda_core::numbers::clamp_percent(props.percent);
    html! {
        <div class="progress" id={props.id.clone()}>
            <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow={agenda_core::numbers::fixed(percent, 0)} aria-label={props.label.clone()}>
                // An SVG width, not an inline style: the CSP allows no inline styles.
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="fill" width={agenda_core::numbers::fixed(percent, 1)} height="10" />
                </svg>
            </div>
            <span class="progress-text">{ props.label.clone() }</span>
        </div>
    }
}
