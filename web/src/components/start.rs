//! The start page: language, assessment date, who is applying.

use crate::app::use_app;
use crate::components::field::Field;
use crate::components::toolbar::ImportButton;
use crate::i18n::Lang;
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn StartPage() -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let lang = ctx.lang();
    let state = &ctx.state;
    let set_lang = |l: Lang| {
        let ctx = ctx.clone();
        Callback::from(move |_: Event| ctx.dispatch(Action::SetLang(l)))
    };
    let on_date = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                ctx.dispatch(Action::SetDate(i.value()));
            }
        })
    };
    let start = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::Start);
            crate::browser::push_hash("#/questions");
        })
    };
    let date_value = state
        .date_draft
        .clone()
        .unwrap_or_else(|| state.date.to_string());
    let answered = state.answered();
    html! {
        <section class="start">
            <h1 id="main-heading" tabindex="-1">{ lang.s("哪些中关村支持资金适合你？", "Which Zhongguancun support funds fit you?") }</h1>
            <p class="lead">{ lang.s(
                "回答几组问题，即可看到《中关村国家自主创新示范区》2022年五个支持资金管理办法（京科发〔2022〕5–9号）中 59 项措施哪些符合、最高多少金额，以及每个结论依据的条款原文。",
                "Answer a few groups of questions and see which of the 59 measures of the five 2022 Zhongguancun support-fund 办法 (京科发〔2022〕5–9号) you qualify for, up to how much, and the clause behind every verdict."
            ) }</p>
            <ul class="promises">
                <li>{ lang.s("不用注册，不用登录。", "No account, no login.") }</li>
                <li>{ lang.s("答案只保存在本浏览器中，不会上传。", "Your answers stay in this browser; nothing is uploaded.") }</li>
                <li>{ lang.s("每个结论都附有条款原文。", "Every verdict shows the article's own words.") }</li>
            </ul>
            <div class="start-form">
                <fieldset class="field">
                    <legend>{ lang.s("语言", "Language") }</legend>
                    <div class="options inline">
                        <label class="option"><input type="radio" name="lang" value="zh" checked={lang == Lang::Zh} onchange={set_lang(Lang::Zh)} /><span lang="zh-CN">{"中文"}</span></label>
                        <label class="option"><input type="radio" name="lang" value="en" checked={lang == Lang::En} onchange={set_lang(Lang::En)} /><span lang="en">{"English"}</span></label>
                    </div>
                </fieldset>
                <div class={classes!("field", state.date_error.is_some().then_some("invalid"))}>
                    <label for="assessment-date" class="question">{ lang.s("评估日期", "Assessment date") }</label>
                    <p class="help" id="assessment-date-help">{ lang.s(
                        "“成立不超过5年”等时间条件按此日期计算，默认为今天。",
                        "Time conditions such as “incorporated no more than 5 years ago” are counted to this date; today by default."
                    ) }</p>
                    <input id="assessment-date" type="date" value={date_value} onchange={on_date}
                        aria-describedby="assessment-date-help" />
                    if let Some(e) = &state.date_error { <p class="error">{ lang.text(e) }</p> }
                </div>
                <Field fact="applicant_kind" scope="s-" />
            </div>
            <div class="actions">
                <button type="button" class="primary" id="start-button" onclick={start}>
                    { if answered > 0 { lang.s("继续回答问题", "Continue with the questions") } else { lang.s("开始", "Start") } }
                </button>
                <a class="button" href="#/results">{ lang.s("直接看结果", "Go straight to the results") }</a>
                <a class="button" href="#/catalog">{ lang.s("浏览全部 59 项措施", "Browse all 59 measures") }</a>
            </div>
            if answered > 0 {
                <p class="saved">{ match lang {
                    Lang::Zh => format!("本浏览器中已保存 {answered} 个答案。"),
                    Lang::En => format!("{answered} answers are saved in this browser."),
                } }</p>
            }
            <div class="actions secondary">
                <ImportButton />
            </div>
        </section>
    }
}
