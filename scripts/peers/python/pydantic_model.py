"""The peer of scripts/bench-python: the Create Customer request as a Python team would model it
by hand with pydantic v2 and phonenumbers, read from the provider's page: every field with its
type, length limits and vocabulary, ISO country and currency lists, RFC 3339 date-times, an
e-mail and URL check, and the phone number parsed and checked by phonenumbers. Cross-field
rules (dates in order, ages, postcodes by country, identity numbers, currency decimals) are
what such a model usually leaves out, and this one does too.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional

import phonenumbers
from pydantic import AfterValidator, AnyHttpUrl, BaseModel, ConfigDict, EmailStr, Field, StringConstraints

# ISO 3166-1 alpha-2 and ISO 4217, as lists a team would paste in (taken here from the
# published schema so the two peers know the same codes).
from bench_data import COUNTRIES, CURRENCIES


def _country(v: str) -> str:
    if v not in COUNTRIES:
        raise ValueError("not an ISO 3166-1 alpha-2 country code")
    return v


def _currency(v: str) -> str:
    if v not in CURRENCIES:
        raise ValueError("not an ISO 4217 currency code")
    return v


def _phone(v: str) -> str:
    if not v.startswith("+") or not v[1:].isdigit():
        raise ValueError("not E.164")
    number = phonenumbers.parse(v, None)
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid phone number")
    return v


def _datetime(v: str) -> str:
    # RFC 3339 with a zone: fromisoformat reads it (Python 3.11+).
    parsed = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("no time zone")
    return v


def S(lo: int, hi: int | None = None) -> type[str]:
    return Annotated[str, StringConstraints(min_length=lo, max_length=hi)]  # type: ignore[return-value]


Country = Annotated[str, AfterValidator(_country)]
Currency = Annotated[str, AfterValidator(_currency)]
DateTime = Annotated[str, AfterValidator(_datetime)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class BusinessDetails(Strict):
    business_name_english: S(2, 128)  # type: ignore[valid-type]
    business_type: Literal[
        "Sole Proprietorship", "Partnership", "Limited Partnership", "Limited Liability Partnership",
        "Limited Liability Company", "Corporation", "Public Limited Company", "Non-Profit Organization",
        "Trust", "Government Entity",
    ]
    website: Optional[Annotated[AnyHttpUrl, Field()]] = None
    business_identifier_type: Literal["Business Registration", "Certificate of Incorporation", "Tax ID", "VAT Number"]
    business_identifier_number: S(1, 50)  # type: ignore[valid-type]
    business_identifier_country_code: Country
    business_identifier_document_list: Annotated[list[S(1, 128)], Field(min_length=1, max_length=10)]  # type: ignore[valid-type]
    business_name: Optional[S(1, 128)] = None  # type: ignore[valid-type]
    business_identifier_start_date: DateTime
    business_identifier_expiry_date: Optional[DateTime] = None


class RegistrationAddress(Strict):
    registration_address_line1: S(1, 128)  # type: ignore[valid-type]
    registration_address_city: Optional[S(1, 64)] = None  # type: ignore[valid-type]
    registration_address_state: Optional[S(1, 64)] = None  # type: ignore[valid-type]
    registration_address_postcode: Optional[S(1, 16)] = None  # type: ignore[valid-type]
    registration_address_country_code: Country


class AccountUsage(Strict):
    operating_country: Country
    goods_service_description: S(10, 500)  # type: ignore[valid-type]
    industry_category_code: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")]
    account_usage_product_reference: Literal[
        "Financial Services", "E-commerce", "Marketplace", "Software and SaaS", "Professional Services",
        "Travel and Hospitality", "Education", "Gaming", "Logistics", "Retail",
    ]
    estimated_monthly_revenue_currency: Currency
    estimated_monthly_revenue_amount: Annotated[float, Field(gt=0, strict=False)]


class PrimaryContact(Strict):
    contact_phone: Annotated[str, AfterValidator(_phone)]
    contact_email: Annotated[EmailStr, Field(max_length=254)]


class BasicInfo(Strict):
    first_name_english: S(1, 64)  # type: ignore[valid-type]
    last_name_english: S(1, 64)  # type: ignore[valid-type]
    birth_date: DateTime
    nationality: Country
    role_type: Literal["Director", "Shareholder", "Ultimate Beneficial Owner", "Legal Representative", "Authorized Signatory"]
    first_name: Optional[S(1, 64)] = None  # type: ignore[valid-type]
    last_name: Optional[S(1, 64)] = None  # type: ignore[valid-type]


class ResidentialAddress(Strict):
    residential_address_line1: S(1, 128)  # type: ignore[valid-type]
    residential_address_city: Optional[S(1, 64)] = None  # type: ignore[valid-type]
    residential_address_state: Optional[S(1, 64)] = None  # type: ignore[valid-type]
    residential_address_postcode: Optional[S(1, 16)] = None  # type: ignore[valid-type]
    residential_address_country_code: Country


class Identification(Strict):
    id_type: Literal["National ID", "Passport", "Driver License", "Residence Permit"]
    id_number: S(1, 50)  # type: ignore[valid-type]
    id_issuing_country_code: Country
    id_issue_date: Optional[DateTime] = None
    id_expiration_date: Optional[DateTime] = None
    id_document_front_file_id: S(1, 128)  # type: ignore[valid-type]
    id_document_back_file_id: Optional[S(1, 128)] = None  # type: ignore[valid-type]


class BusinessPerson(Strict):
    basic_info: BasicInfo
    residential_address: ResidentialAddress
    identification: Identification


class CreateCustomerRequest(Strict):
    partner_customer_id: S(20, 64)  # type: ignore[valid-type]
    business_details: BusinessDetails
    registration_address: RegistrationAddress
    account_usage: AccountUsage
    primary_contact: PrimaryContact
    business_person_list: Annotated[list[BusinessPerson], Field(min_length=1, max_length=20)]
