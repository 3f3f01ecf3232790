//! One automaton over the digits `0`–`9` for every numbering-plan pattern, each entered at
//! its own start state: the union, the implication proof, Moore minimization and the sparse
//! layout of `matchers::DigitAutomaton`.
//!
//! A state is accepting when the digits read so far match the pattern (the phonenumber
//! crate's `find` with a match at 0), so one accepting sink ([`ACCEPT`]) and one dead sink
//! ([`DEAD`]) suffice; the union is minimized as a whole, so patterns share states.

use regex_automata::dfa::{dense, Automaton, StartKind};
use regex_automata::nfa::thompson;
use regex_automata::util::primitives::StateID;
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind};
use std::collections::{HashMap, HashSet, VecDeque};

/// The state that never accepts.
pub const DEAD: u32 = 0;
/// The state that has accepted.
pub const ACCEPT: u32 = 1;

/// The union of the patterns added so far, not minimized.
#[derive(Debug)]
pub struct DigitDfas {
    rows: Vec<[u32; 10]>,
    starts: Vec<u32>,
}

impl Default for DigitDfas {
    fn default() -> Self {
        Self::new()
    }
}

impl DigitDfas {
    /// The two sinks and no pattern.
    pub fn new() -> Self {
        DigitDfas {
            rows: vec![[DEAD; 10], [ACCEPT; 10]],
            starts: Vec::new(),
        }
    }

    /// Adds a pattern (`(?x)` syntax, no Unicode); returns its index.
    pub fn add(&mut self, pattern: &str) -> usize {
        let dfa = dense::Builder::new()
            .syntax(
                syntax::Config::new()
                    .unicode(false)
                    .utf8(false)
                    .ignore_whitespace(true),
            )
            .thompson(thompson::Config::new().utf8(false))
            .configure(
                dense::Config::new()
                    .start_kind(StartKind::Anchored)
                    .match_kind(MatchKind::All),
            )
            .build(pattern)
            .unwrap_or_else(|e| panic!("numbering-plan pattern {pattern:?}: {e}"));
        let start = dfa
            .start_state(&start::Config::new().anchored(Anchored::Yes))
            .expect("anchored start state");
        // regex-automata reports a match one byte late; the end-of-input transition says
        // whether the bytes read so far match.
        let mut ids: HashMap<StateID, u32> = HashMap::new();
        let mut todo = vec![start];
        let mut inner = Vec::new();
        while let Some(s) = todo.pop() {
            if ids.contains_key(&s) {
                continue;
            }
            let id = if dfa.is_dead_state(s) {
                DEAD
            } else if dfa.is_match_state(dfa.next_eoi_state(s)) {
                ACCEPT
            } else {
                self.rows.push([DEAD; 10]);
                inner.push(s);
                u32::try_from(self.rows.len() - 1).expect("state number")
            };
            ids.insert(s, id);
            if id > ACCEPT {
                todo.extend((b'0'..=b'9').map(|d| dfa.next_state(s, d)));
            }
        }
        for s in inner {
            let row: Vec<u32> = (b'0'..=b'9').map(|d| ids[&dfa.next_state(s, d)]).collect();
            self.rows[ids[&s] as usize].copy_from_slice(&row);
        }
        self.starts.push(ids[&start]);
        self.starts.len() - 1
    }

    /// Whether every digit string that has a prefix matching pattern `a` (an index returned
    /// by [`add`](Self::add)) has a prefix matching pattern `b` too. Checked on pairs of
    /// states with a stronger condition (the same prefix must match `b`), so `true` is a
    /// proof and `false` may be a false alarm.
    pub fn implies(&self, a: usize, b: usize) -> bool {
        let mut seen = HashSet::new();
        let mut todo = vec![(self.starts[a], self.starts[b])];
        while let Some((x, y)) = todo.pop() {
            if y == ACCEPT || x == DEAD || !seen.insert((x, y)) {
                continue;
            }
            if x == ACCEPT {
                return false;
            }
            let (rx, ry) = (self.rows[x as usize], self.rows[y as usize]);
            todo.extend(rx.into_iter().zip(ry));
        }
        true
    }

    /// Moore partition refinement over the union: the minimal automaton, its states
    /// numbered breadth-first from each start in turn.
    pub fn minimize(&self) -> Minimal {
        let n = self.rows.len();
        // The sinks first so they keep the numbers 0 and 1.
        let mut class: Vec<u32> = (0..n).map(|i| (i as u32).min(2)).collect();
        let mut count = 3;
        loop {
            let mut signatures: HashMap<(u32, [u32; 10]), u32> = HashMap::new();
            let mut next = vec![0u32; n];
            for (i, row) in self.rows.iter().enumerate() {
                let key = (class[i], row.map(|t| class[t as usize]));
                let fresh = signatures.len() as u32;
                next[i] = *signatures.entry(key).or_insert(fresh);
            }
            let refined = signatures.len();
            class = next;
            if refined == count {
                break;
            }
            count = refined;
        }
        let mut minimal = vec![[0u32; 10]; count];
        for (i, row) in self.rows.iter().enumerate() {
            minimal[class[i] as usize] = row.map(|t| class[t as usize]);
        }
        // Number the states breadth-first from each start in turn, so a pattern's states
        // lie together and its rows repeat nearby numbers (which compresses well).
        let mut number = vec![u32::MAX; count];
        number[DEAD as usize] = DEAD;
        number[ACCEPT as usize] = ACCEPT;
        let mut order = vec![DEAD, ACCEPT];
        for &start in &self.starts {
            let first = class[start as usize];
            if number[first as usize] != u32::MAX {
                continue;
            }
            number[first as usize] = order.len() as u32;
            let mut queue = VecDeque::from([first]);
            order.push(first);
            while let Some(s) = queue.pop_front() {
                for &t in &minimal[s as usize] {
                    if number[t as usize] == u32::MAX {
                        number[t as usize] = order.len() as u32;
                        order.push(t);
                        queue.push_back(t);
                    }
                }
            }
        }
        let to_u16 = |s: u32| u16::try_from(number[s as usize]).expect("fewer than 65,536 states");
        Minimal {
            rows: order
                .iter()
                .map(|&s| minimal[s as usize].map(to_u16))
                .collect(),
            starts: self
                .starts
                .iter()
                .map(|&s| to_u16(class[s as usize]))
                .collect(),
        }
    }
}

/// The minimized union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Minimal {
    /// The next state on each digit, by state (0 dead, 1 accepts).
    pub rows: Vec<[u16; 10]>,
    /// The start state of every pattern, by index.
    pub starts: Vec<u16>,
}

/// The proof procedure itself, on patterns whose answers are known; panics on a wrong one.
/// Run before the proof is trusted to drop a pattern.
pub fn check_implication_proof() {
    let mut t = DigitDfas::new();
    let p: Vec<usize> = ["12", "1", "1[0-9]", "1|2", "[2-9]\\d", "[3-9]\\d{2}"]
        .iter()
        .map(|p| t.add(p))
        .collect();
    // A longer match implies a shorter pattern it starts with, not the other way round.
    assert!(t.implies(p[0], p[1]) && t.implies(p[2], p[1]) && t.implies(p[1], p[3]));
    assert!(t.implies(p[5], p[4]));
    assert!(!t.implies(p[1], p[0]) && !t.implies(p[3], p[1]) && !t.implies(p[4], p[5]));
}

/// `matchers::DigitAutomaton`'s layout: the live digits of each state, the live next states
/// of all states in one list (state by state, in digit order), and the count of targets
/// before every 32nd state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sparse {
    /// Bit `d`: digit `d` leads to a state other than dead (0 for the sinks, never read).
    pub masks: Vec<u16>,
    /// The live next states.
    pub targets: Vec<u16>,
    /// Targets before state `32 × i`.
    pub base: Vec<u16>,
}

impl Sparse {
    /// The sparse layout of `rows`.
    pub fn new(rows: &[[u16; 10]]) -> Sparse {
        let masks: Vec<u16> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                if i < 2 {
                    0 // the sinks are never read
                } else {
                    (0..10).filter(|&d| r[d] != 0).map(|d| 1u16 << d).sum()
                }
            })
            .collect();
        let targets: Vec<u16> = rows
            .iter()
            .skip(2)
            .flat_map(|r| r.iter().copied().filter(|&t| t != 0))
            .collect();
        let base: Vec<u16> = (0..rows.len())
            .step_by(32)
            .map(|s| {
                let before: u32 = masks[..s].iter().map(|m| m.count_ones()).sum();
                u16::try_from(before).expect("fewer than 65,536 targets")
            })
            .collect();
        Sparse {
            masks,
            targets,
            base,
        }
    }

    /// The next state, as `matchers::DigitAutomaton::next` finds it.
    #[cfg(test)]
    pub fn next(&self, state: u16, d: u8) -> u16 {
        let s = usize::from(state);
        let mask = self.masks[s];
        if d > 9 || mask & (1 << d) == 0 {
            return DEAD as u16;
        }
        let block = s & !31;
        let before: u32 = self.masks[block..s].iter().map(|m| m.count_ones()).sum();
        let at = usize::from(self.base[s / 32])
            + before as usize
            + (mask & ((1 << d) - 1)).count_ones() as usize;
        self.targets[at]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    /// A full match of the pattern (the phonenumber crate asks for a match at 0, which is a
    /// full match of some prefix).
    fn full_match(pattern: &str) -> Regex {
        Regex::builder()
            .syntax(
                syntax::Config::new()
                    .unicode(false)
                    .utf8(false)
                    .ignore_whitespace(true),
            )
            .build(&format!("^(?:{pattern})$"))
            .unwrap()
    }

    /// Walks every digit string of up to `depth` digits with the state each automaton
    /// (rows, start) reaches on it, and checks that each has accepted exactly when some
    /// prefix of the string fully matches `pattern`.
    fn check_acceptance<const N: usize>(
        pattern: &str,
        automata: [(&[[u16; 10]], u16); N],
        depth: usize,
    ) {
        struct Walk<'a, const N: usize> {
            re: Regex,
            longest: usize,
            rows: [&'a [[u16; 10]]; N],
            depth: usize,
            digits: Vec<u8>,
            checked: usize,
        }

        impl<const N: usize> Walk<'_, N> {
            fn go(&mut self, parent: bool, states: [u16; N]) {
                // Past the longest match, nothing new can match.
                let expected =
                    parent || (self.digits.len() <= self.longest && self.re.is_match(&self.digits));
                for s in states {
                    assert_eq!(
                        s == ACCEPT as u16,
                        expected,
                        "{:?}",
                        String::from_utf8_lossy(&self.digits)
                    );
                }
                self.checked += 1;
                if self.digits.len() == self.depth {
                    return;
                }
                for d in 0..10 {
                    let next = std::array::from_fn(|i| self.rows[i][usize::from(states[i])][d]);
                    self.digits.push(b'0' + d as u8);
                    self.go(expected, next);
                    self.digits.pop();
                }
            }
        }

        let mut walk = Walk {
            re: full_match(pattern),
            longest: crate::pattern::hir(pattern, false)
                .properties()
                .maximum_len()
                .unwrap_or(usize::MAX),
            rows: automata.map(|a| a.0),
            depth,
            digits: Vec::new(),
            checked: 0,
        };
        walk.go(false, automata.map(|a| a.1));
        assert_eq!(
            walk.checked,
            (0..=depth as u32).map(|n| 10usize.pow(n)).sum::<usize>()
        );
    }

    const PATTERNS: &[&str] = &[
        "12",
        "1",
        "1[0-9]",
        "1|2",
        "[2-9]\\d",
        "[3-9]\\d{2}",
        "(?:1[2-4]|5)\\d{2,3}",
        "",
        "[2-9]\\d{3}|1\\d",
        "0[1-8] | 7\\d{1,2}",
    ];

    #[test]
    fn the_known_answers_hold() {
        check_implication_proof();
    }

    #[test]
    fn implies() {
        let mut t = DigitDfas::new();
        let p: Vec<usize> = PATTERNS.iter().map(|p| t.add(p)).collect();
        // "(?:1[2-4]|5)\d{2,3}" → "1[0-9]" fails on 5…, "[2-9]\d" holds for 5… but not 1….
        assert!(!t.implies(p[6], p[2]) && !t.implies(p[6], p[4]));
        // "1|2" is implied by "1[0-9]"; everything implies the empty pattern.
        assert!(t.implies(p[2], p[3]));
        assert!(PATTERNS.iter().enumerate().all(|(i, _)| t.implies(i, p[7])));
        // The empty pattern implies only itself among these.
        assert!(!t.implies(p[7], p[1]));
        // A pattern implies itself.
        assert!((0..PATTERNS.len()).all(|i| t.implies(i, i)));
        // "[2-9]\d{3}|1\d" → "1|2"? No: 3000 has no prefix 1 or 2.
        assert!(!t.implies(p[8], p[3]));
    }

    #[test]
    fn union_and_minimization_preserve_acceptance() {
        let mut t = DigitDfas::new();
        let p: Vec<usize> = PATTERNS.iter().map(|p| t.add(p)).collect();
        let m = t.minimize();
        assert_eq!(m.starts.len(), PATTERNS.len());
        assert!(m.rows.len() < t.rows.len(), "patterns share states");
        assert_eq!(m.rows[0], [0; 10]);
        assert_eq!(m.rows[1], [1; 10]);
        let union = t.rows_u16();
        for (i, pattern) in PATTERNS.iter().enumerate() {
            let automata = [
                (union.as_slice(), t.starts[p[i]] as u16),
                (m.rows.as_slice(), m.starts[p[i]]),
            ];
            check_acceptance(pattern, automata, 6);
        }
    }

    #[test]
    fn minimal_state_counts() {
        // Sinks plus the inner states of the smallest automaton for the prefix question.
        for (pattern, states) in [
            ("1", 3),         // start
            ("12", 4),        // start, after 1
            ("1|2", 3),       // one state: 1 or 2 accepts
            ("\\d{3}", 5),    // three steps
            ("1\\d|2\\d", 4), // first digit 1 or 2 → one state
            ("1[2-4]|5[2-4]", 4),
            ("(?:1|2)(?:3|4)5", 5),
            ("", 2), // the start accepts at once
        ] {
            let mut t = DigitDfas::new();
            t.add(pattern);
            assert_eq!(t.minimize().rows.len(), states, "{pattern:?}");
        }
        // Shared suffixes are one set of states in the union.
        let mut t = DigitDfas::new();
        t.add("1\\d{3}");
        t.add("2\\d{3}");
        assert_eq!(t.minimize().rows.len(), 2 + 2 + 3);
    }

    #[test]
    fn states_are_numbered_breadth_first_from_each_start() {
        let mut t = DigitDfas::new();
        t.add("12");
        t.add("3\\d");
        let m = t.minimize();
        assert_eq!(m.starts, [2, 4]);
        let mut row = [0; 10];
        row[1] = 3;
        assert_eq!(m.rows[2], row);
        let mut row = [0; 10];
        row[2] = 1;
        assert_eq!(m.rows[3], row);
    }

    #[test]
    fn sparse_layout_round_trips_to_dense_rows() {
        // The minimized union of real-looking patterns, and a random one over several blocks.
        let mut t = DigitDfas::new();
        PATTERNS.iter().for_each(|p| {
            t.add(p);
        });
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let random: Vec<[u16; 10]> = (0..100u16)
            .map(|s| {
                std::array::from_fn(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if s < 2 || x % 3 == 0 {
                        0
                    } else {
                        (x % 100) as u16
                    }
                })
            })
            .collect();
        for rows in [t.minimize().rows, random] {
            let sparse = Sparse::new(&rows);
            assert_eq!(sparse.base.len(), rows.len().div_ceil(32));
            for (s, row) in rows.iter().enumerate().skip(2) {
                for d in 0..10u8 {
                    assert_eq!(sparse.next(s as u16, d), row[usize::from(d)], "{s} {d}");
                }
                assert_eq!(sparse.next(s as u16, 10), 0);
            }
        }
    }

    impl DigitDfas {
        fn rows_u16(&self) -> Vec<[u16; 10]> {
            self.rows.iter().map(|r| r.map(|t| t as u16)).collect()
        }
    }
}
