//! The field table: the request and response shapes of SPEC §3 and §7, written once, as data.
//!
//! Each row says what a member holds, when it must be present, and which cross-field rules
//! it takes part in, naming the other members it reads: nothing in the walk (`walk/`) or
//! in the schema generator (`schema_gen.rs`) matches on a member's name. The typed model
//! (`model.rs`) mirrors the table; a test there checks both name the same members in the
//! same order, with the same requiredness.

/// Vocabularies of SPEC §4.
pub mod vocab {
    pub const BUSINESS_TYPE: &[&str] = &[
        "Sole Proprietorship",
        "Partnership",
        "Limited Partnership",
        "Limited Liability Partnership",
        "Limited Liability Company",
        "Corporation",
        "Public Limited Company",
        "Non-Profit Organization",
        "Trust",
        "Government Entity",
    ];
    pub const BUSINESS_IDENTIFIER_TYPE: &[&str] = &[
        "Business Registration",
        "Certificate of Incorporation",
        "Tax ID",
        "VAT Number",
    ];
    pub const PRODUCT_REFERENCE: &[&str] = &[
        "Financial Services",
        "E-commerce",
        "Marketplace",
        "Software and SaaS",
        "Professional Services",
        "Travel and Hospitality",
        "Education",
        "Gaming",
        "Logistics",
        "Retail",
    ];
    pub const ROLE_TYPE: &[&str] = &[
        "Director",
        "Shareholder",
        "Ultimate Beneficial Owner",
        "Legal Representative",
        "Authorized Signatory",
    ];
    pub const ID_TYPE: &[&str] = &[
        "National ID",
        "Passport",
        "Driver License",
        "Residence Permit",
    ];
    /// ID types whose document needs an expiry date (SPEC §3).
    pub const EXPIRING_ID_TYPES: &[&str] = &["Passport"];
    /// ID types with a back side (SPEC §3: `id_document_back_file_id` is required).
    pub const TWO_SIDED_ID_TYPES: &[&str] = &["National ID", "Driver License", "Residence Permit"];
    pub const STATUS: &[&str] = &["Processing", "Succeeded", "Failed", "Suspended"];
    /// Every vocabulary.
    #[cfg(test)]
    pub const ALL: &[&[&str]] = &[
        BUSINESS_TYPE,
        BUSINESS_IDENTIFIER_TYPE,
        PRODUCT_REFERENCE,
        ROLE_TYPE,
        ID_TYPE,
        STATUS,
    ];
}

/// When a member must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Req {
    /// Always (R).
    Always,
    /// Never (O).
    Optional,
    /// When the sibling member `sibling` holds one of `any_of` (C).
    When {
        /// The sibling's wire name.
        sibling: &'static str,
        /// The values that make this member required.
        any_of: &'static [&'static str],
    },
    /// When the address country's `requires` lists this member's part (C, SPEC §3.1).
    IfAddressRequires,
}

/// The part of an address a member is (SPEC §3.1): the address rules find the members of
/// an address object by these, not by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressPart {
    /// Street line.
    Line1,
    /// City (may be required by the country).
    City,
    /// State (may be required; a subdivision for US, CA, AU).
    State,
    /// Postcode (may be required; the country's pattern).
    Postcode,
    /// The country whose rules apply.
    Country,
}

/// A member of the same object, or a member of a sibling object of the parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// A sibling member.
    Sibling(&'static str),
    /// Member `.1` of the parent's member `.0`, an object that comes before this member's
    /// own object (the ID's issue date reads the person's `basic_info/birth_date`).
    Cousin(&'static str, &'static str),
}

/// Which table of SPEC §3.3 names an identity number's scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdTable {
    /// Business identifiers, by country and identifier type.
    Business,
    /// Personal identity numbers, by document type and issuing country.
    Personal,
}

/// The identity-number rule of a member (SPEC §3.3): the siblings whose values name the scheme
/// (each must have passed its own rules), and the birth date to compare with the one some
/// numbers carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    /// The table.
    pub table: IdTable,
    /// The sibling holding the issuing country.
    pub country: &'static str,
    /// The sibling holding the identifier or document type.
    pub kind: &'static str,
    /// The birth date (`id_birth_date`, requests only).
    pub birth: Option<Ref>,
}

/// The date rules of a date-time member, applied in this order (SPEC §3): each one only
/// when the ones before passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    /// After now → `in_future`.
    pub not_future: bool,
    /// A birth date: `underage`, `too_old`.
    pub birth: bool,
    /// Not after this date → `date_order`, params `other`.
    pub after: Option<Ref>,
    /// Not after now → `expired`.
    pub not_expired: bool,
    /// Less than 30 days after now → warning `expires_soon`.
    pub warn_soon: bool,
}

impl Dates {
    /// No date rule.
    pub const NONE: Dates = Dates {
        not_future: false,
        birth: false,
        after: None,
        not_expired: false,
        warn_soon: false,
    };

    /// Does the member have any date rule?
    pub fn any(&self) -> bool {
        self.not_future || self.birth || self.after.is_some() || self.not_expired || self.warn_soon
    }
}

/// Which items of a list must differ (requests only; SPEC §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unique {
    /// No rule.
    None,
    /// String items: a repeat → `duplicate` on the later item, params `other`.
    Items,
    /// Object items: the same values of `members` of their member `object` twice →
    /// `duplicate` on the later item's `object/report`, params `other`.
    Key {
        /// The member (an object) that holds the key.
        object: &'static str,
        /// The members whose values form the key.
        members: &'static [&'static str],
        /// Where the error goes, among `members`.
        report: &'static str,
    },
}

/// Which characters a string may hold, beyond the rules for every string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// Anything not forbidden for every string.
    Any,
    /// ASCII letters, digits, `-`, `_`, `.` (partner IDs and file ids).
    IdChars,
    /// ASCII letters, digits, space, `-`, `/`, `.` (identifier and ID numbers).
    DocumentNumber,
    /// Letters, combining marks, space, `'`, `-`, `.` (person names in English).
    PersonName,
}

/// What a string field holds, checked after the rules for every string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Nothing more.
    Plain,
    /// ISO 3166-1 alpha-2 (SPEC §3.2).
    Country,
    /// ISO 4217 (SPEC §3.2).
    Currency,
    /// E.164 and numbering plans (SPEC §3.2).
    Phone,
    /// E-mail address (SPEC §3.2).
    Email,
    /// Website URL (SPEC §3).
    Url,
    /// RFC 3339 date-time (SPEC §3.2).
    DateTime,
    /// One of a vocabulary.
    Enum(&'static [&'static str]),
    /// ISO 18245 merchant category code.
    Mcc,
}

/// A string field's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// Minimum length in Unicode scalar values (`too_short`), when stated.
    pub min: Option<usize>,
    /// Maximum length in Unicode scalar values (`too_long`), when stated.
    pub max: Option<usize>,
    /// Free text: `<` and `>` are forbidden.
    pub free: bool,
    /// Latin script only (`not_latin`).
    pub latin: bool,
    /// Allowed characters.
    pub charset: Charset,
    /// The field's own format.
    pub format: Format,
}

impl Text {
    const fn new(format: Format) -> Text {
        Text {
            min: None,
            max: None,
            free: false,
            latin: false,
            charset: Charset::Any,
            format,
        }
    }
    const fn len(mut self, min: usize, max: usize) -> Text {
        self.min = Some(min);
        self.max = Some(max);
        self
    }
    const fn free(mut self) -> Text {
        self.free = true;
        self
    }
    const fn latin(mut self) -> Text {
        self.latin = true;
        self
    }
    const fn chars(mut self, charset: Charset) -> Text {
        self.charset = charset;
        self
    }
}

/// The kind of value a member holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A JSON string.
    Text(Text),
    /// A JSON number: an amount (`not_positive`), with no more decimals than the minor
    /// unit of the currency in the sibling member `currency` (`precision`).
    Amount {
        /// The sibling holding the currency code.
        currency: &'static str,
    },
    /// A nested object.
    Object(&'static Obj),
    /// An array of items, with its size limits (not applied in responses).
    List {
        /// The kind of every item.
        item: &'static Kind,
        /// Fewest items (`too_few_items`).
        min: usize,
        /// Most items (`too_many_items`).
        max: usize,
        /// Which items must differ.
        unique: Unique,
    },
}

/// One member of an object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    /// The wire name.
    pub name: &'static str,
    /// When it must be present (in requests; responses relax this, SPEC §7).
    pub req: Req,
    /// Its value.
    pub kind: Kind,
    /// Date rules, for date-time fields.
    pub date: Dates,
    /// Which part of an address the member is (address objects only).
    pub part: Option<AddressPart>,
    /// Must differ from this sibling's value → `duplicate`, params `other` (requests only).
    pub differs_from: Option<&'static str>,
    /// The identity-number rule (SPEC §3.3), behind a reference: two rows have one, and a
    /// small row keeps the walk's scans of the table fast.
    pub identity: Option<&'static Identity>,
    /// Schema title.
    pub title: &'static str,
    /// Schema description.
    pub description: &'static str,
    /// An example value, as JSON text (for the schema's `examples`).
    pub example: &'static str,
}

/// An object shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Obj {
    /// Name of the shape (its `$defs` key in the schema).
    pub name: &'static str,
    /// Schema title.
    pub title: &'static str,
    /// Members in SPEC order (which is the walk order).
    pub fields: &'static [Field],
}

impl Obj {
    /// The index of the member named `name`.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// The index of the member that is the address part `part`.
    pub fn part(&self, part: AddressPart) -> Option<usize> {
        self.fields.iter().position(|f| f.part == Some(part))
    }
}

/// Schema text (titles, descriptions, examples) is read only by the schema generator.
/// Without the `schema` feature (the WebAssembly build, whose package carries the committed
/// schema files, proven current by `tests/schema.rs`) the text is left out of the table.
const fn doc(text: &'static str) -> &'static str {
    if cfg!(not(feature = "schema")) {
        ""
    } else {
        text
    }
}

const fn field(
    name: &'static str,
    req: Req,
    kind: Kind,
    title: &'static str,
    description: &'static str,
    example: &'static str,
) -> Field {
    Field {
        name,
        req,
        kind,
        date: Dates::NONE,
        part: None,
        differs_from: None,
        identity: None,
        title: doc(title),
        description: doc(description),
        example: doc(example),
    }
}

/// A date-time member. Its example passes its own rules (SPEC §9): a birth date of an adult,
/// an expiry years ahead.
const fn date(
    name: &'static str,
    req: Req,
    dates: Dates,
    title: &'static str,
    description: &'static str,
    example: &'static str,
) -> Field {
    let mut f = field(
        name,
        req,
        Kind::Text(Text::new(Format::DateTime)),
        title,
        description,
        example,
    );
    f.date = dates;
    f
}

impl Field {
    const fn part(mut self, part: AddressPart) -> Field {
        self.part = Some(part);
        self
    }
    const fn differs_from(mut self, sibling: &'static str) -> Field {
        self.differs_from = Some(sibling);
        self
    }
    const fn identity(mut self, identity: &'static Identity) -> Field {
        self.identity = Some(identity);
        self
    }
}

/// Date rules: not after now.
const NOT_FUTURE: Dates = Dates {
    not_future: true,
    ..Dates::NONE
};
/// Date rules of a birth date.
const BIRTH: Dates = Dates {
    not_future: true,
    birth: true,
    ..Dates::NONE
};
/// Date rules of an expiry: after `after`, not expired (and `warn_soon`).
const fn expiry(after: &'static str, warn_soon: bool) -> Dates {
    Dates {
        after: Some(Ref::Sibling(after)),
        not_expired: true,
        warn_soon,
        ..Dates::NONE
    }
}

use Req::{Always, IfAddressRequires, Optional};

const COUNTRY: Kind = Kind::Text(Text::new(Format::Country));
const FILE_ID: Kind = Kind::Text(Text::new(Format::Plain).len(1, 128).chars(Charset::IdChars));
const DOC_NUMBER: Kind = Kind::Text(
    Text::new(Format::Plain)
        .len(1, 50)
        .chars(Charset::DocumentNumber),
);
const PARTNER_ID: Kind = Kind::Text(Text::new(Format::Plain).len(20, 64).chars(Charset::IdChars));
const NAME_EN: Kind = Kind::Text(
    Text::new(Format::Plain)
        .len(1, 64)
        .free()
        .latin()
        .chars(Charset::PersonName),
);
const NAME_LOCAL: Kind = Kind::Text(Text::new(Format::Plain).len(1, 64).free());
const FILE_ID_ITEM: Kind = FILE_ID;

pub static BUSINESS_DETAILS: Obj = Obj {
    name: "business_details",
    title: doc("Business details"),
    fields: &[
        field("business_name_english", Always, Kind::Text(Text::new(Format::Plain).len(2, 128).free().latin()),
            "Business name in English", "The registered name of the business, in Latin script; 2–128 characters.", "\"Acme Trading Limited\""),
        field("business_type", Always, Kind::Text(Text::new(Format::Enum(vocab::BUSINESS_TYPE))),
            "Business type", "The legal form of the business.", "\"Limited Liability Company\""),
        field("website", Optional, Kind::Text(Text::new(Format::Url).len(1, 225)),
            "Website", "An absolute http or https URL with a domain name of at least two labels; at most 225 characters.", "\"https://www.example.com\""),
        field("business_identifier_type", Always, Kind::Text(Text::new(Format::Enum(vocab::BUSINESS_IDENTIFIER_TYPE))),
            "Business identifier type", "The kind of registration number given.", "\"Business Registration\""),
        field("business_identifier_number", Always, DOC_NUMBER,
            "Business identifier number", "The registration number: ASCII letters, digits, space, '-', '/', '.'; 1–50 characters; checked against its country's scheme (SPEC §3.3).", "\"201912345K\"")
            .identity(&Identity { table: IdTable::Business, country: "business_identifier_country_code", kind: "business_identifier_type", birth: None }),
        field("business_identifier_country_code", Always, COUNTRY,
            "Business identifier country", "ISO 3166-1 alpha-2 code of the issuing country.", "\"US\""),
        field("business_identifier_document_list", Always, Kind::List { item: &FILE_ID_ITEM, min: 1, max: 10, unique: Unique::Items },
            "Business identifier documents", "File ids of the registration documents: 1–10, no repeats.", "[\"file_01HF3K9V2M\"]"),
        field("business_name", Optional, Kind::Text(Text::new(Format::Plain).len(1, 128).free()),
            "Business name (local)", "The registered name in its local language and script; 1–128 characters.", "\"艾克美贸易有限公司\""),
        date("business_identifier_start_date", Always, NOT_FUTURE,
            "Registration date", "When the business was registered: an RFC 3339 date-time, not in the future.", "\"2019-03-14T00:00:00Z\""),
        date("business_identifier_expiry_date", Optional, expiry("business_identifier_start_date", false),
            "Registration expiry date", "When the registration expires: after the start date and after now.", "\"2036-03-13T00:00:00Z\""),
    ],
};

const fn address_fields(
    line1: &'static str,
    city: &'static str,
    state: &'static str,
    postcode: &'static str,
    country: &'static str,
) -> [Field; 5] {
    [
        field(line1, Always, Kind::Text(Text::new(Format::Plain).len(1, 128).free()),
            "Address line 1", "Street address; 1–128 characters.", "\"1 Market Street\"").part(AddressPart::Line1),
        field(city, IfAddressRequires, Kind::Text(Text::new(Format::Plain).len(1, 64).free()),
            "City", "City or town; 1–64 characters; required where the country's address format requires it.", "\"San Francisco\"").part(AddressPart::City),
        field(state, IfAddressRequires, Kind::Text(Text::new(Format::Plain).len(1, 64).free()),
            "State or province", "State, province or region; 1–64 characters; for US, CA and AU a code or name of the country's subdivisions.", "\"CA\"").part(AddressPart::State),
        field(postcode, IfAddressRequires, Kind::Text(Text::new(Format::Plain).len(1, 16)),
            "Postcode", "Postal code; 1–16 characters; must match the country's postcode format.", "\"94105\"").part(AddressPart::Postcode),
        field(country, Always, COUNTRY,
            "Country", "ISO 3166-1 alpha-2 country code.", "\"US\"").part(AddressPart::Country),
    ]
}

static REGISTRATION_ADDRESS_FIELDS: [Field; 5] = address_fields(
    "registration_address_line1",
    "registration_address_city",
    "registration_address_state",
    "registration_address_postcode",
    "registration_address_country_code",
);

pub static REGISTRATION_ADDRESS: Obj = Obj {
    name: "registration_address",
    title: doc("Registration address"),
    fields: &REGISTRATION_ADDRESS_FIELDS,
};

static RESIDENTIAL_ADDRESS_FIELDS: [Field; 5] = address_fields(
    "residential_address_line1",
    "residential_address_city",
    "residential_address_state",
    "residential_address_postcode",
    "residential_address_country_code",
);

pub static RESIDENTIAL_ADDRESS: Obj = Obj {
    name: "residential_address",
    title: doc("Residential address"),
    fields: &RESIDENTIAL_ADDRESS_FIELDS,
};

pub static ACCOUNT_USAGE: Obj = Obj {
    name: "account_usage",
    title: doc("Account usage"),
    fields: &[
        field(
            "operating_country",
            Always,
            COUNTRY,
            "Operating country",
            "ISO 3166-1 alpha-2 code of the main country of operation.",
            "\"US\"",
        ),
        field(
            "goods_service_description",
            Always,
            Kind::Text(Text::new(Format::Plain).len(10, 500).free()),
            "Goods and services",
            "What the business sells; 10–500 characters.",
            "\"Wholesale of consumer electronics to retailers\"",
        ),
        field(
            "industry_category_code",
            Always,
            Kind::Text(Text::new(Format::Mcc)),
            "Industry category code",
            "ISO 18245 merchant category code: exactly four digits.",
            "\"5732\"",
        ),
        field(
            "account_usage_product_reference",
            Always,
            Kind::Text(Text::new(Format::Enum(vocab::PRODUCT_REFERENCE))),
            "Product",
            "What the account will be used for.",
            "\"E-commerce\"",
        ),
        field(
            "estimated_monthly_revenue_currency",
            Always,
            Kind::Text(Text::new(Format::Currency)),
            "Revenue currency",
            "ISO 4217 code of an active currency.",
            "\"USD\"",
        ),
        field(
            "estimated_monthly_revenue_amount",
            Always,
            Kind::Amount {
                currency: "estimated_monthly_revenue_currency",
            },
            "Estimated monthly revenue",
            "A positive number with no more decimals than the currency's minor unit.",
            "99.99",
        ),
    ],
};

pub static PRIMARY_CONTACT: Obj = Obj {
    name: "primary_contact",
    title: doc("Primary contact"),
    fields: &[
        field(
            "contact_phone",
            Always,
            Kind::Text(Text::new(Format::Phone)),
            "Contact phone",
            "E.164 phone number valid in its country's numbering plan.",
            "\"+8613800138000\"",
        ),
        field(
            "contact_email",
            Always,
            Kind::Text(Text::new(Format::Email)),
            "Contact e-mail",
            "An e-mail address; at most 254 characters.",
            "\"service@example.com\"",
        ),
    ],
};

pub static BASIC_INFO: Obj = Obj {
    name: "basic_info",
    title: doc("Basic information"),
    fields: &[
        field(
            "first_name_english",
            Always,
            NAME_EN,
            "First name in English",
            "Latin letters, combining marks, space, ', - and .; 1–64 characters.",
            "\"Mei\"",
        ),
        field(
            "last_name_english",
            Always,
            NAME_EN,
            "Last name in English",
            "Latin letters, combining marks, space, ', - and .; 1–64 characters.",
            "\"Chen\"",
        ),
        date(
            "birth_date",
            Always,
            BIRTH,
            "Birth date",
            "RFC 3339 date-time; the person must be 18 to 120 years old.",
            "\"1984-06-02T00:00:00+08:00\"",
        ),
        field(
            "nationality",
            Always,
            COUNTRY,
            "Nationality",
            "ISO 3166-1 alpha-2 country code.",
            "\"SG\"",
        ),
        field(
            "role_type",
            Always,
            Kind::Text(Text::new(Format::Enum(vocab::ROLE_TYPE))),
            "Role",
            "The person's role in the business.",
            "\"Director\"",
        ),
        field(
            "first_name",
            Optional,
            NAME_LOCAL,
            "First name (local)",
            "In any script; 1–64 characters.",
            "\"美\"",
        ),
        field(
            "last_name",
            Optional,
            NAME_LOCAL,
            "Last name (local)",
            "In any script; 1–64 characters.",
            "\"陈\"",
        ),
    ],
};

pub static IDENTIFICATION: Obj = Obj {
    name: "identification",
    title: doc("Identity document"),
    fields: &[
        field(
            "id_type",
            Always,
            Kind::Text(Text::new(Format::Enum(vocab::ID_TYPE))),
            "ID type",
            "The kind of identity document.",
            "\"Passport\"",
        ),
        field(
            "id_number",
            Always,
            DOC_NUMBER,
            "ID number",
            "ASCII letters, digits, space, '-', '/', '.'; 1–50 characters; checked against the issuing country's scheme for the document type (SPEC §3.3).",
            "\"E12345678\"",
        )
        .identity(&Identity {
            table: IdTable::Personal,
            country: "id_issuing_country_code",
            kind: "id_type",
            birth: Some(Ref::Cousin("basic_info", "birth_date")),
        }),
        field(
            "id_issuing_country_code",
            Always,
            COUNTRY,
            "Issuing country",
            "ISO 3166-1 alpha-2 country code.",
            "\"SG\"",
        ),
        date(
            "id_issue_date",
            Optional,
            Dates {
                not_future: true,
                after: Some(Ref::Cousin("basic_info", "birth_date")),
                ..Dates::NONE
            },
            "Issue date",
            "RFC 3339 date-time; not in the future and after the birth date.",
            "\"2022-01-10T00:00:00+08:00\"",
        ),
        date(
            "id_expiration_date",
            Req::When {
                sibling: "id_type",
                any_of: vocab::EXPIRING_ID_TYPES,
            },
            expiry("id_issue_date", true),
            "Expiry date",
            "RFC 3339 date-time; required for passports; after the issue date and after now.",
            "\"2036-01-09T00:00:00+08:00\"",
        ),
        field(
            "id_document_front_file_id",
            Always,
            FILE_ID,
            "Front side file id",
            "ASCII letters, digits, '-', '_', '.'; 1–128 characters.",
            "\"file_front_01\"",
        ),
        field(
            "id_document_back_file_id",
            Req::When {
                sibling: "id_type",
                any_of: vocab::TWO_SIDED_ID_TYPES,
            },
            FILE_ID,
            "Back side file id",
            "Required for two-sided documents; must differ from the front side.",
            "\"file_back_01\"",
        )
        .differs_from("id_document_front_file_id"),
    ],
};

pub static PERSON: Obj = Obj {
    name: "business_person",
    title: doc("Business person"),
    fields: &[
        field(
            "basic_info",
            Always,
            Kind::Object(&BASIC_INFO),
            "Basic information",
            "Name, birth date, nationality and role.",
            "{}",
        ),
        field(
            "residential_address",
            Always,
            Kind::Object(&RESIDENTIAL_ADDRESS),
            "Residential address",
            "Where the person lives.",
            "{}",
        ),
        field(
            "identification",
            Always,
            Kind::Object(&IDENTIFICATION),
            "Identity document",
            "The person's identity document.",
            "{}",
        ),
    ],
};

const PERSON_ITEM: Kind = Kind::Object(&PERSON);

/// The Create Customer request.
pub static REQUEST: Obj = Obj {
    name: "create_customer_request",
    title: doc("Create Customer request"),
    fields: &[
        field(
            "partner_customer_id",
            Always,
            PARTNER_ID,
            "Partner customer ID",
            "Your own id for the customer: ASCII letters, digits, '-', '_', '.'; 20–64 characters.",
            "\"partner-cust-000000000001\"",
        ),
        field(
            "business_details",
            Always,
            Kind::Object(&BUSINESS_DETAILS),
            "Business details",
            "The business being onboarded.",
            "{}",
        ),
        field(
            "registration_address",
            Always,
            Kind::Object(&REGISTRATION_ADDRESS),
            "Registration address",
            "The registered address of the business.",
            "{}",
        ),
        field(
            "account_usage",
            Always,
            Kind::Object(&ACCOUNT_USAGE),
            "Account usage",
            "How the account will be used.",
            "{}",
        ),
        field(
            "primary_contact",
            Always,
            Kind::Object(&PRIMARY_CONTACT),
            "Primary contact",
            "Who to contact.",
            "{}",
        ),
        field(
            "business_person_list",
            Always,
            Kind::List {
                item: &PERSON_ITEM,
                min: 1,
                max: 20,
                unique: Unique::Key {
                    object: "identification",
                    members: &["id_type", "id_number", "id_issuing_country_code"],
                    report: "id_number",
                },
            },
            "Business persons",
            "Directors, owners and representatives: 1–20 persons.",
            "[]",
        ),
    ],
};

/// A business person in a response: no `basic_info` (SPEC §7).
pub static RESPONSE_PERSON: Obj = Obj {
    name: "response_business_person",
    title: doc("Business person"),
    fields: &[
        field(
            "residential_address",
            Optional,
            Kind::Object(&RESIDENTIAL_ADDRESS),
            "Residential address",
            "Where the person lives.",
            "{}",
        ),
        field(
            "identification",
            Optional,
            Kind::Object(&IDENTIFICATION),
            "Identity document",
            "The person's identity document.",
            "{}",
        ),
    ],
};

const RESPONSE_PERSON_ITEM: Kind = Kind::Object(&RESPONSE_PERSON);

/// The Create Customer response.
pub static RESPONSE: Obj = Obj {
    name: "create_customer_response",
    title: doc("Create Customer response"),
    fields: &[
        field("customer_id", Always, Kind::Text(Text::new(Format::Plain).len(1, 64).chars(Charset::IdChars)),
            "Customer ID", "The provider's id for the customer: ASCII letters, digits, '-', '_', '.'; 1–64 characters.", "\"cus_01HF3K9V2M\""),
        field("partner_customer_id", Always, PARTNER_ID,
            "Partner customer ID", "Your own id for the customer, as sent.", "\"partner-cust-000000000001\""),
        field("status", Always, Kind::Text(Text::new(Format::Enum(vocab::STATUS))),
            "Status", "Where onboarding stands.", "\"Processing\""),
        date("created_at", Always, Dates::NONE, "Created at", "When the customer was created: an RFC 3339 date-time.", "\"2026-11-22T18:30:00Z\""),
        field("account_usage", Optional, Kind::Object(&ACCOUNT_USAGE), "Account usage", "As sent; all fields optional.", "{}"),
        field("primary_contact", Optional, Kind::Object(&PRIMARY_CONTACT), "Primary contact", "As sent; all fields optional.", "{}"),
        field("business_person_list", Optional, Kind::List { item: &RESPONSE_PERSON_ITEM, min: 0, max: usize::MAX, unique: Unique::None },
            "Business persons", "As sent, without basic_info; all fields optional.", "[]"),
    ],
};

/// The most members an object shape has (the walk keeps per-member state in arrays).
pub const MAX_FIELDS: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_shape_has_more_than_max_fields() {
        for obj in ALL {
            assert!(obj.fields.len() <= MAX_FIELDS, "{}", obj.name);
        }
    }

    const ALL: &[&Obj] = &[
        &REQUEST,
        &RESPONSE,
        &BUSINESS_DETAILS,
        &REGISTRATION_ADDRESS,
        &RESIDENTIAL_ADDRESS,
        &ACCOUNT_USAGE,
        &PRIMARY_CONTACT,
        &BASIC_INFO,
        &IDENTIFICATION,
        &PERSON,
        &RESPONSE_PERSON,
    ];

    fn text_of(obj: &Obj, name: &str) -> Option<Text> {
        match obj.fields.get(obj.index_of(name)?)?.kind {
            Kind::Text(t) => Some(t),
            _ => None,
        }
    }

    fn object_of(obj: &Obj, name: &str) -> Option<&'static Obj> {
        match obj.fields.get(obj.index_of(name)?)?.kind {
            Kind::Object(o) => Some(o),
            _ => None,
        }
    }

    /// Every member a row names exists where the walk will look for it, with the kind the
    /// rule reads: a typo in the table fails here, not silently in a document.
    #[test]
    fn every_reference_in_the_table_resolves() {
        let mut parents: Vec<(&Obj, &Obj)> = Vec::new();
        for obj in ALL {
            for f in obj.fields {
                let inner = match f.kind {
                    Kind::List { item, .. } => *item,
                    k => k,
                };
                if let Kind::Object(child) = inner {
                    parents.push((child, obj));
                }
            }
        }
        for obj in ALL {
            for (i, f) in obj.fields.iter().enumerate() {
                if let Req::When { sibling, any_of } = f.req {
                    let t = text_of(obj, sibling).expect("a text sibling");
                    let Format::Enum(allowed) = t.format else {
                        panic!("{}: {sibling} is not an enum", f.name)
                    };
                    assert!(any_of.iter().all(|v| allowed.contains(v)), "{}", f.name);
                }
                if let Some(sibling) = f.differs_from {
                    assert!(text_of(obj, sibling).is_some(), "{}", f.name);
                }
                if let Kind::Amount { currency } = f.kind {
                    let t = text_of(obj, currency).expect("a currency sibling");
                    assert_eq!(t.format, Format::Currency, "{}", f.name);
                }
                match f.date.after {
                    None => {}
                    Some(Ref::Sibling(s)) => {
                        // Earlier in the table, so its own rules have run when this one reads it.
                        let j = obj.index_of(s).expect("an earlier date sibling");
                        assert!(j < i, "{}", f.name);
                        assert_eq!(text_of(obj, s).map(|t| t.format), Some(Format::DateTime));
                    }
                    Some(Ref::Cousin(o, m)) => {
                        // In every parent that holds this object, `o` comes before it.
                        let holders: Vec<_> = parents
                            .iter()
                            .filter(|(c, _)| std::ptr::eq(*c, *obj))
                            .collect();
                        assert!(!holders.is_empty(), "{}", f.name);
                        for (child, parent) in holders {
                            let at = parent.fields.iter().position(
                                |f| matches!(f.kind, Kind::Object(c) if std::ptr::eq(c, *child)),
                            );
                            if let (Some(j), Some(at)) = (parent.index_of(o), at) {
                                assert!(j < at, "{}: {o} comes after the object", f.name);
                            }
                            if let Some(cousin) = object_of(parent, o) {
                                assert_eq!(
                                    text_of(cousin, m).map(|t| t.format),
                                    Some(Format::DateTime)
                                );
                            }
                        }
                    }
                }
                if let Kind::List {
                    item,
                    unique:
                        Unique::Key {
                            object,
                            members,
                            report,
                        },
                    ..
                } = f.kind
                {
                    let Kind::Object(o) = item else {
                        panic!("{}: keyed items are objects", f.name)
                    };
                    let holder = object_of(o, object).expect("the key's object");
                    assert!(members.iter().all(|m| text_of(holder, m).is_some()));
                    assert!(members.contains(&report));
                }
                if f.req == Req::IfAddressRequires {
                    assert!(
                        matches!(
                            f.part,
                            Some(AddressPart::City | AddressPart::State | AddressPart::Postcode)
                        ),
                        "{}",
                        f.name
                    );
                }
            }
            // Date rules run from the parent object (walk/dates.rs): the document and list
            // items, which have none, hold no date members.
            let is_list_item = ALL.iter().any(|o| {
                o.fields.iter().any(|f| {
                    matches!(f.kind, Kind::List { item: Kind::Object(i), .. } if std::ptr::eq(*i, *obj))
                })
            });
            if is_list_item || std::ptr::eq(*obj, &REQUEST) || std::ptr::eq(*obj, &RESPONSE) {
                assert!(
                    obj.fields.iter().all(|f| !f.date.any()),
                    "{} has date rules but no parent object to run them",
                    obj.name
                );
            }
            // An address object has each part once, its country a country code.
            if obj.fields.iter().any(|f| f.part.is_some()) {
                for part in [
                    AddressPart::Line1,
                    AddressPart::City,
                    AddressPart::State,
                    AddressPart::Postcode,
                    AddressPart::Country,
                ] {
                    let n = obj.fields.iter().filter(|f| f.part == Some(part)).count();
                    assert_eq!(n, 1, "{} {part:?}", obj.name);
                }
                let c = &obj.fields[obj.part(AddressPart::Country).unwrap()];
                assert_eq!(c.kind, COUNTRY);
            }
        }
    }
}
