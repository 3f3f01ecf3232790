use super::prelude::*;

/// Argentine CUIT (Código Único de Identificación Tributaria).
pub fn cuit(number: &str, _today: Date) -> Verdict {
    let number = clean(number, " -");
    let number = number.trim_matches(' ');
    if number.len() != 11 {
        return Err(Reason::Length);
    }
    if !isdigits(number) {
        return Err(Reason::Format);
    }
    const TYPES: [&str; 10] = ["20", "23", "24", "27", "30", "33", "34", "50", "51", "55"];
    if !TYPES.contains(&&number[..2]) {
        return Err(Reason::Component);
    }
    let rest = weighted_sum(&number[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    // A remainder of 1 would need check value 10; that position reads 9.
    let check = match 11 - rest {
        11 => 0,
        10 => 9,
        c => c,
    };
    if digit(number.as_bytes()[10]) != check {
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
    fn cuit_examples() {
        assert_eq!(cuit("20-05536168-2", TODAY), Ok(()));
        assert_eq!(cuit("20267565393", TODAY), Ok(()));
        assert_eq!(cuit("20267565392", TODAY), Err(Reason::Checksum));
        assert_eq!(cuit("10267565393", TODAY), Err(Reason::Component));
        assert_eq!(cuit("2026756539", TODAY), Err(Reason::Length));
        assert_eq!(cuit("2026756539A", TODAY), Err(Reason::Format));
    }
}
