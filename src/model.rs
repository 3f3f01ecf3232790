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
