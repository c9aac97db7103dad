//! 京科发〔2022〕9号: measures 9.5–9.15, each threshold on both sides, each cap and tier boundary,
//! each route, the applicant gate, 第四条, and 第十七条's 3-year rule (all but 9.13).

mod common;
use common::*;
use zgc_rules::docs::doc9;
use zgc_rules::Status::*;

// ---- 9.5 技术(服务)“走出去” ---------------------------------------------------------------

/// A small national high-tech firm whose own technology first went abroad in 2023 and was in use
/// abroad last year (2025): tiers 1–2, up to 300万 on 2026-06-30.
const OUTBOUND_SME: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("enterprise_size", "small"),
    ("tech_leader_enterprise", "no"),
    ("outbound_tech_owns_ip", "yes"),
    ("outbound_tech_new_product_certified", "no"),
    ("outbound_tech_contract_registered", "yes"),
    ("outbound_first_applied_on", "2023-05-01"),
    ("outbound_active_last_year", "yes"),
];

#[test]
fn m9_5_growth_sme_up_to_300_subject_to_review() {
    let r = check(OUTBOUND_SME, "9.5", Eligible, Some("300"));
    assert!(r.subject_to_review);
    assert_eq!(r.best_route.as_deref(), Some("9.5/notable"));
    let tier2 = r
        .routes
        .iter()
        .find(|x| x.id == "9.5/fairly-notable")
        .expect("tier 2 route");
    assert_eq!(tier2.amount.up_to, Some(dec("200")));
    let tier3 = r
        .routes
        .iter()
        .find(|x| x.id == "9.5/first-abroad")
        .expect("tier 3 route");
    assert_eq!(tier3.outcome, zgc_rules::condition::Outcome::Failed);
}

#[test]
fn m9_5_first_abroad_year_boundaries() {
    // Last day of the year before last: still tiers 1–2.
    check(
        &with(OUTBOUND_SME, &[("outbound_first_applied_on", "2024-12-31")]),
        "9.5",
        Eligible,
        Some("300"),
    );
    // First day of last year: tier 3 only.
    let r = check(
        &with(OUTBOUND_SME, &[("outbound_first_applied_on", "2025-01-01")]),
        "9.5",
        Eligible,
        Some("100"),
    );
    assert_eq!(r.best_route.as_deref(), Some("9.5/first-abroad"));
    check(
        &with(OUTBOUND_SME, &[("outbound_first_applied_on", "2025-12-31")]),
        "9.5",
        Eligible,
        Some("100"),
    );
    // First used abroad this year: nothing from last year to assess yet.
    check_fails_on(
        &with(OUTBOUND_SME, &[("outbound_first_applied_on", "2026-01-01")]),
        "9.5",
        "第五条（三）",
    );
}

#[test]
fn m9_5_tier_3_does_not_need_last_years_activity_flag_but_tiers_1_2_do() {
    check_fails_on(
        &with(OUTBOUND_SME, &[("outbound_active_last_year", "no")]),
        "9.5",
        "第五条（三）",
    );
    let p = with(
        OUTBOUND_SME,
        &[
            ("outbound_active_last_year", "no"),
            ("outbound_first_applied_on", "2025-03-01"),
        ],
    );
    check(&p, "9.5", Eligible, Some("100"));
}

#[test]
fn m9_5_growth_sme_means_micro_small_or_medium() {
    check(
        &with(OUTBOUND_SME, &[("enterprise_size", "medium")]),
        "9.5",
        Eligible,
        Some("300"),
    );
    check(
        &with(OUTBOUND_SME, &[("enterprise_size", "micro")]),
        "9.5",
        Eligible,
        Some("300"),
    );
    let r = check_fails_on(
        &with(OUTBOUND_SME, &[("enterprise_size", "large")]),
        "9.5",
        "第五条（一）",
    );
    assert!(r.readings.iter().any(|x| x.zh().contains("成长型中小企业")));
}

#[test]
fn m9_5_leader_gets_a_tailored_package_not_cash() {
    let p = with(
        OUTBOUND_SME,
        &[
            ("enterprise_size", "large"),
            ("tech_leader_enterprise", "yes"),
        ],
    );
    let r = check(&p, "9.5", Eligible, Some("0"));
    assert_eq!(r.best_route.as_deref(), Some("9.5/leader"));
    let a = r.amount.expect("amount");
    assert!(a
        .non_cash
        .expect("non-cash support")
        .zh()
        .contains("一企一策"));
    // The leader route still needs the technology's own IP (（二）1.).
    check_fails_on(
        &with(&p, &[("outbound_tech_owns_ip", "no")]),
        "9.5",
        "第五条（二）1.",
    );
}

#[test]
fn m9_5_own_ip_is_required_and_unknown_is_named() {
    check_fails_on(
        &with(OUTBOUND_SME, &[("outbound_tech_owns_ip", "no")]),
        "9.5",
        "第五条（二）1.",
    );
    check_undetermined_by(
        &without(OUTBOUND_SME, &["outbound_tech_owns_ip"]),
        "9.5",
        "outbound_tech_owns_ip",
    );
    check_undetermined_by(
        &without(OUTBOUND_SME, &["outbound_first_applied_on"]),
        "9.5",
        "outbound_first_applied_on",
    );
}

#[test]
fn m9_5_without_certification_the_reviewers_judge_advancement() {
    // （二）2. is met by a registered contract, a certification, or the reviewers' view.
    let p = with(OUTBOUND_SME, &[("outbound_tech_contract_registered", "no")]);
    let r = check(&p, "9.5", Eligible, Some("300"));
    assert!(r.subject_to_review);
}

#[test]
fn m9_5_applicant_kind_gate() {
    check_fails_on(
        &with(OUTBOUND_SME, &[("applicant_kind", "university")]),
        "9.5",
        "第五条",
    );
}

#[test]
fn m9_5_not_again_within_3_years() {
    check_fails_on(
        &with(
            OUTBOUND_SME,
            &[("received_doc9_support_in_last_3_years", "yes")],
        ),
        "9.5",
        "第十七条",
    );
    check_undetermined_by(
        &without(OUTBOUND_SME, &["received_doc9_support_in_last_3_years"]),
        "9.5",
        "received_doc9_support_in_last_3_years",
    );
}

#[test]
fn doc9_article_4_high_tech_status_and_beijing() {
    let p = with(
        OUTBOUND_SME,
        &[("national_high_tech", "no"), ("zgc_high_tech", "no")],
    );
    check_fails_on(&p, "9.5", "第四条");
    check(
        &with(
            OUTBOUND_SME,
            &[("national_high_tech", "no"), ("zgc_high_tech", "yes")],
        ),
        "9.5",
        Eligible,
        Some("300"),
    );
    check(
        &with(OUTBOUND_SME, &[("registered_in", "beijing_other")]),
        "9.5",
        Eligible,
        Some("300"),
    );
    check_fails_on(
        &with(OUTBOUND_SME, &[("registered_in", "outside_beijing")]),
        "9.5",
        "第四条",
    );
    // A university needs no high-tech status (9.6 admits it).
    check(
        &with(PARK, &[("applicant_kind", "university")]),
        "9.6",
        Eligible,
        Some("500"),
    );
}

#[test]
fn doc9_blacklist_and_double_funding_exclude() {
    check_fails_on(
        &with(OUTBOUND_SME, &[("credit_blacklisted", "yes")]),
        "9.5",
        "第十八条",
    );
    check_fails_on(
        &with(OUTBOUND_SME, &[("same_content_funded", "yes")]),
        "9.5",
        "第十七条",
    );
}

#[test]
fn doc9_article_17_binds_every_measure_but_9_13() {
    for m in doc9::MEASURES {
        let bound = m.cross_rules.iter().any(|c| {
            let mut facts = Vec::new();
            c.facts(&mut facts);
            facts
                .iter()
                .any(|f| f.id == "received_doc9_support_in_last_3_years")
        });
        assert_eq!(bound, m.id != "9.13", "{}: 第十七条 cross rule", m.id);
    }
    assert_eq!(doc9::MEASURES.len(), 11);
}

// ---- 9.6 国(境)外科技园区 -------------------------------------------------------------------

/// A park operator with an overseas park exactly at tier 1's bars: 30,000 m², 70%, 10 firms.
const PARK: &[(&str, &str)] = &[
    ("applicant_kind", "park_operator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("overseas_park_built", "yes"),
    ("overseas_park_operator_founded_on", "2024-01-01"),
    ("overseas_park_area", "30000"),
    ("overseas_park_occupancy", "70"),
    ("overseas_park_beijing_firms", "10"),
];

#[test]
fn m9_6_tier_1_at_its_bars_up_to_500() {
    let r = check(PARK, "9.6", Eligible, Some("500"));
    assert_eq!(r.best_route.as_deref(), Some("9.6/tier-1"));
    assert!(r.subject_to_review);
}

#[test]
fn m9_6_area_30000_inclusive_below_is_tier_2() {
    let r = check(
        &with(PARK, &[("overseas_park_area", "29999.99")]),
        "9.6",
        Eligible,
        Some("200"),
    );
    assert_eq!(r.best_route.as_deref(), Some("9.6/tier-2"));
}

#[test]
fn m9_6_tier_2_area_10000_inclusive() {
    check(
        &with(PARK, &[("overseas_park_area", "10000")]),
        "9.6",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(PARK, &[("overseas_park_area", "9999.99")]),
        "9.6",
        "第六条（三）2.",
    );
}

#[test]
fn m9_6_occupancy_bars_70_and_50() {
    check(
        &with(PARK, &[("overseas_park_occupancy", "69.99")]),
        "9.6",
        Eligible,
        Some("200"),
    );
    check(
        &with(PARK, &[("overseas_park_occupancy", "50")]),
        "9.6",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(PARK, &[("overseas_park_occupancy", "49.99")]),
        "9.6",
        "第六条（三）2.",
    );
}

#[test]
fn m9_6_beijing_firms_bars_10_and_5() {
    check(
        &with(PARK, &[("overseas_park_beijing_firms", "9")]),
        "9.6",
        Eligible,
        Some("200"),
    );
    check(
        &with(PARK, &[("overseas_park_beijing_firms", "5")]),
        "9.6",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(PARK, &[("overseas_park_beijing_firms", "4")]),
        "9.6",
        "第六条（三）2.",
    );
}

#[test]
fn m9_6_large_park_missing_tier_1_falls_to_tier_2_read_as_such() {
    let p = with(
        PARK,
        &[
            ("overseas_park_area", "50000"),
            ("overseas_park_occupancy", "60"),
            ("overseas_park_beijing_firms", "8"),
        ],
    );
    let r = check(&p, "9.6", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("9.6/tier-2"));
    assert!(r.readings.iter().any(|x| x.zh().contains("按第二档评估")));
}

#[test]
fn m9_6_operator_incorporated_one_year_inclusive() {
    check(
        &with(PARK, &[("overseas_park_operator_founded_on", "2025-06-30")]),
        "9.6",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(PARK, &[("overseas_park_operator_founded_on", "2025-07-01")]),
        "9.6",
        "第六条（二）1.",
    );
}

#[test]
fn m9_6_physical_park_required_and_unknowns_named() {
    check_fails_on(
        &with(PARK, &[("overseas_park_built", "no")]),
        "9.6",
        "第六条（二）1.",
    );
    check_undetermined_by(
        &without(PARK, &["overseas_park_occupancy"]),
        "9.6",
        "overseas_park_occupancy",
    );
}

#[test]
fn m9_6_applicant_gate_and_3_year_rule() {
    check_fails_on(
        &with(PARK, &[("applicant_kind", "investment_institution")]),
        "9.6",
        "第六条",
    );
    // An enterprise must hold a high-tech status (第四条).
    check_fails_on(
        &with(
            PARK,
            &[
                ("applicant_kind", "enterprise"),
                ("national_high_tech", "no"),
                ("zgc_high_tech", "no"),
            ],
        ),
        "9.6",
        "第四条",
    );
    check_fails_on(
        &with(PARK, &[("received_doc9_support_in_last_3_years", "yes")]),
        "9.6",
        "第十七条",
    );
}

// ---- 9.7 国(境)外孵化平台 -------------------------------------------------------------------

/// An incubator with an overseas platform exactly at tier 1's bars: 3,000 m², 50 incubatees, 25.
const INCUBATOR: &[(&str, &str)] = &[
    ("applicant_kind", "incubator"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("overseas_incubator_built", "yes"),
    ("overseas_incubator_operator_founded_on", "2024-01-01"),
    ("overseas_incubator_area", "3000"),
    ("overseas_incubatees", "50"),
    ("overseas_incubatees_beijing", "25"),
];

#[test]
fn m9_7_tier_1_at_its_bars_up_to_200() {
    let r = check(INCUBATOR, "9.7", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("9.7/tier-1"));
}

#[test]
fn m9_7_just_below_tier_1_bars_is_tier_2() {
    check(
        &with(INCUBATOR, &[("overseas_incubator_area", "2999.99")]),
        "9.7",
        Eligible,
        Some("100"),
    );
    check(
        &with(INCUBATOR, &[("overseas_incubatees", "49")]),
        "9.7",
        Eligible,
        Some("100"),
    );
    check(
        &with(INCUBATOR, &[("overseas_incubatees_beijing", "24")]),
        "9.7",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m9_7_tier_2_bars_1000_20_10() {
    let at = with(
        INCUBATOR,
        &[
            ("overseas_incubator_area", "1000"),
            ("overseas_incubatees", "20"),
            ("overseas_incubatees_beijing", "10"),
        ],
    );
    check(&at, "9.7", Eligible, Some("100"));
    check_fails_on(
        &with(&at, &[("overseas_incubator_area", "999.99")]),
        "9.7",
        "第七条（三）2.",
    );
    check_fails_on(
        &with(&at, &[("overseas_incubatees", "19")]),
        "9.7",
        "第七条（三）2.",
    );
    check_fails_on(
        &with(&at, &[("overseas_incubatees_beijing", "9")]),
        "9.7",
        "第七条（三）2.",
    );
}

#[test]
fn m9_7_large_incubator_missing_tier_1_falls_to_tier_2() {
    let p = with(
        INCUBATOR,
        &[
            ("overseas_incubator_area", "5000"),
            ("overseas_incubatees", "30"),
            ("overseas_incubatees_beijing", "12"),
        ],
    );
    let r = check(&p, "9.7", Eligible, Some("100"));
    assert!(r.readings.iter().any(|x| x.zh().contains("按第二档评估")));
}

#[test]
fn m9_7_operator_one_year_and_unknowns() {
    check(
        &with(
            INCUBATOR,
            &[("overseas_incubator_operator_founded_on", "2025-06-30")],
        ),
        "9.7",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(
            INCUBATOR,
            &[("overseas_incubator_operator_founded_on", "2025-07-01")],
        ),
        "9.7",
        "第七条（二）1.",
    );
    check_fails_on(
        &with(INCUBATOR, &[("overseas_incubator_built", "no")]),
        "9.7",
        "第七条（二）1.",
    );
    check_undetermined_by(
        &without(INCUBATOR, &["overseas_incubatees"]),
        "9.7",
        "overseas_incubatees",
    );
}

#[test]
fn m9_7_applicant_gate_and_3_year_rule() {
    check_fails_on(
        &with(INCUBATOR, &[("applicant_kind", "guarantee_institution")]),
        "9.7",
        "第七条",
    );
    check_fails_on(
        &with(
            INCUBATOR,
            &[("received_doc9_support_in_last_3_years", "yes")],
        ),
        "9.7",
        "第十七条",
    );
}

// ---- 9.8 国(境)外研发中心 -------------------------------------------------------------------

/// A high-tech firm whose overseas R&D centre has 3 international invention patents in 3 years.
const RD_CENTRE: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("overseas_rd_centre_founded_on", "2024-01-01"),
    ("overseas_rd_intl_invention_patents_3y", "3"),
    ("overseas_rd_substantive", "yes"),
];

#[test]
fn m9_8_three_patents_is_tier_1_up_to_200() {
    let r = check(RD_CENTRE, "9.8", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("9.8/patents"));
    assert!(r.next_tier.is_none());
}

#[test]
fn m9_8_two_patents_is_tier_2_and_one_more_reaches_tier_1() {
    let r = check(
        &with(RD_CENTRE, &[("overseas_rd_intl_invention_patents_3y", "2")]),
        "9.8",
        Eligible,
        Some("100"),
    );
    let nt = r.next_tier.expect("next tier");
    assert_eq!(nt.raise_by, dec("1"));
    assert_eq!(nt.to_cap, dec("200"));
    check(
        &with(RD_CENTRE, &[("overseas_rd_intl_invention_patents_3y", "1")]),
        "9.8",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m9_8_no_patent_falls_to_substantive_rd_50() {
    let r = check(
        &with(RD_CENTRE, &[("overseas_rd_intl_invention_patents_3y", "0")]),
        "9.8",
        Eligible,
        Some("50"),
    );
    assert_eq!(r.best_route.as_deref(), Some("9.8/rd-activity"));
    let p = with(
        RD_CENTRE,
        &[
            ("overseas_rd_intl_invention_patents_3y", "0"),
            ("overseas_rd_substantive", "no"),
        ],
    );
    check_fails_on(&p, "9.8", "第八条（三）");
}

#[test]
fn m9_8_centre_incorporated_one_year_inclusive() {
    check(
        &with(
            RD_CENTRE,
            &[("overseas_rd_centre_founded_on", "2025-06-30")],
        ),
        "9.8",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(
            RD_CENTRE,
            &[("overseas_rd_centre_founded_on", "2025-07-01")],
        ),
        "9.8",
        "第八条（二）1.",
    );
}

#[test]
fn m9_8_unknowns_named_gate_and_3_year_rule() {
    let p = without(
        RD_CENTRE,
        &[
            "overseas_rd_intl_invention_patents_3y",
            "overseas_rd_substantive",
        ],
    );
    let r = check_undetermined_by(&p, "9.8", "overseas_rd_intl_invention_patents_3y");
    assert!(r.deciding_facts.contains(&"overseas_rd_substantive"));
    check_fails_on(
        &with(RD_CENTRE, &[("applicant_kind", "financial_institution")]),
        "9.8",
        "第八条",
    );
    check_fails_on(
        &with(
            RD_CENTRE,
            &[("received_doc9_support_in_last_3_years", "yes")],
        ),
        "9.8",
        "第十七条",
    );
}

// ---- 9.9 外资研发中心 -------------------------------------------------------------------------

/// An R&D innovation centre of a foreign investor, founded 2018, R&D up from 25,000万 to 30,000万.
const FRDC: &[(&str, &str)] = &[
    ("applicant_kind", "foreign_rd_centre"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("frdc_type", "rd_innovation_centre"),
    ("frdc_investor_abroad", "yes"),
    ("founded_on", "2018-01-01"),
    ("rd_expense_last_year", "30000"),
    ("rd_expense_year_before", "25000"),
    ("frdc_independent_team", "yes"),
    ("frdc_rd_basics", "yes"),
    ("frdc_parent_authorised", "yes"),
];

#[test]
fn m9_9_rd_centre_two_percent_of_rd() {
    // 2% × 30,000 = 600.
    let r = check(FRDC, "9.9", Eligible, Some("600"));
    assert_eq!(r.best_route.as_deref(), Some("9.9/rd-centre"));
    assert!(r.subject_to_review);
}

#[test]
fn m9_9_rd_centre_cap_1000_reached_at_50000() {
    check(
        &with(FRDC, &[("rd_expense_last_year", "49999.99")]),
        "9.9",
        Eligible,
        Some("999.9998"),
    );
    check(
        &with(FRDC, &[("rd_expense_last_year", "50000")]),
        "9.9",
        Eligible,
        Some("1000"),
    );
    check(
        &with(FRDC, &[("rd_expense_last_year", "60000")]),
        "9.9",
        Eligible,
        Some("1000"),
    );
}

#[test]
fn m9_9_new_or_expanded_rd() {
    // Flat R&D, founded long ago: neither new nor expanded.
    check_fails_on(
        &with(FRDC, &[("rd_expense_last_year", "25000")]),
        "9.9",
        "第九条（三）",
    );
    // R&D up by 0.01: expanded.
    check(
        &with(FRDC, &[("rd_expense_last_year", "25000.01")]),
        "9.9",
        Eligible,
        Some("500.0002"),
    );
    // Founded last year: new, whatever the comparison.
    let p = with(
        FRDC,
        &[("founded_on", "2025-01-01"), ("rd_expense_year_before", "")],
    );
    check(&p, "9.9", Eligible, Some("600"));
    // Founded the year before last with flat R&D: neither.
    let p = with(
        FRDC,
        &[
            ("founded_on", "2024-12-31"),
            ("rd_expense_last_year", "25000"),
        ],
    );
    check_fails_on(&p, "9.9", "第九条（三）");
}

#[test]
fn m9_9_rd_centre_conditions() {
    check_fails_on(
        &with(FRDC, &[("frdc_investor_abroad", "no")]),
        "9.9",
        "第九条（一）",
    );
    check_fails_on(
        &with(FRDC, &[("frdc_parent_authorised", "no")]),
        "9.9",
        "第九条（二）1.(2)",
    );
    check_fails_on(
        &with(FRDC, &[("frdc_rd_basics", "no")]),
        "9.9",
        "第九条（二）1.(1)",
    );
    check_undetermined_by(
        &without(FRDC, &["rd_expense_last_year"]),
        "9.9",
        "rd_expense_last_year",
    );
}

/// The same investor's open innovation platform: 1,000 m², 10 projects, 4,000万 invested last year.
const PLATFORM: &[(&str, &str)] = &[
    ("applicant_kind", "foreign_rd_centre"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("frdc_type", "open_innovation_platform"),
    ("frdc_investor_abroad", "yes"),
    ("founded_on", "2025-03-01"),
    ("platform_plan_and_goals", "yes"),
    ("platform_rd_area", "1000"),
    ("platform_signed_projects", "10"),
    ("platform_facilities_and_experts", "yes"),
    ("platform_investment_last_year", "4000"),
];

#[test]
fn m9_9_open_platform_five_percent_of_investment() {
    // 5% × 4,000 = 200.
    let r = check(PLATFORM, "9.9", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("9.9/open-platform"));
}

#[test]
fn m9_9_open_platform_cap_500_reached_at_10000() {
    check(
        &with(PLATFORM, &[("platform_investment_last_year", "9999.99")]),
        "9.9",
        Eligible,
        Some("499.9995"),
    );
    check(
        &with(PLATFORM, &[("platform_investment_last_year", "10000")]),
        "9.9",
        Eligible,
        Some("500"),
    );
    check(
        &with(PLATFORM, &[("platform_investment_last_year", "12000")]),
        "9.9",
        Eligible,
        Some("500"),
    );
}

#[test]
fn m9_9_open_platform_area_1000_and_projects_10_inclusive() {
    check_fails_on(
        &with(PLATFORM, &[("platform_rd_area", "999.99")]),
        "9.9",
        "第九条（二）2.(2)",
    );
    check_fails_on(
        &with(PLATFORM, &[("platform_signed_projects", "9")]),
        "9.9",
        "第九条（二）2.(3)",
    );
    check_fails_on(
        &with(PLATFORM, &[("platform_facilities_and_experts", "no")]),
        "9.9",
        "第九条（二）2.(4)",
    );
    check_undetermined_by(
        &without(PLATFORM, &["platform_signed_projects"]),
        "9.9",
        "platform_signed_projects",
    );
}

#[test]
fn m9_9_applicant_gate_and_3_year_rule() {
    // An enterprise is not the article's applicant, whatever its status.
    check_fails_on(
        &with(
            FRDC,
            &[
                ("applicant_kind", "enterprise"),
                ("national_high_tech", "yes"),
            ],
        ),
        "9.9",
        "第九条",
    );
    check_fails_on(
        &with(FRDC, &[("received_doc9_support_in_last_3_years", "yes")]),
        "9.9",
        "第十七条",
    );
}

// ---- 9.10 国际机构在京落地 ---------------------------------------------------------------------

/// A top international organisation's first Beijing branch, operating exactly one year.
const INTL_ORG: &[(&str, &str)] = &[
    ("applicant_kind", "international_organisation"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("intl_org_first_beijing_branch", "yes"),
    ("intl_org_beijing_premises", "yes"),
    ("intl_org_beijing_operating_since", "2025-06-30"),
    ("intl_org_standing", "top"),
];

#[test]
fn m9_10_top_200_well_known_100_other_nothing() {
    let r = check(INTL_ORG, "9.10", Eligible, Some("200"));
    assert!(r.subject_to_review);
    check(
        &with(INTL_ORG, &[("intl_org_standing", "well_known")]),
        "9.10",
        Eligible,
        Some("100"),
    );
    check_fails_on(
        &with(INTL_ORG, &[("intl_org_standing", "other")]),
        "9.10",
        "第十条（三）",
    );
    check_undetermined_by(
        &without(INTL_ORG, &["intl_org_standing"]),
        "9.10",
        "intl_org_standing",
    );
}

#[test]
fn m9_10_operating_one_year_inclusive_premises_first_branch() {
    check_fails_on(
        &with(
            INTL_ORG,
            &[("intl_org_beijing_operating_since", "2025-07-01")],
        ),
        "9.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(INTL_ORG, &[("intl_org_beijing_premises", "no")]),
        "9.10",
        "第十条（二）1.",
    );
    check_fails_on(
        &with(INTL_ORG, &[("intl_org_first_beijing_branch", "no")]),
        "9.10",
        "第十条（一）",
    );
}

#[test]
fn m9_10_applicant_gate_and_3_year_rule() {
    check_fails_on(
        &with(INTL_ORG, &[("applicant_kind", "university")]),
        "9.10",
        "第十条",
    );
    check_fails_on(
        &with(
            INTL_ORG,
            &[("received_doc9_support_in_last_3_years", "yes")],
        ),
        "9.10",
        "第十七条",
    );
}

// ---- 9.11 跨国(境)技术转移服务 -----------------------------------------------------------------

/// A tech-transfer intermediary with 3 import projects over 1,000万 and 2 outbound projects over
/// 5,000万 abroad last year: 5 in all.
const TRANSFER: &[(&str, &str)] = &[
    ("applicant_kind", "service_institution"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("tt_intl_member_network", "yes"),
    ("industry_field", "ngit"),
    ("tt_inbound_revenue_projects", "3"),
    ("tt_inbound_promising_projects", "0"),
    ("tt_outbound_projects", "2"),
];

#[test]
fn m9_11_five_projects_is_tier_1_up_to_200() {
    let r = check(TRANSFER, "9.11", Eligible, Some("200"));
    assert!(r.subject_to_review);
    assert!(r.notice.is_some());
}

#[test]
fn m9_11_tier_boundaries_at_5_3_and_1() {
    let n = |inbound: &'static str, outbound: &'static str| {
        with(
            TRANSFER,
            &[
                ("tt_inbound_revenue_projects", inbound),
                ("tt_outbound_projects", outbound),
            ],
        )
    };
    // 4: tier 2, one more reaches 200.
    let r = check(&n("3", "1"), "9.11", Eligible, Some("100"));
    let nt = r.next_tier.expect("next tier");
    assert_eq!((nt.raise_by, nt.to_cap), (dec("1"), dec("200")));
    // 3 (含) is tier 2.
    check(&n("2", "1"), "9.11", Eligible, Some("100"));
    // 2 and 1 are tier 3.
    check(&n("1", "1"), "9.11", Eligible, Some("50"));
    check(&n("0", "1"), "9.11", Eligible, Some("50"));
    // None: ineligible.
    check_fails_on(&n("0", "0"), "9.11", "第十一条（二）4.");
}

#[test]
fn m9_11_projects_counted_on_potential_are_for_review() {
    let p = with(
        TRANSFER,
        &[
            ("tt_inbound_revenue_projects", "0"),
            ("tt_inbound_promising_projects", "3"),
            ("tt_outbound_projects", "0"),
        ],
    );
    let r = check(&p, "9.11", Eligible, Some("100"));
    assert!(r.subject_to_review);
    let leaves = r.routes[0].conditions.leaves();
    let revenue_leaf = leaves
        .iter()
        .find(|(l, _)| l.facts == ["tt_inbound_promising_projects"])
        .expect("the revenue-only leaf");
    assert_eq!(revenue_leaf.1, zgc_rules::condition::Outcome::Failed);
}

#[test]
fn m9_11_unknown_counts() {
    // Known projects already reach the top tier: the amount is settled.
    check(
        &without(TRANSFER, &["tt_inbound_promising_projects"]),
        "9.11",
        Eligible,
        Some("200"),
    );
    // Two known, one count unknown: eligible, amount open up to 200.
    let p = with(
        TRANSFER,
        &[
            ("tt_inbound_revenue_projects", "2"),
            ("tt_outbound_projects", ""),
        ],
    );
    let r = check(&p, "9.11", Eligible, Some("200"));
    let a = r.amount.expect("amount");
    assert!(!a.determined);
    assert!(a.missing.contains(&"tt_outbound_projects"));
    // Nothing known: undetermined.
    let p = without(
        TRANSFER,
        &[
            "tt_inbound_revenue_projects",
            "tt_inbound_promising_projects",
            "tt_outbound_projects",
        ],
    );
    check_undetermined_by(&p, "9.11", "tt_outbound_projects");
}

#[test]
fn m9_11_member_network_and_field() {
    check_fails_on(
        &with(TRANSFER, &[("tt_intl_member_network", "no")]),
        "9.11",
        "第十一条（二）1.",
    );
    check_fails_on(
        &with(TRANSFER, &[("industry_field", "other")]),
        "9.11",
        "第十一条（二）2.",
    );
    check(
        &with(TRANSFER, &[("industry_field", "other_high_end")]),
        "9.11",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m9_11_applicant_gate_and_3_year_rule() {
    check(
        &with(TRANSFER, &[("applicant_kind", "social_organisation")]),
        "9.11",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(
            TRANSFER,
            &[
                ("applicant_kind", "enterprise"),
                ("national_high_tech", "yes"),
            ],
        ),
        "9.11",
        "第十一条",
    );
    check_fails_on(
        &with(
            TRANSFER,
            &[("received_doc9_support_in_last_3_years", "yes")],
        ),
        "9.11",
        "第十七条",
    );
}

// ---- 9.12 科研开放共享 ------------------------------------------------------------------------

/// A university building a paper-and-data sharing platform with an international S&T organisation.
const SHARING: &[(&str, &str)] = &[
    ("applicant_kind", "university"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("intl_sci_org_cooperation", "yes"),
    ("builds_research_sharing_platform", "yes"),
    ("opens_own_research_resources", "yes"),
];

#[test]
fn m9_12_platform_300_open_resources_200() {
    let r = check(SHARING, "9.12", Eligible, Some("300"));
    assert_eq!(r.best_route.as_deref(), Some("9.12/platform"));
    assert_eq!(r.methods, vec![zgc_rules::measure::Method::PreSubsidy]);
    let r = check(
        &with(SHARING, &[("builds_research_sharing_platform", "no")]),
        "9.12",
        Eligible,
        Some("200"),
    );
    assert_eq!(r.best_route.as_deref(), Some("9.12/open-resources"));
    let p = with(
        SHARING,
        &[
            ("builds_research_sharing_platform", "no"),
            ("opens_own_research_resources", "no"),
        ],
    );
    check_fails_on(&p, "9.12", "第十二条（二）");
}

#[test]
fn m9_12_needs_an_international_sci_org() {
    check_fails_on(
        &with(SHARING, &[("intl_sci_org_cooperation", "no")]),
        "9.12",
        "第十二条（一）",
    );
    check_undetermined_by(
        &without(SHARING, &["intl_sci_org_cooperation"]),
        "9.12",
        "intl_sci_org_cooperation",
    );
}

#[test]
fn m9_12_applicant_gate_and_3_year_rule() {
    check_fails_on(
        &with(SHARING, &[("applicant_kind", "student_team")]),
        "9.12",
        "第十二条",
    );
    check_fails_on(
        &with(SHARING, &[("received_doc9_support_in_last_3_years", "yes")]),
        "9.12",
        "第十七条",
    );
}

// ---- 9.13 学术会议及活动 ----------------------------------------------------------------------

/// A research institute holding a Zhongguancun Forum event that cost 200万.
const EVENTS: &[(&str, &str)] = &[
    ("applicant_kind", "research_institute"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("zgc_forum_event_included", "yes"),
    ("zgc_forum_event_total_cost", "200"),
    ("intl_conference_organiser", "no"),
    ("group_exhibition_organiser", "no"),
];

#[test]
fn m9_13_forum_event_thirty_percent() {
    // 30% × 200 = 60.
    let r = check(EVENTS, "9.13", Eligible, Some("60"));
    assert_eq!(r.best_route.as_deref(), Some("9.13/zgc-forum"));
    assert!(r.subject_to_review);
}

#[test]
fn m9_13_cap_100_reached_at_333_34() {
    check(
        &with(EVENTS, &[("zgc_forum_event_total_cost", "333.33")]),
        "9.13",
        Eligible,
        Some("99.999"),
    );
    check(
        &with(EVENTS, &[("zgc_forum_event_total_cost", "333.34")]),
        "9.13",
        Eligible,
        Some("100"),
    );
    check(
        &with(EVENTS, &[("zgc_forum_event_total_cost", "1000")]),
        "9.13",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m9_13_conference_and_exchange_routes() {
    let conf = with(
        EVENTS,
        &[
            ("zgc_forum_event_included", "no"),
            ("intl_conference_organiser", "yes"),
            ("intl_conference_total_cost", "300"),
        ],
    );
    let r = check(&conf, "9.13", Eligible, Some("90"));
    assert_eq!(r.best_route.as_deref(), Some("9.13/conference"));
    assert!(r.readings.iter().any(|x| x.zh().contains("预算总经费")));
    let ex = with(
        EVENTS,
        &[
            ("zgc_forum_event_included", "no"),
            ("group_exhibition_organiser", "yes"),
            ("exchange_event_total_cost", "100"),
        ],
    );
    let r = check(&ex, "9.13", Eligible, Some("30"));
    assert_eq!(r.best_route.as_deref(), Some("9.13/exchange"));
    // Several open: the best counts.
    let both = with(
        EVENTS,
        &[
            ("intl_conference_organiser", "yes"),
            ("intl_conference_total_cost", "300"),
        ],
    );
    check(&both, "9.13", Eligible, Some("90"));
    // None of the three.
    check_fails_on(
        &with(EVENTS, &[("zgc_forum_event_included", "no")]),
        "9.13",
        "第十三条",
    );
}

#[test]
fn m9_13_unknown_cost_leaves_the_amount_open() {
    let r = check(
        &without(EVENTS, &["zgc_forum_event_total_cost"]),
        "9.13",
        Eligible,
        Some("100"),
    );
    let a = r.amount.expect("amount");
    assert!(!a.determined);
    assert!(a.missing.contains(&"zgc_forum_event_total_cost"));
    check_undetermined_by(
        &without(EVENTS, &["zgc_forum_event_included"]),
        "9.13",
        "zgc_forum_event_included",
    );
}

#[test]
fn m9_13_is_outside_article_17() {
    check(
        &with(EVENTS, &[("received_doc9_support_in_last_3_years", "yes")]),
        "9.13",
        Eligible,
        Some("60"),
    );
    check_fails_on(
        &with(EVENTS, &[("applicant_kind", "fund_investor")]),
        "9.13",
        "第十三条",
    );
    // The blacklist (第十八条) still binds it.
    check_fails_on(
        &with(EVENTS, &[("credit_blacklisted", "yes")]),
        "9.13",
        "第十八条",
    );
}

// ---- 9.14 国际学术期刊 ------------------------------------------------------------------------

/// A university whose journal first reached SCI Q1 on 2024-06-20.
const JOURNAL: &[(&str, &str)] = &[
    ("applicant_kind", "university"),
    ("registered_in", "zgc"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("journal_best_jcr_quartile", "q1"),
    ("journal_first_reached_on", "2024-06-20"),
];

#[test]
fn m9_14_q1_200_q2_100_lower_nothing() {
    let r = check(JOURNAL, "9.14", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("9.14/q1"));
    let r = check(
        &with(JOURNAL, &[("journal_best_jcr_quartile", "q2")]),
        "9.14",
        Eligible,
        Some("100"),
    );
    assert_eq!(r.best_route.as_deref(), Some("9.14/q2"));
    check_fails_on(
        &with(JOURNAL, &[("journal_best_jcr_quartile", "q3_q4")]),
        "9.14",
        "第十四条（三）",
    );
    check_fails_on(
        &with(JOURNAL, &[("journal_best_jcr_quartile", "not_indexed")]),
        "9.14",
        "第十四条（三）",
    );
}

#[test]
fn m9_14_first_inclusion_within_3_years_inclusive() {
    check(
        &with(JOURNAL, &[("journal_first_reached_on", "2023-06-30")]),
        "9.14",
        Eligible,
        Some("200"),
    );
    check_fails_on(
        &with(JOURNAL, &[("journal_first_reached_on", "2023-06-29")]),
        "9.14",
        "第十四条（二）1.",
    );
}

#[test]
fn m9_14_unknowns_gate_and_3_year_rule() {
    check_undetermined_by(
        &without(JOURNAL, &["journal_best_jcr_quartile"]),
        "9.14",
        "journal_best_jcr_quartile",
    );
    check_undetermined_by(
        &without(JOURNAL, &["journal_first_reached_on"]),
        "9.14",
        "journal_first_reached_on",
    );
    check_fails_on(
        &with(JOURNAL, &[("applicant_kind", "capital_market_platform")]),
        "9.14",
        "第十四条",
    );
    check_fails_on(
        &with(JOURNAL, &[("received_doc9_support_in_last_3_years", "yes")]),
        "9.14",
        "第十七条",
    );
}

// ---- 9.15 国际人才交流合作 ---------------------------------------------------------------------

/// A high-growth health firm sending core staff on a 10-day training abroad under an agreement.
const TRAINING: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("received_doc9_support_in_last_3_years", "no"),
    ("key_industry_leader_or_high_growth", "yes"),
    ("programme_staff_core", "yes"),
    ("industry_field", "health"),
    ("overseas_partner_agreement", "yes"),
    ("overseas_programme_schedule", "yes"),
    ("overseas_programme_kind", "training"),
    ("overseas_programme_days", "10"),
];

#[test]
fn m9_15_training_10_days_inclusive_up_to_50() {
    let r = check(TRAINING, "9.15", Eligible, Some("50"));
    assert!(r.subject_to_review);
    assert!(r.notice.is_some());
    check_fails_on(
        &with(TRAINING, &[("overseas_programme_days", "9")]),
        "9.15",
        "第十五条（二）3.",
    );
}

#[test]
fn m9_15_exchange_6_days_inclusive() {
    let ex = with(
        TRAINING,
        &[
            ("overseas_programme_kind", "exchange"),
            ("overseas_programme_days", "6"),
        ],
    );
    check(&ex, "9.15", Eligible, Some("50"));
    check_fails_on(
        &with(&ex, &[("overseas_programme_days", "5")]),
        "9.15",
        "第十五条（二）3.",
    );
}

#[test]
fn m9_15_agreement_schedule_field_and_staff() {
    check_fails_on(
        &with(TRAINING, &[("overseas_partner_agreement", "no")]),
        "9.15",
        "第十五条（二）3.",
    );
    check_fails_on(
        &with(TRAINING, &[("overseas_programme_schedule", "no")]),
        "9.15",
        "第十五条（二）3.",
    );
    check_fails_on(
        &with(TRAINING, &[("industry_field", "other")]),
        "9.15",
        "第十五条（二）2.",
    );
    check_fails_on(
        &with(TRAINING, &[("programme_staff_core", "no")]),
        "9.15",
        "第十五条（二）1.",
    );
    check_fails_on(
        &with(TRAINING, &[("key_industry_leader_or_high_growth", "no")]),
        "9.15",
        "第十五条（二）1.",
    );
    check_undetermined_by(
        &without(TRAINING, &["overseas_programme_days"]),
        "9.15",
        "overseas_programme_days",
    );
}

#[test]
fn m9_15_applicant_gate_and_3_year_rule() {
    check_fails_on(
        &with(TRAINING, &[("applicant_kind", "university")]),
        "9.15",
        "第十五条",
    );
    check_fails_on(
        &with(
            TRAINING,
            &[("national_high_tech", "no"), ("zgc_high_tech", "no")],
        ),
        "9.15",
        "第四条",
    );
    check_fails_on(
        &with(
            TRAINING,
            &[("received_doc9_support_in_last_3_years", "yes")],
        ),
        "9.15",
        "第十七条",
    );
}
