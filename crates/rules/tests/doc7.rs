//! 京科发〔2022〕7号: measures 7.5–7.11, each threshold on both sides, each cap and schedule,
//! each route, the 第四条 gate. Expected amounts are worked out by hand from the text.

mod common;
use common::*;
use rust_decimal::Decimal;
use zgc_rules::MeasureResult;
use zgc_rules::Status::*;

/// The year-by-year "up to" of an evaluated schedule, in order.
fn schedule(r: &MeasureResult) -> Vec<Decimal> {
    r.amount
        .as_ref()
        .map(|a| a.schedule.iter().map(|y| y.up_to).collect())
        .unwrap_or_default()
}

fn decs(v: &[&str]) -> Vec<Decimal> {
    v.iter().map(|s| dec(s)).collect()
}

// ---- 7.5 支持高品质科技园区建设 ------------------------------------------------------------------

/// A park operator in the zone with an industry-service-facility project of 6,000万 total
/// investment: 50% is 3,000万, spread as 2,000 (year 1) + 1,000 (year 2) + 0.
const PARK: &[(&str, &str)] = &[
    ("applicant_kind", "park_operator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("park_project_content", "industry_service_facilities"),
    ("park_project_special_kind", "neither"),
    ("park_fits_district_plan_and_land_legal", "yes"),
    ("park_is_key_development_park", "yes"),
    ("district_support_policy_for_park", "yes"),
    ("park_project_total_investment", "6000"),
];

#[test]
fn m7_5_base_eligible_half_of_6000_is_3000_subject_to_review() {
    let r = check(PARK, "7.5", Eligible, Some("3000"));
    assert!(
        r.subject_to_review,
        "judgement clauses (二)2.–4. leave it to review"
    );
    assert_eq!(schedule(&r), decs(&["2000", "1000", "0"]));
    assert!(!r.readings.is_empty());
}

#[test]
fn m7_5_total_cap_5000_reached_at_investment_10000() {
    // 50% × 9,999.98 = 4,999.99, below the 5,000 total.
    let r = check(
        &with(PARK, &[("park_project_total_investment", "9999.98")]),
        "7.5",
        Eligible,
        Some("4999.99"),
    );
    assert_eq!(schedule(&r), decs(&["2000", "1500", "1499.99"]));
    // 50% × 10,000 = 5,000: exactly the total, and exactly 2,000 + 1,500 + 1,500.
    let r = check(
        &with(PARK, &[("park_project_total_investment", "10000")]),
        "7.5",
        Eligible,
        Some("5000"),
    );
    assert_eq!(schedule(&r), decs(&["2000", "1500", "1500"]));
    // 50% × 12,000 = 6,000 → capped at 5,000.
    let r = check(
        &with(PARK, &[("park_project_total_investment", "12000")]),
        "7.5",
        Eligible,
        Some("5000"),
    );
    assert_eq!(schedule(&r), decs(&["2000", "1500", "1500"]));
}

#[test]
fn m7_5_year_one_cap_2000() {
    // 50% × 4,000 = 2,000: all of it fits in year 1.
    let r = check(
        &with(PARK, &[("park_project_total_investment", "4000")]),
        "7.5",
        Eligible,
        Some("2000"),
    );
    assert_eq!(schedule(&r), decs(&["2000", "0", "0"]));
    // 50% × 4,000.02 = 2,000.01: year 1 is full at 2,000, 0.01 spills into year 2.
    let r = check(
        &with(PARK, &[("park_project_total_investment", "4000.02")]),
        "7.5",
        Eligible,
        Some("2000.01"),
    );
    assert_eq!(schedule(&r), decs(&["2000", "0.01", "0"]));
}

#[test]
fn m7_5_unknown_investment_shows_the_5000_cap_and_asks_for_it() {
    let r = check(
        &without(PARK, &["park_project_total_investment"]),
        "7.5",
        Eligible,
        Some("5000"),
    );
    let a = r.amount.expect("an amount");
    assert!(!a.determined);
    assert!(a.missing.contains(&"park_project_total_investment"));
}

#[test]
fn m7_5_content_must_be_one_of_the_three_kinds() {
    for kind in ["public_service_facilities", "smart_upgrade"] {
        check(
            &with(PARK, &[("park_project_content", kind)]),
            "7.5",
            Eligible,
            Some("3000"),
        );
    }
    check_fails_on(
        &with(PARK, &[("park_project_content", "other")]),
        "7.5",
        "第五条（一）",
    );
}

#[test]
fn m7_5_park_status_plan_and_district_support() {
    check_fails_on(
        &with(PARK, &[("park_is_key_development_park", "no")]),
        "7.5",
        "第五条（二）1.",
    );
    check_fails_on(
        &with(PARK, &[("district_support_policy_for_park", "no")]),
        "7.5",
        "第五条（二）1.",
    );
    check_fails_on(
        &with(PARK, &[("park_fits_district_plan_and_land_legal", "no")]),
        "7.5",
        "第五条（二）1.",
    );
    check_undetermined_by(
        &without(PARK, &["park_is_key_development_park"]),
        "7.5",
        "park_is_key_development_park",
    );
}

#[test]
fn m7_5_unicorn_cluster_needs_district_decision_and_policy() {
    let p = with(
        PARK,
        &[
            ("park_project_special_kind", "unicorn_cluster"),
            ("unicorn_cluster_established_by_district", "yes"),
            ("unicorn_cluster_policy_issued", "yes"),
        ],
    );
    check(&p, "7.5", Eligible, Some("3000"));
    check_fails_on(
        &with(&p, &[("unicorn_cluster_policy_issued", "no")]),
        "7.5",
        "第五条（二）5.",
    );
    check_fails_on(
        &with(&p, &[("unicorn_cluster_established_by_district", "no")]),
        "7.5",
        "第五条（二）5.",
    );
    check_undetermined_by(
        &without(&p, &["unicorn_cluster_established_by_district"]),
        "7.5",
        "unicorn_cluster_established_by_district",
    );
    // Not a unicorn cluster: the two district facts are not asked.
    check(
        &without(
            PARK,
            &[
                "unicorn_cluster_established_by_district",
                "unicorn_cluster_policy_issued",
            ],
        ),
        "7.5",
        Eligible,
        Some("3000"),
    );
}

#[test]
fn m7_5_frontier_centre_needs_joint_city_district_establishment() {
    let p = with(
        PARK,
        &[
            ("park_project_special_kind", "frontier_centre"),
            ("frontier_centre_established_by_city_and_district", "yes"),
        ],
    );
    check(&p, "7.5", Eligible, Some("3000"));
    check_fails_on(
        &with(
            &p,
            &[("frontier_centre_established_by_city_and_district", "no")],
        ),
        "7.5",
        "第五条（二）6.",
    );
}

#[test]
fn m7_5_unknown_project_kind_is_undetermined_and_named() {
    check_undetermined_by(
        &without(PARK, &["park_project_special_kind"]),
        "7.5",
        "park_project_special_kind",
    );
}

#[test]
fn m7_5_only_park_developers_and_operators() {
    let p = with(
        PARK,
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "yes"),
        ],
    );
    check_fails_on(&p, "7.5", "本条支持对象");
    check_fails_on(
        &with(PARK, &[("applicant_kind", "incubator")]),
        "7.5",
        "本条支持对象",
    );
}

// ---- 7.6 支持改造提升存量空间 --------------------------------------------------------------------

/// The investor in a renovation accepted on 2025-03-01, 2,000万 spent in the last 2 years:
/// 30% is 600万.
const STOCK: &[(&str, &str)] = &[
    ("applicant_kind", "park_operator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("stock_space_fits_plan_and_permits_legal", "yes"),
    ("stock_space_has_renovation_plan", "yes"),
    ("stock_space_used_for_innovation", "yes"),
    ("stock_space_completion_accepted_on", "2025-03-01"),
    ("stock_space_in_use", "yes"),
    ("applicant_is_renovation_investor", "yes"),
    ("renovation_investor_sound_management", "yes"),
    ("stock_space_renovation_investment_last_2_years", "2000"),
];

#[test]
fn m7_6_base_thirty_percent_of_2000_is_600() {
    let r = check(STOCK, "7.6", Eligible, Some("600"));
    assert!(r.subject_to_review, "综合评估 is the reviewers'");
}

#[test]
fn m7_6_cap_1000_reached_between_3333_33_and_3333_34() {
    check(
        &with(
            STOCK,
            &[("stock_space_renovation_investment_last_2_years", "3000")],
        ),
        "7.6",
        Eligible,
        Some("900"),
    );
    // 30% × 3,333.33 = 999.999, just under the cap.
    check(
        &with(
            STOCK,
            &[("stock_space_renovation_investment_last_2_years", "3333.33")],
        ),
        "7.6",
        Eligible,
        Some("999.999"),
    );
    // 30% × 3,333.34 = 1,000.002 → capped at 1,000.
    check(
        &with(
            STOCK,
            &[("stock_space_renovation_investment_last_2_years", "3333.34")],
        ),
        "7.6",
        Eligible,
        Some("1000"),
    );
    check(
        &with(
            STOCK,
            &[("stock_space_renovation_investment_last_2_years", "8000")],
        ),
        "7.6",
        Eligible,
        Some("1000"),
    );
}

#[test]
fn m7_6_completion_within_2_years_inclusive() {
    // 2024-06-30 + 2 years ends on 2026-06-30, the assessment date: inside. A day earlier: outside.
    check(
        &with(
            STOCK,
            &[("stock_space_completion_accepted_on", "2024-06-30")],
        ),
        "7.6",
        Eligible,
        Some("600"),
    );
    check_fails_on(
        &with(
            STOCK,
            &[("stock_space_completion_accepted_on", "2024-06-29")],
        ),
        "7.6",
        "第六条（二）3.",
    );
    // Accepted on the assessment date itself: inside; a date after it is not yet a completion.
    check(
        &with(
            STOCK,
            &[("stock_space_completion_accepted_on", "2026-06-30")],
        ),
        "7.6",
        Eligible,
        Some("600"),
    );
    check_fails_on(
        &with(
            STOCK,
            &[("stock_space_completion_accepted_on", "2026-07-01")],
        ),
        "7.6",
        "第六条（二）3.",
    );
    // Another assessment date moves the window.
    check_on(
        &with(
            STOCK,
            &[("stock_space_completion_accepted_on", "2024-06-29")],
        ),
        "2026-06-29",
        "7.6",
        Eligible,
        Some("600"),
    );
}

#[test]
fn m7_6_must_be_in_use_and_the_applicant_the_investor() {
    check_fails_on(
        &with(STOCK, &[("stock_space_in_use", "no")]),
        "7.6",
        "第六条（二）3.",
    );
    check_fails_on(
        &with(STOCK, &[("applicant_is_renovation_investor", "no")]),
        "7.6",
        "第六条（二）4.",
    );
    check_fails_on(
        &with(STOCK, &[("renovation_investor_sound_management", "no")]),
        "7.6",
        "第六条（二）4.",
    );
    check_fails_on(
        &with(STOCK, &[("stock_space_used_for_innovation", "no")]),
        "7.6",
        "第六条（二）2.",
    );
    check_fails_on(
        &with(STOCK, &[("stock_space_fits_plan_and_permits_legal", "no")]),
        "7.6",
        "第六条（二）1.",
    );
}

#[test]
fn m7_6_unknown_completion_date_is_undetermined_and_named() {
    check_undetermined_by(
        &without(STOCK, &["stock_space_completion_accepted_on"]),
        "7.6",
        "stock_space_completion_accepted_on",
    );
}

#[test]
fn m7_6_unknown_spend_shows_the_1000_cap() {
    let r = check(
        &without(STOCK, &["stock_space_renovation_investment_last_2_years"]),
        "7.6",
        Eligible,
        Some("1000"),
    );
    assert!(!r.amount.expect("an amount").determined);
}

#[test]
fn m7_6_an_owner_enterprise_needs_high_tech_status() {
    let owner = with(
        STOCK,
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
        ],
    );
    check_fails_on(&owner, "7.6", "第四条");
    check(
        &with(&owner, &[("zgc_high_tech", "yes")]),
        "7.6",
        Eligible,
        Some("600"),
    );
    check_fails_on(
        &with(STOCK, &[("applicant_kind", "university")]),
        "7.6",
        "本条支持对象",
    );
}

// ---- 7.7 支持建设标杆型孵化器 --------------------------------------------------------------------

/// An incubator in a sub-park meeting (二)1.(1)–(4) with 12 hard-tech teams, applying as a
/// leading benchmark incubator; it cultivated only 3 firms this year (route 2 fails).
const INCUBATOR: &[(&str, &str)] = &[
    ("applicant_kind", "incubator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("incubator_in_zgc_subpark", "yes"),
    ("incubator_core_team_experience", "yes"),
    ("incubator_market_autonomy", "yes"),
    ("incubator_tech_service_platform", "yes"),
    ("hard_tech_teams_incubated_or_reserved", "12"),
    ("benchmark_incubator_class", "leading"),
    ("hard_tech_firms_cultivated_this_year", "3"),
    ("in_benchmark_incubator_support_period", "no"),
];

/// The same organisation for route 2 only: too few teams for a benchmark incubator, 5 firms
/// cultivated this year.
const HARD_TECH: &[(&str, &str)] = &[
    ("applicant_kind", "incubator"),
    ("registered_in", "beijing_other"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("incubator_in_zgc_subpark", "no"),
    ("hard_tech_teams_incubated_or_reserved", "2"),
    ("hard_tech_firms_cultivated_this_year", "5"),
    ("in_benchmark_incubator_support_period", "no"),
];

#[test]
fn m7_7_benchmark_leading_1000_500_500_total_2000() {
    let r = check(INCUBATOR, "7.7", Eligible, Some("2000"));
    assert_eq!(r.best_route.as_deref(), Some("7.7/benchmark"));
    assert_eq!(schedule(&r), decs(&["1000", "500", "500"]));
    assert!(r.subject_to_review);
}

#[test]
fn m7_7_benchmark_cultivating_200_100_100() {
    let r = check(
        &with(INCUBATOR, &[("benchmark_incubator_class", "cultivating")]),
        "7.7",
        Eligible,
        Some("400"),
    );
    assert_eq!(schedule(&r), decs(&["200", "100", "100"]));
    assert_eq!(r.best_route.as_deref(), Some("7.7/benchmark"));
}

#[test]
fn m7_7_benchmark_class_unknown_shows_leading_caps_and_asks() {
    let r = check(
        &without(INCUBATOR, &["benchmark_incubator_class"]),
        "7.7",
        Eligible,
        Some("2000"),
    );
    let a = r.amount.expect("an amount");
    assert!(!a.determined);
    assert!(a.missing.contains(&"benchmark_incubator_class"));
}

#[test]
fn m7_7_benchmark_teams_10_inclusive_9_fails() {
    check(
        &with(
            INCUBATOR,
            &[("hard_tech_teams_incubated_or_reserved", "10")],
        ),
        "7.7",
        Eligible,
        Some("2000"),
    );
    let r = check_fails_on(
        &with(INCUBATOR, &[("hard_tech_teams_incubated_or_reserved", "9")]),
        "7.7",
        "第七条（二）1.(4)",
    );
    let gap = r
        .gaps
        .iter()
        .find(|g| g.threshold == dec("10"))
        .expect("gap to 10");
    assert_eq!(gap.short_by, Some(dec("1")));
    check_undetermined_by(
        &without(INCUBATOR, &["hard_tech_teams_incubated_or_reserved"]),
        "7.7",
        "hard_tech_teams_incubated_or_reserved",
    );
}

#[test]
fn m7_7_benchmark_without_platform_is_left_to_review_not_failed() {
    let r = check(
        &with(INCUBATOR, &[("incubator_tech_service_platform", "no")]),
        "7.7",
        Eligible,
        Some("2000"),
    );
    assert!(r.subject_to_review);
}

#[test]
fn m7_7_benchmark_sub_park_team_and_autonomy() {
    check_fails_on(
        &with(INCUBATOR, &[("incubator_in_zgc_subpark", "no")]),
        "7.7",
        "第七条（一）1.",
    );
    check_fails_on(
        &with(INCUBATOR, &[("incubator_core_team_experience", "no")]),
        "7.7",
        "第七条（二）1.(1)",
    );
    check_fails_on(
        &with(INCUBATOR, &[("incubator_market_autonomy", "no")]),
        "7.7",
        "第七条（二）1.(2)",
    );
}

#[test]
fn m7_7_hard_tech_five_firms_inclusive_four_fails() {
    let r = check(HARD_TECH, "7.7", Eligible, Some("50"));
    assert_eq!(r.best_route.as_deref(), Some("7.7/hard-tech"));
    assert!(r.subject_to_review, "择优");
    check_fails_on(
        &with(HARD_TECH, &[("hard_tech_firms_cultivated_this_year", "4")]),
        "7.7",
        "第七条（二）2.",
    );
    check_undetermined_by(
        &without(HARD_TECH, &["hard_tech_firms_cultivated_this_year"]),
        "7.7",
        "hard_tech_firms_cultivated_this_year",
    );
}

#[test]
fn m7_7_hard_tech_excludes_organisations_in_a_benchmark_support_period() {
    check_fails_on(
        &with(
            HARD_TECH,
            &[("in_benchmark_incubator_support_period", "yes")],
        ),
        "7.7",
        "第七条（三）2.",
    );
    check_undetermined_by(
        &without(HARD_TECH, &["in_benchmark_incubator_support_period"]),
        "7.7",
        "in_benchmark_incubator_support_period",
    );
    // The exclusion binds route 2 only: the benchmark route stays open.
    let p = with(
        INCUBATOR,
        &[
            ("in_benchmark_incubator_support_period", "yes"),
            ("hard_tech_firms_cultivated_this_year", "9"),
        ],
    );
    let r = check(&p, "7.7", Eligible, Some("2000"));
    assert_eq!(r.best_route.as_deref(), Some("7.7/benchmark"));
}

#[test]
fn m7_7_both_routes_open_the_best_counts() {
    let p = with(
        INCUBATOR,
        &[
            ("benchmark_incubator_class", "cultivating"),
            ("hard_tech_firms_cultivated_this_year", "6"),
        ],
    );
    let r = check(&p, "7.7", Eligible, Some("400"));
    assert_eq!(r.best_route.as_deref(), Some("7.7/benchmark"));
    assert_eq!(
        r.routes
            .iter()
            .filter(|x| x.outcome != zgc_rules::condition::Outcome::Failed)
            .count(),
        2
    );
}

#[test]
fn m7_7_only_start_up_service_organisations() {
    check_fails_on(
        &with(INCUBATOR, &[("applicant_kind", "park_operator")]),
        "7.7",
        "本条支持对象",
    );
    check_fails_on(
        &with(HARD_TECH, &[("applicant_kind", "university")]),
        "7.7",
        "本条支持对象",
    );
}

// ---- 7.8 支持建设一流大学科技园 ------------------------------------------------------------------

/// A university science park's operating company with a 5,000万 project: 30% is 1,500万.
const SCIENCE_PARK: &[(&str, &str)] = &[
    ("applicant_kind", "park_operator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("science_park_set_up_by_university", "yes"),
    ("science_park_future_industry_firms_nearby", "yes"),
    ("science_park_project_total_investment", "5000"),
];

#[test]
fn m7_8_base_thirty_percent_of_5000_is_1500() {
    let r = check(SCIENCE_PARK, "7.8", Eligible, Some("1500"));
    assert_eq!(schedule(&r), decs(&["1000", "500", "0"]));
    assert!(r.subject_to_review);
}

#[test]
fn m7_8_total_cap_3000_reached_at_investment_10000() {
    // 30% × 9,999.99 = 2,999.997.
    let r = check(
        &with(
            SCIENCE_PARK,
            &[("science_park_project_total_investment", "9999.99")],
        ),
        "7.8",
        Eligible,
        Some("2999.997"),
    );
    assert_eq!(schedule(&r), decs(&["1000", "1000", "999.997"]));
    let r = check(
        &with(
            SCIENCE_PARK,
            &[("science_park_project_total_investment", "10000")],
        ),
        "7.8",
        Eligible,
        Some("3000"),
    );
    assert_eq!(schedule(&r), decs(&["1000", "1000", "1000"]));
    // 30% × 20,000 = 6,000 → 3,000.
    check(
        &with(
            SCIENCE_PARK,
            &[("science_park_project_total_investment", "20000")],
        ),
        "7.8",
        Eligible,
        Some("3000"),
    );
}

#[test]
fn m7_8_year_one_cap_1000() {
    // 30% × 3,333.33 = 999.999: year 1 only.
    let r = check(
        &with(
            SCIENCE_PARK,
            &[("science_park_project_total_investment", "3333.33")],
        ),
        "7.8",
        Eligible,
        Some("999.999"),
    );
    assert_eq!(schedule(&r), decs(&["999.999", "0", "0"]));
    // 30% × 3,333.34 = 1,000.002: year 1 is full, 0.002 in year 2.
    let r = check(
        &with(
            SCIENCE_PARK,
            &[("science_park_project_total_investment", "3333.34")],
        ),
        "7.8",
        Eligible,
        Some("1000.002"),
    );
    assert_eq!(schedule(&r), decs(&["1000", "0.002", "0"]));
}

#[test]
fn m7_8_conditions() {
    check_fails_on(
        &with(SCIENCE_PARK, &[("science_park_set_up_by_university", "no")]),
        "7.8",
        "第八条（二）1.",
    );
    check_fails_on(
        &with(
            SCIENCE_PARK,
            &[("science_park_future_industry_firms_nearby", "no")],
        ),
        "7.8",
        "第八条（二）4.",
    );
    check_undetermined_by(
        &without(SCIENCE_PARK, &["science_park_future_industry_firms_nearby"]),
        "7.8",
        "science_park_future_industry_firms_nearby",
    );
}

#[test]
fn m7_8_who_runs_the_science_park() {
    for kind in ["university", "incubator"] {
        check(
            &with(SCIENCE_PARK, &[("applicant_kind", kind)]),
            "7.8",
            Eligible,
            Some("1500"),
        );
    }
    check_fails_on(
        &with(SCIENCE_PARK, &[("applicant_kind", "research_institute")]),
        "7.8",
        "本条支持对象",
    );
}

// ---- 7.9 支持专业化园区运营服务机构发展 -------------------------------------------------------------

/// A park operator with an agreement and performance targets, 4,000万 project: 50% is 2,000万.
const OPERATOR: &[(&str, &str)] = &[
    ("applicant_kind", "park_operator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("operator_serves_subpark_leading_industry", "yes"),
    ("operator_agreement_with_targets", "yes"),
    ("operator_project_total_investment", "4000"),
];

#[test]
fn m7_9_base_half_of_4000_is_2000() {
    let r = check(OPERATOR, "7.9", Eligible, Some("2000"));
    assert_eq!(schedule(&r), decs(&["1000", "1000", "0"]));
    assert!(r.subject_to_review);
}

#[test]
fn m7_9_total_cap_3000_reached_at_investment_6000() {
    // 50% × 5,999.98 = 2,999.99.
    let r = check(
        &with(
            OPERATOR,
            &[("operator_project_total_investment", "5999.98")],
        ),
        "7.9",
        Eligible,
        Some("2999.99"),
    );
    assert_eq!(schedule(&r), decs(&["1000", "1000", "999.99"]));
    let r = check(
        &with(OPERATOR, &[("operator_project_total_investment", "6000")]),
        "7.9",
        Eligible,
        Some("3000"),
    );
    assert_eq!(schedule(&r), decs(&["1000", "1000", "1000"]));
    // 50% × 8,000 = 4,000 → 3,000.
    check(
        &with(OPERATOR, &[("operator_project_total_investment", "8000")]),
        "7.9",
        Eligible,
        Some("3000"),
    );
}

#[test]
fn m7_9_year_one_cap_1000() {
    // 50% × 1,999.98 = 999.99; 50% × 2,000.02 = 1,000.01 spills 0.01 into year 2.
    let r = check(
        &with(
            OPERATOR,
            &[("operator_project_total_investment", "1999.98")],
        ),
        "7.9",
        Eligible,
        Some("999.99"),
    );
    assert_eq!(schedule(&r), decs(&["999.99", "0", "0"]));
    let r = check(
        &with(
            OPERATOR,
            &[("operator_project_total_investment", "2000.02")],
        ),
        "7.9",
        Eligible,
        Some("1000.01"),
    );
    assert_eq!(schedule(&r), decs(&["1000", "0.01", "0"]));
}

#[test]
fn m7_9_agreement_or_city_or_district_equity() {
    let none = with(
        OPERATOR,
        &[
            ("operator_agreement_with_targets", "no"),
            ("operator_introduced_by_city", "no"),
            ("operator_district_equity_stake", "no"),
        ],
    );
    check_fails_on(&none, "7.9", "第九条（二）2.");
    check(
        &with(&none, &[("operator_introduced_by_city", "yes")]),
        "7.9",
        Eligible,
        Some("2000"),
    );
    check(
        &with(&none, &[("operator_district_equity_stake", "yes")]),
        "7.9",
        Eligible,
        Some("2000"),
    );
    let open = with(OPERATOR, &[("operator_agreement_with_targets", "no")]);
    let r = check_undetermined_by(&open, "7.9", "operator_introduced_by_city");
    assert!(r.deciding_facts.contains(&"operator_district_equity_stake"));
}

#[test]
fn m7_9_serves_the_sub_park_industries_and_is_a_park_operator() {
    check_fails_on(
        &with(
            OPERATOR,
            &[("operator_serves_subpark_leading_industry", "no")],
        ),
        "7.9",
        "第九条（二）1.",
    );
    check_fails_on(
        &with(OPERATOR, &[("applicant_kind", "incubator")]),
        "7.9",
        "本条支持对象",
    );
}

// ---- 7.10 支持企业在园区落地发展 -----------------------------------------------------------------

/// A national high-tech enterprise registered and operating in one sub-park.
const SETTLER: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("fits_subpark_leading_industry", "yes"),
    ("registered_and_operating_in_same_subpark", "yes"),
    ("subpark_support_for_enterprise", "yes"),
    ("masters_key_core_technology", "yes"),
];

#[test]
fn m7_10_base_up_to_200_one_off_subject_to_review() {
    let r = check(SETTLER, "7.10", Eligible, Some("200"));
    assert!(r.subject_to_review, "综合评价");
    assert!(
        !r.amount.expect("an amount").fixed,
        "不超过: a cap, not a fixed sum"
    );
}

#[test]
fn m7_10_same_sub_park_support_and_core_technology() {
    check_fails_on(
        &with(
            SETTLER,
            &[("registered_and_operating_in_same_subpark", "no")],
        ),
        "7.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(SETTLER, &[("subpark_support_for_enterprise", "no")]),
        "7.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(SETTLER, &[("fits_subpark_leading_industry", "no")]),
        "7.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(SETTLER, &[("masters_key_core_technology", "no")]),
        "7.10",
        "第十条（二）2.",
    );
    check_undetermined_by(
        &without(SETTLER, &["masters_key_core_technology"]),
        "7.10",
        "masters_key_core_technology",
    );
}

#[test]
fn m7_10_only_enterprises() {
    check_fails_on(
        &with(SETTLER, &[("applicant_kind", "park_operator")]),
        "7.10",
        "本条支持对象",
    );
}

// ---- 7.11 支持园区开展创新交流合作 ---------------------------------------------------------------

/// A park operator hosting an industry event with its approvals and plan in place.
const EVENT: &[(&str, &str)] = &[
    ("applicant_kind", "park_operator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("event_hosted_or_organised", "yes"),
    ("event_related_to_park_industry", "yes"),
    ("event_approvals_complete", "yes"),
    ("event_implementation_plan", "yes"),
    ("event_notable_participants", "yes"),
];

#[test]
fn m7_11_base_up_to_200_per_event() {
    let r = check(EVENT, "7.11", Eligible, Some("200"));
    assert!(r.subject_to_review);
    assert!(r.readings.iter().any(|t| t.zh().contains("每项活动")));
}

#[test]
fn m7_11_conditions() {
    check_fails_on(
        &with(EVENT, &[("event_hosted_or_organised", "no")]),
        "7.11",
        "第十一条（一）",
    );
    check_fails_on(
        &with(EVENT, &[("event_related_to_park_industry", "no")]),
        "7.11",
        "第十一条（二）1.",
    );
    check_fails_on(
        &with(EVENT, &[("event_approvals_complete", "no")]),
        "7.11",
        "第十一条（二）1.",
    );
    check_fails_on(
        &with(EVENT, &[("event_implementation_plan", "no")]),
        "7.11",
        "第十一条（二）2.",
    );
    check_fails_on(
        &with(EVENT, &[("event_notable_participants", "no")]),
        "7.11",
        "第十一条（二）2.",
    );
    check_undetermined_by(
        &without(EVENT, &["event_approvals_complete"]),
        "7.11",
        "event_approvals_complete",
    );
}

#[test]
fn m7_11_only_park_developers_and_operators() {
    check_fails_on(
        &with(
            EVENT,
            &[
                ("applicant_kind", "enterprise"),
                ("national_high_tech", "yes"),
            ],
        ),
        "7.11",
        "本条支持对象",
    );
}

// ---- 第四条, 第十三条, 第十四条 -------------------------------------------------------------------

#[test]
fn doc7_article_4_registration_in_beijing() {
    check(
        &with(PARK, &[("registered_in", "beijing_other")]),
        "7.5",
        Eligible,
        Some("3000"),
    );
    check_fails_on(
        &with(PARK, &[("registered_in", "outside_beijing")]),
        "7.5",
        "第四条",
    );
    check_undetermined_by(&without(PARK, &["registered_in"]), "7.5", "registered_in");
}

#[test]
fn doc7_article_4_enterprises_need_national_or_zgc_high_tech_status() {
    let p = with(
        SETTLER,
        &[("national_high_tech", "no"), ("zgc_high_tech", "no")],
    );
    check_fails_on(&p, "7.10", "第四条");
    check(
        &with(&p, &[("zgc_high_tech", "yes")]),
        "7.10",
        Eligible,
        Some("200"),
    );
    check_undetermined_by(
        &without(SETTLER, &["national_high_tech"]),
        "7.10",
        "national_high_tech",
    );
    // Not an enterprise: no high-tech status needed.
    check(
        &without(EVENT, &["national_high_tech", "zgc_high_tech"]),
        "7.11",
        Eligible,
        Some("200"),
    );
}

#[test]
fn doc7_blacklist_and_double_funding_exclude() {
    for (p, id) in [
        (PARK, "7.5"),
        (STOCK, "7.6"),
        (INCUBATOR, "7.7"),
        (SCIENCE_PARK, "7.8"),
        (OPERATOR, "7.9"),
        (SETTLER, "7.10"),
        (EVENT, "7.11"),
    ] {
        check_fails_on(&with(p, &[("credit_blacklisted", "yes")]), id, "第十四条");
        check_fails_on(&with(p, &[("same_content_funded", "yes")]), id, "第十三条");
    }
}

#[test]
fn doc7_catalog_ceilings_and_routes() {
    let cat = zgc_rules::catalog();
    let get = |id: &str| {
        cat.iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no {id} in the catalog"))
    };
    for (id, max) in [
        ("7.5", "5000"),
        ("7.6", "1000"),
        ("7.7", "2000"),
        ("7.8", "3000"),
        ("7.9", "3000"),
        ("7.10", "200"),
        ("7.11", "200"),
    ] {
        assert_eq!(get(id).max, Some(dec(max)), "{id} ceiling");
        assert_eq!(get(id).wenhao, "京科发〔2022〕7号");
    }
    assert_eq!(
        get("7.7").routes,
        vec!["7.7/benchmark".to_owned(), "7.7/hard-tech".to_owned()]
    );
}
