//! Conditions: trees of all / any / not over tests of facts, evaluated in three-valued logic.
//!
//! Every leaf names the clause it encodes (citation and verbatim quote) and says what kind of
//! condition it is (DOMAIN.md "Kinds of condition"): a hard fact the product checks, an
//! attestation the applicant declares, or a reviewer's judgement the product cannot decide.

use crate::date::Date;
use crate::fact::{Fact, Profile, Value};
use crate::fmt::num;
use crate::text::{Text, T};
use rust_decimal::Decimal;
use serde::Serialize;
use std::cell::RefCell;

/// What an assessment is evaluated against: the answers and the assessment date.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub profile: Answers<'a>,
    pub date: Date,
}

impl<'a> Ctx<'a> {
    pub fn new(profile: &'a Profile, date: Date) -> Self {
        Ctx {
            profile: Answers {
                profile,
                reads: None,
            },
            date,
        }
    }

    /// The same, noting in `reads` the address of the id of every fact read
    /// (`engine::reevaluate` re-evaluates a measure only when one of them changed).
    pub fn noting(profile: &'a Profile, date: Date, reads: &'a RefCell<Vec<u64>>) -> Self {
        Ctx {
            profile: Answers {
                profile,
                reads: Some(reads),
            },
            date,
        }
    }
}

/// How the rules read a company's answers: `Profile`'s reading methods, each noting the fact
/// read when the evaluation is tracked. The rules read answers in no other way, so what was
/// noted is all a measure's result depends on besides the date.
#[derive(Debug, Clone, Copy)]
pub struct Answers<'a> {
    profile: &'a Profile,
    reads: Option<&'a RefCell<Vec<u64>>>,
}

impl<'a> Answers<'a> {
    fn note(&self, fact: &Fact) {
        if let Some(reads) = self.reads {
            reads.borrow_mut().push(fact.id.as_ptr() as u64);
        }
    }
    pub fn get(&self, fact: &Fact) -> Option<&'a Value> {
        self.note(fact);
        self.profile.get(fact)
    }
    pub fn get_id(&self, id: &str) -> Option<&'a Value> {
        let fact = crate::facts::by_id(id)?;
        self.get(fact)
    }
    pub fn number(&self, fact: &Fact) -> Option<Decimal> {
        self.note(fact);
        self.profile.number(fact)
    }
    pub fn bool(&self, fact: &Fact) -> Option<bool> {
        self.note(fact);
        self.profile.bool(fact)
    }
    pub fn choice(&self, fact: &Fact) -> Option<&'a str> {
        self.note(fact);
        self.profile.choice(fact)
    }
    pub fn date(&self, fact: &Fact) -> Option<Date> {
        self.note(fact);
        self.profile.date(fact)
    }
}

/// The outcome of a condition. `Review` is a reviewer's judgement: it never makes a measure
/// ineligible, and it marks the measure as subject to review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    Failed,
    Unknown,
    Review,
}

impl Outcome {
    fn passes(self) -> bool {
        matches!(self, Outcome::Met | Outcome::Review)
    }
    pub fn from_bool(b: bool) -> Outcome {
        if b {
            Outcome::Met
        } else {
            Outcome::Failed
        }
    }
    pub fn from_option(b: Option<bool>) -> Outcome {
        b.map_or(Outcome::Unknown, Outcome::from_bool)
    }
}

/// The kind of condition, as DOMAIN.md defines them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A fact the applicant knows and the product checks (founding date, revenue, counts).
    Hard,
    /// A qualitative requirement the applicant declares for itself ("无知识产权纠纷").
    Attested,
    /// Decided by the agency's reviewers ("择优", "效果较好"): shown, never decided here.
    Review,
}

/// A numeric comparison. Bounds follow 民法典 第一千二百五十九条: 以上/以下/不超过/不低于 include
/// the number (`Ge`/`Le`); 超过/低于/不满 exclude it (`Gt`/`Lt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Cmp {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
}

impl Cmp {
    pub fn holds(self, v: Decimal, t: Decimal) -> bool {
        match self {
            Cmp::Ge => v >= t,
            Cmp::Gt => v > t,
            Cmp::Le => v <= t,
            Cmp::Lt => v < t,
            Cmp::Eq => v == t,
        }
    }
    fn symbol(self) -> &'static str {
        match self {
            Cmp::Ge => "≥",
            Cmp::Gt => ">",
            Cmp::Le => "≤",
            Cmp::Lt => "<",
            Cmp::Eq => "=",
        }
    }
}

/// What a leaf tests.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    /// A yes/no fact is yes.
    Yes(&'static Fact),
    /// A yes/no fact is no.
    No(&'static Fact),
    /// A choice fact is one of these option ids.
    OneOf(&'static Fact, &'static [&'static str]),
    /// A number compared with a threshold.
    Cmp(&'static Fact, Cmp, Decimal),
    /// The difference of two numbers compared with a threshold ("研发费用的同比增量100万元(含)
    /// 以上": this year's minus last year's). `label` names the difference.
    Diff {
        minuend: &'static Fact,
        subtrahend: &'static Fact,
        label: T,
        cmp: Cmp,
        threshold: Decimal,
    },
    /// A date lies within N years before the assessment date: it is not after the assessment
    /// date, and the assessment date is no later than the last day of the N-year period that
    /// starts the day after the fact's date ("注册成立不超过5年(含)", "近1年内签订").
    WithinYears(&'static Fact, u32),
    /// At least N full years have passed since a date ("运营满1年"): the assessment date is on or
    /// after the last day of the N-year period.
    AtLeastYears(&'static Fact, u32),
    /// Anything else, as code: the facts it reads, what it checks in words, and the check.
    Custom {
        facts: &'static [&'static Fact],
        what: T,
        eval: fn(&Ctx) -> Outcome,
    },
    /// A reviewer's judgement: no fact can decide it.
    Judgement,
}

/// A leaf: one clause of the article and the test that encodes it.
#[derive(Debug, Clone, Copy)]
pub struct Leaf {
    /// Where the clause stands ("5号 第五条（二）1.(2)").
    pub cite: T,
    /// The clause, quoted verbatim in Chinese, and its English rendering.
    pub clause: T,
    pub basis: Basis,
    pub test: Test,
    /// Where the text admits more than one reading: the reading chosen, shown to the user.
    pub reading: Option<T>,
}

/// A condition tree.
#[derive(Debug, Clone, Copy)]
pub enum Condition {
    All(&'static [Condition]),
    Any(&'static [Condition]),
    Not(&'static Condition),
    Leaf(Leaf),
}

/// A hard-fact leaf.
pub const fn hard(cite: T, clause: T, test: Test) -> Condition {
    Condition::Leaf(Leaf {
        cite,
        clause,
        basis: Basis::Hard,
        test,
        reading: None,
    })
}

/// An attested (self-declared) leaf.
pub const fn attested(cite: T, clause: T, test: Test) -> Condition {
    Condition::Leaf(Leaf {
        cite,
        clause,
        basis: Basis::Attested,
        test,
        reading: None,
    })
}

/// A reviewer's-judgement leaf.
pub const fn judgement(cite: T, clause: T) -> Condition {
    Condition::Leaf(Leaf {
        cite,
        clause,
        basis: Basis::Review,
        test: Test::Judgement,
        reading: None,
    })
}

impl Condition {
    /// Attaches the reading chosen where the text is ambiguous (to a leaf; no-op otherwise).
    pub const fn read_as(self, reading: T) -> Condition {
        match self {
            Condition::Leaf(l) => Condition::Leaf(Leaf {
                reading: Some(reading),
                ..l
            }),
            other => other,
        }
    }

    /// Every fact this condition reads, in order, without repeats.
    pub fn facts(&self, out: &mut Vec<&'static Fact>) {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.facts(out)),
            Condition::Not(c) => c.facts(out),
            Condition::Leaf(l) => {
                for f in l.test.facts().into_iter() {
                    if !out.iter().any(|g| g.id == f.id) {
                        out.push(f);
                    }
                }
            }
        }
    }

    /// Every leaf, depth first.
    pub fn leaves(&self, out: &mut Vec<Leaf>) {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.leaves(out)),
            Condition::Not(c) => c.leaves(out),
            Condition::Leaf(l) => out.push(*l),
        }
    }

    /// Evaluates in three-valued logic. `All`: failed if any child failed, else unknown if any
    /// is unknown, else met. `Any`: met if any child is met, else unknown if any is unknown, else
    /// failed. A `Review` child counts as met for the combination.
    pub fn eval(&self, ctx: &Ctx) -> Check {
        match self {
            Condition::All(cs) => {
                let children: Vec<Check> = cs.iter().map(|c| c.eval(ctx)).collect();
                let outcome = combine_all(children.iter().map(|c| c.outcome));
                Check {
                    outcome,
                    node: Node::All { children },
                }
            }
            Condition::Any(cs) => {
                let children: Vec<Check> = cs.iter().map(|c| c.eval(ctx)).collect();
                let outcome = combine_any(children.iter().map(|c| c.outcome));
                Check {
                    outcome,
                    node: Node::Any { children },
                }
            }
            Condition::Not(c) => {
                let child = c.eval(ctx);
                let outcome = match child.outcome {
                    Outcome::Met => Outcome::Failed,
                    Outcome::Failed => Outcome::Met,
                    o => o,
                };
                Check {
                    outcome,
                    node: Node::Not {
                        child: Box::new(child),
                    },
                }
            }
            Condition::Leaf(l) => eval_leaf(l, ctx),
        }
    }
}

/// The outcome a `Not`'s child must have for the `Not` to have `want`.
fn flipped(want: Outcome) -> Outcome {
    match want {
        Outcome::Failed => Outcome::Met,
        Outcome::Met => Outcome::Failed,
        o => o,
    }
}

pub(crate) fn combine_all(outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    let mut result = Outcome::Met;
    for o in outcomes {
        match o {
            Outcome::Failed => return Outcome::Failed,
            Outcome::Unknown => result = Outcome::Unknown,
            Outcome::Review if result == Outcome::Met => result = Outcome::Review,
            _ => {}
        }
    }
    result
}

pub(crate) fn combine_any(outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    let mut result = Outcome::Failed;
    for o in outcomes {
        match o {
            Outcome::Met => return Outcome::Met,
            Outcome::Review => result = Outcome::Review,
            Outcome::Unknown if result == Outcome::Failed => result = Outcome::Unknown,
            _ => {}
        }
    }
    result
}

impl Test {
    pub fn facts(&self) -> Vec<&'static Fact> {
        if let Test::Diff {
            minuend,
            subtrahend,
            ..
        } = self
        {
            return vec![minuend, subtrahend];
        }
        self.fact_slice().to_vec()
    }

    fn fact_slice(&self) -> &[&'static Fact] {
        match self {
            Test::Yes(f)
            | Test::No(f)
            | Test::OneOf(f, _)
            | Test::Cmp(f, _, _)
            | Test::WithinYears(f, _)
            | Test::AtLeastYears(f, _) => std::slice::from_ref(f),
            Test::Diff { .. } => &[],
            Test::Custom { facts, .. } => facts,
            Test::Judgement => &[],
        }
    }

    /// A key that identifies what the test checks, built from the addresses of its static
    /// parts and its numbers, without allocating: two equal keys describe alike.
    fn key(&self) -> TestKey {
        let p = |f: &Fact| f as *const Fact as usize;
        let en = crate::text::english_loaded();
        match self {
            Test::Yes(f) => (1, p(f), 0, 0, 0, [0; 16], 0, en),
            Test::No(f) => (2, p(f), 0, 0, 0, [0; 16], 0, en),
            Test::OneOf(f, o) => (3, p(f), o.as_ptr() as usize, o.len(), 0, [0; 16], 0, en),
            Test::Cmp(f, c, t) => (4, p(f), 0, 0, *c as u8, t.serialize(), 0, en),
            Test::Diff {
                minuend,
                subtrahend,
                label,
                cmp,
                threshold,
            } => (
                5,
                p(minuend),
                p(subtrahend),
                label.addr(),
                *cmp as u8,
                threshold.serialize(),
                label.rendering(),
                en,
            ),
            Test::WithinYears(f, n) => (6, p(f), *n as usize, 0, 0, [0; 16], 0, en),
            Test::AtLeastYears(f, n) => (7, p(f), *n as usize, 0, 0, [0; 16], 0, en),
            Test::Custom { facts, what, .. } => (
                8,
                facts.as_ptr() as usize,
                what.addr(),
                0,
                0,
                [0; 16],
                what.rendering(),
                en,
            ),
            Test::Judgement => (9, 0, 0, 0, 0, [0; 16], 0, en),
        }
    }

    /// The test in words, in both languages.
    pub fn describe(&self) -> Text {
        match self {
            Test::Yes(f) => Text::new(
                format!("{}：是", f.label.zh()),
                format!("{}: yes", f.label.en()),
            ),
            Test::No(f) => Text::new(
                format!("{}：否", f.label.zh()),
                format!("{}: no", f.label.en()),
            ),
            // A long list is quoted in the clause beside it; the test names it only.
            Test::OneOf(f, ids) if ids.len() > 3 => Text::new(
                format!("{}为所列{}项之一", f.label.zh(), ids.len()),
                format!("{} is one of the {} listed", f.label.en(), ids.len()),
            ),
            Test::OneOf(f, ids) => {
                let (zh, en) = option_labels(f, ids);
                Text::new(
                    format!("{} 为 {zh}", f.label.zh()),
                    format!("{} is {en}", f.label.en()),
                )
            }
            Test::Cmp(f, c, t) => {
                let u = f.kind.unit();
                Text::new(
                    format!("{} {} {}{}", f.label.zh(), c.symbol(), num(*t), u.zh()),
                    format!("{} {} {} {}", f.label.en(), c.symbol(), num(*t), u.en())
                        .trim_end()
                        .to_owned(),
                )
            }
            Test::Diff {
                label,
                cmp,
                threshold,
                minuend,
                ..
            } => {
                let u = minuend.kind.unit();
                Text::new(
                    format!(
                        "{} {} {}{}",
                        label.zh(),
                        cmp.symbol(),
                        num(*threshold),
                        u.zh()
                    ),
                    format!(
                        "{} {} {} {}",
                        label.en(),
                        cmp.symbol(),
                        num(*threshold),
                        u.en()
                    )
                    .trim_end()
                    .to_owned(),
                )
            }
            Test::WithinYears(f, n) => Text::new(
                format!("{}起不超过{n}年（含）", f.label.zh()),
                format!("no more than {n} years since {} (inclusive)", f.label.en()),
            ),
            Test::AtLeastYears(f, n) => Text::new(
                format!("{}起满{n}年", f.label.zh()),
                format!("at least {n} full years since {}", f.label.en()),
            ),
            Test::Custom { what, .. } => (*what).into(),
            Test::Judgement => Text::new("由评审专家判断", "decided by the agency's reviewers"),
        }
    }
}

/// The label of one option, borrowed from the fact.
fn choice_label(f: &Fact, id: &str) -> T {
    let opts = match f.kind {
        crate::fact::Kind::Choice(o) => o,
        _ => &[],
    };
    // A profile only holds option ids its fact lists (checked on input).
    opts.iter()
        .find(|o| o.id == id)
        .map_or(crate::text::t!("?", "?"), |o| o.label)
}

fn option_labels(f: &Fact, ids: &[&str]) -> (String, String) {
    let opts = match f.kind {
        crate::fact::Kind::Choice(o) => o,
        _ => &[],
    };
    let label = |id: &str| opts.iter().find(|o| o.id == id).map(|o| o.label);
    let zh: Vec<&str> = ids
        .iter()
        .map(|id| label(id).map_or(*id, |l| l.zh()))
        .collect();
    let en: Vec<&str> = ids
        .iter()
        .map(|id| label(id).map_or(*id, |l| l.en()))
        .collect();
    (zh.join("、"), en.join(" / "))
}

/// An evaluated condition, ready to show: the outcome at every node.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Check {
    pub outcome: Outcome,
    #[serde(flatten)]
    pub node: Node,
}

// Leaves are by far the most common node: boxing them would cost an allocation each.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Node {
    All { children: Vec<Check> },
    Any { children: Vec<Check> },
    Not { child: Box<Check> },
    Leaf(LeafCheck),
}

/// An evaluated leaf.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LeafCheck {
    pub cite: T,
    pub clause: T,
    pub basis: Basis,
    /// What was tested, in words ("上一会计年度营业收入 ≤ 2,000万元"): the same for every
    /// evaluation, so formatted once per test and borrowed.
    pub test: &'static Text,
    /// The facts read, by id.
    pub facts: &'static [&'static str],
    /// What was entered, when known (`Entered::text` puts it in words).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entered: Option<Entered>,
    /// For a failed or unknown numeric test: the threshold and how far the entry is from it.
    /// Boxed: most leaves have none, and a leaf is moved several times while a tree is built.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<Box<Gap>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<T>,
}

/// An answer as a leaf read it. Kept as data and put in words only when shown or serialised
/// (as its text), so that evaluating does not format every number it reads.
#[derive(Debug, Clone, PartialEq)]
pub enum Entered {
    Bool(bool),
    Choice(T),
    Number { value: Decimal, unit: T },
    Date(crate::date::Date),
}

impl Entered {
    pub fn text(&self) -> Text {
        match self {
            Entered::Bool(true) => Text::new("是", "yes"),
            Entered::Bool(false) => Text::new("否", "no"),
            Entered::Choice(label) => (*label).into(),
            Entered::Number { value, unit } => Text::new(
                format!("{}{}", num(*value), unit.zh()),
                format!("{}{}", num(*value), unit_en(*unit)),
            ),
            Entered::Date(d) => Text::new(d.to_string(), d.to_string()),
        }
    }
}

impl Serialize for Entered {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(s)
    }
}

/// How far a numeric answer is from a threshold. Serialises with its `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub fact: &'static str,
    /// The quantity compared (a fact's label, or a derived one such as an increase).
    pub label: T,
    pub unit: T,
    pub cmp: Cmp,
    pub threshold: Decimal,
    pub entered: Option<Decimal>,
    /// How much the entry must rise (for ≥ / >) or fall (for ≤ / <); absent when unknown.
    pub short_by: Option<Decimal>,
}

impl Serialize for Gap {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Gap", 6)?;
        st.serialize_field("fact", self.fact)?;
        st.serialize_field("cmp", &self.cmp)?;
        st.serialize_field("threshold", &self.threshold)?;
        st.serialize_field("entered", &self.entered)?;
        st.serialize_field("short_by", &self.short_by)?;
        st.serialize_field("text", &self.text())?;
        st.end()
    }
}

/// What a test is, as numbers; then which rendering of its Chinese a text is (`T::rendering`), which tells apart
/// texts with the same Chinese when the English is loaded on demand, and whether it was loaded
/// (a test described before is described again, now with its English).
type TestKey = (u8, usize, usize, usize, u8, [u8; 16], u8, bool);

/// What a leaf says, in words, whatever the answers: computed once per distinct test and kept.
struct Described {
    test: Text,
    facts: &'static [&'static str],
}

/// The describing text of a test, computed once (per thread) and then borrowed: evaluation runs on every
/// keystroke in the web app, and formatting the same sentence each time was most of its cost.
fn described(test: &Test) -> &'static Described {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::BuildHasherDefault;
    // One cache per thread: read for every leaf of every evaluation, so a lock shared by the
    // threads of a batch would serialise them. A thread describes each test once and leaks it
    // (a few hundred short texts per thread).
    thread_local! {
        static CACHE: RefCell<HashMap<TestKey, &'static Described, BuildHasherDefault<crate::hash::FxHasher>>> =
            RefCell::new(HashMap::default());
    }
    let key = test.key();
    if let Some(d) = CACHE.with(|c| c.borrow().get(&key).copied()) {
        return d;
    }
    let text = test.describe();
    let leak = |c: std::borrow::Cow<'static, str>| -> &'static str {
        match c {
            std::borrow::Cow::Borrowed(b) => b,
            std::borrow::Cow::Owned(o) => Box::leak(o.into_boxed_str()),
        }
    };
    let facts: Vec<&'static str> = test.facts().iter().map(|f| f.id).collect();
    let d: &'static Described = Box::leak(Box::new(Described {
        test: Text::new(leak(text.zh), leak(text.en)),
        facts: Box::leak(facts.into_boxed_slice()),
    }));
    CACHE.with(|c| c.borrow_mut().insert(key, d));
    d
}

fn eval_leaf(l: &Leaf, ctx: &Ctx) -> Check {
    let described = described(&l.test);
    let p = ctx.profile;
    let mut entered = None;
    let mut gap = None;
    let outcome = match l.test {
        Test::Yes(f) | Test::No(f) => {
            let want = matches!(l.test, Test::Yes(_));
            let v = p.bool(f);
            if let Some(b) = v {
                entered = Some(Entered::Bool(b));
            }
            Outcome::from_option(v.map(|b| b == want))
        }
        Test::OneOf(f, ids) => {
            let v = p.choice(f);
            if let Some(c) = v {
                entered = Some(Entered::Choice(choice_label(f, c)));
            }
            Outcome::from_option(v.map(|c| ids.contains(&c)))
        }
        Test::Cmp(f, c, t) => {
            let v = p.number(f);
            if let Some(n) = v {
                entered = Some(Entered::Number {
                    value: n,
                    unit: f.kind.unit(),
                });
            }
            let o = Outcome::from_option(v.map(|n| c.holds(n, t)));
            if o != Outcome::Met && c != Cmp::Eq {
                gap = Some(Box::new(make_gap(f, c, t, v)));
            }
            o
        }
        Test::Diff {
            minuend,
            subtrahend,
            label,
            cmp,
            threshold,
        } => {
            let v = match (p.number(minuend), p.number(subtrahend)) {
                (Some(a), Some(b)) => Some(a - b),
                _ => None,
            };
            let u = minuend.kind.unit();
            if let Some(n) = v {
                entered = Some(Entered::Number { value: n, unit: u });
            }
            let o = Outcome::from_option(v.map(|n| cmp.holds(n, threshold)));
            if o != Outcome::Met && cmp != Cmp::Eq {
                gap = Some(Box::new(make_gap_named(
                    minuend.id, label, u, cmp, threshold, v,
                )));
            }
            o
        }
        Test::WithinYears(f, n) | Test::AtLeastYears(f, n) => {
            let v = p.date(f);
            if let Some(d) = v {
                entered = Some(Entered::Date(d));
            }
            Outcome::from_option(v.map(|d| {
                let end = d.add_years(n as i32);
                match l.test {
                    // A date after the assessment date is not "within the last N years".
                    Test::WithinYears(..) => d <= ctx.date && ctx.date <= end,
                    _ => ctx.date >= end,
                }
            }))
        }
        Test::Custom { eval, .. } => eval(ctx),
        Test::Judgement => Outcome::Review,
    };
    Check {
        outcome,
        node: Node::Leaf(LeafCheck {
            cite: l.cite,
            clause: l.clause,
            basis: l.basis,
            test: &described.test,
            facts: described.facts,
            entered,
            gap,
            reading: l.reading,
        }),
    }
}

fn make_gap(f: &'static Fact, c: Cmp, t: Decimal, v: Option<Decimal>) -> Gap {
    make_gap_named(f.id, f.label, f.kind.unit(), c, t, v)
}

fn make_gap_named(id: &'static str, label: T, u: T, c: Cmp, t: Decimal, v: Option<Decimal>) -> Gap {
    let short_by = v.map(|n| match c {
        Cmp::Ge | Cmp::Gt => (t - n).max(Decimal::ZERO),
        _ => (n - t).max(Decimal::ZERO),
    });
    Gap {
        fact: id,
        label,
        unit: u,
        cmp: c,
        threshold: t,
        entered: v,
        short_by,
    }
}

impl Gap {
    /// "研发费用同比增量需至少100万元；已填80万元，差20万元" / "… 80 万元 entered: 20 万元 short".
    pub fn text(&self) -> Text {
        let (label, u, c, t) = (self.label, self.unit, self.cmp, self.threshold);
        let (need_zh, need_en) = match c {
            Cmp::Ge => ("至少", "at least"),
            Cmp::Gt => ("超过", "more than"),
            Cmp::Le => ("不超过", "at most"),
            Cmp::Lt => ("低于", "less than"),
            Cmp::Eq => ("等于", "exactly"),
        };
        match (self.entered, self.short_by) {
            (Some(n), Some(s)) => {
                let (dir_zh, dir_en) = match c {
                    Cmp::Ge | Cmp::Gt => ("差", "short"),
                    _ => ("超出", "over"),
                };
                let strict_zh = if matches!(c, Cmp::Gt | Cmp::Lt) {
                    "以上"
                } else {
                    ""
                };
                let strict_en = if matches!(c, Cmp::Gt | Cmp::Lt) {
                    " and then some"
                } else {
                    ""
                };
                Text::new(
                    format!(
                        "{}需{need_zh}{}{}；已填{}{}，{dir_zh}{}{}{strict_zh}",
                        label.zh(),
                        num(t),
                        u.zh(),
                        num(n),
                        u.zh(),
                        num(s),
                        u.zh()
                    ),
                    format!(
                        "{} needs to be {need_en} {}{}; {}{} entered: {}{} {dir_en}{strict_en}",
                        label.en(),
                        num(t),
                        unit_en(u),
                        num(n),
                        unit_en(u),
                        num(s),
                        unit_en(u)
                    ),
                )
            }
            _ => Text::new(
                format!("{}需{need_zh}{}{}（尚未填写）", label.zh(), num(t), u.zh()),
                format!(
                    "{} needs to be {need_en} {}{} (not answered yet)",
                    label.en(),
                    num(t),
                    unit_en(u)
                ),
            ),
        }
    }
}

fn unit_en(u: T) -> String {
    if u.en().is_empty() || u.en() == "%" {
        u.en().to_owned()
    } else {
        format!(" {}", u.en())
    }
}

impl Check {
    /// The leaves that decide this outcome: for a failed tree, the failed leaves that make it
    /// fail; for an unknown tree, the unknown leaves that could still change it. Each comes with
    /// `true` when it counts through a `Not` (the clause holds, and that is why it fails).
    /// Where several alternatives of an `any` all fail, alternatives failing for a plain reason
    /// are preferred over those failing only through a `not`.
    pub fn deciding_leaves(&self) -> Vec<(&LeafCheck, bool)> {
        let mut out = Vec::new();
        self.collect_deciding(self.outcome, false, &mut out);
        out
    }

    fn collect_deciding<'a>(
        &'a self,
        want: Outcome,
        negated: bool,
        out: &mut Vec<(&'a LeafCheck, bool)>,
    ) {
        if self.outcome != want {
            return;
        }
        match &self.node {
            Node::Leaf(l) => out.push((l, negated)),
            Node::All { children } => {
                for c in children {
                    c.collect_deciding(want, negated, out);
                }
            }
            Node::Any { children } => {
                // Only a failure needs the clearest reason; every unknown could still decide.
                let plain = |c: &Check| c.yields(want, negated, negated);
                let any_plain = want == Outcome::Failed && children.iter().any(plain);
                for c in children {
                    if !any_plain || plain(c) {
                        c.collect_deciding(want, negated, out);
                    }
                }
            }
            Node::Not { child } => child.collect_deciding(flipped(want), !negated, out),
        }
    }

    /// Whether `collect_deciding(want, negated, …)` would give some leaf whose flag is `flag`,
    /// found without collecting: lets an `any` pick its children without a list per child.
    fn yields(&self, want: Outcome, negated: bool, flag: bool) -> bool {
        if self.outcome != want {
            return false;
        }
        match &self.node {
            Node::Leaf(_) => negated == flag,
            Node::All { children } => children.iter().any(|c| c.yields(want, negated, flag)),
            Node::Any { children } => {
                let any_plain = want == Outcome::Failed
                    && children.iter().any(|c| c.yields(want, negated, negated));
                children.iter().any(|c| {
                    (!any_plain || c.yields(want, negated, negated))
                        && c.yields(want, negated, flag)
                })
            }
            Node::Not { child } => child.yields(flipped(want), !negated, flag),
        }
    }

    /// Unanswered facts any one of which, answered the wrong way, would settle this tree as
    /// failed: those of unknown leaves reached through `all` nodes, and those shared by every
    /// undecided alternative of an `any`. Asking these first rules measures out soonest.
    pub fn necessary_unknowns(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        self.push_necessary_unknowns(&mut out);
        out
    }

    /// `necessary_unknowns`, added to `out` (without repeats) instead of a list per node.
    fn push_necessary_unknowns(&self, out: &mut Vec<&'static str>) {
        if self.outcome != Outcome::Unknown {
            return;
        }
        let mut add = |f: &'static str| {
            if !out.contains(&f) {
                out.push(f);
            }
        };
        match &self.node {
            Node::Leaf(l) => l.facts.iter().for_each(|f| add(f)),
            Node::All { children } => children.iter().for_each(|c| c.push_necessary_unknowns(out)),
            Node::Any { children } => {
                let mut open = children.iter().filter(|c| c.outcome == Outcome::Unknown);
                let Some(first) = open.next() else { return };
                let mut common = first.necessary_unknowns();
                for c in open {
                    if common.is_empty() {
                        break;
                    }
                    let next = c.necessary_unknowns();
                    common.retain(|f| next.contains(f));
                }
                common.into_iter().for_each(add);
            }
            Node::Not { .. } => {}
        }
    }

    /// Every leaf in the tree.
    pub fn leaves(&self) -> Vec<(&LeafCheck, Outcome)> {
        let mut out = Vec::new();
        fn walk<'a>(c: &'a Check, out: &mut Vec<(&'a LeafCheck, Outcome)>) {
            match &c.node {
                Node::Leaf(l) => out.push((l, c.outcome)),
                Node::All { children } | Node::Any { children } => {
                    children.iter().for_each(|k| walk(k, out))
                }
                Node::Not { child } => walk(child, out),
            }
        }
        walk(self, &mut out);
        out
    }

    pub fn passes(&self) -> bool {
        self.outcome.passes()
    }
}
