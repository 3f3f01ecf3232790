//! Date rules (`Dates` in the table): the order of two dates (`date_order`) and the rules
//! against "now" (`in_future`, `underage`, `too_old`, `expired`, warning `expires_soon`),
//! which responses do not take (SPEC §7).
//!
//! An object's date rules run once its parent is walked, as a date may be compared with a
//! member of a sibling object (an ID's issue date with the person's birth date); those of
//! the document and of list items, which have no such sibling, run once they are walked.

use super::{Sev, Slot, Walker};
use crate::fields::{Kind, Obj, Ref};
use crate::rules::{datetime, datetime::Timestamp, Fail};

impl<'a> Walker<'_, 'a> {
    /// The date rules of every member object of `obj` (walked, with its members' slots).
    pub(super) fn member_dates(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        for (i, field) in obj.fields.iter().enumerate() {
            let Kind::Object(child) = field.kind else {
                continue;
            };
            // A cousin date is read before the child's slots are borrowed; every member
            // before `i` has had its own date rules already.
            let cousin = |o: &str, m: &str| -> Option<Timestamp> {
                let j = obj.index_of(o)?;
                let Kind::Object(inner) = obj.fields.get(j)?.kind else {
                    return None;
                };
                let k = inner.index_of(m)?;
                slots.get(j)?.obj()?.get(k)?.clean_time()
            };
            let reads_cousin =
                |f: &crate::fields::Field| matches!(f.date.after, Some(Ref::Cousin(..)));
            let cousins: Vec<Option<Timestamp>> = if child.fields.iter().any(reads_cousin) {
                child
                    .fields
                    .iter()
                    .map(|f| match f.date.after {
                        Some(Ref::Cousin(o, m)) => cousin(o, m),
                        _ => None,
                    })
                    .collect()
            } else {
                Vec::new() // no allocation
            };
            if let Some(inner) = slots.get_mut(i).and_then(Slot::obj_mut) {
                self.date_rules(child, inner, &[field.name], &cousins);
            }
        }
    }

    /// The date rules of an object that is no member of another (the document, a list
    /// item).
    pub(super) fn own_dates(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        self.date_rules(obj, slots, &[], &[]);
    }

    /// Date rules of the members of one object, in member order. `via` is the member path
    /// from the current path to the object; `cousins[i]` the clean date that member `i`'s
    /// `Ref::Cousin` names.
    fn date_rules(
        &mut self,
        obj: &Obj,
        slots: &mut [Slot<'a>],
        via: &[&str],
        cousins: &[Option<Timestamp>],
    ) {
        let now = self.opts.now;
        let clock = !self.response;
        for (i, field) in obj.fields.iter().enumerate() {
            let d = field.date;
            if !d.any() {
                continue;
            }
            let Some(t) = slots.get(i).and_then(Slot::clean_time) else {
                continue;
            };
            let mut result: Result<(), Fail> = Ok(());
            if clock && d.not_future {
                result = datetime::check_not_future(t, now);
            }
            if clock && d.birth {
                result = result.and_then(|()| datetime::check_age(t, now));
            }
            if let Some(after) = d.after {
                let (earlier, other): (Option<Timestamp>, [&str; 2]) = match after {
                    Ref::Sibling(s) => (
                        obj.index_of(s)
                            .and_then(|j| slots.get(j))
                            .and_then(Slot::clean_time),
                        [s, ""],
                    ),
                    Ref::Cousin(o, m) => (cousins.get(i).copied().flatten(), [o, m]),
                };
                if let Some(e) = earlier {
                    result = result.and_then(|()| {
                        datetime::check_order(t, e, || {
                            // A sibling sits under `via`; a cousin beside it.
                            let mut path: Vec<&str> = match after {
                                Ref::Sibling(_) => via.to_vec(),
                                Ref::Cousin(..) => Vec::new(),
                            };
                            path.extend(other.iter().filter(|p| !p.is_empty()));
                            self.pointer(&path)
                        })
                    });
                }
            }
            if clock && d.not_expired {
                result = result.and_then(|()| datetime::check_not_expired(t, now));
            }
            let result = result.map_err(|f| (f, Sev::Error)).and_then(|()| {
                if clock && d.warn_soon {
                    datetime::check_expires_soon(t, now).map_err(|f| (f, Sev::Warning))
                } else {
                    Ok(())
                }
            });
            if let Err((fail, sev)) = result {
                let mut extra: Vec<&str> = via.to_vec();
                extra.push(field.name);
                let p = self.pointer(&extra);
                if let Some(slot) = slots.get_mut(i) {
                    if sev == Sev::Error {
                        slot.flagged = true;
                    }
                    self.push(slot.seq, sev, p, fail, slot.pos);
                }
            }
        }
    }
}
