//! Takes screenshots of the main screens of the release build into
//! `target/screenshots/`, for looking at the app as a person would:
//! `make build && cargo run -p agenda-e2e --example screenshots`.

use agenda_e2e::{Error, Session};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots");
    std::fs::create_dir_all(&out)?;
    let session = Session::start().await?;
    std::fs::write(out.join("1-start.png"), session.client.screenshot().await?)?;
    session.wait_for("#start-demo").await?.click().await?;
    session.wait_for(".guideline-list").await?;
    session
        .eval("document.documentElement.style.height = 'auto'; return 0;")
        .await?;
    session.client.set_window_size(1280, 2200).await?;
    std::fs::write(out.join("2-demo.png"), session.client.screenshot().await?)?;
    session
        .eval("document.querySelector('.guideline-list li:nth-child(2) button[id$=\"-delete\"]').click(); return 0;")
        .await?;
    session.wait_for("#undo-toast").await?;
    session.client.set_window_size(1280, 900).await?;
    std::fs::write(
        out.join("3-deleted.png"),
        session.client.screenshot().await?,
    )?;
    session
        .client
        .execute(
            "localStorage.setItem('digitale-agenda', '{\"schema_version\":1,\"agen'); return 0;",
            vec![],
        )
        .await?;
    session.reload().await?;
    session.wait_for("#recovery-reason").await?;
    std::fs::write(
        out.join("4-recovery.png"),
        session.client.screenshot().await?,
    )?;
    println!("screenshots in {}", out.display());
    session.close().await
}
