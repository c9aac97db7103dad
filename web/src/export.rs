//! Results as CSV, one row per measure, in the language on screen. Amounts are the engine's
//! exact decimals written as text; a BOM lets spreadsheet programs read the Chinese correctly.

use crate::i18n::Lang;
use zgc_rules::engine::{Assessment, MeasureResult, Status};
use zgc_rules::fmt::num;

/// A status in words, in the language given.
pub fn status_word(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Eligible => lang.s("符合", "eligible"),
        Status::Undetermined => lang.s("待确定", "undetermined"),
        Status::Ineligible => lang.s("不符合", "ineligible"),
    }
}

fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn amount_cell(r: &MeasureResult) -> String {
    match &r.amount {
        Some(a) => a.up_to.map(num).unwrap_or_default(),
        None => String::new(),
    }
}

/// The assessment as CSV text.
pub fn results_csv(a: &Assessment, lang: Lang) -> String {
    let header = [
        lang.s("措施", "measure"),
        lang.s("文号", "document"),
        lang.s("条款", "article"),
        lang.s("名称", "title"),
        lang.s("结果", "status"),
        lang.s("需评审", "subject to review"),
        lang.s("金额上限（万元）", "up to (10k CNY)"),
        lang.s("金额类型", "amount kind"),
        lang.s("支持方向", "route"),
        lang.s("不符合的条件", "failed conditions"),
        lang.s("待回答的问题", "questions that would decide it"),
        lang.s("评估日期", "assessment date"),
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(&header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for r in &a.results {
        let kind = match &r.amount {
            Some(am) if am.non_cash.is_some() => lang.s("非现金", "non-cash"),
            Some(am) if am.fixed => lang.s("固定金额", "fixed"),
            Some(am) if am.determined => lang.s("上限", "cap"),
            Some(_) => lang.s("上限（数据未全）", "cap (figures missing)"),
            None => "",
        };
        let failed: Vec<String> = r
            .failed
            .iter()
            .map(|f| format!("{} {}", lang.t(f.cite), lang.text(&f.test)))
            .collect();
        let deciding: Vec<&str> = r
            .deciding_facts
            .iter()
            .map(|id| zgc_rules::facts::by_id(id).map_or(*id, |f| lang.t(f.label)))
            .collect();
        let row = [
            r.id.to_owned(),
            r.wenhao.to_owned(),
            lang.t(r.article).to_owned(),
            lang.t(r.title).to_owned(),
            status_word(lang, r.status).to_owned(),
            if r.subject_to_review {
                lang.s("是", "yes")
            } else {
                lang.s("否", "no")
            }
            .to_owned(),
            amount_cell(r),
            kind.to_owned(),
            r.best_route.clone().unwrap_or_default(),
            failed.join("; "),
            deciding.join("; "),
            a.date.to_string(),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
