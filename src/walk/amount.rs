//! The amount's precision: no more decimals than the minor unit of the currency its row
//! names (`Kind::Amount { currency }`, SPEC §3).

use super::{Slot, Val, Walker};
use crate::fields::{Kind, Obj};
use crate::rules;

impl<'a> Walker<'_, 'a> {
    /// `precision` of each amount whose currency passed its own rules.
    pub(super) fn amount_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        for (i, field) in obj.fields.iter().enumerate() {
            let Kind::Amount { currency } = field.kind else {
                continue;
            };
            let Some(code) = Slot::sibling(obj, slots, currency).and_then(Slot::clean_str) else {
                continue;
            };
            let Some(unit) = rules::currency::minor_unit(code) else {
                continue;
            };
            if let Some(slot) = slots.get_mut(i) {
                if let (Some(Val::Num(text)), false) = (&slot.val, slot.flagged) {
                    if let Err(f) = rules::amount::check_precision(text, code, unit) {
                        self.error(slot, &[field.name], f);
                    }
                }
            }
        }
    }
}
