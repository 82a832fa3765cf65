//! Sorting one sample's keys: a least-significant-digit radix sort on the keys'
//! top 32 bits for many offers, the standard library's sort for few.

/// From this many keys on, the radix sort beats the comparison sort (measured at 100
/// and 1,000 offers: a comparison sort costs about `n log n` mispredicted branches,
/// the radix sort four passes over the keys and four 256-entry histograms).
pub(super) const RADIX_FROM: usize = 128;

/// Digits sorted by the radix sort: the top 32 bits of a key, 8 bits at a time.
const DIGITS: u32 = 4;
const DIGIT_BITS: u32 = 8;

/// Sorts `keys` so that their top 32 bits increase; keys whose top 32 bits are equal
/// keep their order (the sort is stable on them), so the caller refines that order
/// itself. `spare` is a buffer of the same length. With fewer than [`RADIX_FROM`]
/// keys, sorts them whole instead.
pub(super) fn sort_top_bits(keys: &mut [u64], spare: &mut Vec<u64>) {
    if keys.len() < RADIX_FROM {
        keys.sort_unstable();
        return;
    }
    spare.resize(keys.len(), 0);
    // Where the sorted keys are after each pass: `keys` (true) or `spare`.
    let mut in_keys = true;
    for digit in 0..DIGITS {
        let shift = 64 - DIGIT_BITS * (DIGITS - digit);
        let (from, to): (&mut [u64], &mut [u64]) = if in_keys {
            (keys, spare)
        } else {
            (spare, keys)
        };
        let mut counts = [0_usize; 1 << DIGIT_BITS];
        for &key in from.iter() {
            counts[((key >> shift) & 0xFF) as usize] += 1;
        }
        // Every key has the same digit: the pass would copy them in place.
        if counts.contains(&from.len()) {
            continue;
        }
        let mut next = 0;
        for count in &mut counts {
            let start = next;
            next += *count;
            *count = start;
        }
        for &key in from.iter() {
            let slot = &mut counts[((key >> shift) & 0xFF) as usize];
            to[*slot] = key;
            *slot += 1;
        }
        in_keys = !in_keys;
    }
    if !in_keys {
        keys.copy_from_slice(spare);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ranking::smaa::rng::Xoshiro256StarStar;

    #[test]
    fn radix_sort_orders_top_bits_and_keeps_ties_in_order() {
        let mut rng = Xoshiro256StarStar::new(7);
        // 300 keys (above RADIX_FROM) whose top 32 bits take 40 values spread over
        // the first and last digit, so many share them, with the position in the
        // low bits to check stability.
        let mut keys: Vec<u64> = (0..300)
            .map(|i| ((rng.next_u64() % 40 * 0x0100_0001) << 32) | (u64::MAX >> 40 << 8) | i)
            .collect();
        let mut want = keys.clone();
        // A stable sort on the top 32 bits is what the radix sort promises.
        want.sort_by_key(|k| k >> 32);
        sort_top_bits(&mut keys, &mut Vec::new());
        assert_eq!(keys, want);
    }

    #[test]
    fn few_keys_are_sorted_whole() {
        let mut keys = vec![5, 3, 9, 1];
        sort_top_bits(&mut keys, &mut Vec::new());
        assert_eq!(keys, [1, 3, 5, 9]);
    }
}
