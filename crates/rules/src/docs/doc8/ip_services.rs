//! 京科发〔2022〕8号, 第三节 支持加强知识产权、技术标准创制运用 (第十四条–第二十一条) and 第四节
//! 支持提升科技服务专业能力 (第二十二条–第二十六条): measures 8.14–8.26.
//!
//! Who may apply at all is the 办法's 第四条 (`super::DOC`). Here each article narrows it further
//! and adds its own conditions and formula. Several articles name a role rather than a kind of
//! applicant ("知识产权专业服务机构", "科技服务机构", "第三方评估机构"); the reading chosen for them
//! is [`READING_8_SERVICE_ROLE`].

use super::DOC;
use crate::amount::{Amount, AmountEval, Year, YearAmount};
use crate::condition::{
    attested, hard, judgement, Basis, Cmp, Condition, Ctx, Leaf, Outcome, Test,
};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::facts::*;
use crate::fmt::num;
use crate::measure::{Measure, Method, Route};
use crate::text::{t, Text, T};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---- Readings shared by several articles ---------------------------------------------------------

/// 8.20–8.24 and 8.26 name a role ("知识产权专业服务机构", "标准化服务机构", "科技服务机构",
/// "平台", "第三方评估机构"), not a kind of applicant. Such a unit is often a company: it may
/// apply as a technology service organisation, or as an enterprise (then 第四条's high-tech
/// status applies to it as to every enterprise).
pub const READING_8_SERVICE_ROLE: T = t!(
    "本条以角色（服务机构、平台、评估机构等）而非主体类型规定申报单位：以科技服务机构身份申报，或以企业身份申报（此时按第四条须为国家或中关村高新技术企业）均可。",
    "This article names a role (a service organisation, a platform, an assessment body), not a kind of applicant: it may apply as a technology service organisation, or as an enterprise (which then, under Art. 4, must hold high-tech status).",
);

/// "按照实际发生费用的50%" (8.15, 8.19, 8.20): the costs of the supported work. The article
/// forbids spending the support on 知识产权申请官费和代理费用; the base asked leaves them out, so
/// the cap is never overstated.
pub const READING_8_ACTUAL_COSTS: T = t!(
    "“实际发生费用”理解为开展本条支持工作实际发生的费用；知识产权申请官费和代理费用不计入（本条资金不得用于支付此类费用），以免高估上限。",
    "\"Actual costs\" are read as the costs actually incurred on the work this article supports, leaving out official filing fees and agency fees (the support may not pay for them), so the cap is never overstated.",
);

/// A yearly total per applicant ("每年支持总金额不超过200万元") spans every application of the
/// year; one profile cannot know the others.
pub const READING_8_ANNUAL_TOTAL: T = t!(
    "“每年支持总金额”上限按本次申报的事项计算；同一年度已获本条支持的金额未询问，如有应从上限中扣除。",
    "The yearly total cap is applied to the items of this application; support already received under this article in the same year is not asked and, if any, comes off the cap.",
);

// ---- Helpers ------------------------------------------------------------------------------------

/// A schedule whose years each have a cap and are also limited to `rate`% of a base for that
/// year (8.22: 当年项目预算; 8.25: 上一年实际发生费用). `bases` gives the fact for each year's
/// base, or `None` where the base is not known at application (a later year's costs): that year
/// shows its cap and `later` says what else limits it.
fn yearly_limited(
    years: &'static [Year],
    rate: Decimal,
    bases: &[Option<&'static Fact>],
    later: T,
    ctx: &Ctx,
) -> AmountEval {
    let p = ctx.profile;
    let mut out = AmountEval {
        determined: true,
        ..Default::default()
    };
    let mut total = Decimal::ZERO;
    for (i, y) in years.iter().enumerate() {
        let base = bases.get(i).copied().flatten();
        let v = match base.map(|f| (f, p.number(f))) {
            Some((f, Some(b))) => {
                let raw = rate * b / Decimal::ONE_HUNDRED;
                let v = raw.min(y.cap);
                out.steps.push(Text::new(
                    format!(
                        "第{}年：{}% × {}{} = {}，不超过{}万元 → {}万元",
                        y.year,
                        num(rate),
                        f.label.zh(),
                        num(b),
                        num(raw),
                        num(y.cap),
                        num(v)
                    ),
                    format!(
                        "year {}: {}% × {} {} = {}, up to {} → {} (10k CNY)",
                        y.year,
                        num(rate),
                        f.label.en(),
                        num(b),
                        num(raw),
                        num(y.cap),
                        num(v)
                    ),
                ));
                v
            }
            Some((f, None)) => {
                out.determined = false;
                if !out.missing.contains(&f.id) {
                    out.missing.push(f.id);
                }
                out.steps.push(Text::new(
                    format!(
                        "第{}年：不超过{}万元（{}未填）",
                        y.year,
                        num(y.cap),
                        f.label.zh()
                    ),
                    format!(
                        "year {}: up to {} (10k CNY); {} not answered",
                        y.year,
                        num(y.cap),
                        f.label.en()
                    ),
                ));
                y.cap
            }
            None => {
                out.steps.push(Text::new(
                    format!(
                        "第{}年：不超过{}万元（{}，申报时尚不可知）",
                        y.year,
                        num(y.cap),
                        later.zh()
                    ),
                    format!(
                        "year {}: up to {} (10k CNY) ({}, not known when applying)",
                        y.year,
                        num(y.cap),
                        later.en()
                    ),
                ));
                y.cap
            }
        };
        total += v;
        out.schedule.push(YearAmount {
            year: y.year,
            up_to: v,
            equity: false,
            note: y.note,
        });
    }
    out.steps.push(Text::new(
        format!("合计 {}万元", num(total)),
        format!("total {} (10k CNY)", num(total)),
    ));
    out.up_to = Some(total);
    out
}

/// `numerator` is at least `pct`% of `denominator` (exact: no division).
fn share_at_least(ctx: &Ctx, numerator: &Fact, denominator: &Fact, pct: Decimal) -> Outcome {
    let p = ctx.profile;
    Outcome::from_option(
        p.number(numerator)
            .zip(p.number(denominator))
            .map(|(n, d)| n * Decimal::ONE_HUNDRED >= pct * d),
    )
}

// =================================================================================================
// Facts only this part of 8号 needs, in asking order.
// =================================================================================================

// ---- 第十四条 ----

pub static RECEIVED_8_14_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_8_14_in_last_3_years",
    label: t!("近3年已获8号第十四条支持", "had doc 8 Art. 14 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "企业近3年内是否已获得过“支持科技型中小企业开展发明专利布局”（8号第十四条）资金支持？",
        "Has the company received support under doc 8 Art. 14 (invention-patent portfolios of tech SMEs) in the last 3 years?",
    ),
    help: t!("每家企业连续3年只能获得1次该项政策支持。", "Each company may receive this support once in any 3 consecutive years."),
};

pub static HAS_FRONTIER_INVENTION_PATENT_LAYOUT: Fact = Fact {
    id: "has_frontier_invention_patent_layout",
    label: t!(
        "具有前沿技术、颠覆性技术、产业共性关键技术等方面的发明专利布局",
        "has an invention-patent portfolio in frontier, disruptive or generic key technologies",
    ),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "企业是否具有前沿技术、颠覆性技术、产业共性关键技术等方面的发明专利布局？",
        "Has the company built an invention-patent portfolio in frontier, disruptive or generic key industrial technologies?",
    ),
    help: t!("", ""),
};

pub static PATENT_LAYOUT_RD_TOTAL: Fact = Fact {
    id: "patent_layout_rd_total",
    label: t!(
        "围绕发明专利布局累计研发投入",
        "cumulative R&D spend on the invention-patent portfolio"
    ),
    kind: Kind::Amount,
    topic: Topic::Research,
    question: t!(
        "围绕发明专利布局的累计研发投入是多少（万元）？",
        "How much has the company spent on R&D for its invention-patent portfolio in total (万元)?",
    ),
    help: t!("", ""),
};

pub static PATENT_LAYOUT_RD_LAST_YEAR: Fact = Fact {
    id: "patent_layout_rd_last_year",
    label: t!("上一年度围绕发明专利布局的研发投入", "R&D spend on the invention-patent portfolio last year"),
    kind: Kind::Amount,
    topic: Topic::Research,
    question: t!(
        "上一年度围绕发明专利布局的研发投入是多少（万元）？",
        "How much did the company spend last year on R&D for its invention-patent portfolio (万元)?",
    ),
    help: t!(
        "只计围绕发明专利布局的研发投入，不是企业全部研发费用（见本条的理解说明）。",
        "Only R&D spent on the patent portfolio, not all R&D (see this article's reading).",
    ),
};

// ---- 第十五条 ----

pub static ZGC_IP_ENTERPRISE_TITLE: Fact = Fact {
    id: "zgc_ip_enterprise_title",
    label: t!(
        "中关村知识产权领军企业或示范企业",
        "Zhongguancun IP leader or IP demonstration enterprise"
    ),
    kind: Kind::Choice(&[
        Choice {
            id: "leader",
            label: t!(
                "中关村知识产权领军企业",
                "Zhongguancun IP leader enterprise"
            ),
        },
        Choice {
            id: "demonstration",
            label: t!(
                "中关村知识产权示范企业",
                "Zhongguancun IP demonstration enterprise"
            ),
        },
        Choice {
            id: "none",
            label: t!("都不是", "neither"),
        },
    ]),
    topic: Topic::Ip,
    question: t!(
        "企业是中关村知识产权领军企业还是示范企业？",
        "Is the company a Zhongguancun IP leader enterprise or an IP demonstration enterprise?",
    ),
    help: t!("", ""),
};

pub static IP_MANAGEMENT_SYSTEM_SOUND: Fact = Fact {
    id: "ip_management_system_sound",
    label: t!(
        "企业内部知识产权管理制度健全",
        "sound internal IP management rules"
    ),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "企业内部知识产权管理制度是否健全？",
        "Does the company have sound internal rules for managing intellectual property?"
    ),
    help: t!("", ""),
};

pub static HAS_IP_DEPARTMENT_AND_STAFF: Fact = Fact {
    id: "has_ip_department_and_staff",
    label: t!(
        "设有专门的知识产权管理部门且配备专职管理人员",
        "a dedicated IP department with full-time staff"
    ),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "企业是否设有专门的知识产权管理部门，且配备了专职管理人员？",
        "Does the company have a dedicated IP management department with full-time staff?",
    ),
    help: t!("", ""),
};

pub static PCT_APPLICATIONS_LAST_YEAR: Fact = Fact {
    id: "pct_applications_last_year",
    label: t!("上年度PCT专利申请量", "PCT applications filed last year"),
    kind: Kind::Count,
    topic: Topic::Ip,
    question: t!(
        "上年度PCT专利申请量是多少件？",
        "How many PCT patent applications did the company file last year?"
    ),
    help: t!("", ""),
};

pub static HIGH_VALUE_PATENT_LAYOUT_COSTS: Fact = Fact {
    id: "high_value_patent_layout_costs",
    label: t!("PCT等高价值专利布局实际发生费用", "actual costs of the PCT and other high-value patent work"),
    kind: Kind::Amount,
    topic: Topic::Ip,
    question: t!(
        "开展PCT等高价值专利布局（知识产权挖掘、信息检索分析、咨询、保护以及高价值专利转化、运营等）实际发生的费用是多少（万元，不含知识产权申请官费和代理费用）？",
        "What did the company actually spend on PCT and other high-value patent work (IP mining, search and analysis, consulting, protection, and transfer and operation of high-value patents), in 万元, leaving out official filing fees and agency fees?",
    ),
    help: t!("", ""),
};

pub static RECEIVED_8_15_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_8_15_in_last_3_years",
    label: t!("近3年已获8号第十五条支持", "had doc 8 Art. 15 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "企业近3年内是否已获得过“支持重点企业开展PCT等高价值专利布局”（8号第十五条）资金支持？",
        "Has the company received support under doc 8 Art. 15 (PCT and other high-value patents) in the last 3 years?",
    ),
    help: t!("每家企业连续3年只能获得1次该项政策支持。", "Each company may receive this support once in any 3 consecutive years."),
};

// ---- 第十六条 ----

pub static PATENT_POOL_FIELD: Fact = Fact {
    id: "patent_pool_field",
    label: t!("专利池所属产业领域", "field of the patent pool"),
    kind: Kind::Choice(&[
        Choice {
            id: "ic",
            label: t!("集成电路", "integrated circuits"),
        },
        Choice {
            id: "ai",
            label: t!("人工智能", "artificial intelligence"),
        },
        Choice {
            id: "blockchain",
            label: t!("区块链", "blockchain"),
        },
        Choice {
            id: "biomedicine",
            label: t!("生物医药", "biomedicine"),
        },
        Choice {
            id: "ar_vr",
            label: t!("AR/VR", "AR/VR"),
        },
        Choice {
            id: "other_key",
            label: t!("其他重点产业领域", "another key industrial field"),
        },
        Choice {
            id: "other",
            label: t!("不属于重点产业领域", "not a key industrial field"),
        },
    ]),
    topic: Topic::Ip,
    question: t!(
        "专利池属于哪个产业领域？",
        "Which industrial field does the patent pool belong to?"
    ),
    help: t!(
        "所列领域以“等重点产业领域”结尾，为开放列举。",
        "The list ends in \"等重点产业领域\" (and other key fields): it is open.",
    ),
};

pub static PATENT_POOL_CROSS_AND_UNIFIED_LICENSING: Fact = Fact {
    id: "patent_pool_cross_and_unified_licensing",
    label: t!(
        "实施成员单位专利交叉许可和统一对外许可",
        "members cross-license and license out jointly"
    ),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "专利池是否实施内部成员单位专利交叉许可和统一对外许可等？",
        "Does the pool run cross-licensing among its members and unified licensing to outsiders?",
    ),
    help: t!("", ""),
};

pub static PATENT_POOL_VALID_INVENTION_PATENTS: Fact = Fact {
    id: "patent_pool_valid_invention_patents",
    label: t!(
        "专利池有效发明专利数量",
        "valid invention patents in the pool"
    ),
    kind: Kind::Count,
    topic: Topic::Ip,
    question: t!(
        "专利池包括多少件有效发明专利？",
        "How many valid invention patents does the pool hold?"
    ),
    help: t!("", ""),
};

pub static PATENT_POOL_HAS_PROJECT_LOAN: Fact = Fact {
    id: "patent_pool_has_project_loan",
    label: t!("专利池项目有贷款", "the patent-pool project has a loan"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "专利池建设项目是否有项目贷款？",
        "Is the patent-pool project financed by a project loan?"
    ),
    help: t!(
        "有项目贷款的，可选择贷款贴息方式。",
        "With a project loan, the interest-subsidy method is open."
    ),
};

pub static PATENT_POOL_LOAN_INTEREST: Fact = Fact {
    id: "patent_pool_loan_interest",
    label: t!(
        "专利池项目贷款利息",
        "interest on the patent-pool project loan"
    ),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "专利池项目贷款利息是多少（万元）？",
        "How much interest is paid on the patent-pool project loan (万元)?"
    ),
    help: t!("", ""),
};

// ---- 第十七条 ----

pub static NEW_ZGC_STANDARDS_LED: Fact = Fact {
    id: "new_zgc_standards_led",
    label: t!("牵头制定的新发布中关村标准", "new Zhongguancun standards led"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "申报周期内，单位牵头制定并新发布、已获得中关村标准标准号的中关村标准有多少项（支持期内制定的系列标准原则上计为一项）？",
        "How many Zhongguancun standards led by the applicant were newly published in the application period with a Zhongguancun standard number (a series made in the period counts, in principle, as one)?",
    ),
    help: t!("", ""),
};

pub static ZGC_CERTIFIED_PRODUCTS: Fact = Fact {
    id: "zgc_certified_products",
    label: t!("获得《中关村标准产品认证证书》的产品", "products with a Zhongguancun standard product certificate"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "企业有多少项产品由国家认监委批准的认证机构采用中关村标准检测认证，并获得《中关村标准产品认证证书》？",
        "How many of the company's products were tested and certified against a Zhongguancun standard by a certification body approved by the CNCA, and received a Zhongguancun standard product certificate?",
    ),
    help: t!("社会组织无产品的填0。", "A social organisation with no products enters 0."),
};

pub static ZGC_LABELLED_PRODUCTS: Fact = Fact {
    id: "zgc_labelled_products",
    label: t!("进行“1字标”贴标且已规模销售的产品", "products carrying the \"1\" label and sold at scale"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "企业有多少项产品通过中关村标准产品认证、进行了“1字标”贴标，并已实现规模销售？",
        "How many of the company's products passed Zhongguancun standard product certification, carry the \"1\" label (1字标) and are already sold at scale?",
    ),
    help: t!("社会组织无产品的填0。", "A social organisation with no products enters 0."),
};

// ---- 第十八条 ----

pub static INTL_STANDARD_BODIES_ALL_NAMED: Fact = Fact {
    id: "intl_standard_bodies_all_named",
    label: t!("所涉标准化组织均为ISO、IEC、ITU、IEEE或3GPP", "every standards body involved is ISO, IEC, ITU, IEEE or 3GPP"),
    kind: Kind::Bool,
    topic: Topic::Standards,
    question: t!(
        "申报事项涉及的国际标准化组织是否均为ISO、IEC、ITU、IEEE或3GPP？",
        "Is every international standards body in this application ISO, IEC, ITU, IEEE or 3GPP?",
    ),
    help: t!(
        "其他国外专业标准化组织须为业内专家认可的具有国际影响力的组织，由评审认定。",
        "Another foreign professional standards body must be one that experts recognise as internationally influential; the reviewers decide.",
    ),
};

pub static INTL_STANDARD_PROPOSALS: Fact = Fact {
    id: "intl_standard_proposals",
    label: t!("新立项国际标准提案（不含重大突破类）", "new international standard proposals (other than breakthroughs)"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "支持期内由国际知名标准化组织通过立项的新国际标准提案有多少项（不含下一问的人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准）？",
        "How many new international standard proposals were approved by an international standards body in the support period (not counting the breakthrough standards in AI, blockchain, 6G, IoT, connected vehicles and similar fields asked next)?",
    ),
    help: t!("", ""),
};

pub static INTL_STANDARD_PROPOSALS_BREAKTHROUGH: Fact = Fact {
    id: "intl_standard_proposals_breakthrough",
    label: t!("人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准提案", "breakthrough international standard proposals in AI, blockchain, 6G, IoT, connected vehicles and similar fields"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "支持期内新立项的国际标准提案中，属于人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准有多少项？",
        "Of the new international standard proposals approved in the support period, how many are breakthrough standards in AI, blockchain, 6G, IoT, connected vehicles or a similar field?",
    ),
    help: t!("是否“取得重大突破”由评审认定。", "Whether a standard is a breakthrough is for the reviewers."),
};

pub static ZGC_STANDARDS_MADE_INTERNATIONAL: Fact = Fact {
    id: "zgc_standards_made_international",
    label: t!(
        "转化为国际标准的中关村标准",
        "Zhongguancun standards turned into international standards"
    ),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "有多少项中关村标准转化为国际标准？",
        "How many Zhongguancun standards have been turned into international standards?"
    ),
    help: t!("", ""),
};

pub static INTL_POSTS_CHAIR: Fact = Fact {
    id: "intl_posts_chair",
    label: t!("新任国际标准化组织（或技术委员会）主席", "new chairs of an international standards body (or technical committee)"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "支持期内，企业领军人物等新担任国际知名标准化组织（或技术委员会）主席的有几项（续任不计；同一组织只计企业自选的1项）？",
        "In the support period, how many posts as chair of an international standards body (or its technical committee) did the company's leaders newly take up (renewals do not count; one post per body, chosen by the company)?",
    ),
    help: t!("", ""),
};

pub static INTL_POSTS_VICE_CHAIR_OR_SC_CHAIR: Fact = Fact {
    id: "intl_posts_vice_chair_or_sc_chair",
    label: t!("新任国际标准化组织（或技术委员会）副主席或分技术委员会主席", "new vice-chairs of a body (or TC) or chairs of a subcommittee"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "支持期内，新担任国际知名标准化组织（或技术委员会）副主席或分技术委员会主席的有几项（续任不计；同一组织只计1项）？",
        "In the support period, how many posts as vice-chair of an international standards body (or technical committee) or chair of a subcommittee were newly taken up (renewals do not count; one post per body)?",
    ),
    help: t!("", ""),
};

pub static INTL_POSTS_SC_VICE_CHAIR_OR_CONVENOR: Fact = Fact {
    id: "intl_posts_sc_vice_chair_or_convenor",
    label: t!("新任分技术委员会副主席或工作组组长", "new subcommittee vice-chairs or working-group convenors"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "支持期内，新担任国际知名标准化组织分技术委员会副主席或工作组组长的有几项（续任不计；同一组织只计1项）？",
        "In the support period, how many posts as subcommittee vice-chair or working-group convenor in an international standards body were newly taken up (renewals do not count; one post per body)?",
    ),
    help: t!("", ""),
};

pub static INTL_STANDARD_EVENTS_HELD: Fact = Fact {
    id: "intl_standard_events_held",
    label: t!("在京组织、承办的国际标准化活动或会议", "international standardisation events or meetings organised or hosted in Beijing"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "单位在京组织、承办了多少项国际标准化活动或会议？",
        "How many international standardisation events or meetings did the applicant organise or host in Beijing?",
    ),
    help: t!("", ""),
};

pub static INTL_STANDARD_EVENTS_COSTS: Fact = Fact {
    id: "intl_standard_events_costs",
    label: t!("国际标准化活动或会议实际发生费用", "actual costs of those events"),
    kind: Kind::Amount,
    topic: Topic::Standards,
    question: t!(
        "这些国际标准化活动或会议实际发生的费用合计是多少（万元）？",
        "What did those international standardisation events or meetings actually cost in total (万元)?",
    ),
    help: t!("", ""),
};

// ---- 第十九条 ----

pub static ZGC_STANDARDISATION_TITLE: Fact = Fact {
    id: "zgc_standardisation_title",
    label: t!(
        "中关村标准化示范单位或试点单位",
        "Zhongguancun standardisation demonstration or pilot unit"
    ),
    kind: Kind::Choice(&[
        Choice {
            id: "demonstration",
            label: t!(
                "中关村标准化示范单位",
                "Zhongguancun standardisation demonstration unit"
            ),
        },
        Choice {
            id: "pilot",
            label: t!(
                "中关村标准化试点单位",
                "Zhongguancun standardisation pilot unit"
            ),
        },
        Choice {
            id: "none",
            label: t!("都不是", "neither"),
        },
    ]),
    topic: Topic::Standards,
    question: t!(
        "单位是中关村标准化示范单位还是试点单位？",
        "Is the applicant a Zhongguancun standardisation demonstration unit or pilot unit?",
    ),
    help: t!("", ""),
};

pub static INTL_STANDARDS_LAST_3_YEARS: Fact = Fact {
    id: "intl_standards_last_3_years",
    label: t!("近3年主导或参与创制的国际标准", "international standards led or co-written in the last 3 years"),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!("近3年主导或参与创制了多少项国际标准？", "How many international standards did the applicant lead or help write in the last 3 years?"),
    help: t!("", ""),
};

pub static ZGC_STANDARDS_LAST_3_YEARS: Fact = Fact {
    id: "zgc_standards_last_3_years",
    label: t!(
        "近3年主导或参与创制的中关村标准",
        "Zhongguancun standards led or co-written in the last 3 years"
    ),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "近3年主导或参与创制了多少项“中关村标准”？",
        "How many Zhongguancun standards did the applicant lead or help write in the last 3 years?"
    ),
    help: t!("", ""),
};

pub static INTL_STANDARDS_TOTAL: Fact = Fact {
    id: "intl_standards_total",
    label: t!(
        "累计主导或参与创制的国际标准",
        "international standards led or co-written, in all"
    ),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "累计（不限年限）主导或参与创制了多少项国际标准？",
        "How many international standards has the applicant led or helped write in all (any year)?"
    ),
    help: t!("", ""),
};

pub static NATIONAL_STANDARDS_TOTAL: Fact = Fact {
    id: "national_standards_total",
    label: t!(
        "累计主导或参与创制的国家标准",
        "national standards led or co-written, in all"
    ),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "累计（不限年限）主导或参与创制了多少项国家标准？",
        "How many national standards has the applicant led or helped write in all (any year)?"
    ),
    help: t!("", ""),
};

pub static ZGC_STANDARDS_TOTAL: Fact = Fact {
    id: "zgc_standards_total",
    label: t!(
        "累计主导或参与创制的中关村标准",
        "Zhongguancun standards led or co-written, in all"
    ),
    kind: Kind::Count,
    topic: Topic::Standards,
    question: t!(
        "累计（不限年限）主导或参与创制了多少项“中关村标准”？",
        "How many Zhongguancun standards has the applicant led or helped write in all (any year)?"
    ),
    help: t!("", ""),
};

pub static HAS_STANDARDISATION_DEPARTMENT: Fact = Fact {
    id: "has_standardisation_department",
    label: t!("内部有明确的标准化部门并配备专兼职人员", "a designated standardisation department with full- or part-time staff"),
    kind: Kind::Bool,
    topic: Topic::Standards,
    question: t!(
        "单位内部是否有明确的标准化部门，并配备专兼职人员？",
        "Does the applicant have a designated standardisation department with full- or part-time staff?",
    ),
    help: t!("", ""),
};

pub static HAS_STANDARDISATION_GOALS: Fact = Fact {
    id: "has_standardisation_goals",
    label: t!("具有明确的标准化发展目标", "clear standardisation goals"),
    kind: Kind::Bool,
    topic: Topic::Standards,
    question: t!(
        "单位是否具有明确的标准化发展目标？",
        "Has the applicant set clear goals for its standardisation work?"
    ),
    help: t!("", ""),
};

pub static STANDARDS_PROMOTION_COSTS: Fact = Fact {
    id: "standards_promotion_costs",
    label: t!(
        "标准高端推进工作实际发生费用",
        "actual costs of the high-end standards work"
    ),
    kind: Kind::Amount,
    topic: Topic::Standards,
    question: t!(
        "开展标准高端推进工作实际发生的费用是多少（万元）？",
        "What did the high-end standards work actually cost (万元)?"
    ),
    help: t!("", ""),
};

pub static RECEIVED_8_19_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_8_19_in_last_3_years",
    label: t!("近3年已获8号第十九条支持", "had doc 8 Art. 19 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "单位近3年内是否已获得过“支持开展标准高端推进工作”（8号第十九条）资金支持？",
        "Has the applicant received support under doc 8 Art. 19 (high-end standards work) in the last 3 years?",
    ),
    help: t!("每家企业连续3年只能获得1次该项政策支持。", "Each company may receive this support once in any 3 consecutive years."),
};

// ---- 第二十条 ----

pub static IP_SERVICE_CLIENTS_LAST_YEAR: Fact = Fact {
    id: "ip_service_clients_last_year",
    label: t!(
        "上一年度知识产权服务的企业家数",
        "companies served with IP services last year"
    ),
    kind: Kind::Count,
    topic: Topic::Services,
    question: t!(
        "上一年度为多少家企业提供了知识产权服务？",
        "How many companies did the organisation provide IP services to last year?"
    ),
    help: t!("", ""),
};

pub static IP_SERVICE_PROJECTS_LAST_YEAR: Fact = Fact {
    id: "ip_service_projects_last_year",
    label: t!(
        "上一年度为企业提供的知识产权服务项目数",
        "IP service projects for companies last year"
    ),
    kind: Kind::Count,
    topic: Topic::Services,
    question: t!(
        "上一年度为企业提供了多少项知识产权服务项目？",
        "How many IP service projects did the organisation carry out for companies last year?"
    ),
    help: t!("", ""),
};

pub static IP_SERVICE_REVENUE_LAST_YEAR: Fact = Fact {
    id: "ip_service_revenue_last_year",
    label: t!("上一年度知识产权服务收入", "IP service revenue last year"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "上一年度知识产权服务收入是多少（万元）？",
        "What was the organisation's IP service revenue last year (万元)?"
    ),
    help: t!("", ""),
};

pub static HAS_FIXED_OFFICE: Fact = Fact {
    id: "has_fixed_office",
    label: t!("有固定办公场所", "has a fixed office"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "是否有固定办公场所？",
        "Does the organisation have a fixed office?"
    ),
    help: t!("", ""),
};

pub static PROFESSIONAL_SERVICE_STAFF: Fact = Fact {
    id: "professional_service_staff",
    label: t!("专业服务人员人数", "professional service staff"),
    kind: Kind::Count,
    topic: Topic::Services,
    question: t!(
        "有多少名专业服务人员？",
        "How many professional service staff does the organisation have?"
    ),
    help: t!("", ""),
};

pub static QUALIFIED_SERVICE_STAFF: Fact = Fact {
    id: "qualified_service_staff",
    label: t!("具备相关职业资格的专业服务人员人数", "professional service staff with the relevant professional qualification"),
    kind: Kind::Count,
    topic: Topic::Services,
    question: t!(
        "专业服务人员中有多少名具备相关职业资格（如专利代理师）？",
        "How many of the professional service staff hold the relevant professional qualification (a patent attorney licence, say)?",
    ),
    help: t!("", ""),
};

pub static NO_PENALTY_OR_DISCIPLINE_LAST_3_YEARS: Fact = Fact {
    id: "no_penalty_or_discipline_last_3_years",
    label: t!("近3年未受到行政处罚和行业协会惩戒", "no administrative penalty or trade-association discipline in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "近3年是否未受到行政处罚和行业协会惩戒？（未受到的答“是”）",
        "In the last 3 years, has the organisation been free of administrative penalties and trade-association discipline? (Answer yes if it has had none.)",
    ),
    help: t!("", ""),
};

pub static IP_SERVICE_COSTS: Fact = Fact {
    id: "ip_service_costs",
    label: t!("知识产权专业服务实际发生费用", "actual costs of the IP professional services"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "开展知识产权专业服务（专家咨询、人才培养、专用设备采购租赁、数据库采购、人员开支等）实际发生的费用是多少（万元，不含知识产权申请官费和代理费用）？",
        "What did the organisation actually spend on its IP professional services (expert advice, training, purchase or lease of special equipment, databases, staff costs and the like), in 万元, leaving out official filing fees and agency fees?",
    ),
    help: t!("", ""),
};

pub static RECEIVED_8_20_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_8_20_in_last_3_years",
    label: t!("近3年已获8号第二十条支持", "had doc 8 Art. 20 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "机构近3年内是否已获得过“支持知识产权服务机构提供专业服务”（8号第二十条）资金支持？",
        "Has the organisation received support under doc 8 Art. 20 (IP service organisations) in the last 3 years?",
    ),
    help: t!("每家机构连续3年只能获得1次该项政策支持。", "Each organisation may receive this support once in any 3 consecutive years."),
};

// ---- 第二十一条 ----

pub static STANDARDISATION_SERVICE_KIND: Fact = Fact {
    id: "standardisation_service_kind",
    label: t!("标准化服务机构类型", "kind of standardisation service organisation"),
    kind: Kind::Choice(&[
        Choice {
            id: "standards_service",
            label: t!(
                "为中关村企业或社会团体提供标准化战略咨询、标准体系建设及布局、人才培养、检验检测等服务的专业机构",
                "a professional organisation serving Zhongguancun companies or associations with standardisation strategy, standards systems, training, testing and the like",
            ),
        },
        Choice {
            id: "certification_body",
            label: t!("经国家认证认可监督管理委员会批准的第三方综合性认证机构", "a third-party comprehensive certification body approved by the CNCA"),
        },
        Choice { id: "none", label: t!("都不是", "neither") },
    ]),
    topic: Topic::Services,
    question: t!("机构属于哪一类标准化服务机构？", "What kind of standardisation service organisation is the applicant?"),
    help: t!("", ""),
};

pub static STANDARDISATION_SERVICE_ITEMS: Fact = Fact {
    id: "standardisation_service_items",
    label: t!("为企业提供的标准化服务项目", "standardisation service projects for companies"),
    kind: Kind::Count,
    topic: Topic::Services,
    question: t!(
        "为企业提供标准化战略制定、标准布局与创制、国际标准化信息和标准数据等服务的项目有多少项？",
        "How many projects did the organisation carry out for companies on standardisation strategy, standards planning and drafting, international standardisation information and standards data, and the like?",
    ),
    help: t!("", ""),
};

pub static ZGC_CERTIFICATION_RULES: Fact = Fact {
    id: "zgc_certification_rules",
    label: t!("首次制定并公布使用的中关村标准认证规则", "Zhongguancun standard certification rules first made and published"),
    kind: Kind::Count,
    topic: Topic::Services,
    question: t!(
        "本年度首次制定并在国家认监委公布使用的中关村标准认证规则有多少项？",
        "How many Zhongguancun standard certification rules did the organisation make for the first time this year and have published for use by the CNCA?",
    ),
    help: t!("每年每家认证机构获得支持的认证规则不超过3项。", "At most 3 rules per certification body per year are supported."),
};

pub static RECEIVED_8_21_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_8_21_in_last_3_years",
    label: t!("近3年已获8号第二十一条支持", "had doc 8 Art. 21 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "机构近3年内是否已获得过“支持标准化服务机构提供专业服务”（8号第二十一条）资金支持？",
        "Has the organisation received support under doc 8 Art. 21 (standardisation service organisations) in the last 3 years?",
    ),
    help: t!("每家机构连续3年只能获得1次该项政策支持。", "Each organisation may receive this support once in any 3 consecutive years."),
};

// ---- 第二十二条–第二十四条 ----

pub static TECH_SERVICE_FIELD: Fact = Fact {
    id: "tech_service_field",
    label: t!("科技服务领域", "technology service field"),
    kind: Kind::Choice(&[
        Choice { id: "finance", label: t!("科技金融", "technology finance") },
        Choice { id: "engineering", label: t!("工程技术", "engineering technology") },
        Choice { id: "rnd", label: t!("研发", "research and development") },
        Choice { id: "design", label: t!("设计", "design") },
        Choice { id: "incubation", label: t!("创业孵化", "start-up incubation") },
        Choice { id: "tech_transfer", label: t!("科技推广与技术转移", "technology extension and transfer") },
        Choice { id: "ip", label: t!("知识产权", "intellectual property") },
        Choice { id: "testing", label: t!("检验检测", "inspection and testing") },
        Choice { id: "consulting", label: t!("科技咨询", "technology consulting") },
        Choice { id: "other_tech_service", label: t!("其他科技服务领域", "another technology service field") },
        Choice { id: "not_tech_service", label: t!("不是科技服务", "not a technology service") },
    ]),
    topic: Topic::Services,
    question: t!(
        "机构（或申报的平台）主要提供哪个领域的科技服务？",
        "In which field does the organisation (or the platform applied for) mainly provide technology services?",
    ),
    help: t!("", ""),
};

pub static REVENUE_YEAR_BEFORE: Fact = Fact {
    id: "revenue_year_before",
    label: t!(
        "前一个会计年度营业收入",
        "revenue in the fiscal year before last"
    ),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "上一会计年度之前那一年的营业收入是多少（万元）？",
        "What was the revenue in the fiscal year before the last one (万元)?",
    ),
    help: t!(
        "近3年：上一会计年度、前一年、再前一年。",
        "The last 3 years: the last fiscal year, the one before, and the one before that."
    ),
};

pub static REVENUE_THIRD_LAST_YEAR: Fact = Fact {
    id: "revenue_third_last_year",
    label: t!("近3年中最早一个会计年度营业收入", "revenue in the earliest of the last 3 fiscal years"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "近3年中最早一个会计年度（上一会计年度往前数第三年）的营业收入是多少（万元）？",
        "What was the revenue in the earliest of the last 3 fiscal years (the third counting back from the last one), in 万元?",
    ),
    help: t!("", ""),
};

pub static CONSULTING_REVENUE_LAST_YEAR: Fact = Fact {
    id: "consulting_revenue_last_year",
    label: t!(
        "上一会计年度咨询服务收入",
        "consulting revenue last fiscal year"
    ),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "上一会计年度咨询服务收入是多少（万元）？",
        "What was the consulting-service revenue in the last fiscal year (万元)?"
    ),
    help: t!("", ""),
};

pub static BRAND_PROJECT_BUDGET_YEAR_1: Fact = Fact {
    id: "brand_project_budget_year_1",
    label: t!(
        "品牌机构项目第一年预算",
        "the brand-organisation project's budget for year 1"
    ),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "申报项目第一年的项目预算是多少（万元）？",
        "What is the project's budget for its first year (万元)?"
    ),
    help: t!(
        "每年支持金额不超过当年项目预算的30%。",
        "Each year's support is at most 30% of that year's project budget."
    ),
};

pub static BRAND_PROJECT_BUDGET_YEAR_2: Fact = Fact {
    id: "brand_project_budget_year_2",
    label: t!(
        "品牌机构项目第二年预算",
        "the brand-organisation project's budget for year 2"
    ),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "申报项目第二年的项目预算是多少（万元）？",
        "What is the project's budget for its second year (万元)?"
    ),
    help: t!("", ""),
};

pub static BRAND_PROJECT_BUDGET_YEAR_3: Fact = Fact {
    id: "brand_project_budget_year_3",
    label: t!(
        "品牌机构项目第三年预算",
        "the brand-organisation project's budget for year 3"
    ),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "申报项目第三年的项目预算是多少（万元）？",
        "What is the project's budget for its third year (万元)?"
    ),
    help: t!("", ""),
};

pub static KEY_AREA_REGISTERED: Fact = Fact {
    id: "key_area_registered",
    label: t!("注册地址所在重点区域", "key area of the registered address"),
    kind: Kind::Choice(&[
        Choice { id: "future_science_city", label: t!("未来科学城", "Future Science City") },
        Choice { id: "huairou_science_city", label: t!("怀柔科学城", "Huairou Science City") },
        Choice { id: "beijing_etdz", label: t!("北京经济技术开发区", "Beijing Economic-Technological Development Area") },
        Choice { id: "sub_centre", label: t!("城市副中心", "the city sub-centre (Tongzhou)") },
        Choice { id: "none", label: t!("不在上述区域", "none of these") },
    ]),
    topic: Topic::Services,
    question: t!(
        "机构（独立法人机构或分支机构）的注册地址在以下哪个区域？",
        "In which of these areas is the organisation (an independent legal person or a branch) registered?",
    ),
    help: t!("", ""),
};

pub static KEY_AREA_OFFICE_AND_TEAM: Fact = Fact {
    id: "key_area_office_and_team",
    label: t!(
        "在该区域内有固定的办公场地和专业人员团队",
        "a fixed office and a professional team in that area"
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "机构在该区域内是否有固定的办公场地和专业人员团队？",
        "Does the organisation have a fixed office and a professional team in that area?",
    ),
    help: t!("", ""),
};

pub static KEY_AREA_NEWLY_ESTABLISHED: Fact = Fact {
    id: "key_area_newly_established",
    label: t!("在该区域新设立的机构", "newly set up in that area"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "机构是否为在该区域新设立的科技服务机构（新设立的时间范围以年度申报通知为准）？",
        "Is the organisation a technology service organisation newly set up in that area (the year's application notice says how recent)?",
    ),
    help: t!("已在该区域注册并开展业务的，答“否”。", "Answer no if it was already registered and operating there."),
};

pub static KEY_AREA_INPUT_LAST_YEAR: Fact = Fact {
    id: "key_area_input_last_year",
    label: t!("机构上一年实际投入", "the organisation's actual input last year"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "机构上一年实际投入是多少（万元）？（当年新设、尚无上一年的，填成立以来的实际投入）",
        "What did the organisation actually invest last year (万元)? (One set up this year, with no last year, enters what it has invested since it was set up.)",
    ),
    help: t!("", ""),
};

pub static ZGC_TESTING_SERVICE_PLATFORM: Fact = Fact {
    id: "zgc_testing_service_platform",
    label: t!("有效期内的检测认证服务类中关村科技服务平台", "a Zhongguancun testing-and-certification service platform (in force)"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台是否为有效期内的检测认证服务类中关村科技服务平台？",
        "Is the platform a Zhongguancun technology service platform for testing and certification, with its recognition still in force?",
    ),
    help: t!("视同检验检测领域专业开放服务平台。", "It is treated as an open professional service platform in inspection and testing."),
};

pub static PLATFORM_CONNECTED_TO_NCSTI: Fact = Fact {
    id: "platform_connected_to_ncsti",
    label: t!("已接入“国际科技创新中心”网络服务平台及移动端APP", "connected to the 'International Science and Technology Innovation Centre' web platform and app"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台（或其专业服务功能模块）是否已接入“国际科技创新中心”网络服务平台（www.ncsti.gov.cn）及移动端APP？",
        "Is the platform (or its professional service module) connected to the 'International Science and Technology Innovation Centre' web platform (www.ncsti.gov.cn) and its mobile app?",
    ),
    help: t!("", ""),
};

pub static PLATFORM_OFFERS_SPECIALISED_SERVICES: Fact = Fact {
    id: "platform_offers_specialised_services",
    label: t!(
        "为创新主体提供人才、资金、空间、市场、知识产权、技术标准、法律等特色化专业服务",
        "offers innovators specialised services in talent, funding, space, markets, IP, technical standards, law and the like",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台是否为创新主体提供人才、资金、空间、市场、知识产权、技术标准、法律等特色化专业服务？",
        "Does the platform offer innovators specialised services in talent, funding, space, markets, IP, technical standards, law and the like?",
    ),
    help: t!("", ""),
};

pub static PLATFORM_OPEN_TO_PUBLIC: Fact = Fact {
    id: "platform_open_to_public",
    label: t!("平台对外开放", "the platform is open to outside users"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台是否对外开放服务？",
        "Is the platform open to outside users?"
    ),
    help: t!("", ""),
};

pub static PLATFORM_INPUT_LAST_YEAR: Fact = Fact {
    id: "platform_input_last_year",
    label: t!("平台上一年投入", "the platform's input last year"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "平台上一年的投入是多少（万元）？",
        "How much was invested in the platform last year (万元)?"
    ),
    help: t!("", ""),
};

// ---- 第二十五条 ----

pub static SOCIAL_ORG_TYPE: Fact = Fact {
    id: "social_org_type",
    label: t!("社会组织类别", "kind of social organisation"),
    kind: Kind::Choice(&[
        Choice {
            id: "industry",
            label: t!("产业类社会组织", "industry organisation"),
        },
        Choice {
            id: "factor",
            label: t!(
                "要素类社会组织",
                "factor organisation (finance, talent, technology and other inputs)"
            ),
        },
        Choice {
            id: "comprehensive",
            label: t!("综合类社会组织", "comprehensive organisation"),
        },
        Choice {
            id: "other",
            label: t!("都不是", "none of these"),
        },
    ]),
    topic: Topic::Services,
    question: t!(
        "社会组织属于哪一类？",
        "What kind of social organisation is the applicant?"
    ),
    help: t!("", ""),
};

pub static SOCIAL_ORG_IN_INTEGRITY_SYSTEM: Fact = Fact {
    id: "social_org_in_integrity_system",
    label: t!(
        "参与社会组织诚信体系建设",
        "takes part in the social-organisation integrity system"
    ),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "社会组织是否参与社会组织诚信体系建设？",
        "Does the organisation take part in building the social-organisation integrity system?"
    ),
    help: t!("", ""),
};

pub static SOCIAL_ORG_INSPECTION_PASSES: Fact = Fact {
    id: "social_org_inspection_passes",
    label: t!("最近连续年检合格的年数", "most recent years in a row with a passed annual inspection"),
    kind: Kind::Count,
    topic: Topic::Compliance,
    question: t!(
        "截至最近一次年检，社会组织已连续几年年检结论为合格？",
        "Counting back from the latest annual inspection, for how many years in a row has the organisation passed?",
    ),
    help: t!("", ""),
};

pub static MUNICIPAL_HUB_SOCIAL_ORG: Fact = Fact {
    id: "municipal_hub_social_org",
    label: t!(
        "北京市市级枢纽型社会组织",
        "a Beijing municipal hub social organisation"
    ),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "是否为北京市市级枢纽型社会组织？",
        "Is the organisation a Beijing municipal-level hub social organisation (枢纽型社会组织)?"
    ),
    help: t!("", ""),
};

pub static MEMBER_SOCIAL_ORGS: Fact = Fact {
    id: "member_social_orgs",
    label: t!(
        "会员中社会组织数量",
        "social organisations among the members"
    ),
    kind: Kind::Count,
    topic: Topic::Applicant,
    question: t!(
        "会员中有多少家社会组织？",
        "How many of the organisation's members are social organisations?"
    ),
    help: t!("", ""),
};

pub static CIVIL_AFFAIRS_RATING: Fact = Fact {
    id: "civil_affairs_rating",
    label: t!("民政部门评估等级", "civil-affairs evaluation grade"),
    kind: Kind::Choice(&[
        Choice {
            id: "5a",
            label: t!("5A", "5A"),
        },
        Choice {
            id: "4a",
            label: t!("4A", "4A"),
        },
        Choice {
            id: "3a",
            label: t!("3A", "3A"),
        },
        Choice {
            id: "below_3a",
            label: t!("3A以下或未评估", "below 3A, or not evaluated"),
        },
    ]),
    topic: Topic::Applicant,
    question: t!(
        "民政部门评估结论是几A？",
        "What grade did the civil-affairs evaluation give the organisation?"
    ),
    help: t!("", ""),
};

pub static SOCIAL_ORG_COSTS_LAST_YEAR: Fact = Fact {
    id: "social_org_costs_last_year",
    label: t!("社会组织上一年实际发生费用", "the organisation's actual costs last year"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "社会组织上一年开展本条所列工作实际发生的费用是多少（万元）？",
        "What did the organisation actually spend last year on the work this article supports (万元)?",
    ),
    help: t!("", ""),
};

pub static SOCIAL_ORG_SUPPORT_STOPPED_LAST_2_YEARS: Fact = Fact {
    id: "social_org_support_stopped_last_2_years",
    label: t!("2年内曾因未达发展目标被停止本条支持", "8.25 support stopped in the last 2 years for missing its targets"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "近2年内，社会组织是否曾因未达到发展目标被停止“支持科技型社会组织提升专业服务能力”（8号第二十五条）支持？",
        "In the last 2 years, was the organisation's support under doc 8 Art. 25 stopped because it missed its development targets?",
    ),
    help: t!("未达到发展目标的，停止支持，且2年内不再受理申报。", "Support stops when targets are missed, and no application is accepted for 2 years."),
};

// ---- 第二十六条 ----

pub static HANDLES_SPECIAL_GOODS: Fact = Fact {
    id: "handles_special_goods",
    label: t!("从事特殊物品生产或经营", "produces or trades special goods"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "评估机构是否从事出入境特殊物品（微生物、人体组织、生物制品、血液及其制品等）的生产或经营？",
        "Does the assessment body itself produce or trade special goods (micro-organisms, human tissue, biological products, blood and blood products) that cross the border?",
    ),
    help: t!("", ""),
};

pub static HAS_BIOMEDICAL_PROFESSIONALS: Fact = Fact {
    id: "has_biomedical_professionals",
    label: t!("配备生物医药领域的专业人员", "has biomedical professionals"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "评估机构是否配备生物医药领域的专业人员？",
        "Does the assessment body employ biomedical professionals?"
    ),
    help: t!("", ""),
};

pub static ORGANISES_SPECIAL_GOODS_ASSESSMENT: Fact = Fact {
    id: "organises_special_goods_assessment",
    label: t!("负责出入境高风险特殊物品风险评估的具体组织实施", "organises and carries out the risk assessments of high-risk special goods"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "机构是否作为第三方评估机构，负责出入境高风险特殊物品风险评估工作的具体组织实施？",
        "Does the applicant, as a third-party assessment body, organise and carry out risk assessments of high-risk special goods crossing the border?",
    ),
    help: t!("", ""),
};

pub static SPECIAL_GOODS_ASSESSMENT_COSTS: Fact = Fact {
    id: "special_goods_assessment_costs",
    label: t!(
        "风险评估工作实际发生费用",
        "actual costs of the risk-assessment work"
    ),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "开展出入境高风险特殊物品风险评估工作实际发生的费用是多少（万元）？",
        "What did the risk assessments of high-risk special goods actually cost (万元)?",
    ),
    help: t!("", ""),
};

pub static RECEIVED_8_26_TOTAL: Fact = Fact {
    id: "received_8_26_total",
    label: t!("已累计获得8号第二十六条支持", "support already received under doc 8 Art. 26, in total"),
    kind: Kind::Amount,
    topic: Topic::Compliance,
    question: t!(
        "机构此前已累计获得“支持开展出入境高风险特殊物品风险评估工作”（8号第二十六条）资金支持多少（万元）？未获得的填0。",
        "How much support has the body already received under doc 8 Art. 26 in total (万元)? Enter 0 if none.",
    ),
    help: t!("累计不超过200万元。", "The cumulative cap is 200 万元."),
};

/// This part's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &RECEIVED_8_14_IN_LAST_3_YEARS,
    &HAS_FRONTIER_INVENTION_PATENT_LAYOUT,
    &PATENT_LAYOUT_RD_TOTAL,
    &PATENT_LAYOUT_RD_LAST_YEAR,
    &ZGC_IP_ENTERPRISE_TITLE,
    &IP_MANAGEMENT_SYSTEM_SOUND,
    &HAS_IP_DEPARTMENT_AND_STAFF,
    &PCT_APPLICATIONS_LAST_YEAR,
    &HIGH_VALUE_PATENT_LAYOUT_COSTS,
    &RECEIVED_8_15_IN_LAST_3_YEARS,
    &PATENT_POOL_FIELD,
    &PATENT_POOL_CROSS_AND_UNIFIED_LICENSING,
    &PATENT_POOL_VALID_INVENTION_PATENTS,
    &PATENT_POOL_HAS_PROJECT_LOAN,
    &PATENT_POOL_LOAN_INTEREST,
    &NEW_ZGC_STANDARDS_LED,
    &ZGC_CERTIFIED_PRODUCTS,
    &ZGC_LABELLED_PRODUCTS,
    &INTL_STANDARD_BODIES_ALL_NAMED,
    &INTL_STANDARD_PROPOSALS,
    &INTL_STANDARD_PROPOSALS_BREAKTHROUGH,
    &ZGC_STANDARDS_MADE_INTERNATIONAL,
    &INTL_POSTS_CHAIR,
    &INTL_POSTS_VICE_CHAIR_OR_SC_CHAIR,
    &INTL_POSTS_SC_VICE_CHAIR_OR_CONVENOR,
    &INTL_STANDARD_EVENTS_HELD,
    &INTL_STANDARD_EVENTS_COSTS,
    &ZGC_STANDARDISATION_TITLE,
    &INTL_STANDARDS_LAST_3_YEARS,
    &ZGC_STANDARDS_LAST_3_YEARS,
    &INTL_STANDARDS_TOTAL,
    &NATIONAL_STANDARDS_TOTAL,
    &ZGC_STANDARDS_TOTAL,
    &HAS_STANDARDISATION_DEPARTMENT,
    &HAS_STANDARDISATION_GOALS,
    &STANDARDS_PROMOTION_COSTS,
    &RECEIVED_8_19_IN_LAST_3_YEARS,
    &IP_SERVICE_CLIENTS_LAST_YEAR,
    &IP_SERVICE_PROJECTS_LAST_YEAR,
    &IP_SERVICE_REVENUE_LAST_YEAR,
    &HAS_FIXED_OFFICE,
    &PROFESSIONAL_SERVICE_STAFF,
    &QUALIFIED_SERVICE_STAFF,
    &NO_PENALTY_OR_DISCIPLINE_LAST_3_YEARS,
    &IP_SERVICE_COSTS,
    &RECEIVED_8_20_IN_LAST_3_YEARS,
    &STANDARDISATION_SERVICE_KIND,
    &STANDARDISATION_SERVICE_ITEMS,
    &ZGC_CERTIFICATION_RULES,
    &RECEIVED_8_21_IN_LAST_3_YEARS,
    &TECH_SERVICE_FIELD,
    &REVENUE_YEAR_BEFORE,
    &REVENUE_THIRD_LAST_YEAR,
    &CONSULTING_REVENUE_LAST_YEAR,
    &BRAND_PROJECT_BUDGET_YEAR_1,
    &BRAND_PROJECT_BUDGET_YEAR_2,
    &BRAND_PROJECT_BUDGET_YEAR_3,
    &KEY_AREA_REGISTERED,
    &KEY_AREA_OFFICE_AND_TEAM,
    &KEY_AREA_NEWLY_ESTABLISHED,
    &KEY_AREA_INPUT_LAST_YEAR,
    &ZGC_TESTING_SERVICE_PLATFORM,
    &PLATFORM_CONNECTED_TO_NCSTI,
    &PLATFORM_OFFERS_SPECIALISED_SERVICES,
    &PLATFORM_OPEN_TO_PUBLIC,
    &PLATFORM_INPUT_LAST_YEAR,
    &SOCIAL_ORG_TYPE,
    &SOCIAL_ORG_IN_INTEGRITY_SYSTEM,
    &SOCIAL_ORG_INSPECTION_PASSES,
    &MUNICIPAL_HUB_SOCIAL_ORG,
    &MEMBER_SOCIAL_ORGS,
    &CIVIL_AFFAIRS_RATING,
    &SOCIAL_ORG_COSTS_LAST_YEAR,
    &SOCIAL_ORG_SUPPORT_STOPPED_LAST_2_YEARS,
    &HANDLES_SPECIAL_GOODS,
    &HAS_BIOMEDICAL_PROFESSIONALS,
    &ORGANISES_SPECIAL_GOODS_ASSESSMENT,
    &SPECIAL_GOODS_ASSESSMENT_COSTS,
    &RECEIVED_8_26_TOTAL,
];

/// This part's measures, in article order.
pub static MEASURES: &[&Measure] = &[
    &M8_14, &M8_15, &M8_16, &M8_17, &M8_18, &M8_19, &M8_20, &M8_21, &M8_22, &M8_23, &M8_24, &M8_25,
    &M8_26,
];

// =================================================================================================
// 第三节 支持加强知识产权、技术标准创制运用
// 第十四条 支持科技型中小企业开展发明专利布局。
// =================================================================================================

const A14: T = t!("8号 第十四条", "Doc 8, Art. 14");

/// The high-end field list every article of this part quotes; it ends in 等 (an open list).
const HIGH_END_CLAUSE: T = t!(
    "新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
    "next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields",
);

/// "科技型中小企业": 8号 第四条 already requires national or Zhongguancun high-tech status, which
/// shows the firm is tech-based; where the 办法 mean the MOST registration they say so
/// ("评价入库的科技型中小企业", 5号 第四条). So read as a small or medium enterprise by the SME
/// classification rules.
pub const READING_8_14_SME: T = t!(
    "“科技型中小企业”理解为按《中小企业划型标准规定》属于中型、小型或微型的企业；其“科技型”由第四条要求的高新技术企业资格体现，不另要求科技型中小企业评价入库（各办法需要入库时明言“评价入库的”）。",
    "\"Tech-based SME\" is read as a medium, small or micro enterprise under the SME classification rules; being tech-based is shown by the high-tech status Art. 4 requires, and no separate registration as a 科技型中小企业 is needed (the 办法 say \"评价入库的\" when they mean it).",
);

/// "围绕发明专利布局累计研发投入不低于500万元或上一年度研发投入不低于200万元": the two
/// alternatives measure one thing over two spans (in total, last year), so 围绕发明专利布局
/// qualifies both. R&D on the portfolio is part of all R&D, so this reading never tells a firm it
/// qualifies when the wider one would not.
pub const READING_8_14_RD: T = t!(
    "“上一年度研发投入不低于200万元”理解为上一年度围绕发明专利布局的研发投入：“围绕发明专利布局”同时限定“累计”和“上一年度”两种口径。此理解较严，符合时按企业全部研发投入理解也必然符合。",
    "\"R&D of at least 200 万元 last year\" is read as R&D spent on the invention-patent portfolio last year: \"围绕发明专利布局\" qualifies both the cumulative and the last-year figure. This is the stricter reading: a firm that meets it also meets the reading by all R&D.",
);

pub static M8_14: Measure = Measure {
    id: "8.14",
    doc: &DOC,
    article: A14,
    title: t!("支持科技型中小企业开展发明专利布局", "Invention-patent portfolios of tech-based SMEs"),
    content: t!(
        "支持科技型中小企业开展发明专利布局。",
        "Supports tech-based small and medium-sized enterprises in building invention-patent portfolios.",
    ),
    conditions_text: t!(
        "1.应属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域。\n2.具有较高科技含量、市场前景和较好成长性。\n3.具有前沿技术、颠覆性技术、产业共性关键技术等方面的发明专利布局。\n4.围绕发明专利布局累计研发投入不低于500万元或上一年度研发投入不低于200万元。",
        "1. Be in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field.\n2. Have high technology content, market prospects and good growth.\n3. Have an invention-patent portfolio in frontier, disruptive or generic key industrial technologies.\n4. Have spent at least 5 million CNY (500 万元) on R&D for the invention-patent portfolio in total, or at least 200 万元 on R&D last year.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,每家企业连续3年只能获得1次该项政策支持。根据企业开展发明专利创造运用情况,给予不超过50万元资金支持。支持资金用于企业开展发明专利的后续研究开发、转化落地等。",
        "Post-subsidy; each company may receive this support once in any 3 consecutive years. Up to 500,000 CNY (50 万元), according to how the company creates and uses invention patents, to be spent on further R&D on and commercialisation of the invention patents.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("科技型中小企业发明专利布局", "Invention-patent portfolio"),
        conditions: Condition::All(&[
            // （一）支持科技型中小企业开展发明专利布局。
            hard(
                t!("8号 第十四条（一）", "Doc 8, Art. 14(1)"),
                t!("科技型中小企业", "a tech-based small or medium-sized enterprise"),
                Test::OneOf(&ENTERPRISE_SIZE, &["micro", "small", "medium"]),
            )
            .read_as(READING_8_14_SME),
            // 1.应属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域。
            hard(t!("8号 第十四条（二）1.", "Doc 8, Art. 14(2)1"), HIGH_END_CLAUSE, Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS)),
            // 2.具有较高科技含量、市场前景和较好成长性。
            judgement(
                t!("8号 第十四条（二）2.", "Doc 8, Art. 14(2)2"),
                t!("具有较高科技含量、市场前景和较好成长性", "high technology content, market prospects and good growth"),
            ),
            // 3.具有前沿技术、颠覆性技术、产业共性关键技术等方面的发明专利布局。
            attested(
                t!("8号 第十四条（二）3.", "Doc 8, Art. 14(2)3"),
                t!(
                    "具有前沿技术、颠覆性技术、产业共性关键技术等方面的发明专利布局",
                    "an invention-patent portfolio in frontier, disruptive or generic key industrial technologies",
                ),
                Test::Yes(&HAS_FRONTIER_INVENTION_PATENT_LAYOUT),
            ),
            // 4.围绕发明专利布局累计研发投入不低于500万元或上一年度研发投入不低于200万元。
            Condition::Any(&[
                hard(
                    t!("8号 第十四条（二）4.", "Doc 8, Art. 14(2)4"),
                    t!("围绕发明专利布局累计研发投入不低于500万元", "at least 500 万元 of R&D on the invention-patent portfolio in total"),
                    Test::Cmp(&PATENT_LAYOUT_RD_TOTAL, Cmp::Ge, dec!(500)),
                ),
                hard(
                    t!("8号 第十四条（二）4.", "Doc 8, Art. 14(2)4"),
                    t!("或上一年度研发投入不低于200万元", "or at least 200 万元 of R&D last year"),
                    Test::Cmp(&PATENT_LAYOUT_RD_LAST_YEAR, Cmp::Ge, dec!(200)),
                )
                .read_as(READING_8_14_RD),
            ]),
            // （三）根据企业开展发明专利创造运用情况
            judgement(
                t!("8号 第十四条（三）", "Doc 8, Art. 14(3)"),
                t!("根据企业开展发明专利创造运用情况", "according to how the company creates and uses invention patents"),
            ),
        ]),
        // 给予不超过50万元资金支持
        amount: Amount::UpTo(dec!(50)),
        amount_cite: t!("8号 第十四条（三）", "Doc 8, Art. 14(3)"),
        amount_clause: t!(
            "根据企业开展发明专利创造运用情况,给予不超过50万元资金支持",
            "up to 50 万元, according to how the company creates and uses invention patents",
        ),
    }],
    once_in_3_years: Some((
        &RECEIVED_8_14_IN_LAST_3_YEARS,
        t!("每家企业连续3年只能获得1次该项政策支持", "each company may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_8_14_SME, READING_8_14_RD],
    notice: None,
};

// =================================================================================================
// 第十五条 支持重点企业开展 PCT 等高价值专利布局。
// =================================================================================================

const A15: T = t!("8号 第十五条", "Doc 8, Art. 15");

/// "支持中关村知识产权领军企业和示范企业": these are titles the Zhongguancun administration
/// confers; the conditions listed are what a holder must meet. Each title is its own route, with
/// its own cap; a leader applies as a leader.
pub const READING_8_15_TITLE: T = t!(
    "“中关村知识产权领军企业/示范企业”理解为已获得相应称号的企业，所列条件为称号企业申报时应符合的条件；两类各为一个支持方向，按企业所获称号申报。",
    "\"Zhongguancun IP leader / demonstration enterprise\" is read as a company holding that title; the conditions listed are what it must meet when applying. Each title is its own route, and a company applies under the title it holds.",
);

/// 1. and 2. share these clauses.
const IP_SYSTEM_SOUND_15: Condition = attested(
    t!("8号 第十五条（二）", "Doc 8, Art. 15(2)"),
    t!(
        "企业内部知识产权管理制度健全",
        "sound internal rules for managing IP"
    ),
    Test::Yes(&IP_MANAGEMENT_SYSTEM_SOUND),
);
const IP_DEPARTMENT_15: Condition = hard(
    t!("8号 第十五条（二）", "Doc 8, Art. 15(2)"),
    t!(
        "设有专门的知识产权管理部门且配备了专职管理人员",
        "a dedicated IP department with full-time staff"
    ),
    Test::Yes(&HAS_IP_DEPARTMENT_AND_STAFF),
);

pub static M8_15: Measure = Measure {
    id: "8.15",
    doc: &DOC,
    article: A15,
    title: t!("支持重点企业开展PCT等高价值专利布局", "PCT and other high-value patents of leading companies"),
    content: t!(
        "支持中关村知识产权领军企业和示范企业开展 PCT 等高价值专利布局。",
        "Supports Zhongguancun IP leader and IP demonstration enterprises in building PCT and other high-value patent portfolios.",
    ),
    conditions_text: t!(
        "1. 中关村知识产权领军企业,应符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,企业内部知识产权管理制度健全,设有专门的知识产权管理部门且配备了专职管理人员,经济效益良好,具有较强的核心竞争力,上年度 PCT 专利申请量达到 100 件(含)以上。\n2. 中关村知识产权示范企业,应符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,企业内部知识产权管理制度健全,设有专门的知识产权管理部门且配备了专职管理人员,上年度 PCT 专利申请量达到 10 件(含)以上。",
        "1. A Zhongguancun IP leader enterprise must be in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field, have sound internal IP management rules and a dedicated IP department with full-time staff, perform well economically, be strongly competitive at its core, and have filed 100 or more (inclusive) PCT applications last year.\n2. A Zhongguancun IP demonstration enterprise must be in one of those high-end fields, have sound internal IP management rules and a dedicated IP department with full-time staff, and have filed 10 or more (inclusive) PCT applications last year.",
    ),
    amount_text: t!(
        "根据企业开展知识产权高端布局情况,采取后补助方式给予支持,每家企业连续 3 年只能获得 1 次该项政策支持。按照实际发生费用的 50%,中关村知识产权领军企业每家支持额度不超过100 万元,中关村知识产权示范企业每家支持额度不超过 50 万元。支持资金用于企业开展知识产权挖掘、信息检索分析、咨询、保护以及高价值专利转化、运营等工作,不能用于支付知识产权申请官费和代理费用。",
        "Post-subsidy according to the company's high-end IP work; each company may receive this support once in any 3 consecutive years. 50% of the actual costs, up to 1 million CNY (100 万元) for an IP leader enterprise and up to 50 万元 for an IP demonstration enterprise. The support pays for IP mining, information search and analysis, consulting, protection, and transfer and operation of high-value patents; it may not pay official filing fees or agency fees.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[
        Route {
            id: "leader",
            title: t!("中关村知识产权领军企业", "Zhongguancun IP leader enterprise"),
            conditions: Condition::All(&[
                // 1. 中关村知识产权领军企业
                hard(
                    t!("8号 第十五条（二）1.", "Doc 8, Art. 15(2)1"),
                    t!("中关村知识产权领军企业", "a Zhongguancun IP leader enterprise"),
                    Test::OneOf(&ZGC_IP_ENTERPRISE_TITLE, &["leader"]),
                )
                .read_as(READING_8_15_TITLE),
                // 应符合……等高精尖产业领域
                hard(t!("8号 第十五条（二）1.", "Doc 8, Art. 15(2)1"), HIGH_END_CLAUSE, Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS)),
                // 企业内部知识产权管理制度健全,设有专门的知识产权管理部门且配备了专职管理人员
                IP_SYSTEM_SOUND_15,
                IP_DEPARTMENT_15,
                // 经济效益良好,具有较强的核心竞争力
                judgement(
                    t!("8号 第十五条（二）1.", "Doc 8, Art. 15(2)1"),
                    t!("经济效益良好,具有较强的核心竞争力", "good economic performance and strong core competitiveness"),
                ),
                // 上年度 PCT 专利申请量达到 100 件(含)以上
                hard(
                    t!("8号 第十五条（二）1.", "Doc 8, Art. 15(2)1"),
                    t!("上年度 PCT 专利申请量达到 100 件(含)以上", "100 or more (inclusive) PCT applications last year"),
                    Test::Cmp(&PCT_APPLICATIONS_LAST_YEAR, Cmp::Ge, dec!(100)),
                ),
            ]),
            // 按照实际发生费用的 50%,中关村知识产权领军企业每家支持额度不超过100 万元
            amount: Amount::Rate { rate: dec!(50), base: &HIGH_VALUE_PATENT_LAYOUT_COSTS, cap: Some(dec!(100)) },
            amount_cite: t!("8号 第十五条（三）", "Doc 8, Art. 15(3)"),
            amount_clause: t!(
                "按照实际发生费用的 50%,中关村知识产权领军企业每家支持额度不超过100 万元",
                "50% of the actual costs, up to 100 万元 for an IP leader enterprise",
            ),
        },
        Route {
            id: "demonstration",
            title: t!("中关村知识产权示范企业", "Zhongguancun IP demonstration enterprise"),
            conditions: Condition::All(&[
                // 2. 中关村知识产权示范企业
                hard(
                    t!("8号 第十五条（二）2.", "Doc 8, Art. 15(2)2"),
                    t!("中关村知识产权示范企业", "a Zhongguancun IP demonstration enterprise"),
                    Test::OneOf(&ZGC_IP_ENTERPRISE_TITLE, &["demonstration"]),
                )
                .read_as(READING_8_15_TITLE),
                // 应符合……等高精尖产业领域
                hard(t!("8号 第十五条（二）2.", "Doc 8, Art. 15(2)2"), HIGH_END_CLAUSE, Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS)),
                // 企业内部知识产权管理制度健全,设有专门的知识产权管理部门且配备了专职管理人员
                IP_SYSTEM_SOUND_15,
                IP_DEPARTMENT_15,
                // 上年度 PCT 专利申请量达到 10 件(含)以上
                hard(
                    t!("8号 第十五条（二）2.", "Doc 8, Art. 15(2)2"),
                    t!("上年度 PCT 专利申请量达到 10 件(含)以上", "10 or more (inclusive) PCT applications last year"),
                    Test::Cmp(&PCT_APPLICATIONS_LAST_YEAR, Cmp::Ge, dec!(10)),
                ),
            ]),
            // 中关村知识产权示范企业每家支持额度不超过 50 万元
            amount: Amount::Rate { rate: dec!(50), base: &HIGH_VALUE_PATENT_LAYOUT_COSTS, cap: Some(dec!(50)) },
            amount_cite: t!("8号 第十五条（三）", "Doc 8, Art. 15(3)"),
            amount_clause: t!(
                "按照实际发生费用的 50%,……中关村知识产权示范企业每家支持额度不超过 50 万元",
                "50% of the actual costs, up to 50 万元 for an IP demonstration enterprise",
            ),
        },
    ],
    once_in_3_years: Some((
        &RECEIVED_8_15_IN_LAST_3_YEARS,
        t!("每家企业连续 3 年只能获得 1 次该项政策支持", "each company may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_8_15_TITLE, READING_8_ACTUAL_COSTS],
    notice: None,
};

// =================================================================================================
// 第十六条 支持建设重点领域专利池。
// =================================================================================================

const A16: T = t!("8号 第十六条", "Doc 8, Art. 16");

/// The article supports the building of a pool, not a kind of applicant: the unit that builds and
/// runs it applies, whether a company, an alliance (social organisation), a university, a
/// research institute or a service organisation.
pub const READING_8_16_APPLICANT: T = t!(
    "申报单位理解为专利池的建设运营单位，可为企业、产业联盟等社会组织、高等学校、科研机构或知识产权服务机构。",
    "The applicant is read as the unit that builds and runs the pool: a company, an alliance or other social organisation, a university, a research institute or an IP service organisation.",
);

/// "集成电路、人工智能、区块链、生物医药、AR/VR 等重点产业领域" ends in 等: a pool in another
/// key field may qualify; whether the field is key is then the reviewers'.
pub const READING_8_16_FIELDS: T = t!(
    "领域列举以“等重点产业领域”结尾，为开放列举：其他重点产业领域的专利池也可申报，是否属于重点产业领域由评审认定。",
    "The field list ends in \"等重点产业领域\" and is open: a pool in another key field may apply, and the reviewers decide whether its field is key.",
);

/// "采取以下两种方式之一进行支持": the two methods are alternatives, one per pool; both are
/// shown and the one that pays more is counted.
pub const READING_8_16_METHOD: T = t!(
    "两种支持方式只能采用其一：分别列出事前补助和贷款贴息的上限，合计时只计较高者；最终方式以立项确定为准。",
    "Only one of the two methods applies: the caps of the advance subsidy and of the interest subsidy are both shown and only the higher counts; the method is settled when the project is approved.",
);

/// 1. and 2. bind both methods.
const POOL_8_16: Condition = Condition::All(&[
    // 1. 专利池应属于集成电路、人工智能、区块链、生物医药、AR/VR 等重点产业领域
    Condition::Any(&[
        hard(
            t!("8号 第十六条（二）1.", "Doc 8, Art. 16(2)1"),
            t!("专利池应属于集成电路、人工智能、区块链、生物医药、AR/VR 等重点产业领域", "the pool is in integrated circuits, AI, blockchain, biomedicine, AR/VR or another key field"),
            Test::OneOf(&PATENT_POOL_FIELD, &["ic", "ai", "blockchain", "biomedicine", "ar_vr"]),
        ),
        Condition::All(&[
            hard(
                t!("8号 第十六条（二）1.", "Doc 8, Art. 16(2)1"),
                t!("等重点产业领域", "or another key field"),
                Test::OneOf(&PATENT_POOL_FIELD, &["other_key"]),
            )
            .read_as(READING_8_16_FIELDS),
            judgement(t!("8号 第十六条（二）1.", "Doc 8, Art. 16(2)1"), t!("等重点产业领域", "another key field (the reviewers decide)")),
        ]),
    ]),
    // 实施专利池内部成员单位专利交叉许可和统一对外许可等
    attested(
        t!("8号 第十六条（二）1.", "Doc 8, Art. 16(2)1"),
        t!("实施专利池内部成员单位专利交叉许可和统一对外许可等", "members cross-license their patents and license them out jointly"),
        Test::Yes(&PATENT_POOL_CROSS_AND_UNIFIED_LICENSING),
    ),
    // 2. 每个专利池应包括不少于 100 件(含)有效发明专利。
    hard(
        t!("8号 第十六条（二）2.", "Doc 8, Art. 16(2)2"),
        t!("每个专利池应包括不少于 100 件(含)有效发明专利", "each pool holds no fewer than 100 (inclusive) valid invention patents"),
        Test::Cmp(&PATENT_POOL_VALID_INVENTION_PATENTS, Cmp::Ge, dec!(100)),
    ),
]);

/// （三）1. 采取事前补助方式给予支持的,支持周期一般不超过 3 年……第一年支持金额不超过 1000 万元。第二、三年根据
/// 对专利池前一年度建设绩效考核结果给予支持,分别给予不超过 600 万元、400 万元资金支持。
static YEARS_8_16: &[Year] = &[
    Year {
        year: 1,
        cap: dec!(1000),
        equity: false,
        note: t!("第一年支持金额不超过 1000 万元", "year 1: up to 1,000 万元"),
    },
    Year {
        year: 2,
        cap: dec!(600),
        equity: false,
        note: t!(
            "根据对专利池前一年度建设绩效考核结果给予支持,不超过 600 万元",
            "by the pool's performance review for the year before: up to 600 万元"
        ),
    },
    Year {
        year: 3,
        cap: dec!(400),
        equity: false,
        note: t!(
            "根据对专利池前一年度建设绩效考核结果给予支持,不超过 400 万元",
            "by the pool's performance review for the year before: up to 400 万元"
        ),
    },
];

pub static M8_16: Measure = Measure {
    id: "8.16",
    doc: &DOC,
    article: A16,
    title: t!("支持建设重点领域专利池", "Patent pools in key fields"),
    content: t!("支持建设重点产业领域专利池,开展必要专利布局。", "Supports building patent pools in key industrial fields and the necessary patent portfolios."),
    conditions_text: t!(
        "1. 专利池应属于集成电路、人工智能、区块链、生物医药、AR/VR 等重点产业领域,实施专利池内部成员单位专利交叉许可和统一对外许可等。\n2. 每个专利池应包括不少于 100 件(含)有效发明专利。",
        "1. The pool must be in integrated circuits, artificial intelligence, blockchain, biomedicine, AR/VR or another key industrial field, and run cross-licensing among its members and unified licensing to outsiders.\n2. Each pool must hold no fewer than 100 (inclusive) valid invention patents.",
    ),
    amount_text: t!(
        "采取以下两种方式之一进行支持:\n1. 采取事前补助方式给予支持的,支持周期一般不超过 3 年,单个专利池支持总金额不超过 2000 万元。第一年支持金额不超过 1000 万元。第二、三年根据对专利池前一年度建设绩效考核结果给予支持,分别给予不超过 600 万元、400 万元资金支持。\n2. 采取贷款贴息方式给予支持的,单个专利池按照不超过项目贷款利息的 30%,给予不超过 2000 万元资金支持。",
        "One of two methods:\n1. Advance subsidy: usually for no more than 3 years, up to 20 million CNY (2,000 万元) in total per pool; up to 1,000 万元 in year 1; in years 2 and 3, by the pool's performance review for the year before, up to 600 万元 and 400 万元.\n2. Interest subsidy: up to 30% of the project loan's interest, up to 2,000 万元 per pool.",
    ),
    methods: &[Method::PreSubsidy, Method::InterestSubsidy],
    applicants: &["enterprise", "social_organisation", "university", "research_institute", "service_institution"],
    routes: &[
        Route {
            id: "pre-subsidy",
            title: t!("事前补助", "Advance subsidy"),
            conditions: POOL_8_16,
            // 单个专利池支持总金额不超过 2000 万元; 第一年 1000, 第二、三年 600、400
            amount: Amount::Schedule { years: YEARS_8_16, total: Some(dec!(2000)), limit: None },
            amount_cite: t!("8号 第十六条（三）1.", "Doc 8, Art. 16(3)1"),
            amount_clause: t!(
                "单个专利池支持总金额不超过 2000 万元。第一年支持金额不超过 1000 万元。第二、三年……分别给予不超过 600 万元、400 万元资金支持",
                "up to 2,000 万元 in total per pool: up to 1,000 万元 in year 1, then up to 600 万元 and 400 万元 in years 2 and 3",
            ),
        },
        Route {
            id: "interest",
            title: t!("贷款贴息", "Interest subsidy"),
            conditions: Condition::All(&[
                POOL_8_16,
                // 2. 采取贷款贴息方式给予支持的
                hard(
                    t!("8号 第十六条（三）2.", "Doc 8, Art. 16(3)2"),
                    t!("采取贷款贴息方式给予支持的", "where the support is an interest subsidy (the project has a loan)"),
                    Test::Yes(&PATENT_POOL_HAS_PROJECT_LOAN),
                ),
            ]),
            // 单个专利池按照不超过项目贷款利息的 30%,给予不超过 2000 万元资金支持
            amount: Amount::Rate { rate: dec!(30), base: &PATENT_POOL_LOAN_INTEREST, cap: Some(dec!(2000)) },
            amount_cite: t!("8号 第十六条（三）2.", "Doc 8, Art. 16(3)2"),
            amount_clause: t!(
                "单个专利池按照不超过项目贷款利息的 30%,给予不超过 2000 万元资金支持",
                "up to 30% of the project loan's interest, up to 2,000 万元 per pool",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_16_APPLICANT, READING_8_16_FIELDS, READING_8_16_METHOD],
    notice: None,
};

// =================================================================================================
// 第十七条 支持推广使用“中关村标准”。
// =================================================================================================

const A17: T = t!("8号 第十七条", "Doc 8, Art. 17");

/// The certificate (每项不超过20万元) and the label (每项不超过10万元) are two acts the article
/// supports separately ("支持企业进行中关村标准产品认证、贴标"); a product that has both counts
/// in both, within the yearly total.
pub const READING_8_17_CERT_AND_LABEL: T = t!(
    "产品认证和“1字标”贴标为两项分别支持的事项：同一产品既获证书又已贴标的，两项分别计算，合计受每年200万元上限约束。",
    "Certification and the \"1\" label are supported separately: a product that is certified and labelled counts in both, within the 200 万元 yearly total.",
);

pub static M8_17: Measure = Measure {
    id: "8.17",
    doc: &DOC,
    article: A17,
    title: t!("支持推广使用“中关村标准”", "Using Zhongguancun standards"),
    content: t!(
        "支持企业、社会组织创制运用中关村标准。支持企业进行中关村标准产品认证、贴标(即“1字标”)。",
        "Supports companies and social organisations in creating and using Zhongguancun standards, and companies in certifying products to Zhongguancun standards and labelling them (the \"1\" label, 1字标).",
    ),
    conditions_text: t!(
        "1.企业、社会组织牵头制定的中关村标准应为申报周期内新发布的标准,并获得中关村标准标准号。\n2.在支持期内制定的系列标准原则上视为一项技术标准。\n3.企业获得中关村标准产品认证,应由国家认证认可监督管理委员会批准的认证机构组织开展,采用中关村标准进行检测认证,并获得《中关村标准产品认证证书》。\n4.通过中关村标准产品认证,并贴标(“1字标”)的产品应已实现规模销售。",
        "1. A Zhongguancun standard led by a company or social organisation must have been newly published in the application period and have a Zhongguancun standard number.\n2. A series of standards made in the support period counts, in principle, as one technical standard.\n3. Product certification to a Zhongguancun standard must be carried out by a certification body approved by the Certification and Accreditation Administration (CNCA), testing and certifying against the Zhongguancun standard, and lead to a Zhongguancun Standard Product Certificate.\n4. A product certified to a Zhongguancun standard and labelled (\"1\" label) must already be sold at scale.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,对新发布的中关村标准,每项给予不超过50万元资金支持。对获得《中关村标准产品认证证书》的产品,每项给予不超过20万元资金支持。对进行“1字标”贴标的产品,每项给予不超过10万元资金支持。单个企业、社会组织每年支持总金额不超过200万元。资金用于企业、社会组织开展中关村标准创制及运用相关工作。",
        "Post-subsidy: up to 500,000 CNY (50 万元) for each newly published Zhongguancun standard; up to 20 万元 for each product with a Zhongguancun Standard Product Certificate; up to 10 万元 for each product carrying the \"1\" label. Up to 200 万元 per company or social organisation per year in total, to be spent on creating and using Zhongguancun standards.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise", "social_organisation"],
    routes: &[Route {
        id: "",
        title: t!("中关村标准创制、认证及贴标", "Zhongguancun standards, certification and labelling"),
        // At least one item the article pays for ("每项").
        conditions: Condition::Any(&[
            // 1.企业、社会组织牵头制定的中关村标准应为申报周期内新发布的标准,并获得中关村标准标准号。
            // 2.在支持期内制定的系列标准原则上视为一项技术标准。（计数口径，见问题）
            hard(
                t!("8号 第十七条（二）1.", "Doc 8, Art. 17(2)1"),
                t!(
                    "企业、社会组织牵头制定的中关村标准应为申报周期内新发布的标准,并获得中关村标准标准号",
                    "a Zhongguancun standard led by the applicant, newly published in the application period, with a Zhongguancun standard number",
                ),
                Test::Cmp(&NEW_ZGC_STANDARDS_LED, Cmp::Ge, dec!(1)),
            ),
            // 3.企业获得中关村标准产品认证,应由国家认证认可监督管理委员会批准的认证机构组织开展,……并获得《中关村标准产品认证证书》。
            hard(
                t!("8号 第十七条（二）3.", "Doc 8, Art. 17(2)3"),
                t!(
                    "企业获得中关村标准产品认证,应由国家认证认可监督管理委员会批准的认证机构组织开展,采用中关村标准进行检测认证,并获得《中关村标准产品认证证书》",
                    "a product certified against a Zhongguancun standard by a CNCA-approved body, with a Zhongguancun Standard Product Certificate",
                ),
                Test::Cmp(&ZGC_CERTIFIED_PRODUCTS, Cmp::Ge, dec!(1)),
            ),
            // 4.通过中关村标准产品认证,并贴标(“1字标”)的产品应已实现规模销售。
            hard(
                t!("8号 第十七条（二）4.", "Doc 8, Art. 17(2)4"),
                t!("通过中关村标准产品认证,并贴标(“1字标”)的产品应已实现规模销售", "a certified product carrying the \"1\" label, already sold at scale"),
                Test::Cmp(&ZGC_LABELLED_PRODUCTS, Cmp::Ge, dec!(1)),
            ),
        ]),
        amount: Amount::Sum {
            parts: &[
                // 对新发布的中关村标准,每项给予不超过50万元资金支持。
                Amount::PerItem { count: &NEW_ZGC_STANDARDS_LED, each: dec!(50) },
                // 对获得《中关村标准产品认证证书》的产品,每项给予不超过20万元资金支持。
                Amount::PerItem { count: &ZGC_CERTIFIED_PRODUCTS, each: dec!(20) },
                // 对进行“1字标”贴标的产品,每项给予不超过10万元资金支持。
                Amount::PerItem { count: &ZGC_LABELLED_PRODUCTS, each: dec!(10) },
            ],
            // 单个企业、社会组织每年支持总金额不超过200万元。
            cap: Some(dec!(200)),
        },
        amount_cite: t!("8号 第十七条（三）", "Doc 8, Art. 17(3)"),
        amount_clause: t!(
            "对新发布的中关村标准,每项给予不超过50万元资金支持。对获得《中关村标准产品认证证书》的产品,每项给予不超过20万元资金支持。对进行“1字标”贴标的产品,每项给予不超过10万元资金支持。单个企业、社会组织每年支持总金额不超过200万元。",
            "up to 50 万元 per new standard, 20 万元 per certified product, 10 万元 per labelled product; up to 200 万元 per applicant per year in total",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_17_CERT_AND_LABEL, READING_8_ANNUAL_TOTAL],
    notice: Some(t!(
        "“申报周期”“支持期”的起止时间以年度申报通知为准。",
        "The application period and the support period are set by the year's application notice.",
    )),
};

// =================================================================================================
// 第十八条 支持企业参与国际标准化工作。
// =================================================================================================

const A18: T = t!("8号 第十八条", "Doc 8, Art. 18");

/// "按照实际发生费用的50%,每项给予不超过30万元": the rate applies to each event's costs and the
/// cap to each event. From the total costs and the number of events, min(50% × total, 30 × count)
/// is the most the events can bring (it is exact when every event is capped or none is).
pub const READING_8_18_EVENTS: T = t!(
    "活动或会议“每项不超过30万元”按项计算；此处以全部活动费用合计的50%与“项数×30万元”中较小者为上限（各项费用悬殊时实际金额可能更低）。",
    "The 30 万元 cap is per event; here the events' cap is the smaller of 50% of their total costs and 30 万元 × the number of events (when costs differ widely between events, the actual sum may be lower).",
);

/// "人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准" (30万元 each): the list
/// ends in 等 (open), and whether a standard is a breakthrough is the reviewers'. The amount
/// counts the proposals the applicant puts forward as such.
pub const READING_8_18_BREAKTHROUGH: T = t!(
    "“取得重大突破的国际标准”由评审认定；领域列举以“等”结尾，为开放列举。上限按申报单位申报为重大突破的提案数计算。",
    "Whether an international standard is a breakthrough is for the reviewers; the field list ends in 等 and is open. The cap counts the proposals the applicant puts forward as breakthroughs.",
);

/// Review only where breakthrough proposals are claimed: with none, nothing is left to judge.
fn breakthrough_review(ctx: &Ctx) -> Outcome {
    match ctx.profile.number(&INTL_STANDARD_PROPOSALS_BREAKTHROUGH) {
        Some(n) if n.is_zero() => Outcome::Met,
        Some(_) => Outcome::Review,
        None => Outcome::Unknown,
    }
}

pub static M8_18: Measure = Measure {
    id: "8.18",
    doc: &DOC,
    article: A18,
    title: t!("支持企业参与国际标准化工作", "Taking part in international standardisation"),
    content: t!(
        "支持企业、社会组织新立项国际标准提案,鼓励“中关村标准”转化为国际标准,重点支持人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准。支持加入国际知名标准化组织,参加国际标准化活动。",
        "Supports companies and social organisations in getting new international standard proposals approved, encourages turning Zhongguancun standards into international standards, and focuses on breakthrough international standards in AI, blockchain, 6G, the Internet of Things, connected vehicles and similar fields. Supports joining well-known international standards bodies and taking part in international standardisation events.",
    ),
    conditions_text: t!(
        "1. 国际知名标准化组织包括国际标准化组织(ISO)、国际电工委员会(IEC)、国际电信联盟(ITU),以及业内专家认可的具有国际影响力的国外专业标准化组织,如电气和电子工程师协会(IEEE)、第三代移动通信伙伴组织(3GPP)等。\n2. 国际标准提案应为由上述国际知名标准化组织在支持期内通过立项的标准提案。\n3. 加入国际知名标准化组织要求在支持期内新任上述国际知名标准化组织相关职务,任期到期续任的不在支持范围内。同一企业有多人担任同一国际知名标准化组织职务,由企业自主选择1项(人)进行申报。\n4. 参加国际标准化活动包括申请单位在京组织、承办国际标准化活动、会议。",
        "1. Well-known international standards bodies are ISO, IEC and ITU, and foreign professional standards bodies of international influence recognised by experts in the field, such as IEEE and 3GPP.\n2. An international standard proposal must have been approved by such a body in the support period.\n3. Joining such a body means newly taking up a post in it in the support period; a renewal at the end of a term is not supported. Where several people of one company hold posts in the same body, the company picks one (post or person) to apply for.\n4. International standardisation events are events and meetings the applicant organises or hosts in Beijing.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,对企业等新立项的国际标准提案,每项给予不超过20万元资金支持,其中人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准,每项给予不超过30万元资金支持。支持中关村标准转化为国际标准,每项给予不超过30万元资金支持。对企业领军人物等新担任国际知名标准化组织(或技术委员会)主席、国际知名标准化组织(或技术委员会)副主席或分技术委员会主席、分技术委员会副主席或工作组组长的,分别给予该企业不超过50万元、30万元、20万元资金支持。对企业在京组织、承办国际标准化活动或会议,按照实际发生费用的50%,每项给予不超过30万元资金支持。单个企业、社会组织每年支持总金额不超过200万元。资金用于企业进一步开展国际标准创制、参与国际标准化组织活动、举办国际标准化会议等相关工作。",
        "Post-subsidy: up to 200,000 CNY (20 万元) for each newly approved international standard proposal, and up to 30 万元 each for breakthrough international standards in AI, blockchain, 6G, IoT, connected vehicles and similar fields; up to 30 万元 for each Zhongguancun standard turned into an international standard; up to 50 万元, 30 万元 and 20 万元 to the company when one of its leaders newly becomes chair of a well-known international standards body (or technical committee), vice-chair of such a body (or technical committee) or chair of a subcommittee, or vice-chair of a subcommittee or convenor of a working group; for international standardisation events or meetings organised or hosted in Beijing, 50% of the actual costs, up to 30 万元 each. Up to 200 万元 per company or social organisation per year in total, to be spent on international standards work, standards-body activities and international standardisation meetings.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise", "social_organisation"],
    routes: &[Route {
        id: "",
        title: t!("国际标准化工作", "International standardisation work"),
        conditions: Condition::All(&[
            // 1. 国际知名标准化组织包括国际标准化组织(ISO)、国际电工委员会(IEC)、国际电信联盟(ITU),以及业内专家认可的
            // 具有国际影响力的国外专业标准化组织,如电气和电子工程师协会(IEEE)、第三代移动通信伙伴组织(3GPP)等。
            Condition::Any(&[
                hard(
                    t!("8号 第十八条（二）1.", "Doc 8, Art. 18(2)1"),
                    t!(
                        "国际标准化组织(ISO)、国际电工委员会(IEC)、国际电信联盟(ITU)……如电气和电子工程师协会(IEEE)、第三代移动通信伙伴组织(3GPP)",
                        "ISO, IEC, ITU … such as IEEE and 3GPP",
                    ),
                    Test::Yes(&INTL_STANDARD_BODIES_ALL_NAMED),
                ),
                Condition::All(&[
                    hard(
                        t!("8号 第十八条（二）1.", "Doc 8, Art. 18(2)1"),
                        t!("以及……国外专业标准化组织", "or another foreign professional standards body"),
                        Test::No(&INTL_STANDARD_BODIES_ALL_NAMED),
                    ),
                    judgement(
                        t!("8号 第十八条（二）1.", "Doc 8, Art. 18(2)1"),
                        t!("业内专家认可的具有国际影响力的国外专业标准化组织", "a foreign professional standards body of international influence recognised by experts in the field"),
                    ),
                ]),
            ]),
            // 其中人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准（评审认定）
            Condition::Leaf(Leaf {
                cite: t!("8号 第十八条（三）", "Doc 8, Art. 18(3)"),
                clause: t!(
                    "其中人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准",
                    "breakthrough international standards in AI, blockchain, 6G, IoT, connected vehicles and similar fields",
                ),
                basis: Basis::Review,
                test: Test::Custom {
                    facts: &[&INTL_STANDARD_PROPOSALS_BREAKTHROUGH],
                    what: t!(
                        "申报为重大突破的国际标准提案，由评审认定是否取得重大突破",
                        "proposals put forward as breakthroughs: the reviewers decide whether they are",
                    ),
                    eval: breakthrough_review,
                },
                reading: Some(READING_8_18_BREAKTHROUGH),
            }),
            // At least one item the article pays for ("每项").
            Condition::Any(&[
                // 2. 国际标准提案应为由上述国际知名标准化组织在支持期内通过立项的标准提案。
                hard(
                    t!("8号 第十八条（二）2.", "Doc 8, Art. 18(2)2"),
                    t!("国际标准提案应为由上述国际知名标准化组织在支持期内通过立项的标准提案", "a proposal approved by such a body in the support period"),
                    Test::Cmp(&INTL_STANDARD_PROPOSALS, Cmp::Ge, dec!(1)),
                ),
                hard(
                    t!("8号 第十八条（二）2.", "Doc 8, Art. 18(2)2"),
                    t!("国际标准提案应为由上述国际知名标准化组织在支持期内通过立项的标准提案", "a proposal approved by such a body in the support period"),
                    Test::Cmp(&INTL_STANDARD_PROPOSALS_BREAKTHROUGH, Cmp::Ge, dec!(1)),
                ),
                // 支持中关村标准转化为国际标准
                hard(
                    t!("8号 第十八条（三）", "Doc 8, Art. 18(3)"),
                    t!("支持中关村标准转化为国际标准", "a Zhongguancun standard turned into an international standard"),
                    Test::Cmp(&ZGC_STANDARDS_MADE_INTERNATIONAL, Cmp::Ge, dec!(1)),
                ),
                // 3. 加入国际知名标准化组织要求在支持期内新任上述国际知名标准化组织相关职务,任期到期续任的不在支持范围内。
                // 同一企业有多人担任同一国际知名标准化组织职务,由企业自主选择1项(人)进行申报。（计数口径，见问题）
                hard(
                    t!("8号 第十八条（二）3.", "Doc 8, Art. 18(2)3"),
                    t!("在支持期内新任上述国际知名标准化组织相关职务", "a post newly taken up in such a body in the support period"),
                    Test::Cmp(&INTL_POSTS_CHAIR, Cmp::Ge, dec!(1)),
                ),
                hard(
                    t!("8号 第十八条（二）3.", "Doc 8, Art. 18(2)3"),
                    t!("在支持期内新任上述国际知名标准化组织相关职务", "a post newly taken up in such a body in the support period"),
                    Test::Cmp(&INTL_POSTS_VICE_CHAIR_OR_SC_CHAIR, Cmp::Ge, dec!(1)),
                ),
                hard(
                    t!("8号 第十八条（二）3.", "Doc 8, Art. 18(2)3"),
                    t!("在支持期内新任上述国际知名标准化组织相关职务", "a post newly taken up in such a body in the support period"),
                    Test::Cmp(&INTL_POSTS_SC_VICE_CHAIR_OR_CONVENOR, Cmp::Ge, dec!(1)),
                ),
                // 4. 参加国际标准化活动包括申请单位在京组织、承办国际标准化活动、会议。
                hard(
                    t!("8号 第十八条（二）4.", "Doc 8, Art. 18(2)4"),
                    t!("申请单位在京组织、承办国际标准化活动、会议", "an international standardisation event or meeting organised or hosted in Beijing"),
                    Test::Cmp(&INTL_STANDARD_EVENTS_HELD, Cmp::Ge, dec!(1)),
                ),
            ]),
        ]),
        amount: Amount::Sum {
            parts: &[
                // 对企业等新立项的国际标准提案,每项给予不超过20万元资金支持,
                Amount::PerItem { count: &INTL_STANDARD_PROPOSALS, each: dec!(20) },
                // 其中人工智能、区块链、6G、物联网、车联网等领域取得重大突破的国际标准,每项给予不超过30万元资金支持。
                Amount::PerItem { count: &INTL_STANDARD_PROPOSALS_BREAKTHROUGH, each: dec!(30) },
                // 支持中关村标准转化为国际标准,每项给予不超过30万元资金支持。
                Amount::PerItem { count: &ZGC_STANDARDS_MADE_INTERNATIONAL, each: dec!(30) },
                // 新担任……主席、……副主席或分技术委员会主席、分技术委员会副主席或工作组组长的,分别给予该企业不超过
                // 50万元、30万元、20万元资金支持。
                Amount::PerItem { count: &INTL_POSTS_CHAIR, each: dec!(50) },
                Amount::PerItem { count: &INTL_POSTS_VICE_CHAIR_OR_SC_CHAIR, each: dec!(30) },
                Amount::PerItem { count: &INTL_POSTS_SC_VICE_CHAIR_OR_CONVENOR, each: dec!(20) },
                // 对企业在京组织、承办国际标准化活动或会议,按照实际发生费用的50%,每项给予不超过30万元资金支持。
                Amount::Min(&[
                    Amount::Rate { rate: dec!(50), base: &INTL_STANDARD_EVENTS_COSTS, cap: None },
                    Amount::PerItem { count: &INTL_STANDARD_EVENTS_HELD, each: dec!(30) },
                ]),
            ],
            // 单个企业、社会组织每年支持总金额不超过200万元。
            cap: Some(dec!(200)),
        },
        amount_cite: t!("8号 第十八条（三）", "Doc 8, Art. 18(3)"),
        amount_clause: t!(
            "新立项的国际标准提案,每项给予不超过20万元……取得重大突破的国际标准,每项给予不超过30万元……中关村标准转化为国际标准,每项给予不超过30万元……分别给予该企业不超过50万元、30万元、20万元……按照实际发生费用的50%,每项给予不超过30万元……单个企业、社会组织每年支持总金额不超过200万元",
            "20 万元 per proposal (30 万元 per breakthrough), 30 万元 per converted standard, 50/30/20 万元 per post, 50% of event costs up to 30 万元 per event; up to 200 万元 per year in total",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_18_BREAKTHROUGH, READING_8_18_EVENTS, READING_8_ANNUAL_TOTAL],
    notice: Some(t!("“支持期”的起止时间以年度申报通知为准。", "The support period is set by the year's application notice.")),
};

// =================================================================================================
// 第十九条 支持开展标准高端推进工作。
// =================================================================================================

const A19: T = t!("8号 第十九条", "Doc 8, Art. 19");

/// As 8.15: "中关村标准化示范单位和试点单位" are titles; the conditions are what a holder meets.
pub const READING_8_19_TITLE: T = t!(
    "“中关村标准化示范单位/试点单位”理解为已获得相应称号的单位，所列条件为申报时应符合的条件；两类各为一个支持方向，按所获称号申报。",
    "\"Zhongguancun standardisation demonstration / pilot unit\" is read as a unit holding that title; the conditions listed are what it must meet when applying. Each title is its own route, applied for under the title held.",
);

/// The second alternative says 累计 (in all), not 近3年, so it counts standards of any year; and
/// "不少于10项国际标准、国家标准" counts international and national standards together.
pub const READING_8_19_TOTALS: T = t!(
    "“或主导或参与创制累计不少于……”理解为不限于近3年的累计数；示范单位的“累计不少于10项国际标准、国家标准”理解为国际标准与国家标准合计。",
    "The second alternative (\"累计\", in all) counts standards of any year, not only the last 3; for a demonstration unit, \"at least 10 international and national standards\" counts both kinds together.",
);

/// "每家企业连续3年只能获得1次": the article supports social organisations on the same terms as
/// companies, so the limit is read as binding every applicant.
pub const READING_8_19_ONCE: T = t!(
    "“每家企业连续3年只能获得1次”理解为对本条全部申报单位（含社会组织）适用。",
    "\"Each company once in 3 years\" is read as binding every applicant under this article, social organisations included.",
);

/// At least 10 international and national standards in all (示范单位, second alternative).
fn ten_intl_and_national_standards(ctx: &Ctx) -> Outcome {
    let p = ctx.profile;
    Outcome::from_option(
        p.number(&INTL_STANDARDS_TOTAL)
            .zip(p.number(&NATIONAL_STANDARDS_TOTAL))
            .map(|(i, n)| i + n >= TEN_INTL_AND_NATIONAL),
    )
}
/// 或主导或参与创制累计不少于10项国际标准、国家标准
const TEN_INTL_AND_NATIONAL: Decimal = dec!(10);

pub static M8_19: Measure = Measure {
    id: "8.19",
    doc: &DOC,
    article: A19,
    title: t!("支持开展标准高端推进工作", "High-end standards work"),
    content: t!(
        "支持中关村标准化示范单位和试点单位开展标准高端推进工作。",
        "Supports Zhongguancun standardisation demonstration units and pilot units in high-end standards work.",
    ),
    conditions_text: t!(
        "1. 中关村标准化示范单位,应符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,掌握产业关键核心技术,技术研发整体处于国际先进水平,企业主导产品应在国内细分行业中拥有较高的市场份额,社会组织应具有较高的产业或行业覆盖率和国际影响力;具有良好的标准化工作基础,标准化部门和人员设置合理,近3年应主导或参与创制不少于3项国际标准和不少于2项“中关村标准”;或主导或参与创制累计不少于10项国际标准、国家标准和不少于1项“中关村标准”。\n2. 中关村标准化试点单位,应符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,企业技术研发水平应处于国内领先地位并具有高成长性,社会组织应具有一定的产业或行业覆盖率和影响力;具有一定标准化工作基础,内部有明确的标准化部门并配备专兼职人员,具有明确的标准化发展目标,近3年积极主导或参与创制不少于1项国际标准和不少于1项“中关村标准”,或积极主导或参与创制累计不少于2项国家标准和1项“中关村标准”。",
        "1. A Zhongguancun standardisation demonstration unit must be in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field, master key core technologies of its industry with R&D at an internationally advanced level overall; a company's main products must hold a high share of their domestic market segment, and a social organisation must have high coverage of its industry and international influence; it must have a good base for standards work with a sound standards department and staff, and in the last 3 years have led or helped write no fewer than 3 international standards and no fewer than 2 Zhongguancun standards; or in all no fewer than 10 international and national standards and no fewer than 1 Zhongguancun standard.\n2. A Zhongguancun standardisation pilot unit must be in one of those high-end fields; a company's R&D must lead the country and grow fast, and a social organisation must have some coverage of its industry and influence; it must have some base for standards work, a designated standards department with full- or part-time staff and clear standardisation goals, and in the last 3 years have actively led or helped write no fewer than 1 international standard and no fewer than 1 Zhongguancun standard, or in all no fewer than 2 national standards and 1 Zhongguancun standard.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,每家企业连续3年只能获得1次该项政策支持。按照实际发生费用的50%,中关村标准化示范单位给予不超过100万元资金支持,中关村标准化试点单位给予不超过50万元资金支持。资金用于开展标准高端推进相关工作。",
        "Post-subsidy; each company may receive this support once in any 3 consecutive years. 50% of the actual costs, up to 1 million CNY (100 万元) for a demonstration unit and up to 50 万元 for a pilot unit, to be spent on high-end standards work.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise", "social_organisation"],
    routes: &[
        Route {
            id: "demonstration",
            title: t!("中关村标准化示范单位", "Standardisation demonstration unit"),
            conditions: Condition::All(&[
                // 1. 中关村标准化示范单位
                hard(
                    t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                    t!("中关村标准化示范单位", "a Zhongguancun standardisation demonstration unit"),
                    Test::OneOf(&ZGC_STANDARDISATION_TITLE, &["demonstration"]),
                )
                .read_as(READING_8_19_TITLE),
                // 应符合……等高精尖产业领域
                hard(t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"), HIGH_END_CLAUSE, Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS)),
                // 掌握产业关键核心技术,技术研发整体处于国际先进水平,企业主导产品应在国内细分行业中拥有较高的市场份额,
                // 社会组织应具有较高的产业或行业覆盖率和国际影响力
                judgement(
                    t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                    t!(
                        "掌握产业关键核心技术,技术研发整体处于国际先进水平,企业主导产品应在国内细分行业中拥有较高的市场份额,社会组织应具有较高的产业或行业覆盖率和国际影响力",
                        "masters key core technologies with internationally advanced R&D; a company's main products hold a high domestic market share, a social organisation has high industry coverage and international influence",
                    ),
                ),
                // 具有良好的标准化工作基础,标准化部门和人员设置合理
                judgement(
                    t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                    t!("具有良好的标准化工作基础,标准化部门和人员设置合理", "a good base for standards work, with a sound standards department and staff"),
                ),
                // 近3年应主导或参与创制不少于3项国际标准和不少于2项“中关村标准”;
                // 或主导或参与创制累计不少于10项国际标准、国家标准和不少于1项“中关村标准”。
                Condition::Any(&[
                    Condition::All(&[
                        hard(
                            t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                            t!("近3年应主导或参与创制不少于3项国际标准", "in the last 3 years, led or helped write no fewer than 3 international standards"),
                            Test::Cmp(&INTL_STANDARDS_LAST_3_YEARS, Cmp::Ge, dec!(3)),
                        ),
                        hard(
                            t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                            t!("和不少于2项“中关村标准”", "and no fewer than 2 Zhongguancun standards"),
                            Test::Cmp(&ZGC_STANDARDS_LAST_3_YEARS, Cmp::Ge, dec!(2)),
                        ),
                    ]),
                    Condition::All(&[
                        hard(
                            t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                            t!("或主导或参与创制累计不少于10项国际标准、国家标准", "or in all no fewer than 10 international and national standards"),
                            Test::Custom {
                                facts: &[&INTL_STANDARDS_TOTAL, &NATIONAL_STANDARDS_TOTAL],
                                what: t!("累计国际标准与国家标准合计 ≥ 10项", "international plus national standards in all ≥ 10"),
                                eval: ten_intl_and_national_standards,
                            },
                        )
                        .read_as(READING_8_19_TOTALS),
                        hard(
                            t!("8号 第十九条（二）1.", "Doc 8, Art. 19(2)1"),
                            t!("和不少于1项“中关村标准”", "and no fewer than 1 Zhongguancun standard"),
                            Test::Cmp(&ZGC_STANDARDS_TOTAL, Cmp::Ge, dec!(1)),
                        ),
                    ]),
                ]),
            ]),
            // 按照实际发生费用的50%,中关村标准化示范单位给予不超过100万元资金支持
            amount: Amount::Rate { rate: dec!(50), base: &STANDARDS_PROMOTION_COSTS, cap: Some(dec!(100)) },
            amount_cite: t!("8号 第十九条（三）", "Doc 8, Art. 19(3)"),
            amount_clause: t!(
                "按照实际发生费用的50%,中关村标准化示范单位给予不超过100万元资金支持",
                "50% of the actual costs, up to 100 万元 for a demonstration unit",
            ),
        },
        Route {
            id: "pilot",
            title: t!("中关村标准化试点单位", "Standardisation pilot unit"),
            conditions: Condition::All(&[
                // 2. 中关村标准化试点单位
                hard(
                    t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                    t!("中关村标准化试点单位", "a Zhongguancun standardisation pilot unit"),
                    Test::OneOf(&ZGC_STANDARDISATION_TITLE, &["pilot"]),
                )
                .read_as(READING_8_19_TITLE),
                // 应符合……等高精尖产业领域
                hard(t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"), HIGH_END_CLAUSE, Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS)),
                // 企业技术研发水平应处于国内领先地位并具有高成长性,社会组织应具有一定的产业或行业覆盖率和影响力
                judgement(
                    t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                    t!(
                        "企业技术研发水平应处于国内领先地位并具有高成长性,社会组织应具有一定的产业或行业覆盖率和影响力",
                        "a company's R&D leads the country and grows fast; a social organisation has some industry coverage and influence",
                    ),
                ),
                // 具有一定标准化工作基础
                judgement(t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"), t!("具有一定标准化工作基础", "some base for standards work")),
                // 内部有明确的标准化部门并配备专兼职人员
                hard(
                    t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                    t!("内部有明确的标准化部门并配备专兼职人员", "a designated standards department with full- or part-time staff"),
                    Test::Yes(&HAS_STANDARDISATION_DEPARTMENT),
                ),
                // 具有明确的标准化发展目标
                attested(
                    t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                    t!("具有明确的标准化发展目标", "clear standardisation goals"),
                    Test::Yes(&HAS_STANDARDISATION_GOALS),
                ),
                // 近3年积极主导或参与创制不少于1项国际标准和不少于1项“中关村标准”,
                // 或积极主导或参与创制累计不少于2项国家标准和1项“中关村标准”。
                Condition::Any(&[
                    Condition::All(&[
                        hard(
                            t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                            t!("近3年积极主导或参与创制不少于1项国际标准", "in the last 3 years, led or helped write no fewer than 1 international standard"),
                            Test::Cmp(&INTL_STANDARDS_LAST_3_YEARS, Cmp::Ge, dec!(1)),
                        ),
                        hard(
                            t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                            t!("和不少于1项“中关村标准”", "and no fewer than 1 Zhongguancun standard"),
                            Test::Cmp(&ZGC_STANDARDS_LAST_3_YEARS, Cmp::Ge, dec!(1)),
                        ),
                    ]),
                    Condition::All(&[
                        hard(
                            t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                            t!("或积极主导或参与创制累计不少于2项国家标准", "or in all no fewer than 2 national standards"),
                            Test::Cmp(&NATIONAL_STANDARDS_TOTAL, Cmp::Ge, dec!(2)),
                        )
                        .read_as(READING_8_19_TOTALS),
                        hard(
                            t!("8号 第十九条（二）2.", "Doc 8, Art. 19(2)2"),
                            t!("和1项“中关村标准”", "and 1 Zhongguancun standard"),
                            Test::Cmp(&ZGC_STANDARDS_TOTAL, Cmp::Ge, dec!(1)),
                        ),
                    ]),
                ]),
            ]),
            // 中关村标准化试点单位给予不超过50万元资金支持
            amount: Amount::Rate { rate: dec!(50), base: &STANDARDS_PROMOTION_COSTS, cap: Some(dec!(50)) },
            amount_cite: t!("8号 第十九条（三）", "Doc 8, Art. 19(3)"),
            amount_clause: t!(
                "按照实际发生费用的50%,……中关村标准化试点单位给予不超过50万元资金支持",
                "50% of the actual costs, up to 50 万元 for a pilot unit",
            ),
        },
    ],
    once_in_3_years: Some((
        &RECEIVED_8_19_IN_LAST_3_YEARS,
        t!("每家企业连续3年只能获得1次该项政策支持", "each company may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_8_19_TITLE, READING_8_19_TOTALS, READING_8_19_ONCE, READING_8_ACTUAL_COSTS],
    notice: None,
};

// =================================================================================================
// 第二十条 支持知识产权服务机构提供专业服务。
// =================================================================================================

const A20: T = t!("8号 第二十条", "Doc 8, Art. 20");

/// The applicant kinds of the service-organisation articles ([`READING_8_SERVICE_ROLE`]).
const SERVICE_ROLE_KINDS: &[&str] = &["service_institution", "enterprise"];

pub static M8_20: Measure = Measure {
    id: "8.20",
    doc: &DOC,
    article: A20,
    title: t!("支持知识产权服务机构提供专业服务", "IP service organisations"),
    content: t!(
        "支持知识产权专业服务机构为企业等创新主体提供知识产权布局、咨询、运营等专业化服务。",
        "Supports professional IP service organisations in providing companies and other innovators with professional services in IP portfolios, consulting and operation.",
    ),
    conditions_text: t!(
        "1. 上一年度为不少于5家(含)企业提供知识产权服务项目不少于10项。\n2. 上一年度知识产权服务收入不低于200万元(含)。\n3. 有固定办公场所,有10名(含)以上专业服务人员,专业服务人员中有5名(含)以上具备相关职业资格。\n4. 近 3 年未受到行政处罚和行业协会惩戒。",
        "1. Last year, carried out no fewer than 10 IP service projects for no fewer than 5 (inclusive) companies.\n2. Last year, IP service revenue of no less than 2 million CNY (200 万元, inclusive).\n3. A fixed office, and 10 (inclusive) or more professional service staff, of whom 5 (inclusive) or more hold the relevant professional qualification.\n4. No administrative penalty and no trade-association discipline in the last 3 years.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,每家机构连续 3 年只能获得 1 次该项政策支持。按照实际发生费用的 50%,给予不超过 50 万元的资金支持。资金主要用于专家咨询、人才培养、专用设备采购租赁、数据库采购、人员开支等,不能用于支付知识产权申请官费和代理费用。",
        "Post-subsidy; each organisation may receive this support once in any 3 consecutive years. 50% of the actual costs, up to 500,000 CNY (50 万元), mainly for expert advice, training, purchase or lease of special equipment, databases and staff costs; it may not pay official filing fees or agency fees.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: SERVICE_ROLE_KINDS,
    routes: &[Route {
        id: "",
        title: t!("知识产权专业服务", "IP professional services"),
        conditions: Condition::All(&[
            // 1. 上一年度为不少于5家(含)企业提供知识产权服务项目不少于10项。
            hard(
                t!("8号 第二十条（二）1.", "Doc 8, Art. 20(2)1"),
                t!("上一年度为不少于5家(含)企业", "last year, for no fewer than 5 (inclusive) companies"),
                Test::Cmp(&IP_SERVICE_CLIENTS_LAST_YEAR, Cmp::Ge, dec!(5)),
            ),
            hard(
                t!("8号 第二十条（二）1.", "Doc 8, Art. 20(2)1"),
                t!("提供知识产权服务项目不少于10项", "no fewer than 10 IP service projects"),
                Test::Cmp(&IP_SERVICE_PROJECTS_LAST_YEAR, Cmp::Ge, dec!(10)),
            ),
            // 2. 上一年度知识产权服务收入不低于200万元(含)。
            hard(
                t!("8号 第二十条（二）2.", "Doc 8, Art. 20(2)2"),
                t!("上一年度知识产权服务收入不低于200万元(含)", "IP service revenue last year of no less than 200 万元 (inclusive)"),
                Test::Cmp(&IP_SERVICE_REVENUE_LAST_YEAR, Cmp::Ge, dec!(200)),
            ),
            // 3. 有固定办公场所,有10名(含)以上专业服务人员,专业服务人员中有5名(含)以上具备相关职业资格。
            hard(t!("8号 第二十条（二）3.", "Doc 8, Art. 20(2)3"), t!("有固定办公场所", "a fixed office"), Test::Yes(&HAS_FIXED_OFFICE)),
            hard(
                t!("8号 第二十条（二）3.", "Doc 8, Art. 20(2)3"),
                t!("有10名(含)以上专业服务人员", "10 (inclusive) or more professional service staff"),
                Test::Cmp(&PROFESSIONAL_SERVICE_STAFF, Cmp::Ge, dec!(10)),
            ),
            hard(
                t!("8号 第二十条（二）3.", "Doc 8, Art. 20(2)3"),
                t!("专业服务人员中有5名(含)以上具备相关职业资格", "5 (inclusive) or more of them hold the relevant professional qualification"),
                Test::Cmp(&QUALIFIED_SERVICE_STAFF, Cmp::Ge, dec!(5)),
            ),
            // 4. 近 3 年未受到行政处罚和行业协会惩戒。
            attested(
                t!("8号 第二十条（二）4.", "Doc 8, Art. 20(2)4"),
                t!("近 3 年未受到行政处罚和行业协会惩戒", "no administrative penalty or trade-association discipline in the last 3 years"),
                Test::Yes(&NO_PENALTY_OR_DISCIPLINE_LAST_3_YEARS),
            ),
        ]),
        // 按照实际发生费用的 50%,给予不超过 50 万元的资金支持
        amount: Amount::Rate { rate: dec!(50), base: &IP_SERVICE_COSTS, cap: Some(dec!(50)) },
        amount_cite: t!("8号 第二十条（三）", "Doc 8, Art. 20(3)"),
        amount_clause: t!("按照实际发生费用的 50%,给予不超过 50 万元的资金支持", "50% of the actual costs, up to 50 万元"),
    }],
    once_in_3_years: Some((
        &RECEIVED_8_20_IN_LAST_3_YEARS,
        t!("每家机构连续 3 年只能获得 1 次该项政策支持", "each organisation may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_8_SERVICE_ROLE, READING_8_ACTUAL_COSTS],
    notice: None,
};

// =================================================================================================
// 第二十一条 支持标准化服务机构提供专业服务。
// =================================================================================================

const A21: T = t!("8号 第二十一条", "Doc 8, Art. 21");

/// 3. 每年每家认证机构获得支持的认证规则不超过 3 项(含)。
const MAX_RULES_8_21: Decimal = dec!(3);
/// 对制定并公布使用中关村标准认证规则的,按照服务绩效,每项给予不超过 10 万元资金支持。
const PER_RULE_8_21: Decimal = dec!(10);

/// The certification rules part: up to 10 万元 each, for at most 3 rules a year.
fn amount_8_21_rules(ctx: &Ctx) -> AmountEval {
    let f = &ZGC_CERTIFICATION_RULES;
    match ctx.profile.number(f) {
        Some(n) => {
            let counted = n.min(MAX_RULES_8_21);
            let v = counted * PER_RULE_8_21;
            AmountEval {
                up_to: Some(v),
                determined: true,
                steps: vec![Text::new(
                    format!(
                        "{} {}项，计{}项（每年不超过{}项）× {}万元 = {}万元",
                        f.label.zh(),
                        num(n),
                        num(counted),
                        num(MAX_RULES_8_21),
                        num(PER_RULE_8_21),
                        num(v)
                    ),
                    format!(
                        "{} {}: {} counted (at most {} a year) × {} = {} (10k CNY)",
                        f.label.en(),
                        num(n),
                        num(counted),
                        num(MAX_RULES_8_21),
                        num(PER_RULE_8_21),
                        num(v)
                    ),
                )],
                ..Default::default()
            }
        }
        None => AmountEval {
            up_to: Some(MAX_RULES_8_21 * PER_RULE_8_21),
            determined: false,
            steps: vec![Text::new(
                format!(
                    "每项不超过{}万元，每年不超过{}项（{}未填）",
                    num(PER_RULE_8_21),
                    num(MAX_RULES_8_21),
                    f.label.zh()
                ),
                format!(
                    "up to {} (10k CNY) each, at most {} a year ({} not answered)",
                    num(PER_RULE_8_21),
                    num(MAX_RULES_8_21),
                    f.label.en()
                ),
            )],
            missing: vec![f.id],
            ..Default::default()
        },
    }
}

pub static M8_21: Measure = Measure {
    id: "8.21",
    doc: &DOC,
    article: A21,
    title: t!("支持标准化服务机构提供专业服务", "Standardisation service organisations"),
    content: t!("支持标准化服务机构开展标准认证、咨询等专业化服务。", "Supports standardisation service organisations in professional services such as standards certification and consulting."),
    conditions_text: t!(
        "1. 标准化服务机构应是为中关村企业或社会团体提供标准化战略咨询、标准体系建设及布局、人才培养、检验检测等服务的专业机构,或经国家认证认可监督管理委员会批准的第三方综合性认证机构。\n2. 中关村标准认证规则应为首次制定并在国家认证认可监督管理委员会公布使用。\n3. 每年每家认证机构获得支持的认证规则不超过 3 项(含)。",
        "1. The organisation must be a professional organisation serving Zhongguancun companies or associations with standardisation strategy consulting, standards systems and planning, training, inspection and testing and the like, or a third-party comprehensive certification body approved by the Certification and Accreditation Administration (CNCA).\n2. A Zhongguancun standard certification rule must be made for the first time and published for use by the CNCA.\n3. Each certification body may be supported for no more than 3 (inclusive) certification rules a year.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,每家机构连续 3 年只能获得 1 次该项政策支持。对标准化服务机构为企业提供标准化战略制定、标准布局与创制、国际标准化信息和标准数据等服务的,按照服务绩效,每项给予不超过 10 万元资金支持。对制定并公布使用中关村标准认证规则的,按照服务绩效,每项给予不超过 10 万元资金支持。单个机构每年支持总金额不超过 50 万元。支持资金用于机构提升标准化服务能力。",
        "Post-subsidy; each organisation may receive this support once in any 3 consecutive years. For services to companies in standardisation strategy, standards planning and drafting, international standardisation information and standards data, up to 100,000 CNY (10 万元) each by service performance; for each Zhongguancun standard certification rule made and published for use, up to 10 万元 by service performance. Up to 50 万元 per organisation per year in total, to raise its standardisation service capability.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: SERVICE_ROLE_KINDS,
    routes: &[Route {
        id: "",
        title: t!("标准化专业服务", "Standardisation services"),
        conditions: Condition::All(&[
            // 1. 标准化服务机构应是为中关村企业或社会团体提供……服务的专业机构,或经国家认证认可监督管理委员会批准的第三方综合性认证机构。
            hard(
                t!("8号 第二十一条（二）1.", "Doc 8, Art. 21(2)1"),
                t!(
                    "为中关村企业或社会团体提供标准化战略咨询、标准体系建设及布局、人才培养、检验检测等服务的专业机构,或经国家认证认可监督管理委员会批准的第三方综合性认证机构",
                    "a professional organisation serving Zhongguancun companies or associations with standardisation services, or a CNCA-approved third-party comprehensive certification body",
                ),
                Test::OneOf(&STANDARDISATION_SERVICE_KIND, &["standards_service", "certification_body"]),
            ),
            // At least one item the article pays for ("每项").
            Condition::Any(&[
                // 对标准化服务机构为企业提供标准化战略制定、标准布局与创制、国际标准化信息和标准数据等服务的
                hard(
                    t!("8号 第二十一条（三）", "Doc 8, Art. 21(3)"),
                    t!(
                        "为企业提供标准化战略制定、标准布局与创制、国际标准化信息和标准数据等服务的",
                        "services to companies in standardisation strategy, standards planning and drafting, international standardisation information and standards data",
                    ),
                    Test::Cmp(&STANDARDISATION_SERVICE_ITEMS, Cmp::Ge, dec!(1)),
                ),
                // 2. 中关村标准认证规则应为首次制定并在国家认证认可监督管理委员会公布使用。
                hard(
                    t!("8号 第二十一条（二）2.", "Doc 8, Art. 21(2)2"),
                    t!("中关村标准认证规则应为首次制定并在国家认证认可监督管理委员会公布使用", "a Zhongguancun standard certification rule made for the first time and published for use by the CNCA"),
                    Test::Cmp(&ZGC_CERTIFICATION_RULES, Cmp::Ge, dec!(1)),
                ),
            ]),
            // 按照服务绩效
            judgement(t!("8号 第二十一条（三）", "Doc 8, Art. 21(3)"), t!("按照服务绩效", "by service performance")),
        ]),
        amount: Amount::Sum {
            parts: &[
                // 对标准化服务机构为企业提供……等服务的,按照服务绩效,每项给予不超过 10 万元资金支持。
                Amount::PerItem { count: &STANDARDISATION_SERVICE_ITEMS, each: dec!(10) },
                // 对制定并公布使用中关村标准认证规则的,按照服务绩效,每项给予不超过 10 万元资金支持。
                // 3. 每年每家认证机构获得支持的认证规则不超过 3 项(含)。
                // Ceiling: 3 项 × 10 万元.
                Amount::Custom { ceiling: Some(dec!(30)), eval: amount_8_21_rules },
            ],
            // 单个机构每年支持总金额不超过 50 万元。
            cap: Some(dec!(50)),
        },
        amount_cite: t!("8号 第二十一条（三）", "Doc 8, Art. 21(3)"),
        amount_clause: t!(
            "……每项给予不超过 10 万元资金支持。对制定并公布使用中关村标准认证规则的,按照服务绩效,每项给予不超过 10 万元资金支持。单个机构每年支持总金额不超过 50 万元。",
            "up to 10 万元 per service project and per certification rule (at most 3 rules a year); up to 50 万元 per organisation per year",
        ),
    }],
    once_in_3_years: Some((
        &RECEIVED_8_21_IN_LAST_3_YEARS,
        t!("每家机构连续 3 年只能获得 1 次该项政策支持", "each organisation may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_8_SERVICE_ROLE, READING_8_ANNUAL_TOTAL],
    notice: None,
};

// =================================================================================================
// 第四节 支持提升科技服务专业能力
// 第二十二条 支持科技服务品牌机构发展。
// =================================================================================================

const A22: T = t!("8号 第二十二条", "Doc 8, Art. 22");

/// Item 1 lists 工程技术、检验检测、科技咨询"等"领域, but item 2 sets its revenue tests for those three
/// only: an organisation in another field could not be checked against anything. Read as the
/// three named fields.
pub const READING_8_22_FIELDS: T = t!(
    "第1项虽以“等领域”结尾，但第2项只对工程技术、检验检测、科技咨询三类机构规定了收入标准，其他领域无从核对，故理解为限于这三类。",
    "Item 1 ends in \"等领域\", but item 2 sets revenue tests only for engineering, inspection and testing, and consulting organisations; another field could not be checked, so the article is read as limited to these three.",
);

/// "近3年复合增长率": three yearly figures span two years of growth, the way the high-tech
/// enterprise rules compute 近三年销售收入增长率: (latest / earliest)^(1/2) − 1.
pub const READING_8_22_CAGR: T = t!(
    "“近3年复合增长率”按近3个会计年度的营业收入计算：（最近一年 ÷ 最早一年）开平方 − 1（与高新技术企业认定中“近三年销售收入增长率”的算法一致）；不低于10%即最近一年不低于最早一年的1.21倍。",
    "The \"3-year compound growth rate\" is computed from the last 3 fiscal years' revenue: √(latest ÷ earliest) − 1, as the high-tech enterprise rules compute their 3-year growth; at least 10% means the latest year is at least 1.21 × the earliest.",
);

/// "研发投入占营业收入比重" and "咨询服务收入占总收入比重" are read on the latest fiscal year, R&D
/// as declared for the super-deduction; the share stands after both revenue alternatives (after a
/// comma), so it binds both.
pub const READING_8_22_RATIOS: T = t!(
    "研发投入占比、咨询服务收入占比按上一会计年度计算（研发投入按研发费用加计扣除口径）；该比重要求位于两种收入条件之后，对两种情形均适用。",
    "The R&D share and the consulting share are computed on the last fiscal year (R&D as declared for the super-deduction); the share requirement follows both revenue alternatives and binds both.",
);

/// "每年支持金额不超过当年项目预算的30%": each year against that year's budget, so the budget of
/// each of the 3 years is asked.
pub const READING_8_22_BUDGET: T = t!(
    "“每年支持金额不超过当年项目预算的30%”按年分别计算：第N年支持金额 ≤ min(300万元, 第N年项目预算×30%)。",
    "\"Each year no more than 30% of that year's budget\" is applied year by year: year N's support ≤ min(300 万元, 30% × year N's budget).",
);

/// 近3年复合增长率不低于10%.
const CAGR_MIN_8_22: Decimal = dec!(10);
/// 工程技术服务机构……研发投入占营业收入比重不低于 3%。
const RD_SHARE_ENGINEERING: Decimal = dec!(3);
/// 检验检测服务机构……研发投入占营业收入比重不低于 4%。
const RD_SHARE_TESTING: Decimal = dec!(4);
/// 科技咨询服务机构……咨询服务收入占总收入比重不低于 50%。
const CONSULTING_SHARE: Decimal = dec!(50);

/// Latest ≥ earliest × (1 + 10%)², exact ([`READING_8_22_CAGR`]).
fn cagr_at_least_10(ctx: &Ctx) -> Outcome {
    let p = ctx.profile;
    let g = Decimal::ONE + CAGR_MIN_8_22 / Decimal::ONE_HUNDRED;
    Outcome::from_option(
        p.number(&REVENUE_LAST_YEAR)
            .zip(p.number(&REVENUE_THIRD_LAST_YEAR))
            .map(|(last, first)| last >= first * g * g),
    )
}
fn rd_share_engineering(ctx: &Ctx) -> Outcome {
    share_at_least(
        ctx,
        &RD_EXPENSE_LAST_YEAR,
        &REVENUE_LAST_YEAR,
        RD_SHARE_ENGINEERING,
    )
}
fn rd_share_testing(ctx: &Ctx) -> Outcome {
    share_at_least(
        ctx,
        &RD_EXPENSE_LAST_YEAR,
        &REVENUE_LAST_YEAR,
        RD_SHARE_TESTING,
    )
}
fn consulting_share(ctx: &Ctx) -> Outcome {
    share_at_least(
        ctx,
        &CONSULTING_REVENUE_LAST_YEAR,
        &REVENUE_LAST_YEAR,
        CONSULTING_SHARE,
    )
}

/// 且近 3 年复合增长率不低于 10%
static CAGR_8_22: Condition = hard(
    t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
    t!(
        "且近 3 年复合增长率不低于 10%",
        "and a compound growth rate of no less than 10% over the last 3 years"
    ),
    Test::Custom {
        facts: &[&REVENUE_LAST_YEAR, &REVENUE_THIRD_LAST_YEAR],
        what: t!(
            "近3年营业收入复合增长率 ≥ 10%（最近一年 ≥ 最早一年 × 1.21）",
            "3-year compound revenue growth ≥ 10% (latest ≥ 1.21 × earliest)"
        ),
        eval: cagr_at_least_10,
    },
)
.read_as(READING_8_22_CAGR);

/// 2. 创新能力强,服务能力、经营业绩、管理水平在同行业中具有较大优势。
const STRENGTH_8_22: Condition = judgement(
    t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
    t!("创新能力强,服务能力、经营业绩、管理水平在同行业中具有较大优势", "strong in innovation, and clearly ahead of its peers in service capability, results and management"),
);

/// 3. 具有较强社会影响力,对相关行业具有积极贡献。
const INFLUENCE_8_22: Condition = judgement(
    t!("8号 第二十二条（二）3.", "Doc 8, Art. 22(2)3"),
    t!(
        "具有较强社会影响力,对相关行业具有积极贡献",
        "strong public influence and a positive contribution to its industry"
    ),
);

/// 每家每年支持金额不超过 300 万元,且每年支持金额不超过当年项目预算的 30%,第二、三年根据对项目前一年度绩效考核结果给予支持。
static YEARS_8_22: &[Year] = &[
    Year { year: 1, cap: dec!(300), equity: false, note: t!("每家每年支持金额不超过 300 万元,且不超过当年项目预算的 30%", "up to 300 万元, and no more than 30% of the year's budget") },
    Year {
        year: 2,
        cap: dec!(300),
        equity: false,
        note: t!("根据对项目前一年度绩效考核结果给予支持,不超过 300 万元且不超过当年项目预算的 30%", "by the project's performance review for the year before: up to 300 万元, and no more than 30% of the year's budget"),
    },
    Year {
        year: 3,
        cap: dec!(300),
        equity: false,
        note: t!("根据对项目前一年度绩效考核结果给予支持,不超过 300 万元且不超过当年项目预算的 30%", "by the project's performance review for the year before: up to 300 万元, and no more than 30% of the year's budget"),
    },
];
/// 且每年支持金额不超过当年项目预算的 30%
const BUDGET_RATE_8_22: Decimal = dec!(30);

fn amount_8_22(ctx: &Ctx) -> AmountEval {
    yearly_limited(
        YEARS_8_22,
        BUDGET_RATE_8_22,
        &[
            Some(&BRAND_PROJECT_BUDGET_YEAR_1),
            Some(&BRAND_PROJECT_BUDGET_YEAR_2),
            Some(&BRAND_PROJECT_BUDGET_YEAR_3),
        ],
        t!(
            "且不超过当年项目预算的30%",
            "and no more than 30% of the year's budget"
        ),
        ctx,
    )
}

/// 支持周期一般不超过 3 年 × 每家每年支持金额不超过 300 万元.
const AMOUNT_8_22: Amount = Amount::Custom {
    ceiling: Some(dec!(900)),
    eval: amount_8_22,
};
const AMOUNT_CLAUSE_8_22: T = t!(
    "支持周期一般不超过 3 年,每家每年支持金额不超过 300 万元,且每年支持金额不超过当年项目预算的 30%",
    "usually for no more than 3 years; up to 300 万元 per organisation per year, and no more than 30% of the year's project budget",
);

pub static M8_22: Measure = Measure {
    id: "8.22",
    doc: &DOC,
    article: A22,
    title: t!("支持科技服务品牌机构发展", "Brand-name technology service organisations"),
    content: t!(
        "支持对本市科技创新和高精尖产业领域有服务支撑作用的科技服务品牌机构,进一步加强专业人才培养,提升技术能力、服务能力、市场拓展能力。",
        "Supports brand-name technology service organisations that underpin Beijing's innovation and high-end industries in training professionals and raising their technical, service and market-development capability.",
    ),
    conditions_text: t!(
        "1. 应为工程技术、检验检测、科技咨询等领域的科技服务机构。\n2. 创新能力强,服务能力、经营业绩、管理水平在同行业中具有较大优势。其中,工程技术服务机构近 3 年收入均不低于 5 亿元或近 3 年收入均不低于 2 亿元且近 3 年复合增长率不低于 10%,研发投入占营业收入比重不低于 3%。检验检测服务机构近 3 年收入均不低于 1 亿元或近 3 年收入均不低于 5000 万元且近 3 年复合增长率不低于 10%,研发投入占营业收入比重不低于 4%。科技咨询服务机构近 3 年收入均不低于 5000 万元或近 3 年收入均不低于 2000 万元且近 3 年复合增长率不低于 10%,咨询服务收入占总收入比重不低于 50%。\n3. 具有较强社会影响力,对相关行业具有积极贡献。",
        "1. Be a technology service organisation in engineering technology, inspection and testing, technology consulting or a similar field.\n2. Be strong in innovation and clearly ahead of its peers in service capability, results and management. An engineering technology organisation must have had revenue of no less than 500 million CNY (50,000 万元) in each of the last 3 years, or no less than 200 million CNY (20,000 万元) in each with compound growth of no less than 10% over the 3 years, and spend no less than 3% of revenue on R&D. An inspection and testing organisation: no less than 100 million CNY (10,000 万元) each year, or no less than 5,000 万元 each year with growth of no less than 10%, and R&D of no less than 4% of revenue. A technology consulting organisation: no less than 5,000 万元 each year, or no less than 2,000 万元 each year with growth of no less than 10%, and consulting revenue of no less than 50% of total revenue.\n3. Have strong public influence and contribute positively to its industry.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过 3 年,每家每年支持金额不超过 300 万元,且每年支持金额不超过当年项目预算的 30%,第二、三年根据对项目前一年度绩效考核结果给予支持。支持资金用于企业技术能力、服务能力、市场拓展能力提升,专业服务人才培养等相关工作。",
        "Advance subsidy, usually for no more than 3 years: up to 3 million CNY (300 万元) per organisation per year, and each year no more than 30% of that year's project budget; years 2 and 3 by the project's performance review for the year before. The support pays for raising technical, service and market-development capability and training professionals.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: SERVICE_ROLE_KINDS,
    routes: &[
        Route {
            id: "engineering",
            title: t!("工程技术服务机构", "Engineering technology organisation"),
            conditions: Condition::All(&[
                // 1. 应为工程技术、检验检测、科技咨询等领域的科技服务机构。
                hard(
                    t!("8号 第二十二条（二）1.", "Doc 8, Art. 22(2)1"),
                    t!("应为工程技术、检验检测、科技咨询等领域的科技服务机构", "a technology service organisation in engineering, inspection and testing, consulting or a similar field"),
                    Test::OneOf(&TECH_SERVICE_FIELD, &["engineering"]),
                )
                .read_as(READING_8_22_FIELDS),
                STRENGTH_8_22,
                // 其中,工程技术服务机构近 3 年收入均不低于 5 亿元或近 3 年收入均不低于 2 亿元且近 3 年复合增长率不低于 10%
                Condition::Any(&[
                    Condition::All(&[
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("工程技术服务机构近 3 年收入均不低于 5 亿元", "revenue of no less than 500 million CNY (50,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Ge, dec!(50000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("工程技术服务机构近 3 年收入均不低于 5 亿元", "revenue of no less than 500 million CNY (50,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_YEAR_BEFORE, Cmp::Ge, dec!(50000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("工程技术服务机构近 3 年收入均不低于 5 亿元", "revenue of no less than 500 million CNY (50,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_THIRD_LAST_YEAR, Cmp::Ge, dec!(50000)),
                        ),
                    ]),
                    Condition::All(&[
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 2 亿元", "or no less than 200 million CNY (20,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Ge, dec!(20000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 2 亿元", "or no less than 200 million CNY (20,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_YEAR_BEFORE, Cmp::Ge, dec!(20000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 2 亿元", "or no less than 200 million CNY (20,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_THIRD_LAST_YEAR, Cmp::Ge, dec!(20000)),
                        ),
                        CAGR_8_22,
                    ]),
                ]),
                // 研发投入占营业收入比重不低于 3%。
                hard(
                    t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                    t!("研发投入占营业收入比重不低于 3%", "R&D spend of no less than 3% of revenue"),
                    Test::Custom {
                        facts: &[&RD_EXPENSE_LAST_YEAR, &REVENUE_LAST_YEAR],
                        what: t!("上一会计年度研发费用 ≥ 营业收入的3%", "R&D expense last fiscal year ≥ 3% of revenue"),
                        eval: rd_share_engineering,
                    },
                )
                .read_as(READING_8_22_RATIOS),
                INFLUENCE_8_22,
            ]),
            amount: AMOUNT_8_22,
            amount_cite: t!("8号 第二十二条（三）", "Doc 8, Art. 22(3)"),
            amount_clause: AMOUNT_CLAUSE_8_22,
        },
        Route {
            id: "testing",
            title: t!("检验检测服务机构", "Inspection and testing organisation"),
            conditions: Condition::All(&[
                // 1. 应为工程技术、检验检测、科技咨询等领域的科技服务机构。
                hard(
                    t!("8号 第二十二条（二）1.", "Doc 8, Art. 22(2)1"),
                    t!("应为工程技术、检验检测、科技咨询等领域的科技服务机构", "a technology service organisation in engineering, inspection and testing, consulting or a similar field"),
                    Test::OneOf(&TECH_SERVICE_FIELD, &["testing"]),
                )
                .read_as(READING_8_22_FIELDS),
                STRENGTH_8_22,
                // 其中,检验检测服务机构近 3 年收入均不低于 1 亿元或近 3 年收入均不低于 5000 万元且近 3 年复合增长率不低于 10%
                Condition::Any(&[
                    Condition::All(&[
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("检验检测服务机构近 3 年收入均不低于 1 亿元", "revenue of no less than 100 million CNY (10,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Ge, dec!(10000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("检验检测服务机构近 3 年收入均不低于 1 亿元", "revenue of no less than 100 million CNY (10,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_YEAR_BEFORE, Cmp::Ge, dec!(10000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("检验检测服务机构近 3 年收入均不低于 1 亿元", "revenue of no less than 100 million CNY (10,000 万元) in each of the last 3 years"),
                            Test::Cmp(&REVENUE_THIRD_LAST_YEAR, Cmp::Ge, dec!(10000)),
                        ),
                    ]),
                    Condition::All(&[
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 5000 万元", "or no less than 5,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Ge, dec!(5000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 5000 万元", "or no less than 5,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_YEAR_BEFORE, Cmp::Ge, dec!(5000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 5000 万元", "or no less than 5,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_THIRD_LAST_YEAR, Cmp::Ge, dec!(5000)),
                        ),
                        CAGR_8_22,
                    ]),
                ]),
                // 研发投入占营业收入比重不低于 4%。
                hard(
                    t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                    t!("研发投入占营业收入比重不低于 4%", "R&D spend of no less than 4% of revenue"),
                    Test::Custom {
                        facts: &[&RD_EXPENSE_LAST_YEAR, &REVENUE_LAST_YEAR],
                        what: t!("上一会计年度研发费用 ≥ 营业收入的4%", "R&D expense last fiscal year ≥ 4% of revenue"),
                        eval: rd_share_testing,
                    },
                )
                .read_as(READING_8_22_RATIOS),
                INFLUENCE_8_22,
            ]),
            amount: AMOUNT_8_22,
            amount_cite: t!("8号 第二十二条（三）", "Doc 8, Art. 22(3)"),
            amount_clause: AMOUNT_CLAUSE_8_22,
        },
        Route {
            id: "consulting",
            title: t!("科技咨询服务机构", "Technology consulting organisation"),
            conditions: Condition::All(&[
                // 1. 应为工程技术、检验检测、科技咨询等领域的科技服务机构。
                hard(
                    t!("8号 第二十二条（二）1.", "Doc 8, Art. 22(2)1"),
                    t!("应为工程技术、检验检测、科技咨询等领域的科技服务机构", "a technology service organisation in engineering, inspection and testing, consulting or a similar field"),
                    Test::OneOf(&TECH_SERVICE_FIELD, &["consulting"]),
                )
                .read_as(READING_8_22_FIELDS),
                STRENGTH_8_22,
                // 其中,科技咨询服务机构近 3 年收入均不低于 5000 万元或近 3 年收入均不低于 2000 万元且近 3 年复合增长率不低于 10%
                Condition::Any(&[
                    Condition::All(&[
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("科技咨询服务机构近 3 年收入均不低于 5000 万元", "revenue of no less than 5,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Ge, dec!(5000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("科技咨询服务机构近 3 年收入均不低于 5000 万元", "revenue of no less than 5,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_YEAR_BEFORE, Cmp::Ge, dec!(5000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("科技咨询服务机构近 3 年收入均不低于 5000 万元", "revenue of no less than 5,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_THIRD_LAST_YEAR, Cmp::Ge, dec!(5000)),
                        ),
                    ]),
                    Condition::All(&[
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 2000 万元", "or no less than 2,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Ge, dec!(2000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 2000 万元", "or no less than 2,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_YEAR_BEFORE, Cmp::Ge, dec!(2000)),
                        ),
                        hard(
                            t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                            t!("或近 3 年收入均不低于 2000 万元", "or no less than 2,000 万元 in each of the last 3 years"),
                            Test::Cmp(&REVENUE_THIRD_LAST_YEAR, Cmp::Ge, dec!(2000)),
                        ),
                        CAGR_8_22,
                    ]),
                ]),
                // 咨询服务收入占总收入比重不低于 50%。
                hard(
                    t!("8号 第二十二条（二）2.", "Doc 8, Art. 22(2)2"),
                    t!("咨询服务收入占总收入比重不低于 50%", "consulting revenue of no less than 50% of total revenue"),
                    Test::Custom {
                        facts: &[&CONSULTING_REVENUE_LAST_YEAR, &REVENUE_LAST_YEAR],
                        what: t!("上一会计年度咨询服务收入 ≥ 营业收入的50%", "consulting revenue last fiscal year ≥ 50% of revenue"),
                        eval: consulting_share,
                    },
                )
                .read_as(READING_8_22_RATIOS),
                INFLUENCE_8_22,
            ]),
            amount: AMOUNT_8_22,
            amount_cite: t!("8号 第二十二条（三）", "Doc 8, Art. 22(3)"),
            amount_clause: AMOUNT_CLAUSE_8_22,
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_SERVICE_ROLE, READING_8_22_FIELDS, READING_8_22_CAGR, READING_8_22_RATIOS, READING_8_22_BUDGET],
    notice: None,
};

// =================================================================================================
// 第二十三条 支持科技服务机构在重点区域聚集发展。
// =================================================================================================

const A23: T = t!("8号 第二十三条", "Doc 8, Art. 23");

/// "给予新设机构不超过30万元资金支持,择优给予现有机构不超过50万元资金支持,不超过机构上一年实际
/// 投入的50%": the last clause says 机构 (any organisation), not 现有机构, and closes the sentence
/// about both, so it limits new organisations too. One set up this year has no last year; its
/// input since it was set up stands for it.
pub const READING_8_23_INPUT: T = t!(
    "“不超过机构上一年实际投入的50%”对新设机构和现有机构均适用（句末泛称“机构”，而非“现有机构”）；当年新设、尚无上一年的机构，以成立以来的实际投入计。",
    "\"No more than 50% of the organisation's actual input last year\" binds new and existing organisations alike (the sentence ends with \"机构\", not \"现有机构\"); one set up this year, with no last year, counts its input since it was set up.",
);

/// Both field lists end in 等: another technology service field may qualify, subject to review.
pub const READING_8_23_FIELDS: T = t!(
    "两处领域列举均以“等领域”结尾，为开放列举：其他科技服务领域的机构也可申报，是否属于支持范围由评审认定。",
    "Both field lists end in \"等领域\" and are open: an organisation in another technology service field may apply, and the reviewers decide whether it is covered.",
);

/// （二）1. 新设立或已注册的独立法人机构或分支机构的注册地址应在未来科学城、怀柔科学城、北京经济技术开发区和城市副中心范围内,
/// 并在上述区域内应有固定的办公场地、专业人员团队。
const AREA_8_23: Condition = Condition::All(&[
    hard(
        t!("8号 第二十三条（二）1.", "Doc 8, Art. 23(2)1"),
        t!(
            "注册地址应在未来科学城、怀柔科学城、北京经济技术开发区和城市副中心范围内",
            "registered in Future Science City, Huairou Science City, the Beijing Economic-Technological Development Area or the city sub-centre",
        ),
        Test::OneOf(&KEY_AREA_REGISTERED, &["future_science_city", "huairou_science_city", "beijing_etdz", "sub_centre"]),
    ),
    hard(
        t!("8号 第二十三条（二）1.", "Doc 8, Art. 23(2)1"),
        t!("在上述区域内应有固定的办公场地、专业人员团队", "a fixed office and a professional team in that area"),
        Test::Yes(&KEY_AREA_OFFICE_AND_TEAM),
    ),
]);

/// "……等领域": another technology service field, the reviewers decide.
const OTHER_FIELD_8_23: Condition = Condition::All(&[
    hard(
        t!("8号 第二十三条（一）", "Doc 8, Art. 23(1)"),
        t!(
            "等领域科技服务机构",
            "or a technology service organisation in a similar field"
        ),
        Test::OneOf(&TECH_SERVICE_FIELD, &["other_tech_service"]),
    )
    .read_as(READING_8_23_FIELDS),
    judgement(
        t!("8号 第二十三条（一）", "Doc 8, Art. 23(1)"),
        t!("等领域", "a similar field (the reviewers decide)"),
    ),
]);

pub static M8_23: Measure = Measure {
    id: "8.23",
    doc: &DOC,
    article: A23,
    title: t!("支持科技服务机构在重点区域聚集发展", "Technology service organisations in the key areas"),
    content: t!(
        "支持各类投资主体在未来科学城、怀柔科学城、北京经济技术开发区和城市副中心新设立科技金融、工程技术、研发、设计、创业孵化、科技推广与技术转移、知识产权、检验检测、科技咨询等领域科技服务机构。支持已在上述区域范围内注册并开展业务的工程技术、检验检测、科技咨询等领域科技服务机构提升服务能力。",
        "Supports investors of every kind in setting up new technology service organisations in technology finance, engineering technology, R&D, design, start-up incubation, technology extension and transfer, IP, inspection and testing, technology consulting and similar fields in Future Science City, Huairou Science City, the Beijing Economic-Technological Development Area and the city sub-centre; and supports engineering, inspection and testing, consulting and similar organisations already registered and operating there in raising their service capability.",
    ),
    conditions_text: t!(
        "1. 新设立或已注册的独立法人机构或分支机构的注册地址应在未来科学城、怀柔科学城、北京经济技术开发区和城市副中心范围内,并在上述区域内应有固定的办公场地、专业人员团队。\n2. 已注册并开展业务的科技服务机构需取得良好的服务绩效。",
        "1. The new or registered organisation (an independent legal person or a branch) must be registered in Future Science City, Huairou Science City, the Beijing Economic-Technological Development Area or the city sub-centre, and have a fixed office and a professional team there.\n2. An organisation already registered and operating must have good service performance.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,给予新设机构不超过 30 万元资金支持,择优给予现有机构不超过 50 万元资金支持,不超过机构上一年实际投入的 50%。支持资金用于业务拓展、专业人才引入、业务培训及团队激励等。",
        "Post-subsidy: up to 300,000 CNY (30 万元) for a new organisation and, selected on merit, up to 50 万元 for an existing one, no more than 50% of the organisation's actual input last year. The support pays for business development, recruiting professionals, training and team incentives.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: SERVICE_ROLE_KINDS,
    routes: &[
        Route {
            id: "new",
            title: t!("新设机构", "New organisation"),
            conditions: Condition::All(&[
                AREA_8_23,
                // （一）支持各类投资主体在……新设立……科技服务机构
                hard(
                    t!("8号 第二十三条（一）", "Doc 8, Art. 23(1)"),
                    t!("新设立", "newly set up"),
                    Test::Yes(&KEY_AREA_NEWLY_ESTABLISHED),
                ),
                // 科技金融、工程技术、研发、设计、创业孵化、科技推广与技术转移、知识产权、检验检测、科技咨询等领域科技服务机构
                Condition::Any(&[
                    hard(
                        t!("8号 第二十三条（一）", "Doc 8, Art. 23(1)"),
                        t!(
                            "科技金融、工程技术、研发、设计、创业孵化、科技推广与技术转移、知识产权、检验检测、科技咨询等领域科技服务机构",
                            "a technology service organisation in technology finance, engineering, R&D, design, incubation, technology extension and transfer, IP, inspection and testing, consulting or a similar field",
                        ),
                        Test::OneOf(
                            &TECH_SERVICE_FIELD,
                            &["finance", "engineering", "rnd", "design", "incubation", "tech_transfer", "ip", "testing", "consulting"],
                        ),
                    ),
                    OTHER_FIELD_8_23,
                ]),
            ]),
            // 给予新设机构不超过 30 万元资金支持,……不超过机构上一年实际投入的 50%
            amount: Amount::Rate { rate: dec!(50), base: &KEY_AREA_INPUT_LAST_YEAR, cap: Some(dec!(30)) },
            amount_cite: t!("8号 第二十三条（三）", "Doc 8, Art. 23(3)"),
            amount_clause: t!(
                "给予新设机构不超过 30 万元资金支持,……不超过机构上一年实际投入的 50%",
                "up to 30 万元 for a new organisation, no more than 50% of its actual input last year",
            ),
        },
        Route {
            id: "existing",
            title: t!("现有机构", "Existing organisation"),
            conditions: Condition::All(&[
                AREA_8_23,
                // 支持已在上述区域范围内注册并开展业务的……科技服务机构
                hard(
                    t!("8号 第二十三条（一）", "Doc 8, Art. 23(1)"),
                    t!("已在上述区域范围内注册并开展业务的", "already registered and operating in those areas"),
                    Test::No(&KEY_AREA_NEWLY_ESTABLISHED),
                ),
                // 工程技术、检验检测、科技咨询等领域科技服务机构
                Condition::Any(&[
                    hard(
                        t!("8号 第二十三条（一）", "Doc 8, Art. 23(1)"),
                        t!("工程技术、检验检测、科技咨询等领域科技服务机构", "an engineering, inspection and testing, consulting or similar technology service organisation"),
                        Test::OneOf(&TECH_SERVICE_FIELD, &["engineering", "testing", "consulting"]),
                    ),
                    OTHER_FIELD_8_23,
                ]),
                // 2. 已注册并开展业务的科技服务机构需取得良好的服务绩效。
                judgement(
                    t!("8号 第二十三条（二）2.", "Doc 8, Art. 23(2)2"),
                    t!("已注册并开展业务的科技服务机构需取得良好的服务绩效", "an organisation already operating must have good service performance"),
                ),
                // 择优给予现有机构
                judgement(t!("8号 第二十三条（三）", "Doc 8, Art. 23(3)"), t!("择优给予现有机构", "existing organisations are selected on merit")),
            ]),
            // 择优给予现有机构不超过 50 万元资金支持,不超过机构上一年实际投入的 50%
            amount: Amount::Rate { rate: dec!(50), base: &KEY_AREA_INPUT_LAST_YEAR, cap: Some(dec!(50)) },
            amount_cite: t!("8号 第二十三条（三）", "Doc 8, Art. 23(3)"),
            amount_clause: t!(
                "择优给予现有机构不超过 50 万元资金支持,不超过机构上一年实际投入的 50%",
                "up to 50 万元 for an existing organisation selected on merit, no more than 50% of its actual input last year",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_SERVICE_ROLE, READING_8_23_INPUT, READING_8_23_FIELDS],
    notice: Some(t!(
        "“新设立”机构的成立时间范围以年度申报通知为准。",
        "How recently an organisation must have been set up to count as new is set by the year's application notice.",
    )),
};

// =================================================================================================
// 第二十四条 支持专业开放服务平台建设。
// =================================================================================================

const A24: T = t!("8号 第二十四条", "Doc 8, Art. 24");

/// The platform's builder and operator applies, whatever its kind.
pub const READING_8_24_APPLICANT: T = t!(
    "申报单位理解为平台的建设运营单位，可为企业、科技服务机构、高等学校、科研机构或社会组织。",
    "The applicant is read as the unit that builds and runs the platform: a company, a technology service organisation, a university, a research institute or a social organisation.",
);

/// "根据平台服务绩效,择优分档给予不超过200万元、100万元": the tier follows service performance,
/// which the reviewers judge; the cap shown is the higher tier's, within 30% of last year's input.
pub const READING_8_24_TIERS: T = t!(
    "200万元、100万元两档按平台服务绩效由评审择优确定；此处上限按较高一档（200万元）并受上一年投入30%的限制。",
    "The 200 万元 and 100 万元 tiers follow service performance, which the reviewers judge; the cap shown is the higher tier (200 万元), within 30% of last year's input.",
);

/// 2. binds both kinds of platform.
const PLATFORM_8_24: Condition = Condition::All(&[
    // 2. 平台具有一定的创新性,运行良好,服务能力较强并对外开放,有较好的服务绩效。
    judgement(
        t!("8号 第二十四条（二）2.", "Doc 8, Art. 24(2)2"),
        t!(
            "平台具有一定的创新性,运行良好,服务能力较强",
            "the platform is innovative, runs well and serves capably"
        ),
    ),
    attested(
        t!("8号 第二十四条（二）2.", "Doc 8, Art. 24(2)2"),
        t!("并对外开放", "and is open to outside users"),
        Test::Yes(&PLATFORM_OPEN_TO_PUBLIC),
    ),
    judgement(
        t!("8号 第二十四条（二）2.", "Doc 8, Art. 24(2)2"),
        t!("有较好的服务绩效", "good service performance"),
    ),
    // 根据平台服务绩效,择优分档给予
    judgement(
        t!("8号 第二十四条（三）", "Doc 8, Art. 24(3)"),
        t!(
            "根据平台服务绩效,择优分档给予",
            "selected on merit and tiered by service performance"
        ),
    ),
]);

/// 根据平台服务绩效,择优分档给予不超过200万元、100万元资金支持,不超过平台上一年投入的30%。
const AMOUNT_8_24: Amount = Amount::Rate {
    rate: dec!(30),
    base: &PLATFORM_INPUT_LAST_YEAR,
    cap: Some(dec!(200)),
};
const AMOUNT_CLAUSE_8_24: T = t!(
    "根据平台服务绩效,择优分档给予不超过200万元、100万元资金支持,不超过平台上一年投入的30%",
    "up to 200 万元 or 100 万元 by tier, selected on merit by service performance, no more than 30% of the platform's input last year",
);

pub static M8_24: Measure = Measure {
    id: "8.24",
    doc: &DOC,
    article: A24,
    title: t!("支持专业开放服务平台建设", "Open professional service platforms"),
    content: t!(
        "支持搭建工程技术、检验检测、科技咨询等领域专业开放服务平台,推动 5G、人工智能、大数据、虚拟现实等新技术在科技服务领域的应用,提升服务国家及本市重大战略、高精尖产业、新兴产业的能力。支持搭建“互联网+创新创业服务”平台,围绕创新链、产业链为创新主体提供人才、资金、空间、市场、知识产权、技术标准、法律等特色化专业服务。支持平台或其专业服务功能模块接入“国际科技创新中心”网络服务平台(网址:www.ncsti.gov.cn)及移动端 APP。",
        "Supports building open professional service platforms in engineering technology, inspection and testing, technology consulting and similar fields, applying 5G, AI, big data, virtual reality and other new technologies to technology services, and raising their capacity to serve national and municipal strategies, high-end and emerging industries. Supports building 'Internet + innovation and entrepreneurship services' platforms that give innovators specialised services in talent, funding, space, markets, IP, technical standards, law and the like along the innovation and industrial chains. Supports connecting platforms or their service modules to the 'International Science and Technology Innovation Centre' web platform (www.ncsti.gov.cn) and its mobile app.",
    ),
    conditions_text: t!(
        "1. 专业开放服务平台提供服务应属于工程技术、检验检测、科技咨询等科技服务领域。“互联网+创新创业服务”应接入“国际科技创新中心”网络服务平台及移动端 APP 平台,为创新主体提供人才、资金、空间、市场、知识产权、技术标准、法律等特色化专业服务。有效期内的检测认证服务类中关村科技服务平台视同检验检测领域专业开放服务平台并享受政策。\n2. 平台具有一定的创新性,运行良好,服务能力较强并对外开放,有较好的服务绩效。",
        "1. An open professional service platform must serve in engineering technology, inspection and testing, technology consulting or a similar technology service field. An 'Internet + innovation and entrepreneurship services' platform must be connected to the 'International Science and Technology Innovation Centre' web platform and mobile app and give innovators specialised services in talent, funding, space, markets, IP, technical standards, law and the like. A Zhongguancun technology service platform for testing and certification, with its recognition in force, is treated as an open professional platform in inspection and testing.\n2. The platform must be innovative, run well, serve capably, be open to outside users and perform well.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,根据平台服务绩效,择优分档给予不超过200万元、100万元资金支持,不超过平台上一年投入的30%。支持资金用于平台后续建设运营、专业服务人才培养等相关工作。",
        "Post-subsidy: selected on merit by service performance, in tiers of up to 2 million CNY (200 万元) and 1 million CNY (100 万元), no more than 30% of the platform's input last year. The support pays for further building and running the platform and training its professionals.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise", "service_institution", "university", "research_institute", "social_organisation"],
    routes: &[
        Route {
            id: "professional",
            title: t!("专业开放服务平台", "Open professional service platform"),
            conditions: Condition::All(&[
                // 1. 专业开放服务平台提供服务应属于工程技术、检验检测、科技咨询等科技服务领域。……有效期内的检测认证服务类
                // 中关村科技服务平台视同检验检测领域专业开放服务平台并享受政策。
                Condition::Any(&[
                    hard(
                        t!("8号 第二十四条（二）1.", "Doc 8, Art. 24(2)1"),
                        t!("专业开放服务平台提供服务应属于工程技术、检验检测、科技咨询等科技服务领域", "the platform serves in engineering, inspection and testing, consulting or a similar field"),
                        Test::OneOf(&TECH_SERVICE_FIELD, &["engineering", "testing", "consulting"]),
                    ),
                    hard(
                        t!("8号 第二十四条（二）1.", "Doc 8, Art. 24(2)1"),
                        t!(
                            "有效期内的检测认证服务类中关村科技服务平台视同检验检测领域专业开放服务平台并享受政策",
                            "a Zhongguancun testing-and-certification service platform in force counts as an inspection and testing platform",
                        ),
                        Test::Yes(&ZGC_TESTING_SERVICE_PLATFORM),
                    ),
                    Condition::All(&[
                        hard(
                            t!("8号 第二十四条（二）1.", "Doc 8, Art. 24(2)1"),
                            t!("等科技服务领域", "or a similar technology service field"),
                            Test::OneOf(&TECH_SERVICE_FIELD, &["other_tech_service"]),
                        )
                        .read_as(READING_8_23_FIELDS),
                        judgement(t!("8号 第二十四条（二）1.", "Doc 8, Art. 24(2)1"), t!("等科技服务领域", "a similar field (the reviewers decide)")),
                    ]),
                ]),
                PLATFORM_8_24,
            ]),
            amount: AMOUNT_8_24,
            amount_cite: t!("8号 第二十四条（三）", "Doc 8, Art. 24(3)"),
            amount_clause: AMOUNT_CLAUSE_8_24,
        },
        Route {
            id: "internet-plus",
            title: t!("“互联网+创新创业服务”平台", "'Internet + innovation and entrepreneurship services' platform"),
            conditions: Condition::All(&[
                // “互联网+创新创业服务”应接入“国际科技创新中心”网络服务平台及移动端 APP 平台,
                hard(
                    t!("8号 第二十四条（二）1.", "Doc 8, Art. 24(2)1"),
                    t!("“互联网+创新创业服务”应接入“国际科技创新中心”网络服务平台及移动端 APP 平台", "connected to the 'International Science and Technology Innovation Centre' web platform and mobile app"),
                    Test::Yes(&PLATFORM_CONNECTED_TO_NCSTI),
                ),
                // 为创新主体提供人才、资金、空间、市场、知识产权、技术标准、法律等特色化专业服务。
                attested(
                    t!("8号 第二十四条（二）1.", "Doc 8, Art. 24(2)1"),
                    t!(
                        "为创新主体提供人才、资金、空间、市场、知识产权、技术标准、法律等特色化专业服务",
                        "gives innovators specialised services in talent, funding, space, markets, IP, technical standards, law and the like",
                    ),
                    Test::Yes(&PLATFORM_OFFERS_SPECIALISED_SERVICES),
                ),
                PLATFORM_8_24,
            ]),
            amount: AMOUNT_8_24,
            amount_cite: t!("8号 第二十四条（三）", "Doc 8, Art. 24(3)"),
            amount_clause: AMOUNT_CLAUSE_8_24,
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_24_APPLICANT, READING_8_23_FIELDS, READING_8_24_TIERS],
    notice: None,
};

// =================================================================================================
// 第二十五条 支持科技型社会组织提升专业服务能力。
// =================================================================================================

const A25: T = t!("8号 第二十五条", "Doc 8, Art. 25");

/// "近2年年检结论为合格" / "近5年年检结论为合格": each of the last 2 (or 5) annual inspections
/// passed, i.e. the latest run of passes is at least that long. A younger organisation with fewer
/// inspections does not meet it.
pub const READING_8_25_INSPECTION: T = t!(
    "“近2年/近5年年检结论为合格”理解为最近连续2次/5次年检均为合格；成立不满相应年数、年检次数不足的，不符合。",
    "\"Passed the annual inspection in the last 2 (5) years\" is read as each of the latest 2 (5) inspections passed in a row; an organisation with fewer inspections does not meet it.",
);

/// "连续支持3年", each year "不超过上一年实际发生费用的50%/70%": year 1 is limited by last year's
/// costs; years 2 and 3 by costs not yet incurred, so only their caps are shown.
pub const READING_8_25_SCHEDULE: T = t!(
    "连续支持3年：第一年按上一年实际发生费用计算比例上限；第二、三年的比例上限取决于届时上一年的费用，申报时未知，只列年度上限，并以年度绩效考核为前提。分档由评审择优确定。",
    "Support runs 3 years: year 1 is limited by last year's actual costs; the limits of years 2 and 3 depend on costs not yet incurred, so only their yearly caps are shown, subject to each year's performance review. The tier is the reviewers' choice.",
);

/// 支持期间,每年对上一年度工作绩效进行考核评价,未达到发展目标的,停止支持,且 2 年内不再受理申报。
const NOT_STOPPED_8_25: Condition = hard(
    t!("8号 第二十五条（三）", "Doc 8, Art. 25(3)"),
    t!(
        "未达到发展目标的,停止支持,且 2 年内不再受理申报",
        "where targets are missed, support stops and no application is accepted for 2 years"
    ),
    Test::No(&SOCIAL_ORG_SUPPORT_STOPPED_LAST_2_YEARS),
);

/// 社会组织在上述工作中需具有相关工作基础并有显著工作绩效。
const TRACK_RECORD_8_25: Condition = judgement(
    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
    t!(
        "社会组织在上述工作中需具有相关工作基础并有显著工作绩效",
        "a base for this work and a marked record of results in it"
    ),
);

/// 根据社会组织发展目标和工作绩效,择优给予分档支持
const MERIT_8_25: Condition = judgement(
    t!("8号 第二十五条（三）", "Doc 8, Art. 25(3)"),
    t!(
        "根据社会组织发展目标和工作绩效,择优给予分档支持",
        "selected on merit and tiered by development targets and results"
    ),
);

/// 产业类、要素类社会组织每年每家支持金额不超过200万元,不超过上一年实际发生费用的50%。连续支持3年。
static YEARS_8_25_INDUSTRY: &[Year] = &[
    Year {
        year: 1,
        cap: dec!(200),
        equity: false,
        note: t!(
            "每年每家支持金额不超过200万元,不超过上一年实际发生费用的50%",
            "up to 200 万元, no more than 50% of last year's actual costs"
        ),
    },
    Year {
        year: 2,
        cap: dec!(200),
        equity: false,
        note: t!(
            "每年对上一年度工作绩效进行考核评价,未达到发展目标的,停止支持",
            "after the review of the year before; support stops if targets are missed"
        ),
    },
    Year {
        year: 3,
        cap: dec!(200),
        equity: false,
        note: t!(
            "每年对上一年度工作绩效进行考核评价,未达到发展目标的,停止支持",
            "after the review of the year before; support stops if targets are missed"
        ),
    },
];
/// 不超过上一年实际发生费用的50%
const RATE_8_25_INDUSTRY: Decimal = dec!(50);

/// 综合类社会组织每年每家支持金额不超过300万元,不超过上一年实际发生费用的 70%。连续支持3年。
static YEARS_8_25_COMPREHENSIVE: &[Year] = &[
    Year {
        year: 1,
        cap: dec!(300),
        equity: false,
        note: t!(
            "每年每家支持金额不超过300万元,不超过上一年实际发生费用的 70%",
            "up to 300 万元, no more than 70% of last year's actual costs"
        ),
    },
    Year {
        year: 2,
        cap: dec!(300),
        equity: false,
        note: t!(
            "每年对上一年度工作绩效进行考核评价,未达到发展目标的,停止支持",
            "after the review of the year before; support stops if targets are missed"
        ),
    },
    Year {
        year: 3,
        cap: dec!(300),
        equity: false,
        note: t!(
            "每年对上一年度工作绩效进行考核评价,未达到发展目标的,停止支持",
            "after the review of the year before; support stops if targets are missed"
        ),
    },
];
/// 不超过上一年实际发生费用的 70%
const RATE_8_25_COMPREHENSIVE: Decimal = dec!(70);

fn amount_8_25_industry(ctx: &Ctx) -> AmountEval {
    yearly_limited(
        YEARS_8_25_INDUSTRY,
        RATE_8_25_INDUSTRY,
        &[Some(&SOCIAL_ORG_COSTS_LAST_YEAR), None, None],
        t!(
            "且不超过上一年实际发生费用的50%",
            "and no more than 50% of the year before's actual costs"
        ),
        ctx,
    )
}

fn amount_8_25_comprehensive(ctx: &Ctx) -> AmountEval {
    yearly_limited(
        YEARS_8_25_COMPREHENSIVE,
        RATE_8_25_COMPREHENSIVE,
        &[Some(&SOCIAL_ORG_COSTS_LAST_YEAR), None, None],
        t!(
            "且不超过上一年实际发生费用的70%",
            "and no more than 70% of the year before's actual costs"
        ),
        ctx,
    )
}

pub static M8_25: Measure = Measure {
    id: "8.25",
    doc: &DOC,
    article: A25,
    title: t!("支持科技型社会组织提升专业服务能力", "Professional capability of tech social organisations"),
    content: t!(
        "支持社会组织围绕加强国际交流合作、推进标准创制及推广、协同推进技术创新、促进园区竞争力提升、开展产业行业研究、搭建科技服务平台、组织品牌服务活动等方面,开展产业促进、创新创业要素集聚、企业服务和 社会组织高质量发展等推进工作。",
        "Supports social organisations in promoting industry, gathering the inputs of innovation and entrepreneurship, serving companies and developing social organisations well, through international exchange, standards making and promotion, joint technological innovation, park competitiveness, industry research, technology service platforms, flagship service events and the like.",
    ),
    conditions_text: t!(
        "产业类、要素类社会组织应参与社会组织诚信体系建设,近2年年检结论为合格。综合类社会组织应是北京市市级枢纽型社会组织,会员中社会组织数量不少于80家(含),近5年年检结论为合格、民政部门评估结论应在4A及以上。社会组织在上述工作中需具有相关工作基础并有显著工作绩效。",
        "An industry or factor organisation must take part in the social-organisation integrity system and have passed its annual inspection in the last 2 years. A comprehensive organisation must be a Beijing municipal-level hub social organisation with no fewer than 80 (inclusive) social organisations among its members, have passed its annual inspection in the last 5 years, and hold a civil-affairs evaluation grade of 4A or higher. Every organisation must have a base for this work and a marked record of results in it.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,根据社会组织发展目标和工作绩效,择优给予分档支持,连续支持3年。产业类、要素类社会组织每年每家支持金额不超过200万元,不超过上一年实际发生费用的50%。综合类社会组织每年每家支持金额不超过300万元,不超过上一年实际发生费用的 70%。支持期间,每年对上一年度工作绩效进行考核评价,未达到发展目标的,停止支持,且 2 年内不再受理申报。",
        "Post-subsidy, selected on merit and tiered by development targets and results, for 3 consecutive years. An industry or factor organisation: up to 2 million CNY (200 万元) a year, no more than 50% of last year's actual costs. A comprehensive organisation: up to 300 万元 a year, no more than 70% of last year's actual costs. Each year of support the year before's results are reviewed; an organisation that misses its targets loses the support and may not apply again for 2 years.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["social_organisation"],
    routes: &[
        Route {
            id: "industry-factor",
            title: t!("产业类、要素类社会组织", "Industry or factor organisation"),
            conditions: Condition::All(&[
                // 产业类、要素类社会组织应参与社会组织诚信体系建设,近2年年检结论为合格。
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("产业类、要素类社会组织", "an industry or factor organisation"),
                    Test::OneOf(&SOCIAL_ORG_TYPE, &["industry", "factor"]),
                ),
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("应参与社会组织诚信体系建设", "takes part in the social-organisation integrity system"),
                    Test::Yes(&SOCIAL_ORG_IN_INTEGRITY_SYSTEM),
                ),
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("近2年年检结论为合格", "passed the annual inspection in the last 2 years"),
                    Test::Cmp(&SOCIAL_ORG_INSPECTION_PASSES, Cmp::Ge, dec!(2)),
                )
                .read_as(READING_8_25_INSPECTION),
                TRACK_RECORD_8_25,
                MERIT_8_25,
                NOT_STOPPED_8_25,
            ]),
            // 3 years × 每年每家支持金额不超过200万元
            amount: Amount::Custom { ceiling: Some(dec!(600)), eval: amount_8_25_industry },
            amount_cite: t!("8号 第二十五条（三）", "Doc 8, Art. 25(3)"),
            amount_clause: t!(
                "连续支持3年。产业类、要素类社会组织每年每家支持金额不超过200万元,不超过上一年实际发生费用的50%",
                "for 3 years: an industry or factor organisation up to 200 万元 a year, no more than 50% of last year's actual costs",
            ),
        },
        Route {
            id: "comprehensive",
            title: t!("综合类社会组织", "Comprehensive organisation"),
            conditions: Condition::All(&[
                // 综合类社会组织应是北京市市级枢纽型社会组织,会员中社会组织数量不少于80家(含),近5年年检结论为合格、
                // 民政部门评估结论应在4A及以上。
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("综合类社会组织", "a comprehensive organisation"),
                    Test::OneOf(&SOCIAL_ORG_TYPE, &["comprehensive"]),
                ),
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("应是北京市市级枢纽型社会组织", "a Beijing municipal-level hub social organisation"),
                    Test::Yes(&MUNICIPAL_HUB_SOCIAL_ORG),
                ),
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("会员中社会组织数量不少于80家(含)", "no fewer than 80 (inclusive) social organisations among its members"),
                    Test::Cmp(&MEMBER_SOCIAL_ORGS, Cmp::Ge, dec!(80)),
                ),
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("近5年年检结论为合格", "passed the annual inspection in the last 5 years"),
                    Test::Cmp(&SOCIAL_ORG_INSPECTION_PASSES, Cmp::Ge, dec!(5)),
                )
                .read_as(READING_8_25_INSPECTION),
                hard(
                    t!("8号 第二十五条（二）", "Doc 8, Art. 25(2)"),
                    t!("民政部门评估结论应在4A及以上", "a civil-affairs evaluation grade of 4A or higher"),
                    Test::OneOf(&CIVIL_AFFAIRS_RATING, &["5a", "4a"]),
                ),
                TRACK_RECORD_8_25,
                MERIT_8_25,
                NOT_STOPPED_8_25,
            ]),
            // 3 years × 每年每家支持金额不超过300万元
            amount: Amount::Custom { ceiling: Some(dec!(900)), eval: amount_8_25_comprehensive },
            amount_cite: t!("8号 第二十五条（三）", "Doc 8, Art. 25(3)"),
            amount_clause: t!(
                "连续支持3年。……综合类社会组织每年每家支持金额不超过300万元,不超过上一年实际发生费用的 70%",
                "for 3 years: a comprehensive organisation up to 300 万元 a year, no more than 70% of last year's actual costs",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_25_INSPECTION, READING_8_25_SCHEDULE],
    notice: None,
};

// =================================================================================================
// 第二十六条 支持开展出入境高风险特殊物品风险评估工作。
// =================================================================================================

const A26: T = t!("8号 第二十六条", "Doc 8, Art. 26");

/// "第三方评估机构" is a role: any unit that does not itself produce or trade special goods.
pub const READING_8_26_APPLICANT: T = t!(
    "“第三方评估机构”理解为角色：科技服务机构、科研机构、高等学校、社会组织或企业均可，只要不从事特殊物品生产和经营。",
    "\"Third-party assessment body\" is read as a role: a service organisation, research institute, university, social organisation or company may apply, provided it does not itself produce or trade special goods.",
);

/// "择优给予累计不超过200万元": the cap is over all years, so what was already received under
/// this article comes off it.
pub const READING_8_26_CUMULATIVE: T = t!(
    "“累计不超过200万元”跨年度计算：此前已获本条支持的金额从200万元中扣除。",
    "\"200 万元 in total\" runs across years: support already received under this article comes off the 200 万元.",
);

/// 择优给予累计不超过 200 万元资金支持
const CUMULATIVE_CAP_8_26: Decimal = dec!(200);

/// What is left of the cumulative cap.
fn remaining_8_26(ctx: &Ctx) -> AmountEval {
    let f = &RECEIVED_8_26_TOTAL;
    match ctx.profile.number(f) {
        Some(r) => {
            let left = (CUMULATIVE_CAP_8_26 - r).max(Decimal::ZERO);
            AmountEval {
                up_to: Some(left),
                determined: true,
                steps: vec![Text::new(
                    format!(
                        "累计不超过{}万元，{}{}万元，尚余{}万元",
                        num(CUMULATIVE_CAP_8_26),
                        f.label.zh(),
                        num(r),
                        num(left)
                    ),
                    format!(
                        "{} (10k CNY) in total, {} {}: {} left",
                        num(CUMULATIVE_CAP_8_26),
                        f.label.en(),
                        num(r),
                        num(left)
                    ),
                )],
                ..Default::default()
            }
        }
        None => AmountEval {
            up_to: Some(CUMULATIVE_CAP_8_26),
            determined: false,
            steps: vec![Text::new(
                format!(
                    "累计不超过{}万元（{}未填）",
                    num(CUMULATIVE_CAP_8_26),
                    f.label.zh()
                ),
                format!(
                    "{} (10k CNY) in total ({} not answered)",
                    num(CUMULATIVE_CAP_8_26),
                    f.label.en()
                ),
            )],
            missing: vec![f.id],
            ..Default::default()
        },
    }
}

pub static M8_26: Measure = Measure {
    id: "8.26",
    doc: &DOC,
    article: A26,
    title: t!("支持开展出入境高风险特殊物品风险评估工作", "Risk assessment of high-risk special goods crossing the border"),
    content: t!(
        "支持第三方评估机构按照出入境高风险特殊物品评估标准和要求,采取材料审核、现场评估、检验检测等方式,对出入境高风险特殊物品及相关企业开展生物安全的风评估服务。",
        "Supports third-party assessment bodies in assessing the biosafety risk of high-risk special goods crossing the border, and of the companies concerned, by document review, on-site assessment, inspection and testing, under the assessment standards and requirements for such goods.",
    ),
    conditions_text: t!(
        "第三方评估机构应属于非从事特殊物品生产和经营的组织机构,具有较全面的生物安全防控和风险评估工作经验,并配备生物医药领域的专业人员。第三方评估机构负责风险评估工作的具体组织实施。",
        "The third-party assessment body must be an organisation that does not produce or trade special goods, with broad experience of biosafety control and risk assessment, and biomedical professionals on staff. It organises and carries out the risk assessments.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,根据评估机构推进工作情况,按照实际发生费用的全部金额,择优给予累计不超过 200 万元资金支持,支持资金用于开展出入境高风险特殊物品风险评估工作的组织、服务。",
        "Post-subsidy, by the body's progress: the full actual costs, selected on merit, up to 2 million CNY (200 万元) in total, to be spent on organising and providing the risk assessments.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["service_institution", "research_institute", "university", "social_organisation", "enterprise"],
    routes: &[Route {
        id: "",
        title: t!("出入境高风险特殊物品风险评估", "Risk assessment of high-risk special goods"),
        conditions: Condition::All(&[
            // 第三方评估机构应属于非从事特殊物品生产和经营的组织机构
            hard(
                t!("8号 第二十六条（二）", "Doc 8, Art. 26(2)"),
                t!("第三方评估机构应属于非从事特殊物品生产和经营的组织机构", "the body does not produce or trade special goods"),
                Test::No(&HANDLES_SPECIAL_GOODS),
            )
            .read_as(READING_8_26_APPLICANT),
            // 具有较全面的生物安全防控和风险评估工作经验
            judgement(
                t!("8号 第二十六条（二）", "Doc 8, Art. 26(2)"),
                t!("具有较全面的生物安全防控和风险评估工作经验", "broad experience of biosafety control and risk assessment"),
            ),
            // 并配备生物医药领域的专业人员
            hard(
                t!("8号 第二十六条（二）", "Doc 8, Art. 26(2)"),
                t!("并配备生物医药领域的专业人员", "biomedical professionals on staff"),
                Test::Yes(&HAS_BIOMEDICAL_PROFESSIONALS),
            ),
            // 第三方评估机构负责风险评估工作的具体组织实施。
            hard(
                t!("8号 第二十六条（二）", "Doc 8, Art. 26(2)"),
                t!("第三方评估机构负责风险评估工作的具体组织实施", "the body organises and carries out the risk assessments"),
                Test::Yes(&ORGANISES_SPECIAL_GOODS_ASSESSMENT),
            ),
            // 根据评估机构推进工作情况,……择优给予
            judgement(
                t!("8号 第二十六条（三）", "Doc 8, Art. 26(3)"),
                t!("根据评估机构推进工作情况,……择优给予", "by the body's progress, selected on merit"),
            ),
            // 择优给予累计不超过 200 万元资金支持
            hard(
                t!("8号 第二十六条（三）", "Doc 8, Art. 26(3)"),
                t!("择优给予累计不超过 200 万元资金支持", "up to 200 万元 in total"),
                Test::Cmp(&RECEIVED_8_26_TOTAL, Cmp::Lt, CUMULATIVE_CAP_8_26),
            )
            .read_as(READING_8_26_CUMULATIVE),
        ]),
        amount: Amount::Min(&[
            // 按照实际发生费用的全部金额
            Amount::Rate { rate: dec!(100), base: &SPECIAL_GOODS_ASSESSMENT_COSTS, cap: None },
            // 择优给予累计不超过 200 万元资金支持
            Amount::Custom { ceiling: Some(CUMULATIVE_CAP_8_26), eval: remaining_8_26 },
        ]),
        amount_cite: t!("8号 第二十六条（三）", "Doc 8, Art. 26(3)"),
        amount_clause: t!(
            "按照实际发生费用的全部金额,择优给予累计不超过 200 万元资金支持",
            "the full actual costs, up to 200 万元 in total",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_26_APPLICANT, READING_8_26_CUMULATIVE],
    notice: None,
};
