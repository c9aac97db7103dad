//! # zgc-web: the Zhongguancun support-fund checker in the browser
//!
//! A Yew app (client-side rendering) over `zgc-rules`: a company answers questions in its own
//! browser and sees which of the 59 measures of 京科发〔2022〕5–9号 it qualifies for, up to how
//! much, and why. No server, no account: nothing leaves the browser.
//!
//! ## Design decisions, and why
//!
//! * **No rule lives here.** Every verdict, amount, explanation and question ranking comes from
//!   `zgc_rules::evaluate` / `questions_for`; the app renders what the engine returns, and amounts
//!   are the engine's exact decimals formatted as text (no float).
//! * **Logic apart from the UI.** The link codec (`codec`), typed-answer reading (`numinput`),
//!   saved-state format (`persist`), CSV (`export`) and the reducer (`state`) are plain modules
//!   with wasm-bindgen tests; components only read state and dispatch actions.
//! * **The address is the assessment.** Answers live in the hash (`#/results?v1~…`): any static
//!   host and file:// work, a link opens the same assessment, and fact ids (a public contract)
//!   keep old links readable when rules change. localStorage keeps a copy for reloads.
//! * **Never a blank page.** No `unwrap`/`expect`/`panic` outside tests: a damaged link, file or
//!   storage is read as far as it goes and the rest is reported.
//! * **One module, two uses.** The same wasm starts the app where `#zgc-app` exists and exports
//!   `evaluate`, `questions`, `measures`, `facts` to any host page (`api`).

pub mod api;
pub mod codec;
pub mod export;
pub mod i18n;
pub mod ids;
pub mod numinput;
pub mod persist;
pub mod route;
pub mod state;

mod app;
mod browser;
mod components;
mod hooks;

use wasm_bindgen::prelude::*;

/// Starts the app in `#zgc-app` when the page has one; a host page that only wants the API
/// has none, and nothing is rendered.
#[wasm_bindgen(start)]
pub fn start() {
    if let Some(root) = browser::element("zgc-app") {
        root.set_inner_html("");
        yew::Renderer::<app::App>::with_root(root).render();
    }
}
