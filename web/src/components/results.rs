//! The results: the total, the charts, then eligible, undetermined and ineligible measures in
//! three groups of cards, and the answers they were computed from.

use crate::app::use_app;
use crate::components::card::{CardEvent, MeasureCard};
use crate::components::chart::Charts;
use crate::components::common::wan;
use crate::components::toolbar::Toolbar;
use crate::i18n::Lang;
use crate::ids::IdSet;
use crate::numinput::describe;
use std::rc::Rc;
use yew::prelude::*;
use zgc_rules::engine::Status;

#[component]
pub fn ResultsPage() -> Html {
    let shown = use_reducer(CardsShown::default);
    // One callback for every card and every render: a new one would redraw all 59.
    let on_card = {
        let shown = shown.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |(id, event): (AttrValue, CardEvent)| shown.dispatch((id, event)))
        })
    };
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let state = &ctx.state;
    let a = state.assessment().clone();
    let on_card = (*on_card).clone();
    let s = &a.summary;
    // One keyed list for the three groups, each opened by its heading: a card whose verdict
    // changes moves (the same element, redrawn where it changed) instead of being torn down in
    // one section and built anew in another. An answer often moves dozens of cards.
    let groups = [
        (Status::Eligible, "eligible", lang.s("符合", "Eligible"),
            lang.s("按所填答案，以下措施的硬性条件均已满足（评审条件另由主管部门决定）。", "On your answers every hard condition of these holds (reviewers still decide their own points).")),
        (Status::Undetermined, "undetermined", lang.s("待确定", "Undetermined"),
            lang.s("还缺少一些答案；可在卡片中直接回答。", "Some answers are missing; you can answer them right in the card.")),
        (Status::Ineligible, "ineligible", lang.s("不符合", "Ineligible"),
            lang.s("每张卡片写明了未满足的条件及其条款。", "Each card names the condition not met and its clause.")),
    ];
    let mut verdicts: Vec<Html> = Vec::with_capacity(a.results.len() + 9);
    for (status, id, title, intro) in groups {
        let items: Vec<(u32, &'static str)> = a
            .results
            .iter()
            .enumerate()
            .filter(|(_, r)| r.status == status)
            .map(|(i, r)| (i as u32, r.id))
            .collect();
        verdicts.push(html! {
            <h2 key={format!("{id}-h")} id={format!("{id}-h")} class={classes!("verdicts-h", id)}>
                { crate::components::common::status_badge(lang, status) }{ " " }{ title }{ format!(" ({})", items.len()) }
            </h2>
        });
        verdicts.push(
            html! { <p key={format!("{id}-intro")} class="muted verdicts-intro">{ intro }</p> },
        );
        if items.is_empty() {
            verdicts.push(html! { <p key={format!("{id}-empty")} class="empty">{ lang.s("无。", "None.") }</p> });
        }
        verdicts.extend(
            items
                .into_iter()
                .map(|(index, id)| {
                    let open = shown.open.contains(id);
                    let full = open || shown.full.contains(id);
                    html! { <MeasureCard key={id} {id} assessment={a.clone()} {index} {lang} {full} {open} on_event={on_card.clone()} /> }
                }),
        );
    }
    let (answered, open_q) = state.progress();
    html! {
        <section class="results">
            <h1 id="main-heading" tabindex="-1">{ lang.s("评估结果", "Results") }</h1>
            <p class="meta">
                { lang.s("评估日期：", "Assessment date: ") }<strong>{ a.date.to_string() }</strong>
                { " · " }{ lang.s("依据：", "Text: ") }{ lang.t(a.text_version) }
                { " · " }<a href="#/">{ lang.s("修改日期", "change the date") }</a>
            </p>
            if open_q > 0 {
                <p class="hint">
                    { match lang {
                        Lang::Zh => format!("最多还有 {open_q} 个问题可能改变结果。"),
                        Lang::En => format!("At most {open_q} more questions could change a result. "),
                    } }
                    <a href="#/questions">{ lang.s("继续回答", "Continue answering") }</a>
                </p>
            }
            <Toolbar />
            <section class="summary" aria-labelledby="summary-h">
                <h2 id="summary-h">{ lang.s("合计", "Total") }</h2>
                <dl class="totals">
                    <div class="total eligible">
                        <dt>{ lang.s("符合的措施", "Eligible measures") }{ format!(" ({})", s.eligible) }</dt>
                        <dd id="total-eligible">{ lang.s("最高 ", "up to ") }{ wan(lang, s.eligible_up_to) }</dd>
                    </div>
                    <div class="total possible">
                        <dt>{ lang.s("加上待确定的措施", "Including undetermined") }{ format!(" ({})", s.eligible + s.undetermined) }</dt>
                        <dd>{ lang.s("最高 ", "up to ") }{ wan(lang, s.possible_up_to) }</dd>
                    </div>
                    if !s.equity_up_to.is_zero() {
                        <div class="total equity">
                            <dt>{ lang.s("另可获股权投资（非补助）", "Equity investment too (not a grant)") }</dt>
                            <dd>{ lang.s("最高 ", "up to ") }{ wan(lang, s.equity_up_to) }</dd>
                        </div>
                    }
                    <div class="total ineligible">
                        <dt>{ lang.s("不符合", "Ineligible") }</dt>
                        <dd>{ s.ineligible.to_string() }</dd>
                    </div>
                </dl>
                <ul class="notes">{ for s.notes.iter().map(|n| html! { <li>{ lang.t(*n) }</li> }) }</ul>
                <Charts assessment={a.clone()} {lang} />
            </section>
            <section class="verdicts" aria-label={lang.s("各项措施", "Each measure")}>
                <div class="cards">{ for verdicts }</div>
            </section>
            <section class="answers-summary" aria-labelledby="answers-h">
                <h2 id="answers-h">{ lang.s("所依据的答案", "The answers used") }{ format!(" ({answered})") }</h2>
                <dl class="answer-list">
                    { for state.profile.iter().map(|(id, v)| {
                        let f = zgc_rules::facts::by_id(id);
                        let label = f.map_or(id.to_owned(), |f| lang.t(f.label).to_owned());
                        let value = f.map_or_else(|| crate::numinput::shown(v), |f| lang.text(&describe(f, v)).to_owned());
                        html! { <div key={id.to_owned()}><dt>{ label }</dt><dd>{ value }</dd></div> }
                    }) }
                    { for state.skipped.iter().filter(|s| state.profile.get_id(s).is_none()).map(|id| html! {
                        <div key={format!("?{id}")}><dt>{ crate::components::common::fact_label(lang, id) }</dt><dd>{ lang.s("不确定", "I don't know") }</dd></div>
                    }) }
                </dl>
                <p><a href="#/answers">{ lang.s("修改答案", "Change the answers") }</a></p>
            </section>
        </section>
    }
}

/// Which cards of the results page are drawn in full (they came near the viewport or took the
/// focus: kept so, so that scrolling back does not rebuild them) and which show every condition.
/// Kept here rather than in each card so that a light card's props say it is light: an answer
/// then skips every light card whose head and amount did not change.
#[derive(Clone, Default, PartialEq)]
struct CardsShown {
    full: IdSet,
    open: IdSet,
}

impl Reducible for CardsShown {
    type Action = (AttrValue, CardEvent);

    fn reduce(self: Rc<Self>, (id, event): Self::Action) -> Rc<Self> {
        let id = id.to_string();
        let mut next = match event {
            CardEvent::Near | CardEvent::Focused if self.full.contains(&id) => return self,
            _ => (*self).clone(),
        };
        match event {
            CardEvent::Near | CardEvent::Focused => {
                next.full.insert(id);
            }
            CardEvent::Toggle => {
                if !next.open.remove(&id) {
                    next.open.insert(id);
                }
            }
        }
        Rc::new(next)
    }
}
