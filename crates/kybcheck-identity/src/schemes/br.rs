use super::prelude::*;

/// Brazilian CNPJ (Cadastro Nacional da Pessoa Jurídica), numeric or the alphanumeric form.
pub fn cnpj(number: &str, _today: Date) -> Verdict {
    let number = clean_upper(number, " -./");
    let b = number.as_bytes();
    // The field's characters leave letters and digits only: python-stdnum's `^[\dA-Z]+$` comes
    // down to a non-empty number.
    if b.is_empty() || number.starts_with("000000000000") {
        return Err(Reason::Format);
    }
    if b.len() != 14 {
        return Err(Reason::Length);
    }
    // Each character counts as its ASCII code minus 48 (`digit`), so digits keep their value;
    // the second check digit also weighs the first.
    let check = |weights: &[u8]| (11 - weighted_sum(&number, weights) % 11) % 11 % 10;
    if digit(b[12]) != check(&[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
        || digit(b[13]) != check(&[6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    {
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
