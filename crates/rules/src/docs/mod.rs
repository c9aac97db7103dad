//! The five 办法, one module each. Each module holds its 办法's 第四条 (who may apply), the
//! facts only it needs, and its measures, each quoted next to the rules that encode it.
//!
//! Where a new measure goes: in its 办法's module, appended to that module's `MEASURES`; new
//! facts go in that module's `FACTS` (or in `facts.rs` if two 办法 share them).

use crate::fact::Fact;
use crate::measure::Measure;
use std::sync::OnceLock;

/// 第四条 as docs 5, 7, 8 and 9 word it: registered in the Zhongguancun demonstration zone (an
/// innovator registered elsewhere in Beijing that meets the conditions 参照执行, is treated the
/// same way); an enterprise must be a national or a Zhongguancun high-tech enterprise (doc 5 adds
/// further statuses after the `;`); the other innovators of the open list (等创新主体) need no
/// status. `$cite` is the 办法's own 第四条 citation.
macro_rules! article_4 {
    ($cite:expr) => { article_4!($cite;) };
    ($cite:expr; $($status:expr),*) => {
        $crate::condition::Condition::All(&[
            $crate::condition::hard(
                $cite,
                $crate::text::t!(
                    "注册在中关村示范区范围内……符合支持条件的注册在北京市其他区域的创新主体参照执行",
                    "registered in the Zhongguancun demonstration zone … innovators registered elsewhere in Beijing that meet the conditions are treated the same way",
                ),
                $crate::condition::Test::OneOf(&$crate::facts::REGISTERED_IN, &["zgc", "beijing_other"]),
            ),
            $crate::condition::Condition::Any(&[
                $crate::condition::Condition::Not(&$crate::condition::hard(
                    $cite,
                    $crate::text::t!("企业", "an enterprise"),
                    $crate::condition::Test::OneOf(&$crate::facts::APPLICANT_KIND, &["enterprise"]),
                )),
                $crate::condition::Condition::Any(&[
                    $crate::condition::hard(
                        $cite,
                        $crate::text::t!("国家高新技术企业", "a national high-tech enterprise"),
                        $crate::condition::Test::Yes(&$crate::facts::NATIONAL_HIGH_TECH),
                    ),
                    $crate::condition::hard(
                        $cite,
                        $crate::text::t!("中关村高新技术企业", "a Zhongguancun high-tech enterprise"),
                        $crate::condition::Test::Yes(&$crate::facts::ZGC_HIGH_TECH),
                    ),
                    $($status),*
                ]),
            ]),
        ])
    };
}

pub mod doc5;
pub mod doc6;
pub mod doc7;
pub mod doc8;
pub mod doc9;

/// Each 办法's own facts, in asking order.
pub static FACT_LISTS: &[&[&Fact]] = &[
    doc5::FACTS,
    doc6::FACTS,
    doc7::FACTS,
    doc8::transfer::FACTS,
    doc8::ip_services::FACTS,
    doc9::FACTS,
];

/// All measures, in order of 办法 and article.
pub fn measures() -> &'static [&'static Measure] {
    static ALL: OnceLock<Vec<&'static Measure>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v = Vec::new();
        for list in [
            doc5::MEASURES,
            doc6::MEASURES,
            doc7::MEASURES,
            doc8::transfer::MEASURES,
            doc8::ip_services::MEASURES,
            doc9::MEASURES,
        ] {
            v.extend_from_slice(list);
        }
        v
    })
}
