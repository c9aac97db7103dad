//! 京科发〔2022〕5号 《中关村国家自主创新示范区提升企业创新能力支持资金管理办法（试行）》
//! (enterprise innovation capability): 第五条–第十三条, measures 5.5–5.13.

use crate::amount::{eval_tiers, excl, incl, Amount, AmountEval, Tier, Year};
use crate::condition::{attested, hard, judgement, Cmp, Condition, Ctx, Outcome, Test};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::facts::*;
use crate::measure::{Doc, Measure, Method, Route};
use crate::text::{t, T};
use rust_decimal_macros::dec;

// ---- 第四条: who may apply --------------------------------------------------------------------

const ART4: T = t!("5号 第四条", "Doc 5, Art. 4");

/// 第四条 本办法支持对象为注册在中关村示范区范围内的国家高新技术企业、中关村高新技术企业或评价入库的
/// 科技型中小企业,以及高等学校、科研机构等创新主体。符合支持条件的注册在北京市其他区域的创新主体参照执行。
pub static DOC: Doc = Doc {
    no: 5,
    wenhao: "京科发〔2022〕5号",
    title: t!(
        "中关村国家自主创新示范区提升企业创新能力支持资金管理办法（试行）",
        "Measures for the Zhongguancun support fund for enterprise innovation capability (trial)",
    ),
    who: article_4!(ART4; hard(ART4, t!("评价入库的科技型中小企业", "an evaluated, registered tech-based SME"), Test::Yes(&SME_TECH_REGISTERED))),
    blacklist_article: t!("5号 第十七条", "Doc 5, Art. 17"),
    double_funding_article: t!("5号 第十六条", "Doc 5, Art. 16"),
};

// ---- Facts only this 办法 needs -------------------------------------------------------------

pub static SME_TECH_REGISTERED_THIS_YEAR: Fact = Fact {
    id: "sme_tech_registered_this_year",
    label: t!("当年入库的科技型中小企业", "registered as a tech-based SME this year"),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!("企业是否为当年入库的科技型中小企业？", "Was the company registered as a tech-based SME (科技型中小企业) this year?"),
    help: t!("5号第五条（二）1.(1)：成立超过5年的企业，当年入库也可申报。", "Doc 5, Art. 5(2)1(1): a firm older than 5 years may still apply if it was registered this year."),
};

pub static COMPETITION_AWARD: Fact = Fact {
    id: "competition_award",
    label: t!("赛事获奖名次", "competition placing"),
    kind: Kind::Choice(&[
        Choice {
            id: "cicc_first",
            label: t!(
                "中国创新创业大赛北京赛区一等奖",
                "China Innovation & Entrepreneurship Competition, Beijing: first prize"
            ),
        },
        Choice {
            id: "cicc_second",
            label: t!(
                "中国创新创业大赛北京赛区二等奖",
                "China Innovation & Entrepreneurship Competition, Beijing: second prize"
            ),
        },
        Choice {
            id: "cicc_third",
            label: t!(
                "中国创新创业大赛北京赛区三等奖",
                "China Innovation & Entrepreneurship Competition, Beijing: third prize"
            ),
        },
        Choice {
            id: "challenge_1_3",
            label: t!(
                "中国创新挑战赛北京赛区第一至三名",
                "China Innovation Challenge, Beijing: 1st–3rd place"
            ),
        },
        Choice {
            id: "challenge_4_6",
            label: t!(
                "中国创新挑战赛北京赛区第四至六名",
                "China Innovation Challenge, Beijing: 4th–6th place"
            ),
        },
        Choice {
            id: "challenge_7_10",
            label: t!(
                "中国创新挑战赛北京赛区第七至十名",
                "China Innovation Challenge, Beijing: 7th–10th place"
            ),
        },
        Choice {
            id: "frontier_first",
            label: t!(
                "中关村国际前沿科技创新大赛领域赛第一名",
                "Zhongguancun International Frontier Tech Competition, field round: 1st"
            ),
        },
        Choice {
            id: "frontier_second",
            label: t!(
                "中关村国际前沿科技创新大赛领域赛第二名",
                "Zhongguancun International Frontier Tech Competition, field round: 2nd"
            ),
        },
        Choice {
            id: "frontier_third",
            label: t!(
                "中关村国际前沿科技创新大赛领域赛第三名",
                "Zhongguancun International Frontier Tech Competition, field round: 3rd"
            ),
        },
        Choice {
            id: "none",
            label: t!("以上均无", "none of these"),
        },
    ]),
    topic: Topic::Awards,
    question: t!(
        "企业在以下赛事中获得的最好名次是？",
        "What is the company's best placing in these competitions?"
    ),
    help: t!(
        "获得多个奖项的，选择支持金额最高的一项。",
        "If the company has several, pick the one that pays most."
    ),
};

pub static RECEIVED_5_5_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_5_5_in_last_3_years",
    label: t!("近3年已获5号第五条支持", "had doc 5 Art. 5 support in the last 3 years"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "企业近3年内是否已获得过“支持科技型小微企业开展关键技术创新”（5号第五条）资金支持？",
        "Has the company received support under doc 5 Art. 5 (key technology innovation by small tech firms) in the last 3 years?",
    ),
    help: t!("每家企业连续3年只能获得一次该项政策支持。", "Each company may receive this support once in any 3 consecutive years."),
};

pub static ON_SCALE_UP_LIST: Fact = Fact {
    id: "on_scale_up_list",
    label: t!("新纳入高新技术企业“小升规”培育清单", "newly on the high-tech 'small to large' cultivation list"),
    kind: Kind::Bool,
    topic: Topic::Awards,
    question: t!(
        "企业是否由区（或北京经济技术开发区）遴选推荐，新纳入全市高新技术企业“小升规”培育清单？",
        "Was the company recommended by its district (or the Beijing Economic-Technological Development Area) and newly placed on the city's high-tech 'small to large' (小升规) cultivation list?",
    ),
    help: t!("", ""),
};

pub static MEETS_SCALE_UP_FIELD_STANDARDS: Fact = Fact {
    id: "meets_scale_up_field_standards",
    label: t!("收入贡献、研发投入、研发人员达到所属领域标准", "revenue, R&D spend and R&D staff meet the field's standards"),
    kind: Kind::Bool,
    topic: Topic::Research,
    question: t!(
        "收入贡献、研发投入、研发人员是否达到所属领域对应的标准？",
        "Do the company's revenue contribution, R&D spend and R&D staff meet the standards set for its field?",
    ),
    help: t!("标准由培育清单遴选时公布。", "The standards are published with the list selection."),
};

pub static SOUND_OPERATIONS_3_YEARS: Fact = Fact {
    id: "sound_operations_3_years",
    label: t!("近3年财务及生产经营状况良好、无不良信用记录", "sound finances and operations for 3 years, no bad credit record"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "近3年（不满3年的按实际经营时间）财务及生产经营状况是否良好，且无不良信用记录？",
        "Over the last 3 years (or since founding, if less), have finances and operations been sound, with no bad credit record?",
    ),
    help: t!("", ""),
};

// ---- 第六条 -----------------------------------------------------------------------------------

pub static BIOMEDICINE_FIRM: Fact = Fact {
    id: "biomedicine_firm",
    label: t!("生物医药领域企业", "a biomedicine company"),
    kind: Kind::Bool,
    topic: Topic::Company,
    question: t!("企业是否为生物医药领域企业？", "Is the company in the biomedicine (生物医药) field?"),
    help: t!(
        "5号第六条（二）1.：生物医药领域企业注册成立不超过7年(含)即可申报，其他企业不超过5年(含)。",
        "Doc 5, Art. 6(2)1: a biomedicine company may apply up to 7 years (inclusive) after incorporation, others up to 5.",
    ),
};

// ---- 第八条 -----------------------------------------------------------------------------------

pub static HOLDS_DISRUPTIVE_CORE_PATENT: Fact = Fact {
    id: "holds_disruptive_core_patent",
    label: t!("拥有颠覆性技术相关基础专利或核心专利", "holds a basic or core patent in the disruptive technology"),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "企业是否拥有与核心颠覆性技术领域相关的基础专利或核心专利？",
        "Does the company hold a basic or core patent related to the field of its core disruptive technology?",
    ),
    help: t!("", ""),
};

pub static DISRUPTIVE_PROJECT_STAGE: Fact = Fact {
    id: "disruptive_project_stage",
    label: t!(
        "颠覆性技术项目所处阶段",
        "stage of the disruptive-technology project"
    ),
    kind: Kind::Choice(&[
        Choice {
            id: "basic_theory",
            label: t!(
                "基础理论创新尚未完成",
                "basic theoretical innovation not yet complete"
            ),
        },
        Choice {
            id: "proof_of_concept",
            label: t!(
                "已完成基础理论创新，进入技术概念验证阶段",
                "basic theory complete, in technical proof of concept"
            ),
        },
        Choice {
            id: "transfer",
            label: t!(
                "已完成基础理论创新，进入科技成果转化阶段",
                "basic theory complete, in the transfer of research results"
            ),
        },
    ]),
    topic: Topic::Projects,
    question: t!(
        "颠覆性技术项目目前处于哪个阶段？",
        "What stage is the disruptive-technology project at?"
    ),
    help: t!("", ""),
};

pub static SENIOR_EXPERT_RECOMMENDERS: Fact = Fact {
    id: "senior_expert_recommenders",
    label: t!("实名推荐项目的正高级技术专家人数", "senior (正高级) technical experts recommending the project by name"),
    kind: Kind::Count,
    topic: Topic::Projects,
    question: t!(
        "有几位正高级技术专家实名推荐该颠覆性技术项目？",
        "How many senior (正高级) technical experts recommend the disruptive-technology project under their own names?",
    ),
    help: t!("5号第八条（二）3.要求至少两位。", "Doc 5, Art. 8(2)3 requires at least two."),
};

pub static DISRUPTIVE_RESULTS_IN_BEIJING: Fact = Fact {
    id: "disruptive_results_in_beijing",
    label: t!("颠覆性技术创新成果在京转化落地", "disruptive-innovation results converted in Beijing"),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "颠覆性技术创新成果是否在京转化落地？",
        "Are (or will) the results of the disruptive innovation be converted and put to use in Beijing?",
    ),
    help: t!("", ""),
};

// ---- 第九条、第十条 ---------------------------------------------------------------------------

pub static LEADING_ENTERPRISE_STATUS: Fact = Fact {
    id: "leading_enterprise_status",
    label: t!("领军企业或独角兽企业", "leading enterprise or unicorn"),
    kind: Kind::Choice(&[
        Choice { id: "leader", label: t!("领军企业", "a leading enterprise (领军企业)") },
        Choice { id: "unicorn", label: t!("符合条件的独角兽企业", "a qualifying unicorn (独角兽企业)") },
        Choice { id: "neither", label: t!("都不是", "neither") },
    ]),
    topic: Topic::Awards,
    question: t!(
        "企业是领军企业，还是符合条件的独角兽企业？",
        "Is the company a leading enterprise (领军企业) or a qualifying unicorn (独角兽企业)?",
    ),
    help: t!(
        "5号第九条、第十条支持领军企业、符合条件的独角兽企业牵头；具体条件以年度申报通知为准。",
        "Doc 5, Arts. 9 and 10 support projects led by leading enterprises and qualifying unicorns; the year's notice sets the details.",
    ),
};

pub static LEADS_CHAIN_CONSORTIUM: Fact = Fact {
    id: "leads_chain_consortium",
    label: t!("通过“揭榜挂帅”牵头组建创新联合体", "leads an innovation consortium chosen by open call (揭榜挂帅)"),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "企业是否围绕重点产业链关键环节，通过“揭榜挂帅”方式遴选研发合作单位和团队，牵头组建产学研协同、上下游衔接的创新联合体？",
        "Does the company, around a key link of a major industrial chain, pick R&D partners and teams by open call (揭榜挂帅) and lead an innovation consortium joining industry, academia and research, upstream and downstream?",
    ),
    help: t!("", ""),
};

pub static CHAIN_WEAK_LINK: Fact = Fact {
    id: "chain_weak_link",
    label: t!("项目所补产业链供应链薄弱环节类型", "kind of weak link in the industrial or supply chain the project addresses"),
    kind: Kind::Choice(&[
        Choice { id: "choke_point", label: t!("严重依赖国外企业的底层“卡脖子”技术，亟需实现自主可控", "a foundational choke-point (卡脖子) technology heavily dependent on foreign firms, urgently needing self-reliance") },
        Choice { id: "key_component", label: t!("关键核心部件，市场需求强烈", "a key core component in strong market demand") },
        Choice { id: "key_ip", label: t!("前瞻布局的关键知识产权，抢占主导权", "forward-looking key intellectual property that secures a leading position") },
        Choice { id: "none", label: t!("以上均不是", "none of these") },
    ]),
    topic: Topic::Projects,
    question: t!(
        "项目研发的技术、产品属于以下哪种产业链供应链薄弱环节？",
        "Which kind of weak link in the industrial or supply chain do the project's technologies or products address?",
    ),
    help: t!("", ""),
};

pub static CHAIN_PROJECT_TOTAL_INVESTMENT: Fact = Fact {
    id: "chain_project_total_investment",
    label: t!(
        "“强链工程”项目总投资额",
        "total investment in the chain-strengthening project"
    ),
    kind: Kind::Amount,
    topic: Topic::Projects,
    question: t!(
        "“强链工程”项目的总投资额是多少（万元）？",
        "What is the total investment in the chain-strengthening (强链工程) project (万元)?",
    ),
    help: t!(
        "市级平台股权出资不超过项目总投资额的30%。",
        "The municipal platform's equity stake is at most 30% of the project's total investment."
    ),
};

pub static CENTRE_WITH_UNIVERSITIES_AND_SMES: Fact = Fact {
    id: "centre_with_universities_and_smes",
    label: t!("联合高校、科研机构及上下游中小企业建设技术创新中心", "builds the technology innovation centre with universities, institutes and chain SMEs"),
    kind: Kind::Bool,
    topic: Topic::Research,
    question: t!(
        "企业是否牵头联合高等学校、科研机构以及产业链上下游中小企业建设技术创新中心？",
        "Does the company lead the building of a technology innovation centre jointly with universities, research institutes and upstream and downstream SMEs?",
    ),
    help: t!("", ""),
};

pub static HAS_INNOVATION_PLAN: Fact = Fact {
    id: "has_innovation_plan",
    label: t!(
        "有明确的技术创新规划",
        "has a clear technology innovation plan"
    ),
    kind: Kind::Bool,
    topic: Topic::Research,
    question: t!(
        "企业是否有明确的技术创新规划？",
        "Does the company have a clear technology innovation plan?"
    ),
    help: t!("", ""),
};

pub static RD_FACILITIES_AND_TALENT_SYSTEMS: Fact = Fact {
    id: "rd_facilities_and_talent_systems",
    label: t!("研发设施完备并建立人才制度", "complete R&D facilities and talent systems in place"),
    kind: Kind::Bool,
    topic: Topic::Research,
    question: t!(
        "企业研发设施设备和科研保障条件是否完备，并建立了人才引进、使用、培养、激励等制度？",
        "Are the company's R&D facilities, equipment and research support complete, and has it set up systems to recruit, use, train and reward talent?",
    ),
    help: t!("", ""),
};

pub static INNOVATION_CENTRE_TOTAL_BUDGET: Fact = Fact {
    id: "innovation_centre_total_budget",
    label: t!(
        "技术创新中心建设预算总额",
        "total budget for building the technology innovation centre"
    ),
    kind: Kind::Amount,
    topic: Topic::Projects,
    question: t!(
        "技术创新中心建设预算总额是多少（万元）？",
        "What is the total budget for building the technology innovation centre (万元)?",
    ),
    help: t!(
        "支持金额按预算总额的30%计算。",
        "Support is 30% of the total budget."
    ),
};

// ---- 第十一条 ---------------------------------------------------------------------------------

pub static FIRST_PRODUCT_SCOPE: Fact = Fact {
    id: "first_product_scope",
    label: t!("首创产品类别", "kind of first-of-its-kind product"),
    kind: Kind::Choice(&[
        Choice {
            id: "international",
            label: t!(
                "国际首创（国际首次研制）",
                "an international first (first developed anywhere)"
            ),
        },
        Choice {
            id: "domestic",
            label: t!(
                "国内首创（国内首次研制）",
                "a domestic first (first developed in China)"
            ),
        },
        Choice {
            id: "neither",
            label: t!("都不是", "neither"),
        },
    ]),
    topic: Topic::Projects,
    question: t!(
        "申报的产品属于国际首次研制，还是国内首次研制？",
        "Is the product the first of its kind developed internationally, or in China?",
    ),
    help: t!("", ""),
};

pub static OWNS_FIRST_PRODUCT_CORE_IP: Fact = Fact {
    id: "owns_first_product_core_ip",
    label: t!("拥有首创产品关键核心技术的自主知识产权", "owns the IP of the product's key core technology"),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "申报单位是否拥有该首创产品关键核心技术的自主知识产权？",
        "Does the applicant own the intellectual property of the first product's key core technology?",
    ),
    help: t!("", ""),
};

pub static FIRST_MARKET_CONTRACT_ORDER: Fact = Fact {
    id: "first_market_contract_order",
    label: t!(
        "申报合同是该产品的第几个合同",
        "which of the product's contracts is the one applied with"
    ),
    kind: Kind::Count,
    topic: Topic::Projects,
    question: t!(
        "用于申报的合同是该首创产品的第几个销售合同（1、2、3……）？",
        "Which of the first product's sales contracts is the one applied with (1st, 2nd, 3rd…)?",
    ),
    help: t!(
        "可选择产品前3个合同中任意1个申报。",
        "Any one of the product's first 3 contracts may be used."
    ),
};

pub static PRODUCT_MATURELY_COMMERCIALISED: Fact = Fact {
    id: "product_maturely_commercialised",
    label: t!(
        "产品已成熟商业化",
        "the product is already mature and commercialised"
    ),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "该产品是否已成熟商业化？",
        "Is the product already mature and commercialised?"
    ),
    help: t!(
        "已成熟商业化的产品不予支持。",
        "Products already mature and commercialised are not supported."
    ),
};

pub static FIRST_MARKET_CONTRACT_SIGNED_ON: Fact = Fact {
    id: "first_market_contract_signed_on",
    label: t!(
        "首次进入市场合同签订日期",
        "signing date of the first-market contract"
    ),
    kind: Kind::Date,
    topic: Topic::Projects,
    question: t!(
        "用于申报的合同签订日期是？",
        "When was the contract applied with signed?"
    ),
    help: t!(
        "以合同签订日期为准，须在申报之日前1年内。",
        "The date on the contract; it must fall within 1 year before the application."
    ),
};

pub static FIRST_MARKET_CONTRACT_AMOUNT: Fact = Fact {
    id: "first_market_contract_amount",
    label: t!("首次进入市场合同金额", "first-market contract amount"),
    kind: Kind::Amount,
    topic: Topic::Projects,
    question: t!(
        "用于申报的首次进入市场合同金额是多少（万元）？",
        "What is the amount of the first-market contract applied with (万元)?"
    ),
    help: t!("", ""),
};

// ---- 第十二条 ---------------------------------------------------------------------------------

pub static BEIJING_FIRST_SET_EQUIPMENT: Fact = Fact {
    id: "beijing_first_set_equipment",
    label: t!("研制的装备为有效期内的北京市首台(套)重大技术装备", "develops equipment recognised as a Beijing first-of-its-kind (首台(套)) major technical equipment, in force"),
    kind: Kind::Bool,
    topic: Topic::Awards,
    question: t!(
        "企业研制并投保的装备是否为北京市首台(套)重大技术装备（有效期内）？",
        "Is the insured equipment the company developed recognised as a Beijing first-of-its-kind (首台(套)) major technical equipment, with the recognition in force?",
    ),
    help: t!("", ""),
};

pub static FIRST_SET_INSURED: Fact = Fact {
    id: "first_set_insured",
    label: t!(
        "首台(套)装备已投保或续保",
        "the first-of-its-kind equipment is insured or the policy renewed"
    ),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "该首台(套)装备是否已投保或续保？",
        "Has the first-of-its-kind equipment been insured, or its policy renewed?"
    ),
    help: t!("", ""),
};

pub static FIRST_SET_INSURANCE_COVERS_CORE_RISKS: Fact = Fact {
    id: "first_set_insurance_covers_core_risks",
    label: t!("险种以创新性风险、使用风险及质量保障为核心", "the cover centres on innovation risk, use risk and quality assurance"),
    kind: Kind::Bool,
    topic: Topic::Finance,
    question: t!(
        "承保的险种是否以保障产品创新性风险、产品使用风险以及质量保障为核心？",
        "Does the insurance centre on covering the product's innovation risk, its use risk and quality assurance?",
    ),
    help: t!("", ""),
};

pub static FIRST_SET_PREMIUM: Fact = Fact {
    id: "first_set_premium",
    label: t!("首台(套)相关险种保险费（当年合计）", "premiums for the first-of-its-kind cover (year's total)"),
    kind: Kind::Amount,
    topic: Topic::Finance,
    question: t!(
        "企业当年为北京市首台(套)装备投保或续保的相关险种保险费合计多少（万元）？",
        "What premiums did the company pay this year, in total, to insure or renew cover for its Beijing first-of-its-kind equipment (万元)?",
    ),
    help: t!("按保险费的80%补贴，每家企业每年不超过100万元。", "80% of the premium is subsidised, up to 100 万元 per company per year."),
};

// ---- 第十三条 ---------------------------------------------------------------------------------

pub static SCENARIO_PROJECT_IN_BEIJING: Fact = Fact {
    id: "scenario_project_in_beijing",
    label: t!(
        "应用场景项目实施地在本市",
        "the application-scenario project is carried out in Beijing"
    ),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "应用场景示范项目的实施地是否在北京市范围内？",
        "Is the application-scenario demonstration project carried out in Beijing?"
    ),
    help: t!("", ""),
};

pub static SCENARIO_CONTRACT_AMOUNT: Fact = Fact {
    id: "scenario_contract_amount",
    label: t!(
        "应用场景项目合同金额",
        "application-scenario project contract amount"
    ),
    kind: Kind::Amount,
    topic: Topic::Projects,
    question: t!(
        "应用场景示范项目的合同金额是多少（万元）？",
        "What is the contract amount of the application-scenario demonstration project (万元)?"
    ),
    help: t!("", ""),
};

/// This 办法's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &SME_TECH_REGISTERED_THIS_YEAR,
    &COMPETITION_AWARD,
    &RECEIVED_5_5_IN_LAST_3_YEARS,
    &ON_SCALE_UP_LIST,
    &MEETS_SCALE_UP_FIELD_STANDARDS,
    &SOUND_OPERATIONS_3_YEARS,
    &BIOMEDICINE_FIRM,
    &HOLDS_DISRUPTIVE_CORE_PATENT,
    &DISRUPTIVE_PROJECT_STAGE,
    &SENIOR_EXPERT_RECOMMENDERS,
    &DISRUPTIVE_RESULTS_IN_BEIJING,
    &LEADING_ENTERPRISE_STATUS,
    &LEADS_CHAIN_CONSORTIUM,
    &CHAIN_WEAK_LINK,
    &CHAIN_PROJECT_TOTAL_INVESTMENT,
    &CENTRE_WITH_UNIVERSITIES_AND_SMES,
    &HAS_INNOVATION_PLAN,
    &RD_FACILITIES_AND_TALENT_SYSTEMS,
    &INNOVATION_CENTRE_TOTAL_BUDGET,
    &FIRST_PRODUCT_SCOPE,
    &OWNS_FIRST_PRODUCT_CORE_IP,
    &FIRST_MARKET_CONTRACT_ORDER,
    &PRODUCT_MATURELY_COMMERCIALISED,
    &FIRST_MARKET_CONTRACT_SIGNED_ON,
    &FIRST_MARKET_CONTRACT_AMOUNT,
    &BEIJING_FIRST_SET_EQUIPMENT,
    &FIRST_SET_INSURED,
    &FIRST_SET_INSURANCE_COVERS_CORE_RISKS,
    &FIRST_SET_PREMIUM,
    &SCENARIO_PROJECT_IN_BEIJING,
    &SCENARIO_CONTRACT_AMOUNT,
];

/// This 办法's measures, in article order.
pub static MEASURES: &[&Measure] = &[
    &M5_5, &M5_6, &M5_7, &M5_8, &M5_9, &M5_10, &M5_11, &M5_12, &M5_13,
];

// =================================================================================================
// 第五条 支持科技型小微企业开展关键技术创新。
// =================================================================================================

const A5: T = t!("5号 第五条", "Doc 5, Art. 5");

/// "注册成立时间在两个会计年度(含)以上": read as the firm existed in at least the two fiscal
/// years before the assessment year (founded on or before 31 December of the year before last),
/// so that both years the increase compares have R&D data.
pub const READING_5_5_FISCAL_YEARS: T = t!(
    "“注册成立时间在两个会计年度(含)以上”理解为：企业在评估年度之前的两个会计年度均已成立（即不晚于前年12月31日成立），两个年度均有研发费用数据可比。",
    "\"Incorporated for two fiscal years or more\" is read as: the company existed in both fiscal years before the assessment year (incorporated no later than 31 December of the year before last), so both years compared have R&D figures.",
);

/// The industry list in 支持内容 ends in 等 (open) and qualifies both the small tech firms and
/// the competition winners.
pub const READING_5_5_FIELDS: T = t!(
    "支持内容所列领域以“等高精尖产业领域”结尾，为开放列举；理解为对两个支持方向均适用。",
    "The fields in 支持内容 end in \"等高精尖产业领域\" (an open list) and are read as applying to both routes.",
);

/// True when the firm existed in both fiscal years before the assessment year.
fn two_fiscal_years(ctx: &Ctx) -> Outcome {
    Outcome::from_option(
        ctx.profile
            .date(&FOUNDED_ON)
            .map(|d| d.year() <= ctx.date.year() - 2),
    )
}

static TWO_FISCAL_YEARS: Condition = hard(
    t!("5号 第五条（二）1.(3)", "Doc 5, Art. 5(2)1(3)"),
    t!(
        "注册成立时间在两个会计年度(含)以上的",
        "incorporated for two fiscal years or more"
    ),
    Test::Custom {
        facts: &[&FOUNDED_ON],
        what: t!(
            "成立不晚于评估年度的前年12月31日",
            "incorporated no later than 31 December of the year before last"
        ),
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
        label: t!("100万元(含)至500万元", "from 100 (inclusive) to 500"),
    },
    Tier {
        from: incl(dec!(500)),
        to: None,
        cap: dec!(30),
        label: t!("500万元(含)以上", "500 or more"),
    },
];

/// （三）1.(1) tiers on the year-on-year R&D increase; (2) a younger firm on its R&D expense.
fn amount_5_5_rd(ctx: &Ctx) -> AmountEval {
    let p = ctx.profile;
    match two_fiscal_years(ctx) {
        Outcome::Met => {
            let inc = match (
                p.number(&RD_EXPENSE_LAST_YEAR),
                p.number(&RD_EXPENSE_YEAR_BEFORE),
            ) {
                (Some(a), Some(b)) => Some(a - b),
                _ => None,
            };
            let mut e = eval_tiers(
                t!("研发费用同比增量", "year-on-year R&D increase"),
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
            t!(
                "最近一个会计年度研发费用",
                "R&D expense in the latest fiscal year"
            ),
            RD_EXPENSE_LAST_YEAR.id,
            TIERS_5_5,
            p.number(&RD_EXPENSE_LAST_YEAR),
        ),
        _ => {
            let mut e = eval_tiers(
                t!("研发费用或其同比增量", "R&D expense or its increase"),
                FOUNDED_ON.id,
                TIERS_5_5,
                None,
            );
            e.missing = vec![FOUNDED_ON.id];
            e
        }
    }
}

pub static M5_5: Measure = Measure {
    id: "5.5",
    doc: &DOC,
    article: A5,
    title: t!("支持科技型小微企业开展关键技术创新", "Key technology innovation by small tech firms"),
    content: t!(
        "支持新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域的科技型小微企业、相关赛事获奖优胜企业,引导企业持续加大研发投入,开展关键技术创新攻关,不断提升企业创新实力和核心竞争力。",
        "Supports small and micro tech firms, and winners of the named competitions, in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields, to keep raising R&D spend, tackle key technologies, and strengthen their innovation and core competitiveness.",
    ),
    conditions_text: t!(
        "1. 纳入支持的科技型小微企业须满足以下条件:(1) 企业注册成立不超过 5 年(含),或当年入库的科技型中小企业。(2) 上一会计年度年末从业人员 100 人(含)以下,上一会计年度营业收入 2000 万元(含)以下。(3) 注册成立时间在两个会计年度(含)以上的,最近一个会计年度研发费用的同比增量 100 万元(含)以上。注册成立时间不足两个会计年度的,最近一个会计年度研发费用 100 万元(含)以上。\n2. 相关赛事获奖优胜企业须满足条件:获得中国创新创业大赛北京赛区一、二、三等奖,中国创新挑战赛北京赛区前 10 名,或中关村国际前沿科技创新大赛各领域赛前 3 名。",
        "1. Small tech firms must: (1) have been incorporated no more than 5 years (inclusive), or be a tech-based SME registered this year; (2) have had no more than 100 staff (inclusive) at the end of last fiscal year and revenue of no more than 20 million CNY (2,000 万元, inclusive) last fiscal year; (3) if incorporated for two fiscal years or more, have increased R&D expense year on year by 1 million CNY (100 万元, inclusive) or more in the latest fiscal year; if incorporated for less than two fiscal years, have spent 100 万元 (inclusive) or more on R&D in the latest fiscal year.\n2. Competition winners must have won a first, second or third prize of the China Innovation & Entrepreneurship Competition (Beijing), a top-10 place in the China Innovation Challenge (Beijing), or a top-3 place in a field round of the Zhongguancun International Frontier Technology Innovation Competition.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,支持资金用于企业加强创新能力建设。每家企业连续 3 年只能获得一次该项政策支持,且以下两个政策支持方向只能选择一种。\n1. 科技型小微企业支持方式及金额如下:(1)企业成立时间为两个会计年度(含)以上的,根据企业向主管税务机关申请享受研发费用加计扣除优惠时申报的最近两个会计年度的研发费用,按照企业最近一个会计年度研发费用的同比增量,分两档给予资金支持。研发费用同比增量为 500 万元(含)以上,给予不超过 30 万元的资金支持;研发费用同比增量为 100 万元(含)至 500 万元的,给予不超过 20 万元的资金支持。(2)企业成立时间不足两个会计年度的,根据企业向主管税务机关申请享受研发费用加计扣除优惠时申报的最近一个会计年度的研发费用,参照上述档位、金额给予资金支持。\n2. 给予中国创新创业大赛北京赛区一等奖企业、中国创新挑战赛北京赛区第一至三名企业和中关村国际前沿科技创新大赛各领域赛第一名企业不超过 30 万元资金支持;给予中国创新创业大赛北京赛区二等奖企业、中国创新挑战赛北京赛区第四至六名企业和中关村国际前沿科技创新大赛各领域赛第二名企业不超过 20 万元资金支持;给予中国创新创业大赛北京赛区三等奖企业、中国创新挑战赛北京赛区第七至十名企业和中关村国际前沿科技创新大赛各领域赛第三名企业不超过 10 万元资金支持。",
        "Post-subsidy, used to strengthen innovation capability. Each company may receive this support once in any 3 consecutive years, and may choose only one of the two routes below.\n1. Small tech firms: (1) a firm incorporated for two fiscal years or more is supported in two tiers by the year-on-year increase of its R&D expense in the latest fiscal year, as declared to the tax authority for the R&D super-deduction for the latest two fiscal years: an increase of 5 million CNY (500 万元, inclusive) or more, up to 300,000 CNY (30 万元); an increase from 100 万元 (inclusive) to 500 万元, up to 20 万元. (2) A firm incorporated for less than two fiscal years is supported on the same tiers and amounts by its R&D expense in the latest fiscal year as so declared.\n2. Up to 30 万元 for a first prize of the China Innovation & Entrepreneurship Competition (Beijing), 1st–3rd in the China Innovation Challenge (Beijing) or 1st in a field round of the Zhongguancun International Frontier Technology Innovation Competition; up to 20 万元 for a second prize, 4th–6th, or 2nd; up to 10 万元 for a third prize, 7th–10th, or 3rd.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[
        Route {
            id: "rd-growth",
            title: t!("科技型小微企业（研发投入增长）", "Small tech firm (R&D growth)"),
            conditions: Condition::All(&[
                // （一）支持新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域的科技型小微企业
                hard(
                    t!("5号 第五条（一）", "Doc 5, Art. 5(1)"),
                    t!(
                        "新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                        "next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields",
                    ),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_5_5_FIELDS),
                // (1) 企业注册成立不超过 5 年(含),或当年入库的科技型中小企业。
                Condition::Any(&[
                    hard(
                        t!("5号 第五条（二）1.(1)", "Doc 5, Art. 5(2)1(1)"),
                        t!("企业注册成立不超过 5 年(含)", "incorporated no more than 5 years ago (inclusive)"),
                        Test::WithinYears(&FOUNDED_ON, 5),
                    ),
                    hard(
                        t!("5号 第五条（二）1.(1)", "Doc 5, Art. 5(2)1(1)"),
                        t!("或当年入库的科技型中小企业", "or a tech-based SME registered this year"),
                        Test::Yes(&SME_TECH_REGISTERED_THIS_YEAR),
                    ),
                ]),
                // (2) 上一会计年度年末从业人员 100 人(含)以下,上一会计年度营业收入 2000 万元(含)以下。
                hard(
                    t!("5号 第五条（二）1.(2)", "Doc 5, Art. 5(2)1(2)"),
                    t!("上一会计年度年末从业人员 100 人(含)以下", "no more than 100 staff (inclusive) at the end of last fiscal year"),
                    Test::Cmp(&HEADCOUNT_LAST_YEAR, Cmp::Le, dec!(100)),
                ),
                hard(
                    t!("5号 第五条（二）1.(2)", "Doc 5, Art. 5(2)1(2)"),
                    t!("上一会计年度营业收入 2000 万元(含)以下", "revenue of no more than 2,000 万元 (inclusive) last fiscal year"),
                    Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Le, dec!(2000)),
                ),
                // (3) 注册成立时间在两个会计年度(含)以上的,最近一个会计年度研发费用的同比增量 100 万元(含)
                // 以上。注册成立时间不足两个会计年度的,最近一个会计年度研发费用 100 万元(含)以上。
                Condition::Any(&[
                    Condition::All(&[
                        TWO_FISCAL_YEARS,
                        hard(
                            t!("5号 第五条（二）1.(3)", "Doc 5, Art. 5(2)1(3)"),
                            t!("最近一个会计年度研发费用的同比增量 100 万元(含)以上", "a year-on-year R&D increase of 100 万元 (inclusive) or more in the latest fiscal year"),
                            Test::Diff {
                                minuend: &RD_EXPENSE_LAST_YEAR,
                                subtrahend: &RD_EXPENSE_YEAR_BEFORE,
                                label: t!("研发费用同比增量", "year-on-year R&D increase"),
                                cmp: Cmp::Ge,
                                threshold: dec!(100),
                            },
                        ),
                    ]),
                    Condition::All(&[
                        Condition::Not(&TWO_FISCAL_YEARS),
                        hard(
                            t!("5号 第五条（二）1.(3)", "Doc 5, Art. 5(2)1(3)"),
                            t!("注册成立时间不足两个会计年度的,最近一个会计年度研发费用 100 万元(含)以上", "if incorporated for less than two fiscal years, R&D expense of 100 万元 (inclusive) or more in the latest fiscal year"),
                            Test::Cmp(&RD_EXPENSE_LAST_YEAR, Cmp::Ge, dec!(100)),
                        ),
                    ]),
                ]),
            ]),
            amount: Amount::Custom { ceiling: Some(dec!(30)), eval: amount_5_5_rd },
            amount_cite: t!("5号 第五条（三）1.", "Doc 5, Art. 5(3)1"),
            amount_clause: t!(
                "研发费用同比增量为 500 万元(含)以上,给予不超过 30 万元的资金支持;研发费用同比增量为 100 万元(含)至 500 万元的,给予不超过 20 万元的资金支持。",
                "an R&D increase of 500 万元 (inclusive) or more: up to 30 万元; from 100 万元 (inclusive) to 500 万元: up to 20 万元",
            ),
        },
        Route {
            id: "competition",
            title: t!("相关赛事获奖优胜企业", "Competition winner"),
            conditions: Condition::All(&[
                hard(
                    t!("5号 第五条（一）", "Doc 5, Art. 5(1)"),
                    t!(
                        "新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                        "next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields",
                    ),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                )
                .read_as(READING_5_5_FIELDS),
                // 2. 获得中国创新创业大赛北京赛区一、二、三等奖,中国创新挑战赛北京赛区前 10 名,或中关村国际前沿科技创新大赛各领域赛前 3 名。
                hard(
                    t!("5号 第五条（二）2.", "Doc 5, Art. 5(2)2"),
                    t!(
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
                    ("cicc_first", dec!(30), t!("中国创新创业大赛北京赛区一等奖", "CIEC Beijing first prize")),
                    ("challenge_1_3", dec!(30), t!("中国创新挑战赛北京赛区第一至三名", "China Innovation Challenge Beijing 1st–3rd")),
                    ("frontier_first", dec!(30), t!("中关村国际前沿科技创新大赛各领域赛第一名", "ZGC Frontier field round 1st")),
                    ("cicc_second", dec!(20), t!("中国创新创业大赛北京赛区二等奖", "CIEC Beijing second prize")),
                    ("challenge_4_6", dec!(20), t!("中国创新挑战赛北京赛区第四至六名", "China Innovation Challenge Beijing 4th–6th")),
                    ("frontier_second", dec!(20), t!("中关村国际前沿科技创新大赛各领域赛第二名", "ZGC Frontier field round 2nd")),
                    ("cicc_third", dec!(10), t!("中国创新创业大赛北京赛区三等奖", "CIEC Beijing third prize")),
                    ("challenge_7_10", dec!(10), t!("中国创新挑战赛北京赛区第七至十名", "China Innovation Challenge Beijing 7th–10th")),
                    ("frontier_third", dec!(10), t!("中关村国际前沿科技创新大赛各领域赛第三名", "ZGC Frontier field round 3rd")),
                ],
            },
            amount_cite: t!("5号 第五条（三）2.", "Doc 5, Art. 5(3)2"),
            amount_clause: t!(
                "给予中国创新创业大赛北京赛区一等奖企业、中国创新挑战赛北京赛区第一至三名企业和中关村国际前沿科技创新大赛各领域赛第一名企业不超过 30 万元资金支持;……二等奖……第四至六名……第二名……不超过 20 万元;……三等奖……第七至十名……第三名……不超过 10 万元",
                "first prize / 1st–3rd / field 1st: up to 30 万元; second prize / 4th–6th / field 2nd: up to 20 万元; third prize / 7th–10th / field 3rd: up to 10 万元",
            ),
        },
    ],
    once_in_3_years: Some((
        &RECEIVED_5_5_IN_LAST_3_YEARS,
        t!("每家企业连续 3 年只能获得一次该项政策支持", "each company may receive this support once in any 3 consecutive years"),
    )),
    cross_rules: &[],
    readings: &[READING_5_5_FISCAL_YEARS, READING_5_5_FIELDS],
    notice: None,
};

// =================================================================================================
// 第六条 支持培育前沿技术企业。
// =================================================================================================

const A6: T = t!("5号 第六条", "Doc 5, Art. 6");

/// "生物医药领域企业" is narrower than the 医药健康 field of `industry_field` (which also covers
/// health services and the like), so it is asked directly, not inferred from the field.
pub const READING_5_6_BIOMEDICINE: T = t!(
    "“生物医药领域企业”窄于“医药健康”领域，按企业自报是否属于生物医药领域判断，不由所属产业领域推断。",
    "\"A biomedicine company\" is narrower than the medicine-and-health field, so the company says whether it is one; it is not inferred from its industry field.",
);

/// Year 2 is "不超过 300" or "不超过 100" by the year-1 review; an assessment made before the
/// review can only give the higher cap, and says so.
pub const READING_5_6_YEAR_2: T = t!(
    "第二年支持额取决于第一年考核：考核指标均完成的不超过300万元，创新指标完成但经济指标尚有差距的不超过100万元。此处按较高的300万元列示上限。",
    "Year 2 depends on the year-1 review: up to 300 万元 if every target is met, up to 100 万元 if the innovation targets are met but the economic ones fall short. The higher cap, 300, is shown here.",
);

/// 采取股权投资支持方式的,股权投资主体、投资方式等按照本市相关规定执行,具体情况以当年度申报通知为准。
const NOTICE_EQUITY: T = t!(
    "5号 第十五条：采取股权投资支持方式的,股权投资主体、投资方式等按照本市相关规定执行,具体情况以当年度申报通知为准。",
    "Doc 5, Art. 15: where support takes the form of equity investment, the investing body and terms follow the city's rules; the year's application notice gives the details.",
);

/// （三）第一年不超过200万元；第二年不超过300万元（或100万元）；第三年股权投资不超过1500万元。
static YEARS_5_6: &[Year] = &[
    Year {
        year: 1,
        // 第一年支持金额不超过 200 万元
        cap: dec!(200),
        equity: false,
        note: t!("事前补助：第一年支持金额不超过 200 万元", "advance subsidy: up to 200 万元 in year 1"),
    },
    Year {
        year: 2,
        // 考核指标均完成的,第二年给予不超过 300 万元的资金支持(经济指标尚有差距的不超过 100 万元)
        cap: dec!(300),
        equity: false,
        note: t!(
            "事前补助：对企业发展良好,考核指标均完成的,第二年给予不超过 300 万元的资金支持;……创新指标考核完成但经济指标考核尚有一定差距的,第二年给予不超过 100 万元的资金支持",
            "advance subsidy: up to 300 万元 in year 2 if the company did well and met every target (up to 100 万元 if it met the innovation targets but fell short on the economic ones)",
        ),
    },
    Year {
        year: 3,
        // 市级相关平台出资额不超过 1500 万元,占股比例不超过 30%,且不为第一大股东
        cap: dec!(1500),
        equity: true,
        note: t!(
            "股权投资：对于前两年发展良好的企业,第三年可采取股权投资方式接续支持,市级相关平台出资额不超过 1500 万元,占股比例不超过 30%,且不为第一大股东",
            "equity: a company that did well in the first two years may get an equity investment in year 3 from a municipal platform of up to 1,500 万元, for at most 30% of the shares and never as the largest shareholder",
        ),
    },
];

pub static M5_6: Measure = Measure {
    id: "5.6",
    doc: &DOC,
    article: A6,
    title: t!("支持培育前沿技术企业", "Growing frontier-technology companies"),
    content: t!(
        "挖掘培育掌握前沿技术的优质硬科技初创期企业,支持企业开展前沿技术研发、转化和产业化,培育具有国际影响力的创新型企业。",
        "Finds and grows high-quality hard-tech start-ups that master frontier technologies, supports their frontier R&D, its transfer and industrialisation, and grows innovative companies with international influence.",
    ),
    conditions_text: t!(
        "1. 企业注册成立不超过 5 年(含),其中生物医药领域企业注册成立不超过 7 年(含)。\n2. 企业掌握前沿技术,能够促进未来产业发展或对行业产生重要影响。\n3. 企业有较大的市场潜力和发展前景,具有良好的社会效益,有助于解决国家和北京市经济社会发展重大需求。",
        "1. The company was incorporated no more than 5 years ago (inclusive); a biomedicine company no more than 7 years ago (inclusive).\n2. The company masters a frontier technology that can advance future industries or have an important effect on its industry.\n3. The company has large market potential and good prospects, good social benefits, and helps meet major economic and social needs of the nation and of Beijing.",
    ),
    amount_text: t!(
        "采取事前补助+股权投资方式给予支持。第一、二年采取事前补助方式,第一年支持金额不超过 200 万元,第二年依据任务书约定的绩效目标完成情况和企业的成长性,按照“创新指标考核为主、经济指标考核为辅”的原则动态调整支持方案。对企业发展良好,考核指标均完成的,第二年给予不超过 300 万元的资金支持;对企业发展较好,创新指标考核完成但经济指标考核尚有一定差距的,第二年给予不超过 100 万元的资金支持。支持资金用于企业加强创新能力建设。对于前两年发展良好的企业,第三年可采取股权投资方式接续支持,市级相关平台出资额不超过 1500 万元,占股比例不超过 30%,且不为第一大股东。",
        "Advance subsidy plus equity investment. Years 1 and 2 are advance subsidies: up to 2 million CNY (200 万元) in year 1; in year 2 the support is adjusted to the performance targets of the task agreement and the company's growth, mainly on innovation targets and secondarily on economic ones. A company that did well and met every target gets up to 300 万元 in year 2; one that did fairly well, meeting the innovation targets but falling somewhat short on the economic ones, up to 100 万元. The money is used to strengthen innovation capability. A company that did well in the first two years may be supported in year 3 by an equity investment from a municipal platform of up to 1,500 万元, for at most 30% of the shares and never as the largest shareholder.",
    ),
    methods: &[Method::PreSubsidy, Method::Equity],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("前沿技术企业", "Frontier-technology company"),
        conditions: Condition::All(&[
            // 1. 企业注册成立不超过 5 年(含),其中生物医药领域企业注册成立不超过 7 年(含)。
            Condition::Any(&[
                hard(
                    t!("5号 第六条（二）1.", "Doc 5, Art. 6(2)1"),
                    t!("企业注册成立不超过 5 年(含)", "incorporated no more than 5 years ago (inclusive)"),
                    Test::WithinYears(&FOUNDED_ON, 5),
                ),
                Condition::All(&[
                    hard(
                        t!("5号 第六条（二）1.", "Doc 5, Art. 6(2)1"),
                        t!("其中生物医药领域企业", "a biomedicine company"),
                        Test::Yes(&BIOMEDICINE_FIRM),
                    )
                    .read_as(READING_5_6_BIOMEDICINE),
                    hard(
                        t!("5号 第六条（二）1.", "Doc 5, Art. 6(2)1"),
                        t!("生物医药领域企业注册成立不超过 7 年(含)", "a biomedicine company incorporated no more than 7 years ago (inclusive)"),
                        Test::WithinYears(&FOUNDED_ON, 7),
                    ),
                ]),
            ]),
            // 2. 企业掌握前沿技术,能够促进未来产业发展或对行业产生重要影响。
            judgement(
                t!("5号 第六条（二）2.", "Doc 5, Art. 6(2)2"),
                t!(
                    "企业掌握前沿技术,能够促进未来产业发展或对行业产生重要影响",
                    "masters a frontier technology that can advance future industries or have an important effect on its industry",
                ),
            ),
            // 3. 企业有较大的市场潜力和发展前景,具有良好的社会效益,有助于解决国家和北京市经济社会发展重大需求。
            judgement(
                t!("5号 第六条（二）3.", "Doc 5, Art. 6(2)3"),
                t!(
                    "企业有较大的市场潜力和发展前景,具有良好的社会效益,有助于解决国家和北京市经济社会发展重大需求",
                    "large market potential and good prospects, good social benefits, helps meet major needs of the nation and Beijing",
                ),
            ),
            // 第二年依据任务书约定的绩效目标完成情况和企业的成长性……动态调整支持方案。
            judgement(
                t!("5号 第六条（三）", "Doc 5, Art. 6(3)"),
                t!(
                    "第二年依据任务书约定的绩效目标完成情况和企业的成长性,按照“创新指标考核为主、经济指标考核为辅”的原则动态调整支持方案",
                    "year 2 is adjusted to the task agreement's performance targets and the company's growth, mainly on innovation targets",
                ),
            )
            .read_as(READING_5_6_YEAR_2),
        ]),
        amount: Amount::Schedule { years: YEARS_5_6, total: None, limit: None },
        amount_cite: t!("5号 第六条（三）", "Doc 5, Art. 6(3)"),
        amount_clause: t!(
            "第一年支持金额不超过 200 万元……考核指标均完成的,第二年给予不超过 300 万元的资金支持;……创新指标考核完成但经济指标考核尚有一定差距的,第二年给予不超过 100 万元的资金支持。……第三年可采取股权投资方式接续支持,市级相关平台出资额不超过 1500 万元",
            "up to 200 万元 in year 1; up to 300 万元 in year 2 if every target is met (100 万元 if only the innovation targets are); an equity investment of up to 1,500 万元 in year 3",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_6_BIOMEDICINE, READING_5_6_YEAR_2],
    notice: Some(NOTICE_EQUITY),
};

// =================================================================================================
// 第七条 支持高新技术企业“小升规”培育。
// =================================================================================================

const A7: T = t!("5号 第七条", "Doc 5, Art. 7");

pub static M5_7: Measure = Measure {
    id: "5.7",
    doc: &DOC,
    article: A7,
    title: t!("支持高新技术企业“小升规”培育", "Helping high-tech firms grow from small to large (小升规)"),
    content: t!(
        "推动一批具有较高科技含量和高成长潜力的中小型国家高新技术企业加快具备持续创新能力和一定的规模经济效益,形成促进本市经济高质量发展的有生力量。由各区、北京经济技术开发区遴选推荐符合条件的国家高新技术企业,形成全市统一的高新技术企业“小升规”培育清单。对新纳入“小升规”培育清单的企业,给予资金支持。",
        "Helps small and medium national high-tech enterprises with high technology content and growth potential build lasting innovation capability and economies of scale. The districts and the Beijing Economic-Technological Development Area select and recommend qualifying national high-tech enterprises to form a city-wide 'small to large' cultivation list; companies newly placed on the list receive funding.",
    ),
    conditions_text: t!(
        "由各区、北京经济技术开发区遴选推荐纳入培育清单的国家高新技术企业,应符合以下条件:\n1. 属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域。\n2. 收入贡献、研发投入、研发人员达到所属领域对应的标准。\n3. 近3年(不满3年的按实际经营时间计算)财务及生产经营状况良好,无不良信用记录。",
        "National high-tech enterprises recommended for the list by the districts and the Beijing Economic-Technological Development Area must:\n1. Be in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field.\n2. Meet the field's standards for revenue contribution, R&D spend and R&D staff.\n3. Have had sound finances and operations and no bad credit record over the last 3 years (or since founding, if less).",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,对新纳入“小升规”培育清单的企业,一次性给予20万元的资金支持。支持资金用于企业加强创新能力建设。",
        "Post-subsidy: a company newly placed on the list receives a one-off 200,000 CNY (20 万元), used to strengthen innovation capability.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("新纳入“小升规”培育清单", "Newly on the cultivation list"),
        conditions: Condition::All(&[
            // 由各区、北京经济技术开发区遴选推荐纳入培育清单的国家高新技术企业
            hard(A7, t!("国家高新技术企业", "a national high-tech enterprise"), Test::Yes(&NATIONAL_HIGH_TECH)),
            hard(
                A7,
                t!("对新纳入“小升规”培育清单的企业,给予资金支持", "companies newly placed on the cultivation list receive funding"),
                Test::Yes(&ON_SCALE_UP_LIST),
            ),
            // 1. 属于……等高精尖产业领域。
            hard(
                t!("5号 第七条（二）1.", "Doc 5, Art. 7(2)1"),
                t!(
                    "属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                    "in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field",
                ),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            // 2. 收入贡献、研发投入、研发人员达到所属领域对应的标准。
            attested(
                t!("5号 第七条（二）2.", "Doc 5, Art. 7(2)2"),
                t!("收入贡献、研发投入、研发人员达到所属领域对应的标准", "revenue contribution, R&D spend and R&D staff meet the field's standards"),
                Test::Yes(&MEETS_SCALE_UP_FIELD_STANDARDS),
            ),
            // 3. 近3年……财务及生产经营状况良好,无不良信用记录。
            attested(
                t!("5号 第七条（二）3.", "Doc 5, Art. 7(2)3"),
                t!(
                    "近3年(不满3年的按实际经营时间计算)财务及生产经营状况良好,无不良信用记录",
                    "sound finances and operations and no bad credit record over the last 3 years (or since founding)",
                ),
                Test::Yes(&SOUND_OPERATIONS_3_YEARS),
            ),
        ]),
        // 一次性给予20万元
        amount: Amount::Fixed(dec!(20)),
        amount_cite: t!("5号 第七条（三）", "Doc 5, Art. 7(3)"),
        amount_clause: t!("对新纳入“小升规”培育清单的企业,一次性给予20万元的资金支持", "a one-off 20 万元 for a company newly placed on the list"),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[],
    notice: None,
};

// =================================================================================================
// 第八条 支持企业开展颠覆性技术创新。
// =================================================================================================

const A8: T = t!("5号 第八条", "Doc 5, Art. 8");

/// "新一代信息技术、医药健康、新材料领域" has no 等: a closed list. The other high-end fields
/// (intelligent manufacturing, green energy, or any field the year's notice adds) are outside it.
pub const READING_5_8_FIELDS: T = t!(
    "“新一代信息技术、医药健康、新材料领域”未以“等”结尾，为封闭列举：仅此三个领域的企业可申报，智能制造、绿色能源与节能环保及其他高精尖领域不在其内。",
    "\"Next-generation IT, medicine and health, new materials\" has no 等 (\"and others\"): a closed list. Only these three fields qualify; intelligent manufacturing, green energy and other high-end fields do not.",
);

/// （三）第一年不超过200万元；第二年不超过500万元；第三年股权投资不超过3000万元。
static YEARS_5_8: &[Year] = &[
    Year {
        year: 1,
        // 根据项目预算和专家评审情况,第一年支持金额不超过200万元
        cap: dec!(200),
        equity: false,
        note: t!("事前补助：根据项目预算和专家评审情况,第一年支持金额不超过200万元", "advance subsidy: up to 200 万元 in year 1, by the project budget and expert review"),
    },
    Year {
        year: 2,
        // 第二年根据绩效目标完成情况给予不超过500万元资金支持
        cap: dec!(500),
        equity: false,
        note: t!("事前补助：第二年根据绩效目标完成情况给予不超过500万元资金支持", "advance subsidy: up to 500 万元 in year 2, by how far the performance targets were met"),
    },
    Year {
        year: 3,
        // 市级相关平台出资额不超过3000万元,占股比例不超过30%,且不为第一大股东
        cap: dec!(3000),
        equity: true,
        note: t!(
            "股权投资：第三年对企业具有重大技术突破、能够替代现有技术、预期将形成产业发展新增长点的颠覆性技术创新项目,采取股权投资方式给予支持,市级相关平台出资额不超过3000万元,占股比例不超过30%,且不为第一大股东",
            "equity: in year 3, a disruptive project with a major breakthrough, able to replace existing technology and expected to become a new growth point, may get an equity investment from a municipal platform of up to 3,000 万元, for at most 30% of the shares and never as the largest shareholder",
        ),
    },
];

pub static M5_8: Measure = Measure {
    id: "5.8",
    doc: &DOC,
    article: A8,
    title: t!("支持企业开展颠覆性技术创新", "Disruptive technology innovation by companies"),
    content: t!(
        "支持新一代信息技术、医药健康、新材料领域企业独立或者与高等学校、科研机构以及其他企业合作开展颠覆性技术创新,且在京转化落地创新成果。",
        "Supports companies in next-generation IT, medicine and health, and new materials that pursue disruptive technology innovation, alone or with universities, research institutes and other companies, and convert and put the results to use in Beijing.",
    ),
    conditions_text: t!(
        "1. 颠覆性技术是指通过新科学原理突破或技术创新组合,突破传统或主流的技术或产品路线,对已有技术、产品、工艺流程、设计方案等进行另辟蹊径变革的新技术。颠覆性技术的创新应用能够改变原有的技术、产品、市场发展轨道,逐步取代目前的传统技术、主流产品,并产生重塑产业格局、生产方式、商业模式。\n2. 企业必须拥有与核心颠覆性技术领域相关的基础专利或核心专利,且无知识产权纠纷。\n3. 项目应已经完成基础理论创新,进入技术概念验证或科技成果转化阶段,且至少由两位正高级技术专家实名推荐。",
        "1. A disruptive technology is a new technology that, through a breakthrough in scientific principle or a new combination of technologies, breaks with the traditional or mainstream technical or product route and transforms existing technologies, products, processes or designs by a different path. Its innovative use can change the course of existing technologies, products and markets, gradually replace today's traditional technologies and mainstream products, and reshape industry structure, modes of production and business models.\n2. The company must hold a basic or core patent related to the field of its core disruptive technology, with no IP dispute.\n3. The project must have completed its basic theoretical innovation and entered technical proof of concept or the transfer of research results, and be recommended by name by at least two senior (正高级) technical experts.",
    ),
    amount_text: t!(
        "采取事前补助+股权投资方式给予支持。第一、二年采取事前补助方式给予资金支持,根据项目预算和专家评审情况,第一年支持金额不超过200万元,第二年根据绩效目标完成情况给予不超过500万元资金支持。第三年对企业具有重大技术突破、能够替代现有技术、预期将形成产业发展新增长点的颠覆性技术创新项目,采取股权投资方式给予支持,市级相关平台出资额不超过3000万元,占股比例不超过30%,且不为第一大股东。",
        "Advance subsidy plus equity investment. Years 1 and 2 are advance subsidies: by the project budget and expert review, up to 2 million CNY (200 万元) in year 1, and up to 500 万元 in year 2 by how far the performance targets were met. In year 3, a disruptive project with a major technical breakthrough, able to replace existing technology and expected to become a new growth point for industry, is supported by an equity investment from a municipal platform of up to 3,000 万元, for at most 30% of the shares and never as the largest shareholder.",
    ),
    methods: &[Method::PreSubsidy, Method::Equity],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("颠覆性技术创新项目", "Disruptive-innovation project"),
        conditions: Condition::All(&[
            // （一）支持新一代信息技术、医药健康、新材料领域企业
            hard(
                t!("5号 第八条（一）", "Doc 5, Art. 8(1)"),
                t!("新一代信息技术、医药健康、新材料领域企业", "a company in next-generation IT, medicine and health, or new materials"),
                Test::OneOf(&INDUSTRY_FIELD, &["ngit", "health", "new_materials"]),
            )
            .read_as(READING_5_8_FIELDS),
            // （一）且在京转化落地创新成果
            attested(
                t!("5号 第八条（一）", "Doc 5, Art. 8(1)"),
                t!("且在京转化落地创新成果", "and converts and puts the results to use in Beijing"),
                Test::Yes(&DISRUPTIVE_RESULTS_IN_BEIJING),
            ),
            // 1. 颠覆性技术是指通过新科学原理突破或技术创新组合……进行另辟蹊径变革的新技术。
            judgement(
                t!("5号 第八条（二）1.", "Doc 5, Art. 8(2)1"),
                t!(
                    "颠覆性技术是指通过新科学原理突破或技术创新组合,突破传统或主流的技术或产品路线,对已有技术、产品、工艺流程、设计方案等进行另辟蹊径变革的新技术",
                    "the technology is disruptive: it breaks with the traditional or mainstream route through new scientific principles or new combinations of technologies",
                ),
            ),
            // 2. 企业必须拥有与核心颠覆性技术领域相关的基础专利或核心专利,且无知识产权纠纷。
            hard(
                t!("5号 第八条（二）2.", "Doc 5, Art. 8(2)2"),
                t!(
                    "企业必须拥有与核心颠覆性技术领域相关的基础专利或核心专利",
                    "the company must hold a basic or core patent related to the field of its core disruptive technology",
                ),
                Test::Yes(&HOLDS_DISRUPTIVE_CORE_PATENT),
            ),
            attested(t!("5号 第八条（二）2.", "Doc 5, Art. 8(2)2"), t!("且无知识产权纠纷", "with no IP dispute"), Test::Yes(&NO_IP_DISPUTE)),
            // 3. 项目应已经完成基础理论创新,进入技术概念验证或科技成果转化阶段,
            attested(
                t!("5号 第八条（二）3.", "Doc 5, Art. 8(2)3"),
                t!(
                    "项目应已经完成基础理论创新,进入技术概念验证或科技成果转化阶段",
                    "the project has completed its basic theoretical innovation and entered proof of concept or the transfer of results",
                ),
                Test::OneOf(&DISRUPTIVE_PROJECT_STAGE, &["proof_of_concept", "transfer"]),
            ),
            // 且至少由两位正高级技术专家实名推荐。
            hard(
                t!("5号 第八条（二）3.", "Doc 5, Art. 8(2)3"),
                t!("且至少由两位正高级技术专家实名推荐", "and is recommended by name by at least two senior (正高级) technical experts"),
                Test::Cmp(&SENIOR_EXPERT_RECOMMENDERS, Cmp::Ge, dec!(2)),
            ),
            // （三）根据项目预算和专家评审情况
            judgement(
                t!("5号 第八条（三）", "Doc 5, Art. 8(3)"),
                t!("根据项目预算和专家评审情况", "by the project budget and expert review"),
            ),
        ]),
        amount: Amount::Schedule { years: YEARS_5_8, total: None, limit: None },
        amount_cite: t!("5号 第八条（三）", "Doc 5, Art. 8(3)"),
        amount_clause: t!(
            "第一年支持金额不超过200万元,第二年根据绩效目标完成情况给予不超过500万元资金支持。……市级相关平台出资额不超过3000万元",
            "up to 200 万元 in year 1 and up to 500 万元 in year 2; an equity investment of up to 3,000 万元 in year 3",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_8_FIELDS],
    notice: Some(NOTICE_EQUITY),
};

// =================================================================================================
// 第九条 支持领军企业实施“强链工程”。
// =================================================================================================

const A9: T = t!("5号 第九条", "Doc 5, Art. 9");

/// Neither "领军企业" nor "符合条件的独角兽企业" is defined in the 办法: the company declares it
/// and the agency confirms it (attested, not checked).
pub const READING_5_9_LEADER: T = t!(
    "本办法未界定“领军企业”和“符合条件的独角兽企业”：由企业自报，经评审确认；独角兽企业的具体条件以年度申报通知为准。",
    "The 办法 defines neither \"leading enterprise\" nor \"qualifying unicorn\": the company declares it and the reviewers confirm it; the year's notice sets the unicorn conditions.",
);

/// "…等高精尖产业领域" is open: a field beyond the five named counts if the year's notice names
/// it as high-end (the option "其他高精尖产业领域").
pub const READING_HIGH_END_OPEN: T = t!(
    "“高精尖产业领域”为开放类别：所列五个领域之外，年度申报通知列明的其他高精尖领域同样符合（选项“其他高精尖产业领域”）。",
    "\"High-end fields\" is an open category: beyond the five named, any high-end field the year's notice names also qualifies (the option \"another high-end field\").",
);

/// "优先采取股权投资……确有必要的……给予事前补助": two routes. The engine reports the route
/// paying the most cash, which is the advance subsidy; it is the exception, given only where
/// "确有必要", so it stays subject to review, and the equity route is shown beside it.
pub const READING_5_9_ROUTES: T = t!(
    "本条优先采取股权投资（不超过项目总投资额30%，最高1000万元）；“确有必要的”才按有关程序给予事前补助（最高1000万元）。两种方式择一，列示的现金上限来自事前补助方向，须经评审认定确有必要；股权投资方向的金额另列。",
    "Equity investment comes first (at most 30% of the project's total investment, up to 1,000 万元); an advance subsidy (up to 1,000 万元) is given only \"where truly necessary\". One or the other: the cash cap shown comes from the advance-subsidy route and depends on the reviewers finding it necessary; the equity route's amount is shown apart.",
);

/// 1.–3. and the 牵头 of 支持内容: both routes share them.
static CONDITIONS_5_9: Condition = Condition::All(&[
    // （一）支持领军企业、符合条件的独角兽企业牵头
    attested(
        t!("5号 第九条（一）", "Doc 5, Art. 9(1)"),
        t!("领军企业、符合条件的独角兽企业牵头", "led by a leading enterprise or a qualifying unicorn"),
        Test::OneOf(&LEADING_ENTERPRISE_STATUS, &["leader", "unicorn"]),
    )
    .read_as(READING_5_9_LEADER),
    // 围绕重点产业链关键环节,通过“揭榜挂帅”方式,遴选研发合作单位和团队,组建产学研协同、上下游衔接的创新联合体
    attested(
        t!("5号 第九条（一）", "Doc 5, Art. 9(1)"),
        t!(
            "围绕重点产业链关键环节,通过“揭榜挂帅”方式,遴选研发合作单位和团队,组建产学研协同、上下游衔接的创新联合体",
            "around key links of major industrial chains, picks R&D partners and teams by open call (揭榜挂帅) and forms an innovation consortium",
        ),
        Test::Yes(&LEADS_CHAIN_CONSORTIUM),
    ),
    // 1. 企业技术研发实力强,产品在国际国内市场占据领先优势,具有产业链供应链整合构建能力。
    judgement(
        t!("5号 第九条（二）1.", "Doc 5, Art. 9(2)1"),
        t!(
            "企业技术研发实力强,产品在国际国内市场占据领先优势,具有产业链供应链整合构建能力",
            "strong R&D, products leading at home and abroad, able to integrate and build industrial and supply chains",
        ),
    ),
    // 2. 研发的技术、产品属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域
    hard(
        t!("5号 第九条（二）2.", "Doc 5, Art. 9(2)2"),
        t!(
            "属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
            "in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field",
        ),
        Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
    )
    .read_as(READING_HIGH_END_OPEN),
    // 中需进一步做优做强的产业链供应链薄弱环节
    judgement(
        t!("5号 第九条（二）2.", "Doc 5, Art. 9(2)2"),
        t!("中需进一步做优做强的产业链供应链薄弱环节", "a weak link of the industrial or supply chain that needs strengthening"),
    ),
    // 并满足以下条件之一:(1)……底层“卡脖子”技术……(2)……关键核心部件……(3)……关键知识产权
    attested(
        t!("5号 第九条（二）2.", "Doc 5, Art. 9(2)2"),
        t!(
            "并满足以下条件之一:(1) 属于严重依赖国外企业的底层“卡脖子”技术,亟需实现自主可控。(2) 属于关键核心部件,市场需求强烈。(3) 属于前瞻布局的关键知识产权,抢占主导权。",
            "and is one of: (1) a choke-point technology heavily dependent on foreign firms; (2) a key core component in strong demand; (3) forward-looking key IP",
        ),
        Test::OneOf(&CHAIN_WEAK_LINK, &["choke_point", "key_component", "key_ip"]),
    ),
    // 3. 项目实施后能够实现关键核心技术、产品突破,补齐产业链供应链短板,并落地转化和产业化。
    judgement(
        t!("5号 第九条（二）3.", "Doc 5, Art. 9(2)3"),
        t!(
            "项目实施后能够实现关键核心技术、产品突破,补齐产业链供应链短板,并落地转化和产业化",
            "the project will achieve breakthroughs in key technologies or products, close the chain's gaps, and be converted and industrialised",
        ),
    ),
]);

/// 市级相关平台出资额不超过项目总投资额 30%,最高不超过 1000 万元
static EQUITY_5_9: Amount = Amount::Rate {
    rate: dec!(30),
    base: &CHAIN_PROJECT_TOTAL_INVESTMENT,
    cap: Some(dec!(1000)),
};

/// The equity route: 30% of the project's total investment, up to 1000, as an investment (no
/// cash). `Amount::Schedule` cannot limit an equity year by a share of a base, hence code.
pub static M5_9: Measure = Measure {
    id: "5.9",
    doc: &DOC,
    article: A9,
    title: t!("支持领军企业实施“强链工程”", "Chain-strengthening projects led by leading enterprises"),
    content: t!(
        "支持领军企业、符合条件的独角兽企业牵头,围绕重点产业链关键环节,通过“揭榜挂帅”方式,遴选研发合作单位和团队,组建产学研协同、上下游衔接的创新联合体,开展联合技术攻关,完善产业链供应链。",
        "Supports leading enterprises and qualifying unicorns that, around key links of major industrial chains, pick R&D partners and teams by open call (揭榜挂帅), form innovation consortia joining industry, academia and research, upstream and downstream, tackle technologies jointly and complete industrial and supply chains.",
    ),
    conditions_text: t!(
        "1. 企业技术研发实力强,产品在国际国内市场占据领先优势,具有产业链供应链整合构建能力。\n2. 研发的技术、产品属于新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域中需进一步做优做强的产业链供应链薄弱环节,并满足以下条件之一:\n(1) 属于严重依赖国外企业的底层“卡脖子”技术,亟需实现自主可控。\n(2) 属于关键核心部件,市场需求强烈。\n(3) 属于前瞻布局的关键知识产权,抢占主导权。\n3. 项目实施后能够实现关键核心技术、产品突破,补齐产业链供应链短板,并落地转化和产业化。",
        "1. The company has strong R&D, its products lead in international and domestic markets, and it can integrate and build industrial and supply chains.\n2. The technologies or products developed address a weak link, needing to be made better and stronger, of an industrial or supply chain in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field, and are one of:\n(1) a foundational choke-point (卡脖子) technology heavily dependent on foreign firms, urgently needing self-reliance;\n(2) a key core component in strong market demand;\n(3) forward-looking key intellectual property that secures a leading position.\n3. Once carried out, the project will achieve breakthroughs in key core technologies or products, close the gaps in the chain, and be converted and industrialised.",
    ),
    amount_text: t!(
        "优先采取股权投资方式进行支持,市级相关平台出资额不超过项目总投资额 30%,最高不超过 1000 万元,占股比例不超过 30%,且不为第一大股东。确有必要的,按有关程序给予事前补助支持,最高不超过 1000 万元。",
        "Equity investment comes first: a municipal platform invests at most 30% of the project's total investment, up to 10 million CNY (1,000 万元), for at most 30% of the shares and never as the largest shareholder. Where truly necessary, an advance subsidy of up to 1,000 万元 is given by the relevant procedure.",
    ),
    methods: &[Method::Equity, Method::PreSubsidy],
    applicants: &["enterprise"],
    routes: &[
        Route {
            id: "equity",
            title: t!("股权投资", "Equity investment"),
            conditions: CONDITIONS_5_9,
            amount: Amount::Equity(&EQUITY_5_9),
            amount_cite: t!("5号 第九条（三）", "Doc 5, Art. 9(3)"),
            amount_clause: t!(
                "优先采取股权投资方式进行支持,市级相关平台出资额不超过项目总投资额 30%,最高不超过 1000 万元,占股比例不超过 30%,且不为第一大股东",
                "equity first: the municipal platform invests at most 30% of the project's total investment, up to 1,000 万元",
            ),
        },
        Route {
            id: "advance",
            title: t!("事前补助（确有必要的）", "Advance subsidy (where truly necessary)"),
            conditions: Condition::All(&[
                CONDITIONS_5_9,
                // 确有必要的,按有关程序给予事前补助支持
                judgement(
                    t!("5号 第九条（三）", "Doc 5, Art. 9(3)"),
                    t!("确有必要的,按有关程序给予事前补助支持", "where truly necessary, an advance subsidy by the relevant procedure"),
                )
                .read_as(READING_5_9_ROUTES),
            ]),
            // 最高不超过 1000 万元
            amount: Amount::UpTo(dec!(1000)),
            amount_cite: t!("5号 第九条（三）", "Doc 5, Art. 9(3)"),
            amount_clause: t!("确有必要的,按有关程序给予事前补助支持,最高不超过 1000 万元", "where truly necessary, an advance subsidy of up to 1,000 万元"),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_9_LEADER, READING_HIGH_END_OPEN, READING_5_9_ROUTES],
    notice: Some(NOTICE_EQUITY),
};

// =================================================================================================
// 第十条 支持领军企业牵头建设技术创新中心。
// =================================================================================================

const A10: T = t!("5号 第十条", "Doc 5, Art. 10");

/// "按照技术创新中心建设预算总额30%的比例": 30% of the total budget bounds the support over the
/// whole period (with 2000 a year and 5000 in 3 years), not 30% of each year's spending.
pub const READING_5_10_BUDGET: T = t!(
    "“按照技术创新中心建设预算总额30%的比例”理解为：支持周期内的支持总额不超过建设预算总额的30%，同时每年不超过2000万元、3年累计不超过5000万元。",
    "\"30% of the centre's total construction budget\" is read as a bound on the support over the whole period, alongside 2,000 万元 a year and 5,000 万元 over 3 years.",
);

/// 单个技术创新中心每年支持金额不超过2000万元,其中第二、三年根据前一年度运行绩效考核结果择优支持
static YEARS_5_10: &[Year] = &[
    Year {
        year: 1,
        // 单个技术创新中心每年支持金额不超过2000万元
        cap: dec!(2000),
        equity: false,
        note: t!(
            "单个技术创新中心每年支持金额不超过2000万元",
            "up to 2,000 万元 a year per centre"
        ),
    },
    Year {
        year: 2,
        // 每年支持金额不超过2000万元,第二、三年根据前一年度运行绩效考核结果择优支持
        cap: dec!(2000),
        equity: false,
        note: t!(
            "第二、三年根据前一年度运行绩效考核结果择优支持",
            "years 2 and 3: selectively, by the previous year's performance review"
        ),
    },
    Year {
        year: 3,
        // 每年支持金额不超过2000万元,第二、三年根据前一年度运行绩效考核结果择优支持
        cap: dec!(2000),
        equity: false,
        note: t!(
            "第二、三年根据前一年度运行绩效考核结果择优支持",
            "years 2 and 3: selectively, by the previous year's performance review"
        ),
    },
];

/// 按照技术创新中心建设预算总额30%的比例
static LIMIT_5_10: Amount = Amount::Rate {
    rate: dec!(30),
    base: &INNOVATION_CENTRE_TOTAL_BUDGET,
    cap: None,
};

pub static M5_10: Measure = Measure {
    id: "5.10",
    doc: &DOC,
    article: A10,
    title: t!("支持领军企业牵头建设技术创新中心", "Technology innovation centres led by leading enterprises"),
    content: t!(
        "支持领军企业、符合条件的独角兽企业牵头,联合高等学校、科研机构以及产业链上下游中小企业,建设技术创新中心,开展共性关键技术研发和示范应用,加强知识产权创制保护,聚集技术创新领军人才以及开展体制机制创新等。",
        "Supports leading enterprises and qualifying unicorns that, with universities, research institutes and upstream and downstream SMEs, build technology innovation centres to develop and demonstrate common key technologies, create and protect IP, gather leading innovators and innovate in institutions and mechanisms.",
    ),
    conditions_text: t!(
        "1.企业应属于高精尖产业领域,创新能力强、发展潜力大、竞争优势明显,在行业内具有广泛的影响力。重点支持技术优势地位突出、行业集中度较高、产业链粘合度较强的行业领军企业搭建技术创新中心。\n2.企业有明确的技术创新规划,持续开展技术创新并形成核心自主知识产权。\n3.企业具有较强的创新资源组织能力,与高等学校、科研机构、相关企业广泛开展产学研合作,建设开放的技术创新平台。\n4.企业研发设施设备和科研保障条件完备,建立了人才引进、使用、培养、激励等制度。",
        "1. The company is in a high-end field, highly innovative, with great potential, clear competitive advantages and wide influence in its industry. Priority goes to industry leaders with an outstanding technical position, in concentrated industries with tightly bound chains.\n2. The company has a clear technology innovation plan, innovates continuously and has formed its own core IP.\n3. The company can organise innovation resources, cooperates widely with universities, research institutes and other companies, and builds an open innovation platform.\n4. The company's R&D facilities, equipment and research support are complete, and it has systems to recruit, use, train and reward talent.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过3年,按照技术创新中心建设预算总额30%的比例,单个技术创新中心每年支持金额不超过2000万元,其中第二、三年根据前一年度运行绩效考核结果择优支持。3年累计支持不超过5000万元。支持资金用于企业加强创新能力建设。",
        "Advance subsidy, normally for no more than 3 years, at 30% of the centre's total construction budget: up to 20 million CNY (2,000 万元) a year per centre, years 2 and 3 selectively by the previous year's performance review; no more than 5,000 万元 over 3 years. The money is used to strengthen innovation capability.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("技术创新中心", "Technology innovation centre"),
        conditions: Condition::All(&[
            // （一）支持领军企业、符合条件的独角兽企业牵头
            attested(
                t!("5号 第十条（一）", "Doc 5, Art. 10(1)"),
                t!("领军企业、符合条件的独角兽企业牵头", "led by a leading enterprise or a qualifying unicorn"),
                Test::OneOf(&LEADING_ENTERPRISE_STATUS, &["leader", "unicorn"]),
            )
            .read_as(READING_5_9_LEADER),
            // 联合高等学校、科研机构以及产业链上下游中小企业,建设技术创新中心
            attested(
                t!("5号 第十条（一）", "Doc 5, Art. 10(1)"),
                t!(
                    "联合高等学校、科研机构以及产业链上下游中小企业,建设技术创新中心",
                    "builds a technology innovation centre with universities, research institutes and upstream and downstream SMEs",
                ),
                Test::Yes(&CENTRE_WITH_UNIVERSITIES_AND_SMES),
            ),
            // 1.企业应属于高精尖产业领域,
            hard(
                t!("5号 第十条（二）1.", "Doc 5, Art. 10(2)1"),
                t!("企业应属于高精尖产业领域", "the company is in a high-end field"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            )
            .read_as(READING_HIGH_END_OPEN),
            // 创新能力强、发展潜力大、竞争优势明显,在行业内具有广泛的影响力。
            judgement(
                t!("5号 第十条（二）1.", "Doc 5, Art. 10(2)1"),
                t!(
                    "创新能力强、发展潜力大、竞争优势明显,在行业内具有广泛的影响力",
                    "highly innovative, with great potential, clear competitive advantages and wide influence in its industry",
                ),
            ),
            // 重点支持技术优势地位突出、行业集中度较高、产业链粘合度较强的行业领军企业搭建技术创新中心。
            judgement(
                t!("5号 第十条（二）1.", "Doc 5, Art. 10(2)1"),
                t!(
                    "重点支持技术优势地位突出、行业集中度较高、产业链粘合度较强的行业领军企业搭建技术创新中心",
                    "priority to industry leaders with an outstanding technical position, in concentrated industries with tightly bound chains",
                ),
            ),
            // 2.企业有明确的技术创新规划,
            attested(
                t!("5号 第十条（二）2.", "Doc 5, Art. 10(2)2"),
                t!("企业有明确的技术创新规划", "the company has a clear technology innovation plan"),
                Test::Yes(&HAS_INNOVATION_PLAN),
            ),
            // 持续开展技术创新并形成核心自主知识产权。
            attested(
                t!("5号 第十条（二）2.", "Doc 5, Art. 10(2)2"),
                t!("持续开展技术创新并形成核心自主知识产权", "innovates continuously and has formed its own core IP"),
                Test::Yes(&OWNS_CORE_IP),
            ),
            // 3.企业具有较强的创新资源组织能力,与高等学校、科研机构、相关企业广泛开展产学研合作,建设开放的技术创新平台。
            judgement(
                t!("5号 第十条（二）3.", "Doc 5, Art. 10(2)3"),
                t!(
                    "企业具有较强的创新资源组织能力,与高等学校、科研机构、相关企业广泛开展产学研合作,建设开放的技术创新平台",
                    "strong ability to organise innovation resources, wide cooperation with universities, institutes and companies, an open innovation platform",
                ),
            ),
            // 4.企业研发设施设备和科研保障条件完备,建立了人才引进、使用、培养、激励等制度。
            attested(
                t!("5号 第十条（二）4.", "Doc 5, Art. 10(2)4"),
                t!(
                    "企业研发设施设备和科研保障条件完备,建立了人才引进、使用、培养、激励等制度",
                    "complete R&D facilities and research support, with systems to recruit, use, train and reward talent",
                ),
                Test::Yes(&RD_FACILITIES_AND_TALENT_SYSTEMS),
            ),
            // （三）其中第二、三年根据前一年度运行绩效考核结果择优支持
            judgement(
                t!("5号 第十条（三）", "Doc 5, Art. 10(3)"),
                t!("其中第二、三年根据前一年度运行绩效考核结果择优支持", "years 2 and 3 are given selectively, by the previous year's performance review"),
            ),
        ]),
        // 3年累计支持不超过5000万元
        amount: Amount::Schedule { years: YEARS_5_10, total: Some(dec!(5000)), limit: Some(&LIMIT_5_10) },
        amount_cite: t!("5号 第十条（三）", "Doc 5, Art. 10(3)"),
        amount_clause: t!(
            "按照技术创新中心建设预算总额30%的比例,单个技术创新中心每年支持金额不超过2000万元……3年累计支持不超过5000万元",
            "30% of the centre's total construction budget, up to 2,000 万元 a year per centre and 5,000 万元 over 3 years",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_9_LEADER, READING_HIGH_END_OPEN, READING_5_10_BUDGET],
    notice: None,
};

// =================================================================================================
// 第十一条 支持企业首创产品首次进入市场。
// =================================================================================================

const A11: T = t!("5号 第十一条", "Doc 5, Art. 11");

/// "自项目申报之日起近1年内签订": the application date is not known when assessing, so the
/// assessment date stands for it (the user can set it to the planned application date).
pub const READING_5_11_APPLICATION_DATE: T = t!(
    "“自项目申报之日起近1年内签订”以评估日期作为申报日期计算（可将评估日期设为计划申报日）：合同签订日距评估日期不超过1年（含当日）。",
    "\"Signed within 1 year before the application\" takes the assessment date as the application date (set it to the planned application date): the contract was signed no more than 1 year before it, that day included.",
);

/// "每家企业每年国际首创产品支持金额不超过500万元,国内首创产品……不超过300万元" is a yearly
/// total per company; one profile shows one application, so the cap is applied to it alone.
pub const READING_5_11_ANNUAL_CAP: T = t!(
    "“每家企业每年……不超过500万元（国内首创300万元）”是企业年度合计上限；此处只评估一项申报，按该项申报适用上限。同一年度已获本条支持的，剩余额度相应减少，此处无法得知。",
    "\"Per company per year, up to 500 万元 (300 for a domestic first)\" is a yearly total per company; one application is assessed here, with the cap applied to it. Support already received under this article in the same year reduces what is left, which this assessment cannot know.",
);

/// 每家企业每年国际首创产品支持金额不超过500万元,国内首创产品支持金额不超过300万元
static CAPS_5_11: Amount = Amount::ByChoice {
    fact: &FIRST_PRODUCT_SCOPE,
    options: &[
        (
            "international",
            dec!(500),
            t!(
                "国际首创产品支持金额不超过500万元",
                "international first: up to 500 万元"
            ),
        ),
        (
            "domestic",
            dec!(300),
            t!(
                "国内首创产品支持金额不超过300万元",
                "domestic first: up to 300 万元"
            ),
        ),
    ],
};

/// 按照首次进入市场合同(前3个合同中任选1个)金额30%比例
static RATE_5_11: Amount = Amount::Rate {
    rate: dec!(30),
    base: &FIRST_MARKET_CONTRACT_AMOUNT,
    cap: None,
};

pub static M5_11: Measure = Measure {
    id: "5.11",
    doc: &DOC,
    article: A11,
    title: t!("支持企业首创产品首次进入市场", "First products entering the market for the first time"),
    content: t!(
        "支持属于关键领域“补短板”、填补国内(国际)空白、技术水平国内(国际)首创的技术产品(统称为首创产品)实现首次应用。",
        "Supports the first use of technical products that close gaps in key fields, fill a domestic (international) void, and are the first of their kind in China (in the world) (together, first products).",
    ),
    conditions_text: t!(
        "1. 产品属于国内(国际)首次研制,在同类产品中达到国内或国际领先水平,对本领域的技术进步有推动作用,未来可以产生显著的经济社会效益。\n2. 产品知识产权明晰,申报单位拥有该产品关键核心技术的自主知识产权。\n3. 申报单位可选择产品前3个合同中任意1个进行项目申报,已成熟商业化的产品不予支持。\n4. 合同须为自项目申报之日起近1年内签订的合同(以合同签订日期为准)。",
        "1. The product is the first of its kind developed in China (in the world), reaches a leading level at home or abroad among similar products, advances technology in its field, and can bring marked economic and social benefits.\n2. The product's IP is clear, and the applicant owns the IP of its key core technology.\n3. The applicant may apply with any one of the product's first 3 contracts; products already mature and commercialised are not supported.\n4. The contract must have been signed within 1 year before the application (by the signing date on the contract).",
    ),
    amount_text: t!(
        "采取后补助方式,根据产品应用效果,按照首次进入市场合同(前3个合同中任选1个)金额30%比例,择优给予首创产品研制单位资金支持。每家企业每年国际首创产品支持金额不超过500万元,国内首创产品支持金额不超过300万元。支持资金用于企业开展首创产品迭代创新和产业化。",
        "Post-subsidy: by how well the product performs in use, the developer is selectively supported at 30% of the first-market contract (any one of the first 3). Per company per year, support for international firsts is up to 5 million CNY (500 万元), for domestic firsts up to 300 万元. The money is used for the product's further innovation and industrialisation.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("首创产品首次进入市场", "First product's first market entry"),
        conditions: Condition::All(&[
            // 1. 产品属于国内(国际)首次研制,
            attested(
                t!("5号 第十一条（二）1.", "Doc 5, Art. 11(2)1"),
                t!("产品属于国内(国际)首次研制", "the product is the first of its kind developed in China (in the world)"),
                Test::OneOf(&FIRST_PRODUCT_SCOPE, &["international", "domestic"]),
            ),
            // 在同类产品中达到国内或国际领先水平,对本领域的技术进步有推动作用,未来可以产生显著的经济社会效益。
            judgement(
                t!("5号 第十一条（二）1.", "Doc 5, Art. 11(2)1"),
                t!(
                    "在同类产品中达到国内或国际领先水平,对本领域的技术进步有推动作用,未来可以产生显著的经济社会效益",
                    "a leading level among similar products, advancing its field, with marked economic and social benefits to come",
                ),
            ),
            // 2. 产品知识产权明晰,
            attested(t!("5号 第十一条（二）2.", "Doc 5, Art. 11(2)2"), t!("产品知识产权明晰", "the product's IP is clear"), Test::Yes(&NO_IP_DISPUTE)),
            // 申报单位拥有该产品关键核心技术的自主知识产权。
            attested(
                t!("5号 第十一条（二）2.", "Doc 5, Art. 11(2)2"),
                t!("申报单位拥有该产品关键核心技术的自主知识产权", "the applicant owns the IP of the product's key core technology"),
                Test::Yes(&OWNS_FIRST_PRODUCT_CORE_IP),
            ),
            // 3. 申报单位可选择产品前3个合同中任意1个进行项目申报,
            hard(
                t!("5号 第十一条（二）3.", "Doc 5, Art. 11(2)3"),
                t!("申报单位可选择产品前3个合同中任意1个进行项目申报", "any one of the product's first 3 contracts"),
                Test::Cmp(&FIRST_MARKET_CONTRACT_ORDER, Cmp::Le, dec!(3)),
            ),
            // 已成熟商业化的产品不予支持。
            attested(
                t!("5号 第十一条（二）3.", "Doc 5, Art. 11(2)3"),
                t!("已成熟商业化的产品不予支持", "products already mature and commercialised are not supported"),
                Test::No(&PRODUCT_MATURELY_COMMERCIALISED),
            ),
            // 4. 合同须为自项目申报之日起近1年内签订的合同(以合同签订日期为准)。
            hard(
                t!("5号 第十一条（二）4.", "Doc 5, Art. 11(2)4"),
                t!(
                    "合同须为自项目申报之日起近1年内签订的合同(以合同签订日期为准)",
                    "the contract was signed within 1 year before the application (by its signing date)",
                ),
                Test::WithinYears(&FIRST_MARKET_CONTRACT_SIGNED_ON, 1),
            )
            .read_as(READING_5_11_APPLICATION_DATE),
            // （三）根据产品应用效果……择优给予
            judgement(
                t!("5号 第十一条（三）", "Doc 5, Art. 11(3)"),
                t!("根据产品应用效果……择优给予首创产品研制单位资金支持", "selectively, by how well the product performs in use"),
            ),
        ]),
        amount: Amount::Min(&[RATE_5_11, CAPS_5_11]),
        amount_cite: t!("5号 第十一条（三）", "Doc 5, Art. 11(3)"),
        amount_clause: t!(
            "按照首次进入市场合同(前3个合同中任选1个)金额30%比例……每家企业每年国际首创产品支持金额不超过500万元,国内首创产品支持金额不超过300万元",
            "30% of the first-market contract; per company per year up to 500 万元 for an international first, 300 万元 for a domestic first",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_11_APPLICATION_DATE, READING_5_11_ANNUAL_CAP],
    notice: None,
};

// =================================================================================================
// 第十二条 支持保险补贴机制在首台(套)市场推广中的应用。
// =================================================================================================

const A12: T = t!("5号 第十二条", "Doc 5, Art. 12");

/// "每家企业每年支持金额不超过100万元": the premium asked is the year's total over all the
/// company's first-of-its-kind policies, so the yearly cap applies to the whole of it.
pub const READING_5_12_ANNUAL_PREMIUM: T = t!(
    "“每家企业每年支持金额不超过100万元”：保险费按企业当年全部首台(套)相关险种合计填报，年度上限作用于合计额。",
    "\"Up to 100 万元 per company per year\": the premium entered is the year's total over all the company's first-of-its-kind policies, and the yearly cap applies to that total.",
);

pub static M5_12: Measure = Measure {
    id: "5.12",
    doc: &DOC,
    article: A12,
    title: t!("支持保险补贴机制在首台(套)市场推广中的应用", "Insurance subsidies for first-of-its-kind (首台(套)) equipment"),
    content: t!(
        "对北京市首台(套)重大技术装备的研制单位给予保险费补贴支持,推动首台(套)重大技术装备市场应用。",
        "Subsidises the insurance premiums of developers of Beijing first-of-its-kind (首台(套)) major technical equipment, to bring such equipment to market.",
    ),
    conditions_text: t!(
        "1.投保首台(套)装备应为北京市首台(套)重大技术装备(有效期内)。\n2.承保的险种以保障产品创新性风险、产品使用风险以及质量保障为核心。",
        "1. The insured equipment must be a Beijing first-of-its-kind major technical equipment (recognition in force).\n2. The insurance centres on covering the product's innovation risk, its use risk and quality assurance.",
    ),
    amount_text: t!(
        "采取后补助方式,对已投保或续保的企业按照相关险种保险费80%的比例给予保费补贴,每家企业每年支持金额不超过100万元。支持资金用于企业开展首台(套)迭代创新和产业化。",
        "Post-subsidy: a company that has taken out or renewed the insurance gets 80% of the premium for the relevant cover, up to 1 million CNY (100 万元) per company per year. The money is used for the equipment's further innovation and industrialisation.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("首台(套)保险补贴", "First-of-its-kind insurance subsidy"),
        conditions: Condition::All(&[
            // （一）对北京市首台(套)重大技术装备的研制单位 / 1.投保首台(套)装备应为北京市首台(套)重大技术装备(有效期内)。
            hard(
                t!("5号 第十二条（二）1.", "Doc 5, Art. 12(2)1"),
                t!(
                    "投保首台(套)装备应为北京市首台(套)重大技术装备(有效期内)",
                    "the insured equipment is a Beijing first-of-its-kind major technical equipment (recognition in force)",
                ),
                Test::Yes(&BEIJING_FIRST_SET_EQUIPMENT),
            ),
            // 2.承保的险种以保障产品创新性风险、产品使用风险以及质量保障为核心。
            attested(
                t!("5号 第十二条（二）2.", "Doc 5, Art. 12(2)2"),
                t!(
                    "承保的险种以保障产品创新性风险、产品使用风险以及质量保障为核心",
                    "the cover centres on innovation risk, use risk and quality assurance",
                ),
                Test::Yes(&FIRST_SET_INSURANCE_COVERS_CORE_RISKS),
            ),
            // （三）对已投保或续保的企业
            hard(
                t!("5号 第十二条（三）", "Doc 5, Art. 12(3)"),
                t!("对已投保或续保的企业", "a company that has taken out or renewed the insurance"),
                Test::Yes(&FIRST_SET_INSURED),
            ),
        ]),
        // 按照相关险种保险费80%的比例给予保费补贴,每家企业每年支持金额不超过100万元
        amount: Amount::Rate { rate: dec!(80), base: &FIRST_SET_PREMIUM, cap: Some(dec!(100)) },
        amount_cite: t!("5号 第十二条（三）", "Doc 5, Art. 12(3)"),
        amount_clause: t!(
            "按照相关险种保险费80%的比例给予保费补贴,每家企业每年支持金额不超过100万元",
            "80% of the premium, up to 100 万元 per company per year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_12_ANNUAL_PREMIUM],
    notice: None,
};

// =================================================================================================
// 第十三条 支持重点应用场景示范项目建设。
// =================================================================================================

const A13: T = t!("5号 第十三条", "Doc 5, Art. 13");

/// "分档给予……不超过1000万元": the tiers are not published in the 办法, so the reviewers'
/// tier is not known; 30% of the contract, capped at 1000, is the most any tier can give.
pub const READING_5_13_TIERS: T = t!(
    "“分档给予”的档位未在本办法中列明，由评审确定；此处按合同金额30%、不超过1000万元列示可能的最高额。",
    "The tiers of \"分档给予\" are not set out in the 办法 and are decided by review; the figure shown is the most possible: 30% of the contract, up to 1,000 万元.",
);

pub static M5_13: Measure = Measure {
    id: "5.13",
    doc: &DOC,
    article: A13,
    title: t!("支持重点应用场景示范项目建设", "Demonstration projects in key application scenarios"),
    content: t!(
        "围绕首都经济社会发展重大需求以及关系国计民生的重点行业领域,对技术创新度高、行业带动性强、示范效果好的应用场景建设项目给予支持。",
        "Supports application-scenario projects that are highly innovative, pull their industries along and demonstrate well, around the capital's major economic and social needs and the key sectors of the economy and people's livelihood.",
    ),
    conditions_text: t!(
        "1.项目符合首都城市战略定位和高精尖产业发展方向,对带动产业发展、提升城市运行管理、改善民生服务等方面具有重要推动作用。\n2.项目所应用的技术或产品具有明晰的知识产权,技术先进且应用前景广阔。项目实施后,可带动底层技术、关键核心技术迭代创新和示范应用。\n3. 项目在技术集成、应用场景、商业模式等方面具备创新性、示范性、可推广性。项目实施后,可形成具有推广价值的标杆性应用场景。\n4. 项目实施地在本市范围内。",
        "1. The project fits the capital's strategic role and the direction of high-end industry, and does much to drive industry, improve city management and better public services.\n2. The technologies or products applied have clear IP, are advanced and widely applicable; once carried out, the project drives the iteration and demonstration of foundational and key core technologies.\n3. The project is innovative, exemplary and replicable in technology integration, application scenario and business model; once carried out, it forms a benchmark scenario worth spreading.\n4. The project is carried out in Beijing.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,根据项目的技术创新性、示范效果、复制推广性、项目规模等,按照项目合同金额 30% 的比例,分档给予项目建设单位不超过 1000 万元资金支持。支持资金用于企业开展应用场景项目建设。",
        "Post-subsidy: by the project's innovation, demonstration effect, replicability, scale and so on, the builder receives, in tiers, 30% of the project contract amount, up to 10 million CNY (1,000 万元). The money is used to build the application-scenario project.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("应用场景示范项目", "Application-scenario demonstration project"),
        conditions: Condition::All(&[
            // 1.项目符合首都城市战略定位和高精尖产业发展方向,……具有重要推动作用。
            judgement(
                t!("5号 第十三条（二）1.", "Doc 5, Art. 13(2)1"),
                t!(
                    "项目符合首都城市战略定位和高精尖产业发展方向,对带动产业发展、提升城市运行管理、改善民生服务等方面具有重要推动作用",
                    "fits the capital's strategic role and high-end industry, and does much for industry, city management and public services",
                ),
            ),
            // 2.项目所应用的技术或产品具有明晰的知识产权,
            attested(
                t!("5号 第十三条（二）2.", "Doc 5, Art. 13(2)2"),
                t!("项目所应用的技术或产品具有明晰的知识产权", "the technologies or products applied have clear IP"),
                Test::Yes(&NO_IP_DISPUTE),
            ),
            // 技术先进且应用前景广阔。项目实施后,可带动底层技术、关键核心技术迭代创新和示范应用。
            judgement(
                t!("5号 第十三条（二）2.", "Doc 5, Art. 13(2)2"),
                t!(
                    "技术先进且应用前景广阔。项目实施后,可带动底层技术、关键核心技术迭代创新和示范应用",
                    "advanced and widely applicable technology that drives the iteration and demonstration of core technologies",
                ),
            ),
            // 3. 项目在技术集成、应用场景、商业模式等方面具备创新性、示范性、可推广性。……
            judgement(
                t!("5号 第十三条（二）3.", "Doc 5, Art. 13(2)3"),
                t!(
                    "项目在技术集成、应用场景、商业模式等方面具备创新性、示范性、可推广性。项目实施后,可形成具有推广价值的标杆性应用场景",
                    "innovative, exemplary and replicable; forms a benchmark scenario worth spreading",
                ),
            ),
            // 4. 项目实施地在本市范围内。
            hard(
                t!("5号 第十三条（二）4.", "Doc 5, Art. 13(2)4"),
                t!("项目实施地在本市范围内", "the project is carried out in Beijing"),
                Test::Yes(&SCENARIO_PROJECT_IN_BEIJING),
            ),
            // （三）根据项目的技术创新性、示范效果、复制推广性、项目规模等,……分档给予
            judgement(
                t!("5号 第十三条（三）", "Doc 5, Art. 13(3)"),
                t!(
                    "根据项目的技术创新性、示范效果、复制推广性、项目规模等,……分档给予",
                    "in tiers, by the project's innovation, demonstration effect, replicability and scale",
                ),
            )
            .read_as(READING_5_13_TIERS),
        ]),
        // 按照项目合同金额 30% 的比例,分档给予项目建设单位不超过 1000 万元资金支持
        amount: Amount::Rate { rate: dec!(30), base: &SCENARIO_CONTRACT_AMOUNT, cap: Some(dec!(1000)) },
        amount_cite: t!("5号 第十三条（三）", "Doc 5, Art. 13(3)"),
        amount_clause: t!(
            "按照项目合同金额 30% 的比例,分档给予项目建设单位不超过 1000 万元资金支持",
            "30% of the project contract amount, in tiers, up to 1,000 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_5_13_TIERS],
    notice: None,
};
