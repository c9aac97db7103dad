//! 京科发〔2022〕7号 《中关村国家自主创新示范区促进园区高质量发展支持资金管理办法(试行)》
//! (high-quality park development): 第五条–第十一条, measures 7.5–7.11.
//!
//! Most of this 办法's conditions are qualitative (园区发展建设规划明确, 服务成效显著…): they are
//! encoded as reviewers' judgements, so the verdict here rests on the hard facts (who applies,
//! registration, the counts and dates the text names, the statuses it requires) and every
//! measure comes out "subject to review". Amounts in 万元.
//!
//! Not encoded, on purpose: the process of 第十二条 (分园推荐, 评审立项, 公示…), which every
//! publicly solicited project goes through but which no applicant can answer in advance; and
//! the second sentence of 第十四条 (an applicant deregistered, moved out of Beijing or punished
//! for dishonesty before payment is not paid), which happens after the award.

use crate::amount::{Amount, AmountEval, Year};
use crate::condition::{attested, hard, judgement, Cmp, Condition, Ctx, Outcome, Test};
use crate::fact::{Choice, Fact, Kind, Topic};
use crate::measure::{Doc, Measure, Method, Route};
use crate::text::{t, Text, T};
use rust_decimal_macros::dec;

// ---- 第四条: who may apply --------------------------------------------------------------------

const ART4: T = t!("7号 第四条", "Doc 7, Art. 4");

/// 第四条 本办法支持对象为注册在中关村示范区范围内的国家高新技术企业和中关村高新技术企业、高等学校、
/// 科研机构、社会组织、创业服务机构、园区投资建设或运营单位等创新主体。符合支持条件的注册在北京市
/// 其他区域的创新主体参照执行。
pub static DOC: Doc = Doc {
    no: 7,
    wenhao: "京科发〔2022〕7号",
    title: t!(
        "中关村国家自主创新示范区促进园区高质量发展支持资金管理办法(试行)",
        "Measures for the Zhongguancun support fund for high-quality park development (trial)",
    ),
    who: article_4!(ART4),
    blacklist_article: t!("7号 第十四条", "Doc 7, Art. 14"),
    double_funding_article: t!("7号 第十三条", "Doc 7, Art. 13"),
};

// ---- Facts only this 办法 needs -------------------------------------------------------------

// 第五条 (7.5): a park's facility project.

pub static PARK_PROJECT_CONTENT: Fact = Fact {
    id: "park_project_content",
    label: t!("园区建设项目内容", "content of the park project"),
    kind: Kind::Choice(&[
        Choice { id: "industry_service_facilities", label: t!("产业服务设施建设（协同创新平台、共享实验室、中试生产线等）", "industry service facilities (joint innovation platforms, shared labs, pilot lines…)") },
        Choice { id: "public_service_facilities", label: t!("公共服务设施建设（共享展厅、路演厅、公共交流空间、政务服务站点等）", "public service facilities (shared showrooms, roadshow halls, exchange spaces, government service points…)") },
        Choice { id: "smart_upgrade", label: t!("智能化升级改造（计算中心、算力中心、工业互联网、园区大脑、数字孪生园区等）", "smart upgrade (computing centres, industrial internet, park brain, digital-twin park…)") },
        Choice { id: "other", label: t!("以上都不是", "none of these") },
    ]),
    topic: Topic::Parks,
    question: t!("园区申报的建设项目属于哪一类？", "What does the park's project build?"),
    help: t!("7号第五条（一）列举的三类支持内容。", "The three kinds of content listed in doc 7, Art. 5(1)."),
};

pub static PARK_PROJECT_SPECIAL_KIND: Fact = Fact {
    id: "park_project_special_kind",
    label: t!("是否为独角兽集聚区或中关村前沿技术创新中心项目", "unicorn cluster or Zhongguancun frontier technology centre project"),
    kind: Kind::Choice(&[
        Choice { id: "unicorn_cluster", label: t!("独角兽集聚区项目", "a unicorn cluster project") },
        Choice { id: "frontier_centre", label: t!("中关村前沿技术创新中心项目", "a Zhongguancun frontier technology innovation centre project") },
        Choice { id: "neither", label: t!("都不是", "neither") },
    ]),
    topic: Topic::Parks,
    question: t!(
        "该项目是否为独角兽集聚区项目或中关村前沿技术创新中心项目？",
        "Is the project a unicorn cluster project or a Zhongguancun frontier technology innovation centre project?",
    ),
    help: t!("这两类项目另有条件（7号第五条（二）5.、6.）。", "These two kinds have extra conditions (doc 7, Art. 5(2)5 and 6)."),
};

pub static PARK_FITS_DISTRICT_PLAN: Fact = Fact {
    id: "park_fits_district_plan_and_land_legal",
    label: t!("园区符合所在区功能定位和规划要求、用地手续合法合规", "park fits the district's role and plans, land procedures lawful"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "园区是否符合所在区功能定位和规划要求，且用地手续合法合规？",
        "Does the park fit its district's functional role and planning requirements, with lawful land-use procedures?",
    ),
    help: t!("", ""),
};

pub static PARK_IS_KEY_DEVELOPMENT_PARK: Fact = Fact {
    id: "park_is_key_development_park",
    label: t!(
        "属于市区重点建设发展的园区",
        "a park the city and district develop as a priority"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "园区是否属于市区重点建设发展的园区？",
        "Is the park one the city and district develop as a priority?"
    ),
    help: t!("", ""),
};

pub static DISTRICT_SUPPORT_FOR_PARK: Fact = Fact {
    id: "district_support_policy_for_park",
    label: t!("所在区给予空间、土地、资金、人才等配套支持政策", "district gives matching support (space, land, money, talent)"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "园区所在区是否在空间、土地、资金、人才等方面给予配套支持政策？",
        "Does the park's district give matching support policies for space, land, funding, talent and the like?",
    ),
    help: t!("", ""),
};

pub static UNICORN_CLUSTER_ESTABLISHED: Fact = Fact {
    id: "unicorn_cluster_established_by_district",
    label: t!(
        "所在区已确立建设独角兽集聚区",
        "district has decided to build the unicorn cluster"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "所在区是否已确立建设该独角兽集聚区？",
        "Has the district formally decided to build this unicorn cluster?"
    ),
    help: t!("", ""),
};

pub static UNICORN_CLUSTER_POLICY: Fact = Fact {
    id: "unicorn_cluster_policy_issued",
    label: t!(
        "所在区已出台独角兽专项培育政策",
        "district has issued a dedicated unicorn policy"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "所在区是否已出台独角兽企业专项培育政策？",
        "Has the district issued a dedicated policy for cultivating unicorn companies?"
    ),
    help: t!("", ""),
};

pub static FRONTIER_CENTRE_JOINTLY_ESTABLISHED: Fact = Fact {
    id: "frontier_centre_established_by_city_and_district",
    label: t!("由市区联合确立建设", "established jointly by the city and the district"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "该中关村前沿技术创新中心是否由市区联合确立建设？",
        "Was this Zhongguancun frontier technology innovation centre established jointly by the city and the district?",
    ),
    help: t!("", ""),
};

pub static PARK_PROJECT_TOTAL_INVESTMENT: Fact = Fact {
    id: "park_project_total_investment",
    label: t!("园区建设项目总投资额", "total investment of the park project"),
    kind: Kind::Amount,
    topic: Topic::Parks,
    question: t!("该园区建设项目的总投资额是多少（万元）？", "What is the park project's total investment (万元)?"),
    help: t!(
        "包括设施购置或租赁费、材料购置费、空间改造费、房屋租赁费、运营管理费、服务外协费、人员费用、信息系统建设费、贷款利息等。",
        "Includes buying or leasing facilities, materials, space renovation, rent, operation and management, outsourced services, staff, information systems, loan interest and the like.",
    ),
};

// 第六条 (7.6): renovated existing space.

pub static STOCK_SPACE_FITS_PLAN: Fact = Fact {
    id: "stock_space_fits_plan_and_permits_legal",
    label: t!("存量空间符合区产业布局和规划、改造手续合法合规", "existing space fits district plans, renovation permits lawful"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "存量空间是否符合所在区产业布局和规划要求，且改造、改建手续合法合规？",
        "Does the existing space fit the district's industrial layout and plans, with lawful renovation and rebuilding procedures?",
    ),
    help: t!("", ""),
};

pub static STOCK_SPACE_HAS_PLAN: Fact = Fact {
    id: "stock_space_has_renovation_plan",
    label: t!(
        "有明确的改造、利用规划或方案",
        "a clear renovation and use plan"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "存量空间是否有明确的改造、利用规划或方案？",
        "Is there a clear plan or scheme for renovating and using the existing space?"
    ),
    help: t!("", ""),
};

pub static STOCK_SPACE_FOR_INNOVATION: Fact = Fact {
    id: "stock_space_used_for_innovation",
    label: t!("改造后主要用于承接企业创新、产业发展", "after renovation, mainly for enterprise innovation and industry"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "改造后的空间是否主要用于承接企业创新、产业发展等？",
        "Is the renovated space mainly used to host enterprise innovation, industrial development and the like?",
    ),
    help: t!("", ""),
};

pub static STOCK_SPACE_ACCEPTED_ON: Fact = Fact {
    id: "stock_space_completion_accepted_on",
    label: t!(
        "存量空间改造项目竣工验收日期",
        "completion acceptance date of the renovation"
    ),
    kind: Kind::Date,
    topic: Topic::Parks,
    question: t!(
        "存量空间改造项目完成竣工验收的日期是？",
        "On what date did the renovation pass its completion acceptance?"
    ),
    help: t!(
        "以竣工验收文件上的日期为准。",
        "As on the completion acceptance document."
    ),
};

pub static STOCK_SPACE_IN_USE: Fact = Fact {
    id: "stock_space_in_use",
    label: t!("改造后的空间已投入使用", "renovated space in use"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "改造后的空间是否已投入使用？",
        "Is the renovated space in use?"
    ),
    help: t!("", ""),
};

pub static IS_RENOVATION_INVESTOR: Fact = Fact {
    id: "applicant_is_renovation_investor",
    label: t!("申报单位为存量空间改造提升的投资主体", "applicant is the investor in the renovation"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "申报单位是否为该存量空间改造提升的投资主体（权属方、平台公司或投资参与的社会资本）？",
        "Is the applicant the investor in the renovation (owner, platform company, or private investor that took part)?",
    ),
    help: t!("", ""),
};

pub static RENOVATION_INVESTOR_SOUND: Fact = Fact {
    id: "renovation_investor_sound_management",
    label: t!(
        "运营管理规范、财务制度健全",
        "sound operation and financial management"
    ),
    kind: Kind::Bool,
    topic: Topic::Compliance,
    question: t!(
        "申报单位是否运营管理规范、财务制度健全？",
        "Is the applicant's operation well managed and its financial system sound?"
    ),
    help: t!("", ""),
};

pub static STOCK_SPACE_RENOVATION_INVESTMENT: Fact = Fact {
    id: "stock_space_renovation_investment_last_2_years",
    label: t!(
        "近2年存量空间改造实际投入",
        "actual renovation spend in the last 2 years"
    ),
    kind: Kind::Amount,
    topic: Topic::Parks,
    question: t!(
        "近2年该存量空间改造的实际投入是多少（万元）？",
        "How much was actually spent on renovating the space in the last 2 years (万元)?"
    ),
    help: t!("", ""),
};

// 第七条 (7.7): benchmark incubators and hard-tech cultivation.

pub static INCUBATOR_IN_ZGC_SUBPARK: Fact = Fact {
    id: "incubator_in_zgc_subpark",
    label: t!(
        "孵化器建在中关村示范区分园内",
        "incubator located in a Zhongguancun sub-park"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "拟建设的标杆型孵化器是否位于中关村示范区某一分园内？",
        "Is the benchmark incubator being built in one of the Zhongguancun sub-parks?"
    ),
    help: t!("", ""),
};

pub static INCUBATOR_CORE_TEAM_EXPERIENCE: Fact = Fact {
    id: "incubator_core_team_experience",
    label: t!("核心成员具有跨国公司、龙头企业、投融资机构等工作经历", "core team with multinational, leading-firm or investment experience"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "运营团队是否由孵化人才团队牵头设立，核心成员具有跨国公司、龙头企业、投融资机构等工作经历及项目管理、供应链管理从业经验？",
        "Was the operating team set up and led by incubation professionals, with core members who have worked at multinationals, leading companies or investors and have project-management and supply-chain experience?",
    ),
    help: t!("", ""),
};

pub static INCUBATOR_MARKET_AUTONOMY: Fact = Fact {
    id: "incubator_market_autonomy",
    label: t!("市场化运营机制：治理完善、经营自主", "market-based operation: sound governance, full autonomy"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "机构内部治理结构是否完善，在人员聘用、薪酬制定、经营管理、投资决策等方面具有充分的自主权？",
        "Is the organisation's internal governance sound, with full autonomy over hiring, pay, management and investment decisions?",
    ),
    help: t!("", ""),
};

pub static INCUBATOR_TECH_SERVICE_PLATFORM: Fact = Fact {
    id: "incubator_tech_service_platform",
    label: t!("开放共享的专业技术服务平台", "an open, shared technical service platform"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "是否已搭建开放共享的专业技术服务平台，提供技术研发、概念验证、小试中试、检验检测等服务？",
        "Has it built an open, shared technical service platform offering R&D, proof of concept, pilot testing, inspection and testing?",
    ),
    help: t!("相关服务能力突出的，可适当放宽对专业技术服务平台的要求。", "Where its other services are outstanding, the platform requirement may be relaxed."),
};

pub static HARD_TECH_TEAMS_INCUBATED: Fact = Fact {
    id: "hard_tech_teams_incubated_or_reserved",
    label: t!(
        "已培育或储备的优质硬科技企业团队数",
        "quality hard-tech firms or teams incubated or in the pipeline"
    ),
    kind: Kind::Count,
    topic: Topic::Parks,
    question: t!(
        "已培育或储备的优质硬科技企业团队有多少家（个）？",
        "How many quality hard-tech firms or teams has the organisation incubated or lined up?",
    ),
    help: t!("", ""),
};

pub static BENCHMARK_INCUBATOR_CLASS: Fact = Fact {
    id: "benchmark_incubator_class",
    label: t!("标杆型孵化器类别", "benchmark incubator class"),
    kind: Kind::Choice(&[
        Choice { id: "leading", label: t!("引领类", "leading (引领类)") },
        Choice { id: "cultivating", label: t!("培育类", "cultivating (培育类)") },
    ]),
    topic: Topic::Parks,
    question: t!("申报的标杆型孵化器属于引领类还是培育类？", "Is the benchmark incubator applying as a leading (引领类) or a cultivating (培育类) one?"),
    help: t!(
        "类别最终由评审根据标杆型孵化器建设发展情况确定；此处填写拟申报的类别。",
        "The class is finally set by review from the incubator's development; answer the class you apply for.",
    ),
};

pub static HARD_TECH_FIRMS_CULTIVATED: Fact = Fact {
    id: "hard_tech_firms_cultivated_this_year",
    label: t!("当年培育的国家高新技术企业、金种子企业、专精特新企业和独角兽企业等数量", "high-tech, Golden Seed, specialised (专精特新) and unicorn firms cultivated in the year"),
    kind: Kind::Count,
    topic: Topic::Parks,
    question: t!(
        "当年（申报通知所指年度）培育的国家高新技术企业、金种子企业、“专精特新”企业和独角兽企业等共有多少家？",
        "How many national high-tech, Golden Seed, specialised and sophisticated (专精特新) and unicorn firms and the like did the organisation cultivate in the year (the year the application notice names)?",
    ),
    help: t!("", ""),
};

pub static IN_BENCHMARK_SUPPORT_PERIOD: Fact = Fact {
    id: "in_benchmark_incubator_support_period",
    label: t!("处于标杆型孵化器支持期内", "inside a benchmark-incubator support period"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "申报单位目前是否处于标杆型孵化器（7号第七条）支持期内？",
        "Is the applicant currently inside a benchmark-incubator support period (doc 7, Art. 7)?",
    ),
    help: t!("处于支持期内的单位不能申报培育优秀硬科技企业支持。", "An organisation inside the support period may not apply for the hard-tech cultivation award."),
};

// 第八条 (7.8): university science parks.

pub static SCIENCE_PARK_SET_UP_BY_UNIVERSITY: Fact = Fact {
    id: "science_park_set_up_by_university",
    label: t!(
        "依托大学设立的大学科技园",
        "a university science park set up on a university"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "申报的大学科技园是否依托大学设立？",
        "Is the science park applying set up on and around a university (依托大学设立)?"
    ),
    help: t!("", ""),
};

pub static SCIENCE_PARK_FUTURE_FIRMS_NEARBY: Fact = Fact {
    id: "science_park_future_industry_firms_nearby",
    label: t!("持续培育出未来产业领域企业并在周边落地", "keeps producing future-industry firms that settle nearby"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "大学科技园是否持续培育出未来产业领域的企业，并在周边实现落地？",
        "Does the science park keep producing companies in future industries that then settle nearby?",
    ),
    help: t!("", ""),
};

pub static SCIENCE_PARK_PROJECT_TOTAL_INVESTMENT: Fact = Fact {
    id: "science_park_project_total_investment",
    label: t!("大学科技园项目总投资额", "total investment of the science-park project"),
    kind: Kind::Amount,
    topic: Topic::Parks,
    question: t!("大学科技园建设项目的总投资额是多少（万元）？", "What is the science-park project's total investment (万元)?"),
    help: t!(
        "包括设施购置或租赁费、材料购置费、空间改造费、房屋租赁费、运营管理费、服务外协费、人员费用、信息系统建设费、贷款利息等。",
        "Includes buying or leasing facilities, materials, space renovation, rent, operation and management, outsourced services, staff, information systems, loan interest and the like.",
    ),
};

// 第九条 (7.9): professional park operators.

pub static OPERATOR_SERVES_SUBPARK_INDUSTRY: Fact = Fact {
    id: "operator_serves_subpark_leading_industry",
    label: t!("聚焦分园主导产业提供专业服务", "serves the sub-park's leading industries"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "运营服务机构是否聚焦中关村示范区分园主导产业提供专业服务？",
        "Does the operator provide professional services focused on its Zhongguancun sub-park's leading industries?",
    ),
    help: t!("", ""),
};

pub static OPERATOR_AGREEMENT: Fact = Fact {
    id: "operator_agreement_with_targets",
    label: t!("与区政府、分园管理机构等签订合作协议并明确绩效目标", "cooperation agreement with performance targets signed with the district or sub-park"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "运营服务机构是否与所在区政府、分园管理机构或其他相关职能单位签订合作协议、明确绩效目标？",
        "Has the operator signed a cooperation agreement with set performance targets with its district government, sub-park administration or another competent body?",
    ),
    help: t!("", ""),
};

pub static OPERATOR_INTRODUCED_BY_CITY: Fact = Fact {
    id: "operator_introduced_by_city",
    label: t!(
        "由市政府及市级相关部门引入设立",
        "brought in and set up by the city government or its departments"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "运营服务机构是否由市政府及市级相关部门引入设立？",
        "Was the operator brought in and set up by the city government or a municipal department?",
    ),
    help: t!("", ""),
};

pub static OPERATOR_DISTRICT_EQUITY: Fact = Fact {
    id: "operator_district_equity_stake",
    label: t!(
        "区政府以股权投资方式出资入股",
        "district government holds equity in it"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "区政府是否以股权投资方式对运营服务机构出资入股？",
        "Has the district government invested in the operator as a shareholder?",
    ),
    help: t!("", ""),
};

pub static OPERATOR_PROJECT_TOTAL_INVESTMENT: Fact = Fact {
    id: "operator_project_total_investment",
    label: t!("园区运营服务项目总投资额", "total investment of the park-operation project"),
    kind: Kind::Amount,
    topic: Topic::Parks,
    question: t!("运营服务项目的总投资额是多少（万元）？", "What is the operation project's total investment (万元)?"),
    help: t!(
        "包括设施购置或租赁费、材料购置费、空间改造费、房屋租赁费、运营管理费、服务外协费、人员费用、信息系统建设费、活动组织费、会议费、专家咨询费、印刷费、贷款利息等。",
        "Includes facilities, materials, space renovation, rent, operation and management, outsourced services, staff, information systems, events, meetings, expert advice, printing, loan interest and the like.",
    ),
};

// 第十条 (7.10): an enterprise settling in a sub-park.

pub static FITS_SUBPARK_LEADING_INDUSTRY: Fact = Fact {
    id: "fits_subpark_leading_industry",
    label: t!(
        "符合所在分园主导产业定位",
        "fits its sub-park's leading industries"
    ),
    kind: Kind::Bool,
    topic: Topic::Company,
    question: t!(
        "企业是否符合所在中关村示范区分园的主导产业定位？",
        "Does the company fit the leading industries of its Zhongguancun sub-park?"
    ),
    help: t!("", ""),
};

pub static SAME_SUBPARK: Fact = Fact {
    id: "registered_and_operating_in_same_subpark",
    label: t!("注册地和实际经营地址均在同一分园范围内", "registered and operating in the same sub-park"),
    kind: Kind::Bool,
    topic: Topic::Company,
    question: t!(
        "企业的注册地和实际经营地址是否均在中关村示范区同一分园范围内？",
        "Are the company's registered address and its actual place of business both inside the same Zhongguancun sub-park?",
    ),
    help: t!("", ""),
};

pub static SUBPARK_SUPPORT_FOR_ENTERPRISE: Fact = Fact {
    id: "subpark_support_for_enterprise",
    label: t!("所在分园给予落地企业配套支持", "sub-park gives the company matching support"),
    kind: Kind::Bool,
    topic: Topic::Company,
    question: t!(
        "所在分园是否在空间、土地、资金、人才、政策等方面给予企业配套支持？",
        "Does the sub-park give the company matching support in space, land, funding, talent, policy and the like?",
    ),
    help: t!("", ""),
};

pub static MASTERS_KEY_CORE_TECHNOLOGY: Fact = Fact {
    id: "masters_key_core_technology",
    label: t!("掌握关键核心技术", "masters key core technology"),
    kind: Kind::Bool,
    topic: Topic::Ip,
    question: t!(
        "企业是否掌握关键核心技术？",
        "Does the company master key core technology?"
    ),
    help: t!("", ""),
};

// 第十一条 (7.11): innovation exchange events.

pub static EVENT_HOSTED_BY_PARK: Fact = Fact {
    id: "event_hosted_or_organised",
    label: t!("主办或承办该活动", "hosts or organises the event"),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "申报单位是否主办或承办该论坛会议、展览展示、赛事路演等活动？",
        "Does the applicant host or organise the event (forum, conference, exhibition, competition or roadshow)?",
    ),
    help: t!("", ""),
};

pub static EVENT_RELATED_TO_PARK_INDUSTRY: Fact = Fact {
    id: "event_related_to_park_industry",
    label: t!(
        "活动与园区主导产业相关",
        "event relates to the park's leading industries"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "活动是否与园区主导产业相关？",
        "Does the event relate to the park's leading industries?"
    ),
    help: t!("", ""),
};

pub static EVENT_APPROVALS_COMPLETE: Fact = Fact {
    id: "event_approvals_complete",
    label: t!(
        "活动批准、授权、备案等手续完备",
        "event approvals, authorisations and filings complete"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "活动的批准、授权、备案等相关手续是否完备？",
        "Are the event's approvals, authorisations, filings and similar procedures complete?"
    ),
    help: t!("", ""),
};

pub static EVENT_IMPLEMENTATION_PLAN: Fact = Fact {
    id: "event_implementation_plan",
    label: t!(
        "已制定活动组织实施方案",
        "an implementation plan for the event"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "是否已制定活动组织实施方案？",
        "Has an organisation and implementation plan been drawn up for the event?"
    ),
    help: t!("", ""),
};

pub static EVENT_NOTABLE_PARTICIPANTS: Fact = Fact {
    id: "event_notable_participants",
    label: t!(
        "有知名专家学者、投资机构、企业等参加",
        "well-known experts, investors and companies take part"
    ),
    kind: Kind::Bool,
    topic: Topic::Parks,
    question: t!(
        "活动是否有知名专家学者、投资机构、企业等参加？",
        "Do well-known experts and scholars, investors, companies and the like take part?"
    ),
    help: t!("", ""),
};

/// This 办法's own facts, in asking order.
pub static FACTS: &[&Fact] = &[
    &PARK_PROJECT_CONTENT,
    &PARK_PROJECT_SPECIAL_KIND,
    &PARK_FITS_DISTRICT_PLAN,
    &PARK_IS_KEY_DEVELOPMENT_PARK,
    &DISTRICT_SUPPORT_FOR_PARK,
    &UNICORN_CLUSTER_ESTABLISHED,
    &UNICORN_CLUSTER_POLICY,
    &FRONTIER_CENTRE_JOINTLY_ESTABLISHED,
    &PARK_PROJECT_TOTAL_INVESTMENT,
    &STOCK_SPACE_FITS_PLAN,
    &STOCK_SPACE_HAS_PLAN,
    &STOCK_SPACE_FOR_INNOVATION,
    &STOCK_SPACE_ACCEPTED_ON,
    &STOCK_SPACE_IN_USE,
    &IS_RENOVATION_INVESTOR,
    &RENOVATION_INVESTOR_SOUND,
    &STOCK_SPACE_RENOVATION_INVESTMENT,
    &INCUBATOR_IN_ZGC_SUBPARK,
    &INCUBATOR_CORE_TEAM_EXPERIENCE,
    &INCUBATOR_MARKET_AUTONOMY,
    &INCUBATOR_TECH_SERVICE_PLATFORM,
    &HARD_TECH_TEAMS_INCUBATED,
    &BENCHMARK_INCUBATOR_CLASS,
    &HARD_TECH_FIRMS_CULTIVATED,
    &IN_BENCHMARK_SUPPORT_PERIOD,
    &SCIENCE_PARK_SET_UP_BY_UNIVERSITY,
    &SCIENCE_PARK_FUTURE_FIRMS_NEARBY,
    &SCIENCE_PARK_PROJECT_TOTAL_INVESTMENT,
    &OPERATOR_SERVES_SUBPARK_INDUSTRY,
    &OPERATOR_AGREEMENT,
    &OPERATOR_INTRODUCED_BY_CITY,
    &OPERATOR_DISTRICT_EQUITY,
    &OPERATOR_PROJECT_TOTAL_INVESTMENT,
    &FITS_SUBPARK_LEADING_INDUSTRY,
    &SAME_SUBPARK,
    &SUBPARK_SUPPORT_FOR_ENTERPRISE,
    &MASTERS_KEY_CORE_TECHNOLOGY,
    &EVENT_HOSTED_BY_PARK,
    &EVENT_RELATED_TO_PARK_INDUSTRY,
    &EVENT_APPROVALS_COMPLETE,
    &EVENT_IMPLEMENTATION_PLAN,
    &EVENT_NOTABLE_PARTICIPANTS,
];

/// This 办法's measures, in article order.
pub static MEASURES: &[&Measure] = &[&M7_5, &M7_6, &M7_7, &M7_8, &M7_9, &M7_10, &M7_11];

// ---- Readings shared by the three multi-year pre-subsidies (7.5, 7.8, 7.9) --------------------

/// "支持周期一般不超过3年,按照不超过项目总投资额X%的比例,给予最高不超过Y万元": the share of the
/// total investment limits the support over the whole cycle (all years together), not each year;
/// within that limit each year keeps its own cap. Years 2 and 3 depend on the annual performance
/// review, so they are caps, not promises. "一般" (as a rule) is read as a three-year schedule.
pub const READING_7_CYCLE_SHARE: T = t!(
    "“按照不超过项目总投资额X%的比例”理解为对整个支持周期（各年合计）的限制，而非每年；在此限额内各年仍受各自上限约束。第二、三年须根据年度绩效考核结果确定，显示为上限。“支持周期一般不超过3年”按3年计。",
    "\"No more than X% of the project's total investment\" is read as a limit on the whole support cycle (all years together), not on each year; within it each year keeps its own cap. Years 2 and 3 depend on the annual performance review and are shown as caps. The cycle \"as a rule no more than 3 years\" is counted as 3 years.",
);

// =================================================================================================
// 第五条 支持高品质科技园区建设。
// =================================================================================================

const A5: T = t!("7号 第五条", "Doc 7, Art. 5");

/// The article supports "园区" (the park itself); the one who applies for a park is its
/// investment/construction or operating unit, which 第四条 names.
pub const READING_7_5_APPLICANT: T = t!(
    "支持内容“支持园区……”理解为由园区投资建设或运营单位（第四条所列）作为项目申报单位。",
    "\"Supports parks…\" is read as: the park's investment/construction or operating unit (named in Art. 4) applies for the project.",
);

pub static M7_5: Measure = Measure {
    id: "7.5",
    doc: &DOC,
    article: A5,
    title: t!("支持高品质科技园区建设", "High-quality science parks"),
    content: t!(
        "围绕中关村示范区分园主导产业定位,加强园区产业服务设施和公共服务设施建设,优化提升园区智慧化服务管理水平,打造特色鲜明、功能完备、配套完善的产业承载空间,促进园区高端化、专业化、集约化发展。\n1. 产业服务设施建设。支持园区围绕特色产业,自建、引进或与园区内企业共建高精尖产业协同创新平台、共享实验室、中试生产线等产业服务设施,为园区内企业提供低成本、便利化、开放式的研发、设计、测试、检验、中试等专业化服务。\n2. 公共服务设施建设。支持园区新建或升级共享展厅、路演厅、高品质公共交流空间、政务服务站点等公共服务设施,不断提升园区公共服务能力。\n3. 智能化升级改造。支持园区加快计算中心、算力中心、工业互联网、物联网等信息设施建设,更好满足入驻企业对信息服务的需求。支持采用人工智能、区块链、物联网等新一代信息技术,建设园区大脑、数字孪生园区,不断提升园区运营管理的智能化、精细化水平。",
        "Around the leading industries of each Zhongguancun sub-park, strengthens parks' industry service facilities and public service facilities and their smart service and management, to build distinctive, fully functional, well-equipped space for industry and make parks more high-end, specialised and intensive.\n1. Industry service facilities: parks build themselves, bring in, or build with their companies high-end joint innovation platforms, shared laboratories, pilot production lines and similar facilities around their featured industries, giving their companies low-cost, convenient, open R&D, design, testing, inspection and pilot services.\n2. Public service facilities: parks build or upgrade shared showrooms, roadshow halls, high-quality public exchange spaces, government service points and similar facilities, to raise their public services.\n3. Smart upgrading: parks speed up computing centres, computing-power centres, industrial internet, internet of things and other information facilities to meet their companies' needs; and use AI, blockchain, IoT and other new-generation IT to build a park brain or digital-twin park, making park operation smarter and finer.",
    ),
    conditions_text: t!(
        "1. 园区符合所在区功能定位和规划要求,用地手续合法合规,属于市区重点建设发展的园区。所在区需在空间、土地、资金、人才等方面给予配套支持政策。\n2. 园区发展建设规划明确,产业定位清晰,区位优势明显,具备一定的空间规模和产业承载能力。\n3. 项目建设内容清晰、目标合理,能够形成良好的产业生态,产生显著的经济社会效益,具有较强的示范、带动作用。\n4. 项目申报单位具有一定的投资建设能力或专业服务能力,建立较为完善的运行机制,管理制度健全。\n5. 独角兽集聚区项目,所在区已确立建设,并出台专项培育政策;重点引入创新能力强、成长速度快、引领和支撑高精尖产业发展的独角兽企业。\n6. 中关村前沿技术创新中心项目,应由市区联合确立建设,重点引入所属分园重点产业领域掌握自主知识产权的前沿技术企业。",
        "1. The park fits its district's functional role and planning requirements, its land-use procedures are lawful, and it is a park the city and district develop as a priority. The district must give matching support policies for space, land, funding, talent and the like.\n2. The park has a clear development plan, a clear industrial positioning, evident locational advantages, and a certain spatial scale and capacity to host industry.\n3. The project's content is clear and its goals reasonable; it can form a good industrial ecosystem, produce marked economic and social benefits, and set a strong example.\n4. The applicant has a certain capacity to invest and build or to provide professional services, a fairly complete operating mechanism and sound management rules.\n5. For a unicorn cluster project, the district has decided to build it and has issued a dedicated cultivation policy; it focuses on bringing in unicorns that are highly innovative, fast-growing, and lead and support high-end industries.\n6. A Zhongguancun frontier technology innovation centre project must be established jointly by the city and the district, and focus on bringing in frontier technology companies with their own IP in the sub-park's key industries.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过3年,按照不超过项目总投资额50%的比例,给予最高不超过5000万元的资金支持。第一年给予不超过2000万元资金支持,第二、三年根据年度绩效考核结果,每年给予不超过1500万元资金支持。项目总投资额包括设施购置或租赁费、材料购置费、空间改造费、房屋租赁费、运营管理费、服务外协费、人员费用、信息系统建设费、贷款利息等。",
        "Advance subsidy over a cycle of, as a rule, no more than 3 years: no more than 50% of the project's total investment, up to 50 million CNY (5,000 万元) in all. Year 1: up to 2,000 万元; years 2 and 3, by the annual performance review: up to 1,500 万元 each. Total investment includes buying or leasing facilities, materials, space renovation, rent, operation and management, outsourced services, staff, information systems, loan interest and the like.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: &["park_operator"],
    routes: &[Route {
        id: "",
        title: t!("高品质科技园区建设项目", "High-quality science park project"),
        conditions: Condition::All(&[
            // （一）1. 产业服务设施建设 … 2. 公共服务设施建设 … 3. 智能化升级改造 …
            hard(
                t!("7号 第五条（一）", "Doc 7, Art. 5(1)"),
                t!(
                    "产业服务设施建设……公共服务设施建设……智能化升级改造",
                    "industry service facilities … public service facilities … smart upgrading",
                ),
                Test::OneOf(&PARK_PROJECT_CONTENT, &["industry_service_facilities", "public_service_facilities", "smart_upgrade"]),
            )
            .read_as(READING_7_5_APPLICANT),
            // 1. 园区符合所在区功能定位和规划要求,用地手续合法合规,
            attested(
                t!("7号 第五条（二）1.", "Doc 7, Art. 5(2)1"),
                t!(
                    "园区符合所在区功能定位和规划要求,用地手续合法合规",
                    "the park fits its district's functional role and planning requirements, and its land-use procedures are lawful",
                ),
                Test::Yes(&PARK_FITS_DISTRICT_PLAN),
            ),
            // 属于市区重点建设发展的园区。
            hard(
                t!("7号 第五条（二）1.", "Doc 7, Art. 5(2)1"),
                t!("属于市区重点建设发展的园区", "a park the city and district develop as a priority"),
                Test::Yes(&PARK_IS_KEY_DEVELOPMENT_PARK),
            ),
            // 所在区需在空间、土地、资金、人才等方面给予配套支持政策。
            hard(
                t!("7号 第五条（二）1.", "Doc 7, Art. 5(2)1"),
                t!(
                    "所在区需在空间、土地、资金、人才等方面给予配套支持政策",
                    "the district must give matching support policies for space, land, funding, talent and the like",
                ),
                Test::Yes(&DISTRICT_SUPPORT_FOR_PARK),
            ),
            // 2. 园区发展建设规划明确,产业定位清晰,区位优势明显,具备一定的空间规模和产业承载能力。
            judgement(
                t!("7号 第五条（二）2.", "Doc 7, Art. 5(2)2"),
                t!(
                    "园区发展建设规划明确,产业定位清晰,区位优势明显,具备一定的空间规模和产业承载能力",
                    "a clear development plan and industrial positioning, evident locational advantages, a certain scale and capacity to host industry",
                ),
            ),
            // 3. 项目建设内容清晰、目标合理,能够形成良好的产业生态,产生显著的经济社会效益,具有较强的示范、带动作用。
            judgement(
                t!("7号 第五条（二）3.", "Doc 7, Art. 5(2)3"),
                t!(
                    "项目建设内容清晰、目标合理,能够形成良好的产业生态,产生显著的经济社会效益,具有较强的示范、带动作用",
                    "clear content and reasonable goals, a good industrial ecosystem, marked economic and social benefits, a strong example",
                ),
            ),
            // 4. 项目申报单位具有一定的投资建设能力或专业服务能力,建立较为完善的运行机制,管理制度健全。
            judgement(
                t!("7号 第五条（二）4.", "Doc 7, Art. 5(2)4"),
                t!(
                    "项目申报单位具有一定的投资建设能力或专业服务能力,建立较为完善的运行机制,管理制度健全",
                    "the applicant has a certain capacity to invest and build or to serve, a fairly complete operating mechanism and sound management rules",
                ),
            ),
            // 5. 独角兽集聚区项目,所在区已确立建设,并出台专项培育政策;重点引入……独角兽企业。
            Condition::Any(&[
                Condition::Not(&hard(
                    t!("7号 第五条（二）5.", "Doc 7, Art. 5(2)5"),
                    t!("独角兽集聚区项目", "a unicorn cluster project"),
                    Test::OneOf(&PARK_PROJECT_SPECIAL_KIND, &["unicorn_cluster"]),
                )),
                Condition::All(&[
                    hard(
                        t!("7号 第五条（二）5.", "Doc 7, Art. 5(2)5"),
                        t!("所在区已确立建设", "the district has decided to build it"),
                        Test::Yes(&UNICORN_CLUSTER_ESTABLISHED),
                    ),
                    hard(
                        t!("7号 第五条（二）5.", "Doc 7, Art. 5(2)5"),
                        t!("并出台专项培育政策", "and has issued a dedicated cultivation policy"),
                        Test::Yes(&UNICORN_CLUSTER_POLICY),
                    ),
                    judgement(
                        t!("7号 第五条（二）5.", "Doc 7, Art. 5(2)5"),
                        t!(
                            "重点引入创新能力强、成长速度快、引领和支撑高精尖产业发展的独角兽企业",
                            "focuses on bringing in highly innovative, fast-growing unicorns that lead and support high-end industries",
                        ),
                    ),
                ]),
            ]),
            // 6. 中关村前沿技术创新中心项目,应由市区联合确立建设,重点引入……前沿技术企业。
            Condition::Any(&[
                Condition::Not(&hard(
                    t!("7号 第五条（二）6.", "Doc 7, Art. 5(2)6"),
                    t!("中关村前沿技术创新中心项目", "a Zhongguancun frontier technology innovation centre project"),
                    Test::OneOf(&PARK_PROJECT_SPECIAL_KIND, &["frontier_centre"]),
                )),
                Condition::All(&[
                    hard(
                        t!("7号 第五条（二）6.", "Doc 7, Art. 5(2)6"),
                        t!("应由市区联合确立建设", "must be established jointly by the city and the district"),
                        Test::Yes(&FRONTIER_CENTRE_JOINTLY_ESTABLISHED),
                    ),
                    judgement(
                        t!("7号 第五条（二）6.", "Doc 7, Art. 5(2)6"),
                        t!(
                            "重点引入所属分园重点产业领域掌握自主知识产权的前沿技术企业",
                            "focuses on bringing in frontier technology companies with their own IP in the sub-park's key industries",
                        ),
                    ),
                ]),
            ]),
        ]),
        // 按照不超过项目总投资额50%的比例,给予最高不超过5000万元;第一年不超过2000万元,第二、三年每年不超过1500万元。
        amount: Amount::Schedule {
            years: &[
                Year { year: 1, cap: dec!(2000), equity: false, note: t!("第一年给予不超过2000万元资金支持", "year 1: up to 2,000 万元") },
                Year {
                    year: 2,
                    cap: dec!(1500),
                    equity: false,
                    note: t!("第二、三年根据年度绩效考核结果,每年给予不超过1500万元资金支持", "year 2, by the annual performance review: up to 1,500 万元"),
                },
                Year {
                    year: 3,
                    cap: dec!(1500),
                    equity: false,
                    note: t!("第二、三年根据年度绩效考核结果,每年给予不超过1500万元资金支持", "year 3, by the annual performance review: up to 1,500 万元"),
                },
            ],
            total: Some(dec!(5000)),
            limit: Some(&Amount::Rate { rate: dec!(50), base: &PARK_PROJECT_TOTAL_INVESTMENT, cap: None }),
        },
        amount_cite: t!("7号 第五条（三）", "Doc 7, Art. 5(3)"),
        amount_clause: t!(
            "按照不超过项目总投资额50%的比例,给予最高不超过5000万元的资金支持。第一年给予不超过2000万元资金支持,第二、三年根据年度绩效考核结果,每年给予不超过1500万元资金支持。",
            "no more than 50% of total investment, up to 5,000 万元 in all; year 1 up to 2,000 万元; years 2 and 3, by the annual performance review, up to 1,500 万元 each",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_5_APPLICANT, READING_7_CYCLE_SHARE],
    notice: None,
};

// =================================================================================================
// 第六条 支持改造提升存量空间。
// =================================================================================================

const A6: T = t!("7号 第六条", "Doc 7, Art. 6");

/// 支持内容 names three kinds of investor (权属方, 市区两级平台公司, 社会资本) and （二）4. requires
/// the applicant to be the renovation's 投资主体. 第四条 still applies: a platform company or an
/// investor that builds or runs the space applies as a park investment/construction or operating
/// unit; any other enterprise (an owner of a building or factory) needs high-tech status.
pub const READING_7_6_APPLICANT: T = t!(
    "支持内容所列权属方、市区两级平台公司、社会资本，须为存量空间改造提升的投资主体；按第四条，平台公司及投资建设或运营该空间的单位作为园区投资建设或运营单位申报，其他企业（楼宇、厂房权属方等）须为国家或中关村高新技术企业。",
    "The owners, city and district platform companies and private investors named in 支持内容 must be the renovation's investor; under Art. 4, platform companies and those who invest in, build or run the space apply as park investment/construction or operating units, and any other enterprise (an owner of a building or factory) must be a national or Zhongguancun high-tech enterprise.",
);

/// "近2年内完成竣工验收": the two years run back from the assessment date (民法典 第二百零一条);
/// a date after the assessment date is not yet a completion.
pub const READING_7_6_COMPLETION: T = t!(
    "“近2年内完成竣工验收”按评估日往前2年计算（含当日对应日），竣工验收日期不得晚于评估日。",
    "\"Completion accepted within the last 2 years\" counts 2 years back from the assessment date (the corresponding day included); an acceptance date after the assessment date is not yet a completion.",
);

fn accepted_by_assessment_date(ctx: &Ctx) -> Outcome {
    Outcome::from_option(
        ctx.profile
            .date(&STOCK_SPACE_ACCEPTED_ON)
            .map(|d| d <= ctx.date),
    )
}

pub static M7_6: Measure = Measure {
    id: "7.6",
    doc: &DOC,
    article: A6,
    title: t!("支持改造提升存量空间", "Renovating existing space"),
    content: t!(
        "支持合理开发利用存量空间资源,优化调整低效空间资源,通过“腾笼换鸟”等方式进行改造提升,打造集中连片的科技产业园区。\n1.支持各类园区、楼宇、厂房等的权属方通过改建、扩建等方式,开展存量空间改造,开发利用闲置、低效空间资源,提升空间综合功能和利用水平。\n2.支持市区两级平台公司通过收购、回购、并购重组、整体承租等方式,对存量空间资源进行统一规划、统一改造、统一运营,促进空间规模化、集约化利用。\n3.支持社会资本投资参与存量空间盘活利用的设计、改造、运营等。",
        "Supports the sound use of existing space and the rework of inefficient space, renovated and upgraded by \"emptying the cage to change the bird\" and similar means, to build contiguous science and industry parks.\n1. Owners of parks, buildings, factories and the like renovate existing space by rebuilding or extending it, put idle and inefficient space to use, and improve its functions and use.\n2. City and district platform companies acquire, buy back, merge and restructure, or lease whole existing spaces, and plan, renovate and run them as one, for larger-scale, intensive use.\n3. Private capital invests in the design, renovation and operation of revitalised existing space.",
    ),
    conditions_text: t!(
        "1.存量空间应符合所在区产业布局和规划要求,改造、改建手续合法合规。\n2.存量空间应有明确的改造、利用规划或方案,改造后的空间应主要用于承接企业创新、产业发展等。\n3.项目应为近2年内完成竣工验收并投入使用。\n4.项目申报单位应为存量空间改造提升的投资主体,运营管理规范、财务制度健全。",
        "1. The existing space fits the district's industrial layout and plans, and its renovation and rebuilding procedures are lawful.\n2. The space has a clear renovation and use plan or scheme, and after renovation is mainly used to host enterprise innovation, industrial development and the like.\n3. The project passed its completion acceptance and went into use within the last 2 years.\n4. The applicant is the investor in the renovation, with well-managed operations and a sound financial system.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,综合评估项目建设规划、资金投入、功能布局、使用效益等情况,按照近2年改造实际投入30%的比例,给予不超过1000万元资金支持。支持资金用于空间的持续升级改造、完善配套设施、搭建专业平台以及开展运营服务等。",
        "Post-subsidy, after an overall assessment of the project's plan, investment, functional layout and use: 30% of the actual renovation spend in the last 2 years, up to 10 million CNY (1,000 万元). The money is for further upgrading, supporting facilities, professional platforms and operating services.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["park_operator", "enterprise"],
    routes: &[Route {
        id: "",
        title: t!("存量空间改造提升项目", "Renovation of existing space"),
        conditions: Condition::All(&[
            // 1.存量空间应符合所在区产业布局和规划要求,改造、改建手续合法合规。
            attested(
                t!("7号 第六条（二）1.", "Doc 7, Art. 6(2)1"),
                t!(
                    "存量空间应符合所在区产业布局和规划要求,改造、改建手续合法合规",
                    "the space fits the district's industrial layout and plans; renovation and rebuilding procedures are lawful",
                ),
                Test::Yes(&STOCK_SPACE_FITS_PLAN),
            ),
            // 2.存量空间应有明确的改造、利用规划或方案,
            attested(
                t!("7号 第六条（二）2.", "Doc 7, Art. 6(2)2"),
                t!("存量空间应有明确的改造、利用规划或方案", "the space has a clear renovation and use plan or scheme"),
                Test::Yes(&STOCK_SPACE_HAS_PLAN),
            ),
            // 改造后的空间应主要用于承接企业创新、产业发展等。
            attested(
                t!("7号 第六条（二）2.", "Doc 7, Art. 6(2)2"),
                t!("改造后的空间应主要用于承接企业创新、产业发展等", "after renovation it is mainly used to host enterprise innovation, industrial development and the like"),
                Test::Yes(&STOCK_SPACE_FOR_INNOVATION),
            ),
            // 3.项目应为近2年内完成竣工验收并投入使用。
            hard(
                t!("7号 第六条（二）3.", "Doc 7, Art. 6(2)3"),
                t!("项目应为近2年内完成竣工验收", "the project passed its completion acceptance within the last 2 years"),
                Test::WithinYears(&STOCK_SPACE_ACCEPTED_ON, 2),
            )
            .read_as(READING_7_6_COMPLETION),
            hard(
                t!("7号 第六条（二）3.", "Doc 7, Art. 6(2)3"),
                t!("完成竣工验收", "completion acceptance passed"),
                Test::Custom {
                    facts: &[&STOCK_SPACE_ACCEPTED_ON],
                    what: t!("竣工验收日期不晚于评估日", "the acceptance date is no later than the assessment date"),
                    eval: accepted_by_assessment_date,
                },
            )
            .read_as(READING_7_6_COMPLETION),
            hard(
                t!("7号 第六条（二）3.", "Doc 7, Art. 6(2)3"),
                t!("并投入使用", "and went into use"),
                Test::Yes(&STOCK_SPACE_IN_USE),
            ),
            // 4.项目申报单位应为存量空间改造提升的投资主体,
            hard(
                t!("7号 第六条（二）4.", "Doc 7, Art. 6(2)4"),
                t!("项目申报单位应为存量空间改造提升的投资主体", "the applicant is the investor in the renovation"),
                Test::Yes(&IS_RENOVATION_INVESTOR),
            )
            .read_as(READING_7_6_APPLICANT),
            // 运营管理规范、财务制度健全。
            attested(
                t!("7号 第六条（二）4.", "Doc 7, Art. 6(2)4"),
                t!("运营管理规范、财务制度健全", "well-managed operations and a sound financial system"),
                Test::Yes(&RENOVATION_INVESTOR_SOUND),
            ),
            // （三）综合评估项目建设规划、资金投入、功能布局、使用效益等情况
            judgement(
                t!("7号 第六条（三）", "Doc 7, Art. 6(3)"),
                t!(
                    "综合评估项目建设规划、资金投入、功能布局、使用效益等情况",
                    "an overall assessment of the project's plan, investment, functional layout and use",
                ),
            ),
        ]),
        // 按照近2年改造实际投入30%的比例,给予不超过1000万元资金支持。
        amount: Amount::Rate { rate: dec!(30), base: &STOCK_SPACE_RENOVATION_INVESTMENT, cap: Some(dec!(1000)) },
        amount_cite: t!("7号 第六条（三）", "Doc 7, Art. 6(3)"),
        amount_clause: t!(
            "按照近2年改造实际投入30%的比例,给予不超过1000万元资金支持",
            "30% of the actual renovation spend in the last 2 years, up to 1,000 万元",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_6_APPLICANT, READING_7_6_COMPLETION],
    notice: None,
};

// =================================================================================================
// 第七条 支持建设标杆型孵化器。
// =================================================================================================

const A7: T = t!("7号 第七条", "Doc 7, Art. 7");

/// （二）1.(3) ends "相关服务能力突出的,可适当放宽对专业技术服务平台的要求": an exception the
/// reviewers grant. Without a platform the route is not failed; it waits on their judgement.
pub const READING_7_7_PLATFORM: T = t!(
    "（二）1.(3)“相关服务能力突出的,可适当放宽对专业技术服务平台的要求”：未搭建专业技术服务平台的，不判为不符合，由评审决定是否放宽。",
    "Art. 7(2)1(3) lets reviewers relax the platform requirement where the other services are outstanding: without a platform the route is not failed but left to review.",
);

/// The class (引领类 / 培育类) is set by the agency "根据标杆型孵化器建设发展情况"; the class the
/// applicant applies for picks the schedule. Unanswered, the higher (引领类) caps are shown.
pub const READING_7_7_CLASS: T = t!(
    "引领类、培育类由评审根据标杆型孵化器建设发展情况确定；金额按申报单位拟申报的类别计算，未填写时按引领类上限显示。",
    "The class (leading or cultivating) is set by review from the incubator's development; the amount follows the class applied for, and the leading class's caps are shown while it is unanswered.",
);

/// "当年培育…不少于5家": a post-subsidy for results achieved, so "当年" is read as the year the
/// application covers, as the year's 申报通知 sets it (normally the last calendar year).
pub const READING_7_7_THIS_YEAR: T = t!(
    "“当年培育”理解为申报通知所指的年度（通常为申报前一个完整年度）内培育的企业数量。",
    "\"Cultivated in the year\" is read as the firms cultivated in the year the application notice names (normally the last full year before applying).",
);

/// "(不含处于标杆型孵化器支持期内的单位)" sits in the second route's sentence only: it excludes
/// organisations inside a benchmark support period from the hard-tech award, not from the
/// benchmark route (where 第十三条 already refuses funding the same content twice).
pub const READING_7_7_EXCLUSION: T = t!(
    "“不含处于标杆型孵化器支持期内的单位”只限制培育优秀硬科技企业支持（后补助），不限制标杆型孵化器支持；同一内容重复支持由第十三条排除。",
    "\"Excluding organisations inside a benchmark-incubator support period\" limits only the hard-tech cultivation award, not the benchmark route; funding the same content twice is excluded by Art. 13.",
);

static BENCHMARK_LEADING: Amount = Amount::Schedule {
    years: &[
        Year {
            year: 1,
            cap: dec!(1000),
            equity: false,
            note: t!(
                "第一年分别给予不超过1000万元、200万元资金支持",
                "year 1: up to 1,000 万元 (leading)"
            ),
        },
        Year {
            year: 2,
            cap: dec!(500),
            equity: false,
            note: t!(
                "第二、三年根据年度绩效考核结果,每年分别给予不超过500万元、100万元资金支持",
                "year 2, by the annual performance review: up to 500 万元 (leading)"
            ),
        },
        Year {
            year: 3,
            cap: dec!(500),
            equity: false,
            note: t!(
                "第二、三年根据年度绩效考核结果,每年分别给予不超过500万元、100万元资金支持",
                "year 3, by the annual performance review: up to 500 万元 (leading)"
            ),
        },
    ],
    total: Some(dec!(2000)),
    limit: None,
};

static BENCHMARK_CULTIVATING: Amount = Amount::Schedule {
    years: &[
        Year {
            year: 1,
            cap: dec!(200),
            equity: false,
            note: t!(
                "第一年分别给予不超过1000万元、200万元资金支持",
                "year 1: up to 200 万元 (cultivating)"
            ),
        },
        Year {
            year: 2,
            cap: dec!(100),
            equity: false,
            note: t!(
                "第二、三年根据年度绩效考核结果,每年分别给予不超过500万元、100万元资金支持",
                "year 2, by the annual performance review: up to 100 万元 (cultivating)"
            ),
        },
        Year {
            year: 3,
            cap: dec!(100),
            equity: false,
            note: t!(
                "第二、三年根据年度绩效考核结果,每年分别给予不超过500万元、100万元资金支持",
                "year 3, by the annual performance review: up to 100 万元 (cultivating)"
            ),
        },
    ],
    total: Some(dec!(2000)),
    limit: None,
};

/// （三）1. picks the leading or cultivating schedule by the class applied for.
fn amount_7_7_benchmark(ctx: &Ctx) -> AmountEval {
    let (schedule, zh, en, known) = match ctx.profile.choice(&BENCHMARK_INCUBATOR_CLASS) {
        Some("cultivating") => (&BENCHMARK_CULTIVATING, "培育类", "cultivating class", true),
        Some(_) => (&BENCHMARK_LEADING, "引领类", "leading class", true),
        None => (
            &BENCHMARK_LEADING,
            "类别未填，按引领类上限",
            "class not answered: the leading class's caps",
            false,
        ),
    };
    let mut e = schedule.eval(ctx);
    e.steps.insert(0, Text::new(zh, en));
    if !known {
        e.determined = false;
        e.missing.push(BENCHMARK_INCUBATOR_CLASS.id);
    }
    e
}

pub static M7_7: Measure = Measure {
    id: "7.7",
    doc: &DOC,
    article: A7,
    title: t!("支持建设标杆型孵化器", "Benchmark incubators"),
    content: t!(
        "1. 支持创业服务机构在中关村示范区各分园建设和培育标杆型孵化器,促进一流孵化人才牵头组建专业化团队,搭建开放式的专业技术服务平台,开展高水平的创业辅导、早期投资、资源对接等专业化服务,建立与国际接轨的孵化运营机制,树立旗帜标杆,引领孵化模式变革,带动园区创新创业生态不断优化提升。\n2. 支持创业服务机构培育优秀硬科技企业,重点促进中心城区的机构引入顶尖科技人才和创业项目,重点促进平原新城的机构承接科技成果转化和产业化项目落地,支撑园区高质量发展。",
        "1. Start-up service organisations build and grow benchmark incubators in the Zhongguancun sub-parks: first-class incubation professionals lead specialised teams, build open technical service platforms, offer high-level mentoring, early-stage investment and resource matching, and set up incubation operations in line with international practice, setting the standard, leading change in incubation models and improving the parks' innovation ecosystem.\n2. Start-up service organisations grow excellent hard-tech companies: those in the central districts chiefly bring in top scientific talent and start-up projects, those in the plain new towns chiefly take on the transfer and industrialisation of research results, supporting the parks' high-quality development.",
    ),
    conditions_text: t!(
        "1. 申报建设标杆型孵化器支持的机构应满足以下条件:\n(1) 拥有高水平的运营团队。由国内外优秀孵化人才团队牵头设立,核心成员具有跨国公司、龙头企业、投融资机构等工作经历及项目管理、供应链管理从业经验。\n(2) 建立市场化运营机制。内部治理结构完善,在人员聘用、薪酬制定、经营管理、投资决策等方面具有充分的自主权。\n(3)开展专业化服务。搭建开放共享的专业技术服务平台,提供技术研发、概念验证、小试中试、检验检测等服务。与领军企业、高校院所、服务机构等紧密合作,开展高水平的创业辅导、早期投资、产业链供应链对接、国际化发展等服务,相关服务能力突出的,可适当放宽对专业技术服务平台的要求。\n(4)具有显著孵化效能。已培育或储备优质硬科技企业团队不少于10家(个),能够推动企业“升规升强”,能够带动相关领域创新资源集聚,促进园区创新创业环境优化提升。\n2.申报培育优秀硬科技企业支持的机构应满足以下条件:当年培育国家高新技术企业、金种子企业、“专精特新”企业和独角兽企业等不少于5家,孵化服务成效突出。",
        "1. An organisation applying to build a benchmark incubator must:\n(1) Have a high-level operating team: set up and led by excellent incubation teams from China or abroad, with core members who have worked at multinationals, leading companies, investors and the like and have project-management and supply-chain experience.\n(2) Run on market lines: sound internal governance and full autonomy over hiring, pay, management and investment decisions.\n(3) Provide specialised services: an open, shared technical service platform offering R&D, proof of concept, small and pilot-scale trials, inspection and testing; close cooperation with leading companies, universities, institutes and service organisations for high-level mentoring, early-stage investment, industrial and supply-chain matching and international expansion. Where these services are outstanding, the platform requirement may be relaxed.\n(4) Incubate effectively: at least 10 quality hard-tech firms or teams incubated or lined up; able to help firms grow in scale and strength, draw innovation resources in its field, and improve the park's start-up environment.\n2. An organisation applying for the hard-tech cultivation award must have cultivated in the year at least 5 national high-tech enterprises, Golden Seed firms, specialised and sophisticated (专精特新) firms, unicorns and the like, with outstanding incubation results.",
    ),
    amount_text: t!(
        "1.采取事前补助方式,根据标杆型孵化器建设发展情况,分为引领类、培育类给予支持,支持周期一般不超过3年,支持总金额不超过2000万元。第一年分别给予不超过1000万元、200万元资金支持,第二、三年根据年度绩效考核结果,每年分别给予不超过500万元、100万元资金支持。支持资金用于专业服务能力建设、专业孵化人才激励、资源对接活动举办等。\n2.采取后补助方式,根据创业服务机构(不含处于标杆型孵化器支持期内的单位)当年培育国家高新技术企业、金种子企业、“专精特新”企业和独角兽企业等的数量及孵化服务成效,择优给予不超过50万元支持,支持资金用于提升孵化服务能力。",
        "1. Advance subsidy, in a leading or a cultivating class by the incubator's development, over a cycle of, as a rule, no more than 3 years, no more than 20 million CNY (2,000 万元) in all: year 1 up to 1,000 万元 (leading) or 200 万元 (cultivating); years 2 and 3, by the annual performance review, up to 500 万元 or 100 万元 a year. The money is for professional service capacity, incentives for incubation professionals and matching events.\n2. Post-subsidy: by the number of national high-tech enterprises, Golden Seed firms, specialised and sophisticated firms, unicorns and the like a start-up service organisation (excluding those inside a benchmark-incubator support period) cultivated in the year and by its incubation results, the best receive up to 500,000 CNY (50 万元), to improve their incubation services.",
    ),
    methods: &[Method::PreSubsidy, Method::PostSubsidy],
    applicants: &["incubator"],
    routes: &[
        Route {
            id: "benchmark",
            title: t!("建设标杆型孵化器", "Building a benchmark incubator"),
            conditions: Condition::All(&[
                // （一）1. 支持创业服务机构在中关村示范区各分园建设和培育标杆型孵化器
                hard(
                    t!("7号 第七条（一）1.", "Doc 7, Art. 7(1)1"),
                    t!("在中关村示范区各分园建设和培育标杆型孵化器", "build and grow benchmark incubators in the Zhongguancun sub-parks"),
                    Test::Yes(&INCUBATOR_IN_ZGC_SUBPARK),
                ),
                // (1) 拥有高水平的运营团队。由国内外优秀孵化人才团队牵头设立,
                judgement(
                    t!("7号 第七条（二）1.(1)", "Doc 7, Art. 7(2)1(1)"),
                    t!(
                        "拥有高水平的运营团队。由国内外优秀孵化人才团队牵头设立",
                        "a high-level operating team, set up and led by excellent incubation teams from China or abroad",
                    ),
                ),
                // 核心成员具有跨国公司、龙头企业、投融资机构等工作经历及项目管理、供应链管理从业经验。
                attested(
                    t!("7号 第七条（二）1.(1)", "Doc 7, Art. 7(2)1(1)"),
                    t!(
                        "核心成员具有跨国公司、龙头企业、投融资机构等工作经历及项目管理、供应链管理从业经验",
                        "core members have worked at multinationals, leading companies, investors and the like, with project-management and supply-chain experience",
                    ),
                    Test::Yes(&INCUBATOR_CORE_TEAM_EXPERIENCE),
                ),
                // (2) 建立市场化运营机制。内部治理结构完善,在人员聘用、薪酬制定、经营管理、投资决策等方面具有充分的自主权。
                attested(
                    t!("7号 第七条（二）1.(2)", "Doc 7, Art. 7(2)1(2)"),
                    t!(
                        "内部治理结构完善,在人员聘用、薪酬制定、经营管理、投资决策等方面具有充分的自主权",
                        "sound internal governance and full autonomy over hiring, pay, management and investment decisions",
                    ),
                    Test::Yes(&INCUBATOR_MARKET_AUTONOMY),
                ),
                // (3) 搭建开放共享的专业技术服务平台……相关服务能力突出的,可适当放宽对专业技术服务平台的要求。
                Condition::Any(&[
                    hard(
                        t!("7号 第七条（二）1.(3)", "Doc 7, Art. 7(2)1(3)"),
                        t!(
                            "搭建开放共享的专业技术服务平台,提供技术研发、概念验证、小试中试、检验检测等服务",
                            "an open, shared technical service platform offering R&D, proof of concept, small and pilot-scale trials, inspection and testing",
                        ),
                        Test::Yes(&INCUBATOR_TECH_SERVICE_PLATFORM),
                    ),
                    judgement(
                        t!("7号 第七条（二）1.(3)", "Doc 7, Art. 7(2)1(3)"),
                        t!(
                            "相关服务能力突出的,可适当放宽对专业技术服务平台的要求",
                            "where these services are outstanding, the platform requirement may be relaxed",
                        ),
                    )
                    .read_as(READING_7_7_PLATFORM),
                ]),
                // 与领军企业、高校院所、服务机构等紧密合作,开展高水平的创业辅导、早期投资……等服务
                judgement(
                    t!("7号 第七条（二）1.(3)", "Doc 7, Art. 7(2)1(3)"),
                    t!(
                        "与领军企业、高校院所、服务机构等紧密合作,开展高水平的创业辅导、早期投资、产业链供应链对接、国际化发展等服务",
                        "close cooperation with leading companies, universities, institutes and service organisations for high-level mentoring, early investment, chain matching and international expansion",
                    ),
                ),
                // (4) 已培育或储备优质硬科技企业团队不少于10家(个),
                hard(
                    t!("7号 第七条（二）1.(4)", "Doc 7, Art. 7(2)1(4)"),
                    t!("已培育或储备优质硬科技企业团队不少于10家(个)", "at least 10 quality hard-tech firms or teams incubated or lined up"),
                    Test::Cmp(&HARD_TECH_TEAMS_INCUBATED, Cmp::Ge, dec!(10)),
                ),
                // 能够推动企业“升规升强”,能够带动相关领域创新资源集聚,促进园区创新创业环境优化提升。
                judgement(
                    t!("7号 第七条（二）1.(4)", "Doc 7, Art. 7(2)1(4)"),
                    t!(
                        "能够推动企业“升规升强”,能够带动相关领域创新资源集聚,促进园区创新创业环境优化提升",
                        "able to help firms grow in scale and strength, draw innovation resources in the field, and improve the park's start-up environment",
                    ),
                ),
                // （三）1. 根据标杆型孵化器建设发展情况,分为引领类、培育类给予支持
                judgement(
                    t!("7号 第七条（三）1.", "Doc 7, Art. 7(3)1"),
                    t!("根据标杆型孵化器建设发展情况,分为引领类、培育类给予支持", "supported in a leading or a cultivating class by the incubator's development"),
                )
                .read_as(READING_7_7_CLASS),
            ]),
            // 支持总金额不超过2000万元。第一年分别给予不超过1000万元、200万元,第二、三年每年分别给予不超过500万元、100万元。
            amount: Amount::Custom { ceiling: Some(dec!(2000)), eval: amount_7_7_benchmark },
            amount_cite: t!("7号 第七条（三）1.", "Doc 7, Art. 7(3)1"),
            amount_clause: t!(
                "支持周期一般不超过3年,支持总金额不超过2000万元。第一年分别给予不超过1000万元、200万元资金支持,第二、三年根据年度绩效考核结果,每年分别给予不超过500万元、100万元资金支持。",
                "no more than 2,000 万元 in all; year 1 up to 1,000 万元 (leading) or 200 万元 (cultivating); years 2 and 3, by the annual performance review, up to 500 万元 or 100 万元 a year",
            ),
        },
        Route {
            id: "hard-tech",
            title: t!("培育优秀硬科技企业", "Cultivating hard-tech companies"),
            conditions: Condition::All(&[
                // 2.当年培育国家高新技术企业、金种子企业、“专精特新”企业和独角兽企业等不少于5家,
                hard(
                    t!("7号 第七条（二）2.", "Doc 7, Art. 7(2)2"),
                    t!(
                        "当年培育国家高新技术企业、金种子企业、“专精特新”企业和独角兽企业等不少于5家",
                        "at least 5 national high-tech enterprises, Golden Seed firms, specialised and sophisticated firms, unicorns and the like cultivated in the year",
                    ),
                    Test::Cmp(&HARD_TECH_FIRMS_CULTIVATED, Cmp::Ge, dec!(5)),
                )
                .read_as(READING_7_7_THIS_YEAR),
                // 孵化服务成效突出。
                judgement(t!("7号 第七条（二）2.", "Doc 7, Art. 7(2)2"), t!("孵化服务成效突出", "outstanding incubation results")),
                // （三）2. 创业服务机构(不含处于标杆型孵化器支持期内的单位): the exception that overrides the route.
                hard(
                    t!("7号 第七条（三）2.", "Doc 7, Art. 7(3)2"),
                    t!("不含处于标杆型孵化器支持期内的单位", "excluding organisations inside a benchmark-incubator support period"),
                    Test::No(&IN_BENCHMARK_SUPPORT_PERIOD),
                )
                .read_as(READING_7_7_EXCLUSION),
                // 根据……数量及孵化服务成效,择优给予
                judgement(
                    t!("7号 第七条（三）2.", "Doc 7, Art. 7(3)2"),
                    t!("根据……数量及孵化服务成效,择优给予", "the best are chosen by the number cultivated and the incubation results"),
                ),
            ]),
            // 择优给予不超过50万元支持
            amount: Amount::UpTo(dec!(50)),
            amount_cite: t!("7号 第七条（三）2.", "Doc 7, Art. 7(3)2"),
            amount_clause: t!("择优给予不超过50万元支持", "the best receive up to 50 万元"),
        },
    ],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_7_PLATFORM, READING_7_7_CLASS, READING_7_7_THIS_YEAR, READING_7_7_EXCLUSION],
    notice: Some(t!(
        "培育优秀硬科技企业支持所计“当年”由年度申报通知确定。",
        "The year whose cultivated firms count for the hard-tech award is set by the year's application notice.",
    )),
};

// =================================================================================================
// 第八条 支持建设一流大学科技园。
// =================================================================================================

const A8: T = t!("7号 第八条", "Doc 7, Art. 8");

/// The article supports "大学科技园", a role, not a kind: its operating unit applies, which is a
/// park operator (the usual science-park company), an incubator (many science parks are
/// registered incubators), or the university itself.
pub const READING_7_8_APPLICANT: T = t!(
    "“大学科技园”由其运营主体申报：大学科技园运营单位（园区运营单位）、以孵化器身份运营的大学科技园，或大学本身。",
    "\"University science park\" is read as its operating body applying: the science-park operating company (a park operator), a science park run as an incubator, or the university itself.",
);

pub static M7_8: Measure = Measure {
    id: "7.8",
    doc: &DOC,
    article: A8,
    title: t!("支持建设一流大学科技园", "First-class university science parks"),
    content: t!(
        "支持大学科技园加强与大学的联系,完善运营机制,加强团队建设,提升专业服务能力,推动大学科技成果转化,加快培育一批创新创业人才和企业,支撑未来产业发展。",
        "Helps university science parks strengthen their ties with their universities, improve operations, build their teams and professional services, turn university research into products, and grow innovative talent and companies, supporting future industries.",
    ),
    conditions_text: t!(
        "1. 紧密依托大学设立,与大学联系紧密,作为大学创新创业人才培养、科技成果转化、创新创业合作的重要载体。\n2. 运营团队专业化、市场化程度高,在成果转化项目挖掘与培育、创新创业辅导、技术概念验证、投融资服务、产业资源对接、促进产学研合作和校内资源开放等方面能力突出。\n3. 具有一定规模的空间载体,入驻一定数量的科技成果转化项目和企业,带动相关专业服务机构和上下游企业汇聚,具有较高的产业聚集度,形成良好的产业创新生态。\n4. 持续培育出未来产业领域的企业,并在周边实现落地,有效支撑所在分园产业发展。",
        "1. Set up on and around a university, closely tied to it, as a key vehicle for its entrepreneurship education, research commercialisation and innovation cooperation.\n2. A highly professional, market-minded operating team, strong at finding and growing commercialisation projects, mentoring, technical proof of concept, financing services, industry matching, industry–university–research cooperation and opening campus resources.\n3. Space of a certain scale hosting a certain number of commercialisation projects and companies, drawing professional service providers and upstream and downstream firms, with a high industrial concentration and a good innovation ecosystem.\n4. Keeps producing companies in future industries that settle nearby, effectively supporting its sub-park's industries.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过3年,按照不超过项目总投资额30%的比例,给予最高不超过3000万元的资金支持。第一年给予不超过1000万元资金支持,第二、三年根据年度绩效考核结果,每年给予不超过1000万元资金支持。项目总投资额包括设施购置或租赁费、材料购置费、空间改造费、房屋租赁费、运营管理费、服务外协费、人员费用、信息系统建设费、贷款利息等。",
        "Advance subsidy over a cycle of, as a rule, no more than 3 years: no more than 30% of the project's total investment, up to 30 million CNY (3,000 万元) in all. Year 1: up to 1,000 万元; years 2 and 3, by the annual performance review: up to 1,000 万元 each. Total investment includes buying or leasing facilities, materials, space renovation, rent, operation and management, outsourced services, staff, information systems, loan interest and the like.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: &["park_operator", "incubator", "university"],
    routes: &[Route {
        id: "",
        title: t!("一流大学科技园建设项目", "University science park project"),
        conditions: Condition::All(&[
            // 1. 紧密依托大学设立,
            hard(
                t!("7号 第八条（二）1.", "Doc 7, Art. 8(2)1"),
                t!("紧密依托大学设立", "set up on and around a university"),
                Test::Yes(&SCIENCE_PARK_SET_UP_BY_UNIVERSITY),
            )
            .read_as(READING_7_8_APPLICANT),
            // 与大学联系紧密,作为大学创新创业人才培养、科技成果转化、创新创业合作的重要载体。
            judgement(
                t!("7号 第八条（二）1.", "Doc 7, Art. 8(2)1"),
                t!(
                    "与大学联系紧密,作为大学创新创业人才培养、科技成果转化、创新创业合作的重要载体",
                    "closely tied to the university, a key vehicle for its entrepreneurship education, commercialisation and cooperation",
                ),
            ),
            // 2. 运营团队专业化、市场化程度高,……等方面能力突出。
            judgement(
                t!("7号 第八条（二）2.", "Doc 7, Art. 8(2)2"),
                t!(
                    "运营团队专业化、市场化程度高,在成果转化项目挖掘与培育、创新创业辅导、技术概念验证、投融资服务、产业资源对接、促进产学研合作和校内资源开放等方面能力突出",
                    "a highly professional, market-minded team, strong in commercialisation, mentoring, proof of concept, financing, matching, cooperation and opening campus resources",
                ),
            ),
            // 3. 具有一定规模的空间载体,入驻一定数量的科技成果转化项目和企业,……形成良好的产业创新生态。
            judgement(
                t!("7号 第八条（二）3.", "Doc 7, Art. 8(2)3"),
                t!(
                    "具有一定规模的空间载体,入驻一定数量的科技成果转化项目和企业,带动相关专业服务机构和上下游企业汇聚,具有较高的产业聚集度,形成良好的产业创新生态",
                    "space of a certain scale hosting a certain number of commercialisation projects and firms, a high industrial concentration and a good ecosystem",
                ),
            ),
            // 4. 持续培育出未来产业领域的企业,并在周边实现落地,
            attested(
                t!("7号 第八条（二）4.", "Doc 7, Art. 8(2)4"),
                t!("持续培育出未来产业领域的企业,并在周边实现落地", "keeps producing future-industry companies that settle nearby"),
                Test::Yes(&SCIENCE_PARK_FUTURE_FIRMS_NEARBY),
            ),
            // 有效支撑所在分园产业发展。
            judgement(
                t!("7号 第八条（二）4.", "Doc 7, Art. 8(2)4"),
                t!("有效支撑所在分园产业发展", "effectively supporting its sub-park's industries"),
            ),
        ]),
        // 按照不超过项目总投资额30%的比例,给予最高不超过3000万元;第一年不超过1000万元,第二、三年每年不超过1000万元。
        amount: Amount::Schedule {
            years: &[
                Year { year: 1, cap: dec!(1000), equity: false, note: t!("第一年给予不超过1000万元资金支持", "year 1: up to 1,000 万元") },
                Year {
                    year: 2,
                    cap: dec!(1000),
                    equity: false,
                    note: t!("第二、三年根据年度绩效考核结果,每年给予不超过1000万元资金支持", "year 2, by the annual performance review: up to 1,000 万元"),
                },
                Year {
                    year: 3,
                    cap: dec!(1000),
                    equity: false,
                    note: t!("第二、三年根据年度绩效考核结果,每年给予不超过1000万元资金支持", "year 3, by the annual performance review: up to 1,000 万元"),
                },
            ],
            total: Some(dec!(3000)),
            limit: Some(&Amount::Rate { rate: dec!(30), base: &SCIENCE_PARK_PROJECT_TOTAL_INVESTMENT, cap: None }),
        },
        amount_cite: t!("7号 第八条（三）", "Doc 7, Art. 8(3)"),
        amount_clause: t!(
            "按照不超过项目总投资额30%的比例,给予最高不超过3000万元的资金支持。第一年给予不超过1000万元资金支持,第二、三年根据年度绩效考核结果,每年给予不超过1000万元资金支持。",
            "no more than 30% of total investment, up to 3,000 万元 in all; year 1 up to 1,000 万元; years 2 and 3, by the annual performance review, up to 1,000 万元 each",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_8_APPLICANT, READING_7_CYCLE_SHARE],
    notice: None,
};

// =================================================================================================
// 第九条 支持专业化园区运营服务机构发展。
// =================================================================================================

const A9: T = t!("7号 第九条", "Doc 7, Art. 9");

/// "运营服务机构" is a role: a professional park operating-service organisation is a 园区运营单位
/// in 第四条's words, so it answers as a park operator.
pub const READING_7_9_APPLICANT: T = t!(
    "“运营服务机构”理解为第四条所称园区运营单位：专业化园区运营服务机构按“园区开发建设或运营单位”申报。",
    "\"Operating-service organisation\" is read as the park operating unit of Art. 4: a professional park operator applies as a park developer or operator.",
);

pub static M7_9: Measure = Measure {
    id: "7.9",
    doc: &DOC,
    article: A9,
    title: t!("支持专业化园区运营服务机构发展", "Professional park operators"),
    content: t!(
        "支持专业化机构参与园区运营服务,不断提升园区的市场化、专业化运营管理和水平。支持运营服务机构创新运营机制,建立灵活高效的人才引进、薪酬激励等机制,建设专业化运营团队,提升市场化运作水平,开展园区管理、产业促进、招商服务等工作,广泛引入产业要素资源,有效提升园区主导产业发展效能。",
        "Supports professional organisations in running and serving parks, making park management more market-based and professional. Operators innovate their operating mechanisms, set up flexible and efficient hiring and pay incentives, build professional teams, work more on market lines, manage parks, promote industries and attract investment, bringing in industrial resources and making the parks' leading industries more effective.",
    ),
    conditions_text: t!(
        "1. 运营服务机构应聚焦中关村示范区分园主导产业提供专业服务,服务团队中有较高比例的行业专业背景人员。\n2. 运营服务机构应与所在区政府、分园管理机构或其他相关职能单位签订合作协议、明确绩效目标,或由市政府及市级相关部门引入设立,或由区政府以股权投资方式出资入股。\n3. 运营服务机构应构建完善的管理制度、运营机制和激励机制,服务体系完善,服务成效显著。",
        "1. The operator provides professional services focused on its Zhongguancun sub-park's leading industries, with a high share of staff from the industry.\n2. The operator has signed a cooperation agreement with set performance targets with its district government, sub-park administration or another competent body; or was brought in and set up by the city government or a municipal department; or the district government holds equity in it.\n3. The operator has complete management rules, operating and incentive mechanisms, a complete service system and marked results.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,支持周期一般不超过3年,按照不超过项目总投资额50%的比例,给予最高不超过3000万元的资金支持。第一年给予不超过 1000 万元资金支持,第二、三年根据年度绩效考核结果,每年给予不超过 1000 万元资金支持。项目总投资额包括设施购置或租赁费、材料购置费、空间改造费、房屋租赁费、运营管理费、服务外协费、人员费用、信息系统建设费、活动组织费、会议费、专家咨询费、印刷费、贷款利息等。",
        "Advance subsidy over a cycle of, as a rule, no more than 3 years: no more than 50% of the project's total investment, up to 30 million CNY (3,000 万元) in all. Year 1: up to 1,000 万元; years 2 and 3, by the annual performance review: up to 1,000 万元 each. Total investment includes facilities, materials, space renovation, rent, operation and management, outsourced services, staff, information systems, events, meetings, expert advice, printing, loan interest and the like.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: &["park_operator"],
    routes: &[Route {
        id: "",
        title: t!("专业化园区运营服务项目", "Professional park operation project"),
        conditions: Condition::All(&[
            // 1. 运营服务机构应聚焦中关村示范区分园主导产业提供专业服务,
            attested(
                t!("7号 第九条（二）1.", "Doc 7, Art. 9(2)1"),
                t!("运营服务机构应聚焦中关村示范区分园主导产业提供专业服务", "the operator provides professional services focused on its sub-park's leading industries"),
                Test::Yes(&OPERATOR_SERVES_SUBPARK_INDUSTRY),
            )
            .read_as(READING_7_9_APPLICANT),
            // 服务团队中有较高比例的行业专业背景人员。
            judgement(
                t!("7号 第九条（二）1.", "Doc 7, Art. 9(2)1"),
                t!("服务团队中有较高比例的行业专业背景人员", "a high share of staff from the industry"),
            ),
            // 2. 应与所在区政府、分园管理机构或其他相关职能单位签订合作协议、明确绩效目标,
            //    或由市政府及市级相关部门引入设立,或由区政府以股权投资方式出资入股。
            Condition::Any(&[
                hard(
                    t!("7号 第九条（二）2.", "Doc 7, Art. 9(2)2"),
                    t!(
                        "应与所在区政府、分园管理机构或其他相关职能单位签订合作协议、明确绩效目标",
                        "a cooperation agreement with set performance targets signed with the district government, sub-park administration or another competent body",
                    ),
                    Test::Yes(&OPERATOR_AGREEMENT),
                ),
                hard(
                    t!("7号 第九条（二）2.", "Doc 7, Art. 9(2)2"),
                    t!("或由市政府及市级相关部门引入设立", "or brought in and set up by the city government or a municipal department"),
                    Test::Yes(&OPERATOR_INTRODUCED_BY_CITY),
                ),
                hard(
                    t!("7号 第九条（二）2.", "Doc 7, Art. 9(2)2"),
                    t!("或由区政府以股权投资方式出资入股", "or the district government holds equity in it"),
                    Test::Yes(&OPERATOR_DISTRICT_EQUITY),
                ),
            ]),
            // 3. 运营服务机构应构建完善的管理制度、运营机制和激励机制,服务体系完善,服务成效显著。
            judgement(
                t!("7号 第九条（二）3.", "Doc 7, Art. 9(2)3"),
                t!(
                    "运营服务机构应构建完善的管理制度、运营机制和激励机制,服务体系完善,服务成效显著",
                    "complete management rules, operating and incentive mechanisms, a complete service system and marked results",
                ),
            ),
        ]),
        // 按照不超过项目总投资额50%的比例,给予最高不超过3000万元;第一年不超过1000万元,第二、三年每年不超过1000万元。
        amount: Amount::Schedule {
            years: &[
                Year { year: 1, cap: dec!(1000), equity: false, note: t!("第一年给予不超过 1000 万元资金支持", "year 1: up to 1,000 万元") },
                Year {
                    year: 2,
                    cap: dec!(1000),
                    equity: false,
                    note: t!("第二、三年根据年度绩效考核结果,每年给予不超过 1000 万元资金支持", "year 2, by the annual performance review: up to 1,000 万元"),
                },
                Year {
                    year: 3,
                    cap: dec!(1000),
                    equity: false,
                    note: t!("第二、三年根据年度绩效考核结果,每年给予不超过 1000 万元资金支持", "year 3, by the annual performance review: up to 1,000 万元"),
                },
            ],
            total: Some(dec!(3000)),
            limit: Some(&Amount::Rate { rate: dec!(50), base: &OPERATOR_PROJECT_TOTAL_INVESTMENT, cap: None }),
        },
        amount_cite: t!("7号 第九条（三）", "Doc 7, Art. 9(3)"),
        amount_clause: t!(
            "按照不超过项目总投资额50%的比例,给予最高不超过3000万元的资金支持。第一年给予不超过 1000 万元资金支持,第二、三年根据年度绩效考核结果,每年给予不超过 1000 万元资金支持。",
            "no more than 50% of total investment, up to 3,000 万元 in all; year 1 up to 1,000 万元; years 2 and 3, by the annual performance review, up to 1,000 万元 each",
        ),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_9_APPLICANT, READING_7_CYCLE_SHARE],
    notice: None,
};

// =================================================================================================
// 第十条 支持企业在园区落地发展。
// =================================================================================================

const A10: T = t!("7号 第十条", "Doc 7, Art. 10");

/// （二）3. "对独角兽企业…等优先给予支持" orders the applicants in review; it is not a condition
/// (an enterprise outside the list still qualifies).
pub const READING_7_10_PRIORITY: T = t!(
    "（二）3.所列独角兽企业、潜在独角兽企业、获奖企业、国家重大科技计划成果转化企业等“优先给予支持”，理解为评审中的优先顺序，不是支持条件。",
    "Art. 10(2)3 (unicorns, potential unicorns, award winners, firms from national major programmes \"supported first\") is read as a priority in review, not a condition.",
);

/// "一次性资金支持" is read as a lump sum per enterprise; whether the enterprise had it before
/// cannot be told from the text, beyond 第十三条's refusal to fund the same content twice.
pub const READING_7_10_ONE_OFF: T = t!(
    "“一次性资金支持”理解为一次拨付的定额上限；是否曾获本条支持，由第十三条（同一内容不重复支持）把关。",
    "\"A one-off sum\" is read as a single payment up to the cap; a repeat award is caught by Art. 13 (no second funding of the same content).",
);

pub static M7_10: Measure = Measure {
    id: "7.10",
    doc: &DOC,
    article: A10,
    title: t!("支持企业在园区落地发展", "Companies settling in the sub-parks"),
    content: t!(
        "支持企业按照中关村示范区分园主导产业定位,入驻分园开展新技术、新产品研发及生产等活动。支持企业加大研发投入力度,不断提升企业规模和竞争力,支撑分园主导产业集群发展,带动提升分园产业集聚度。",
        "Supports companies that move into a Zhongguancun sub-park, in line with its leading industries, to develop and make new technologies and products; and helps them raise R&D spend and grow in scale and competitiveness, supporting the sub-park's leading industrial clusters and raising its industrial concentration.",
    ),
    conditions_text: t!(
        "1. 企业符合所在中关村示范区分园主导产业定位,注册地和实际经营地址均在同一分园范围内,所在分园需在空间、土地、资金、人才、政策等方面给予落地企业配套支持。\n2. 企业掌握关键核心技术,具有较强的科技创新实力,已取得较为显著的经济社会效益或具有较好的发展潜力。\n3. 对独角兽企业、潜在独角兽企业、获得省市级以上(含)科技创新大赛奖项的企业,以及由国家重大科技计划等项目科技成果转化形成的企业等优先给予支持。",
        "1. The company fits the leading industries of its Zhongguancun sub-park; its registered address and actual place of business are both inside the same sub-park; and the sub-park must give it matching support in space, land, funding, talent, policy and the like.\n2. The company masters key core technology, has strong innovation capability, and has achieved fairly marked economic and social benefits or has good growth potential.\n3. Unicorns, potential unicorns, winners of provincial or municipal (or higher, inclusive) science and innovation competitions, and companies formed to commercialise results of national major science programmes and the like are supported first.",
    ),
    amount_text: t!(
        "采取后补助方式给予支持,综合评价企业技术创新能力、经济社会贡献、未来发展潜力等情况,给予不超过 200 万元一次性资金支持。支持资金用于企业开展后续技术研发、产业化落地等。",
        "Post-subsidy: after an overall evaluation of the company's innovation capability, economic and social contribution and growth potential, a one-off sum of up to 2 million CNY (200 万元), for further R&D and industrialisation.",
    ),
    methods: &[Method::PostSubsidy],
    applicants: &["enterprise"],
    routes: &[Route {
        id: "",
        title: t!("企业入驻分园落地发展", "Company settled in a sub-park"),
        conditions: Condition::All(&[
            // 1. 企业符合所在中关村示范区分园主导产业定位,
            attested(
                t!("7号 第十条（二）1.", "Doc 7, Art. 10(2)1"),
                t!("企业符合所在中关村示范区分园主导产业定位", "the company fits the leading industries of its Zhongguancun sub-park"),
                Test::Yes(&FITS_SUBPARK_LEADING_INDUSTRY),
            ),
            // 注册地和实际经营地址均在同一分园范围内,
            hard(
                t!("7号 第十条（二）1.", "Doc 7, Art. 10(2)1"),
                t!("注册地和实际经营地址均在同一分园范围内", "registered address and actual place of business both inside the same sub-park"),
                Test::Yes(&SAME_SUBPARK),
            ),
            // 所在分园需在空间、土地、资金、人才、政策等方面给予落地企业配套支持。
            hard(
                t!("7号 第十条（二）1.", "Doc 7, Art. 10(2)1"),
                t!(
                    "所在分园需在空间、土地、资金、人才、政策等方面给予落地企业配套支持",
                    "the sub-park must give the company matching support in space, land, funding, talent, policy and the like",
                ),
                Test::Yes(&SUBPARK_SUPPORT_FOR_ENTERPRISE),
            ),
            // 2. 企业掌握关键核心技术,
            attested(
                t!("7号 第十条（二）2.", "Doc 7, Art. 10(2)2"),
                t!("企业掌握关键核心技术", "the company masters key core technology"),
                Test::Yes(&MASTERS_KEY_CORE_TECHNOLOGY),
            ),
            // 具有较强的科技创新实力,已取得较为显著的经济社会效益或具有较好的发展潜力。
            judgement(
                t!("7号 第十条（二）2.", "Doc 7, Art. 10(2)2"),
                t!(
                    "具有较强的科技创新实力,已取得较为显著的经济社会效益或具有较好的发展潜力",
                    "strong innovation capability, and fairly marked economic and social benefits or good growth potential",
                ),
            ),
            // 3. 对独角兽企业……等优先给予支持: a priority in review, not a condition (READING_7_10_PRIORITY).
            // （三）综合评价企业技术创新能力、经济社会贡献、未来发展潜力等情况
            judgement(
                t!("7号 第十条（三）", "Doc 7, Art. 10(3)"),
                t!(
                    "综合评价企业技术创新能力、经济社会贡献、未来发展潜力等情况",
                    "an overall evaluation of innovation capability, economic and social contribution and growth potential",
                ),
            )
            .read_as(READING_7_10_PRIORITY),
        ]),
        // 给予不超过 200 万元一次性资金支持
        amount: Amount::UpTo(dec!(200)),
        amount_cite: t!("7号 第十条（三）", "Doc 7, Art. 10(3)"),
        amount_clause: t!("给予不超过 200 万元一次性资金支持", "a one-off sum of up to 200 万元"),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_10_PRIORITY, READING_7_10_ONE_OFF],
    notice: None,
};

// =================================================================================================
// 第十一条 支持园区开展创新交流合作。
// =================================================================================================

const A11: T = t!("7号 第十一条", "Doc 7, Art. 11");

/// "每项活动支持金额不超过200万元": each event is its own application; the answers describe one
/// event and the cap is for that event. Several events are assessed one by one.
pub const READING_7_11_PER_EVENT: T = t!(
    "“每项活动支持金额不超过200万元”：每项活动单独申报，本评估按所填的一项活动计算；多项活动须分别评估。",
    "\"Up to 200 万元 per event\": each event is a separate application; this assessment is for the one event described, and several events are assessed one by one.",
);

pub static M7_11: Measure = Measure {
    id: "7.11",
    doc: &DOC,
    article: A11,
    title: t!("支持园区开展创新交流合作", "Innovation exchange events in the parks"),
    content: t!(
        "支持园区开发建设或运营管理单位主办或承办各类论坛会议、展览展示、赛事路演等活动,搭建交流合作、宣传推介、资源对接、业务协作的平台,不断提升“中关村”品牌影响力,吸引带动各类创新资源要素在园区落地发展。",
        "Supports park developers and operators that host or organise forums, conferences, exhibitions, competitions, roadshows and other events, as platforms for exchange, promotion, resource matching and business cooperation, raising the Zhongguancun brand and drawing innovation resources into the parks.",
    ),
    conditions_text: t!(
        "1. 活动应与园区主导产业相关,具有较高知名度和影响力,批准、授权、备案等相关手续完备。\n2. 活动应制定组织实施方案,参会单位、参会人数应达到一定规模,应有知名专家学者、投资机构、企业等参加。\n3. 活动组织制度和工作机制完善,市场化、专业化水平较高。",
        "1. The event relates to the park's leading industries, is well known and influential, and its approvals, authorisations, filings and similar procedures are complete.\n2. The event has an organisation and implementation plan; participating organisations and attendance reach a certain scale; well-known experts and scholars, investors, companies and the like take part.\n3. The event's organisation rules and working mechanisms are complete and highly market-based and professional.",
    ),
    amount_text: t!(
        "采取事前补助方式给予支持,每项活动支持金额不超过 200 万元。支持资金主要用于活动组织、设备设施购置或租赁、场地租赁、宣传、会议服务、人员、印刷、服务外协等相关费用。",
        "Advance subsidy of up to 2 million CNY (200 万元) per event, mainly for organisation, buying or renting equipment, venue rent, publicity, conference services, staff, printing, outsourced services and related costs.",
    ),
    methods: &[Method::PreSubsidy],
    applicants: &["park_operator"],
    routes: &[Route {
        id: "",
        title: t!("园区创新交流合作活动", "Park innovation exchange event"),
        conditions: Condition::All(&[
            // （一）支持园区开发建设或运营管理单位主办或承办各类论坛会议、展览展示、赛事路演等活动
            hard(
                t!("7号 第十一条（一）", "Doc 7, Art. 11(1)"),
                t!(
                    "园区开发建设或运营管理单位主办或承办各类论坛会议、展览展示、赛事路演等活动",
                    "a park developer or operator hosts or organises forums, conferences, exhibitions, competitions, roadshows and other events",
                ),
                Test::Yes(&EVENT_HOSTED_BY_PARK),
            ),
            // 1. 活动应与园区主导产业相关,
            attested(
                t!("7号 第十一条（二）1.", "Doc 7, Art. 11(2)1"),
                t!("活动应与园区主导产业相关", "the event relates to the park's leading industries"),
                Test::Yes(&EVENT_RELATED_TO_PARK_INDUSTRY),
            ),
            // 具有较高知名度和影响力,
            judgement(t!("7号 第十一条（二）1.", "Doc 7, Art. 11(2)1"), t!("具有较高知名度和影响力", "well known and influential")),
            // 批准、授权、备案等相关手续完备。
            hard(
                t!("7号 第十一条（二）1.", "Doc 7, Art. 11(2)1"),
                t!("批准、授权、备案等相关手续完备", "approvals, authorisations, filings and similar procedures complete"),
                Test::Yes(&EVENT_APPROVALS_COMPLETE),
            ),
            // 2. 活动应制定组织实施方案,
            hard(
                t!("7号 第十一条（二）2.", "Doc 7, Art. 11(2)2"),
                t!("活动应制定组织实施方案", "the event has an organisation and implementation plan"),
                Test::Yes(&EVENT_IMPLEMENTATION_PLAN),
            ),
            // 参会单位、参会人数应达到一定规模,
            judgement(
                t!("7号 第十一条（二）2.", "Doc 7, Art. 11(2)2"),
                t!("参会单位、参会人数应达到一定规模", "participating organisations and attendance reach a certain scale"),
            ),
            // 应有知名专家学者、投资机构、企业等参加。
            attested(
                t!("7号 第十一条（二）2.", "Doc 7, Art. 11(2)2"),
                t!("应有知名专家学者、投资机构、企业等参加", "well-known experts and scholars, investors, companies and the like take part"),
                Test::Yes(&EVENT_NOTABLE_PARTICIPANTS),
            ),
            // 3. 活动组织制度和工作机制完善,市场化、专业化水平较高。
            judgement(
                t!("7号 第十一条（二）3.", "Doc 7, Art. 11(2)3"),
                t!("活动组织制度和工作机制完善,市场化、专业化水平较高", "complete organisation rules and mechanisms, highly market-based and professional"),
            ),
        ]),
        // 每项活动支持金额不超过 200 万元
        amount: Amount::UpTo(dec!(200)),
        amount_cite: t!("7号 第十一条（三）", "Doc 7, Art. 11(3)"),
        amount_clause: t!("每项活动支持金额不超过 200 万元", "up to 200 万元 per event"),
    }],
    once_in_3_years: None,
    cross_rules: &[],
    readings: &[READING_7_11_PER_EVENT],
    notice: None,
};
