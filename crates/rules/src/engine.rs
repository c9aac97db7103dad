//! Evaluation: every measure against one profile, with the rules across measures.

use crate::amount::{AmountEval, NextTier};
use crate::condition::{combine_all, combine_any, hard, Check, Condition, Ctx, Gap, Outcome, Test};
use crate::date::Date;
use crate::fact::{Profile, Topic};
use crate::facts::{APPLICANT_KIND, CREDIT_BLACKLISTED, SAME_CONTENT_FUNDED};
use crate::fmt::num;
use crate::measure::{Measure, Method};
use crate::text::{t, Text, T};
use rust_decimal::Decimal;
use serde::Serialize;
use std::sync::Arc;

/// The text version every assessment is computed under. Shown with every result, so a saved or
/// shared result stays honest when the rules move.
pub const TEXT_VERSION: T = t!(
    "京科发〔2022〕5–9号（2022年6月印发，试行）",
    "京科发〔2022〕5–9号 (issued June 2022, trial version)",
);

/// A measure's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every hard condition and attestation holds (reviewer judgements may remain).
    Eligible,
    /// Some answer is missing that would decide it.
    Undetermined,
    /// A condition fails; it is named.
    Ineligible,
}

/// One route of a measure, evaluated.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RouteResult {
    /// "5.5/rd-growth", or "5.5" for a single route.
    pub id: String,
    pub title: T,
    pub outcome: Outcome,
    pub conditions: Check,
    /// The route's amount; empty (no `up_to`) when the route or the measure is closed.
    pub amount: AmountEval,
    pub amount_cite: T,
    pub amount_clause: T,
}

/// One measure, evaluated. Comparable, so a view can skip redrawing a measure whose result did
/// not change.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MeasureResult {
    pub id: &'static str,
    pub doc: u8,
    pub wenhao: &'static str,
    pub article: T,
    pub title: T,
    pub methods: Vec<Method>,
    pub status: Status,
    /// True when reviewers still decide part of it ("择优", "综合评估").
    pub subject_to_review: bool,
    /// Who may apply and the rules across measures: applicant kind, 第四条, blacklist, double
    /// funding, once in three years, …
    pub gate: Check,
    pub routes: Vec<RouteResult>,
    /// The amount of the best route still open (absent when ineligible).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<AmountEval>,
    /// The route the amount comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub best_route: Option<String>,
    /// For an eligible measure: the most a route still undecided could pay, when it is more than
    /// `amount` (9.6 tier 2 is met, tier 1's answers are missing: "up to 200, possibly 500").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub could_reach: Option<Decimal>,
    /// For an ineligible measure: the conditions that failed, in words with their citation.
    pub failed: Vec<Reason>,
    /// For an undetermined measure: the unanswered facts that would decide it.
    pub deciding_facts: Vec<&'static str>,
    /// For failed or unknown numeric thresholds: how far the answer is from each.
    pub gaps: Vec<Gap>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_tier: Option<NextTier>,
    pub readings: Vec<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<T>,
}

/// A failed condition, named with its clause.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Reason {
    pub cite: T,
    pub clause: T,
    /// True when the clause holds and that is why the measure fails (an exception, "不含…").
    pub negated: bool,
    pub test: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entered: Option<crate::condition::Entered>,
}

/// Totals across measures.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub eligible: u32,
    pub undetermined: u32,
    pub ineligible: u32,
    /// Sum of "up to" over eligible measures (cash; one route per measure).
    pub eligible_up_to: Decimal,
    /// The same over eligible and undetermined measures.
    pub possible_up_to: Decimal,
    /// Equity investment that eligible measures may add (not a grant).
    pub equity_up_to: Decimal,
    /// Eligible cash by year of support (year 1, 2, 3); one-year measures count in year 1.
    pub by_year: Vec<YearTotal>,
    /// How the totals were formed.
    pub notes: Vec<T>,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearTotal {
    pub year: u8,
    pub up_to: Decimal,
}

/// A whole assessment.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub date: Date,
    pub text_version: T,
    /// One result per measure, in `catalog()` order. Shared: `reevaluate` keeps, as they are,
    /// the results an answer cannot change.
    pub results: Vec<Arc<MeasureResult>>,
    pub summary: Summary,
    /// For each result, the facts its evaluation read (their ids' addresses, sorted; shared like
    /// the results): only a change to one of them can change it.
    #[serde(skip)]
    reads: Vec<Arc<[u64]>>,
}

impl Assessment {
    pub fn get(&self, id: &str) -> Option<&MeasureResult> {
        self.results.iter().find(|r| r.id == id).map(|r| &**r)
    }
}

/// Evaluates one measure.
pub fn evaluate_measure(m: &'static Measure, ctx: &Ctx) -> MeasureResult {
    // The applicant kinds the article is for.
    let kind_leaf = hard(
        m.article,
        t!("本条支持对象", "who this article supports"),
        Test::OneOf(&APPLICANT_KIND, m.applicants),
    );
    let blacklist = hard(
        m.doc.blacklist_article,
        t!(
            "处于科研失信行为惩戒期内或被列入失信被执行人、严重违法失信企业名单等联合惩戒的，取消申报资格",
            "an applicant within a research-misconduct penalty period, or listed as a dishonest judgment debtor or a seriously dishonest enterprise, may not apply",
        ),
        Test::No(&CREDIT_BLACKLISTED),
    );
    let double = crate::condition::attested(
        m.doc.double_funding_article,
        t!(
            "同一申报单位同一内容的项目已通过其他渠道获取市财政资金支持，本办法不再重复支持",
            "a project whose content has already received municipal funding through another channel is not funded again",
        ),
        Test::No(&SAME_CONTENT_FUNDED),
    );
    let mut gate_conditions: Vec<Condition> = vec![kind_leaf, m.doc.who, blacklist, double];
    if let Some((fact, clause)) = m.once_in_3_years {
        gate_conditions.push(hard(m.article, clause, Test::No(fact)));
    }
    gate_conditions.extend_from_slice(m.cross_rules);
    let gate_children: Vec<Check> = gate_conditions.iter().map(|c| c.eval(ctx)).collect();
    let gate = Check {
        outcome: combine_all(gate_children.iter().map(|c| c.outcome)),
        node: crate::condition::Node::All {
            children: gate_children,
        },
    };

    let routes: Vec<RouteResult> = m
        .routes
        .iter()
        .map(|r| {
            let conditions = r.conditions.eval(ctx);
            // A closed route pays nothing: its amount is neither shown nor counted, so it is not
            // computed (most routes of most measures are closed for any one applicant).
            let closed = gate.outcome == Outcome::Failed || conditions.outcome == Outcome::Failed;
            RouteResult {
                id: if r.id.is_empty() {
                    m.id.to_owned()
                } else {
                    format!("{}/{}", m.id, r.id)
                },
                title: r.title,
                outcome: conditions.outcome,
                amount: if closed {
                    AmountEval::default()
                } else {
                    r.amount.eval(ctx)
                },
                conditions,
                amount_cite: r.amount_cite,
                amount_clause: r.amount_clause,
            }
        })
        .collect();
    let route_outcome = combine_any(routes.iter().map(|r| r.outcome));
    let status = match combine_all([gate.outcome, route_outcome].into_iter()) {
        Outcome::Met | Outcome::Review => Status::Eligible,
        Outcome::Failed => Status::Ineligible,
        Outcome::Unknown => Status::Undetermined,
    };

    // The best route still open: eligible routes when eligible, else the undecided ones.
    let open: Vec<&RouteResult> = routes
        .iter()
        .filter(|r| match status {
            Status::Eligible => matches!(r.outcome, Outcome::Met | Outcome::Review),
            Status::Undetermined => r.outcome != Outcome::Failed,
            Status::Ineligible => false,
        })
        .collect();
    let best = open
        .iter()
        .max_by_key(|r| r.amount.up_to.unwrap_or(Decimal::MAX))
        .copied();
    let best_up_to = best.and_then(|r| r.amount.up_to);
    let could_reach = if status == Status::Eligible {
        routes
            .iter()
            .filter(|r| r.outcome == Outcome::Unknown)
            .filter_map(|r| r.amount.up_to)
            .max()
            .filter(|v| best_up_to.is_some_and(|b| *v > b))
    } else {
        None
    };

    let subject_to_review = status != Status::Ineligible
        && (gate.outcome == Outcome::Review || open.iter().any(|r| r.outcome == Outcome::Review));

    let mut failed = Vec::new();
    let mut deciding_facts: Vec<&'static str> = Vec::new();
    let mut gaps = Vec::new();
    let mut collect = |c: &Check| {
        for (leaf, negated) in c.deciding_leaves() {
            match c.outcome {
                Outcome::Failed
                    if failed
                        .iter()
                        .any(|f: &Reason| f.cite == leaf.cite && f.clause == leaf.clause) => {}
                Outcome::Failed => failed.push(Reason {
                    cite: leaf.cite,
                    clause: leaf.clause,
                    negated,
                    test: if negated {
                        Text::new(
                            format!("并非：{}", leaf.test.zh),
                            format!("not: {}", leaf.test.en),
                        )
                    } else {
                        leaf.test.clone()
                    },
                    entered: leaf.entered.clone(),
                }),
                Outcome::Unknown => {
                    for f in leaf.facts {
                        if ctx.profile.get_id(f).is_none() && !deciding_facts.contains(f) {
                            deciding_facts.push(f);
                        }
                    }
                }
                _ => {}
            }
            if let Some(g) = leaf.gap.as_deref() {
                if !gaps.contains(g) {
                    gaps.push(g.clone());
                }
            }
        }
    };
    match status {
        Status::Ineligible => {
            if gate.outcome == Outcome::Failed {
                collect(&gate);
            } else {
                // A route closed only because it is for another kind of applicant (8.13's start-up
                // teams, for a firm) says nothing useful when another route fails for a reason.
                let only_kind = |r: &&RouteResult| {
                    r.conditions
                        .deciding_leaves()
                        .iter()
                        .all(|(l, _)| l.facts == [APPLICANT_KIND.id])
                };
                let specific: Vec<&RouteResult> = routes.iter().filter(|r| !only_kind(r)).collect();
                if specific.is_empty() {
                    routes.iter().for_each(|r| collect(&r.conditions));
                } else {
                    specific.iter().for_each(|r| collect(&r.conditions));
                }
            }
        }
        Status::Undetermined => {
            collect(&gate);
            routes
                .iter()
                .filter(|r| r.outcome == Outcome::Unknown)
                .for_each(|r| collect(&r.conditions));
        }
        Status::Eligible => {}
    }

    MeasureResult {
        id: m.id,
        doc: m.doc.no,
        wenhao: m.doc.wenhao,
        article: m.article,
        title: m.title,
        methods: m.methods.to_vec(),
        status,
        subject_to_review,
        next_tier: best.and_then(|r| r.amount.next_tier.clone()),
        amount: best.map(|r| r.amount.clone()),
        best_route: best.map(|r| r.id.clone()),
        could_reach,
        gate,
        routes,
        failed,
        deciding_facts,
        gaps,
        readings: m.readings.to_vec(),
        notice: m.notice,
    }
}

/// Evaluates all 59 measures for one profile on one assessment date.
pub fn evaluate(profile: &Profile, date: Date) -> Assessment {
    let ctx = Ctx::new(profile, date);
    let results = crate::docs::measures()
        .iter()
        .map(|m| Arc::new(evaluate_measure(m, &ctx)))
        .collect();
    assemble(date, results, Vec::new())
}

/// `evaluate`, noting which answers each measure read, so that `reevaluate` can start from the
/// result. The CLI, which evaluates each company once, does not need it.
pub fn evaluate_tracked(profile: &Profile, date: Date) -> Assessment {
    let (results, reads) = crate::docs::measures()
        .iter()
        .map(|m| tracked(m, profile, date))
        .unzip();
    assemble(date, results, reads)
}

/// The same as `evaluate_tracked(profile, date)`, computed from `before`, the assessment of the
/// answers `before_profile` on the same date: only the measures that read a fact whose answer
/// differs between the two profiles are evaluated again; the other results are shared with
/// `before`. The web app calls this after each answer. A measure's result depends on nothing but
/// the answers it reads and the date (rules read answers only through `condition::Answers`), so the two are
/// equal; `tests/properties.rs` checks it on random pairs of profiles. From an assessment made
/// by `evaluate` (which notes no reads) or on another date, everything is evaluated.
pub fn reevaluate(
    before: &Assessment,
    before_profile: &Profile,
    profile: &Profile,
    date: Date,
) -> Assessment {
    let measures = crate::docs::measures();
    if before.date != date || before.reads.len() != measures.len() {
        return evaluate_tracked(profile, date);
    }
    let changed = before_profile.differences(profile);
    let (results, reads) = measures
        .iter()
        .zip(before.results.iter().zip(&before.reads))
        .map(|(m, (result, read))| {
            if changed.iter().any(|c| read.binary_search(c).is_ok()) {
                tracked(m, profile, date)
            } else {
                (result.clone(), read.clone())
            }
        })
        .unzip();
    assemble(date, results, reads)
}

/// One measure's result, with the facts it read (their ids' addresses, sorted, each once).
fn tracked(m: &'static Measure, profile: &Profile, date: Date) -> (Arc<MeasureResult>, Arc<[u64]>) {
    let reads = std::cell::RefCell::new(Vec::new());
    let result = evaluate_measure(m, &Ctx::noting(profile, date, &reads));
    let mut reads = reads.into_inner();
    crate::order::sort_u64(&mut reads);
    reads.dedup();
    (Arc::new(result), reads.into())
}

fn assemble(date: Date, results: Vec<Arc<MeasureResult>>, reads: Vec<Arc<[u64]>>) -> Assessment {
    let summary = summarise(&results);
    Assessment {
        date,
        text_version: TEXT_VERSION,
        results,
        summary,
        reads,
    }
}

fn summarise(results: &[Arc<MeasureResult>]) -> Summary {
    let count = |s: Status| results.iter().filter(|r| r.status == s).count() as u32;
    let up_to = |r: &Arc<MeasureResult>| {
        r.amount
            .as_ref()
            .and_then(|a| a.up_to)
            .unwrap_or(Decimal::ZERO)
    };
    let eligible_up_to: Decimal = results
        .iter()
        .filter(|r| r.status == Status::Eligible)
        .map(up_to)
        .sum();
    let possible_up_to: Decimal = results
        .iter()
        .filter(|r| r.status != Status::Ineligible)
        .map(up_to)
        .sum();
    let equity_up_to: Decimal = results
        .iter()
        .filter(|r| r.status == Status::Eligible)
        .filter_map(|r| r.amount.as_ref().and_then(|a| a.equity_up_to))
        .sum();
    let mut by_year = [Decimal::ZERO; 3];
    for r in results.iter().filter(|r| r.status == Status::Eligible) {
        let Some(a) = &r.amount else { continue };
        if a.schedule.is_empty() {
            by_year[0] += a.up_to.unwrap_or(Decimal::ZERO);
        } else {
            for y in a.schedule.iter().filter(|y| !y.equity) {
                let i = (y.year.clamp(1, 3) - 1) as usize;
                by_year[i] += y.up_to;
            }
        }
    }
    Summary {
        eligible: count(Status::Eligible),
        undetermined: count(Status::Undetermined),
        ineligible: count(Status::Ineligible),
        eligible_up_to,
        possible_up_to,
        equity_up_to,
        by_year: by_year.iter().enumerate().map(|(i, v)| YearTotal { year: i as u8 + 1, up_to: *v }).collect(),
        notes: vec![
            t!(
                "每项措施只计一个支持方向（如5号第五条两个方向只能选择一种），取金额最高者。",
                "Each measure counts one route only (5.5's two routes are exclusive, for one), the one that pays most.",
            ),
            t!(
                "金额均为上限（“不超过”），实际金额以评审和年度预算为准；股权投资另计，不是补助。",
                "Amounts are caps (不超过); the actual sums depend on review and the year's budget. Equity investment is counted apart: it is not a grant.",
            ),
            t!(
                "9号第十七条：同一内容只能选择一个支持方向申报，同一单位3年内不重复支持（学术会议及活动除外）。",
                "Doc 9, Article 17: one content may apply under one direction only, and the same unit is not supported again within 3 years (except conferences and events).",
            ),
        ],
    }
}

/// An unanswered fact that can still change some verdict or amount.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub fact: &'static str,
    pub topic: Topic,
    pub question: T,
    /// Measures this answer alone could rule out (the fact is necessary for each).
    pub rules_out: Vec<&'static str>,
    /// Measures whose verdict this answer could decide.
    pub decides: Vec<&'static str>,
    /// Measures whose amount this answer would make exact.
    pub refines: Vec<&'static str>,
}

/// The unanswered facts that could still change some verdict (then some amount), ranked first by
/// how many measures each could rule out alone, then by how many it helps decide. The web app
/// asks these, and only these.
pub fn next_questions(profile: &Profile, date: Date) -> Vec<Question> {
    let a = evaluate(profile, date);
    questions_for(&a, profile)
}

/// `next_questions` for an assessment already computed.
pub fn questions_for(a: &Assessment, profile: &Profile) -> Vec<Question> {
    let mut qs: Vec<Question> = Vec::new();
    // Where each fact's question stands in `qs`, by the fact's registry position: one lookup
    // of the id per mention instead of a map keyed by strings.
    let all = crate::facts::all();
    let mut at: Vec<u32> = vec![u32::MAX; all.len()];
    fn entry<'q>(
        qs: &'q mut Vec<Question>,
        at: &mut [u32],
        all: &[&'static crate::fact::Fact],
        id: &str,
    ) -> Option<&'q mut Question> {
        let i = crate::facts::index_of(id) as usize;
        let slot = at.get_mut(i)?;
        if *slot == u32::MAX {
            let f = all.get(i)?;
            *slot = qs.len() as u32;
            qs.push(Question {
                fact: f.id,
                topic: f.topic,
                question: f.question,
                rules_out: vec![],
                decides: vec![],
                refines: vec![],
            });
        }
        qs.get_mut(*slot as usize)
    }
    for r in &a.results {
        if r.status == Status::Undetermined {
            for f in &r.deciding_facts {
                if let Some(q) = entry(&mut qs, &mut at, all, f) {
                    q.decides.push(r.id);
                }
            }
            // Necessary in the gate, or in every route still open.
            let mut necessary = r.gate.necessary_unknowns();
            let mut open = r
                .routes
                .iter()
                .filter(|x| x.outcome == Outcome::Unknown)
                .map(|x| x.conditions.necessary_unknowns());
            if let Some(first) = open.next() {
                let common: Vec<&'static str> = open.fold(first, |acc, next| {
                    acc.into_iter().filter(|f| next.contains(f)).collect()
                });
                necessary.extend(common);
            }
            for f in necessary {
                if profile.get_id(f).is_none() {
                    if let Some(q) = entry(&mut qs, &mut at, all, f) {
                        if !q.rules_out.contains(&r.id) {
                            q.rules_out.push(r.id);
                        }
                    }
                }
            }
        }
        if r.status != Status::Ineligible {
            if let Some(am) = &r.amount {
                for f in &am.missing {
                    if profile.get_id(f).is_none() {
                        if let Some(q) = entry(&mut qs, &mut at, all, f) {
                            if !q.refines.contains(&r.id) {
                                q.refines.push(r.id);
                            }
                        }
                    }
                }
            }
        }
    }
    // Questions that can rule a measure out on their own come first: each such answer can
    // remove a measure and with it every other question it would have needed.
    // The key, most significant first: more measures ruled out, more decided, more refined, the
    // topic's order, the fact's place in the registry (each list is at most 59 long, there are
    // 13 topics and a few hundred facts, so each fits its 8 or 16 bits).
    let down = |n: usize| 255 - n.min(255) as u64;
    crate::order::by_key(qs, |q| {
        (down(q.rules_out.len()) << 40)
            | (down(q.decides.len()) << 32)
            | (down(q.refines.len()) << 24)
            | ((q.topic as u64) << 16)
            | u64::from(crate::facts::index_of(q.fact).min(0xffff))
    })
}

/// One line of a catalog listing.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogEntry {
    pub id: &'static str,
    pub doc: u8,
    pub wenhao: &'static str,
    pub article: T,
    pub title: T,
    pub applicants: Vec<&'static str>,
    pub methods: Vec<Method>,
    pub routes: Vec<String>,
    /// The most the measure can pay in cash, 万元 (absent where the text sets no cap).
    pub max: Option<Decimal>,
    pub equity_max: Option<Decimal>,
    pub content: T,
    pub conditions_text: T,
    pub amount_text: T,
    pub readings: Vec<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<T>,
}

/// The catalog of all 59 measures.
pub fn catalog() -> Vec<CatalogEntry> {
    crate::docs::measures()
        .iter()
        .map(|m| CatalogEntry {
            id: m.id,
            doc: m.doc.no,
            wenhao: m.doc.wenhao,
            article: m.article,
            title: m.title,
            applicants: m.applicants.to_vec(),
            methods: m.methods.to_vec(),
            routes: m
                .routes
                .iter()
                .map(|r| {
                    if r.id.is_empty() {
                        m.id.to_owned()
                    } else {
                        format!("{}/{}", m.id, r.id)
                    }
                })
                .collect(),
            max: m.ceiling(),
            equity_max: m.equity_ceiling(),
            content: m.content,
            conditions_text: m.conditions_text,
            amount_text: m.amount_text,
            readings: m.readings.to_vec(),
            notice: m.notice,
        })
        .collect()
}

/// "up to 20 万元" in both languages.
pub fn up_to_text(v: Option<Decimal>) -> Text {
    match v {
        Some(v) => Text::new(
            format!("不超过{}万元", num(v)),
            format!("up to {} 万元", num(v)),
        ),
        None => Text::new(
            "金额视申报数据而定",
            "the amount depends on the figures entered",
        ),
    }
}
