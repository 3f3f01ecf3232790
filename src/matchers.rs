//! The two small runtimes for patterns that `cargo xtask codegen` compiles ahead of time
//! (into the committed tables of `src/data/generated/`), so that no regex engine is linked
//! into the crate (or the WASM build) and nothing is compiled or initialised at run time:
//!
//! - [`digits_prefix_match`]: a walk over the minimized digit automaton of the numbering
//!   plans (one table lookup per digit);
//! - [`Program`]: a backtracking matcher with captures for the few patterns that need them
//!   (national prefixes) and for postcodes. It tries alternatives in order, so it finds the
//!   match a leftmost-first regex engine (the `regex` crate, which the phonenumber crate
//!   uses) finds at the start of the text. A visited set of (instruction, position) keeps it
//!   linear in `instructions × text length`.

include!("data/generated/classes.rs");

/// One instruction of a [`Program`] (six bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inst {
    /// Consume this byte.
    Byte(u8),
    /// Consume a byte within one of the inclusive ranges of class `i` of [`CLASSES`].
    Class(u16),
    /// Continue at the first target; on failure, at the second.
    Split(u16, u16),
    /// Continue at the target.
    Jump(u16),
    /// Record the position in this capture slot (group `k` uses slots `2k` and `2k + 1`).
    Save(u8),
    /// Assert the start of the text.
    Start,
    /// Assert the end of the text.
    End,
    /// A match.
    Match,
}

/// A compiled pattern.
pub type Program = &'static [Inst];

/// Capture slots of groups 0–3.
pub const SLOTS: usize = 8;

/// Positions of the capture groups of a match (`None` where a group took no part).
pub type Slots = [Option<usize>; SLOTS];

/// The states of the visited set kept on the stack; larger problems allocate.
const INLINE_WORDS: usize = 64;

#[derive(Clone, Copy)]
enum Frame {
    Explore(usize, usize),
    Restore(usize, Option<usize>),
}

/// The backtracking stack: 32 frames inline (enough for every run over a postcode or a
/// phone number seen so far), then the heap.
struct Stack {
    inline: [Frame; 32],
    len: usize,
    spill: Vec<Frame>,
}

impl Stack {
    fn push(&mut self, f: Frame) {
        match self.inline.get_mut(self.len) {
            Some(slot) if self.spill.is_empty() => {
                *slot = f;
                self.len += 1;
            }
            _ => self.spill.push(f),
        }
    }

    fn pop(&mut self) -> Option<Frame> {
        if let Some(f) = self.spill.pop() {
            return Some(f);
        }
        self.len = self.len.checked_sub(1)?;
        self.inline.get(self.len).copied()
    }
}

/// The match of `program` that starts at position 0 of `text`, if any, with its capture
/// slots (slot 0 and 1 hold the whole match).
pub fn match_at_start(program: Program, text: &[u8]) -> Option<Slots> {
    let bits = program.len() * (text.len() + 1);
    let words = bits.div_ceil(64);
    let mut inline = [0u64; INLINE_WORDS];
    let mut heap = Vec::new();
    let visited: &mut [u64] = if words <= INLINE_WORDS {
        &mut inline[..words]
    } else {
        heap.resize(words, 0);
        &mut heap
    };
    let mut slots: Slots = [None; SLOTS];
    slots[0] = Some(0);
    let mut stack = Stack {
        inline: [Frame::Explore(0, 0); 32],
        len: 1,
        spill: Vec::new(),
    };
    while let Some(frame) = stack.pop() {
        let (mut pc, mut pos) = match frame {
            Frame::Restore(slot, old) => {
                if let Some(s) = slots.get_mut(slot) {
                    *s = old;
                }
                continue;
            }
            Frame::Explore(pc, pos) => (pc, pos),
        };
        loop {
            let bit = pc * (text.len() + 1) + pos;
            let Some(word) = visited.get_mut(bit / 64) else {
                break;
            };
            if *word & (1 << (bit % 64)) != 0 {
                break;
            }
            *word |= 1 << (bit % 64);
            let Some(inst) = program.get(pc) else {
                break;
            };
            match *inst {
                Inst::Byte(b) => {
                    if text.get(pos) != Some(&b) {
                        break;
                    }
                    pc += 1;
                    pos += 1;
                }
                Inst::Class(class) => {
                    let Some(&b) = text.get(pos) else {
                        break;
                    };
                    let ranges = CLASSES.get(usize::from(class)).copied().unwrap_or(&[]);
                    if !ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&b)) {
                        break;
                    }
                    pc += 1;
                    pos += 1;
                }
                Inst::Split(first, second) => {
                    stack.push(Frame::Explore(usize::from(second), pos));
                    pc = usize::from(first);
                }
                Inst::Jump(to) => pc = usize::from(to),
                Inst::Save(slot) => {
                    let slot = usize::from(slot);
                    if let Some(s) = slots.get_mut(slot) {
                        stack.push(Frame::Restore(slot, *s));
                        *s = Some(pos);
                    }
                    pc += 1;
                }
                Inst::Start => {
                    if pos != 0 {
                        break;
                    }
                    pc += 1;
                }
                Inst::End => {
                    if pos != text.len() {
                        break;
                    }
                    pc += 1;
                }
                Inst::Match => {
                    slots[1] = Some(pos);
                    return Some(slots);
                }
            }
        }
    }
    None
}

/// Does `program` match the whole of `text`? (Postcode programs end with an end assertion,
/// so any match is whole.)
pub fn is_full_match(program: Program, text: &[u8]) -> bool {
    match_at_start(program, text).is_some()
}

/// The state of the digit automaton that never accepts.
pub const DEAD: u16 = 0;
/// The state of the digit automaton that has accepted.
pub const ACCEPT: u16 = 1;

/// The digit automaton, stored sparsely: for each state, which digits lead anywhere but
/// the dead state (`masks`, bit `d` for digit `d`), and the live next states of all states
/// in one list (`targets`, state by state, in digit order). A state's first target is found
/// from `base` (the count of targets before every 32nd state) and the masks of the states
/// before it in its block of 32. About 2 KB gzip smaller than dense rows of ten.
pub struct DigitAutomaton {
    /// Live digits of each state.
    pub masks: &'static [u16],
    /// Live next states, state by state.
    pub targets: &'static [u16],
    /// Targets before state `32 × i`.
    pub base: &'static [u16],
}

impl DigitAutomaton {
    /// The next state from `state` on digit `d` (0–9).
    fn next(&self, state: u16, d: u8) -> u16 {
        let s = usize::from(state);
        let mask = self.masks.get(s).copied().unwrap_or(0);
        if d > 9 || mask & (1 << d) == 0 {
            return DEAD;
        }
        let block = s & !31;
        let before: u32 = self
            .masks
            .get(block..s)
            .unwrap_or_default()
            .iter()
            .map(|m| m.count_ones())
            .sum();
        let at = usize::from(self.base.get(s / 32).copied().unwrap_or(0))
            + before as usize
            + (mask & ((1 << d) - 1)).count_ones() as usize;
        self.targets.get(at).copied().unwrap_or(DEAD)
    }
}

/// Does some prefix of `digits` match the pattern whose start state is `start` (what
/// `Regex::find` at position 0 answers)? Bytes other than ASCII digits end the walk.
pub fn digits_prefix_match(automaton: &DigitAutomaton, start: u16, digits: &[u8]) -> bool {
    let mut state = start;
    for &b in digits {
        if state == ACCEPT || state == DEAD {
            break;
        }
        state = automaton.next(state, b.wrapping_sub(b'0'));
    }
    state == ACCEPT
}

#[cfg(test)]
mod tests {
    use super::*;

    // (a|ab)(c)? compiled by hand: 0 Save2, 1 Split(2,4), 2 Byte a, 3 Jump 7,
    // 4 Byte a, 5 Byte b, 6 Jump 7, 7 Save3, 8 Split(9,12), 9 Save4, 10 Byte c, 11 Save5, 12 Match
    const P: Program = &[
        Inst::Save(2),
        Inst::Split(2, 4),
        Inst::Byte(b'a'),
        Inst::Jump(7),
        Inst::Byte(b'a'),
        Inst::Byte(b'b'),
        Inst::Jump(7),
        Inst::Save(3),
        Inst::Split(9, 12),
        Inst::Save(4),
        Inst::Byte(b'c'),
        Inst::Save(5),
        Inst::Match,
    ];

    #[test]
    fn leftmost_first_priority_and_captures() {
        let s = match_at_start(P, b"abc").unwrap();
        // The first alternative wins even though the second would match more.
        assert_eq!(&s[..6], &[Some(0), Some(1), Some(0), Some(1), None, None]);
        let s = match_at_start(P, b"ac").unwrap();
        assert_eq!(
            &s[..6],
            &[Some(0), Some(2), Some(0), Some(1), Some(1), Some(2)]
        );
        assert!(match_at_start(P, b"b").is_none());
        assert!(match_at_start(P, b"").is_none());
    }

    #[test]
    fn end_assertion_backtracks() {
        // (a|ab)$
        const Q: Program = &[
            Inst::Split(1, 3),
            Inst::Byte(b'a'),
            Inst::Jump(5),
            Inst::Byte(b'a'),
            Inst::Byte(b'b'),
            Inst::End,
            Inst::Match,
        ];
        assert!(is_full_match(Q, b"ab"));
        assert!(is_full_match(Q, b"a"));
        assert!(!is_full_match(Q, b"abc"));
    }

    #[test]
    fn long_text_uses_the_heap_and_stays_linear() {
        // (a|a)*$ over 10,000 a's and a b: exponential without the visited set.
        const R: Program = &[
            Inst::Split(1, 6),
            Inst::Split(2, 4),
            Inst::Byte(b'a'),
            Inst::Jump(0),
            Inst::Byte(b'a'),
            Inst::Jump(0),
            Inst::End,
            Inst::Match,
        ];
        let mut text = vec![b'a'; 10_000];
        assert!(is_full_match(R, &text));
        text.push(b'b');
        assert!(!is_full_match(R, &text));
    }

    #[test]
    fn instructions_are_small() {
        assert!(std::mem::size_of::<Inst>() <= 6);
    }

    #[test]
    fn digit_walk() {
        // State 2: "1" then accept; everything else dead.
        static MASKS: [u16; 3] = [0, 0, 1 << 1];
        static TARGETS: [u16; 1] = [ACCEPT];
        let a = DigitAutomaton {
            masks: &MASKS,
            targets: &TARGETS,
            base: &[0],
        };
        assert!(digits_prefix_match(&a, 2, b"1"));
        assert!(digits_prefix_match(&a, 2, b"19"));
        assert!(!digits_prefix_match(&a, 2, b"2"));
        assert!(!digits_prefix_match(&a, 2, b""));
        assert!(!digits_prefix_match(&a, 2, b"x"));
        assert!(digits_prefix_match(&a, ACCEPT, b""));
    }

    /// The sparse layout answers as the dense rows do, for every state and digit of a
    /// random automaton that spans several blocks.
    #[test]
    fn sparse_layout_is_the_dense_rows() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let n = 100u16;
        let rows: Vec<[u16; 10]> = (0..n)
            .map(|s| {
                std::array::from_fn(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if s < 2 || x % 3 == 0 {
                        DEAD
                    } else {
                        (x % u64::from(n)) as u16
                    }
                })
            })
            .collect();
        let masks: Vec<u16> = rows
            .iter()
            .map(|r| (0..10).filter(|&d| r[d] != DEAD).map(|d| 1 << d).sum())
            .collect();
        let targets: Vec<u16> = rows
            .iter()
            .flatten()
            .copied()
            .filter(|&t| t != DEAD)
            .collect();
        let base: Vec<u16> = (0..rows.len())
            .step_by(32)
            .map(|s| masks[..s].iter().map(|m| m.count_ones() as u16).sum())
            .collect();
        let a = DigitAutomaton {
            masks: Box::leak(masks.into_boxed_slice()),
            targets: Box::leak(targets.into_boxed_slice()),
            base: Box::leak(base.into_boxed_slice()),
        };
        for (s, row) in rows.iter().enumerate() {
            for d in 0..10u8 {
                assert_eq!(
                    a.next(s as u16, d),
                    row[usize::from(d)],
                    "state {s} digit {d}"
                );
            }
            assert_eq!(a.next(s as u16, 10), DEAD);
        }
    }
}
