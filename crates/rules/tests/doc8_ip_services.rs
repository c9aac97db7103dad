//! 京科发〔2022〕8号 第十四条–第二十六条 (measures 8.14–8.26): each threshold on both sides, each
//! cap, each route, unknown answers, the applicant gate. Expected amounts are worked out by hand
//! from the article's text.

mod common;
use common::*;
use rust_decimal::Decimal;
use zgc_rules::condition::Outcome;
use zgc_rules::{MeasureResult, Status::*};

/// The "up to" of one route, whatever the measure's verdict.
fn route_up_to(r: &MeasureResult, route: &str) -> Option<Decimal> {
    r.routes
        .iter()
        .find(|x| x.id == route)
        .unwrap_or_else(|| panic!("no route {route}"))
        .amount
        .up_to
}

fn route_outcome(r: &MeasureResult, route: &str) -> Outcome {
    r.routes
        .iter()
        .find(|x| x.id == route)
        .unwrap_or_else(|| panic!("no route {route}"))
        .outcome
}

/// The yearly "up to" amounts of the best route's schedule.
fn schedule(r: &MeasureResult) -> Vec<Decimal> {
    r.amount
        .as_ref()
        .expect("an amount")
        .schedule
        .iter()
        .map(|y| y.up_to)
        .collect()
}

fn missing(r: &MeasureResult) -> Vec<&'static str> {
    r.amount.as_ref().expect("an amount").missing.clone()
}

fn has_reading(r: &MeasureResult, needle: &str) -> bool {
    r.readings.iter().any(|t| t.zh().contains(needle))
}

// ---- Applicants ---------------------------------------------------------------------------------

/// An enterprise in the Zhongguancun zone with national high-tech status, no blacklisting and no
/// double funding: it passes 8号 第四条 and the rules across measures.
const ENTERPRISE: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
];

/// A technology service organisation in the zone (no high-tech status needed under 第四条).
const SERVICE: &[(&str, &str)] = &[
    ("applicant_kind", "service_institution"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
];

fn join(
    a: &[(&'static str, &'static str)],
    b: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    with(a, b)
}

// =================================================================================================
// 8.14 发明专利布局
// =================================================================================================

/// A small high-tech firm in a high-end field with a frontier patent portfolio: 600万 on it in all.
fn sme_8_14() -> Vec<(&'static str, &'static str)> {
    join(
        ENTERPRISE,
        &[
            ("received_8_14_in_last_3_years", "no"),
            ("enterprise_size", "small"),
            ("industry_field", "ngit"),
            ("has_frontier_invention_patent_layout", "yes"),
            ("patent_layout_rd_total", "600"),
            ("patent_layout_rd_last_year", "150"),
        ],
    )
}

#[test]
fn m8_14_eligible_up_to_50_subject_to_review() {
    let r = check(&sme_8_14(), "8.14", Eligible, Some("50"));
    assert!(
        r.subject_to_review,
        "较高科技含量 and 发明专利创造运用情况 are the reviewers'"
    );
    assert!(has_reading(&r, "科技型中小企业") && has_reading(&r, "围绕发明专利布局"));
}

#[test]
fn m8_14_cumulative_rd_500_inclusive() {
    check(
        &with(&sme_8_14(), &[("patent_layout_rd_total", "500")]),
        "8.14",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(&sme_8_14(), &[("patent_layout_rd_total", "499.99")]),
        "8.14",
        "第十四条（二）4.",
    );
}

#[test]
fn m8_14_last_year_rd_200_inclusive_is_the_other_way_in() {
    let p = with(
        &sme_8_14(),
        &[
            ("patent_layout_rd_total", "300"),
            ("patent_layout_rd_last_year", "200"),
        ],
    );
    check(&p, "8.14", Eligible, Some("50"));
    let p = with(
        &sme_8_14(),
        &[
            ("patent_layout_rd_total", "300"),
            ("patent_layout_rd_last_year", "199.99"),
        ],
    );
    let r = check_fails_on(&p, "8.14", "第十四条（二）4.");
    assert!(r
        .gaps
        .iter()
        .any(|g| g.threshold == dec("200") && g.short_by == Some(dec("0.01"))));
}

#[test]
fn m8_14_unknown_rd_is_undetermined_and_named() {
    let p = with(
        &sme_8_14(),
        &[
            ("patent_layout_rd_total", ""),
            ("patent_layout_rd_last_year", "100"),
        ],
    );
    check_undetermined_by(&p, "8.14", "patent_layout_rd_total");
}

#[test]
fn m8_14_large_firm_is_not_an_sme() {
    check(
        &with(&sme_8_14(), &[("enterprise_size", "medium")]),
        "8.14",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(&sme_8_14(), &[("enterprise_size", "large")]),
        "8.14",
        "第十四条（一）",
    );
}

#[test]
fn m8_14_field_and_portfolio() {
    check_fails_on(
        &with(&sme_8_14(), &[("industry_field", "other")]),
        "8.14",
        "第十四条（二）1.",
    );
    check(
        &with(&sme_8_14(), &[("industry_field", "other_high_end")]),
        "8.14",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(
            &sme_8_14(),
            &[("has_frontier_invention_patent_layout", "no")],
        ),
        "8.14",
        "第十四条（二）3.",
    );
}

#[test]
fn m8_14_once_in_three_years() {
    check_fails_on(
        &with(&sme_8_14(), &[("received_8_14_in_last_3_years", "yes")]),
        "8.14",
        "第十四条",
    );
}

#[test]
fn m8_14_only_enterprises() {
    check_fails_on(
        &with(&sme_8_14(), &[("applicant_kind", "university")]),
        "8.14",
        "第十四条",
    );
}

#[test]
fn doc8_article_4_high_tech_status_and_beijing() {
    let p = with(
        &sme_8_14(),
        &[("national_high_tech", "no"), ("zgc_high_tech", "no")],
    );
    check_fails_on(&p, "8.14", "第四条");
    let p = with(
        &sme_8_14(),
        &[("national_high_tech", "no"), ("zgc_high_tech", "yes")],
    );
    check(&p, "8.14", Eligible, Some("50"));
    check(
        &with(&sme_8_14(), &[("registered_in", "beijing_other")]),
        "8.14",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(&sme_8_14(), &[("registered_in", "outside_beijing")]),
        "8.14",
        "第四条",
    );
}

#[test]
fn doc8_blacklist_and_double_funding_exclude() {
    check_fails_on(
        &with(&sme_8_14(), &[("credit_blacklisted", "yes")]),
        "8.14",
        "第三十条",
    );
    check_fails_on(
        &with(&sme_8_14(), &[("same_content_funded", "yes")]),
        "8.14",
        "第二十九条",
    );
}

// =================================================================================================
// 8.15 PCT等高价值专利布局
// =================================================================================================

fn leader_8_15() -> Vec<(&'static str, &'static str)> {
    join(
        ENTERPRISE,
        &[
            ("received_8_15_in_last_3_years", "no"),
            ("zgc_ip_enterprise_title", "leader"),
            ("industry_field", "health"),
            ("ip_management_system_sound", "yes"),
            ("has_ip_department_and_staff", "yes"),
            ("pct_applications_last_year", "120"),
            ("high_value_patent_layout_costs", "150"),
        ],
    )
}

fn demo_8_15() -> Vec<(&'static str, &'static str)> {
    with(
        &leader_8_15(),
        &[
            ("zgc_ip_enterprise_title", "demonstration"),
            ("pct_applications_last_year", "10"),
            ("high_value_patent_layout_costs", "80"),
        ],
    )
}

#[test]
fn m8_15_leader_half_of_costs_up_to_100() {
    let r = check(&leader_8_15(), "8.15", Eligible, Some("75"));
    assert_eq!(r.best_route.as_deref(), Some("8.15/leader"));
    assert!(r.subject_to_review, "经济效益良好 is the reviewers'");
    // 50% reaches 100 at 200 of costs.
    check(
        &with(
            &leader_8_15(),
            &[("high_value_patent_layout_costs", "199.98")],
        ),
        "8.15",
        Eligible,
        Some("99.99"),
    );
    check(
        &with(&leader_8_15(), &[("high_value_patent_layout_costs", "200")]),
        "8.15",
        Eligible,
        Some("100"),
    );
    check(
        &with(
            &leader_8_15(),
            &[("high_value_patent_layout_costs", "200.02")],
        ),
        "8.15",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m8_15_leader_pct_100_inclusive() {
    check(
        &with(&leader_8_15(), &[("pct_applications_last_year", "100")]),
        "8.15",
        Eligible,
        Some("75"),
    );
    check_fails_on(
        &with(&leader_8_15(), &[("pct_applications_last_year", "99")]),
        "8.15",
        "第十五条（二）1.",
    );
}

#[test]
fn m8_15_demonstration_half_of_costs_up_to_50() {
    let r = check(&demo_8_15(), "8.15", Eligible, Some("40"));
    assert_eq!(r.best_route.as_deref(), Some("8.15/demonstration"));
    assert!(
        !r.subject_to_review,
        "the demonstration route has no reviewer's condition"
    );
    check(
        &with(&demo_8_15(), &[("high_value_patent_layout_costs", "99.98")]),
        "8.15",
        Eligible,
        Some("49.99"),
    );
    check(
        &with(&demo_8_15(), &[("high_value_patent_layout_costs", "100")]),
        "8.15",
        Eligible,
        Some("50"),
    );
    check(
        &with(&demo_8_15(), &[("high_value_patent_layout_costs", "120")]),
        "8.15",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m8_15_demonstration_pct_10_inclusive() {
    check_fails_on(
        &with(&demo_8_15(), &[("pct_applications_last_year", "9")]),
        "8.15",
        "第十五条（二）2.",
    );
}

#[test]
fn m8_15_title_department_and_rules() {
    check_fails_on(
        &with(&leader_8_15(), &[("zgc_ip_enterprise_title", "none")]),
        "8.15",
        "第十五条（二）",
    );
    check_fails_on(
        &with(&leader_8_15(), &[("has_ip_department_and_staff", "no")]),
        "8.15",
        "第十五条（二）",
    );
    check_fails_on(
        &with(&demo_8_15(), &[("industry_field", "other")]),
        "8.15",
        "第十五条（二）2.",
    );
    check_undetermined_by(
        &without(&demo_8_15(), &["ip_management_system_sound"]),
        "8.15",
        "ip_management_system_sound",
    );
}

#[test]
fn m8_15_unknown_costs_give_the_cap() {
    let r = check(
        &without(&leader_8_15(), &["high_value_patent_layout_costs"]),
        "8.15",
        Eligible,
        Some("100"),
    );
    assert_eq!(missing(&r), vec!["high_value_patent_layout_costs"]);
}

#[test]
fn m8_15_once_in_three_years_and_enterprises_only() {
    check_fails_on(
        &with(&leader_8_15(), &[("received_8_15_in_last_3_years", "yes")]),
        "8.15",
        "第十五条",
    );
    check_fails_on(
        &with(&leader_8_15(), &[("applicant_kind", "social_organisation")]),
        "8.15",
        "第十五条",
    );
}

// =================================================================================================
// 8.16 专利池
// =================================================================================================

/// An industry alliance (social organisation) running an AI patent pool of 150 valid invention
/// patents, without a project loan.
fn pool_8_16() -> Vec<(&'static str, &'static str)> {
    vec![
        ("applicant_kind", "social_organisation"),
        ("registered_in", "zgc"),
        ("credit_blacklisted", "no"),
        ("same_content_funded", "no"),
        ("patent_pool_field", "ai"),
        ("patent_pool_cross_and_unified_licensing", "yes"),
        ("patent_pool_valid_invention_patents", "150"),
        ("patent_pool_has_project_loan", "no"),
    ]
}

#[test]
fn m8_16_pre_subsidy_2000_over_three_years() {
    let r = check(&pool_8_16(), "8.16", Eligible, Some("2000"));
    assert_eq!(r.best_route.as_deref(), Some("8.16/pre-subsidy"));
    assert_eq!(schedule(&r), vec![dec("1000"), dec("600"), dec("400")]);
    assert_eq!(route_outcome(&r, "8.16/interest"), Outcome::Failed);
}

#[test]
fn m8_16_pool_of_100_patents_inclusive() {
    check(
        &with(
            &pool_8_16(),
            &[("patent_pool_valid_invention_patents", "100")],
        ),
        "8.16",
        Eligible,
        Some("2000"),
    );
    check_fails_on(
        &with(
            &pool_8_16(),
            &[("patent_pool_valid_invention_patents", "99")],
        ),
        "8.16",
        "第十六条（二）2.",
    );
}

#[test]
fn m8_16_fields_open_list_and_licensing() {
    check_fails_on(
        &with(&pool_8_16(), &[("patent_pool_field", "other")]),
        "8.16",
        "第十六条（二）1.",
    );
    let r = check(
        &with(&pool_8_16(), &[("patent_pool_field", "other_key")]),
        "8.16",
        Eligible,
        Some("2000"),
    );
    assert!(r.subject_to_review, "another key field is the reviewers'");
    let r = check(&pool_8_16(), "8.16", Eligible, None);
    assert!(!r.subject_to_review);
    check_fails_on(
        &with(
            &pool_8_16(),
            &[("patent_pool_cross_and_unified_licensing", "no")],
        ),
        "8.16",
        "第十六条（二）1.",
    );
}

#[test]
fn m8_16_interest_route_30_percent_up_to_2000() {
    let loan = with(
        &pool_8_16(),
        &[
            ("patent_pool_has_project_loan", "yes"),
            ("patent_pool_loan_interest", "6000"),
        ],
    );
    let r = check(&loan, "8.16", Eligible, None);
    assert_eq!(route_outcome(&r, "8.16/interest"), Outcome::Met);
    assert_eq!(route_up_to(&r, "8.16/interest"), Some(dec("1800")));
    // 30% reaches 2000 at 6666.67 (2000.001 → capped).
    let r = check(
        &with(&loan, &[("patent_pool_loan_interest", "6666.66")]),
        "8.16",
        Eligible,
        None,
    );
    assert_eq!(route_up_to(&r, "8.16/interest"), Some(dec("1999.998")));
    let r = check(
        &with(&loan, &[("patent_pool_loan_interest", "6666.67")]),
        "8.16",
        Eligible,
        Some("2000"),
    );
    assert_eq!(route_up_to(&r, "8.16/interest"), Some(dec("2000")));
    let r = check(
        &with(&loan, &[("patent_pool_loan_interest", "")]),
        "8.16",
        Eligible,
        None,
    );
    assert_eq!(route_up_to(&r, "8.16/interest"), Some(dec("2000")));
    assert!(r
        .routes
        .iter()
        .any(|x| x.id == "8.16/interest" && x.amount.missing == vec!["patent_pool_loan_interest"]));
}

#[test]
fn m8_16_applicant_kinds() {
    check(
        &with(&pool_8_16(), &[("applicant_kind", "university")]),
        "8.16",
        Eligible,
        Some("2000"),
    );
    check_fails_on(
        &with(&pool_8_16(), &[("applicant_kind", "medical_institution")]),
        "8.16",
        "第十六条",
    );
    // An enterprise still needs 第四条's high-tech status.
    let firm = with(
        &pool_8_16(),
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
        ],
    );
    check_fails_on(&firm, "8.16", "第四条");
    check_undetermined_by(
        &with(&pool_8_16(), &[("applicant_kind", "enterprise")]),
        "8.16",
        "national_high_tech",
    );
}

#[test]
fn m8_16_unknown_pool_size_is_undetermined() {
    check_undetermined_by(
        &without(&pool_8_16(), &["patent_pool_valid_invention_patents"]),
        "8.16",
        "patent_pool_valid_invention_patents",
    );
}

// =================================================================================================
// 8.17 中关村标准
// =================================================================================================

/// 1 new standard (50) + 2 certified products (2 × 20) + 3 labelled products (3 × 10) = 120.
fn std_8_17() -> Vec<(&'static str, &'static str)> {
    join(
        ENTERPRISE,
        &[
            ("new_zgc_standards_led", "1"),
            ("zgc_certified_products", "2"),
            ("zgc_labelled_products", "3"),
        ],
    )
}

#[test]
fn m8_17_per_item_sum() {
    let r = check(&std_8_17(), "8.17", Eligible, Some("120"));
    assert!(!r.subject_to_review);
    assert!(r.notice.is_some(), "申报周期 is the notice's");
    assert!(has_reading(&r, "1字标"));
}

#[test]
fn m8_17_yearly_total_200() {
    // 3 × 50 + 2 × 20 = 190, below the cap.
    let p = with(
        &std_8_17(),
        &[
            ("new_zgc_standards_led", "3"),
            ("zgc_labelled_products", "0"),
        ],
    );
    check(&p, "8.17", Eligible, Some("190"));
    // 3 × 50 + 2 × 20 + 1 × 10 = 200, at the cap.
    let p = with(
        &std_8_17(),
        &[
            ("new_zgc_standards_led", "3"),
            ("zgc_labelled_products", "1"),
        ],
    );
    check(&p, "8.17", Eligible, Some("200"));
    // 4 × 50 + 0 + 1 × 10 = 210 → 200.
    let p = with(
        &std_8_17(),
        &[
            ("new_zgc_standards_led", "4"),
            ("zgc_certified_products", "0"),
            ("zgc_labelled_products", "1"),
        ],
    );
    check(&p, "8.17", Eligible, Some("200"));
}

#[test]
fn m8_17_needs_at_least_one_item() {
    let p = with(
        &std_8_17(),
        &[
            ("new_zgc_standards_led", "0"),
            ("zgc_certified_products", "0"),
            ("zgc_labelled_products", "0"),
        ],
    );
    check_fails_on(&p, "8.17", "第十七条（二）");
    check_undetermined_by(
        &without(
            &std_8_17(),
            &[
                "new_zgc_standards_led",
                "zgc_certified_products",
                "zgc_labelled_products",
            ],
        ),
        "8.17",
        "new_zgc_standards_led",
    );
}

#[test]
fn m8_17_unknown_count_leaves_the_amount_at_the_cap() {
    let p = without(&std_8_17(), &["zgc_certified_products"]);
    let r = check(&p, "8.17", Eligible, Some("200"));
    assert_eq!(missing(&r), vec!["zgc_certified_products"]);
}

#[test]
fn m8_17_social_organisations_and_others() {
    let org = vec![
        ("applicant_kind", "social_organisation"),
        ("registered_in", "zgc"),
        ("credit_blacklisted", "no"),
        ("same_content_funded", "no"),
        ("new_zgc_standards_led", "2"),
        ("zgc_certified_products", "0"),
        ("zgc_labelled_products", "0"),
    ];
    check(&org, "8.17", Eligible, Some("100"));
    check_fails_on(
        &with(&org, &[("applicant_kind", "research_institute")]),
        "8.17",
        "第十七条",
    );
}

// =================================================================================================
// 8.18 国际标准化
// =================================================================================================

/// 1 proposal (20) + 1 converted standard (30) + 1 chair (50) + 2 events costing 100
/// (min(50% × 100, 2 × 30) = 50) = 150, all bodies ISO/IEC/ITU/IEEE/3GPP.
fn intl_8_18() -> Vec<(&'static str, &'static str)> {
    join(
        ENTERPRISE,
        &[
            ("intl_standard_bodies_all_named", "yes"),
            ("intl_standard_proposals", "1"),
            ("intl_standard_proposals_breakthrough", "0"),
            ("zgc_standards_made_international", "1"),
            ("intl_posts_chair", "1"),
            ("intl_posts_vice_chair_or_sc_chair", "0"),
            ("intl_posts_sc_vice_chair_or_convenor", "0"),
            ("intl_standard_events_held", "2"),
            ("intl_standard_events_costs", "100"),
        ],
    )
}

#[test]
fn m8_18_per_item_sum_without_review() {
    let r = check(&intl_8_18(), "8.18", Eligible, Some("150"));
    assert!(
        !r.subject_to_review,
        "no breakthrough claimed, all bodies named: nothing for reviewers"
    );
}

#[test]
fn m8_18_events_half_of_costs_up_to_30_each() {
    // Two events: 50% of 120 = 60 = 2 × 30, at the cap; 50% of 140 = 70 → 60.
    check(
        &with(&intl_8_18(), &[("intl_standard_events_costs", "119.98")]),
        "8.18",
        Eligible,
        Some("159.99"),
    );
    check(
        &with(&intl_8_18(), &[("intl_standard_events_costs", "120")]),
        "8.18",
        Eligible,
        Some("160"),
    );
    check(
        &with(&intl_8_18(), &[("intl_standard_events_costs", "140")]),
        "8.18",
        Eligible,
        Some("160"),
    );
}

#[test]
fn m8_18_breakthrough_pays_30_and_goes_to_review() {
    let r = check(
        &with(
            &intl_8_18(),
            &[("intl_standard_proposals_breakthrough", "1")],
        ),
        "8.18",
        Eligible,
        Some("180"),
    );
    assert!(r.subject_to_review);
}

#[test]
fn m8_18_posts_50_30_20_and_the_200_cap() {
    // + vice-chair 30 + convenor 20 = 200, at the cap.
    let p = with(
        &intl_8_18(),
        &[
            ("intl_posts_vice_chair_or_sc_chair", "1"),
            ("intl_posts_sc_vice_chair_or_convenor", "1"),
        ],
    );
    check(&p, "8.18", Eligible, Some("200"));
    // + 2 vice-chairs = 210 → 200.
    let p = with(&intl_8_18(), &[("intl_posts_vice_chair_or_sc_chair", "2")]);
    check(&p, "8.18", Eligible, Some("200"));
    // Only a convenor post: 20.
    let only = with(
        &intl_8_18(),
        &[
            ("intl_standard_proposals", "0"),
            ("zgc_standards_made_international", "0"),
            ("intl_posts_chair", "0"),
            ("intl_posts_sc_vice_chair_or_convenor", "1"),
            ("intl_standard_events_held", "0"),
            ("intl_standard_events_costs", "0"),
        ],
    );
    check(&only, "8.18", Eligible, Some("20"));
    check_fails_on(
        &with(&only, &[("intl_posts_sc_vice_chair_or_convenor", "0")]),
        "8.18",
        "第十八条（二）",
    );
}

#[test]
fn m8_18_other_standards_bodies_need_the_reviewers() {
    let r = check(
        &with(&intl_8_18(), &[("intl_standard_bodies_all_named", "no")]),
        "8.18",
        Eligible,
        Some("150"),
    );
    assert!(r.subject_to_review);
    check_undetermined_by(
        &without(&intl_8_18(), &["intl_standard_bodies_all_named"]),
        "8.18",
        "intl_standard_bodies_all_named",
    );
}

#[test]
fn m8_18_applicants() {
    check_fails_on(
        &with(&intl_8_18(), &[("applicant_kind", "university")]),
        "8.18",
        "第十八条",
    );
}

// =================================================================================================
// 8.19 标准高端推进
// =================================================================================================

fn demo_8_19() -> Vec<(&'static str, &'static str)> {
    join(
        ENTERPRISE,
        &[
            ("received_8_19_in_last_3_years", "no"),
            ("zgc_standardisation_title", "demonstration"),
            ("industry_field", "smart_manufacturing"),
            ("intl_standards_last_3_years", "3"),
            ("zgc_standards_last_3_years", "2"),
            ("intl_standards_total", "3"),
            ("national_standards_total", "0"),
            ("zgc_standards_total", "2"),
            ("has_standardisation_department", "yes"),
            ("has_standardisation_goals", "yes"),
            ("standards_promotion_costs", "150"),
        ],
    )
}

fn pilot_8_19() -> Vec<(&'static str, &'static str)> {
    with(
        &demo_8_19(),
        &[
            ("zgc_standardisation_title", "pilot"),
            ("intl_standards_last_3_years", "1"),
            ("zgc_standards_last_3_years", "1"),
            ("intl_standards_total", "1"),
            ("zgc_standards_total", "1"),
        ],
    )
}

#[test]
fn m8_19_demonstration_half_of_costs_up_to_100() {
    let r = check(&demo_8_19(), "8.19", Eligible, Some("75"));
    assert_eq!(r.best_route.as_deref(), Some("8.19/demonstration"));
    assert!(r.subject_to_review);
    check(
        &with(&demo_8_19(), &[("standards_promotion_costs", "199.98")]),
        "8.19",
        Eligible,
        Some("99.99"),
    );
    check(
        &with(&demo_8_19(), &[("standards_promotion_costs", "200")]),
        "8.19",
        Eligible,
        Some("100"),
    );
    check(
        &with(&demo_8_19(), &[("standards_promotion_costs", "210")]),
        "8.19",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m8_19_demonstration_3_international_and_2_zgc_in_3_years() {
    check_fails_on(
        &with(&demo_8_19(), &[("intl_standards_last_3_years", "2")]),
        "8.19",
        "第十九条（二）1.",
    );
    check_fails_on(
        &with(&demo_8_19(), &[("zgc_standards_last_3_years", "1")]),
        "8.19",
        "第十九条（二）1.",
    );
}

#[test]
fn m8_19_demonstration_or_10_international_and_national_in_all() {
    let alt = with(
        &demo_8_19(),
        &[
            ("intl_standards_last_3_years", "0"),
            ("zgc_standards_last_3_years", "0"),
            ("intl_standards_total", "4"),
            ("national_standards_total", "6"),
            ("zgc_standards_total", "1"),
        ],
    );
    check(&alt, "8.19", Eligible, Some("75"));
    check_fails_on(
        &with(&alt, &[("national_standards_total", "5")]),
        "8.19",
        "第十九条（二）1.",
    );
    check_fails_on(
        &with(&alt, &[("zgc_standards_total", "0")]),
        "8.19",
        "第十九条（二）1.",
    );
    check_undetermined_by(
        &without(&alt, &["national_standards_total"]),
        "8.19",
        "national_standards_total",
    );
}

#[test]
fn m8_19_pilot_half_of_costs_up_to_50() {
    let r = check(&pilot_8_19(), "8.19", Eligible, Some("50"));
    assert_eq!(r.best_route.as_deref(), Some("8.19/pilot"));
    check(
        &with(&pilot_8_19(), &[("standards_promotion_costs", "99.98")]),
        "8.19",
        Eligible,
        Some("49.99"),
    );
    check(
        &with(&pilot_8_19(), &[("standards_promotion_costs", "100")]),
        "8.19",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m8_19_pilot_thresholds() {
    check_fails_on(
        &with(&pilot_8_19(), &[("intl_standards_last_3_years", "0")]),
        "8.19",
        "第十九条（二）2.",
    );
    let alt = with(
        &pilot_8_19(),
        &[
            ("intl_standards_last_3_years", "0"),
            ("national_standards_total", "2"),
        ],
    );
    check(&alt, "8.19", Eligible, Some("50"));
    check_fails_on(
        &with(&alt, &[("national_standards_total", "1")]),
        "8.19",
        "第十九条（二）2.",
    );
    check_fails_on(
        &with(&pilot_8_19(), &[("has_standardisation_department", "no")]),
        "8.19",
        "第十九条（二）2.",
    );
    check_undetermined_by(
        &without(&pilot_8_19(), &["has_standardisation_goals"]),
        "8.19",
        "has_standardisation_goals",
    );
}

#[test]
fn m8_19_title_once_and_applicants() {
    check_fails_on(
        &with(&demo_8_19(), &[("zgc_standardisation_title", "none")]),
        "8.19",
        "第十九条（二）",
    );
    check_fails_on(
        &with(&demo_8_19(), &[("received_8_19_in_last_3_years", "yes")]),
        "8.19",
        "第十九条",
    );
    let org = with(
        &demo_8_19(),
        &[
            ("applicant_kind", "social_organisation"),
            ("national_high_tech", ""),
        ],
    );
    check(&org, "8.19", Eligible, Some("75"));
    check_fails_on(
        &with(&demo_8_19(), &[("applicant_kind", "university")]),
        "8.19",
        "第十九条",
    );
}

// =================================================================================================
// 8.20 知识产权服务机构
// =================================================================================================

fn ip_8_20() -> Vec<(&'static str, &'static str)> {
    join(
        SERVICE,
        &[
            ("received_8_20_in_last_3_years", "no"),
            ("ip_service_clients_last_year", "5"),
            ("ip_service_projects_last_year", "10"),
            ("ip_service_revenue_last_year", "200"),
            ("has_fixed_office", "yes"),
            ("professional_service_staff", "10"),
            ("qualified_service_staff", "5"),
            ("no_penalty_or_discipline_last_3_years", "yes"),
            ("ip_service_costs", "80"),
        ],
    )
}

#[test]
fn m8_20_half_of_costs_up_to_50_at_every_threshold() {
    let r = check(&ip_8_20(), "8.20", Eligible, Some("40"));
    assert!(!r.subject_to_review);
    check(
        &with(&ip_8_20(), &[("ip_service_costs", "99.98")]),
        "8.20",
        Eligible,
        Some("49.99"),
    );
    check(
        &with(&ip_8_20(), &[("ip_service_costs", "100")]),
        "8.20",
        Eligible,
        Some("50"),
    );
    check(
        &with(&ip_8_20(), &[("ip_service_costs", "100.02")]),
        "8.20",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m8_20_each_threshold_one_below_fails() {
    check_fails_on(
        &with(&ip_8_20(), &[("ip_service_clients_last_year", "4")]),
        "8.20",
        "第二十条（二）1.",
    );
    check_fails_on(
        &with(&ip_8_20(), &[("ip_service_projects_last_year", "9")]),
        "8.20",
        "第二十条（二）1.",
    );
    check_fails_on(
        &with(&ip_8_20(), &[("ip_service_revenue_last_year", "199.99")]),
        "8.20",
        "第二十条（二）2.",
    );
    check_fails_on(
        &with(&ip_8_20(), &[("has_fixed_office", "no")]),
        "8.20",
        "第二十条（二）3.",
    );
    check_fails_on(
        &with(&ip_8_20(), &[("professional_service_staff", "9")]),
        "8.20",
        "第二十条（二）3.",
    );
    check_fails_on(
        &with(&ip_8_20(), &[("qualified_service_staff", "4")]),
        "8.20",
        "第二十条（二）3.",
    );
    check_fails_on(
        &with(
            &ip_8_20(),
            &[("no_penalty_or_discipline_last_3_years", "no")],
        ),
        "8.20",
        "第二十条（二）4.",
    );
}

#[test]
fn m8_20_unknown_revenue_is_undetermined() {
    check_undetermined_by(
        &without(&ip_8_20(), &["ip_service_revenue_last_year"]),
        "8.20",
        "ip_service_revenue_last_year",
    );
}

#[test]
fn m8_20_applicants_once_in_three_years() {
    check_fails_on(
        &with(&ip_8_20(), &[("received_8_20_in_last_3_years", "yes")]),
        "8.20",
        "第二十条",
    );
    check_fails_on(
        &with(&ip_8_20(), &[("applicant_kind", "university")]),
        "8.20",
        "第二十条",
    );
    // An IP firm applying as an enterprise needs 第四条's high-tech status.
    let firm = with(
        &ip_8_20(),
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
        ],
    );
    check_fails_on(&firm, "8.20", "第四条");
    check(
        &with(
            &ip_8_20(),
            &[("applicant_kind", "enterprise"), ("zgc_high_tech", "yes")],
        ),
        "8.20",
        Eligible,
        Some("40"),
    );
}

// =================================================================================================
// 8.21 标准化服务机构
// =================================================================================================

/// 2 service projects (2 × 10) + 1 certification rule (10) = 30.
fn std_svc_8_21() -> Vec<(&'static str, &'static str)> {
    join(
        SERVICE,
        &[
            ("received_8_21_in_last_3_years", "no"),
            ("standardisation_service_kind", "standards_service"),
            ("standardisation_service_items", "2"),
            ("zgc_certification_rules", "1"),
        ],
    )
}

#[test]
fn m8_21_per_item_10_subject_to_review() {
    let r = check(&std_svc_8_21(), "8.21", Eligible, Some("30"));
    assert!(r.subject_to_review, "按照服务绩效 is the reviewers'");
}

#[test]
fn m8_21_at_most_3_rules_a_year() {
    // 1 service + 3 rules = 40; 1 service + 5 rules: still 3 counted = 40.
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "1"),
            ("zgc_certification_rules", "3"),
        ],
    );
    check(&p, "8.21", Eligible, Some("40"));
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "1"),
            ("zgc_certification_rules", "5"),
        ],
    );
    check(&p, "8.21", Eligible, Some("40"));
    // Rules only: 2 → 20, 4 → 30.
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "0"),
            ("zgc_certification_rules", "2"),
        ],
    );
    check(&p, "8.21", Eligible, Some("20"));
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "0"),
            ("zgc_certification_rules", "4"),
        ],
    );
    check(&p, "8.21", Eligible, Some("30"));
}

#[test]
fn m8_21_yearly_total_50() {
    // 2 × 10 + 3 × 10 = 50, at the cap; 3 × 10 + 3 × 10 = 60 → 50; 1 × 10 + 3 × 10 = 40 below.
    let p = with(&std_svc_8_21(), &[("zgc_certification_rules", "4")]);
    check(&p, "8.21", Eligible, Some("50"));
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "3"),
            ("zgc_certification_rules", "3"),
        ],
    );
    check(&p, "8.21", Eligible, Some("50"));
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "6"),
            ("zgc_certification_rules", "0"),
        ],
    );
    check(&p, "8.21", Eligible, Some("50"));
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "4"),
            ("zgc_certification_rules", "0"),
        ],
    );
    check(&p, "8.21", Eligible, Some("40"));
}

#[test]
fn m8_21_kind_items_and_unknowns() {
    check(
        &with(
            &std_svc_8_21(),
            &[("standardisation_service_kind", "certification_body")],
        ),
        "8.21",
        Eligible,
        Some("30"),
    );
    check_fails_on(
        &with(&std_svc_8_21(), &[("standardisation_service_kind", "none")]),
        "8.21",
        "第二十一条（二）1.",
    );
    let p = with(
        &std_svc_8_21(),
        &[
            ("standardisation_service_items", "0"),
            ("zgc_certification_rules", "0"),
        ],
    );
    check_fails_on(&p, "8.21", "第二十一条");
    // Rules unknown: 2 × 10 + up to 3 × 10 = 50.
    let r = check(
        &without(&std_svc_8_21(), &["zgc_certification_rules"]),
        "8.21",
        Eligible,
        Some("50"),
    );
    assert_eq!(missing(&r), vec!["zgc_certification_rules"]);
}

#[test]
fn m8_21_once_in_three_years() {
    check_fails_on(
        &with(&std_svc_8_21(), &[("received_8_21_in_last_3_years", "yes")]),
        "8.21",
        "第二十一条",
    );
}

// =================================================================================================
// 8.22 科技服务品牌机构
// =================================================================================================

/// An engineering organisation with 50,000万 (5亿) revenue in each of the last 3 years, R&D of
/// exactly 3%, and a 3-year project budget of 1,000万 a year: 300 a year, 900 in all.
fn eng_8_22() -> Vec<(&'static str, &'static str)> {
    join(
        SERVICE,
        &[
            ("tech_service_field", "engineering"),
            ("revenue_last_year", "50000"),
            ("revenue_year_before", "50000"),
            ("revenue_third_last_year", "50000"),
            ("rd_expense_last_year", "1500"),
            ("brand_project_budget_year_1", "1000"),
            ("brand_project_budget_year_2", "1000"),
            ("brand_project_budget_year_3", "1000"),
        ],
    )
}

#[test]
fn m8_22_engineering_300_a_year_for_3_years() {
    let r = check(&eng_8_22(), "8.22", Eligible, Some("900"));
    assert_eq!(r.best_route.as_deref(), Some("8.22/engineering"));
    assert_eq!(schedule(&r), vec![dec("300"), dec("300"), dec("300")]);
    assert!(r.subject_to_review);
}

#[test]
fn m8_22_each_year_30_percent_of_its_budget() {
    // 30% of 800 = 240; of 1000 = 300 (at the cap); of 1100 = 330 → 300.
    let p = with(
        &eng_8_22(),
        &[
            ("brand_project_budget_year_1", "800"),
            ("brand_project_budget_year_3", "1100"),
        ],
    );
    let r = check(&p, "8.22", Eligible, Some("840"));
    assert_eq!(schedule(&r), vec![dec("240"), dec("300"), dec("300")]);
    let p = with(&eng_8_22(), &[("brand_project_budget_year_2", "999.99")]);
    let r = check(&p, "8.22", Eligible, Some("899.997"));
    assert_eq!(schedule(&r), vec![dec("300"), dec("299.997"), dec("300")]);
    let r = check(
        &without(&eng_8_22(), &["brand_project_budget_year_2"]),
        "8.22",
        Eligible,
        Some("900"),
    );
    assert_eq!(missing(&r), vec!["brand_project_budget_year_2"]);
}

#[test]
fn m8_22_engineering_revenue_5yi_in_each_year() {
    // One year below 5亿 and no 10% growth: fails.
    check_fails_on(
        &with(&eng_8_22(), &[("revenue_year_before", "49999.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
    check_fails_on(
        &with(&eng_8_22(), &[("revenue_third_last_year", "49999.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
}

#[test]
fn m8_22_engineering_or_2yi_with_10_percent_growth() {
    // 20,000 → 22,000 → 24,200: exactly 10% a year (24,200 = 1.21 × 20,000); R&D 3% of 24,200 = 726.
    let grow = with(
        &eng_8_22(),
        &[
            ("revenue_third_last_year", "20000"),
            ("revenue_year_before", "22000"),
            ("revenue_last_year", "24200"),
            ("rd_expense_last_year", "726"),
        ],
    );
    check(&grow, "8.22", Eligible, Some("900"));
    check_fails_on(
        &with(&grow, &[("revenue_last_year", "24199.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
    check_fails_on(
        &with(&grow, &[("revenue_year_before", "19999.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
    check_undetermined_by(
        &without(&grow, &["revenue_third_last_year"]),
        "8.22",
        "revenue_third_last_year",
    );
}

#[test]
fn m8_22_engineering_rd_share_3_percent() {
    check_fails_on(
        &with(&eng_8_22(), &[("rd_expense_last_year", "1499.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
}

#[test]
fn m8_22_testing_1yi_and_4_percent() {
    let testing = with(
        &eng_8_22(),
        &[
            ("tech_service_field", "testing"),
            ("revenue_last_year", "10000"),
            ("revenue_year_before", "10000"),
            ("revenue_third_last_year", "10000"),
            ("rd_expense_last_year", "400"),
        ],
    );
    let r = check(&testing, "8.22", Eligible, Some("900"));
    assert_eq!(r.best_route.as_deref(), Some("8.22/testing"));
    check_fails_on(
        &with(&testing, &[("rd_expense_last_year", "399.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
    check_fails_on(
        &with(&testing, &[("revenue_year_before", "9999.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
    // 5,000 → 6,050 with 10% growth; R&D 4% of 6,050 = 242.
    let grow = with(
        &testing,
        &[
            ("revenue_third_last_year", "5000"),
            ("revenue_year_before", "5500"),
            ("revenue_last_year", "6050"),
            ("rd_expense_last_year", "242"),
        ],
    );
    check(&grow, "8.22", Eligible, Some("900"));
    check_fails_on(
        &with(&grow, &[("revenue_third_last_year", "4999.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
}

#[test]
fn m8_22_consulting_5000_and_half_from_consulting() {
    let consulting = with(
        &eng_8_22(),
        &[
            ("tech_service_field", "consulting"),
            ("revenue_last_year", "5000"),
            ("revenue_year_before", "5000"),
            ("revenue_third_last_year", "5000"),
            ("rd_expense_last_year", "0"),
            ("consulting_revenue_last_year", "2500"),
        ],
    );
    let r = check(&consulting, "8.22", Eligible, Some("900"));
    assert_eq!(r.best_route.as_deref(), Some("8.22/consulting"));
    check_fails_on(
        &with(&consulting, &[("consulting_revenue_last_year", "2499.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
    // 2,000 → 2,420 with 10% growth, half of it consulting.
    let grow = with(
        &consulting,
        &[
            ("revenue_third_last_year", "2000"),
            ("revenue_year_before", "2100"),
            ("revenue_last_year", "2420"),
            ("consulting_revenue_last_year", "1210"),
        ],
    );
    check(&grow, "8.22", Eligible, Some("900"));
    check_fails_on(
        &with(&grow, &[("revenue_year_before", "1999.99")]),
        "8.22",
        "第二十二条（二）2.",
    );
}

#[test]
fn m8_22_only_the_three_named_fields() {
    check_fails_on(
        &with(&eng_8_22(), &[("tech_service_field", "other_tech_service")]),
        "8.22",
        "第二十二条（二）1.",
    );
    check_fails_on(
        &with(&eng_8_22(), &[("applicant_kind", "social_organisation")]),
        "8.22",
        "第二十二条",
    );
}

// =================================================================================================
// 8.23 重点区域聚集
// =================================================================================================

/// A design organisation newly set up in Future Science City that put in 40万 last year: 20.
fn new_8_23() -> Vec<(&'static str, &'static str)> {
    join(
        SERVICE,
        &[
            ("key_area_registered", "future_science_city"),
            ("key_area_office_and_team", "yes"),
            ("key_area_newly_established", "yes"),
            ("tech_service_field", "design"),
            ("key_area_input_last_year", "40"),
        ],
    )
}

fn existing_8_23() -> Vec<(&'static str, &'static str)> {
    with(
        &new_8_23(),
        &[
            ("key_area_newly_established", "no"),
            ("tech_service_field", "testing"),
            ("key_area_input_last_year", "80"),
        ],
    )
}

#[test]
fn m8_23_new_half_of_input_up_to_30() {
    let r = check(&new_8_23(), "8.23", Eligible, Some("20"));
    assert_eq!(r.best_route.as_deref(), Some("8.23/new"));
    assert!(!r.subject_to_review);
    assert!(r.notice.is_some());
    check(
        &with(&new_8_23(), &[("key_area_input_last_year", "59.98")]),
        "8.23",
        Eligible,
        Some("29.99"),
    );
    check(
        &with(&new_8_23(), &[("key_area_input_last_year", "60")]),
        "8.23",
        Eligible,
        Some("30"),
    );
    check(
        &with(&new_8_23(), &[("key_area_input_last_year", "60.02")]),
        "8.23",
        Eligible,
        Some("30"),
    );
}

#[test]
fn m8_23_existing_half_of_input_up_to_50_on_merit() {
    let r = check(&existing_8_23(), "8.23", Eligible, Some("40"));
    assert_eq!(r.best_route.as_deref(), Some("8.23/existing"));
    assert!(
        r.subject_to_review,
        "择优 and 良好的服务绩效 are the reviewers'"
    );
    check(
        &with(&existing_8_23(), &[("key_area_input_last_year", "99.98")]),
        "8.23",
        Eligible,
        Some("49.99"),
    );
    check(
        &with(&existing_8_23(), &[("key_area_input_last_year", "100")]),
        "8.23",
        Eligible,
        Some("50"),
    );
    check(
        &with(&existing_8_23(), &[("key_area_input_last_year", "120")]),
        "8.23",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m8_23_existing_only_engineering_testing_consulting() {
    check_fails_on(
        &with(&existing_8_23(), &[("tech_service_field", "design")]),
        "8.23",
        "第二十三条（一）",
    );
    let r = check(
        &with(
            &existing_8_23(),
            &[("tech_service_field", "other_tech_service")],
        ),
        "8.23",
        Eligible,
        Some("40"),
    );
    assert!(r.subject_to_review);
    let r = check(
        &with(&new_8_23(), &[("tech_service_field", "other_tech_service")]),
        "8.23",
        Eligible,
        Some("20"),
    );
    assert!(r.subject_to_review, "another field is the reviewers'");
    check_fails_on(
        &with(&new_8_23(), &[("tech_service_field", "not_tech_service")]),
        "8.23",
        "第二十三条（一）",
    );
}

#[test]
fn m8_23_area_and_office() {
    check_fails_on(
        &with(&new_8_23(), &[("key_area_registered", "none")]),
        "8.23",
        "第二十三条（二）1.",
    );
    check_fails_on(
        &with(&new_8_23(), &[("key_area_office_and_team", "no")]),
        "8.23",
        "第二十三条（二）1.",
    );
    check(
        &with(&new_8_23(), &[("key_area_registered", "sub_centre")]),
        "8.23",
        Eligible,
        Some("20"),
    );
    check_undetermined_by(
        &without(&new_8_23(), &["key_area_registered"]),
        "8.23",
        "key_area_registered",
    );
}

// =================================================================================================
// 8.24 专业开放服务平台
// =================================================================================================

/// A testing platform, open to users, that took 500万 of input last year: 30% = 150.
fn platform_8_24() -> Vec<(&'static str, &'static str)> {
    join(
        SERVICE,
        &[
            ("tech_service_field", "testing"),
            ("zgc_testing_service_platform", "no"),
            ("platform_connected_to_ncsti", "no"),
            ("platform_offers_specialised_services", "no"),
            ("platform_open_to_public", "yes"),
            ("platform_input_last_year", "500"),
        ],
    )
}

#[test]
fn m8_24_professional_30_percent_up_to_200() {
    let r = check(&platform_8_24(), "8.24", Eligible, Some("150"));
    assert_eq!(r.best_route.as_deref(), Some("8.24/professional"));
    assert!(r.subject_to_review);
    // 30% reaches 200 at 666.67 (200.001 → capped).
    check(
        &with(&platform_8_24(), &[("platform_input_last_year", "666.66")]),
        "8.24",
        Eligible,
        Some("199.998"),
    );
    check(
        &with(&platform_8_24(), &[("platform_input_last_year", "666.67")]),
        "8.24",
        Eligible,
        Some("200"),
    );
    check(
        &with(&platform_8_24(), &[("platform_input_last_year", "700")]),
        "8.24",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m8_24_zgc_testing_platform_counts_as_testing() {
    let p = with(
        &platform_8_24(),
        &[
            ("tech_service_field", "not_tech_service"),
            ("zgc_testing_service_platform", "yes"),
        ],
    );
    check(&p, "8.24", Eligible, Some("150"));
    let p = with(
        &platform_8_24(),
        &[("tech_service_field", "not_tech_service")],
    );
    check_fails_on(&p, "8.24", "第二十四条（二）1.");
}

#[test]
fn m8_24_internet_plus_route() {
    let p = with(
        &platform_8_24(),
        &[
            ("tech_service_field", "not_tech_service"),
            ("platform_connected_to_ncsti", "yes"),
            ("platform_offers_specialised_services", "yes"),
        ],
    );
    let r = check(&p, "8.24", Eligible, Some("150"));
    assert_eq!(r.best_route.as_deref(), Some("8.24/internet-plus"));
    check_fails_on(
        &with(&p, &[("platform_offers_specialised_services", "no")]),
        "8.24",
        "第二十四条（二）1.",
    );
}

#[test]
fn m8_24_open_to_users_and_applicants() {
    check_fails_on(
        &with(&platform_8_24(), &[("platform_open_to_public", "no")]),
        "8.24",
        "第二十四条（二）2.",
    );
    check(
        &with(&platform_8_24(), &[("applicant_kind", "university")]),
        "8.24",
        Eligible,
        Some("150"),
    );
    check_fails_on(
        &with(
            &platform_8_24(),
            &[("applicant_kind", "medical_institution")],
        ),
        "8.24",
        "第二十四条",
    );
}

// =================================================================================================
// 8.25 科技型社会组织
// =================================================================================================

/// An industry organisation that spent 300万 last year: year 1 50% = 150, years 2–3 up to 200.
fn industry_8_25() -> Vec<(&'static str, &'static str)> {
    vec![
        ("applicant_kind", "social_organisation"),
        ("registered_in", "zgc"),
        ("credit_blacklisted", "no"),
        ("same_content_funded", "no"),
        ("social_org_type", "industry"),
        ("social_org_in_integrity_system", "yes"),
        ("social_org_inspection_passes", "2"),
        ("social_org_support_stopped_last_2_years", "no"),
        ("social_org_costs_last_year", "300"),
    ]
}

fn comprehensive_8_25() -> Vec<(&'static str, &'static str)> {
    with(
        &industry_8_25(),
        &[
            ("social_org_type", "comprehensive"),
            ("municipal_hub_social_org", "yes"),
            ("member_social_orgs", "80"),
            ("social_org_inspection_passes", "5"),
            ("civil_affairs_rating", "4a"),
            ("social_org_costs_last_year", "400"),
        ],
    )
}

#[test]
fn m8_25_industry_200_a_year_50_percent_of_last_year() {
    let r = check(&industry_8_25(), "8.25", Eligible, Some("550"));
    assert_eq!(r.best_route.as_deref(), Some("8.25/industry-factor"));
    assert_eq!(schedule(&r), vec![dec("150"), dec("200"), dec("200")]);
    assert!(r.subject_to_review);
    // 50% reaches 200 at 400.
    check(
        &with(
            &industry_8_25(),
            &[("social_org_costs_last_year", "399.98")],
        ),
        "8.25",
        Eligible,
        Some("599.99"),
    );
    check(
        &with(&industry_8_25(), &[("social_org_costs_last_year", "400")]),
        "8.25",
        Eligible,
        Some("600"),
    );
    check(
        &with(&industry_8_25(), &[("social_org_costs_last_year", "500")]),
        "8.25",
        Eligible,
        Some("600"),
    );
    check(
        &with(&industry_8_25(), &[("social_org_type", "factor")]),
        "8.25",
        Eligible,
        Some("550"),
    );
}

#[test]
fn m8_25_industry_conditions() {
    check_fails_on(
        &with(&industry_8_25(), &[("social_org_inspection_passes", "1")]),
        "8.25",
        "第二十五条（二）",
    );
    check_fails_on(
        &with(
            &industry_8_25(),
            &[("social_org_in_integrity_system", "no")],
        ),
        "8.25",
        "第二十五条（二）",
    );
    check_fails_on(
        &with(&industry_8_25(), &[("social_org_type", "other")]),
        "8.25",
        "第二十五条（二）",
    );
}

#[test]
fn m8_25_comprehensive_300_a_year_70_percent_of_last_year() {
    // 70% of 400 = 280, then 300 and 300.
    let r = check(&comprehensive_8_25(), "8.25", Eligible, Some("880"));
    assert_eq!(r.best_route.as_deref(), Some("8.25/comprehensive"));
    assert_eq!(schedule(&r), vec![dec("280"), dec("300"), dec("300")]);
    // 70% reaches 300 at 428.57...: 428.57 → 299.999; 500 → 350 → 300.
    check(
        &with(
            &comprehensive_8_25(),
            &[("social_org_costs_last_year", "428.57")],
        ),
        "8.25",
        Eligible,
        Some("899.999"),
    );
    check(
        &with(
            &comprehensive_8_25(),
            &[("social_org_costs_last_year", "500")],
        ),
        "8.25",
        Eligible,
        Some("900"),
    );
}

#[test]
fn m8_25_comprehensive_thresholds() {
    check_fails_on(
        &with(&comprehensive_8_25(), &[("member_social_orgs", "79")]),
        "8.25",
        "第二十五条（二）",
    );
    check_fails_on(
        &with(
            &comprehensive_8_25(),
            &[("social_org_inspection_passes", "4")],
        ),
        "8.25",
        "第二十五条（二）",
    );
    check_fails_on(
        &with(&comprehensive_8_25(), &[("civil_affairs_rating", "3a")]),
        "8.25",
        "第二十五条（二）",
    );
    check(
        &with(&comprehensive_8_25(), &[("civil_affairs_rating", "5a")]),
        "8.25",
        Eligible,
        Some("880"),
    );
    check_fails_on(
        &with(&comprehensive_8_25(), &[("municipal_hub_social_org", "no")]),
        "8.25",
        "第二十五条（二）",
    );
}

#[test]
fn m8_25_stopped_support_bars_for_2_years() {
    check_fails_on(
        &with(
            &industry_8_25(),
            &[("social_org_support_stopped_last_2_years", "yes")],
        ),
        "8.25",
        "第二十五条（三）",
    );
}

#[test]
fn m8_25_unknown_costs_and_applicants() {
    let r = check(
        &without(&industry_8_25(), &["social_org_costs_last_year"]),
        "8.25",
        Eligible,
        Some("600"),
    );
    assert_eq!(missing(&r), vec!["social_org_costs_last_year"]);
    check_fails_on(
        &with(
            &industry_8_25(),
            &[("applicant_kind", "service_institution")],
        ),
        "8.25",
        "第二十五条",
    );
}

// =================================================================================================
// 8.26 出入境高风险特殊物品风险评估
// =================================================================================================

fn assessor_8_26() -> Vec<(&'static str, &'static str)> {
    join(
        SERVICE,
        &[
            ("handles_special_goods", "no"),
            ("has_biomedical_professionals", "yes"),
            ("organises_special_goods_assessment", "yes"),
            ("special_goods_assessment_costs", "150"),
            ("received_8_26_total", "0"),
        ],
    )
}

#[test]
fn m8_26_all_actual_costs_up_to_200_in_total() {
    let r = check(&assessor_8_26(), "8.26", Eligible, Some("150"));
    assert!(r.subject_to_review);
    check(
        &with(
            &assessor_8_26(),
            &[("special_goods_assessment_costs", "199.99")],
        ),
        "8.26",
        Eligible,
        Some("199.99"),
    );
    check(
        &with(
            &assessor_8_26(),
            &[("special_goods_assessment_costs", "200")],
        ),
        "8.26",
        Eligible,
        Some("200"),
    );
    check(
        &with(
            &assessor_8_26(),
            &[("special_goods_assessment_costs", "250")],
        ),
        "8.26",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m8_26_what_was_received_comes_off_the_200() {
    check(
        &with(&assessor_8_26(), &[("received_8_26_total", "120")]),
        "8.26",
        Eligible,
        Some("80"),
    );
    check(
        &with(&assessor_8_26(), &[("received_8_26_total", "199.99")]),
        "8.26",
        Eligible,
        Some("0.01"),
    );
    check_fails_on(
        &with(&assessor_8_26(), &[("received_8_26_total", "200")]),
        "8.26",
        "第二十六条（三）",
    );
    check_undetermined_by(
        &without(&assessor_8_26(), &["received_8_26_total"]),
        "8.26",
        "received_8_26_total",
    );
}

#[test]
fn m8_26_conditions_and_applicants() {
    check_fails_on(
        &with(&assessor_8_26(), &[("handles_special_goods", "yes")]),
        "8.26",
        "第二十六条（二）",
    );
    check_fails_on(
        &with(&assessor_8_26(), &[("has_biomedical_professionals", "no")]),
        "8.26",
        "第二十六条（二）",
    );
    check_fails_on(
        &with(
            &assessor_8_26(),
            &[("organises_special_goods_assessment", "no")],
        ),
        "8.26",
        "第二十六条（二）",
    );
    check(
        &with(
            &assessor_8_26(),
            &[("applicant_kind", "research_institute")],
        ),
        "8.26",
        Eligible,
        Some("150"),
    );
    check_fails_on(
        &with(
            &assessor_8_26(),
            &[("applicant_kind", "medical_institution")],
        ),
        "8.26",
        "第二十六条",
    );
}

// =================================================================================================
// The part as a whole
// =================================================================================================

#[test]
fn doc8_ip_services_measures_are_all_listed_in_article_order() {
    let ids: Vec<&str> = zgc_rules::measures()
        .iter()
        .map(|m| m.id)
        .filter(|id| id.starts_with("8."))
        .collect();
    let mine: Vec<&str> = ids
        .into_iter()
        .filter(|id| {
            id.trim_start_matches("8.")
                .parse::<u32>()
                .is_ok_and(|n| n >= 14)
        })
        .collect();
    assert_eq!(
        mine,
        vec![
            "8.14", "8.15", "8.16", "8.17", "8.18", "8.19", "8.20", "8.21", "8.22", "8.23", "8.24",
            "8.25", "8.26"
        ]
    );
}

#[test]
fn doc8_ip_services_every_measure_has_its_text_and_a_ceiling() {
    for m in zgc_rules::measures()
        .iter()
        .filter(|m| m.id.starts_with("8."))
    {
        let n: u32 = m.id.trim_start_matches("8.").parse().unwrap_or(0);
        if n < 14 {
            continue;
        }
        assert!(
            !m.content.zh().is_empty()
                && !m.conditions_text.zh().is_empty()
                && !m.amount_text.zh().is_empty(),
            "{}",
            m.id
        );
        assert!(
            !m.content.en().is_empty()
                && !m.conditions_text.en().is_empty()
                && !m.amount_text.en().is_empty(),
            "{}",
            m.id
        );
        assert!(m.ceiling().is_some(), "{} has a cap in its text", m.id);
    }
}

#[test]
fn doc8_ip_services_ceilings_match_the_text() {
    let ceiling = |id: &str| {
        zgc_rules::measures()
            .iter()
            .find(|m| m.id == id)
            .and_then(|m| m.ceiling())
    };
    // 8.16: 2000 per pool; 8.22: 3 × 300; 8.25: 3 × 300 (comprehensive); 8.26: 200 in total.
    assert_eq!(ceiling("8.14"), Some(dec("50")));
    assert_eq!(ceiling("8.15"), Some(dec("100")));
    assert_eq!(ceiling("8.16"), Some(dec("2000")));
    assert_eq!(ceiling("8.17"), Some(dec("200")));
    assert_eq!(ceiling("8.18"), Some(dec("200")));
    assert_eq!(ceiling("8.19"), Some(dec("100")));
    assert_eq!(ceiling("8.20"), Some(dec("50")));
    assert_eq!(ceiling("8.21"), Some(dec("50")));
    assert_eq!(ceiling("8.22"), Some(dec("900")));
    assert_eq!(ceiling("8.23"), Some(dec("50")));
    assert_eq!(ceiling("8.24"), Some(dec("200")));
    assert_eq!(ceiling("8.25"), Some(dec("900")));
    assert_eq!(ceiling("8.26"), Some(dec("200")));
}
