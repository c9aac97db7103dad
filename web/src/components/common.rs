//! Small views shared by several components: status and outcome marks, amounts in words.

use crate::i18n::Lang;
use yew::prelude::*;
use zgc_rules::amount::AmountEval;
use zgc_rules::condition::Outcome;
use zgc_rules::engine::Status;
use zgc_rules::fmt::num;
use zgc_rules::measure::Method;

/// A status as symbol and word: colour is never the only signal.
pub fn status_badge(lang: Lang, s: Status) -> Html {
    let (sym, class) = match s {
        Status::Eligible => ("✓", "eligible"),
        Status::Undetermined => ("?", "undetermined"),
        Status::Ineligible => ("✗", "ineligible"),
    };
    html! {
        <span class={classes!("badge", "status", class)}>
            <span aria-hidden="true">{ sym }</span>{" "}{ crate::export::status_word(lang, s) }
        </span>
    }
}

/// A condition's outcome as a symbol with a hidden word for screen readers and a tooltip.
pub fn outcome_mark(lang: Lang, o: Outcome) -> Html {
    let (sym, word, class) = match o {
        Outcome::Met => ("✓", lang.s("满足", "met"), "met"),
        Outcome::Failed => ("✗", lang.s("不满足", "not met"), "failed"),
        Outcome::Unknown => ("?", lang.s("未知", "unknown"), "unknown"),
        Outcome::Review => ("⚖", lang.s("待评审", "for review"), "review"),
    };
    html! {
        <span class={classes!("mark", class)} title={word}>
            <span aria-hidden="true">{ sym }</span><span class="sr-only">{ word }</span>
        </span>
    }
}

/// "up to 30 万元", "20 万元 (one-off)", or the non-cash support, from the engine's amount.
pub fn amount_words(lang: Lang, a: &AmountEval) -> String {
    if let Some(nc) = a.non_cash {
        return lang.t(nc).to_owned();
    }
    match a.up_to {
        Some(v) if a.fixed => match lang {
            Lang::Zh => format!("一次性 {} 万元", num(v)),
            Lang::En => format!("a one-off {} 万元 (10k CNY)", num(v)),
        },
        Some(v) => match lang {
            Lang::Zh => format!("最高 {} 万元", num(v)),
            Lang::En => format!("up to {} 万元 (10k CNY)", num(v)),
        },
        None => lang
            .s(
                "金额取决于所填数据",
                "the amount depends on the figures entered",
            )
            .to_owned(),
    }
}

pub fn wan(lang: Lang, v: rust_decimal::Decimal) -> String {
    match lang {
        Lang::Zh => format!("{} 万元", num(v)),
        Lang::En => format!("{} 万元", num(v)),
    }
}

pub fn methods(lang: Lang, ms: &[Method]) -> String {
    ms.iter()
        .map(|m| lang.t(m.label()))
        .collect::<Vec<_>>()
        .join(lang.s("、", ", "))
}

pub fn fact_label(lang: Lang, id: &str) -> String {
    zgc_rules::facts::by_id(id).map_or_else(|| id.to_owned(), |f| lang.t(f.label).to_owned())
}

/// The article without its 办法 prefix, to follow the 文号: "5号 第五条" → "第五条",
/// "Doc 5, Art. 5" → "Art. 5".
pub fn article_only(lang: Lang, article: zgc_rules::text::T) -> &'static str {
    let full = lang.t(article);
    let cut = match lang {
        Lang::Zh => full.split_once(' ').map(|(_, a)| a),
        Lang::En => full.split_once(", ").map(|(_, a)| a),
    };
    cut.unwrap_or(full)
}
