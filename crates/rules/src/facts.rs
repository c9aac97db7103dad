//! The registry of facts: those every 办法 shares, defined here, and each 办法's own, defined
//! in its module. Ids are unique across the registry (tested).

use crate::fact::{Choice, Fact, Kind, Topic};
use crate::text::t;
use std::sync::OnceLock;

// ---- Who is applying -------------------------------------------------------------------------

pub static APPLICANT_KIND: Fact = Fact {
    id: "applicant_kind",
    label: t!("申报主体类型", "applicant kind"),
    kind: Kind::Choice(&[
        Choice {
            id: "enterprise",
            label: t!("企业", "enterprise"),
        },
        Choice {
            id: "university",
            label: t!("高等学校", "university"),
        },
        Choice {
            id: "research_institute",
            label: t!("科研机构", "research institute"),
        },
        Choice {
            id: "medical_institution",
            label: t!("医疗卫生机构", "medical institution"),
        },
        Choice {
            id: "social_organisation",
            label: t!(
                "社会组织（协会、学会、联盟等）",
                "social organisation (association, society, alliance)"
            ),
        },
        Choice {
            id: "incubator",
            label: t!(
                "孵化器、众创空间等创业服务机构",
                "incubator or other start-up service organisation"
            ),
        },
        Choice {
            id: "service_institution",
            label: t!(
                "科技服务机构（技术转移、知识产权、标准化、中介等）",
                "technology service organisation (tech transfer, IP, standards, intermediary)"
            ),
        },
        Choice {
            id: "investment_institution",
            label: t!(
                "投资机构（私募基金管理人）",
                "investment institution (private fund manager)"
            ),
        },
        Choice {
            id: "fund_investor",
            label: t!(
                "基金出资方（社保基金、保险资金、银行理财资金等）",
                "fund investor (social security, insurance or bank wealth-management money)"
            ),
        },
        Choice {
            id: "guarantee_institution",
            label: t!("融资担保机构", "financing guarantee institution"),
        },
        Choice {
            id: "financial_institution",
            label: t!(
                "银行、保险等金融机构",
                "bank, insurer or other financial institution"
            ),
        },
        Choice {
            id: "capital_market_platform",
            label: t!(
                "证券交易机构、股权交易中心或资本市场服务平台",
                "securities exchange, equity exchange or capital-market service platform"
            ),
        },
        Choice {
            id: "park_operator",
            label: t!("园区开发建设或运营单位", "park developer or operator"),
        },
        Choice {
            id: "foreign_rd_centre",
            label: t!("外资研发中心", "foreign-invested R&D centre"),
        },
        Choice {
            id: "international_organisation",
            label: t!("国际组织或国际机构", "international organisation"),
        },
        Choice {
            id: "student_team",
            label: t!("大学生创业团队", "student start-up team"),
        },
    ]),
    topic: Topic::Applicant,
    question: t!("谁在申报？", "Who is applying?"),
    help: t!(
        "各办法第四条及各条款规定了申报主体；选择最贴近的一类。",
        "Article 4 of each 办法 and each article say who may apply; pick the closest kind.",
    ),
};

pub static REGISTERED_IN: Fact = Fact {
    id: "registered_in",
    label: t!("注册地", "place of registration"),
    kind: Kind::Choice(&[
        Choice { id: "zgc", label: t!("中关村示范区范围内", "inside the Zhongguancun demonstration zone") },
        Choice { id: "beijing_other", label: t!("北京市其他区域", "elsewhere in Beijing") },
        Choice { id: "outside_beijing", label: t!("北京市以外", "outside Beijing") },
    ]),
    topic: Topic::Applicant,
    question: t!("申报单位注册在哪里？", "Where is the applicant registered?"),
    help: t!(
        "注册在北京市其他区域、符合支持条件的创新主体参照执行（各办法第四条）。",
        "Applicants registered elsewhere in Beijing that meet the conditions are treated the same way (Article 4 of each 办法).",
    ),
};

pub static NATIONAL_HIGH_TECH: Fact = Fact {
    id: "national_high_tech",
    label: t!("国家高新技术企业", "national high-tech enterprise"),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "是否为有效期内的国家高新技术企业？",
        "Is the company a national high-tech enterprise (certificate in force)?"
    ),
    help: t!("", ""),
};

pub static ZGC_HIGH_TECH: Fact = Fact {
    id: "zgc_high_tech",
    label: t!("中关村高新技术企业", "Zhongguancun high-tech enterprise"),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "是否为中关村高新技术企业？",
        "Is the company a Zhongguancun high-tech enterprise?"
    ),
    help: t!("", ""),
};

pub static SME_TECH_REGISTERED: Fact = Fact {
    id: "sme_tech_registered",
    label: t!(
        "评价入库的科技型中小企业",
        "evaluated and registered tech-based SME"
    ),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "是否为评价入库的科技型中小企业？",
        "Is the company an evaluated, registered tech-based SME (科技型中小企业)?"
    ),
    help: t!(
        "只有京科发〔2022〕5号接受此资格。",
        "Only 京科发〔2022〕5号 accepts this status."
    ),
};

// ---- Credit and compliance (rules across measures) -------------------------------------------

pub static CREDIT_BLACKLISTED: Fact = Fact {
    id: "credit_blacklisted",
    label: t!("处于失信惩戒中", "under a credit-discipline listing"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "申报单位是否处于科研失信行为惩戒期内，或被列入失信被执行人、严重违法失信企业名单等联合惩戒？",
        "Is the applicant within a research-misconduct penalty period, or listed as a dishonest judgment debtor or a seriously dishonest enterprise?",
    ),
    help: t!("是则取消全部申报资格（如5号第十七条）。", "If so, the applicant may apply for nothing (e.g. doc 5, Article 17)."),
};

pub static SAME_CONTENT_FUNDED: Fact = Fact {
    id: "same_content_funded",
    label: t!(
        "同一内容已获市财政资金支持",
        "same content already funded by the city"
    ),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "拟申报的同一内容是否已通过其他渠道获得市财政资金支持？",
        "Has the same content already received municipal funding through another channel?",
    ),
    help: t!(
        "是则本办法不再重复支持（如5号第十六条）。",
        "If so, it is not funded again (e.g. doc 5, Article 16)."
    ),
};

// ---- The company -------------------------------------------------------------------------------

pub static FOUNDED_ON: Fact = Fact {
    id: "founded_on",
    label: t!("注册成立日期", "date of incorporation"),
    kind: Kind::Date,
    topic: Topic::Company,
    question: t!("注册成立日期是？", "When was the applicant incorporated?"),
    help: t!(
        "以营业执照上的成立日期为准。",
        "As on the business licence."
    ),
};

pub static INDUSTRY_FIELD: Fact = Fact {
    id: "industry_field",
    label: t!("所属产业领域", "industry field"),
    kind: Kind::Choice(&[
        Choice { id: "ngit", label: t!("新一代信息技术", "next-generation information technology") },
        Choice { id: "health", label: t!("医药健康", "medicine and health") },
        Choice { id: "smart_manufacturing", label: t!("智能制造", "intelligent manufacturing") },
        Choice { id: "new_materials", label: t!("新材料", "new materials") },
        Choice { id: "green_energy", label: t!("绿色能源与节能环保", "green energy, energy saving and environmental protection") },
        Choice { id: "other_high_end", label: t!("其他高精尖产业领域（以年度申报通知为准）", "another high-end (高精尖) field named in the year's notice") },
        Choice { id: "other", label: t!("不属于高精尖产业领域", "not a high-end (高精尖) field") },
    ]),
    topic: Topic::Company,
    question: t!("企业（或项目）属于哪个产业领域？", "Which industry field does the company (or project) belong to?"),
    help: t!(
        "高精尖产业领域以年度申报通知为准，可按照年度工作重点调整（6号名词解释4）。",
        "The high-end (高精尖) fields are set by each year's notice and may change (doc 6, definition 4).",
    ),
};

pub static HEADCOUNT_LAST_YEAR: Fact = Fact {
    id: "headcount_last_year",
    label: t!(
        "上一会计年度年末从业人员",
        "headcount at the end of last fiscal year"
    ),
    kind: Kind::Count,
    topic: Topic::Company,
    question: t!(
        "上一会计年度年末从业人员有多少人？",
        "How many people did the company employ at the end of last fiscal year?"
    ),
    help: t!("", ""),
};

pub static REVENUE_LAST_YEAR: Fact = Fact {
    id: "revenue_last_year",
    label: t!("上一会计年度营业收入", "revenue last fiscal year"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "上一会计年度营业收入是多少（万元）？",
        "What was the revenue in the last fiscal year (万元)?"
    ),
    help: t!(
        "单位：万元。1亿元 = 10,000万元。",
        "In 万元 (10,000 CNY): 100 million CNY is 10,000."
    ),
};

pub static ENTERPRISE_SIZE: Fact = Fact {
    id: "enterprise_size",
    label: t!("企业规模（中小企业划型）", "company size class"),
    kind: Kind::Choice(&[
        Choice { id: "micro", label: t!("微型企业", "micro") },
        Choice { id: "small", label: t!("小型企业", "small") },
        Choice { id: "medium", label: t!("中型企业", "medium") },
        Choice { id: "large", label: t!("大型企业", "large") },
    ]),
    topic: Topic::Company,
    question: t!(
        "按《中小企业划型标准规定》（工信部联企业〔2011〕300号），企业属于哪一类？",
        "Under the SME classification rules (工信部联企业〔2011〕300号), what size class is the company?",
    ),
    help: t!("", ""),
};

pub static RD_EXPENSE_LAST_YEAR: Fact = Fact {
    id: "rd_expense_last_year",
    label: t!("最近一个会计年度研发费用", "R&D expense in the latest fiscal year"),
    kind: Kind::Amount,
    topic: Topic::Research,
    question: t!(
        "最近一个会计年度的研发费用是多少（万元，按研发费用加计扣除申报口径）？",
        "What was the R&D expense in the latest fiscal year (万元, as declared for the R&D super-deduction)?",
    ),
    help: t!("", ""),
};

pub static RD_EXPENSE_YEAR_BEFORE: Fact = Fact {
    id: "rd_expense_year_before",
    label: t!("前一个会计年度研发费用", "R&D expense in the fiscal year before"),
    kind: Kind::Amount,
    topic: Topic::Research,
    question: t!(
        "再前一个会计年度的研发费用是多少（万元，按研发费用加计扣除申报口径）？",
        "What was the R&D expense in the fiscal year before that (万元, as declared for the R&D super-deduction)?",
    ),
    help: t!("", ""),
};

pub static OWNS_CORE_IP: Fact = Fact {
    id: "owns_core_ip",
    label: t!(
        "具有核心技术或自主知识产权",
        "owns core technology or its own IP"
    ),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "企业是否具有核心技术或自主知识产权？",
        "Does the company own core technology or its own intellectual property?"
    ),
    help: t!("", ""),
};

pub static NO_IP_DISPUTE: Fact = Fact {
    id: "no_ip_dispute",
    label: t!("无知识产权纠纷", "no IP dispute"),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "相关知识产权是否清晰、无纠纷？",
        "Is the relevant intellectual property clear of any dispute?"
    ),
    help: t!("", ""),
};

pub static REGISTERED_CAPITAL: Fact = Fact {
    id: "registered_capital",
    label: t!("注册资本", "registered capital"),
    kind: Kind::Amount,
    topic: Topic::Company,
    question: t!(
        "申报单位的注册资本（注册资金）是多少（万元）？",
        "What is the applicant's registered capital (万元)?"
    ),
    help: t!(
        "以营业执照为准，单位：万元。",
        "As on the business licence, in 万元."
    ),
};

/// Facts every 办法 shares.
pub static COMMON: &[&Fact] = &[
    &APPLICANT_KIND,
    &REGISTERED_IN,
    &NATIONAL_HIGH_TECH,
    &ZGC_HIGH_TECH,
    &SME_TECH_REGISTERED,
    &CREDIT_BLACKLISTED,
    &SAME_CONTENT_FUNDED,
    &FOUNDED_ON,
    &INDUSTRY_FIELD,
    &ENTERPRISE_SIZE,
    &REGISTERED_CAPITAL,
    &HEADCOUNT_LAST_YEAR,
    &REVENUE_LAST_YEAR,
    &RD_EXPENSE_LAST_YEAR,
    &RD_EXPENSE_YEAR_BEFORE,
    &OWNS_CORE_IP,
    &NO_IP_DISPUTE,
];

/// The five fields named in the 办法 plus the open "其他高精尖" option (the lists end in 等).
pub const HIGH_END_FIELDS: &[&str] = &[
    "ngit",
    "health",
    "smart_manufacturing",
    "new_materials",
    "green_energy",
    "other_high_end",
];

/// Every fact, in asking order within each topic.
pub fn all() -> &'static [&'static Fact] {
    static ALL: OnceLock<Vec<&'static Fact>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<&'static Fact> = COMMON.to_vec();
        for doc in crate::docs::FACT_LISTS {
            v.extend_from_slice(doc);
        }
        v
    })
}

type IdMap<V> = std::collections::HashMap<
    &'static str,
    V,
    std::hash::BuildHasherDefault<crate::hash::FxHasher>,
>;

/// Every fact's registry position, found by the address of its id: the ids the engine passes
/// around are the facts' own `&'static str`s, so most lookups need no hashing at all.
fn by_address(id: &str) -> Option<u32> {
    // Address and position in one number (an address takes at most 48 bits), in address order.
    static INDEX: OnceLock<Vec<u64>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut v: Vec<u64> = all()
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.id.as_ptr() as u64) << 16) | i as u64)
            .collect();
        crate::order::sort_u64(&mut v);
        v
    });
    let key = id.as_ptr() as u64;
    let at = index.binary_search_by(|k| (k >> 16).cmp(&key)).ok()?;
    let i = (index.get(at)? & 0xffff) as u32;
    // Two ids at one address can differ only in length (one a prefix of the other).
    (all().get(i as usize)?.id.len() == id.len()).then_some(i)
}

/// The fact with this id.
pub fn by_id(id: &str) -> Option<&'static Fact> {
    match by_address(id) {
        Some(i) => all().get(i as usize).copied(),
        None => all().get(index_of(id) as usize).copied(),
    }
}

/// The position of a fact in the registry (asking order); `u32::MAX` for an unknown id.
pub fn index_of(id: &str) -> u32 {
    if let Some(i) = by_address(id) {
        return i;
    }
    static INDEX: OnceLock<IdMap<u32>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        all()
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id, i as u32))
            .collect()
    });
    index.get(id).copied().unwrap_or(u32::MAX)
}

/// The valid fact id closest to `id` (edit distance), for "did you mean" messages.
pub fn closest_id(id: &str) -> Option<&'static str> {
    if id.len() >= 4 {
        if let Some(f) = all()
            .iter()
            .filter(|f| f.id.contains(id))
            .min_by_key(|f| f.id.len())
        {
            return Some(f.id);
        }
    }
    // A typo of the whole id, or of its beginning ("headcont" → "headcount_last_year").
    let n = id.chars().count();
    // Far longer than any fact id: no typo of one, and the edit distances below grow with the
    // length (a pasted link with a huge key must not freeze the page).
    if n > 80 {
        return None;
    }
    let limit = (n / 3).max(2);
    let id: Vec<char> = id.chars().collect();
    let mut f_chars: Vec<char> = Vec::with_capacity(64);
    let mut prev: Vec<usize> = Vec::with_capacity(64);
    let mut cur: Vec<usize> = Vec::with_capacity(64);
    all()
        .iter()
        .filter_map(|f| {
            f_chars.clear();
            f_chars.extend(f.id.chars());
            // One table gives the distance to the whole id and to each of its beginnings
            // (`prev[k]` = distance to the first k characters). Rows never shrink below their
            // minimum, so once that passes the limit no score can come under it.
            prev.clear();
            prev.extend(0..=f_chars.len());
            for (i, ca) in id.iter().enumerate() {
                cur.clear();
                cur.push(i + 1);
                for (j, cb) in f_chars.iter().enumerate() {
                    let sub = prev[j] + usize::from(ca != cb);
                    cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
                }
                std::mem::swap(&mut prev, &mut cur);
                if prev.iter().min().is_some_and(|m| *m > limit) {
                    return None;
                }
            }
            let whole = prev[f_chars.len()];
            let prefix_typo = (n.saturating_sub(1)..=n + 2)
                .map(|k| prev[k.min(f_chars.len())])
                .min()
                .unwrap_or(usize::MAX);
            let d = whole.min(prefix_typo.saturating_add(1));
            (d <= limit).then_some((d, f.id))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first, plain version of the search (five distance tables per fact, no early stop):
    /// the fast one must pick exactly what it picked.
    fn reference_closest_id(id: &str) -> Option<&'static str> {
        fn edit_distance(a: &str, b: &str) -> usize {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            let mut prev: Vec<usize> = (0..=b.len()).collect();
            for (i, ca) in a.iter().enumerate() {
                let mut cur = vec![i + 1];
                for (j, cb) in b.iter().enumerate() {
                    let sub = prev[j] + usize::from(ca != cb);
                    cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
                }
                prev = cur;
            }
            prev[b.len()]
        }
        if id.len() >= 4 {
            if let Some(f) = all()
                .iter()
                .filter(|f| f.id.contains(id))
                .min_by_key(|f| f.id.len())
            {
                return Some(f.id);
            }
        }
        let n = id.chars().count();
        if n > 80 {
            return None;
        }
        let score = |f: &str| {
            let prefix_typo = (n.saturating_sub(1)..=n + 2)
                .map(|k| edit_distance(id, &f.chars().take(k).collect::<String>()))
                .min()
                .unwrap_or(usize::MAX);
            edit_distance(id, f).min(prefix_typo.saturating_add(1))
        };
        all()
            .iter()
            .map(|f| (score(f.id), f.id))
            .filter(|(d, _)| *d <= (n / 3).max(2))
            .min_by_key(|(d, _)| *d)
            .map(|(_, f)| f)
    }

    #[test]
    fn closest_id_picks_what_the_plain_search_picks() {
        // A deterministic edit of every fact id: typos, cut-offs, extensions, junk, other scripts
        // (one each: the plain search is slow in a debug build).
        let mut seed: u64 = 0x5EED_C105;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet: Vec<char> = "abcdefghijklmnopqrstuvwxyz_0123456789营业收入Ω"
            .chars()
            .collect();
        for f in all() {
            let mut s: Vec<char> = f.id.chars().collect();
            for _ in 0..1 + next() % 4 {
                let at = (next() as usize) % (s.len() + 1);
                let c = alphabet[(next() as usize) % alphabet.len()];
                match next() % 4 {
                    0 if at < s.len() => s[at] = c,
                    1 if at < s.len() => {
                        s.remove(at);
                    }
                    2 => s.insert(at, c),
                    _ => s.truncate(at.max(1)),
                }
            }
            let probe: String = s.into_iter().collect();
            assert_eq!(closest_id(&probe), reference_closest_id(&probe), "{probe}");
        }
        for junk in [
            "",
            "a",
            "zz",
            "xyz",
            "营业收入",
            "headcont",
            "revenue",
            "the_quick_brown_fox_jumps",
        ] {
            assert_eq!(closest_id(junk), reference_closest_id(junk), "{junk}");
        }
    }

    #[test]
    fn fact_ids_are_unique_and_snake_case() {
        let mut seen = std::collections::BTreeSet::new();
        for f in all() {
            assert!(seen.insert(f.id), "duplicate fact id {}", f.id);
            assert!(
                f.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "fact id {} is not snake_case",
                f.id
            );
            assert!(
                !f.question.zh().is_empty() && !f.question.en().is_empty(),
                "{} lacks a question",
                f.id
            );
            assert!(
                !f.label.zh().is_empty() && !f.label.en().is_empty(),
                "{} lacks a label",
                f.id
            );
        }
    }

    #[test]
    fn suggests_the_closest_id() {
        assert_eq!(closest_id("headcount"), Some("headcount_last_year"));
        assert_eq!(closest_id("revenue_last_yr"), Some("revenue_last_year"));
        assert_eq!(closest_id("zzzzzzzzzzzzzzzzzzzzzzz"), None);
    }
}
