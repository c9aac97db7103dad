//! A condition tree as the engine evaluated it: every leaf with ✓ / ✗ / ? / ⚖, what was tested,
//! what was entered, the clause quoted with its citation, and the reading chosen where the text
//! admits more than one.

use crate::components::common::outcome_mark;
use crate::i18n::Lang;
use yew::prelude::*;
use zgc_rules::condition::{Basis, Check, LeafCheck, Node};

/// The children of a tree's root as list items (the root of a measure is an "all of").
pub fn check_list(lang: Lang, c: &Check) -> Html {
    match &c.node {
        Node::All { children } => {
            html! { <ul class="checks">{ for children.iter().map(|k| item(lang, k)) }</ul> }
        }
        _ => html! { <ul class="checks">{ item(lang, c) }</ul> },
    }
}

fn item(lang: Lang, c: &Check) -> Html {
    match &c.node {
        Node::Leaf(l) => leaf(lang, c, l),
        Node::All { children } => html! {
            <li class="group">
                { outcome_mark(lang, c.outcome) }{" "}<span class="group-label">{ lang.s("以下全部满足：", "all of these:") }</span>
                <ul class="checks">{ for children.iter().map(|k| item(lang, k)) }</ul>
            </li>
        },
        Node::Any { children } => html! {
            <li class="group">
                { outcome_mark(lang, c.outcome) }{" "}<span class="group-label">{ lang.s("满足其一即可：", "any one of these:") }</span>
                <ul class="checks">{ for children.iter().map(|k| item(lang, k)) }</ul>
            </li>
        },
        Node::Not { child } => html! {
            <li class="group">
                { outcome_mark(lang, c.outcome) }{" "}<span class="group-label">{ lang.s("不属于以下情形：", "not the following:") }</span>
                <ul class="checks">{ item(lang, child) }</ul>
            </li>
        },
    }
}

fn leaf(lang: Lang, c: &Check, l: &LeafCheck) -> Html {
    let basis = match l.basis {
        Basis::Hard => None,
        Basis::Attested => Some(lang.s("自我声明", "self-declared")),
        Basis::Review => Some(lang.s("由评审决定", "decided by review")),
    };
    html! {
        <li class="leaf">
            { outcome_mark(lang, c.outcome) }{" "}
            <span class="test">{ lang.text(l.test) }</span>
            if let Some(e) = &l.entered {
                <span class="entered">{ lang.s("（已填：", " (entered: ") }{ lang.text(&e.text()).to_owned() }{ lang.s("）", ")") }</span>
            }
            if let Some(b) = basis { {" "}<span class="badge basis">{ b }</span> }
            <blockquote class="clause">
                <cite>{ lang.t(l.cite) }</cite>{ " " }<q lang="zh-CN">{ l.clause.zh() }</q>
                if lang == Lang::En { <span class="clause-en">{ l.clause.en() }</span> }
            </blockquote>
            if let Some(r) = l.reading {
                <p class="reading"><strong>{ lang.s("理解为：", "Read as: ") }</strong>{ lang.t(r) }</p>
            }
            if let Some(g) = &l.gap { <p class="gap">{ lang.text(&g.text()).to_owned() }</p> }
        </li>
    }
}
