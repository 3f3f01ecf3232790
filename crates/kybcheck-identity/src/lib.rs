//! Identity numbers by country (SPEC §3.3): a business's registration, tax or VAT number and a
//! person's identity document number, checked against the numbering scheme their country and
//! type name.
//!
//! The definition of "valid" is python-stdnum 2.2: each scheme gives its verdict on every
//! input (and, for an invalid one, the reason: the exception its `validate()` raises).
//! `scripts/identity_oracle.py` compares the two on every scheme in CI. The code is this
//! crate's own; python-stdnum's data (Chinese division codes, Malaysian birth places,
//! Indonesian provinces, EIN prefixes) is compiled into `src/generated/identity_data.rs` by
//! `cargo xtask codegen` (provenance in `SOURCES.md`).
//!
//! The core (`kybcheck`) calls it from the walk and re-exports it as `kybcheck::identity`.
//!
//! ```
//! use kybcheck_identity::{self as identity, Date, Reason};
//!
//! let today = Date::new(2026, 12, 1).unwrap();
//! let schemes = identity::business_schemes("CN", "Business Registration");
//! assert_eq!(schemes[0].name, "cn.uscc");
//! assert!(identity::check(&schemes, "91110000600037341L", today).is_ok());
//! let (scheme, reason) = identity::check(&schemes, "91110000600037342L", today).unwrap_err();
//! assert_eq!((scheme.name, reason), ("cn.uscc", Reason::Checksum));
//! ```

mod data;
mod schemes;
mod util;

pub use util::{Date, Reason};

use util::Verdict;

/// One numbering scheme: a python-stdnum module.
#[derive(Debug)]
pub struct Scheme {
    /// python-stdnum's module name, such as `cn.uscc` (the `scheme` param of `identifier`).
    pub name: &'static str,
    /// The scheme in words, in English.
    pub en: &'static str,
    /// The scheme in words, in Simplified Chinese.
    pub zh_cn: &'static str,
    check: fn(&str, Date) -> Verdict,
    birth_date: Option<fn(&str) -> Option<Date>>,
}

impl Scheme {
    const fn new(
        name: &'static str,
        check: fn(&str, Date) -> Verdict,
        en: &'static str,
        zh_cn: &'static str,
    ) -> Self {
        Scheme {
            name,
            en,
            zh_cn,
            check,
            birth_date: None,
        }
    }

    const fn with_birth_date(
        name: &'static str,
        check: fn(&str, Date) -> Verdict,
        birth_date: fn(&str) -> Option<Date>,
        en: &'static str,
        zh_cn: &'static str,
    ) -> Self {
        Scheme {
            name,
            en,
            zh_cn,
            check,
            birth_date: Some(birth_date),
        }
    }

    /// The scheme's verdict on `value` as submitted; a scheme that reads the date reads
    /// `today` (the UTC date of the caller's "now").
    pub fn check(&self, value: &str, today: Date) -> Result<(), Reason> {
        (self.check)(value, today)
    }

    /// The birth date a valid number carries, for the schemes that carry one (`cn.ric`,
    /// `my.nric`, `id.nik`). The year of `my.nric` and `id.nik` has two digits: the century is
    /// python-stdnum's guess (1900s, else 2000s).
    pub fn birth_date(&self, value: &str) -> Option<Date> {
        self.birth_date.and_then(|f| f(value))
    }

    /// Does the number carry a two-digit year only?
    pub fn two_digit_year(&self) -> bool {
        matches!(self.name, "my.nric" | "id.nik")
    }
}

/// Every scheme, sorted by name.
pub fn all() -> &'static [Scheme] {
    schemes::SCHEMES
}

/// The scheme with python-stdnum module name `name` (such as `cn.uscc`).
pub fn scheme(name: &str) -> Option<&'static Scheme> {
    let all = schemes::SCHEMES;
    all.binary_search_by(|s| s.name.cmp(name))
        .ok()
        .and_then(|i| all.get(i))
}

/// `VAT Number`: the module python-stdnum's `get_cc_module(country, 'vat')` returns, by
/// country, sorted (TW left out, SPEC §3.3).
static VAT: &[(&str, &str)] = &[
    ("AD", "ad.nrt"),
    ("AL", "al.nipt"),
    ("AR", "ar.cuit"),
    ("AT", "at.uid"),
    ("AU", "au.abn"),
    ("AZ", "az.voen"),
    ("BE", "be.vat"),
    ("BG", "bg.vat"),
    ("BR", "br.cnpj"),
    ("BY", "by.unp"),
    ("CA", "ca.bn"),
    ("CH", "ch.vat"),
    ("CL", "cl.rut"),
    ("CN", "cn.uscc"),
    ("CO", "co.nit"),
    ("CR", "cr.cpj"),
    ("CY", "cy.vat"),
    ("CZ", "cz.dic"),
    ("DE", "de.vat"),
    ("DK", "dk.cvr"),
    ("DO", "do.rnc"),
    ("DZ", "dz.nif"),
    ("EC", "ec.ruc"),
    ("EE", "ee.kmkr"),
    ("EG", "eg.tn"),
    ("ES", "es.nif"),
    ("FI", "fi.alv"),
    ("FO", "fo.vn"),
    ("FR", "fr.tva"),
    ("GB", "gb.vat"),
    ("GH", "gh.tin"),
    ("GN", "gn.nifp"),
    ("GR", "gr.vat"),
    ("GT", "gt.nit"),
    ("HR", "hr.oib"),
    ("HU", "hu.anum"),
    ("ID", "id.npwp"),
    ("IE", "ie.vat"),
    ("IL", "il.hp"),
    ("IN", "in_.gstin"),
    ("IS", "is_.vsk"),
    ("IT", "it.iva"),
    ("JP", "jp.cn"),
    ("KE", "ke.pin"),
    ("KR", "kr.brn"),
    ("LT", "lt.pvm"),
    ("LU", "lu.tva"),
    ("LV", "lv.pvn"),
    ("MA", "ma.ice"),
    ("MC", "mc.tva"),
    ("ME", "me.pib"),
    ("MK", "mk.edb"),
    ("MT", "mt.vat"),
    ("MX", "mx.rfc"),
    ("MZ", "mz.nuit"),
    ("NL", "nl.btw"),
    ("NO", "no.mva"),
    ("NZ", "nz.ird"),
    ("PE", "pe.ruc"),
    ("PL", "pl.nip"),
    ("PT", "pt.nif"),
    ("PY", "py.ruc"),
    ("RO", "ro.cf"),
    ("RS", "rs.pib"),
    ("RU", "ru.inn"),
    ("SE", "se.vat"),
    ("SG", "sg.uen"),
    ("SI", "si.ddv"),
    ("SK", "sk.dph"),
    ("SM", "sm.coe"),
    ("SN", "sn.ninea"),
    ("SV", "sv.nit"),
    ("TH", "th.moa"),
    ("TN", "tn.mf"),
    ("TR", "tr.vkn"),
    ("UY", "uy.rut"),
    ("VE", "ve.rif"),
    ("VN", "vn.mst"),
];

/// `Business Registration` and `Certificate of Incorporation`, then `Tax ID`, by country,
/// sorted (SPEC §3.3's table).
static BUSINESS: &[(&str, &[&str], &[&str])] = &[
    ("AU", &["au.abn", "au.acn"], &["au.abn", "au.tfn"]),
    ("BR", &["br.cnpj"], &["br.cnpj"]),
    ("CA", &["ca.bn"], &["ca.bn"]),
    ("CH", &["ch.uid"], &["ch.uid"]),
    ("CN", &["cn.uscc"], &["cn.uscc"]),
    ("DE", &[], &["de.stnr"]),
    ("ES", &["es.cif"], &["es.nif"]),
    ("FR", &["fr.siren", "fr.siret"], &["fr.siren", "fr.siret"]),
    ("GB", &[], &["gb.utr"]),
    ("ID", &[], &["id.npwp"]),
    ("IN", &[], &["in_.pan", "in_.gstin"]),
    ("IT", &[], &["it.iva"]),
    ("JP", &["jp.cn"], &["jp.cn"]),
    ("KR", &["kr.brn"], &["kr.brn"]),
    ("MX", &["mx.rfc"], &["mx.rfc"]),
    ("SG", &["sg.uen"], &["sg.uen"]),
    ("TH", &["th.moa"], &["th.moa"]),
    ("US", &[], &["us.ein"]),
    ("VN", &["vn.mst"], &["vn.mst"]),
];

/// Personal identity numbers by `id_type` and issuing country (SPEC §3.3's table).
static PERSONAL: &[(&str, &str, &str)] = &[
    ("National ID", "CN", "cn.ric"),
    ("National ID", "ES", "es.dni"),
    ("National ID", "ID", "id.nik"),
    ("National ID", "IN", "in_.aadhaar"),
    ("National ID", "JP", "jp.in_"),
    ("National ID", "MY", "my.nric"),
    ("National ID", "TH", "th.pin"),
    ("Residence Permit", "ES", "es.nie"),
];

/// The schemes in a list of names (every name is a scheme: the tests hold it so).
fn named(names: &'static [&'static str]) -> impl Iterator<Item = &'static Scheme> {
    names.iter().filter_map(|n| scheme(n))
}

/// The schemes of a business identifier of `country` and `business_identifier_type` `kind`, in
/// the order of SPEC §3.3 (empty: not checked).
pub fn business_schemes(country: &str, kind: &str) -> Vec<&'static Scheme> {
    let names: &'static [&'static str] = match kind {
        "VAT Number" => match VAT.binary_search_by(|(c, _)| (*c).cmp(country)) {
            Ok(i) => VAT
                .get(i..=i)
                .map_or(&[][..], |row| std::slice::from_ref(&row[0].1)),
            Err(_) => &[],
        },
        "Business Registration" | "Certificate of Incorporation" | "Tax ID" => {
            let row = BUSINESS
                .binary_search_by(|(c, _, _)| (*c).cmp(country))
                .ok()
                .and_then(|i| BUSINESS.get(i));
            match row {
                Some((_, registration, tax)) => {
                    if kind == "Tax ID" {
                        tax
                    } else {
                        registration
                    }
                }
                None => &[],
            }
        }
        _ => &[],
    };
    named(names).collect()
}

/// The scheme of a person's identity number of `id_type` `kind` issued by `country` (none: not
/// checked).
pub fn personal_scheme(kind: &str, country: &str) -> Option<&'static Scheme> {
    let (_, _, name) = PERSONAL
        .iter()
        .find(|(k, c, _)| *k == kind && *c == country)?;
    scheme(name)
}

/// The verdict on `value` of a cell of schemes: valid if any accepts it, else the first scheme
/// and its reason (SPEC §3.3).
pub fn check<'s>(
    schemes: &[&'s Scheme],
    value: &str,
    today: Date,
) -> Result<(), (&'s Scheme, Reason)> {
    let mut first = None;
    for s in schemes {
        match s.check(value, today) {
            Ok(()) => return Ok(()),
            Err(r) => {
                first.get_or_insert((*s, r));
            }
        }
    }
    first.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_name_schemes_that_exist_in_order() {
        let all = all();
        assert!(
            all.windows(2).all(|w| w[0].name < w[1].name),
            "SCHEMES sorted"
        );
        assert!(VAT.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BUSINESS.windows(2).all(|w| w[0].0 < w[1].0));
        let mut names: Vec<&str> = VAT.iter().map(|r| r.1).collect();
        for (_, reg, tax) in BUSINESS {
            names.extend(reg.iter().chain(tax.iter()));
        }
        names.extend(PERSONAL.iter().map(|r| r.2));
        for n in &names {
            assert!(scheme(n).is_some(), "{n} is not a scheme");
        }
        // Every scheme is reachable from some cell.
        for s in all {
            assert!(names.contains(&s.name), "{} is in no cell", s.name);
        }
        for s in all {
            assert!(!s.en.is_empty() && !s.zh_cn.is_empty());
        }
    }

    #[test]
    fn cells() {
        let now = Date::new(2026, 12, 1).unwrap();
        assert!(business_schemes("US", "VAT Number").is_empty());
        assert!(business_schemes("TW", "VAT Number").is_empty());
        assert!(business_schemes("US", "Business Registration").is_empty());
        let au: Vec<&str> = business_schemes("AU", "Tax ID")
            .iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(au, ["au.abn", "au.tfn"]);
        assert_eq!(
            personal_scheme("National ID", "CN").map(|s| s.name),
            Some("cn.ric")
        );
        assert!(personal_scheme("Passport", "CN").is_none());
        let cn = personal_scheme("National ID", "CN").unwrap();
        assert!(check(&[cn], "11010519491231002X", now).is_ok());
        assert_eq!(cn.birth_date("11010519491231002X"), Date::new(1949, 12, 31));
    }
}
