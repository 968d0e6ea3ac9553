//! First start with empty storage: explore the demo, begin empty or open
//! an agenda file someone saved; and, in three sentences, how the town
//! works together.

use agenda_core::formats::stored;
use agenda_core::model::limits::MAX_STORED_BYTES;
use agenda_core::{Agenda, content::demo};
use yew::prelude::*;

use crate::text;
use crate::widgets::file_input::read_file;

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
    let problem = use_state(|| None::<String>);
    let open_file = {
        let (on_start, problem) = (props.on_start.clone(), problem.clone());
        Callback::from(move |e: Event| {
            let (on_start, problem) = (on_start.clone(), problem.clone());
            read_file(&e, MAX_STORED_BYTES, move |content| {
                match content.and_then(|json| stored::load(&json).map_err(|e| text::load_error(&e)))
                {
                    Ok(agenda) => on_start.emit(agenda),
                    Err(reason) => problem.set(Some(text::start_file_failed(&reason))),
                }
            });
        })
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
                <div class="choice">
                    <label for="start-file" class="file-choice">{ text::START_FILE }</label>
                    <input type="file" id="start-file" accept=".json,application/json"
                        aria-describedby="start-file-hint" onchange={open_file} />
                    <p id="start-file-hint" class="hint">{ text::START_FILE_HINT }</p>
                    if let Some(problem) = (*problem).clone() {
                        <p class="alert" role="alert" id="start-file-error">{ problem }</p>
                    }
                </div>
            </div>
            <h2>{ text::START_TOGETHER_HEADING }</h2>
            <p id="start-together">{ text::START_TOGETHER }</p>
        </main>
    }
}
