//! Every answer given, by topic, editable in place; optionally every question there is.

use crate::app::use_app;
use crate::components::field::Field;
use yew::prelude::*;
use zgc_rules::fact::Topic;

#[component]
pub fn AnswersPage() -> Html {
    let all = use_state(|| false);
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let state = &ctx.state;
    let facts: Vec<_> = zgc_rules::facts()
        .iter()
        .filter(|f| {
            *all || state.profile.get_id(f.id).is_some()
                || state.skipped.contains(f.id)
                || state.drafts.contains_key(f.id)
        })
        .collect();
    let mut topics: Vec<Topic> = Vec::new();
    for f in &facts {
        if !topics.contains(&f.topic) {
            topics.push(f.topic);
        }
    }
    zgc_rules::order::insertion_sort_by(&mut topics, |a, b| a < b);
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <section class="answers">
            <h1 id="main-heading" tabindex="-1">{ lang.s("我的答案", "My answers") }</h1>
            <p class="hint">{ lang.s("修改任何答案，结果立即更新。", "Change any answer; the results update at once.") }</p>
            <div class="actions">
                <button type="button" aria-pressed={if *all { "true" } else { "false" }} onclick={toggle}>
                    { if *all { lang.s("只显示已回答的问题", "Show answered questions only") } else { lang.s("显示全部问题", "Show every question") } }
                </button>
                <a class="button primary" href="#/results">{ lang.s("查看结果", "See the results") }</a>
            </div>
            if facts.is_empty() {
                <p>{ lang.s("还没有答案。", "No answers yet.") }{ " " }<a href="#/">{ lang.s("开始", "Start") }</a></p>
            }
            { for topics.iter().map(|t| html! {
                <section class="topic">
                    <h2>{ lang.t(t.title()) }</h2>
                    <div class="topic-fields">
                        { for facts.iter().filter(|f| f.topic == *t).map(|f| html! { <Field key={f.id} fact={f.id} scope="a-" /> }) }
                    </div>
                </section>
            }) }
        </section>
    }
}
