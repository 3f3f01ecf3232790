//! The walk: follows the field table over a document tree, in order, applying the rules
//! and the cross-field rules, and collects the report's issues in walk order.
//!
//! Every member the table names gets a sequence number when it is visited, present or
//! not; a cross-field rule found later files its issue under the sequence number of the
//! field it sits on, so the final report is in document walk order (SPEC §1).

use crate::codes::{self, Code};
use crate::document::{Member, Node, Value, NO_POS};
use crate::fields::{self, DateRole, Format, Kind, Obj, ObjRole, Req};
use crate::report::{Issue, Params};
use crate::rules::{self, datetime::Timestamp, Fail};
use crate::{DocumentKind, Mode, Resolved};

/// A value that passed its own rules.
#[derive(Debug)]
enum Val<'a> {
    Str(&'a str),
    Time(Timestamp),
    /// A number and its text.
    Num(&'a str),
    Obj(Vec<Slot<'a>>),
    List,
}

/// What the walk learned about one member or item.
#[derive(Debug)]
struct Slot<'a> {
    seq: u32,
    /// The value when it passed its own rules (also for a repeated member: rules that
    /// read other fields see the first occurrence).
    val: Option<Val<'a>>,
    /// Absent or null.
    absent: bool,
    /// An error already sits at this pointer.
    flagged: bool,
    /// Byte offset of the value (of the enclosing object when absent).
    pos: usize,
}

impl<'a> Slot<'a> {
    fn new(seq: u32, pos: usize) -> Self {
        Slot {
            seq,
            val: None,
            absent: false,
            flagged: false,
            pos,
        }
    }
    fn str(&self) -> Option<&'a str> {
        match self.val {
            Some(Val::Str(s)) => Some(s),
            _ => None,
        }
    }
    fn time(&self) -> Option<Timestamp> {
        match self.val {
            Some(Val::Time(t)) => Some(t),
            _ => None,
        }
    }
    /// Passed its own rules and carries no error (usable by a cross-field rule).
    fn clean_time(&self) -> Option<Timestamp> {
        if self.flagged {
            None
        } else {
            self.time()
        }
    }
    fn clean_str(&self) -> Option<&'a str> {
        if self.flagged {
            None
        } else {
            self.str()
        }
    }
    fn obj(&self) -> Option<&[Slot<'a>]> {
        match &self.val {
            Some(Val::Obj(v)) => Some(v),
            _ => None,
        }
    }
    fn obj_mut(&mut self) -> Option<&mut Vec<Slot<'a>>> {
        match &mut self.val {
            Some(Val::Obj(v)) => Some(v),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sev {
    Error,
    Warning,
    Missing,
}

#[derive(Debug)]
struct Pending {
    seq: u32,
    sev: Sev,
    pointer: String,
    code: Code,
    params: Params,
    offset: usize,
}

/// A path segment.
#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// Append one escaped RFC 6901 reference token.
fn push_token(out: &mut String, token: &str) {
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

struct Walker<'o, 'a> {
    opts: &'o Resolved,
    response: bool,
    seq: u32,
    path: Vec<Seg<'a>>,
    out: Vec<Pending>,
}

/// The field named `name`, trying `hint` first (members usually come in table order, so
/// the field after the previous one is nearly always the next member's).
fn index_of(obj: &Obj, name: &str, hint: usize) -> Option<usize> {
    if obj.fields.get(hint).is_some_and(|f| same(f.name, name)) {
        return Some(hint);
    }
    obj.fields.iter().position(|f| same(f.name, name))
}

/// `a == b` for short names, eight bytes at a time and without a call to `memcmp` (a byte
/// loop in the WASM build, and a call per member either way).
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut left = a.chunks_exact(8);
    let mut right = b.chunks_exact(8);
    for (x, y) in left.by_ref().zip(right.by_ref()) {
        let word = |c: &[u8]| c.try_into().map(u64::from_ne_bytes).unwrap_or(0);
        if word(x) != word(y) {
            return false;
        }
    }
    left.remainder()
        .iter()
        .zip(right.remainder())
        .all(|(x, y)| x == y)
}

impl<'o, 'a> Walker<'o, 'a> {
    fn next_seq(&mut self) -> u32 {
        self.seq += 1;
        self.seq
    }

    fn pointer(&self, extra: &[&str]) -> String {
        let mut p = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => push_token(&mut p, k),
                Seg::Index(i) => {
                    p.push('/');
                    p.push_str(itoa::Buffer::new().format(*i));
                }
            }
        }
        for e in extra {
            push_token(&mut p, e);
        }
        p
    }

    fn push(&mut self, seq: u32, sev: Sev, pointer: String, fail: Fail, offset: usize) {
        self.out.push(Pending {
            seq,
            sev,
            pointer,
            code: fail.code,
            params: fail.params,
            offset,
        });
    }

    /// An error at the current path (plus `extra` members).
    fn error(&mut self, slot: &mut Slot<'a>, extra: &[&str], fail: Fail) {
        slot.flagged = true;
        let p = self.pointer(extra);
        self.push(slot.seq, Sev::Error, p, fail, slot.pos);
    }

    /// A required member is absent: `required`, or `missing` in draft mode.
    fn absent_required(&mut self, seq: u32, extra: &[&str], offset: usize) {
        let p = self.pointer(extra);
        let sev = if self.opts.mode == Mode::Draft {
            Sev::Missing
        } else {
            Sev::Error
        };
        self.push(seq, sev, p, Fail::new(Code::Required), offset);
    }

    /// Walk a present, non-null value of a given kind. Issues go at the current path.
    fn value(&mut self, kind: &Kind, node: &'a Node<'a>, lenient: bool, seq: u32) -> Slot<'a> {
        let mut slot = Slot::new(seq, node.pos);
        match kind {
            Kind::Text(rule) => {
                let Value::String(s) = &node.value else {
                    let f = Fail::with(Code::Type, Params::new().with("expected", "string"));
                    self.error(&mut slot, &[], f);
                    return slot;
                };
                match check_text(rule, s) {
                    Ok(v) => slot.val = Some(v),
                    Err(f) => self.error(&mut slot, &[], f),
                }
            }
            Kind::Amount => {
                let Value::Number(text) = node.value else {
                    let f = Fail::with(Code::Type, Params::new().with("expected", "number"));
                    self.error(&mut slot, &[], f);
                    return slot;
                };
                let n = crate::number::parse(text);
                match rules::amount::check_positive(n) {
                    Ok(()) => slot.val = Some(Val::Num(text)),
                    Err(f) => self.error(&mut slot, &[], f),
                }
            }
            Kind::Object(obj) => {
                let Value::Object(members) = &node.value else {
                    let f = Fail::with(Code::Type, Params::new().with("expected", "object"));
                    self.error(&mut slot, &[], f);
                    return slot;
                };
                slot.val = Some(Val::Obj(self.object(obj, members, node.pos, lenient)));
            }
            Kind::List { item, min, max } => {
                let Value::Array(items) = &node.value else {
                    let f = Fail::with(Code::Type, Params::new().with("expected", "array"));
                    self.error(&mut slot, &[], f);
                    return slot;
                };
                if !lenient && (items.len() < *min || items.len() > *max) {
                    let (code, params) = if items.len() < *min {
                        (
                            Code::TooFewItems,
                            Params::new().with("min", *min).with("max", *max),
                        )
                    } else {
                        (
                            Code::TooManyItems,
                            Params::new().with("min", *min).with("max", *max),
                        )
                    };
                    let f = Fail::with(code, params.with("actual", items.len()));
                    self.error(&mut slot, &[], f);
                }
                let mut outs = Vec::with_capacity(items.len());
                for (i, it) in items.iter().enumerate() {
                    let seq = self.next_seq();
                    self.path.push(Seg::Index(i));
                    let out = if matches!(it.value, Value::Null) {
                        let mut s = Slot::new(seq, it.pos);
                        let expected = match item {
                            Kind::Object(_) => "object",
                            Kind::List { .. } => "array",
                            Kind::Amount => "number",
                            Kind::Text(_) => "string",
                        };
                        let f = Fail::with(Code::Type, Params::new().with("expected", expected));
                        self.error(&mut s, &[], f);
                        s
                    } else {
                        self.value(item, it, lenient, seq)
                    };
                    outs.push(out);
                    self.path.pop();
                }
                if !self.response {
                    self.list_duplicates(item, &mut outs);
                }
                slot.val = Some(Val::List);
            }
        }
        slot
    }

    /// Walk an object's members along its shape; then its object-level rules.
    fn object(
        &mut self,
        obj: &'static Obj,
        members: &'a [Member<'a>],
        pos: usize,
        lenient: bool,
    ) -> Vec<Slot<'a>> {
        let n = obj.fields.len();
        // First occurrence of each known member, and the position of a repeat, if any.
        // No object shape has more than MAX_FIELDS members (a test in fields.rs checks it).
        let mut first: [Option<&'a Node<'a>>; fields::MAX_FIELDS] = [None; fields::MAX_FIELDS];
        let mut repeat: [Option<usize>; fields::MAX_FIELDS] = [None; fields::MAX_FIELDS];
        // Unknown members in input order; below, first occurrences with a repeat position.
        let mut unknown_all: Vec<(&'a str, &'a Node<'a>)> = Vec::new();
        let mut hint = 0;
        for m in members {
            match index_of(obj, m.name, hint) {
                Some(i) => {
                    hint = i + 1;
                    if first[i].is_none() {
                        first[i] = Some(&m.value);
                    } else if repeat[i].is_none() {
                        repeat[i] = Some(m.value.pos);
                    }
                }
                None => unknown_all.push((m.name, &m.value)),
            }
        }
        // Each repeat names its first occurrence; the first repeat gives the position.
        let mut repeat_of: Vec<Option<usize>> = vec![None; unknown_all.len()];
        let mut is_repeat = vec![false; unknown_all.len()];
        let names: Vec<&str> = unknown_all.iter().map(|(name, _)| *name).collect();
        for (later, first) in earlier_equal(names.len(), &|a, b| names.get(a).cmp(&names.get(b))) {
            if let Some(flag) = is_repeat.get_mut(later) {
                *flag = true;
            }
            if let (Some(slot), Some((_, node))) =
                (repeat_of.get_mut(first), unknown_all.get(later))
            {
                slot.get_or_insert(node.pos);
            }
        }
        let unknown = unknown_all
            .iter()
            .zip(repeat_of)
            .zip(is_repeat)
            .filter(|(_, repeated)| !repeated)
            .map(|(((name, node), repeat), _)| (*name, *node, repeat));
        let mut slots: Vec<Slot<'a>> = Vec::with_capacity(n);
        for (i, field) in obj.fields.iter().enumerate() {
            let seq = self.next_seq();
            self.path.push(Seg::Key(field.name));
            let node = first[i].filter(|v| !matches!(v.value, Value::Null));
            let slot = match (node, repeat[i]) {
                (_, Some(at)) => {
                    // A repeated member: `duplicate_key`, nothing inside it checked; rules
                    // that read other fields still see a first occurrence that passed.
                    let mut slot = Slot::new(seq, at);
                    slot.absent = node.is_none();
                    if let (Some(v), Kind::Text(rule)) = (node, &field.kind) {
                        if let Value::String(s) = &v.value {
                            slot.val = check_text(rule, s).ok();
                        }
                    }
                    self.error(&mut slot, &[], Fail::new(Code::DuplicateKey));
                    slot
                }
                (Some(v), None) => self.value(&field.kind, v, lenient || self.response, seq),
                (None, None) => {
                    let required = match field.req {
                        Req::Always => !lenient,
                        _ => false, // conditional requirements are decided below
                    };
                    if required {
                        let at = first[i].map_or(pos, |v| v.pos);
                        self.absent_required(seq, &[], at);
                    }
                    let mut slot = Slot::new(seq, first[i].map_or(pos, |v| v.pos));
                    slot.absent = true;
                    slot.flagged = required;
                    slot
                }
            };
            slots.push(slot);
            self.path.pop();
        }
        for (name, node, repeat) in unknown {
            let seq = self.next_seq();
            let p = self.pointer(&[name]);
            match repeat {
                Some(at) => self.push(seq, Sev::Error, p, Fail::new(Code::DuplicateKey), at),
                None => {
                    let suggestion =
                        rules::similar::closest(name, obj.fields.iter().map(|f| f.name));
                    let f = Fail::with(
                        Code::UnknownField,
                        Params::new().with_opt("suggestion", suggestion),
                    );
                    let sev = if self.response {
                        Sev::Warning
                    } else {
                        Sev::Error
                    };
                    self.push(seq, sev, p, f, node.pos);
                }
            }
        }
        self.object_rules(obj, &mut slots, lenient);
        slots
    }

    /// Object-level rules: conditional requirements, cross-field rules, date rules.
    fn object_rules(&mut self, obj: &'static Obj, slots: &mut [Slot<'a>], lenient: bool) {
        match obj.role {
            ObjRole::Plain => {
                self.date_rules(obj, slots, &[], None);
                self.amount_rules(obj, slots);
            }
            ObjRole::Address(_) => self.address_rules(obj, slots, lenient),
            ObjRole::Identification => self.identification_rules(obj, slots, lenient),
            ObjRole::Person => self.person_rules(obj, slots),
        }
    }

    fn slot_of<'s>(obj: &Obj, slots: &'s mut [Slot<'a>], name: &str) -> Option<&'s mut Slot<'a>> {
        index_of(obj, name, 0).and_then(move |i| slots.get_mut(i))
    }

    /// Date rules of the fields of one object, in field order. `via` is the member path
    /// from the current path to the object; `birth` the person's clean birth date.
    fn date_rules(
        &mut self,
        obj: &Obj,
        slots: &mut [Slot<'a>],
        via: &[&str],
        birth: Option<Timestamp>,
    ) {
        let now = self.opts.now;
        let clock = !self.response;
        for (i, field) in obj.fields.iter().enumerate() {
            if field.date == DateRole::None {
                continue;
            }
            let Some(t) = slots.get(i).and_then(Slot::clean_time) else {
                continue;
            };
            let result: Result<(), (Fail, Sev)> = match field.date {
                DateRole::None => Ok(()),
                DateRole::NotFuture => {
                    if clock {
                        rules::datetime::check_not_future(t, now).map_err(|f| (f, Sev::Error))
                    } else {
                        Ok(())
                    }
                }
                DateRole::Birth => {
                    if clock {
                        rules::datetime::check_birth(t, now).map_err(|f| (f, Sev::Error))
                    } else {
                        Ok(())
                    }
                }
                DateRole::Issue => {
                    let r = if clock {
                        rules::datetime::check_not_future(t, now)
                    } else {
                        Ok(())
                    };
                    r.and_then(|()| match birth {
                        Some(b) => rules::datetime::check_order(t, b, || {
                            self.pointer(&["basic_info", "birth_date"])
                        }),
                        None => Ok(()),
                    })
                    .map_err(|f| (f, Sev::Error))
                }
                DateRole::Expiry { warn_soon } => {
                    // The earlier date is the nearest date field before this one.
                    let earlier = obj.fields[..i]
                        .iter()
                        .enumerate()
                        .rev()
                        .find(|(_, f)| f.date != DateRole::None)
                        .map(|(j, f)| (j, f.name));
                    let order = match earlier {
                        Some((j, name)) => match slots.get(j).and_then(Slot::clean_time) {
                            Some(e) => rules::datetime::check_order(t, e, || {
                                let mut other_path: Vec<&str> = via.to_vec();
                                other_path.push(name);
                                self.pointer(&other_path)
                            }),
                            None => Ok(()),
                        },
                        None => Ok(()),
                    };
                    order
                        .and_then(|()| {
                            if clock {
                                rules::datetime::check_not_expired(t, now)
                            } else {
                                Ok(())
                            }
                        })
                        .map_err(|f| (f, Sev::Error))
                        .and_then(|()| {
                            if clock && warn_soon {
                                rules::datetime::check_expires_soon(t, now)
                                    .map_err(|f| (f, Sev::Warning))
                            } else {
                                Ok(())
                            }
                        })
                }
            };
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

    /// `precision` of the amount, when the currency passed.
    fn amount_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        let Some(ci) = obj
            .fields
            .iter()
            .position(|f| matches!(f.kind, Kind::Text(t) if t.format == Format::Currency))
        else {
            return;
        };
        let Some(ai) = obj.fields.iter().position(|f| f.kind == Kind::Amount) else {
            return;
        };
        let Some(currency) = slots.get(ci).and_then(Slot::clean_str) else {
            return;
        };
        let Some(unit) = rules::currency::minor_unit(currency) else {
            return;
        };
        let name = obj.fields[ai].name;
        if let Some(slot) = slots.get_mut(ai) {
            if let (Some(Val::Num(text)), false) = (&slot.val, slot.flagged) {
                if let Err(f) = rules::amount::check_precision(text, currency, unit) {
                    self.error(slot, &[name], f);
                }
            }
        }
    }

    fn conditional(&mut self, slot: &mut Slot<'a>, name: &str) {
        if slot.absent && !slot.flagged {
            slot.flagged = true;
            self.absent_required(slot.seq, &[name], slot.pos);
        }
    }

    fn address_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>], lenient: bool) {
        use fields::{ADDRESS_CITY, ADDRESS_COUNTRY, ADDRESS_POSTCODE, ADDRESS_STATE};
        let name = |i: usize| obj.fields.get(i).map_or("", |f| f.name);
        let Some(country) = slots.get(ADDRESS_COUNTRY).and_then(Slot::str) else {
            return;
        };
        let Some(rules) = rules::address::rules(country) else {
            return;
        };
        for (member, needed) in [
            (ADDRESS_CITY, rules.requires_city),
            (ADDRESS_STATE, rules.requires_state),
            (ADDRESS_POSTCODE, rules.requires_postcode),
        ] {
            if needed && !lenient {
                if let Some(slot) = slots.get_mut(member) {
                    self.conditional(slot, name(member));
                }
            }
        }
        if let Some(slot) = slots.get_mut(ADDRESS_STATE) {
            if let Some(s) = slot.clean_str() {
                if let Err(f) = rules::address::check_subdivision(country, s) {
                    self.error(slot, &[name(ADDRESS_STATE)], f);
                }
            }
        }
        if let Some(slot) = slots.get_mut(ADDRESS_POSTCODE) {
            if let Some(p) = slot.clean_str() {
                if let Err(f) = rules::address::check_postcode(country, p) {
                    self.error(slot, &[name(ADDRESS_POSTCODE)], f);
                }
            }
        }
    }

    fn identification_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>], lenient: bool) {
        let id_type = Self::slot_of(obj, slots, "id_type").and_then(|s| s.str());
        if !lenient {
            if id_type == Some("Passport") {
                if let Some(slot) = Self::slot_of(obj, slots, "id_expiration_date") {
                    self.conditional(slot, "id_expiration_date");
                }
            }
            if id_type.is_some_and(fields::is_two_sided) {
                if let Some(slot) = Self::slot_of(obj, slots, "id_document_back_file_id") {
                    self.conditional(slot, "id_document_back_file_id");
                }
            }
        }
        // Date rules run from the person, which knows the birth date.
        if self.response {
            return;
        }
        let front =
            Self::slot_of(obj, slots, "id_document_front_file_id").and_then(|s| s.clean_str());
        if let (Some(front), Some(slot)) =
            (front, Self::slot_of(obj, slots, "id_document_back_file_id"))
        {
            if slot.clean_str() == Some(front) {
                let other = self.pointer(&["id_document_front_file_id"]);
                let f = Fail::with(Code::Duplicate, Params::new().with("other", other));
                self.error(slot, &["id_document_back_file_id"], f);
            }
        }
    }

    fn person_rules(&mut self, obj: &Obj, slots: &mut [Slot<'a>]) {
        let birth = Self::slot_of(obj, slots, "basic_info")
            .and_then(|s| s.obj())
            .and_then(|b| index_of(&fields::BASIC_INFO, "birth_date", 0).and_then(|i| b.get(i)))
            .and_then(Slot::clean_time);
        if let Some(ident) = Self::slot_of(obj, slots, "identification").and_then(Slot::obj_mut) {
            self.date_rules(&fields::IDENTIFICATION, ident, &["identification"], birth);
        }
    }

    /// `duplicate` among list items (requests only): repeated file ids, repeated persons.
    fn list_duplicates(&mut self, item: &Kind, items: &mut [Slot<'a>]) {
        match item {
            Kind::Text(_) => {
                // The clean values, by item index.
                let clean: Vec<(usize, &'a str)> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| item.clean_str().map(|v| (i, v)))
                    .collect();
                let values: Vec<&'a str> = clean.iter().map(|(_, v)| *v).collect();
                for (later, first) in
                    earlier_equal(values.len(), &|a, b| values.get(a).cmp(&values.get(b)))
                {
                    let (Some(&(i, _)), Some(&(j, _))) = (clean.get(later), clean.get(first))
                    else {
                        continue;
                    };
                    if let Some(item) = items.get_mut(i) {
                        let other = self.pointer(&[itoa::Buffer::new().format(j)]);
                        let f = Fail::with(Code::Duplicate, Params::new().with("other", other));
                        self.error(item, &[itoa::Buffer::new().format(i)], f);
                    }
                }
            }
            Kind::Object(obj) if obj.role == ObjRole::Person => {
                let ident_index = index_of(obj, "identification", 0);
                let field = |name: &str| index_of(&fields::IDENTIFICATION, name, 0);
                let (Some(t), Some(n), Some(c)) = (
                    field("id_type"),
                    field("id_number"),
                    field("id_issuing_country_code"),
                ) else {
                    return;
                };
                fn ident_of<'s, 'a>(
                    item: &'s mut Slot<'a>,
                    index: Option<usize>,
                ) -> Option<&'s mut Vec<Slot<'a>>> {
                    index
                        .and_then(|k| item.obj_mut().and_then(|p| p.get_mut(k)))
                        .and_then(Slot::obj_mut)
                }
                // The clean (type, number, issuing country) of each person, by item index.
                let mut keyed: Vec<(usize, (&'a str, &'a str, &'a str))> = Vec::new();
                for (i, item) in items.iter_mut().enumerate() {
                    let Some(ident) = ident_of(item, ident_index) else {
                        continue;
                    };
                    if let (Some(a), Some(b), Some(c)) = (
                        ident.get(t).and_then(Slot::clean_str),
                        ident.get(n).and_then(Slot::clean_str),
                        ident.get(c).and_then(Slot::clean_str),
                    ) {
                        keyed.push((i, (a, b, c)));
                    }
                }
                let keys: Vec<_> = keyed.iter().map(|(_, k)| *k).collect();
                for (later, first) in
                    earlier_equal(keys.len(), &|a, b| keys.get(a).cmp(&keys.get(b)))
                {
                    let (Some(&(i, _)), Some(&(j, _))) = (keyed.get(later), keyed.get(first))
                    else {
                        continue;
                    };
                    let Some(slot) = items
                        .get_mut(i)
                        .and_then(|item| ident_of(item, ident_index))
                        .and_then(|id| id.get_mut(n))
                    else {
                        continue;
                    };
                    let other = self.pointer(&[
                        itoa::Buffer::new().format(j),
                        "identification",
                        "id_number",
                    ]);
                    let f = Fail::with(Code::Duplicate, Params::new().with("other", other));
                    slot.flagged = true;
                    let p = self.pointer(&[
                        itoa::Buffer::new().format(i),
                        "identification",
                        "id_number",
                    ]);
                    self.push(slot.seq, Sev::Error, p, f, slot.pos);
                }
            }
            _ => {}
        }
    }
}

/// Of `n` keys compared by index with `cmp` (not generic: one copy of the code for every kind
/// of key), every key equal to an earlier one, as `(its index, the index of the first equal
/// key)`, in increasing order of its index. A quadratic scan while the list is short (most
/// are), a sort beyond (never a hash: crafted input cannot make it slow, and the WASM build
/// carries no hash table).
fn earlier_equal(
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
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// A string's rules: those of every string, then the field's format.
fn check_text<'a>(rule: &fields::Text, s: &'a str) -> Result<Val<'a>, Fail> {
    rules::text::check(rule, s)?;
    match rule.format {
        Format::Plain => Ok(()),
        Format::Country => rules::country::check(s),
        Format::Currency => rules::currency::check(s),
        Format::Phone => rules::phone::check(s),
        Format::Email => rules::email::check(s),
        Format::Url => rules::url::check(s),
        Format::DateTime => return rules::datetime::check(s).map(Val::Time),
        Format::Enum(allowed) => rules::enums::check(s, allowed),
        Format::Mcc => {
            if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
                Ok(())
            } else {
                Err(Fail::new(Code::Mcc))
            }
        }
    }?;
    Ok(Val::Str(s))
}

/// The issues of a document, in walk order: (errors, warnings, missing).
pub(crate) fn walk(root: &Node<'_>, opts: &Resolved) -> (Vec<Issue>, Vec<Issue>, Vec<String>) {
    let mut w = Walker {
        opts,
        response: opts.kind == DocumentKind::Response,
        seq: 0,
        path: Vec::new(),
        out: Vec::new(),
    };
    let shape = if w.response {
        &fields::RESPONSE
    } else {
        &fields::REQUEST
    };
    match &root.value {
        Value::Object(members) => {
            w.object(shape, members, root.pos, false);
        }
        _ => {
            let f = Fail::with(Code::Type, Params::new().with("expected", "object"));
            w.push(0, Sev::Error, String::new(), f, root.pos);
        }
    }
    let pending = w.out;
    // Walk order; issues of one field keep the order they were found in (a stable sort).
    let order = sorted_indices(pending.len(), &|a, b| {
        let seq = |i: usize| pending.get(i).map(|p| p.seq);
        seq(a).cmp(&seq(b))
    });
    let mut pending: Vec<Option<Pending>> = pending.into_iter().map(Some).collect();
    let (mut errors, mut warnings, mut missing) = (Vec::new(), Vec::new(), Vec::new());
    for p in order
        .into_iter()
        .filter_map(|i| pending.get_mut(i).and_then(Option::take))
    {
        let issue = |p: Pending| Issue {
            message: codes::message(p.code, &p.params, opts.lang),
            pointer: p.pointer,
            code: p.code,
            params: p.params,
            offset: (p.offset != NO_POS).then_some(p.offset),
        };
        match p.sev {
            Sev::Error => errors.push(issue(p)),
            Sev::Warning => warnings.push(issue(p)),
            Sev::Missing => missing.push(p.pointer),
        }
    }
    (errors, warnings, missing)
}

#[cfg(test)]
mod tests {
    use super::same;

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

    #[test]
    fn same_names() {
        let equal = [
            ("", ""),
            ("a", "a"),
            ("business_type", "business_type"),
            ("12345678", "12345678"),
            ("123456789", "123456789"),
        ];
        for (a, b) in equal {
            assert!(same(a, b), "{a}");
        }
        let different = [
            ("a", ""),
            ("a", "b"),
            ("business_type", "business_typf"),
            ("12345678", "12345679"),
            ("x23456789", "123456789"),
            ("ab", "abc"),
        ];
        for (a, b) in different {
            assert!(!same(a, b), "{a} {b}");
        }
    }
}
