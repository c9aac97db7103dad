//! The questions: one topic at a time, only the facts that can still change a verdict, in the
//! engine's ranking; progress, Back, Next (blank counts as "不确定"), and results at any time.

use crate::app::use_app;
use crate::components::field::Field;
use crate::i18n::Lang;
use crate::state::Action;
use yew::prelude::*;

#[component]
pub fn QuestionsPage() -> Html {
    let ctx = use_app();
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            if let Some(ctx) = ctx {
                if ctx.state.page.is_none() {
                    ctx.dispatch(Action::Resume);
                }
            }
        });
    }
    let Some(ctx) = ctx else { return html! {} };
    let lang = ctx.lang();
    let state = &ctx.state;
    let (answered, open) = state.progress();
    let total = answered + open;
    let questions = state.questions();
    let next = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::Next);
            crate::browser::scroll_top();
            crate::browser::focus("main-heading");
        })
    };
    let back = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::Back);
            crate::browser::focus("main-heading");
        })
    };
    let progress_text = match lang {
        Lang::Zh => format!("已回答 {answered} 个问题。其余问题随回答自动减少，目前最多还有 {open} 个可能影响结果。"),
        Lang::En => format!("{answered} answered. The rest shrink as you answer: at most {open} more could change a result now."),
    };
    let s = &state.assessment().summary;
    let tally = match lang {
        Lang::Zh => format!(
            "目前：{} 项符合，{} 项待确定，{} 项不符合",
            s.eligible, s.undetermined, s.ineligible
        ),
        Lang::En => format!(
            "So far: {} eligible, {} undetermined, {} ineligible",
            s.eligible, s.undetermined, s.ineligible
        ),
    };
    let page_view = match &state.page {
        Some(page) => {
            let title = lang.t(page.topic.title());
            html! {
                <section class="question-page" aria-labelledby="topic-heading">
                    <h2 id="topic-heading">{ title }</h2>
                    <p class="hint">{ lang.s("留空的问题按“不确定”处理，之后仍可修改。", "A question left blank counts as “I don't know”; you can change it later.") }</p>
                    // Keyed fields alone in their list, so Yew matches them by fact (see card.rs).
                    <div class="question-fields">
                        { for page.facts.iter().map(|f| {
                            let decides = questions.iter().find(|q| q.fact == *f).map_or(0, |q| q.decides.len());
                            html! { <Field key={*f} fact={*f} scope="q-" {decides} /> }
                        }) }
                    </div>
                    <div class="actions">
                        if state.back.is_empty() {
                            <a class="button" href="#/">{ "← " }{ lang.s("上一步", "Back") }</a>
                        } else {
                            <button type="button" onclick={back}>{ "← " }{ lang.s("上一步", "Back") }</button>
                        }
                        <button type="button" class="primary" id="next-button" onclick={next}>{ lang.s("下一步", "Next") }{ " →" }</button>
                        <a class="button" href="#/results" id="jump-results">{ lang.s("直接看结果", "See the results now") }</a>
                    </div>
                </section>
            }
        }
        None => html! {
            <section class="question-page done">
                <h2>{ lang.s("没有更多会影响结果的问题了。", "No question left that could change a result.") }</h2>
                <div class="actions">
                    if !state.back.is_empty() {
                        <button type="button" onclick={back}>{ "← " }{ lang.s("上一步", "Back") }</button>
                    }
                    <a class="button primary" href="#/results" id="see-results">{ lang.s("查看结果", "See the results") }</a>
                </div>
            </section>
        },
    };
    html! {
        <section class="questions">
            <h1 id="main-heading" tabindex="-1">{ lang.s("问题", "Questions") }</h1>
            <div class="progress">
                <label for="progress-bar">{ progress_text }</label>
                <progress id="progress-bar" max={total.max(1).to_string()} value={answered.to_string()}>{ format!("{answered}/{total}") }</progress>
                <p class="tally" aria-live="polite">{ tally }</p>
            </div>
            { page_view }
        </section>
    }
}
