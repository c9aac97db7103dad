//! Bilingual text. Chinese is the official language of the 办法; English is a faithful rendering.

use serde::Serialize;
use std::borrow::Cow;

/// Static bilingual text: the quoted article, a title, a question.
///
/// Both languages sit in one string, Chinese first, split by a NUL (`t!` joins them at compile
/// time): one pointer and one length per text instead of two of each. The measures hold about
/// 3,000 of these, and in the wasm their pointers compress far worse than the text itself.
#[derive(Clone, Copy, Eq)]
pub struct T(&'static str);

/// Shorthand for a static bilingual text: `t!("中文", "English")`. Both must be literals.
macro_rules! t {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::text::T::joined(concat!($zh, "\u{0}", $en))
    };
}
pub(crate) use t;

impl T {
    /// Chinese and English joined by a NUL, as `t!` writes them. Text without a NUL is taken as
    /// the same in both languages.
    #[doc(hidden)]
    pub const fn joined(both: &'static str) -> T {
        T(both)
    }

    fn split(self) -> (&'static str, &'static str) {
        self.0.split_once('\0').unwrap_or((self.0, self.0))
    }

    /// The Chinese text (official).
    pub fn zh(self) -> &'static str {
        self.split().0
    }

    /// The English rendering.
    pub fn en(self) -> &'static str {
        self.split().1
    }

    /// Where the text lies in memory: two texts at one address are the same text.
    pub(crate) fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }
}

/// The same text: most comparisons are of a text with itself (a clause seen twice, a view's
/// props), which the address settles without reading the text.
impl PartialEq for T {
    fn eq(&self, other: &T) -> bool {
        std::ptr::eq(self.0, other.0) || self.0 == other.0
    }
}

impl std::fmt::Debug for T {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("T")
            .field("zh", &self.zh())
            .field("en", &self.en())
            .finish()
    }
}

impl Serialize for T {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("T", 2)?;
        st.serialize_field("zh", self.zh())?;
        st.serialize_field("en", self.en())?;
        st.end()
    }
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
        Text::new(s.zh(), s.en())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_joined_text_gives_each_language_its_own_side() {
        let x = t!("第五条", "Article 5");
        assert_eq!((x.zh(), x.en()), ("第五条", "Article 5"));
        let empty = t!("", "");
        assert_eq!((empty.zh(), empty.en()), ("", ""));
        let only_en = t!("", "%");
        assert_eq!((only_en.zh(), only_en.en()), ("", "%"));
    }

    #[test]
    fn a_joined_text_serialises_as_both_languages() {
        let v = serde_json::to_value(t!("是", "yes")).unwrap();
        assert_eq!(v, serde_json::json!({"zh": "是", "en": "yes"}));
    }
}
