//! 京科发〔2022〕6号 《中关村国家自主创新示范区促进科技金融深度融合发展支持资金管理办法（试行）》
//! (technology finance): 第五条–第十四条, measures 6.5–6.14.
//!
//! Most of this 办法 pays the money to someone other than the innovating firm: a fund investor
//! (6.5), an investment institution (6.6), a fund-share transferor (6.7), a guarantor (6.8), a
//! lender (6.11 risk compensation), a capital-market platform (6.13). The conditions on the firm
//! they served (its field, size, revenue, IP) are then facts about that firm, asked as their own
//! questions ("investee_…", "guaranteed_firm_…", "ip_borrower_…"), never the applicant's own.
//!
//! Not encoded as conditions: the duties that follow an award (6.8 "应采取有效的债务追偿措施,
//! 及时缴回追偿收入"), which bind the recipient afterwards and decide nothing at application.

use crate::amount::{excl, incl, Amount, AmountEval, Tier};
use crate::condition::{attested, hard, judgement, Cmp, Condition, Ctx, Outcome, Test};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::facts::*;
use crate::fmt::num;
use crate::measure::{Doc, Measure, Method, Route};
use crate::text::{t, Text, T};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---- 第四条: who may apply --------------------------------------------------------------------

const ART4: T = t!("6号 第四条", "Doc 6, Art. 4");

/// 金融服务机构 is defined by 第四条 only as "经监管部门批准在北京市设立的总部或分支机构". The
/// articles name as beneficiaries fund investors (社保基金、保险资金、银行理财资金), investment
/// institutions registered with the Asset Management Association of China (a self-regulatory body
/// under the CSRC, which registers rather than approves), guarantors, banks, insurers, IP
/// professional institutions and capital-market platforms. A careful official would not read
/// 第四条 so as to shut out the very beneficiaries its articles name, so each of these counts as a
/// financial service institution when it is set up in Beijing under its regulator's approval or
/// registration; the applicant declares that.
pub const READING_6_FINANCIAL_INSTITUTION: T = t!(
    "“金融服务机构”理解为：经金融监管部门批准（或依法登记，如在中国证券投资基金业协会登记的私募基金管理人）在北京市设立的总部或分支机构，包括各条款点名的出资方、投资机构、担保机构、银行、保险、知识产权专业机构及资本市场服务平台。",
    "\"Financial service institution\" is read as a head office or branch set up in Beijing with the approval of a financial regulator (or registered as the law requires, e.g. a private fund manager registered with the Asset Management Association of China), including the fund investors, investment institutions, guarantors, banks, insurers, IP professional institutions and capital-market platforms the articles name.",
);

static IS_ENTERPRISE: Condition = hard(
    ART4,
    t!("高新技术企业", "a high-tech enterprise"),
    Test::OneOf(&APPLICANT_KIND, &["enterprise"]),
);

/// 第四条 本办法支持对象为高新技术企业及金融服务机构。其中,高新技术企业是指注册在中关村国家自主创新
/// 示范区(以下简称中关村示范区)范围内的国家高新技术企业和中关村高新技术企业；金融服务机构是指经监管
/// 部门批准在北京市设立的总部或分支机构。符合支持条件的注册在北京市其他区域的创新主体参照执行。
///
/// Unlike doc 5, the tech-based SME status (评价入库的科技型中小企业) does not qualify here.
pub static DOC: Doc = Doc {
    no: 6,
    wenhao: "京科发〔2022〕6号",
    title: t!(
        "中关村国家自主创新示范区促进科技金融深度融合发展支持资金管理办法（试行）",
        "Measures for the Zhongguancun support fund for deeper integration of technology and finance (trial)",
    ),
    who: Condition::All(&[
        // 注册在中关村示范区范围内……在北京市设立……符合支持条件的注册在北京市其他区域的创新主体参照执行
        hard(
            ART4,
            t!(
                "注册在中关村国家自主创新示范区(以下简称中关村示范区)范围内……经监管部门批准在北京市设立……符合支持条件的注册在北京市其他区域的创新主体参照执行",
                "registered in the Zhongguancun National Innovation Demonstration Zone … set up in Beijing with a regulator's approval … innovators registered elsewhere in Beijing that meet the conditions are treated the same way",
            ),
            Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
        ),
        // 其中,高新技术企业是指……国家高新技术企业和中关村高新技术企业
        Condition::Any(&[
            Condition::Not(&IS_ENTERPRISE),
            Condition::Any(&[
                hard(ART4, t!("国家高新技术企业", "a national high-tech enterprise"), Test::Yes(&NATIONAL_HIGH_TECH)),
                hard(ART4, t!("中关村高新技术企业", "a Zhongguancun high-tech enterprise"), Test::Yes(&ZGC_HIGH_TECH)),
            ]),
        ]),
        // 金融服务机构是指经监管部门批准在北京市设立的总部或分支机构
        Condition::Any(&[
            IS_ENTERPRISE,
            hard(
                ART4,
                t!(
                    "金融服务机构是指经监管部门批准在北京市设立的总部或分支机构",
                    "a financial service institution is a head office or branch set up in Beijing with a regulator's approval",
                ),
                Test::Yes(&REGULATOR_APPROVED_IN_BEIJING),
            )
            .read_as(READING_6_FINANCIAL_INSTITUTION),
        ]),
    ]),
    blacklist_article: t!("6号 第十七条", "Doc 6, Art. 17"),
    double_funding_article: t!("6号 第十六条", "Doc 6, Art. 16"),
};

// ---- Readings shared by several articles -----------------------------------------------------

/// 名词解释4 lists "新一代信息技术、医药健康、智能制造、新材料、新能源等产业领域" and lets each year's
/// notice adjust it. The list ends in 等 (open); 新能源 is taken as the shared option "green energy
/// and environmental protection"; any other field counts if the year's notice names it.
pub const READING_6_FIELDS: T = t!(
    "“中关村示范区高精尖产业领域”按名词解释4理解：新一代信息技术、医药健康、智能制造、新材料、新能源等，列举以“等”结尾为开放列举，“新能源”归入“绿色能源与节能环保”；其他领域以年度项目申报通知为准。",
    "\"Zhongguancun high-end fields\" follows definition 4: next-generation IT, medicine and health, intelligent manufacturing, new materials, new energy and the like. The list ends in 等 (open); new energy is counted under \"green energy and environmental protection\"; any other field counts if the year's notice names it.",
);

/// 第九条（二）1. defines 年营业收入 as "业务发生时点上一会计年度的企业营业收入,下同": the revenue of
/// the fiscal year before the insurance, lease or loan, which need not be the last fiscal year
/// before the application. It is asked as its own question, shared by 6.9–6.11 (下同).
pub const READING_6_REVENUE: T = t!(
    "“年营业收入”按第九条的定义理解为业务（保险、融资租赁或质押贷款）发生时点上一会计年度的营业收入，不一定是申报时的上一会计年度；第十条、第十一条同（“下同”）。",
    "\"Annual revenue\" is, as Art. 9 defines it, the revenue of the fiscal year before the business (the insurance, lease or pledge loan) took place, not necessarily the last fiscal year before the application; Arts. 10 and 11 use the same definition (\"下同\").",
);

const FIELD_NOTICE: T = t!(
    "高精尖产业领域可按照年度工作重点进行调整，详见年度项目申报通知（名词解释4）；申报时间以年度申报通知为准。",
    "The high-end fields may be adjusted each year; see the year's application notice (definition 4). Application windows are set by the notice.",
);

// ---- Facts only this 办法 needs -------------------------------------------------------------

pub static REGULATOR_APPROVED_IN_BEIJING: Fact = Fact {
    id: "regulator_approved_in_beijing",
    label: t!("经监管部门批准在北京市设立的金融服务机构", "financial service institution set up in Beijing with a regulator's approval"),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "申报机构是否为经金融监管部门批准（或依法登记）在北京市设立的总部或分支机构？",
        "Is the applicant a head office or branch set up in Beijing with the approval of (or registered with) a financial regulator?",
    ),
    help: t!(
        "6号第四条：金融服务机构是指经监管部门批准在北京市设立的总部或分支机构。在中国证券投资基金业协会登记的私募基金管理人按此理解为符合。",
        "Doc 6, Art. 4. A private fund manager registered with the Asset Management Association of China is read as qualifying.",
    ),
};

// 6.5

pub static ANNUAL_PAID_IN_TO_FUND: Fact = Fact {
    id: "annual_paid_in_to_fund",
    label: t!(
        "对基金年度实际出资到位金额",
        "capital actually paid into the fund this year"
    ),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "出资方本年度对基金实际出资到位的金额是多少（万元）？",
        "How much capital did the investor actually pay into the fund this year (万元)?",
    ),
    help: t!(
        "单位：万元。3亿元 = 30,000万元。",
        "In 万元 (10,000 CNY): 300 million CNY is 30,000."
    ),
};

pub static INVESTED_FUND_REGISTERED_IN_BEIJING: Fact = Fact {
    id: "invested_fund_registered_in_beijing",
    label: t!(
        "所出资基金在北京市注册",
        "the fund invested in is registered in Beijing"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "出资方所出资的基金是否在北京市注册？",
        "Is the fund the investor paid into registered in Beijing?"
    ),
    help: t!("", ""),
};

pub static INVESTED_FUND_TYPE: Fact = Fact {
    id: "invested_fund_type",
    label: t!("所出资基金的类型", "type of the fund invested in"),
    kind: Kind::Choice(&[
        Choice { id: "venture", label: t!("创投基金（在中国证券投资基金业协会备案为创业投资基金类别）", "venture fund (filed with AMAC as a venture capital fund)") },
        Choice { id: "secondary", label: t!("私募股权二级市场基金（S基金）", "private-equity secondary fund (S fund)") },
        Choice { id: "buyout", label: t!("并购基金", "buyout (M&A) fund") },
        Choice { id: "other", label: t!("其他类型", "another type") },
    ]),
    topic: Topic::Investment,
    question: t!("出资方所出资的基金属于哪一类？", "What type of fund did the investor pay into?"),
    help: t!(
        "名词解释：S基金是指参与已设立私募基金投资标的以及份额投资的基金；并购基金是指专注于对目标企业进行并购重组的股权投资基金。",
        "Definitions: an S fund invests in the holdings and shares of existing private funds; a buyout fund is an equity fund focused on mergers and acquisitions of target firms.",
    ),
};

pub static INVESTED_FUND_AMAC_FILED: Fact = Fact {
    id: "invested_fund_amac_filed",
    label: t!("所出资基金已在中国证券投资基金业协会备案", "the fund invested in is filed with AMAC"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "出资方所出资的基金是否已在中国证券投资基金业协会备案？",
        "Is the fund the investor paid into filed with the Asset Management Association of China (AMAC)?",
    ),
    help: t!("", ""),
};

pub static INVESTED_FUND_FOCUSES_ON_HIGH_END: Fact = Fact {
    id: "invested_fund_focuses_on_high_end_fields",
    label: t!("所出资基金聚焦高精尖产业领域投资", "the fund invested in focuses on high-end fields"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "出资方所出资的基金是否聚焦中关村示范区高精尖产业领域开展投资？",
        "Does the fund the investor paid into focus its investments on Zhongguancun's high-end (高精尖) fields?",
    ),
    help: t!(
        "高精尖产业领域：新一代信息技术、医药健康、智能制造、新材料、新能源等，以年度申报通知为准。",
        "High-end fields: next-generation IT, medicine and health, intelligent manufacturing, new materials, new energy and the like, as the year's notice sets them.",
    ),
};

pub static FUND_INVESTOR_YEARS_SUBSIDISED: Fact = Fact {
    id: "fund_investor_years_subsidised",
    label: t!("出资方已获周期性投资风险补贴的年数", "years the investor has already been subsidised under 6.5"),
    kind: Kind::Count,
    topic: Topic::Investment,
    question: t!(
        "该出资方此前已有几个年度获得过“支持长期资本参与科技创新投资”（6号第五条）补贴？",
        "In how many earlier years has this investor already received the doc 6 Art. 5 subsidy (long-term capital)?",
    ),
    help: t!("对同一基金出资方补贴不超过3年。从未获得填0。", "The same investor is subsidised for no more than 3 years. Enter 0 if never."),
};

// 6.6

pub static AMAC_REGISTERED_FUND_MANAGER: Fact = Fact {
    id: "amac_registered_fund_manager",
    label: t!("在中国证券投资基金业协会登记为私募基金管理人", "registered with AMAC as a private fund manager"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "投资机构是否已在中国证券投资基金业协会登记为私募基金管理人？",
        "Is the investment institution registered with the Asset Management Association of China as a private fund manager?",
    ),
    help: t!("", ""),
};

pub static INVESTING_FUND_AMAC_FILED: Fact = Fact {
    id: "investing_fund_amac_filed",
    label: t!("出资投资的基金已在中国证券投资基金业协会备案", "the investing fund is filed with AMAC"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "进行该笔首轮投资的基金是否已在中国证券投资基金业协会备案？",
        "Is the fund that made this first-round investment filed with the Asset Management Association of China?",
    ),
    help: t!("", ""),
};

pub static INVESTEE_FOUNDED_ON: Fact = Fact {
    id: "investee_founded_on",
    label: t!("被投资企业设立日期", "investee's date of incorporation"),
    kind: Kind::Date,
    topic: Topic::Investment,
    question: t!(
        "被投资企业的设立（注册成立）日期是？",
        "When was the investee company incorporated?"
    ),
    help: t!(
        "以被投资企业营业执照上的成立日期为准。",
        "As on the investee's business licence."
    ),
};

pub static FIRST_ROUND_INVESTMENT_DATE: Fact = Fact {
    id: "first_round_investment_date",
    label: t!("首轮投资日期", "date of the first-round investment"),
    kind: Kind::Date,
    topic: Topic::Investment,
    question: t!(
        "该笔首轮投资是哪天完成的？",
        "On what date was the first-round investment made?"
    ),
    help: t!(
        "以投资协议约定的出资实际到位日期为准。",
        "The date the money was actually paid in under the investment agreement."
    ),
};

pub static INVESTEE_IN_HIGH_END_FIELD: Fact = Fact {
    id: "investee_in_high_end_field",
    label: t!("被投资企业属于高精尖产业领域", "investee is in a high-end field"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "被投资企业是否符合中关村示范区高精尖产业领域？",
        "Is the investee in one of Zhongguancun's high-end (高精尖) fields?",
    ),
    help: t!(
        "新一代信息技术、医药健康、智能制造、新材料、新能源等，以年度申报通知为准。",
        "Next-generation IT, medicine and health, intelligent manufacturing, new materials, new energy and the like, as the year's notice sets them.",
    ),
};

pub static INVESTEE_OWNS_CORE_IP: Fact = Fact {
    id: "investee_owns_core_ip",
    label: t!(
        "被投资企业具有核心技术或自主知识产权",
        "investee owns core technology or its own IP"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "被投资企业是否具有核心技术或自主知识产权？",
        "Does the investee own core technology or its own intellectual property?",
    ),
    help: t!("", ""),
};

pub static IS_FIRST_ROUND_INVESTMENT: Fact = Fact {
    id: "is_first_round_investment",
    label: t!("为首轮投资", "a first-round investment"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "该笔投资是否为被投资企业的首轮（外部股权）投资？",
        "Is this investment the investee's first round of (outside equity) investment?",
    ),
    help: t!("", ""),
};

pub static FIRST_ROUND_INVESTMENT_AMOUNT: Fact = Fact {
    id: "first_round_investment_amount",
    label: t!(
        "首轮单笔实际投资额",
        "amount of the single first-round investment"
    ),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "该笔首轮投资的实际投资金额是多少（万元）？",
        "How much was actually invested in this first-round deal (万元)?",
    ),
    help: t!("单笔投资，单位：万元。", "One deal, in 万元."),
};

pub static STAKE_AFTER_FIRST_ROUND: Fact = Fact {
    id: "stake_after_first_round_investment",
    label: t!("投资后所占股权比例", "stake held after the investment"),
    kind: Kind::Percent,
    topic: Topic::Investment,
    question: t!(
        "投资机构投资后在被投资企业所占股权比例是多少（%）？",
        "What share of the investee does the investment institution hold after the investment (%)?",
    ),
    help: t!("", ""),
};

pub static INVESTEE_SUPPORTED_VIA_OTHER_FUND: Fact = Fact {
    id: "investee_supported_via_other_fund_of_same_manager",
    label: t!("同一管理机构的其他基金投资该企业已获支持", "another fund of the same manager was already supported for this investee"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "该投资机构管理的其他基金投资同一被投资企业，是否已获得过本项（6号第六条）支持？",
        "Has another fund managed by the same institution already received doc 6 Art. 6 support for investing in the same company?",
    ),
    help: t!(
        "对同一投资机构管理的多只基金投资同一企业的不重复支持。",
        "Several funds of one manager investing in the same company are supported only once.",
    ),
};

// 6.7

pub static TRANSFER_ON_BEIJING_PLATFORM: Fact = Fact {
    id: "fund_share_transfer_on_beijing_equity_exchange",
    label: t!("在北京股权交易中心基金份额转让平台转让", "transferred on the Beijing Equity Exchange fund-share platform"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "基金份额是否在北京股权交易中心基金份额转让平台完成转让？",
        "Were the fund shares transferred on the Beijing Equity Exchange's fund-share transfer platform?",
    ),
    help: t!("", ""),
};

pub static TRANSFERRED_FUND_REGISTERED_IN_BEIJING: Fact = Fact {
    id: "transferred_fund_registered_in_beijing",
    label: t!(
        "所转让份额的基金在北京市注册",
        "the fund whose shares are transferred is registered in Beijing"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "所转让份额对应的私募股权投资基金是否在北京市注册？",
        "Is the private-equity fund whose shares were transferred registered in Beijing?",
    ),
    help: t!("", ""),
};

pub static TRANSFERRED_FUND_FOCUSES_ON_HIGH_END: Fact = Fact {
    id: "transferred_fund_focuses_on_high_end_fields",
    label: t!("所转让份额的基金聚焦高精尖产业领域投资", "the transferred fund focuses on high-end fields"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "所转让份额对应的基金是否聚焦中关村示范区高精尖产业领域开展投资？",
        "Does the fund whose shares were transferred focus its investments on Zhongguancun's high-end (高精尖) fields?",
    ),
    help: t!("", ""),
};

pub static TRANSFEROR_IS_GOVERNMENT_FUND_NOMINEE: Fact = Fact {
    id: "transferor_is_government_fund_nominee_or_manager",
    label: t!(
        "转让方为政府投资基金代持机构或管理机构",
        "transferor is a nominee or manager of a government investment fund"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "转让方是否为政府投资基金的代持机构或管理机构？",
        "Is the transferor a nominee holder or the manager of a government investment fund?",
    ),
    help: t!(
        "个人、政府投资基金代持机构或管理机构不享受此项补贴。",
        "Individuals and nominees or managers of government investment funds are excluded."
    ),
};

pub static TRANSFERRED_SHARE_APPRAISED_VALUE: Fact = Fact {
    id: "transferred_fund_share_appraised_value",
    label: t!(
        "所转让基金份额的评估价值",
        "appraised value of the fund shares transferred"
    ),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "转让的基金份额经评估的价值是多少（万元）？",
        "What is the appraised value of the fund shares transferred (万元)?",
    ),
    help: t!("", ""),
};

pub static FUND_SHARE_TRANSFER_FEES: Fact = Fact {
    id: "fund_share_transfer_fees",
    label: t!("基金份额转让过程中产生的费用", "costs of the fund-share transfer"),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "转让过程中转让方实际产生的交易费用和中介服务机构费用合计多少（万元）？",
        "How much did the transferor actually pay in trading fees and intermediary fees for the transfer (万元)?",
    ),
    help: t!(
        "交易费用：挂牌费、转让服务费、资金结算费等；中介服务机构费用：评估估值、审计、法律服务等费用（名词解释5、6）。",
        "Trading fees: listing, transfer-service and settlement fees; intermediary fees: valuation, audit and legal fees (definitions 5 and 6).",
    ),
};

// 6.8

pub static CHUANGXINRONG_PARTNER: Fact = Fact {
    id: "chuangxinrong_partner_guarantor",
    label: t!("“创信融”试点合作担保机构", "a 'Chuangxinrong' pilot partner guarantor"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "担保机构是否已通过中国人民银行营业管理部认定为“创信融”试点合作机构？",
        "Has the guarantor been recognised by the PBoC Business Management Department as a 'Chuangxinrong' (创信融) pilot partner?",
    ),
    help: t!("", ""),
};

pub static FIRST_CREDIT_GUARANTEE: Fact = Fact {
    id: "first_credit_guarantee_without_counter_guarantee",
    label: t!("提供首次信用担保贷款且无任何反担保措施", "first credit-guaranteed loan with no counter-guarantee"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "申请补偿的贷款是否为担保机构为企业提供的首次信用担保贷款，且无任何反担保措施？",
        "Are the loans claimed for first credit-guaranteed loans to the firms, with no counter-guarantee of any kind?",
    ),
    help: t!("", ""),
};

pub static GUARANTEED_LOAN_AMOUNT: Fact = Fact {
    id: "first_credit_guaranteed_loan_amount",
    label: t!("首次信用担保贷款额度", "amount of the first credit-guaranteed loan"),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "申请补偿的首次信用担保贷款额度是多少（万元）？多笔的填最小一笔。",
        "What is the amount of the first credit-guaranteed loan claimed (万元)? If several, enter the smallest.",
    ),
    help: t!("每笔担保贷款额度应在100万元（含）以上。", "Each guaranteed loan must be 100 万元 or more."),
};

pub static GUARANTEED_FIRM_SMALL_OR_MICRO: Fact = Fact {
    id: "guaranteed_firm_small_or_micro",
    label: t!("被担保企业为小型或微型企业", "the guaranteed firm is small or micro"),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "被担保企业是否符合《中小企业划型标准规定》（工信部联企业〔2011〕300号）小型企业或微型企业划型标准？",
        "Is the guaranteed firm small or micro under the SME classification rules (工信部联企业〔2011〕300号)?",
    ),
    help: t!("", ""),
};

pub static GUARANTEED_FIRM_IN_HIGH_END_FIELD: Fact = Fact {
    id: "guaranteed_firm_in_high_end_field",
    label: t!(
        "被担保企业属于高精尖产业领域",
        "the guaranteed firm is in a high-end field"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "被担保企业是否符合中关村示范区高精尖产业领域？",
        "Is the guaranteed firm in one of Zhongguancun's high-end (高精尖) fields?",
    ),
    help: t!("", ""),
};

pub static GUARANTEED_FIRM_OWNS_CORE_IP: Fact = Fact {
    id: "guaranteed_firm_owns_core_ip",
    label: t!(
        "被担保企业具有核心技术或自主知识产权",
        "the guaranteed firm owns core technology or its own IP"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "被担保企业是否具有核心技术或自主知识产权？",
        "Does the guaranteed firm own core technology or its own intellectual property?",
    ),
    help: t!("", ""),
};

pub static GUARANTEE_COMPENSATION_PAID: Fact = Fact {
    id: "guarantee_compensation_paid",
    label: t!("合作担保机构代偿金额", "compensation paid by the guarantor"),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "申请补偿时，担保机构就上述首次信用担保贷款已发生的代偿金额是多少（万元）？",
        "How much has the guarantor paid out on defaulted first credit-guaranteed loans so far (万元)?",
    ),
    help: t!("", ""),
};

pub static GUARANTEE_COMPENSATION_RATE: Fact = Fact {
    id: "guarantee_compensation_rate",
    label: t!("担保机构代偿率", "guarantor's default (compensation) rate"),
    kind: Kind::Percent,
    topic: Topic::Investment,
    question: t!(
        "担保机构当前的代偿率是多少（%）？",
        "What is the guarantor's current compensation rate (%)?"
    ),
    help: t!("", ""),
};

pub static GUARANTEE_COMPENSATION_RATE_CAP: Fact = Fact {
    id: "guarantee_compensation_rate_cap",
    label: t!(
        "担保机构设定的代偿率上限",
        "compensation-rate ceiling the guarantor set"
    ),
    kind: Kind::Percent,
    topic: Topic::Investment,
    question: t!(
        "担保机构设定的代偿率上限是多少（%）？",
        "What compensation-rate ceiling has the guarantor set (%)?"
    ),
    help: t!("", ""),
};

// 6.9–6.11

pub static REVENUE_YEAR_BEFORE_BUSINESS: Fact = Fact {
    id: "revenue_year_before_business",
    label: t!("业务发生时点上一会计年度营业收入", "revenue in the fiscal year before the business"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "企业在业务（科技保险、融资租赁或知识产权质押贷款）发生时点的上一会计年度营业收入是多少（万元）？",
        "What was the company's revenue in the fiscal year before the business (tech insurance, finance lease or IP-pledge loan) took place (万元)?",
    ),
    help: t!(
        "6号第九条：年营业收入指业务发生时点上一会计年度的企业营业收入。2亿元 = 20,000万元。",
        "Doc 6, Art. 9: annual revenue is that of the fiscal year before the business took place. 200 million CNY is 20,000 万元.",
    ),
};

// 6.9

pub static TECH_INSURANCE_PRODUCT_LISTED: Fact = Fact {
    id: "tech_insurance_product_listed",
    label: t!("科技保险产品在年度名单内且现行有效", "the tech-insurance product is on the year's list and in force"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "所投保的科技保险产品是否经保险监管部门批准或备案、现行有效，并列入年度申报通知的科技保险产品名单？",
        "Is the tech-insurance product approved by or filed with the insurance regulator, in force, and on the product list of the year's notice?",
    ),
    help: t!("包括融资类保险、研发类保险、产品类保险。", "Financing, R&D and product insurance."),
};

pub static TECH_INSURANCE_COVERED_AMOUNT: Fact = Fact {
    id: "tech_insurance_loan_or_insured_amount",
    label: t!(
        "通过科技保险获得贷款或投保金额",
        "loan obtained or sum insured through tech insurance"
    ),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "企业通过科技保险获得的贷款金额或投保金额是多少（万元）？",
        "How much did the company borrow, or insure, through the tech insurance (万元)?",
    ),
    help: t!("", ""),
};

pub static TECH_INSURANCE_PREMIUM: Fact = Fact {
    id: "tech_insurance_premium_paid",
    label: t!("科技保险实际保费", "tech-insurance premium actually paid"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "企业本年度实际支付的科技保险保费是多少（万元）？",
        "How much tech-insurance premium did the company actually pay this year (万元)?"
    ),
    help: t!("", ""),
};

// 6.10

pub static LEASED_ASSET_FOR_PLATFORM_OR_RD: Fact = Fact {
    id: "leased_asset_for_common_platform_or_rd",
    label: t!("租赁标的物为搭建共性技术平台或科技研发服务所需的新技术、新产品", "the leased asset is new technology or products for a common technology platform or R&D services"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "融资租赁标的物是否为搭建共性技术平台或科技研发服务所需的新技术、新产品？",
        "Is the leased asset a new technology or product needed to build a common technology platform or provide R&D services?",
    ),
    help: t!("", ""),
};

pub static LEASE_FINANCING_COSTS: Fact = Fact {
    id: "lease_financing_costs",
    label: t!("融资租赁融资费用（租息和手续费）", "finance-lease costs (lease interest and fees)"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "企业本年度为该笔融资租赁实际支付的融资费用（租息和手续费）是多少（万元）？",
        "How much did the company actually pay this year in financing costs (lease interest and fees) on the lease (万元)?",
    ),
    help: t!("", ""),
};

pub static LEASE_YEARS_SUBSIDISED: Fact = Fact {
    id: "lease_years_subsidised",
    label: t!(
        "同一笔融资租赁业务已获补贴的年数",
        "years this lease has already been subsidised"
    ),
    kind: Kind::Count,
    topic: Topic::Finance,
    question: t!(
        "同一笔融资租赁业务此前已有几个年度获得过本项（6号第十条）补贴？",
        "In how many earlier years has this same lease already received the doc 6 Art. 10 subsidy?",
    ),
    help: t!(
        "对企业同一笔融资租赁业务补贴不超过3年。从未获得填0。",
        "One lease is subsidised for no more than 3 years. Enter 0 if never."
    ),
};

// 6.11 interest subsidy

pub static IP_PLEDGE_LOAN_RATE: Fact = Fact {
    id: "ip_pledge_loan_rate",
    label: t!(
        "知识产权质押贷款年利率",
        "annual interest rate of the IP-pledge loan"
    ),
    kind: Kind::Percent,
    topic: Topic::Finance,
    question: t!(
        "知识产权质押贷款的年利率是多少（%）？",
        "What is the IP-pledge loan's annual interest rate (%)?"
    ),
    help: t!("", ""),
};

pub static IP_PLEDGE_LOAN_LPR: Fact = Fact {
    id: "ip_pledge_loan_lpr_1y",
    label: t!(
        "同期一年期贷款市场报价利率（LPR）",
        "one-year loan prime rate (LPR) at the time"
    ),
    kind: Kind::Percent,
    topic: Topic::Finance,
    question: t!(
        "贷款发放时同期银行一年期贷款市场报价利率（LPR）是多少（%）？",
        "What was the one-year loan prime rate (LPR) when the loan was made (%)?",
    ),
    help: t!("", ""),
};

pub static FIRST_IP_PLEDGE_LOAN: Fact = Fact {
    id: "first_ip_pledge_loan",
    label: t!(
        "企业首次获得知识产权质押贷款",
        "the company's first IP-pledge loan"
    ),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "该笔贷款是否为企业首次获得的知识产权质押贷款？",
        "Is this the company's first IP-pledge loan?"
    ),
    help: t!(
        "首次获得的，对贷款利率上浮幅度不做限制。",
        "A first loan has no limit on the rate markup."
    ),
};

pub static IP_PLEDGE_LOAN_TERM_MONTHS: Fact = Fact {
    id: "ip_pledge_loan_term_months",
    label: t!(
        "知识产权质押贷款期限（月）",
        "term of the IP-pledge loan (months)"
    ),
    kind: Kind::Count,
    topic: Topic::Finance,
    question: t!(
        "知识产权质押贷款的期限是几个月？",
        "What is the IP-pledge loan's term, in months?"
    ),
    help: t!(
        "两年期及以上（24个月及以上）的中长期贷款，对贷款利率上浮幅度不做限制。",
        "A loan of two years (24 months) or more has no limit on the rate markup."
    ),
};

pub static IP_PLEDGE_LOAN_INTEREST_PAID: Fact = Fact {
    id: "ip_pledge_loan_interest_paid",
    label: t!(
        "知识产权质押贷款实际利息",
        "interest actually paid on the IP-pledge loan"
    ),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "企业本年度为知识产权质押贷款实际支付的利息是多少（万元）？",
        "How much interest did the company actually pay on the IP-pledge loan this year (万元)?",
    ),
    help: t!("", ""),
};

// 6.11 risk compensation

pub static IP_BORROWER_REVENUE: Fact = Fact {
    id: "ip_borrower_revenue_year_before_loan",
    label: t!("借款企业贷款发放时点上一会计年度营业收入", "borrower's revenue in the fiscal year before the loan"),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "发生不良的知识产权质押贷款的借款企业，在贷款发放时点上一会计年度的营业收入是多少（万元）？",
        "What was the defaulting IP-pledge borrower's revenue in the fiscal year before the loan was made (万元)?",
    ),
    help: t!("", ""),
};

pub static IP_BORROWER_IN_HIGH_END_FIELD: Fact = Fact {
    id: "ip_borrower_in_high_end_field",
    label: t!(
        "借款企业属于高精尖产业领域",
        "the borrower is in a high-end field"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "借款企业是否符合中关村示范区高精尖产业领域？",
        "Is the borrower in one of Zhongguancun's high-end (高精尖) fields?",
    ),
    help: t!("", ""),
};

pub static IP_BORROWER_OWNS_CORE_IP: Fact = Fact {
    id: "ip_borrower_owns_core_ip",
    label: t!(
        "借款企业具有核心技术或自主知识产权",
        "the borrower owns core technology or its own IP"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "借款企业是否具有核心技术或自主知识产权？",
        "Does the borrower own core technology or its own intellectual property?",
    ),
    help: t!("", ""),
};

pub static IP_NPL_RATE_CAP_SET: Fact = Fact {
    id: "ip_pledge_npl_rate_cap_set",
    label: t!(
        "已设定知识产权质押融资不良率上限",
        "has set a ceiling on its IP-pledge NPL ratio"
    ),
    kind: Kind::Bool,
    topic: Topic::Investment,
    question: t!(
        "机构是否已根据自身情况设定知识产权质押融资不良率上限？",
        "Has the institution set a ceiling on its IP-pledge non-performing-loan ratio?",
    ),
    help: t!("", ""),
};

pub static IP_NPL_RATE: Fact = Fact {
    id: "ip_pledge_npl_rate",
    label: t!(
        "机构知识产权质押融资不良率",
        "institution's IP-pledge NPL ratio"
    ),
    kind: Kind::Percent,
    topic: Topic::Investment,
    question: t!(
        "机构当前的知识产权质押融资不良率是多少（%）？",
        "What is the institution's current IP-pledge non-performing-loan ratio (%)?"
    ),
    help: t!("", ""),
};

pub static IP_NPL_RATE_CAP: Fact = Fact {
    id: "ip_pledge_npl_rate_cap",
    label: t!(
        "机构设定的知识产权质押融资不良率上限",
        "NPL-ratio ceiling the institution set"
    ),
    kind: Kind::Percent,
    topic: Topic::Investment,
    question: t!(
        "机构设定的知识产权质押融资不良率上限是多少（%）？",
        "What IP-pledge NPL-ratio ceiling has the institution set (%)?"
    ),
    help: t!("", ""),
};

pub static IP_NPL_PRINCIPAL_RISK_SHARE: Fact = Fact {
    id: "ip_pledge_npl_principal_risk_share",
    label: t!("不良贷款本金中本机构承担风险部分", "the institution's share of the defaulted principal"),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "发生不良的知识产权质押贷款本金中，由本机构承担风险的部分是多少（万元）？",
        "Of the defaulted IP-pledge loan's principal, how much is the institution's own risk share (万元)?",
    ),
    help: t!(
        "银行、担保、保险、知识产权专业机构单独或组合提供贷款的，按各自承担风险部分分别计算。",
        "Where banks, guarantors, insurers and IP institutions share a loan, each counts its own share.",
    ),
};

pub static IP_RISK_COMPENSATION_RECEIVED_FOR_FIRM: Fact = Fact {
    id: "ip_risk_compensation_received_for_firm",
    label: t!("涉及该企业已获风险补偿累计金额", "risk compensation already paid concerning this borrower"),
    kind: Kind::Amount,
    topic: Topic::Investment,
    question: t!(
        "涉及该借款企业的知识产权质押贷款，此前已累计获得多少风险补偿资金（万元）？",
        "How much risk compensation has already been paid, in total, for IP-pledge loans to this borrower (万元)?",
    ),
    help: t!("涉及单家企业的风险补偿资金累计不超过1000万元。从未获得填0。", "Compensation concerning one firm is at most 1,000 万元 in total. Enter 0 if none."),
};

// 6.12

pub static NEEQ_LISTING: Fact = Fact {
    id: "neeq_listing_approval",
    label: t!(
        "获准在全国中小企业股份转让系统挂牌的层级",
        "NEEQ (新三板) listing approved, by layer"
    ),
    kind: Kind::Choice(&[
        Choice {
            id: "basic",
            label: t!("获准在基础层挂牌", "approved to list on the basic layer"),
        },
        Choice {
            id: "moved_up_to_innovation",
            label: t!(
                "获准调层后进入创新层",
                "approved to move up into the innovation layer"
            ),
        },
        Choice {
            id: "innovation_direct",
            label: t!(
                "获准直接进入创新层挂牌",
                "approved to list directly on the innovation layer"
            ),
        },
        Choice {
            id: "none",
            label: t!("未获准在新三板挂牌", "no NEEQ approval"),
        },
    ]),
    topic: Topic::Finance,
    question: t!(
        "企业取得全国中小企业股份转让系统同意挂牌的函，获准进入哪一层？",
        "Has the company received the NEEQ's letter approving its listing, and for which layer?",
    ),
    help: t!("", ""),
};

pub static BEIJING_EQUITY_EXCHANGE_LISTING: Fact = Fact {
    id: "beijing_equity_exchange_listing_approved",
    label: t!("获准在北京区域性股权市场挂牌", "approved to list on the Beijing regional equity market"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "企业是否取得北京股权交易中心有限公司出具的同意进入北京区域性股权市场挂牌的函？",
        "Has the company received the Beijing Equity Exchange's letter approving its listing on the Beijing regional equity market?",
    ),
    help: t!("", ""),
};

// 6.13

pub static PLATFORM_SET_UP_BY_EXCHANGE: Fact = Fact {
    id: "platform_set_up_by_domestic_exchange",
    label: t!("平台（基地）由境内证券交易机构等设立", "platform set up by a domestic securities exchange or the like"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "多层次资本市场服务平台（基地）是否由境内证券交易机构等设立？",
        "Was the multi-tier capital-market service platform (base) set up by a domestic securities exchange or similar institution?",
    ),
    help: t!("", ""),
};

pub static PLATFORM_FIXED_PREMISES_IN_BEIJING: Fact = Fact {
    id: "platform_fixed_premises_in_beijing",
    label: t!("在北京有固定的经营服务场所", "fixed premises in Beijing"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台（基地）在北京是否有固定的经营服务场所？",
        "Does the platform (base) have fixed premises in Beijing?"
    ),
    help: t!("", ""),
};

pub static PLATFORM_OPERATING_SINCE: Fact = Fact {
    id: "platform_operating_since",
    label: t!(
        "平台（基地）开始运营日期",
        "date the platform started operating"
    ),
    kind: Kind::Date,
    topic: Topic::Services,
    question: t!(
        "平台（基地）从哪天开始持续运营？",
        "Since what date has the platform (base) operated continuously?"
    ),
    help: t!("", ""),
};

pub static PLATFORM_FINANCING_SERVED: Fact = Fact {
    id: "platform_financing_served",
    label: t!("服务企业年度挂牌或上市融资、发债实际金额", "listing/IPO financing and bonds raised by the firms served this year"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "平台（基地）服务的企业年度挂牌或上市融资、发债的实际金额合计是多少（万元）？",
        "How much did the firms the platform served actually raise in the year through listings, IPOs and bonds (万元)?",
    ),
    help: t!("单位：万元。50亿元 = 500,000万元。", "In 万元: 5 billion CNY is 500,000."),
};

pub static IS_BEIJING_EQUITY_EXCHANGE: Fact = Fact {
    id: "is_beijing_equity_exchange",
    label: t!("申报单位为北京股权交易中心", "the applicant is the Beijing Equity Exchange"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "申报单位是否为北京区域性股权市场运营机构（北京股权交易中心）？",
        "Is the applicant the operator of the Beijing regional equity market (the Beijing Equity Exchange)?",
    ),
    help: t!("", ""),
};

// 6.14

pub static ACQUIRER_LISTED_OR_ON_NEEQ: Fact = Fact {
    id: "acquirer_listed_or_on_neeq",
    label: t!("并购方在境内外上市或在新三板挂牌", "the acquirer is listed (in China or abroad) or on the NEEQ"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "企业（并购方）是否已在境内外上市，或在全国中小企业股份转让系统挂牌？",
        "Is the company (the acquirer) listed on a stock exchange in China or abroad, or quoted on the NEEQ?",
    ),
    help: t!("", ""),
};

pub static TARGET_IN_HIGH_END_FIELD: Fact = Fact {
    id: "acquisition_target_in_high_end_field",
    label: t!(
        "被并购方属于高精尖产业领域",
        "the target is in a high-end field"
    ),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "被并购企业是否符合中关村示范区高精尖产业领域？",
        "Is the acquired company in one of Zhongguancun's high-end (高精尖) fields?",
    ),
    help: t!("", ""),
};

pub static TARGET_OWNS_CORE_IP: Fact = Fact {
    id: "acquisition_target_owns_core_ip",
    label: t!(
        "被并购方具有核心技术或自主知识产权",
        "the target owns core technology or its own IP"
    ),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "被并购企业是否具有核心技术或自主知识产权？",
        "Does the acquired company own core technology or its own intellectual property?",
    ),
    help: t!("", ""),
};

pub static ACQUISITION_FIRST_CONTROL: Fact = Fact {
    id: "acquisition_first_control",
    label: t!("通过本次并购首次取得绝对控股权", "this deal first gives the acquirer absolute control"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "本次并购前，企业是否尚未取得被并购企业的绝对控股权（即本次为首次取得）？",
        "Before this deal, did the company not yet hold absolute control of the target (so this deal gives it control for the first time)?",
    ),
    help: t!("", ""),
};

pub static STAKE_IN_TARGET_AFTER_ACQUISITION: Fact = Fact {
    id: "stake_in_target_after_acquisition",
    label: t!(
        "并购后持有被并购企业股权比例",
        "stake in the target after the deal"
    ),
    kind: Kind::Percent,
    topic: Topic::Finance,
    question: t!(
        "本次并购完成后，企业持有被并购企业的股权比例是多少（%）？",
        "What share of the target does the company hold after the deal (%)?"
    ),
    help: t!(
        "绝对控股权：股权占比超过50%。",
        "Absolute control: more than 50%."
    ),
};

pub static ACQUISITION_DEAL_VALUE: Fact = Fact {
    id: "acquisition_deal_value",
    label: t!("并购交易额", "deal value of the acquisition"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "本次并购的交易额是多少（万元）？",
        "What is the deal value of the acquisition (万元)?"
    ),
    help: t!("", ""),
};

pub static ACQUISITION_BRINGS_CORE_TECHNOLOGY: Fact = Fact {
    id: "acquisition_brings_key_core_technology",
    label: t!(
        "通过本次并购取得关键核心技术",
        "the deal brings key core technology"
    ),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "企业是否通过本次并购取得了关键核心技术？",
        "Does the company acquire key core technology through this deal?",
    ),
    help: t!("", ""),
};

/// This 办法's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &REGULATOR_APPROVED_IN_BEIJING,
    // 6.5
    &ANNUAL_PAID_IN_TO_FUND,
    &INVESTED_FUND_REGISTERED_IN_BEIJING,
    &INVESTED_FUND_TYPE,
    &INVESTED_FUND_AMAC_FILED,
    &INVESTED_FUND_FOCUSES_ON_HIGH_END,
    &FUND_INVESTOR_YEARS_SUBSIDISED,
    // 6.6
    &AMAC_REGISTERED_FUND_MANAGER,
    &INVESTING_FUND_AMAC_FILED,
    &IS_FIRST_ROUND_INVESTMENT,
    &FIRST_ROUND_INVESTMENT_AMOUNT,
    &FIRST_ROUND_INVESTMENT_DATE,
    &STAKE_AFTER_FIRST_ROUND,
    &INVESTEE_FOUNDED_ON,
    &INVESTEE_IN_HIGH_END_FIELD,
    &INVESTEE_OWNS_CORE_IP,
    &INVESTEE_SUPPORTED_VIA_OTHER_FUND,
    // 6.7
    &TRANSFER_ON_BEIJING_PLATFORM,
    &TRANSFERRED_FUND_REGISTERED_IN_BEIJING,
    &TRANSFERRED_FUND_FOCUSES_ON_HIGH_END,
    &TRANSFEROR_IS_GOVERNMENT_FUND_NOMINEE,
    &TRANSFERRED_SHARE_APPRAISED_VALUE,
    &FUND_SHARE_TRANSFER_FEES,
    // 6.8
    &CHUANGXINRONG_PARTNER,
    &FIRST_CREDIT_GUARANTEE,
    &GUARANTEED_LOAN_AMOUNT,
    &GUARANTEED_FIRM_SMALL_OR_MICRO,
    &GUARANTEED_FIRM_IN_HIGH_END_FIELD,
    &GUARANTEED_FIRM_OWNS_CORE_IP,
    &GUARANTEE_COMPENSATION_PAID,
    &GUARANTEE_COMPENSATION_RATE,
    &GUARANTEE_COMPENSATION_RATE_CAP,
    // 6.9–6.11
    &REVENUE_YEAR_BEFORE_BUSINESS,
    // 6.9
    &TECH_INSURANCE_PRODUCT_LISTED,
    &TECH_INSURANCE_COVERED_AMOUNT,
    &TECH_INSURANCE_PREMIUM,
    // 6.10
    &LEASED_ASSET_FOR_PLATFORM_OR_RD,
    &LEASE_FINANCING_COSTS,
    &LEASE_YEARS_SUBSIDISED,
    // 6.11
    &IP_PLEDGE_LOAN_RATE,
    &IP_PLEDGE_LOAN_LPR,
    &FIRST_IP_PLEDGE_LOAN,
    &IP_PLEDGE_LOAN_TERM_MONTHS,
    &IP_PLEDGE_LOAN_INTEREST_PAID,
    &IP_BORROWER_REVENUE,
    &IP_BORROWER_IN_HIGH_END_FIELD,
    &IP_BORROWER_OWNS_CORE_IP,
    &IP_NPL_RATE_CAP_SET,
    &IP_NPL_RATE,
    &IP_NPL_RATE_CAP,
    &IP_NPL_PRINCIPAL_RISK_SHARE,
    &IP_RISK_COMPENSATION_RECEIVED_FOR_FIRM,
    // 6.12
    &NEEQ_LISTING,
    &BEIJING_EQUITY_EXCHANGE_LISTING,
    // 6.13
    &PLATFORM_SET_UP_BY_EXCHANGE,
    &PLATFORM_FIXED_PREMISES_IN_BEIJING,
    &PLATFORM_OPERATING_SINCE,
    &PLATFORM_FINANCING_SERVED,
    &IS_BEIJING_EQUITY_EXCHANGE,
    // 6.14
    &ACQUIRER_LISTED_OR_ON_NEEQ,
    &TARGET_IN_HIGH_END_FIELD,
    &TARGET_OWNS_CORE_IP,
    &ACQUISITION_FIRST_CONTROL,
    &STAKE_IN_TARGET_AFTER_ACQUISITION,
    &ACQUISITION_DEAL_VALUE,
    &ACQUISITION_BRINGS_CORE_TECHNOLOGY,
];

/// This 办法's measures, in article order.
pub static MEASURES: &[&Measure] = &[
    &M6_5, &M6_6, &M6_7, &M6_8, &M6_9, &M6_10, &M6_11, &M6_12, &M6_13, &M6_14,
];

// =================================================================================================
// 第五条 支持长期资本参与科技创新投资。
// =================================================================================================

const A5: T = t!("6号 第五条", "Doc 6, Art. 5");

/// "对同一基金出资方补贴不超过3年": read as at most 3 years of subsidy in all for one investor,
/// whichever funds it paid into ("同一基金出资方" names the investor, not the pair investor–fund),
/// this year included, so an investor already subsidised in 3 years gets no more.
pub const READING_6_5_THREE_YEARS: T = t!(
    "“对同一基金出资方补贴不超过3年”理解为：同一出资方（不论出资于哪只基金）累计获补贴的年度连同本年度不超过3个，已获3个年度补贴的不再支持。",
    "\"The same fund investor is subsidised for no more than 3 years\" is read as: one investor (whatever fund it paid into) is subsidised in at most 3 years in all, this year included; an investor already subsidised in 3 years gets no more.",
);

/// 实际出资额在3亿元至5亿元(含)的,给予不超过500万元……5亿元至10亿元(含)的,给予不超过800万元……
/// 10亿元以上的,给予不超过1000万元。The lowest tier starts at the condition's "3 亿元(含)以上"; 5亿
/// and 10亿 belong to the tier that marks them (含), so "10亿元以上" starts strictly above 10亿.
static TIERS_6_5: &[Tier] = &[
    Tier {
        from: incl(dec!(30000)),
        to: incl(dec!(50000)),
        cap: dec!(500),
        label: t!(
            "实际出资额在3亿元至5亿元(含)",
            "paid in from 300 million to 500 million CNY (inclusive)"
        ),
    },
    Tier {
        from: excl(dec!(50000)),
        to: incl(dec!(100000)),
        cap: dec!(800),
        label: t!(
            "实际出资额在5亿元至10亿元(含)",
            "paid in above 500 million to 1 billion CNY (inclusive)"
        ),
    },
    Tier {
        from: excl(dec!(100000)),
        to: None,
        cap: dec!(1000),
        label: t!("实际出资额在10亿元以上", "paid in above 1 billion CNY"),
    },
];

pub static M6_5: Measure = Measure {
    id: "6.5",
    doc: &DOC,
    article: A5,
    title: t!("支持长期资本参与科技创新投资", "Long-term capital in technology investment"),
    content: t!(
        "引导社保基金、保险资金和银行理财资金等长期资本加大对创投基金、私募股权二级市场基金(即 S 基金)、并购基金的出资力度,对基金投资效果较好的,分档给予出资方周期性投资风险补贴支持。",
        "Encourages social-security funds, insurance funds, bank wealth-management funds and other long-term capital to put more into venture funds, private-equity secondary funds (S funds) and buyout funds; where a fund invests well, the investor receives a periodic investment-risk subsidy in tiers.",
    ),
    conditions_text: t!(
        "1. 基金应在北京市注册,基金类型应符合创投基金、私募股权二级市场基金(即 S 基金)、并购基金定位,并在中国证券投资基金业协会备案。\n2. 基金应聚焦中关村示范区高精尖产业领域开展投资,且投资效果较好。\n3. 社保基金、保险资金和银行理财资金等出资方应在北京市注册,且对基金年度实际出资到位金额在 3 亿元(含)以上。",
        "1. The fund must be registered in Beijing, be a venture fund, a private-equity secondary fund (S fund) or a buyout fund, and be filed with the Asset Management Association of China.\n2. The fund must focus its investments on Zhongguancun's high-end fields, and invest well.\n3. The social-security, insurance, bank wealth-management or other investor must be registered in Beijing and have actually paid 300 million CNY (3亿元, inclusive) or more into the fund in the year.",
    ),
    amount_text: t!(
        "采取后补助支持方式。按照年度出资额度分档给予支持,其中,实际出资额在3亿元至5亿元(含)的,给予不超过500万元资金支持;实际出资额在5亿元至10亿元(含)的,给予不超过800万元资金支持;实际出资额在10亿元以上的,给予不超过1000万元资金支持。对同一基金出资方补贴不超过3年。",
        "Post-subsidy, in tiers by the year's paid-in capital: from 300 million to 500 million CNY (inclusive), up to 5 million CNY (500 万元); from 500 million to 1 billion CNY (inclusive), up to 800 万元; above 1 billion CNY, up to 1,000 万元. The same fund investor is subsidised for no more than 3 years.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["fund_investor"],
    routes: &[Route {
        id: "",
        title: t!("基金出资方周期性投资风险补贴", "Periodic investment-risk subsidy for the fund investor"),
        conditions: Condition::All(&[
            // 1. 基金应在北京市注册,
            hard(
                t!("6号 第五条（二）1.", "Doc 6, Art. 5(2)1"),
                t!("基金应在北京市注册", "the fund must be registered in Beijing"),
                Test::Yes(&INVESTED_FUND_REGISTERED_IN_BEIJING),
            ),
            // 基金类型应符合创投基金、私募股权二级市场基金(即 S 基金)、并购基金定位,
            hard(
                t!("6号 第五条（二）1.", "Doc 6, Art. 5(2)1"),
                t!(
                    "基金类型应符合创投基金、私募股权二级市场基金(即 S 基金)、并购基金定位",
                    "the fund must be a venture fund, a private-equity secondary fund (S fund) or a buyout fund",
                ),
                Test::OneOf(&INVESTED_FUND_TYPE, &["venture", "secondary", "buyout"]),
            ),
            // 并在中国证券投资基金业协会备案。
            hard(
                t!("6号 第五条（二）1.", "Doc 6, Art. 5(2)1"),
                t!("并在中国证券投资基金业协会备案", "and be filed with the Asset Management Association of China"),
                Test::Yes(&INVESTED_FUND_AMAC_FILED),
            ),
            // 2. 基金应聚焦中关村示范区高精尖产业领域开展投资,
            attested(
                t!("6号 第五条（二）2.", "Doc 6, Art. 5(2)2"),
                t!("基金应聚焦中关村示范区高精尖产业领域开展投资", "the fund must focus its investments on Zhongguancun's high-end fields"),
                Test::Yes(&INVESTED_FUND_FOCUSES_ON_HIGH_END),
            )
            .read_as(READING_6_FIELDS),
            // 且投资效果较好。（支持内容：对基金投资效果较好的,分档给予……）
            judgement(
                t!("6号 第五条（二）2.", "Doc 6, Art. 5(2)2"),
                t!("且投资效果较好", "and invest well"),
            ),
            // 3. 社保基金、保险资金和银行理财资金等出资方应在北京市注册,
            hard(
                t!("6号 第五条（二）3.", "Doc 6, Art. 5(2)3"),
                t!(
                    "社保基金、保险资金和银行理财资金等出资方应在北京市注册",
                    "the social-security, insurance, bank wealth-management or other investor must be registered in Beijing",
                ),
                Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
            ),
            // 且对基金年度实际出资到位金额在 3 亿元(含)以上。
            hard(
                t!("6号 第五条（二）3.", "Doc 6, Art. 5(2)3"),
                t!(
                    "且对基金年度实际出资到位金额在 3 亿元(含)以上",
                    "and have actually paid 300 million CNY (30,000 万元, inclusive) or more into the fund in the year",
                ),
                Test::Cmp(&ANNUAL_PAID_IN_TO_FUND, Cmp::Ge, dec!(30000)),
            ),
            // （三）对同一基金出资方补贴不超过3年。 Years already subsidised + this one ≤ 3, so fewer
            // than 3 earlier years.
            hard(
                t!("6号 第五条（三）", "Doc 6, Art. 5(3)"),
                t!("对同一基金出资方补贴不超过3年", "the same fund investor is subsidised for no more than 3 years"),
                Test::Cmp(&FUND_INVESTOR_YEARS_SUBSIDISED, Cmp::Lt, dec!(3)),
            )
            .read_as(READING_6_5_THREE_YEARS),
        ]),
        amount: Amount::Tiers { base: &ANNUAL_PAID_IN_TO_FUND, tiers: TIERS_6_5 },
        amount_cite: t!("6号 第五条（三）", "Doc 6, Art. 5(3)"),
        amount_clause: t!(
            "实际出资额在3亿元至5亿元(含)的,给予不超过500万元资金支持;实际出资额在5亿元至10亿元(含)的,给予不超过800万元资金支持;实际出资额在10亿元以上的,给予不超过1000万元资金支持",
            "paid in from 300 million to 500 million CNY (inclusive): up to 500 万元; from 500 million to 1 billion CNY (inclusive): up to 800 万元; above 1 billion CNY: up to 1,000 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FINANCIAL_INSTITUTION, READING_6_FIELDS, READING_6_5_THREE_YEARS],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第六条 引导投资机构开展早期硬科技投资。
// =================================================================================================

const A6: T = t!("6号 第六条", "Doc 6, Art. 6");

/// "被投资企业设立时间不超过5年": the investee's age is taken at the date of the first-round
/// investment, not at the application date. The article subsidises the act of investing early
/// ("开展早期投资", "对开展首轮投资的投资机构按照实际投资额给予风险补贴"); the risk was taken when the
/// money went in, and a post-subsidy applied for months later should not turn on how long the
/// application window took to open.
pub const READING_6_6_INVESTEE_AGE: T = t!(
    "“被投资企业设立时间不超过5年”理解为在首轮投资（出资到位）之日计算：本条补贴的是早期投资行为，风险在投资时承担，不因申报时间晚于投资而改变。",
    "\"The investee was set up no more than 5 years ago\" is read as at the date of the first-round investment (when the money was paid in): the article rewards investing early, the risk was taken then, and a later application date does not change it.",
);

/// "每年每家投资机构补贴总额不超过 500 万元" bounds the sum of one institution's subsidies over all
/// its deals in a year; one profile describes one deal, so only the per-deal cap of 200 is applied,
/// and an institution with several deals in a year must keep their total within 500.
pub const READING_6_6_ANNUAL_CAP: T = t!(
    "“每年每家投资机构补贴总额不超过500万元”是同一机构一年内多笔投资补贴的合计上限；一次评估只针对一笔投资，故只计“单笔补贴不超过200万元”，多笔合计仍不得超过500万元（未计入本次金额）。",
    "\"At most 5 million CNY (500 万元) per institution per year\" caps the total over all of one institution's deals in a year; one assessment covers one deal, so only the 200 万元 per-deal cap is applied here, and several deals together must still stay within 500 万元 (not counted in this amount).",
);

// 被投资企业设立时间不超过5年 (at the investment date: READING_6_6_INVESTEE_AGE).
const INVESTEE_MAX_AGE_YEARS: i32 = 5;

/// True when the first-round investment fell on or before the last day of the investee's first 5
/// years (民法典 第二百零一、二百零二条).
fn investee_young_at_investment(ctx: &Ctx) -> Outcome {
    let p = ctx.profile;
    Outcome::from_option(
        match (
            p.date(&INVESTEE_FOUNDED_ON),
            p.date(&FIRST_ROUND_INVESTMENT_DATE),
        ) {
            (Some(founded), Some(invested)) => {
                Some(invested <= founded.add_years(INVESTEE_MAX_AGE_YEARS))
            }
            _ => None,
        },
    )
}

pub static M6_6: Measure = Measure {
    id: "6.6",
    doc: &DOC,
    article: A6,
    title: t!("引导投资机构开展早期硬科技投资", "Early-stage hard-tech investment by investment institutions"),
    content: t!(
        "支持投资机构加强行业研究和风险控制,聚焦中关村示范区高精尖产业领域的企业开展早期投资,对开展首轮投资的投资机构按照实际投资额给予风险补贴资金支持。",
        "Supports investment institutions in strengthening sector research and risk control and investing early in firms in Zhongguancun's high-end fields; an institution that makes a first-round investment receives a risk subsidy on the amount actually invested.",
    ),
    conditions_text: t!(
        "1. 投资机构应在北京市注册,注册资本在1000万元(含)以上,需在中国证券投资基金业协会登记为私募基金管理人,基金需在中国证券投资基金业协会备案。\n2. 被投资企业设立时间不超过5年,符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n3. 参与投资应为首轮投资,单笔投资金额在500万元(含)以上,投资机构对企业投资后所占股权比例不超过50%。\n4. 对同一投资机构管理的多只基金投资同一企业的不重复支持。",
        "1. The investment institution must be registered in Beijing with registered capital of 10 million CNY (1,000 万元, inclusive) or more, be registered with the Asset Management Association of China as a private fund manager, and its fund must be filed with the Association.\n2. The investee must have been set up no more than 5 years ago, be in Zhongguancun's high-end fields, and own core technology or its own IP.\n3. The investment must be a first round, of 5 million CNY (500 万元, inclusive) or more in a single deal, and the institution may hold no more than 50% of the firm after it.\n4. Several funds managed by the same institution investing in the same firm are not supported twice.",
    ),
    amount_text: t!(
        "采取后补助支持方式。按照实际投资额的20%给予投资风险补贴支持,单笔补贴不超过 200 万元,每年每家投资机构补贴总额不超过 500 万元。",
        "Post-subsidy: an investment-risk subsidy of 20% of the amount actually invested, up to 2 million CNY (200 万元) per deal and 5 million CNY (500 万元) per institution per year.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["investment_institution"],
    routes: &[Route {
        id: "",
        title: t!("首轮投资风险补贴", "Risk subsidy for a first-round investment"),
        conditions: Condition::All(&[
            // 1. 投资机构应在北京市注册,
            hard(
                t!("6号 第六条（二）1.", "Doc 6, Art. 6(2)1"),
                t!("投资机构应在北京市注册", "the investment institution must be registered in Beijing"),
                Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
            ),
            // 注册资本在1000万元(含)以上,
            hard(
                t!("6号 第六条（二）1.", "Doc 6, Art. 6(2)1"),
                t!("注册资本在1000万元(含)以上", "registered capital of 1,000 万元 (inclusive) or more"),
                Test::Cmp(&REGISTERED_CAPITAL, Cmp::Ge, dec!(1000)),
            ),
            // 需在中国证券投资基金业协会登记为私募基金管理人,
            hard(
                t!("6号 第六条（二）1.", "Doc 6, Art. 6(2)1"),
                t!(
                    "需在中国证券投资基金业协会登记为私募基金管理人",
                    "registered with the Asset Management Association of China as a private fund manager",
                ),
                Test::Yes(&AMAC_REGISTERED_FUND_MANAGER),
            ),
            // 基金需在中国证券投资基金业协会备案。
            hard(
                t!("6号 第六条（二）1.", "Doc 6, Art. 6(2)1"),
                t!("基金需在中国证券投资基金业协会备案", "the fund must be filed with the Asset Management Association of China"),
                Test::Yes(&INVESTING_FUND_AMAC_FILED),
            ),
            // 2. 被投资企业设立时间不超过5年,
            hard(
                t!("6号 第六条（二）2.", "Doc 6, Art. 6(2)2"),
                t!("被投资企业设立时间不超过5年", "the investee was set up no more than 5 years ago"),
                Test::Custom {
                    facts: &[&INVESTEE_FOUNDED_ON, &FIRST_ROUND_INVESTMENT_DATE],
                    what: t!(
                        "首轮投资之日，被投资企业设立不超过5年（含）",
                        "on the day of the first-round investment, the investee had existed no more than 5 years (inclusive)",
                    ),
                    eval: investee_young_at_investment,
                },
            )
            .read_as(READING_6_6_INVESTEE_AGE),
            // 符合中关村示范区高精尖产业领域,
            hard(
                t!("6号 第六条（二）2.", "Doc 6, Art. 6(2)2"),
                t!("符合中关村示范区高精尖产业领域", "in Zhongguancun's high-end fields"),
                Test::Yes(&INVESTEE_IN_HIGH_END_FIELD),
            )
            .read_as(READING_6_FIELDS),
            // 具有核心技术或自主知识产权。
            attested(
                t!("6号 第六条（二）2.", "Doc 6, Art. 6(2)2"),
                t!("具有核心技术或自主知识产权", "owns core technology or its own IP"),
                Test::Yes(&INVESTEE_OWNS_CORE_IP),
            ),
            // 3. 参与投资应为首轮投资,
            hard(
                t!("6号 第六条（二）3.", "Doc 6, Art. 6(2)3"),
                t!("参与投资应为首轮投资", "the investment must be a first round"),
                Test::Yes(&IS_FIRST_ROUND_INVESTMENT),
            ),
            // 单笔投资金额在500万元(含)以上,
            hard(
                t!("6号 第六条（二）3.", "Doc 6, Art. 6(2)3"),
                t!("单笔投资金额在500万元(含)以上", "a single deal of 500 万元 (inclusive) or more"),
                Test::Cmp(&FIRST_ROUND_INVESTMENT_AMOUNT, Cmp::Ge, dec!(500)),
            ),
            // 投资机构对企业投资后所占股权比例不超过50%。
            hard(
                t!("6号 第六条（二）3.", "Doc 6, Art. 6(2)3"),
                t!("投资机构对企业投资后所占股权比例不超过50%", "the institution holds no more than 50% of the firm after the investment"),
                Test::Cmp(&STAKE_AFTER_FIRST_ROUND, Cmp::Le, dec!(50)),
            ),
            // 4. 对同一投资机构管理的多只基金投资同一企业的不重复支持。
            hard(
                t!("6号 第六条（二）4.", "Doc 6, Art. 6(2)4"),
                t!(
                    "对同一投资机构管理的多只基金投资同一企业的不重复支持",
                    "several funds managed by the same institution investing in the same firm are not supported twice",
                ),
                Test::No(&INVESTEE_SUPPORTED_VIA_OTHER_FUND),
            ),
        ]),
        // 按照实际投资额的20%给予投资风险补贴支持,单笔补贴不超过 200 万元
        // (每年每家投资机构补贴总额不超过 500 万元: READING_6_6_ANNUAL_CAP).
        amount: Amount::Rate { rate: dec!(20), base: &FIRST_ROUND_INVESTMENT_AMOUNT, cap: Some(dec!(200)) },
        amount_cite: t!("6号 第六条（三）", "Doc 6, Art. 6(3)"),
        amount_clause: t!(
            "按照实际投资额的20%给予投资风险补贴支持,单笔补贴不超过 200 万元",
            "20% of the amount actually invested, up to 200 万元 per deal",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FINANCIAL_INSTITUTION, READING_6_FIELDS, READING_6_6_INVESTEE_AGE, READING_6_6_ANNUAL_CAP],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第七条 支持开展基金份额转让。
// =================================================================================================

const A7: T = t!("6号 第七条", "Doc 6, Art. 7");

/// "转让方(个人、政府投资基金代持机构或管理机构除外)": 政府投资基金 qualifies both nouns (the nominee
/// or the manager of a government investment fund), not every fund manager; any other holder of
/// the shares that 第四条 admits may apply — a high-tech enterprise, or a financial service
/// institution such as a fund investor, an investment institution or a bank or insurer. Individuals
/// are not an applicant kind at all.
pub const READING_6_7_TRANSFEROR: T = t!(
    "“个人、政府投资基金代持机构或管理机构除外”理解为排除个人以及政府投资基金的代持机构或管理机构（“政府投资基金”同时修饰两者），并非排除所有基金管理机构；第四条所列的其他份额持有人（高新技术企业、出资方、投资机构、银行保险等金融服务机构）均可作为转让方申报。",
    "\"Except individuals and nominee or management institutions of government investment funds\" is read as excluding individuals and the nominees or managers of government investment funds (the qualifier covers both), not every fund manager; any other holder that Art. 4 admits (a high-tech enterprise, a fund investor, an investment institution, a bank, insurer or other financial service institution) may apply as transferor.",
);

pub static M6_7: Measure = Measure {
    id: "6.7",
    doc: &DOC,
    article: A7,
    title: t!("支持开展基金份额转让", "Fund-share transfers"),
    content: t!(
        "支持私募股权投资基金在北京股权交易中心基金份额转让平台开展份额转让,提升资金流动性,对基金份额转让方在转让过程中产生的费用给予资金补贴。",
        "Supports transfers of private-equity fund shares on the Beijing Equity Exchange's fund-share transfer platform, to make capital more liquid; the transferor receives a subsidy on the costs of the transfer.",
    ),
    conditions_text: t!(
        "1. 私募股权投资基金应在北京市注册,聚焦中关村示范区高精尖产业领域开展投资,且投资效果较好。\n2. 转让方(个人、政府投资基金代持机构或管理机构除外)应在北京市注册,转让所持基金份额经评估后应在 3000 万元(含)以上。\n3. 转让过程中产生的费用包括交易费用和中介服务机构费用等。",
        "1. The private-equity fund must be registered in Beijing, focus its investments on Zhongguancun's high-end fields, and invest well.\n2. The transferor (other than an individual or a nominee or management institution of a government investment fund) must be registered in Beijing, and the fund shares it transfers must be appraised at 30 million CNY (3,000 万元, inclusive) or more.\n3. The costs of the transfer include trading fees, intermediary fees and the like.",
    ),
    amount_text: t!(
        "采取后补助支持方式。按照基金转让过程中产生的费用的 40% 给予转让方资金补贴,每笔补贴不超过 100 万元。",
        "Post-subsidy: the transferor receives 40% of the costs of the transfer, up to 1 million CNY (100 万元) per transfer.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise", "fund_investor", "investment_institution", "financial_institution"],
    routes: &[Route {
        id: "",
        title: t!("基金份额转让费用补贴", "Subsidy on fund-share transfer costs"),
        conditions: Condition::All(&[
            // （一）支持私募股权投资基金在北京股权交易中心基金份额转让平台开展份额转让
            hard(
                t!("6号 第七条（一）", "Doc 6, Art. 7(1)"),
                t!(
                    "支持私募股权投资基金在北京股权交易中心基金份额转让平台开展份额转让",
                    "transfers of private-equity fund shares on the Beijing Equity Exchange's fund-share transfer platform",
                ),
                Test::Yes(&TRANSFER_ON_BEIJING_PLATFORM),
            ),
            // 1. 私募股权投资基金应在北京市注册,
            hard(
                t!("6号 第七条（二）1.", "Doc 6, Art. 7(2)1"),
                t!("私募股权投资基金应在北京市注册", "the private-equity fund must be registered in Beijing"),
                Test::Yes(&TRANSFERRED_FUND_REGISTERED_IN_BEIJING),
            ),
            // 聚焦中关村示范区高精尖产业领域开展投资,
            attested(
                t!("6号 第七条（二）1.", "Doc 6, Art. 7(2)1"),
                t!("聚焦中关村示范区高精尖产业领域开展投资", "focus its investments on Zhongguancun's high-end fields"),
                Test::Yes(&TRANSFERRED_FUND_FOCUSES_ON_HIGH_END),
            )
            .read_as(READING_6_FIELDS),
            // 且投资效果较好。
            judgement(t!("6号 第七条（二）1.", "Doc 6, Art. 7(2)1"), t!("且投资效果较好", "and invest well")),
            // 2. 转让方(个人、政府投资基金代持机构或管理机构除外)
            hard(
                t!("6号 第七条（二）2.", "Doc 6, Art. 7(2)2"),
                t!(
                    "转让方(个人、政府投资基金代持机构或管理机构除外)",
                    "the transferor (other than an individual or a nominee or management institution of a government investment fund)",
                ),
                Test::No(&TRANSFEROR_IS_GOVERNMENT_FUND_NOMINEE),
            )
            .read_as(READING_6_7_TRANSFEROR),
            // 应在北京市注册,
            hard(
                t!("6号 第七条（二）2.", "Doc 6, Art. 7(2)2"),
                t!("转让方……应在北京市注册", "the transferor must be registered in Beijing"),
                Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
            ),
            // 转让所持基金份额经评估后应在 3000 万元(含)以上。
            hard(
                t!("6号 第七条（二）2.", "Doc 6, Art. 7(2)2"),
                t!(
                    "转让所持基金份额经评估后应在 3000 万元(含)以上",
                    "the fund shares transferred must be appraised at 3,000 万元 (inclusive) or more",
                ),
                Test::Cmp(&TRANSFERRED_SHARE_APPRAISED_VALUE, Cmp::Ge, dec!(3000)),
            ),
        ]),
        // 3. 转让过程中产生的费用包括交易费用和中介服务机构费用等 (the base).
        // 按照基金转让过程中产生的费用的 40% 给予转让方资金补贴,每笔补贴不超过 100 万元。
        amount: Amount::Rate { rate: dec!(40), base: &FUND_SHARE_TRANSFER_FEES, cap: Some(dec!(100)) },
        amount_cite: t!("6号 第七条（三）", "Doc 6, Art. 7(3)"),
        amount_clause: t!(
            "按照基金转让过程中产生的费用的 40% 给予转让方资金补贴,每笔补贴不超过 100 万元",
            "40% of the costs of the transfer, up to 100 万元 per transfer",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FINANCIAL_INSTITUTION, READING_6_FIELDS, READING_6_7_TRANSFEROR],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第八条 深化企业信用融资试点。
// =================================================================================================

const A8: T = t!("6号 第八条", "Doc 6, Art. 8");

/// The conditions on the firm and on the loan ("担保贷款额度在100万元(含)以上") hold loan by loan:
/// only compensation paid on qualifying loans counts towards the amount. The profile asks about
/// the loans claimed as a group (the smallest loan for the 100 threshold).
pub const READING_6_8_PER_LOAN: T = t!(
    "企业条件和“担保贷款额度在100万元(含)以上”按每笔贷款判断：只有符合条件的首次信用担保贷款发生的代偿计入补偿基数；多笔贷款按最小一笔判断额度。",
    "The firm's conditions and \"a guaranteed loan of 100 万元 (inclusive) or more\" apply loan by loan: only compensation paid on qualifying first credit-guaranteed loans counts towards the base; with several loans, the smallest must meet the threshold.",
);

pub static M6_8: Measure = Measure {
    id: "6.8",
    doc: &DOC,
    article: A8,
    title: t!("深化企业信用融资试点", "Enterprise credit-financing pilot (创信融)"),
    content: t!(
        "支持担保机构参与“创信融”试点,共享企业信用信息,分担信贷风险,不断扩大首次信用担保贷款规模。对合作担保机构服务企业发生代偿的,给予其风险补偿资金支持。",
        "Supports guarantee institutions in joining the 'Chuangxinrong' (创信融) pilot, sharing firms' credit information and credit risk and widening first credit-guaranteed lending. A partner guarantor that pays out on a firm it served receives risk compensation.",
    ),
    conditions_text: t!(
        "1.企业应符合《关于印发中小企业划型标准规定的通知》(工信部联企业〔2011〕300号)小型企业或微型企业划型标准,并符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n2.担保机构需通过中国人民银行营业管理部认定为“创信融”试点合作机构,为企业提供首次信用担保贷款(无任何反担保措施),且担保贷款额度在100万元(含)以上。\n3.申请财政资金时合作担保机构已发生代偿,且不超过其设定的代偿率上限。担保机构在获得风险补偿资金后应采取有效的债务追偿措施,及时缴回追偿收入。代偿项目追偿所得,扣除相关费用后,应按照代偿分担比例及时返还各方。",
        "1. The firm must be small or micro under the SME classification rules (工信部联企业〔2011〕300号), be in Zhongguancun's high-end fields, and own core technology or its own IP.\n2. The guarantor must be recognised by the PBoC Business Management Department as a 'Chuangxinrong' pilot partner, have given the firm a first credit-guaranteed loan (with no counter-guarantee of any kind), and the guaranteed loan must be 1 million CNY (100 万元, inclusive) or more.\n3. When applying, the partner guarantor must already have paid out, within the compensation-rate ceiling it set. After receiving compensation the guarantor must pursue recovery effectively and hand back recoveries promptly; recoveries, net of costs, are returned to each party in proportion to its share of the compensation.",
    ),
    amount_text: t!(
        "采取后补助支持方式。按照不超过合作担保机构代偿金额的50%对合作担保机构进行风险补偿,每年每家担保机构补偿金额不超过1000万元。",
        "Post-subsidy: risk compensation of up to 50% of the partner guarantor's payouts, up to 10 million CNY (1,000 万元) per guarantor per year.",
    ),
    methods: &[Method::PostSubsidy, Method::RiskCompensation],
    applicants: &["guarantee_institution"],
    routes: &[Route {
        id: "",
        title: t!("合作担保机构风险补偿", "Risk compensation for a partner guarantor"),
        conditions: Condition::All(&[
            // 1.企业应符合……小型企业或微型企业划型标准,
            hard(
                t!("6号 第八条（二）1.", "Doc 6, Art. 8(2)1"),
                t!(
                    "企业应符合《关于印发中小企业划型标准规定的通知》(工信部联企业〔2011〕300号)小型企业或微型企业划型标准",
                    "the firm must be small or micro under the SME classification rules (工信部联企业〔2011〕300号)",
                ),
                Test::Yes(&GUARANTEED_FIRM_SMALL_OR_MICRO),
            )
            .read_as(READING_6_8_PER_LOAN),
            // 并符合中关村示范区高精尖产业领域,
            hard(
                t!("6号 第八条（二）1.", "Doc 6, Art. 8(2)1"),
                t!("并符合中关村示范区高精尖产业领域", "be in Zhongguancun's high-end fields"),
                Test::Yes(&GUARANTEED_FIRM_IN_HIGH_END_FIELD),
            )
            .read_as(READING_6_FIELDS),
            // 具有核心技术或自主知识产权。
            attested(
                t!("6号 第八条（二）1.", "Doc 6, Art. 8(2)1"),
                t!("具有核心技术或自主知识产权", "own core technology or its own IP"),
                Test::Yes(&GUARANTEED_FIRM_OWNS_CORE_IP),
            ),
            // 2.担保机构需通过中国人民银行营业管理部认定为“创信融”试点合作机构,
            hard(
                t!("6号 第八条（二）2.", "Doc 6, Art. 8(2)2"),
                t!(
                    "担保机构需通过中国人民银行营业管理部认定为“创信融”试点合作机构",
                    "the guarantor must be recognised by the PBoC Business Management Department as a 'Chuangxinrong' pilot partner",
                ),
                Test::Yes(&CHUANGXINRONG_PARTNER),
            ),
            // 为企业提供首次信用担保贷款(无任何反担保措施),
            hard(
                t!("6号 第八条（二）2.", "Doc 6, Art. 8(2)2"),
                t!(
                    "为企业提供首次信用担保贷款(无任何反担保措施)",
                    "have given the firm a first credit-guaranteed loan (with no counter-guarantee of any kind)",
                ),
                Test::Yes(&FIRST_CREDIT_GUARANTEE),
            ),
            // 且担保贷款额度在100万元(含)以上。
            hard(
                t!("6号 第八条（二）2.", "Doc 6, Art. 8(2)2"),
                t!("且担保贷款额度在100万元(含)以上", "and the guaranteed loan must be 100 万元 (inclusive) or more"),
                Test::Cmp(&GUARANTEED_LOAN_AMOUNT, Cmp::Ge, dec!(100)),
            )
            .read_as(READING_6_8_PER_LOAN),
            // 3.申请财政资金时合作担保机构已发生代偿,
            hard(
                t!("6号 第八条（二）3.", "Doc 6, Art. 8(2)3"),
                t!("申请财政资金时合作担保机构已发生代偿", "when applying, the partner guarantor must already have paid out"),
                Test::Cmp(&GUARANTEE_COMPENSATION_PAID, Cmp::Gt, Decimal::ZERO),
            ),
            // 且不超过其设定的代偿率上限。 (不超过: equal to the ceiling is still within it.)
            hard(
                t!("6号 第八条（二）3.", "Doc 6, Art. 8(2)3"),
                t!("且不超过其设定的代偿率上限", "within the compensation-rate ceiling it set"),
                Test::Diff {
                    minuend: &GUARANTEE_COMPENSATION_RATE,
                    subtrahend: &GUARANTEE_COMPENSATION_RATE_CAP,
                    label: t!("代偿率超出所设上限的幅度", "compensation rate above the ceiling set"),
                    cmp: Cmp::Le,
                    threshold: Decimal::ZERO,
                },
            ),
            // 担保机构在获得风险补偿资金后应采取有效的债务追偿措施……: a duty after the award,
            // not an eligibility condition; not encoded.
        ]),
        // 按照不超过合作担保机构代偿金额的50%对合作担保机构进行风险补偿,每年每家担保机构补偿金额
        // 不超过1000万元。
        amount: Amount::Rate { rate: dec!(50), base: &GUARANTEE_COMPENSATION_PAID, cap: Some(dec!(1000)) },
        amount_cite: t!("6号 第八条（三）", "Doc 6, Art. 8(3)"),
        amount_clause: t!(
            "按照不超过合作担保机构代偿金额的50%对合作担保机构进行风险补偿,每年每家担保机构补偿金额不超过1000万元",
            "up to 50% of the partner guarantor's payouts, up to 1,000 万元 per guarantor per year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FINANCIAL_INSTITUTION, READING_6_FIELDS, READING_6_8_PER_LOAN],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第九条 支持企业获得科技保险服务。
// =================================================================================================

const A9: T = t!("6号 第九条", "Doc 6, Art. 9");

pub static M6_9: Measure = Measure {
    id: "6.9",
    doc: &DOC,
    article: A9,
    title: t!("支持企业获得科技保险服务", "Technology insurance"),
    content: t!(
        "支持企业通过科技保险产品获得贷款或分散风险,给予企业保费补贴支持。",
        "Supports firms in borrowing or spreading risk through technology-insurance products, with a premium subsidy.",
    ),
    conditions_text: t!(
        "1. 企业年营业收入(指业务发生时点上一会计年度的企业营业收入,下同)在 2 亿元(含)以下,符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n2. 科技保险产品应获得保险监管部门批准或备案,现行有效,包括融资类保险、研发类保险、产品类保险(科技保险产品名单详见年度项目申报通知)。\n3. 企业通过科技保险获得贷款或投保金额应在 2000 万元(含)以上。",
        "1. The firm's annual revenue (the revenue of the fiscal year before the business took place; likewise below) must be 200 million CNY (2亿元, inclusive) or less; the firm must be in Zhongguancun's high-end fields and own core technology or its own IP.\n2. The tech-insurance product must be approved by or filed with the insurance regulator and in force: financing, R&D or product insurance (the product list is in the year's application notice).\n3. The loan obtained or sum insured through the tech insurance must be 20 million CNY (2,000 万元, inclusive) or more.",
    ),
    amount_text: t!(
        "采用后补助支持方式。按照实际保费的 60% 给予企业贴费支持,每家企业年度保费补贴金额不超过 50 万元。",
        "Post-subsidy: 60% of the premium actually paid, up to 500,000 CNY (50 万元) per firm per year.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("科技保险保费补贴", "Tech-insurance premium subsidy"),
        conditions: Condition::All(&[
            // 1. 企业年营业收入(指业务发生时点上一会计年度的企业营业收入,下同)在 2 亿元(含)以下,
            hard(
                t!("6号 第九条（二）1.", "Doc 6, Art. 9(2)1"),
                t!(
                    "企业年营业收入(指业务发生时点上一会计年度的企业营业收入,下同)在 2 亿元(含)以下",
                    "annual revenue (of the fiscal year before the business took place) of 2亿元 (20,000 万元, inclusive) or less",
                ),
                Test::Cmp(&REVENUE_YEAR_BEFORE_BUSINESS, Cmp::Le, dec!(20000)),
            )
            .read_as(READING_6_REVENUE),
            // 符合中关村示范区高精尖产业领域,
            hard(
                t!("6号 第九条（二）1.", "Doc 6, Art. 9(2)1"),
                t!("符合中关村示范区高精尖产业领域", "in Zhongguancun's high-end fields"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            )
            .read_as(READING_6_FIELDS),
            // 具有核心技术或自主知识产权。
            attested(
                t!("6号 第九条（二）1.", "Doc 6, Art. 9(2)1"),
                t!("具有核心技术或自主知识产权", "owns core technology or its own IP"),
                Test::Yes(&OWNS_CORE_IP),
            ),
            // 2. 科技保险产品应获得保险监管部门批准或备案,现行有效,……(科技保险产品名单详见年度项目申报通知)。
            hard(
                t!("6号 第九条（二）2.", "Doc 6, Art. 9(2)2"),
                t!(
                    "科技保险产品应获得保险监管部门批准或备案,现行有效,包括融资类保险、研发类保险、产品类保险(科技保险产品名单详见年度项目申报通知)",
                    "the product must be approved by or filed with the insurance regulator and in force: financing, R&D or product insurance (list in the year's notice)",
                ),
                Test::Yes(&TECH_INSURANCE_PRODUCT_LISTED),
            ),
            // 3. 企业通过科技保险获得贷款或投保金额应在 2000 万元(含)以上。
            hard(
                t!("6号 第九条（二）3.", "Doc 6, Art. 9(2)3"),
                t!(
                    "企业通过科技保险获得贷款或投保金额应在 2000 万元(含)以上",
                    "the loan obtained or sum insured through tech insurance must be 2,000 万元 (inclusive) or more",
                ),
                Test::Cmp(&TECH_INSURANCE_COVERED_AMOUNT, Cmp::Ge, dec!(2000)),
            ),
        ]),
        // 按照实际保费的 60% 给予企业贴费支持,每家企业年度保费补贴金额不超过 50 万元。
        amount: Amount::Rate { rate: dec!(60), base: &TECH_INSURANCE_PREMIUM, cap: Some(dec!(50)) },
        amount_cite: t!("6号 第九条（三）", "Doc 6, Art. 9(3)"),
        amount_clause: t!(
            "按照实际保费的 60% 给予企业贴费支持,每家企业年度保费补贴金额不超过 50 万元",
            "60% of the premium actually paid, up to 50 万元 per firm per year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_REVENUE, READING_6_FIELDS],
    notice: Some(t!(
        "科技保险产品名单详见年度项目申报通知；高精尖产业领域可按照年度工作重点进行调整（名词解释4）。",
        "The tech-insurance product list is in the year's application notice; the high-end fields may be adjusted each year (definition 4).",
    )),
};

// =================================================================================================
// 第十条 支持企业开展融资租赁。
// =================================================================================================

const A10: T = t!("6号 第十条", "Doc 6, Art. 10");

pub static M6_10: Measure = Measure {
    id: "6.10",
    doc: &DOC,
    article: A10,
    title: t!("支持企业开展融资租赁", "Finance leasing"),
    content: t!(
        "支持企业通过融资租赁方式取得新技术、新产品,给予企业融资费用补贴。",
        "Supports firms in acquiring new technology and products through finance leases, with a subsidy on the financing costs.",
    ),
    conditions_text: t!(
        "1. 企业年营业收入在 2 亿元(含)以下,符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n2. 融资租赁标的物为搭建共性技术平台或科技研发服务所需的新技术、新产品。",
        "1. The firm's annual revenue must be 200 million CNY (2亿元, inclusive) or less; the firm must be in Zhongguancun's high-end fields and own core technology or its own IP.\n2. The leased asset must be new technology or a new product needed to build a common technology platform or to provide R&D services.",
    ),
    amount_text: t!(
        "采取后补助支持方式。按照融资费用(包括租息和手续费)的20%给予企业补贴,每年每家企业补贴金额不超过50万元。对企业同一笔融资租赁业务补贴不超过3年。",
        "Post-subsidy: 20% of the financing costs (lease interest and fees), up to 500,000 CNY (50 万元) per firm per year. One lease is subsidised for no more than 3 years.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("融资租赁融资费用补贴", "Finance-lease cost subsidy"),
        conditions: Condition::All(&[
            // 1. 企业年营业收入在 2 亿元(含)以下,
            hard(
                t!("6号 第十条（二）1.", "Doc 6, Art. 10(2)1"),
                t!("企业年营业收入在 2 亿元(含)以下", "annual revenue of 2亿元 (20,000 万元, inclusive) or less"),
                Test::Cmp(&REVENUE_YEAR_BEFORE_BUSINESS, Cmp::Le, dec!(20000)),
            )
            .read_as(READING_6_REVENUE),
            // 符合中关村示范区高精尖产业领域,
            hard(
                t!("6号 第十条（二）1.", "Doc 6, Art. 10(2)1"),
                t!("符合中关村示范区高精尖产业领域", "in Zhongguancun's high-end fields"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            )
            .read_as(READING_6_FIELDS),
            // 具有核心技术或自主知识产权。
            attested(
                t!("6号 第十条（二）1.", "Doc 6, Art. 10(2)1"),
                t!("具有核心技术或自主知识产权", "owns core technology or its own IP"),
                Test::Yes(&OWNS_CORE_IP),
            ),
            // 2. 融资租赁标的物为搭建共性技术平台或科技研发服务所需的新技术、新产品。
            attested(
                t!("6号 第十条（二）2.", "Doc 6, Art. 10(2)2"),
                t!(
                    "融资租赁标的物为搭建共性技术平台或科技研发服务所需的新技术、新产品",
                    "the leased asset is new technology or a new product needed for a common technology platform or R&D services",
                ),
                Test::Yes(&LEASED_ASSET_FOR_PLATFORM_OR_RD),
            ),
            // （三）对企业同一笔融资租赁业务补贴不超过3年。 Earlier years + this one ≤ 3.
            hard(
                t!("6号 第十条（三）", "Doc 6, Art. 10(3)"),
                t!("对企业同一笔融资租赁业务补贴不超过3年", "one lease is subsidised for no more than 3 years"),
                Test::Cmp(&LEASE_YEARS_SUBSIDISED, Cmp::Lt, dec!(3)),
            ),
        ]),
        // 按照融资费用(包括租息和手续费)的20%给予企业补贴,每年每家企业补贴金额不超过50万元。
        amount: Amount::Rate { rate: dec!(20), base: &LEASE_FINANCING_COSTS, cap: Some(dec!(50)) },
        amount_cite: t!("6号 第十条（三）", "Doc 6, Art. 10(3)"),
        amount_clause: t!(
            "按照融资费用(包括租息和手续费)的20%给予企业补贴,每年每家企业补贴金额不超过50万元",
            "20% of the financing costs (lease interest and fees), up to 50 万元 per firm per year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_REVENUE, READING_6_FIELDS],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第十一条 建立多方参与的知识产权质押融资成本分担和风险补偿机制。
// =================================================================================================

const A11: T = t!("6号 第十一条", "Doc 6, Art. 11");

/// "利率上浮幅度不得超过同期银行一年期贷款市场报价利率(LPR)的40%": the markup is measured relative
/// to the LPR (rate − LPR ≤ 40% × LPR, i.e. rate ≤ 1.4 × LPR), not as 40 percentage points,
/// which would be no limit at all.
pub const READING_6_11_MARKUP: T = t!(
    "“利率上浮幅度不得超过LPR的40%”理解为相对上浮：贷款利率 − LPR ≤ LPR × 40%（即利率不超过LPR的1.4倍），而非上浮40个百分点。",
    "\"The markup may not exceed 40% of the LPR\" is read as a relative markup: loan rate − LPR ≤ 40% × LPR (the rate is at most 1.4 × LPR), not 40 percentage points.",
);

/// "当单家机构知识产权质押融资不良率超出其设定上限时,暂停对该机构的风险补偿支持…视评估结果决定该机构
/// 是否继续享受": an institution above its own ceiling is suspended; whether it is reinstated is the
/// agency's later decision, so the product treats it as not eligible now.
pub const READING_6_11_NPL: T = t!(
    "不良率超出自设上限的机构，风险补偿支持即暂停；评估后是否恢复由主管部门决定，本工具按暂停（不符合）处理。不良率等于上限的不算超出。",
    "An institution whose NPL ratio exceeds its own ceiling is suspended; whether it is reinstated after evaluation is the agency's later decision, so it is treated as not eligible now. A ratio equal to the ceiling does not exceed it.",
);

/// "涉及单家企业的年度风险补偿资金不超过500万元,累计不超过1000万元": both caps concern all the
/// compensation paid about one borrower. One assessment is one institution's claim about one
/// borrower: the annual 500 caps this claim (compensation other institutions claim about the same
/// borrower in the same year is not known here), and the cumulative 1000 is reduced by what the
/// applicant reports as already paid about that borrower.
pub const READING_6_11_FIRM_CAPS: T = t!(
    "“涉及单家企业的年度风险补偿资金不超过500万元，累计不超过1000万元”按一家机构就一家借款企业的一次申请计算：本次申请不超过500万元（同年其他机构就同一企业的申请无法从一份资料得知，未扣除），并以1000万元减去该企业已获风险补偿累计额为限。",
    "\"Compensation concerning one firm: at most 500 万元 a year and 1,000 万元 in all\" is applied to one institution's claim about one borrower: this claim is capped at 500 万元 (other institutions' claims about the same borrower this year cannot be known from one profile and are not deducted), and at 1,000 万元 less the compensation already paid about that borrower.",
);

/// 第十一条 names "知识产权专业机构" among the risk-sharers, but 第四条 admits only high-tech
/// enterprises and regulator-approved financial service institutions; such an institution is
/// therefore still asked 第四条's question (and may qualify as a high-tech enterprise instead).
pub const READING_6_11_IP_INSTITUTION: T = t!(
    "第十一条所称“知识产权专业机构”仍须符合第四条：作为金融服务机构申报的，须为经监管部门批准（或依法登记）在北京市设立的机构；作为企业申报的，须为高新技术企业。",
    "The \"IP professional institutions\" Art. 11 names must still meet Art. 4: applying as a financial service institution, it must be set up in Beijing with a regulator's approval (or registration); applying as an enterprise, it must be a high-tech enterprise.",
);

// 知识产权质押贷款利率上浮幅度不得超过同期银行一年期贷款市场报价利率(LPR)的40%。
const MAX_MARKUP_PERCENT_OF_LPR: Decimal = dec!(40);

/// True when the loan rate is at most the LPR plus 40% of the LPR (READING_6_11_MARKUP).
fn markup_within_limit(ctx: &Ctx) -> Outcome {
    let p = ctx.profile;
    Outcome::from_option(
        match (
            p.number(&IP_PLEDGE_LOAN_RATE),
            p.number(&IP_PLEDGE_LOAN_LPR),
        ) {
            (Some(rate), Some(lpr)) => {
                Some(rate - lpr <= lpr * MAX_MARKUP_PERCENT_OF_LPR / Decimal::ONE_HUNDRED)
            }
            _ => None,
        },
    )
}

// 风险补偿……涉及单家企业的……累计不超过1000万元。
const CUMULATIVE_CAP_PER_FIRM_6_11: Decimal = dec!(1000);

/// What is left of the 1000 cumulative cap for the borrower, given what was already paid about it.
fn cumulative_left_6_11(ctx: &Ctx) -> AmountEval {
    let cap = CUMULATIVE_CAP_PER_FIRM_6_11;
    match ctx.profile.number(&IP_RISK_COMPENSATION_RECEIVED_FOR_FIRM) {
        Some(received) => {
            let left = (cap - received).max(Decimal::ZERO);
            AmountEval {
                up_to: Some(left),
                determined: true,
                steps: vec![Text::new(
                    format!("涉及该企业累计不超过{}万元，已获{}万元，剩余{}万元", num(cap), num(received), num(left)),
                    format!(
                        "at most {} (10k CNY) in all concerning this firm; {} already paid, {} left",
                        num(cap),
                        num(received),
                        num(left)
                    ),
                )],
                ..Default::default()
            }
        }
        None => AmountEval {
            up_to: Some(cap),
            determined: false,
            steps: vec![Text::new(
                format!("涉及该企业累计不超过{}万元（已获金额未填）", num(cap)),
                format!("at most {} (10k CNY) in all concerning this firm (amount already paid not answered)", num(cap)),
            )],
            missing: vec![IP_RISK_COMPENSATION_RECEIVED_FOR_FIRM.id],
            ..Default::default()
        },
    }
}

pub static M6_11: Measure = Measure {
    id: "6.11",
    doc: &DOC,
    article: A11,
    title: t!(
        "建立多方参与的知识产权质押融资成本分担和风险补偿机制",
        "Cost sharing and risk compensation for IP-pledge financing",
    ),
    content: t!(
        "1. 支持企业获得知识产权质押贷款,给予企业贴息支持。\n2. 支持银行、担保、保险、知识产权专业机构等单独或组合为企业提供知识产权质押贷款,如发生不良贷款的,按照本金中各自风险承担部分给予风险补偿支持。",
        "1. Supports firms in obtaining IP-pledge loans, with an interest subsidy.\n2. Supports banks, guarantors, insurers, IP professional institutions and the like, alone or together, in making IP-pledge loans to firms; if a loan goes bad, each receives risk compensation on its own risk share of the principal.",
    ),
    conditions_text: t!(
        "1. 企业年营业收入在2亿元(含)以下,符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n2. 申请贷款贴息支持资金的,知识产权质押贷款利率上浮幅度不得超过同期银行一年期贷款市场报价利率(LPR)的40%。对于企业首次获得知识产权质押贷款或取得两年期及以上中长期知识产权质押贷款的,对贷款利率上浮幅度不做限制。\n3. 申请知识产权质押贷款风险补偿支持资金的,银行等相关机构需根据自身情况设定知识产权质押融资不良率上限。当单家机构知识产权质押融资不良率超出其设定上限时,暂停对该机构的风险补偿支持,对该机构实施风险预警并开展评估,视评估结果决定该机构是否继续享受风险补偿支持。",
        "1. The firm's annual revenue must be 200 million CNY (2亿元, inclusive) or less; the firm must be in Zhongguancun's high-end fields and own core technology or its own IP.\n2. For the interest subsidy, the IP-pledge loan's rate markup may not exceed 40% of the one-year loan prime rate (LPR) at the time. There is no limit on the markup for a firm's first IP-pledge loan or for a medium- or long-term IP-pledge loan of two years or more.\n3. For risk compensation, the bank or other institution must set its own ceiling on its IP-pledge non-performing-loan ratio. When an institution's ratio exceeds its ceiling, its risk compensation is suspended, a risk warning is issued and it is evaluated; the evaluation decides whether it continues to receive compensation.",
    ),
    amount_text: t!(
        "采取后补助支持方式。\n1. 贷款贴息:按照贷款实际利息的 40% 给予企业贴息支持,对单家企业年度利息补贴不超过 50 万元。\n2. 风险补偿:按照不超过本金中银行、担保、保险、知识产权专业机构各自承担风险部分的 50% 对相关机构进行风险补偿,涉及单家企业的年度风险补偿资金不超过 500 万元,累计不超过 1000 万元。",
        "Post-subsidy.\n1. Interest subsidy: 40% of the interest actually paid, up to 500,000 CNY (50 万元) per firm per year.\n2. Risk compensation: up to 50% of each bank's, guarantor's, insurer's or IP professional institution's own risk share of the principal; compensation concerning one firm is at most 5 million CNY (500 万元) a year and 10 million CNY (1,000 万元) in all.",
    ),
    methods: &[Method::PostSubsidy, Method::InterestSubsidy, Method::RiskCompensation],
    applicants: &["enterprise", "financial_institution", "guarantee_institution", "service_institution"],
    routes: &[
        Route {
            id: "interest",
            title: t!("知识产权质押贷款贴息", "Interest subsidy on an IP-pledge loan"),
            conditions: Condition::All(&[
                // （一）1. 支持企业获得知识产权质押贷款,给予企业贴息支持。
                hard(
                    t!("6号 第十一条（一）1.", "Doc 6, Art. 11(1)1"),
                    t!("支持企业获得知识产权质押贷款,给予企业贴息支持", "firms obtaining IP-pledge loans receive an interest subsidy"),
                    Test::OneOf(&APPLICANT_KIND, &["enterprise"]),
                ),
                // 1. 企业年营业收入在2亿元(含)以下,
                hard(
                    t!("6号 第十一条（二）1.", "Doc 6, Art. 11(2)1"),
                    t!("企业年营业收入在2亿元(含)以下", "annual revenue of 2亿元 (20,000 万元, inclusive) or less"),
                    Test::Cmp(&REVENUE_YEAR_BEFORE_BUSINESS, Cmp::Le, dec!(20000)),
                )
                .read_as(READING_6_REVENUE),
                // 符合中关村示范区高精尖产业领域,
                hard(
                    t!("6号 第十一条（二）1.", "Doc 6, Art. 11(2)1"),
                    t!("符合中关村示范区高精尖产业领域", "in Zhongguancun's high-end fields"),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_6_FIELDS),
                // 具有核心技术或自主知识产权。
                attested(
                    t!("6号 第十一条（二）1.", "Doc 6, Art. 11(2)1"),
                    t!("具有核心技术或自主知识产权", "owns core technology or its own IP"),
                    Test::Yes(&OWNS_CORE_IP),
                ),
                // 2. 申请贷款贴息支持资金的,知识产权质押贷款利率上浮幅度不得超过同期银行一年期贷款
                // 市场报价利率(LPR)的40%。 Exception (但书): 对于企业首次获得知识产权质押贷款或取得两年期
                // 及以上中长期知识产权质押贷款的,对贷款利率上浮幅度不做限制。
                Condition::Any(&[
                    hard(
                        t!("6号 第十一条（二）2.", "Doc 6, Art. 11(2)2"),
                        t!(
                            "知识产权质押贷款利率上浮幅度不得超过同期银行一年期贷款市场报价利率(LPR)的40%",
                            "the IP-pledge loan's rate markup may not exceed 40% of the one-year LPR at the time",
                        ),
                        Test::Custom {
                            facts: &[&IP_PLEDGE_LOAN_RATE, &IP_PLEDGE_LOAN_LPR],
                            what: t!("贷款利率 − LPR ≤ LPR × 40%", "loan rate − LPR ≤ 40% × LPR"),
                            eval: markup_within_limit,
                        },
                    )
                    .read_as(READING_6_11_MARKUP),
                    hard(
                        t!("6号 第十一条（二）2.", "Doc 6, Art. 11(2)2"),
                        t!(
                            "对于企业首次获得知识产权质押贷款……对贷款利率上浮幅度不做限制",
                            "no limit on the markup for a firm's first IP-pledge loan",
                        ),
                        Test::Yes(&FIRST_IP_PLEDGE_LOAN),
                    ),
                    // 两年期及以上 = a term of 24 months or more.
                    hard(
                        t!("6号 第十一条（二）2.", "Doc 6, Art. 11(2)2"),
                        t!(
                            "取得两年期及以上中长期知识产权质押贷款的,对贷款利率上浮幅度不做限制",
                            "no limit on the markup for an IP-pledge loan of two years or more",
                        ),
                        Test::Cmp(&IP_PLEDGE_LOAN_TERM_MONTHS, Cmp::Ge, dec!(24)),
                    ),
                ]),
            ]),
            // 1. 贷款贴息:按照贷款实际利息的 40% 给予企业贴息支持,对单家企业年度利息补贴不超过 50 万元。
            amount: Amount::Rate { rate: dec!(40), base: &IP_PLEDGE_LOAN_INTEREST_PAID, cap: Some(dec!(50)) },
            amount_cite: t!("6号 第十一条（三）1.", "Doc 6, Art. 11(3)1"),
            amount_clause: t!(
                "按照贷款实际利息的 40% 给予企业贴息支持,对单家企业年度利息补贴不超过 50 万元",
                "40% of the interest actually paid, up to 50 万元 per firm per year",
            ),
        },
        Route {
            id: "risk",
            title: t!("知识产权质押贷款风险补偿", "Risk compensation on a defaulted IP-pledge loan"),
            conditions: Condition::All(&[
                // （一）2. 支持银行、担保、保险、知识产权专业机构等单独或组合为企业提供知识产权质押贷款,
                hard(
                    t!("6号 第十一条（一）2.", "Doc 6, Art. 11(1)2"),
                    t!(
                        "支持银行、担保、保险、知识产权专业机构等单独或组合为企业提供知识产权质押贷款",
                        "banks, guarantors, insurers, IP professional institutions and the like making IP-pledge loans, alone or together",
                    ),
                    Test::OneOf(&APPLICANT_KIND, &["financial_institution", "guarantee_institution", "service_institution"]),
                )
                .read_as(READING_6_11_IP_INSTITUTION),
                // 如发生不良贷款的,按照本金中各自风险承担部分给予风险补偿支持。
                hard(
                    t!("6号 第十一条（一）2.", "Doc 6, Art. 11(1)2"),
                    t!(
                        "如发生不良贷款的,按照本金中各自风险承担部分给予风险补偿支持",
                        "if a loan goes bad, compensation on each institution's own risk share of the principal",
                    ),
                    Test::Cmp(&IP_NPL_PRINCIPAL_RISK_SHARE, Cmp::Gt, Decimal::ZERO),
                ),
                // 1. 企业年营业收入在2亿元(含)以下, (the borrower's)
                hard(
                    t!("6号 第十一条（二）1.", "Doc 6, Art. 11(2)1"),
                    t!("企业年营业收入在2亿元(含)以下", "the firm's annual revenue is 2亿元 (20,000 万元, inclusive) or less"),
                    Test::Cmp(&IP_BORROWER_REVENUE, Cmp::Le, dec!(20000)),
                )
                .read_as(READING_6_REVENUE),
                // 符合中关村示范区高精尖产业领域,
                hard(
                    t!("6号 第十一条（二）1.", "Doc 6, Art. 11(2)1"),
                    t!("符合中关村示范区高精尖产业领域", "the firm is in Zhongguancun's high-end fields"),
                    Test::Yes(&IP_BORROWER_IN_HIGH_END_FIELD),
                )
                .read_as(READING_6_FIELDS),
                // 具有核心技术或自主知识产权。
                attested(
                    t!("6号 第十一条（二）1.", "Doc 6, Art. 11(2)1"),
                    t!("具有核心技术或自主知识产权", "the firm owns core technology or its own IP"),
                    Test::Yes(&IP_BORROWER_OWNS_CORE_IP),
                ),
                // 3. 申请知识产权质押贷款风险补偿支持资金的,银行等相关机构需根据自身情况设定知识产权质押
                // 融资不良率上限。
                hard(
                    t!("6号 第十一条（二）3.", "Doc 6, Art. 11(2)3"),
                    t!(
                        "银行等相关机构需根据自身情况设定知识产权质押融资不良率上限",
                        "the bank or other institution must set its own ceiling on its IP-pledge NPL ratio",
                    ),
                    Test::Yes(&IP_NPL_RATE_CAP_SET),
                ),
                // 当单家机构知识产权质押融资不良率超出其设定上限时,暂停对该机构的风险补偿支持。
                // (超出 excludes the ceiling itself: a ratio equal to it is not suspended.)
                hard(
                    t!("6号 第十一条（二）3.", "Doc 6, Art. 11(2)3"),
                    t!(
                        "当单家机构知识产权质押融资不良率超出其设定上限时,暂停对该机构的风险补偿支持",
                        "when an institution's IP-pledge NPL ratio exceeds its ceiling, its risk compensation is suspended",
                    ),
                    Test::Diff {
                        minuend: &IP_NPL_RATE,
                        subtrahend: &IP_NPL_RATE_CAP,
                        label: t!("不良率超出所设上限的幅度", "NPL ratio above the ceiling set"),
                        cmp: Cmp::Le,
                        threshold: Decimal::ZERO,
                    },
                )
                .read_as(READING_6_11_NPL),
                // 涉及单家企业的……风险补偿资金……累计不超过 1000 万元: nothing is left once 1000 has
                // been paid about the firm.
                hard(
                    t!("6号 第十一条（三）2.", "Doc 6, Art. 11(3)2"),
                    t!("涉及单家企业的……风险补偿资金……累计不超过 1000 万元", "compensation concerning one firm is at most 1,000 万元 in all"),
                    Test::Cmp(&IP_RISK_COMPENSATION_RECEIVED_FOR_FIRM, Cmp::Lt, CUMULATIVE_CAP_PER_FIRM_6_11),
                )
                .read_as(READING_6_11_FIRM_CAPS),
            ]),
            // 2. 风险补偿:按照不超过本金中……各自承担风险部分的 50% 对相关机构进行风险补偿,涉及单家企业的
            // 年度风险补偿资金不超过 500 万元,累计不超过 1000 万元。
            amount: Amount::Min(&[
                Amount::Rate { rate: dec!(50), base: &IP_NPL_PRINCIPAL_RISK_SHARE, cap: Some(dec!(500)) },
                Amount::Custom { ceiling: Some(CUMULATIVE_CAP_PER_FIRM_6_11), eval: cumulative_left_6_11 },
            ]),
            amount_cite: t!("6号 第十一条（三）2.", "Doc 6, Art. 11(3)2"),
            amount_clause: t!(
                "按照不超过本金中银行、担保、保险、知识产权专业机构各自承担风险部分的 50% 对相关机构进行风险补偿,涉及单家企业的年度风险补偿资金不超过 500 万元,累计不超过 1000 万元",
                "up to 50% of each institution's own risk share of the principal; concerning one firm, at most 500 万元 a year and 1,000 万元 in all",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[
        READING_6_FINANCIAL_INSTITUTION,
        READING_6_REVENUE,
        READING_6_FIELDS,
        READING_6_11_MARKUP,
        READING_6_11_NPL,
        READING_6_11_FIRM_CAPS,
        READING_6_11_IP_INSTITUTION,
    ],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第十二条 支持企业在新三板、北京四板挂牌。
// =================================================================================================

const A12: T = t!("6号 第十二条", "Doc 6, Art. 12");

/// The article pays for each approval it names: a basic-layer listing, a later move up to the
/// innovation layer, a direct innovation-layer listing, a Beijing regional-market listing. One
/// assessment counts one approval, the one that pays most; a firm with two approvals (say the
/// Beijing board first and the NEEQ later) applies for each in its own year.
pub const READING_6_12_ONE_APPROVAL: T = t!(
    "本条按每项获准挂牌事项给予支持（基础层挂牌、调层进入创新层、直接进入创新层、北京四板挂牌）；一次评估只计一项，取金额较高者，不同年度获准的其他事项另行申报。",
    "The article pays per approval (basic layer, moving up to the innovation layer, listing directly on the innovation layer, the Beijing regional market); one assessment counts one approval, the one that pays most, and an approval in another year is applied for separately.",
);

pub static M6_12: Measure = Measure {
    id: "6.12",
    doc: &DOC,
    article: A12,
    title: t!("支持企业在新三板、北京四板挂牌", "Listing on the NEEQ (新三板) or the Beijing regional equity market (四板)"),
    content: t!(
        "支持企业在全国中小企业股份转让系统、北京区域性股权市场(北京股权交易中心)挂牌,给予企业挂牌资金支持,助推企业创新合规发展,加快实现资本市场上市。",
        "Supports firms listing on the National Equities Exchange and Quotations (NEEQ) or the Beijing regional equity market (Beijing Equity Exchange) with listing support, helping them grow innovatively and compliantly and reach a stock-market listing sooner.",
    ),
    conditions_text: t!(
        "1. 企业应符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n2. 企业应取得全国中小企业股份转让系统有限责任公司出具的同意企业进入全国中小企业股份转让系统挂牌的函,或取得北京股权交易中心有限公司出具的同意企业进入北京区域性股权市场挂牌的函。",
        "1. The firm must be in Zhongguancun's high-end fields and own core technology or its own IP.\n2. The firm must have the NEEQ company's letter approving its listing on the NEEQ, or the Beijing Equity Exchange's letter approving its listing on the Beijing regional equity market.",
    ),
    amount_text: t!(
        "采取后补助支持方式。\n1. 对获准在全国中小企业股份转让系统挂牌的,分层给予资金支持。其中,获准在基础层挂牌的,给予每家企业不超过50万元资金支持;获准调层后进入创新层的,给予每家企业不超过50万元资金支持;获准直接进入创新层挂牌的,给予每家企业不超过100万元资金支持。\n2. 对获准在北京区域性股权市场(北京股权交易中心)挂牌的,给予每家企业不超过30万元资金支持。",
        "Post-subsidy.\n1. A firm approved to list on the NEEQ is supported by layer: basic layer, up to 500,000 CNY (50 万元); moving up into the innovation layer, up to 50 万元; listing directly on the innovation layer, up to 1 million CNY (100 万元).\n2. A firm approved to list on the Beijing regional equity market (Beijing Equity Exchange), up to 300,000 CNY (30 万元).",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[
        Route {
            id: "neeq",
            title: t!("全国中小企业股份转让系统（新三板）挂牌", "NEEQ listing"),
            conditions: Condition::All(&[
                // 1. 企业应符合中关村示范区高精尖产业领域,
                hard(
                    t!("6号 第十二条（二）1.", "Doc 6, Art. 12(2)1"),
                    t!("企业应符合中关村示范区高精尖产业领域", "in Zhongguancun's high-end fields"),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_6_FIELDS),
                // 具有核心技术或自主知识产权。
                attested(
                    t!("6号 第十二条（二）1.", "Doc 6, Art. 12(2)1"),
                    t!("具有核心技术或自主知识产权", "owns core technology or its own IP"),
                    Test::Yes(&OWNS_CORE_IP),
                ),
                // 2. 企业应取得全国中小企业股份转让系统有限责任公司出具的同意企业进入全国中小企业股份
                // 转让系统挂牌的函,
                hard(
                    t!("6号 第十二条（二）2.", "Doc 6, Art. 12(2)2"),
                    t!(
                        "企业应取得全国中小企业股份转让系统有限责任公司出具的同意企业进入全国中小企业股份转让系统挂牌的函",
                        "the firm must have the NEEQ company's letter approving its NEEQ listing",
                    ),
                    Test::OneOf(&NEEQ_LISTING, &["basic", "moved_up_to_innovation", "innovation_direct"]),
                )
                .read_as(READING_6_12_ONE_APPROVAL),
            ]),
            // （三）1. 获准在基础层挂牌的 50;获准调层后进入创新层的 50;获准直接进入创新层挂牌的 100。
            amount: Amount::ByChoice {
                fact: &NEEQ_LISTING,
                options: &[
                    ("basic", dec!(50), t!("获准在基础层挂牌的,给予每家企业不超过50万元", "basic layer: up to 50 万元")),
                    (
                        "moved_up_to_innovation",
                        dec!(50),
                        t!("获准调层后进入创新层的,给予每家企业不超过50万元", "moved up into the innovation layer: up to 50 万元"),
                    ),
                    (
                        "innovation_direct",
                        dec!(100),
                        t!("获准直接进入创新层挂牌的,给予每家企业不超过100万元", "directly on the innovation layer: up to 100 万元"),
                    ),
                ],
            },
            amount_cite: t!("6号 第十二条（三）1.", "Doc 6, Art. 12(3)1"),
            amount_clause: t!(
                "获准在基础层挂牌的,给予每家企业不超过50万元资金支持;获准调层后进入创新层的,给予每家企业不超过50万元资金支持;获准直接进入创新层挂牌的,给予每家企业不超过100万元资金支持",
                "basic layer: up to 50 万元; moving up into the innovation layer: up to 50 万元; directly on the innovation layer: up to 100 万元",
            ),
        },
        Route {
            id: "beijing",
            title: t!("北京区域性股权市场（北京四板）挂牌", "Beijing regional equity market listing"),
            conditions: Condition::All(&[
                // 1. 企业应符合中关村示范区高精尖产业领域,
                hard(
                    t!("6号 第十二条（二）1.", "Doc 6, Art. 12(2)1"),
                    t!("企业应符合中关村示范区高精尖产业领域", "in Zhongguancun's high-end fields"),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_6_FIELDS),
                // 具有核心技术或自主知识产权。
                attested(
                    t!("6号 第十二条（二）1.", "Doc 6, Art. 12(2)1"),
                    t!("具有核心技术或自主知识产权", "owns core technology or its own IP"),
                    Test::Yes(&OWNS_CORE_IP),
                ),
                // 2. ……或取得北京股权交易中心有限公司出具的同意企业进入北京区域性股权市场挂牌的函。
                hard(
                    t!("6号 第十二条（二）2.", "Doc 6, Art. 12(2)2"),
                    t!(
                        "或取得北京股权交易中心有限公司出具的同意企业进入北京区域性股权市场挂牌的函",
                        "or the Beijing Equity Exchange's letter approving its listing on the Beijing regional equity market",
                    ),
                    Test::Yes(&BEIJING_EQUITY_EXCHANGE_LISTING),
                ),
            ]),
            // （三）2. 对获准在北京区域性股权市场(北京股权交易中心)挂牌的,给予每家企业不超过30万元资金支持。
            amount: Amount::UpTo(dec!(30)),
            amount_cite: t!("6号 第十二条（三）2.", "Doc 6, Art. 12(3)2"),
            amount_clause: t!(
                "对获准在北京区域性股权市场(北京股权交易中心)挂牌的,给予每家企业不超过30万元资金支持",
                "a firm approved to list on the Beijing regional equity market: up to 30 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FIELDS, READING_6_12_ONE_APPROVAL],
    notice: Some(FIELD_NOTICE),
};

// =================================================================================================
// 第十三条 支持多层次资本市场服务平台(基地)建设。
// =================================================================================================

const A13: T = t!("6号 第十三条", "Doc 6, Art. 13");

pub static M6_13: Measure = Measure {
    id: "6.13",
    doc: &DOC,
    article: A13,
    title: t!("支持多层次资本市场服务平台(基地)建设", "Multi-tier capital-market service platforms (bases)"),
    content: t!(
        "1. 支持境内证券交易机构等在北京建设多层次资本市场服务平台(基地),为企业 提供挂牌、上市、发债等专业化服务,对综合服务效果较好的给予资金支持。\n2. 支持北京区域性股权市场(北京股权交易中心)为科创孵化板等挂牌展示企业提供公司治理、财务管理、股权激励等资本市场合规服务,根据综合服务效果给予资金支持。",
        "1. Supports domestic securities exchanges and the like in building multi-tier capital-market service platforms (bases) in Beijing that give firms professional services for listing, IPOs and bond issues; those whose overall services work well receive funding.\n2. Supports the Beijing regional equity market (Beijing Equity Exchange) in giving the firms shown on its sci-tech incubation board and similar boards capital-market compliance services (corporate governance, financial management, equity incentives); funding follows the overall results of its services.",
    ),
    conditions_text: t!(
        "1. 多层次资本市场服务平台(基地)由境内证券交易机构等设立,在北京有固定的经营服务场所,持续运营满1年。\n2. 多层次资本市场服务平台(基地)、北京区域性股权市场(北京股权交易中心)为企业 提供专业化服务效果较好。",
        "1. The multi-tier capital-market service platform (base) must be set up by a domestic securities exchange or the like, have fixed premises in Beijing, and have operated continuously for at least 1 year.\n2. The platform (base), or the Beijing regional equity market (Beijing Equity Exchange), must serve firms well.",
    ),
    amount_text: t!(
        "采取后补助支持方式。\n1. 对于多层次资本市场服务平台(基地),按照其服务企业年度挂牌或上市融资、发债实际金额的 0.1% 给予资金支持,每年每家平台支持金额不超过 500 万元。\n2. 对于北京区域性股权市场(北京股权交易中心),按照其综合服务效果,每年给予不超过 200 万元资金支持。",
        "Post-subsidy.\n1. A multi-tier capital-market service platform (base) receives 0.1% of the amount the firms it served actually raised in the year through listings, IPOs and bonds, up to 5 million CNY (500 万元) per platform per year.\n2. The Beijing regional equity market (Beijing Equity Exchange) receives up to 2 million CNY (200 万元) a year, according to the overall results of its services.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["capital_market_platform"],
    routes: &[
        Route {
            id: "platform",
            title: t!("多层次资本市场服务平台（基地）", "Capital-market service platform (base)"),
            conditions: Condition::All(&[
                // 1. 多层次资本市场服务平台(基地)由境内证券交易机构等设立,
                hard(
                    t!("6号 第十三条（二）1.", "Doc 6, Art. 13(2)1"),
                    t!(
                        "多层次资本市场服务平台(基地)由境内证券交易机构等设立",
                        "the platform (base) must be set up by a domestic securities exchange or the like",
                    ),
                    Test::Yes(&PLATFORM_SET_UP_BY_EXCHANGE),
                ),
                // 在北京有固定的经营服务场所,
                hard(
                    t!("6号 第十三条（二）1.", "Doc 6, Art. 13(2)1"),
                    t!("在北京有固定的经营服务场所", "have fixed premises in Beijing"),
                    Test::Yes(&PLATFORM_FIXED_PREMISES_IN_BEIJING),
                ),
                // 持续运营满1年。
                hard(
                    t!("6号 第十三条（二）1.", "Doc 6, Art. 13(2)1"),
                    t!("持续运营满1年", "have operated continuously for at least 1 year"),
                    Test::AtLeastYears(&PLATFORM_OPERATING_SINCE, 1),
                ),
                // 2. 多层次资本市场服务平台(基地)……为企业 提供专业化服务效果较好。
                // （支持内容：对综合服务效果较好的给予资金支持）
                judgement(
                    t!("6号 第十三条（二）2.", "Doc 6, Art. 13(2)2"),
                    t!(
                        "多层次资本市场服务平台(基地)……为企业 提供专业化服务效果较好",
                        "the platform (base) must serve firms well",
                    ),
                ),
            ]),
            // 1. 按照其服务企业年度挂牌或上市融资、发债实际金额的 0.1% 给予资金支持,每年每家平台支持
            // 金额不超过 500 万元。
            amount: Amount::Rate { rate: dec!(0.1), base: &PLATFORM_FINANCING_SERVED, cap: Some(dec!(500)) },
            amount_cite: t!("6号 第十三条（三）1.", "Doc 6, Art. 13(3)1"),
            amount_clause: t!(
                "按照其服务企业年度挂牌或上市融资、发债实际金额的 0.1% 给予资金支持,每年每家平台支持金额不超过 500 万元",
                "0.1% of the amount the firms served raised in the year through listings, IPOs and bonds, up to 500 万元 per platform per year",
            ),
        },
        Route {
            id: "beijing",
            title: t!("北京区域性股权市场（北京股权交易中心）", "Beijing regional equity market (Beijing Equity Exchange)"),
            conditions: Condition::All(&[
                // （一）2. 支持北京区域性股权市场(北京股权交易中心)为科创孵化板等挂牌展示企业提供……
                // 资本市场合规服务
                hard(
                    t!("6号 第十三条（一）2.", "Doc 6, Art. 13(1)2"),
                    t!(
                        "支持北京区域性股权市场(北京股权交易中心)为科创孵化板等挂牌展示企业提供公司治理、财务管理、股权激励等资本市场合规服务",
                        "the Beijing regional equity market (Beijing Equity Exchange) giving firms on its boards capital-market compliance services",
                    ),
                    Test::Yes(&IS_BEIJING_EQUITY_EXCHANGE),
                ),
                // 2. ……北京区域性股权市场(北京股权交易中心)为企业 提供专业化服务效果较好。
                judgement(
                    t!("6号 第十三条（二）2.", "Doc 6, Art. 13(2)2"),
                    t!(
                        "北京区域性股权市场(北京股权交易中心)为企业 提供专业化服务效果较好",
                        "the Beijing Equity Exchange must serve firms well",
                    ),
                ),
            ]),
            // 2. 按照其综合服务效果,每年给予不超过 200 万元资金支持。
            amount: Amount::UpTo(dec!(200)),
            amount_cite: t!("6号 第十三条（三）2.", "Doc 6, Art. 13(3)2"),
            amount_clause: t!(
                "对于北京区域性股权市场(北京股权交易中心),按照其综合服务效果,每年给予不超过 200 万元资金支持",
                "the Beijing Equity Exchange: up to 200 万元 a year, by the overall results of its services",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FINANCIAL_INSTITUTION],
    notice: None,
};

// =================================================================================================
// 第十四条 支持企业积极开展并购重组。
// =================================================================================================

const A14: T = t!("6号 第十四条", "Doc 6, Art. 14");

/// "每年每家企业的支持金额不超过 500 万元" bounds the total over all of one firm's deals in a year;
/// one assessment covers one deal, so only the per-project cap of 200 applies here.
pub const READING_6_14_FIRM_CAP: T = t!(
    "“每年每家企业的支持金额不超过500万元”是同一企业一年内多个并购项目的合计上限；一次评估只针对一个项目，故只计“每个项目的年度支持金额不超过200万元”，多个项目合计仍不得超过500万元（未计入本次金额）。",
    "\"At most 5 million CNY (500 万元) per firm per year\" caps the total over all of one firm's deals in a year; one assessment covers one deal, so only the 200 万元 per-project cap is applied here, and several deals together must still stay within 500 万元 (not counted in this amount).",
);

pub static M6_14: Measure = Measure {
    id: "6.14",
    doc: &DOC,
    article: A14,
    title: t!("支持企业积极开展并购重组", "Mergers and acquisitions"),
    content: t!(
        "支持企业积极开展并购重组,提升关键核心技术创新能力,按照并购交易额给予并购方企业资金支持。",
        "Supports firms in mergers and acquisitions that raise their capability in key core technologies; the acquirer receives funding by the deal value.",
    ),
    conditions_text: t!(
        "1. 并购方应在境内外上市,或在全国中小企业股份转让系统挂牌。\n2. 并购方及被并购方应符合中关村示范区高精尖产业领域,具有核心技术或自主知识产权。\n3. 并购方通过本次并购首次取得被并购企业的绝对控股权(股权占比超过 50%),且并购交易额在 1000 万元(含)以上。\n4. 并购方通过本次并购取得关键核心技术,进一步提升创新能力及市场核心竞争力。",
        "1. The acquirer must be listed in China or abroad, or quoted on the NEEQ.\n2. The acquirer and the target must be in Zhongguancun's high-end fields and own core technology or their own IP.\n3. Through this deal the acquirer must gain absolute control of the target (more than 50% of the equity) for the first time, and the deal value must be 10 million CNY (1,000 万元, inclusive) or more.\n4. Through this deal the acquirer must obtain key core technology and further raise its innovation capability and core competitiveness.",
    ),
    amount_text: t!(
        "采取后补助支持方式。按照并购交易额的 5% 给予并购方企业资金支持,每个项目的年度支持金额不超过 200 万元,每年每家企业的支持金额不超过 500 万元。",
        "Post-subsidy: 5% of the deal value to the acquirer, up to 2 million CNY (200 万元) per project per year and 5 million CNY (500 万元) per firm per year.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("并购方企业资金支持", "Support for the acquirer"),
        conditions: Condition::All(&[
            // 1. 并购方应在境内外上市,或在全国中小企业股份转让系统挂牌。
            hard(
                t!("6号 第十四条（二）1.", "Doc 6, Art. 14(2)1"),
                t!(
                    "并购方应在境内外上市,或在全国中小企业股份转让系统挂牌",
                    "the acquirer must be listed in China or abroad, or quoted on the NEEQ",
                ),
                Test::Yes(&ACQUIRER_LISTED_OR_ON_NEEQ),
            ),
            // 2. 并购方及被并购方应符合中关村示范区高精尖产业领域,
            hard(
                t!("6号 第十四条（二）2.", "Doc 6, Art. 14(2)2"),
                t!("并购方……应符合中关村示范区高精尖产业领域", "the acquirer must be in Zhongguancun's high-end fields"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            )
            .read_as(READING_6_FIELDS),
            hard(
                t!("6号 第十四条（二）2.", "Doc 6, Art. 14(2)2"),
                t!("被并购方应符合中关村示范区高精尖产业领域", "the target must be in Zhongguancun's high-end fields"),
                Test::Yes(&TARGET_IN_HIGH_END_FIELD),
            )
            .read_as(READING_6_FIELDS),
            // 具有核心技术或自主知识产权。
            attested(
                t!("6号 第十四条（二）2.", "Doc 6, Art. 14(2)2"),
                t!("并购方……具有核心技术或自主知识产权", "the acquirer owns core technology or its own IP"),
                Test::Yes(&OWNS_CORE_IP),
            ),
            attested(
                t!("6号 第十四条（二）2.", "Doc 6, Art. 14(2)2"),
                t!("被并购方……具有核心技术或自主知识产权", "the target owns core technology or its own IP"),
                Test::Yes(&TARGET_OWNS_CORE_IP),
            ),
            // 3. 并购方通过本次并购首次取得被并购企业的绝对控股权(股权占比超过 50%),
            hard(
                t!("6号 第十四条（二）3.", "Doc 6, Art. 14(2)3"),
                t!("并购方通过本次并购首次取得被并购企业的绝对控股权", "through this deal the acquirer gains absolute control of the target for the first time"),
                Test::Yes(&ACQUISITION_FIRST_CONTROL),
            ),
            hard(
                t!("6号 第十四条（二）3.", "Doc 6, Art. 14(2)3"),
                t!("绝对控股权(股权占比超过 50%)", "absolute control (more than 50% of the equity)"),
                Test::Cmp(&STAKE_IN_TARGET_AFTER_ACQUISITION, Cmp::Gt, dec!(50)),
            ),
            // 且并购交易额在 1000 万元(含)以上。
            hard(
                t!("6号 第十四条（二）3.", "Doc 6, Art. 14(2)3"),
                t!("且并购交易额在 1000 万元(含)以上", "and a deal value of 1,000 万元 (inclusive) or more"),
                Test::Cmp(&ACQUISITION_DEAL_VALUE, Cmp::Ge, dec!(1000)),
            ),
            // 4. 并购方通过本次并购取得关键核心技术,
            attested(
                t!("6号 第十四条（二）4.", "Doc 6, Art. 14(2)4"),
                t!("并购方通过本次并购取得关键核心技术", "through this deal the acquirer obtains key core technology"),
                Test::Yes(&ACQUISITION_BRINGS_CORE_TECHNOLOGY),
            ),
            // 进一步提升创新能力及市场核心竞争力。
            judgement(
                t!("6号 第十四条（二）4.", "Doc 6, Art. 14(2)4"),
                t!("进一步提升创新能力及市场核心竞争力", "and further raises its innovation capability and core competitiveness"),
            ),
        ]),
        // 按照并购交易额的 5% 给予并购方企业资金支持,每个项目的年度支持金额不超过 200 万元
        // (每年每家企业的支持金额不超过 500 万元: READING_6_14_FIRM_CAP).
        amount: Amount::Rate { rate: dec!(5), base: &ACQUISITION_DEAL_VALUE, cap: Some(dec!(200)) },
        amount_cite: t!("6号 第十四条（三）", "Doc 6, Art. 14(3)"),
        amount_clause: t!(
            "按照并购交易额的 5% 给予并购方企业资金支持,每个项目的年度支持金额不超过 200 万元",
            "5% of the deal value, up to 200 万元 per project per year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_6_FIELDS, READING_6_14_FIRM_CAP],
    notice: Some(FIELD_NOTICE),
};
