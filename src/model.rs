//! The typed model: serde types for the Create Customer request and response, with the wire
//! names of SPEC §3 and §7. A report of a valid document hands one out
//! ([`crate::Report::request`]), so a backend gets typed values once a document passes.
//!
//! Date-times stay strings (as sent); use [`crate::Timestamp::parse`] for the instant.

#![allow(missing_docs)] // members are the wire names of SPEC §3 and §7

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $( #[serde(rename = $wire)] #[doc = $wire] $variant, )*
        }
        impl $name {
            /// Every value, in SPEC order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The wire form.
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $wire, )* }
            }
        }
    };
}

vocabulary!(
    /// `business_type` (SPEC §4).
    BusinessType {
        SoleProprietorship = "Sole Proprietorship",
        Partnership = "Partnership",
        LimitedPartnership = "Limited Partnership",
        LimitedLiabilityPartnership = "Limited Liability Partnership",
        LimitedLiabilityCompany = "Limited Liability Company",
        Corporation = "Corporation",
        PublicLimitedCompany = "Public Limited Company",
        NonProfitOrganization = "Non-Profit Organization",
        Trust = "Trust",
        GovernmentEntity = "Government Entity",
    }
);
vocabulary!(
    /// `business_identifier_type` (SPEC §4).
    BusinessIdentifierType {
        BusinessRegistration = "Business Registration",
        CertificateOfIncorporation = "Certificate of Incorporation",
        TaxId = "Tax ID",
        VatNumber = "VAT Number",
    }
);
vocabulary!(
    /// `account_usage_product_reference` (SPEC §4).
    ProductReference {
        FinancialServices = "Financial Services",
        ECommerce = "E-commerce",
        Marketplace = "Marketplace",
        SoftwareAndSaas = "Software and SaaS",
        ProfessionalServices = "Professional Services",
        TravelAndHospitality = "Travel and Hospitality",
        Education = "Education",
        Gaming = "Gaming",
        Logistics = "Logistics",
        Retail = "Retail",
    }
);
vocabulary!(
    /// `role_type` (SPEC §4).
    RoleType {
        Director = "Director",
        Shareholder = "Shareholder",
        UltimateBeneficialOwner = "Ultimate Beneficial Owner",
        LegalRepresentative = "Legal Representative",
        AuthorizedSignatory = "Authorized Signatory",
    }
);
vocabulary!(
    /// `id_type` (SPEC §4).
    IdType {
        NationalId = "National ID",
        Passport = "Passport",
        DriverLicense = "Driver License",
        ResidencePermit = "Residence Permit",
    }
);
vocabulary!(
    /// `status` of a response (SPEC §7).
    CustomerStatus {
        Processing = "Processing",
        Succeeded = "Succeeded",
        Failed = "Failed",
        Suspended = "Suspended",
    }
);

/// The body of `POST /api/customers/create`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateCustomerRequest {
    pub partner_customer_id: String,
    pub business_details: BusinessDetails,
    pub registration_address: RegistrationAddress,
    pub account_usage: AccountUsage,
    pub primary_contact: PrimaryContact,
    pub business_person_list: Vec<BusinessPerson>,
}

/// `business_details`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BusinessDetails {
    pub business_name_english: String,
    pub business_type: BusinessType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub business_identifier_type: BusinessIdentifierType,
    pub business_identifier_number: String,
    pub business_identifier_country_code: String,
    pub business_identifier_document_list: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    pub business_identifier_start_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_identifier_expiry_date: Option<String>,
}

/// `registration_address`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegistrationAddress {
    pub registration_address_line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_address_city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_address_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_address_postcode: Option<String>,
    pub registration_address_country_code: String,
}

/// `account_usage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountUsage {
    pub operating_country: String,
    pub goods_service_description: String,
    pub industry_category_code: String,
    pub account_usage_product_reference: ProductReference,
    pub estimated_monthly_revenue_currency: String,
    pub estimated_monthly_revenue_amount: f64,
}

/// `primary_contact`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrimaryContact {
    pub contact_phone: String,
    pub contact_email: String,
}

/// An item of `business_person_list`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BusinessPerson {
    pub basic_info: BasicInfo,
    pub residential_address: ResidentialAddress,
    pub identification: Identification,
}

/// `basic_info`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BasicInfo {
    pub first_name_english: String,
    pub last_name_english: String,
    pub birth_date: String,
    pub nationality: String,
    pub role_type: RoleType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}

/// `residential_address`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResidentialAddress {
    pub residential_address_line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residential_address_city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residential_address_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residential_address_postcode: Option<String>,
    pub residential_address_country_code: String,
}

/// `identification`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Identification {
    pub id_type: IdType,
    pub id_number: String,
    pub id_issuing_country_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_issue_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_expiration_date: Option<String>,
    pub id_document_front_file_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_document_back_file_id: Option<String>,
}

/// The Create Customer response (SPEC §7). Nested members are all optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateCustomerResponse {
    pub customer_id: String,
    pub partner_customer_id: String,
    pub status: CustomerStatus,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_usage: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_contact: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_person_list: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

#[cfg(test)]
mod tests {
    //! The typed model mirrors the field table: the same members, in the same order, a
    //! member required by type exactly when the table says it is always required, and the
    //! same vocabularies.
    use super::*;
    use crate::fields::{self, Kind, Obj, Req};
    use serde::de::{self, Deserializer, Visitor};

    /// A deserializer that only records the member names a struct asks for.
    struct Members;

    #[derive(Debug)]
    struct Found(&'static [&'static str]);

    impl std::fmt::Display for Found {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }
    impl std::error::Error for Found {}
    impl de::Error for Found {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Found(&[])
        }
    }

    impl<'de> Deserializer<'de> for Members {
        type Error = Found;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
            Err(Found(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Found> {
            Err(Found(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    fn members<T: for<'de> Deserialize<'de>>() -> &'static [&'static str] {
        match T::deserialize(Members) {
            Err(Found(f)) => f,
            Ok(_) => panic!("not a struct"),
        }
    }

    /// The bundled example, as JSON (every member present).
    fn example() -> serde_json::Value {
        serde_json::from_str(include_str!("../examples/request.json")).expect("example")
    }

    /// Does `T` still deserialize from `object` without member `name`?
    fn optional_in<T: for<'de> Deserialize<'de>>(object: &serde_json::Value, name: &str) -> bool {
        let mut o = object.clone();
        o.as_object_mut().expect("object").remove(name);
        serde_json::from_value::<T>(o).is_ok()
    }

    fn check<T: for<'de> Deserialize<'de>>(obj: &Obj, sample: &serde_json::Value) {
        let names: Vec<&str> = obj.fields.iter().map(|f| f.name).collect();
        assert_eq!(members::<T>(), names.as_slice(), "{}", obj.name);
        for f in obj.fields {
            assert!(
                sample.get(f.name).is_some(),
                "{}: the example lacks {}",
                obj.name,
                f.name
            );
            let optional = optional_in::<T>(sample, f.name);
            assert_eq!(
                optional,
                f.req != Req::Always,
                "{}.{}: the model and the table disagree on requiredness",
                obj.name,
                f.name
            );
        }
    }

    #[test]
    fn the_model_names_the_members_of_the_table_in_order() {
        let doc = example();
        // The first person has every basic_info member, the second (a National ID) every
        // identification member.
        let person = &doc["business_person_list"][0];
        let national_id = &doc["business_person_list"][1];
        check::<CreateCustomerRequest>(&fields::REQUEST, &doc);
        check::<BusinessDetails>(&fields::BUSINESS_DETAILS, &doc["business_details"]);
        check::<RegistrationAddress>(&fields::REGISTRATION_ADDRESS, &doc["registration_address"]);
        check::<AccountUsage>(&fields::ACCOUNT_USAGE, &doc["account_usage"]);
        check::<PrimaryContact>(&fields::PRIMARY_CONTACT, &doc["primary_contact"]);
        check::<BusinessPerson>(&fields::PERSON, person);
        check::<BasicInfo>(&fields::BASIC_INFO, &person["basic_info"]);
        check::<ResidentialAddress>(&fields::RESIDENTIAL_ADDRESS, &person["residential_address"]);
        check::<Identification>(&fields::IDENTIFICATION, &national_id["identification"]);
        // The response: its top level is typed, its nested objects are kept as JSON.
        let response: Vec<&str> = fields::RESPONSE.fields.iter().map(|f| f.name).collect();
        assert_eq!(members::<CreateCustomerResponse>(), response.as_slice());
        for f in fields::RESPONSE.fields {
            let required = !matches!(f.kind, Kind::Object(_) | Kind::List { .. });
            assert_eq!(f.req == Req::Always, required, "response.{}", f.name);
        }
    }

    #[test]
    fn the_model_has_the_vocabularies_of_the_table() {
        fn wire<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
            all.iter().map(|v| as_str(*v)).collect()
        }
        use fields::vocab;
        assert_eq!(
            wire(BusinessType::ALL, BusinessType::as_str),
            vocab::BUSINESS_TYPE
        );
        assert_eq!(
            wire(BusinessIdentifierType::ALL, BusinessIdentifierType::as_str),
            vocab::BUSINESS_IDENTIFIER_TYPE
        );
        assert_eq!(
            wire(ProductReference::ALL, ProductReference::as_str),
            vocab::PRODUCT_REFERENCE
        );
        assert_eq!(wire(RoleType::ALL, RoleType::as_str), vocab::ROLE_TYPE);
        assert_eq!(wire(IdType::ALL, IdType::as_str), vocab::ID_TYPE);
        assert_eq!(
            wire(CustomerStatus::ALL, CustomerStatus::as_str),
            vocab::STATUS
        );
    }
}
