//! Sorting with one sort for the whole program.
//!
//! Every `sort_by` over a new element type or comparison compiles Rust's whole sort again (3–5 KB
//! of wasm each). The lists here are short — at most a few hundred questions, answers or chart
//! rows — so they are ordered either by a number key through the one `u64` sort, or by a plain
//! insertion sort, which compiles to a few hundred bytes.

/// `items` ordered by `key`, smallest first; equal keys keep their order. Keys must be below
/// 2^48 and there must be fewer than 65,536 items (the position rides in the low 16 bits).
pub fn by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let mut keys: Vec<u64> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x).min((1 << 48) - 1) << 16) | (i as u64 & 0xffff))
        .collect();
    sort_u64(&mut keys);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keys.iter()
        .filter_map(|k| slots.get_mut((k & 0xffff) as usize).and_then(Option::take))
        .collect()
}

/// The program's one sort.
pub fn sort_u64(v: &mut [u64]) {
    v.sort_unstable();
}

/// A stable insertion sort: `less(a, b)` says `a` goes before `b`. For lists of a few hundred at
/// most (quadratic beyond that).
pub fn insertion_sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn by_key_orders_as_a_stable_sort_does(v in proptest::collection::vec((0u64..50, any::<u16>()), 0..300)) {
            let mut want = v.clone();
            want.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(by_key(v, |(k, _)| *k), want);
        }

        #[test]
        fn insertion_sort_orders_as_a_stable_sort_does(v in proptest::collection::vec((0u8..20, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|(k, _)| *k);
            let mut got = v;
            insertion_sort_by(&mut got, |a, b| a.0 < b.0);
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn by_key_caps_keys_beyond_48_bits_instead_of_mixing_them_with_positions() {
        let v = vec![u64::MAX, 1, u64::MAX - 1];
        assert_eq!(by_key(v, |x| *x), vec![1, u64::MAX, u64::MAX - 1]);
    }
}
