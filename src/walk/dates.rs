//! Date rules (`Dates` in the table): the order of two dates (`date_order`) and the rules
//! against "now" (`in_future`, `underage`, `too_old`, `expired`, warning `expires_soon`),
//! which responses do not take (SPEC §7).
//!
//! An object's date rules run once its parent is walked, as a date may be compared with a
//! member of a sibling object (an ID's issue date with the person's birth date). Only member
//! objects have date members: the document and list items have none (the table's tests hold
//! it so), so nothing else needs to run them.

use super::{Sev, Slot, Walker};
use crate::fields::{Kind, Obj, Ref};
use crate::rules::{datetime, datetime::Timestamp, Fail};

/// A date-time and the text it was read from.
type Dated<'a> = (Timestamp, &'a str);

impl<'a> Walker<'_, 'a> {
    /// The date rules of every member object of `obj` (walked, with its members' slots).
    pub(super) fn member_dates(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        for (i, field) in obj.fields.iter().enumerate() {
            let Kind::Object(child) = field.kind else {
                continue;
            };
            // The members before `i` (a cousin date is among them: the table's test holds
            // it so), and the child's own slots.
            let (before, rest) = slots.split_at_mut(i);
            let cousin = |o: &str, m: &str| -> Option<Dated<'a>> {
                let j = obj.index_of(o)?;
                let Kind::Object(inner) = obj.fields.get(j)?.kind else {
                    return None;
                };
                before
                    .get(j)?
                    .obj()?
                    .get(inner.index_of(m)?)?
                    .clean_time_text()
            };
            if let Some(inner) = rest.first_mut().and_then(Slot::obj_mut) {
                self.date_rules(child, inner, &[field.name], &cousin);
            }
        }
    }

    /// Date rules of the members of one object, in member order. `via` is the member path
    /// from the current path to the object; `cousin` reads the clean date a `Ref::Cousin`
    /// names.
    fn date_rules(
        &mut self,
        obj: &Obj,
        slots: &mut [Slot<'a>],
        via: &[&str],
        cousin: &dyn Fn(&str, &str) -> Option<Dated<'a>>,
    ) {
        let now = self.opts.now;
        let clock = !self.response;
        for (i, field) in obj.fields.iter().enumerate() {
            let d = field.date;
            if !d.any() {
                continue;
            }
            let Some((t, text)) = slots.get(i).and_then(Slot::clean_time_text) else {
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
                let earlier = match after {
                    Ref::Sibling(s) => Slot::sibling(obj, slots, s).and_then(Slot::clean_time_text),
                    Ref::Cousin(o, m) => cousin(o, m),
                };
                if let Some(e) = earlier {
                    result = result.and_then(|()| {
                        datetime::check_order((t, text), e, || match after {
                            // A sibling sits under `via`, a cousin beside it.
                            Ref::Sibling(s) => {
                                let mut path: Vec<&str> = via.to_vec();
                                path.push(s);
                                self.pointer(&path)
                            }
                            Ref::Cousin(o, m) => self.pointer(&[o, m]),
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
