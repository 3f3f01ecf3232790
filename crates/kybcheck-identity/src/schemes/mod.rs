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

/// Every scheme, sorted by name.
pub static SCHEMES: &[Scheme] = &[
    Scheme::new(
        "ad.nrt",
        ad::nrt,
        "Andorran tax number (NRT)",
        "安道尔税号（NRT）",
    ),
    Scheme::new(
        "al.nipt",
        al::nipt,
        "Albanian tax number (NIPT)",
        "阿尔巴尼亚税号（NIPT）",
    ),
    Scheme::new(
        "ar.cuit",
        ar::cuit,
        "Argentine tax number (CUIT)",
        "阿根廷税号（CUIT）",
    ),
    Scheme::new(
        "at.uid",
        at::uid,
        "Austrian VAT number (UID)",
        "奥地利增值税号（UID）",
    ),
    Scheme::new(
        "au.abn",
        au::abn,
        "Australian Business Number",
        "澳大利亚商业号码（ABN）",
    ),
    Scheme::new(
        "au.acn",
        au::acn,
        "Australian Company Number",
        "澳大利亚公司号码（ACN）",
    ),
    Scheme::new(
        "au.tfn",
        au::tfn,
        "Australian Tax File Number",
        "澳大利亚税务档案号（TFN）",
    ),
    Scheme::new(
        "az.voen",
        az::voen,
        "Azerbaijani tax number (VÖEN)",
        "阿塞拜疆税号（VÖEN）",
    ),
    Scheme::new(
        "be.vat",
        be::vat,
        "Belgian enterprise number",
        "比利时企业编号",
    ),
    Scheme::new(
        "bg.vat",
        bg::vat,
        "Bulgarian VAT number",
        "保加利亚增值税号",
    ),
    Scheme::new(
        "br.cnpj",
        br::cnpj,
        "Brazilian company number (CNPJ)",
        "巴西法人登记号（CNPJ）",
    ),
    Scheme::new(
        "by.unp",
        by::unp,
        "Belarusian tax number (UNP)",
        "白俄罗斯纳税人识别号（UNP）",
    ),
    Scheme::new(
        "ca.bn",
        ca::bn,
        "Canadian Business Number",
        "加拿大商业号码（BN）",
    ),
    Scheme::new(
        "ch.uid",
        ch::uid,
        "Swiss business identification number (UID)",
        "瑞士企业识别号（UID）",
    ),
    Scheme::new("ch.vat", ch::vat, "Swiss VAT number", "瑞士增值税号"),
    Scheme::new(
        "cl.rut",
        cl::rut,
        "Chilean tax number (RUT)",
        "智利税号（RUT）",
    ),
    Scheme::with_birth_date(
        "cn.ric",
        cn::ric,
        cn::ric_birth_date,
        "Chinese Resident Identity Card number",
        "中国居民身份证号码",
    ),
    Scheme::new(
        "cn.uscc",
        cn::uscc,
        "Unified Social Credit Code",
        "统一社会信用代码",
    ),
    Scheme::new(
        "co.nit",
        co::nit,
        "Colombian tax number (NIT)",
        "哥伦比亚税号（NIT）",
    ),
    Scheme::new(
        "cr.cpj",
        cr::cpj,
        "Costa Rican legal entity number (CPJ)",
        "哥斯达黎加法人证件号（CPJ）",
    ),
    Scheme::new("cy.vat", cy::vat, "Cypriot VAT number", "塞浦路斯增值税号"),
    Scheme::new(
        "cz.dic",
        cz::dic,
        "Czech VAT number (DIČ)",
        "捷克增值税号（DIČ）",
    ),
    Scheme::new(
        "de.stnr",
        de::stnr,
        "German tax number (Steuernummer)",
        "德国税号（Steuernummer）",
    ),
    Scheme::new(
        "de.vat",
        de::vat,
        "German VAT number (USt-IdNr.)",
        "德国增值税号（USt-IdNr.）",
    ),
    Scheme::new(
        "dk.cvr",
        dk::cvr,
        "Danish VAT number (CVR)",
        "丹麦增值税号（CVR）",
    ),
    Scheme::new(
        "do.rnc",
        do_::rnc,
        "Dominican tax number (RNC)",
        "多米尼加税号（RNC）",
    ),
    Scheme::new(
        "dz.nif",
        dz::nif,
        "Algerian tax number (NIF)",
        "阿尔及利亚税号（NIF）",
    ),
    Scheme::new(
        "ec.ruc",
        ec::ruc,
        "Ecuadorian tax number (RUC)",
        "厄瓜多尔税号（RUC）",
    ),
    Scheme::new(
        "ee.kmkr",
        ee::kmkr,
        "Estonian VAT number (KMKR)",
        "爱沙尼亚增值税号（KMKR）",
    ),
    Scheme::new(
        "eg.tn",
        eg::tn,
        "Egyptian tax registration number",
        "埃及税务登记号",
    ),
    Scheme::new(
        "es.cif",
        es::cif,
        "Spanish company tax number (CIF)",
        "西班牙企业税号（CIF）",
    ),
    Scheme::new(
        "es.dni",
        es::dni,
        "Spanish national identity number (DNI)",
        "西班牙国民身份证号码（DNI）",
    ),
    Scheme::new(
        "es.nie",
        es::nie,
        "Spanish foreigner identity number (NIE)",
        "西班牙外国人身份号码（NIE）",
    ),
    Scheme::new(
        "es.nif",
        es::nif,
        "Spanish tax number (NIF)",
        "西班牙税号（NIF）",
    ),
    Scheme::new(
        "fi.alv",
        fi::alv,
        "Finnish VAT number (ALV)",
        "芬兰增值税号（ALV）",
    ),
    Scheme::new(
        "fo.vn",
        fo::vn,
        "Faroese tax number (V-tal)",
        "法罗群岛税号（V-tal）",
    ),
    Scheme::new(
        "fr.siren",
        fr::siren,
        "French company number (SIREN)",
        "法国企业识别号（SIREN）",
    ),
    Scheme::new(
        "fr.siret",
        fr::siret,
        "French establishment number (SIRET)",
        "法国机构识别号（SIRET）",
    ),
    Scheme::new(
        "fr.tva",
        fr::tva,
        "French VAT number (TVA)",
        "法国增值税号（TVA）",
    ),
    Scheme::new(
        "gb.utr",
        gb::utr,
        "UK Unique Taxpayer Reference",
        "英国纳税人唯一参考号（UTR）",
    ),
    Scheme::new(
        "gb.vat",
        gb::vat,
        "UK VAT registration number",
        "英国增值税登记号",
    ),
    Scheme::new(
        "gh.tin",
        gh::tin,
        "Ghanaian Taxpayer Identification Number",
        "加纳纳税人识别号（TIN）",
    ),
    Scheme::new(
        "gn.nifp",
        gn::nifp,
        "Guinean tax number (NIFp)",
        "几内亚税号（NIFp）",
    ),
    Scheme::new(
        "gr.vat",
        gr::vat,
        "Greek VAT number (ΑΦΜ)",
        "希腊增值税号（ΑΦΜ）",
    ),
    Scheme::new(
        "gt.nit",
        gt::nit,
        "Guatemalan tax number (NIT)",
        "危地马拉税号（NIT）",
    ),
    Scheme::new(
        "hr.oib",
        hr::oib,
        "Croatian identification number (OIB)",
        "克罗地亚识别号（OIB）",
    ),
    Scheme::new(
        "hu.anum",
        hu::anum,
        "Hungarian VAT number (ANUM)",
        "匈牙利增值税号（ANUM）",
    ),
    Scheme::with_birth_date(
        "id.nik",
        id::nik,
        id::nik_birth_date,
        "Indonesian identity number (NIK)",
        "印度尼西亚身份号码（NIK）",
    ),
    Scheme::new(
        "id.npwp",
        id::npwp,
        "Indonesian tax number (NPWP)",
        "印度尼西亚税号（NPWP）",
    ),
    Scheme::new("ie.vat", ie::vat, "Irish VAT number", "爱尔兰增值税号"),
    Scheme::new("il.hp", il::hp, "Israeli company number", "以色列公司编号"),
    Scheme::new(
        "in_.aadhaar",
        in_::aadhaar,
        "Aadhaar number",
        "印度 Aadhaar 身份号码",
    ),
    Scheme::new(
        "in_.gstin",
        in_::gstin,
        "Indian GST identification number (GSTIN)",
        "印度商品及服务税识别号（GSTIN）",
    ),
    Scheme::new(
        "in_.pan",
        in_::pan,
        "Indian Permanent Account Number (PAN)",
        "印度永久账户号码（PAN）",
    ),
    Scheme::new(
        "is_.vsk",
        is_::vsk,
        "Icelandic VAT number (VSK)",
        "冰岛增值税号（VSK）",
    ),
    Scheme::new(
        "it.iva",
        it::iva,
        "Italian VAT number (Partita IVA)",
        "意大利增值税号（Partita IVA）",
    ),
    Scheme::new("jp.cn", jp::cn, "Japanese Corporate Number", "日本法人番号"),
    Scheme::new(
        "jp.in_",
        jp::in_,
        "Japanese Individual Number (My Number)",
        "日本个人番号（My Number）",
    ),
    Scheme::new(
        "ke.pin",
        ke::pin,
        "Kenyan tax number (PIN)",
        "肯尼亚税号（PIN）",
    ),
    Scheme::new(
        "kr.brn",
        kr::brn,
        "South Korean Business Registration Number",
        "韩国营业执照号码",
    ),
    Scheme::new(
        "lt.pvm",
        lt::pvm,
        "Lithuanian VAT number (PVM)",
        "立陶宛增值税号（PVM）",
    ),
    Scheme::new(
        "lu.tva",
        lu::tva,
        "Luxembourg VAT number (TVA)",
        "卢森堡增值税号（TVA）",
    ),
    Scheme::new(
        "lv.pvn",
        lv::pvn,
        "Latvian VAT number (PVN)",
        "拉脱维亚增值税号（PVN）",
    ),
    Scheme::new(
        "ma.ice",
        ma::ice,
        "Moroccan company identifier (ICE)",
        "摩洛哥企业统一识别号（ICE）",
    ),
    Scheme::new(
        "mc.tva",
        mc::tva,
        "Monegasque VAT number (TVA)",
        "摩纳哥增值税号（TVA）",
    ),
    Scheme::new(
        "me.pib",
        me::pib,
        "Montenegrin tax number (PIB)",
        "黑山税号（PIB）",
    ),
    Scheme::new(
        "mk.edb",
        mk::edb,
        "North Macedonian tax number (EDB)",
        "北马其顿税号（EDB）",
    ),
    Scheme::new("mt.vat", mt::vat, "Maltese VAT number", "马耳他增值税号"),
    Scheme::new(
        "mx.rfc",
        mx::rfc,
        "Mexican tax number (RFC)",
        "墨西哥税号（RFC）",
    ),
    Scheme::with_birth_date(
        "my.nric",
        my::nric,
        my::nric_birth_date,
        "Malaysian identity card number (NRIC)",
        "马来西亚身份证号码（NRIC）",
    ),
    Scheme::new(
        "mz.nuit",
        mz::nuit,
        "Mozambican tax number (NUIT)",
        "莫桑比克税号（NUIT）",
    ),
    Scheme::new(
        "nl.btw",
        nl::btw,
        "Dutch VAT number (btw)",
        "荷兰增值税号（btw）",
    ),
    Scheme::new(
        "no.mva",
        no::mva,
        "Norwegian VAT number (MVA)",
        "挪威增值税号（MVA）",
    ),
    Scheme::new(
        "nz.ird",
        nz::ird,
        "New Zealand IRD number",
        "新西兰税务局号码（IRD）",
    ),
    Scheme::new(
        "pe.ruc",
        pe::ruc,
        "Peruvian tax number (RUC)",
        "秘鲁税号（RUC）",
    ),
    Scheme::new(
        "pl.nip",
        pl::nip,
        "Polish tax number (NIP)",
        "波兰税号（NIP）",
    ),
    Scheme::new(
        "pt.nif",
        pt::nif,
        "Portuguese tax number (NIF)",
        "葡萄牙税号（NIF）",
    ),
    Scheme::new(
        "py.ruc",
        py::ruc,
        "Paraguayan tax number (RUC)",
        "巴拉圭税号（RUC）",
    ),
    Scheme::new(
        "ro.cf",
        ro::cf,
        "Romanian VAT number (CF)",
        "罗马尼亚增值税号（CF）",
    ),
    Scheme::new(
        "rs.pib",
        rs::pib,
        "Serbian tax number (PIB)",
        "塞尔维亚税号（PIB）",
    ),
    Scheme::new(
        "ru.inn",
        ru::inn,
        "Russian tax number (INN)",
        "俄罗斯纳税人识别号（INN）",
    ),
    Scheme::new("se.vat", se::vat, "Swedish VAT number", "瑞典增值税号"),
    Scheme::new(
        "sg.uen",
        sg::uen,
        "Singapore Unique Entity Number (UEN)",
        "新加坡唯一实体编号（UEN）",
    ),
    Scheme::new(
        "si.ddv",
        si::ddv,
        "Slovenian VAT number (DDV)",
        "斯洛文尼亚增值税号（DDV）",
    ),
    Scheme::new(
        "sk.dph",
        sk::dph,
        "Slovak VAT number (IČ DPH)",
        "斯洛伐克增值税号（IČ DPH）",
    ),
    Scheme::new(
        "sm.coe",
        sm::coe,
        "San Marino tax number (COE)",
        "圣马力诺税号（COE）",
    ),
    Scheme::new(
        "sn.ninea",
        sn::ninea,
        "Senegalese company number (NINEA)",
        "塞内加尔企业识别号（NINEA）",
    ),
    Scheme::new(
        "sv.nit",
        sv::nit,
        "Salvadoran tax number (NIT)",
        "萨尔瓦多税号（NIT）",
    ),
    Scheme::new(
        "th.moa",
        th::moa,
        "Thai company registration number",
        "泰国公司注册号",
    ),
    Scheme::new(
        "th.pin",
        th::pin,
        "Thai personal identification number",
        "泰国公民身份证号码",
    ),
    Scheme::new(
        "tn.mf",
        tn::mf,
        "Tunisian tax number (MF)",
        "突尼斯税号（MF）",
    ),
    Scheme::new(
        "tr.vkn",
        tr::vkn,
        "Turkish tax number (VKN)",
        "土耳其税号（VKN）",
    ),
    Scheme::new(
        "us.ein",
        us::ein,
        "US Employer Identification Number (EIN)",
        "美国雇主识别号（EIN）",
    ),
    Scheme::new(
        "uy.rut",
        uy::rut,
        "Uruguayan tax number (RUT)",
        "乌拉圭税号（RUT）",
    ),
    Scheme::new(
        "ve.rif",
        ve::rif,
        "Venezuelan tax number (RIF)",
        "委内瑞拉税号（RIF）",
    ),
    Scheme::new(
        "vn.mst",
        vn::mst,
        "Vietnamese tax number (MST)",
        "越南税号（MST）",
    ),
];
