//! 京科发〔2022〕6号: measures 6.5–6.14, each threshold on both sides, each cap and tier boundary,
//! each route, and 第四条 / 第十六条 / 第十七条. Expected amounts are worked out by hand from the
//! text (rate × base, then the cap), in 万元.

mod common;
use common::*;
use zgc_rules::Status::*;

// ---- 6.5 长期资本 ----------------------------------------------------------------------------

/// An insurer's asset manager in Zhongguancun that paid 4亿 (40,000万) into a Beijing venture fund
/// this year and was never subsidised before: tier 1 (3亿–5亿(含)), up to 500.
const INVESTOR: &[(&str, &str)] = &[
    ("applicant_kind", "fund_investor"),
    ("registered_in", "zgc"),
    ("regulator_approved_in_beijing", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("invested_fund_registered_in_beijing", "yes"),
    ("invested_fund_type", "venture"),
    ("invested_fund_amac_filed", "yes"),
    ("invested_fund_focuses_on_high_end_fields", "yes"),
    ("annual_paid_in_to_fund", "40000"),
    ("fund_investor_years_subsidised", "0"),
];

#[test]
fn m6_5_base_eligible_up_to_500_subject_to_review() {
    let r = check(INVESTOR, "6.5", Eligible, Some("500"));
    // "且投资效果较好" is the reviewers' call.
    assert!(r.subject_to_review);
    // 5亿 belongs to tier 1, so tier 2 needs more than 10,000 more.
    let nt = r.next_tier.expect("a next tier");
    assert_eq!(nt.raise_by, dec("10000"));
    assert!(nt.strictly_more);
    assert_eq!(nt.to_cap, dec("800"));
}

#[test]
fn m6_5_paid_in_3yi_inclusive() {
    check(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "30000")]),
        "6.5",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "29999.99")]),
        "6.5",
        "第五条（二）3.",
    );
}

#[test]
fn m6_5_tier_boundary_5yi_belongs_to_tier_1() {
    check(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "50000")]),
        "6.5",
        Eligible,
        Some("500"),
    );
    check(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "50000.01")]),
        "6.5",
        Eligible,
        Some("800"),
    );
}

#[test]
fn m6_5_tier_boundary_10yi_belongs_to_tier_2() {
    check(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "100000")]),
        "6.5",
        Eligible,
        Some("800"),
    );
    check(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "100000.01")]),
        "6.5",
        Eligible,
        Some("1000"),
    );
    check(
        &with(INVESTOR, &[("annual_paid_in_to_fund", "500000")]),
        "6.5",
        Eligible,
        Some("1000"),
    );
}

#[test]
fn m6_5_no_more_than_3_years_per_investor() {
    check(
        &with(INVESTOR, &[("fund_investor_years_subsidised", "2")]),
        "6.5",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(INVESTOR, &[("fund_investor_years_subsidised", "3")]),
        "6.5",
        "第五条（三）",
    );
}

#[test]
fn m6_5_fund_type_and_filing() {
    check(
        &with(INVESTOR, &[("invested_fund_type", "secondary")]),
        "6.5",
        Eligible,
        Some("500"),
    );
    check(
        &with(INVESTOR, &[("invested_fund_type", "buyout")]),
        "6.5",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(INVESTOR, &[("invested_fund_type", "other")]),
        "6.5",
        "第五条（二）1.",
    );
    check_fails_on(
        &with(INVESTOR, &[("invested_fund_amac_filed", "no")]),
        "6.5",
        "第五条（二）1.",
    );
    check_fails_on(
        &with(INVESTOR, &[("invested_fund_registered_in_beijing", "no")]),
        "6.5",
        "第五条（二）1.",
    );
}

#[test]
fn m6_5_fund_focus_declared() {
    check_fails_on(
        &with(
            INVESTOR,
            &[("invested_fund_focuses_on_high_end_fields", "no")],
        ),
        "6.5",
        "第五条（二）2.",
    );
    check_undetermined_by(
        &without(INVESTOR, &["invested_fund_focuses_on_high_end_fields"]),
        "6.5",
        "invested_fund_focuses_on_high_end_fields",
    );
}

#[test]
fn m6_5_unknown_paid_in_is_undetermined_and_named() {
    let r = check_undetermined_by(
        &without(INVESTOR, &["annual_paid_in_to_fund"]),
        "6.5",
        "annual_paid_in_to_fund",
    );
    // Still says how much it could be: the top tier.
    assert_eq!(r.amount.and_then(|a| a.up_to), Some(dec("1000")));
}

#[test]
fn m6_5_only_fund_investors() {
    let p = with(INVESTOR, &[("applicant_kind", "investment_institution")]);
    check_fails_on(&p, "6.5", "本条支持对象");
}

// ---- 第四条 / 第十六条 / 第十七条 ---------------------------------------------------------------

#[test]
fn doc6_article_4_financial_institution_approved_in_beijing() {
    check_fails_on(
        &with(INVESTOR, &[("regulator_approved_in_beijing", "no")]),
        "6.5",
        "第四条",
    );
    check_undetermined_by(
        &without(INVESTOR, &["regulator_approved_in_beijing"]),
        "6.5",
        "regulator_approved_in_beijing",
    );
    check(
        &with(INVESTOR, &[("registered_in", "beijing_other")]),
        "6.5",
        Eligible,
        Some("500"),
    );
    check_fails_on(
        &with(INVESTOR, &[("registered_in", "outside_beijing")]),
        "6.5",
        "第四条",
    );
}

#[test]
fn doc6_article_4_enterprise_needs_national_or_zgc_high_tech_not_sme_status() {
    let p = with(
        FIRM_69,
        &[("national_high_tech", "no"), ("zgc_high_tech", "yes")],
    );
    check(&p, "6.9", Eligible, Some("30"));
    // The tech-based SME status counts in doc 5 only.
    let p = with(
        FIRM_69,
        &[
            ("national_high_tech", "no"),
            ("zgc_high_tech", "no"),
            ("sme_tech_registered", "yes"),
        ],
    );
    check_fails_on(&p, "6.9", "第四条");
    // An enterprise is not asked the financial-institution question.
    let r = check(FIRM_69, "6.9", Eligible, Some("30"));
    assert!(!r.deciding_facts.contains(&"regulator_approved_in_beijing"));
    check(
        &with(FIRM_69, &[("registered_in", "beijing_other")]),
        "6.9",
        Eligible,
        Some("30"),
    );
    check_fails_on(
        &with(FIRM_69, &[("registered_in", "outside_beijing")]),
        "6.9",
        "第四条",
    );
}

#[test]
fn doc6_blacklist_and_double_funding_exclude() {
    check_fails_on(
        &with(INVESTOR, &[("credit_blacklisted", "yes")]),
        "6.5",
        "6号 第十七条",
    );
    check_fails_on(
        &with(INVESTOR, &[("same_content_funded", "yes")]),
        "6.5",
        "6号 第十六条",
    );
    check_fails_on(
        &with(FIRM_69, &[("credit_blacklisted", "yes")]),
        "6.9",
        "6号 第十七条",
    );
}

// ---- 6.6 早期硬科技投资 ------------------------------------------------------------------------

/// A private fund manager with 1,000万 capital whose fund put 800万 into a first round for 20% of
/// a three-and-a-half-year-old firm: 20% × 800 = 160.
const INVESTOR_66: &[(&str, &str)] = &[
    ("applicant_kind", "investment_institution"),
    ("registered_in", "zgc"),
    ("regulator_approved_in_beijing", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("registered_capital", "1000"),
    ("amac_registered_fund_manager", "yes"),
    ("investing_fund_amac_filed", "yes"),
    ("is_first_round_investment", "yes"),
    ("first_round_investment_amount", "800"),
    ("first_round_investment_date", "2025-09-01"),
    ("stake_after_first_round_investment", "20"),
    ("investee_founded_on", "2022-03-01"),
    ("investee_in_high_end_field", "yes"),
    ("investee_owns_core_ip", "yes"),
    ("investee_supported_via_other_fund_of_same_manager", "no"),
];

#[test]
fn m6_6_base_eligible_20_percent_of_800() {
    let r = check(INVESTOR_66, "6.6", Eligible, Some("160"));
    assert!(!r.subject_to_review);
}

#[test]
fn m6_6_single_investment_500_inclusive() {
    check(
        &with(INVESTOR_66, &[("first_round_investment_amount", "500")]),
        "6.6",
        Eligible,
        Some("100"),
    );
    check_fails_on(
        &with(INVESTOR_66, &[("first_round_investment_amount", "499.99")]),
        "6.6",
        "第六条（二）3.",
    );
}

#[test]
fn m6_6_per_deal_cap_200_reached_at_1000() {
    check(
        &with(INVESTOR_66, &[("first_round_investment_amount", "999.99")]),
        "6.6",
        Eligible,
        Some("199.998"),
    );
    check(
        &with(INVESTOR_66, &[("first_round_investment_amount", "1000")]),
        "6.6",
        Eligible,
        Some("200"),
    );
    check(
        &with(INVESTOR_66, &[("first_round_investment_amount", "1000.01")]),
        "6.6",
        Eligible,
        Some("200"),
    );
    // The per-institution annual 500 is not applied to one deal (a reading says so).
    let r = check(
        &with(INVESTOR_66, &[("first_round_investment_amount", "5000")]),
        "6.6",
        Eligible,
        Some("200"),
    );
    assert!(r.readings.iter().any(|t| t.zh().contains("500万元")));
}

#[test]
fn m6_6_stake_at_most_50_percent() {
    check(
        &with(INVESTOR_66, &[("stake_after_first_round_investment", "50")]),
        "6.6",
        Eligible,
        Some("160"),
    );
    check_fails_on(
        &with(
            INVESTOR_66,
            &[("stake_after_first_round_investment", "50.01")],
        ),
        "6.6",
        "第六条（二）3.",
    );
}

#[test]
fn m6_6_registered_capital_1000_inclusive() {
    check_fails_on(
        &with(INVESTOR_66, &[("registered_capital", "999.99")]),
        "6.6",
        "第六条（二）1.",
    );
}

#[test]
fn m6_6_investee_age_counted_at_the_investment_date() {
    // Founded 2020-09-01: its 5 years end on 2025-09-01. An investment that day is inside, even
    // though the firm is older than 5 years on the assessment date (2026-06-30).
    let p = with(
        INVESTOR_66,
        &[
            ("investee_founded_on", "2020-09-01"),
            ("first_round_investment_date", "2025-09-01"),
        ],
    );
    let r = check(&p, "6.6", Eligible, Some("160"));
    assert!(r.readings.iter().any(|t| t.zh().contains("首轮投资")));
    let p = with(
        INVESTOR_66,
        &[
            ("investee_founded_on", "2020-09-01"),
            ("first_round_investment_date", "2025-09-02"),
        ],
    );
    check_fails_on(&p, "6.6", "第六条（二）2.");
}

#[test]
fn m6_6_investee_age_leap_day() {
    // 2020-02-29 + 5 years ends on 2025-02-28 (no 29 February in 2025).
    let p = with(
        INVESTOR_66,
        &[
            ("investee_founded_on", "2020-02-29"),
            ("first_round_investment_date", "2025-02-28"),
        ],
    );
    check(&p, "6.6", Eligible, Some("160"));
    let p = with(
        INVESTOR_66,
        &[
            ("investee_founded_on", "2020-02-29"),
            ("first_round_investment_date", "2025-03-01"),
        ],
    );
    check_fails_on(&p, "6.6", "第六条（二）2.");
}

#[test]
fn m6_6_first_round_and_no_double_support_via_sibling_fund() {
    check_fails_on(
        &with(INVESTOR_66, &[("is_first_round_investment", "no")]),
        "6.6",
        "第六条（二）3.",
    );
    check_fails_on(
        &with(
            INVESTOR_66,
            &[("investee_supported_via_other_fund_of_same_manager", "yes")],
        ),
        "6.6",
        "第六条（二）4.",
    );
    check_fails_on(
        &with(INVESTOR_66, &[("amac_registered_fund_manager", "no")]),
        "6.6",
        "第六条（二）1.",
    );
    check_fails_on(
        &with(INVESTOR_66, &[("investee_in_high_end_field", "no")]),
        "6.6",
        "第六条（二）2.",
    );
}

#[test]
fn m6_6_unknown_investee_founding_is_undetermined_and_named() {
    check_undetermined_by(
        &without(INVESTOR_66, &["investee_founded_on"]),
        "6.6",
        "investee_founded_on",
    );
    check_undetermined_by(
        &without(INVESTOR_66, &["first_round_investment_amount"]),
        "6.6",
        "first_round_investment_amount",
    );
}

#[test]
fn m6_6_only_investment_institutions() {
    check_fails_on(
        &with(INVESTOR_66, &[("applicant_kind", "fund_investor")]),
        "6.6",
        "本条支持对象",
    );
}

// ---- 6.7 基金份额转让 -------------------------------------------------------------------------

/// A fund investor registered elsewhere in Beijing selling 3,000万 of fund shares on the Beijing
/// Equity Exchange platform, with 100万 of fees: 40% × 100 = 40.
const TRANSFEROR: &[(&str, &str)] = &[
    ("applicant_kind", "fund_investor"),
    ("registered_in", "beijing_other"),
    ("regulator_approved_in_beijing", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("fund_share_transfer_on_beijing_equity_exchange", "yes"),
    ("transferred_fund_registered_in_beijing", "yes"),
    ("transferred_fund_focuses_on_high_end_fields", "yes"),
    ("transferor_is_government_fund_nominee_or_manager", "no"),
    ("transferred_fund_share_appraised_value", "3000"),
    ("fund_share_transfer_fees", "100"),
];

#[test]
fn m6_7_base_eligible_40_percent_of_fees_subject_to_review() {
    let r = check(TRANSFEROR, "6.7", Eligible, Some("40"));
    assert!(r.subject_to_review);
}

#[test]
fn m6_7_share_valued_3000_inclusive() {
    check_fails_on(
        &with(
            TRANSFEROR,
            &[("transferred_fund_share_appraised_value", "2999.99")],
        ),
        "6.7",
        "第七条（二）2.",
    );
}

#[test]
fn m6_7_per_transfer_cap_100_reached_at_250() {
    check(
        &with(TRANSFEROR, &[("fund_share_transfer_fees", "249.99")]),
        "6.7",
        Eligible,
        Some("99.996"),
    );
    check(
        &with(TRANSFEROR, &[("fund_share_transfer_fees", "250")]),
        "6.7",
        Eligible,
        Some("100"),
    );
    check(
        &with(TRANSFEROR, &[("fund_share_transfer_fees", "400")]),
        "6.7",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m6_7_government_fund_nominee_excluded() {
    check_fails_on(
        &with(
            TRANSFEROR,
            &[("transferor_is_government_fund_nominee_or_manager", "yes")],
        ),
        "6.7",
        "第七条（二）2.",
    );
}

#[test]
fn m6_7_only_on_the_beijing_equity_exchange_platform() {
    check_fails_on(
        &with(
            TRANSFEROR,
            &[("fund_share_transfer_on_beijing_equity_exchange", "no")],
        ),
        "6.7",
        "第七条（一）",
    );
    check_fails_on(
        &with(
            TRANSFEROR,
            &[("transferred_fund_registered_in_beijing", "no")],
        ),
        "6.7",
        "第七条（二）1.",
    );
}

#[test]
fn m6_7_transferor_kinds() {
    // A fund manager that is not a government fund's manager may sell its own holding.
    check(
        &with(TRANSFEROR, &[("applicant_kind", "investment_institution")]),
        "6.7",
        Eligible,
        Some("40"),
    );
    // A high-tech enterprise holding LP shares.
    let firm = with(
        TRANSFEROR,
        &[
            ("applicant_kind", "enterprise"),
            ("national_high_tech", "yes"),
            ("regulator_approved_in_beijing", ""),
        ],
    );
    check(&firm, "6.7", Eligible, Some("40"));
    let p = with(
        &firm,
        &[("national_high_tech", "no"), ("zgc_high_tech", "no")],
    );
    check_fails_on(&p, "6.7", "第四条");
    check_fails_on(
        &with(TRANSFEROR, &[("applicant_kind", "university")]),
        "6.7",
        "本条支持对象",
    );
}

#[test]
fn m6_7_unknown_fees_leave_it_eligible_up_to_the_cap() {
    let r = check(
        &without(TRANSFEROR, &["fund_share_transfer_fees"]),
        "6.7",
        Eligible,
        Some("100"),
    );
    let a = r.amount.expect("an amount");
    assert!(!a.determined);
    assert!(a.missing.contains(&"fund_share_transfer_fees"));
    check_undetermined_by(
        &without(TRANSFEROR, &["transferred_fund_share_appraised_value"]),
        "6.7",
        "transferred_fund_share_appraised_value",
    );
}

// ---- 6.8 创信融 -------------------------------------------------------------------------------

/// A Chuangxinrong partner guarantor that paid out 600万 on first credit-guaranteed loans, at
/// exactly its own 2% compensation-rate ceiling: 50% × 600 = 300.
const GUARANTOR: &[(&str, &str)] = &[
    ("applicant_kind", "guarantee_institution"),
    ("registered_in", "zgc"),
    ("regulator_approved_in_beijing", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("chuangxinrong_partner_guarantor", "yes"),
    ("first_credit_guarantee_without_counter_guarantee", "yes"),
    ("first_credit_guaranteed_loan_amount", "100"),
    ("guaranteed_firm_small_or_micro", "yes"),
    ("guaranteed_firm_in_high_end_field", "yes"),
    ("guaranteed_firm_owns_core_ip", "yes"),
    ("guarantee_compensation_paid", "600"),
    ("guarantee_compensation_rate", "2"),
    ("guarantee_compensation_rate_cap", "2"),
];

#[test]
fn m6_8_base_eligible_half_of_compensation() {
    let r = check(GUARANTOR, "6.8", Eligible, Some("300"));
    assert!(!r.subject_to_review);
}

#[test]
fn m6_8_guaranteed_loan_100_inclusive() {
    check_fails_on(
        &with(
            GUARANTOR,
            &[("first_credit_guaranteed_loan_amount", "99.99")],
        ),
        "6.8",
        "第八条（二）2.",
    );
}

#[test]
fn m6_8_compensation_rate_within_own_ceiling() {
    let r = check_fails_on(
        &with(GUARANTOR, &[("guarantee_compensation_rate", "2.01")]),
        "6.8",
        "第八条（二）3.",
    );
    let g = r
        .gaps
        .iter()
        .find(|g| g.fact == "guarantee_compensation_rate")
        .expect("a gap");
    assert_eq!(g.short_by, Some(dec("0.01")));
    check(
        &with(GUARANTOR, &[("guarantee_compensation_rate", "1.99")]),
        "6.8",
        Eligible,
        Some("300"),
    );
}

#[test]
fn m6_8_compensation_must_have_occurred() {
    check_fails_on(
        &with(GUARANTOR, &[("guarantee_compensation_paid", "0")]),
        "6.8",
        "第八条（二）3.",
    );
}

#[test]
fn m6_8_annual_cap_1000_reached_at_2000() {
    check(
        &with(GUARANTOR, &[("guarantee_compensation_paid", "1999.99")]),
        "6.8",
        Eligible,
        Some("999.995"),
    );
    check(
        &with(GUARANTOR, &[("guarantee_compensation_paid", "2000")]),
        "6.8",
        Eligible,
        Some("1000"),
    );
    check(
        &with(GUARANTOR, &[("guarantee_compensation_paid", "2500")]),
        "6.8",
        Eligible,
        Some("1000"),
    );
}

#[test]
fn m6_8_pilot_partner_first_credit_loan_small_firm() {
    check_fails_on(
        &with(GUARANTOR, &[("chuangxinrong_partner_guarantor", "no")]),
        "6.8",
        "第八条（二）2.",
    );
    check_fails_on(
        &with(
            GUARANTOR,
            &[("first_credit_guarantee_without_counter_guarantee", "no")],
        ),
        "6.8",
        "第八条（二）2.",
    );
    check_fails_on(
        &with(GUARANTOR, &[("guaranteed_firm_small_or_micro", "no")]),
        "6.8",
        "第八条（二）1.",
    );
    check_fails_on(
        &with(GUARANTOR, &[("guaranteed_firm_in_high_end_field", "no")]),
        "6.8",
        "第八条（二）1.",
    );
}

#[test]
fn m6_8_unknown_ceiling_is_undetermined_and_named() {
    check_undetermined_by(
        &without(GUARANTOR, &["guarantee_compensation_rate_cap"]),
        "6.8",
        "guarantee_compensation_rate_cap",
    );
}

#[test]
fn m6_8_only_guarantee_institutions() {
    check_fails_on(
        &with(GUARANTOR, &[("applicant_kind", "financial_institution")]),
        "6.8",
        "本条支持对象",
    );
}

// ---- 6.9 科技保险 -----------------------------------------------------------------------------

/// A national high-tech firm in medicine and health with 2亿 revenue the year before its insurance,
/// insured for 2,000万 with a listed product, premium 50万: 60% × 50 = 30.
const FIRM_69: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "health"),
    ("owns_core_ip", "yes"),
    ("revenue_year_before_business", "20000"),
    ("tech_insurance_product_listed", "yes"),
    ("tech_insurance_loan_or_insured_amount", "2000"),
    ("tech_insurance_premium_paid", "50"),
];

#[test]
fn m6_9_base_eligible_60_percent_of_premium() {
    let r = check(FIRM_69, "6.9", Eligible, Some("30"));
    assert!(r
        .notice
        .expect("a notice")
        .zh()
        .contains("科技保险产品名单"));
}

#[test]
fn m6_9_revenue_2yi_inclusive_in_the_year_before_the_business() {
    check_fails_on(
        &with(FIRM_69, &[("revenue_year_before_business", "20000.01")]),
        "6.9",
        "第九条（二）1.",
    );
    // Last fiscal year's revenue is not the measure: only the year before the business counts.
    check(
        &with(FIRM_69, &[("revenue_last_year", "50000")]),
        "6.9",
        Eligible,
        Some("30"),
    );
}

#[test]
fn m6_9_loan_or_insured_2000_inclusive() {
    check_fails_on(
        &with(
            FIRM_69,
            &[("tech_insurance_loan_or_insured_amount", "1999.99")],
        ),
        "6.9",
        "第九条（二）3.",
    );
}

#[test]
fn m6_9_annual_cap_50_reached_near_83_33() {
    check(
        &with(FIRM_69, &[("tech_insurance_premium_paid", "83.33")]),
        "6.9",
        Eligible,
        Some("49.998"),
    );
    check(
        &with(FIRM_69, &[("tech_insurance_premium_paid", "83.34")]),
        "6.9",
        Eligible,
        Some("50"),
    );
    check(
        &with(FIRM_69, &[("tech_insurance_premium_paid", "200")]),
        "6.9",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m6_9_product_field_and_ip() {
    check_fails_on(
        &with(FIRM_69, &[("tech_insurance_product_listed", "no")]),
        "6.9",
        "第九条（二）2.",
    );
    check_fails_on(
        &with(FIRM_69, &[("industry_field", "other")]),
        "6.9",
        "第九条（二）1.",
    );
    check(
        &with(FIRM_69, &[("industry_field", "other_high_end")]),
        "6.9",
        Eligible,
        Some("30"),
    );
    check_undetermined_by(&without(FIRM_69, &["owns_core_ip"]), "6.9", "owns_core_ip");
}

#[test]
fn m6_9_only_enterprises() {
    let p = with(
        FIRM_69,
        &[
            ("applicant_kind", "financial_institution"),
            ("regulator_approved_in_beijing", "yes"),
        ],
    );
    check_fails_on(&p, "6.9", "本条支持对象");
}

// ---- 6.10 融资租赁 ----------------------------------------------------------------------------

/// A firm leasing R&D equipment, 100万 of lease interest and fees this year, first year of
/// subsidy: 20% × 100 = 20.
const FIRM_610: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "ngit"),
    ("owns_core_ip", "yes"),
    ("revenue_year_before_business", "8000"),
    ("leased_asset_for_common_platform_or_rd", "yes"),
    ("lease_financing_costs", "100"),
    ("lease_years_subsidised", "0"),
];

#[test]
fn m6_10_base_eligible_20_percent_of_costs() {
    check(FIRM_610, "6.10", Eligible, Some("20"));
}

#[test]
fn m6_10_annual_cap_50_reached_at_250() {
    check(
        &with(FIRM_610, &[("lease_financing_costs", "249.99")]),
        "6.10",
        Eligible,
        Some("49.998"),
    );
    check(
        &with(FIRM_610, &[("lease_financing_costs", "250")]),
        "6.10",
        Eligible,
        Some("50"),
    );
    check(
        &with(FIRM_610, &[("lease_financing_costs", "1000")]),
        "6.10",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m6_10_same_lease_no_more_than_3_years() {
    check(
        &with(FIRM_610, &[("lease_years_subsidised", "2")]),
        "6.10",
        Eligible,
        Some("20"),
    );
    check_fails_on(
        &with(FIRM_610, &[("lease_years_subsidised", "3")]),
        "6.10",
        "第十条（三）",
    );
}

#[test]
fn m6_10_revenue_2yi_inclusive() {
    check(
        &with(FIRM_610, &[("revenue_year_before_business", "20000")]),
        "6.10",
        Eligible,
        Some("20"),
    );
    check_fails_on(
        &with(FIRM_610, &[("revenue_year_before_business", "20000.01")]),
        "6.10",
        "第十条（二）1.",
    );
}

#[test]
fn m6_10_leased_asset_purpose() {
    check_fails_on(
        &with(
            FIRM_610,
            &[("leased_asset_for_common_platform_or_rd", "no")],
        ),
        "6.10",
        "第十条（二）2.",
    );
    check_undetermined_by(
        &without(FIRM_610, &["lease_years_subsidised"]),
        "6.10",
        "lease_years_subsidised",
    );
}

// ---- 6.11 知识产权质押融资 ---------------------------------------------------------------------

/// A firm with a one-year IP-pledge loan at 4.83% when the LPR was 3.45% (a markup of exactly
/// 40% of the LPR), 100万 of interest paid: 40% × 100 = 40.
const FIRM_611: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "smart_manufacturing"),
    ("owns_core_ip", "yes"),
    ("revenue_year_before_business", "5000"),
    ("ip_pledge_loan_rate", "4.83"),
    ("ip_pledge_loan_lpr_1y", "3.45"),
    ("first_ip_pledge_loan", "no"),
    ("ip_pledge_loan_term_months", "12"),
    ("ip_pledge_loan_interest_paid", "100"),
];

/// A bank whose 400万 share of a defaulted IP-pledge loan's principal is at risk, NPL ratio at its
/// own 3% ceiling, nothing paid about the borrower before: 50% × 400 = 200.
const BANK_611: &[(&str, &str)] = &[
    ("applicant_kind", "financial_institution"),
    ("registered_in", "zgc"),
    ("regulator_approved_in_beijing", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("ip_pledge_npl_principal_risk_share", "400"),
    ("ip_borrower_revenue_year_before_loan", "15000"),
    ("ip_borrower_in_high_end_field", "yes"),
    ("ip_borrower_owns_core_ip", "yes"),
    ("ip_pledge_npl_rate_cap_set", "yes"),
    ("ip_pledge_npl_rate", "3"),
    ("ip_pledge_npl_rate_cap", "3"),
    ("ip_risk_compensation_received_for_firm", "0"),
];

#[test]
fn m6_11_interest_route_base_40_percent_of_interest() {
    let r = check(FIRM_611, "6.11", Eligible, Some("40"));
    assert_eq!(r.best_route.as_deref(), Some("6.11/interest"));
}

#[test]
fn m6_11_interest_markup_40_percent_of_lpr_inclusive() {
    // 3.45 × 1.4 = 4.83 is the most a one-year loan may cost; 4.84 is over.
    check_fails_on(
        &with(FIRM_611, &[("ip_pledge_loan_rate", "4.84")]),
        "6.11",
        "第十一条（二）2.",
    );
}

#[test]
fn m6_11_interest_markup_unlimited_for_first_loan_or_two_year_term() {
    let over = with(FIRM_611, &[("ip_pledge_loan_rate", "6")]);
    check(
        &with(&over, &[("first_ip_pledge_loan", "yes")]),
        "6.11",
        Eligible,
        Some("40"),
    );
    check(
        &with(&over, &[("ip_pledge_loan_term_months", "24")]),
        "6.11",
        Eligible,
        Some("40"),
    );
    check_fails_on(
        &with(&over, &[("ip_pledge_loan_term_months", "23")]),
        "6.11",
        "第十一条（二）2.",
    );
}

#[test]
fn m6_11_interest_cap_50_reached_at_125() {
    check(
        &with(FIRM_611, &[("ip_pledge_loan_interest_paid", "124.99")]),
        "6.11",
        Eligible,
        Some("49.996"),
    );
    check(
        &with(FIRM_611, &[("ip_pledge_loan_interest_paid", "125")]),
        "6.11",
        Eligible,
        Some("50"),
    );
    check(
        &with(FIRM_611, &[("ip_pledge_loan_interest_paid", "300")]),
        "6.11",
        Eligible,
        Some("50"),
    );
}

#[test]
fn m6_11_interest_revenue_2yi_inclusive() {
    check(
        &with(FIRM_611, &[("revenue_year_before_business", "20000")]),
        "6.11",
        Eligible,
        Some("40"),
    );
    check_fails_on(
        &with(FIRM_611, &[("revenue_year_before_business", "20000.01")]),
        "6.11",
        "第十一条（二）1.",
    );
}

#[test]
fn m6_11_interest_unknown_lpr_is_undetermined_and_named() {
    check_undetermined_by(
        &without(FIRM_611, &["ip_pledge_loan_lpr_1y"]),
        "6.11",
        "ip_pledge_loan_lpr_1y",
    );
}

#[test]
fn m6_11_risk_route_base_half_of_risk_share() {
    let r = check(BANK_611, "6.11", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("6.11/risk"));
}

#[test]
fn m6_11_risk_annual_cap_500_reached_at_1000() {
    check(
        &with(
            BANK_611,
            &[("ip_pledge_npl_principal_risk_share", "999.99")],
        ),
        "6.11",
        Eligible,
        Some("499.995"),
    );
    check(
        &with(BANK_611, &[("ip_pledge_npl_principal_risk_share", "1000")]),
        "6.11",
        Eligible,
        Some("500"),
    );
    check(
        &with(BANK_611, &[("ip_pledge_npl_principal_risk_share", "1500")]),
        "6.11",
        Eligible,
        Some("500"),
    );
}

#[test]
fn m6_11_risk_cumulative_1000_per_firm() {
    // 600 already paid about the borrower: 400 left, below the annual 500.
    let p = with(
        BANK_611,
        &[
            ("ip_pledge_npl_principal_risk_share", "1000"),
            ("ip_risk_compensation_received_for_firm", "600"),
        ],
    );
    check(&p, "6.11", Eligible, Some("400"));
    let p = with(
        BANK_611,
        &[
            ("ip_pledge_npl_principal_risk_share", "1000"),
            ("ip_risk_compensation_received_for_firm", "999.99"),
        ],
    );
    check(&p, "6.11", Eligible, Some("0.01"));
    check_fails_on(
        &with(
            BANK_611,
            &[("ip_risk_compensation_received_for_firm", "1000")],
        ),
        "6.11",
        "第十一条（三）2.",
    );
    check_undetermined_by(
        &without(BANK_611, &["ip_risk_compensation_received_for_firm"]),
        "6.11",
        "ip_risk_compensation_received_for_firm",
    );
}

#[test]
fn m6_11_risk_npl_ratio_above_own_ceiling_suspends() {
    check_fails_on(
        &with(BANK_611, &[("ip_pledge_npl_rate", "3.01")]),
        "6.11",
        "第十一条（二）3.",
    );
    check_fails_on(
        &with(BANK_611, &[("ip_pledge_npl_rate_cap_set", "no")]),
        "6.11",
        "第十一条（二）3.",
    );
}

#[test]
fn m6_11_risk_needs_a_bad_loan_and_a_qualifying_borrower() {
    check_fails_on(
        &with(BANK_611, &[("ip_pledge_npl_principal_risk_share", "0")]),
        "6.11",
        "第十一条（一）2.",
    );
    check_fails_on(
        &with(
            BANK_611,
            &[("ip_borrower_revenue_year_before_loan", "20000.01")],
        ),
        "6.11",
        "第十一条（二）1.",
    );
    check_fails_on(
        &with(BANK_611, &[("ip_borrower_in_high_end_field", "no")]),
        "6.11",
        "第十一条（二）1.",
    );
}

#[test]
fn m6_11_risk_route_institution_kinds() {
    check(
        &with(BANK_611, &[("applicant_kind", "guarantee_institution")]),
        "6.11",
        Eligible,
        Some("200"),
    );
    check(
        &with(BANK_611, &[("applicant_kind", "service_institution")]),
        "6.11",
        Eligible,
        Some("200"),
    );
    // An IP professional institution still has to meet 第四条.
    let p = with(
        BANK_611,
        &[
            ("applicant_kind", "service_institution"),
            ("regulator_approved_in_beijing", "no"),
        ],
    );
    check_fails_on(&p, "6.11", "第四条");
}

#[test]
fn m6_11_routes_follow_the_applicant_kind() {
    // An enterprise cannot take the lenders' route, a bank cannot take the firm's.
    let mut both: Vec<(&str, &str)> = FIRM_611.to_vec();
    both.extend(
        BANK_611
            .iter()
            .filter(|(k, _)| !FIRM_611.iter().any(|(f, _)| f == k)),
    );
    let r = check(&both, "6.11", Eligible, Some("40"));
    assert_eq!(r.best_route.as_deref(), Some("6.11/interest"));
    let bank = with(
        &both,
        &[
            ("applicant_kind", "financial_institution"),
            ("regulator_approved_in_beijing", "yes"),
        ],
    );
    let r = check(&bank, "6.11", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("6.11/risk"));
    // The bank fails on its own route's clause; the firms' route, closed to it only by
    // applicant kind, is not listed as a reason.
    let r = check_fails_on(
        &with(&bank, &[("ip_pledge_npl_rate", "4")]),
        "6.11",
        "第十一条（二）3.",
    );
    assert!(
        !r.failed
            .iter()
            .any(|f| f.cite.zh().contains("第十一条（一）1.")),
        "{:?}",
        r.failed
    );
}

// ---- 6.12 新三板、北京四板挂牌 ------------------------------------------------------------------

/// A firm approved for the NEEQ basic layer: up to 50.
const FIRM_612: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "green_energy"),
    ("owns_core_ip", "yes"),
    ("neeq_listing_approval", "basic"),
    ("beijing_equity_exchange_listing_approved", "no"),
];

#[test]
fn m6_12_neeq_by_layer() {
    let r = check(FIRM_612, "6.12", Eligible, Some("50"));
    assert_eq!(r.best_route.as_deref(), Some("6.12/neeq"));
    check(
        &with(
            FIRM_612,
            &[("neeq_listing_approval", "moved_up_to_innovation")],
        ),
        "6.12",
        Eligible,
        Some("50"),
    );
    check(
        &with(FIRM_612, &[("neeq_listing_approval", "innovation_direct")]),
        "6.12",
        Eligible,
        Some("100"),
    );
}

#[test]
fn m6_12_beijing_board_30() {
    let p = with(
        FIRM_612,
        &[
            ("neeq_listing_approval", "none"),
            ("beijing_equity_exchange_listing_approved", "yes"),
        ],
    );
    let r = check(&p, "6.12", Eligible, Some("30"));
    assert_eq!(r.best_route.as_deref(), Some("6.12/beijing"));
    // With both approvals, the one that pays more is shown.
    let p = with(
        FIRM_612,
        &[
            ("neeq_listing_approval", "innovation_direct"),
            ("beijing_equity_exchange_listing_approved", "yes"),
        ],
    );
    let r = check(&p, "6.12", Eligible, Some("100"));
    assert_eq!(r.best_route.as_deref(), Some("6.12/neeq"));
}

#[test]
fn m6_12_no_approval_letter_fails() {
    let p = with(FIRM_612, &[("neeq_listing_approval", "none")]);
    check_fails_on(&p, "6.12", "第十二条（二）2.");
    check_fails_on(
        &with(FIRM_612, &[("industry_field", "other")]),
        "6.12",
        "第十二条（二）1.",
    );
}

#[test]
fn m6_12_unknown_approvals_are_undetermined_and_named() {
    let p = without(
        FIRM_612,
        &[
            "neeq_listing_approval",
            "beijing_equity_exchange_listing_approved",
        ],
    );
    check_undetermined_by(&p, "6.12", "neeq_listing_approval");
}

// ---- 6.13 多层次资本市场服务平台 -----------------------------------------------------------------

/// A platform set up by a domestic exchange, operating exactly one year on 2026-06-30, whose firms
/// raised 20亿 (200,000万) this year: 0.1% × 200,000 = 200.
const PLATFORM: &[(&str, &str)] = &[
    ("applicant_kind", "capital_market_platform"),
    ("registered_in", "zgc"),
    ("regulator_approved_in_beijing", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("platform_set_up_by_domestic_exchange", "yes"),
    ("platform_fixed_premises_in_beijing", "yes"),
    ("platform_operating_since", "2025-06-30"),
    ("platform_financing_served", "200000"),
    ("is_beijing_equity_exchange", "no"),
];

#[test]
fn m6_13_platform_base_0_1_percent_subject_to_review() {
    let r = check(PLATFORM, "6.13", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("6.13/platform"));
    assert!(r.subject_to_review);
}

#[test]
fn m6_13_platform_operating_one_full_year() {
    check_fails_on(
        &with(PLATFORM, &[("platform_operating_since", "2025-07-01")]),
        "6.13",
        "第十三条（二）1.",
    );
}

#[test]
fn m6_13_platform_annual_cap_500_reached_at_500000() {
    check(
        &with(PLATFORM, &[("platform_financing_served", "499999")]),
        "6.13",
        Eligible,
        Some("499.999"),
    );
    check(
        &with(PLATFORM, &[("platform_financing_served", "500000")]),
        "6.13",
        Eligible,
        Some("500"),
    );
    check(
        &with(PLATFORM, &[("platform_financing_served", "800000")]),
        "6.13",
        Eligible,
        Some("500"),
    );
}

#[test]
fn m6_13_beijing_equity_exchange_up_to_200() {
    let p = with(
        PLATFORM,
        &[
            ("is_beijing_equity_exchange", "yes"),
            ("platform_set_up_by_domestic_exchange", "no"),
            ("platform_fixed_premises_in_beijing", ""),
            ("platform_operating_since", ""),
            ("platform_financing_served", ""),
        ],
    );
    let r = check(&p, "6.13", Eligible, Some("200"));
    assert_eq!(r.best_route.as_deref(), Some("6.13/beijing"));
    assert!(r.subject_to_review);
}

#[test]
fn m6_13_neither_platform_nor_exchange_fails() {
    let p = with(PLATFORM, &[("platform_set_up_by_domestic_exchange", "no")]);
    check_fails_on(&p, "6.13", "第十三条（二）1.");
    check_fails_on(
        &with(
            PLATFORM,
            &[
                ("applicant_kind", "enterprise"),
                ("national_high_tech", "yes"),
            ],
        ),
        "6.13",
        "本条支持对象",
    );
    check_undetermined_by(
        &without(PLATFORM, &["platform_fixed_premises_in_beijing"]),
        "6.13",
        "platform_fixed_premises_in_beijing",
    );
}

// ---- 6.14 并购重组 ----------------------------------------------------------------------------

/// A listed new-materials firm buying 51% of a high-end target for 2,000万, its first control of
/// it: 5% × 2,000 = 100.
const ACQUIRER: &[(&str, &str)] = &[
    ("applicant_kind", "enterprise"),
    ("registered_in", "zgc"),
    ("national_high_tech", "yes"),
    ("credit_blacklisted", "no"),
    ("same_content_funded", "no"),
    ("industry_field", "new_materials"),
    ("owns_core_ip", "yes"),
    ("acquirer_listed_or_on_neeq", "yes"),
    ("acquisition_target_in_high_end_field", "yes"),
    ("acquisition_target_owns_core_ip", "yes"),
    ("acquisition_first_control", "yes"),
    ("stake_in_target_after_acquisition", "51"),
    ("acquisition_deal_value", "2000"),
    ("acquisition_brings_key_core_technology", "yes"),
];

#[test]
fn m6_14_base_eligible_5_percent_subject_to_review() {
    let r = check(ACQUIRER, "6.14", Eligible, Some("100"));
    assert!(r.subject_to_review);
}

#[test]
fn m6_14_deal_1000_inclusive() {
    check(
        &with(ACQUIRER, &[("acquisition_deal_value", "1000")]),
        "6.14",
        Eligible,
        Some("50"),
    );
    check_fails_on(
        &with(ACQUIRER, &[("acquisition_deal_value", "999.99")]),
        "6.14",
        "第十四条（二）3.",
    );
}

#[test]
fn m6_14_control_more_than_50_percent() {
    check_fails_on(
        &with(ACQUIRER, &[("stake_in_target_after_acquisition", "50")]),
        "6.14",
        "第十四条（二）3.",
    );
    check(
        &with(ACQUIRER, &[("stake_in_target_after_acquisition", "50.01")]),
        "6.14",
        Eligible,
        Some("100"),
    );
    check_fails_on(
        &with(ACQUIRER, &[("acquisition_first_control", "no")]),
        "6.14",
        "第十四条（二）3.",
    );
}

#[test]
fn m6_14_per_project_cap_200_reached_at_4000() {
    check(
        &with(ACQUIRER, &[("acquisition_deal_value", "3999.99")]),
        "6.14",
        Eligible,
        Some("199.9995"),
    );
    check(
        &with(ACQUIRER, &[("acquisition_deal_value", "4000")]),
        "6.14",
        Eligible,
        Some("200"),
    );
    check(
        &with(ACQUIRER, &[("acquisition_deal_value", "10000")]),
        "6.14",
        Eligible,
        Some("200"),
    );
}

#[test]
fn m6_14_listed_acquirer_high_end_target_core_technology() {
    check_fails_on(
        &with(ACQUIRER, &[("acquirer_listed_or_on_neeq", "no")]),
        "6.14",
        "第十四条（二）1.",
    );
    check_fails_on(
        &with(ACQUIRER, &[("acquisition_target_in_high_end_field", "no")]),
        "6.14",
        "第十四条（二）2.",
    );
    check_fails_on(
        &with(ACQUIRER, &[("industry_field", "other")]),
        "6.14",
        "第十四条（二）2.",
    );
    check_fails_on(
        &with(
            ACQUIRER,
            &[("acquisition_brings_key_core_technology", "no")],
        ),
        "6.14",
        "第十四条（二）4.",
    );
    check_undetermined_by(
        &without(ACQUIRER, &["acquisition_target_owns_core_ip"]),
        "6.14",
        "acquisition_target_owns_core_ip",
    );
}

// ---- The catalog -------------------------------------------------------------------------------

#[test]
fn doc6_catalog_has_ten_measures_with_their_ceilings() {
    let doc6: Vec<(String, Option<rust_decimal::Decimal>)> = zgc_rules::catalog()
        .into_iter()
        .filter(|e| e.doc == 6)
        .map(|e| (e.id.to_owned(), e.max))
        .collect();
    let want = [
        ("6.5", "1000"),
        ("6.6", "200"),
        ("6.7", "100"),
        ("6.8", "1000"),
        ("6.9", "50"),
        ("6.10", "50"),
        ("6.11", "500"),
        ("6.12", "100"),
        ("6.13", "500"),
        ("6.14", "200"),
    ];
    let want: Vec<(String, Option<rust_decimal::Decimal>)> = want
        .iter()
        .map(|(id, max)| ((*id).to_owned(), Some(dec(max))))
        .collect();
    assert_eq!(doc6, want);
}
