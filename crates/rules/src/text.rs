//! Bilingual text. Chinese is the official language of the 办法; English is a faithful rendering.

use serde::Serialize;
use std::borrow::Cow;

/// Static bilingual text: the quoted article, a title, a question.
///
/// Normally both languages sit in one string, Chinese first, split by a NUL (`t!` joins them at
/// compile time): one pointer and one length per text instead of two of each. The measures hold
/// about 3,000 of these, and in the wasm their pointers compress far worse than the text itself.
///
/// With the feature `english-on-demand` (the web app) a text holds its Chinese and one byte, and
/// the English halves stay out of the binary: they are loaded when first needed (`load_english`)
/// from the pack `scripts/en-pack.py` writes from these sources, and found by the hash of the
/// Chinese and that byte (`pack_key`), which tells apart the few Chinese texts rendered in more
/// than one way ("知识产权": "Intellectual property" as a title, "intellectual property" in a
/// sentence). A byte, not a whole hash: 3,000 random 32-bit keys were 10 KB of incompressible
/// wasm. Until then `en()` gives the Chinese.
#[cfg(not(feature = "english-on-demand"))]
#[derive(Clone, Copy, Eq)]
pub struct T(&'static str);

#[cfg(feature = "english-on-demand")]
#[derive(Clone, Copy, Eq)]
pub struct T(&'static str, u8);

/// Shorthand for a static bilingual text: `t!("中文", "English")`. Both must be literals.
#[cfg(not(feature = "english-on-demand"))]
macro_rules! t {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::text::T::joined(concat!($zh, "\u{0}", $en))
    };
}

/// Shorthand for a static bilingual text: `t!("中文", "English")`. Both must be literals; the
/// English is only hashed here, at compile time.
#[cfg(feature = "english-on-demand")]
macro_rules! t {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::text::T::keyed(
            $zh,
            const { $crate::text::variant(concat!($zh, "\u{0}", $en)) },
        )
    };
}
pub(crate) use t;

/// FNV-1a (32 bits), as `scripts/en-pack.py` computes it.
#[doc(hidden)]
pub const fn key(both: &str) -> u32 {
    fnv(0x811c_9dc5, both.as_bytes())
}

/// FNV-1a from a given state, so a hash can run over several pieces.
const fn fnv(mut h: u32, b: &[u8]) -> u32 {
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// Which of the renderings of a Chinese text this is: the top byte of the hash of the Chinese,
/// a NUL and the English.
#[doc(hidden)]
pub const fn variant(both: &str) -> u8 {
    (key(both) >> 24) as u8
}

/// Where the pack files a text's English: the hash of its Chinese, then its `variant`.
#[doc(hidden)]
pub fn pack_key(zh: &str, en: &str) -> u64 {
    let zh_hash = key(zh);
    let both = fnv(fnv(zh_hash, b"\0"), en.as_bytes());
    (u64::from(zh_hash) << 8) | u64::from((both >> 24) as u8)
}

#[cfg(not(feature = "english-on-demand"))]
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

    /// With `addr`, what tells two texts apart (nothing more is needed here).
    pub(crate) fn rendering(self) -> u8 {
        0
    }
}

#[cfg(feature = "english-on-demand")]
impl T {
    #[doc(hidden)]
    pub const fn keyed(zh: &'static str, variant: u8) -> T {
        T(zh, variant)
    }

    /// The Chinese text (official).
    pub fn zh(self) -> &'static str {
        self.0
    }

    /// The English rendering, once loaded (`load_english`); the Chinese until then. The hash of
    /// the Chinese is computed here, at each call, rather than kept in every text: kept, it was
    /// 10 KB of incompressible wasm; computed, it is a pass over a few dozen bytes in English only.
    pub fn en(self) -> &'static str {
        if !english::loaded() {
            return self.0;
        }
        english::get((u64::from(key(self.0)) << 8) | u64::from(self.1)).unwrap_or(self.0)
    }

    /// Where the Chinese lies in memory (texts with the same Chinese may share it: see `key`).
    pub(crate) fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// Which rendering of its Chinese this is (see `variant`).
    pub(crate) fn rendering(self) -> u8 {
        self.1
    }
}

#[cfg(feature = "english-on-demand")]
mod english {
    use std::sync::OnceLock;

    static PACK: OnceLock<Vec<(u64, &'static str)>> = OnceLock::new();

    pub(super) fn get(key: u64) -> Option<&'static str> {
        let pack = PACK.get()?;
        let i = pack.binary_search_by_key(&key, |(k, _)| *k).ok()?;
        pack.get(i).map(|(_, s)| *s)
    }

    pub(super) fn set(pack: Vec<(u64, &'static str)>) -> bool {
        PACK.set(pack).is_ok()
    }

    pub(super) fn loaded() -> bool {
        PACK.get().is_some()
    }
}

/// Loads the English halves of the texts from the pack `scripts/en-pack.py` writes (one text a
/// line: ten hex digits of `pack_key`, a tab, the English with `\\` and `\n` escaped). Returns how
/// many texts it holds; loading twice keeps the first. A line that is not a key and a text is
/// refused with its number.
#[cfg(feature = "english-on-demand")]
pub fn load_english(pack: &str) -> Result<u32, String> {
    let mut out: Vec<(u64, &'static str)> = Vec::new();
    for (n, line) in pack.lines().enumerate() {
        if line.is_empty() {
            continue;
        }
        let bad = || format!("English texts, line {}: not a key and a text", n + 1);
        let (k, text) = line.split_once('\t').ok_or_else(bad)?;
        let k = u64::from_str_radix(k, 16).map_err(|_| bad())?;
        let mut s = String::with_capacity(text.len());
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('\\') => s.push('\\'),
                    _ => return Err(bad()),
                }
            } else {
                s.push(c);
            }
        }
        out.push((k, Box::leak(s.into_boxed_str())));
    }
    // The pack comes sorted by key, so this insertion sort only checks it.
    crate::order::insertion_sort_by(&mut out, |a, b| a.0 < b.0);
    let n = out.len() as u32;
    english::set(out);
    Ok(n)
}

/// Whether the English texts are loaded (always, without `english-on-demand`).
pub fn english_loaded() -> bool {
    #[cfg(feature = "english-on-demand")]
    {
        english::loaded()
    }
    #[cfg(not(feature = "english-on-demand"))]
    {
        true
    }
}

/// The same text: most comparisons are of a text with itself (a clause seen twice, a view's
/// props), which the address settles without reading the text.
impl PartialEq for T {
    fn eq(&self, other: &T) -> bool {
        self.rendering() == other.rendering()
            && (std::ptr::eq(self.0, other.0) || self.0 == other.0)
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
