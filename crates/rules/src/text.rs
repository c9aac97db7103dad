//! Bilingual text. Chinese is the official language of the 办法; English is a faithful rendering.

use serde::Serialize;
use std::borrow::Cow;

/// Static bilingual text: the quoted article, a title, a question.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct T {
    pub zh: &'static str,
    pub en: &'static str,
}

/// Shorthand for a static bilingual text.
pub const fn t(zh: &'static str, en: &'static str) -> T {
    T { zh, en }
}

/// Bilingual text produced at evaluation time ("30% × 2,000 = 600 → capped at 500"). Texts that
/// are the same at every evaluation are borrowed, so evaluating allocates only for numbers.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Text {
    pub zh: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    pub fn new(zh: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }
}

impl From<T> for Text {
    fn from(s: T) -> Self {
        Text::new(s.zh, s.en)
    }
}
