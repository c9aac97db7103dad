//! Number formatting for explanations: thousands separators, no trailing zeros.

use rust_decimal::Decimal;

/// `1200` → `"1,200"`, `12.50` → `"12.5"`, `0.1` → `"0.1"`.
pub fn num(n: Decimal) -> String {
    let n = n.normalize();
    let s = n.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if n.is_sign_negative() && !n.is_zero() { "-" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::num;
    use rust_decimal_macros::dec;

    #[test]
    fn groups_thousands_and_drops_trailing_zeros() {
        assert_eq!(num(dec!(1200)), "1,200");
        assert_eq!(num(dec!(1234567.50)), "1,234,567.5");
        assert_eq!(num(dec!(20)), "20");
        assert_eq!(num(dec!(0.1)), "0.1");
        assert_eq!(num(dec!(-1000)), "-1,000");
    }
}
