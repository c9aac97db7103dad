//! Messages at the top of every page: a link read partly, damaged storage, an import.

use crate::app::use_app;
use crate::state::{Action, NoticeKind};
use yew::prelude::*;

#[component]
pub fn Notices() -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let notices = &ctx.state.notices;
    html! {
        <div class="notices" aria-live="polite">
            { for notices.iter().enumerate().map(|(i, n)| {
                let ctx = ctx.clone();
                let dismiss = Callback::from(move |_| ctx.dispatch(Action::Dismiss(i)));
                let (class, role) = match n.kind {
                    NoticeKind::Info => ("info", "status"),
                    NoticeKind::Warning => ("warning", "alert"),
                };
                html! {
                    <div class={classes!("notice", class)} role={role}>
                        <p class="notice-title">
                            <span aria-hidden="true">{ if n.kind == NoticeKind::Warning { "⚠ " } else { "ℹ " } }</span>
                            { lang.text(&n.title) }
                        </p>
                        if !n.details.is_empty() {
                            <ul>{ for n.details.iter().map(|d| html! { <li>{ lang.text(d) }</li> }) }</ul>
                        }
                        <button type="button" class="link" onclick={dismiss}>{ lang.s("知道了", "Dismiss") }</button>
                    </div>
                }
            }) }
        </div>
    }
}
