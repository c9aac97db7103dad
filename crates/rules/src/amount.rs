//! Amount formulas: how much a measure pays, at most, for the facts given.
//!
//! Almost every amount in the 办法 is a cap ("不超过 X 万元"), so the result is an upper bound
//! "up to X"; a few are fixed ("一次性给予20万元"). Formulas are data: rate × base, tiers with
//! exact boundaries, caps, minimums of several limits, per-item sums under an annual cap, and
//! multi-year schedules with an equity stage. All arithmetic is exact (`Decimal`), in 万元.
//!
//! Invariant: `up_to` never exceeds `Amount::ceiling()` where the formula has one.

use crate::condition::Ctx;
use crate::fact::Fact;
use crate::fmt::num;
use crate::text::{Text, T};
use rust_decimal::Decimal;
use serde::Serialize;

/// One end of a tier: the value and whether it belongs to the tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub value: Decimal,
    pub inclusive: bool,
}

/// `X(含)`: the bound belongs to the tier.
pub const fn incl(value: Decimal) -> Option<Bound> {
    Some(Bound {
        value,
        inclusive: true,
    })
}
/// `X` not included (the neighbouring tier has it).
pub const fn excl(value: Decimal) -> Option<Bound> {
    Some(Bound {
        value,
        inclusive: false,
    })
}

/// A tier of a tiered amount: the base range it covers and the cap it gives.
#[derive(Debug, Clone, Copy)]
pub struct Tier {
    pub from: Option<Bound>,
    pub to: Option<Bound>,
    pub cap: Decimal,
    /// The tier's clause, quoted.
    pub label: T,
}

impl Tier {
    pub fn contains(&self, v: Decimal) -> bool {
        let above = match self.from {
            None => true,
            Some(b) if b.inclusive => v >= b.value,
            Some(b) => v > b.value,
        };
        let below = match self.to {
            None => true,
            Some(b) if b.inclusive => v <= b.value,
            Some(b) => v < b.value,
        };
        above && below
    }
}

/// One year of a multi-year schedule.
#[derive(Debug, Clone, Copy)]
pub struct Year {
    /// 1, 2, 3…
    pub year: u8,
    /// The cap for that year, 万元.
    pub cap: Decimal,
    /// True for an equity stage (股权投资): an investment, not a grant, counted apart.
    pub equity: bool,
    /// The condition for the year ("根据年度绩效考核结果"), quoted.
    pub note: T,
}

/// An amount formula.
#[derive(Debug, Clone, Copy)]
pub enum Amount {
    /// Support that is not money ("一企一策").
    NonCash(T),
    /// A fixed sum ("一次性给予20万元").
    Fixed(Decimal),
    /// Up to a cap; the exact sum is the reviewers' ("择优给予不超过50万元").
    UpTo(Decimal),
    /// `rate`% × base, capped at `cap` where there is one.
    Rate {
        rate: Decimal,
        base: &'static Fact,
        cap: Option<Decimal>,
    },
    /// The cap of the tier the base falls in. Tiers must not overlap.
    Tiers {
        base: &'static Fact,
        tiers: &'static [Tier],
    },
    /// The cap for the option chosen (a competition rank, a board layer).
    ByChoice {
        fact: &'static Fact,
        options: &'static [(&'static str, Decimal, T)],
    },
    /// A count of items × an amount each ("每项给予不超过50万元").
    PerItem { count: &'static Fact, each: Decimal },
    /// The smallest of several limits ("按…30%的比例，给予不超过1000万元").
    Min(&'static [Amount]),
    /// The sum of several parts, capped ("单个企业每年支持总金额不超过200万元").
    Sum {
        parts: &'static [Amount],
        cap: Option<Decimal>,
    },
    /// A multi-year schedule: each year's cap, a total cap, and an optional overall limit
    /// (such as a share of the project budget).
    Schedule {
        years: &'static [Year],
        total: Option<Decimal>,
        limit: Option<&'static Amount>,
    },
    /// An equity investment by a municipal platform (股权投资) sized by the inner formula: not a
    /// grant, so it adds nothing to the cash amount and is reported as `equity_up_to`.
    Equity(&'static Amount),
    /// Anything else, as code, with its fixed ceiling.
    Custom {
        ceiling: Option<Decimal>,
        eval: fn(&Ctx) -> AmountEval,
    },
}

/// One year of an evaluated schedule.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct YearAmount {
    pub year: u8,
    pub up_to: Decimal,
    pub equity: bool,
    pub note: T,
}

/// What the next tier up would give.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NextTier {
    pub fact: &'static str,
    /// How much the base must rise to reach the next tier.
    pub raise_by: Decimal,
    /// True when the next tier starts strictly above its bound: the base must rise by more than
    /// `raise_by`.
    pub strictly_more: bool,
    pub from_cap: Decimal,
    pub to_cap: Decimal,
    pub text: Text,
}

/// An evaluated amount.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct AmountEval {
    /// The most the facts given allow, in 万元 (cash). `None` only for a formula with no cap
    /// whose base is unknown.
    pub up_to: Option<Decimal>,
    /// True when every fact the formula reads is known (else `up_to` is only the cap).
    pub determined: bool,
    /// A fixed sum rather than a cap.
    pub fixed: bool,
    /// An equity investment that may follow (not a grant; counted apart), 万元.
    pub equity_up_to: Option<Decimal>,
    /// Support that is not money.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub non_cash: Option<T>,
    /// The computation, step by step, in words and numbers.
    pub steps: Vec<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedule: Vec<YearAmount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_tier: Option<NextTier>,
    /// Unknown facts that would make the amount exact.
    pub missing: Vec<&'static str>,
}

impl AmountEval {
    fn known(v: Decimal, step: Text) -> Self {
        AmountEval {
            up_to: Some(v),
            determined: true,
            steps: vec![step],
            ..Default::default()
        }
    }
}

fn wan(v: Decimal) -> (String, String) {
    (format!("{}万元", num(v)), format!("{} 万元", num(v)))
}

impl Amount {
    /// The most this formula can ever give, whatever the facts (`None`: no cap in the text).
    pub fn ceiling(&self) -> Option<Decimal> {
        match self {
            Amount::NonCash(_) => Some(Decimal::ZERO),
            Amount::Fixed(v) | Amount::UpTo(v) => Some(*v),
            Amount::Rate { cap, .. } => *cap,
            Amount::Tiers { tiers, .. } => tiers.iter().map(|t| t.cap).max(),
            Amount::ByChoice { options, .. } => options.iter().map(|o| o.1).max(),
            Amount::PerItem { .. } => None,
            Amount::Min(parts) => parts.iter().filter_map(|p| p.ceiling()).min(),
            Amount::Sum { parts, cap } => {
                let sum: Option<Decimal> = parts.iter().map(|p| p.ceiling()).sum();
                match (sum, cap) {
                    (Some(s), Some(c)) => Some(s.min(*c)),
                    (s, c) => s.or(*c),
                }
            }
            Amount::Schedule {
                years,
                total,
                limit,
            } => {
                let cash: Decimal = years.iter().filter(|y| !y.equity).map(|y| y.cap).sum();
                [Some(cash), *total, limit.and_then(|l| l.ceiling())]
                    .into_iter()
                    .flatten()
                    .min()
            }
            Amount::Equity(_) => Some(Decimal::ZERO),
            Amount::Custom { ceiling, .. } => *ceiling,
        }
    }

    /// The most an equity stage can invest (`None`: no equity stage).
    pub fn equity_ceiling(&self) -> Option<Decimal> {
        match self {
            Amount::Equity(inner) => inner.ceiling(),
            Amount::Schedule { years, .. } => {
                let e: Decimal = years.iter().filter(|y| y.equity).map(|y| y.cap).sum();
                (!e.is_zero()).then_some(e)
            }
            _ => None,
        }
    }

    /// Evaluates the formula for the facts given.
    pub fn eval(&self, ctx: &Ctx) -> AmountEval {
        let p = ctx.profile;
        match *self {
            Amount::NonCash(what) => AmountEval {
                up_to: Some(Decimal::ZERO),
                determined: true,
                non_cash: Some(what),
                steps: vec![what.into()],
                ..Default::default()
            },
            Amount::Fixed(v) => {
                let (zh, en) = wan(v);
                let mut e = AmountEval::known(
                    v,
                    Text::new(format!("一次性给予{zh}"), format!("a one-off {en}")),
                );
                e.fixed = true;
                e
            }
            Amount::UpTo(v) => {
                let (zh, en) = wan(v);
                AmountEval::known(
                    v,
                    Text::new(
                        format!("不超过{zh}（具体金额由评审确定）"),
                        format!("up to {en}; the exact sum is set by review"),
                    ),
                )
            }
            Amount::Rate { rate, base, cap } => match p.number(base) {
                Some(b) => {
                    let raw = rate * b / Decimal::ONE_HUNDRED;
                    let (v, zh, en) = match cap {
                        Some(c) if raw > c => (
                            c,
                            format!(
                                "{}% × {} = {} → 封顶 {}",
                                num(rate),
                                num(b),
                                num(raw),
                                num(c)
                            ),
                            format!(
                                "{}% × {} = {} → capped at {}",
                                num(rate),
                                num(b),
                                num(raw),
                                num(c)
                            ),
                        ),
                        _ => (
                            raw,
                            format!("{}% × {} = {}", num(rate), num(b), num(raw)),
                            format!("{}% × {} = {}", num(rate), num(b), num(raw)),
                        ),
                    };
                    AmountEval::known(
                        v,
                        Text::new(
                            format!("{}：{zh}（万元）", base.label.zh()),
                            format!("{}: {en} 万元", base.label.en()),
                        ),
                    )
                }
                None => AmountEval {
                    up_to: cap,
                    determined: false,
                    steps: vec![Text::new(
                        match cap {
                            Some(c) => format!(
                                "{}% × {}，不超过{}万元（{}未填）",
                                num(rate),
                                base.label.zh(),
                                num(c),
                                base.label.zh()
                            ),
                            None => format!(
                                "{}% × {}（{}未填）",
                                num(rate),
                                base.label.zh(),
                                base.label.zh()
                            ),
                        },
                        match cap {
                            Some(c) => format!(
                                "{}% × {}, up to {} 万元; {} not answered",
                                num(rate),
                                base.label.en(),
                                num(c),
                                base.label.en()
                            ),
                            None => format!(
                                "{}% × {}; {} not answered",
                                num(rate),
                                base.label.en(),
                                base.label.en()
                            ),
                        },
                    )],
                    missing: vec![base.id],
                    ..Default::default()
                },
            },
            Amount::Tiers { base, tiers } => eval_tiers(base.label, base.id, tiers, p.number(base)),
            Amount::ByChoice { fact, options } => match p.choice(fact) {
                Some(c) => match options.iter().find(|o| o.0 == c) {
                    Some(&(_, cap, label)) => {
                        let (zh, en) = wan(cap);
                        AmountEval::known(
                            cap,
                            Text::new(
                                format!("{}：不超过{zh}", label.zh()),
                                format!("{}: up to {en}", label.en()),
                            ),
                        )
                    }
                    None => AmountEval::known(
                        Decimal::ZERO,
                        Text::new(
                            "所选情形不在支持档位之内",
                            "the option chosen is not one the article pays for",
                        ),
                    ),
                },
                None => AmountEval {
                    up_to: self.ceiling(),
                    determined: false,
                    steps: vec![Text::new(
                        format!("按{}分档（未填）", fact.label.zh()),
                        format!("by {} (not answered)", fact.label.en()),
                    )],
                    missing: vec![fact.id],
                    ..Default::default()
                },
            },
            Amount::PerItem { count, each } => match p.number(count) {
                Some(n) => AmountEval::known(
                    n * each,
                    Text::new(
                        format!(
                            "{} {} × {}万元 = {}万元",
                            count.label.zh(),
                            num(n),
                            num(each),
                            num(n * each)
                        ),
                        format!(
                            "{} {} × {} = {} 万元",
                            count.label.en(),
                            num(n),
                            num(each),
                            num(n * each)
                        ),
                    ),
                ),
                None => AmountEval {
                    up_to: None,
                    determined: false,
                    steps: vec![Text::new(
                        format!("每项不超过{}万元 × {}（未填）", num(each), count.label.zh()),
                        format!(
                            "up to {} 万元 each × {} (not answered)",
                            num(each),
                            count.label.en()
                        ),
                    )],
                    missing: vec![count.id],
                    ..Default::default()
                },
            },
            Amount::Min(parts) => {
                let evals: Vec<AmountEval> = parts.iter().map(|a| a.eval(ctx)).collect();
                let mut out = merge(&evals);
                out.up_to = evals.iter().filter_map(|e| e.up_to).min();
                if let Some(v) = out.up_to {
                    if evals.len() > 1 {
                        out.steps.push(Text::new(
                            format!("取其中较小者：{}万元", num(v)),
                            format!("the smallest of these: {} 万元", num(v)),
                        ));
                    }
                }
                // A next tier only helps if the tier is the binding limit.
                if out.next_tier.is_some()
                    && evals
                        .iter()
                        .any(|e| e.next_tier.is_none() && e.up_to == out.up_to)
                {
                    out.next_tier = None;
                }
                out
            }
            Amount::Sum { parts, cap } => {
                let evals: Vec<AmountEval> = parts.iter().map(|a| a.eval(ctx)).collect();
                let mut out = merge(&evals);
                let sum: Option<Decimal> = evals.iter().map(|e| e.up_to).sum();
                out.up_to = match (sum, cap) {
                    (Some(s), Some(c)) if s > c => {
                        out.steps.push(Text::new(
                            format!("合计 {} → 封顶 {}万元", num(s), num(c)),
                            format!("total {} → capped at {} 万元", num(s), num(c)),
                        ));
                        Some(c)
                    }
                    (Some(s), _) => {
                        out.steps.push(Text::new(
                            format!("合计 {}万元", num(s)),
                            format!("total {} 万元", num(s)),
                        ));
                        Some(s)
                    }
                    (None, c) => c,
                };
                out
            }
            Amount::Schedule {
                years,
                total,
                limit,
            } => eval_schedule(years, total, limit, ctx),
            Amount::Equity(inner) => {
                let mut e = inner.eval(ctx);
                e.equity_up_to = e.up_to;
                e.up_to = Some(Decimal::ZERO);
                e.fixed = false;
                e.steps.push(Text::new(
                    "以上为股权投资额（投资，不是补助）",
                    "this is an equity investment, not a grant",
                ));
                e
            }
            Amount::Custom { eval, .. } => eval(ctx),
        }
    }
}

fn merge(evals: &[AmountEval]) -> AmountEval {
    let mut out = AmountEval {
        determined: evals.iter().all(|e| e.determined),
        ..Default::default()
    };
    for e in evals {
        out.steps.extend(e.steps.iter().cloned());
        for m in &e.missing {
            if !out.missing.contains(m) {
                out.missing.push(m);
            }
        }
        if out.next_tier.is_none() {
            out.next_tier = e.next_tier.clone();
        }
        if out.non_cash.is_none() {
            out.non_cash = e.non_cash;
        }
    }
    out
}

/// The cap of the tier `v` falls in, with the next tier up. `label` and `fact` name the base
/// (for a derived base such as an increase, the fact whose rise would move it).
pub fn eval_tiers(
    label: T,
    fact: &'static str,
    tiers: &'static [Tier],
    v: Option<Decimal>,
) -> AmountEval {
    struct Base {
        label: T,
        id: &'static str,
    }
    let base = Base { label, id: fact };
    let Some(b) = v else {
        return AmountEval {
            up_to: tiers.iter().map(|t| t.cap).max(),
            determined: false,
            steps: vec![Text::new(
                format!("按{}分档（未填）", base.label.zh()),
                format!("tiered by {} (not answered)", base.label.en()),
            )],
            missing: vec![base.id],
            ..Default::default()
        };
    };
    let current = tiers.iter().find(|t| t.contains(b));
    let cap = current.map_or(Decimal::ZERO, |t| t.cap);
    let step = match current {
        Some(t) => Text::new(
            format!(
                "{} {}：{} → 不超过{}万元",
                base.label.zh(),
                num(b),
                t.label.zh(),
                num(cap)
            ),
            format!(
                "{} {}: {} → up to {} 万元",
                base.label.en(),
                num(b),
                t.label.en(),
                num(cap)
            ),
        ),
        None => Text::new(
            format!("{} {} 不在任何档位内", base.label.zh(), num(b)),
            format!("{} {} falls in no tier", base.label.en(), num(b)),
        ),
    };
    let mut out = AmountEval::known(cap, step);
    // The nearest tier above the base that pays more.
    let next = tiers
        .iter()
        .filter(|t| t.cap > cap)
        .filter_map(|t| t.from.map(|f| (t, f)))
        .filter(|(_, f)| f.value >= b)
        .min_by_key(|(_, f)| f.value);
    if let Some((t, f)) = next {
        let raise = f.value - b;
        let strictly = !f.inclusive;
        let more_zh = if strictly { "以上" } else { "" };
        let more_en = if strictly { "more than " } else { "" };
        out.next_tier = Some(NextTier {
            fact: base.id,
            raise_by: raise,
            strictly_more: strictly,
            from_cap: cap,
            to_cap: t.cap,
            text: Text::new(
                format!(
                    "{}再增加{}万元{more_zh}，上限可从{}万元提高到{}万元",
                    base.label.zh(),
                    num(raise),
                    num(cap),
                    num(t.cap)
                ),
                format!(
                    "{more_en}{} 万元 more {} would raise the cap from {} to {} 万元",
                    num(raise),
                    base.label.en(),
                    num(cap),
                    num(t.cap)
                ),
            ),
        });
    }
    out
}

fn eval_schedule(
    years: &'static [Year],
    total: Option<Decimal>,
    limit: Option<&'static Amount>,
    ctx: &Ctx,
) -> AmountEval {
    let mut out = AmountEval {
        determined: true,
        ..Default::default()
    };
    let cash_sum: Decimal = years.iter().filter(|y| !y.equity).map(|y| y.cap).sum();
    let mut bound = cash_sum;
    out.steps.push(Text::new(
        format!("各年上限合计 {}万元", num(cash_sum)),
        format!("the yearly caps add up to {} 万元", num(cash_sum)),
    ));
    if let Some(t) = total {
        if t < bound {
            out.steps.push(Text::new(
                format!("累计不超过{}万元", num(t)),
                format!("in total no more than {} 万元", num(t)),
            ));
            bound = t;
        }
    }
    if let Some(l) = limit {
        let le = l.eval(ctx);
        out.steps.extend(le.steps.iter().cloned());
        out.missing.extend(le.missing.iter().copied());
        out.determined = le.determined;
        if let Some(v) = le.up_to {
            if v < bound {
                bound = v;
            }
        }
    }
    // Spread the bound over the years in order, each within its own cap.
    let mut left = bound;
    for y in years {
        let v = if y.equity {
            y.cap
        } else {
            let v = y.cap.min(left);
            left -= v;
            v
        };
        out.schedule.push(YearAmount {
            year: y.year,
            up_to: v,
            equity: y.equity,
            note: y.note,
        });
    }
    out.up_to = Some(bound);
    let eq: Decimal = years.iter().filter(|y| y.equity).map(|y| y.cap).sum();
    if !eq.is_zero() {
        out.equity_up_to = Some(eq);
        out.steps.push(Text::new(
            format!("另可股权投资不超过{}万元（投资，不是补助）", num(eq)),
            format!(
                "plus an equity investment of up to {} 万元: an investment, not a grant",
                num(eq)
            ),
        ));
    }
    out
}
