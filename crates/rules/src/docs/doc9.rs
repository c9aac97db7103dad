//! 京科发〔2022〕9号 《中关村国家自主创新示范区提升国际化发展水平支持资金管理办法（试行）》
//! (internationalisation): 第五条–第十五条, measures 9.5–9.15.
//!
//! Almost every article here is decided "根据综合评估结果" by the agency's reviewers. The hard
//! numbers the text does give (areas, occupancy, counts of firms, patents and projects, dates,
//! the rate and cap of 9.9 and 9.13) decide eligibility and the tier; the judgement leaves mark
//! the measure "subject to review". 第十七条 binds every measure but 9.13: the same unit is not
//! supported again within 3 years (`RULE_9_17`, a cross rule).

use crate::amount::{eval_tiers, excl, incl, Amount, AmountEval, Tier};
use crate::condition::{attested, hard, judgement, Cmp, Condition, Ctx, Outcome, Test};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::facts::*;
use crate::measure::{Doc, Measure, Method, Route};
use crate::text::{t, T};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---- 第四条: who may apply --------------------------------------------------------------------

const ART4: T = t!("9号 第四条", "Doc 9, Art. 4");

/// 第四条 本办法支持对象为注册在中关村示范区范围内的国家高新技术企业和中关村高新技术企业、高等学校、
/// 科研机构、社会组织等创新主体。符合支持条件的注册在北京市其他区域的创新主体参照执行。
pub static DOC: Doc = Doc {
    no: 9,
    wenhao: "京科发〔2022〕9号",
    title: t!(
        "中关村国家自主创新示范区提升国际化发展水平支持资金管理办法（试行）",
        "Measures for the Zhongguancun support fund for raising the level of internationalisation (trial)",
    ),
    who: article_4!(ART4),
    blacklist_article: t!("9号 第十八条", "Doc 9, Art. 18"),
    double_funding_article: t!("9号 第十七条", "Doc 9, Art. 17"),
};

/// "各类创新主体" (9.6, 9.7, 9.8, 9.12, 9.13, 9.14): the applicant kinds read as innovators.
pub const INNOVATORS: &[&str] = &[
    "enterprise",
    "university",
    "research_institute",
    "medical_institution",
    "social_organisation",
    "incubator",
    "service_institution",
    "park_operator",
    "foreign_rd_centre",
    "international_organisation",
];

/// 第四条's list ends in 等 (open). "各类创新主体" is read as every innovator of the kind it names,
/// registered in Beijing: not investors, lenders, guarantors or exchanges (they finance
/// innovation, they are not its subjects), nor an unregistered student team.
pub const READING_9_INNOVATORS: T = t!(
    "“各类创新主体”理解为第四条所列（以“等”结尾，为开放列举）的企业、高等学校、科研机构、社会组织，以及同类的医疗卫生机构、创业服务机构、科技服务机构、园区运营单位、外资研发中心和在京国际机构；投资、金融、担保、交易类机构和未注册的大学生团队不在其列。",
    "\"All kinds of innovators\" is read as the enterprises, universities, research institutes and social organisations of Art. 4 (an open list, ending in 等) and innovators of the same kind: medical institutions, start-up and technology service organisations, park operators, foreign-invested R&D centres and international organisations in Beijing; investors, lenders, guarantors, exchanges and unregistered student teams are not among them.",
);

// ---- 第十七条: rules across the measures of this 办法 -----------------------------------------

/// 第十七条's 3-year rule is read broadly: any support under this 办法 in the last 3 years, under
/// any direction, bars the unit, except support under 9.13, which the article puts outside the
/// whole sentence. The other half ("同一内容的项目只能申报一类支持方向") is a choice made when
/// applying; one profile cannot show it, so it is not encoded (the summary notes it).
pub const READING_9_17: T = t!(
    "第十七条“同一单位3年内不予重复支持”理解为：近3年内已获本办法任一支持方向（第十三条“学术会议及活动”除外）支持的单位，不再获得本办法除第十三条外的支持。“同一内容的项目只能申报一类支持方向”是申报时的选择，单个画像无法判断，未编码。",
    "Art. 17's \"the same unit is not supported again within 3 years\" is read as: a unit supported under any direction of this 办法 (other than Art. 13, conferences and events) in the last 3 years gets no further support under it except under Art. 13. \"One content may apply under one direction only\" is a choice made when applying; one profile cannot show it, so it is not encoded.",
);

pub static RECEIVED_DOC9_SUPPORT_IN_LAST_3_YEARS: Fact = Fact {
    id: "received_doc9_support_in_last_3_years",
    label: t!("近3年已获9号办法支持（学术会议及活动除外）", "had doc 9 support in the last 3 years (other than conferences and events)"),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "申报单位近3年内是否已获得《提升国际化发展水平支持资金管理办法》（京科发〔2022〕9号）任一支持方向的支持（“学术会议及活动”除外）？",
        "Has the applicant received support under any direction of the internationalisation 办法 (京科发〔2022〕9号) in the last 3 years, other than conferences and events?",
    ),
    help: t!(
        "9号第十七条：除“学术会议及活动”支持方向外，同一单位3年内不予重复支持。",
        "Doc 9, Art. 17: except for conferences and events, the same unit is not supported again within 3 years.",
    ),
};

/// 第十七条 加强项目审核,除“学术会议及活动”支持方向外,同一内容的项目只能申报一类支持方向,不予重复
/// 支持,且同一单位3年内不予重复支持。 Bound to every measure but 9.13.
static RULE_9_17: &[Condition] = &[hard(
    t!("9号 第十七条", "Doc 9, Art. 17"),
    t!(
        "除“学术会议及活动”支持方向外,同一内容的项目只能申报一类支持方向,不予重复支持,且同一单位3年内不予重复支持",
        "except for conferences and events, one content may apply under one direction only and is not supported twice, and the same unit is not supported again within 3 years",
    ),
    Test::No(&RECEIVED_DOC9_SUPPORT_IN_LAST_3_YEARS),
)
.read_as(READING_9_17)];

// ---- Facts only this 办法 needs ---------------------------------------------------------------

// 9.5 技术(服务)“走出去”

pub static TECH_LEADER_ENTERPRISE: Fact = Fact {
    id: "tech_leader_enterprise",
    label: t!("科技领军企业", "technology leader enterprise"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "企业是否为科技领军企业（科技创新投入水平高，在关键共性技术、前沿引领技术和颠覆性技术方面取得明显优势，在产业标准、发明专利、自主品牌等方面居于同行业国际领先地位）？",
        "Is the company a technology leader enterprise (high innovation spend, a clear lead in key generic, frontier or disruptive technologies, internationally leading in its industry in standards, invention patents and own brands)?",
    ),
    help: t!("9号第五条（一）的定义；最终由评审认定。", "As defined in doc 9 Art. 5(1); the agency decides."),
};

pub static OUTBOUND_TECH_OWNS_IP: Fact = Fact {
    id: "outbound_tech_owns_ip",
    label: t!("“走出去”的技术(服务)拥有自主知识产权", "the outbound technology (service) is the firm's own IP"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "“走出去”的技术(服务)是否拥有自主知识产权？",
        "Does the company own the intellectual property of the technology (service) it takes abroad?",
    ),
    help: t!("", ""),
};

pub static OUTBOUND_TECH_NEW_PRODUCT_CERTIFIED: Fact = Fact {
    id: "outbound_tech_new_product_certified",
    label: t!("获北京市新技术新产品(服务)认定", "certified as a Beijing new technology / new product (service)"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "该技术(服务)是否获北京市新技术新产品(服务)认定？",
        "Is the technology (service) certified as a Beijing new technology / new product (service)?",
    ),
    help: t!("", ""),
};

pub static OUTBOUND_TECH_CONTRACT_REGISTERED: Fact = Fact {
    id: "outbound_tech_contract_registered",
    label: t!("技术合同已认定登记", "technology contract registered"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "该技术(服务)是否在科技部门设立的登记机构进行了技术合同认定登记？",
        "Has a technology contract for it been registered with a registry set up by the science and technology authorities?",
    ),
    help: t!("", ""),
};

pub static OUTBOUND_FIRST_APPLIED_ON: Fact = Fact {
    id: "outbound_first_applied_on",
    label: t!("技术(服务)首次在国(境)外应用的日期", "date of the first application abroad"),
    kind: Kind::Date,
    topic: Topic::International,
    question: t!(
        "该技术(服务)首次在国(境)外开展应用是哪一天？",
        "On what date was the technology (service) first put to use abroad (outside mainland China)?",
    ),
    help: t!(
        "上一年度首次开展国(境)外应用的，适用第五条（三）3.；更早开始的，适用（三）1.、2.。",
        "A first application abroad last year falls under Art. 5(3)3; an earlier one under Art. 5(3)1 and 2.",
    ),
};

pub static OUTBOUND_ACTIVE_LAST_YEAR: Fact = Fact {
    id: "outbound_active_last_year",
    label: t!(
        "上一年度技术(服务)在国(境)外有应用",
        "the technology (service) was in use abroad last year"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "上一年度该技术(服务)是否在国(境)外有应用（“走出去”）？",
        "Was the technology (service) in use abroad last year?",
    ),
    help: t!("", ""),
};

// 9.6 国(境)外科技园区

pub static OVERSEAS_PARK_BUILT: Fact = Fact {
    id: "overseas_park_built",
    label: t!("在国(境)外建有实体园区", "has a physical park abroad"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "是否在国(境)外建有实体科技园区？",
        "Has the applicant built a physical technology park abroad?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PARK_OPERATOR_FOUNDED_ON: Fact = Fact {
    id: "overseas_park_operator_founded_on",
    label: t!(
        "国(境)外园区运营主体注册成立日期",
        "date the overseas park operator was incorporated"
    ),
    kind: Kind::Date,
    topic: Topic::International,
    question: t!(
        "国(境)外园区运营主体的注册成立日期是？",
        "When was the overseas park's operating entity incorporated?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PARK_AREA: Fact = Fact {
    id: "overseas_park_area",
    label: t!("国(境)外园区场地面积", "overseas park site area"),
    kind: Kind::Area,
    topic: Topic::International,
    question: t!(
        "国(境)外园区的场地面积是多少平方米？",
        "What is the overseas park's site area, in m²?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PARK_OCCUPANCY: Fact = Fact {
    id: "overseas_park_occupancy",
    label: t!("入驻科技企业使用面积（含公共服务面积）占比", "share of the area used by tech tenants (incl. public service area)"),
    kind: Kind::Percent,
    topic: Topic::International,
    question: t!(
        "入驻科技企业使用面积（含公共服务面积）占园区场地面积的百分比是多少？",
        "What percentage of the park's site area is used by its tech tenants, public service area included?",
    ),
    help: t!("填写0–100之间的数，如72.5。", "A number from 0 to 100, e.g. 72.5."),
};

pub static OVERSEAS_PARK_BEIJING_FIRMS: Fact = Fact {
    id: "overseas_park_beijing_firms",
    label: t!(
        "北京市入驻企业或与北京市有科技合作的企业数",
        "tenants from Beijing or in tech cooperation with Beijing"
    ),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "园区内北京市入驻企业或与北京市有科技合作的企业有多少家？",
        "How many of the park's firms come from Beijing or cooperate with Beijing on technology?",
    ),
    help: t!("", ""),
};

// 9.7 国(境)外孵化平台

pub static OVERSEAS_INCUBATOR_BUILT: Fact = Fact {
    id: "overseas_incubator_built",
    label: t!(
        "在国(境)外建有实体孵化平台",
        "has a physical incubator abroad"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "是否在国(境)外建有实体孵化平台？",
        "Has the applicant set up a physical incubation platform abroad?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_INCUBATOR_OPERATOR_FOUNDED_ON: Fact = Fact {
    id: "overseas_incubator_operator_founded_on",
    label: t!(
        "国(境)外孵化平台运营主体注册成立日期",
        "date the overseas incubator's operator was incorporated"
    ),
    kind: Kind::Date,
    topic: Topic::International,
    question: t!(
        "国(境)外孵化平台运营主体的注册成立日期是？",
        "When was the overseas incubation platform's operating entity incorporated?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_INCUBATOR_AREA: Fact = Fact {
    id: "overseas_incubator_area",
    label: t!("国(境)外孵化平台场地面积", "overseas incubator site area"),
    kind: Kind::Area,
    topic: Topic::International,
    question: t!(
        "国(境)外孵化平台的场地面积是多少平方米？",
        "What is the overseas incubation platform's site area, in m²?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_INCUBATEES: Fact = Fact {
    id: "overseas_incubatees",
    label: t!(
        "国(境)外孵化平台在孵企业数",
        "firms in incubation at the overseas incubator"
    ),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "国(境)外孵化平台的在孵企业有多少家？",
        "How many firms are in incubation at the overseas platform?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_INCUBATEES_BEIJING: Fact = Fact {
    id: "overseas_incubatees_beijing",
    label: t!(
        "在孵企业中与北京市有科技合作的企业数",
        "incubatees in tech cooperation with Beijing"
    ),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "在孵企业中，与北京市有科技合作的企业有多少家？",
        "How many of those incubatees cooperate with Beijing on technology?",
    ),
    help: t!("", ""),
};

// 9.8 国(境)外研发中心

pub static OVERSEAS_RD_CENTRE_FOUNDED_ON: Fact = Fact {
    id: "overseas_rd_centre_founded_on",
    label: t!(
        "国(境)外研发中心注册成立日期",
        "date the overseas R&D centre was incorporated"
    ),
    kind: Kind::Date,
    topic: Topic::International,
    question: t!(
        "国(境)外研发中心的注册成立日期是？",
        "When was the overseas R&D centre incorporated?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_RD_INTL_INVENTION_PATENTS_3Y: Fact = Fact {
    id: "overseas_rd_intl_invention_patents_3y",
    label: t!("国(境)外研发中心3年内获得的国际发明专利数", "international invention patents granted to the overseas R&D centre in 3 years"),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "国(境)外研发中心近3年内获得了多少个国际发明专利（已授权）？",
        "How many international invention patents has the overseas R&D centre been granted in the last 3 years?",
    ),
    help: t!(
        "指国(境)外专利机构授权的发明专利；仅提交PCT国际申请、尚未授权的不计。",
        "Invention patents granted by a patent office outside mainland China; a PCT application not yet granted does not count.",
    ),
};

pub static OVERSEAS_RD_SUBSTANTIVE: Fact = Fact {
    id: "overseas_rd_substantive",
    label: t!(
        "国(境)外研发中心已开展实质性研发活动",
        "the overseas R&D centre does substantive R&D"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "国(境)外研发中心是否已开展实质性研发活动？",
        "Has the overseas R&D centre started substantive R&D work?"
    ),
    help: t!("", ""),
};

// 9.9 外资研发中心

pub static FRDC_TYPE: Fact = Fact {
    id: "frdc_type",
    label: t!("外资研发中心类型", "kind of foreign-invested R&D centre"),
    kind: Kind::Choice(&[
        Choice { id: "rd_innovation_centre", label: t!("研发创新中心", "R&D innovation centre") },
        Choice { id: "open_innovation_platform", label: t!("开放创新平台", "open innovation platform") },
    ]),
    topic: Topic::International,
    question: t!("外资研发中心属于哪一类？", "Which kind of foreign-invested R&D centre is it?"),
    help: t!(
        "研发创新中心：拥有独立研发团队，承担区域或全球研发项目的关键步骤和绝大部分过程；开放创新平台：提供设施设备、研发场所和专业指导，与中小企业、创新团队开展项目合作。",
        "R&D innovation centre: its own R&D team doing the key steps and most of regional or global R&D projects. Open innovation platform: provides equipment, space and expert guidance for projects with SMEs and teams.",
    ),
};

pub static FRDC_INVESTOR_ABROAD: Fact = Fact {
    id: "frdc_investor_abroad",
    label: t!("投资者主要业务在国(境)外", "the investor's main business is abroad"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "外资研发中心的投资者主要业务是否在国(境)外（港澳台地区投资者参照执行）？",
        "Is the investor's main business outside mainland China (investors from Hong Kong, Macao and Taiwan count)?",
    ),
    help: t!("", ""),
};

pub static FRDC_INDEPENDENT_TEAM: Fact = Fact {
    id: "frdc_independent_team",
    label: t!("拥有独立研发团队，承担研发项目的关键步骤和绝大部分过程", "own R&D team doing the key steps and most of the projects"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "研发中心是否拥有独立的研发团队，承担区域或全球研发项目的关键步骤和绝大部分过程？",
        "Does the centre have its own R&D team that carries out the key steps and most of regional or global R&D projects?",
    ),
    help: t!("", ""),
};

pub static FRDC_RD_BASICS: Fact = Fact {
    id: "frdc_rd_basics",
    label: t!("研发领域、计划、项目、场所、设备和在研活动齐备", "defined field, plan, projects, premises, equipment and ongoing R&D"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "是否有明确的研究开发领域、研发计划和具体的研发项目，有固定的科研场所、必需的仪器设备和其他科研条件，以及正在开展的研发活动？",
        "Does the centre have a defined R&D field, an R&D plan and concrete projects, fixed premises, the necessary equipment and other research conditions, and R&D under way?",
    ),
    help: t!("", ""),
};

pub static FRDC_PARENT_AUTHORISED: Fact = Fact {
    id: "frdc_parent_authorised",
    label: t!("经母公司授权承担全球或区域研发项目", "authorised by the parent to run global or regional R&D projects"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "是否经母公司授权承担全球研发项目或在京、在华、在亚洲等区域的研发项目？",
        "Has the parent company authorised the centre to carry out global R&D projects, or projects for Beijing, China, Asia or another region?",
    ),
    help: t!("", ""),
};

pub static PLATFORM_PLAN_AND_GOALS: Fact = Fact {
    id: "platform_plan_and_goals",
    label: t!(
        "有明确的发展规划和预期成果",
        "a defined development plan and expected results"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "开放创新平台是否有明确的发展规划和预期成果？",
        "Does the open innovation platform have a defined development plan and expected results?"
    ),
    help: t!("", ""),
};

pub static PLATFORM_RD_AREA: Fact = Fact {
    id: "platform_rd_area",
    label: t!(
        "开放创新平台研发场所建筑面积",
        "floor area of the platform's R&D premises"
    ),
    kind: Kind::Area,
    topic: Topic::International,
    question: t!(
        "开放创新平台研发场所的建筑面积是多少平方米？",
        "What is the floor area of the open innovation platform's R&D premises, in m²?"
    ),
    help: t!("", ""),
};

pub static PLATFORM_SIGNED_PROJECTS: Fact = Fact {
    id: "platform_signed_projects",
    label: t!(
        "签约入驻的研发创新项目数",
        "R&D projects signed in at the platform"
    ),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "签约入驻开放创新平台的研发创新项目有多少个？",
        "How many R&D innovation projects have signed in at the open innovation platform?"
    ),
    help: t!("", ""),
};

pub static PLATFORM_FACILITIES_AND_EXPERTS: Fact = Fact {
    id: "platform_facilities_and_experts",
    label: t!("协同创新设施设备、国际专家指导和国际化资源", "equipment, international experts and international resources"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "是否有协同创新必需的设施设备和国际专家指导，具备国际化的技术、人才等资源？",
        "Does the platform have the equipment needed for joint innovation and guidance from international experts, with international technology, talent and other resources?",
    ),
    help: t!("", ""),
};

pub static PLATFORM_INVESTMENT_LAST_YEAR: Fact = Fact {
    id: "platform_investment_last_year",
    label: t!("上一年度平台投资额", "platform investment last year"),
    kind: Kind::Amount,
    topic: Topic::International,
    question: t!(
        "开放创新平台上一年度的平台投资额是多少（万元）？",
        "How much was invested in the open innovation platform last year (万元)?"
    ),
    help: t!("单位：万元。", "In 万元 (10,000 CNY)."),
};

// 9.10 国际机构在京落地

pub static INTL_ORG_FIRST_BEIJING_BRANCH: Fact = Fact {
    id: "intl_org_first_beijing_branch",
    label: t!("首次在京设立分支机构", "its first branch in Beijing"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "该国际科技组织、国际科研机构、跨国技术转移服务机构或国际期刊是否为首次在京设立分支机构？",
        "Is this the first branch the international S&T organisation, research institution, tech-transfer organisation or journal has set up in Beijing?",
    ),
    help: t!("", ""),
};

pub static INTL_ORG_BEIJING_PREMISES: Fact = Fact {
    id: "intl_org_beijing_premises",
    label: t!("在京拥有实体", "has a physical presence in Beijing"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "分支机构是否在京拥有实体（办公场所和人员）？",
        "Does the branch have a physical presence (premises and staff) in Beijing?"
    ),
    help: t!("", ""),
};

pub static INTL_ORG_BEIJING_OPERATING_SINCE: Fact = Fact {
    id: "intl_org_beijing_operating_since",
    label: t!(
        "在京分支机构开始运营日期",
        "date the Beijing branch began operating"
    ),
    kind: Kind::Date,
    topic: Topic::International,
    question: t!(
        "在京分支机构从哪一天开始运营？",
        "On what date did the Beijing branch begin operating?"
    ),
    help: t!("", ""),
};

pub static INTL_ORG_STANDING: Fact = Fact {
    id: "intl_org_standing",
    label: t!("国际机构的行业地位", "the organisation's standing in its field"),
    kind: Kind::Choice(&[
        Choice { id: "top", label: t!("行业高度认可的顶级机构", "a top organisation, highly recognised in its field") },
        Choice { id: "well_known", label: t!("其他知名机构", "another well-known organisation") },
        Choice { id: "other", label: t!("以上均不是", "neither") },
    ]),
    topic: Topic::International,
    question: t!(
        "该国际机构（国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊）在行业内属于？",
        "How does the international organisation (S&T organisation, research institution, tech-transfer organisation, journal) stand in its field?",
    ),
    help: t!("由申报单位自评，最终以综合评估结果为准。", "Your own assessment; the agency's review decides."),
};

// 9.11 跨国(境)技术转移服务

pub static TT_INTL_MEMBER_NETWORK: Fact = Fact {
    id: "tt_intl_member_network",
    label: t!("具有国际化会员网络", "an international membership network"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "机构是否具有国际化会员网络？",
        "Does the organisation have an international membership network?"
    ),
    help: t!("", ""),
};

pub static TT_INBOUND_REVENUE_PROJECTS: Fact = Fact {
    id: "tt_inbound_revenue_projects",
    label: t!("在京落地且年营业收入1000万元(含)以上的技术引进项目数", "inbound projects registered in Beijing with revenue of 1,000 万元 or more"),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "上一年度促成的跨国(境)技术引进项目中，已在京注册落地且年营业收入达到1000万元(含)以上的有几个？",
        "Of the cross-border technology import projects the organisation brought about last year, how many are registered in Beijing with annual revenue of 1,000 万元 (10 million CNY) or more?",
    ),
    help: t!("9号第十一条（二）4.", "Doc 9, Art. 11(2)4."),
};

pub static TT_INBOUND_PROMISING_PROJECTS: Fact = Fact {
    id: "tt_inbound_promising_projects",
    label: t!("在京落地、营业收入未达1000万元但具有技术先进性和较大市场潜力的技术引进项目数", "inbound projects registered in Beijing below 1,000 万元 revenue but advanced and promising"),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "上一年度促成的跨国(境)技术引进项目中，已在京注册落地、年营业收入未达到1000万元，但具有技术先进性及较大的市场潜力和发展前景的有几个？",
        "Of those import projects, how many are registered in Beijing with revenue below 1,000 万元 but have advanced technology and large market potential and prospects?",
    ),
    help: t!("是否具有技术先进性及市场潜力由评审判断。", "Whether they are advanced and promising is the reviewers' call."),
};

pub static TT_OUTBOUND_PROJECTS: Fact = Fact {
    id: "tt_outbound_projects",
    label: t!("国(境)外年营业收入5000万元(含)以上的“走出去”项目数", "outbound projects with overseas revenue of 5,000 万元 or more"),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "上一年度促成的技术“走出去”项目中，在国(境)外年营业收入达到5000万元(含)以上的有几个？",
        "Of the outbound technology projects the organisation brought about last year, how many have annual revenue abroad of 5,000 万元 (50 million CNY) or more?",
    ),
    help: t!("9号第十一条（二）5.", "Doc 9, Art. 11(2)5."),
};

// 9.12 科研开放共享

pub static INTL_SCI_ORG_COOPERATION: Fact = Fact {
    id: "intl_sci_org_cooperation",
    label: t!("与国际科技组织开展科技交流合作", "S&T cooperation with an international S&T organisation"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "申报的科研开放共享项目是否与国际科技组织合作开展（资源共享、设施共建或创新治理研究）？",
        "Is the open-research project carried out with an international S&T organisation (sharing resources, building facilities together, or innovation-governance research)?",
    ),
    help: t!("", ""),
};

pub static BUILDS_RESEARCH_SHARING_PLATFORM: Fact = Fact {
    id: "builds_research_sharing_platform",
    label: t!("建设促进科研论文和科学数据汇聚共享的平台", "builds a platform pooling and sharing papers and scientific data"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "申报单位是否为促进科研论文和科学数据汇聚共享的平台建设主体？",
        "Does the applicant build a platform that pools and shares research papers and scientific data?",
    ),
    help: t!("", ""),
};

pub static OPENS_OWN_RESEARCH_RESOURCES: Fact = Fact {
    id: "opens_own_research_resources",
    label: t!(
        "面向社会开放自身拥有的科研论文和科学数据",
        "opens its own papers and scientific data to the public"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "申报单位是否面向社会开放自身拥有的科研论文和科学数据？",
        "Does the applicant open the research papers and scientific data it owns to the public?",
    ),
    help: t!("", ""),
};

// 9.13 学术会议及活动

pub static ZGC_FORUM_EVENT_INCLUDED: Fact = Fact {
    id: "zgc_forum_event_included",
    label: t!("活动已纳入中关村论坛整体安排", "the event is part of the Zhongguancun Forum programme"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "活动是否已被纳入中关村论坛主会期活动和常态化系列活动整体安排？",
        "Is the event part of the overall programme of the Zhongguancun Forum (its main session or its regular series)?",
    ),
    help: t!("", ""),
};

pub static ZGC_FORUM_EVENT_TOTAL_COST: Fact = Fact {
    id: "zgc_forum_event_total_cost",
    label: t!(
        "中关村论坛系列活动实际总经费",
        "actual total cost of the Forum event"
    ),
    kind: Kind::Amount,
    topic: Topic::International,
    question: t!(
        "该中关村论坛系列活动的实际总经费是多少（万元）？",
        "What was the actual total cost of the Zhongguancun Forum event (万元)?"
    ),
    help: t!("单位：万元。", "In 万元 (10,000 CNY)."),
};

pub static INTL_CONFERENCE_ORGANISER: Fact = Fact {
    id: "intl_conference_organiser",
    label: t!(
        "组织重点国际学术会议",
        "organises a key international academic conference"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "申报单位是否组织重点国际学术会议？",
        "Does the applicant organise a key international academic conference?"
    ),
    help: t!("", ""),
};

pub static INTL_CONFERENCE_TOTAL_COST: Fact = Fact {
    id: "intl_conference_total_cost",
    label: t!("重点国际学术会议总经费", "total cost of the international conference"),
    kind: Kind::Amount,
    topic: Topic::International,
    question: t!(
        "该国际学术会议的总经费是多少（万元；尚未召开的，填预算总经费）？",
        "What is the conference's total cost (万元; the budgeted total if it has not yet taken place)?",
    ),
    help: t!("事前补助按预算核定，验收时按实际总经费结算。", "The advance subsidy is set on the budget and settled on the actual cost at acceptance."),
};

pub static GROUP_EXHIBITION_ORGANISER: Fact = Fact {
    id: "group_exhibition_organiser",
    label: t!("组织示范区企业集体参加国(境)外知名展会或开展重点对接活动", "organises ZGC firms' group attendance at a well-known fair abroad, or key matchmaking"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "申报单位是否组织中关村示范区企业集体参加国(境)外知名展览展会或开展重点对接活动？",
        "Does the applicant lead a group of Zhongguancun firms to a well-known exhibition or fair abroad, or hold key matchmaking events?",
    ),
    help: t!("", ""),
};

pub static EXCHANGE_EVENT_TOTAL_COST: Fact = Fact {
    id: "exchange_event_total_cost",
    label: t!(
        "重点交流活动任务实际总经费",
        "actual total cost of the exchange task"
    ),
    kind: Kind::Amount,
    topic: Topic::International,
    question: t!(
        "该重点交流活动任务的实际总经费是多少（万元）？",
        "What was the actual total cost of the exchange task (万元)?"
    ),
    help: t!("单位：万元。", "In 万元 (10,000 CNY)."),
};

// 9.14 国际学术期刊

pub static JOURNAL_BEST_JCR_QUARTILE: Fact = Fact {
    id: "journal_best_jcr_quartile",
    label: t!(
        "学术期刊达到的最高SCI分区",
        "the journal's best SCI quartile"
    ),
    kind: Kind::Choice(&[
        Choice {
            id: "q1",
            label: t!("SCI Q1区", "SCI Q1"),
        },
        Choice {
            id: "q2",
            label: t!("SCI Q2区", "SCI Q2"),
        },
        Choice {
            id: "q3_q4",
            label: t!("SCI Q3或Q4区", "SCI Q3 or Q4"),
        },
        Choice {
            id: "not_indexed",
            label: t!("未被SCI收录", "not indexed in SCI"),
        },
    ]),
    topic: Topic::International,
    question: t!(
        "申报单位主办的学术期刊至今达到的最高SCI分区（科睿唯安JCR分区）是？",
        "What is the best SCI quartile (Clarivate JCR) the applicant's journal has reached?",
    ),
    help: t!("", ""),
};

pub static JOURNAL_FIRST_REACHED_ON: Fact = Fact {
    id: "journal_first_reached_on",
    label: t!(
        "期刊首次被纳入该分区的日期",
        "date the journal first reached that quartile"
    ),
    kind: Kind::Date,
    topic: Topic::International,
    question: t!(
        "期刊首次被纳入上述最高分区是哪一天（以JCR发布日期为准）？",
        "On what date did the journal first reach that quartile (the JCR release date)?",
    ),
    help: t!("", ""),
};

// 9.15 国际人才交流合作

pub static KEY_INDUSTRY_LEADER_OR_HIGH_GROWTH: Fact = Fact {
    id: "key_industry_leader_or_high_growth",
    label: t!(
        "产业头部企业或高成长性企业",
        "a leading or high-growth firm in its industry"
    ),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "企业是否为产业头部企业或高成长性企业？",
        "Is the company a leading firm of its industry or a high-growth firm?"
    ),
    help: t!("", ""),
};

pub static PROGRAMME_STAFF_CORE: Fact = Fact {
    id: "programme_staff_core",
    label: t!("派出人员为企业核心管理或技术人才", "those sent are core managers or technical staff"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "派出培训或交流的人员是否为企业核心管理或技术人才？",
        "Are the people sent for training or exchange core managers or core technical staff of the company?",
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PROGRAMME_KIND: Fact = Fact {
    id: "overseas_programme_kind",
    label: t!("境外项目类型", "kind of programme abroad"),
    kind: Kind::Choice(&[
        Choice {
            id: "training",
            label: t!("境外培训", "training abroad"),
        },
        Choice {
            id: "exchange",
            label: t!("国际交流", "international exchange"),
        },
    ]),
    topic: Topic::International,
    question: t!(
        "申报的是境外培训项目还是国际交流项目？",
        "Is the programme training abroad or an international exchange?"
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PROGRAMME_DAYS: Fact = Fact {
    id: "overseas_programme_days",
    label: t!("培训或交流天数（含离抵境时间）", "days of training or exchange (incl. travel days)"),
    kind: Kind::Count,
    topic: Topic::International,
    question: t!(
        "培训或交流的时间共多少天（含离抵境时间）？",
        "How many days does the training or exchange last, counting the days of departure and return?",
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PARTNER_AGREEMENT: Fact = Fact {
    id: "overseas_partner_agreement",
    label: t!("与境外大学、研究机构或科技企业有明确的合作协议", "a cooperation agreement with a university, institute or tech firm abroad"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "是否与境外大学、研究机构或科技企业等签有明确的合作协议？",
        "Is there a cooperation agreement with a university, research institution, tech firm or similar body abroad?",
    ),
    help: t!("", ""),
};

pub static OVERSEAS_PROGRAMME_SCHEDULE: Fact = Fact {
    id: "overseas_programme_schedule",
    label: t!("有明确的日程", "a set schedule"),
    kind: Kind::Bool,
    topic: Topic::International,
    question: t!(
        "培训或交流是否有明确的日程？",
        "Does the training or exchange have a set schedule?"
    ),
    help: t!("", ""),
};

/// This 办法's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &RECEIVED_DOC9_SUPPORT_IN_LAST_3_YEARS,
    &TECH_LEADER_ENTERPRISE,
    &OUTBOUND_TECH_OWNS_IP,
    &OUTBOUND_TECH_NEW_PRODUCT_CERTIFIED,
    &OUTBOUND_TECH_CONTRACT_REGISTERED,
    &OUTBOUND_FIRST_APPLIED_ON,
    &OUTBOUND_ACTIVE_LAST_YEAR,
    &OVERSEAS_PARK_BUILT,
    &OVERSEAS_PARK_OPERATOR_FOUNDED_ON,
    &OVERSEAS_PARK_AREA,
    &OVERSEAS_PARK_OCCUPANCY,
    &OVERSEAS_PARK_BEIJING_FIRMS,
    &OVERSEAS_INCUBATOR_BUILT,
    &OVERSEAS_INCUBATOR_OPERATOR_FOUNDED_ON,
    &OVERSEAS_INCUBATOR_AREA,
    &OVERSEAS_INCUBATEES,
    &OVERSEAS_INCUBATEES_BEIJING,
    &OVERSEAS_RD_CENTRE_FOUNDED_ON,
    &OVERSEAS_RD_INTL_INVENTION_PATENTS_3Y,
    &OVERSEAS_RD_SUBSTANTIVE,
    &FRDC_TYPE,
    &FRDC_INVESTOR_ABROAD,
    &FRDC_INDEPENDENT_TEAM,
    &FRDC_RD_BASICS,
    &FRDC_PARENT_AUTHORISED,
    &PLATFORM_PLAN_AND_GOALS,
    &PLATFORM_RD_AREA,
    &PLATFORM_SIGNED_PROJECTS,
    &PLATFORM_FACILITIES_AND_EXPERTS,
    &PLATFORM_INVESTMENT_LAST_YEAR,
    &INTL_ORG_FIRST_BEIJING_BRANCH,
    &INTL_ORG_BEIJING_PREMISES,
    &INTL_ORG_BEIJING_OPERATING_SINCE,
    &INTL_ORG_STANDING,
    &TT_INTL_MEMBER_NETWORK,
    &TT_INBOUND_REVENUE_PROJECTS,
    &TT_INBOUND_PROMISING_PROJECTS,
    &TT_OUTBOUND_PROJECTS,
    &INTL_SCI_ORG_COOPERATION,
    &BUILDS_RESEARCH_SHARING_PLATFORM,
    &OPENS_OWN_RESEARCH_RESOURCES,
    &ZGC_FORUM_EVENT_INCLUDED,
    &ZGC_FORUM_EVENT_TOTAL_COST,
    &INTL_CONFERENCE_ORGANISER,
    &INTL_CONFERENCE_TOTAL_COST,
    &GROUP_EXHIBITION_ORGANISER,
    &EXCHANGE_EVENT_TOTAL_COST,
    &JOURNAL_BEST_JCR_QUARTILE,
    &JOURNAL_FIRST_REACHED_ON,
    &KEY_INDUSTRY_LEADER_OR_HIGH_GROWTH,
    &PROGRAMME_STAFF_CORE,
    &OVERSEAS_PROGRAMME_KIND,
    &OVERSEAS_PROGRAMME_DAYS,
    &OVERSEAS_PARTNER_AGREEMENT,
    &OVERSEAS_PROGRAMME_SCHEDULE,
];

/// This 办法's measures, in article order.
pub static MEASURES: &[&Measure] = &[
    &M9_5, &M9_6, &M9_7, &M9_8, &M9_9, &M9_10, &M9_11, &M9_12, &M9_13, &M9_14, &M9_15,
];

// =================================================================================================
// 第五条 支持技术(服务)“走出去”。
// =================================================================================================

const A5: T = t!("9号 第五条", "Doc 9, Art. 5");
const A5_1: T = t!("9号 第五条（一）", "Doc 9, Art. 5(1)");
const A5_3: T = t!("9号 第五条（三）", "Doc 9, Art. 5(3)");

/// "成长型中小企业是指在较长的时期内(如5年以上)…未来发展预期良好的企业": the size is a fact (the
/// 2011 SME classification); the growth profile is the reviewers' call, and "如5年以上" is an
/// example of a long period, not a minimum age.
pub const READING_9_5_GROWTH_SME: T = t!(
    "“成长型中小企业”理解为：按《中小企业划型标准规定》属于中型、小型或微型企业（可核验）；“成长型”的各项特征由评审判断，“如5年以上”是举例，不作为成立年限的硬性门槛。",
    "\"Growth SME\" is read as: a medium, small or micro enterprise under the SME classification rules (checkable); whether it is a growth firm is the reviewers' call, and \"e.g. 5 years or more\" is an example, not a minimum age.",
);

/// Tier 3 "对上一年度首次开展国(境)外应用…的技术(服务)": "上一年度" means the calendar year before
/// the assessment year, as everywhere in these 办法; a technology first used abroad in that year
/// belongs in tier 3, one first used abroad earlier in tiers 1–2 (whose "保持良好发展趋势" speaks of
/// a track record), and one first used abroad this year has nothing to show yet.
pub const READING_9_5_FIRST_ABROAD: T = t!(
    "“上一年度首次开展国(境)外应用”理解为：该技术(服务)第一次在国(境)外应用发生在评估年度的上一个日历年度。首次应用在此之前的，按（三）1.、2.评估；在本年度才首次应用的，暂无上一年度成效可评。",
    "\"First applied abroad last year\" is read as: the technology (service) was first put to use abroad in the calendar year before the assessment year. One first used abroad earlier is assessed under (3)1 and 2; one first used abroad only this year has no results from last year to assess yet.",
);

fn first_abroad_last_year(ctx: &Ctx) -> Outcome {
    Outcome::from_option(
        ctx.profile
            .date(&OUTBOUND_FIRST_APPLIED_ON)
            .map(|d| d.year() == ctx.date.year() - 1),
    )
}

fn first_abroad_before_last_year(ctx: &Ctx) -> Outcome {
    Outcome::from_option(
        ctx.profile
            .date(&OUTBOUND_FIRST_APPLIED_ON)
            .map(|d| d.year() < ctx.date.year() - 1),
    )
}

/// （二）支持条件, binding every route.
const CONDITIONS_9_5: Condition = Condition::All(&[
    // 1. 技术(服务)拥有自主知识产权。
    attested(
        t!("9号 第五条（二）1.", "Doc 9, Art. 5(2)1"),
        t!("技术(服务)拥有自主知识产权", "the technology (service) is the applicant's own intellectual property"),
        Test::Yes(&OUTBOUND_TECH_OWNS_IP),
    ),
    // 2. 技术(服务)具有一定先进性和适用性,或获北京市新技术新产品(服务)认定,或在科技部门设立的登记机构
    // 进行技术合同认定登记。
    Condition::Any(&[
        hard(
            t!("9号 第五条（二）2.", "Doc 9, Art. 5(2)2"),
            t!("或获北京市新技术新产品(服务)认定", "or certified as a Beijing new technology / new product (service)"),
            Test::Yes(&OUTBOUND_TECH_NEW_PRODUCT_CERTIFIED),
        ),
        hard(
            t!("9号 第五条（二）2.", "Doc 9, Art. 5(2)2"),
            t!(
                "或在科技部门设立的登记机构进行技术合同认定登记",
                "or a technology contract registered with a registry set up by the science and technology authorities",
            ),
            Test::Yes(&OUTBOUND_TECH_CONTRACT_REGISTERED),
        ),
        judgement(
            t!("9号 第五条（二）2.", "Doc 9, Art. 5(2)2"),
            t!("技术(服务)具有一定先进性和适用性", "the technology (service) is reasonably advanced and applicable"),
        ),
    ]),
]);

/// 对于成长型中小企业,根据综合评估结果,采取后补助方式给予分档支持
const GROWTH_SME_9_5: Condition = Condition::All(&[
    // 成长型中小企业是指在较长的时期内(如5年以上),具有持续挖掘未利用资源能力,不同程度地呈现整体扩张态势,
    // 未来发展预期良好的企业。
    hard(
        A5_1,
        t!("成长型中小企业", "a growth SME"),
        Test::OneOf(&ENTERPRISE_SIZE, &["micro", "small", "medium"]),
    )
    .read_as(READING_9_5_GROWTH_SME),
    judgement(
        A5_1,
        t!(
            "在较长的时期内(如5年以上),具有持续挖掘未利用资源能力,不同程度地呈现整体扩张态势,未来发展预期良好",
            "over a long period (e.g. 5 years or more), able to keep tapping unused resources, expanding overall to some degree, with good prospects",
        ),
    ),
    judgement(
        A5_3,
        t!("对于成长型中小企业,根据综合评估结果,采取后补助方式给予分档支持", "growth SMEs are supported in tiers by post-subsidy, on the agency's overall assessment"),
    ),
]);

/// Tiers 1 and 2: the technology was in use abroad last year and first went abroad before it.
static ESTABLISHED_ABROAD_9_5: Condition = Condition::All(&[
    // 上一年度技术(服务)“走出去”
    hard(
        A5_3,
        t!(
            "上一年度技术(服务)“走出去”",
            "the technology (service) went abroad last year"
        ),
        Test::Yes(&OUTBOUND_ACTIVE_LAST_YEAR),
    ),
    // 1.、2. 上一年度技术(服务)“走出去”……且保持良好发展趋势: a track record abroad; a first application
    // last year has its own tier (3.).
    hard(
        A5_3,
        t!(
            "上一年度技术(服务)“走出去”……且保持良好发展趋势",
            "went abroad last year … and keeps developing well"
        ),
        Test::Custom {
            facts: &[&OUTBOUND_FIRST_APPLIED_ON],
            what: t!(
                "首次国(境)外应用早于上一年度",
                "first applied abroad before last year"
            ),
            eval: first_abroad_before_last_year,
        },
    )
    .read_as(READING_9_5_FIRST_ABROAD),
]);

pub static M9_5: Measure = Measure {
    id: "9.5",
    doc: &DOC,
    article: A5,
    title: t!("支持技术(服务)“走出去”", "Taking technology (services) abroad"),
    content: t!(
        "支持成长型中小企业、科技领军企业等各类创新主体深化拓展与世界先进创新区域合作,积极参与“一带一路”建设,利用国(境)外应用场景促进本市技术迭代,支持北京市技术(服务)创新成果“走出去”。\n成长型中小企业是指在较长的时期内(如5年以上),具有持续挖掘未利用资源能力,不同程度地呈现整体扩张态势,未来发展预期良好的企业。\n科技领军企业是指具有明确的科技创新愿景使命和科技创新战略,科技创新投入水平高,在关键共性技术、前沿引领技术和颠覆性技术方面取得明显优势,能够引领和带动产业链上下游企业,在产业标准、发明专利、自主品牌等方面居于同行业国际领先地位的创新型企业。",
        "Supports growth SMEs, technology leader enterprises and other innovators in deepening cooperation with the world's advanced innovation regions, taking part in the Belt and Road, using application scenarios abroad to iterate Beijing's technology, and taking Beijing's technology (service) innovations abroad.\nA growth SME is a firm that over a long period (e.g. 5 years or more) keeps tapping unused resources, expands overall to some degree, and has good prospects.\nA technology leader enterprise is an innovative firm with a clear innovation mission and strategy and high innovation spend, a clear lead in key generic, frontier and disruptive technologies, able to lead firms up and down its industrial chain, and internationally leading in its industry in standards, invention patents and own brands.",
    ),
    conditions_text: t!(
        "1. 技术(服务)拥有自主知识产权。\n2. 技术(服务)具有一定先进性和适用性,或获北京市新技术新产品(服务)认定,或在科技部门设立的登记机构进行技术合同认定登记。",
        "1. The technology (service) is the applicant's own intellectual property.\n2. The technology (service) is reasonably advanced and applicable, or is certified as a Beijing new technology / new product (service), or has a technology contract registered with a registry set up by the science and technology authorities.",
    ),
    amount_text: t!(
        "对于成长型中小企业,根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于技术研发、国际技术认证、人员交流、购买第三方服务等。\n1. 上一年度技术(服务)“走出去”效果显著,对经济及产业具有明显带动作用,且保持良好发展趋势的企业,给予不超过 300 万元的资金支持。\n2. 上一年度技术(服务)“走出去”效果较为显著,对经济及产业具有一定带动作用,且保持良好发展趋势的企业,给予不超过 200 万元的资金支持。\n3. 对上一年度首次开展国(境)外应用且取得显著成效的技术(服务),给予不超过 100 万元的资金支持。\n对于科技领军企业,通过一企一策的方式,给予政策服务支持。",
        "Growth SMEs are supported in tiers by post-subsidy, on the agency's overall assessment; the money goes mainly to R&D, international certification, staff exchange and third-party services.\n1. A firm whose technology (service) went abroad last year with notable effect, clearly driving the economy and industry, and which keeps developing well: up to 3 million CNY (300 万元).\n2. A firm whose technology (service) went abroad last year with fairly notable effect, driving the economy and industry to some degree, and which keeps developing well: up to 200 万元.\n3. A technology (service) first put to use abroad last year with notable results: up to 100 万元.\nTechnology leader enterprises receive policy services through a tailored package (一企一策).",
    ),
    methods: &[Method::PostSubsidy, Method::PolicyService],
    applicants: &["enterprise"],
    routes: &[
        Route {
            id: "notable",
            title: t!("成长型中小企业：“走出去”效果显著", "Growth SME: notable results abroad"),
            conditions: Condition::All(&[
                GROWTH_SME_9_5,
                CONDITIONS_9_5,
                ESTABLISHED_ABROAD_9_5,
                // 1. ……效果显著,对经济及产业具有明显带动作用,且保持良好发展趋势的企业
                judgement(
                    t!("9号 第五条（三）1.", "Doc 9, Art. 5(3)1"),
                    t!(
                        "“走出去”效果显著,对经济及产业具有明显带动作用,且保持良好发展趋势",
                        "notable results abroad, clearly driving the economy and industry, and developing well",
                    ),
                ),
            ]),
            // 1. ……给予不超过 300 万元的资金支持。
            amount: Amount::UpTo(dec!(300)),
            amount_cite: t!("9号 第五条（三）1.", "Doc 9, Art. 5(3)1"),
            amount_clause: t!(
                "上一年度技术(服务)“走出去”效果显著,对经济及产业具有明显带动作用,且保持良好发展趋势的企业,给予不超过 300 万元的资金支持",
                "notable results abroad last year, clearly driving the economy and industry, developing well: up to 300 万元",
            ),
        },
        Route {
            id: "fairly-notable",
            title: t!("成长型中小企业：“走出去”效果较为显著", "Growth SME: fairly notable results abroad"),
            conditions: Condition::All(&[
                GROWTH_SME_9_5,
                CONDITIONS_9_5,
                ESTABLISHED_ABROAD_9_5,
                // 2. ……效果较为显著,对经济及产业具有一定带动作用,且保持良好发展趋势的企业
                judgement(
                    t!("9号 第五条（三）2.", "Doc 9, Art. 5(3)2"),
                    t!(
                        "“走出去”效果较为显著,对经济及产业具有一定带动作用,且保持良好发展趋势",
                        "fairly notable results abroad, driving the economy and industry to some degree, and developing well",
                    ),
                ),
            ]),
            // 2. ……给予不超过 200 万元的资金支持。
            amount: Amount::UpTo(dec!(200)),
            amount_cite: t!("9号 第五条（三）2.", "Doc 9, Art. 5(3)2"),
            amount_clause: t!(
                "上一年度技术(服务)“走出去”效果较为显著,对经济及产业具有一定带动作用,且保持良好发展趋势的企业,给予不超过 200 万元的资金支持",
                "fairly notable results abroad last year, driving the economy and industry to some degree, developing well: up to 200 万元",
            ),
        },
        Route {
            id: "first-abroad",
            title: t!("成长型中小企业：上一年度首次国(境)外应用", "Growth SME: first used abroad last year"),
            conditions: Condition::All(&[
                GROWTH_SME_9_5,
                CONDITIONS_9_5,
                // 3. 对上一年度首次开展国(境)外应用且取得显著成效的技术(服务)
                hard(
                    t!("9号 第五条（三）3.", "Doc 9, Art. 5(3)3"),
                    t!("上一年度首次开展国(境)外应用", "first put to use abroad last year"),
                    Test::Custom {
                        facts: &[&OUTBOUND_FIRST_APPLIED_ON],
                        what: t!("首次国(境)外应用在上一年度", "first applied abroad in the calendar year before the assessment year"),
                        eval: first_abroad_last_year,
                    },
                )
                .read_as(READING_9_5_FIRST_ABROAD),
                judgement(t!("9号 第五条（三）3.", "Doc 9, Art. 5(3)3"), t!("取得显著成效", "with notable results")),
            ]),
            // 3. ……给予不超过 100 万元的资金支持。
            amount: Amount::UpTo(dec!(100)),
            amount_cite: t!("9号 第五条（三）3.", "Doc 9, Art. 5(3)3"),
            amount_clause: t!(
                "对上一年度首次开展国(境)外应用且取得显著成效的技术(服务),给予不超过 100 万元的资金支持",
                "a technology (service) first used abroad last year with notable results: up to 100 万元",
            ),
        },
        Route {
            id: "leader",
            title: t!("科技领军企业：一企一策", "Technology leader: tailored package"),
            conditions: Condition::All(&[
                // 科技领军企业是指……居于同行业国际领先地位的创新型企业。
                attested(
                    A5_1,
                    t!(
                        "科技领军企业是指具有明确的科技创新愿景使命和科技创新战略,科技创新投入水平高……在产业标准、发明专利、自主品牌等方面居于同行业国际领先地位的创新型企业",
                        "a technology leader enterprise: clear innovation mission and strategy, high innovation spend … internationally leading in its industry in standards, invention patents and own brands",
                    ),
                    Test::Yes(&TECH_LEADER_ENTERPRISE),
                ),
                CONDITIONS_9_5,
                // 对于科技领军企业,通过一企一策的方式,给予政策服务支持。
                judgement(
                    A5_3,
                    t!("对于科技领军企业,通过一企一策的方式,给予政策服务支持", "technology leaders receive policy services through a tailored package"),
                ),
            ]),
            amount: Amount::NonCash(t!(
                "一企一策：量身定制的政策服务支持，不是资金",
                "a tailored package of policy services (一企一策), not cash",
            )),
            amount_cite: A5_3,
            amount_clause: t!(
                "对于科技领军企业,通过一企一策的方式,给予政策服务支持",
                "technology leaders receive policy services through a tailored package",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_5_GROWTH_SME, READING_9_5_FIRST_ABROAD, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第六条 支持在国(境)外设立科技园区。
// =================================================================================================

const A6: T = t!("9号 第六条", "Doc 9, Art. 6");
const A6_3: T = t!("9号 第六条（三）", "Doc 9, Art. 6(3)");

/// A park of 30000 m² or more that misses tier 1's occupancy or firm count: tier 2 or nothing?
/// Tier 2's "1万(含)至3万平方米" is read as where tier 1 begins, not as a ceiling that shuts out a
/// larger park: a park that meets tier 2's occupancy and count cannot be worse off for being
/// bigger (举重以明轻), and tier 2's other bars are lower than tier 1's.
pub const READING_9_6_TIER2: T = t!(
    "场地面积3万平方米(含)以上、但入驻使用面积或北京相关企业数未达第一档的园区，理解为按第二档评估：第二档的“1万(含)至3万平方米”是与第一档的分界，不是把更大园区排除在外的上限；同样满足第二档其余条件的园区不应因面积更大而无从支持。",
    "A park of 30,000 m² or more that misses tier 1's occupancy or firm count is read as assessed under tier 2: tier 2's \"10,000 (inclusive) to 30,000 m²\" marks where tier 1 begins, not a ceiling that shuts larger parks out; a park meeting tier 2's other bars should not lose support for being bigger.",
);

/// （二）支持条件 and the overall assessment, binding both tiers.
const CONDITIONS_9_6: Condition = Condition::All(&[
    // 1. 在国(境)外建有实体园区,国(境)外园区运营主体注册成立1年(含)以上。
    hard(
        t!("9号 第六条（二）1.", "Doc 9, Art. 6(2)1"),
        t!("在国(境)外建有实体园区", "a physical park built abroad"),
        Test::Yes(&OVERSEAS_PARK_BUILT),
    ),
    hard(
        t!("9号 第六条（二）1.", "Doc 9, Art. 6(2)1"),
        t!("国(境)外园区运营主体注册成立1年(含)以上", "the overseas park's operator incorporated 1 year ago or more (inclusive)"),
        Test::AtLeastYears(&OVERSEAS_PARK_OPERATOR_FOUNDED_ON, 1),
    ),
    // 2. 园区运营状况良好,聚集国(境)外高端创新资源效果显著。
    judgement(
        t!("9号 第六条（二）2.", "Doc 9, Art. 6(2)2"),
        t!("园区运营状况良好,聚集国(境)外高端创新资源效果显著", "the park runs well and notably gathers high-end innovation resources abroad"),
    ),
    // 3. 对北京市建设国际合作渠道、集聚国际创新资源起到积极作用。
    judgement(
        t!("9号 第六条（二）3.", "Doc 9, Art. 6(2)3"),
        t!("对北京市建设国际合作渠道、集聚国际创新资源起到积极作用", "it helps Beijing build international cooperation channels and gather international innovation resources"),
    ),
    // （三）根据综合评估结果,采取后补助方式给予分档支持
    judgement(A6_3, t!("根据综合评估结果,采取后补助方式给予分档支持", "supported in tiers by post-subsidy, on the agency's overall assessment")),
]);

pub static M9_6: Measure = Measure {
    id: "9.6",
    doc: &DOC,
    article: A6,
    title: t!("支持在国(境)外设立科技园区", "Technology parks abroad"),
    content: t!(
        "支持各类创新主体落实《北京市推进“一带一路”高质量发展行动计划(2021—2025年)》,在国(境)外设立实体化科技园区,通过提供配套设施及服务,促进科技企业集聚,搭建与国内的合作渠道。",
        "Supports innovators, under the Beijing action plan for high-quality Belt and Road development (2021–2025), in setting up physical technology parks abroad that, with supporting facilities and services, gather tech firms and build cooperation channels with China.",
    ),
    conditions_text: t!(
        "1. 在国(境)外建有实体园区,国(境)外园区运营主体注册成立1年(含)以上。\n2. 园区运营状况良好,聚集国(境)外高端创新资源效果显著。\n3. 对北京市建设国际合作渠道、集聚国际创新资源起到积极作用。",
        "1. A physical park has been built abroad, and its overseas operator was incorporated 1 year ago or more (inclusive).\n2. The park runs well and notably gathers high-end innovation resources abroad.\n3. It helps Beijing build international cooperation channels and gather international innovation resources.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于科技园区的运营管理。\n1. 对场地面积3万平方米(含)以上,入驻科技企业使用面积(含公共服务面积)达到70%(含)以上,北京市入驻企业或与北京市有科技合作的企业不少于10家的园区,给予不超过500万元的资金支持。\n2. 对场地面积1万(含)至3万平方米,入驻科技企业使用面积(含公共服务面积)达到50%(含)以上,北京市入驻企业或与北京市有科技合作的企业不少于5家的园区,给予不超过200万元的资金支持。",
        "Supported in tiers by post-subsidy on the agency's overall assessment, mainly for running the park.\n1. A park with a site of 30,000 m² or more (inclusive), at least 70% (inclusive) of it used by tech tenants (public service area included), and at least 10 firms from Beijing or in tech cooperation with Beijing: up to 5 million CNY (500 万元).\n2. A park with a site from 10,000 (inclusive) to 30,000 m², at least 50% (inclusive) used by tech tenants (public service area included), and at least 5 such firms: up to 200 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: INNOVATORS,
    routes: &[
        Route {
            id: "tier-1",
            title: t!("第一档：3万平方米(含)以上", "Tier 1: 30,000 m² or more"),
            conditions: Condition::All(&[
                CONDITIONS_9_6,
                // 1. 对场地面积3万平方米(含)以上,
                hard(
                    t!("9号 第六条（三）1.", "Doc 9, Art. 6(3)1"),
                    t!("场地面积3万平方米(含)以上", "a site of 30,000 m² or more (inclusive)"),
                    Test::Cmp(&OVERSEAS_PARK_AREA, Cmp::Ge, dec!(30000)),
                ),
                // 入驻科技企业使用面积(含公共服务面积)达到70%(含)以上,
                hard(
                    t!("9号 第六条（三）1.", "Doc 9, Art. 6(3)1"),
                    t!("入驻科技企业使用面积(含公共服务面积)达到70%(含)以上", "at least 70% (inclusive) used by tech tenants, public service area included"),
                    Test::Cmp(&OVERSEAS_PARK_OCCUPANCY, Cmp::Ge, dec!(70)),
                ),
                // 北京市入驻企业或与北京市有科技合作的企业不少于10家的园区
                hard(
                    t!("9号 第六条（三）1.", "Doc 9, Art. 6(3)1"),
                    t!("北京市入驻企业或与北京市有科技合作的企业不少于10家", "at least 10 firms from Beijing or in tech cooperation with Beijing"),
                    Test::Cmp(&OVERSEAS_PARK_BEIJING_FIRMS, Cmp::Ge, dec!(10)),
                ),
            ]),
            // ……给予不超过500万元的资金支持。
            amount: Amount::UpTo(dec!(500)),
            amount_cite: t!("9号 第六条（三）1.", "Doc 9, Art. 6(3)1"),
            amount_clause: t!(
                "对场地面积3万平方米(含)以上,入驻科技企业使用面积(含公共服务面积)达到70%(含)以上,北京市入驻企业或与北京市有科技合作的企业不少于10家的园区,给予不超过500万元的资金支持",
                "30,000 m² or more, at least 70% used, at least 10 Beijing-related firms: up to 500 万元",
            ),
        },
        Route {
            id: "tier-2",
            title: t!("第二档：1万(含)至3万平方米", "Tier 2: 10,000 (inclusive) to 30,000 m²"),
            conditions: Condition::All(&[
                CONDITIONS_9_6,
                // 2. 对场地面积1万(含)至3万平方米,
                hard(
                    t!("9号 第六条（三）2.", "Doc 9, Art. 6(3)2"),
                    t!("场地面积1万(含)至3万平方米", "a site from 10,000 (inclusive) to 30,000 m²"),
                    Test::Cmp(&OVERSEAS_PARK_AREA, Cmp::Ge, dec!(10000)),
                )
                .read_as(READING_9_6_TIER2),
                // 入驻科技企业使用面积(含公共服务面积)达到50%(含)以上,
                hard(
                    t!("9号 第六条（三）2.", "Doc 9, Art. 6(3)2"),
                    t!("入驻科技企业使用面积(含公共服务面积)达到50%(含)以上", "at least 50% (inclusive) used by tech tenants, public service area included"),
                    Test::Cmp(&OVERSEAS_PARK_OCCUPANCY, Cmp::Ge, dec!(50)),
                ),
                // 北京市入驻企业或与北京市有科技合作的企业不少于5家的园区
                hard(
                    t!("9号 第六条（三）2.", "Doc 9, Art. 6(3)2"),
                    t!("北京市入驻企业或与北京市有科技合作的企业不少于5家", "at least 5 firms from Beijing or in tech cooperation with Beijing"),
                    Test::Cmp(&OVERSEAS_PARK_BEIJING_FIRMS, Cmp::Ge, dec!(5)),
                ),
            ]),
            // ……给予不超过200万元的资金支持。
            amount: Amount::UpTo(dec!(200)),
            amount_cite: t!("9号 第六条（三）2.", "Doc 9, Art. 6(3)2"),
            amount_clause: t!(
                "对场地面积1万(含)至3万平方米,入驻科技企业使用面积(含公共服务面积)达到50%(含)以上,北京市入驻企业或与北京市有科技合作的企业不少于5家的园区,给予不超过200万元的资金支持",
                "10,000 (inclusive) to 30,000 m², at least 50% used, at least 5 Beijing-related firms: up to 200 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_INNOVATORS, READING_9_6_TIER2, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第七条 支持在国(境)外设立孵化平台。
// =================================================================================================

const A7: T = t!("9号 第七条", "Doc 9, Art. 7");
const A7_3: T = t!("9号 第七条（三）", "Doc 9, Art. 7(3)");

/// As 9.6: an incubator of 3000 m² or more that misses tier 1's counts is assessed under tier 2.
pub const READING_9_7_TIER2: T = t!(
    "场地面积3000平方米(含)以上、但在孵企业数或与北京有科技合作的企业数未达第一档的孵化平台，理解为按第二档评估：“1000(含)至3000平方米”是与第一档的分界，不是排除更大平台的上限。",
    "An incubator of 3,000 m² or more that misses tier 1's incubatee counts is read as assessed under tier 2: \"1,000 (inclusive) to 3,000 m²\" marks where tier 1 begins, not a ceiling that shuts larger platforms out.",
);

/// （二）支持条件 and the overall assessment, binding both tiers.
const CONDITIONS_9_7: Condition = Condition::All(&[
    // 1. 在国(境)外建有实体孵化平台,平台运营主体注册成立1年(含)以上。
    hard(
        t!("9号 第七条（二）1.", "Doc 9, Art. 7(2)1"),
        t!("在国(境)外建有实体孵化平台", "a physical incubation platform set up abroad"),
        Test::Yes(&OVERSEAS_INCUBATOR_BUILT),
    ),
    hard(
        t!("9号 第七条（二）1.", "Doc 9, Art. 7(2)1"),
        t!("平台运营主体注册成立1年(含)以上", "the platform's operator incorporated 1 year ago or more (inclusive)"),
        Test::AtLeastYears(&OVERSEAS_INCUBATOR_OPERATOR_FOUNDED_ON, 1),
    ),
    // 2. 平台运营状况良好,聚集国(境)外创新资源效果显著。
    judgement(
        t!("9号 第七条（二）2.", "Doc 9, Art. 7(2)2"),
        t!("平台运营状况良好,聚集国(境)外创新资源效果显著", "the platform runs well and notably gathers innovation resources abroad"),
    ),
    // 3. 对北京市集聚国际创新资源、营造国际创新生态起到积极作用。
    judgement(
        t!("9号 第七条（二）3.", "Doc 9, Art. 7(2)3"),
        t!("对北京市集聚国际创新资源、营造国际创新生态起到积极作用", "it helps Beijing gather international innovation resources and build an international innovation ecosystem"),
    ),
    // （三）根据综合评估结果,采取后补助方式给予分档支持
    judgement(A7_3, t!("根据综合评估结果,采取后补助方式给予分档支持", "supported in tiers by post-subsidy, on the agency's overall assessment")),
]);

pub static M9_7: Measure = Measure {
    id: "9.7",
    doc: &DOC,
    article: A7,
    title: t!("支持在国(境)外设立孵化平台", "Incubation platforms abroad"),
    content: t!(
        "支持各类创新主体在国(境)外设立孵化平台,通过提供物理空间、共享设施和专业化服务,促进科技成果转化,促进初创企业成长。",
        "Supports innovators in setting up incubation platforms abroad that, with physical space, shared facilities and professional services, help commercialise research results and grow start-ups.",
    ),
    conditions_text: t!(
        "1. 在国(境)外建有实体孵化平台,平台运营主体注册成立1年(含)以上。\n2. 平台运营状况良好,聚集国(境)外创新资源效果显著。\n3. 对北京市集聚国际创新资源、营造国际创新生态起到积极作用。",
        "1. A physical incubation platform has been set up abroad, and its operator was incorporated 1 year ago or more (inclusive).\n2. The platform runs well and notably gathers innovation resources abroad.\n3. It helps Beijing gather international innovation resources and build an international innovation ecosystem.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于孵化平台的运营管理。\n1. 对场地面积 3000 平方米(含)以上、在孵企业不少于 50 家(其中与北京市有科技合作的企业不少于 25 家)的孵化平台,给予不超过 200 万元的资金支持。\n2. 对场地面积 1000(含)至 3000 平方米、在孵企业不少于 20 家(其中与北京市有科技合作的企业不少于 10 家)的孵化平台,给予不超过 100 万元的资金支持。",
        "Supported in tiers by post-subsidy on the agency's overall assessment, mainly for running the platform.\n1. A platform with a site of 3,000 m² or more (inclusive) and at least 50 incubatees (at least 25 of them in tech cooperation with Beijing): up to 2 million CNY (200 万元).\n2. A platform with a site from 1,000 (inclusive) to 3,000 m² and at least 20 incubatees (at least 10 in tech cooperation with Beijing): up to 100 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: INNOVATORS,
    routes: &[
        Route {
            id: "tier-1",
            title: t!("第一档：3000平方米(含)以上", "Tier 1: 3,000 m² or more"),
            conditions: Condition::All(&[
                CONDITIONS_9_7,
                // 1. 对场地面积 3000 平方米(含)以上、
                hard(
                    t!("9号 第七条（三）1.", "Doc 9, Art. 7(3)1"),
                    t!("场地面积 3000 平方米(含)以上", "a site of 3,000 m² or more (inclusive)"),
                    Test::Cmp(&OVERSEAS_INCUBATOR_AREA, Cmp::Ge, dec!(3000)),
                ),
                // 在孵企业不少于 50 家
                hard(
                    t!("9号 第七条（三）1.", "Doc 9, Art. 7(3)1"),
                    t!("在孵企业不少于 50 家", "at least 50 incubatees"),
                    Test::Cmp(&OVERSEAS_INCUBATEES, Cmp::Ge, dec!(50)),
                ),
                // (其中与北京市有科技合作的企业不少于 25 家)
                hard(
                    t!("9号 第七条（三）1.", "Doc 9, Art. 7(3)1"),
                    t!("其中与北京市有科技合作的企业不少于 25 家", "at least 25 of them in tech cooperation with Beijing"),
                    Test::Cmp(&OVERSEAS_INCUBATEES_BEIJING, Cmp::Ge, dec!(25)),
                ),
            ]),
            // ……给予不超过 200 万元的资金支持。
            amount: Amount::UpTo(dec!(200)),
            amount_cite: t!("9号 第七条（三）1.", "Doc 9, Art. 7(3)1"),
            amount_clause: t!(
                "对场地面积 3000 平方米(含)以上、在孵企业不少于 50 家(其中与北京市有科技合作的企业不少于 25 家)的孵化平台,给予不超过 200 万元的资金支持",
                "3,000 m² or more, at least 50 incubatees (25 cooperating with Beijing): up to 200 万元",
            ),
        },
        Route {
            id: "tier-2",
            title: t!("第二档：1000(含)至3000平方米", "Tier 2: 1,000 (inclusive) to 3,000 m²"),
            conditions: Condition::All(&[
                CONDITIONS_9_7,
                // 2. 对场地面积 1000(含)至 3000 平方米、
                hard(
                    t!("9号 第七条（三）2.", "Doc 9, Art. 7(3)2"),
                    t!("场地面积 1000(含)至 3000 平方米", "a site from 1,000 (inclusive) to 3,000 m²"),
                    Test::Cmp(&OVERSEAS_INCUBATOR_AREA, Cmp::Ge, dec!(1000)),
                )
                .read_as(READING_9_7_TIER2),
                // 在孵企业不少于 20 家
                hard(
                    t!("9号 第七条（三）2.", "Doc 9, Art. 7(3)2"),
                    t!("在孵企业不少于 20 家", "at least 20 incubatees"),
                    Test::Cmp(&OVERSEAS_INCUBATEES, Cmp::Ge, dec!(20)),
                ),
                // (其中与北京市有科技合作的企业不少于 10 家)
                hard(
                    t!("9号 第七条（三）2.", "Doc 9, Art. 7(3)2"),
                    t!("其中与北京市有科技合作的企业不少于 10 家", "at least 10 of them in tech cooperation with Beijing"),
                    Test::Cmp(&OVERSEAS_INCUBATEES_BEIJING, Cmp::Ge, dec!(10)),
                ),
            ]),
            // ……给予不超过 100 万元的资金支持。
            amount: Amount::UpTo(dec!(100)),
            amount_cite: t!("9号 第七条（三）2.", "Doc 9, Art. 7(3)2"),
            amount_clause: t!(
                "对场地面积 1000(含)至 3000 平方米、在孵企业不少于 20 家(其中与北京市有科技合作的企业不少于 10 家)的孵化平台,给予不超过 100 万元的资金支持",
                "1,000 (inclusive) to 3,000 m², at least 20 incubatees (10 cooperating with Beijing): up to 100 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_INNOVATORS, READING_9_7_TIER2, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第八条 支持在国(境)外设立研发中心。
// =================================================================================================

const A8: T = t!("9号 第八条", "Doc 9, Art. 8");
const A8_3: T = t!("9号 第八条（三）", "Doc 9, Art. 8(3)");

/// "国际发明专利" counted: invention patents granted by an office outside mainland China in the
/// 3 years before the assessment date; a pending PCT application is not a patent "获得".
pub const READING_9_8_PATENTS: T = t!(
    "“3年内获得…国际发明专利”理解为：评估日前3年内由国(境)外专利机构授权的发明专利；仅提交PCT国际申请、尚未授权的不计。3个恰在第一档（“3个(含)以上”）。",
    "\"International invention patents obtained within 3 years\" is read as invention patents granted by a patent office outside mainland China in the 3 years before the assessment date; a pending PCT application does not count. Exactly 3 is tier 1 (\"3 or more, inclusive\").",
);

/// 1. 对3年内获得3个(含)以上国际发明专利……给予不超过200万元; 2. 对3年内获得1至3个……给予不超过100万元。
static TIERS_9_8: &[Tier] = &[
    Tier {
        from: incl(dec!(1)),
        to: excl(dec!(3)),
        cap: dec!(100),
        label: t!(
            "3年内获得1至3个国际发明专利",
            "1 to 3 international invention patents in 3 years"
        ),
    },
    Tier {
        from: incl(dec!(3)),
        to: None,
        cap: dec!(200),
        label: t!(
            "3年内获得3个(含)以上国际发明专利",
            "3 or more (inclusive) international invention patents in 3 years"
        ),
    },
];

/// （二）支持条件 and the overall assessment, binding every tier.
const CONDITIONS_9_8: Condition = Condition::All(&[
    // 1. 国(境)外研发中心注册成立 1 年(含)以上。
    hard(
        t!("9号 第八条（二）1.", "Doc 9, Art. 8(2)1"),
        t!(
            "国(境)外研发中心注册成立 1 年(含)以上",
            "the overseas R&D centre incorporated 1 year ago or more (inclusive)"
        ),
        Test::AtLeastYears(&OVERSEAS_RD_CENTRE_FOUNDED_ON, 1),
    ),
    // 2. 研发成果具有前瞻性及引导性,对国内产业发展起到引领作用。
    judgement(
        t!("9号 第八条（二）2.", "Doc 9, Art. 8(2)2"),
        t!(
            "研发成果具有前瞻性及引导性,对国内产业发展起到引领作用",
            "forward-looking, guiding R&D results that lead domestic industry"
        ),
    ),
    // 3. 对企业创新能力提升起到显著作用。
    judgement(
        t!("9号 第八条（二）3.", "Doc 9, Art. 8(2)3"),
        t!(
            "对企业创新能力提升起到显著作用",
            "a notable boost to the firm's innovation capability"
        ),
    ),
    // （三）根据综合评估结果,采取后补助方式给予分档支持
    judgement(
        A8_3,
        t!(
            "根据综合评估结果,采取后补助方式给予分档支持",
            "supported in tiers by post-subsidy, on the agency's overall assessment"
        ),
    ),
]);

pub static M9_8: Measure = Measure {
    id: "9.8",
    doc: &DOC,
    article: A8,
    title: t!("支持在国(境)外设立研发中心", "R&D centres abroad"),
    content: t!(
        "支持各类创新主体在国(境)外设立研发中心,通过国(境)外研发布局,把握世界前沿技术,提升企业创新能力。",
        "Supports innovators in setting up R&D centres abroad, to follow the world's frontier technology through R&D placed abroad and raise their innovation capability.",
    ),
    conditions_text: t!(
        "1. 国(境)外研发中心注册成立 1 年(含)以上。\n2. 研发成果具有前瞻性及引导性,对国内产业发展起到引领作用。\n3. 对企业创新能力提升起到显著作用。",
        "1. The overseas R&D centre was incorporated 1 year ago or more (inclusive).\n2. Its R&D results are forward-looking and guiding, and lead domestic industry.\n3. It notably raises the firm's innovation capability.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于研发中心的运营管理及研发投入。\n1.对3年内获得3个(含)以上国际发明专利、对国内技术产品提升产生重大作用的研发中心,给予不超过200万元的资金支持。\n2.对3年内获得1至3个国际发明专利、对国内技术产品提升产生积极作用的研发中心,给予不超过100万元的资金支持。\n3.对已开展实质性研发活动、对国内技术产品提升产生一定作用的研发中心,给予不超过50万元的资金支持。",
        "Supported in tiers by post-subsidy on the agency's overall assessment, mainly for running the centre and its R&D.\n1. A centre granted 3 or more (inclusive) international invention patents within 3 years, with a major effect on domestic technology and products: up to 2 million CNY (200 万元).\n2. A centre granted 1 to 3 international invention patents within 3 years, with a positive effect: up to 100 万元.\n3. A centre doing substantive R&D, with some effect: up to 50 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: INNOVATORS,
    routes: &[
        Route {
            id: "patents",
            title: t!("3年内获得国际发明专利", "International invention patents in 3 years"),
            conditions: Condition::All(&[
                CONDITIONS_9_8,
                // 2. 对3年内获得1至3个国际发明专利 (the lowest patent tier starts at 1)
                hard(
                    t!("9号 第八条（三）2.", "Doc 9, Art. 8(3)2"),
                    t!("3年内获得1至3个国际发明专利", "1 to 3 international invention patents within 3 years"),
                    Test::Cmp(&OVERSEAS_RD_INTL_INVENTION_PATENTS_3Y, Cmp::Ge, dec!(1)),
                )
                .read_as(READING_9_8_PATENTS),
                // 对国内技术产品提升产生重大作用 / 积极作用
                judgement(
                    t!("9号 第八条（三）1.、2.", "Doc 9, Art. 8(3)1–2"),
                    t!("对国内技术产品提升产生重大作用……对国内技术产品提升产生积极作用", "a major (tier 1) or positive (tier 2) effect on domestic technology and products"),
                ),
            ]),
            amount: Amount::Tiers { base: &OVERSEAS_RD_INTL_INVENTION_PATENTS_3Y, tiers: TIERS_9_8 },
            amount_cite: t!("9号 第八条（三）1.、2.", "Doc 9, Art. 8(3)1–2"),
            amount_clause: t!(
                "对3年内获得3个(含)以上国际发明专利……给予不超过200万元的资金支持;对3年内获得1至3个国际发明专利……给予不超过100万元的资金支持",
                "3 or more (inclusive) international invention patents within 3 years: up to 200 万元; 1 to 3: up to 100 万元",
            ),
        },
        Route {
            id: "rd-activity",
            title: t!("已开展实质性研发活动", "Substantive R&D under way"),
            conditions: Condition::All(&[
                CONDITIONS_9_8,
                // 3.对已开展实质性研发活动、对国内技术产品提升产生一定作用的研发中心
                attested(
                    t!("9号 第八条（三）3.", "Doc 9, Art. 8(3)3"),
                    t!("已开展实质性研发活动", "substantive R&D under way"),
                    Test::Yes(&OVERSEAS_RD_SUBSTANTIVE),
                ),
                judgement(
                    t!("9号 第八条（三）3.", "Doc 9, Art. 8(3)3"),
                    t!("对国内技术产品提升产生一定作用", "some effect on domestic technology and products"),
                ),
            ]),
            // ……给予不超过50万元的资金支持。
            amount: Amount::UpTo(dec!(50)),
            amount_cite: t!("9号 第八条（三）3.", "Doc 9, Art. 8(3)3"),
            amount_clause: t!(
                "对已开展实质性研发活动、对国内技术产品提升产生一定作用的研发中心,给予不超过50万元的资金支持",
                "a centre doing substantive R&D with some effect: up to 50 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_INNOVATORS, READING_9_8_PATENTS, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第九条 实施外资研发中心研发激励计划。
// =================================================================================================

const A9: T = t!("9号 第九条", "Doc 9, Art. 9");
const A9_1: T = t!("9号 第九条（一）", "Doc 9, Art. 9(1)");
const A9_3: T = t!("9号 第九条（三）", "Doc 9, Art. 9(3)");

/// The article names its own applicant (外资研发中心, "在本市依法设立的外商投资机构"); 第四条's
/// high-tech status is asked of enterprises, not of it.
pub const READING_9_9_APPLICANT: T = t!(
    "本条的支持对象是外资研发中心（在本市依法设立的外商投资机构），以“外资研发中心”身份申报，不要求其具有高新技术企业资格。",
    "This article's applicant is the foreign-invested R&D centre itself (a foreign-invested body lawfully set up in Beijing), applying as such; it need not hold high-tech enterprise status.",
);

/// "对新设立或扩大研发投入的外资研发中心": the 办法 sets no period for "新设立". Read as founded
/// in the year before the assessment year or later (so last year is its first year of R&D);
/// "扩大研发投入" as last year's R&D expense above the year before's.
pub const READING_9_9_NEW_OR_EXPANDED: T = t!(
    "“新设立”理解为评估年度的上一年度或之后成立（上一年度为其首个研发年度）；“扩大研发投入”理解为上一年度研发投入高于前一年度。",
    "\"Newly set up\" is read as founded in the year before the assessment year or later (last year was its first R&D year); \"expanded R&D investment\" as last year's R&D spend above the year before's.",
);

/// "上一年度研发投入" is taken as the shared `rd_expense_last_year` (R&D expense of the latest
/// fiscal year, as declared for the super-deduction).
pub const READING_9_9_RD_BASE: T = t!(
    "“上一年度研发投入”按最近一个会计年度研发费用（研发费用加计扣除申报口径）计。",
    "\"Last year's R&D investment\" is taken as the R&D expense of the latest fiscal year, as declared for the R&D super-deduction.",
);

fn newly_set_up(ctx: &Ctx) -> Outcome {
    Outcome::from_option(
        ctx.profile
            .date(&FOUNDED_ON)
            .map(|d| d.year() >= ctx.date.year() - 1),
    )
}

/// What binds both kinds of centre.
static CONDITIONS_9_9: Condition = Condition::All(&[
    // 支持主要业务在国(境)外的投资者在中关村示范区设立外资研发中心或扩大研发投入(港澳台地区投资者参照执行)。
    hard(
        A9_1,
        t!(
            "主要业务在国(境)外的投资者……(港澳台地区投资者参照执行)",
            "an investor whose main business is abroad … (investors from Hong Kong, Macao and Taiwan likewise)",
        ),
        Test::Yes(&FRDC_INVESTOR_ABROAD),
    ),
    // 对新设立或扩大研发投入的外资研发中心绩效进行综合评估
    Condition::Any(&[
        hard(
            A9_3,
            t!("新设立……的外资研发中心", "a newly set-up foreign-invested R&D centre"),
            Test::Custom {
                facts: &[&FOUNDED_ON],
                what: t!("成立于评估年度的上一年度或之后", "founded in the year before the assessment year or later"),
                eval: newly_set_up,
            },
        )
        .read_as(READING_9_9_NEW_OR_EXPANDED),
        hard(
            A9_3,
            t!("扩大研发投入的外资研发中心", "a foreign-invested R&D centre that expanded its R&D investment"),
            Test::Diff {
                minuend: &RD_EXPENSE_LAST_YEAR,
                subtrahend: &RD_EXPENSE_YEAR_BEFORE,
                label: t!("研发投入同比增量", "year-on-year R&D increase"),
                cmp: Cmp::Gt,
                threshold: dec!(0),
            },
        )
        .read_as(READING_9_9_RD_BASE),
    ]),
    // 在明确绩效目标的前提下……根据综合评估结果,采取后补助方式给予分类支持
    judgement(
        A9_3,
        t!(
            "在明确绩效目标的前提下，对新设立或扩大研发投入的外资研发中心绩效进行综合评估，根据综合评估结果，采取后补助方式给予分类支持",
            "with performance goals set, the centre's performance is assessed overall and supported by class, by post-subsidy",
        ),
    ),
]);

pub static M9_9: Measure = Measure {
    id: "9.9",
    doc: &DOC,
    article: A9,
    title: t!("实施外资研发中心研发激励计划", "R&D incentives for foreign-invested R&D centres"),
    content: t!(
        "外资研发中心是指在本市依法设立的外商投资机构,包括研发创新中心、开放创新平台两类。研发创新中心是指拥有独立的研发团队,承担区域或全球研发项目的关键步骤和绝大部分过程的研发中心;开放创新平台是指通过提供设施设备、研发场所和专业指导,推动与中小企业、创新团队开展项目合作,实现协同创新的研发中心。支持主要业务在国(境)外的投资者在中关村示范区设立外资研发中心或扩大研发投入(港澳台地区投资者参照执行)。",
        "A foreign-invested R&D centre is a foreign-invested body lawfully set up in Beijing, of two kinds: an R&D innovation centre, with its own R&D team doing the key steps and most of regional or global R&D projects; and an open innovation platform, which provides equipment, R&D space and expert guidance to run projects with SMEs and innovation teams for joint innovation. Supports investors whose main business is abroad in setting up such centres in Zhongguancun or expanding their R&D (investors from Hong Kong, Macao and Taiwan likewise).",
    ),
    conditions_text: t!(
        "1. 研发创新中心应当符合下列条件：\n(1) 有明确的研究开发领域、研发计划和具体的研发项目，有固定的科研场所、必需的仪器设备和其他科研条件，以及正在开展的研发活动；\n(2) 经母公司授权承担全球研发项目或在京、在华、在亚洲等区域的研发项目。\n2. 开放创新平台应当符合下列条件：\n(1) 有明确的发展规划和预期成果；\n(2) 有建筑面积不低于 1000 平方米的研发场所；\n(3) 签约入驻的研发创新项目不低于 10 个；\n(4) 有协同创新必需的设施设备和国际专家指导，具备国际化的技术、人才等资源。",
        "1. An R&D innovation centre must:\n(1) have a defined R&D field, an R&D plan and concrete projects, fixed premises, the necessary equipment and other research conditions, and R&D under way;\n(2) be authorised by its parent company to carry out global R&D projects or projects for Beijing, China, Asia or another region.\n2. An open innovation platform must:\n(1) have a defined development plan and expected results;\n(2) have R&D premises with a floor area of no less than 1,000 m²;\n(3) have no fewer than 10 R&D innovation projects signed in;\n(4) have the equipment needed for joint innovation and guidance from international experts, with international technology, talent and other resources.",
    ),
    amount_text: t!(
        "在明确绩效目标的前提下，对新设立或扩大研发投入的外资研发中心绩效进行综合评估，根据综合评估结果，采取后补助方式给予分类支持，支持经费主要用于技术研发、人员交流、购买第三方服务等。\n1. 对研发创新中心按照上一年度研发投入 2% 的比例，给予不超过 1000 万元的资金支持。\n2. 对开放创新平台按照上一年度平台投资额 5% 的比例，给予不超过 500 万元的资金支持。",
        "With performance goals set, the performance of newly set-up centres and of centres that expanded their R&D investment is assessed overall, and they are supported by class by post-subsidy, mainly for R&D, staff exchange and third-party services.\n1. An R&D innovation centre: 2% of last year's R&D investment, up to 10 million CNY (1,000 万元).\n2. An open innovation platform: 5% of last year's platform investment, up to 500 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["foreign_rd_centre"],
    routes: &[
        Route {
            id: "rd-centre",
            title: t!("研发创新中心", "R&D innovation centre"),
            conditions: Condition::All(&[
                CONDITIONS_9_9,
                // 包括研发创新中心、开放创新平台两类。
                hard(A9_1, t!("研发创新中心", "an R&D innovation centre"), Test::OneOf(&FRDC_TYPE, &["rd_innovation_centre"])),
                // 研发创新中心是指拥有独立的研发团队,承担区域或全球研发项目的关键步骤和绝大部分过程的研发中心
                attested(
                    A9_1,
                    t!(
                        "拥有独立的研发团队,承担区域或全球研发项目的关键步骤和绝大部分过程",
                        "its own R&D team doing the key steps and most of regional or global R&D projects",
                    ),
                    Test::Yes(&FRDC_INDEPENDENT_TEAM),
                ),
                // (1) 有明确的研究开发领域、研发计划和具体的研发项目，有固定的科研场所、必需的仪器设备和其他
                // 科研条件，以及正在开展的研发活动；
                attested(
                    t!("9号 第九条（二）1.(1)", "Doc 9, Art. 9(2)1(1)"),
                    t!(
                        "有明确的研究开发领域、研发计划和具体的研发项目，有固定的科研场所、必需的仪器设备和其他科研条件，以及正在开展的研发活动",
                        "a defined R&D field, plan and concrete projects, fixed premises, necessary equipment and other research conditions, and R&D under way",
                    ),
                    Test::Yes(&FRDC_RD_BASICS),
                ),
                // (2) 经母公司授权承担全球研发项目或在京、在华、在亚洲等区域的研发项目。
                hard(
                    t!("9号 第九条（二）1.(2)", "Doc 9, Art. 9(2)1(2)"),
                    t!(
                        "经母公司授权承担全球研发项目或在京、在华、在亚洲等区域的研发项目",
                        "authorised by the parent company to carry out global projects or projects for Beijing, China, Asia or another region",
                    ),
                    Test::Yes(&FRDC_PARENT_AUTHORISED),
                ),
            ]),
            // 1. 对研发创新中心按照上一年度研发投入 2% 的比例，给予不超过 1000 万元的资金支持。
            amount: Amount::Rate { rate: dec!(2), base: &RD_EXPENSE_LAST_YEAR, cap: Some(dec!(1000)) },
            amount_cite: t!("9号 第九条（三）1.", "Doc 9, Art. 9(3)1"),
            amount_clause: t!(
                "对研发创新中心按照上一年度研发投入 2% 的比例，给予不超过 1000 万元的资金支持",
                "an R&D innovation centre: 2% of last year's R&D investment, up to 1,000 万元",
            ),
        },
        Route {
            id: "open-platform",
            title: t!("开放创新平台", "Open innovation platform"),
            conditions: Condition::All(&[
                CONDITIONS_9_9,
                // 包括研发创新中心、开放创新平台两类。
                hard(A9_1, t!("开放创新平台", "an open innovation platform"), Test::OneOf(&FRDC_TYPE, &["open_innovation_platform"])),
                // (1) 有明确的发展规划和预期成果；
                attested(
                    t!("9号 第九条（二）2.(1)", "Doc 9, Art. 9(2)2(1)"),
                    t!("有明确的发展规划和预期成果", "a defined development plan and expected results"),
                    Test::Yes(&PLATFORM_PLAN_AND_GOALS),
                ),
                // (2) 有建筑面积不低于 1000 平方米的研发场所；
                hard(
                    t!("9号 第九条（二）2.(2)", "Doc 9, Art. 9(2)2(2)"),
                    t!("有建筑面积不低于 1000 平方米的研发场所", "R&D premises of no less than 1,000 m² floor area"),
                    Test::Cmp(&PLATFORM_RD_AREA, Cmp::Ge, dec!(1000)),
                ),
                // (3) 签约入驻的研发创新项目不低于 10 个；
                hard(
                    t!("9号 第九条（二）2.(3)", "Doc 9, Art. 9(2)2(3)"),
                    t!("签约入驻的研发创新项目不低于 10 个", "no fewer than 10 R&D innovation projects signed in"),
                    Test::Cmp(&PLATFORM_SIGNED_PROJECTS, Cmp::Ge, dec!(10)),
                ),
                // (4) 有协同创新必需的设施设备和国际专家指导，具备国际化的技术、人才等资源。
                attested(
                    t!("9号 第九条（二）2.(4)", "Doc 9, Art. 9(2)2(4)"),
                    t!(
                        "有协同创新必需的设施设备和国际专家指导，具备国际化的技术、人才等资源",
                        "the equipment needed for joint innovation, guidance from international experts, and international technology, talent and other resources",
                    ),
                    Test::Yes(&PLATFORM_FACILITIES_AND_EXPERTS),
                ),
            ]),
            // 2. 对开放创新平台按照上一年度平台投资额 5% 的比例，给予不超过 500 万元的资金支持。
            amount: Amount::Rate { rate: dec!(5), base: &PLATFORM_INVESTMENT_LAST_YEAR, cap: Some(dec!(500)) },
            amount_cite: t!("9号 第九条（三）2.", "Doc 9, Art. 9(3)2"),
            amount_clause: t!(
                "对开放创新平台按照上一年度平台投资额 5% 的比例，给予不超过 500 万元的资金支持",
                "an open innovation platform: 5% of last year's platform investment, up to 500 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_9_APPLICANT, READING_9_9_NEW_OR_EXPANDED, READING_9_9_RD_BASE, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第十条 吸引国际机构在京落地。
// =================================================================================================

const A10: T = t!("9号 第十条", "Doc 9, Art. 10");
const A10_3: T = t!("9号 第十条（三）", "Doc 9, Art. 10(3)");

/// "行业高度认可的顶级…" / "其他知名…": no list defines them. The applicant says which it claims;
/// the claim is self-declared and the reviewers decide, so the tier it points to is a ceiling.
pub const READING_9_10_STANDING: T = t!(
    "“行业高度认可的顶级”与“其他知名”国际机构没有名录界定：由申报单位自报所属档次（自我声明），最终以综合评估结果为准；所示金额是该档上限。",
    "No list defines \"top, highly recognised\" and \"other well-known\" organisations: the applicant declares which it claims, the overall assessment decides, and the amount shown is that tier's cap.",
);

pub static M9_10: Measure = Measure {
    id: "9.10",
    doc: &DOC,
    article: A10,
    title: t!("吸引国际机构在京落地", "Bringing international organisations to Beijing"),
    content: t!(
        "支持国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊等首次在京设立分支机构,运用国际规则吸引国际同行搭建国际交流平台。",
        "Supports international S&T organisations, international research institutions, multinational technology-transfer organisations, international journals and the like in setting up their first branch in Beijing, using international rules to draw international peers into international exchange platforms.",
    ),
    conditions_text: t!(
        "1. 在京拥有实体,运营 1 年(含)以上。\n2. 具有较强的国际影响力和创新资源组织调度能力。\n3. 能够较好融入本市创新生态体系。",
        "1. A physical presence in Beijing, operating for 1 year or more (inclusive).\n2. Strong international influence and ability to organise and deploy innovation resources.\n3. Able to fit well into Beijing's innovation ecosystem.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于机构的运营管理。\n1. 对于行业高度认可的顶级国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊,给予不超过 200 万元的资金支持。\n2. 对于其他知名国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊,给予不超过 100 万元的资金支持。",
        "Supported in tiers by post-subsidy on the agency's overall assessment, mainly for running the organisation.\n1. Top international S&T organisations, research institutions, multinational tech-transfer organisations and international journals, highly recognised in their field: up to 2 million CNY (200 万元).\n2. Other well-known ones: up to 100 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["international_organisation"],
    routes: &[Route {
        id: "",
        title: t!("首次在京设立分支机构的国际机构", "An international organisation's first Beijing branch"),
        conditions: Condition::All(&[
            // （一）支持国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊等首次在京设立分支机构
            hard(
                t!("9号 第十条（一）", "Doc 9, Art. 10(1)"),
                t!(
                    "国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊等首次在京设立分支机构",
                    "international S&T organisations, research institutions, multinational tech-transfer organisations, international journals and the like setting up their first branch in Beijing",
                ),
                Test::Yes(&INTL_ORG_FIRST_BEIJING_BRANCH),
            ),
            // 1. 在京拥有实体,运营 1 年(含)以上。
            hard(
                t!("9号 第十条（二）1.", "Doc 9, Art. 10(2)1"),
                t!("在京拥有实体", "a physical presence in Beijing"),
                Test::Yes(&INTL_ORG_BEIJING_PREMISES),
            ),
            hard(
                t!("9号 第十条（二）1.", "Doc 9, Art. 10(2)1"),
                t!("运营 1 年(含)以上", "operating for 1 year or more (inclusive)"),
                Test::AtLeastYears(&INTL_ORG_BEIJING_OPERATING_SINCE, 1),
            ),
            // 2. 具有较强的国际影响力和创新资源组织调度能力。
            judgement(
                t!("9号 第十条（二）2.", "Doc 9, Art. 10(2)2"),
                t!("具有较强的国际影响力和创新资源组织调度能力", "strong international influence and ability to organise and deploy innovation resources"),
            ),
            // 3. 能够较好融入本市创新生态体系。
            judgement(
                t!("9号 第十条（二）3.", "Doc 9, Art. 10(2)3"),
                t!("能够较好融入本市创新生态体系", "able to fit well into Beijing's innovation ecosystem"),
            ),
            // （三）1. 对于行业高度认可的顶级……; 2. 对于其他知名……
            attested(
                A10_3,
                t!(
                    "对于行业高度认可的顶级……;对于其他知名国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊",
                    "a top, highly recognised … or another well-known international S&T organisation, research institution, tech-transfer organisation or journal",
                ),
                Test::OneOf(&INTL_ORG_STANDING, &["top", "well_known"]),
            )
            .read_as(READING_9_10_STANDING),
            judgement(A10_3, t!("根据综合评估结果,采取后补助方式给予分档支持", "supported in tiers by post-subsidy, on the agency's overall assessment")),
        ]),
        // 1. ……顶级……给予不超过 200 万元; 2. 其他知名……给予不超过 100 万元
        amount: Amount::ByChoice {
            fact: &INTL_ORG_STANDING,
            options: &[
                ("top", dec!(200), t!("行业高度认可的顶级国际机构", "a top, highly recognised organisation")),
                ("well_known", dec!(100), t!("其他知名国际机构", "another well-known organisation")),
            ],
        },
        amount_cite: t!("9号 第十条（三）1.、2.", "Doc 9, Art. 10(3)1–2"),
        amount_clause: t!(
            "对于行业高度认可的顶级国际科技组织、国际科研机构、跨国技术转移服务机构、国际期刊,给予不超过 200 万元的资金支持;对于其他知名……给予不超过 100 万元的资金支持",
            "top, highly recognised organisations: up to 200 万元; other well-known ones: up to 100 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_10_STANDING, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第十一条 提供跨国(境)技术转移服务。
// =================================================================================================

const A11: T = t!("9号 第十一条", "Doc 9, Art. 11");
const A11_3: T = t!("9号 第十一条（三）", "Doc 9, Art. 11(3)");

/// "中介机构" names a role. Read as a technology service organisation (tech-transfer intermediary)
/// or a social organisation (association, alliance) doing the work: "国际化会员网络" is typical
/// of both.
pub const READING_9_11_INTERMEDIARY: T = t!(
    "“中介机构”是角色而非主体类型：理解为从事跨国(境)技术转移服务的科技服务机构，或从事该项服务的社会组织（协会、联盟等，“国际化会员网络”多见于此类）。",
    "\"Intermediary\" names a role, not a kind: read as a technology service organisation doing cross-border technology transfer, or a social organisation (association, alliance) doing it; an \"international membership network\" is typical of both.",
);

/// Conditions 4 and 5 are read as qualifying the projects (三) counts: an import project counts
/// if registered in Beijing with revenue of 1000万 or more, or (on the reviewers' view) advanced
/// and promising; an outbound project counts if its revenue abroad is 5000万 or more. The count
/// is the sum; the engine has no per-project facts, so the 1000 and 5000 bars sit in the
/// questions of the three count facts.
pub const READING_9_11_PROJECTS: T = t!(
    "（二）4.、5.理解为对（三）所计技术转移项目的要求：技术引进项目须已在京注册落地，且年营业收入1000万元(含)以上或（经评审认定）具有技术先进性及较大市场潜力；“走出去”项目须国(境)外年营业收入5000万元(含)以上。项目数为符合要求的各类项目之和。",
    "Art. 11(2)4 and 5 are read as requirements on the projects counted in (3): an import project must be registered in Beijing with annual revenue of 1,000 万元 or more (inclusive), or be advanced and promising in the reviewers' view; an outbound project must have annual revenue abroad of 5,000 万元 or more (inclusive). The count is the sum of qualifying projects.",
);

/// The three counts of qualifying projects: their sum when all are known, and the sum of those
/// known with the ids of those not.
fn tt_projects(ctx: &Ctx) -> (Decimal, Vec<&'static str>) {
    let mut sum = Decimal::ZERO;
    let mut missing = Vec::new();
    for f in [
        &TT_INBOUND_REVENUE_PROJECTS,
        &TT_INBOUND_PROMISING_PROJECTS,
        &TT_OUTBOUND_PROJECTS,
    ] {
        match ctx.profile.number(f) {
            Some(n) => sum += n,
            None => missing.push(f.id),
        }
    }
    (sum, missing)
}

/// 3. 对上一年度促成 1 至 3 个技术转移项目的机构: the lowest tier starts at one project.
const MIN_TT_PROJECTS: Decimal = dec!(1);

fn tt_projects_at_least_one(ctx: &Ctx) -> Outcome {
    let (sum, missing) = tt_projects(ctx);
    if sum >= MIN_TT_PROJECTS {
        Outcome::Met
    } else if missing.is_empty() {
        Outcome::Failed
    } else {
        Outcome::Unknown
    }
}

/// 1. 5 个(含)以上 → 200; 2. 3(含)至 5 个 → 100; 3. 1 至 3 个 → 50.
static TIERS_9_11: &[Tier] = &[
    Tier {
        from: incl(dec!(1)),
        to: excl(dec!(3)),
        cap: dec!(50),
        label: t!(
            "上一年度促成 1 至 3 个技术转移项目",
            "1 to 3 technology transfer projects last year"
        ),
    },
    Tier {
        from: incl(dec!(3)),
        to: excl(dec!(5)),
        cap: dec!(100),
        label: t!(
            "上一年度促成 3(含)至 5 个技术转移项目",
            "3 (inclusive) to 5 technology transfer projects last year"
        ),
    },
    Tier {
        from: incl(dec!(5)),
        to: None,
        cap: dec!(200),
        label: t!(
            "上一年度促成 5 个(含)以上技术转移项目",
            "5 or more (inclusive) technology transfer projects last year"
        ),
    },
];

fn amount_9_11(ctx: &Ctx) -> AmountEval {
    let (sum, missing) = tt_projects(ctx);
    // The top tier's bound: once the known projects reach it, the unknown ones cannot change it.
    let top = TIERS_9_11
        .iter()
        .filter_map(|t| t.from)
        .map(|b| b.value)
        .max()
        .unwrap_or(Decimal::ZERO);
    let label = t!(
        "上一年度促成的符合条件的技术转移项目数",
        "qualifying technology transfer projects last year"
    );
    if missing.is_empty() || sum >= top {
        eval_tiers(label, TT_INBOUND_REVENUE_PROJECTS.id, TIERS_9_11, Some(sum))
    } else {
        let mut e = eval_tiers(label, TT_INBOUND_REVENUE_PROJECTS.id, TIERS_9_11, None);
        e.missing = missing;
        e
    }
}

pub static M9_11: Measure = Measure {
    id: "9.11",
    doc: &DOC,
    article: A11,
    title: t!("提供跨国(境)技术转移服务", "Cross-border technology transfer services"),
    content: t!(
        "支持中介机构在不涉及国家安全、不损害国家利益和社会公共利益的前提下开展跨国(境)技术转移服务,拓展国际技术转移渠道,通过提供技术与市场评估、技术信息服务、技术转移等相关服务,推动技术成果、人才团队、国际组织落地和技术产品“走出去”,促进中关村示范区成为承接跨国(境)技术转移的重要目的地和对外辐射源。",
        "Supports intermediaries in providing cross-border technology transfer services, without touching national security or harming national or public interests: widening international transfer channels and, through technology and market assessment, technology information and transfer services, bringing technology, talent teams and international organisations to Beijing and taking technology products abroad, so that Zhongguancun becomes a key destination and source of cross-border technology transfer.",
    ),
    conditions_text: t!(
        "1. 具有国际化会员网络。\n2. 涉及专业技术领域符合中关村示范区高精尖产业发展方向。\n3. 推动项目落地或“走出去”成效显著,对北京市经济发展起到积极作用。\n4. 技术引进项目已在京注册落地,年营业收入达到 1000 万元(含)以上或具有技术先进性及较大的市场潜力和发展前景。\n5. “走出去”项目在国(境)外年营业收入达到 5000 万元(含)以上。",
        "1. An international membership network.\n2. Its technical fields fit Zhongguancun's high-end (高精尖) industry direction.\n3. Notable results in bringing projects in or taking them abroad, helping Beijing's economy.\n4. Technology import projects are registered in Beijing, with annual revenue of 10 million CNY (1,000 万元, inclusive) or more, or with advanced technology and large market potential and prospects.\n5. Outbound projects have annual revenue abroad of 50 million CNY (5,000 万元, inclusive) or more.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于机构的运营管理。\n1. 对上一年度促成 5 个(含)以上技术转移项目的机构,给予不超过 200 万元的资金支持。\n2. 对上一年度促成 3(含)至 5 个技术转移项目的机构,给予不超过 100 万元的资金支持。\n3. 对上一年度促成 1 至 3 个技术转移项目的机构,给予不超过 50 万元的资金支持。",
        "Supported in tiers by post-subsidy on the agency's overall assessment, mainly for running the organisation.\n1. An organisation that brought about 5 or more (inclusive) technology transfer projects last year: up to 2 million CNY (200 万元).\n2. 3 (inclusive) to 5 projects: up to 100 万元.\n3. 1 to 3 projects: up to 50 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["service_institution", "social_organisation"],
    routes: &[Route {
        id: "",
        title: t!("跨国(境)技术转移中介机构", "Cross-border technology transfer intermediary"),
        conditions: Condition::All(&[
            // 1. 具有国际化会员网络。
            attested(
                t!("9号 第十一条（二）1.", "Doc 9, Art. 11(2)1"),
                t!("具有国际化会员网络", "an international membership network"),
                Test::Yes(&TT_INTL_MEMBER_NETWORK),
            ),
            // 2. 涉及专业技术领域符合中关村示范区高精尖产业发展方向。
            hard(
                t!("9号 第十一条（二）2.", "Doc 9, Art. 11(2)2"),
                t!("涉及专业技术领域符合中关村示范区高精尖产业发展方向", "its technical fields fit Zhongguancun's high-end industry direction"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            ),
            // 3. 推动项目落地或“走出去”成效显著,对北京市经济发展起到积极作用。
            judgement(
                t!("9号 第十一条（二）3.", "Doc 9, Art. 11(2)3"),
                t!("推动项目落地或“走出去”成效显著,对北京市经济发展起到积极作用", "notable results in bringing projects in or taking them abroad, helping Beijing's economy"),
            ),
            // 4. 技术引进项目已在京注册落地,年营业收入达到 1000 万元(含)以上……
            // 5. “走出去”项目在国(境)外年营业收入达到 5000 万元(含)以上。
            // （三）3. 对上一年度促成 1 至 3 个技术转移项目的机构
            hard(
                t!("9号 第十一条（二）4.、5.，（三）3.", "Doc 9, Art. 11(2)4–5, (3)3"),
                t!(
                    "技术引进项目已在京注册落地,年营业收入达到 1000 万元(含)以上或具有技术先进性……;“走出去”项目在国(境)外年营业收入达到 5000 万元(含)以上;对上一年度促成 1 至 3 个技术转移项目的机构",
                    "at least 1 technology transfer project brought about last year (import projects registered in Beijing with revenue of 1,000 万元 or more, or advanced …; outbound projects with revenue abroad of 5,000 万元 or more)",
                ),
                Test::Custom {
                    facts: &[&TT_INBOUND_REVENUE_PROJECTS, &TT_INBOUND_PROMISING_PROJECTS, &TT_OUTBOUND_PROJECTS],
                    what: t!("符合条件的技术转移项目合计至少1个", "at least 1 qualifying technology transfer project in all"),
                    eval: tt_projects_at_least_one,
                },
            )
            .read_as(READING_9_11_PROJECTS),
            // 4. ……或具有技术先进性及较大的市场潜力和发展前景。 Projects counted on this ground alone are
            // the reviewers' call.
            Condition::Any(&[
                hard(
                    t!("9号 第十一条（二）4.", "Doc 9, Art. 11(2)4"),
                    t!("技术引进项目……年营业收入达到 1000 万元(含)以上", "import projects … with annual revenue of 1,000 万元 or more (inclusive)"),
                    Test::Cmp(&TT_INBOUND_PROMISING_PROJECTS, Cmp::Eq, dec!(0)),
                ),
                judgement(
                    t!("9号 第十一条（二）4.", "Doc 9, Art. 11(2)4"),
                    t!("或具有技术先进性及较大的市场潜力和发展前景", "or with advanced technology and large market potential and prospects"),
                ),
            ]),
            judgement(A11_3, t!("根据综合评估结果,采取后补助方式给予分档支持", "supported in tiers by post-subsidy, on the agency's overall assessment")),
        ]),
        amount: Amount::Custom { ceiling: Some(dec!(200)), eval: amount_9_11 },
        amount_cite: t!("9号 第十一条（三）", "Doc 9, Art. 11(3)"),
        amount_clause: t!(
            "对上一年度促成 5 个(含)以上技术转移项目的机构,给予不超过 200 万元的资金支持;对上一年度促成 3(含)至 5 个技术转移项目的机构,给予不超过 100 万元的资金支持;对上一年度促成 1 至 3 个技术转移项目的机构,给予不超过 50 万元的资金支持",
            "5 or more (inclusive) projects last year: up to 200 万元; 3 (inclusive) to 5: up to 100 万元; 1 to 3: up to 50 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_11_INTERMEDIARY, READING_9_11_PROJECTS, READING_9_17],
    notice: Some(t!(
        "中关村示范区高精尖产业发展方向（第十一条（二）2.）以当年申报通知为准。",
        "Zhongguancun's high-end industry direction (Art. 11(2)2) is as the year's application notice sets it.",
    )),
};

// =================================================================================================
// 第十二条 支持科研开放共享。
// =================================================================================================

const A12: T = t!("9号 第十二条", "Doc 9, Art. 12");
const A12_1: T = t!("9号 第十二条（一）", "Doc 9, Art. 12(1)");

/// The article has no 支持条件 section; its 支持内容 is about cooperation "与国际科技组织", read
/// as a requirement: the project is carried out with an international S&T organisation.
pub const READING_9_12_INTL_ORG: T = t!(
    "本条未单列支持条件；支持内容“与国际科技组织构建科技交流合作新模式”理解为申报项目须与国际科技组织合作开展。",
    "The article has no conditions section; its content, \"building new models of S&T exchange and cooperation with international S&T organisations\", is read as requiring the project to be carried out with an international S&T organisation.",
);

/// What binds both kinds of applicant.
const CONDITIONS_9_12: Condition = Condition::All(&[
    // （一）支持各类创新主体与国际科技组织构建科技交流合作新模式,
    hard(
        A12_1,
        t!("与国际科技组织构建科技交流合作新模式", "building new models of S&T exchange and cooperation with international S&T organisations"),
        Test::Yes(&INTL_SCI_ORG_COOPERATION),
    )
    .read_as(READING_9_12_INTL_ORG),
    // 扩大创新资源共享、加强软硬件设施共建、开展创新治理研究。
    judgement(
        A12_1,
        t!(
            "构建科技交流合作新模式,扩大创新资源共享、加强软硬件设施共建、开展创新治理研究",
            "a new model of cooperation that widens resource sharing, builds hardware and software facilities together, or studies innovation governance",
        ),
    ),
    // （二）根据综合评估结果,采取事前补助方式给予分类支持
    judgement(
        t!("9号 第十二条（二）", "Doc 9, Art. 12(2)"),
        t!("根据综合评估结果,采取事前补助方式给予分类支持", "supported by class by advance subsidy, on the agency's overall assessment"),
    ),
]);

pub static M9_12: Measure = Measure {
    id: "9.12",
    doc: &DOC,
    article: A12,
    title: t!("支持科研开放共享", "Open and shared research"),
    content: t!(
        "支持各类创新主体与国际科技组织构建科技交流合作新模式,扩大创新资源共享、加强软硬件设施共建、开展创新治理研究。",
        "Supports innovators in building new models of S&T exchange and cooperation with international S&T organisations: widening the sharing of innovation resources, building hardware and software facilities together, and studying innovation governance.",
    ),
    conditions_text: t!("（本条未单列“支持条件”。）", "(This article has no separate conditions section.)"),
    amount_text: t!(
        "根据综合评估结果,采取事前补助方式给予分类支持,支持经费主要用于平台运营管理、人员交流、购买第三方服务等。\n1.对促进科研论文和科学数据汇聚共享的平台建设主体,给予不超过300万元的资金支持。\n2.对面向社会开放自身拥有的科研论文和科学数据的资源开放主体,给予不超过200万元的资金支持。",
        "Supported by class by advance subsidy on the agency's overall assessment, mainly for running platforms, staff exchange and third-party services.\n1. A builder of a platform that pools and shares research papers and scientific data: up to 3 million CNY (300 万元).\n2. A holder that opens its own research papers and scientific data to the public: up to 200 万元.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: INNOVATORS,
    routes: &[
        Route {
            id: "platform",
            title: t!("科研论文和科学数据汇聚共享平台建设主体", "Builder of a paper and data sharing platform"),
            conditions: Condition::All(&[
                CONDITIONS_9_12,
                // 1.对促进科研论文和科学数据汇聚共享的平台建设主体
                hard(
                    t!("9号 第十二条（二）1.", "Doc 9, Art. 12(2)1"),
                    t!("促进科研论文和科学数据汇聚共享的平台建设主体", "a builder of a platform pooling and sharing research papers and scientific data"),
                    Test::Yes(&BUILDS_RESEARCH_SHARING_PLATFORM),
                ),
            ]),
            // ……给予不超过300万元的资金支持。
            amount: Amount::UpTo(dec!(300)),
            amount_cite: t!("9号 第十二条（二）1.", "Doc 9, Art. 12(2)1"),
            amount_clause: t!(
                "对促进科研论文和科学数据汇聚共享的平台建设主体,给予不超过300万元的资金支持",
                "a builder of a paper and data sharing platform: up to 300 万元",
            ),
        },
        Route {
            id: "open-resources",
            title: t!("科研论文和科学数据资源开放主体", "Holder opening its papers and data"),
            conditions: Condition::All(&[
                CONDITIONS_9_12,
                // 2.对面向社会开放自身拥有的科研论文和科学数据的资源开放主体
                hard(
                    t!("9号 第十二条（二）2.", "Doc 9, Art. 12(2)2"),
                    t!("面向社会开放自身拥有的科研论文和科学数据的资源开放主体", "a holder opening its own research papers and scientific data to the public"),
                    Test::Yes(&OPENS_OWN_RESEARCH_RESOURCES),
                ),
            ]),
            // ……给予不超过200万元的资金支持。
            amount: Amount::UpTo(dec!(200)),
            amount_cite: t!("9号 第十二条（二）2.", "Doc 9, Art. 12(2)2"),
            amount_clause: t!(
                "对面向社会开放自身拥有的科研论文和科学数据的资源开放主体,给予不超过200万元的资金支持",
                "a holder opening its own papers and data: up to 200 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_INNOVATORS, READING_9_12_INTL_ORG, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第十三条 支持学术会议及活动。 (第十七条's one-direction and 3-year rules do not bind it.)
// =================================================================================================

const A13: T = t!("9号 第十三条", "Doc 9, Art. 13");
const A13_3: T = t!("9号 第十三条（三）", "Doc 9, Art. 13(3)");

/// An advance subsidy "按照会议实际总经费的30%" is granted before the actual cost is known: read as
/// 30% of the budgeted total cost, settled against the actual cost at acceptance.
pub const READING_9_13_ADVANCE_BASE: T = t!(
    "重点国际学术会议采取事前补助，核定时实际总经费尚未发生：理解为按会议预算总经费的30%核定，验收时按实际总经费结算。",
    "The key international conference gets an advance subsidy, fixed before the actual cost is known: read as 30% of the budgeted total cost, settled against the actual cost at acceptance.",
);

const OVERALL_9_13: Condition = judgement(
    A13_3,
    t!(
        "根据综合评估结果,采取事前补助或后补助方式给予分类支持",
        "supported by class by advance or post-subsidy, on the agency's overall assessment"
    ),
);

pub static M9_13: Measure = Measure {
    id: "9.13",
    doc: &DOC,
    article: A13,
    title: t!("支持学术会议及活动", "Academic conferences and events"),
    content: t!(
        "支持各类创新主体组织重点学术会议及品牌性交流活动,开展国际交流研讨。",
        "Supports innovators in organising key academic conferences and flagship exchange events for international exchange and discussion.",
    ),
    conditions_text: t!(
        "1.中关村论坛系列活动\n已被纳入中关村论坛主会期活动和常态化系列活动整体安排,对提升中关村论坛国际化影响力起到积极推动作用。\n2.重点国际学术会议\n会议成果对凝聚国际共识、共同发起培育大科学计划起到积极推动作用。\n3.重点交流活动\n支持各类创新主体组织中关村示范区企业集体参加国(境)外知名展览展会、开展重点对接活动。",
        "1. Zhongguancun Forum events\nPart of the overall programme of the Forum's main session and regular series, and helping raise the Forum's international influence.\n2. Key international academic conferences\nResults that help build international consensus and jointly launch and foster big-science programmes.\n3. Key exchange events\nInnovators leading groups of Zhongguancun firms to well-known exhibitions and fairs abroad, and holding key matchmaking events.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取事前补助或后补助方式给予分类支持,支持经费主要用于会议组织、人员交流等。\n1. 中关村论坛系列活动,采取后补助方式,按照活动实际总经费的30%,给予不超过100万元的资金支持。\n2. 重点国际学术会议,采取事前补助方式,按照会议实际总经费的30%,给予不超过100万元的资金支持。\n3. 重点交流活动,采取后补助方式,按照任务实际总经费的30%,给予不超过100万元的资金支持。",
        "Supported by class by advance or post-subsidy on the agency's overall assessment, mainly for organising and staff exchange.\n1. Zhongguancun Forum events: post-subsidy of 30% of the event's actual total cost, up to 1 million CNY (100 万元).\n2. Key international academic conferences: advance subsidy of 30% of the conference's actual total cost, up to 100 万元.\n3. Key exchange events: post-subsidy of 30% of the task's actual total cost, up to 100 万元.",
    ),
    methods: &[Method::PreSubsidy, Method::PostSubsidy],
    applicants: INNOVATORS,
    routes: &[
        Route {
            id: "zgc-forum",
            title: t!("中关村论坛系列活动", "Zhongguancun Forum event"),
            conditions: Condition::All(&[
                // 已被纳入中关村论坛主会期活动和常态化系列活动整体安排,
                hard(
                    t!("9号 第十三条（二）1.", "Doc 9, Art. 13(2)1"),
                    t!("已被纳入中关村论坛主会期活动和常态化系列活动整体安排", "part of the overall programme of the Forum's main session and regular series"),
                    Test::Yes(&ZGC_FORUM_EVENT_INCLUDED),
                ),
                // 对提升中关村论坛国际化影响力起到积极推动作用。
                judgement(
                    t!("9号 第十三条（二）1.", "Doc 9, Art. 13(2)1"),
                    t!("对提升中关村论坛国际化影响力起到积极推动作用", "helps raise the Forum's international influence"),
                ),
                OVERALL_9_13,
            ]),
            // 1. ……采取后补助方式,按照活动实际总经费的30%,给予不超过100万元的资金支持。
            amount: Amount::Rate { rate: dec!(30), base: &ZGC_FORUM_EVENT_TOTAL_COST, cap: Some(dec!(100)) },
            amount_cite: t!("9号 第十三条（三）1.", "Doc 9, Art. 13(3)1"),
            amount_clause: t!(
                "中关村论坛系列活动,采取后补助方式,按照活动实际总经费的30%,给予不超过100万元的资金支持",
                "Forum events: post-subsidy of 30% of the actual total cost, up to 100 万元",
            ),
        },
        Route {
            id: "conference",
            title: t!("重点国际学术会议", "Key international academic conference"),
            conditions: Condition::All(&[
                // （一）支持各类创新主体组织重点学术会议
                hard(
                    t!("9号 第十三条（一）", "Doc 9, Art. 13(1)"),
                    t!("组织重点学术会议", "organising a key academic conference"),
                    Test::Yes(&INTL_CONFERENCE_ORGANISER),
                )
                .read_as(READING_9_13_ADVANCE_BASE),
                // 会议成果对凝聚国际共识、共同发起培育大科学计划起到积极推动作用。
                judgement(
                    t!("9号 第十三条（二）2.", "Doc 9, Art. 13(2)2"),
                    t!("会议成果对凝聚国际共识、共同发起培育大科学计划起到积极推动作用", "results that help build international consensus and jointly launch and foster big-science programmes"),
                ),
                OVERALL_9_13,
            ]),
            // 2. ……采取事前补助方式,按照会议实际总经费的30%,给予不超过100万元的资金支持。
            amount: Amount::Rate { rate: dec!(30), base: &INTL_CONFERENCE_TOTAL_COST, cap: Some(dec!(100)) },
            amount_cite: t!("9号 第十三条（三）2.", "Doc 9, Art. 13(3)2"),
            amount_clause: t!(
                "重点国际学术会议,采取事前补助方式,按照会议实际总经费的30%,给予不超过100万元的资金支持",
                "key international conferences: advance subsidy of 30% of the total cost, up to 100 万元",
            ),
        },
        Route {
            id: "exchange",
            title: t!("重点交流活动", "Key exchange event"),
            conditions: Condition::All(&[
                // 支持各类创新主体组织中关村示范区企业集体参加国(境)外知名展览展会、开展重点对接活动。
                hard(
                    t!("9号 第十三条（二）3.", "Doc 9, Art. 13(2)3"),
                    t!(
                        "组织中关村示范区企业集体参加国(境)外知名展览展会、开展重点对接活动",
                        "leading groups of Zhongguancun firms to well-known exhibitions and fairs abroad, or holding key matchmaking events",
                    ),
                    Test::Yes(&GROUP_EXHIBITION_ORGANISER),
                ),
                judgement(
                    t!("9号 第十三条（二）3.", "Doc 9, Art. 13(2)3"),
                    t!("国(境)外知名展览展会……重点对接活动", "the fair is well known, the matchmaking is key"),
                ),
                OVERALL_9_13,
            ]),
            // 3. ……采取后补助方式,按照任务实际总经费的30%,给予不超过100万元的资金支持。
            amount: Amount::Rate { rate: dec!(30), base: &EXCHANGE_EVENT_TOTAL_COST, cap: Some(dec!(100)) },
            amount_cite: t!("9号 第十三条（三）3.", "Doc 9, Art. 13(3)3"),
            amount_clause: t!(
                "重点交流活动,采取后补助方式,按照任务实际总经费的30%,给予不超过100万元的资金支持",
                "key exchange events: post-subsidy of 30% of the task's actual total cost, up to 100 万元",
            ),
        },
    ],
    once_in_3_years: None,
    // 第十七条 除“学术会议及活动”支持方向外……: the exception; no cross rule here.
    cross_rules: &[],
    readings: &[READING_9_INNOVATORS, READING_9_13_ADVANCE_BASE],
    notice: None,
};

// =================================================================================================
// 第十四条 支持打造国际学术期刊。
// =================================================================================================

const A14: T = t!("9号 第十四条", "Doc 9, Art. 14");
const A14_3: T = t!("9号 第十四条（三）", "Doc 9, Art. 14(3)");

/// "3年内首次被纳入SCI Q1区 / Q2区": read by the best quartile the journal has reached and the date
/// it first reached it. A journal first in Q1 within 3 years is tier 1 (even if it was in Q2
/// earlier); one first in Q2 within 3 years that has not reached Q1 is tier 2; a journal already
/// in that quartile before the 3 years has nothing "首次" to show.
pub const READING_9_14_FIRST_INCLUSION: T = t!(
    "“3年内首次被纳入SCI Q1区/Q2区”按期刊达到的最高分区及首次达到该分区的日期判断：3年内首次进入Q1区的（此前在Q2区亦可）为第一档；3年内首次进入Q2区且未进入Q1区的为第二档；3年前已进入该分区的不属“首次”。3年按评估日前推算，以JCR发布日期为准。",
    "\"First placed in SCI Q1 / Q2 within 3 years\" is judged by the best quartile the journal has reached and the date it first reached it: first in Q1 within 3 years (even if in Q2 before) is tier 1; first in Q2 within 3 years without reaching Q1 is tier 2; a journal already in that quartile more than 3 years ago is not \"first\". The 3 years count back from the assessment date, by the JCR release date.",
);

/// The overall conditions binding both tiers.
const CONDITIONS_9_14: Condition = Condition::All(&[
    // 1. 3年内首次被纳入SCI Q1或Q2区(科睿唯安JCR分区)。
    hard(
        t!("9号 第十四条（二）1.", "Doc 9, Art. 14(2)1"),
        t!("3年内首次被纳入", "first placed within 3 years"),
        Test::WithinYears(&JOURNAL_FIRST_REACHED_ON, 3),
    )
    .read_as(READING_9_14_FIRST_INCLUSION),
    // 2. 获得行业内广泛认可。
    judgement(
        t!("9号 第十四条（二）2.", "Doc 9, Art. 14(2)2"),
        t!("获得行业内广泛认可", "widely recognised in the field"),
    ),
    // （三）根据综合评估结果,采取后补助方式给予分档支持
    judgement(
        A14_3,
        t!(
            "根据综合评估结果,采取后补助方式给予分档支持",
            "supported in tiers by post-subsidy, on the agency's overall assessment"
        ),
    ),
]);

pub static M9_14: Measure = Measure {
    id: "9.14",
    doc: &DOC,
    article: A14,
    title: t!("支持打造国际学术期刊", "International academic journals"),
    content: t!(
        "支持各类创新主体打造具有国际影响力的学术期刊。",
        "Supports innovators in building academic journals with international influence.",
    ),
    conditions_text: t!(
        "1. 3年内首次被纳入SCI Q1或Q2区(科睿唯安JCR分区)。\n2. 获得行业内广泛认可。",
        "1. First placed in SCI Q1 or Q2 (Clarivate JCR quartiles) within 3 years.\n2. Widely recognised in the field.",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式给予分档支持,支持经费主要用于机构的运营管理。\n1. 对学术期刊3年内首次被纳入SCI Q1区的创新主体,给予不超过200万元的资金支持。\n2. 对学术期刊3年内首次被纳入SCI Q2区的创新主体,给予不超过100万元的资金支持。",
        "Supported in tiers by post-subsidy on the agency's overall assessment, mainly for running the organisation.\n1. An innovator whose journal was first placed in SCI Q1 within 3 years: up to 2 million CNY (200 万元).\n2. One whose journal was first placed in SCI Q2 within 3 years: up to 100 万元.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: INNOVATORS,
    routes: &[
        Route {
            id: "q1",
            title: t!("3年内首次被纳入SCI Q1区", "First in SCI Q1 within 3 years"),
            conditions: Condition::All(&[
                CONDITIONS_9_14,
                // 1. 对学术期刊3年内首次被纳入SCI Q1区的创新主体
                hard(
                    t!("9号 第十四条（三）1.", "Doc 9, Art. 14(3)1"),
                    t!("学术期刊3年内首次被纳入SCI Q1区", "the journal first placed in SCI Q1 within 3 years"),
                    Test::OneOf(&JOURNAL_BEST_JCR_QUARTILE, &["q1"]),
                ),
            ]),
            // ……给予不超过200万元的资金支持。
            amount: Amount::UpTo(dec!(200)),
            amount_cite: t!("9号 第十四条（三）1.", "Doc 9, Art. 14(3)1"),
            amount_clause: t!(
                "对学术期刊3年内首次被纳入SCI Q1区的创新主体,给予不超过200万元的资金支持",
                "a journal first placed in SCI Q1 within 3 years: up to 200 万元",
            ),
        },
        Route {
            id: "q2",
            title: t!("3年内首次被纳入SCI Q2区", "First in SCI Q2 within 3 years"),
            conditions: Condition::All(&[
                CONDITIONS_9_14,
                // 2. 对学术期刊3年内首次被纳入SCI Q2区的创新主体
                hard(
                    t!("9号 第十四条（三）2.", "Doc 9, Art. 14(3)2"),
                    t!("学术期刊3年内首次被纳入SCI Q2区", "the journal first placed in SCI Q2 within 3 years"),
                    Test::OneOf(&JOURNAL_BEST_JCR_QUARTILE, &["q2"]),
                ),
            ]),
            // ……给予不超过100万元的资金支持。
            amount: Amount::UpTo(dec!(100)),
            amount_cite: t!("9号 第十四条（三）2.", "Doc 9, Art. 14(3)2"),
            amount_clause: t!(
                "对学术期刊3年内首次被纳入SCI Q2区的创新主体,给予不超过100万元的资金支持",
                "a journal first placed in SCI Q2 within 3 years: up to 100 万元",
            ),
        },
    ],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_INNOVATORS, READING_9_14_FIRST_INCLUSION, READING_9_17],
    notice: None,
};

// =================================================================================================
// 第十五条 支持开展国际人才交流合作。
// =================================================================================================

const A15: T = t!("9号 第十五条", "Doc 9, Art. 15");
const A15_2_3: T = t!("9号 第十五条（二）3.", "Doc 9, Art. 15(2)3");

/// "重点产业领域" / "本市重点产业发展方向": read as the high-end (高精尖) fields of the shared
/// `industry_field`, as the year's notice names them.
pub const READING_9_15_KEY_INDUSTRY: T = t!(
    "“重点产业领域”“本市重点产业发展方向”理解为高精尖产业领域（新一代信息技术、医药健康、智能制造、新材料、绿色能源与节能环保及年度申报通知所列其他领域）。",
    "\"Key industries\" and \"the city's key industry directions\" are read as the high-end (高精尖) fields: next-generation IT, medicine and health, intelligent manufacturing, new materials, green energy and environmental protection, and others the year's notice names.",
);

/// "培训时间一般不少于10天,交流时间一般不少于6天": "一般" admits exceptions, but none is named;
/// the product applies the bars and does not presume an exception the agency may not grant.
pub const READING_9_15_DAYS: T = t!(
    "“一般不少于10天/6天”按门槛适用：短于此的项目须经主管部门个别认可，本工具不预设此类例外。天数含离抵境时间。",
    "\"Generally no less than 10 / 6 days\" is applied as a bar: a shorter programme would need the agency's individual agreement, which the product does not presume. The days include those of departure and arrival.",
);

pub static M9_15: Measure = Measure {
    id: "9.15",
    doc: &DOC,
    article: A15,
    title: t!("支持开展国际人才交流合作", "International talent exchange"),
    content: t!(
        "支持各类创新主体开展国际人才交流合作,对重点产业领域科技企业开展境外培训和国际人才交流项目给予资金支持。",
        "Supports innovators in international talent exchange and cooperation, funding training abroad and international talent exchange programmes run by tech firms in key industries.",
    ),
    conditions_text: t!(
        "1. 申请主体应为产业头部企业或高成长性企业,派出培训或交流的人员应为企业核心管理或技术人才。\n2. 培训或交流主题应符合本市重点产业发展方向,立足解决本单位技术研发中关键环节的“瓶颈”问题,且针对性、实效性强的。\n3. 与境外大学、研究机构或科技企业等有明确的合作协议,有明确的日程,培训时间一般不少于10天,交流时间一般不少于6天(含离抵境时间)。",
        "1. The applicant is a leading firm of its industry or a high-growth firm, and those sent for training or exchange are its core managers or technical staff.\n2. The subject fits the city's key industry directions, aims at the applicant's own R&D bottlenecks, and is focused and effective.\n3. A cooperation agreement with a university, research institution, tech firm or similar body abroad, a set schedule, and training of generally no less than 10 days or an exchange of generally no less than 6 days (departure and arrival days included).",
    ),
    amount_text: t!(
        "根据综合评估结果,采取后补助方式,对重点产业创新主体的科技人才开展境外培训和国际交流项目给予不超过50万元的资金支持。",
        "On the agency's overall assessment, a post-subsidy of up to 500,000 CNY (50 万元) for training abroad and international exchange programmes of the S&T staff of innovators in key industries.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("境外培训或国际交流项目", "Training abroad or international exchange"),
        conditions: Condition::All(&[
            // 1. 申请主体应为产业头部企业或高成长性企业,
            attested(
                t!("9号 第十五条（二）1.", "Doc 9, Art. 15(2)1"),
                t!("申请主体应为产业头部企业或高成长性企业", "the applicant is a leading firm of its industry or a high-growth firm"),
                Test::Yes(&KEY_INDUSTRY_LEADER_OR_HIGH_GROWTH),
            ),
            // 派出培训或交流的人员应为企业核心管理或技术人才。
            attested(
                t!("9号 第十五条（二）1.", "Doc 9, Art. 15(2)1"),
                t!("派出培训或交流的人员应为企业核心管理或技术人才", "those sent are the firm's core managers or technical staff"),
                Test::Yes(&PROGRAMME_STAFF_CORE),
            ),
            // 2. 培训或交流主题应符合本市重点产业发展方向,
            hard(
                t!("9号 第十五条（二）2.", "Doc 9, Art. 15(2)2"),
                t!("培训或交流主题应符合本市重点产业发展方向", "the subject fits the city's key industry directions"),
                Test::OneOf(&INDUSTRY_FIELD, HIGH_END_FIELDS),
            )
            .read_as(READING_9_15_KEY_INDUSTRY),
            // 立足解决本单位技术研发中关键环节的“瓶颈”问题,且针对性、实效性强的。
            judgement(
                t!("9号 第十五条（二）2.", "Doc 9, Art. 15(2)2"),
                t!(
                    "立足解决本单位技术研发中关键环节的“瓶颈”问题,且针对性、实效性强",
                    "aimed at the applicant's own R&D bottlenecks, focused and effective",
                ),
            ),
            // 3. 与境外大学、研究机构或科技企业等有明确的合作协议,有明确的日程,
            hard(
                A15_2_3,
                t!("与境外大学、研究机构或科技企业等有明确的合作协议", "a cooperation agreement with a university, research institution, tech firm or similar body abroad"),
                Test::Yes(&OVERSEAS_PARTNER_AGREEMENT),
            ),
            hard(A15_2_3, t!("有明确的日程", "a set schedule"), Test::Yes(&OVERSEAS_PROGRAMME_SCHEDULE)),
            // 培训时间一般不少于10天,交流时间一般不少于6天(含离抵境时间)。
            Condition::Any(&[
                Condition::All(&[
                    hard(A15_2_3, t!("培训", "training"), Test::OneOf(&OVERSEAS_PROGRAMME_KIND, &["training"])),
                    hard(
                        A15_2_3,
                        t!("培训时间一般不少于10天……(含离抵境时间)", "training of generally no less than 10 days (departure and arrival included)"),
                        Test::Cmp(&OVERSEAS_PROGRAMME_DAYS, Cmp::Ge, dec!(10)),
                    )
                    .read_as(READING_9_15_DAYS),
                ]),
                Condition::All(&[
                    hard(A15_2_3, t!("交流", "exchange"), Test::OneOf(&OVERSEAS_PROGRAMME_KIND, &["exchange"])),
                    hard(
                        A15_2_3,
                        t!("交流时间一般不少于6天(含离抵境时间)", "an exchange of generally no less than 6 days (departure and arrival included)"),
                        Test::Cmp(&OVERSEAS_PROGRAMME_DAYS, Cmp::Ge, dec!(6)),
                    )
                    .read_as(READING_9_15_DAYS),
                ]),
            ]),
            // （三）根据综合评估结果,采取后补助方式
            judgement(t!("9号 第十五条（三）", "Doc 9, Art. 15(3)"), t!("根据综合评估结果,采取后补助方式", "by post-subsidy, on the agency's overall assessment")),
        ]),
        // ……给予不超过50万元的资金支持。
        amount: Amount::UpTo(dec!(50)),
        amount_cite: t!("9号 第十五条（三）", "Doc 9, Art. 15(3)"),
        amount_clause: t!(
            "对重点产业创新主体的科技人才开展境外培训和国际交流项目给予不超过50万元的资金支持",
            "training abroad and international exchange programmes of S&T staff of key-industry innovators: up to 50 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: RULE_9_17,
    readings: &[READING_9_15_KEY_INDUSTRY, READING_9_15_DAYS, READING_9_17],
    notice: Some(t!(
        "重点产业领域（第十五条）以当年申报通知为准。",
        "The key industries (Art. 15) are as the year's application notice names them.",
    )),
};
