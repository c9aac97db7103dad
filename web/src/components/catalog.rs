//! The catalog of all 59 measures: search, and filters by 办法, applicant kind and support
//! method. Each entry links to the measure's own address.

use crate::app::use_app;
use crate::components::common::{methods, status_badge, wan};
use crate::i18n::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use zgc_rules::fact::Kind;
use zgc_rules::measure::Method;

const METHODS: [Method; 6] = Method::ALL;

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

#[component]
pub fn CatalogPage() -> Html {
    let query = use_state(String::new);
    let doc = use_state(String::new);
    let applicant = use_state(String::new);
    let method = use_state(String::new);
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let catalog = zgc_rules::catalog();
    let q = query.trim();
    let shown: Vec<_> = catalog
        .iter()
        .filter(|m| doc.is_empty() || m.doc.to_string() == *doc)
        .filter(|m| applicant.is_empty() || m.applicants.contains(&applicant.as_str()))
        .filter(|m| method.is_empty() || m.methods.iter().any(|x| x.id() == method.as_str()))
        .filter(|m| {
            q.is_empty()
                || [
                    m.id,
                    m.wenhao,
                    m.title.zh(),
                    m.content.zh(),
                    m.conditions_text.zh(),
                    m.amount_text.zh(),
                    m.title.en(),
                    m.content.en(),
                    m.conditions_text.en(),
                    m.amount_text.en(),
                ]
                .iter()
                .any(|s| crate::i18n::contains_ignoring_ascii_case(s, q))
        })
        .collect();
    let applicants = match zgc_rules::facts::by_id("applicant_kind").map(|f| f.kind) {
        Some(Kind::Choice(opts)) => opts,
        _ => &[],
    };
    let docs: Vec<(u8, &str)> = {
        let mut v: Vec<(u8, &str)> = catalog.iter().map(|m| (m.doc, m.wenhao)).collect();
        v.dedup();
        v
    };
    let on_query = {
        let query = query.clone();
        let ctx_for_query = ctx.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let q = i.value();
                // English words search the English texts, which come when first needed.
                if q.bytes().any(|b| b.is_ascii_alphabetic()) {
                    ctx_for_query.need_english();
                }
                query.set(q);
            }
        })
    };
    let on_doc = {
        let doc = doc.clone();
        Callback::from(move |e: Event| doc.set(select_value(&e)))
    };
    let on_applicant = {
        let a = applicant.clone();
        Callback::from(move |e: Event| a.set(select_value(&e)))
    };
    let on_method = {
        let m = method.clone();
        Callback::from(move |e: Event| m.set(select_value(&e)))
    };
    let assessment = ctx.state.assessment().clone();
    html! {
        <section class="catalog">
            <h1 id="main-heading" tabindex="-1">{ match lang { Lang::Zh => format!("全部措施（{} 项）", catalog.len()), Lang::En => format!("All measures ({})", catalog.len()) } }</h1>
            <form class="filters" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="cat-q" class="question">{ lang.s("搜索", "Search") }</label>
                    <input id="cat-q" type="search" value={(*query).clone()} oninput={on_query}
                        placeholder={lang.s("名称、条文或编号，如 5.5、孵化、patent", "title, text or id, e.g. 5.5, incubator, 专利")} />
                </div>
                <div class="field">
                    <label for="cat-doc" class="question">{ lang.s("办法", "办法 (document)") }</label>
                    <select id="cat-doc" onchange={on_doc}>
                        <option value="" selected={doc.is_empty()}>{ lang.s("全部", "all") }</option>
                        { for docs.iter().map(|(n, w)| html! { <option value={n.to_string()} selected={*doc == n.to_string()}>{ *w }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="cat-app" class="question">{ lang.s("申报主体", "Applicant") }</label>
                    <select id="cat-app" onchange={on_applicant}>
                        <option value="" selected={applicant.is_empty()}>{ lang.s("全部", "all") }</option>
                        { for applicants.iter().map(|o| html! { <option value={o.id} selected={*applicant == o.id}>{ lang.t(o.label) }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="cat-method" class="question">{ lang.s("支持方式", "Support method") }</label>
                    <select id="cat-method" onchange={on_method}>
                        <option value="" selected={method.is_empty()}>{ lang.s("全部", "all") }</option>
                        { for METHODS.iter().map(|m| html! { <option value={m.id()} selected={*method == m.id()}>{ lang.t(m.label()) }</option> }) }
                    </select>
                </div>
            </form>
            <p class="count" aria-live="polite">{ match lang {
                Lang::Zh => format!("显示 {} / {} 项", shown.len(), catalog.len()),
                Lang::En => format!("Showing {} of {}", shown.len(), catalog.len()),
            } }</p>
            <ul class="catalog-list">
                { for shown.iter().map(|m| {
                    let verdict = assessment.get(m.id).map(|r| status_badge(lang, r.status));
                    html! {
                        <li>
                            <a href={format!("#/m/{}", m.id)}><span class="mid">{ m.id }</span>{ " " }{ lang.t(m.title) }</a>
                            <p class="meta">
                                { m.wenhao }{ " " }{ crate::components::common::article_only(lang, m.article) }{ " · " }{ methods(lang, &m.methods) }
                                if let Some(v) = m.max { { " · " }{ lang.s("最高 ", "up to ") }{ wan(lang, v) } }
                                { " · " }{ for verdict }
                            </p>
                        </li>
                    }
                }) }
            </ul>
            if catalog.len() < 59 {
                <p class="muted">{ match lang {
                    Lang::Zh => format!("本版本已编码 {} 项措施，其余正在编码。", catalog.len()),
                    Lang::En => format!("This build encodes {} measures; the rest are being encoded.", catalog.len()),
                } }</p>
            }
        </section>
    }
}
