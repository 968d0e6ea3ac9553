fn main() {
    let props = agenda_web::AppProps {
        service_worker: Some("./sw.js".into()),
        ..Default::default()
    };
    yew::Renderer::<agenda_web::App>::with_props(props).render();
}
