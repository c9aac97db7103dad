//! Measures as data: each one is read next to its article.

use crate::amount::Amount;
use crate::condition::Condition;
use crate::fact::Fact;
use crate::text::T;
use serde::Serialize;

/// One of the five 办法.
#[derive(Debug, Serialize)]
pub struct Doc {
    /// 5 … 9.
    pub no: u8,
    /// "京科发〔2022〕5号".
    pub wenhao: &'static str,
    pub title: T,
    /// 第四条: who may apply under this 办法 at all.
    #[serde(skip)]
    pub who: Condition,
    /// The article that excludes blacklisted applicants (5号 第十七条 and its twins).
    pub blacklist_article: T,
    /// The article that refuses a second funding of the same content (5号 第十六条 and twins).
    pub double_funding_article: T,
}

/// How the money is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// 后补助: paid after the work, against what was spent or achieved.
    PostSubsidy,
    /// 事前补助: paid in advance against a task agreement.
    PreSubsidy,
    /// 股权投资: an equity investment by a municipal platform.
    Equity,
    /// 贷款贴息: an interest subsidy.
    InterestSubsidy,
    /// 风险补偿: compensation of a lender's or guarantor's losses.
    RiskCompensation,
    /// 一企一策: a tailored package of policy services, not cash.
    PolicyService,
}

impl Method {
    /// Every method, in the order the catalog lists them.
    pub const ALL: [Method; 6] = [
        Method::PostSubsidy,
        Method::PreSubsidy,
        Method::Equity,
        Method::InterestSubsidy,
        Method::RiskCompensation,
        Method::PolicyService,
    ];

    /// The method's id, as in JSON (`post_subsidy`, …): stable whatever the language.
    pub fn id(self) -> &'static str {
        match self {
            Method::PostSubsidy => "post_subsidy",
            Method::PreSubsidy => "pre_subsidy",
            Method::Equity => "equity",
            Method::InterestSubsidy => "interest_subsidy",
            Method::RiskCompensation => "risk_compensation",
            Method::PolicyService => "policy_service",
        }
    }

    pub fn label(self) -> T {
        use crate::text::t;
        match self {
            Method::PostSubsidy => t!("后补助", "post-subsidy"),
            Method::PreSubsidy => t!("事前补助", "advance subsidy"),
            Method::Equity => t!("股权投资", "equity investment"),
            Method::InterestSubsidy => t!("贷款贴息", "interest subsidy"),
            Method::RiskCompensation => t!("风险补偿", "risk compensation"),
            Method::PolicyService => t!("一企一策", "tailored policy services"),
        }
    }
}

/// A route through a measure: a set of conditions and the amount it pays. Most measures have
/// one route; some have several (5.5: R&D growth or competition winner).
#[derive(Debug)]
pub struct Route {
    /// Suffix of the route id: `rd-growth` makes `5.5/rd-growth`. Empty for a single route.
    pub id: &'static str,
    pub title: T,
    pub conditions: Condition,
    pub amount: Amount,
    /// Where the amount comes from: citation and the quoted clause with its numbers.
    pub amount_cite: T,
    pub amount_clause: T,
}

/// A measure: one article of one 办法.
#[derive(Debug)]
pub struct Measure {
    /// `<doc>.<article>`: "5.5" is 京科发〔2022〕5号 第五条.
    pub id: &'static str,
    pub doc: &'static Doc,
    /// "第五条" / "Article 5".
    pub article: T,
    pub title: T,
    /// 支持内容, verbatim, with its English rendering.
    pub content: T,
    /// 支持条件, verbatim, with its English rendering.
    pub conditions_text: T,
    /// 支持方式及金额, verbatim, with its English rendering.
    pub amount_text: T,
    pub methods: &'static [Method],
    /// The applicant kinds (ids of `applicant_kind`) this article is for.
    pub applicants: &'static [&'static str],
    pub routes: &'static [Route],
    /// A fact saying the applicant already had this support in the last 3 years, where the
    /// article allows one award per 3 years ("每家企业连续3年只能获得一次").
    pub once_in_3_years: Option<(&'static Fact, T)>,
    /// Rules across measures that also bind this one (9号 第十七条, 7.7's exclusion…).
    pub cross_rules: &'static [Condition],
    /// Readings chosen where the text admits more than one, shown with every verdict.
    pub readings: &'static [T],
    /// What the year's 申报通知 decides for this measure, if anything.
    pub notice: Option<T>,
}

impl Measure {
    /// The most this measure can pay (cash), over all routes; `None` if a route has no cap.
    pub fn ceiling(&self) -> Option<rust_decimal::Decimal> {
        let mut best = Some(rust_decimal::Decimal::ZERO);
        for r in self.routes {
            best = match (best, r.amount.ceiling()) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
        }
        best
    }

    pub fn equity_ceiling(&self) -> Option<rust_decimal::Decimal> {
        self.routes
            .iter()
            .filter_map(|r| r.amount.equity_ceiling())
            .max()
    }

    /// Every fact any condition or amount of this measure reads.
    pub fn facts(&self) -> Vec<&'static Fact> {
        let mut out = Vec::new();
        self.doc.who.facts(&mut out);
        for r in self.routes {
            r.conditions.facts(&mut out);
        }
        for c in self.cross_rules {
            c.facts(&mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Method;

    #[test]
    fn a_method_id_is_its_json_name() {
        for m in Method::ALL {
            assert_eq!(serde_json::to_value(m).unwrap(), serde_json::json!(m.id()));
        }
    }
}
