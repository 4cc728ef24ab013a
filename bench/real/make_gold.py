"""Real-news evaluation sets: French Wikinews articles (CC BY 2.5, taken from the WiNER-fr release, see
README.md), annotated by hand by docs/annotation-guidelines.md in an inline markup, converted here to gold
JSONL (code-point offsets, as in the spec).

Markup, in `<set>.ann` (one `=== <article id>` block per article, then its event lines after `---`):
  ⟦text|LABEL⟧ or ⟦text|LABEL=id⟧      an entity mention (nesting allowed: ⟦hôpital de ⟦Die|GPE⟧|FAC⟧)
  ⟪text|e1:Type:realis⟫               an event trigger (`|e2:Type:realis` again for a second type)
  e1 Role=id Role=id …                one line per event after `---`: its arguments
The text left once the markup is removed must equal the source article (sources/<id>.txt, as normalised
by `normalise` below), so annotating cannot change the text by accident.

Run: python3 bench/real/make_gold.py real1 > bench/real/real1.gold.jsonl
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).parent


def normalise(raw):
    """The WiNER extraction left a space where a wiki link ended before punctuation (`Valence .`,
    `( Doubs )`, `l' Union`): put the characters back together as Wikinews printed them."""
    t = re.sub(r" ([.,)])", r"\1", raw)
    t = re.sub(r"\( ", "(", t)
    t = re.sub(r"(\b(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]) (?=\w)", r"\1", t, flags=re.I)
    return t.rstrip("\n")


def parse_block(doc_id, body):
    marked, _, event_lines = body.partition("\n---\n")
    marked = marked.rstrip("\n")
    text, stack, entities, triggers = [], [], [], []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c in "⟦⟪":
            stack.append((c, len("".join(text))))
        elif c in "⟧⟫":
            kind, start = stack.pop()
            inner = "".join(text)[start:]
            cut = inner.find("|")
            if cut < 0:
                raise SystemExit(f"{doc_id}: markup without '|' near {inner[:40]!r}")
            span, spec = inner[:cut], inner[cut + 1 :]
            del text[start + len(span) :]  # the spec went into the text buffer: take it out again
            parts = spec.split("|")
            if kind == "⟦":
                label, _, eid = parts[0].partition("=")
                entities.append({"start": start, "end": start + len(span), "label": label, "text": span, "key": eid})
            else:
                for p in parts:
                    eid, typ, realis = p.split(":")
                    triggers.append({"key": eid, "type": typ, "realis": realis, "start": start, "end": start + len(span), "text": span})
        else:
            text.append(c)
        i += 1
    if stack:
        raise SystemExit(f"{doc_id}: unclosed markup")
    return "".join(text), entities, triggers, event_lines


def build(doc_id, body):
    text, entities, triggers, event_lines = parse_block(doc_id, body)
    source = normalise((HERE / "sources" / f"{doc_id}.txt").read_text(encoding="utf-8"))
    if text != source:
        k = next((j for j, (a, b) in enumerate(zip(text, source)) if a != b), min(len(text), len(source)))
        raise SystemExit(f"{doc_id}: text differs from the source at {k}: {text[k-30:k+30]!r} vs {source[k-30:k+30]!r}")
    for e in entities:
        if e["text"] != e["text"].strip() or "\n" in e["text"]:
            raise SystemExit(f"{doc_id}: bad extent {e['text']!r}")
    entities.sort(key=lambda e: (e["start"], -e["end"]))
    by_key = {}
    for k, e in enumerate(entities):
        e["id"] = f"T{k+1}"
        if e["key"]:
            if e["key"] in by_key:
                raise SystemExit(f"{doc_id}: entity id {e['key']} used twice")
            by_key[e["key"]] = e["id"]
    args = {}
    for line in event_lines.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, *pairs = line.split()
        if key in args:
            raise SystemExit(f"{doc_id}: event {key} has two argument lines")
        out = []
        for p in pairs:
            role, _, ref = p.partition("=")
            if ref not in by_key:
                raise SystemExit(f"{doc_id}: {key} names unknown entity {ref}")
            out.append({"role": role, "entity": by_key[ref]})
        args[key] = out
    keys = [t["key"] for t in triggers]
    if len(set(keys)) != len(keys):
        raise SystemExit(f"{doc_id}: an event id is used twice")
    for k in args:
        if k not in keys:
            raise SystemExit(f"{doc_id}: arguments for unknown event {k}")
    triggers.sort(key=lambda t: t["start"])
    events = [
        {"id": f"E{k+1}", "type": t["type"], "trigger": {"start": t["start"], "end": t["end"], "text": t["text"]},
         "arguments": args.get(t["key"], []), "attributes": {"realis": t["realis"]}}
        for k, t in enumerate(triggers)
    ]
    for e in entities:
        del e["key"]
    return {"id": doc_id, "text": text, "meta": {"source": doc_id + ".txt", "lang": "fr"}, "annotator": "gold",
            "status": "adjudicated", "schema": "fr-conflict-news@1",
            "entities": [{k: e[k] for k in ("id", "start", "end", "label", "text")} for e in entities], "events": events}


def main(name):
    raw = (HERE / f"{name}.ann").read_text(encoding="utf-8")
    blocks = re.split(r"^=== (\S+)\n", raw, flags=re.M)
    for doc_id, body in zip(blocks[1::2], blocks[2::2]):
        print(json.dumps(build(doc_id, body.rstrip("\n") + "\n"), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
