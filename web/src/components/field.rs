//! One question, as the right kind of field: yes/no and short choices as radio buttons, long
//! choices as a list box, numbers and dates as text with the unit beside it. "不确定 / I don't
//! know" is always an answer. What was typed stays in the field; a refused entry shows why.

use crate::app::use_app;
use crate::i18n::Lang;
use crate::numinput::input_mode;
use crate::state::{Action, State};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use zgc_rules::fact::Kind;
use zgc_rules::text::Text;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub fact: &'static str,
    /// Prefix for element ids, so one fact can appear twice on a page (two cards).
    #[prop_or_default]
    pub scope: AttrValue,
    /// Measures this answer could decide, shown as a hint.
    #[prop_or_default]
    pub decides: usize,
}

/// Reads what the field shows from the app state and hands it to `FieldBody`, which Yew redraws
/// only when that changed. A results page has up to four fields in each of ~50 cards and the
/// answers page has every fact: redrawing them all on each answer was most of an answer's time.
#[component]
pub fn Field(props: &FieldProps) -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let Some(fact) = zgc_rules::facts::by_id(props.fact) else {
        return html! {};
    };
    let state = &ctx.state;
    let answered = state.profile.get_id(fact.id);
    html! {
        <FieldBody
            fact={fact.id}
            scope={props.scope.clone()}
            decides={props.decides}
            lang={ctx.lang()}
            typed={state.typed(fact.id)}
            current={answered.map(crate::numinput::shown).unwrap_or_default()}
            skipped={answered.is_none() && state.skipped.contains(fact.id)}
            error={state.errors.get(fact.id).cloned()}
            dispatcher={state.dispatcher()}
        />
    }
}

#[derive(Properties, PartialEq)]
struct FieldBodyProps {
    fact: &'static str,
    scope: AttrValue,
    decides: usize,
    lang: Lang,
    /// The text in a number or date field: the draft as typed, else the stored answer.
    typed: String,
    /// The stored answer as shown (a choice's id), empty when none.
    current: String,
    skipped: bool,
    error: Option<Text>,
    dispatcher: UseReducerDispatcher<State>,
}

#[component]
fn FieldBody(props: &FieldBodyProps) -> Html {
    let Some(fact) = zgc_rules::facts::by_id(props.fact) else {
        return html! {};
    };
    let lang = props.lang;
    let id = format!("{}f-{}", props.scope, fact.id);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-err");
    let typed = props.typed.clone();
    let skipped = props.skipped;
    let error = props.error.clone();
    let help = lang.t(fact.help);
    let answer = {
        let d = props.dispatcher.clone();
        let f = fact.id;
        Callback::from(move |typed: String| d.dispatch(Action::Answer { fact: f, typed }))
    };
    let skip = {
        let d = props.dispatcher.clone();
        let f = fact.id;
        Callback::from(move |_: ()| d.dispatch(Action::Skip(f)))
    };
    let unknown_label = lang.s("不确定", "I don't know");
    let decides = (props.decides > 0).then(|| {
        let n = props.decides;
        html! { <span class="decides">{ match lang {
            crate::i18n::Lang::Zh => format!("影响 {n} 项措施的结果"),
            crate::i18n::Lang::En => format!("decides {n} measure{}", if n == 1 { "" } else { "s" }),
        } }</span> }
    });
    let mut described = Vec::new();
    if !help.is_empty() {
        described.push(help_id.clone());
    }
    if error.is_some() {
        described.push(err_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let help_view =
        (!help.is_empty()).then(|| html! { <p class="help" id={help_id.clone()}>{ help }</p> });
    let error_view = error.as_ref().map(|m| html! {
        <p class="error" id={err_id.clone()}><span aria-hidden="true">{"⚠ "}</span>{ lang.text(m) }</p>
    });
    let state_note = if skipped {
        html! { <p class="skipped-note">{ lang.s("已回答“不确定”：相关措施将显示为待确定。", "Answered “I don't know”: measures that depend on it stay undetermined.") }</p> }
    } else {
        html! {}
    };

    let options: Vec<(&'static str, &'static str)> = match fact.kind {
        Kind::Bool => vec![("yes", lang.s("是", "Yes")), ("no", lang.s("否", "No"))],
        Kind::Choice(opts) => opts.iter().map(|o| (o.id, lang.t(o.label))).collect(),
        _ => vec![],
    };
    let current = props.current.as_str();

    match fact.kind {
        Kind::Bool | Kind::Choice(_) if options.len() <= 10 => {
            html! {
                <fieldset class="field" id={id.clone()} aria-describedby={described}>
                    <legend>{ lang.t(fact.question) }{ for decides }</legend>
                    { for help_view }
                    <div class={classes!("options", (options.len() <= 3).then_some("inline"))}>
                        { for options.iter().map(|(value, label)| {
                            let a = answer.clone();
                            let v = (*value).to_owned();
                            let onchange = Callback::from(move |_: Event| a.emit(v.clone()));
                            html! {
                                <label class="option">
                                    <input type="radio" name={id.clone()} value={*value} checked={current == *value} {onchange} />
                                    <span>{ *label }</span>
                                </label>
                            }
                        }) }
                        <label class="option unknown">
                            <input type="radio" name={id.clone()} value="?" checked={skipped} onchange={skip.reform(|_: Event| ())} />
                            <span>{ unknown_label }</span>
                        </label>
                    </div>
                    { state_note }
                </fieldset>
            }
        }
        Kind::Bool | Kind::Choice(_) => {
            let onchange = {
                let answer = answer.clone();
                let skip = skip.clone();
                Callback::from(move |e: Event| {
                    if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                        let v = sel.value();
                        if v == "?" {
                            skip.emit(());
                        } else {
                            answer.emit(v);
                        }
                    }
                })
            };
            html! {
                <div class="field">
                    <label for={id.clone()} class="question">{ lang.t(fact.question) }{ for decides }</label>
                    { for help_view }
                    <select id={id.clone()} {onchange} aria-describedby={described}>
                        <option value="" selected={current.is_empty() && !skipped}>{ lang.s("— 请选择 —", "— choose —") }</option>
                        { for options.iter().map(|(value, label)| html! {
                            <option value={*value} selected={current == *value}>{ *label }</option>
                        }) }
                        <option value="?" selected={skipped}>{ unknown_label }</option>
                    </select>
                    { state_note }
                </div>
            }
        }
        kind => {
            let oninput = {
                let answer = answer.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        answer.emit(input.value());
                    }
                })
            };
            let unit = match kind {
                Kind::Amount => lang.s("万元", "万元 (10k CNY)"),
                Kind::Percent => "%",
                Kind::Area => lang.s("平方米", "m²"),
                _ => "",
            };
            let placeholder = match kind {
                Kind::Date => "YYYY-MM-DD",
                Kind::Amount => lang.s("例如 1,200", "e.g. 1,200"),
                _ => "",
            };
            html! {
                <div class={classes!("field", error.is_some().then_some("invalid"))}>
                    <label for={id.clone()} class="question">{ lang.t(fact.question) }{ for decides }</label>
                    { for help_view }
                    <div class="input-row">
                        <input id={id.clone()} type="text" inputmode={input_mode(kind)} autocomplete="off"
                            value={typed} {oninput} placeholder={placeholder}
                            aria-invalid={if error.is_some() { "true" } else { "false" }}
                            aria-describedby={described} />
                        if !unit.is_empty() { <span class="unit">{ unit }</span> }
                        <button type="button" class="unknown-btn" aria-pressed={if skipped { "true" } else { "false" }}
                            onclick={skip.reform(|_: MouseEvent| ())}>{ unknown_label }</button>
                    </div>
                    { for error_view }
                    { state_note }
                </div>
            }
        }
    }
}
