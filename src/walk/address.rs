//! The address rules of SPEC §3.1, for an object whose members carry address parts: the
//! country's required members, its postcode pattern, and (US, CA, AU) its subdivisions.

use super::{Slot, Walker};
use crate::fields::{AddressPart, Obj};
use crate::rules;

impl<'a> Walker<'_, 'a> {
    /// The rules of the country in the `Country` part, when it passed its own rules (a
    /// repeated country counts as failed, SPEC §2).
    pub(super) fn address_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>], lenient: bool) {
        let Some(country) = obj
            .part(AddressPart::Country)
            .and_then(|i| slots.get(i))
            .and_then(Slot::clean_str)
        else {
            return;
        };
        let Some(rules) = rules::address::rules(country) else {
            return;
        };
        let member = |part| obj.part(part).map(|i| (i, obj.fields[i].name));
        if !lenient {
            for (part, needed) in [
                (AddressPart::City, rules.requires_city),
                (AddressPart::State, rules.requires_state),
                (AddressPart::Postcode, rules.requires_postcode),
            ] {
                if let (true, Some((i, name))) = (needed, member(part)) {
                    if let Some(slot) = slots.get_mut(i) {
                        self.conditional(slot, name);
                    }
                }
            }
        }
        if let Some((i, name)) = member(AddressPart::State) {
            if let Some(slot) = slots.get_mut(i) {
                if let Some(s) = slot.clean_str() {
                    if let Err(f) = rules::address::check_subdivision(country, s) {
                        self.error(slot, &[name], f);
                    }
                }
            }
        }
        if let Some((i, name)) = member(AddressPart::Postcode) {
            if let Some(slot) = slots.get_mut(i) {
                if let Some(p) = slot.clean_str() {
                    if let Err(f) = rules::address::check_postcode(country, p) {
                        self.error(slot, &[name], f);
                    }
                }
            }
        }
    }
}
