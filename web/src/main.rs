fn main() {
    yew::Renderer::<agenda_web::App>::new().render();
}
