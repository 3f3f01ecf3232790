use super::prelude::*;

/// Turkish VKN (Vergi Kimlik Numarası, tax identification number).
pub fn vkn(number: &str, _today: Date) -> Verdict {
    // Nothing is removed but the surrounding space.
    let n = clean_strip(number, "");
    if !isdigits(&n) {
        return Err(Reason::Format);
    }
    let b = n.as_bytes();
    if b.len() != 10 {
        return Err(Reason::Length);
    }
    // Position i (1-based, from the right of the first nine digits): (d + i) mod 10, then,
    // unless zero, times 2^i modulo 9 with 0 read as 9.
    let mut sum = 0;
    for i in 1..10 {
        let c1 = (digit(b[9 - i]) + i as u32) % 10;
        if c1 != 0 {
            sum += match (c1 << i) % 9 {
                0 => 9,
                c2 => c2,
            };
        }
    }
    if digit(b[9]) != (10 - sum % 10) % 10 {
        return Err(Reason::Checksum);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 1,
        day: 1,
    };

    #[test]
    fn vkn_examples() {
        assert_eq!(vkn("4540536920", TODAY), Ok(()));
        assert_eq!(vkn("4540536921", TODAY), Err(Reason::Checksum));
        assert_eq!(vkn("454053692", TODAY), Err(Reason::Length));
        assert_eq!(vkn("454 0536920", TODAY), Err(Reason::Format));
    }
}
