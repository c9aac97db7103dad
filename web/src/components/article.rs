//! One measure's own page (`#/m/5.5`): the article verbatim in Chinese beside its English
//! rendering (支持内容 / 支持条件 / 支持方式及金额), the readings chosen, and the verdict for the
//! current answers.

use crate::app::use_app;
use crate::components::card::{CardEvent, MeasureCard};
use crate::components::common::{methods, wan};
use yew::prelude::*;
use zgc_rules::text::T;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub id: AttrValue,
}

#[component]
pub fn ArticlePage(props: &ArticleProps) -> Html {
    let app = use_app();
    // The card on an article page starts with every condition shown.
    let open = use_state_eq(|| true);
    let on_card = {
        let open = open.clone();
        Callback::from(move |(_, event): (AttrValue, CardEvent)| {
            if event == CardEvent::Toggle {
                open.set(!*open)
            }
        })
    };
    {
        // The English rendering beside the article is fetched the first time it is needed.
        let app = app.clone();
        use_effect_with((), move |_| {
            if let Some(ctx) = app {
                ctx.need_english();
            }
        });
    }
    let Some(ctx) = app else {
        return html! {};
    };
    let lang = ctx.lang();
    let assessment = ctx.state.assessment().clone();
    let index = assessment
        .results
        .iter()
        .position(|r| r.id == props.id.as_str())
        .unwrap_or_default() as u32;
    let catalog = zgc_rules::catalog();
    let Some(m) = catalog.iter().find(|m| m.id == props.id.as_str()) else {
        return html! {
            <section>
                <h1 id="main-heading" tabindex="-1">{ lang.s("没有这项措施", "No such measure") }</h1>
                <p>{ format!("“{}”", props.id) }</p>
                <p><a href="#/catalog">{ lang.s("查看全部措施", "See all measures") }</a></p>
            </section>
        };
    };
    let idx = catalog.iter().position(|x| x.id == m.id).unwrap_or(0);
    let prev = idx.checked_sub(1).and_then(|i| catalog.get(i));
    let next = catalog.get(idx + 1);
    let part = |zh_title: &'static str, en_title: &'static str, t: T| {
        html! {
            <section class="article-part">
                <h2>{ lang.s(zh_title, en_title) }</h2>
                <div class="bilingual">
                    <div class="zh" lang="zh-CN"><h3 class="col-label">{"中文（原文）"}</h3><p class="verbatim">{ t.zh() }</p></div>
                    <div class="en" lang="en"><h3 class="col-label">{"English rendering"}</h3>
                        if zgc_rules::text::english_loaded() {
                            <p class="verbatim">{ t.en() }</p>
                        } else {
                            <p class="verbatim muted" role="status">{"Loading the English rendering… 英文译文载入中…"}</p>
                        }
                    </div>
                </div>
            </section>
        }
    };
    let max = match (m.max, m.equity_max) {
        (Some(v), Some(e)) => format!(
            "{} · {} {}",
            wan(lang, v),
            lang.s("股权投资", "equity"),
            wan(lang, e)
        ),
        (Some(v), None) => wan(lang, v),
        (None, _) => lang
            .s(
                "视申报数据而定（无统一上限）",
                "depends on the figures (no single cap)",
            )
            .to_owned(),
    };
    html! {
        <section class="article">
            <p class="crumbs"><a href="#/catalog">{ lang.s("全部措施", "All measures") }</a>{ " › " }{ m.id }</p>
            <h1 id="main-heading" tabindex="-1"><span class="mid">{ m.id }</span>{ " " }{ lang.t(m.title) }</h1>
            <p class="meta">{ m.wenhao }{ " " }{ crate::components::common::article_only(lang, m.article) }{ " · " }{ methods(lang, &m.methods) }
                { " · " }{ lang.s("最高：", "At most: ") }{ max }</p>
            { part("支持内容", "What is supported", m.content) }
            { part("支持条件", "Conditions", m.conditions_text) }
            { part("支持方式及金额", "How and how much", m.amount_text) }
            if !m.readings.is_empty() {
                <section class="readings">
                    <h2>{ lang.s("条文解读（本工具的理解）", "How this tool reads the text") }</h2>
                    <ul>{ for m.readings.iter().map(|t| html! { <li>{ lang.t(*t) }</li> }) }</ul>
                </section>
            }
            if let Some(n) = m.notice {
                <p class="notice-dep"><strong>{ lang.s("以年度申报通知为准：", "Set by the year's notice: ") }</strong>{ lang.t(n) }</p>
            }
            <section class="verdict">
                <h2>{ lang.s("按你的答案", "On your answers") }</h2>
                <MeasureCard id={m.id} assessment={assessment.clone()} index={index} {lang} full=true open={*open} level=2 on_event={on_card} />
            </section>
            <nav class="pager" aria-label={lang.s("相邻措施", "Neighbouring measures")}>
                if let Some(p) = prev { <a href={format!("#/m/{}", p.id)} rel="prev">{ "← " }{ p.id }{ " " }{ lang.t(p.title) }</a> }
                if let Some(n) = next { <a href={format!("#/m/{}", n.id)} rel="next">{ n.id }{ " " }{ lang.t(n.title) }{ " →" }</a> }
            </nav>
        </section>
    }
}
