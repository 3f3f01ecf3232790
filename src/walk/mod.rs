//! The walk: follows the field table over a document tree, in order, applying each value's
//! own rules, and collects the report's issues in walk order. This file is the traversal;
//! the cross-field rule families are beside it, each reading what the table's rows say:
//!
//! - `conditions.rs`: conditional requirements (`Req::When`) and members that must differ
//!   from a sibling (`differs_from`);
//! - `dates.rs`: date order and the rules against "now" (`Dates`);
//! - `address.rs`: the address rules of SPEC §3.1 (`AddressPart`);
//! - `amount.rs`: the amount's precision in its currency (`Kind::Amount`);
//! - `duplicates.rs`: repeated list items (`Unique`), and the search for repeats that the
//!   traversal also uses for repeated unknown member names;
//! - `identity.rs`: identity numbers against their country's scheme, and the birth date in
//!   the number (`Field::identity`, SPEC §3.3).
//!
//! Every member the table names gets a sequence number when it is visited, present or
//! not; a cross-field rule found later files its issue under the sequence number of the
//! field it sits on, so the final report is in document walk order (SPEC §1).

mod address;
mod amount;
mod conditions;
mod dates;
mod duplicates;
mod identity;

use crate::codes::{self, Code};
use crate::document::{Member, Node, Value, NO_POS};
use crate::fields::{self, Format, Kind, Obj, Req};
use crate::report::{Issue, Params};
use crate::rules::{self, datetime::Timestamp, Fail};
use crate::{DocumentKind, Mode, Resolved};
use duplicates::{earlier_equal, sorted_indices};

/// A value that passed its own rules.
#[derive(Debug)]
enum Val<'a> {
    Str(&'a str),
    /// A date-time and its text.
    Time(Timestamp, &'a str),
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
    /// A clean date-time with its text.
    fn clean_time_text(&self) -> Option<(Timestamp, &'a str)> {
        match self.val {
            Some(Val::Time(t, s)) if !self.flagged => Some((t, s)),
            _ => None,
        }
    }
    fn clean_str(&self) -> Option<&'a str> {
        if self.flagged {
            None
        } else {
            self.str()
        }
    }
    /// The slot of the member named `name` of `obj`, among that object's `slots`.
    fn sibling<'s>(obj: &Obj, slots: &'s [Slot<'a>], name: &str) -> Option<&'s Slot<'a>> {
        slots.get(obj.index_of(name)?)
    }
    fn obj(&self) -> Option<&[Slot<'a>]> {
        match &self.val {
            Some(Val::Obj(v)) => Some(v),
            _ => None,
        }
    }
    fn obj_mut(&mut self) -> Option<&mut [Slot<'a>]> {
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

    /// A conditionally required member is absent: `required` (or `missing`) unless an error
    /// already sits there.
    fn conditional(&mut self, slot: &mut Slot<'a>, name: &str) {
        if slot.absent && !slot.flagged {
            slot.flagged = true;
            self.absent_required(slot.seq, &[name], slot.pos);
        }
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
            Kind::Amount { .. } => {
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
            Kind::List {
                item,
                min,
                max,
                unique,
            } => {
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
                            Kind::Amount { .. } => "number",
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
                    self.list_duplicates(item, unique, &mut outs);
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

    /// Object-level rules, once every member of the object is walked, each family where
    /// the table asks for it: conditional requirements, address rules, members that must
    /// differ, the amount's precision, then the date rules of the member objects (here, as
    /// a date may read a member of a sibling object).
    fn object_rules(&mut self, obj: &'static Obj, slots: &mut [Slot<'a>], lenient: bool) {
        if !lenient {
            self.conditions(obj, slots);
        }
        self.address_rules(obj, slots, lenient);
        self.identity_rules(obj, slots);
        if !self.response {
            self.differs(obj, slots);
        }
        self.amount_rules(obj, slots);
        self.member_dates(obj, slots);
        self.member_birth_dates(obj, slots);
    }
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
        Format::DateTime => return rules::datetime::check(s).map(|t| Val::Time(t, s)),
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
    // A warning is only given for a value that has no error (SPEC §1): a later cross-field
    // rule (a duplicate) may put an error where a warning already sits.
    if pending.iter().flatten().any(|p| p.sev == Sev::Warning) {
        let errors_at: Vec<String> = pending
            .iter()
            .flatten()
            .filter(|p| p.sev == Sev::Error)
            .map(|p| p.pointer.clone())
            .collect();
        for slot in &mut pending {
            if slot
                .as_ref()
                .is_some_and(|p| p.sev == Sev::Warning && errors_at.contains(&p.pointer))
            {
                *slot = None;
            }
        }
    }
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
