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
//! assert!(identity::check(schemes, "91110000600037341L", today).is_ok());
//! let (scheme, reason) = identity::check(schemes, "91110000600037342L", today).unwrap_err();
//! assert_eq!((scheme.name, reason), ("cn.uscc", Reason::Checksum));
//! ```

mod data;
mod schemes;
mod util;

pub use util::{Date, Reason};

use schemes::*;
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
pub fn all() -> &'static [&'static Scheme] {
    &schemes::SCHEMES
}

/// The scheme with python-stdnum module name `name` (such as `cn.uscc`).
pub fn scheme(name: &str) -> Option<&'static Scheme> {
    let all = &schemes::SCHEMES;
    all.binary_search_by(|s| s.name.cmp(name))
        .ok()
        .and_then(|i| all.get(i).copied())
}

/// `VAT Number`: the module python-stdnum's `get_cc_module(country, 'vat')` returns, by
/// country, sorted (TW left out, SPEC §3.3).
static VAT: &[(&str, &Scheme)] = &[
    ("AD", &AD_NRT),
    ("AL", &AL_NIPT),
    ("AR", &AR_CUIT),
    ("AT", &AT_UID),
    ("AU", &AU_ABN),
    ("AZ", &AZ_VOEN),
    ("BE", &BE_VAT),
    ("BG", &BG_VAT),
    ("BR", &BR_CNPJ),
    ("BY", &BY_UNP),
    ("CA", &CA_BN),
    ("CH", &CH_VAT),
    ("CL", &CL_RUT),
    ("CN", &CN_USCC),
    ("CO", &CO_NIT),
    ("CR", &CR_CPJ),
    ("CY", &CY_VAT),
    ("CZ", &CZ_DIC),
    ("DE", &DE_VAT),
    ("DK", &DK_CVR),
    ("DO", &DO_RNC),
    ("DZ", &DZ_NIF),
    ("EC", &EC_RUC),
    ("EE", &EE_KMKR),
    ("EG", &EG_TN),
    ("ES", &ES_NIF),
    ("FI", &FI_ALV),
    ("FO", &FO_VN),
    ("FR", &FR_TVA),
    ("GB", &GB_VAT),
    ("GH", &GH_TIN),
    ("GN", &GN_NIFP),
    ("GR", &GR_VAT),
    ("GT", &GT_NIT),
    ("HR", &HR_OIB),
    ("HU", &HU_ANUM),
    ("ID", &ID_NPWP),
    ("IE", &IE_VAT),
    ("IL", &IL_HP),
    ("IN", &IN_GSTIN),
    ("IS", &IS_VSK),
    ("IT", &IT_IVA),
    ("JP", &JP_CN),
    ("KE", &KE_PIN),
    ("KR", &KR_BRN),
    ("LT", &LT_PVM),
    ("LU", &LU_TVA),
    ("LV", &LV_PVN),
    ("MA", &MA_ICE),
    ("MC", &MC_TVA),
    ("ME", &ME_PIB),
    ("MK", &MK_EDB),
    ("MT", &MT_VAT),
    ("MX", &MX_RFC),
    ("MZ", &MZ_NUIT),
    ("NL", &NL_BTW),
    ("NO", &NO_MVA),
    ("NZ", &NZ_IRD),
    ("PE", &PE_RUC),
    ("PL", &PL_NIP),
    ("PT", &PT_NIF),
    ("PY", &PY_RUC),
    ("RO", &RO_CF),
    ("RS", &RS_PIB),
    ("RU", &RU_INN),
    ("SE", &SE_VAT),
    ("SG", &SG_UEN),
    ("SI", &SI_DDV),
    ("SK", &SK_DPH),
    ("SM", &SM_COE),
    ("SN", &SN_NINEA),
    ("SV", &SV_NIT),
    ("TH", &TH_MOA),
    ("TN", &TN_MF),
    ("TR", &TR_VKN),
    ("UY", &UY_RUT),
    ("VE", &VE_RIF),
    ("VN", &VN_MST),
];

/// `Business Registration` and `Certificate of Incorporation`, then `Tax ID`, by country,
/// sorted (SPEC §3.3's table).
static BUSINESS: &[(&str, &[&Scheme], &[&Scheme])] = &[
    ("AU", &[&AU_ABN, &AU_ACN], &[&AU_ABN, &AU_TFN]),
    ("BR", &[&BR_CNPJ], &[&BR_CNPJ]),
    ("CA", &[&CA_BN], &[&CA_BN]),
    ("CH", &[&CH_UID], &[&CH_UID]),
    ("CN", &[&CN_USCC], &[&CN_USCC]),
    ("DE", &[], &[&DE_STNR]),
    ("ES", &[&ES_CIF], &[&ES_NIF]),
    ("FR", &[&FR_SIREN, &FR_SIRET], &[&FR_SIREN, &FR_SIRET]),
    ("GB", &[], &[&GB_UTR]),
    ("ID", &[], &[&ID_NPWP]),
    ("IN", &[], &[&IN_PAN, &IN_GSTIN]),
    ("IT", &[], &[&IT_IVA]),
    ("JP", &[&JP_CN], &[&JP_CN]),
    ("KR", &[&KR_BRN], &[&KR_BRN]),
    ("MX", &[&MX_RFC], &[&MX_RFC]),
    ("SG", &[&SG_UEN], &[&SG_UEN]),
    ("TH", &[&TH_MOA], &[&TH_MOA]),
    ("US", &[], &[&US_EIN]),
    ("VN", &[&VN_MST], &[&VN_MST]),
];

/// Personal identity numbers by `id_type` and issuing country (SPEC §3.3's table).
static PERSONAL: &[(&str, &str, &Scheme)] = &[
    ("National ID", "CN", &CN_RIC),
    ("National ID", "ES", &ES_DNI),
    ("National ID", "ID", &ID_NIK),
    ("National ID", "IN", &IN_AADHAAR),
    ("National ID", "JP", &JP_IN),
    ("National ID", "MY", &MY_NRIC),
    ("National ID", "TH", &TH_PIN),
    ("Residence Permit", "ES", &ES_NIE),
];

/// The schemes of a business identifier of `country` and `business_identifier_type` `kind`, in
/// the order of SPEC §3.3 (empty: not checked).
pub fn business_schemes(country: &str, kind: &str) -> &'static [&'static Scheme] {
    match kind {
        "VAT Number" => VAT
            .binary_search_by(|(c, _)| (*c).cmp(country))
            .ok()
            .and_then(|i| VAT.get(i))
            .map_or(&[], |(_, s)| std::slice::from_ref(s)),
        "Business Registration" | "Certificate of Incorporation" | "Tax ID" => BUSINESS
            .binary_search_by(|(c, _, _)| (*c).cmp(country))
            .ok()
            .and_then(|i| BUSINESS.get(i))
            .map_or(
                &[],
                |(_, registration, tax)| if kind == "Tax ID" { tax } else { registration },
            ),
        _ => &[],
    }
}

/// The scheme of a person's identity number of `id_type` `kind` issued by `country`, as a cell
/// of one (empty: not checked).
pub fn personal_schemes(kind: &str, country: &str) -> &'static [&'static Scheme] {
    PERSONAL
        .iter()
        .find(|(k, c, _)| *c == country && *k == kind)
        .map_or(&[], |(_, _, s)| std::slice::from_ref(s))
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
    fn tables_list_every_scheme_once_in_order() {
        let all = all();
        assert!(
            all.windows(2).all(|w| w[0].name < w[1].name),
            "SCHEMES sorted"
        );
        assert!(VAT.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BUSINESS.windows(2).all(|w| w[0].0 < w[1].0));
        let mut named: Vec<&str> = VAT.iter().map(|r| r.1.name).collect();
        for (_, reg, tax) in BUSINESS {
            named.extend(reg.iter().chain(tax.iter()).map(|s| s.name));
        }
        named.extend(PERSONAL.iter().map(|r| r.2.name));
        for s in all {
            // Reachable from some cell, found by its name, named in both languages.
            assert!(named.contains(&s.name), "{} is in no cell", s.name);
            assert!(
                scheme(s.name).is_some_and(|f| std::ptr::eq(f, *s)),
                "{}",
                s.name
            );
            assert!(!s.en.is_empty() && !s.zh_cn.is_empty());
        }
        for n in &named {
            assert!(scheme(n).is_some(), "{n} is not in SCHEMES");
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
        let cn = personal_schemes("National ID", "CN");
        assert_eq!(cn.iter().map(|s| s.name).collect::<Vec<_>>(), ["cn.ric"]);
        assert!(personal_schemes("Passport", "CN").is_empty());
        assert!(check(cn, "11010519491231002X", now).is_ok());
        assert_eq!(
            cn[0].birth_date("11010519491231002X"),
            Date::new(1949, 12, 31)
        );
    }
}
