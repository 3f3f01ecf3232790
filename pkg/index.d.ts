// Types of the kybcheck npm package: the report of the kybcheck specification (SPEC §1).

/** Message language: the canonical tags (at run time ASCII case is ignored, so "zh-cn" works too). */
export type Lang = "en" | "zh-CN";
/** Which document is checked. */
export type DocumentKind = "request" | "response";
/** `complete` (default) or `draft` (absent required members go to `missing`). */
export type Mode = "complete" | "draft";

/** Options of {@link validate}. Every member is optional. */
export interface Options {
  /** The instant date rules compare with: an RFC 3339 date-time or a Date. Default: now. */
  now?: string | Date;
  /** Message language. Default `"en"`. */
  lang?: Lang;
  /** Request (default) or response. */
  kind?: DocumentKind;
  /** Complete (default) or draft. */
  mode?: Mode;
}

/** Codes of errors. */
export type ErrorCode =
  | "invalid_json" | "too_large" | "too_deep" | "type" | "duplicate_key" | "required"
  | "unknown_field" | "empty" | "untrimmed" | "forbidden_character" | "too_short" | "too_long"
  | "too_few_items" | "too_many_items" | "not_latin" | "enum" | "country_code" | "currency_code"
  | "phone_format" | "phone_invalid" | "email" | "url" | "date_time" | "date_order" | "in_future"
  | "expired" | "underage" | "too_old" | "not_positive" | "precision" | "mcc" | "postcode"
  | "subdivision" | "duplicate" | "identifier";
/** Codes of warnings (`unknown_field` is a warning in responses). */
export type WarningCode = "expires_soon" | "id_birth_date" | "unknown_field";
/** Every code. */
export type Code = ErrorCode | WarningCode;

/** The numbers and names behind a rule. Which members appear depends on the code. */
export interface Params {
  /** invalid_json, too_deep: 1-based position (columns count characters). */
  line?: number;
  column?: number;
  /** Lengths, list sizes, too_large, too_deep. */
  min?: number;
  max?: number;
  actual?: number;
  /** type: the JSON type required. */
  expected?: "object" | "array" | "string" | "number";
  /** forbidden_character, not_latin: the first offending character as "U+XXXX". */
  character?: string;
  /** enum: the allowed values. */
  allowed?: string[];
  /** What the value most likely meant. */
  suggestion?: string;
  /** Cross-field rules: JSON Pointer of the other field. */
  other?: string;
  /** postcode, subdivision: the country code. */
  country?: string;
  /** postcode: an example of a valid postcode. */
  example?: string;
  /** precision. */
  max_decimals?: number;
  currency?: string;
  /** underage, too_old. */
  min_age?: number;
  max_age?: number;
  /** expires_soon: whole days left. */
  days?: number;
  /** identifier: python-stdnum's module name of the scheme, such as "cn.uscc" or "in_.gstin". */
  scheme?: string;
  /** identifier: what is wrong with the number. */
  reason?: "length" | "format" | "checksum" | "component";
}

/** One error or warning. */
export interface Issue<C extends Code = Code> {
  /** RFC 6901 JSON Pointer of the value ("" for the whole document). */
  pointer: string;
  /** Stable code. */
  code: C;
  /** A sentence for a person in the requested language; never quotes the value. */
  message: string;
  params: Params;
}

/** The result of a validation. */
export interface Report {
  /** True iff `errors` is empty. */
  valid: boolean;
  errors: Issue<ErrorCode>[];
  warnings: Issue<WarningCode>[];
  /** Draft mode: pointers of absent required members. */
  missing: string[];
}

/** A code's message templates; `{name}` stands for `params.name`. */
export interface CodeInfo {
  code: Code;
  severity: "error" | "warning";
  messages: { en: string; "zh-CN": string };
  /** A second sentence, added when `params[hint.param]` is present. */
  hint: null | { param: keyof Params; en: string; "zh-CN": string };
}

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = { [key: string]: JsonValue };

/**
 * Validate a document: JSON text, or a plain JS value (serialized with JSON.stringify).
 * Never throws for bad data: malformed JSON is a report. Throws a TypeError for bad options.
 */
export declare function validate(input: string | JsonValue | object, options?: Options): Report;

/** As {@link validate}, but the report as JSON text (byte for byte what the CLI prints). */
export declare function validateToJson(input: string | JsonValue | object, options?: Options): string;

/** The JSON Schema of a request (default) or a response. */
export declare function schema(kind?: DocumentKind): JsonSchema;

/** Every code with its English and Chinese message templates. */
export declare function codes(): CodeInfo[];

/** The package version (= the Rust crate's). */
export declare const version: string;
