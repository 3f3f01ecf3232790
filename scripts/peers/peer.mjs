// The peer validator: Ajv (draft 2020-12) with ajv-formats on kybcheck's own JSON Schema, and
// libphonenumber-js for the phone (METADATA=min|max picks the metadata at bundle time).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { isValidPhoneNumber } from "libphonenumber-js/METADATA";
import schema from "../../schema/create-customer.request.schema.json" with { type: "json" };

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(schema);

export function validate(text) {
  const doc = JSON.parse(text);
  const ok = check(doc);
  const errors = check.errors ?? [];
  const phone = doc?.primary_contact?.contact_phone;
  if (typeof phone === "string" && !isValidPhoneNumber(phone)) errors.push({ instancePath: "/primary_contact/contact_phone" });
  return { valid: ok && errors.length === 0, errors };
}
