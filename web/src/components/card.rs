//! One measure's verdict: status, amount with its formula and schedule, the clause it comes
//! from, what failed or what would decide it (answerable in place), and every condition.

use crate::components::checks::check_list;
use crate::components::common::{amount_words, fact_label, methods, status_badge, wan};
use crate::components::field::Field;
use crate::hooks::Printing;
use crate::i18n::Lang;
use std::rc::Rc;
use std::sync::Arc;
use yew::prelude::*;
use zgc_rules::engine::{Assessment, MeasureResult, Status};

/// What a card tells the page that draws it. The page keeps which cards are drawn in full and
/// which are open, so that it can tell a light card's props from a full card's: an answer that
/// changes only what a light card does not show then redraws nothing of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CardEvent {
    /// The card came within `crate::browser::NEAR` of the viewport.
    Near,
    /// Focus entered the card (keyboard and screen-reader users reach a card's links before it
    /// scrolls into view).
    Focused,
    /// "Show every condition" / "Hide the conditions".
    Toggle,
}

#[derive(Properties)]
pub struct CardProps {
    pub id: AttrValue,
    /// The assessment the card shows a result of, and that result's position in it. Handed down
    /// by the page rather than read from the app's context: a card then redraws only when what
    /// it shows changed, not on every answer.
    pub assessment: Rc<Assessment>,
    pub index: u32,
    pub lang: Lang,
    /// Everything, or (far from the viewport) only the head, the amount and the actions. A
    /// printed card is always full.
    pub full: bool,
    /// Whether the full condition list is shown.
    pub open: bool,
    /// Heading level: 3 inside the results sections, 2 on an article page.
    #[prop_or(3)]
    pub level: u8,
    /// Where the card reports `CardEvent`s, with its id. Keep it the same callback from one
    /// render to the next: a new one redraws the card.
    pub on_event: Callback<(AttrValue, CardEvent)>,
}

impl CardProps {
    fn result(&self) -> Option<&Arc<MeasureResult>> {
        self.assessment
            .results
            .get(self.index as usize)
            .filter(|r| r.id == self.id.as_str())
    }
}

impl PartialEq for CardProps {
    /// Equal when the card would show the same: for a full card its whole result, for a light
    /// card its head and amount. An answer to a rule every measure shares changes all 59 results,
    /// and redrawing them all was most of the time an answer took.
    fn eq(&self, other: &Self) -> bool {
        let same_frame = self.id == other.id
            && self.lang == other.lang
            && self.full == other.full
            && self.open == other.open
            && self.level == other.level
            && self.on_event == other.on_event;
        if !same_frame {
            return false;
        }
        if Rc::ptr_eq(&self.assessment, &other.assessment) {
            return true;
        }
        match (self.result(), other.result()) {
            // The same result: the engine kept it, as the answer could not change it.
            (Some(a), Some(b)) if Arc::ptr_eq(a, b) => true,
            (Some(a), Some(b)) if !self.full => {
                a.status == b.status
                    && a.subject_to_review == b.subject_to_review
                    && a.amount == b.amount
            }
            (a, b) => a == b,
        }
    }
}

/// How many deciding questions a card offers in place.
const IN_PLACE: usize = 4;

#[component]
pub fn MeasureCard(props: &CardProps) -> Html {
    let node = use_node_ref();
    let printing = use_context::<Printing>().is_some_and(|p| p.on);
    let full = props.full || printing;
    {
        // A light card watches for the viewport coming near and says so once; the page then
        // draws it in full (and keeps it so).
        let node = node.clone();
        let report = props.on_event.clone();
        let id = props.id.clone();
        use_effect_with(props.full, move |full| {
            let watch = if *full {
                None
            } else {
                let near = move || report.emit((id.clone(), CardEvent::Near));
                let watch = node
                    .cast::<web_sys::Element>()
                    .and_then(|el| crate::browser::watch_near(&el, near.clone()));
                // Where the browser cannot tell (no IntersectionObserver), every card is full.
                if watch.is_none() {
                    near();
                }
                watch
            };
            move || drop(watch)
        });
    }
    let answering = use_state(|| false);
    {
        // Focus follows the user into the fields that replaced the button.
        let target = format!("card-d-{}", props.id);
        use_effect_with(*answering, move |on| {
            if *on {
                crate::browser::focus(&target);
            }
        });
    }
    let open = props.open;
    let on_focus = {
        let report = props.on_event.clone();
        let id = props.id.clone();
        let full = props.full;
        Callback::from(move |_: FocusEvent| {
            if !full {
                report.emit((id.clone(), CardEvent::Focused))
            }
        })
    };
    let lang = props.lang;
    let Some(r) = props.result() else {
        return html! {};
    };
    let status_class = match r.status {
        Status::Eligible => "eligible",
        Status::Undetermined => "undetermined",
        Status::Ineligible => "ineligible",
    };
    let heading_id = format!("card-h-{}", r.id);
    let body_id = format!("card-c-{}", r.id);
    let title = html! { <><span class="mid">{ r.id }</span>{ " " }{ lang.t(r.title) }</> };
    let heading = if props.level == 2 {
        html! { <h2 id={heading_id.clone()}>{ title }</h2> }
    } else {
        html! { <h3 id={heading_id.clone()}>{ title }</h3> }
    };
    let toggle = {
        let report = props.on_event.clone();
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| report.emit((id.clone(), CardEvent::Toggle)))
    };
    let best_route = r
        .best_route
        .as_ref()
        .and_then(|b| r.routes.iter().find(|x| &x.id == b));
    // Built only for a card near the viewport (or printed, or open): see `CardEvent::Near`.
    let amount_view = || match (&r.amount, r.status) {
        (Some(am), Status::Eligible | Status::Undetermined) => html! {
            <div class="amount">
                <p class="amount-line">
                    <strong>{ amount_words(lang, am) }</strong>
                    if r.status == Status::Undetermined { <span class="muted">{ lang.s("（若符合）", " (if eligible)") }</span> }
                    if r.routes.len() > 1 {
                        if let Some(br) = best_route { <span class="route">{ " · " }{ lang.t(br.title) }</span> }
                    }
                </p>
                if !am.steps.is_empty() {
                    <ol class="steps" aria-label={lang.s("计算过程", "How it is computed")}>
                        { for am.steps.iter().map(|s| html! { <li>{ lang.text(s) }</li> }) }
                    </ol>
                }
                if !am.schedule.is_empty() {
                    <table class="schedule">
                        <caption>{ lang.s("分年度支持", "Support by year") }</caption>
                        <thead><tr><th scope="col">{ lang.s("年度", "Year") }</th><th scope="col">{ lang.s("最高", "Up to") }</th><th scope="col">{ lang.s("说明", "Note") }</th></tr></thead>
                        <tbody>
                            { for am.schedule.iter().map(|y| html! {
                                <tr>
                                    <td>{ match lang { Lang::Zh => format!("第 {} 年", y.year), Lang::En => format!("Year {}", y.year) } }</td>
                                    <td>{ wan(lang, y.up_to) }{ if y.equity { lang.s("（股权投资）", " (equity)") } else { "" } }</td>
                                    <td>{ lang.t(y.note) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
                if let Some(br) = best_route {
                    <blockquote class="clause amount-clause">
                        <cite>{ lang.t(br.amount_cite) }</cite>{ " " }<q lang="zh-CN">{ br.amount_clause.zh() }</q>
                        if lang == Lang::En { <span class="clause-en">{ br.amount_clause.en() }</span> }
                    </blockquote>
                }
                if let Some(nt) = &r.next_tier { <p class="hint next-tier"><span aria-hidden="true">{"↑ "}</span>{ lang.text(&nt.text) }</p> }
            </div>
        },
        _ => html! {},
    };
    let failed_view = || {
        if r.status == Status::Ineligible {
            html! {
                <div class="failed">
                    <p class="why"><span aria-hidden="true">{"✗ "}</span><strong>{ lang.s("不符合的条件：", "Condition not met:") }</strong></p>
                    <ul>
                        { for r.failed.iter().map(|f| html! {
                            <li>
                                <span class="test">{ lang.text(&f.test) }</span>
                                if let Some(e) = &f.entered { <span class="entered">{ lang.s("（已填：", " (entered: ") }{ lang.text(&e.text()).to_owned() }{ lang.s("）", ")") }</span> }
                                <blockquote class="clause"><cite>{ lang.t(f.cite) }</cite>{ " " }<q lang="zh-CN">{ f.clause.zh() }</q>
                                    if lang == Lang::En { <span class="clause-en">{ f.clause.en() }</span> }
                                </blockquote>
                            </li>
                        }) }
                    </ul>
                    { for r.gaps.iter().filter(|g| g.entered.is_some()).map(|g| html! { <p class="gap">{ lang.text(&g.text()).to_owned() }</p> }) }
                </div>
            }
        } else {
            html! {}
        }
    };
    // The deciding questions are named in the card; their fields are built only when the user
    // asks to answer here. Fifty undetermined cards with four live forms each made every answer
    // redraw and lay out some two hundred forms.
    let deciding_view = || {
        if r.status == Status::Undetermined && !r.deciding_facts.is_empty() {
            let more = r.deciding_facts.len().saturating_sub(IN_PLACE);
            let deciding_id = format!("card-d-{}", r.id);
            let start_answering = {
                let answering = answering.clone();
                Callback::from(move |_: MouseEvent| answering.set(true))
            };
            html! {
                <div class="deciding" id={deciding_id.clone()} tabindex="-1">
                    <p class="why"><span aria-hidden="true">{"? "}</span><strong>{ lang.s("回答这些问题即可确定：", "These answers would decide it:") }</strong></p>
                    if *answering {
                        // A list of keyed fields only: next to unkeyed siblings Yew diffs by position
                        // and rebuilds every field when the first one is answered.
                        <div class="deciding-fields">
                            { for r.deciding_facts.iter().take(IN_PLACE).map(|f| html! {
                                <Field key={*f} fact={*f} scope={format!("c{}-", r.id.replace('.', "_"))} />
                            }) }
                        </div>
                        <p class="print-only">{ r.deciding_facts.iter().take(IN_PLACE).map(|f| fact_label(lang, f)).collect::<Vec<_>>().join(lang.s("；", "; ")) }</p>
                    } else {
                        <ul class="deciding-list">
                            { for r.deciding_facts.iter().take(IN_PLACE).map(|f| html! { <li key={*f}>{ fact_label(lang, f) }</li> }) }
                        </ul>
                    }
                    if more > 0 {
                        <p class="muted">{ match lang {
                            Lang::Zh => format!("还有 {more} 个问题：{}", r.deciding_facts.iter().skip(IN_PLACE).map(|f| fact_label(lang, f)).collect::<Vec<_>>().join("、")),
                            Lang::En => format!("{more} more: {}", r.deciding_facts.iter().skip(IN_PLACE).map(|f| fact_label(lang, f)).collect::<Vec<_>>().join(", ")),
                        } }</p>
                    }
                    if !*answering {
                        <button type="button" class="answer-here" aria-controls={deciding_id} onclick={start_answering}>
                            { lang.s("在此回答", "Answer here") }
                        </button>
                    }
                </div>
            }
        } else {
            html! {}
        }
    };
    let n_conditions: usize = r.gate.leaves().len()
        + r.routes
            .iter()
            .map(|x| x.conditions.leaves().len())
            .sum::<usize>();
    html! {
        <article ref={node} class={classes!("card", status_class, (!full).then_some("light"))} id={format!("card-{}", r.id)}
            aria-labelledby={heading_id.clone()} onfocusin={on_focus}>
            <header class="card-head">
                <div class="badges">
                    { status_badge(lang, r.status) }
                    if r.subject_to_review { <span class="badge review"><span aria-hidden="true">{"⚖ "}</span>{ lang.s("需评审", "subject to review") }</span> }
                </div>
                { heading }
                <p class="meta">{ r.wenhao }{ " " }{ crate::components::common::article_only(lang, r.article) }{ " · " }{ methods(lang, &r.methods) }</p>
            </header>
            if full {
                { amount_view() }
                { failed_view() }
                { deciding_view() }
            } else if let (Some(am), Status::Eligible | Status::Undetermined) = (&r.amount, r.status) {
                <div class="amount">
                    <p class="amount-line">
                        <strong>{ amount_words(lang, am) }</strong>
                        if r.status == Status::Undetermined { <span class="muted">{ lang.s("（若符合）", " (if eligible)") }</span> }
                    </p>
                </div>
            }
            <div class="card-actions">
                <button type="button" class="link" aria-expanded={if open { "true" } else { "false" }} aria-controls={body_id.clone()} onclick={toggle}>
                    { if open { lang.s("收起条件", "Hide the conditions") } else { lang.s("查看全部条件", "Show every condition") } }
                    { format!(" ({n_conditions})") }
                </button>
                <a href={format!("#/m/{}", r.id)}>{ lang.s("阅读条文原文", "Read the article") }</a>
            </div>
            // Built only when shown, or when printing (eligible cards print every condition):
            // an eligible card's full list redrawn on every answer was a large part of its cost.
            if open || (printing && r.status == Status::Eligible) {
            <div class={classes!("conditions", (!open).then_some("collapsed"))} id={body_id.clone()}>
                <h4>{ lang.s("申报主体与通用规则", "Who may apply, and rules for every measure") }</h4>
                { check_list(lang, &r.gate) }
                { for r.routes.iter().map(|route| html! {
                    <>
                        <h4>{ lang.s("支持方向：", "Route: ") }{ lang.t(route.title) }{ " " }{ crate::components::common::outcome_mark(lang, route.outcome) }</h4>
                        { check_list(lang, &route.conditions) }
                    </>
                }) }
                if !r.readings.is_empty() {
                    <div class="readings">
                        <h4>{ lang.s("条文解读", "How the text is read") }</h4>
                        <ul>{ for r.readings.iter().map(|t| html! { <li>{ lang.t(*t) }</li> }) }</ul>
                    </div>
                }
                if let Some(n) = r.notice { <p class="notice-dep"><strong>{ lang.s("以年度申报通知为准：", "Set by the year's notice: ") }</strong>{ lang.t(n) }</p> }
            </div>
            } else {
                <div class="conditions collapsed" id={body_id}></div>
            }
        </article>
    }
}
