//! Identity numbers (`Field::identity`, SPEC §3.3): the number against the scheme its
//! country and type name (`identifier`), and the birth date some numbers carry against the
//! person's (warning `id_birth_date`, requests only).

use super::{Sev, Slot, Walker};
use crate::codes::Code;
use crate::fields::{IdTable, Identity, Kind, Obj, Ref};
use crate::identity::{self, Scheme};
use crate::report::Params;
use crate::rules::datetime::Timestamp;
use crate::rules::Fail;

/// The clean number of an identity member and the schemes its clean siblings name.
fn schemes<'a>(
    obj: &Obj,
    slots: &[Slot<'a>],
    i: usize,
    id: &Identity,
) -> Option<(&'a str, &'static [Scheme])> {
    let number = slots.get(i)?.clean_str()?;
    let country = Slot::sibling(obj, slots, id.country)?.clean_str()?;
    let kind = Slot::sibling(obj, slots, id.kind)?.clean_str()?;
    let schemes = match id.table {
        IdTable::Business => identity::business_schemes(country, kind),
        IdTable::Personal => identity::personal_schemes(kind, country),
    };
    // A pair that no row names is not checked.
    (!schemes.is_empty()).then_some((number, schemes))
}

impl<'a> Walker<'_, 'a> {
    /// `identifier` on each identity member of `obj` whose number no scheme of its cell
    /// accepts; the number, the country and the type must each have passed their own rules.
    pub(super) fn identity_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        for (i, field) in obj.fields.iter().enumerate() {
            let Some(id) = &field.identity else {
                continue;
            };
            let Some((number, schemes)) = schemes(obj, slots, i, id) else {
                continue;
            };
            if let Err((scheme, reason)) = identity::check(schemes, number, today(self.opts.now)) {
                let params = Params::new()
                    .with("scheme", scheme.name())
                    .with("reason", reason.as_str());
                if let Some(slot) = slots.get_mut(i) {
                    self.error(slot, &[field.name], Fail::with(Code::Identifier, params));
                }
            }
        }
    }

    /// `id_birth_date` on a member object's valid identity number whose birth date agrees with
    /// the cousin birth date neither as written nor in UTC (requests only).
    pub(super) fn member_birth_dates(&mut self, obj: &Obj, slots: &[Slot<'a>]) {
        if self.response {
            return;
        }
        for (j, field) in obj.fields.iter().enumerate() {
            let Kind::Object(child) = field.kind else {
                continue;
            };
            let Some(inner) = slots.get(j).and_then(Slot::obj) else {
                continue;
            };
            for (i, member) in child.fields.iter().enumerate() {
                let Some(
                    id @ Identity {
                        birth: Some(Ref::Cousin(o, m)),
                        ..
                    },
                ) = &member.identity
                else {
                    continue;
                };
                let Some((number, schemes)) = schemes(child, inner, i, id) else {
                    continue;
                };
                let Some(&scheme) = schemes.first() else {
                    continue;
                };
                let Some(in_number) = scheme.birth_date(number) else {
                    continue;
                };
                let Some((time, text)) = cousin_time(obj, slots, o, m) else {
                    continue;
                };
                if !agrees(scheme, in_number, time, text) {
                    let other = self.pointer(&[o, m]);
                    let p = self.pointer(&[field.name, member.name]);
                    if let Some(slot) = inner.get(i) {
                        self.push(
                            slot.seq,
                            Sev::Warning,
                            p,
                            Fail::with(Code::IdBirthDate, Params::new().with("other", other)),
                            slot.pos,
                        );
                    }
                }
            }
        }
    }
}

/// The UTC date of `now`, as the schemes that read the date take it.
fn today(now: Timestamp) -> identity::Date {
    let d = now.utc_date();
    let year = i32::try_from(d.year).unwrap_or(if d.year < 0 { i32::MIN } else { i32::MAX });
    identity::Date {
        year,
        month: d.month,
        day: d.day,
    }
}

/// The clean date-time member `m` of member object `o` of `obj`, with its text.
fn cousin_time<'a>(
    obj: &Obj,
    slots: &[Slot<'a>],
    o: &str,
    m: &str,
) -> Option<(Timestamp, &'a str)> {
    let j = obj.index_of(o)?;
    let Kind::Object(inner) = obj.fields.get(j)?.kind else {
        return None;
    };
    slots
        .get(j)?
        .obj()?
        .get(inner.index_of(m)?)?
        .clean_time_text()
}

/// Does the date in the number agree with the birth date, as written (its first ten
/// characters) or in UTC: the same month and day, and the same year (its last two digits for
/// a scheme with a two-digit year)?
fn agrees(scheme: Scheme, number: identity::Date, time: Timestamp, text: &str) -> bool {
    let number = crate::Date {
        year: i64::from(number.year),
        month: number.month,
        day: number.day,
    };
    let written = text.get(..10).and_then(|d| {
        let n = |r: std::ops::Range<usize>| d.get(r)?.parse::<i64>().ok();
        Some(crate::Date {
            year: n(0..4)?,
            month: u32::try_from(n(5..7)?).ok()?,
            day: u32::try_from(n(8..10)?).ok()?,
        })
    });
    let same = |d: crate::Date| {
        let year = if scheme.two_digit_year() {
            d.year.rem_euclid(100) == number.year.rem_euclid(100)
        } else {
            d.year == number.year
        };
        year && d.month == number.month && d.day == number.day
    };
    written.is_some_and(same) || same(time.utc_date())
}
