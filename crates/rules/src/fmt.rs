//! Number formatting for explanations: thousands separators, no trailing zeros.

use rust_decimal::Decimal;

/// `1200` → `"1,200"`, `12.50` → `"12.5"`, `0.1` → `"0.1"`. Works on the decimal's integer
/// mantissa and scale directly: explanations format hundreds of numbers per evaluation.
pub fn num(n: Decimal) -> String {
    let mut m = n.mantissa();
    let mut scale = n.scale();
    while scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    let negative = m < 0;
    let digits = m.unsigned_abs().to_string();
    let scale = scale as usize;
    let (int, frac) = if digits.len() > scale {
        digits.split_at(digits.len() - scale)
    } else {
        ("0", digits.as_str())
    };
    let mut out = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 3);
    if negative {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if scale > 0 {
        out.push('.');
        for _ in frac.len()..scale {
            out.push('0');
        }
        out.push_str(frac);
    }
    out
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
        assert_eq!(num(dec!(0.05)), "0.05");
        assert_eq!(num(dec!(0.000)), "0");
        assert_eq!(num(dec!(123.450)), "123.45");
        assert_eq!(num(dec!(100000)), "100,000");
    }
}
