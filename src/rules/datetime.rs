//! RFC 3339 date-times (SPEC §3.2) and the instants they name.

use super::{Fail, Outcome};
use crate::codes::Code;
use crate::report::Params;

/// An instant: seconds since the Unix epoch (UTC) and nanoseconds, and whether the text it
/// was read from has a nonzero fraction digit after the ninth (every digit counts, SPEC §3.2:
/// such an instant is later than the one its first nine digits name; two of them are ordered
/// by their texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    /// Twice the nanoseconds, plus 1 when a nonzero digit follows the ninth: ordered as the
    /// instants are, in 16 bytes.
    half_nanos: u32,
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year (proleptic Gregorian).
    pub year: i64,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

const SECS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date { year, month, day }
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Timestamp {
    /// From seconds and nanoseconds since the Unix epoch.
    pub fn from_unix(secs: i64, nanos: u32) -> Timestamp {
        Timestamp {
            secs: secs + i64::from(nanos / 1_000_000_000),
            half_nanos: nanos % 1_000_000_000 * 2,
        }
    }

    /// From milliseconds since the Unix epoch (as JavaScript's `Date.now()`).
    pub fn from_unix_millis(ms: f64) -> Timestamp {
        let ms = if ms.is_finite() { ms.floor() as i64 } else { 0 };
        Timestamp::from_unix(
            ms.div_euclid(1000),
            (ms.rem_euclid(1000) as u32) * 1_000_000,
        )
    }

    /// The system clock. (Read by [`crate::Options`] at the entry point, never by a rule.)
    pub fn now() -> Timestamp {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => Timestamp::from_unix(
                i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                d.subsec_nanos(),
            ),
            Err(e) => {
                let d = e.duration();
                Timestamp::from_unix(-i64::try_from(d.as_secs()).unwrap_or(i64::MAX), 0)
            }
        }
    }

    /// Parse an RFC 3339 date-time (SPEC §3.2).
    pub fn parse(s: &str) -> Option<Timestamp> {
        parse(s)
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(self) -> i64 {
        self.secs
    }

    /// The UTC calendar date.
    pub fn utc_date(self) -> Date {
        civil_from_days(self.secs.div_euclid(SECS_PER_DAY))
    }

    /// Whole days from `self` to `later`, rounded down.
    pub fn whole_days_until(self, later: Timestamp) -> i64 {
        let mut secs = later.secs - self.secs;
        if later.half_nanos < self.half_nanos {
            secs -= 1;
        }
        secs.div_euclid(SECS_PER_DAY)
    }

    /// Whole years between the UTC calendar dates of `self` (a birth) and `now`.
    pub fn age_at(self, now: Timestamp) -> i64 {
        let (b, n) = (self.utc_date(), now.utc_date());
        n.year - b.year - i64::from((n.month, n.day) < (b.month, b.day))
    }

    /// RFC 3339 in UTC with `Z`, seconds precision plus nanoseconds when not zero.
    pub fn to_rfc3339(self) -> String {
        let d = self.utc_date();
        let t = self.secs.rem_euclid(SECS_PER_DAY);
        let mut s = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            d.year,
            d.month,
            d.day,
            t / 3600,
            (t / 60) % 60,
            t % 60
        );
        let nanos = self.half_nanos / 2;
        if nanos != 0 {
            s.push_str(format!(".{nanos:09}").trim_end_matches('0'));
        }
        s.push('Z');
        s
    }
}

fn num(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    b.iter().try_fold(0u32, |acc, d| {
        acc.checked_mul(10)?.checked_add(u32::from(d - b'0'))
    })
}

fn plain_date(b: &[u8]) -> Option<(i64, u32, u32)> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (num(&b[0..4])?, num(&b[5..7])?, num(&b[8..10])?);
    let y = i64::from(y);
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

fn parse(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    if b.len() < 20 {
        return None;
    }
    let (y, mo, d) = plain_date(&b[..10])?;
    if !matches!(b[10], b'T' | b't') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (h, mi, sec) = (num(&b[11..13])?, num(&b[14..16])?, num(&b[17..19])?);
    if h > 23 || mi > 59 || sec > 59 {
        return None; // a leap second (:60) is an error too
    }
    let mut i = 19;
    let mut nanos = 0u32;
    let mut excess = false;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            if i - start < 9 {
                nanos = nanos * 10 + u32::from(c - b'0');
            } else {
                excess |= c != b'0';
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        for _ in (i - start)..9 {
            nanos *= 10;
        }
    }
    let offset: i64 = match b.get(i..)? {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), oh1, oh2, b':', om1, om2] => {
            let (oh, om) = (num(&[*oh1, *oh2])?, num(&[*om1, *om2])?);
            if oh > 23 || om > 59 {
                return None;
            }
            let o = i64::from(oh * 3600 + om * 60);
            if *sign == b'-' {
                -o
            } else {
                o
            }
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    let secs = days * SECS_PER_DAY + i64::from(h * 3600 + mi * 60 + sec) - offset;
    Some(Timestamp {
        secs,
        half_nanos: nanos * 2 + u32::from(excess),
    })
}

/// The fraction digits after the ninth of an RFC 3339 date-time, without trailing zeros.
fn tail(text: &str) -> &str {
    let b = text.as_bytes();
    let Some(dot) = b.iter().position(|&c| c == b'.') else {
        return "";
    };
    let digits = b[dot + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    text.get(dot + 1 + digits.min(9)..dot + 1 + digits)
        .unwrap_or("")
        .trim_end_matches('0')
}

/// Is `a` (read from the text `a_text`) later than `b` (read from `b_text`), every fraction
/// digit counting? Beyond the ninth digit the tails compare as digit strings: without their
/// trailing zeros, the lexical order is the numeric one.
pub fn is_after(a: Timestamp, a_text: &str, b: Timestamp, b_text: &str) -> bool {
    match a.cmp(&b) {
        std::cmp::Ordering::Equal if a.half_nanos % 2 == 1 => tail(a_text) > tail(b_text),
        order => order == std::cmp::Ordering::Greater,
    }
}

/// The date-time rule: the instant, or `date_time` (with a suggestion for a plain date).
pub fn check(s: &str) -> Result<Timestamp, Fail> {
    parse(s).ok_or_else(|| {
        let suggestion = plain_date(s.as_bytes()).map(|_| [s, "T00:00:00Z"].concat());
        Fail::with(
            Code::DateTime,
            Params::new().with_opt("suggestion", suggestion),
        )
    })
}

/// `in_future`: `t` must not be after `now`.
pub fn check_not_future(t: Timestamp, now: Timestamp) -> Outcome {
    if t > now {
        Err(Fail::new(Code::InFuture))
    } else {
        Ok(())
    }
}

/// Age limits (SPEC §3).
pub const MIN_AGE: i64 = 18;
/// Age limits (SPEC §3).
pub const MAX_AGE: i64 = 120;
/// `expires_soon` threshold in days.
pub const EXPIRES_SOON_DAYS: i64 = 30;

/// The age limits of a birth date: `underage`, `too_old` (after `check_not_future`).
pub fn check_age(t: Timestamp, now: Timestamp) -> Outcome {
    let age = t.age_at(now);
    if age < MIN_AGE {
        return Err(Fail::with(
            Code::Underage,
            Params::new().with("min_age", MIN_AGE),
        ));
    }
    if age > MAX_AGE {
        return Err(Fail::with(
            Code::TooOld,
            Params::new().with("max_age", MAX_AGE),
        ));
    }
    Ok(())
}

/// `date_order`: `later` must be after `earlier` (each with its text, every fraction digit
/// counting), whose pointer `other` gives (only asked for when the rule fails).
pub fn check_order(
    later: (Timestamp, &str),
    earlier: (Timestamp, &str),
    other: impl FnOnce() -> String,
) -> Outcome {
    if is_after(later.0, later.1, earlier.0, earlier.1) {
        Ok(())
    } else {
        Err(Fail::with(
            Code::DateOrder,
            Params::new().with("other", other()),
        ))
    }
}

/// `expired`: `t` must be after `now`.
pub fn check_not_expired(t: Timestamp, now: Timestamp) -> Outcome {
    if t > now {
        Ok(())
    } else {
        Err(Fail::new(Code::Expired))
    }
}

/// `expires_soon` (a warning): fewer than 30 days left.
pub fn check_expires_soon(t: Timestamp, now: Timestamp) -> Outcome {
    let days = now.whole_days_until(t);
    if t > now && days < EXPIRES_SOON_DAYS {
        return Err(Fail::with(
            Code::ExpiresSoon,
            Params::new().with("days", days),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fraction_digit_counts() {
        let after = |a: &str, b: &str| is_after(ts(a), a, ts(b), b);
        let base = "2026-01-01T00:00:00Z";
        let tenth = "2026-01-01T00:00:00.0000000001Z";
        assert!(after(tenth, base) && !after(base, tenth));
        assert!(
            ts(tenth) > ts(base),
            "later than now at the same nanosecond"
        );
        assert!(
            !after("2026-01-01T00:00:00.00000000010Z", tenth),
            "trailing zeros do not count"
        );
        assert!(!after(tenth, "2026-01-01T00:00:00.00000000010Z"));
        assert!(after("2026-01-01T00:00:00.0000000002Z", tenth));
        assert!(after("2026-01-01T00:00:00.00000000011Z", tenth));
        assert!(!after("2026-01-01T00:00:00.000000000099Z", tenth));
        assert!(after(
            "2026-01-01T00:00:00.1000000000Z",
            "2026-01-01T00:00:00.0999999999999Z"
        ));
        assert!(
            !after("2026-01-01T00:00:00.0000000000Z", base),
            "zeros only: the same instant"
        );
        assert_eq!(ts("2026-01-01T00:00:00.0000000000Z"), ts(base));
        let now = ts(base);
        assert!(check_not_expired(ts(tenth), now).is_ok());
        assert!(check_not_future(ts(tenth), now).is_err());
    }

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn parses_rfc3339() {
        assert_eq!(ts("1970-01-01T00:00:00Z").unix_seconds(), 0);
        assert_eq!(ts("2023-11-07T05:31:56Z").unix_seconds(), 1_699_335_116);
        assert_eq!(ts("2023-11-07T13:31:56+08:00"), ts("2023-11-07T05:31:56Z"));
        assert_eq!(ts("2023-11-07t05:31:56z"), ts("2023-11-07T05:31:56Z"));
        assert_eq!(ts("2023-11-07T05:31:56-00:00"), ts("2023-11-07T05:31:56Z"));
        assert!(ts("2023-11-07T05:31:56.5Z") > ts("2023-11-07T05:31:56Z"));
        assert_eq!(
            ts("2024-02-29T00:00:00Z").utc_date(),
            Date {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        for bad in [
            "2023-02-29T00:00:00Z",
            "2023-11-07",
            "2023-11-07T05:31:60Z",
            "2023-11-07T05:31:56",
            "2023-11-07 05:31:56Z",
            "2023-13-01T00:00:00Z",
            "2023-11-07T24:00:00Z",
            "2023-11-07T05:31:56.Z",
            "2023-11-07T05:31:56+0800",
            "+2023-11-07T05:31:56Z",
            "2023-11-07T05:31:56+24:00",
        ] {
            assert!(Timestamp::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(
            ts("2023-11-07T05:31:56.123456789Z").to_rfc3339(),
            "2023-11-07T05:31:56.123456789Z"
        );
    }

    #[test]
    fn plain_date_suggestion() {
        let f = check("2023-11-07").unwrap_err();
        assert_eq!(
            f.params.get("suggestion"),
            Some(&"2023-11-07T00:00:00Z".into())
        );
        assert!(check("2023-02-30").unwrap_err().params.is_empty());
    }

    #[test]
    fn ages_and_days() {
        let now = ts("2026-11-23T00:00:00Z");
        assert_eq!(ts("2008-11-23T00:00:00Z").age_at(now), 18);
        // Born on 29 February: in a common year the birthday is reached on 1 March.
        let leap = ts("2008-02-29T00:00:00Z");
        assert_eq!(leap.age_at(ts("2026-02-28T23:59:59Z")), 17);
        assert_eq!(leap.age_at(ts("2026-03-01T00:00:00Z")), 18);
        assert_eq!(leap.age_at(ts("2028-02-29T00:00:00Z")), 20);
        assert_eq!(ts("2008-11-24T00:00:00Z").age_at(now), 17);
        // The UTC date counts: 2008-11-24T07:00+08:00 is 2008-11-23 in UTC.
        assert_eq!(ts("2008-11-24T07:00:00+08:00").age_at(now), 18);
        assert_eq!(now.whole_days_until(ts("2026-12-22T23:59:59Z")), 29);
        assert!(check_expires_soon(ts("2026-12-22T23:59:59Z"), now).is_err());
        assert!(check_expires_soon(ts("2026-12-23T00:00:00Z"), now).is_ok());
        assert!(check_age(ts("1905-11-23T00:00:00Z"), now).is_err());
        assert!(check_age(ts("1905-11-24T00:00:00Z"), now).is_ok());
    }

    #[test]
    fn millis() {
        assert_eq!(
            Timestamp::from_unix_millis(1500.0),
            Timestamp::from_unix(1, 500_000_000)
        );
        assert_eq!(
            Timestamp::from_unix_millis(-1.0),
            Timestamp::from_unix(-1, 999_000_000)
        );
    }
}
