//! Repeated list items (`Unique` in the table; requests only): a repeated file id, or the
//! same person twice (the same key members of their identification). Also the search for
//! repeats itself, which the traversal uses for repeated unknown member names.

use super::{Sev, Slot, Walker};
use crate::codes::Code;
use crate::fields::{Kind, Unique};
use crate::report::Params;
use crate::rules::Fail;

impl<'a> Walker<'_, 'a> {
    /// `duplicate` among the walked `items` of a list whose items are `item`s.
    pub(super) fn list_duplicates(&mut self, item: &Kind, unique: &Unique, items: &mut [Slot<'a>]) {
        match (unique, item) {
            (Unique::None, _) => {}
            (Unique::Items, _) => self.repeated_items(items),
            (
                Unique::Key {
                    object,
                    members,
                    report,
                },
                Kind::Object(obj),
            ) => {
                let (Some(holder), Some(Kind::Object(inner))) = (
                    obj.index_of(object),
                    obj.index_of(object).map(|i| &obj.fields[i].kind),
                ) else {
                    return;
                };
                let key_fields: Vec<Option<usize>> =
                    members.iter().map(|m| inner.index_of(m)).collect();
                let Some(at) = inner.index_of(report) else {
                    return;
                };
                self.repeated_keys(items, holder, &key_fields, [object, report], at);
            }
            (Unique::Key { .. }, _) => {}
        }
    }

    /// A string item equal to an earlier one: `duplicate` on it, `other` the first.
    fn repeated_items(&mut self, items: &mut [Slot<'a>]) {
        // The clean values, by item index.
        let clean: Vec<(usize, &'a str)> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.clean_str().map(|v| (i, v)))
            .collect();
        let values: Vec<&'a str> = clean.iter().map(|(_, v)| *v).collect();
        for (later, first) in earlier_equal(values.len(), &|a, b| values.get(a).cmp(&values.get(b)))
        {
            let (Some(&(i, _)), Some(&(j, _))) = (clean.get(later), clean.get(first)) else {
                continue;
            };
            if let Some(item) = items.get_mut(i) {
                let other = self.pointer(&[itoa::Buffer::new().format(j)]);
                let f = Fail::with(Code::Duplicate, Params::new().with("other", other));
                self.error(item, &[itoa::Buffer::new().format(i)], f);
            }
        }
    }

    /// An object item whose member `holder` (an object) has the same clean values of
    /// `key_fields` as an earlier item's: `duplicate` on its member `at` (whose path below
    /// the item is `path`).
    fn repeated_keys(
        &mut self,
        items: &mut [Slot<'a>],
        holder: usize,
        key_fields: &[Option<usize>],
        path: [&str; 2],
        at: usize,
    ) {
        // The items whose key members are all clean, with the key's slots.
        let clean = |inner: &[Slot<'a>]| {
            key_fields.iter().all(|k| {
                k.and_then(|k| inner.get(k))
                    .and_then(Slot::clean_str)
                    .is_some()
            })
        };
        let keyed: Vec<(usize, &[Slot<'a>])> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let inner = item.obj()?.get(holder)?.obj()?;
                clean(inner).then_some((i, inner))
            })
            .collect();
        let key = |n: usize, k: &Option<usize>| {
            keyed
                .get(n)
                .and_then(|(_, inner)| inner.get((*k)?))
                .and_then(Slot::clean_str)
        };
        let cmp = |a: usize, b: usize| {
            key_fields
                .iter()
                .map(|k| key(a, k).cmp(&key(b, k)))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        };
        let repeats: Vec<(usize, usize)> = earlier_equal(keyed.len(), &cmp)
            .into_iter()
            .filter_map(|(later, first)| Some((keyed.get(later)?.0, keyed.get(first)?.0)))
            .collect();
        for (i, j) in repeats {
            let Some(slot) = items
                .get_mut(i)
                .and_then(Slot::obj_mut)
                .and_then(|p| p.get_mut(holder))
                .and_then(Slot::obj_mut)
                .and_then(|inner| inner.get_mut(at))
            else {
                continue;
            };
            let other = self.pointer(&[itoa::Buffer::new().format(j), path[0], path[1]]);
            let f = Fail::with(Code::Duplicate, Params::new().with("other", other));
            slot.flagged = true;
            let p = self.pointer(&[itoa::Buffer::new().format(i), path[0], path[1]]);
            self.push(slot.seq, Sev::Error, p, f, slot.pos);
        }
    }
}

/// Of `n` keys compared by index with `cmp` (not generic: one copy of the code for every kind
/// of key), every key equal to an earlier one, as `(its index, the index of the first equal
/// key)`, in increasing order of its index. A quadratic scan while the list is short (most
/// are), a sort beyond (never a hash: crafted input cannot make it slow, and the WASM build
/// carries no hash table).
pub(super) fn earlier_equal(
    n: usize,
    cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering,
) -> Vec<(usize, usize)> {
    const FEW: usize = 32;
    let equal = |a, b| cmp(a, b).is_eq();
    if n <= FEW {
        return (0..n)
            .filter_map(|i| Some((i, (0..i).position(|j| equal(j, i))?)))
            .collect();
    }
    let order = sorted_indices(n, cmp);
    // Equal keys form runs in input order; every key of a run but the first repeats it.
    let mut first_of: Vec<Option<usize>> = vec![None; n];
    let mut run_start = 0;
    for (pos, &i) in order.iter().enumerate() {
        let first = order.get(run_start).copied().unwrap_or(i);
        if pos != run_start && equal(i, first) {
            if let Some(slot) = first_of.get_mut(i) {
                *slot = Some(first);
            }
        } else {
            run_start = pos;
        }
    }
    first_of
        .into_iter()
        .enumerate()
        .filter_map(|(i, first)| first.map(|j| (i, j)))
        .collect()
}

/// `0..n` sorted by `cmp`, stably. Not generic, so the sort's code is in the build once
/// whatever the keys are.
pub(super) fn sorted_indices(
    n: usize,
    cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    fn earlier_equal<K: Ord>(keys: &[K]) -> Vec<(usize, usize)> {
        super::earlier_equal(keys.len(), &|a, b| keys[a].cmp(&keys[b]))
    }

    /// The sort path answers as the quadratic scan does, for lists long enough to take it.
    #[test]
    fn earlier_equal_finds_first_occurrences() {
        assert_eq!(
            earlier_equal(&["a", "b", "a", "a", "c", "b"]),
            [(2, 0), (3, 0), (5, 1)]
        );
        let mut seed = 7u64;
        for len in [0usize, 1, 5, 32, 33, 100, 1000] {
            for alphabet in [1u64, 3, 50, 100_000] {
                let keys: Vec<u64> = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        (seed >> 33) % alphabet
                    })
                    .collect();
                let expected: Vec<(usize, usize)> = (0..len)
                    .filter_map(|i| keys[..i].iter().position(|k| *k == keys[i]).map(|j| (i, j)))
                    .collect();
                assert_eq!(
                    earlier_equal(&keys),
                    expected,
                    "len {len}, alphabet {alphabet}"
                );
            }
        }
    }
}
