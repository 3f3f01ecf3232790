// A real onboarding form on kybcheck: the fields come from the generated JSON Schema, the
// verdicts from the WebAssembly core (draft mode as you type, complete mode on submit).
import { validate, schema } from "../../pkg/dist/kybcheck.js";

const query = new URLSearchParams(location.search);
const fixedNow = query.get("now"); // tests pin the clock with ?now=…
const S = schema("request");
const defs = S.$defs;
const $ = (sel, el = document) => el.querySelector(sel);

const UI = {
  en: { add: "Add business person", remove: "Remove", submit: "Check and submit", person: "Business person",
        ok: "Valid: ready to submit.", bad: (n) => `${n} problem${n === 1 ? "" : "s"} to fix.`,
        draft: (n, m) => `${n} problem${n === 1 ? "" : "s"} so far; ${m} required field${m === 1 ? "" : "s"} left.`,
        lines: "one file id per line" },
  "zh-CN": { add: "添加业务相关人员", remove: "删除", submit: "检查并提交", person: "业务相关人员",
        ok: "校验通过：可以提交。", bad: (n) => `有 ${n} 个问题需要修改。`,
        draft: (n, m) => `目前有 ${n} 个问题；还有 ${m} 个必填字段。`, lines: "每行一个文件 ID" },
};

/** The schema of a member, without the null wrapper of optional members. */
function inner(prop) {
  return prop.else ?? prop;
}
function refName(s) {
  return s.$ref ? s.$ref.split("/").pop() : null;
}
function isObjectDef(name) {
  return name && defs[name] && defs[name].type === "object";
}

/** Build the inputs of one object shape under `pointer`. */
function buildObject(def, pointer, container) {
  for (const [name, prop] of Object.entries(def.properties)) {
    const p = `${pointer}/${name}`;
    const s = inner(prop);
    const ref = refName(s);
    if (isObjectDef(ref)) {
      const fs = document.createElement("fieldset");
      fs.dataset.pointer = p;
      fs.innerHTML = `<legend></legend><div class="msg" data-msg-for="${p}"></div>`;
      $("legend", fs).textContent = prop.title;
      buildObject(defs[ref], p, fs);
      container.append(fs);
    } else if (s.type === "array" && isObjectDef(refName(s.items))) {
      const fs = document.createElement("fieldset");
      fs.dataset.pointer = p;
      fs.id = "persons";
      fs.innerHTML = `<legend></legend><div class="msg" data-msg-for="${p}"></div>`;
      $("legend", fs).textContent = prop.title;
      container.append(fs);
    } else {
      container.append(buildField(name, prop, s, p));
    }
  }
}

function buildField(name, prop, s, pointer) {
  const wrap = document.createElement("div");
  wrap.className = "field";
  const id = "f" + pointer.replaceAll("/", "_");
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = prop.title + (prop.if ? "" : " *");
  label.title = prop.description;
  let input;
  const ref = refName(s);
  if (s.enum) {
    input = document.createElement("select");
    input.append(new Option("—", ""));
    for (const v of s.enum) input.append(new Option(v, v));
  } else if (s.type === "array") {
    input = document.createElement("textarea");
    input.rows = 2;
    input.dataset.list = "lines";
    input.placeholder = UI.en.lines;
  } else if (name === "goods_service_description") {
    input = document.createElement("textarea");
    input.rows = 3;
  } else {
    input = document.createElement("input");
    input.type = "text";
    if (ref === "country_code" || ref === "currency_code") input.setAttribute("list", ref);
    if (s.type === "number") {
      input.inputMode = "decimal";
      input.dataset.number = "1";
    }
    const example = (prop.examples ?? [])[0];
    if (typeof example === "string" || typeof example === "number") input.placeholder = String(example);
  }
  input.id = id;
  input.dataset.pointer = pointer;
  input.name = pointer;
  const msg = document.createElement("div");
  msg.className = "msg";
  msg.dataset.msgFor = pointer;
  wrap.append(label, input, msg);
  return wrap;
}

function datalist(id, values) {
  const dl = document.createElement("datalist");
  dl.id = id;
  for (const v of values) dl.append(new Option(v));
  document.body.append(dl);
}

let persons = 0;
function addPerson() {
  const i = persons++;
  const fs = document.createElement("fieldset");
  fs.className = "person";
  const p = `/business_person_list/${i}`;
  fs.dataset.pointer = p;
  fs.innerHTML = `<div class="person-head"><legend></legend><button type="button" class="remove">Remove</button></div><div class="msg" data-msg-for="${p}"></div>`;
  $("legend", fs).textContent = `${UI[lang()].person} ${i + 1}`;
  $(".remove", fs).textContent = UI[lang()].remove;
  $(".remove", fs).dataset.testid = `remove-person-${i}`;
  $(".remove", fs).addEventListener("click", () => removePerson(fs));
  const personDef = defs[refName(inner(S.properties.business_person_list).items)];
  buildObject(personDef, p, fs);
  $("#persons").append(fs);
  return fs;
}

/** Remove a person and renumber the ones after it, keeping their values. */
function removePerson(fs) {
  const list = [...document.querySelectorAll("#persons > fieldset.person")];
  const values = list.filter((x) => x !== fs).map((x) => [...x.querySelectorAll("[data-pointer]")].map((el) => el.value));
  list.forEach((x) => x.remove());
  persons = 0;
  for (const vals of values) {
    const el = addPerson();
    [...el.querySelectorAll("[data-pointer]")].forEach((input, k) => (input.value = vals[k] ?? ""));
  }
  check("draft");
}

/** The request body from the inputs: empty inputs are left out (absent), nothing is trimmed. */
function documentFromForm() {
  const doc = {};
  for (const el of document.querySelectorAll("#fields [data-pointer]")) {
    if (!("value" in el) || el.tagName === "FIELDSET") continue;
    let value = el.value;
    if (value === "") continue;
    if (el.dataset.number && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(value)) value = Number(value);
    if (el.dataset.list) value = value.split("\n").filter((line) => line !== "");
    const parts = el.dataset.pointer.split("/").slice(1);
    let node = doc;
    parts.slice(0, -1).forEach((key, k) => {
      const nextIsIndex = /^[0-9]+$/.test(parts[k + 1]);
      if (node[key] === undefined) node[key] = nextIsIndex ? [] : {};
      node = node[key];
    });
    node[parts[parts.length - 1]] = value;
  }
  if (Array.isArray(doc.business_person_list)) doc.business_person_list = doc.business_person_list.filter((x) => x !== undefined);
  return doc;
}

const lang = () => $("#lang").value;

function show(report, mode) {
  for (const m of document.querySelectorAll(".msg")) {
    m.textContent = "";
    m.className = "msg";
  }
  for (const f of document.querySelectorAll(".field.has-error")) f.classList.remove("has-error");
  const docErrors = $("#document-errors");
  docErrors.textContent = "";
  const place = (issue, kind) => {
    const target = document.querySelector(`[data-msg-for="${CSS.escape(issue.pointer)}"]`);
    if (!target) {
      const li = document.createElement("li");
      li.className = `msg ${kind}`;
      li.textContent = `${issue.pointer || "/"}: ${issue.message}`;
      docErrors.append(li);
      return;
    }
    target.classList.add(kind);
    target.textContent = issue.message;
    target.closest(".field")?.classList.add("has-error");
  };
  report.errors.forEach((e) => place(e, "error"));
  report.warnings.forEach((w) => place(w, "warning"));
  const status = $("#status");
  const t = UI[lang()];
  if (mode === "complete") {
    status.textContent = report.valid ? t.ok : t.bad(report.errors.length);
    status.className = report.valid ? "ok" : "bad";
  } else {
    status.textContent = t.draft(report.errors.length, report.missing.length);
    status.className = "";
  }
}

let lastMode = "draft";
function check(mode) {
  lastMode = mode;
  const doc = documentFromForm();
  $("#json").textContent = JSON.stringify(doc, null, 2);
  const options = { mode, lang: lang() };
  if (fixedNow) options.now = fixedNow;
  show(validate(doc, options), mode);
}

function relabel() {
  const t = UI[lang()];
  document.documentElement.lang = lang();
  $("#add-person").textContent = t.add;
  $("#submit").textContent = t.submit;
  document.querySelectorAll("#persons > fieldset.person").forEach((fs, i) => {
    $("legend", fs).textContent = `${t.person} ${i + 1}`;
    $(".remove", fs).textContent = t.remove;
  });
  document.querySelectorAll("textarea[data-list]").forEach((el) => (el.placeholder = t.lines));
}

datalist("country_code", defs.country_code.enum);
datalist("currency_code", defs.currency_code.enum);
buildObject(S, "", $("#fields"));
addPerson();
$("#add-person").addEventListener("click", () => {
  addPerson();
  check("draft");
});
$("#form").addEventListener("input", () => check("draft"));
$("#form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  check("complete");
});
$("#lang").addEventListener("change", () => {
  relabel();
  check(lastMode);
});
relabel();
check("draft");
document.body.dataset.ready = "1";
