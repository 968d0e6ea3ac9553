//! First start with empty storage: explore the demo or begin empty.

use agenda_core::{Agenda, content::demo};
use yew::prelude::*;

use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Called with the agenda to start with.
    pub on_start: Callback<Agenda>,
}

#[component]
pub fn StartScreen(props: &Props) -> Html {
    let start_demo = {
        let on_start = props.on_start.clone();
        // The demo is built by the core's own reducer; should its text ever
        // break a limit, start empty rather than fail.
        Callback::from(move |_: MouseEvent| on_start.emit(demo::musterstadt().unwrap_or_default()))
    };
    let start_empty = {
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| on_start.emit(Agenda::new()))
    };
    html! {
        <main id="main" class="start" tabindex="-1">
            <h1>{ text::START_HEADING }</h1>
            <p class="intro">{ text::START_INTRO }</p>
            <div class="start-choices">
                <div class="choice">
                    <button type="button" class="primary" id="start-demo" onclick={start_demo}
                        aria-describedby="start-demo-hint">{ text::START_DEMO }</button>
                    <p id="start-demo-hint" class="hint">{ text::START_DEMO_HINT }</p>
                </div>
                <div class="choice">
                    <button type="button" id="start-empty" onclick={start_empty}
                        aria-describedby="start-empty-hint">{ text::START_EMPTY }</button>
                    <p id="start-empty-hint" class="hint">{ text::START_EMPTY_HINT }</p>
                </div>
            </div>
        </main>
    }
}
