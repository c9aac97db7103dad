//! 京科发〔2022〕8号 第五条–第十三条: measures 8.5–8.13, each threshold on both sides, each cap,
//! each route, the applicant-kind gate and 第四条. Expected sums are worked out by hand from the
//! article's numbers (万元).

mod common;
use common::*;
use zgc_rules::Status::*;

/// A university in the Zhongguancun zone, in medicine and health, with no credit or double-funding
/// problem: the base of the organisation measures.
const UNIVERSITY: &[(&str, &str)] = &[
    ("applicant_kind", "university"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "health"),
];

fn years(r: &zgc_rules::MeasureResult) -> Vec<(u8, rust_decimal::Decimal)> {
    r.amount
        .as_ref()
        .expect("an amount")
        .schedule
        .iter()
        .map(|y| (y.year, y.up_to))
        .collect()
}

// ---- 8.5 概念验证平台建设 ------------------------------------------------------------------------

/// A concept-verification platform with budgets 1,000 / 2,000 / 3,000 for its three years.
fn platform() -> Vec<(&'static str, &'static str)> {
    with(
        UNIVERSITY,
        &[
            ("concept_platform_field_background", "yes"),
            ("concept_platform_resources", "yes"),
            ("team_has_transfer_backgrounds", "yes"),
            ("concept_platform_service_system", "yes"),
            ("concept_platform_budget_year_1", "1000"),
            ("concept_platform_budget_year_2", "2000"),
            ("concept_platform_budget_year_3", "3000"),
        ],
    )
}

#[test]
fn m8_5_platform_each_year_the_smaller_of_500_and_30_percent_of_its_budget() {
    // Year 1: 30% × 1,000 = 300 < 500; years 2, 3: 600 and 900 → 500 each. 300 + 500 + 500 = 1,300.
    let r = check(&platform(), "8.5", Eligible, Some("1300"));
    assert!(r.subject_to_review, "years 2 and 3 are 择优");
    assert_eq!(
        years(&r),
        vec![(1, dec("300")), (2, dec("500")), (3, dec("500"))]
    );
    assert!(r.amount.as_ref().unwrap().determined);
}

#[test]
fn m8_5_year_1_cap_500_reached_at_30_percent() {
    // 30% × 1,666.65 = 499.995 (below the cap); 30% × 1,666.67 = 500.001 → 500.
    let r = check(
        &with(
            &platform(),
            &[("concept_platform_budget_year_1", "1666.65")],
        ),
        "8.5",
        Eligible,
        Some("1499.995"),
    );
    assert_eq!(years(&r).first(), Some(&(1, dec("499.995"))));
    let r = check(
        &with(
            &platform(),
            &[("concept_platform_budget_year_1", "1666.67")],
        ),
        "8.5",
        Eligible,
        Some("1500"),
    );
    assert_eq!(years(&r).first(), Some(&(1, dec("500"))));
    let r = check(
        &with(&platform(), &[("concept_platform_budget_year_1", "5000")]),
        "8.5",
        Eligible,
        Some("1500"),
    );
    assert_eq!(years(&r).first(), Some(&(1, dec("500"))));
}

#[test]
fn m8_5_total_never_above_1500() {
    let big = with(
        &platform(),
        &[
            ("concept_platform_budget_year_1", "10000"),
            ("concept_platform_budget_year_2", "10000"),
            ("concept_platform_budget_year_3", "10000"),
        ],
    );
    let r = check(&big, "8.5", Eligible, Some("1500"));
    assert_eq!(
        years(&r),
        vec![(1, dec("500")), (2, dec("500")), (3, dec("500"))]
    );
}

#[test]
fn m8_5_small_later_budgets_limit_later_years() {
    // Year 2: 30% × 100 = 30; year 3: 30% × 0 = 0. 300 + 30 + 0 = 330.
    let p = with(
        &platform(),
        &[
            ("concept_platform_budget_year_2", "100"),
            ("concept_platform_budget_year_3", "0"),
        ],
    );
    let r = check(&p, "8.5", Eligible, Some("330"));
    assert_eq!(
        years(&r),
        vec![(1, dec("300")), (2, dec("30")), (3, dec("0"))]
    );
}

#[test]
fn m8_5_unknown_later_budgets_show_the_caps_and_stay_open() {
    let p = without(
        &platform(),
        &[
            "concept_platform_budget_year_2",
            "concept_platform_budget_year_3",
        ],
    );
    let r = check(&p, "8.5", Eligible, Some("1300"));
    let a = r.amount.unwrap();
    assert!(!a.determined);
    assert!(
        a.missing.contains(&"concept_platform_budget_year_2")
            && a.missing.contains(&"concept_platform_budget_year_3")
    );
    // With no budget at all: 500 a year, 1,500 in all.
    let p = without(
        &platform(),
        &[
            "concept_platform_budget_year_1",
            "concept_platform_budget_year_2",
            "concept_platform_budget_year_3",
        ],
    );
    check(&p, "8.5", Eligible, Some("1500"));
}

#[test]
fn m8_5_field_outside_high_end_fails() {
    check_fails_on(
        &with(&platform(), &[("industry_field", "other")]),
        "8.5",
        "第五条（二）1.",
    );
}

#[test]
fn m8_5_unknown_service_system_is_undetermined() {
    check_undetermined_by(
        &without(&platform(), &["concept_platform_service_system"]),
        "8.5",
        "concept_platform_service_system",
    );
    check_fails_on(
        &with(&platform(), &[("concept_platform_service_system", "no")]),
        "8.5",
        "第五条（二）4.",
    );
    check_fails_on(
        &with(&platform(), &[("team_has_transfer_backgrounds", "no")]),
        "8.5",
        "第五条（二）3.",
    );
}

#[test]
fn m8_5_applicant_kinds() {
    check(
        &with(&platform(), &[("applicant_kind", "service_institution")]),
        "8.5",
        Eligible,
        Some("1300"),
    );
    check_fails_on(
        &with(&platform(), &[("applicant_kind", "student_team")]),
        "8.5",
        "第五条",
    );
    // An enterprise builder needs 第四条's high-tech status.
    let firm = with(
        &platform(),
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
        ],
    );
    check_fails_on(&firm, "8.5", "第四条");
    check(
        &with(&firm, &[("zgc_high_tech", "yes")]),
        "8.5",
        Eligible,
        Some("1300"),
    );
}

#[test]
fn m8_5_shows_the_budget_reading() {
    let r = check(&platform(), "8.5", Eligible, None);
    assert!(
        r.readings
            .iter()
            .any(|x| x.zh().contains("当年平台建设预算30%")),
        "{:?}",
        r.readings
    );
}

// ---- 8.6 概念验证 --------------------------------------------------------------------------------

fn joint_project() -> Vec<(&'static str, &'static str)> {
    with(
        UNIVERSITY,
        &[
            ("concept_verification_joint_project", "yes"),
            ("concept_verification_groundwork", "yes"),
            ("concept_verification_project_budget", "500"),
        ],
    )
}

#[test]
fn m8_6_thirty_percent_of_the_project_budget() {
    // 30% × 500 = 150.
    let r = check(&joint_project(), "8.6", Eligible, Some("150"));
    assert!(r.subject_to_review);
}

#[test]
fn m8_6_cap_200_a_year() {
    // 30% × 666.66 = 199.998; 30% × 666.67 = 200.001 → 200; 30% × 2,000 = 600 → 200.
    check(
        &with(
            &joint_project(),
            &[("concept_verification_project_budget", "666.66")],
        ),
        "8.6",
        Eligible,
        Some("199.998"),
    );
    check(
        &with(
            &joint_project(),
            &[("concept_verification_project_budget", "666.67")],
        ),
        "8.6",
        Eligible,
        Some("200"),
    );
    check(
        &with(
            &joint_project(),
            &[("concept_verification_project_budget", "2000")],
        ),
        "8.6",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m8_6_unknown_budget_shows_the_cap() {
    let r = check(
        &without(&joint_project(), &["concept_verification_project_budget"]),
        "8.6",
        Eligible,
        Some("200"),
    );
    assert!(!r.amount.unwrap().determined);
}

#[test]
fn m8_6_must_be_joint() {
    check_fails_on(
        &with(
            &joint_project(),
            &[("concept_verification_joint_project", "no")],
        ),
        "8.6",
        "第六条（一）",
    );
    check_undetermined_by(
        &without(&joint_project(), &["concept_verification_groundwork"]),
        "8.6",
        "concept_verification_groundwork",
    );
}

#[test]
fn m8_6_applicant_kinds() {
    let firm = with(
        &joint_project(),
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "yes"),
        ],
    );
    check(&firm, "8.6", Eligible, Some("150"));
    check_fails_on(
        &with(
            &joint_project(),
            &[("applicant_kind", "investment_institution")],
        ),
        "8.6",
        "第六条",
    );
}

// ---- 8.7 技术转移机构建设 ------------------------------------------------------------------------

/// A university technology-transfer office operating since 2024-01-01 that spent 800.
fn transfer_office() -> Vec<(&'static str, &'static str)> {
    with(
        UNIVERSITY,
        &[
            ("runs_tech_transfer_institution", "yes"),
            ("tech_transfer_fixed_premises", "yes"),
            ("tech_transfer_operating_since", "2024-01-01"),
            ("tech_transfer_manager_team", "yes"),
            ("tech_transfer_professional_capability", "yes"),
            ("tech_transfer_institutional_rules", "yes"),
            ("tech_transfer_actual_expenses", "800"),
        ],
    )
}

#[test]
fn m8_7_thirty_percent_of_actual_expenses() {
    // 30% × 800 = 240; the market-practice question does not concern a university.
    let r = check(&transfer_office(), "8.7", Eligible, Some("240"));
    assert!(r.subject_to_review, "择优 after a performance assessment");
}

#[test]
fn m8_7_cap_300() {
    // 30% × 999.99 = 299.997; 30% × 1,000 = 300; 30% × 1,000.01 = 300.003 → 300.
    check(
        &with(
            &transfer_office(),
            &[("tech_transfer_actual_expenses", "999.99")],
        ),
        "8.7",
        Eligible,
        Some("299.997"),
    );
    check(
        &with(
            &transfer_office(),
            &[("tech_transfer_actual_expenses", "1000")],
        ),
        "8.7",
        Eligible,
        Some("300"),
    );
    check(
        &with(
            &transfer_office(),
            &[("tech_transfer_actual_expenses", "1000.01")],
        ),
        "8.7",
        Eligible,
        Some("300"),
    );
}

#[test]
fn m8_7_operating_at_least_one_year() {
    // Since 2025-06-30: the year ends on 2026-06-30, the assessment date: 满1年. A day later: not yet.
    check(
        &with(
            &transfer_office(),
            &[("tech_transfer_operating_since", "2025-06-30")],
        ),
        "8.7",
        Eligible,
        Some("240"),
    );
    check_fails_on(
        &with(
            &transfer_office(),
            &[("tech_transfer_operating_since", "2025-07-01")],
        ),
        "8.7",
        "第七条（二）",
    );
    check_undetermined_by(
        &without(&transfer_office(), &["tech_transfer_operating_since"]),
        "8.7",
        "tech_transfer_operating_since",
    );
}

#[test]
fn m8_7_premises_and_manager_team_are_required() {
    check_fails_on(
        &with(
            &transfer_office(),
            &[("tech_transfer_fixed_premises", "no")],
        ),
        "8.7",
        "第七条（二）",
    );
    check_fails_on(
        &with(&transfer_office(), &[("tech_transfer_manager_team", "no")]),
        "8.7",
        "第七条（二）",
    );
    check_fails_on(
        &with(
            &transfer_office(),
            &[("runs_tech_transfer_institution", "no")],
        ),
        "8.7",
        "第七条（一）",
    );
}

#[test]
fn m8_7_academia_answers_clause_1_market_institutions_clause_2() {
    check_fails_on(
        &with(
            &transfer_office(),
            &[("tech_transfer_institutional_rules", "no")],
        ),
        "8.7",
        "第七条（二）1.",
    );
    // A technology service organisation: clause 2 decides, clause 1 does not matter.
    let market = with(
        &without(&transfer_office(), &["tech_transfer_institutional_rules"]),
        &[("applicant_kind", "service_institution")],
    );
    check_undetermined_by(&market, "8.7", "tech_transfer_market_practice");
    check(
        &with(&market, &[("tech_transfer_market_practice", "yes")]),
        "8.7",
        Eligible,
        Some("240"),
    );
    check_fails_on(
        &with(&market, &[("tech_transfer_market_practice", "no")]),
        "8.7",
        "第七条（二）2.",
    );
}

#[test]
fn m8_7_applicant_kinds() {
    check_fails_on(
        &with(&transfer_office(), &[("applicant_kind", "student_team")]),
        "8.7",
        "第七条",
    );
}

// ---- 8.8 市场化聘用技术经理人 --------------------------------------------------------------------

fn hiring() -> Vec<(&'static str, &'static str)> {
    with(
        UNIVERSITY,
        &[
            ("runs_tech_transfer_institution", "yes"),
            ("plans_market_hiring_tech_managers", "yes"),
            ("tech_transfer_professional_capability", "yes"),
            ("tech_transfer_full_time_team", "yes"),
            ("tech_transfer_flexible_pay", "yes"),
            ("tech_manager_planned_pay", "300"),
        ],
    )
}

#[test]
fn m8_8_half_of_the_planned_pay() {
    // 50% × 300 = 150.
    let r = check(&hiring(), "8.8", Eligible, Some("150"));
    assert!(r.subject_to_review);
}

#[test]
fn m8_8_cap_200_per_institution_a_year() {
    // 50% × 399.99 = 199.995; 50% × 400 = 200; 50% × 400.01 = 200.005 → 200.
    check(
        &with(&hiring(), &[("tech_manager_planned_pay", "399.99")]),
        "8.8",
        Eligible,
        Some("199.995"),
    );
    check(
        &with(&hiring(), &[("tech_manager_planned_pay", "400")]),
        "8.8",
        Eligible,
        Some("200"),
    );
    check(
        &with(&hiring(), &[("tech_manager_planned_pay", "400.01")]),
        "8.8",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m8_8_conditions() {
    check_fails_on(
        &with(&hiring(), &[("plans_market_hiring_tech_managers", "no")]),
        "8.8",
        "第八条（一）",
    );
    check_fails_on(
        &with(&hiring(), &[("tech_transfer_full_time_team", "no")]),
        "8.8",
        "第八条（二）1.",
    );
    check_undetermined_by(
        &without(&hiring(), &["tech_transfer_flexible_pay"]),
        "8.8",
        "tech_transfer_flexible_pay",
    );
    check_fails_on(
        &with(&hiring(), &[("applicant_kind", "foreign_rd_centre")]),
        "8.8",
        "第八条",
    );
}

// ---- 8.9 中小微企业转化高新技术成果 ---------------------------------------------------------------

/// A small national high-tech firm that licensed a university's result for 500 on 2025-09-01.
const SME: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("enterprise_size", "small"),
    ("industry_field", "ngit"),
    ("transfer_contract_with_academia", "yes"),
    ("transfer_contract_type", "licence"),
    ("transfer_contract_registered", "yes"),
    ("transfer_contract_amount", "500"),
    ("transfer_contract_signed_on", "2025-09-01"),
];

#[test]
fn m8_9_ten_percent_of_the_contract() {
    // 10% × 500 = 50.
    let r = check(SME, "8.9", Eligible, Some("50"));
    assert!(r.subject_to_review, "(二)2 is the reviewers'");
}

#[test]
fn m8_9_contract_of_100_inclusive() {
    check(
        &with(SME, &[("transfer_contract_amount", "100")]),
        "8.9",
        Eligible,
        Some("10"),
    );
    let r = check_fails_on(
        &with(SME, &[("transfer_contract_amount", "99.99")]),
        "8.9",
        "第九条（二）4.",
    );
    let gap = r
        .gaps
        .iter()
        .find(|g| g.threshold == dec("100"))
        .expect("gap to 100");
    assert_eq!(gap.short_by, Some(dec("0.01")));
}

#[test]
fn m8_9_cap_200() {
    // 10% × 1,999.99 = 199.999; 10% × 2,000 = 200; 10% × 2,500 = 250 → 200.
    check(
        &with(SME, &[("transfer_contract_amount", "1999.99")]),
        "8.9",
        Eligible,
        Some("199.999"),
    );
    check(
        &with(SME, &[("transfer_contract_amount", "2000")]),
        "8.9",
        Eligible,
        Some("200"),
    );
    check(
        &with(SME, &[("transfer_contract_amount", "2500")]),
        "8.9",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m8_9_contract_kind_and_registration() {
    check(
        &with(SME, &[("transfer_contract_type", "development")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check(
        &with(SME, &[("transfer_contract_type", "transfer")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(SME, &[("transfer_contract_type", "consulting_or_service")]),
        "8.9",
        "第九条（二）4.",
    );
    check_fails_on(
        &with(SME, &[("transfer_contract_registered", "no")]),
        "8.9",
        "第九条（二）4.",
    );
    check_fails_on(
        &with(SME, &[("transfer_contract_with_academia", "no")]),
        "8.9",
        "第九条（二）3.",
    );
}

#[test]
fn m8_9_contract_signed_in_the_previous_calendar_year() {
    // Assessed on 2026-06-30: the previous year is 2025.
    check(
        &with(SME, &[("transfer_contract_signed_on", "2025-01-01")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check(
        &with(SME, &[("transfer_contract_signed_on", "2025-12-31")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(SME, &[("transfer_contract_signed_on", "2024-12-31")]),
        "8.9",
        "第九条（三）",
    );
    check_fails_on(
        &with(SME, &[("transfer_contract_signed_on", "2026-01-01")]),
        "8.9",
        "第九条（三）",
    );
    check_undetermined_by(
        &without(SME, &["transfer_contract_signed_on"]),
        "8.9",
        "transfer_contract_signed_on",
    );
}

#[test]
fn m8_9_small_medium_or_micro_only() {
    check(
        &with(SME, &[("enterprise_size", "medium")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check(
        &with(SME, &[("enterprise_size", "micro")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(SME, &[("enterprise_size", "large")]),
        "8.9",
        "第九条（三）",
    );
}

#[test]
fn m8_9_field_and_applicant_kind() {
    check_fails_on(
        &with(SME, &[("industry_field", "other")]),
        "8.9",
        "第九条（二）1.",
    );
    check_fails_on(
        &with(SME, &[("applicant_kind", "university")]),
        "8.9",
        "第九条",
    );
}

#[test]
fn m8_9_article_4_binds_the_sme() {
    check_fails_on(
        &with(
            SME,
            &[("national_high_tech", "no"), ("zgc_high_tech", "no")],
        ),
        "8.9",
        "第四条",
    );
    check(
        &with(
            SME,
            &[("national_high_tech", "no"), ("zgc_high_tech", "yes")],
        ),
        "8.9",
        Eligible,
        Some("50"),
    );
    check(
        &with(SME, &[("registered_in", "beijing_other")]),
        "8.9",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(SME, &[("registered_in", "outside_beijing")]),
        "8.9",
        "第四条",
    );
}

// ---- 8.10 产业开发研究院 ------------------------------------------------------------------------

const INSTITUTE: &[(&str, &str)] = &[
    ("applicant_kind", "research_institute"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "new_materials"),
    ("institute_founded_by_academia", "yes"),
    ("independent_legal_person", "yes"),
    ("operates_as_real_entity", "yes"),
    ("team_has_transfer_backgrounds", "yes"),
    ("institute_partnerships_and_resources", "yes"),
];

#[test]
fn m8_10_up_to_1500_a_year_for_three_years() {
    // 3 × 1,500 = 4,500; the text sets no total.
    let r = check(INSTITUTE, "8.10", Eligible, Some("4500"));
    assert_eq!(
        years(&r),
        vec![(1, dec("1500")), (2, dec("1500")), (3, dec("1500"))]
    );
    assert!(r.subject_to_review);
}

#[test]
fn m8_10_independent_legal_person_founded_by_academia() {
    check_fails_on(
        &with(INSTITUTE, &[("independent_legal_person", "no")]),
        "8.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(INSTITUTE, &[("institute_founded_by_academia", "no")]),
        "8.10",
        "第十条（一）",
    );
    check_fails_on(
        &with(INSTITUTE, &[("industry_field", "other")]),
        "8.10",
        "第十条（一）",
    );
    check_undetermined_by(
        &without(INSTITUTE, &["operates_as_real_entity"]),
        "8.10",
        "operates_as_real_entity",
    );
}

#[test]
fn m8_10_applicant_kinds() {
    // The university itself does not apply: the institute does.
    check_fails_on(
        &with(INSTITUTE, &[("applicant_kind", "university")]),
        "8.10",
        "第十条",
    );
    check(
        &with(INSTITUTE, &[("applicant_kind", "social_organisation")]),
        "8.10",
        Eligible,
        Some("4500"),
    );
    let company = with(
        INSTITUTE,
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
        ],
    );
    check_fails_on(&company, "8.10", "第四条");
    check(
        &with(&company, &[("national_high_tech", "yes")]),
        "8.10",
        Eligible,
        Some("4500"),
    );
}

// ---- 8.11 共性技术平台 --------------------------------------------------------------------------

fn common_platform() -> Vec<(&'static str, &'static str)> {
    with(UNIVERSITY, &[("offers_common_tech_services", "yes")])
}

#[test]
fn m8_11_2000_then_1500_twice_5000_in_all() {
    let r = check(&common_platform(), "8.11", Eligible, Some("5000"));
    assert_eq!(
        years(&r),
        vec![(1, dec("2000")), (2, dec("1500")), (3, dec("1500"))]
    );
    assert!(r.subject_to_review);
}

#[test]
fn m8_11_conditions() {
    check_fails_on(
        &with(&common_platform(), &[("industry_field", "other")]),
        "8.11",
        "第十一条（二）1.",
    );
    check(
        &with(&common_platform(), &[("industry_field", "other_high_end")]),
        "8.11",
        Eligible,
        Some("5000"),
    );
    check_undetermined_by(
        &without(&common_platform(), &["offers_common_tech_services"]),
        "8.11",
        "offers_common_tech_services",
    );
    check_fails_on(
        &with(&common_platform(), &[("applicant_kind", "student_team")]),
        "8.11",
        "第十一条",
    );
}

// ---- 8.12 首都科技条件平台 ----------------------------------------------------------------------

fn open_unit() -> Vec<(&'static str, &'static str)> {
    with(
        UNIVERSITY,
        &[
            ("instruments_in_capital_platform", "yes"),
            ("open_unit_service_team", "yes"),
        ],
    )
}

#[test]
fn m8_12_up_to_100_by_class_and_tier() {
    let r = check(&open_unit(), "8.12", Eligible, Some("100"));
    assert!(r.subject_to_review);
}

#[test]
fn m8_12_conditions() {
    check_fails_on(
        &with(&open_unit(), &[("instruments_in_capital_platform", "no")]),
        "8.12",
        "第十二条（二）",
    );
    check_undetermined_by(
        &without(&open_unit(), &["open_unit_service_team"]),
        "8.12",
        "open_unit_service_team",
    );
    check_fails_on(
        &with(
            &open_unit(),
            &[("applicant_kind", "investment_institution")],
        ),
        "8.12",
        "第十二条",
    );
}

// ---- 8.13 首都科技创新券 ------------------------------------------------------------------------

/// A micro firm registered elsewhere in Beijing, with no high-tech status: 30 staff, capital 500,
/// revenue 300.
const MICRO_FIRM: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "beijing_other"),
    ("national_high_tech", "no"),
    ("zgc_high_tech", "no"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("enterprise_size", "micro"),
    ("independent_legal_person", "yes"),
    ("formal_staff_count", "30"),
    ("registered_capital", "500"),
    ("revenue_last_year", "300"),
    ("sound_finance_and_management", "yes"),
    ("no_bad_integrity_record", "yes"),
    ("industry_field", "smart_manufacturing"),
    ("voucher_not_for_compulsory_inspection", "yes"),
];

/// A student team that has not registered a company (and so has no place of registration).
const TEAM: &[(&str, &str)] = &[
    ("applicant_kind", "student_team"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("team_unregistered", "yes"),
    ("team_members_students", "yes"),
    ("team_project_work_started", "yes"),
    ("voucher_not_for_compulsory_inspection", "yes"),
];

#[test]
fn m8_13_small_firm_up_to_50_without_high_tech_status() {
    let r = check(MICRO_FIRM, "8.13", Eligible, Some("50"));
    assert_eq!(r.best_route.as_deref(), Some("8.13/small-firm"));
    assert!(
        r.subject_to_review,
        "(二)1.(2) 较高科技含量 is the reviewers'"
    );
    assert!(
        r.notice.is_some(),
        "the voucher proportion is set outside the 办法"
    );
    // The same firm is refused by 8.9, where 第四条 binds.
    let sme = with(MICRO_FIRM, &[("transfer_contract_with_academia", "yes")]);
    check_fails_on(&sme, "8.9", "第四条");
}

#[test]
fn m8_13_formal_staff_100_inclusive() {
    check(
        &with(MICRO_FIRM, &[("formal_staff_count", "100")]),
        "8.13",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("formal_staff_count", "101")]),
        "8.13",
        "第十三条（二）1.(1)",
    );
}

#[test]
fn m8_13_registered_capital_2000_inclusive() {
    check(
        &with(MICRO_FIRM, &[("registered_capital", "2000")]),
        "8.13",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("registered_capital", "2000.01")]),
        "8.13",
        "第十三条（二）1.(1)",
    );
}

#[test]
fn m8_13_revenue_below_1000_exclusive() {
    check(
        &with(MICRO_FIRM, &[("revenue_last_year", "999.99")]),
        "8.13",
        Eligible,
        Some("50"),
    );
    let r = check_fails_on(
        &with(MICRO_FIRM, &[("revenue_last_year", "1000")]),
        "8.13",
        "第十三条（二）1.(1)",
    );
    assert!(r.gaps.iter().any(|g| g.threshold == dec("1000")));
}

#[test]
fn m8_13_small_or_micro_only() {
    check(
        &with(MICRO_FIRM, &[("enterprise_size", "small")]),
        "8.13",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("enterprise_size", "medium")]),
        "8.13",
        "第十三条（二）1.",
    );
}

#[test]
fn m8_13_small_firm_conditions() {
    check_fails_on(
        &with(MICRO_FIRM, &[("registered_in", "outside_beijing")]),
        "8.13",
        "第四条",
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("independent_legal_person", "no")]),
        "8.13",
        "第十三条（二）1.(1)",
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("no_bad_integrity_record", "no")]),
        "8.13",
        "第十三条（二）1.(1)",
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("industry_field", "other")]),
        "8.13",
        "第十三条（二）1.(2)",
    );
    check_undetermined_by(
        &without(MICRO_FIRM, &["formal_staff_count"]),
        "8.13",
        "formal_staff_count",
    );
    check_undetermined_by(
        &without(MICRO_FIRM, &["sound_finance_and_management"]),
        "8.13",
        "sound_finance_and_management",
    );
}

#[test]
fn m8_13_no_vouchers_for_compulsory_inspections() {
    check_fails_on(
        &with(
            MICRO_FIRM,
            &[("voucher_not_for_compulsory_inspection", "no")],
        ),
        "8.13",
        "第十三条（一）",
    );
    check_fails_on(
        &with(TEAM, &[("voucher_not_for_compulsory_inspection", "no")]),
        "8.13",
        "第十三条（一）",
    );
}

#[test]
fn m8_13_student_team_route() {
    let r = check(TEAM, "8.13", Eligible, Some("50"));
    assert_eq!(r.best_route.as_deref(), Some("8.13/team"));
    assert!(!r.subject_to_review, "the team's conditions are all facts");
    check_fails_on(
        &with(TEAM, &[("team_unregistered", "no")]),
        "8.13",
        "第十三条（二）2.(1)",
    );
    check_fails_on(
        &with(TEAM, &[("team_members_students", "no")]),
        "8.13",
        "第十三条（二）2.(2)",
    );
    check_undetermined_by(
        &without(TEAM, &["team_project_work_started"]),
        "8.13",
        "team_project_work_started",
    );
}

#[test]
fn m8_13_applicant_kinds() {
    check_fails_on(
        &with(MICRO_FIRM, &[("applicant_kind", "university")]),
        "8.13",
        "第十三条",
    );
}

#[test]
fn m8_13_blacklist_and_double_funding_still_exclude() {
    check_fails_on(
        &with(TEAM, &[("credit_blacklisted", "yes")]),
        "8.13",
        "第三十条",
    );
    check_fails_on(
        &with(MICRO_FIRM, &[("same_content_funded", "yes")]),
        "8.13",
        "第二十九条",
    );
}

// ---- Across the part -----------------------------------------------------------------------------

#[test]
fn doc8_transfer_blacklist_and_double_funding_exclude() {
    check_fails_on(
        &with(&platform(), &[("credit_blacklisted", "yes")]),
        "8.5",
        "第三十条",
    );
    check_fails_on(
        &with(SME, &[("same_content_funded", "yes")]),
        "8.9",
        "第二十九条",
    );
    check_fails_on(
        &with(&open_unit(), &[("registered_in", "outside_beijing")]),
        "8.12",
        "第四条",
    );
}

#[test]
fn doc8_transfer_ceilings_in_the_catalog() {
    let want = [
        ("8.5", "1500"),
        ("8.6", "200"),
        ("8.7", "300"),
        ("8.8", "200"),
        ("8.9", "200"),
        ("8.10", "4500"),
        ("8.11", "5000"),
        ("8.12", "100"),
        ("8.13", "50"),
    ];
    let cat = zgc_rules::catalog();
    for (id, max) in want {
        let e = cat
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id} missing from the catalog"));
        assert_eq!(e.max, Some(dec(max)), "{id}");
        assert!(
            !e.content.zh().is_empty()
                && !e.conditions_text.zh().is_empty()
                && !e.amount_text.zh().is_empty(),
            "{id}"
        );
    }
}
