//! Amounts drawn as SVG by the app itself: by measure (eligible solid, undetermined hatched and
//! marked "?"), and eligible cash by year. Geometry is computed in exact decimals too: bar widths
//! are the engine's amounts scaled, rounded to whole pixels.

use crate::components::common::wan;
use crate::i18n::Lang;
use rust_decimal::Decimal;
use yew::prelude::*;
use zgc_rules::engine::{Assessment, Status};

const WIDTH: i64 = 360;
const LABEL: i64 = 44;
const BAR_MAX: i64 = 200;
const ROW: i64 = 22;
/// The chart shows at most this many measures (the largest).
const MAX_ROWS: usize = 15;

fn px(v: Decimal, max: Decimal) -> String {
    if max.is_zero() {
        return "0".to_owned();
    }
    let w = (v * Decimal::from(BAR_MAX) / max).round();
    // A non-zero amount always shows at least one pixel.
    if w.is_zero() && !v.is_zero() {
        "1".to_owned()
    } else {
        w.to_string()
    }
}

fn bars(lang: Lang, rows: &[(String, Decimal, bool)], title: &str, desc: &str) -> Html {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(Decimal::ZERO);
    let height = (rows.len() as i64) * ROW + 8;
    html! {
        <svg class="chart" viewBox={format!("0 0 {WIDTH} {height}")} width="100%" role="img"
            aria-label={format!("{title}: {desc}")} preserveAspectRatio="xMinYMin meet">
            <title>{ title }</title>
            <defs>
                <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" class="hatch-bg" />
                    <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" stroke-width="3" />
                </pattern>
            </defs>
            { for rows.iter().enumerate().map(|(i, (label, v, sure))| {
                let y = i as i64 * ROW + 4;
                let w = px(*v, max);
                let value = format!("{}{}", wan(lang, *v), if *sure { "" } else { " ?" });
                let wn: i64 = w.parse().unwrap_or(0);
                html! {
                    <g class={if *sure { "bar sure" } else { "bar maybe" }}>
                        <text x="0" y={(y + 14).to_string()} class="bar-label">{ label.clone() }</text>
                        <rect x={LABEL.to_string()} y={y.to_string()} width={w} height="16" rx="2"
                            fill={if *sure { "var(--ok)" } else { "url(#hatch)" }} class="bar-rect" />
                        <text x={(LABEL + wn + 6).to_string()} y={(y + 13).to_string()} class="bar-value">{ value }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

#[derive(Properties)]
pub struct ChartProps {
    pub assessment: std::rc::Rc<Assessment>,
    pub lang: Lang,
}

impl PartialEq for ChartProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.assessment, &other.assessment) && self.lang == other.lang
    }
}

#[component]
pub fn Charts(props: &ChartProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let mut rows: Vec<(String, Decimal, bool)> = a
        .results
        .iter()
        .filter(|r| r.status != Status::Ineligible)
        .filter_map(|r| {
            let v = r.amount.as_ref()?.up_to?;
            (!v.is_zero()).then(|| (r.id.to_owned(), v, r.status == Status::Eligible))
        })
        .collect();
    // Eligible first, then the larger amount.
    zgc_rules::order::insertion_sort_by(&mut rows, |x, y| (x.2, x.1) > (y.2, y.1));
    let hidden = rows.len().saturating_sub(MAX_ROWS);
    rows.truncate(MAX_ROWS);
    let years: Vec<(String, Decimal, bool)> = a
        .summary
        .by_year
        .iter()
        .map(|y| {
            (
                match lang {
                    Lang::Zh => format!("第{}年", y.year),
                    Lang::En => format!("Yr {}", y.year),
                },
                y.up_to,
                true,
            )
        })
        .collect();
    if rows.is_empty() {
        return html! {
            <p class="muted">{ lang.s("还没有可显示金额的措施。", "No measure with an amount to show yet.") }</p>
        };
    }
    html! {
        <div class="charts">
            <figure>
                <figcaption>{ lang.s("各措施最高金额（万元）", "Most each measure can pay (万元)") }</figcaption>
                { bars(lang, &rows, lang.s("各措施最高金额", "Amount by measure"),
                    lang.s("实心为符合，斜线为待确定", "solid: eligible; hatched with ?: undetermined")) }
                <p class="legend">
                    <span class="key sure" aria-hidden="true"></span>{ lang.s("符合", "eligible") }
                    <span class="key maybe" aria-hidden="true"></span>{ lang.s("待确定（?）", "undetermined (?)") }
                    if hidden > 0 { { match lang { Lang::Zh => format!(" · 另有 {hidden} 项未画出"), Lang::En => format!(" · {hidden} more not drawn") } } }
                </p>
            </figure>
            <figure>
                <figcaption>{ lang.s("符合措施的分年度金额（万元）", "Eligible cash by year of support (万元)") }</figcaption>
                { bars(lang, &years, lang.s("分年度金额", "Amount by year"), lang.s("仅计符合的措施", "eligible measures only")) }
            </figure>
        </div>
    }
}
