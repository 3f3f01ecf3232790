// Checked by `tsc --noEmit` (scripts/test): the package's types describe real usage.
import { validate, schema, codes, version, type Report, type Issue, type Options, type CodeInfo } from "kybcheck";

const options: Options = { now: new Date("2026-11-23T00:00:00Z"), lang: "zh-CN", kind: "request", mode: "draft" };
const report: Report = validate({ partner_customer_id: "short" }, options);
const first: Issue | undefined = report.errors[0];
if (first && first.code === "too_short") {
  const min: number | undefined = first.params.min;
  console.log(first.pointer, min);
}
const fromText: boolean = validate("{}").valid;
const missing: string[] = report.missing;
const catalogue: CodeInfo[] = codes();
const zh: string = catalogue[0].messages["zh-CN"];
const id: string | undefined = schema("response")["$id"] as string | undefined;
const v: string = version;
// @ts-expect-error: an unknown language is a type error
validate("{}", { lang: "fr" });
// @ts-expect-error: codes are a closed set
const bad: Issue["code"] = "no_such_code";
console.log(fromText, missing, zh, id, v, bad);
