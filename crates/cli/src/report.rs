//! Renders an assessment for people (plain text) and for machines (CSV rows).

use zgc_rules::condition::{Basis, Check, Node, Outcome};
use zgc_rules::engine::up_to_text;
use zgc_rules::fmt::num;
use zgc_rules::{Assessment, MeasureResult, Status, Text, T};

/// Report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
    pub fn t(self, t: T) -> &'static str {
        self.pick(t.zh(), t.en())
    }
    pub fn text(self, t: &Text) -> String {
        self.pick(&t.zh, &t.en).to_owned()
    }
}

fn status_word(l: Lang, s: Status) -> &'static str {
    match s {
        Status::Eligible => l.pick("符合", "eligible"),
        Status::Undetermined => l.pick("待定", "undetermined"),
        Status::Ineligible => l.pick("不符合", "ineligible"),
    }
}

fn mark(o: Outcome) -> &'static str {
    match o {
        Outcome::Met => "✓",
        Outcome::Failed => "✗",
        Outcome::Unknown => "?",
        Outcome::Review => "◇",
    }
}

/// The readable report for one company.
pub fn text(a: &Assessment, l: Lang, verbose: bool) -> String {
    let mut out = String::new();
    let s = &a.summary;
    out.push_str(&format!(
        "{} {} — {} {}\n",
        l.pick(
            "中关村支持资金资格评估",
            "Zhongguancun support-fund assessment"
        ),
        a.date,
        l.pick("依据", "under"),
        l.t(a.text_version)
    ));
    out.push_str(&format!(
        "{}: {} ({} {}), {}: {}, {}: {}\n",
        l.pick("符合", "eligible"),
        s.eligible,
        l.pick("合计不超过", "together up to"),
        money(l, s.eligible_up_to),
        l.pick("待定", "undetermined"),
        s.undetermined,
        l.pick("不符合", "ineligible"),
        s.ineligible
    ));
    if !s.equity_up_to.is_zero() {
        out.push_str(&format!(
            "{} {}\n",
            l.pick("另可股权投资不超过", "plus equity investment of up to"),
            money(l, s.equity_up_to)
        ));
    }
    for status in [Status::Eligible, Status::Undetermined, Status::Ineligible] {
        let rs: Vec<&MeasureResult> = a
            .results
            .iter()
            .map(|r| &**r)
            .filter(|r| r.status == status)
            .collect();
        if rs.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n== {} ({}) ==\n",
            status_word(l, status),
            rs.len()
        ));
        for r in rs {
            measure(&mut out, r, l, verbose);
        }
    }
    out.push_str(&format!(
        "\n{}\n",
        l.pick(
            "✓ 满足 ✗ 不满足 ? 未回答 ◇ 由评审判断。金额为“不超过”的上限。",
            "✓ met ✗ failed ? not answered ◇ decided by reviewers. Amounts are caps (\"up to\")."
        )
    ));
    for n in &s.notes {
        out.push_str(&format!("- {}\n", l.t(*n)));
    }
    out
}

fn money(l: Lang, v: rust_decimal::Decimal) -> String {
    format!("{}{}", num(v), l.pick("万元", " 万元"))
}

fn measure(out: &mut String, r: &MeasureResult, l: Lang, verbose: bool) {
    let icon = match r.status {
        Status::Eligible => "✓",
        Status::Undetermined => "?",
        Status::Ineligible => "✗",
    };
    let amount = match (&r.status, &r.amount) {
        (Status::Ineligible, _) | (_, None) => String::new(),
        (_, Some(a)) => match a.non_cash {
            Some(nc) => format!(" — {}", l.t(nc)),
            None => format!(" — {}", l.text(&up_to_text(a.up_to))),
        },
    };
    let review = if r.subject_to_review {
        l.pick("（需评审）", " (subject to review)")
    } else {
        ""
    };
    out.push_str(&format!(
        "{icon} {} {}{amount}{review}\n",
        r.id,
        l.t(r.title)
    ));
    match r.status {
        Status::Eligible | Status::Undetermined => {
            if let Some(a) = &r.amount {
                for step in &a.steps {
                    out.push_str(&format!("    {}\n", l.text(step)));
                }
                for y in &a.schedule {
                    let kind = if y.equity {
                        l.pick("股权投资", "equity")
                    } else {
                        l.pick("补助", "grant")
                    };
                    out.push_str(&format!(
                        "    {} {}: {} {}\n",
                        l.pick("第", "year"),
                        y.year,
                        kind,
                        money(l, y.up_to)
                    ));
                }
            }
            if let Some(v) = r.could_reach {
                out.push_str(&format!(
                    "    {} {}\n",
                    l.pick(
                        "尚未回答的支持方向最多可达",
                        "a route not yet decided could pay up to"
                    ),
                    money(l, v)
                ));
            }
            if let Some(nt) = &r.next_tier {
                out.push_str(&format!(
                    "    {} {}\n",
                    l.pick("提示:", "what-if:"),
                    l.text(&nt.text)
                ));
            }
        }
        Status::Ineligible => {}
    }
    if r.status == Status::Undetermined {
        let names: Vec<String> = r
            .deciding_facts
            .iter()
            .map(|id| match zgc_rules::facts::by_id(id) {
                Some(f) => format!("{id} ({})", l.t(f.label)),
                None => (*id).to_owned(),
            })
            .collect();
        out.push_str(&format!(
            "    {} {}\n",
            l.pick("待回答:", "would be decided by:"),
            names.join(", ")
        ));
    }
    for f in &r.failed {
        let entered = f
            .entered
            .as_ref()
            .map(|e| format!(" [{} {}]", l.pick("填写", "entered"), l.text(&e.text())))
            .unwrap_or_default();
        let not = if f.negated {
            l.pick("并非：", "not: ")
        } else {
            ""
        };
        out.push_str(&format!(
            "    ✗ {}: {not}{}{entered}\n",
            l.t(f.cite),
            l.t(f.clause)
        ));
    }
    for g in &r.gaps {
        out.push_str(&format!("    → {}\n", l.text(&g.text())));
    }
    for rd in &r.readings {
        if verbose || r.status != Status::Ineligible {
            out.push_str(&format!(
                "    {} {}\n",
                l.pick("解读:", "read as:"),
                l.t(*rd)
            ));
        }
    }
    if let Some(n) = r.notice {
        out.push_str(&format!(
            "    {} {}\n",
            l.pick("以年度申报通知为准：", "depends on the year's notice:"),
            l.t(n)
        ));
    }
    if verbose {
        tree(out, &r.gate, l, 2);
        for route in &r.routes {
            out.push_str(&format!("    [{}] {}\n", route.id, l.t(route.title)));
            tree(out, &route.conditions, l, 3);
        }
    }
}

fn tree(out: &mut String, c: &Check, l: Lang, depth: usize) {
    let pad = "  ".repeat(depth);
    match &c.node {
        Node::Leaf(leaf) => {
            let basis = match leaf.basis {
                Basis::Hard => "",
                Basis::Attested => l.pick("（自行声明）", " (self-declared)"),
                Basis::Review => l.pick("（评审）", " (review)"),
            };
            out.push_str(&format!(
                "{pad}{} {}: {}{basis}\n",
                mark(c.outcome),
                l.t(leaf.cite),
                l.t(leaf.clause)
            ));
        }
        Node::All { children } | Node::Any { children } => {
            let any = matches!(c.node, Node::Any { .. });
            if any {
                out.push_str(&format!(
                    "{pad}{} {}\n",
                    mark(c.outcome),
                    l.pick("满足其一：", "any of:")
                ));
            }
            for ch in children {
                tree(out, ch, l, if any { depth + 1 } else { depth });
            }
        }
        Node::Not { child } => {
            out.push_str(&format!(
                "{pad}{} {}\n",
                mark(c.outcome),
                l.pick("并非：", "not:")
            ));
            tree(out, child, l, depth + 1);
        }
    }
}

/// The batch CSV header.
pub const CSV_HEADER: &[&str] = &["company", "measure", "status", "max_amount_wan", "reason"];

/// CSV rows (company, measure, status, max amount, reason) for one company.
pub fn csv_rows(company: &str, a: &Assessment, l: Lang) -> Vec<[String; 5]> {
    a.results
        .iter()
        .map(|r| {
            let amount = match r.status {
                Status::Ineligible => String::new(),
                _ => r
                    .amount
                    .as_ref()
                    .and_then(|a| a.up_to)
                    .map(|v| v.normalize().to_string())
                    .unwrap_or_default(),
            };
            let reason = match r.status {
                Status::Eligible => r
                    .amount
                    .as_ref()
                    .and_then(|a| a.steps.last())
                    .map(|s| l.text(s))
                    .unwrap_or_default(),
                Status::Undetermined => format!(
                    "{} {}",
                    l.pick("待回答：", "needs:"),
                    r.deciding_facts.join(" ")
                ),
                Status::Ineligible => r
                    .failed
                    .iter()
                    .map(|f| format!("{}: {}", l.t(f.cite), l.t(f.clause)))
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            [
                company.to_owned(),
                r.id.to_owned(),
                status_word(Lang::En, r.status).to_owned(),
                amount,
                reason,
            ]
        })
        .collect()
}
