//! JSON numbers to `f64`: the nearest double to the decimal value, ties to even, exactly
//! what `str::parse::<f64>` gives, but with no precomputed tables. `core`'s reader carries
//! a 10 KB table of powers of five (incompressible, a tenth of the gzipped WebAssembly
//! module); here the common case (at most 15 significant digits and a power of ten within
//! ±22) is one exact multiplication or division, and every other case is computed exactly
//! with small big-integer arithmetic. Tests compare the two readers on millions of inputs.
//!
//! The text must be a JSON number (the reader checks the syntax first); for anything else
//! the answer is unspecified but there is no panic.

/// Powers of ten that `f64` holds exactly (10^0 to 10^22), computed at compile time.
const EXACT_POWERS: [f64; 23] = {
    let mut p = [1.0; 23];
    let mut i = 1;
    while i < 23 {
        p[i] = p[i - 1] * 10.0;
        i += 1;
    }
    p
};

/// Significant digits kept before the rest is folded into one sticky digit: a value halfway
/// between two doubles has at most 767 significant digits, so nothing after the 800th can
/// matter except whether it is zero.
const MAX_DIGITS: usize = 800;

/// A JSON number's decimal value: the significant `digits` × 10^`exp`.
struct Decimal<'a> {
    negative: bool,
    /// From the first nonzero digit to the last (ASCII; may hold the decimal point);
    /// empty for zero.
    digits: &'a [u8],
    /// How many digits `digits` holds.
    len: usize,
    exp: i64,
}

impl<'a> Decimal<'a> {
    fn new(text: &'a str) -> Decimal<'a> {
        let bytes = text.as_bytes();
        let (negative, body) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, bytes),
        };
        let e = body.iter().position(|&b| b | 0x20 == b'e');
        let mantissa = body.get(..e.unwrap_or(body.len())).unwrap_or_default();
        // Saturating: an exponent past ±10^15 is as good as infinite (the input is at most
        // a few MiB long), and adding digit counts to it cannot overflow.
        let mut exp = 0i64;
        let mut sign = 1;
        for &b in body
            .get(e.map_or(body.len(), |i| i + 1)..)
            .unwrap_or_default()
        {
            match b {
                b'-' => sign = -1,
                b'0'..=b'9' => exp = (exp * 10 + i64::from(b - b'0')).min(1_000_000_000_000_000),
                _ => {}
            }
        }
        let point = mantissa
            .iter()
            .position(|&b| b == b'.')
            .unwrap_or(mantissa.len());
        let nonzero = |b: &u8| matches!(b, b'1'..=b'9');
        let (Some(first), Some(last)) = (
            mantissa.iter().position(nonzero),
            mantissa.iter().rposition(nonzero),
        ) else {
            return Decimal {
                negative,
                digits: &[],
                len: 0,
                exp: 0,
            };
        };
        let digits = mantissa.get(first..=last).unwrap_or_default();
        // The power of ten of the last significant digit.
        let place = if last < point {
            (point - 1 - last) as i64
        } else {
            -((last - point) as i64)
        };
        Decimal {
            negative,
            digits,
            len: digits.len() - usize::from(first < point && point < last),
            exp: sign * exp + place,
        }
    }

    /// The significant digits, as values 0–9.
    fn digits(&self) -> impl Iterator<Item = u8> + '_ {
        self.digits
            .iter()
            .filter(|&&b| b != b'.')
            .map(|b| b.wrapping_sub(b'0'))
    }

    /// The power of ten of the first significant digit (`12.5` → 1).
    fn magnitude(&self) -> i64 {
        self.len as i64 - 1 + self.exp
    }
}

/// The `f64` nearest to the JSON number `text` (ties to even; ±infinity past `f64::MAX`):
/// `"100.50"` → 100.5, `"-1e-400"` → -0.0, `"2e308"` → infinity.
pub fn parse(text: &str) -> f64 {
    let d = Decimal::new(text);
    let v = magnitude_of(&d);
    if d.negative {
        -v
    } else {
        v
    }
}

/// Whether the JSON number `text` reads as a finite `f64` (the reader's range check): only
/// values from 10^308 up need the exact reading.
pub fn is_finite(text: &str) -> bool {
    let d = Decimal::new(text);
    d.len == 0 || d.magnitude() < 308 || (d.magnitude() == 308 && magnitude_of(&d).is_finite())
}

/// The nearest `f64` to `digits` × 10^`exp`, `digits` ≥ 1 (for the shortest-form search of
/// the amount rule, which tries candidates of at most 19 digits).
fn from_parts(digits: u64, exp: i64) -> f64 {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let (mut m, mut exp) = (digits, exp);
    while m > 0 && m % 10 == 0 {
        m /= 10;
        exp += 1;
    }
    while m > 0 {
        i -= 1;
        if let Some(b) = buf.get_mut(i) {
            *b = b'0' + (m % 10) as u8;
        }
        m /= 10;
    }
    let digits = buf.get(i..).unwrap_or_default();
    magnitude_of(&Decimal {
        negative: false,
        digits,
        len: digits.len(),
        exp,
    })
}

/// Decimal places of the JSON number `text` in its shortest round-trip form: `"100.50"` has
/// 1, `"1e2"` 0, `"0.30000000000000004"` 17, `"0.1000000000000000055511151231257827"` 1.
///
/// The shortest digits that read back as the same double are found with the reader alone
/// (so no float printer is needed): for each length `n`, only the `n`-digit decimals nearest
/// the text (its digits rounded to `n`, and the neighbours one unit below and above) can read
/// back as it.
pub fn shortest_decimals(text: &str) -> u32 {
    let d = Decimal::new(text);
    let places = |exp: i64| u32::try_from((-exp).max(0)).unwrap_or(u32::MAX);
    let v = magnitude_of(&d);
    // Distinct decimals of at most 15 significant digits read as distinct normal doubles
    // (DBL_DIG), so no shorter one reads as `v`: the text's own digits are the shortest.
    if d.len <= 15 && v >= f64::MIN_POSITIVE {
        return places(d.exp);
    }
    // Any double reads back from 17 significant digits.
    for n in 1..d.len.min(18) {
        let (mut m, mut next) = (0u64, 0);
        for (i, x) in d.digits().enumerate() {
            if i == n {
                next = x;
                break;
            }
            m = m * 10 + u64::from(x);
        }
        if next >= 5 {
            m += 1;
        }
        let exp = d.magnitude() - n as i64 + 1;
        for mut c in [m, m - 1, m + 1] {
            if c > 0 && from_parts(c, exp) == v {
                let mut exp = exp;
                while c % 10 == 0 {
                    c /= 10;
                    exp += 1;
                }
                return places(exp);
            }
        }
    }
    places(d.exp)
}

fn magnitude_of(d: &Decimal<'_>) -> f64 {
    if d.len == 0 {
        return 0.0;
    }
    // At least 10^magnitude, below 10^(magnitude + 1).
    if d.magnitude() >= 309 {
        return f64::INFINITY; // ≥ 10^309 > f64::MAX
    }
    if d.magnitude() < -324 {
        return 0.0; // < 10^-324, below half the smallest subnormal (2^-1075 ≈ 2.47e-324)
    }
    if d.len <= 15 && d.exp.unsigned_abs() <= 22 {
        // Exact operands, one correctly rounded operation (Clinger's fast path).
        let m = d.digits().fold(0u64, |m, x| m * 10 + u64::from(x)) as f64;
        let p = EXACT_POWERS
            .get(d.exp.unsigned_abs() as usize)
            .copied()
            .unwrap_or(1.0);
        return if d.exp < 0 { m / p } else { m * p };
    }
    exact(d)
}

/// The slow path, exact (kept out of line: it is rare): with N the digits and 10^e = 5^e × 2^e, q = ⌊N × 5^e × 2^t⌋ (or
/// ⌊N × 2^t / 5^-e⌋) with 55 or 56 bits, then rounded to 53 with the remainder as the
/// sticky bit.
#[inline(never)]
fn exact(d: &Decimal<'_>) -> f64 {
    let mut num = Big::default();
    let mut exp = d.exp;
    let mut chunk = 0u32;
    let mut chunk_len = 0u32;
    for (i, x) in d.digits().enumerate() {
        if i == MAX_DIGITS {
            // Fold the rest into one nonzero digit: the last significant digit is not 0.
            chunk = chunk * 10 + 1;
            chunk_len += 1;
            exp += (d.len - MAX_DIGITS - 1) as i64;
            break;
        }
        chunk = chunk * 10 + u32::from(x);
        chunk_len += 1;
        if chunk_len == 9 {
            num.mul_add(1_000_000_000, chunk);
            chunk = 0;
            chunk_len = 0;
        }
    }
    if chunk_len > 0 {
        num.mul_add(10u32.pow(chunk_len), chunk);
    }
    let mut den = Big::from(1);
    if exp >= 0 {
        num.mul_pow5(exp.unsigned_abs());
    } else {
        den.mul_pow5(exp.unsigned_abs());
    }
    // num / den lies in [2^(a-b-1), 2^(a-b+1)): scale by 2^t so the quotient lies in
    // [2^54, 2^56). The value is then q × 2^(exp - t).
    let t = 55 - (num.bits() as i64 - den.bits() as i64);
    if t >= 0 {
        num.shl(t.unsigned_abs());
    } else {
        den.shl(t.unsigned_abs());
    }
    let (q, rest) = num.div_small_quotient(&den);
    round(q, t - exp, rest)
}

/// The double nearest to `q` × 2^-`s` (`q` in [2^54, 2^56)), `sticky` when the true value is
/// a little above it.
fn round(q: u64, s: i64, sticky: bool) -> f64 {
    let bits = i64::from(64 - q.leading_zeros());
    let mut drop = bits - 53;
    let mut scale = s - drop; // the result is m × 2^-scale
    if scale > 1074 {
        drop += scale - 1074; // subnormal: fewer bits of precision
        scale = 1074;
    }
    if drop >= 64 {
        return 0.0;
    }
    let low = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    let mut m = q >> drop;
    if low > half || (low == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    // For m in [2^52, 2^53] this is the biased exponent 1075 - scale with the implicit bit
    // folded in; for a subnormal (scale 1074, m < 2^52) it is m itself.
    let field = 1074 - scale;
    if field > 2046 {
        return f64::INFINITY;
    }
    let bits = m + (field.unsigned_abs() << 52);
    if bits >= f64::INFINITY.to_bits() {
        f64::INFINITY
    } else {
        f64::from_bits(bits)
    }
}

/// An unsigned big integer, 32-bit limbs, least significant first, no trailing zero limbs.
#[derive(Default)]
struct Big(Vec<u32>);

impl From<u32> for Big {
    fn from(v: u32) -> Big {
        let mut b = Big::default();
        b.mul_add(1, v);
        b
    }
}

impl Big {
    /// self = self × m + a.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut e: u64) {
        while e >= 13 {
            self.mul_add(1_220_703_125, 0); // 5^13, the largest power of five in a u32
            e -= 13;
        }
        if e > 0 {
            self.mul_add(5u32.pow(e as u32), 0);
        }
    }

    /// The bits of self from bit `k` up (at most 128 of them are asked for).
    fn bits_from(&self, k: u64) -> u128 {
        let mut v = 0u128;
        let first = (k / 32) as usize;
        for (i, &limb) in self.0.iter().enumerate().skip(first).take(5) {
            let at = (i as u64) * 32;
            let limb = u128::from(limb);
            v |= if at >= k {
                limb.checked_shl((at - k) as u32).unwrap_or(0)
            } else {
                limb >> (k - at)
            };
        }
        v
    }

    /// ⌊self / den⌋ for a quotient below 2^56, and whether a remainder is left. The
    /// quotient is first estimated from the top 64 bits of `den` (at most two below the
    /// truth), then corrected exactly.
    fn div_small_quotient(&self, den: &Big) -> (u64, bool) {
        let k = den.bits().saturating_sub(64);
        let top = den.bits_from(k); // < 2^64, ≥ 2^63 unless den is small (then k = 0)
        let mut q = (self.bits_from(k) / (top + u128::from(k > 0))) as u64;
        let mut rest = Big(self.0.clone());
        let mut t = Big(den.0.clone());
        t.mul_add((q >> 32) as u32, 0);
        t.shl(32);
        let mut low = Big(den.0.clone());
        low.mul_add(q as u32, 0);
        t.add(&low);
        rest.sub(&t);
        while rest.ge(den) {
            rest.sub(den);
            q += 1;
        }
        (q, !rest.is_zero())
    }

    fn add(&mut self, other: &Big) {
        let mut carry = 0u64;
        for i in 0..self.0.len().max(other.0.len()) {
            let a = u64::from(self.0.get(i).copied().unwrap_or(0));
            let b = u64::from(other.0.get(i).copied().unwrap_or(0));
            let t = a + b + carry;
            match self.0.get_mut(i) {
                Some(limb) => *limb = t as u32,
                None => self.0.push(t as u32),
            }
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn bits(&self) -> u64 {
        match self.0.last() {
            Some(&top) => self.0.len() as u64 * 32 - u64::from(top.leading_zeros()),
            None => 0,
        }
    }

    fn shl(&mut self, n: u64) {
        if self.0.is_empty() {
            return;
        }
        let limbs = (n / 32) as usize;
        let bits = (n % 32) as u32;
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = (v << bits) | carry;
                carry = v >> (32 - bits);
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        if limbs > 0 {
            let mut shifted = vec![0; limbs];
            shifted.extend_from_slice(&self.0);
            self.0 = shifted;
        }
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn ge(&self, other: &Big) -> bool {
        if self.0.len() != other.0.len() {
            return self.0.len() > other.0.len();
        }
        for (a, b) in self.0.iter().rev().zip(other.0.iter().rev()) {
            if a != b {
                return a > b;
            }
        }
        true
    }

    /// self -= other, for self ≥ other.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0u64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let b = u64::from(other.0.get(i).copied().unwrap_or(0)) + borrow;
            let a = u64::from(*limb);
            if a >= b {
                *limb = (a - b) as u32;
                borrow = 0;
            } else {
                *limb = (a + (1 << 32) - b) as u32;
                borrow = 1;
            }
        }
        self.trim();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str) {
        let want: f64 = text.parse().unwrap();
        let got = parse(text);
        assert_eq!(
            got.to_bits(),
            want.to_bits(),
            "{text}: {got:e} vs core {want:e}"
        );
        assert_eq!(is_finite(text), want.is_finite(), "{text}");
    }

    #[test]
    fn hard_cases_agree_with_core() {
        let cases = [
            "0", "-0", "0.0", "0e10", "1", "-1", "1.5", "100.50", "123456789012345",
            "1234567890123456", "12345678901234567890", "9007199254740992",
            "9007199254740993", "9007199254740995", "9007199254740993.0000000000001",
            "1e22", "1e23", "1e-22", "1e-23", "8.98846567431158e307",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999",
            "179769313486231580793728971405301e276",
            "179769313486231580793728971405303e276",
            "1e308", "9.9e308", "1e309", "1e400", "-1e400",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
            "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255e-324",
            "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
            "1e-324", "1e-325", "3e-324", "5e-324", "1e-400", "0.1", "0.2", "0.3",
            "0.30000000000000004", "0.1000000000000000055511151231257827",
            "0.99999999999999999999", "123.456e-2", "1E5", "1e+5", "-2.50",
            "0.000000000000000000000000000000000000000000001",
            "1e1000000000000000000000000", "1e-1000000000000000000000000",
            "0.0000000000000000000000000000000000000000000000000000000000000000e99999",
        ];
        for c in cases {
            same(c);
        }
    }

    #[test]
    fn long_digit_strings_agree_with_core() {
        // Past MAX_DIGITS, including a halfway value with a nonzero digit far out.
        let half = "9007199254740993";
        for zeros in [0, 10, 780, 800, 2000] {
            same(&format!("{half}.{}1", "0".repeat(zeros)));
            same(&format!("{half}{}", "0".repeat(zeros)));
            same(&format!("0.{}{half}", "0".repeat(zeros.min(300))));
        }
        same(&"9".repeat(5000));
        same(&format!("0.{}", "9".repeat(5000)));
        same(&format!("1{}e-5000", "0".repeat(5000)));
    }

    #[test]
    fn random_doubles_agree_with_core() {
        // Every double's shortest form and nearby decimals, from a seeded generator over
        // all bit patterns.
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for i in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x >> (i % 3));
            if !v.is_finite() {
                continue;
            }
            same(&format!("{v:e}"));
            same(&format!("{v:.16e}"));
            same(&format!("{v:.25e}"));
            same(&format!("{:.19e}", v * 1.000_000_000_1));
            // Digits of random length and exponents across the range.
            let digits = (x % 10_000_000_000_000_000_000u64).to_string();
            let exp = (x >> 40) as i64 % 700 - 350;
            same(&format!("{digits}e{exp}"));
        }
    }

    #[test]
    fn from_parts_agrees_with_core() {
        for (c, e) in [
            (1, 0),
            (5, -324),
            (17976931348623157, 292),
            (123456789, -30),
        ] {
            assert_eq!(
                from_parts(c, e).to_bits(),
                format!("{c}e{e}").parse::<f64>().unwrap().to_bits()
            );
        }
        assert_eq!(from_parts(1000, -3), 1.0);
    }
}
