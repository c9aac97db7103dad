//! 京科发〔2022〕5号 《中关村国家自主创新示范区提升企业创新能力支持资金管理办法（试行）》
//! (enterprise innovation capability): 第五条–第十三条, measures 5.5–5.13.

use crate::amount::{eval_tiers, excl, incl, Amount, AmountEval, Tier};
use crate::condition::{attested, hard, Cmp, Condition, Ctx, Outcome, Test};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::facts::*;
use crate::measure::{Doc, Measure, Method, Route};
use crate::text::{t, T};
use rust_decimal_macros::dec;

// ---- 第四条: who may apply --------------------------------------------------------------------

const ART4: T = t("5号 第四条", "Doc 5, Art. 4");

/// 第四条 本办法支持对象为注册在中关村示范区范围内的国家高新技术企业、中关村高新技术企业或评价入库的
/// 科技型中小企业,以及高等学校、科研机构等创新主体。符合支持条件的注册在北京市其他区域的创新主体参照执行。
pub static DOC: Doc = Doc {
    no: 5,
    wenhao: "京科发〔2022〕5号",
    title: t(
        "中关村国家自主创新示范区提升企业创新能力支持资金管理办法（试行）",
        "Measures for the Zhongguancun support fund for enterprise innovation capability (trial)",
    ),
    who: Condition::All(&[
        hard(
            ART4,
            t(
                "注册在中关村示范区范围内……符合支持条件的注册在北京市其他区域的创新主体参照执行",
                "registered in the Zhongguancun demonstration zone … innovators registered elsewhere in Beijing that meet the conditions are treated the same way",
            ),
            Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
        ),
        Condition::Any(&[
            Condition::Not(&hard(ART4, t("企业", "an enterprise"), Test::OneOf(&APPLICANT_KIND, &["enterprise"]))),
            Condition::Any(&[
                hard(ART4, t("国家高新技术企业", "a national high-tech enterprise"), Test::Yes(&NATIONAL_HIGH_TECH)),
                hard(ART4, t("中关村高新技术企业", "a Zhongguancun high-tech enterprise"), Test::Yes(&ZGC_HIGH_TECH)),
                hard(ART4, t("评价入库的科技型中小企业", "an evaluated, registered tech-based SME"), Test::Yes(&SME_TECH_REGISTERED)),
            ]),
        ]),
    ]),
    blacklist_article: t("5号 第十七条", "Doc 5, Art. 17"),
    double_funding_article: t("5号 第十六条", "Doc 5, Art. 16"),
};

// ---- Facts only this 办法 needs -------------------------------------------------------------

pub static SME_TECH_REGISTERED_THIS_YEAR: Fact = Fact {
    id: "sme_tech_registered_this_year",
    label: t("当年入库的科技型中小企业", "registered as a tech-based SME this year"),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t("企业是否为当年入库的科技型中小企业？", "Was the company registered as a tech-based SME (科技型中小企业) this year?"),
    help: t("5号第五条（二）1.(1)：成立超过5年的企业，当年入库也可申报。", "Doc 5, Art. 5(2)1(1): a firm older than 5 years may still apply if it was registered this year."),
};

pub static COMPETITION_AWARD: Fact = Fact {
    id: "competition_award",
    label: t("赛事获奖名次", "competition placing"),
    kind: Kind::Choice(&[
        Choice { id: "cicc_first", label: t("中国创新创业大赛北京赛区一等奖", "China Innovation & Entrepreneurship Competition, Beijing: first prize") },
        Choice { id: "cicc_second", label: t("中国创新创业大赛北京赛区二等奖", "China Innovation & Entrepreneurship Competition, Beijing: second prize") },
        Choice { id: "cicc_third", label: t("中国创新创业大赛北京赛区三等奖", "China Innovation & Entrepreneurship Competition, Beijing: third prize") },
        Choice { id: "challenge_1_3", label: t("中国创新挑战赛北京赛区第一至三名", "China Innovation Challenge, Beijing: 1st–3rd place") },
        Choice { id: "challenge_4_6", label: t("中国创新挑战赛北京赛区第四至六名", "China Innovation Challenge, Beijing: 4th–6th place") },
        Choice { id: "challenge_7_10", label: t("中国创新挑战赛北京赛区第七至十名", "China Innovation Challenge, Beijing: 7th–10th place") },
        Choice { id: "frontier_first", label: t("中关村国际前沿科技创新大赛领域赛第一名", "Zhongguancun International Frontier Tech Competition, field round: 1st") },
        Choice { id: "frontier_second", label: t("中关村国际前沿科技创新大赛领域赛第二名", "Zhongguancun International Frontier Tech Competition, field round: 2nd") },
        Choice { id: "frontier_third", label: t("中关村国际前沿科技创新大赛领域赛第三名", "Zhongguancun International Frontier Tech Competition, field round: 3rd") },
        Choice { id: "none", label: t("以上均无", "none of these") },
    ]),
    topic: Topic::Awards,
    question: t("企业在以下赛事中获得的最好名次是？", "What is the company's best placing in these competitions?"),
    help: t("获得多个奖项的，选择支持金额最高的一项。", "If the company has several, pick the one that pays most."),
};

pub static RECEIVED_5_5_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_5_5_in_last_3_years",
    label: t("近3年已获5号第五条支持", "had doc 5 Art. 5 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t(
        "企业近3年内是否已获得过“支持科技型小微企业开展关键技术创新”（5号第五条）资金支持？",
        "Has the company received support under doc 5 Art. 5 (key technology innovation by small tech firms) in the last 3 years?",
    ),
    help: t("每家企业连续3年只能获得一次该项政策支持。", "Each company may receive this support once in any 3 consecutive years."),
};

pub static ON_SCALE_UP_LIST: Fact = Fact {
    id: "on_scale_up_list",
    label: t("新纳入高新技术企业“小升规”培育清单", "newly on the high-tech 'small to large' cultivation list"),
    kind: Kind::Bool,
    topic: Topic::Awards,
    question: t(
        "企业是否由区（或北京经济技术开发区）遴选推荐，新纳入全市高新技术企业“小升规”培育清单？",
        "Was the company recommended by its district (or the Beijing Economic-Technological Development Area) and newly placed on the city's high-tech 'small to large' (小升规) cultivation list?",
    ),
    help: t("", ""),
};

pub static MEETS_SCALE_UP_FIELD_STANDARDS: Fact = Fact {
    id: "meets_scale_up_field_standards",
    label: t("收入贡献、研发投入、研发人员达到所属领域标准", "revenue, R&D spend and R&D staff meet the field's standards"),
    kind: Kind::Bool,
    topic: Topic::Research,
    question: t(
        "收入贡献、研发投入、研发人员是否达到所属领域对应的标准？",
        "Do the company's revenue contribution, R&D spend and R&D staff meet the standards set for its field?",
    ),
    help: t("标准由培育清单遴选时公布。", "The standards are published with the list selection."),
};

pub static SOUND_OPERATIONS_3_YEARS: Fact = Fact {
    id: "sound_operations_3_years",
    label: t("近3年财务及生产经营状况良好、无不良信用记录", "sound finances and operations for 3 years, no bad credit record"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t(
        "近3年（不满3年的按实际经营时间）财务及生产经营状况是否良好，且无不良信用记录？",
        "Over the last 3 years (or since founding, if less), have finances and operations been sound, with no bad credit record?",
    ),
    help: t("", ""),
};

/// This 办法's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &SME_TECH_REGISTERED_THIS_YEAR,
    &COMPETITION_AWARD,
    &RECEIVED_5_5_IN_LAST_3_YEARS,
    &ON_SCALE_UP_LIST,
    &MEETS_SCALE_UP_FIELD_STANDARDS,
    &SOUND_OPERATIONS_3_YEARS,
];

/// This 办法's measures, in article order.
pub static MEASURES: &[&Measure] = &[&M5_5, &M5_7];

// =================================================================================================
// 第五条 支持科技型小微企业开展关键技术创新。
// =================================================================================================

const A5: T = t("5号 第五条", "Doc 5, Art. 5");

/// "注册成立时间在两个会计年度(含)以上": read as the firm existed in at least the two fiscal
/// years before the assessment year (founded on or before 31 December of the year before last),
/// so that both years the increase compares have R&D data.
pub const READING_5_5_FISCAL_YEARS: T = t(
    "“注册成立时间在两个会计年度(含)以上”理解为：企业在评估年度之前的两个会计年度均已成立（即不晚于前年12月31日成立），两个年度均有研发费用数据可比。",
    "\"Incorporated for two fiscal years or more\" is read as: the company existed in both fiscal years before the assessment year (incorporated no later than 31 December of the year before last), so both years compared have R&D figures.",
);

/// The industry list in 支持内容 ends in 等 (open) and qualifies both the small tech firms and
/// the competition winners.
pub const READING_5_5_FIELDS: T = t(
    "支持内容所列领域以“等高精尖产业领域”结尾，为开放列举；理解为对两个支持方向均适用。",
    "The fields in 支持内容 end in \"等高精尖产业领域\" (an open list) and are read as applying to both routes.",
);

/// True when the firm existed in both fiscal years before the assessment year.
fn two_fiscal_years(ctx: &Ctx) -> Outcome {
    Outcome::from_option(ctx.profile.date(&FOUNDED_ON).map(|d| d.year() <= ctx.date.year() - 2))
}

static TWO_FISCAL_YEARS: Condition = hard(
    t("5号 第五条（二）1.(3)", "Doc 5, Art. 5(2)1(3)"),
    t("注册成立时间在两个会计年度(含)以上的", "incorporated for two fiscal years or more"),
    Test::Custom {
        facts: &[&FOUNDED_ON],
        what: t("成立不晚于评估年度的前年12月31日", "incorporated no later than 31 December of the year before last"),
        eval: two_fiscal_years,
    },
)
.read_as(READING_5_5_FISCAL_YEARS);

/// 研发费用同比增量为500万元(含)以上，给予不超过30万元；100万元(含)至500万元的，给予不超过20万元。
static TIERS_5_5: &[Tier] = &[
    Tier {
        from: incl(dec!(100)),
        to: excl(dec!(500)),
        cap: dec!(20),
        label: t("100万元(含)至500万元", "from 100 (inclusive) to 500"),
    },
    Tier { from: incl(dec!(500)), to: None, cap: dec!(30), label: t("500万元(含)以上", "500 or more") },
];

/// （三）1.(1) tiers on the year-on-year R&D increase; (2) a younger firm on its R&D expense.
fn amount_5_5_rd(ctx: &Ctx) -> AmountEval {
    let p = ctx.profile;
    match two_fiscal_years(ctx) {
        Outcome::Met => {
            let inc = match (p.number(&RD_EXPENSE_LAST_YEAR), p.number(&RD_EXPENSE_YEAR_BEFORE)) {
                (Some(a), Some(b)) => Some(a - b),
                _ => None,
            };
            let mut e = eval_tiers(
                t("研发费用同比增量", "year-on-year R&D increase"),
                RD_EXPENSE_LAST_YEAR.id,
                TIERS_5_5,
                inc,
            );
            if inc.is_none() {
                e.missing = [&RD_EXPENSE_LAST_YEAR, &RD_EXPENSE_YEAR_BEFORE]
                    .iter()
                    .filter(|f| p.number(f).is_none())
                    .map(|f| f.id)
                    .collect();
            }
            e
        }
        Outcome::Failed => eval_tiers(
            t("最近一个会计年度研发费用", "R&D expense in the latest fiscal year"),
            RD_EXPENSE_LAST_YEAR.id,
            TIERS_5_5,
            p.number(&RD_EXPENSE_LAST_YEAR),
        ),
        _ => {
            let mut e = eval_tiers(t("研发费用或其同比增量", "R&D expense or its increase"), FOUNDED_ON.id, TIERS_5_5, None);
            e.missing = vec![FOUNDED_ON.id];
            e
        }
    }
}

pub static M5_5: Measure = Measure {
    id: "5.5",
    doc: &DOC,
    article: A5,
    title: t("支持科技型小微企业开展关键技术创新", "Key technology innovation by small tech firms"),
    content: t(
        "支持新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域的科技型小微企业、相关赛事获奖优胜企业,引导企业持续加大研发投入,开展关键技术创新攻关,不断提升企业创新实力和核心竞争力。",
        "Supports small and micro tech firms, and winners of the named competitions, in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields, to keep raising R&D spend, tackle key technologies, and strengthen their innovation and core competitiveness.",
    ),
    conditions_text: t(
        "1. 纳入支持的科技型小微企业须满足以下条件:(1) 企业注册成立不超过 5 年(含),或当年入库的科技型中小企业。(2) 上一会计年度年末从业人员 100 人(含)以下,上一会计年度营业收入 2000 万元(含)以下。(3) 注册成立时间在两个会计年度(含)以上的,最近一个会计年度研发费用的同比增量 100 万元(含)以上。注册成立时间不足两个会计年度的,最近一个会计年度研发费用 100 万元(含)以上。\n2. 相关赛事获奖优胜企业须满足条件:获得中国创新创业大赛北京赛区一、二、三等奖,中国创新挑战赛北京赛区前 10 名,或中关村国际前沿科技创新大赛各领域赛前 3 名。",
        "1. Small tech firms must: (1) have been incorporated no more than 5 years (inclusive), or be a tech-based SME registered this year; (2) have had no more than 100 staff (inclusive) at the end of last fiscal year and revenue of no more than 20 million CNY (2,000 万元, inclusive) last fiscal year; (3) if incorporated for two fiscal years or more, have increased R&D expense year on year by 1 million CNY (100 万元, inclusive) or more in the latest fiscal year; if incorporated for less than two fiscal years, have spent 100 万元 (inclusive) or more on R&D in the latest fiscal year.\n2. Competition winners must have won a first, second or third prize of the China Innovation & Entrepreneurship Competition (Beijing), a top-10 place in the China Innovation Challenge (Beijing), or a top-3 place in a field round of the Zhongguancun International Frontier Technology Innovation Competition.",
    ),
    amount_text: t(
        "采取后补助方式给予支持,支持资金用于企业加强创新能力建设。每家企业连续 3 年只能获得一次该项政策支持,且以下两个政策支持方向只能选择一种。\n1. 科技型小微企业支持方式及金额如下:(1)企业成立时间为两个会计年度(含)以上的,根据企业向主管税务机关申请享受研发费用加计扣除优惠时申报的最近两个会计年度的研发费用,按照企业最近一个会计年度研发费用的同比增量,分两档给予资金支持。研发费用同比增量为 500 万元(含)以上,给予不超过 30 万元的资金支持;研发费用同比增量为 100 万元(含)至 500 万元的,给予不超过 20 万元的资金支持。(2)企业成立时间不足两个会计年度的,根据企业向主管税务机关申请享受研发费用加计扣除优惠时申报的最近一个会计年度的研发费用,参照上述档位、金额给予资金支持。\n2. 给予中国创新创业大赛北京赛区一等奖企业、中国创新挑战赛北京赛区第一至三名企业和中关村国际前沿科技创新大赛各领域赛第一名企业不超过 30 万元资金支持;给予中国创新创业大赛北京赛区二等奖企业、中国创新挑战赛北京赛区第四至六名企业和中关村国际前沿科技创新大赛各领域赛第二名企业不超过 20 万元资金支持;给予中国创新创业大赛北京赛区三等奖企业、中国创新挑战赛北京赛区第七至十名企业和中关村国际前沿科技创新大赛各领域赛第三名企业不超过 10 万元资金支持。",
        "Post-subsidy, used to strengthen innovation capability. Each company may receive this support once in any 3 consecutive years, and may choose only one of the two routes below.\n1. Small tech firms: (1) a firm incorporated for two fiscal years or more is supported in two tiers by the year-on-year increase of its R&D expense in the latest fiscal year, as declared to the tax authority for the R&D super-deduction for the latest two fiscal years: an increase of 5 million CNY (500 万元, inclusive) or more, up to 300,000 CNY (30 万元); an increase from 100 万元 (inclusive) to 500 万元, up to 20 万元. (2) A firm incorporated for less than two fiscal years is supported on the same tiers and amounts by its R&D expense in the latest fiscal year as so declared.\n2. Up to 30 万元 for a first prize of the China Innovation & Entrepreneurship Competition (Beijing), 1st–3rd in the China Innovation Challenge (Beijing) or 1st in a field round of the Zhongguancun International Frontier Technology Innovation Competition; up to 20 万元 for a second prize, 4th–6th, or 2nd; up to 10 万元 for a third prize, 7th–10th, or 3rd.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[
        Route {
            id: "rd-growth",
            title: t("科技型小微企业（研发投入增长）", "Small tech firm (R&D growth)"),
            conditions: Condition::All(&[
                // （一）支持新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域的科技型小微企业
                hard(
                    t("5号 第五条（一）", "Doc 5, Art. 5(1)"),
                    t(
                        "新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                        "next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields",
                    ),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_5_5_FIELDS),
                // (1) 企业注册成立不超过 5 年(含),或当年入库的科技型中小企业。
                Condition::Any(&[
                    hard(
                        t("5号 第五条（二）1.(1)", "Doc 5, Art. 5(2)1(1)"),
                        t("企业注册成立不超过 5 年(含)", "incorporated no more than 5 years ago (inclusive)"),
                        Test::WithinYears(&FOUNDED_ON, 5),
                    ),
                    hard(
                        t("5号 第五条（二）1.(1)", "Doc 5, Art. 5(2)1(1)"),
                        t("或当年入库的科技型中小企业", "or a tech-based SME registered this year"),
                        Test::Yes(&SME_TECH_REGISTERED_THIS_YEAR),
                    ),
                ]),
                // (2) 上一会计年度年末从业人员 100 人(含)以下,上一会计年度营业收入 2000 万元(含)以下。
                hard(
                    t("5号 第五条（二）1.(2)", "Doc 5, Art. 5(2)1(2)"),
                    t("上一会计年度年末从业人员 100 人(含)以下", "no more than 100 staff (inclusive) at the end of last fiscal year"),
                    Test::Cmp(&HEADCOUNT_LAST_YEAR, Cmp::Le, dec!(100)),
                ),
                hard(
                    t("5号 第五条（二）1.(2)", "Doc 5, Art. 5(2)1(2)"),
                    t("上一会计年度营业收入 2000 万元(含)以下", "revenue of no more than 2,000 万元 (inclusive) last fiscal year"),
                    Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Le, dec!(2000)),
                ),
                // (3) 注册成立时间在两个会计年度(含)以上的,最近一个会计年度研发费用的同比增量 100 万元(含)
                // 以上。注册成立时间不足两个会计年度的,最近一个会计年度研发费用 100 万元(含)以上。
                Condition::Any(&[
                    Condition::All(&[
                        TWO_FISCAL_YEARS,
                        hard(
                            t("5号 第五条（二）1.(3)", "Doc 5, Art. 5(2)1(3)"),
                            t("最近一个会计年度研发费用的同比增量 100 万元(含)以上", "a year-on-year R&D increase of 100 万元 (inclusive) or more in the latest fiscal year"),
                            Test::Diff {
                                minuend: &RD_EXPENSE_LAST_YEAR,
                                subtrahend: &RD_EXPENSE_YEAR_BEFORE,
                                label: t("研发费用同比增量", "year-on-year R&D increase"),
                                cmp: Cmp::Ge,
                                threshold: dec!(100),
                            },
                        ),
                    ]),
                    Condition::All(&[
                        Condition::Not(&TWO_FISCAL_YEARS),
                        hard(
                            t("5号 第五条（二）1.(3)", "Doc 5, Art. 5(2)1(3)"),
                            t("注册成立时间不足两个会计年度的,最近一个会计年度研发费用 100 万元(含)以上", "if incorporated for less than two fiscal years, R&D expense of 100 万元 (inclusive) or more in the latest fiscal year"),
                            Test::Cmp(&RD_EXPENSE_LAST_YEAR, Cmp::Ge, dec!(100)),
                        ),
                    ]),
                ]),
            ]),
            amount: Amount::Custom { ceiling: Some(dec!(30)), eval: amount_5_5_rd },
            amount_cite: t("5号 第五条（三）1.", "Doc 5, Art. 5(3)1"),
            amount_clause: t(
                "研发费用同比增量为 500 万元(含)以上,给予不超过 30 万元的资金支持;研发费用同比增量为 100 万元(含)至 500 万元的,给予不超过 20 万元的资金支持。",
                "an R&D increase of 500 万元 (inclusive) or more: up to 30 万元; from 100 万元 (inclusive) to 500 万元: up to 20 万元",
            ),
        },
        Route {
            id: "competition",
            title: t("相关赛事获奖优胜企业", "Competition winner"),
            conditions: Condition::All(&[
                hard(
                    t("5号 第五条（一）", "Doc 5, Art. 5(1)"),
                    t(
                        "新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                        "next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields",
                    ),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_5_5_FIELDS),
                // 2. 获得中国创新创业大赛北京赛区一、二、三等奖,中国创新挑战赛北京赛区前 10 名,或中关村国际前沿科技创新大赛各领域赛前 3 名。
                hard(
                    t("5号 第五条（二）2.", "Doc 5, Art. 5(2)2"),
                    t(
                        "获得中国创新创业大赛北京赛区一、二、三等奖,中国创新挑战赛北京赛区前 10 名,或中关村国际前沿科技创新大赛各领域赛前 3 名",
                        "a first, second or third prize of the China Innovation & Entrepreneurship Competition (Beijing), a top-10 place in the China Innovation Challenge (Beijing), or a top-3 place in a field round of the Zhongguancun International Frontier Technology Innovation Competition",
                    ),
                    Test::OneOf(
                        &COMPETITION_AWARD,
                        &[
                            "cicc_first", "cicc_second", "cicc_third", "challenge_1_3", "challenge_4_6", "challenge_7_10",
                            "frontier_first", "frontier_second", "frontier_third",
                        ],
                    ),
                ),
            ]),
            // （三）2. 一等奖/第一至三名/第一名 30；二等奖/第四至六名/第二名 20；三等奖/第七至十名/第三名 10。
            amount: Amount::ByChoice {
                fact: &COMPETITION_AWARD,
                options: &[
                    ("cicc_first", dec!(30), t("中国创新创业大赛北京赛区一等奖", "CIEC Beijing first prize")),
                    ("challenge_1_3", dec!(30), t("中国创新挑战赛北京赛区第一至三名", "China Innovation Challenge Beijing 1st–3rd")),
                    ("frontier_first", dec!(30), t("中关村国际前沿科技创新大赛各领域赛第一名", "ZGC Frontier field round 1st")),
                    ("cicc_second", dec!(20), t("中国创新创业大赛北京赛区二等奖", "CIEC Beijing second prize")),
                    ("challenge_4_6", dec!(20), t("中国创新挑战赛北京赛区第四至六名", "China Innovation Challenge Beijing 4th–6th")),
                    ("frontier_second", dec!(20), t("中关村国际前沿科技创新大赛各领域赛第二名", "ZGC Frontier field round 2nd")),
                    ("cicc_third", dec!(10), t("中国创新创业大赛北京赛区三等奖", "CIEC Beijing third prize")),
                    ("challenge_7_10", dec!(10), t("中国创新挑战赛北京赛区第七至十名", "China Innovation Challenge Beijing 7th–10th")),
                    ("frontier_third", dec!(10), t("中关村国际前沿科技创新大赛各领域赛第三名", "ZGC Frontier field round 3rd")),
                ],
            },
            amount_cite: t("5号 第五条（三）2.", "Doc 5, Art. 5(3)2"),
            amount_clause: t(
                "给予中国创新创业大赛北京赛区一等奖企业、中国创新挑战赛北京赛区第一至三名企业和中关村国际前沿科技创新大赛各领域赛第一名企业不超过 30 万元资金支持;……二等奖……第四至六名……第二名……不超过 20 万元;……三等奖……第七至十名……第三名……不超过 10 万元",
                "first prize / 1st–3rd / field 1st: up to 30 万元; second prize / 4th–6th / field 2nd: up to 20 万元; third prize / 7th–10th / field 3rd: up to 10 万元",
            ),
        },
    ],
    once_in_3_years: Some((
        &RECEIVED_5_5_IN_LAST_3_YEARS,
        t("每家企业连续 3 年只能获得一次该项政策支持", "each company may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_5_5_FISCAL_YEARS, READING_5_5_FIELDS],
    notice: None,
};

// =================================================================================================
// 第七条 支持高新技术企业“小升规”培育。
// =================================================================================================

const A7: T = t("5号 第七条", "Doc 5, Art. 7");

pub static M5_7: Measure = Measure {
    id: "5.7",
    doc: &DOC,
    article: A7,
    title: t("支持高新技术企业“小升规”培育", "Helping high-tech firms grow from small to large (小升规)"),
    content: t(
        "推动一批具有较高科技含量和高成长潜力的中小型国家高新技术企业加快具备持续创新能力和一定的规模经济效益,形成促进本市经济高质量发展的有生力量。由各区、北京经济技术开发区遴选推荐符合条件的国家高新技术企业,形成全市统一的高新技术企业“小升规”培育清单。对新纳入“小升规”培育清单的企业,给予资金支持。",
        "Helps small and medium national high-tech enterprises with high technology content and growth potential build lasting innovation capability and economies of scale. The districts and the Beijing Economic-Technological Development Area select and recommend qualifying national high-tech enterprises to form a city-wide 'small to large' cultivation list; companies newly placed on the list receive funding.",
    ),
    conditions_text: t(
        "由各区、北京经济技术开发区遴选推荐纳入培育清单的国家高新技术企业,应符合以下条件:\n1. 属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域。\n2. 收入贡献、研发投入、研发人员达到所属领域对应的标准。\n3. 近3年(不满3年的按实际经营时间计算)财务及生产经营状况良好,无不良信用记录。",
        "National high-tech enterprises recommended for the list by the districts and the Beijing Economic-Technological Development Area must:\n1. Be in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field.\n2. Meet the field's standards for revenue contribution, R&D spend and R&D staff.\n3. Have had sound finances and operations and no bad credit record over the last 3 years (or since founding, if less).",
    ),
    amount_text: t(
        "采取后补助方式给予支持,对新纳入“小升规”培育清单的企业,一次性给予20万元的资金支持。支持资金用于企业加强创新能力建设。",
        "Post-subsidy: a company newly placed on the list receives a one-off 200,000 CNY (20 万元), used to strengthen innovation capability.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t("新纳入“小升规”培育清单", "Newly on the cultivation list"),
        conditions: Condition::All(&[
            // 由各区、北京经济技术开发区遴选推荐纳入培育清单的国家高新技术企业
            hard(A7, t("国家高新技术企业", "a national high-tech enterprise"), Test::Yes(&NATIONAL_HIGH_TECH)),
            hard(
                A7,
                t("对新纳入“小升规”培育清单的企业,给予资金支持", "companies newly placed on the cultivation list receive funding"),
                Test::Yes(&ON_SCALE_UP_LIST),
            ),
            // 1. 属于……等高精尖产业领域。
            hard(
                t("5号 第七条（二）1.", "Doc 5, Art. 7(2)1"),
                t(
                    "属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                    "in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field",
                ),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            // 2. 收入贡献、研发投入、研发人员达到所属领域对应的标准。
            attested(
                t("5号 第七条（二）2.", "Doc 5, Art. 7(2)2"),
                t("收入贡献、研发投入、研发人员达到所属领域对应的标准", "revenue contribution, R&D spend and R&D staff meet the field's standards"),
                Test::Yes(&MEETS_SCALE_UP_FIELD_STANDARDS),
            ),
            // 3. 近3年……财务及生产经营状况良好,无不良信用记录。
            attested(
                t("5号 第七条（二）3.", "Doc 5, Art. 7(2)3"),
                t(
                    "近3年(不满3年的按实际经营时间计算)财务及生产经营状况良好,无不良信用记录",
                    "sound finances and operations and no bad credit record over the last 3 years (or since founding)",
                ),
                Test::Yes(&SOUND_OPERATIONS_3_YEARS),
            ),
        ]),
        // 一次性给予20万元
        amount: Amount::Fixed(dec!(20)),
        amount_cite: t("5号 第七条（三）", "Doc 5, Art. 7(3)"),
        amount_clause: t("对新纳入“小升规”培育清单的企业,一次性给予20万元的资金支持", "a one-off 20 万元 for a company newly placed on the list"),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[],
    notice: None,
};
