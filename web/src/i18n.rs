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
