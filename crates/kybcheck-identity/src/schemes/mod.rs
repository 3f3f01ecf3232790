//! The schemes, one file per country (named as python-stdnum's package), and the list of
//! them with their names in words.

mod prelude {
    pub use super::super::data::*;
    pub use super::super::util::*;
}

mod ad;
mod al;
mod ar;
mod at;
mod au;
mod az;
mod be;
mod bg;
mod br;
mod by;
mod ca;
mod ch;
mod cl;
mod cn;
mod co;
mod cr;
mod cy;
mod cz;
mod de;
mod dk;
mod do_;
mod dz;
mod ec;
mod ee;
mod eg;
mod es;
mod fi;
mod fo;
mod fr;
mod gb;
mod gh;
mod gn;
mod gr;
mod gt;
mod hr;
mod hu;
mod id;
mod ie;
mod il;
mod in_;
mod is_;
mod it;
mod jp;
mod ke;
mod kr;
mod lt;
mod lu;
mod lv;
mod ma;
mod mc;
mod me;
mod mk;
mod mt;
mod mx;
mod my;
mod mz;
mod nl;
mod no;
mod nz;
mod pe;
mod pl;
mod pt;
mod py;
mod ro;
mod rs;
mod ru;
mod se;
mod sg;
mod si;
mod sk;
mod sm;
mod sn;
mod sv;
mod th;
mod tn;
mod tr;
mod us;
mod uy;
mod ve;
mod vn;

use super::util::{Date, Verdict};
use super::Scheme;

/// The schemes: for each, its constant, python-stdnum's module name, its check, and its name
/// in words in English and in Simplified Chinese. Sorted by module name; a scheme is its
/// place in this list.
macro_rules! schemes {
    ($( $id:ident $name:literal $check:path, $en:literal, $zh:literal; )*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u8)]
        enum Id { $( $id ),* }

        $(
            #[doc = concat!("`", $name, "`: ", $en, ".")]
            pub const $id: Scheme = Scheme(Id::$id as u8);
        )*

        /// How many schemes there are.
        const COUNT: usize = [$( Id::$id ),*].len();

        /// Every scheme, in order.
        pub static ALL: [Scheme; COUNT] = [$( $id ),*];

        /// The module names, one per line.
        pub const NAMES: &str = concat!($( $name, "\n" ),*);

        /// The names in words in English, one per line.
        pub const EN: &str = concat!($( $en, "\n" ),*);

        /// The names in words in Simplified Chinese, one per line.
        pub const ZH_CN: &str = concat!($( $zh, "\n" ),*);

        /// The checks.
        pub static CHECKS: [fn(&str, Date) -> Verdict; COUNT] = [$( $check ),*];
    };
}

schemes! {
    AD_NRT "ad.nrt" ad::nrt,
        "Andorran tax number (NRT)",
        "安道尔税号（NRT）";
    AL_NIPT "al.nipt" al::nipt,
        "Albanian tax number (NIPT)",
        "阿尔巴尼亚税号（NIPT）";
    AR_CUIT "ar.cuit" ar::cuit,
        "Argentine tax number (CUIT)",
        "阿根廷税号（CUIT）";
    AT_UID "at.uid" at::uid,
        "Austrian VAT number (UID)",
        "奥地利增值税号（UID）";
    AU_ABN "au.abn" au::abn,
        "Australian Business Number",
        "澳大利亚商业号码（ABN）";
    AU_ACN "au.acn" au::acn,
        "Australian Company Number",
        "澳大利亚公司号码（ACN）";
    AU_TFN "au.tfn" au::tfn,
        "Australian Tax File Number",
        "澳大利亚税务档案号（TFN）";
    AZ_VOEN "az.voen" az::voen,
        "Azerbaijani tax number (VÖEN)",
        "阿塞拜疆税号（VÖEN）";
    BE_VAT "be.vat" be::vat,
        "Belgian enterprise number",
        "比利时企业编号";
    BG_VAT "bg.vat" bg::vat,
        "Bulgarian VAT number",
        "保加利亚增值税号";
    BR_CNPJ "br.cnpj" br::cnpj,
        "Brazilian company number (CNPJ)",
        "巴西法人登记号（CNPJ）";
    BY_UNP "by.unp" by::unp,
        "Belarusian tax number (UNP)",
        "白俄罗斯纳税人识别号（UNP）";
    CA_BN "ca.bn" ca::bn,
        "Canadian Business Number",
        "加拿大商业号码（BN）";
    CH_UID "ch.uid" ch::uid,
        "Swiss business identification number (UID)",
        "瑞士企业识别号（UID）";
    CH_VAT "ch.vat" ch::vat,
        "Swiss VAT number",
        "瑞士增值税号";
    CL_RUT "cl.rut" cl::rut,
        "Chilean tax number (RUT)",
        "智利税号（RUT）";
    CN_RIC "cn.ric" cn::ric,
        "Chinese Resident Identity Card number",
        "中国居民身份证号码";
    CN_USCC "cn.uscc" cn::uscc,
        "Unified Social Credit Code",
        "统一社会信用代码";
    CO_NIT "co.nit" co::nit,
        "Colombian tax number (NIT)",
        "哥伦比亚税号（NIT）";
    CR_CPJ "cr.cpj" cr::cpj,
        "Costa Rican legal entity number (CPJ)",
        "哥斯达黎加法人证件号（CPJ）";
    CY_VAT "cy.vat" cy::vat,
        "Cypriot VAT number",
        "塞浦路斯增值税号";
    CZ_DIC "cz.dic" cz::dic,
        "Czech VAT number (DIČ)",
        "捷克增值税号（DIČ）";
    DE_STNR "de.stnr" de::stnr,
        "German tax number (Steuernummer)",
        "德国税号（Steuernummer）";
    DE_VAT "de.vat" de::vat,
        "German VAT number (USt-IdNr.)",
        "德国增值税号（USt-IdNr.）";
    DK_CVR "dk.cvr" dk::cvr,
        "Danish VAT number (CVR)",
        "丹麦增值税号（CVR）";
    DO_RNC "do.rnc" do_::rnc,
        "Dominican tax number (RNC)",
        "多米尼加税号（RNC）";
    DZ_NIF "dz.nif" dz::nif,
        "Algerian tax number (NIF)",
        "阿尔及利亚税号（NIF）";
    EC_RUC "ec.ruc" ec::ruc,
        "Ecuadorian tax number (RUC)",
        "厄瓜多尔税号（RUC）";
    EE_KMKR "ee.kmkr" ee::kmkr,
        "Estonian VAT number (KMKR)",
        "爱沙尼亚增值税号（KMKR）";
    EG_TN "eg.tn" eg::tn,
        "Egyptian tax registration number",
        "埃及税务登记号";
    ES_CIF "es.cif" es::cif,
        "Spanish company tax number (CIF)",
        "西班牙企业税号（CIF）";
    ES_DNI "es.dni" es::dni,
        "Spanish national identity number (DNI)",
        "西班牙国民身份证号码（DNI）";
    ES_NIE "es.nie" es::nie,
        "Spanish foreigner identity number (NIE)",
        "西班牙外国人身份号码（NIE）";
    ES_NIF "es.nif" es::nif,
        "Spanish tax number (NIF)",
        "西班牙税号（NIF）";
    FI_ALV "fi.alv" fi::alv,
        "Finnish VAT number (ALV)",
        "芬兰增值税号（ALV）";
    FO_VN "fo.vn" fo::vn,
        "Faroese tax number (V-tal)",
        "法罗群岛税号（V-tal）";
    FR_SIREN "fr.siren" fr::siren,
        "French company number (SIREN)",
        "法国企业识别号（SIREN）";
    FR_SIRET "fr.siret" fr::siret,
        "French establishment number (SIRET)",
        "法国机构识别号（SIRET）";
    FR_TVA "fr.tva" fr::tva,
        "French VAT number (TVA)",
        "法国增值税号（TVA）";
    GB_UTR "gb.utr" gb::utr,
        "UK Unique Taxpayer Reference",
        "英国纳税人唯一参考号（UTR）";
    GB_VAT "gb.vat" gb::vat,
        "UK VAT registration number",
        "英国增值税登记号";
    GH_TIN "gh.tin" gh::tin,
        "Ghanaian Taxpayer Identification Number",
        "加纳纳税人识别号（TIN）";
    GN_NIFP "gn.nifp" gn::nifp,
        "Guinean tax number (NIFp)",
        "几内亚税号（NIFp）";
    GR_VAT "gr.vat" gr::vat,
        "Greek VAT number (ΑΦΜ)",
        "希腊增值税号（ΑΦΜ）";
    GT_NIT "gt.nit" gt::nit,
        "Guatemalan tax number (NIT)",
        "危地马拉税号（NIT）";
    HR_OIB "hr.oib" hr::oib,
        "Croatian identification number (OIB)",
        "克罗地亚识别号（OIB）";
    HU_ANUM "hu.anum" hu::anum,
        "Hungarian VAT number (ANUM)",
        "匈牙利增值税号（ANUM）";
    ID_NIK "id.nik" id::nik,
        "Indonesian identity number (NIK)",
        "印度尼西亚身份号码（NIK）";
    ID_NPWP "id.npwp" id::npwp,
        "Indonesian tax number (NPWP)",
        "印度尼西亚税号（NPWP）";
    IE_VAT "ie.vat" ie::vat,
        "Irish VAT number",
        "爱尔兰增值税号";
    IL_HP "il.hp" il::hp,
        "Israeli company number",
        "以色列公司编号";
    IN_AADHAAR "in_.aadhaar" in_::aadhaar,
        "Aadhaar number",
        "印度 Aadhaar 身份号码";
    IN_GSTIN "in_.gstin" in_::gstin,
        "Indian GST identification number (GSTIN)",
        "印度商品及服务税识别号（GSTIN）";
    IN_PAN "in_.pan" in_::pan,
        "Indian Permanent Account Number (PAN)",
        "印度永久账户号码（PAN）";
    IS_VSK "is_.vsk" is_::vsk,
        "Icelandic VAT number (VSK)",
        "冰岛增值税号（VSK）";
    IT_IVA "it.iva" it::iva,
        "Italian VAT number (Partita IVA)",
        "意大利增值税号（Partita IVA）";
    JP_CN "jp.cn" jp::cn,
        "Japanese Corporate Number",
        "日本法人番号";
    JP_IN "jp.in_" jp::in_,
        "Japanese Individual Number (My Number)",
        "日本个人番号（My Number）";
    KE_PIN "ke.pin" ke::pin,
        "Kenyan tax number (PIN)",
        "肯尼亚税号（PIN）";
    KR_BRN "kr.brn" kr::brn,
        "South Korean Business Registration Number",
        "韩国营业执照号码";
    LT_PVM "lt.pvm" lt::pvm,
        "Lithuanian VAT number (PVM)",
        "立陶宛增值税号（PVM）";
    LU_TVA "lu.tva" lu::tva,
        "Luxembourg VAT number (TVA)",
        "卢森堡增值税号（TVA）";
    LV_PVN "lv.pvn" lv::pvn,
        "Latvian VAT number (PVN)",
        "拉脱维亚增值税号（PVN）";
    MA_ICE "ma.ice" ma::ice,
        "Moroccan company identifier (ICE)",
        "摩洛哥企业统一识别号（ICE）";
    MC_TVA "mc.tva" mc::tva,
        "Monegasque VAT number (TVA)",
        "摩纳哥增值税号（TVA）";
    ME_PIB "me.pib" me::pib,
        "Montenegrin tax number (PIB)",
        "黑山税号（PIB）";
    MK_EDB "mk.edb" mk::edb,
        "North Macedonian tax number (EDB)",
        "北马其顿税号（EDB）";
    MT_VAT "mt.vat" mt::vat,
        "Maltese VAT number",
        "马耳他增值税号";
    MX_RFC "mx.rfc" mx::rfc,
        "Mexican tax number (RFC)",
        "墨西哥税号（RFC）";
    MY_NRIC "my.nric" my::nric,
        "Malaysian identity card number (NRIC)",
        "马来西亚身份证号码（NRIC）";
    MZ_NUIT "mz.nuit" mz::nuit,
        "Mozambican tax number (NUIT)",
        "莫桑比克税号（NUIT）";
    NL_BTW "nl.btw" nl::btw,
        "Dutch VAT number (btw)",
        "荷兰增值税号（btw）";
    NO_MVA "no.mva" no::mva,
        "Norwegian VAT number (MVA)",
        "挪威增值税号（MVA）";
    NZ_IRD "nz.ird" nz::ird,
        "New Zealand IRD number",
        "新西兰税务局号码（IRD）";
    PE_RUC "pe.ruc" pe::ruc,
        "Peruvian tax number (RUC)",
        "秘鲁税号（RUC）";
    PL_NIP "pl.nip" pl::nip,
        "Polish tax number (NIP)",
        "波兰税号（NIP）";
    PT_NIF "pt.nif" pt::nif,
        "Portuguese tax number (NIF)",
        "葡萄牙税号（NIF）";
    PY_RUC "py.ruc" py::ruc,
        "Paraguayan tax number (RUC)",
        "巴拉圭税号（RUC）";
    RO_CF "ro.cf" ro::cf,
        "Romanian VAT number (CF)",
        "罗马尼亚增值税号（CF）";
    RS_PIB "rs.pib" rs::pib,
        "Serbian tax number (PIB)",
        "塞尔维亚税号（PIB）";
    RU_INN "ru.inn" ru::inn,
        "Russian tax number (INN)",
        "俄罗斯纳税人识别号（INN）";
    SE_VAT "se.vat" se::vat,
        "Swedish VAT number",
        "瑞典增值税号";
    SG_UEN "sg.uen" sg::uen,
        "Singapore Unique Entity Number (UEN)",
        "新加坡唯一实体编号（UEN）";
    SI_DDV "si.ddv" si::ddv,
        "Slovenian VAT number (DDV)",
        "斯洛文尼亚增值税号（DDV）";
    SK_DPH "sk.dph" sk::dph,
        "Slovak VAT number (IČ DPH)",
        "斯洛伐克增值税号（IČ DPH）";
    SM_COE "sm.coe" sm::coe,
        "San Marino tax number (COE)",
        "圣马力诺税号（COE）";
    SN_NINEA "sn.ninea" sn::ninea,
        "Senegalese company number (NINEA)",
        "塞内加尔企业识别号（NINEA）";
    SV_NIT "sv.nit" sv::nit,
        "Salvadoran tax number (NIT)",
        "萨尔瓦多税号（NIT）";
    TH_MOA "th.moa" th::moa,
        "Thai company registration number",
        "泰国公司注册号";
    TH_PIN "th.pin" th::pin,
        "Thai personal identification number",
        "泰国公民身份证号码";
    TN_MF "tn.mf" tn::mf,
        "Tunisian tax number (MF)",
        "突尼斯税号（MF）";
    TR_VKN "tr.vkn" tr::vkn,
        "Turkish tax number (VKN)",
        "土耳其税号（VKN）";
    US_EIN "us.ein" us::ein,
        "US Employer Identification Number (EIN)",
        "美国雇主识别号（EIN）";
    UY_RUT "uy.rut" uy::rut,
        "Uruguayan tax number (RUT)",
        "乌拉圭税号（RUT）";
    VE_RIF "ve.rif" ve::rif,
        "Venezuelan tax number (RIF)",
        "委内瑞拉税号（RIF）";
    VN_MST "vn.mst" vn::mst,
        "Vietnamese tax number (MST)",
        "越南税号（MST）";
}

/// The birth date a valid number of `scheme` carries, for the schemes that carry one.
pub fn birth_date(scheme: Scheme, number: &str) -> Option<Date> {
    match scheme {
        CN_RIC => cn::ric_birth_date(number),
        ID_NIK => id::nik_birth_date(number),
        MY_NRIC => my::nric_birth_date(number),
        _ => None,
    }
}
