//! Share and keep: copy link, export/import the answers (the CLI's profile JSON), results as
//! CSV, print, start over.

use crate::app::use_app;
use crate::state::{Action, Notice, NoticeKind, Source};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use zgc_rules::text::Text;

/// "Import answers": a labelled file input that reads profile JSON.
#[component]
pub fn ImportButton() -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = crate::browser::read_file(&input).await;
                input.set_value("");
                match text.map(|t| crate::persist::import_profile(&t)) {
                    Some(Ok(decoded)) => ctx.dispatch(Action::Restore {
                        decoded,
                        source: Source::Import,
                    }),
                    Some(Err(e)) => ctx.dispatch(Action::Notify(Notice {
                        kind: NoticeKind::Warning,
                        title: Text::new(
                            "文件不是有效的答案 JSON，未导入。",
                            "The file is not answers JSON; nothing was imported.",
                        ),
                        details: vec![Text::new(e.clone(), e)],
                    })),
                    None => {}
                }
            });
        })
    };
    html! {
        <span class="import">
            <label for="import-file" class="button">{ lang.s("导入答案（JSON）", "Import answers (JSON)") }</label>
            <input id="import-file" class="visually-hidden-file" type="file" accept=".json,application/json" {onchange} />
        </span>
    }
}

#[component]
pub fn Toolbar() -> Html {
    let copied = use_state(|| None::<(String, bool)>);
    let printing = use_context::<crate::hooks::Printing>();
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let link = crate::browser::href();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::browser::copy(&link).await;
                copied.set(Some((link, ok)));
            });
        })
    };
    let export_json = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let text = crate::persist::export_profile(&ctx.state.profile);
            crate::browser::download("zgc-profile.json", "application/json", &text);
        })
    };
    let export_csv = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let text = crate::export::results_csv(ctx.state.assessment(), ctx.state.shown_lang());
            crate::browser::download("zgc-results.csv", "text/csv;charset=utf-8", &text);
        })
    };
    // Every card is built in full before the print dialog takes its snapshot (see `Printing`).
    let print = Callback::from(move |_: MouseEvent| {
        if let Some(p) = &printing {
            p.set.set(true);
        }
        crate::browser::after_paint(crate::browser::print);
    });
    let reset = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let msg = ctx.lang().s(
                "确定要清除全部答案并重新开始吗？此操作无法撤销。",
                "Clear every answer and start over? This cannot be undone.",
            );
            if crate::browser::confirm(msg) {
                ctx.dispatch(Action::Reset);
                crate::browser::push_hash("#/");
            }
        })
    };
    html! {
        <div class="toolbar" role="group" aria-label={lang.s("分享与保存", "Share and keep")}>
            <button type="button" id="copy-link" onclick={copy}>{ lang.s("复制链接", "Copy link") }</button>
            <button type="button" id="export-json" onclick={export_json}>{ lang.s("导出答案（JSON）", "Export answers (JSON)") }</button>
            <ImportButton />
            <button type="button" id="export-csv" onclick={export_csv}>{ lang.s("导出结果（CSV）", "Export results (CSV)") }</button>
            <button type="button" onclick={print}>{ lang.s("打印", "Print") }</button>
            <button type="button" class="danger" id="start-over" onclick={reset}>{ lang.s("重新开始", "Start over") }</button>
            if let Some((link, ok)) = &*copied {
                <div class="copied" role="status">
                    <label for="share-link">{ if *ok { lang.s("链接已复制。打开它即可看到同样的评估：", "Link copied. Opening it shows the same assessment:") }
                        else { lang.s("无法自动复制，请手动复制此链接：", "Could not copy automatically; copy this link:") } }</label>
                    <input id="share-link" type="text" readonly=true value={link.clone()} />
                </div>
            }
        </div>
    }
}
