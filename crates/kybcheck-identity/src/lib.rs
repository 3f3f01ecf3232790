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
//! assert_eq!(schemes[0].name(), "cn.uscc");
//! assert!(identity::check(schemes, "91110000600037341L", today).is_ok());
//! let (scheme, reason) = identity::check(schemes, "91110000600037342L", today).unwrap_err();
//! assert_eq!((scheme.name(), reason), ("cn.uscc", Reason::Checksum));
//! assert_eq!(scheme.en(), "Unified Social Credit Code");
//! ```

mod data;
mod schemes;
mod util;

pub use util::{Date, Reason};

use schemes::*;

/// One numbering scheme: a python-stdnum module. A small handle (its place in the sorted
/// list of schemes); its names and its check live in tables, which keeps the WebAssembly
/// module small.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scheme(u8);

/// Line `i` of a list of lines.
fn line(list: &'static str, i: u8) -> &'static str {
    list.split('\n').nth(usize::from(i)).unwrap_or_default()
}

impl Scheme {
    /// python-stdnum's module name, such as `cn.uscc` (the `scheme` param of `identifier`).
    pub fn name(self) -> &'static str {
        line(schemes::NAMES, self.0)
    }

    /// The scheme in words, in English.
    pub fn en(self) -> &'static str {
        line(schemes::EN, self.0)
    }

    /// The scheme in words, in Simplified Chinese.
    pub fn zh_cn(self) -> &'static str {
        line(schemes::ZH_CN, self.0)
    }

    /// The scheme's verdict on `value` as submitted; a scheme that reads the date reads
    /// `today` (the UTC date of the caller's "now").
    pub fn check(self, value: &str, today: Date) -> Result<(), Reason> {
        schemes::CHECKS
            .get(usize::from(self.0))
            .map_or(Ok(()), |check| check(value, today))
    }

    /// The birth date a valid number carries, for the schemes that carry one (`cn.ric`,
    /// `my.nric`, `id.nik`). The year of `my.nric` and `id.nik` has two digits: the century is
    /// python-stdnum's guess (1900s, else 2000s).
    pub fn birth_date(self, value: &str) -> Option<Date> {
        schemes::birth_date(self, value)
    }

    /// Does the number carry a two-digit year only?
    pub fn two_digit_year(self) -> bool {
        matches!(self, MY_NRIC | ID_NIK)
    }
}

/// Every scheme, sorted by name.
pub fn all() -> &'static [Scheme] {
    &schemes::ALL
}

/// The scheme with python-stdnum module name `name` (such as `cn.uscc`).
pub fn scheme(name: &str) -> Option<Scheme> {
    schemes::NAMES
        .split('\n')
        .position(|n| n == name)
        .and_then(|i| schemes::ALL.get(i).copied())
}

/// `VAT Number`: the module python-stdnum's `get_cc_module(country, 'vat')` returns, by
/// country, sorted (TW left out, SPEC §3.3).
static VAT: &[([u8; 2], Scheme)] = &[
    (*b"AD", AD_NRT),
    (*b"AL", AL_NIPT),
    (*b"AR", AR_CUIT),
    (*b"AT", AT_UID),
    (*b"AU", AU_ABN),
    (*b"AZ", AZ_VOEN),
    (*b"BE", BE_VAT),
    (*b"BG", BG_VAT),
    (*b"BR", BR_CNPJ),
    (*b"BY", BY_UNP),
    (*b"CA", CA_BN),
    (*b"CH", CH_VAT),
    (*b"CL", CL_RUT),
    (*b"CN", CN_USCC),
    (*b"CO", CO_NIT),
    (*b"CR", CR_CPJ),
    (*b"CY", CY_VAT),
    (*b"CZ", CZ_DIC),
    (*b"DE", DE_VAT),
    (*b"DK", DK_CVR),
    (*b"DO", DO_RNC),
    (*b"DZ", DZ_NIF),
    (*b"EC", EC_RUC),
    (*b"EE", EE_KMKR),
    (*b"EG", EG_TN),
    (*b"ES", ES_NIF),
    (*b"FI", FI_ALV),
    (*b"FO", FO_VN),
    (*b"FR", FR_TVA),
    (*b"GB", GB_VAT),
    (*b"GH", GH_TIN),
    (*b"GN", GN_NIFP),
    (*b"GR", GR_VAT),
    (*b"GT", GT_NIT),
    (*b"HR", HR_OIB),
    (*b"HU", HU_ANUM),
    (*b"ID", ID_NPWP),
    (*b"IE", IE_VAT),
    (*b"IL", IL_HP),
    (*b"IN", IN_GSTIN),
    (*b"IS", IS_VSK),
    (*b"IT", IT_IVA),
    (*b"JP", JP_CN),
    (*b"KE", KE_PIN),
    (*b"KR", KR_BRN),
    (*b"LT", LT_PVM),
    (*b"LU", LU_TVA),
    (*b"LV", LV_PVN),
    (*b"MA", MA_ICE),
    (*b"MC", MC_TVA),
    (*b"ME", ME_PIB),
    (*b"MK", MK_EDB),
    (*b"MT", MT_VAT),
    (*b"MX", MX_RFC),
    (*b"MZ", MZ_NUIT),
    (*b"NL", NL_BTW),
    (*b"NO", NO_MVA),
    (*b"NZ", NZ_IRD),
    (*b"PE", PE_RUC),
    (*b"PL", PL_NIP),
    (*b"PT", PT_NIF),
    (*b"PY", PY_RUC),
    (*b"RO", RO_CF),
    (*b"RS", RS_PIB),
    (*b"RU", RU_INN),
    (*b"SE", SE_VAT),
    (*b"SG", SG_UEN),
    (*b"SI", SI_DDV),
    (*b"SK", SK_DPH),
    (*b"SM", SM_COE),
    (*b"SN", SN_NINEA),
    (*b"SV", SV_NIT),
    (*b"TH", TH_MOA),
    (*b"TN", TN_MF),
    (*b"TR", TR_VKN),
    (*b"UY", UY_RUT),
    (*b"VE", VE_RIF),
    (*b"VN", VN_MST),
];

/// `Business Registration` and `Certificate of Incorporation`, then `Tax ID`, by country,
/// sorted (SPEC §3.3's table).
static BUSINESS: &[([u8; 2], &[Scheme], &[Scheme])] = &[
    (*b"AU", &[AU_ABN, AU_ACN], &[AU_ABN, AU_TFN]),
    (*b"BR", &[BR_CNPJ], &[BR_CNPJ]),
    (*b"CA", &[CA_BN], &[CA_BN]),
    (*b"CH", &[CH_UID], &[CH_UID]),
    (*b"CN", &[CN_USCC], &[CN_USCC]),
    (*b"DE", &[], &[DE_STNR]),
    (*b"ES", &[ES_CIF], &[ES_NIF]),
    (*b"FR", &[FR_SIREN, FR_SIRET], &[FR_SIREN, FR_SIRET]),
    (*b"GB", &[], &[GB_UTR]),
    (*b"ID", &[], &[ID_NPWP]),
    (*b"IN", &[], &[IN_PAN, IN_GSTIN]),
    (*b"IT", &[], &[IT_IVA]),
    (*b"JP", &[JP_CN], &[JP_CN]),
    (*b"KR", &[KR_BRN], &[KR_BRN]),
    (*b"MX", &[MX_RFC], &[MX_RFC]),
    (*b"SG", &[SG_UEN], &[SG_UEN]),
    (*b"TH", &[TH_MOA], &[TH_MOA]),
    (*b"US", &[], &[US_EIN]),
    (*b"VN", &[VN_MST], &[VN_MST]),
];

/// Personal identity numbers by `id_type` and issuing country (SPEC §3.3's table).
static PERSONAL: &[(&str, [u8; 2], Scheme)] = &[
    ("National ID", *b"CN", CN_RIC),
    ("National ID", *b"ES", ES_DNI),
    ("National ID", *b"ID", ID_NIK),
    ("National ID", *b"IN", IN_AADHAAR),
    ("National ID", *b"JP", JP_IN),
    ("National ID", *b"MY", MY_NRIC),
    ("National ID", *b"TH", TH_PIN),
    ("Residence Permit", *b"ES", ES_NIE),
];

/// The schemes of a business identifier of `country` and `business_identifier_type` `kind`, in
/// the order of SPEC §3.3 (empty: not checked).
pub fn business_schemes(country: &str, kind: &str) -> &'static [Scheme] {
    let country = country.as_bytes();
    match kind {
        "VAT Number" => VAT
            .binary_search_by(|(c, _)| c.as_slice().cmp(country))
            .ok()
            .and_then(|i| VAT.get(i))
            .map_or(&[], |(_, s)| one(*s)),
        "Business Registration" | "Certificate of Incorporation" | "Tax ID" => BUSINESS
            .binary_search_by(|(c, _, _)| c.as_slice().cmp(country))
            .ok()
            .and_then(|i| BUSINESS.get(i))
            .map_or(
                &[],
                |(_, registration, tax)| if kind == "Tax ID" { tax } else { registration },
            ),
        _ => &[],
    }
}

/// The cell of one scheme.
fn one(scheme: Scheme) -> &'static [Scheme] {
    let i = usize::from(scheme.0);
    schemes::ALL.get(i..=i).unwrap_or_default()
}

/// The scheme of a person's identity number of `id_type` `kind` issued by `country`, as a cell
/// of one (empty: not checked).
pub fn personal_schemes(kind: &str, country: &str) -> &'static [Scheme] {
    PERSONAL
        .iter()
        .find(|(k, c, _)| c.as_slice() == country.as_bytes() && *k == kind)
        .map_or(&[], |(_, _, s)| one(*s))
}

/// The verdict on `value` of a cell of schemes: valid if any accepts it, else the first scheme
/// and its reason (SPEC §3.3).
pub fn check(schemes: &[Scheme], value: &str, today: Date) -> Result<(), (Scheme, Reason)> {
    let mut first = None;
    for &s in schemes {
        match s.check(value, today) {
            Ok(()) => return Ok(()),
            Err(r) => {
                first.get_or_insert((s, r));
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
            all.windows(2).all(|w| w[0].name() < w[1].name()),
            "ALL sorted"
        );
        assert_eq!(all.len(), 96);
        assert!(VAT.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BUSINESS.windows(2).all(|w| w[0].0 < w[1].0));
        let mut named: Vec<&str> = VAT.iter().map(|r| r.1.name()).collect();
        for (_, reg, tax) in BUSINESS {
            named.extend(reg.iter().chain(tax.iter()).map(|s| s.name()));
        }
        named.extend(PERSONAL.iter().map(|r| r.2.name()));
        for (i, s) in all.iter().enumerate() {
            // Its place, reachable from some cell, found by its name, named in both
            // languages.
            assert_eq!(usize::from(s.0), i);
            assert!(named.contains(&s.name()), "{} is in no cell", s.name());
            assert_eq!(scheme(s.name()), Some(*s), "{}", s.name());
            assert!(!s.en().is_empty() && !s.zh_cn().is_empty());
        }
        assert_eq!(scheme("xx.none"), None);
        assert_eq!(scheme(""), None);
        assert_eq!(CN_USCC.en(), "Unified Social Credit Code");
        assert_eq!(CN_USCC.zh_cn(), "统一社会信用代码");
        assert_eq!(VN_MST.name(), "vn.mst");
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
            .map(|s| s.name())
            .collect();
        assert_eq!(au, ["au.abn", "au.tfn"]);
        let cn = personal_schemes("National ID", "CN");
        assert_eq!(cn.iter().map(|s| s.name()).collect::<Vec<_>>(), ["cn.ric"]);
        assert!(personal_schemes("Passport", "CN").is_empty());
        assert!(check(cn, "11010519491231002X", now).is_ok());
        assert_eq!(
            cn[0].birth_date("11010519491231002X"),
            Date::new(1949, 12, 31)
        );
    }
}
