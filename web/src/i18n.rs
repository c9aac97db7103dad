//! The two languages of the app. Chinese is the official language of the 办法 and the default;
//! every string the engine returns is already bilingual (`T` / `Text`), so the app only picks.

use zgc_rules::text::{Text, T};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The code used in links and storage: `zh` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The value of the `lang` attribute on `<html>`.
    pub fn html(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-CN" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks one side of a static bilingual text.
    pub fn t(self, t: T) -> &'static str {
        match self {
            Lang::Zh => t.zh(),
            Lang::En => t.en(),
        }
    }

    /// Picks one side of an owned bilingual text.
    pub fn text(self, t: &Text) -> &str {
        match self {
            Lang::Zh => &t.zh,
            Lang::En => &t.en,
        }
    }

    /// Picks between two literals: the app's own interface strings.
    pub fn s(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Whether `text` contains `query`, ignoring the case of ASCII letters only: what the catalog
/// search needs, since the English texts are ASCII and Chinese has no case. (Unicode lowercasing
/// brought ~4 KB of case tables into the wasm and lowercased every English text of every measure
/// on each keystroke.) An empty query is in every text.
pub fn contains_ignoring_ascii_case(text: &str, query: &str) -> bool {
    let (text, query) = (text.as_bytes(), query.as_bytes());
    // Byte windows are safe for UTF-8: a match of a whole query's bytes cannot start inside a
    // character, because no character starts with a continuation byte.
    query.is_empty()
        || text
            .windows(query.len())
            .any(|w| w.eq_ignore_ascii_case(query))
}

thread_local! {
    /// Whether the English texts are being fetched, so that two pages asking at once fetch once.
    static LOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes sure the English texts of the rules are loaded (they are not in the wasm: see
/// `zgc_rules::text::load_english`), fetching them once if needed; `done(true)` when they
/// are there, `done(false)` when they could not be had (offline, for the hosted page). Does
/// nothing more when they are loaded or already on their way.
pub fn need_english(done: impl FnOnce(bool) + 'static) {
    if zgc_rules::text::english_loaded() || LOADING.with(|l| l.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let ok = match crate::browser::english_texts().await {
            Some(text) => zgc_rules::text::load_english(&text).is_ok(),
            None => false,
        };
        LOADING.with(|l| l.set(false));
        done(ok);
    });
}

/// The notice when the English texts cannot be had (the hosted page, offline).
pub fn english_unavailable() -> crate::state::Notice {
    crate::state::Notice {
        kind: crate::state::NoticeKind::Warning,
        title: Text::new(
            "未能载入英文文本（可能已断网）；页面仍以中文显示。离线版（单个 HTML 文件）自带英文。",
            "The English texts could not be loaded (offline?); the page stays in Chinese. The offline copy (one HTML file) carries them.",
        ),
        details: vec![],
    }
}
