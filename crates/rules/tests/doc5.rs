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
    let gap = r.gaps.iter().find(|g| g.threshold == dec("100")).expect("gap to 100");
    assert_eq!(gap.short_by, Some(dec("20")));
    assert!(gap.text.en.contains("20") && gap.text.en.contains("short"), "{}", gap.text.en);
}

#[test]
fn m5_5_unknown_headcount_is_undetermined_and_named() {
    check_undetermined_by(&without(SMALL_FIRM, &["headcount_last_year"]), "5.5", "headcount_last_year");
}

#[test]
fn m5_5_headcount_100_inside_101_outside() {
    check(&with(SMALL_FIRM, &[("headcount_last_year", "100")]), "5.5", Eligible, Some("20"));
    check_fails_on(&with(SMALL_FIRM, &[("headcount_last_year", "101")]), "5.5", "第五条（二）1.(2)");
}

#[test]
fn m5_5_revenue_2000_inside_above_outside() {
    check(&with(SMALL_FIRM, &[("revenue_last_year", "2000")]), "5.5", Eligible, Some("20"));
    check_fails_on(&with(SMALL_FIRM, &[("revenue_last_year", "2000.01")]), "5.5", "第五条（二）1.(2)");
}

#[test]
fn m5_5_increase_tier_boundaries() {
    // 100 (含) is the lowest tier; 99.99 is below it.
    check(&with(SMALL_FIRM, &[("rd_expense_last_year", "300")]), "5.5", Eligible, Some("20"));
    check_fails_on(&with(SMALL_FIRM, &[("rd_expense_last_year", "299.99")]), "5.5", "第五条（二）1.(3)");
    // 500 (含) belongs to the upper tier.
    check(&with(SMALL_FIRM, &[("rd_expense_last_year", "699.99")]), "5.5", Eligible, Some("20"));
    check(&with(SMALL_FIRM, &[("rd_expense_last_year", "700")]), "5.5", Eligible, Some("30"));
}

#[test]
fn m5_5_founded_five_years_ago_inclusive() {
    // 2021-06-30 + 5 years ends on 2026-06-30: still inside; a day earlier is outside.
    let p = with(SMALL_FIRM, &[("founded_on", "2021-06-30")]);
    check(&p, "5.5", Eligible, Some("20"));
    let p = with(SMALL_FIRM, &[("founded_on", "2021-06-29"), ("sme_tech_registered_this_year", "no")]);
    check_fails_on(&p, "5.5", "第五条（二）1.(1)");
    // …unless registered as a tech SME this year.
    let p = with(SMALL_FIRM, &[("founded_on", "2021-06-29"), ("sme_tech_registered_this_year", "yes")]);
    check(&p, "5.5", Eligible, Some("20"));
}

#[test]
fn m5_5_young_firm_uses_its_rd_expense() {
    // Founded 2025-01-01: only one fiscal year (2025) before 2026, so R&D of the latest year counts.
    let p = with(SMALL_FIRM, &[("founded_on", "2025-01-01"), ("rd_expense_last_year", "100"), ("rd_expense_year_before", "")]);
    check(&p, "5.5", Eligible, Some("20"));
    let p = with(SMALL_FIRM, &[("founded_on", "2025-01-01"), ("rd_expense_last_year", "99"), ("rd_expense_year_before", "")]);
    check_fails_on(&p, "5.5", "第五条（二）1.(3)");
    let p = with(SMALL_FIRM, &[("founded_on", "2025-01-01"), ("rd_expense_last_year", "500")]);
    check(&p, "5.5", Eligible, Some("30"));
    // Founded 2024-12-31: two fiscal years (2024, 2025), so the increase counts.
    let p = with(SMALL_FIRM, &[("founded_on", "2024-12-31"), ("rd_expense_last_year", "150"), ("rd_expense_year_before", "100")]);
    check_fails_on(&p, "5.5", "第五条（二）1.(3)");
}

#[test]
fn m5_5_competition_route_tiers() {
    let winner = with(SMALL_FIRM, &[("headcount_last_year", "500"), ("competition_award", "cicc_first")]);
    let r = check(&winner, "5.5", Eligible, Some("30"));
    assert_eq!(r.best_route.as_deref(), Some("5.5/competition"));
    check(&with(&winner, &[("competition_award", "challenge_4_6")]), "5.5", Eligible, Some("20"));
    check(&with(&winner, &[("competition_award", "frontier_third")]), "5.5", Eligible, Some("10"));
    check_fails_on(&with(&winner, &[("competition_award", "none")]), "5.5", "第五条");
}

#[test]
fn m5_5_routes_are_exclusive_the_best_counts_once() {
    let both = with(SMALL_FIRM, &[("competition_award", "cicc_third")]);
    let r = check(&both, "5.5", Eligible, Some("20"));
    assert_eq!(r.best_route.as_deref(), Some("5.5/rd-growth"));
}

#[test]
fn m5_5_once_in_three_years() {
    check_fails_on(&with(SMALL_FIRM, &[("received_5_5_in_last_3_years", "yes")]), "5.5", "第五条");
}

#[test]
fn m5_5_field_outside_high_end_fails() {
    check_fails_on(&with(SMALL_FIRM, &[("industry_field", "other")]), "5.5", "第五条（一）");
}

#[test]
fn doc5_article_4_high_tech_status_and_beijing() {
    let p = with(SMALL_FIRM, &[("national_high_tech", "no"), ("zgc_high_tech", "no"), ("sme_tech_registered", "no")]);
    check_fails_on(&p, "5.5", "第四条");
    let p = with(SMALL_FIRM, &[("national_high_tech", "no"), ("sme_tech_registered", "yes")]);
    check(&p, "5.5", Eligible, Some("20"));
    check(&with(SMALL_FIRM, &[("registered_in", "beijing_other")]), "5.5", Eligible, Some("20"));
    check_fails_on(&with(SMALL_FIRM, &[("registered_in", "outside_beijing")]), "5.5", "第四条");
}

#[test]
fn doc5_blacklist_and_double_funding_exclude() {
    check_fails_on(&with(SMALL_FIRM, &[("credit_blacklisted", "yes")]), "5.5", "第十七条");
    check_fails_on(&with(SMALL_FIRM, &[("same_content_funded", "yes")]), "5.5", "第十六条");
}

#[test]
fn m5_7_fixed_20_for_a_new_list_entry() {
    let p = with(
        SMALL_FIRM,
        &[("on_scale_up_list", "yes"), ("meets_scale_up_field_standards", "yes"), ("sound_operations_3_years", "yes")],
    );
    let r = check(&p, "5.7", Eligible, Some("20"));
    assert!(r.amount.unwrap().fixed);
    check_fails_on(&with(&p, &[("on_scale_up_list", "no")]), "5.7", "第七条");
    check_fails_on(&with(&p, &[("national_high_tech", "no"), ("zgc_high_tech", "yes")]), "5.7", "第七条");
    check_undetermined_by(&without(&p, &["sound_operations_3_years"]), "5.7", "sound_operations_3_years");
}
