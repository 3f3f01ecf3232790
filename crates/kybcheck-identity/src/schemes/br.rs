use super::prelude::*;

/// Brazilian CNPJ (Cadastro Nacional da Pessoa Jurídica), numeric or the alphanumeric form.
pub fn cnpj(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -./");
    let b = number.as_bytes();
    let alnum = !b.is_empty()
        && b.iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    if !alnum || number.starts_with("000000000000") {
        return Err(Reason::Format);
    }
    if b.len() != 14 {
        return Err(Reason::Length);
    }
    // Each character counts as its ASCII code minus 48, so digits keep their value.
    let value = |c: u8| i64::from(c) - 48;
    let sum = |weights: &[i64]| -> i64 { b.iter().zip(weights).map(|(&c, w)| value(c) * w).sum() };
    let d1 = (11 - sum(&[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])).rem_euclid(11) % 10;
    let d2 = (11 - sum(&[6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3]) - 2 * d1).rem_euclid(11) % 10;
    if value(b[12]) != d1 || value(b[13]) != d2 {
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
    fn cnpj_examples() {
        assert_eq!(cnpj("16.727.230/0001-97", TODAY), Ok(()));
        assert_eq!(cnpj("12. ABC.345 /01DE-35", TODAY), Ok(()));
        assert_eq!(cnpj("16727230000197", TODAY), Ok(()));
        assert_eq!(cnpj("16.727.230.0001-98", TODAY), Err(Reason::Checksum));
        assert_eq!(cnpj("00.000.000/0000-00", TODAY), Err(Reason::Format));
        assert_eq!(cnpj("16.727.230/0001-9", TODAY), Err(Reason::Length));
    }
}
