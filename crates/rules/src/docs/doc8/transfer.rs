//! 京科发〔2022〕8号, 第二章 第一节 支持科技成果转化和产业化 (第五条–第十条, measures 8.5–8.10)
//! and 第二节 支持创新创业公共服务平台建设 (第十一条–第十三条, measures 8.11–8.13).
//!
//! Most of these articles fund organisations rather than firms: concept-verification platforms,
//! technology-transfer institutions, industrial development institutes, common-technology
//! platforms, the open units of the Capital S&T Conditions Platform. Most leave the sum to the
//! reviewers (择优, 绩效考核, 综合评价). What the product decides is who may apply, the hard facts
//! (periods, contract amounts, headcounts, registered capital) and the formula's ceiling; every
//! reviewer's judgement is a `judgement` leaf that marks the measure "subject to review".
//!
//! Every measure is gated by the 办法's 第四条 ([`DOC`]), except 8.13: its own conditions set its
//! applicants (see [`READING_8_13_ART4`] and [`DOC_8_13`]).

use super::DOC;
use crate::amount::{Amount, AmountEval, Year, YearAmount};
use crate::condition::{attested, hard, judgement, Cmp, Condition, Ctx, Outcome, Test};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::facts::*;
use crate::fmt::num;
use crate::measure::{Doc, Measure, Method, Route};
use crate::text::{t, Text, T};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// =================================================================================================
// Facts only this part needs, in asking order.
// =================================================================================================

/// 8.5 (二)3 and 8.10 (二)3 ask for the same team, in the same words.
pub static TEAM_HAS_TRANSFER_BACKGROUNDS: Fact = Fact {
    id: "team_has_transfer_backgrounds",
    label: t!(
        "团队具备技术研判、项目管理、知识产权、投融资、技术转移等专业背景及从业经历",
        "team with backgrounds in technology assessment, project management, IP, investment and technology transfer",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "申报单位是否有一支专业团队，团队成员具备技术研判、项目管理、知识产权、投融资、技术转移等相关专业背景及从业经历？",
        "Does the applicant have a professional team whose members have backgrounds and work experience in technology assessment, project management, intellectual property, investment and financing, and technology transfer?",
    ),
    help: t!("8号第五条（二）3.、第十条（二）3.", "Doc 8, Art. 5(2)3 and Art. 10(2)3."),
};

pub static CONCEPT_PLATFORM_FIELD_BACKGROUND: Fact = Fact {
    id: "concept_platform_field_background",
    label: t!(
        "具有聚焦高精尖产业领域的行业背景和业务基础、概念验证项目来源稳定",
        "industry background in a high-end field and a stable source of concept-verification projects",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "概念验证平台建设主体是否具有聚焦该高精尖产业领域的行业背景和业务基础，且概念验证项目来源稳定？",
        "Does the concept-verification platform's builder have an industry background and business base in its high-end field, and a stable source of concept-verification projects?",
    ),
    help: t!("", ""),
};

pub static CONCEPT_PLATFORM_RESOURCES: Fact = Fact {
    id: "concept_platform_resources",
    label: t!(
        "具有稳定资金来源，能为概念验证项目匹配资金、场地、设备并对接市场资源",
        "stable funds, able to give projects matching funds, space and equipment and connect them to market resources",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台是否具有一定规模、来源稳定的资金，能够为概念验证项目匹配资金、场地、设备等配套条件，并对接投融资、产业园区、市场渠道等市场资源？",
        "Does the platform have funds of some scale from stable sources, and can it give concept-verification projects matching funds, space and equipment and connect them with investors, industrial parks and market channels?",
    ),
    help: t!("", ""),
};

pub static CONCEPT_PLATFORM_SERVICE_SYSTEM: Fact = Fact {
    id: "concept_platform_service_system",
    label: t!("已建立全流程概念验证服务体系", "a full-process concept-verification service system in place"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "平台是否已建立包含筛选立项、验证辅导、管理考核等全流程概念验证服务体系？",
        "Has the platform set up a full-process concept-verification service system covering screening and approval, verification coaching, and management and assessment?",
    ),
    help: t!("", ""),
};

pub static CONCEPT_PLATFORM_BUDGET_YEAR_1: Fact = Fact {
    id: "concept_platform_budget_year_1",
    label: t!("概念验证平台第一年建设预算", "concept-verification platform's construction budget, year 1"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "概念验证平台第一个支持年度的平台建设预算是多少（万元）？",
        "What is the platform's construction budget for the first year of support (万元)?",
    ),
    help: t!(
        "每年支持金额不超过当年平台建设预算的30%（8号第五条（三））。",
        "Each year's support is at most 30% of that year's platform construction budget (doc 8, Art. 5(3)).",
    ),
};

pub static CONCEPT_PLATFORM_BUDGET_YEAR_2: Fact = Fact {
    id: "concept_platform_budget_year_2",
    label: t!(
        "概念验证平台第二年建设预算",
        "concept-verification platform's construction budget, year 2"
    ),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "概念验证平台第二个支持年度的平台建设预算计划是多少（万元）？",
        "What construction budget does the platform plan for the second year of support (万元)?",
    ),
    help: t!(
        "不填则第二年按上限500万元显示。",
        "Left blank, year 2 shows its cap of 500 万元."
    ),
};

pub static CONCEPT_PLATFORM_BUDGET_YEAR_3: Fact = Fact {
    id: "concept_platform_budget_year_3",
    label: t!(
        "概念验证平台第三年建设预算",
        "concept-verification platform's construction budget, year 3"
    ),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "概念验证平台第三个支持年度的平台建设预算计划是多少（万元）？",
        "What construction budget does the platform plan for the third year of support (万元)?",
    ),
    help: t!(
        "不填则第三年按上限500万元显示。",
        "Left blank, year 3 shows its cap of 500 万元."
    ),
};

pub static CONCEPT_VERIFICATION_JOINT_PROJECT: Fact = Fact {
    id: "concept_verification_joint_project",
    label: t!("概念验证项目由高校院所医疗机构与企业联合开展", "concept-verification project run jointly by academia and industry"),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "概念验证项目是否由至少一家高等学校、科研机构或医疗卫生机构与至少一家企业联合开展？",
        "Is the concept-verification project carried out jointly by at least one university, research institute or medical institution and at least one enterprise?",
    ),
    help: t!("", ""),
};

pub static CONCEPT_VERIFICATION_GROUNDWORK: Fact = Fact {
    id: "concept_verification_groundwork",
    label: t!(
        "具有前期工作基础、实施所需的资金设施场地和明确的市场用户",
        "prior groundwork, the funds, facilities and space to carry it out, and clear market users",
    ),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "申报单位是否具有解决该概念验证需求的相关前期工作基础，具备组织实施的资金、设施、场地等配套条件，并拥有明确的市场用户和应用范围？",
        "Does the applicant have prior work relevant to this concept-verification need, the funds, facilities and space to carry it out, and clear market users and a clear scope of application?",
    ),
    help: t!("", ""),
};

pub static CONCEPT_VERIFICATION_PROJECT_BUDGET: Fact = Fact {
    id: "concept_verification_project_budget",
    label: t!(
        "概念验证项目总预算",
        "concept-verification project's total budget"
    ),
    kind: Kind::Amount,
    topic: Topic::Projects,
    question: t!(
        "概念验证项目的总预算是多少（万元）？",
        "What is the concept-verification project's total budget (万元)?"
    ),
    help: t!(
        "按照项目总预算30%的比例给予支持（8号第六条（三））。",
        "Support is 30% of the project's total budget (doc 8, Art. 6(3))."
    ),
};

pub static RUNS_TECH_TRANSFER_INSTITUTION: Fact = Fact {
    id: "runs_tech_transfer_institution",
    label: t!("为（或设有）专业化技术转移机构", "is (or runs) a professional technology-transfer institution"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "申报单位是否为专业化技术转移机构，或设有专业化技术转移机构（如高校技术转移办公室）？",
        "Is the applicant a professional technology-transfer institution, or does it run one (a university's technology-transfer office, for example)?",
    ),
    help: t!("", ""),
};

pub static TECH_TRANSFER_FIXED_PREMISES: Fact = Fact {
    id: "tech_transfer_fixed_premises",
    label: t!(
        "技术转移机构有固定的经营服务场所",
        "the technology-transfer institution has fixed premises"
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "技术转移机构是否有固定的经营服务场所？",
        "Does the technology-transfer institution have fixed business premises?"
    ),
    help: t!("", ""),
};

pub static TECH_TRANSFER_OPERATING_SINCE: Fact = Fact {
    id: "tech_transfer_operating_since",
    label: t!("技术转移机构开始持续运营的日期", "date the technology-transfer institution began operating"),
    kind: Kind::Date,
    topic: Topic::Services,
    question: t!(
        "技术转移机构从哪一天起持续运营至今？",
        "Since what date has the technology-transfer institution been operating without interruption?",
    ),
    help: t!("须持续运营满1年（8号第七条（二））。", "It must have operated for at least 1 year (doc 8, Art. 7(2))."),
};

pub static TECH_TRANSFER_MANAGER_TEAM: Fact = Fact {
    id: "tech_transfer_manager_team",
    label: t!(
        "配备专职技术经理人团队",
        "a full-time team of technology managers"
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "技术转移机构是否配备专职技术经理人团队？",
        "Does the technology-transfer institution have a full-time team of technology managers?"
    ),
    help: t!("", ""),
};

/// 8.7 (二) and 8.8 (二)1 both ask "具有专业化服务能力" of the same institution.
pub static TECH_TRANSFER_PROFESSIONAL_CAPABILITY: Fact = Fact {
    id: "tech_transfer_professional_capability",
    label: t!("技术转移机构具有专业化服务能力", "the technology-transfer institution has professional service capability"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "技术转移机构是否具有专业化服务能力（如成果筛选、知识产权运营、价值评估、供需对接、投融资服务等）？",
        "Does the technology-transfer institution have professional service capability (screening results, IP operation, valuation, supply–demand matching, investment services and the like)?",
    ),
    help: t!("", ""),
};

pub static TECH_TRANSFER_INSTITUTIONAL_RULES: Fact = Fact {
    id: "tech_transfer_institutional_rules",
    label: t!(
        "成果转化制度健全、配套政策完善、资金投入到位、与社会化服务机构开放合作",
        "sound transfer rules and policies, adequate funding, open cooperation with commercial service institutions",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "（高等学校、科研机构、医疗卫生机构）在科技成果转化方面是否制度健全、配套政策完善、资金投入到位，并与社会化服务机构开放合作？",
        "(Universities, research institutes, medical institutions) Are the applicant's rules for transferring research results sound, its supporting policies complete and its funding adequate, and does it cooperate openly with commercial service institutions?",
    ),
    help: t!("8号第七条（二）1.", "Doc 8, Art. 7(2)1."),
};

pub static TECH_TRANSFER_MARKET_PRACTICE: Fact = Fact {
    id: "tech_transfer_market_practice",
    label: t!(
        "服务管理规范、收费标准合理、客户群稳定、项目和需求来源可靠",
        "orderly service management, reasonable fees, stable clients, reliable sources of projects and demand",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "（社会化、市场化技术转移机构）是否服务管理规范，制定了合理的服务收费标准，有稳定的客户群及长期合作伙伴，有可靠的技术转移项目和需求来源？",
        "(Commercial, market-based institutions) Is the institution's service management orderly, are its fees reasonable, does it have a stable client base and long-term partners, and reliable sources of technology-transfer projects and demand?",
    ),
    help: t!("8号第七条（二）2.", "Doc 8, Art. 7(2)2."),
};

/// The base of 8.7's 30%. Named for 8.7 alone: other articles of doc 8 (8.15, 8.19–8.24, 8.26)
/// also pay a share of "实际发生费用", each of different work.
pub static TECH_TRANSFER_ACTUAL_EXPENSES: Fact = Fact {
    id: "tech_transfer_actual_expenses",
    label: t!("技术转移机构推动科技成果转化工作实际发生费用", "expenses the technology-transfer institution actually incurred on transfer work"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "技术转移机构在考核期（通常为上一年度）内服务推动科技成果转化工作实际发生的费用是多少（万元）？",
        "How much did the technology-transfer institution actually spend on promoting the transfer of research results in the period assessed, usually last year (万元)?",
    ),
    help: t!("按照实际发生费用30%的比例给予支持（8号第七条（三））。", "Support is 30% of the expenses actually incurred (doc 8, Art. 7(3))."),
};

pub static TECH_TRANSFER_FULL_TIME_TEAM: Fact = Fact {
    id: "tech_transfer_full_time_team",
    label: t!("配备专职科技成果转化队伍", "a full-time team for transferring research results"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!("技术转移机构是否配备专职科技成果转化队伍？", "Does the technology-transfer institution have a full-time team for transferring research results?"),
    help: t!("", ""),
};

pub static TECH_TRANSFER_FLEXIBLE_PAY: Fact = Fact {
    id: "tech_transfer_flexible_pay",
    label: t!("具有灵活的薪酬制度、激励机制", "a flexible pay system and incentives"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!("技术转移机构是否具有灵活的薪酬制度和激励机制？", "Does the technology-transfer institution have a flexible pay system and incentive mechanisms?"),
    help: t!("", ""),
};

pub static PLANS_MARKET_HIRING_TECH_MANAGERS: Fact = Fact {
    id: "plans_market_hiring_tech_managers",
    label: t!("拟市场化聘用技术经理人", "plans to hire technology managers on market terms"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!("技术转移机构是否拟市场化聘用技术经理人？", "Does the technology-transfer institution plan to hire technology managers on market terms?"),
    help: t!("", ""),
};

pub static TECH_MANAGER_PLANNED_PAY: Fact = Fact {
    id: "tech_manager_planned_pay",
    label: t!("拟市场化聘用技术经理人的年度薪酬", "annual pay of the technology managers to be hired"),
    kind: Kind::Amount,
    topic: Topic::Services,
    question: t!(
        "机构拟市场化聘用的技术经理人在支持年度内的薪酬合计是多少（万元）？",
        "What is the total pay, for the year of support, of the technology managers the institution plans to hire on market terms (万元)?",
    ),
    help: t!("按照不超过该薪酬的50%给予支持（8号第八条（三））。", "Support is at most 50% of this pay (doc 8, Art. 8(3))."),
};

pub static TRANSFER_CONTRACT_WITH_ACADEMIA: Fact = Fact {
    id: "transfer_contract_with_academia",
    label: t!(
        "项目核心技术通过与高校院所（含医疗卫生机构）签订的技术合同获得",
        "core technology obtained under a technology contract with a university or research institute (incl. medical institutions)",
    ),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "项目的核心技术是否由企业与高等学校、科研机构（含医疗卫生机构）签订技术合同，通过技术开发、技术转让、技术许可等方式获得其所有权或使用权？",
        "Did the company obtain ownership of, or the right to use, the project's core technology under a technology contract signed with a university or research institute (including medical institutions), by development, transfer, licensing or similar?",
    ),
    help: t!("", ""),
};

pub static TRANSFER_CONTRACT_TYPE: Fact = Fact {
    id: "transfer_contract_type",
    label: t!("该技术合同类型", "type of that technology contract"),
    kind: Kind::Choice(&[
        Choice {
            id: "development",
            label: t!("技术开发合同", "technology development"),
        },
        Choice {
            id: "transfer",
            label: t!("技术转让合同", "technology transfer"),
        },
        Choice {
            id: "licence",
            label: t!("技术许可合同", "technology licence"),
        },
        Choice {
            id: "consulting_or_service",
            label: t!("技术咨询或技术服务合同", "technology consulting or service"),
        },
    ]),
    topic: Topic::Projects,
    question: t!(
        "转化该项目核心技术的技术合同属于哪一类？",
        "Which kind of technology contract conveyed the project's core technology?",
    ),
    help: t!("", ""),
};

pub static TRANSFER_CONTRACT_REGISTERED: Fact = Fact {
    id: "transfer_contract_registered",
    label: t!("该技术合同已认定登记", "that technology contract is recognised and registered"),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "该技术合同是否已按《北京市技术合同认定登记管理办法》进行认定登记？",
        "Has that technology contract been recognised and registered under the Beijing Measures for the Recognition and Registration of Technology Contracts?",
    ),
    help: t!("", ""),
};

pub static TRANSFER_CONTRACT_AMOUNT: Fact = Fact {
    id: "transfer_contract_amount",
    label: t!("该技术合同成交额", "turnover of that technology contract"),
    kind: Kind::Amount,
    topic: Topic::Projects,
    question: t!(
        "该技术合同的成交额是多少（万元）？",
        "What is that technology contract's turnover (万元)?"
    ),
    help: t!(
        "须不低于100万元；支持金额最高为成交额的10%（8号第九条）。",
        "It must be at least 100 万元; support is at most 10% of it (doc 8, Art. 9).",
    ),
};

pub static TRANSFER_CONTRACT_SIGNED_ON: Fact = Fact {
    id: "transfer_contract_signed_on",
    label: t!(
        "该技术合同签订日期",
        "date that technology contract was signed"
    ),
    kind: Kind::Date,
    topic: Topic::Projects,
    question: t!(
        "该技术合同是哪一天签订的？",
        "On what date was that technology contract signed?"
    ),
    help: t!(
        "按上一年度签订技术合同成交额给予支持。",
        "Support is based on contracts signed in the previous year."
    ),
};

pub static INSTITUTE_FOUNDED_BY_ACADEMIA: Fact = Fact {
    id: "institute_founded_by_academia",
    label: t!(
        "由高校院所医疗机构自主或共建设立、以成果转化和产业化为目标的产业开发研究院",
        "an industrial development institute set up by academia, alone or jointly, for transfer and industrialisation",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "申报单位是否为高等学校、科研机构或医疗卫生机构自主设立或以共建方式设立、以科技成果转化和产业化为目标的产业开发研究院？",
        "Is the applicant an industrial development research institute set up, alone or jointly, by a university, research institute or medical institution, with the transfer and industrialisation of research results as its aim?",
    ),
    help: t!("", ""),
};

/// 8.10 (二)1 and 8.13 (二)1.(1) both require "具有独立法人资格" of the applicant.
pub static INDEPENDENT_LEGAL_PERSON: Fact = Fact {
    id: "independent_legal_person",
    label: t!("具有独立法人资格", "independent legal-person status"),
    kind: Kind::Bool,
    topic: Topic::Company,
    question: t!(
        "申报单位是否具有独立法人资格？",
        "Does the applicant have independent legal-person status?"
    ),
    help: t!(
        "分支机构、内设部门不具有独立法人资格。",
        "Branches and internal departments do not."
    ),
};

pub static OPERATES_AS_REAL_ENTITY: Fact = Fact {
    id: "operates_as_real_entity",
    label: t!("进行实体化运营", "operates as a real entity"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "产业开发研究院是否进行实体化运营（有独立的场地、人员和经费）？",
        "Does the institute operate as a real entity (its own premises, staff and budget)?",
    ),
    help: t!("", ""),
};

pub static INSTITUTE_PARTNERSHIPS_AND_RESOURCES: Fact = Fact {
    id: "institute_partnerships_and_resources",
    label: t!(
        "与高校院所、投融资机构等稳定合作，建有成果资源库和投资转化机制，具备人才培养条件",
        "stable partners, a library of results, an investment and transfer mechanism, the means to train staff",
    ),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "研究院是否与高等学校、科研机构、医疗卫生机构、投融资机构等建立稳定的合作关系，建有科技成果资源库和投资转化机制，并具备开展技术转移专业人才培养的条件和能力？",
        "Does the institute have stable cooperation with universities, research institutes, medical institutions and investors, a library of research results and an investment and transfer mechanism, and the conditions and capability to train technology-transfer professionals?",
    ),
    help: t!("", ""),
};

pub static OFFERS_COMMON_TECH_SERVICES: Fact = Fact {
    id: "offers_common_tech_services",
    label: t!("能够面向产业和企业提供共性技术服务", "able to provide common-technology services to industry and enterprises"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "共性技术平台的建设运营主体是否明确，能否面向产业和企业开放提供共性技术服务？",
        "Does the common-technology platform have a clear builder and operator, and can it provide common-technology services openly to industry and enterprises?",
    ),
    help: t!("", ""),
};

pub static INSTRUMENTS_IN_CAPITAL_PLATFORM: Fact = Fact {
    id: "instruments_in_capital_platform",
    label: t!("已将可开放共享的科研设施与仪器纳入首都科技条件平台", "shareable facilities and instruments placed in the Capital S&T Conditions Platform"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "申报单位是否已将能够对外开放共享的科研设施与仪器纳入首都科技条件平台，向社会开放共享和提供服务？",
        "Has the applicant placed the research facilities and instruments it can open to outside users in the Capital S&T Conditions Platform, and does it open them to the public and provide services?",
    ),
    help: t!("", ""),
};

pub static OPEN_UNIT_SERVICE_TEAM: Fact = Fact {
    id: "open_unit_service_team",
    label: t!("有开放共享意愿、稳定的对外服务队伍和能力、管理规范", "wishes to share, has a stable outside-service team and capacity, orderly management"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "开放单位是否有较强的加入首都科技条件平台开放共享科研设施与仪器的意愿，拥有稳定的对外服务队伍和能力，且管理规范？",
        "Does the open unit have a strong wish to join the platform and share its facilities and instruments, a stable team and capacity to serve outside users, and orderly management?",
    ),
    help: t!("", ""),
};

pub static FORMAL_STAFF_COUNT: Fact = Fact {
    id: "formal_staff_count",
    label: t!("在职正式职工人数", "formal employees on the payroll"),
    kind: Kind::Count,
    topic: Topic::Company,
    question: t!(
        "企业目前在职正式职工有多少人？",
        "How many formal employees does the company have on its payroll now?"
    ),
    help: t!(
        "科技创新券要求不多于100人（含）。",
        "Innovation vouchers require no more than 100 (inclusive)."
    ),
};

pub static SOUND_FINANCE_AND_MANAGEMENT: Fact = Fact {
    id: "sound_finance_and_management",
    label: t!(
        "具有健全的财务机构、管理规范",
        "a sound finance department and orderly management"
    ),
    kind: Kind::Bool,
    topic: Topic::Company,
    question: t!(
        "企业是否具有健全的财务机构，且管理规范？",
        "Does the company have a sound finance department and orderly management?"
    ),
    help: t!("", ""),
};

pub static NO_BAD_INTEGRITY_RECORD: Fact = Fact {
    id: "no_bad_integrity_record",
    label: t!("无不良诚信记录", "no bad integrity record"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!("企业是否无任何不良诚信记录？", "Is the company free of any bad integrity (credit) record?"),
    help: t!(
        "比失信惩戒名单更宽：任何不良诚信记录都会排除科技创新券申请。",
        "Broader than the credit-discipline lists: any bad integrity record rules out an innovation-voucher application.",
    ),
};

pub static TEAM_UNREGISTERED: Fact = Fact {
    id: "team_unregistered",
    label: t!(
        "创业团队尚未注册企业、不具备法人资格",
        "the start-up team has not registered a company and has no legal personality"
    ),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "创业团队是否还未注册企业（不具备法人资格）？",
        "Has the start-up team not yet registered a company (so it has no legal personality)?"
    ),
    help: t!("", ""),
};

pub static TEAM_MEMBERS_STUDENTS: Fact = Fact {
    id: "team_members_students",
    label: t!(
        "创业团队主要成员为在校学生",
        "the team's main members are students currently enrolled"
    ),
    kind: Kind::Bool,
    topic: Topic::Applicant,
    question: t!(
        "创业团队的主要成员是否为在校学生？",
        "Are the start-up team's main members students currently enrolled?"
    ),
    help: t!("", ""),
};

pub static TEAM_PROJECT_WORK_STARTED: Fact = Fact {
    id: "team_project_work_started",
    label: t!("项目已开展产品研发及转化所需的测试或研发工作", "the project has begun the testing or R&D work its product needs"),
    kind: Kind::Bool,
    topic: Topic::Projects,
    question: t!(
        "申请支持的项目是否已开展产品研发及转化所需的测试或研发工作（不只是创业计划书等文本策划）？",
        "Has the project already begun the testing or R&D work needed to develop and commercialise its product (more than drafting a business plan)?",
    ),
    help: t!("", ""),
};

pub static VOUCHER_NOT_FOR_COMPULSORY_INSPECTION: Fact = Fact {
    id: "voucher_not_for_compulsory_inspection",
    label: t!("拟购买的服务不是法定强制性检验项目", "the services to buy are not legally compulsory inspections"),
    kind: Kind::Bool,
    topic: Topic::Services,
    question: t!(
        "拟用科技创新券购买的服务是否均不属于法律法规规定实施的强制性检验项目？",
        "Are none of the services to be bought with innovation vouchers inspections that laws and regulations make compulsory?",
    ),
    help: t!("强制性检验项目不得领取科技创新券。", "Vouchers may not be claimed for compulsory inspections."),
};

/// This part's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &TEAM_HAS_TRANSFER_BACKGROUNDS,
    &CONCEPT_PLATFORM_FIELD_BACKGROUND,
    &CONCEPT_PLATFORM_RESOURCES,
    &CONCEPT_PLATFORM_SERVICE_SYSTEM,
    &CONCEPT_PLATFORM_BUDGET_YEAR_1,
    &CONCEPT_PLATFORM_BUDGET_YEAR_2,
    &CONCEPT_PLATFORM_BUDGET_YEAR_3,
    &CONCEPT_VERIFICATION_JOINT_PROJECT,
    &CONCEPT_VERIFICATION_GROUNDWORK,
    &CONCEPT_VERIFICATION_PROJECT_BUDGET,
    &RUNS_TECH_TRANSFER_INSTITUTION,
    &TECH_TRANSFER_FIXED_PREMISES,
    &TECH_TRANSFER_OPERATING_SINCE,
    &TECH_TRANSFER_MANAGER_TEAM,
    &TECH_TRANSFER_PROFESSIONAL_CAPABILITY,
    &TECH_TRANSFER_INSTITUTIONAL_RULES,
    &TECH_TRANSFER_MARKET_PRACTICE,
    &TECH_TRANSFER_ACTUAL_EXPENSES,
    &TECH_TRANSFER_FULL_TIME_TEAM,
    &TECH_TRANSFER_FLEXIBLE_PAY,
    &PLANS_MARKET_HIRING_TECH_MANAGERS,
    &TECH_MANAGER_PLANNED_PAY,
    &TRANSFER_CONTRACT_WITH_ACADEMIA,
    &TRANSFER_CONTRACT_TYPE,
    &TRANSFER_CONTRACT_REGISTERED,
    &TRANSFER_CONTRACT_AMOUNT,
    &TRANSFER_CONTRACT_SIGNED_ON,
    &INSTITUTE_FOUNDED_BY_ACADEMIA,
    &INDEPENDENT_LEGAL_PERSON,
    &OPERATES_AS_REAL_ENTITY,
    &INSTITUTE_PARTNERSHIPS_AND_RESOURCES,
    &OFFERS_COMMON_TECH_SERVICES,
    &INSTRUMENTS_IN_CAPITAL_PLATFORM,
    &OPEN_UNIT_SERVICE_TEAM,
    &FORMAL_STAFF_COUNT,
    &SOUND_FINANCE_AND_MANAGEMENT,
    &NO_BAD_INTEGRITY_RECORD,
    &TEAM_UNREGISTERED,
    &TEAM_MEMBERS_STUDENTS,
    &TEAM_PROJECT_WORK_STARTED,
    &VOUCHER_NOT_FOR_COMPULSORY_INSPECTION,
];

/// This part's measures, in article order.
pub static MEASURES: &[&Measure] = &[
    &M8_5, &M8_6, &M8_7, &M8_8, &M8_9, &M8_10, &M8_11, &M8_12, &M8_13,
];

// =================================================================================================
// Readings shared by several articles.
// =================================================================================================

/// "平台建设主体" (8.5), "平台建设运营主体" (8.11) and "开放单位" (8.12) name roles, not kinds.
/// Read as any innovator 第四条 names that builds or runs the platform, plus technology service
/// organisations (which run most third-party platforms); an enterprise among them still needs
/// the high-tech status 第四条 asks of enterprises.
pub const READING_8_PLATFORM_BUILDER: T = t!(
    "“平台建设主体”“平台建设运营主体”“开放单位”是角色而非主体类型：理解为第四条所列的企业、高等学校、科研机构、医疗卫生机构、社会组织，以及科技服务机构，均可作为建设或运营单位申报；其中企业仍须具备第四条要求的高新技术企业资格。",
    "\"Platform builder\", \"platform builder and operator\" and \"open unit\" are roles, not kinds of applicant: read as any enterprise, university, research institute, medical institution or social organisation named in Art. 4, or a technology service organisation, that builds or runs the platform; an enterprise still needs the high-tech status Art. 4 asks of enterprises.",
);

/// Applicant kinds that may build or run a platform or an open unit (READING_8_PLATFORM_BUILDER).
const PLATFORM_BUILDERS: &[&str] = &[
    "enterprise",
    "university",
    "research_institute",
    "medical_institution",
    "social_organisation",
    "service_institution",
];

/// "技术转移机构" (8.7, 8.8) is a role, not a kind: 8.7 names "高等学校、科研机构、医疗卫生机构、
/// 企业、社会组织等" as builders, and the open 等 admits technology service organisations, which is
/// what a market-based transfer institution usually is. The applicant is the institution, or the
/// unit that runs it as an internal office.
pub const READING_8_TRANSFER_INSTITUTION: T = t!(
    "“技术转移机构”是角色而非主体类型：第七条所列的高等学校、科研机构、医疗卫生机构、企业、社会组织“等”，以及科技服务机构（社会化、市场化技术转移机构多为此类），凡本身是或设有专业化技术转移机构的，均可申报；其中企业仍须具备第四条要求的高新技术企业资格。",
    "\"Technology-transfer institution\" is a role, not a kind of applicant: a university, research institute, medical institution, enterprise or social organisation (Art. 7's open list), or a technology service organisation (what most market-based transfer institutions are), that is or runs a professional technology-transfer institution may apply; an enterprise still needs the high-tech status Art. 4 asks of enterprises.",
);

/// Applicant kinds that may be or run a technology-transfer institution
/// (READING_8_TRANSFER_INSTITUTION).
const TRANSFER_INSTITUTIONS: &[&str] = PLATFORM_BUILDERS;

/// Universities, research institutes and medical institutions: the kinds 8.7 (二)1 addresses.
const ACADEMIA: &[&str] = &["university", "research_institute", "medical_institution"];

// =================================================================================================
// 第五条 支持科技成果概念验证平台建设。
// =================================================================================================

const A5: T = t!("8号 第五条", "Doc 8, Art. 5");

/// "每年支持金额不超过当年平台建设预算的30%" stands beside the year caps (500) and the total
/// (1500). Read as a third limit on each year: year N's support is at most the smaller of its
/// cap and 30% of year N's own construction budget; the 1500 total then binds the sum. The 30%
/// is not read as a share of a three-year budget, nor as replacing the caps.
pub const READING_8_5_BUDGET: T = t!(
    "“每年支持金额不超过当年平台建设预算的30%”理解为对每一年的额外限制：第N年支持金额取当年上限（500万元）与当年平台建设预算30%中的较小者，三年合计再受1500万元总额限制；30%不理解为三年总预算的比例，也不取代各年上限。第二、三年预算未填时，按当年上限显示。",
    "\"Each year's support no more than 30% of that year's platform construction budget\" is read as a further limit on each year: year N gets at most the smaller of its cap (500 万元) and 30% of year N's own construction budget, and the three years together at most 1,500 万元. The 30% is not read as a share of a three-year budget, nor as replacing the caps. Where the year 2 or 3 budget is not given, that year shows its cap.",
);

/// 每年支持金额不超过当年平台建设预算的30%
const RATE_8_5_BUDGET: Decimal = dec!(30);

/// 单个平台支持总金额不超过1500万元
const TOTAL_8_5: Decimal = dec!(1500);

/// One year of a schedule whose cap is also limited by a share of that year's own budget.
struct BudgetYear {
    year: Year,
    budget: &'static Fact,
}

/// 支持周期一般不超过3年
static YEARS_8_5: &[BudgetYear] = &[
    BudgetYear {
        // 第一年支持金额不超过500万元。
        year: Year {
            year: 1,
            cap: dec!(500),
            equity: false,
            note: t!("第一年支持金额不超过500万元", "year 1: no more than 500 万元"),
        },
        budget: &CONCEPT_PLATFORM_BUDGET_YEAR_1,
    },
    BudgetYear {
        // 第二、三年根据对平台前一年度建设绩效考核结果择优给予支持,每年给予不超过500万元资金支持。
        year: Year {
            year: 2,
            cap: dec!(500),
            equity: false,
            note: t!(
                "第二、三年根据对平台前一年度建设绩效考核结果择优给予支持,每年给予不超过500万元资金支持",
                "years 2 and 3: on merit by the previous year's performance assessment, no more than 500 万元 a year",
            ),
        },
        budget: &CONCEPT_PLATFORM_BUDGET_YEAR_2,
    },
    BudgetYear {
        year: Year {
            year: 3,
            cap: dec!(500),
            equity: false,
            note: t!(
                "第二、三年根据对平台前一年度建设绩效考核结果择优给予支持,每年给予不超过500万元资金支持",
                "years 2 and 3: on merit by the previous year's performance assessment, no more than 500 万元 a year",
            ),
        },
        budget: &CONCEPT_PLATFORM_BUDGET_YEAR_3,
    },
];

/// Each year at most min(its cap, rate% × its budget), the years together at most `total`
/// (READING_8_5_BUDGET). An unknown budget leaves that year at its cap and the amount open.
fn budget_schedule(years: &[BudgetYear], rate: Decimal, total: Decimal, ctx: &Ctx) -> AmountEval {
    let mut out = AmountEval {
        determined: true,
        ..Default::default()
    };
    let mut left = total;
    for by in years {
        let y = &by.year;
        let limit = match ctx.profile.number(by.budget) {
            Some(b) => {
                let share = rate * b / Decimal::ONE_HUNDRED;
                let v = share.min(y.cap);
                out.steps.push(Text::new(
                    format!(
                        "第{}年：{}% × 建设预算{} = {}，上限{} → 不超过{}万元",
                        y.year,
                        num(rate),
                        num(b),
                        num(share),
                        num(y.cap),
                        num(v)
                    ),
                    format!(
                        "year {}: {}% × budget {} = {}, cap {} → up to {} (10k CNY)",
                        y.year,
                        num(rate),
                        num(b),
                        num(share),
                        num(y.cap),
                        num(v)
                    ),
                ));
                v
            }
            None => {
                out.determined = false;
                out.missing.push(by.budget.id);
                out.steps.push(Text::new(
                    format!("第{}年：不超过{}万元，且不超过当年建设预算的{}%（预算未填）", y.year, num(y.cap), num(rate)),
                    format!(
                        "year {}: up to {} (10k CNY) and no more than {}% of that year's budget (budget not answered)",
                        y.year,
                        num(y.cap),
                        num(rate)
                    ),
                ));
                y.cap
            }
        };
        let v = limit.min(left);
        left -= v;
        out.schedule.push(YearAmount {
            year: y.year,
            up_to: v,
            equity: false,
            note: y.note,
        });
    }
    let sum: Decimal = out.schedule.iter().map(|y| y.up_to).sum();
    out.steps.push(Text::new(
        format!("合计{}万元（总额不超过{}万元）", num(sum), num(total)),
        format!(
            "total {} (10k CNY); no more than {} in all",
            num(sum),
            num(total)
        ),
    ));
    out.up_to = Some(sum);
    out
}

fn amount_8_5(ctx: &Ctx) -> AmountEval {
    budget_schedule(YEARS_8_5, RATE_8_5_BUDGET, TOTAL_8_5, ctx)
}

pub static M8_5: Measure = Measure {
    id: "8.5",
    doc: &DOC,
    article: A5,
    title: t!("支持科技成果概念验证平台建设", "Building concept-verification platforms for research results"),
    content: t!(
        "支持围绕高精尖产业领域建设第三方概念验证平台,为高等学校、科研机构、医疗卫生机构及企业等提供科技成果评估、技术可行性分析、工程样机生产、小批量试制、商业评价等概念验证服务,为早期科技成果提升技术成熟度,降低市场化风险,提高科技成果转化效率。",
        "Supports building third-party concept-verification platforms around high-end (高精尖) industries that give universities, research institutes, medical institutions, enterprises and others concept-verification services — assessing research results, analysing technical feasibility, producing engineering prototypes, small-batch trial production, commercial evaluation — to raise the technology readiness of early results, lower their market risk and make their transfer more efficient.",
    ),
    conditions_text: t!(
        "平台建设主体应具备以下条件:\n1. 具有聚焦某一高精尖产业领域的行业背景和业务基础,概念验证项目来源稳定。\n2. 具有一定规模、来源稳定的资金,能够为概念验证项目匹配资金、场地、设备等配套条件,对接投融资、产业园区、市场渠道等市场资源。\n3. 具有一支专业化服务团队,团队成员应具备技术研判、项目管理、知识产权、投融资、技术转移等相关专业背景及从业经历。\n4. 建立包含筛选立项、验证辅导、管理考核等全流程概念验证服务体系。",
        "The platform builder must:\n1. Have an industry background and business base focused on one high-end field, and a stable source of concept-verification projects.\n2. Have funds of some scale from stable sources, be able to give concept-verification projects matching funds, space, equipment and other means, and connect them with investment and financing, industrial parks, market channels and other market resources.\n3. Have a professional service team whose members have backgrounds and work experience in technology assessment, project management, intellectual property, investment and financing, technology transfer and related fields.\n4. Have set up a full-process concept-verification service system covering screening and approval, verification coaching, and management and assessment.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过3年,单个平台支持总金额不超过1500万元,且每年支持金额不超过当年平台建设预算的30%。第一年支持金额不超过500万元。第二、三年根据对平台前一年度建设绩效考核结果择优给予支持,每年给予不超过500万元资金支持。支持资金用于概念验证平台自身建设和提供概念验证服务等。",
        "Advance subsidy, for a period generally of no more than 3 years: no more than 15 million CNY (1,500 万元) in total for one platform, and each year no more than 30% of that year's platform construction budget. Year 1: no more than 500 万元. Years 2 and 3: on merit, by the assessment of the platform's construction performance in the previous year, no more than 500 万元 a year. The funds are used for building the platform itself and for providing concept-verification services.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: PLATFORM_BUILDERS,
    routes: &[Route {
        id: "",
        title: t!("第三方概念验证平台", "Third-party concept-verification platform"),
        conditions: Condition::All(&[
            // 平台建设主体应具备以下条件:
            hard(
                t!("8号 第五条（二）", "Doc 8, Art. 5(2)"),
                t!("平台建设主体", "the platform builder"),
                Test::OneOf(&APPLICANT_KIND, PLATFORM_BUILDERS),
            )
            .read_as(READING_8_PLATFORM_BUILDER),
            // 1. 具有聚焦某一高精尖产业领域的行业背景和业务基础,概念验证项目来源稳定。
            hard(
                t!("8号 第五条（二）1.", "Doc 8, Art. 5(2)1"),
                t!("聚焦某一高精尖产业领域", "focused on one high-end field"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            attested(
                t!("8号 第五条（二）1.", "Doc 8, Art. 5(2)1"),
                t!(
                    "具有聚焦某一高精尖产业领域的行业背景和业务基础,概念验证项目来源稳定",
                    "an industry background and business base focused on one high-end field, and a stable source of concept-verification projects",
                ),
                Test::Yes(&CONCEPT_PLATFORM_FIELD_BACKGROUND),
            ),
            // 2. 具有一定规模、来源稳定的资金,能够为概念验证项目匹配资金、场地、设备等配套条件,
            // 对接投融资、产业园区、市场渠道等市场资源。
            attested(
                t!("8号 第五条（二）2.", "Doc 8, Art. 5(2)2"),
                t!(
                    "具有一定规模、来源稳定的资金,能够为概念验证项目匹配资金、场地、设备等配套条件,对接投融资、产业园区、市场渠道等市场资源",
                    "funds of some scale from stable sources; able to give projects matching funds, space and equipment and connect them with investors, industrial parks and market channels",
                ),
                Test::Yes(&CONCEPT_PLATFORM_RESOURCES),
            ),
            // 3. 具有一支专业化服务团队,团队成员应具备技术研判、项目管理、知识产权、投融资、
            // 技术转移等相关专业背景及从业经历。
            attested(
                t!("8号 第五条（二）3.", "Doc 8, Art. 5(2)3"),
                t!(
                    "具有一支专业化服务团队,团队成员应具备技术研判、项目管理、知识产权、投融资、技术转移等相关专业背景及从业经历",
                    "a professional service team with backgrounds and experience in technology assessment, project management, IP, investment and technology transfer",
                ),
                Test::Yes(&TEAM_HAS_TRANSFER_BACKGROUNDS),
            ),
            // 4. 建立包含筛选立项、验证辅导、管理考核等全流程概念验证服务体系。
            attested(
                t!("8号 第五条（二）4.", "Doc 8, Art. 5(2)4"),
                t!(
                    "建立包含筛选立项、验证辅导、管理考核等全流程概念验证服务体系",
                    "a full-process concept-verification service system covering screening and approval, verification coaching, and management and assessment",
                ),
                Test::Yes(&CONCEPT_PLATFORM_SERVICE_SYSTEM),
            ),
            // 第二、三年根据对平台前一年度建设绩效考核结果择优给予支持
            judgement(
                t!("8号 第五条（三）", "Doc 8, Art. 5(3)"),
                t!(
                    "第二、三年根据对平台前一年度建设绩效考核结果择优给予支持",
                    "years 2 and 3 are given on merit by the assessment of the previous year's construction performance",
                ),
            ),
        ]),
        amount: Amount::Custom { ceiling: Some(TOTAL_8_5), eval: amount_8_5 },
        amount_cite: t!("8号 第五条（三）", "Doc 8, Art. 5(3)"),
        amount_clause: t!(
            "单个平台支持总金额不超过1500万元,且每年支持金额不超过当年平台建设预算的30%。第一年支持金额不超过500万元。第二、三年……每年给予不超过500万元资金支持",
            "no more than 1,500 万元 in total per platform, and each year no more than 30% of that year's construction budget; year 1 no more than 500 万元; years 2 and 3 no more than 500 万元 a year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_PLATFORM_BUILDER, READING_8_5_BUDGET],
    notice: None,
};

// =================================================================================================
// 第六条 支持科技成果概念验证。
// =================================================================================================

const A6: T = t!("8号 第六条", "Doc 8, Art. 6");

/// "高等学校、科研机构、医疗卫生机构与企业等创新主体联合开展": read as a project run jointly by at
/// least one university, research institute or medical institution and at least one enterprise,
/// any of which may apply; "等创新主体" admits the kinds 第四条 names (social organisations too).
pub const READING_8_6_JOINT: T = t!(
    "“高等学校、科研机构、医疗卫生机构与企业等创新主体联合开展”理解为：项目由至少一家高等学校、科研机构或医疗卫生机构与至少一家企业联合开展，其中任一方均可申报；“等创新主体”包括第四条所列的社会组织。",
    "\"Universities, research institutes and medical institutions together with enterprises and other innovators\" is read as: the project is run jointly by at least one university, research institute or medical institution and at least one enterprise, any of which may apply; \"other innovators\" includes the social organisations Art. 4 names.",
);

/// "按照项目总预算30%的比例,给予年度不超过200万元": the amount shown is one year's support, the
/// smaller of 30% of the project's total budget and 200. A project running several years may
/// receive up to 200 in each later year until 30% of its total budget is reached; those later
/// years are not encoded.
pub const READING_8_6_ANNUAL: T = t!(
    "“按照项目总预算30%的比例,给予年度不超过200万元”：显示的是一个年度的支持金额，取项目总预算的30%与200万元中的较小者；跨年度项目以后各年度可继续获得每年不超过200万元、累计不超过总预算30%的支持，未计入。",
    "\"30% of the project's total budget, no more than 200 万元 a year\": the amount shown is one year's support, the smaller of 30% of the total budget and 200 万元. A project running several years may receive up to 200 万元 in each later year until 30% of its total budget is reached; those later years are not counted.",
);

const APPLICANTS_8_6: &[&str] = &[
    "enterprise",
    "university",
    "research_institute",
    "medical_institution",
    "social_organisation",
];

pub static M8_6: Measure = Measure {
    id: "8.6",
    doc: &DOC,
    article: A6,
    title: t!("支持科技成果概念验证", "Concept verification of research results"),
    content: t!(
        "支持高等学校、科研机构、医疗卫生机构与企业等创新主体联合开展产学研医协同合作,围绕核心技术和高价值科技成果,实施技术开发、产品验证、市场应用研究等概念验证活动。",
        "Supports universities, research institutes, medical institutions, enterprises and other innovators in joint industry–university–research–medicine cooperation, carrying out concept-verification activities — technology development, product verification, market-application research — around core technologies and high-value research results.",
    ),
    conditions_text: t!(
        "1. 支持对象拥有较强研发能力和科技成果转化队伍,具有解决概念验证需求的相关前期工作基础,能够提出先进适用的概念验证解决方案,具备组织实施的资金、设施、场地等配套条件,拥有明确的市场用户和应用范围。\n2. 鼓励对本市相关产业带动作用强、具有广泛应用前景的科技成果开展概念验证。\n3. 优先支持中小微企业采取先使用后付费方式承接高等学校、科研机构技术许可的科技成果,开展概念验证活动。\n4. 概念验证完成后,能够显著提升科技成果的技术创新性、行业竞争力和商业可行性,且推动转化。",
        "1. The applicant has strong R&D capability and a team for transferring research results, prior work relevant to the concept-verification need, can propose an advanced and applicable concept-verification solution, has the funds, facilities, space and other means to carry it out, and has clear market users and a clear scope of application.\n2. Concept verification of results that strongly drive related industries in Beijing and have broad application prospects is encouraged.\n3. Priority goes to small, medium and micro enterprises that take up results licensed by universities and research institutes on a use-first, pay-later basis to carry out concept verification.\n4. Once completed, the concept verification can markedly raise the result's technical innovativeness, industrial competitiveness and commercial feasibility, and drive its transfer.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,根据项目的技术含量、市场前景等,按照项目总预算30%的比例,给予年度不超过200万元的资金支持。支持资金用于开展概念验证活动,采取先使用后付费方式承接高等学校、科研机构技术许可的科技成果所产生的担保费等。",
        "Advance subsidy: according to the project's technology content, market prospects and other factors, 30% of the project's total budget, no more than 2 million CNY (200 万元) a year. The funds are used for the concept-verification activities, including guarantee fees arising from taking up results licensed by universities and research institutes on a use-first, pay-later basis.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: APPLICANTS_8_6,
    routes: &[Route {
        id: "",
        title: t!("产学研医联合概念验证项目", "Joint concept-verification project"),
        conditions: Condition::All(&[
            // （一）支持高等学校、科研机构、医疗卫生机构与企业等创新主体联合开展产学研医协同合作
            hard(
                t!("8号 第六条（一）", "Doc 8, Art. 6(1)"),
                t!(
                    "高等学校、科研机构、医疗卫生机构与企业等创新主体联合开展产学研医协同合作",
                    "universities, research institutes and medical institutions cooperating jointly with enterprises and other innovators",
                ),
                Test::Yes(&CONCEPT_VERIFICATION_JOINT_PROJECT),
            )
            .read_as(READING_8_6_JOINT),
            // 围绕核心技术和高价值科技成果
            judgement(
                t!("8号 第六条（一）", "Doc 8, Art. 6(1)"),
                t!("围绕核心技术和高价值科技成果", "around core technologies and high-value research results"),
            ),
            // 1. 支持对象拥有较强研发能力和科技成果转化队伍,……能够提出先进适用的概念验证解决方案
            judgement(
                t!("8号 第六条（二）1.", "Doc 8, Art. 6(2)1"),
                t!(
                    "支持对象拥有较强研发能力和科技成果转化队伍……能够提出先进适用的概念验证解决方案",
                    "strong R&D capability and a transfer team … able to propose an advanced and applicable concept-verification solution",
                ),
            ),
            // 1. ……具有解决概念验证需求的相关前期工作基础,……具备组织实施的资金、设施、场地等配套
            // 条件,拥有明确的市场用户和应用范围。
            attested(
                t!("8号 第六条（二）1.", "Doc 8, Art. 6(2)1"),
                t!(
                    "具有解决概念验证需求的相关前期工作基础……具备组织实施的资金、设施、场地等配套条件,拥有明确的市场用户和应用范围",
                    "prior work relevant to the need … the funds, facilities and space to carry it out, and clear market users and scope of application",
                ),
                Test::Yes(&CONCEPT_VERIFICATION_GROUNDWORK),
            ),
            // 2. 鼓励…… and 3. 优先支持……: encouragement and priority for the reviewers, not
            // conditions of eligibility; not encoded.
            // 4. 概念验证完成后,能够显著提升科技成果的技术创新性、行业竞争力和商业可行性,且推动转化。
            judgement(
                t!("8号 第六条（二）4.", "Doc 8, Art. 6(2)4"),
                t!(
                    "概念验证完成后,能够显著提升科技成果的技术创新性、行业竞争力和商业可行性,且推动转化",
                    "once completed, it can markedly raise the result's innovativeness, competitiveness and commercial feasibility, and drive its transfer",
                ),
            ),
            // （三）根据项目的技术含量、市场前景等
            judgement(
                t!("8号 第六条（三）", "Doc 8, Art. 6(3)"),
                t!("根据项目的技术含量、市场前景等", "according to the project's technology content, market prospects and other factors"),
            ),
        ]),
        // 按照项目总预算30%的比例,给予年度不超过200万元的资金支持
        amount: Amount::Rate { rate: dec!(30), base: &CONCEPT_VERIFICATION_PROJECT_BUDGET, cap: Some(dec!(200)) },
        amount_cite: t!("8号 第六条（三）", "Doc 8, Art. 6(3)"),
        amount_clause: t!(
            "按照项目总预算30%的比例,给予年度不超过200万元的资金支持",
            "30% of the project's total budget, no more than 200 万元 a year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_6_JOINT, READING_8_6_ANNUAL],
    notice: None,
};

// =================================================================================================
// 第七条 支持技术转移机构建设。
// =================================================================================================

const A7: T = t!("8号 第七条", "Doc 8, Art. 7");

/// (二)1 addresses universities, research institutes and medical institutions; (二)2 addresses
/// "社会化、市场化技术转移机构". Read as: every other applicant (an enterprise, a social
/// organisation, a technology service organisation) is a commercial, market-based institution
/// and meets (二)2.
pub const READING_8_7_KIND: T = t!(
    "第七条（二）1.适用于高等学校、科研机构、医疗卫生机构；其余申报单位（企业、社会组织、科技服务机构）理解为“社会化、市场化技术转移机构”，适用（二）2.。",
    "Art. 7(2)1 applies to universities, research institutes and medical institutions; every other applicant (an enterprise, a social organisation, a technology service organisation) is read as a \"commercial, market-based technology-transfer institution\" under Art. 7(2)2.",
);

/// "按照实际发生费用30%的比例": read as the expenses the institution actually incurred on its
/// transfer work in the period the performance assessment covers (normally the previous year).
pub const READING_8_7_EXPENSES: T = t!(
    "“实际发生费用”理解为技术转移机构在绩效考核期（通常为上一年度）内服务推动科技成果转化工作实际发生的费用。",
    "\"Expenses actually incurred\" is read as what the institution actually spent on promoting the transfer of research results in the period the performance assessment covers (normally the previous year).",
);

pub static M8_7: Measure = Measure {
    id: "8.7",
    doc: &DOC,
    article: A7,
    title: t!("支持技术转移机构建设", "Building technology-transfer institutions"),
    content: t!(
        "支持高等学校、科研机构、医疗卫生机构、企业、社会组织等建设专业化技术转移机构,落实《北京市促进科技成果转化条例》,探索科技成果评价改革和职务科技成果转化管理新模式、优先向中小微企业转移科技成果等改革任务。开展科技成果筛选与培育、知识产权布局与运营、概念验证与中试熟化、价值评估与市场调研、供需对接与技术交易、科技金融与投融资服务等工作,为科技成果转化落地提供专业化服务。",
        "Supports universities, research institutes, medical institutions, enterprises, social organisations and others in building professional technology-transfer institutions that implement the Beijing Regulations on Promoting the Transformation of Scientific and Technological Achievements and pursue reform tasks such as reforming the evaluation of research results, new ways of managing the transfer of results made on the job, and transferring results to small, medium and micro enterprises first. They screen and nurture results, lay out and operate intellectual property, run concept verification and pilot-scale maturation, value results and research markets, match supply and demand and trade technology, and provide technology finance and investment services, giving professional services for bringing results into practice.",
    ),
    conditions_text: t!(
        "技术转移机构应有固定的经营服务场所,持续运营满1年,集聚较多的科技服务资源,配备专职技术经理人团队,具有专业化服务能力,促进科技成果转化达到一定数量,有良好的发展前景和可持续发展能力。\n1. 高等学校、科研机构、医疗卫生机构在科技成果转化方面须制度健全,配套政策完善,资金投入到位,与社会化服务机构开放合作。\n2. 社会化、市场化技术转移机构须服务管理规范,制定合理的服务收费标准,有稳定的客户群及长期合作伙伴,有可靠的技术转移项目 and 需求来源。",
        "A technology-transfer institution must have fixed business premises, have operated continuously for at least 1 year, gather ample technology-service resources, have a full-time team of technology managers, have professional service capability, have promoted a certain number of transfers of research results, and have good prospects and the capability to develop sustainably.\n1. Universities, research institutes and medical institutions must have sound rules, complete supporting policies and adequate funding for transferring research results, and cooperate openly with commercial service institutions.\n2. Commercial, market-based technology-transfer institutions must manage their services in an orderly way, set reasonable service fees, have a stable client base and long-term partners, and have reliable sources of technology-transfer projects and demand.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持。对技术转移机构服务推动科技成果转化工作进行绩效考核,按照实际发生费用 30% 的比例,择优给予不超过 300 万元的资金支持。绩效考核以下内容:\n1. 高等学校、科研机构、医疗卫生机构建立科技成果转化制度、探索职务科技成果转化管理新模式、推动科技成果转化与产学研合作、建立高价值项目库、与社会化专业服务机构合作、举办各类推介活动、将科技成果以先使用后付费方式许可给中小微企业等情况。\n2. 社会化、市场化技术转移机构建立服务管理制度,开展科技成果转化项目评估与交易等服务,建立技术成果库、需求库和服务库,组织各类供需对接活动等情况。\n3. 技术经理人队伍建设,开展技术经理人培养、激励,参与职称评定等情况。\n支持资金用于加强机构建设,技术转移人才培养、科技成果转化工作专职人员奖励、购买社会专业化服务等方面。",
        "Post-subsidy. The institution's work in promoting the transfer of research results is assessed on performance and, on merit, supported with 30% of the expenses actually incurred, up to 3 million CNY (300 万元). The assessment covers:\n1. For universities, research institutes and medical institutions: rules for transferring results, new ways of managing the transfer of results made on the job, transfer and industry–academia cooperation, a library of high-value projects, cooperation with commercial professional service institutions, promotional events, licensing results to small, medium and micro enterprises on a use-first, pay-later basis, and the like.\n2. For commercial, market-based institutions: service management rules, evaluation and trading services for transfer projects, libraries of technologies, needs and services, supply–demand matching events, and the like.\n3. Building the team of technology managers: their training, incentives, professional-title evaluation and the like.\nThe funds are used for strengthening the institution, training technology-transfer staff, rewarding full-time transfer staff, buying professional services and the like.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: TRANSFER_INSTITUTIONS,
    routes: &[Route {
        id: "",
        title: t!("专业化技术转移机构", "Professional technology-transfer institution"),
        conditions: Condition::All(&[
            // （一）……建设专业化技术转移机构
            hard(
                t!("8号 第七条（一）", "Doc 8, Art. 7(1)"),
                t!("建设专业化技术转移机构", "building a professional technology-transfer institution"),
                Test::Yes(&RUNS_TECH_TRANSFER_INSTITUTION),
            )
            .read_as(READING_8_TRANSFER_INSTITUTION),
            // 技术转移机构应有固定的经营服务场所,
            hard(
                t!("8号 第七条（二）", "Doc 8, Art. 7(2)"),
                t!("技术转移机构应有固定的经营服务场所", "the institution must have fixed business premises"),
                Test::Yes(&TECH_TRANSFER_FIXED_PREMISES),
            ),
            // 持续运营满1年,
            hard(
                t!("8号 第七条（二）", "Doc 8, Art. 7(2)"),
                t!("持续运营满1年", "operated continuously for at least 1 year"),
                Test::AtLeastYears(&TECH_TRANSFER_OPERATING_SINCE, 1),
            ),
            // 集聚较多的科技服务资源,
            judgement(
                t!("8号 第七条（二）", "Doc 8, Art. 7(2)"),
                t!("集聚较多的科技服务资源", "gathers ample technology-service resources"),
            ),
            // 配备专职技术经理人团队,
            hard(
                t!("8号 第七条（二）", "Doc 8, Art. 7(2)"),
                t!("配备专职技术经理人团队", "a full-time team of technology managers"),
                Test::Yes(&TECH_TRANSFER_MANAGER_TEAM),
            ),
            // 具有专业化服务能力,
            attested(
                t!("8号 第七条（二）", "Doc 8, Art. 7(2)"),
                t!("具有专业化服务能力", "professional service capability"),
                Test::Yes(&TECH_TRANSFER_PROFESSIONAL_CAPABILITY),
            ),
            // 促进科技成果转化达到一定数量,有良好的发展前景和可持续发展能力。
            judgement(
                t!("8号 第七条（二）", "Doc 8, Art. 7(2)"),
                t!(
                    "促进科技成果转化达到一定数量,有良好的发展前景和可持续发展能力",
                    "has promoted a certain number of transfers, and has good prospects and sustainable capability",
                ),
            ),
            // 1. 高等学校、科研机构、医疗卫生机构在科技成果转化方面须制度健全,配套政策完善,资金投入
            // 到位,与社会化服务机构开放合作。
            Condition::Any(&[
                Condition::Not(&hard(
                    t!("8号 第七条（二）1.", "Doc 8, Art. 7(2)1"),
                    t!("高等学校、科研机构、医疗卫生机构", "universities, research institutes, medical institutions"),
                    Test::OneOf(&APPLICANT_KIND, ACADEMIA),
                )),
                attested(
                    t!("8号 第七条（二）1.", "Doc 8, Art. 7(2)1"),
                    t!(
                        "在科技成果转化方面须制度健全,配套政策完善,资金投入到位,与社会化服务机构开放合作",
                        "sound rules, complete policies and adequate funding for transfer, and open cooperation with commercial service institutions",
                    ),
                    Test::Yes(&TECH_TRANSFER_INSTITUTIONAL_RULES),
                )
                .read_as(READING_8_7_KIND),
            ]),
            // 2. 社会化、市场化技术转移机构须服务管理规范,制定合理的服务收费标准,有稳定的客户群及长期
            // 合作伙伴,有可靠的技术转移项目 and 需求来源。
            Condition::Any(&[
                hard(
                    t!("8号 第七条（二）1.", "Doc 8, Art. 7(2)1"),
                    t!("高等学校、科研机构、医疗卫生机构", "universities, research institutes, medical institutions"),
                    Test::OneOf(&APPLICANT_KIND, ACADEMIA),
                ),
                attested(
                    t!("8号 第七条（二）2.", "Doc 8, Art. 7(2)2"),
                    t!(
                        "社会化、市场化技术转移机构须服务管理规范,制定合理的服务收费标准,有稳定的客户群及长期合作伙伴,有可靠的技术转移项目 and 需求来源",
                        "a commercial, market-based institution must manage its services in an orderly way, set reasonable fees, have a stable client base and long-term partners, and reliable sources of projects and demand",
                    ),
                    Test::Yes(&TECH_TRANSFER_MARKET_PRACTICE),
                )
                .read_as(READING_8_7_KIND),
            ]),
            // （三）对技术转移机构服务推动科技成果转化工作进行绩效考核,……择优给予
            judgement(
                t!("8号 第七条（三）", "Doc 8, Art. 7(3)"),
                t!(
                    "对技术转移机构服务推动科技成果转化工作进行绩效考核……择优给予",
                    "the institution's transfer work is assessed on performance … given on merit",
                ),
            ),
        ]),
        // 按照实际发生费用 30% 的比例,择优给予不超过 300 万元的资金支持
        amount: Amount::Rate { rate: dec!(30), base: &TECH_TRANSFER_ACTUAL_EXPENSES, cap: Some(dec!(300)) },
        amount_cite: t!("8号 第七条（三）", "Doc 8, Art. 7(3)"),
        amount_clause: t!(
            "按照实际发生费用 30% 的比例,择优给予不超过 300 万元的资金支持",
            "30% of the expenses actually incurred, on merit, up to 300 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_TRANSFER_INSTITUTION, READING_8_7_KIND, READING_8_7_EXPENSES],
    notice: None,
};

// =================================================================================================
// 第八条 支持技术转移机构市场化聘用技术经理人。
// =================================================================================================

const A8: T = t!("8号 第八条", "Doc 8, Art. 8");

/// "按照不超过机构拟市场化聘用技术经理人薪酬的50%,择优给予每家机构年度不超过200万元": the base
/// is the total pay, for the year of support, of the managers to be hired; the 200 per
/// institution per year is encoded as this application's cap. Support the institution already
/// has under this article in the same year would lower it; that is not encoded.
pub const READING_8_8_CAP: T = t!(
    "薪酬理解为拟市场化聘用的技术经理人在支持年度内的薪酬合计；“每家机构年度不超过200万元”按本次申报的上限计算，同一机构同一年度已获本条支持的，应相应扣减，未计入。",
    "The pay is read as the total pay, for the year of support, of the technology managers to be hired; \"no more than 200 万元 per institution a year\" is applied as this application's cap. Support the institution already has under this article in the same year would lower it; that is not counted.",
);

pub static M8_8: Measure = Measure {
    id: "8.8",
    doc: &DOC,
    article: A8,
    title: t!("支持技术转移机构市场化聘用技术经理人", "Technology-transfer institutions hiring technology managers on market terms"),
    content: t!(
        "支持技术转移机构市场化聘用技术经理人。支持技术经理人开展需求挖掘、技术匹配、价值评估、市场对接、商业谈判、项目落地等全过程科技成果转化活动。",
        "Supports technology-transfer institutions in hiring technology managers on market terms, and technology managers in carrying out the whole transfer process: finding needs, matching technology, valuation, market connection, commercial negotiation and landing projects.",
    ),
    conditions_text: t!(
        "1. 技术转移机构具有专业化服务能力,配备专职科技成果转化队伍,具有灵活的薪酬制度、激励机制。\n2. 聘用的技术经理人需具备良好的专业技术背景,熟悉法务、金融、管理、知识产权等业务,熟悉科技成果转化的法律法规和操作流程,拥有商业洞察力、资源组织能力以及成功的科技成果转化实务经验,能够辨识科技项目的技术水平和应用场景,是贯通科技成果转化关键环节的复合型跨界人才。\n3. 机构以技术经理人为核心形成高水平专业化队伍,能够精准提升服务质量,实现项目转化落地,提高科技成果转化成功率。",
        "1. The technology-transfer institution has professional service capability, a full-time team for transferring research results, and a flexible pay system and incentives.\n2. The technology managers hired have a good professional and technical background, know legal affairs, finance, management, intellectual property and related business, know the laws, regulations and procedures of transferring results, have commercial insight, the ability to organise resources and successful practical experience in transferring results, can recognise the technical level and application scenarios of projects, and are cross-disciplinary talents who link the key stages of transfer.\n3. The institution forms a high-level professional team around its technology managers that can sharply raise service quality, land projects and raise the success rate of transfers.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持。对技术转移机构科技成果转化基础条件和成效进行评价,对拟聘用的技术经理人专业技术背景、资源组织能力、科技成果转化绩效等方面进行综合评价,按照不超过机构拟市场化聘用技术经理人薪酬的50%,择优给予每家机构年度不超过200万元的资金支持。支持资金用于聘用技术经理人。",
        "Advance subsidy. The institution's basic conditions and results in transferring research results are evaluated, and the technology managers it plans to hire are evaluated as a whole on their professional and technical background, ability to organise resources, transfer performance and other aspects; on merit, each institution receives no more than 50% of the pay of the technology managers it plans to hire on market terms, up to 2 million CNY (200 万元) a year. The funds are used to hire technology managers.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: TRANSFER_INSTITUTIONS,
    routes: &[Route {
        id: "",
        title: t!("市场化聘用技术经理人", "Hiring technology managers on market terms"),
        conditions: Condition::All(&[
            // （一）支持技术转移机构市场化聘用技术经理人。
            hard(
                t!("8号 第八条（一）", "Doc 8, Art. 8(1)"),
                t!("技术转移机构", "a technology-transfer institution"),
                Test::Yes(&RUNS_TECH_TRANSFER_INSTITUTION),
            )
            .read_as(READING_8_TRANSFER_INSTITUTION),
            hard(
                t!("8号 第八条（一）", "Doc 8, Art. 8(1)"),
                t!("支持技术转移机构市场化聘用技术经理人", "hiring technology managers on market terms"),
                Test::Yes(&PLANS_MARKET_HIRING_TECH_MANAGERS),
            ),
            // 1. 技术转移机构具有专业化服务能力,配备专职科技成果转化队伍,具有灵活的薪酬制度、激励机制。
            attested(
                t!("8号 第八条（二）1.", "Doc 8, Art. 8(2)1"),
                t!("技术转移机构具有专业化服务能力", "the institution has professional service capability"),
                Test::Yes(&TECH_TRANSFER_PROFESSIONAL_CAPABILITY),
            ),
            hard(
                t!("8号 第八条（二）1.", "Doc 8, Art. 8(2)1"),
                t!("配备专职科技成果转化队伍", "a full-time team for transferring research results"),
                Test::Yes(&TECH_TRANSFER_FULL_TIME_TEAM),
            ),
            attested(
                t!("8号 第八条（二）1.", "Doc 8, Art. 8(2)1"),
                t!("具有灵活的薪酬制度、激励机制", "a flexible pay system and incentives"),
                Test::Yes(&TECH_TRANSFER_FLEXIBLE_PAY),
            ),
            // 2. 聘用的技术经理人需具备良好的专业技术背景,……是贯通科技成果转化关键环节的复合型跨界人才。
            // Judged in （三）'s 综合评价 of the managers to be hired.
            judgement(
                t!("8号 第八条（二）2.", "Doc 8, Art. 8(2)2"),
                t!(
                    "聘用的技术经理人需具备良好的专业技术背景……是贯通科技成果转化关键环节的复合型跨界人才",
                    "the managers hired have a good professional and technical background … cross-disciplinary talents linking the key stages of transfer",
                ),
            ),
            // 3. 机构以技术经理人为核心形成高水平专业化队伍,……提高科技成果转化成功率。
            judgement(
                t!("8号 第八条（二）3.", "Doc 8, Art. 8(2)3"),
                t!(
                    "机构以技术经理人为核心形成高水平专业化队伍,能够精准提升服务质量,实现项目转化落地,提高科技成果转化成功率",
                    "a high-level professional team built around the technology managers that raises service quality, lands projects and raises the success rate",
                ),
            ),
            // （三）对技术转移机构……进行评价,对拟聘用的技术经理人……进行综合评价,……择优给予
            judgement(
                t!("8号 第八条（三）", "Doc 8, Art. 8(3)"),
                t!(
                    "对技术转移机构科技成果转化基础条件和成效进行评价,对拟聘用的技术经理人……进行综合评价……择优给予",
                    "the institution and the managers to be hired are evaluated as a whole … given on merit",
                ),
            ),
        ]),
        // 按照不超过机构拟市场化聘用技术经理人薪酬的50%,择优给予每家机构年度不超过200万元的资金支持
        amount: Amount::Rate { rate: dec!(50), base: &TECH_MANAGER_PLANNED_PAY, cap: Some(dec!(200)) },
        amount_cite: t!("8号 第八条（三）", "Doc 8, Art. 8(3)"),
        amount_clause: t!(
            "按照不超过机构拟市场化聘用技术经理人薪酬的50%,择优给予每家机构年度不超过200万元的资金支持",
            "no more than 50% of the pay of the technology managers to be hired on market terms, on merit, no more than 200 万元 per institution a year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_TRANSFER_INSTITUTION, READING_8_8_CAP],
    notice: None,
};

// =================================================================================================
// 第九条 支持中小微企业转化高新技术成果。
// =================================================================================================

const A9: T = t!("8号 第九条", "Doc 8, Art. 9");

/// 8号 has no 名词解释: "中小微企业" is read by the national SME classification
/// (工信部联企业〔2011〕300号), the same one 5号 uses for 小型/微型企业.
pub const READING_8_9_SME: T = t!(
    "“中小微企业”按《中小企业划型标准规定》（工信部联企业〔2011〕300号）划型，即中型、小型或微型企业。",
    "\"Small, medium and micro enterprises\" is read by the national SME classification (工信部联企业〔2011〕300号): a medium, small or micro enterprise.",
);

/// "上一年度签订技术合同成交额的10%" with (二)4's "成交额不低于100万元": read per contract. The
/// contract is the one through which the project's core technology came from academia; it must
/// have been signed in the calendar year before the assessment date's year, be registered, be a
/// development, transfer or licence contract, and have a turnover of at least 100; the support is
/// at most 10% of that turnover. A project resting on several such contracts is not encoded (the
/// product takes one).
pub const READING_8_9_CONTRACT: T = t!(
    "“上一年度签订技术合同成交额”与（二）4.“成交额不低于100万元”按单份合同理解：即项目核心技术所依据的、与高校院所签订的技术合同，须于评估日期所在年度的上一个自然年度内签订、已认定登记、属技术开发/转让/许可类、成交额不低于100万元；支持金额最高为其成交额的10%。一个项目涉及多份合同的情形未计入（只取一份）。",
    "\"The turnover of technology contracts signed in the previous year\" and (2)4's \"turnover of no less than 100 万元\" are read per contract: the contract with academia that conveyed the project's core technology must have been signed in the calendar year before the assessment year, be registered, be a development, transfer or licence contract and have a turnover of at least 100 万元; support is at most 10% of that turnover. A project resting on several contracts is not counted (one is taken).",
);

/// The contract was signed in the calendar year before the assessment date's year.
fn signed_last_year(ctx: &Ctx) -> Outcome {
    // 上一年度: the year before the assessment year.
    Outcome::from_option(
        ctx.profile
            .date(&TRANSFER_CONTRACT_SIGNED_ON)
            .map(|d| d.year() == ctx.date.year() - 1),
    )
}

pub static M8_9: Measure = Measure {
    id: "8.9",
    doc: &DOC,
    article: A9,
    title: t!("支持中小微企业转化高新技术成果", "SMEs taking up high-tech results"),
    content: t!(
        "支持中小微企业通过技术开发、技术转让、技术许可等方式，从高等学校、科研机构、医疗卫生机构等转化高新技术成果并开展产业化落地。",
        "Supports small, medium and micro enterprises in taking up high-tech results from universities, research institutes, medical institutions and others, through technology development, transfer, licensing and other ways, and bringing them into industrial production.",
    ),
    conditions_text: t!(
        "1. 项目的核心技术应属于高精尖产业领域。\n2. 项目的总体技术与其他同类产品(服务)相比具有较高的创新性和先进性,且具有良好的市场前景和经济社会效益。\n3. 项目的核心技术为企业与高等学校、科研机构(含医疗卫生机构)签订技术合同,通过技术开发、技术转让、技术许可等方式获得技术成果的所有权或使用权。\n4. 技术合同需按《北京市技术合同认定登记管理办法》进行认定登记,且属于成交额不低于100万元的技术开发、技术转让和技术许可类合同。",
        "1. The project's core technology is in a high-end (高精尖) field.\n2. The project's overall technology is highly innovative and advanced compared with similar products (services), with good market prospects and economic and social benefits.\n3. The enterprise obtained ownership of, or the right to use, the project's core technology under a technology contract signed with a university or research institute (including medical institutions), by technology development, transfer, licensing or similar.\n4. The technology contract is recognised and registered under the Beijing Measures for the Recognition and Registration of Technology Contracts, and is a technology development, transfer or licence contract with a turnover of no less than 1 million CNY (100 万元).",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,对承担转化科技成果的中小微企业最高按上一年度签订技术合同成交额的10%,给予不超过200万元的资金支持。支持资金用于技术后续研发创新,企业持续承接高校院所、医疗卫生机构科技成果,采取先使用后付费方式承接高等学校、科研机构技术许可的科技成果所产生的担保费等。",
        "Post-subsidy: the small, medium or micro enterprise that takes up the result receives at most 10% of the turnover of the technology contracts it signed in the previous year, up to 2 million CNY (200 万元). The funds are used for follow-up R&D on the technology, continued take-up of results from universities, research institutes and medical institutions, and guarantee fees arising from taking up results licensed by universities and research institutes on a use-first, pay-later basis.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("中小微企业转化高新技术成果", "SME taking up a high-tech result"),
        conditions: Condition::All(&[
            // （三）对承担转化科技成果的中小微企业
            hard(
                t!("8号 第九条（三）", "Doc 8, Art. 9(3)"),
                t!("承担转化科技成果的中小微企业", "the small, medium or micro enterprise that takes up the result"),
                Test::OneOf(&ENTERPRISE_SIZE, &["micro", "small", "medium"]),
            )
            .read_as(READING_8_9_SME),
            // 1. 项目的核心技术应属于高精尖产业领域。
            hard(
                t!("8号 第九条（二）1.", "Doc 8, Art. 9(2)1"),
                t!("项目的核心技术应属于高精尖产业领域", "the project's core technology is in a high-end field"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            // 2. 项目的总体技术……具有较高的创新性和先进性,且具有良好的市场前景和经济社会效益。
            judgement(
                t!("8号 第九条（二）2.", "Doc 8, Art. 9(2)2"),
                t!(
                    "项目的总体技术与其他同类产品(服务)相比具有较高的创新性和先进性,且具有良好的市场前景和经济社会效益",
                    "the project's technology is highly innovative and advanced compared with similar products (services), with good prospects and benefits",
                ),
            ),
            // 3. 项目的核心技术为企业与高等学校、科研机构(含医疗卫生机构)签订技术合同,通过技术开发、
            // 技术转让、技术许可等方式获得技术成果的所有权或使用权。
            hard(
                t!("8号 第九条（二）3.", "Doc 8, Art. 9(2)3"),
                t!(
                    "项目的核心技术为企业与高等学校、科研机构(含医疗卫生机构)签订技术合同,通过技术开发、技术转让、技术许可等方式获得技术成果的所有权或使用权",
                    "the core technology was obtained, as ownership or a right of use, under a technology contract with a university or research institute (incl. medical institutions)",
                ),
                Test::Yes(&TRANSFER_CONTRACT_WITH_ACADEMIA),
            ),
            // 4. 技术合同需按《北京市技术合同认定登记管理办法》进行认定登记,
            hard(
                t!("8号 第九条（二）4.", "Doc 8, Art. 9(2)4"),
                t!(
                    "技术合同需按《北京市技术合同认定登记管理办法》进行认定登记",
                    "the technology contract is recognised and registered under the Beijing measures",
                ),
                Test::Yes(&TRANSFER_CONTRACT_REGISTERED),
            ),
            // 且属于成交额不低于100万元的技术开发、技术转让和技术许可类合同。
            hard(
                t!("8号 第九条（二）4.", "Doc 8, Art. 9(2)4"),
                t!("技术开发、技术转让和技术许可类合同", "a technology development, transfer or licence contract"),
                Test::OneOf(&TRANSFER_CONTRACT_TYPE, &["development", "transfer", "licence"]),
            ),
            hard(
                t!("8号 第九条（二）4.", "Doc 8, Art. 9(2)4"),
                t!("成交额不低于100万元", "a turnover of no less than 100 万元"),
                Test::Cmp(&TRANSFER_CONTRACT_AMOUNT, Cmp::Ge, dec!(100)),
            )
            .read_as(READING_8_9_CONTRACT),
            // （三）最高按上一年度签订技术合同成交额的10%
            hard(
                t!("8号 第九条（三）", "Doc 8, Art. 9(3)"),
                t!("上一年度签订技术合同", "technology contracts signed in the previous year"),
                Test::Custom {
                    facts: &[&TRANSFER_CONTRACT_SIGNED_ON],
                    what: t!("合同于评估年度的上一个自然年度内签订", "the contract was signed in the calendar year before the assessment year"),
                    eval: signed_last_year,
                },
            )
            .read_as(READING_8_9_CONTRACT),
        ]),
        // 最高按上一年度签订技术合同成交额的10%,给予不超过200万元的资金支持
        amount: Amount::Rate { rate: dec!(10), base: &TRANSFER_CONTRACT_AMOUNT, cap: Some(dec!(200)) },
        amount_cite: t!("8号 第九条（三）", "Doc 8, Art. 9(3)"),
        amount_clause: t!(
            "最高按上一年度签订技术合同成交额的10%,给予不超过200万元的资金支持",
            "at most 10% of the turnover of technology contracts signed in the previous year, up to 200 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_9_SME, READING_8_9_CONTRACT],
    notice: None,
};

// =================================================================================================
// 第十条 支持产业开发研究院建设。
// =================================================================================================

const A10: T = t!("8号 第十条", "Doc 8, Art. 10");

/// The institute "具有独立法人资格", so the institute applies, not the university that set it up.
/// It may be a research institute (事业单位 or 民办非企业), a company or a social organisation;
/// a company-form institute still needs the high-tech status 第四条 asks of enterprises.
pub const READING_8_10_APPLICANT: T = t!(
    "产业开发研究院须“具有独立法人资格”，因此由研究院自身申报，而非设立它的高校院所；研究院可为科研机构（事业单位或民办非企业单位）、企业或社会组织，企业形式的研究院仍须具备第四条要求的高新技术企业资格。",
    "The institute must \"have independent legal-person status\", so the institute applies, not the university or institute that set it up. It may be a research institute (public institution or private non-enterprise unit), a company or a social organisation; a company-form institute still needs the high-tech status Art. 4 asks of enterprises.",
);

/// "支持周期一般不超过3年,每家每年支持金额不超过1500万元": read as up to three years of at most
/// 1500 each; the text sets no total. "每家每年" is applied as each year's cap for this one
/// institute.
pub const READING_8_10_YEARS: T = t!(
    "“支持周期一般不超过3年,每家每年支持金额不超过1500万元”理解为最多3年、每年不超过1500万元；原文未设总额上限。",
    "\"A support period generally of no more than 3 years, no more than 1,500 万元 per institute a year\" is read as up to three years of at most 1,500 万元 each; the text sets no total.",
);

const APPLICANTS_8_10: &[&str] = &["research_institute", "enterprise", "social_organisation"];

/// 每家每年支持金额不超过1500万元
const YEAR_NOTE_8_10: T = t!(
    "每家每年支持金额不超过1500万元",
    "no more than 1,500 万元 per institute a year"
);

pub static M8_10: Measure = Measure {
    id: "8.10",
    doc: &DOC,
    article: A10,
    title: t!("支持产业开发研究院建设", "Building industrial development research institutes"),
    content: t!(
        "支持高等学校、科研机构、医疗卫生机构围绕高精尖产业发展,自主设立或以共建方式设立以科技成果转化和产业化为目标的产业开发研究院,推动落实《北京市促进科技成果转化条例》,探索科技成果评价改革和职务科技成果转化管理新模式,推动科技成果优先向中小微企业转移转化等改革任务。依托优势学科、面向市场需求,集聚科技成果、人才、资本以及行业资源,形成从应用研发、科技成果转化、企业孵化到产业培育的创新能力。",
        "Supports universities, research institutes and medical institutions in setting up, alone or jointly, industrial development research institutes aimed at transferring and industrialising research results around high-end industries, implementing the Beijing Regulations on Promoting the Transformation of Scientific and Technological Achievements, and pursuing reform tasks such as reforming the evaluation of results, new ways of managing the transfer of results made on the job, and transferring results to small, medium and micro enterprises first. Building on strong disciplines and facing market needs, they gather results, talent, capital and industry resources to build innovation capability from applied R&D through transfer and company incubation to industry building.",
    ),
    conditions_text: t!(
        "1. 具有独立法人资格,并进行实体化运营。\n2. 在设立模式、产学研创新资源配置、科技成果转化管理等体制机制层面具有创新性。\n3. 具有高水平技术转移专业团队,团队成员应具备技术研判、项目管理、知识产权、投融资、技术转移等相关专业背景及从业经历。\n4. 与高等学校、科研机构、医疗卫生机构、投融资机构等建立稳定的合作关系,建设有高质量科技成果资源库、成熟的投资转化机制,具备开展技术转移专业人才培养的条件和能力等。\n5. 推动高等学校、科研机构、医疗卫生机构科技成果落地。具有广泛开展国际技术转移合作的基础,具备推动全球科技资源合作能力。",
        "1. Has independent legal-person status and operates as a real entity.\n2. Is innovative in its set-up model, allocation of industry–university–research resources, management of transfers and other institutional arrangements.\n3. Has a high-level professional technology-transfer team whose members have backgrounds and work experience in technology assessment, project management, intellectual property, investment and financing, technology transfer and related fields.\n4. Has stable cooperation with universities, research institutes, medical institutions, investors and others, a high-quality library of research results, a mature investment and transfer mechanism, and the conditions and capability to train technology-transfer professionals.\n5. Brings the results of universities, research institutes and medical institutions into practice; has a base for wide international technology-transfer cooperation and the capability to promote global cooperation on technology resources.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过3年,每家每年支持金额不超过1500万元。支持资金主要用于项目研发、人才培养及运行经费等方面。",
        "Advance subsidy, for a period generally of no more than 3 years, no more than 15 million CNY (1,500 万元) per institute a year. The funds are mainly used for project R&D, talent training and running costs.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: APPLICANTS_8_10,
    routes: &[Route {
        id: "",
        title: t!("产业开发研究院", "Industrial development research institute"),
        conditions: Condition::All(&[
            // （一）支持高等学校、科研机构、医疗卫生机构围绕高精尖产业发展,自主设立或以共建方式设立以
            // 科技成果转化和产业化为目标的产业开发研究院
            hard(
                t!("8号 第十条（一）", "Doc 8, Art. 10(1)"),
                t!(
                    "高等学校、科研机构、医疗卫生机构……自主设立或以共建方式设立以科技成果转化和产业化为目标的产业开发研究院",
                    "an industrial development institute set up by a university, research institute or medical institution, alone or jointly, to transfer and industrialise research results",
                ),
                Test::Yes(&INSTITUTE_FOUNDED_BY_ACADEMIA),
            )
            .read_as(READING_8_10_APPLICANT),
            hard(
                t!("8号 第十条（一）", "Doc 8, Art. 10(1)"),
                t!("围绕高精尖产业发展", "around high-end industries"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            // 1. 具有独立法人资格,并进行实体化运营。
            hard(
                t!("8号 第十条（二）1.", "Doc 8, Art. 10(2)1"),
                t!("具有独立法人资格", "independent legal-person status"),
                Test::Yes(&INDEPENDENT_LEGAL_PERSON),
            ),
            attested(
                t!("8号 第十条（二）1.", "Doc 8, Art. 10(2)1"),
                t!("并进行实体化运营", "and operates as a real entity"),
                Test::Yes(&OPERATES_AS_REAL_ENTITY),
            ),
            // 2. 在设立模式、产学研创新资源配置、科技成果转化管理等体制机制层面具有创新性。
            judgement(
                t!("8号 第十条（二）2.", "Doc 8, Art. 10(2)2"),
                t!(
                    "在设立模式、产学研创新资源配置、科技成果转化管理等体制机制层面具有创新性",
                    "innovative in its set-up model, resource allocation and transfer management",
                ),
            ),
            // 3. 具有高水平技术转移专业团队,团队成员应具备技术研判、项目管理、知识产权、投融资、
            // 技术转移等相关专业背景及从业经历。
            attested(
                t!("8号 第十条（二）3.", "Doc 8, Art. 10(2)3"),
                t!(
                    "团队成员应具备技术研判、项目管理、知识产权、投融资、技术转移等相关专业背景及从业经历",
                    "team members with backgrounds and experience in technology assessment, project management, IP, investment and technology transfer",
                ),
                Test::Yes(&TEAM_HAS_TRANSFER_BACKGROUNDS),
            ),
            judgement(
                t!("8号 第十条（二）3.", "Doc 8, Art. 10(2)3"),
                t!("具有高水平技术转移专业团队", "a high-level professional technology-transfer team"),
            ),
            // 4. 与高等学校、科研机构、医疗卫生机构、投融资机构等建立稳定的合作关系,建设有高质量科技
            // 成果资源库、成熟的投资转化机制,具备开展技术转移专业人才培养的条件和能力等。
            attested(
                t!("8号 第十条（二）4.", "Doc 8, Art. 10(2)4"),
                t!(
                    "与高等学校、科研机构、医疗卫生机构、投融资机构等建立稳定的合作关系,建设有高质量科技成果资源库、成熟的投资转化机制,具备开展技术转移专业人才培养的条件和能力等",
                    "stable cooperation with universities, institutes, medical institutions and investors; a library of results; an investment and transfer mechanism; the means to train transfer professionals",
                ),
                Test::Yes(&INSTITUTE_PARTNERSHIPS_AND_RESOURCES),
            ),
            // 5. 推动高等学校、科研机构、医疗卫生机构科技成果落地。具有广泛开展国际技术转移合作的基础,
            // 具备推动全球科技资源合作能力。
            judgement(
                t!("8号 第十条（二）5.", "Doc 8, Art. 10(2)5"),
                t!(
                    "推动高等学校、科研机构、医疗卫生机构科技成果落地。具有广泛开展国际技术转移合作的基础,具备推动全球科技资源合作能力",
                    "brings academia's results into practice; a base for wide international technology-transfer cooperation and global cooperation capability",
                ),
            ),
        ]),
        // 支持周期一般不超过3年,每家每年支持金额不超过1500万元。
        amount: Amount::Schedule {
            years: &[
                Year { year: 1, cap: dec!(1500), equity: false, note: YEAR_NOTE_8_10 },
                Year { year: 2, cap: dec!(1500), equity: false, note: YEAR_NOTE_8_10 },
                Year { year: 3, cap: dec!(1500), equity: false, note: YEAR_NOTE_8_10 },
            ],
            total: None,
            limit: None,
        },
        amount_cite: t!("8号 第十条（三）", "Doc 8, Art. 10(3)"),
        amount_clause: t!(
            "支持周期一般不超过3年,每家每年支持金额不超过1500万元",
            "a period generally of no more than 3 years, no more than 1,500 万元 per institute a year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_10_APPLICANT, READING_8_10_YEARS],
    notice: None,
};

// =================================================================================================
// 第十一条 支持共性技术平台建设。
// =================================================================================================

const A11: T = t!("8号 第十一条", "Doc 8, Art. 11");

/// 第二、三年根据年度绩效考核结果,择优每年给予不超过1500万元资金支持。
const YEAR_NOTE_8_11_LATER: T = t!(
    "第二、三年根据年度绩效考核结果,择优每年给予不超过1500万元资金支持",
    "years 2 and 3: on merit by the annual performance assessment, no more than 1,500 万元 a year",
);

pub static M8_11: Measure = Measure {
    id: "8.11",
    doc: &DOC,
    article: A11,
    title: t!("支持共性技术平台建设", "Building common-technology platforms"),
    content: t!(
        "支持在新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域内布局建设一批共性技术平台,支持平台创新管理运行体制机制,组建高水平运营团队,面向产业需求组织开展共性技术研发攻关,推动共性技术研发成果示范应用,不断优化产业创新生态,提升产业核心竞争力。",
        "Supports building common-technology platforms in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection and other high-end fields; supports the platforms in innovating their management and operating mechanisms, forming high-level operating teams, organising R&D on common technologies for industry's needs, demonstrating the results, improving the industry's innovation ecosystem and raising its core competitiveness.",
    ),
    conditions_text: t!(
        "1. 平台聚焦新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,建设基础较好,与所在区主导产业结合较为紧密。\n2. 平台建设运营主体明确,功能定位清晰,运行机制健全,专业服务能力突出,具有较强的开放性,能够面向产业和企业提供共性技术服务,对产业发展具有较强的支撑带动效果。\n3. 平台建设任务内容科学合理,目标清晰可行,措施具体明确。",
        "1. The platform focuses on next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field, has a good construction base, and is closely tied to its district's leading industries.\n2. The platform has a clear builder and operator, a clear function, sound operating mechanisms, outstanding professional service capability and strong openness; it can provide common-technology services to industry and enterprises and strongly supports and drives industrial development.\n3. The platform's construction tasks are scientific and reasonable, its goals clear and feasible, its measures specific.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期不超过3年。支持总金额不超过5000万元。第一年给予不超过2000万元资金支持,第二、三年根据年度绩效考核结果,择优每年给予不超过1500万元资金支持。",
        "Advance subsidy, for no more than 3 years, no more than 50 million CNY (5,000 万元) in total: no more than 20 million CNY (2,000 万元) in year 1; in years 2 and 3, on merit by the annual performance assessment, no more than 15 million CNY (1,500 万元) a year.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: PLATFORM_BUILDERS,
    routes: &[Route {
        id: "",
        title: t!("共性技术平台", "Common-technology platform"),
        conditions: Condition::All(&[
            // 2. 平台建设运营主体明确,
            hard(
                t!("8号 第十一条（二）2.", "Doc 8, Art. 11(2)2"),
                t!("平台建设运营主体", "the platform's builder and operator"),
                Test::OneOf(&APPLICANT_KIND, PLATFORM_BUILDERS),
            )
            .read_as(READING_8_PLATFORM_BUILDER),
            // 1. 平台聚焦新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,
            hard(
                t!("8号 第十一条（二）1.", "Doc 8, Art. 11(2)1"),
                t!(
                    "平台聚焦新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                    "the platform focuses on next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field",
                ),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            // 建设基础较好,与所在区主导产业结合较为紧密。
            judgement(
                t!("8号 第十一条（二）1.", "Doc 8, Art. 11(2)1"),
                t!("建设基础较好,与所在区主导产业结合较为紧密", "a good construction base, closely tied to the district's leading industries"),
            ),
            // 2. ……能够面向产业和企业提供共性技术服务,
            attested(
                t!("8号 第十一条（二）2.", "Doc 8, Art. 11(2)2"),
                t!("平台建设运营主体明确……能够面向产业和企业提供共性技术服务", "a clear builder and operator … able to provide common-technology services to industry and enterprises"),
                Test::Yes(&OFFERS_COMMON_TECH_SERVICES),
            ),
            // 功能定位清晰,运行机制健全,专业服务能力突出,具有较强的开放性,……对产业发展具有较强的
            // 支撑带动效果。
            judgement(
                t!("8号 第十一条（二）2.", "Doc 8, Art. 11(2)2"),
                t!(
                    "功能定位清晰,运行机制健全,专业服务能力突出,具有较强的开放性……对产业发展具有较强的支撑带动效果",
                    "a clear function, sound mechanisms, outstanding service capability, strong openness … strongly supports and drives industry",
                ),
            ),
            // 3. 平台建设任务内容科学合理,目标清晰可行,措施具体明确。
            judgement(
                t!("8号 第十一条（二）3.", "Doc 8, Art. 11(2)3"),
                t!("平台建设任务内容科学合理,目标清晰可行,措施具体明确", "construction tasks scientific and reasonable, goals clear and feasible, measures specific"),
            ),
            // （三）第二、三年根据年度绩效考核结果,择优
            judgement(
                t!("8号 第十一条（三）", "Doc 8, Art. 11(3)"),
                t!("第二、三年根据年度绩效考核结果,择优", "years 2 and 3 on merit by the annual performance assessment"),
            ),
        ]),
        // 支持总金额不超过5000万元。第一年给予不超过2000万元资金支持,第二、三年……择优每年给予不超过
        // 1500万元资金支持。
        amount: Amount::Schedule {
            years: &[
                Year {
                    year: 1,
                    cap: dec!(2000),
                    equity: false,
                    note: t!("第一年给予不超过2000万元资金支持", "year 1: no more than 2,000 万元"),
                },
                Year { year: 2, cap: dec!(1500), equity: false, note: YEAR_NOTE_8_11_LATER },
                Year { year: 3, cap: dec!(1500), equity: false, note: YEAR_NOTE_8_11_LATER },
            ],
            total: Some(dec!(5000)),
            limit: None,
        },
        amount_cite: t!("8号 第十一条（三）", "Doc 8, Art. 11(3)"),
        amount_clause: t!(
            "支持总金额不超过5000万元。第一年给予不超过2000万元资金支持,第二、三年根据年度绩效考核结果,择优每年给予不超过1500万元资金支持",
            "no more than 5,000 万元 in total: year 1 no more than 2,000 万元; years 2 and 3, on merit, no more than 1,500 万元 a year",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_PLATFORM_BUILDER],
    notice: None,
};

// =================================================================================================
// 第十二条 支持首都科技条件平台建设。
// =================================================================================================

const A12: T = t!("8号 第十二条", "Doc 8, Art. 12");

pub static M8_12: Measure = Measure {
    id: "8.12",
    doc: &DOC,
    article: A12,
    title: t!("支持首都科技条件平台建设", "Building the Capital S&T Conditions Platform"),
    content: t!(
        "支持在京科研仪器设备拥有单位(以下简称开放单位)等参与首都科技条件平台建设,向社会开放共享重大科研基础设施和大型科研仪器(以下简称科研设施与仪器),为企业 提供测试、检测、研发等服务。",
        "Supports holders of research instruments and equipment in Beijing (open units) and others in joining the Capital S&T Conditions Platform and opening major research infrastructure and large research instruments (facilities and instruments) to the public, providing testing, inspection, R&D and other services to enterprises.",
    ),
    conditions_text: t!(
        "开放单位将能够对外开放共享的科研设施与仪器纳入首都科技条件平台,向社会开放共享和提供服务。\n1. 有较强加入首都科技条件平台开放共享科研设施与仪器的意愿,拥有稳定的对外服务队伍和能力,管理规范。\n2. 拥有一定量的可开放科研设施与仪器,具有较好的开放共享基础。\n3. 能够对接服务企业创新需求,具备支撑和服务高精尖产业发展、“三城一区”及城市副中心等重点区域发展的能力。",
        "Open units place the facilities and instruments they can open to outside users in the Capital S&T Conditions Platform, open them to the public and provide services.\n1. A strong wish to join the platform and share facilities and instruments, a stable team and capacity to serve outside users, and orderly management.\n2. A certain quantity of facilities and instruments that can be opened, and a good base for open sharing.\n3. The ability to serve enterprises' innovation needs and to support and serve high-end industries and key areas such as the \"three cities and one area\" and the city sub-centre.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持。每年组织对开放单位向社会开放共享科研设施与仪器进行绩效考核,围绕科技资源整合、开放、共享与运营服务效果等进行考核评价,分类分档最高给予不超过100万元资金支持。支持资金用于补助开放单位相关实验人员及辅助管理人员的绩效奖励和培训、实验室建设和运行、仪器及测试方法研发等开放共享服务促进相关工作。",
        "Post-subsidy. Each year the open units' sharing of facilities and instruments with the public is assessed on performance — integration of technology resources, opening, sharing and service results — and, by class and tier, each receives at most 1 million CNY (100 万元). The funds subsidise performance rewards and training for the laboratory and support staff concerned, laboratory building and running, development of instruments and test methods, and other work promoting open sharing.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: PLATFORM_BUILDERS,
    routes: &[Route {
        id: "",
        title: t!("首都科技条件平台开放单位", "Open unit of the Capital S&T Conditions Platform"),
        conditions: Condition::All(&[
            // （一）支持在京科研仪器设备拥有单位(以下简称开放单位)等参与首都科技条件平台建设
            hard(
                t!("8号 第十二条（一）", "Doc 8, Art. 12(1)"),
                t!("在京科研仪器设备拥有单位(以下简称开放单位)", "a holder of research instruments and equipment in Beijing (open unit)"),
                Test::OneOf(&APPLICANT_KIND, PLATFORM_BUILDERS),
            )
            .read_as(READING_8_PLATFORM_BUILDER),
            // （二）开放单位将能够对外开放共享的科研设施与仪器纳入首都科技条件平台,向社会开放共享和
            // 提供服务。
            hard(
                t!("8号 第十二条（二）", "Doc 8, Art. 12(2)"),
                t!(
                    "开放单位将能够对外开放共享的科研设施与仪器纳入首都科技条件平台,向社会开放共享和提供服务",
                    "the open unit places its shareable facilities and instruments in the platform and opens them to the public",
                ),
                Test::Yes(&INSTRUMENTS_IN_CAPITAL_PLATFORM),
            ),
            // 1. 有较强加入首都科技条件平台开放共享科研设施与仪器的意愿,拥有稳定的对外服务队伍和能力,
            // 管理规范。
            attested(
                t!("8号 第十二条（二）1.", "Doc 8, Art. 12(2)1"),
                t!(
                    "有较强加入首都科技条件平台开放共享科研设施与仪器的意愿,拥有稳定的对外服务队伍和能力,管理规范",
                    "a strong wish to join and share, a stable outside-service team and capacity, orderly management",
                ),
                Test::Yes(&OPEN_UNIT_SERVICE_TEAM),
            ),
            // 2. 拥有一定量的可开放科研设施与仪器,具有较好的开放共享基础。
            judgement(
                t!("8号 第十二条（二）2.", "Doc 8, Art. 12(2)2"),
                t!("拥有一定量的可开放科研设施与仪器,具有较好的开放共享基础", "a certain quantity of facilities and instruments to open, a good base for sharing"),
            ),
            // 3. 能够对接服务企业创新需求,具备支撑和服务高精尖产业发展、“三城一区”及城市副中心等重点
            // 区域发展的能力。
            judgement(
                t!("8号 第十二条（二）3.", "Doc 8, Art. 12(2)3"),
                t!(
                    "能够对接服务企业创新需求,具备支撑和服务高精尖产业发展、“三城一区”及城市副中心等重点区域发展的能力",
                    "able to serve enterprises' innovation needs and support high-end industries and key areas",
                ),
            ),
            // （三）每年组织对开放单位……进行绩效考核,……分类分档
            judgement(
                t!("8号 第十二条（三）", "Doc 8, Art. 12(3)"),
                t!(
                    "每年组织对开放单位向社会开放共享科研设施与仪器进行绩效考核……分类分档",
                    "an annual performance assessment of the open unit's sharing … by class and tier",
                ),
            ),
        ]),
        // 分类分档最高给予不超过100万元资金支持: the classes and tiers are not in the text.
        amount: Amount::UpTo(dec!(100)),
        amount_cite: t!("8号 第十二条（三）", "Doc 8, Art. 12(3)"),
        amount_clause: t!("分类分档最高给予不超过100万元资金支持", "by class and tier, at most 100 万元"),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_PLATFORM_BUILDER],
    notice: None,
};

// =================================================================================================
// 第十三条 支持实施首都科技创新券。
// =================================================================================================

const A13: T = t!("8号 第十三条", "Doc 8, Art. 13");

/// Does 第四条's high-tech status bind a small firm claiming vouchers? Read: no. 第十三条 sets its
/// own applicants and every condition they must meet: firms "在北京地区注册" (anywhere in Beijing,
/// not 第四条's 中关村示范区) with caps on staff, capital and revenue, and start-up teams that are
/// not registered at all, whom 第四条's "注册在……" could never admit. A special provision prevails
/// over the general one, and the capital's voucher scheme has always served small firms as such.
/// 第四条 is kept for what does not conflict: an applicant that is registered must be registered
/// in Beijing.
pub const READING_8_13_ART4: T = t!(
    "第四条的高新技术企业资格不适用于科技创新券：第十三条自行规定了申请主体及其全部条件——“在北京地区注册”（而非第四条的中关村示范区）并限定职工人数、注册资金和营业收入的小微企业，以及尚未注册、第四条无从涵盖的创业团队；特别规定优先于一般规定。第四条不冲突的部分仍适用：已注册的申请主体须注册在北京市。",
    "Art. 4's high-tech status is read as not applying to innovation vouchers: Art. 13 sets its own applicants and all their conditions — small and micro firms \"registered in Beijing\" (not Art. 4's Zhongguancun zone) within caps on staff, capital and revenue, and start-up teams that are not registered at all, whom Art. 4's \"registered in…\" could never admit. The special provision prevails over the general one. What does not conflict still applies: an applicant that is registered must be registered in Beijing.",
);

/// "年营业收入1000万元以下(不含)": read as the revenue of the last fiscal year.
pub const READING_8_13_REVENUE: T = t!(
    "“年营业收入”理解为上一会计年度营业收入；“1000万元以下(不含)”不含1000万元本身。",
    "\"Annual revenue\" is read as the revenue of the last fiscal year; \"below 1,000 万元 (exclusive)\" excludes 1,000 万元 itself.",
);

/// "申请科技创新券的小微企业需满足以下条件": the numbers of (1) come on top of being a small or
/// micro enterprise by the national classification, not instead of it.
pub const READING_8_13_SIZE: T = t!(
    "“申请科技创新券的小微企业需满足以下条件”理解为：企业须按《中小企业划型标准规定》属于小型或微型企业，并同时满足（1）所列人数、注册资金和营业收入条件。",
    "\"A small or micro enterprise applying for vouchers must meet the following\" is read as: the firm must be small or micro by the national classification (工信部联企业〔2011〕300号) and also meet the staff, capital and revenue limits of (1).",
);

/// "每家小微企业及创业团队每年可领取的科技创新券额度不超过50万元": the 50 is the year's whole
/// allowance; vouchers already claimed this year would lower it, which is not encoded.
pub const READING_8_13_CAP: T = t!(
    "“每年可领取的科技创新券额度不超过50万元”是全年额度；本年度已领取的科技创新券应从中扣减，未计入。",
    "\"No more than 50 万元 of vouchers a year\" is the whole year's allowance; vouchers already claimed this year would lower it, which is not counted.",
);

/// 8.13 alone is gated by this twin of [`DOC`]: the same 办法, the same blacklist and
/// double-funding articles, but 第四条 reduced to what 第十三条 does not override
/// ([`READING_8_13_ART4`]): registration in Beijing for whoever is registered, no high-tech status.
pub static DOC_8_13: Doc = Doc {
    no: DOC.no,
    wenhao: DOC.wenhao,
    title: DOC.title,
    who: Condition::Any(&[
        // （二）2.(1) 不具备法人资格,还未注册企业。
        hard(
            t!("8号 第十三条（二）2.(1)", "Doc 8, Art. 13(2)2(1)"),
            t!("创业团队……不具备法人资格,还未注册企业", "a start-up team … with no legal personality, not yet registered as a company"),
            Test::OneOf(&APPLICANT_KIND, &["student_team"]),
        ),
        // 第四条 ……注册在中关村示范区范围内……符合支持条件的注册在北京市其他区域的创新主体参照执行。
        hard(
            t!("8号 第四条", "Doc 8, Art. 4"),
            t!(
                "注册在中关村示范区范围内……符合支持条件的注册在北京市其他区域的创新主体参照执行",
                "registered in the Zhongguancun demonstration zone … innovators registered elsewhere in Beijing that meet the conditions are treated the same way",
            ),
            Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
        )
        .read_as(READING_8_13_ART4),
    ]),
    blacklist_article: DOC.blacklist_article,
    double_funding_article: DOC.double_funding_article,
};

/// 对法律法规规定实施的强制性检验项目不得领取科技创新券。 (An exclusion: binds both routes.)
static NOT_COMPULSORY_INSPECTION: Condition = attested(
    t!("8号 第十三条（一）", "Doc 8, Art. 13(1)"),
    t!(
        "对法律法规规定实施的强制性检验项目不得领取科技创新券",
        "vouchers may not be claimed for inspections that laws and regulations make compulsory",
    ),
    Test::Yes(&VOUCHER_NOT_FOR_COMPULSORY_INSPECTION),
);

/// 每家小微企业及创业团队每年可领取的科技创新券额度不超过50万元
const CAP_8_13: Decimal = dec!(50);

const AMOUNT_CLAUSE_8_13: T = t!(
    "每家小微企业及创业团队每年可领取的科技创新券额度不超过50万元,使用科技创新券支付额按照同一服务合同实际发生金额的一定比例核定",
    "each small or micro firm and each start-up team may claim no more than 50 万元 of vouchers a year; the voucher payment is a certain proportion of the amount actually incurred under the service contract",
);

pub static M8_13: Measure = Measure {
    id: "8.13",
    doc: &DOC_8_13,
    article: A13,
    title: t!("支持实施首都科技创新券", "Capital science-and-technology innovation vouchers"),
    content: t!(
        "支持小微企业和创业团队因开展科研创新创业活动、实施技术创新项目的需要,领取科技创新券用于购买开放单位基于科研仪器设备的分析、测试、检验、研究开发等专业服务。对法律法规规定实施的强制性检验项目不得领取科技创新券。",
        "Supports small and micro enterprises and start-up teams that need to carry out research, innovation and start-up activities or technology-innovation projects in claiming science-and-technology innovation vouchers to buy analysis, testing, inspection, R&D and other professional services based on open units' research instruments. Vouchers may not be claimed for inspections that laws and regulations make compulsory.",
    ),
    conditions_text: t!(
        "1. 申请科技创新券的小微企业需满足以下条件:\n(1)在北京地区注册,具有独立法人资格,在职正式职工不多于100人(含),注册资金不高于2000万元(含),年营业收入1000万元以下(不含),具有健全的财务机构,管理规范,无不良诚信记录。\n(2)主营业务方向符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域,具有较高科技含量、市场前景和较好成长性。\n2. 申请科技创新券的创业团队需满足以下条件:\n(1)不具备法人资格,还未注册企业。\n(2)创业团队主要成员应为在校学生。\n(3)申请科技创新券支持的项目需已开展产品研发及转化所需的测试或研发工作(不包括仅限于创业文本策划的项目)。",
        "1. A small or micro enterprise applying for vouchers must:\n(1) be registered in Beijing, have independent legal-person status, have no more than 100 formal employees (inclusive), registered capital of no more than 20 million CNY (2,000 万元, inclusive) and annual revenue below 10 million CNY (1,000 万元, exclusive), a sound finance department, orderly management and no bad integrity record;\n(2) have its main business in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field, with high technology content, market prospects and good growth.\n2. A start-up team applying for vouchers must:\n(1) have no legal-person status and not yet have registered a company;\n(2) consist mainly of students currently enrolled;\n(3) have a project that has already begun the testing or R&D work needed to develop and commercialise its product (projects limited to drafting business plans do not count).",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,每家小微企业及创业团队每年可领取的科技创新券额度不超过50万元,使用科技创新券支付额按照同一服务合同实际发生金额的一定比例核定。由开放单位收券提供服务后兑现资金。",
        "Post-subsidy: each small or micro enterprise and each start-up team may claim vouchers of no more than 500,000 CNY (50 万元) a year; the amount payable by voucher is set as a certain proportion of the amount actually incurred under the same service contract. The open unit accepts the vouchers, provides the service and then redeems them for cash.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise", "student_team"],
    routes: &[
        Route {
            id: "small-firm",
            title: t!("小微企业", "Small or micro enterprise"),
            conditions: Condition::All(&[
                // 1. 申请科技创新券的小微企业需满足以下条件:
                hard(
                    t!("8号 第十三条（二）1.", "Doc 8, Art. 13(2)1"),
                    t!("申请科技创新券的小微企业", "a small or micro enterprise applying for vouchers"),
                    Test::OneOf(&APPLICANT_KIND, &["enterprise"]),
                ),
                hard(
                    t!("8号 第十三条（二）1.", "Doc 8, Art. 13(2)1"),
                    t!("小微企业", "a small or micro enterprise"),
                    Test::OneOf(&ENTERPRISE_SIZE, &["micro", "small"]),
                )
                .read_as(READING_8_13_SIZE),
                // (1)在北京地区注册,
                hard(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("在北京地区注册", "registered in Beijing"),
                    Test::OneOf(&REGISTERED_IN, &["zgc", "beijing_other"]),
                ),
                // 具有独立法人资格,
                hard(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("具有独立法人资格", "independent legal-person status"),
                    Test::Yes(&INDEPENDENT_LEGAL_PERSON),
                ),
                // 在职正式职工不多于100人(含),
                hard(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("在职正式职工不多于100人(含)", "no more than 100 formal employees (inclusive)"),
                    Test::Cmp(&FORMAL_STAFF_COUNT, Cmp::Le, dec!(100)),
                ),
                // 注册资金不高于2000万元(含),
                hard(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("注册资金不高于2000万元(含)", "registered capital of no more than 2,000 万元 (inclusive)"),
                    Test::Cmp(&REGISTERED_CAPITAL, Cmp::Le, dec!(2000)),
                ),
                // 年营业收入1000万元以下(不含),
                hard(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("年营业收入1000万元以下(不含)", "annual revenue below 1,000 万元 (exclusive)"),
                    Test::Cmp(&REVENUE_LAST_YEAR, Cmp::Lt, dec!(1000)),
                )
                .read_as(READING_8_13_REVENUE),
                // 具有健全的财务机构,管理规范,
                attested(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("具有健全的财务机构,管理规范", "a sound finance department and orderly management"),
                    Test::Yes(&SOUND_FINANCE_AND_MANAGEMENT),
                ),
                // 无不良诚信记录。
                attested(
                    t!("8号 第十三条（二）1.(1)", "Doc 8, Art. 13(2)1(1)"),
                    t!("无不良诚信记录", "no bad integrity record"),
                    Test::Yes(&NO_BAD_INTEGRITY_RECORD),
                ),
                // (2)主营业务方向符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等
                // 高精尖产业领域,
                hard(
                    t!("8号 第十三条（二）1.(2)", "Doc 8, Art. 13(2)1(2)"),
                    t!(
                        "主营业务方向符合新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保等高精尖产业领域",
                        "main business in next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection or another high-end field",
                    ),
                    Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
                ),
                // 具有较高科技含量、市场前景和较好成长性。
                judgement(
                    t!("8号 第十三条（二）1.(2)", "Doc 8, Art. 13(2)1(2)"),
                    t!("具有较高科技含量、市场前景和较好成长性", "high technology content, market prospects and good growth"),
                ),
                NOT_COMPULSORY_INSPECTION,
            ]),
            amount: Amount::UpTo(CAP_8_13),
            amount_cite: t!("8号 第十三条（三）", "Doc 8, Art. 13(3)"),
            amount_clause: AMOUNT_CLAUSE_8_13,
        },
        Route {
            id: "team",
            title: t!("创业团队", "Start-up team"),
            conditions: Condition::All(&[
                // 2. 申请科技创新券的创业团队需满足以下条件:
                hard(
                    t!("8号 第十三条（二）2.", "Doc 8, Art. 13(2)2"),
                    t!("申请科技创新券的创业团队", "a start-up team applying for vouchers"),
                    Test::OneOf(&APPLICANT_KIND, &["student_team"]),
                ),
                // (1)不具备法人资格,还未注册企业。
                hard(
                    t!("8号 第十三条（二）2.(1)", "Doc 8, Art. 13(2)2(1)"),
                    t!("不具备法人资格,还未注册企业", "no legal-person status, not yet registered as a company"),
                    Test::Yes(&TEAM_UNREGISTERED),
                ),
                // (2)创业团队主要成员应为在校学生。
                hard(
                    t!("8号 第十三条（二）2.(2)", "Doc 8, Art. 13(2)2(2)"),
                    t!("创业团队主要成员应为在校学生", "the team's main members are students currently enrolled"),
                    Test::Yes(&TEAM_MEMBERS_STUDENTS),
                ),
                // (3)申请科技创新券支持的项目需已开展产品研发及转化所需的测试或研发工作(不包括仅限于
                // 创业文本策划的项目)。
                attested(
                    t!("8号 第十三条（二）2.(3)", "Doc 8, Art. 13(2)2(3)"),
                    t!(
                        "申请科技创新券支持的项目需已开展产品研发及转化所需的测试或研发工作(不包括仅限于创业文本策划的项目)",
                        "the project has already begun the testing or R&D work its product needs (not only drafting a business plan)",
                    ),
                    Test::Yes(&TEAM_PROJECT_WORK_STARTED),
                ),
                NOT_COMPULSORY_INSPECTION,
            ]),
            amount: Amount::UpTo(CAP_8_13),
            amount_cite: t!("8号 第十三条（三）", "Doc 8, Art. 13(3)"),
            amount_clause: AMOUNT_CLAUSE_8_13,
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_8_13_ART4, READING_8_13_SIZE, READING_8_13_REVENUE, READING_8_13_CAP],
    notice: Some(t!(
        "使用科技创新券支付额占服务合同实际发生金额的比例（“一定比例”）由科技创新券实施细则及年度申报通知确定。",
        "The proportion of the service contract's actual amount that vouchers may pay (\"a certain proportion\") is set by the voucher scheme's implementing rules and the year's notice.",
    )),
};
