//! Patterns → backtracking programs for the runtime of `src/matchers.rs`.
//!
//! A program is a Thompson construction whose `Split` tries its first branch first, as a
//! backtracking engine with leftmost-first priority needs. The byte classes of all programs
//! are collected once ([`Classes`]); an instruction names one by index.

use regex_syntax::hir::{Class, ClassBytes, Hir, HirKind, Look};
use std::collections::HashMap;
use std::fmt;

/// `(?x)` patterns of the numbering plans (`case_insensitive: false`) and `(?i)` postcode
/// patterns (`true`), parsed without Unicode (so `\d` is `[0-9]` and only ASCII case folds).
pub fn hir(pattern: &str, case_insensitive: bool) -> Hir {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .ignore_whitespace(!case_insensitive)
        .case_insensitive(case_insensitive)
        .build()
        .parse(pattern)
        .unwrap_or_else(|e| panic!("pattern {pattern:?}: {e}"))
}

/// One instruction, as `src/matchers.rs` defines `Inst` (targets are instruction indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inst {
    /// Consume this byte.
    Byte(u8),
    /// Consume a byte of class `i` of [`Classes`].
    Class(usize),
    /// Continue at the first target; on failure, at the second.
    Split(usize, usize),
    /// Continue at the target.
    Jump(usize),
    /// Record the position in this capture slot.
    Save(usize),
    /// Assert the start of the text.
    Start,
    /// Assert the end of the text.
    End,
    /// A match.
    Match,
}

impl fmt::Display for Inst {
    /// The Rust expression of the instruction (`Inst::Split(1, 4)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Inst::Byte(b) => write!(f, "Inst::Byte({b})"),
            Inst::Class(i) => write!(f, "Inst::Class({i})"),
            Inst::Split(a, b) => write!(f, "Inst::Split({a}, {b})"),
            Inst::Jump(t) => write!(f, "Inst::Jump({t})"),
            Inst::Save(s) => write!(f, "Inst::Save({s})"),
            Inst::Start => f.write_str("Inst::Start"),
            Inst::End => f.write_str("Inst::End"),
            Inst::Match => f.write_str("Inst::Match"),
        }
    }
}

/// The byte classes of all programs, each kept once, numbered in the order first seen.
#[derive(Debug, Default)]
pub struct Classes {
    index: HashMap<Vec<(u8, u8)>, usize>,
    list: Vec<Vec<(u8, u8)>>,
}

impl Classes {
    /// The number of the class with these inclusive ranges (a new one if unseen).
    pub fn id(&mut self, ranges: Vec<(u8, u8)>) -> usize {
        let next = self.list.len();
        *self.index.entry(ranges.clone()).or_insert_with(|| {
            self.list.push(ranges);
            next
        })
    }

    /// The classes, by number.
    pub fn list(&self) -> &[Vec<(u8, u8)>] {
        &self.list
    }

    /// Does class `i` hold byte `b`?
    #[cfg(test)]
    pub fn contains(&self, i: usize, b: u8) -> bool {
        self.list[i].iter().any(|&(lo, hi)| (lo..=hi).contains(&b))
    }
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// The instructions; the last is `Match`.
    pub insts: Vec<Inst>,
    /// The number of explicit capture groups kept (0 when captures are dropped).
    pub groups: usize,
}

impl fmt::Display for Program {
    /// The Rust expression of the program (`&[Inst::Byte(49), Inst::Match]`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("&[")?;
        for (i, inst) in self.insts.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{inst}")?;
        }
        f.write_str("]")
    }
}

/// The most capture groups the runtime has slots for.
const MAX_GROUPS: usize = 3;

/// Compiles `h`; `captures: false` drops the groups (a postcode is only matched, never
/// taken apart). The byte classes are added to `classes`.
pub fn compile(h: &Hir, captures: bool, classes: &mut Classes) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        captures,
        classes,
    };
    c.emit(h);
    c.insts.push(Inst::Match);
    let groups = if captures {
        h.properties().explicit_captures_len()
    } else {
        0
    };
    assert!(groups <= MAX_GROUPS, "at most three capture groups");
    assert!(c.insts.len() < usize::from(u16::MAX), "program too long");
    Program {
        insts: c.insts,
        groups,
    }
}

struct Compiler<'c> {
    insts: Vec<Inst>,
    captures: bool,
    classes: &'c mut Classes,
}

/// An instruction whose targets are filled in once they are known.
const PLACEHOLDER: Inst = Inst::Jump(usize::MAX);

impl Compiler<'_> {
    fn here(&self) -> usize {
        self.insts.len()
    }

    fn placeholder(&mut self) -> usize {
        self.insts.push(PLACEHOLDER);
        self.insts.len() - 1
    }

    fn class(&mut self, c: &ClassBytes) {
        let ranges = c.ranges().iter().map(|r| (r.start(), r.end())).collect();
        let id = self.classes.id(ranges);
        self.insts.push(Inst::Class(id));
    }

    fn emit(&mut self, h: &Hir) {
        match h.kind() {
            HirKind::Empty => {}
            HirKind::Literal(lit) => self.insts.extend(lit.0.iter().map(|&b| Inst::Byte(b))),
            HirKind::Class(Class::Bytes(c)) => self.class(c),
            HirKind::Class(Class::Unicode(c)) => {
                // Without Unicode mode the parser makes byte classes, but regex-syntax
                // merges an alternation of single ASCII bytes (`0|1`, `[a-c]|x`) into a
                // Unicode class of the same ASCII characters, which are the same bytes.
                let bytes = c
                    .to_byte_class()
                    .unwrap_or_else(|| panic!("non-ASCII class without Unicode mode: {c:?}"));
                self.class(&bytes);
            }
            HirKind::Look(Look::Start) => self.insts.push(Inst::Start),
            HirKind::Look(Look::End) => self.insts.push(Inst::End),
            HirKind::Look(look) => panic!("unsupported assertion {look:?}"),
            HirKind::Capture(c) if !self.captures => self.emit(&c.sub),
            HirKind::Capture(c) => {
                let index = usize::try_from(c.index).expect("group index");
                self.insts.push(Inst::Save(2 * index));
                self.emit(&c.sub);
                self.insts.push(Inst::Save(2 * index + 1));
            }
            HirKind::Concat(items) => items.iter().for_each(|i| self.emit(i)),
            HirKind::Alternation(items) => {
                // Every branch but the last: Split(branch, next split), the branch, a jump
                // to the end.
                let mut exits = Vec::new();
                for (k, item) in items.iter().enumerate() {
                    if k + 1 == items.len() {
                        self.emit(item);
                    } else {
                        let split = self.placeholder();
                        self.emit(item);
                        exits.push(self.placeholder());
                        self.insts[split] = Inst::Split(split + 1, self.here());
                    }
                }
                let end = self.here();
                for e in exits {
                    self.insts[e] = Inst::Jump(end);
                }
            }
            HirKind::Repetition(r) => {
                for _ in 0..r.min {
                    self.emit(&r.sub);
                }
                // Greedy tries the body first, lazy the way out.
                let branch = |body: usize, skip: usize| {
                    if r.greedy {
                        Inst::Split(body, skip)
                    } else {
                        Inst::Split(skip, body)
                    }
                };
                match r.max {
                    Some(max) => {
                        // x{min,max}: each optional copy may end the repetition.
                        let mut skips = Vec::new();
                        for _ in r.min..max {
                            skips.push(self.placeholder());
                            self.emit(&r.sub);
                        }
                        let end = self.here();
                        for s in skips {
                            self.insts[s] = branch(s + 1, end);
                        }
                    }
                    None => {
                        let split = self.placeholder();
                        self.emit(&r.sub);
                        self.insts.push(Inst::Jump(split));
                        self.insts[split] = branch(split + 1, self.here());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::nfa::thompson::{self, pikevm::PikeVM};
    use regex_automata::util::syntax;
    use regex_automata::{Anchored, Input};

    /// The instructions of `pattern` (numbering-plan syntax), with its classes.
    fn insts(pattern: &str, captures: bool) -> (String, Classes) {
        let mut classes = Classes::default();
        let p = compile(&hir(pattern, false), captures, &mut classes);
        (p.to_string(), classes)
    }

    #[test]
    fn literal() {
        assert_eq!(
            insts("ab", true).0,
            "&[Inst::Byte(97), Inst::Byte(98), Inst::Match]"
        );
        assert_eq!(insts("", true).0, "&[Inst::Match]");
    }

    #[test]
    fn classes_are_shared_and_numbered_in_order() {
        let (p, classes) = insts(r"\d[a-c]\d", true);
        assert_eq!(
            p,
            "&[Inst::Class(0), Inst::Class(1), Inst::Class(0), Inst::Match]"
        );
        assert_eq!(classes.list(), &[vec![(b'0', b'9')], vec![(b'a', b'c')]]);
        // A second program reuses them.
        let mut classes = classes;
        let q = compile(&hir("[a-c]1|[xz]", false), false, &mut classes);
        assert_eq!(
            q.to_string(),
            "&[Inst::Split(1, 4), Inst::Class(1), Inst::Byte(49), Inst::Jump(5), Inst::Class(2), \
             Inst::Match]"
        );
        assert_eq!(classes.list()[2], vec![(b'x', b'x'), (b'z', b'z')]);
    }

    #[test]
    fn alternation_of_single_bytes_is_one_class() {
        // regex-syntax merges these into a (Unicode) class: it becomes a byte class.
        let (p, classes) = insts("(?:0|1)(?:[01]|[5-7])", true);
        assert_eq!(p, "&[Inst::Class(0), Inst::Class(1), Inst::Match]");
        assert_eq!(
            classes.list(),
            &[vec![(b'0', b'1')], vec![(b'0', b'1'), (b'5', b'7')]]
        );
        let mut classes = Classes::default();
        let p = compile(&hir("^(?:a|b)$", true), false, &mut classes);
        assert_eq!(
            p.to_string(),
            "&[Inst::Start, Inst::Class(0), Inst::End, Inst::Match]"
        );
        assert_eq!(classes.list(), &[vec![(b'A', b'B'), (b'a', b'b')]]);
    }

    #[test]
    fn case_insensitive_literal_is_a_class() {
        let mut classes = Classes::default();
        let p = compile(&hir("^(?:a1)$", true), false, &mut classes);
        assert_eq!(
            p.to_string(),
            "&[Inst::Start, Inst::Class(0), Inst::Byte(49), Inst::End, Inst::Match]"
        );
        assert_eq!(classes.list(), &[vec![(b'A', b'A'), (b'a', b'a')]]);
    }

    #[test]
    fn alternation_tries_branches_in_order() {
        assert_eq!(
            insts("1|23|4", true).0,
            "&[Inst::Split(1, 3), Inst::Byte(49), Inst::Jump(8), Inst::Split(4, 7), \
             Inst::Byte(50), Inst::Byte(51), Inst::Jump(8), Inst::Byte(52), Inst::Match]"
        );
    }

    #[test]
    fn greedy_and_lazy_repetition() {
        assert_eq!(
            insts("1*", true).0,
            "&[Inst::Split(1, 3), Inst::Byte(49), Inst::Jump(0), Inst::Match]"
        );
        assert_eq!(
            insts("1*?", true).0,
            "&[Inst::Split(3, 1), Inst::Byte(49), Inst::Jump(0), Inst::Match]"
        );
        assert_eq!(
            insts("1+", true).0,
            "&[Inst::Byte(49), Inst::Split(2, 4), Inst::Byte(49), Inst::Jump(1), Inst::Match]"
        );
        assert_eq!(
            insts("1?", true).0,
            "&[Inst::Split(1, 2), Inst::Byte(49), Inst::Match]"
        );
        assert_eq!(
            insts("1??", true).0,
            "&[Inst::Split(2, 1), Inst::Byte(49), Inst::Match]"
        );
    }

    #[test]
    fn bounded_repetition_unrolls() {
        // Two required copies, then two optional ones, each of which may end it.
        assert_eq!(
            insts("1{2,4}", true).0,
            "&[Inst::Byte(49), Inst::Byte(49), Inst::Split(3, 6), Inst::Byte(49), \
             Inst::Split(5, 6), Inst::Byte(49), Inst::Match]"
        );
        assert_eq!(
            insts("1{2}", true).0,
            "&[Inst::Byte(49), Inst::Byte(49), Inst::Match]"
        );
    }

    #[test]
    fn captures_kept_or_dropped() {
        let mut classes = Classes::default();
        let with = compile(&hir("0(1)(?:2)(3)?", false), true, &mut classes);
        assert_eq!(
            with.to_string(),
            "&[Inst::Byte(48), Inst::Save(2), Inst::Byte(49), Inst::Save(3), Inst::Byte(50), \
             Inst::Split(6, 9), Inst::Save(4), Inst::Byte(51), Inst::Save(5), Inst::Match]"
        );
        assert_eq!(with.groups, 2);
        let without = compile(&hir("0(1)(?:2)(3)?", false), false, &mut classes);
        assert_eq!(
            without.to_string(),
            "&[Inst::Byte(48), Inst::Byte(49), Inst::Byte(50), Inst::Split(4, 5), \
             Inst::Byte(51), Inst::Match]"
        );
        assert_eq!(without.groups, 0);
    }

    #[test]
    #[should_panic(expected = "at most three capture groups")]
    fn too_many_groups() {
        insts("(1)(2)(3)(4)", true);
    }

    #[test]
    #[should_panic(expected = "unsupported assertion")]
    fn word_boundary_is_refused() {
        insts(r"1\b", true);
    }

    /// The runtime's matcher, reduced to its meaning: the first match in priority order
    /// that starts at 0, by plain recursion (the tests' texts are short), with its slots.
    fn run(p: &Program, classes: &Classes, text: &[u8]) -> Option<Vec<Option<usize>>> {
        fn go(
            p: &Program,
            classes: &Classes,
            text: &[u8],
            pc: usize,
            pos: usize,
            slots: &mut Vec<Option<usize>>,
            depth: usize,
        ) -> bool {
            // An empty loop would recurse forever; the runtime's visited set cuts it.
            if depth > 200 {
                return false;
            }
            match p.insts[pc] {
                Inst::Byte(b) => {
                    text.get(pos) == Some(&b)
                        && go(p, classes, text, pc + 1, pos + 1, slots, depth + 1)
                }
                Inst::Class(c) => {
                    text.get(pos).is_some_and(|&b| classes.contains(c, b))
                        && go(p, classes, text, pc + 1, pos + 1, slots, depth + 1)
                }
                Inst::Split(a, b) => {
                    go(p, classes, text, a, pos, slots, depth + 1)
                        || go(p, classes, text, b, pos, slots, depth + 1)
                }
                Inst::Jump(t) => go(p, classes, text, t, pos, slots, depth + 1),
                Inst::Save(s) => {
                    let old = slots[s];
                    slots[s] = Some(pos);
                    let ok = go(p, classes, text, pc + 1, pos, slots, depth + 1);
                    if !ok {
                        slots[s] = old;
                    }
                    ok
                }
                Inst::Start => pos == 0 && go(p, classes, text, pc + 1, pos, slots, depth + 1),
                Inst::End => {
                    pos == text.len() && go(p, classes, text, pc + 1, pos, slots, depth + 1)
                }
                Inst::Match => {
                    slots[1] = Some(pos);
                    true
                }
            }
        }
        let mut slots = vec![None; 2 * (MAX_GROUPS + 1)];
        slots[0] = Some(0);
        go(p, classes, text, 0, 0, &mut slots, 0).then_some(slots)
    }

    /// The slots of regex-automata's leftmost-first match anchored at 0, the patterns
    /// parsed as [`hir`] parses them.
    fn reference(pattern: &str, case_insensitive: bool, text: &[u8]) -> Option<Vec<Option<usize>>> {
        let vm = PikeVM::builder()
            .syntax(
                syntax::Config::new()
                    .unicode(false)
                    .utf8(false)
                    .ignore_whitespace(!case_insensitive)
                    .case_insensitive(case_insensitive),
            )
            .thompson(thompson::Config::new().utf8(false))
            .build(pattern)
            .unwrap();
        let mut cache = vm.create_cache();
        let mut caps = vm.create_captures();
        vm.search(
            &mut cache,
            &Input::new(text).anchored(Anchored::Yes),
            &mut caps,
        );
        caps.is_match().then(|| {
            (0..=MAX_GROUPS)
                .flat_map(|g| {
                    let span = caps.get_group(g);
                    [span.map(|s| s.start), span.map(|s| s.end)]
                })
                .collect()
        })
    }

    #[test]
    fn programs_match_as_a_leftmost_first_engine_does() {
        // National-prefix-like patterns with captures, and postcode-like ones.
        let patterns: &[(&str, bool)] = &[
            ("0|(1)(2)?", false),
            ("(?:0|1)(2)*?(3)", false),
            ("(0)?(1{1,3})(2|23)", false),
            ("0(?:11|1)(1)?", false),
            ("(0|1)(2|3)?4", false),
            ("(1*)1", false),
            ("(1*?)(1?)", false),
            ("00 (?: 1 | 2 [34] )? (\\d{2})", false),
            ("^(?:\\d{3}[ -]?\\d{2})$", true),
            ("^(?:[a-z]\\d[a-z] ?\\d[a-z]\\d)$", true),
            ("^(?:AB|ab?)$", true),
        ];
        let texts: &[&[u8]] = &[
            b"", b"0", b"1", b"12", b"123", b"1122", b"1112", b"11123", b"0233", b"0111", b"011",
            b"0012", b"00 42", b"00234", b"12345", b"123 45", b"123-45", b"1234", b"k1a 0b1",
            b"K1A0B1", b"k1a0b", b"ab", b"AB", b"Ab", b"a", b"abc", b"22223", b"0223", b"023",
            b"024", b"14", b"134", b"0234",
        ];
        for &(pattern, ci) in patterns {
            let mut classes = Classes::default();
            let program = compile(&hir(pattern, ci), true, &mut classes);
            for &text in texts {
                assert_eq!(
                    run(&program, &classes, text),
                    reference(pattern, ci, text),
                    "pattern {pattern:?} on {:?}",
                    String::from_utf8_lossy(text)
                );
            }
        }
    }
}
