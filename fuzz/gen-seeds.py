#!/usr/bin/env python3
"""Write the committed seed corpus (fuzz/corpus/<target>/seed-*). Deterministic; run from
the repository root or from fuzz/:  python3 fuzz/gen-seeds.py

validate_bytes and ndjson inputs start with one options byte (bit 0 zh-CN, bit 1 response,
bit 2 draft; for ndjson bits 3-7 also pick a BufReader capacity)."""
import glob, hashlib, json, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
MAX_LEN = 8192


def opt_byte(o):
    b = 0
    if o.get("lang") == "zh-CN":
        b |= 1
    if o.get("kind") == "response":
        b |= 2
    if o.get("mode") == "draft":
        b |= 4
    return b


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if len(data) > MAX_LEN:
        return False
    with open(os.path.join(d, "seed-" + name), "wb") as f:
        f.write(data)
    return True


def compact(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def main():
    for t in ("validate_bytes", "ndjson", "mutate_request"):
        d = os.path.join(CORPUS, t)
        if os.path.isdir(d):
            for f in glob.glob(os.path.join(d, "seed-*")):
                os.remove(f)

    docs = []  # (name, options byte, bytes)
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*.json"))):
        name = os.path.splitext(os.path.basename(path))[0]
        raw = open(path, "rb").read()
        docs.append((f"example-{name}", 0, raw))
        docs.append((f"example-{name}-zh-draft", 5, raw))
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "*.json"))):
        code = os.path.splitext(os.path.basename(path))[0]
        cases = json.load(open(path, encoding="utf-8"))["cases"]
        # Every case with raw text; the first three documents of each file; all of valid/draft.
        keep_docs = len(cases) if code in ("valid", "draft") else 3
        n_doc = 0
        for i, c in enumerate(cases):
            ob = opt_byte(c.get("options", {}))
            if "text" in c:
                docs.append((f"{code}-{i:02d}-text", ob, c["text"].encode("utf-8", "surrogatepass")))
            elif "document" in c and n_doc < keep_docs:
                n_doc += 1
                docs.append((f"{code}-{i:02d}", ob, compact(c["document"])))

    for name, ob, raw in docs:
        put("validate_bytes", name, bytes([ob]) + raw)

    # NDJSON batches: compact documents one per line, blank and CRLF lines mixed in.
    lines = [raw for _, _, raw in docs if b"\n" not in raw][:60]
    rng = random.Random(20261123)
    for i in range(12):
        pick = rng.sample(lines, k=min(len(lines), rng.randint(1, 4)))
        seps = [b"\n", b"\r\n", b"\n\n", b"\n  \t\n"]
        body = b""
        for j, l in enumerate(pick):
            body += l + (seps[rng.randrange(len(seps))] if j + 1 < len(pick) or i % 2 else b"")
        ob = rng.randrange(256)
        put("ndjson", f"batch-{i:02d}", bytes([ob]) + body)
    for name, ob, raw in docs[:4]:
        # Whole pretty documents as NDJSON: every line is a (broken) document.
        put("ndjson", f"pretty-{name}", bytes([ob | 0x18]) + raw)
    put("ndjson", "blank-lines", b"\x00\n \n\t\r\n\n{}\n[]\r\n")
    put("ndjson", "no-final-newline", b"\x38{}\n{\"a\":1}")

    # mutate_request: the input is read by `arbitrary`, so random bytes do.
    rng = random.Random(18245)
    put("mutate_request", "no-mutation", bytes([0, 0, 0, 0]))
    put("mutate_request", "no-mutation-draft-zh", bytes([5, 0, 0, 0]))
    for i in range(10):
        n = rng.choice([16, 48, 96, 192, 384])
        put("mutate_request", f"random-{i:02d}", bytes(rng.randrange(256) for _ in range(n)))


if __name__ == "__main__":
    main()
