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
            Lang::Zh => t.zh,
            Lang::En => t.en,
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
