//! The app: state, route, context, and the page layout around the current route.

use crate::codec::{decode, split_hash};
use crate::components::{
    answers::AnswersPage, article::ArticlePage, catalog::CatalogPage, notices::Notices,
    questions::QuestionsPage, results::ResultsPage, start::StartPage,
};
use crate::hooks::{use_persistence, use_route};
use crate::i18n::Lang;
use crate::route::Route;
use crate::state::{Action, Notice, NoticeKind, Source, State};
use std::rc::Rc;
use yew::prelude::*;
use zgc_rules::text::Text;

/// What every component can reach: the state (with its dispatcher) and the route.
#[derive(Clone, PartialEq)]
pub struct AppCtx {
    pub state: UseReducerHandle<State>,
    pub route: Route,
}

impl AppCtx {
    /// The language the page is shown in (`State::shown_lang`).
    pub fn lang(&self) -> Lang {
        self.state.shown_lang()
    }
    pub fn dispatch(&self, a: Action) {
        self.state.dispatch(a)
    }
    /// Fetches the English texts if they are not here yet (`i18n::need_english`); the app
    /// redraws when they arrive, or says why not.
    pub fn need_english(&self) {
        let dispatcher = self.state.dispatcher();
        crate::i18n::need_english(move |ok| {
            dispatcher.dispatch(if ok {
                Action::EnglishLoaded
            } else {
                Action::Notify(crate::i18n::english_unavailable())
            })
        });
    }
}

#[hook]
pub fn use_app() -> Option<AppCtx> {
    use_context::<AppCtx>()
}

/// The first state: answers from the link if there is one, else from storage, else none.
fn initial_state() -> State {
    let today = crate::browser::today();
    let mut state = Rc::new(State::new(today, Lang::Zh));
    let hash = crate::browser::hash();
    let (_, payload) = split_hash(&hash);
    let action = match payload {
        Some(p) => Some(Action::Restore { decoded: decode(p), source: Source::Link }),
        None => match crate::browser::load(crate::persist::KEY) {
            Some(text) => match crate::persist::from_json(&text) {
                Ok(decoded) => Some(Action::Restore { decoded, source: Source::Storage }),
                Err(e) => Some(Action::Notify(Notice {
                    kind: NoticeKind::Warning,
                    title: Text::new(
                        "本浏览器中保存的答案已损坏，无法读取；已从空白开始。",
                        "The answers saved in this browser are damaged and could not be read; starting afresh.",
                    ),
                    details: vec![Text::new(e.clone(), e)],
                })),
            },
            None => None,
        },
    };
    if let Some(a) = action {
        state = yew::Reducible::reduce(state, a);
    }
    Rc::try_unwrap(state).unwrap_or_else(|rc| (*rc).clone())
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let written = use_mut_ref(crate::hooks::Written::default);
    let route = use_route(state.dispatcher(), written.clone());
    use_persistence(&state, written);
    let printing = crate::hooks::use_printing();
    {
        // The start page does not need the assessment, so the first evaluation (the slowest: its
        // code runs for the first time) waits until the browser is idle after the first paint.
        let state = state.clone();
        use_effect_with((), move |_| {
            crate::browser::when_idle(move || {
                let _ = state.assessment();
            })
        });
    }
    {
        use_effect_with(route.clone(), |_| {
            crate::browser::scroll_top();
            crate::browser::focus("main-heading");
        });
    }
    let ctx = AppCtx {
        state: state.clone(),
        route: route.clone(),
    };
    {
        // English chosen (by the switch, a link or storage): fetch its texts if they are not here
        // yet; the page stays in Chinese until they arrive, and says so if they cannot.
        let ctx = ctx.clone();
        use_effect_with(state.lang, move |chosen| {
            if *chosen == Lang::En {
                ctx.need_english();
            }
        });
    }
    let lang = state.shown_lang();
    let page = match &route {
        Route::Start => html! { <StartPage /> },
        Route::Questions => html! { <QuestionsPage /> },
        Route::Results => html! { <ResultsPage /> },
        Route::Answers => html! { <AnswersPage /> },
        Route::Catalog => html! { <CatalogPage /> },
        Route::Measure(id) => html! { <ArticlePage id={AttrValue::from(id.clone())} /> },
        Route::NotFound(p) => html! {
            <section>
                <h1 id="main-heading" tabindex="-1">{ lang.s("找不到这个页面", "Page not found") }</h1>
                <p>{ format!("{}: {p}", lang.s("地址", "address")) }</p>
                <p><a href="#/">{ lang.s("回到首页", "Back to the start") }</a></p>
            </section>
        },
    };
    let nav = [
        (Route::Start, lang.s("开始", "Start")),
        (Route::Questions, lang.s("问题", "Questions")),
        (Route::Results, lang.s("结果", "Results")),
        (Route::Answers, lang.s("我的答案", "My answers")),
        (Route::Catalog, lang.s("全部措施", "All measures")),
    ];
    let switch = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetLang(if state.lang == Lang::Zh {
                Lang::En
            } else {
                Lang::Zh
            }))
        })
    };
    let skip = Callback::from(|_| crate::browser::focus("main-heading"));
    html! {
        <ContextProvider<AppCtx> context={ctx}>
        <ContextProvider<crate::hooks::Printing> context={printing}>
            <button type="button" class="skip" onclick={skip}>{ lang.s("跳到正文", "Skip to content") }</button>
            <header class="site">
                <a class="brand" href="#/">
                    <span class="brand-mark" aria-hidden="true">{"中"}</span>
                    <span>{ lang.s("中关村支持资金自评", "Zhongguancun support fund self-check") }</span>
                </a>
                <nav aria-label={lang.s("主导航", "Main")}>
                    <ul>
                        { for nav.iter().map(|(r, label)| {
                            let current = *r == route || (matches!(r, Route::Catalog) && matches!(route, Route::Measure(_)));
                            html! {
                                <li><a href={r.href()} aria-current={if current { Some("page") } else { None }}>{ *label }</a></li>
                            }
                        }) }
                    </ul>
                </nav>
                <button type="button" class="lang-switch" onclick={switch} lang={if lang == Lang::Zh { "en" } else { "zh-CN" }}
                    aria-label={lang.s("Switch to English", "切换到中文")}>
                    { if lang == Lang::Zh { "English" } else { "中文" } }
                </button>
            </header>
            <Notices />
            <main id="main">{ page }</main>
            <footer class="site">
                <p>{ lang.s("依据：", "Based on: ") }{ lang.t(zgc_rules::TEXT_VERSION) }</p>
                <p>{ lang.s(
                    "所有计算都在本浏览器中完成，答案不会发送到任何服务器。结果仅供自评参考，以主管部门受理和评审为准。",
                    "Everything is computed in this browser; no answer is sent to any server. The results are a self-assessment; the agency's review decides."
                ) }</p>
                // The hosted build ships the single-file build beside itself (scripts/build-web.sh):
                // one HTML file that works from disk with no network. Not offered by that file itself.
                if !crate::browser::is_single_file() {
                    <p class="no-print"><a id="offline-copy" href="./zgc-checker.html" download="zgc-checker.html">
                        { lang.s("下载离线版（单个 HTML 文件，断网也能用）", "Download an offline copy (one HTML file, works without a network)") }
                    </a></p>
                }
            </footer>
        </ContextProvider<crate::hooks::Printing>>
        </ContextProvider<AppCtx>>
    }
}
