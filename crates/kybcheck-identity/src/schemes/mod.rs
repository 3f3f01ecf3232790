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

use super::Scheme;

/// `ad.nrt`: Andorran tax number (NRT).
pub static AD_NRT: Scheme = Scheme::new(
    "ad.nrt",
    ad::nrt,
    "Andorran tax number (NRT)",
    "安道尔税号（NRT）",
);
/// `al.nipt`: Albanian tax number (NIPT).
pub static AL_NIPT: Scheme = Scheme::new(
    "al.nipt",
    al::nipt,
    "Albanian tax number (NIPT)",
    "阿尔巴尼亚税号（NIPT）",
);
/// `ar.cuit`: Argentine tax number (CUIT).
pub static AR_CUIT: Scheme = Scheme::new(
    "ar.cuit",
    ar::cuit,
    "Argentine tax number (CUIT)",
    "阿根廷税号（CUIT）",
);
/// `at.uid`: Austrian VAT number (UID).
pub static AT_UID: Scheme = Scheme::new(
    "at.uid",
    at::uid,
    "Austrian VAT number (UID)",
    "奥地利增值税号（UID）",
);
/// `au.abn`: Australian Business Number.
pub static AU_ABN: Scheme = Scheme::new(
    "au.abn",
    au::abn,
    "Australian Business Number",
    "澳大利亚商业号码（ABN）",
);
/// `au.acn`: Australian Company Number.
pub static AU_ACN: Scheme = Scheme::new(
    "au.acn",
    au::acn,
    "Australian Company Number",
    "澳大利亚公司号码（ACN）",
);
/// `au.tfn`: Australian Tax File Number.
pub static AU_TFN: Scheme = Scheme::new(
    "au.tfn",
    au::tfn,
    "Australian Tax File Number",
    "澳大利亚税务档案号（TFN）",
);
/// `az.voen`: Azerbaijani tax number (VÖEN).
pub static AZ_VOEN: Scheme = Scheme::new(
    "az.voen",
    az::voen,
    "Azerbaijani tax number (VÖEN)",
    "阿塞拜疆税号（VÖEN）",
);
/// `be.vat`: Belgian enterprise number.
pub static BE_VAT: Scheme = Scheme::new(
    "be.vat",
    be::vat,
    "Belgian enterprise number",
    "比利时企业编号",
);
/// `bg.vat`: Bulgarian VAT number.
pub static BG_VAT: Scheme = Scheme::new(
    "bg.vat",
    bg::vat,
    "Bulgarian VAT number",
    "保加利亚增值税号",
);
/// `br.cnpj`: Brazilian company number (CNPJ).
pub static BR_CNPJ: Scheme = Scheme::new(
    "br.cnpj",
    br::cnpj,
    "Brazilian company number (CNPJ)",
    "巴西法人登记号（CNPJ）",
);
/// `by.unp`: Belarusian tax number (UNP).
pub static BY_UNP: Scheme = Scheme::new(
    "by.unp",
    by::unp,
    "Belarusian tax number (UNP)",
    "白俄罗斯纳税人识别号（UNP）",
);
/// `ca.bn`: Canadian Business Number.
pub static CA_BN: Scheme = Scheme::new(
    "ca.bn",
    ca::bn,
    "Canadian Business Number",
    "加拿大商业号码（BN）",
);
/// `ch.uid`: Swiss business identification number (UID).
pub static CH_UID: Scheme = Scheme::new(
    "ch.uid",
    ch::uid,
    "Swiss business identification number (UID)",
    "瑞士企业识别号（UID）",
);
/// `ch.vat`: Swiss VAT number.
pub static CH_VAT: Scheme = Scheme::new("ch.vat", ch::vat, "Swiss VAT number", "瑞士增值税号");
/// `cl.rut`: Chilean tax number (RUT).
pub static CL_RUT: Scheme = Scheme::new(
    "cl.rut",
    cl::rut,
    "Chilean tax number (RUT)",
    "智利税号（RUT）",
);
/// `cn.ric`: Chinese Resident Identity Card number.
pub static CN_RIC: Scheme = Scheme::with_birth_date(
    "cn.ric",
    cn::ric,
    cn::ric_birth_date,
    "Chinese Resident Identity Card number",
    "中国居民身份证号码",
);
/// `cn.uscc`: Unified Social Credit Code.
pub static CN_USCC: Scheme = Scheme::new(
    "cn.uscc",
    cn::uscc,
    "Unified Social Credit Code",
    "统一社会信用代码",
);
/// `co.nit`: Colombian tax number (NIT).
pub static CO_NIT: Scheme = Scheme::new(
    "co.nit",
    co::nit,
    "Colombian tax number (NIT)",
    "哥伦比亚税号（NIT）",
);
/// `cr.cpj`: Costa Rican legal entity number (CPJ).
pub static CR_CPJ: Scheme = Scheme::new(
    "cr.cpj",
    cr::cpj,
    "Costa Rican legal entity number (CPJ)",
    "哥斯达黎加法人证件号（CPJ）",
);
/// `cy.vat`: Cypriot VAT number.
pub static CY_VAT: Scheme =
    Scheme::new("cy.vat", cy::vat, "Cypriot VAT number", "塞浦路斯增值税号");
/// `cz.dic`: Czech VAT number (DIČ).
pub static CZ_DIC: Scheme = Scheme::new(
    "cz.dic",
    cz::dic,
    "Czech VAT number (DIČ)",
    "捷克增值税号（DIČ）",
);
/// `de.stnr`: German tax number (Steuernummer).
pub static DE_STNR: Scheme = Scheme::new(
    "de.stnr",
    de::stnr,
    "German tax number (Steuernummer)",
    "德国税号（Steuernummer）",
);
/// `de.vat`: German VAT number (USt-IdNr.).
pub static DE_VAT: Scheme = Scheme::new(
    "de.vat",
    de::vat,
    "German VAT number (USt-IdNr.)",
    "德国增值税号（USt-IdNr.）",
);
/// `dk.cvr`: Danish VAT number (CVR).
pub static DK_CVR: Scheme = Scheme::new(
    "dk.cvr",
    dk::cvr,
    "Danish VAT number (CVR)",
    "丹麦增值税号（CVR）",
);
/// `do.rnc`: Dominican tax number (RNC).
pub static DO_RNC: Scheme = Scheme::new(
    "do.rnc",
    do_::rnc,
    "Dominican tax number (RNC)",
    "多米尼加税号（RNC）",
);
/// `dz.nif`: Algerian tax number (NIF).
pub static DZ_NIF: Scheme = Scheme::new(
    "dz.nif",
    dz::nif,
    "Algerian tax number (NIF)",
    "阿尔及利亚税号（NIF）",
);
/// `ec.ruc`: Ecuadorian tax number (RUC).
pub static EC_RUC: Scheme = Scheme::new(
    "ec.ruc",
    ec::ruc,
    "Ecuadorian tax number (RUC)",
    "厄瓜多尔税号（RUC）",
);
/// `ee.kmkr`: Estonian VAT number (KMKR).
pub static EE_KMKR: Scheme = Scheme::new(
    "ee.kmkr",
    ee::kmkr,
    "Estonian VAT number (KMKR)",
    "爱沙尼亚增值税号（KMKR）",
);
/// `eg.tn`: Egyptian tax registration number.
pub static EG_TN: Scheme = Scheme::new(
    "eg.tn",
    eg::tn,
    "Egyptian tax registration number",
    "埃及税务登记号",
);
/// `es.cif`: Spanish company tax number (CIF).
pub static ES_CIF: Scheme = Scheme::new(
    "es.cif",
    es::cif,
    "Spanish company tax number (CIF)",
    "西班牙企业税号（CIF）",
);
/// `es.dni`: Spanish national identity number (DNI).
pub static ES_DNI: Scheme = Scheme::new(
    "es.dni",
    es::dni,
    "Spanish national identity number (DNI)",
    "西班牙国民身份证号码（DNI）",
);
/// `es.nie`: Spanish foreigner identity number (NIE).
pub static ES_NIE: Scheme = Scheme::new(
    "es.nie",
    es::nie,
    "Spanish foreigner identity number (NIE)",
    "西班牙外国人身份号码（NIE）",
);
/// `es.nif`: Spanish tax number (NIF).
pub static ES_NIF: Scheme = Scheme::new(
    "es.nif",
    es::nif,
    "Spanish tax number (NIF)",
    "西班牙税号（NIF）",
);
/// `fi.alv`: Finnish VAT number (ALV).
pub static FI_ALV: Scheme = Scheme::new(
    "fi.alv",
    fi::alv,
    "Finnish VAT number (ALV)",
    "芬兰增值税号（ALV）",
);
/// `fo.vn`: Faroese tax number (V-tal).
pub static FO_VN: Scheme = Scheme::new(
    "fo.vn",
    fo::vn,
    "Faroese tax number (V-tal)",
    "法罗群岛税号（V-tal）",
);
/// `fr.siren`: French company number (SIREN).
pub static FR_SIREN: Scheme = Scheme::new(
    "fr.siren",
    fr::siren,
    "French company number (SIREN)",
    "法国企业识别号（SIREN）",
);
/// `fr.siret`: French establishment number (SIRET).
pub static FR_SIRET: Scheme = Scheme::new(
    "fr.siret",
    fr::siret,
    "French establishment number (SIRET)",
    "法国机构识别号（SIRET）",
);
/// `fr.tva`: French VAT number (TVA).
pub static FR_TVA: Scheme = Scheme::new(
    "fr.tva",
    fr::tva,
    "French VAT number (TVA)",
    "法国增值税号（TVA）",
);
/// `gb.utr`: UK Unique Taxpayer Reference.
pub static GB_UTR: Scheme = Scheme::new(
    "gb.utr",
    gb::utr,
    "UK Unique Taxpayer Reference",
    "英国纳税人唯一参考号（UTR）",
);
/// `gb.vat`: UK VAT registration number.
pub static GB_VAT: Scheme = Scheme::new(
    "gb.vat",
    gb::vat,
    "UK VAT registration number",
    "英国增值税登记号",
);
/// `gh.tin`: Ghanaian Taxpayer Identification Number.
pub static GH_TIN: Scheme = Scheme::new(
    "gh.tin",
    gh::tin,
    "Ghanaian Taxpayer Identification Number",
    "加纳纳税人识别号（TIN）",
);
/// `gn.nifp`: Guinean tax number (NIFp).
pub static GN_NIFP: Scheme = Scheme::new(
    "gn.nifp",
    gn::nifp,
    "Guinean tax number (NIFp)",
    "几内亚税号（NIFp）",
);
/// `gr.vat`: Greek VAT number (ΑΦΜ).
pub static GR_VAT: Scheme = Scheme::new(
    "gr.vat",
    gr::vat,
    "Greek VAT number (ΑΦΜ)",
    "希腊增值税号（ΑΦΜ）",
);
/// `gt.nit`: Guatemalan tax number (NIT).
pub static GT_NIT: Scheme = Scheme::new(
    "gt.nit",
    gt::nit,
    "Guatemalan tax number (NIT)",
    "危地马拉税号（NIT）",
);
/// `hr.oib`: Croatian identification number (OIB).
pub static HR_OIB: Scheme = Scheme::new(
    "hr.oib",
    hr::oib,
    "Croatian identification number (OIB)",
    "克罗地亚识别号（OIB）",
);
/// `hu.anum`: Hungarian VAT number (ANUM).
pub static HU_ANUM: Scheme = Scheme::new(
    "hu.anum",
    hu::anum,
    "Hungarian VAT number (ANUM)",
    "匈牙利增值税号（ANUM）",
);
/// `id.nik`: Indonesian identity number (NIK).
pub static ID_NIK: Scheme = Scheme::with_birth_date(
    "id.nik",
    id::nik,
    id::nik_birth_date,
    "Indonesian identity number (NIK)",
    "印度尼西亚身份号码（NIK）",
);
/// `id.npwp`: Indonesian tax number (NPWP).
pub static ID_NPWP: Scheme = Scheme::new(
    "id.npwp",
    id::npwp,
    "Indonesian tax number (NPWP)",
    "印度尼西亚税号（NPWP）",
);
/// `ie.vat`: Irish VAT number.
pub static IE_VAT: Scheme = Scheme::new("ie.vat", ie::vat, "Irish VAT number", "爱尔兰增值税号");
/// `il.hp`: Israeli company number.
pub static IL_HP: Scheme = Scheme::new("il.hp", il::hp, "Israeli company number", "以色列公司编号");
/// `in_.aadhaar`: Aadhaar number.
pub static IN_AADHAAR: Scheme = Scheme::new(
    "in_.aadhaar",
    in_::aadhaar,
    "Aadhaar number",
    "印度 Aadhaar 身份号码",
);
/// `in_.gstin`: Indian GST identification number (GSTIN).
pub static IN_GSTIN: Scheme = Scheme::new(
    "in_.gstin",
    in_::gstin,
    "Indian GST identification number (GSTIN)",
    "印度商品及服务税识别号（GSTIN）",
);
/// `in_.pan`: Indian Permanent Account Number (PAN).
pub static IN_PAN: Scheme = Scheme::new(
    "in_.pan",
    in_::pan,
    "Indian Permanent Account Number (PAN)",
    "印度永久账户号码（PAN）",
);
/// `is_.vsk`: Icelandic VAT number (VSK).
pub static IS_VSK: Scheme = Scheme::new(
    "is_.vsk",
    is_::vsk,
    "Icelandic VAT number (VSK)",
    "冰岛增值税号（VSK）",
);
/// `it.iva`: Italian VAT number (Partita IVA).
pub static IT_IVA: Scheme = Scheme::new(
    "it.iva",
    it::iva,
    "Italian VAT number (Partita IVA)",
    "意大利增值税号（Partita IVA）",
);
/// `jp.cn`: Japanese Corporate Number.
pub static JP_CN: Scheme =
    Scheme::new("jp.cn", jp::cn, "Japanese Corporate Number", "日本法人番号");
/// `jp.in_`: Japanese Individual Number (My Number).
pub static JP_IN: Scheme = Scheme::new(
    "jp.in_",
    jp::in_,
    "Japanese Individual Number (My Number)",
    "日本个人番号（My Number）",
);
/// `ke.pin`: Kenyan tax number (PIN).
pub static KE_PIN: Scheme = Scheme::new(
    "ke.pin",
    ke::pin,
    "Kenyan tax number (PIN)",
    "肯尼亚税号（PIN）",
);
/// `kr.brn`: South Korean Business Registration Number.
pub static KR_BRN: Scheme = Scheme::new(
    "kr.brn",
    kr::brn,
    "South Korean Business Registration Number",
    "韩国营业执照号码",
);
/// `lt.pvm`: Lithuanian VAT number (PVM).
pub static LT_PVM: Scheme = Scheme::new(
    "lt.pvm",
    lt::pvm,
    "Lithuanian VAT number (PVM)",
    "立陶宛增值税号（PVM）",
);
/// `lu.tva`: Luxembourg VAT number (TVA).
pub static LU_TVA: Scheme = Scheme::new(
    "lu.tva",
    lu::tva,
    "Luxembourg VAT number (TVA)",
    "卢森堡增值税号（TVA）",
);
/// `lv.pvn`: Latvian VAT number (PVN).
pub static LV_PVN: Scheme = Scheme::new(
    "lv.pvn",
    lv::pvn,
    "Latvian VAT number (PVN)",
    "拉脱维亚增值税号（PVN）",
);
/// `ma.ice`: Moroccan company identifier (ICE).
pub static MA_ICE: Scheme = Scheme::new(
    "ma.ice",
    ma::ice,
    "Moroccan company identifier (ICE)",
    "摩洛哥企业统一识别号（ICE）",
);
/// `mc.tva`: Monegasque VAT number (TVA).
pub static MC_TVA: Scheme = Scheme::new(
    "mc.tva",
    mc::tva,
    "Monegasque VAT number (TVA)",
    "摩纳哥增值税号（TVA）",
);
/// `me.pib`: Montenegrin tax number (PIB).
pub static ME_PIB: Scheme = Scheme::new(
    "me.pib",
    me::pib,
    "Montenegrin tax number (PIB)",
    "黑山税号（PIB）",
);
/// `mk.edb`: North Macedonian tax number (EDB).
pub static MK_EDB: Scheme = Scheme::new(
    "mk.edb",
    mk::edb,
    "North Macedonian tax number (EDB)",
    "北马其顿税号（EDB）",
);
/// `mt.vat`: Maltese VAT number.
pub static MT_VAT: Scheme = Scheme::new("mt.vat", mt::vat, "Maltese VAT number", "马耳他增值税号");
/// `mx.rfc`: Mexican tax number (RFC).
pub static MX_RFC: Scheme = Scheme::new(
    "mx.rfc",
    mx::rfc,
    "Mexican tax number (RFC)",
    "墨西哥税号（RFC）",
);
/// `my.nric`: Malaysian identity card number (NRIC).
pub static MY_NRIC: Scheme = Scheme::with_birth_date(
    "my.nric",
    my::nric,
    my::nric_birth_date,
    "Malaysian identity card number (NRIC)",
    "马来西亚身份证号码（NRIC）",
);
/// `mz.nuit`: Mozambican tax number (NUIT).
pub static MZ_NUIT: Scheme = Scheme::new(
    "mz.nuit",
    mz::nuit,
    "Mozambican tax number (NUIT)",
    "莫桑比克税号（NUIT）",
);
/// `nl.btw`: Dutch VAT number (btw).
pub static NL_BTW: Scheme = Scheme::new(
    "nl.btw",
    nl::btw,
    "Dutch VAT number (btw)",
    "荷兰增值税号（btw）",
);
/// `no.mva`: Norwegian VAT number (MVA).
pub static NO_MVA: Scheme = Scheme::new(
    "no.mva",
    no::mva,
    "Norwegian VAT number (MVA)",
    "挪威增值税号（MVA）",
);
/// `nz.ird`: New Zealand IRD number.
pub static NZ_IRD: Scheme = Scheme::new(
    "nz.ird",
    nz::ird,
    "New Zealand IRD number",
    "新西兰税务局号码（IRD）",
);
/// `pe.ruc`: Peruvian tax number (RUC).
pub static PE_RUC: Scheme = Scheme::new(
    "pe.ruc",
    pe::ruc,
    "Peruvian tax number (RUC)",
    "秘鲁税号（RUC）",
);
/// `pl.nip`: Polish tax number (NIP).
pub static PL_NIP: Scheme = Scheme::new(
    "pl.nip",
    pl::nip,
    "Polish tax number (NIP)",
    "波兰税号（NIP）",
);
/// `pt.nif`: Portuguese tax number (NIF).
pub static PT_NIF: Scheme = Scheme::new(
    "pt.nif",
    pt::nif,
    "Portuguese tax number (NIF)",
    "葡萄牙税号（NIF）",
);
/// `py.ruc`: Paraguayan tax number (RUC).
pub static PY_RUC: Scheme = Scheme::new(
    "py.ruc",
    py::ruc,
    "Paraguayan tax number (RUC)",
    "巴拉圭税号（RUC）",
);
/// `ro.cf`: Romanian VAT number (CF).
pub static RO_CF: Scheme = Scheme::new(
    "ro.cf",
    ro::cf,
    "Romanian VAT number (CF)",
    "罗马尼亚增值税号（CF）",
);
/// `rs.pib`: Serbian tax number (PIB).
pub static RS_PIB: Scheme = Scheme::new(
    "rs.pib",
    rs::pib,
    "Serbian tax number (PIB)",
    "塞尔维亚税号（PIB）",
);
/// `ru.inn`: Russian tax number (INN).
pub static RU_INN: Scheme = Scheme::new(
    "ru.inn",
    ru::inn,
    "Russian tax number (INN)",
    "俄罗斯纳税人识别号（INN）",
);
/// `se.vat`: Swedish VAT number.
pub static SE_VAT: Scheme = Scheme::new("se.vat", se::vat, "Swedish VAT number", "瑞典增值税号");
/// `sg.uen`: Singapore Unique Entity Number (UEN).
pub static SG_UEN: Scheme = Scheme::new(
    "sg.uen",
    sg::uen,
    "Singapore Unique Entity Number (UEN)",
    "新加坡唯一实体编号（UEN）",
);
/// `si.ddv`: Slovenian VAT number (DDV).
pub static SI_DDV: Scheme = Scheme::new(
    "si.ddv",
    si::ddv,
    "Slovenian VAT number (DDV)",
    "斯洛文尼亚增值税号（DDV）",
);
/// `sk.dph`: Slovak VAT number (IČ DPH).
pub static SK_DPH: Scheme = Scheme::new(
    "sk.dph",
    sk::dph,
    "Slovak VAT number (IČ DPH)",
    "斯洛伐克增值税号（IČ DPH）",
);
/// `sm.coe`: San Marino tax number (COE).
pub static SM_COE: Scheme = Scheme::new(
    "sm.coe",
    sm::coe,
    "San Marino tax number (COE)",
    "圣马力诺税号（COE）",
);
/// `sn.ninea`: Senegalese company number (NINEA).
pub static SN_NINEA: Scheme = Scheme::new(
    "sn.ninea",
    sn::ninea,
    "Senegalese company number (NINEA)",
    "塞内加尔企业识别号（NINEA）",
);
/// `sv.nit`: Salvadoran tax number (NIT).
pub static SV_NIT: Scheme = Scheme::new(
    "sv.nit",
    sv::nit,
    "Salvadoran tax number (NIT)",
    "萨尔瓦多税号（NIT）",
);
/// `th.moa`: Thai company registration number.
pub static TH_MOA: Scheme = Scheme::new(
    "th.moa",
    th::moa,
    "Thai company registration number",
    "泰国公司注册号",
);
/// `th.pin`: Thai personal identification number.
pub static TH_PIN: Scheme = Scheme::new(
    "th.pin",
    th::pin,
    "Thai personal identification number",
    "泰国公民身份证号码",
);
/// `tn.mf`: Tunisian tax number (MF).
pub static TN_MF: Scheme = Scheme::new(
    "tn.mf",
    tn::mf,
    "Tunisian tax number (MF)",
    "突尼斯税号（MF）",
);
/// `tr.vkn`: Turkish tax number (VKN).
pub static TR_VKN: Scheme = Scheme::new(
    "tr.vkn",
    tr::vkn,
    "Turkish tax number (VKN)",
    "土耳其税号（VKN）",
);
/// `us.ein`: US Employer Identification Number (EIN).
pub static US_EIN: Scheme = Scheme::new(
    "us.ein",
    us::ein,
    "US Employer Identification Number (EIN)",
    "美国雇主识别号（EIN）",
);
/// `uy.rut`: Uruguayan tax number (RUT).
pub static UY_RUT: Scheme = Scheme::new(
    "uy.rut",
    uy::rut,
    "Uruguayan tax number (RUT)",
    "乌拉圭税号（RUT）",
);
/// `ve.rif`: Venezuelan tax number (RIF).
pub static VE_RIF: Scheme = Scheme::new(
    "ve.rif",
    ve::rif,
    "Venezuelan tax number (RIF)",
    "委内瑞拉税号（RIF）",
);
/// `vn.mst`: Vietnamese tax number (MST).
pub static VN_MST: Scheme = Scheme::new(
    "vn.mst",
    vn::mst,
    "Vietnamese tax number (MST)",
    "越南税号（MST）",
);

/// Every scheme, sorted by name.
pub static SCHEMES: [&Scheme; 96] = [
    &AD_NRT,
    &AL_NIPT,
    &AR_CUIT,
    &AT_UID,
    &AU_ABN,
    &AU_ACN,
    &AU_TFN,
    &AZ_VOEN,
    &BE_VAT,
    &BG_VAT,
    &BR_CNPJ,
    &BY_UNP,
    &CA_BN,
    &CH_UID,
    &CH_VAT,
    &CL_RUT,
    &CN_RIC,
    &CN_USCC,
    &CO_NIT,
    &CR_CPJ,
    &CY_VAT,
    &CZ_DIC,
    &DE_STNR,
    &DE_VAT,
    &DK_CVR,
    &DO_RNC,
    &DZ_NIF,
    &EC_RUC,
    &EE_KMKR,
    &EG_TN,
    &ES_CIF,
    &ES_DNI,
    &ES_NIE,
    &ES_NIF,
    &FI_ALV,
    &FO_VN,
    &FR_SIREN,
    &FR_SIRET,
    &FR_TVA,
    &GB_UTR,
    &GB_VAT,
    &GH_TIN,
    &GN_NIFP,
    &GR_VAT,
    &GT_NIT,
    &HR_OIB,
    &HU_ANUM,
    &ID_NIK,
    &ID_NPWP,
    &IE_VAT,
    &IL_HP,
    &IN_AADHAAR,
    &IN_GSTIN,
    &IN_PAN,
    &IS_VSK,
    &IT_IVA,
    &JP_CN,
    &JP_IN,
    &KE_PIN,
    &KR_BRN,
    &LT_PVM,
    &LU_TVA,
    &LV_PVN,
    &MA_ICE,
    &MC_TVA,
    &ME_PIB,
    &MK_EDB,
    &MT_VAT,
    &MX_RFC,
    &MY_NRIC,
    &MZ_NUIT,
    &NL_BTW,
    &NO_MVA,
    &NZ_IRD,
    &PE_RUC,
    &PL_NIP,
    &PT_NIF,
    &PY_RUC,
    &RO_CF,
    &RS_PIB,
    &RU_INN,
    &SE_VAT,
    &SG_UEN,
    &SI_DDV,
    &SK_DPH,
    &SM_COE,
    &SN_NINEA,
    &SV_NIT,
    &TH_MOA,
    &TH_PIN,
    &TN_MF,
    &TR_VKN,
    &US_EIN,
    &UY_RUT,
    &VE_RIF,
    &VN_MST,
];
