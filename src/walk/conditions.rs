//! Conditional requirements (`Req::When`: a Passport's expiry date, a two-sided document's
//! back side) and members that must differ from a sibling (`differs_from`: the back side
//! is not the front side).

use super::{Slot, Walker};
use crate::codes::Code;
use crate::fields::{Obj, Req};
use crate::report::Params;
use crate::rules::Fail;

impl<'a> Walker<'_, 'a> {
    /// Members whose `Req::When` condition holds must be present (requests only). The
    /// sibling must have passed its own rules: a repeated one counts as failed (SPEC §2), so
    /// no requirement follows from it.
    pub(super) fn conditions(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        for (i, field) in obj.fields.iter().enumerate() {
            let Req::When { sibling, any_of } = field.req else {
                continue;
            };
            let value = Slot::sibling(obj, slots, sibling).and_then(Slot::clean_str);
            if value.is_some_and(|v| any_of.contains(&v)) {
                if let Some(slot) = slots.get_mut(i) {
                    self.conditional(slot, field.name);
                }
            }
        }
    }

    /// `duplicate` when a member equals the sibling it must differ from (both clean).
    pub(super) fn differs(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        for (i, field) in obj.fields.iter().enumerate() {
            let Some(sibling) = field.differs_from else {
                continue;
            };
            let Some(other) = Slot::sibling(obj, slots, sibling).and_then(Slot::clean_str) else {
                continue;
            };
            if let Some(slot) = slots.get_mut(i) {
                if slot.clean_str() == Some(other) {
                    let other = self.pointer(&[sibling]);
                    let f = Fail::with(Code::Duplicate, Params::new().with("other", other));
                    self.error(slot, &[field.name], f);
                }
            }
        }
    }
}
