//! 京科发〔2022〕5号: measures 5.5–5.13, each threshold on both sides, each cap and tier boundary.

mod common;
use common::*;
use zgc_rules::Status::*;

/// A small tech firm that meets 5.5's R&D-growth route on 2026-06-30: founded 2023-03-01 (three
/// years old, so at least two fiscal years), 60 staff, revenue 1,200万, R&D up 250万.
const SMALL_FIRM: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_5_5_in_last_3_years", "no"),
    ("industry_field", "ngit"),
    ("founded_on", "2023-03-01"),
    ("headcount_last_year", "60"),
    ("revenue_last_year", "1200"),
    ("rd_expense_last_year", "450"),
    ("rd_expense_year_before", "200"),
    ("competition_award", "none"),
];

#[test]
fn m5_5_issue_example_eligible_up_to_20() {
    let r = check(SMALL_FIRM, "5.5", Eligible, Some("20"));
    assert_eq!(r.best_route.as_deref(), Some("5.5/rd-growth"));
    let nt = r.next_tier.expect("a next tier");
    assert_eq!(nt.raise_by, dec("250"));
    assert_eq!(nt.to_cap, dec("30"));
}

#[test]
fn m5_5_increase_of_80_is_ineligible_and_says_why() {
    let p = with(SMALL_FIRM, &[("rd_expense_last_year", "280")]);
    let r = check_fails_on(&p, "5.5", "第五条（二）1.(3)");
    let gap = r
        .gaps
        .iter()
        .find(|g| g.threshold == dec("100"))
        .expect("gap to 100");
    assert_eq!(gap.short_by, Some(dec("20")));
    let text = gap.text();
    assert!(
        text.en.contains("20") && text.en.contains("short"),
        "{}",
        text.en
    );
}

#[test]
fn m5_5_unknown_headcount_is_undetermined_and_named() {
    check_undetermined_by(
        &without(SMALL_FIRM, &["headcount_last_year"]),
        "5.5",
        "headcount_last_year",
    );
}

#[test]
fn m5_5_headcount_100_inside_101_outside() {
    check(
        &with(SMALL_FIRM, &[("headcount_last_year", "100")]),
        "5.5",
        Eligible,
        Some("20"),
    );
    check_fails_on(
        &with(SMALL_FIRM, &[("headcount_last_year", "101")]),
        "5.5",
        "第五条（二）1.(2)",
    );
}

#[test]
fn m5_5_revenue_2000_inside_above_outside() {
    check(
        &with(SMALL_FIRM, &[("revenue_last_year", "2000")]),
        "5.5",
        Eligible,
        Some("20"),
    );
    check_fails_on(
        &with(SMALL_FIRM, &[("revenue_last_year", "2000.01")]),
        "5.5",
        "第五条（二）1.(2)",
    );
}

#[test]
fn m5_5_increase_tier_boundaries() {
    // 100 (含) is the lowest tier; 99.99 is below it.
    check(
        &with(SMALL_FIRM, &[("rd_expense_last_year", "300")]),
        "5.5",
        Eligible,
        Some("20"),
    );
    check_fails_on(
        &with(SMALL_FIRM, &[("rd_expense_last_year", "299.99")]),
        "5.5",
        "第五条（二）1.(3)",
    );
    // 500 (含) belongs to the upper tier.
    check(
        &with(SMALL_FIRM, &[("rd_expense_last_year", "699.99")]),
        "5.5",
        Eligible,
        Some("20"),
    );
    check(
        &with(SMALL_FIRM, &[("rd_expense_last_year", "700")]),
        "5.5",
        Eligible,
        Some("30"),
    );
}

#[test]
fn m5_5_founded_five_years_ago_inclusive() {
    // 2021-06-30 + 5 years ends on 2026-06-30: still inside; a day earlier is outside.
    let p = with(SMALL_FIRM, &[("founded_on", "2021-06-30")]);
    check(&p, "5.5", Eligible, Some("20"));
    let p = with(
        SMALL_FIRM,
        &[
            ("founded_on", "2021-06-29"),
            ("sme_tech_registered_this_year", "no"),
        ],
    );
    check_fails_on(&p, "5.5", "第五条（二）1.(1)");
    // …unless registered as a tech SME this year.
    let p = with(
        SMALL_FIRM,
        &[
            ("founded_on", "2021-06-29"),
            ("sme_tech_registered_this_year", "yes"),
        ],
    );
    check(&p, "5.5", Eligible, Some("20"));
}

#[test]
fn m5_5_young_firm_uses_its_rd_expense() {
    // Founded 2025-01-01: only one fiscal year (2025) before 2026, so R&D of the latest year counts.
    let p = with(
        SMALL_FIRM,
        &[
            ("founded_on", "2025-01-01"),
            ("rd_expense_last_year", "100"),
            ("rd_expense_year_before", ""),
        ],
    );
    check(&p, "5.5", Eligible, Some("20"));
    let p = with(
        SMALL_FIRM,
        &[
            ("founded_on", "2025-01-01"),
            ("rd_expense_last_year", "99"),
            ("rd_expense_year_before", ""),
        ],
    );
    check_fails_on(&p, "5.5", "第五条（二）1.(3)");
    let p = with(
        SMALL_FIRM,
        &[
            ("founded_on", "2025-01-01"),
            ("rd_expense_last_year", "500"),
        ],
    );
    check(&p, "5.5", Eligible, Some("30"));
    // Founded 2024-12-31: two fiscal years (2024, 2025), so the increase counts.
    let p = with(
        SMALL_FIRM,
        &[
            ("founded_on", "2024-12-31"),
            ("rd_expense_last_year", "150"),
            ("rd_expense_year_before", "100"),
        ],
    );
    check_fails_on(&p, "5.5", "第五条（二）1.(3)");
}

#[test]
fn m5_5_competition_route_tiers() {
    let winner = with(
        SMALL_FIRM,
        &[
            ("headcount_last_year", "500"),
            ("competition_award", "cicc_first"),
        ],
    );
    let r = check(&winner, "5.5", Eligible, Some("30"));
    assert_eq!(r.best_route.as_deref(), Some("5.5/competition"));
    check(
        &with(&winner, &[("competition_award", "challenge_4_6")]),
        "5.5",
        Eligible,
        Some("20"),
    );
    check(
        &with(&winner, &[("competition_award", "frontier_third")]),
        "5.5",
        Eligible,
        Some("10"),
    );
    check_fails_on(
        &with(&winner, &[("competition_award", "none")]),
        "5.5",
        "第五条",
    );
}

#[test]
fn m5_5_routes_are_exclusive_the_best_counts_once() {
    let both = with(SMALL_FIRM, &[("competition_award", "cicc_third")]);
    let r = check(&both, "5.5", Eligible, Some("20"));
    assert_eq!(r.best_route.as_deref(), Some("5.5/rd-growth"));
}

#[test]
fn m5_5_once_in_three_years() {
    check_fails_on(
        &with(SMALL_FIRM, &[("received_5_5_in_last_3_years", "yes")]),
        "5.5",
        "第五条",
    );
}

#[test]
fn m5_5_field_outside_high_end_fails() {
    check_fails_on(
        &with(SMALL_FIRM, &[("industry_field", "other")]),
        "5.5",
        "第五条（一）",
    );
}

#[test]
fn doc5_article_4_high_tech_status_and_beijing() {
    let p = with(
        SMALL_FIRM,
        &[
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
            ("sme_tech_registered", "no"),
        ],
    );
    check_fails_on(&p, "5.5", "第四条");
    let p = with(
        SMALL_FIRM,
        &[("national_high_tech", "no"), ("sme_tech_registered", "yes")],
    );
    check(&p, "5.5", Eligible, Some("20"));
    check(
        &with(SMALL_FIRM, &[("registered_in", "beijing_other")]),
        "5.5",
        Eligible,
        Some("20"),
    );
    check_fails_on(
        &with(SMALL_FIRM, &[("registered_in", "outside_beijing")]),
        "5.5",
        "第四条",
    );
}

#[test]
fn doc5_blacklist_and_double_funding_exclude() {
    check_fails_on(
        &with(SMALL_FIRM, &[("credit_blacklisted", "yes")]),
        "5.5",
        "第十七条",
    );
    check_fails_on(
        &with(SMALL_FIRM, &[("same_content_funded", "yes")]),
        "5.5",
        "第十六条",
    );
}

#[test]
fn m5_7_fixed_20_for_a_new_list_entry() {
    let p = with(
        SMALL_FIRM,
        &[
            ("on_scale_up_list", "yes"),
            ("meets_scale_up_field_standards", "yes"),
            ("sound_operations_3_years", "yes"),
        ],
    );
    let r = check(&p, "5.7", Eligible, Some("20"));
    assert!(r.amount.unwrap().fixed);
    check_fails_on(&with(&p, &[("on_scale_up_list", "no")]), "5.7", "第七条");
    check_fails_on(
        &with(
            &p,
            &[("national_high_tech", "no"), ("zgc_high_tech", "yes")],
        ),
        "5.7",
        "第七条",
    );
    check_undetermined_by(
        &without(&p, &["sound_operations_3_years"]),
        "5.7",
        "sound_operations_3_years",
    );
}

// ---- shared by 5.6 and 5.8–5.13 -----------------------------------------------------------------

/// An enterprise that passes 第四条, the blacklist (第十七条) and double funding (第十六条).
const ENTERPRISE: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
];

fn profile_of(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut v = ENTERPRISE.to_vec();
    v.extend_from_slice(extra);
    v
}

/// The schedule of the amount shown: (year, up to, equity?).
fn schedule(r: &zgc_rules::MeasureResult) -> Vec<(u8, rust_decimal::Decimal, bool)> {
    r.amount
        .as_ref()
        .expect("an amount")
        .schedule
        .iter()
        .map(|y| (y.year, y.up_to, y.equity))
        .collect()
}

fn route<'a>(r: &'a zgc_rules::MeasureResult, id: &str) -> &'a zgc_rules::engine::RouteResult {
    r.routes
        .iter()
        .find(|x| x.id == id)
        .unwrap_or_else(|| panic!("no route {id}"))
}

// ---- 5.6 支持培育前沿技术企业 -------------------------------------------------------------------

/// Founded 2023-03-01 (3 years before 2026-06-30), not biomedicine.
fn frontier() -> Vec<(&'static str, &'static str)> {
    profile_of(&[("founded_on", "2023-03-01"), ("biomedicine_firm", "no")])
}

#[test]
fn m5_6_eligible_200_then_300_then_equity_1500_subject_to_review() {
    let r = check(&frontier(), "5.6", Eligible, Some("500"));
    assert!(r.subject_to_review);
    let a = r.amount.as_ref().unwrap();
    assert_eq!(a.equity_up_to, Some(dec("1500")));
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("200"), false),
            (2, dec("300"), false),
            (3, dec("1500"), true)
        ]
    );
    assert!(
        r.readings.iter().any(|x| x.zh().contains("300万元")),
        "year-2 reading shown"
    );
    assert!(r.notice.is_some_and(|n| n.zh().contains("第十五条")));
}

#[test]
fn m5_6_founded_five_years_ago_inclusive() {
    check(
        &with(&frontier(), &[("founded_on", "2021-06-30")]),
        "5.6",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(&frontier(), &[("founded_on", "2021-06-29")]),
        "5.6",
        "第六条（二）1.",
    );
}

#[test]
fn m5_6_biomedicine_seven_years_inclusive() {
    let bio = with(&frontier(), &[("biomedicine_firm", "yes")]);
    check(
        &with(&bio, &[("founded_on", "2019-06-30")]),
        "5.6",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(&bio, &[("founded_on", "2019-06-29")]),
        "5.6",
        "第六条（二）1.",
    );
    // Seven years is for biomedicine only.
    check_fails_on(
        &with(&frontier(), &[("founded_on", "2019-06-30")]),
        "5.6",
        "第六条（二）1.",
    );
}

#[test]
fn m5_6_unknown_answers_are_named() {
    check_undetermined_by(&without(&frontier(), &["founded_on"]), "5.6", "founded_on");
    // Six years old: only the biomedicine answer decides it.
    let six = with(
        &frontier(),
        &[("founded_on", "2020-06-01"), ("biomedicine_firm", "")],
    );
    check_undetermined_by(&six, "5.6", "biomedicine_firm");
    // Three years old: the biomedicine answer does not matter.
    check(
        &without(&frontier(), &["biomedicine_firm"]),
        "5.6",
        Eligible,
        Some("500"),
    );
}

#[test]
fn m5_6_applicant_gate() {
    check_fails_on(
        &with(&frontier(), &[("applicant_kind", "university")]),
        "5.6",
        "第六条",
    );
    let p = with(
        &frontier(),
        &[
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
            ("sme_tech_registered", "no"),
        ],
    );
    check_fails_on(&p, "5.6", "第四条");
}

// ---- 5.8 支持企业开展颠覆性技术创新 -------------------------------------------------------------

fn disruptive() -> Vec<(&'static str, &'static str)> {
    profile_of(&[
        ("industry_field", "ngit"),
        ("disruptive_results_in_beijing", "yes"),
        ("holds_disruptive_core_patent", "yes"),
        ("no_ip_dispute", "yes"),
        ("disruptive_project_stage", "proof_of_concept"),
        ("senior_expert_recommenders", "2"),
    ])
}

#[test]
fn m5_8_eligible_200_then_500_then_equity_3000() {
    let r = check(&disruptive(), "5.8", Eligible, Some("700"));
    assert!(r.subject_to_review);
    assert_eq!(r.amount.as_ref().unwrap().equity_up_to, Some(dec("3000")));
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("200"), false),
            (2, dec("500"), false),
            (3, dec("3000"), true)
        ]
    );
}

#[test]
fn m5_8_closed_list_of_three_fields() {
    for f in ["health", "new_materials"] {
        check(
            &with(&disruptive(), &[("industry_field", f)]),
            "5.8",
            Eligible,
            Some("700"),
        );
    }
    for f in [
        "smart_manufacturing",
        "green_energy",
        "other_high_end",
        "other",
    ] {
        check_fails_on(
            &with(&disruptive(), &[("industry_field", f)]),
            "5.8",
            "第八条（一）",
        );
    }
}

#[test]
fn m5_8_two_senior_experts_inclusive() {
    check_fails_on(
        &with(&disruptive(), &[("senior_expert_recommenders", "1")]),
        "5.8",
        "第八条（二）3.",
    );
    check(
        &with(&disruptive(), &[("senior_expert_recommenders", "3")]),
        "5.8",
        Eligible,
        Some("700"),
    );
    check_undetermined_by(
        &without(&disruptive(), &["senior_expert_recommenders"]),
        "5.8",
        "senior_expert_recommenders",
    );
}

#[test]
fn m5_8_stage_patent_dispute_and_beijing() {
    check(
        &with(&disruptive(), &[("disruptive_project_stage", "transfer")]),
        "5.8",
        Eligible,
        Some("700"),
    );
    check_fails_on(
        &with(
            &disruptive(),
            &[("disruptive_project_stage", "basic_theory")],
        ),
        "5.8",
        "第八条（二）3.",
    );
    check_fails_on(
        &with(&disruptive(), &[("holds_disruptive_core_patent", "no")]),
        "5.8",
        "第八条（二）2.",
    );
    check_fails_on(
        &with(&disruptive(), &[("no_ip_dispute", "no")]),
        "5.8",
        "第八条（二）2.",
    );
    check_fails_on(
        &with(&disruptive(), &[("disruptive_results_in_beijing", "no")]),
        "5.8",
        "第八条（一）",
    );
}

#[test]
fn m5_8_applicant_gate() {
    check_fails_on(
        &with(&disruptive(), &[("applicant_kind", "research_institute")]),
        "5.8",
        "第八条",
    );
}

// ---- 5.9 支持领军企业实施“强链工程” -------------------------------------------------------------

fn chain() -> Vec<(&'static str, &'static str)> {
    profile_of(&[
        ("leading_enterprise_status", "leader"),
        ("leads_chain_consortium", "yes"),
        ("industry_field", "smart_manufacturing"),
        ("chain_weak_link", "choke_point"),
        ("chain_project_total_investment", "2000"),
    ])
}

#[test]
fn m5_9_advance_route_shows_1000_cash_and_equity_route_30_percent() {
    let r = check(&chain(), "5.9", Eligible, Some("1000"));
    assert!(r.subject_to_review);
    assert_eq!(r.best_route.as_deref(), Some("5.9/advance"));
    // 30% × 2000 = 600, an investment, not cash.
    let e = &route(&r, "5.9/equity").amount;
    assert_eq!(e.up_to, Some(dec("0")));
    assert_eq!(e.equity_up_to, Some(dec("600")));
    assert!(e.determined);
}

#[test]
fn m5_9_equity_cap_1000_reached_at_3333_34() {
    let at = |inv: &'static str| {
        let r = check(
            &with(&chain(), &[("chain_project_total_investment", inv)]),
            "5.9",
            Eligible,
            Some("1000"),
        );
        route(&r, "5.9/equity").amount.equity_up_to
    };
    assert_eq!(at("3333.33"), Some(dec("999.999")));
    assert_eq!(at("3333.34"), Some(dec("1000")));
    assert_eq!(at("5000"), Some(dec("1000")));
}

#[test]
fn m5_9_unknown_investment_leaves_equity_at_its_cap() {
    let r = check(
        &without(&chain(), &["chain_project_total_investment"]),
        "5.9",
        Eligible,
        Some("1000"),
    );
    let e = &route(&r, "5.9/equity").amount;
    assert_eq!(e.equity_up_to, Some(dec("1000")));
    assert!(!e.determined);
    assert!(e.missing.contains(&"chain_project_total_investment"));
}

#[test]
fn m5_9_leader_or_unicorn_field_and_weak_link() {
    check(
        &with(&chain(), &[("leading_enterprise_status", "unicorn")]),
        "5.9",
        Eligible,
        Some("1000"),
    );
    check_fails_on(
        &with(&chain(), &[("leading_enterprise_status", "neither")]),
        "5.9",
        "第九条（一）",
    );
    check_undetermined_by(
        &without(&chain(), &["leading_enterprise_status"]),
        "5.9",
        "leading_enterprise_status",
    );
    check_fails_on(
        &with(&chain(), &[("leads_chain_consortium", "no")]),
        "5.9",
        "第九条（一）",
    );
    check(
        &with(&chain(), &[("industry_field", "other_high_end")]),
        "5.9",
        Eligible,
        Some("1000"),
    );
    check_fails_on(
        &with(&chain(), &[("industry_field", "other")]),
        "5.9",
        "第九条（二）2.",
    );
    for w in ["key_component", "key_ip"] {
        check(
            &with(&chain(), &[("chain_weak_link", w)]),
            "5.9",
            Eligible,
            Some("1000"),
        );
    }
    check_fails_on(
        &with(&chain(), &[("chain_weak_link", "none")]),
        "5.9",
        "第九条（二）2.",
    );
}

#[test]
fn m5_9_applicant_gate() {
    check_fails_on(
        &with(&chain(), &[("applicant_kind", "university")]),
        "5.9",
        "第九条",
    );
}

// ---- 5.10 支持领军企业牵头建设技术创新中心 ------------------------------------------------------

/// Budget 20,000: 30% is 6,000, above the 3-year 5,000.
fn centre() -> Vec<(&'static str, &'static str)> {
    profile_of(&[
        ("leading_enterprise_status", "unicorn"),
        ("centre_with_universities_and_smes", "yes"),
        ("industry_field", "green_energy"),
        ("has_innovation_plan", "yes"),
        ("owns_core_ip", "yes"),
        ("rd_facilities_and_talent_systems", "yes"),
        ("innovation_centre_total_budget", "20000"),
    ])
}

#[test]
fn m5_10_total_5000_over_three_years_of_at_most_2000() {
    let r = check(&centre(), "5.10", Eligible, Some("5000"));
    assert!(r.subject_to_review);
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("2000"), false),
            (2, dec("2000"), false),
            (3, dec("1000"), false)
        ]
    );
}

#[test]
fn m5_10_thirty_percent_of_budget_binds_below_5000() {
    // 30% × 10,000 = 3,000: 2,000 in year 1, 1,000 in year 2.
    let r = check(
        &with(&centre(), &[("innovation_centre_total_budget", "10000")]),
        "5.10",
        Eligible,
        Some("3000"),
    );
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("2000"), false),
            (2, dec("1000"), false),
            (3, dec("0"), false)
        ]
    );
    // 30% × 16,666.66 = 4,999.998; 30% × 16,666.67 = 5,000.001 → the 5,000 total.
    let r = check(
        &with(&centre(), &[("innovation_centre_total_budget", "16666.66")]),
        "5.10",
        Eligible,
        Some("4999.998"),
    );
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("2000"), false),
            (2, dec("2000"), false),
            (3, dec("999.998"), false)
        ]
    );
    check(
        &with(&centre(), &[("innovation_centre_total_budget", "16666.67")]),
        "5.10",
        Eligible,
        Some("5000"),
    );
}

#[test]
fn m5_10_annual_cap_2000() {
    // 30% × 6,666.66 = 1,999.998, all in year 1; 30% × 6,666.67 = 2,000.001 spills 0.001 into year 2.
    let r = check(
        &with(&centre(), &[("innovation_centre_total_budget", "6666.66")]),
        "5.10",
        Eligible,
        Some("1999.998"),
    );
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("1999.998"), false),
            (2, dec("0"), false),
            (3, dec("0"), false)
        ]
    );
    let r = check(
        &with(&centre(), &[("innovation_centre_total_budget", "6666.67")]),
        "5.10",
        Eligible,
        Some("2000.001"),
    );
    assert_eq!(
        schedule(&r),
        vec![
            (1, dec("2000"), false),
            (2, dec("0.001"), false),
            (3, dec("0"), false)
        ]
    );
}

#[test]
fn m5_10_unknown_budget_gives_the_5000_cap_undetermined() {
    let r = check(
        &without(&centre(), &["innovation_centre_total_budget"]),
        "5.10",
        Eligible,
        Some("5000"),
    );
    let a = r.amount.as_ref().unwrap();
    assert!(!a.determined);
    assert!(a.missing.contains(&"innovation_centre_total_budget"));
}

#[test]
fn m5_10_conditions() {
    check_fails_on(
        &with(&centre(), &[("leading_enterprise_status", "neither")]),
        "5.10",
        "第十条（一）",
    );
    check_fails_on(
        &with(&centre(), &[("centre_with_universities_and_smes", "no")]),
        "5.10",
        "第十条（一）",
    );
    check_fails_on(
        &with(&centre(), &[("industry_field", "other")]),
        "5.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(&centre(), &[("has_innovation_plan", "no")]),
        "5.10",
        "第十条（二）2.",
    );
    check_fails_on(
        &with(&centre(), &[("owns_core_ip", "no")]),
        "5.10",
        "第十条（二）2.",
    );
    check_fails_on(
        &with(&centre(), &[("rd_facilities_and_talent_systems", "no")]),
        "5.10",
        "第十条（二）4.",
    );
    check_undetermined_by(
        &without(&centre(), &["industry_field"]),
        "5.10",
        "industry_field",
    );
    check_fails_on(
        &with(&centre(), &[("applicant_kind", "research_institute")]),
        "5.10",
        "第十条",
    );
}

// ---- 5.11 支持企业首创产品首次进入市场 ----------------------------------------------------------

/// An international first, contract of 1,000 signed 2026-01-15: 30% is 300, under 500.
fn first_product() -> Vec<(&'static str, &'static str)> {
    profile_of(&[
        ("first_product_scope", "international"),
        ("owns_first_product_core_ip", "yes"),
        ("no_ip_dispute", "yes"),
        ("first_market_contract_order", "1"),
        ("product_maturely_commercialised", "no"),
        ("first_market_contract_signed_on", "2026-01-15"),
        ("first_market_contract_amount", "1000"),
    ])
}

#[test]
fn m5_11_thirty_percent_of_contract() {
    let r = check(&first_product(), "5.11", Eligible, Some("300"));
    assert!(r.subject_to_review);
}

#[test]
fn m5_11_international_cap_500() {
    let p = |amt| with(&first_product(), &[("first_market_contract_amount", amt)]);
    check(&p("1666.66"), "5.11", Eligible, Some("499.998"));
    check(&p("1666.67"), "5.11", Eligible, Some("500"));
    check(&p("3000"), "5.11", Eligible, Some("500"));
}

#[test]
fn m5_11_domestic_cap_300() {
    let p = |amt| {
        with(
            &first_product(),
            &[
                ("first_product_scope", "domestic"),
                ("first_market_contract_amount", amt),
            ],
        )
    };
    check(&p("999.99"), "5.11", Eligible, Some("299.997"));
    check(&p("1000"), "5.11", Eligible, Some("300"));
    check(&p("1000.01"), "5.11", Eligible, Some("300"));
}

#[test]
fn m5_11_contract_signed_within_one_year_of_the_assessment_date() {
    // Assessed 2026-06-30: signed 2025-06-30 is inside (the period ends on 2026-06-30), a day earlier is not.
    check(
        &with(
            &first_product(),
            &[("first_market_contract_signed_on", "2025-06-30")],
        ),
        "5.11",
        Eligible,
        Some("300"),
    );
    let late = with(
        &first_product(),
        &[("first_market_contract_signed_on", "2025-06-29")],
    );
    let r = check_fails_on(&late, "5.11", "第十一条（二）4.");
    assert!(r.readings.iter().any(|x| x.zh().contains("评估日期")));
    // The same contract assessed a day earlier is inside.
    check_on(&late, "2026-06-29", "5.11", Eligible, Some("300"));
    check_undetermined_by(
        &without(&first_product(), &["first_market_contract_signed_on"]),
        "5.11",
        "first_market_contract_signed_on",
    );
}

#[test]
fn m5_11_first_three_contracts_and_not_mature() {
    check(
        &with(&first_product(), &[("first_market_contract_order", "3")]),
        "5.11",
        Eligible,
        Some("300"),
    );
    check_fails_on(
        &with(&first_product(), &[("first_market_contract_order", "4")]),
        "5.11",
        "第十一条（二）3.",
    );
    check_fails_on(
        &with(
            &first_product(),
            &[("product_maturely_commercialised", "yes")],
        ),
        "5.11",
        "第十一条（二）3.",
    );
}

#[test]
fn m5_11_first_ip_and_gate() {
    check_fails_on(
        &with(&first_product(), &[("first_product_scope", "neither")]),
        "5.11",
        "第十一条（二）1.",
    );
    check_fails_on(
        &with(&first_product(), &[("owns_first_product_core_ip", "no")]),
        "5.11",
        "第十一条（二）2.",
    );
    check_fails_on(
        &with(&first_product(), &[("no_ip_dispute", "no")]),
        "5.11",
        "第十一条（二）2.",
    );
    check_fails_on(
        &with(&first_product(), &[("applicant_kind", "university")]),
        "5.11",
        "第十一条",
    );
}

#[test]
fn m5_11_unknown_contract_amount_gives_the_scope_cap() {
    let r = check(
        &without(&first_product(), &["first_market_contract_amount"]),
        "5.11",
        Eligible,
        Some("500"),
    );
    assert!(!r.amount.as_ref().unwrap().determined);
    let r = check(
        &with(
            &first_product(),
            &[
                ("first_product_scope", "domestic"),
                ("first_market_contract_amount", ""),
            ],
        ),
        "5.11",
        Eligible,
        Some("300"),
    );
    assert!(r
        .amount
        .as_ref()
        .unwrap()
        .missing
        .contains(&"first_market_contract_amount"));
}

// ---- 5.12 支持保险补贴机制在首台(套)市场推广中的应用 -------------------------------------------

/// Premium 50: 80% is 40.
fn first_set() -> Vec<(&'static str, &'static str)> {
    profile_of(&[
        ("beijing_first_set_equipment", "yes"),
        ("first_set_insured", "yes"),
        ("first_set_insurance_covers_core_risks", "yes"),
        ("first_set_premium", "50"),
    ])
}

#[test]
fn m5_12_eighty_percent_of_premium_not_subject_to_review() {
    let r = check(&first_set(), "5.12", Eligible, Some("40"));
    assert!(!r.subject_to_review);
}

#[test]
fn m5_12_cap_100_reached_at_premium_125() {
    let p = |v| with(&first_set(), &[("first_set_premium", v)]);
    check(&p("124.99"), "5.12", Eligible, Some("99.992"));
    check(&p("125"), "5.12", Eligible, Some("100"));
    check(&p("125.01"), "5.12", Eligible, Some("100"));
}

#[test]
fn m5_12_conditions() {
    check_fails_on(
        &with(&first_set(), &[("beijing_first_set_equipment", "no")]),
        "5.12",
        "第十二条（二）1.",
    );
    check_fails_on(
        &with(
            &first_set(),
            &[("first_set_insurance_covers_core_risks", "no")],
        ),
        "5.12",
        "第十二条（二）2.",
    );
    check_fails_on(
        &with(&first_set(), &[("first_set_insured", "no")]),
        "5.12",
        "第十二条（三）",
    );
    check_undetermined_by(
        &without(&first_set(), &["beijing_first_set_equipment"]),
        "5.12",
        "beijing_first_set_equipment",
    );
    let r = check(
        &without(&first_set(), &["first_set_premium"]),
        "5.12",
        Eligible,
        Some("100"),
    );
    assert!(r
        .amount
        .as_ref()
        .unwrap()
        .missing
        .contains(&"first_set_premium"));
    check_fails_on(
        &with(&first_set(), &[("applicant_kind", "university")]),
        "5.12",
        "第十二条",
    );
}

// ---- 5.13 支持重点应用场景示范项目建设 ----------------------------------------------------------

/// Contract 2,000: 30% is 600.
fn scenario() -> Vec<(&'static str, &'static str)> {
    profile_of(&[
        ("no_ip_dispute", "yes"),
        ("scenario_project_in_beijing", "yes"),
        ("scenario_contract_amount", "2000"),
    ])
}

#[test]
fn m5_13_thirty_percent_of_contract_in_tiers_by_review() {
    let r = check(&scenario(), "5.13", Eligible, Some("600"));
    assert!(r.subject_to_review);
}

#[test]
fn m5_13_cap_1000_reached_at_3333_34() {
    let p = |v| with(&scenario(), &[("scenario_contract_amount", v)]);
    check(&p("3333.33"), "5.13", Eligible, Some("999.999"));
    check(&p("3333.34"), "5.13", Eligible, Some("1000"));
    check(&p("10000"), "5.13", Eligible, Some("1000"));
}

#[test]
fn m5_13_conditions() {
    check_fails_on(
        &with(&scenario(), &[("scenario_project_in_beijing", "no")]),
        "5.13",
        "第十三条（二）4.",
    );
    check_fails_on(
        &with(&scenario(), &[("no_ip_dispute", "no")]),
        "5.13",
        "第十三条（二）2.",
    );
    check_undetermined_by(
        &without(&scenario(), &["scenario_project_in_beijing"]),
        "5.13",
        "scenario_project_in_beijing",
    );
    check_fails_on(
        &with(&scenario(), &[("applicant_kind", "university")]),
        "5.13",
        "第十三条",
    );
    check_fails_on(
        &with(&scenario(), &[("credit_blacklisted", "yes")]),
        "5.13",
        "第十七条",
    );
}

// ---- the catalog --------------------------------------------------------------------------------

#[test]
fn doc5_catalog_in_article_order_with_caps() {
    let c = zgc_rules::catalog();
    let doc5: Vec<_> = c.iter().filter(|e| e.doc == 5).collect();
    let ids: Vec<&str> = doc5.iter().map(|e| e.id).collect();
    assert_eq!(
        ids,
        ["5.5", "5.6", "5.7", "5.8", "5.9", "5.10", "5.11", "5.12", "5.13"]
    );
    let max = |id: &str| {
        doc5.iter()
            .find(|e| e.id == id)
            .map(|e| (e.max, e.equity_max))
            .unwrap()
    };
    assert_eq!(max("5.6"), (Some(dec("500")), Some(dec("1500"))));
    assert_eq!(max("5.8"), (Some(dec("700")), Some(dec("3000"))));
    assert_eq!(max("5.9").0, Some(dec("1000")));
    assert_eq!(max("5.10").0, Some(dec("5000")));
    assert_eq!(max("5.11").0, Some(dec("500")));
    assert_eq!(max("5.12").0, Some(dec("100")));
    assert_eq!(max("5.13").0, Some(dec("1000")));
}

#[test]
fn m5_9_catalog_reports_the_equity_cap_apart_from_cash() {
    let cat = zgc_rules::catalog();
    let m = cat.iter().find(|m| m.id == "5.9").unwrap();
    assert_eq!(m.equity_max, Some(dec("1000")));
    assert_eq!(
        m.max,
        Some(dec("1000")),
        "the advance-subsidy route's cash cap"
    );
}
