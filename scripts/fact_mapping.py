#!/usr/bin/env python3
"""Measures claim grouping against hand-annotated facts: how many gold facts map to one claim whose
documents are exactly the fact's documents (and whose sentences share content words with the fact).
Usage: fact_mapping.py REPORT GOLD"""
import json, re, sys
STOP = set("the a an of in on at to and or for by with was were is are that this from as it its".split())
def words(t):
    return {w for w in re.findall(r"[a-z0-9]+", t.lower()) if w not in STOP and len(w) > 2}
rep = json.load(open(sys.argv[1])); gold = json.load(open(sys.argv[2]))
claims = [c for s in rep["stories"] for c in s["claims"]]
print("claims %d corroborated %d disputed %d" % (len(claims),
      sum(c["status"] == "corroborated" for c in claims), sum(c["status"] == "disputed" for c in claims)))
ok = multi = multi_ok = 0
for f in gold["facts"]:
    want = set(f["docs"]); fw = words(f["statement"])
    best = None
    for c in claims:
        docs = {s["document"] for s in c["sources"]}
        overlap = max(len(fw & words(s["text"])) for s in c["sources"])
        if docs == want and overlap >= 2:
            best = c; break
    ok += best is not None
    if len(want) > 1:
        multi += 1; multi_ok += best is not None
    print("%-28s %d docs  %s" % (f["id"], len(want), best["id"] if best else "-"))
print("facts mapped %d/%d; multi-outlet facts mapped %d/%d" % (ok, len(gold["facts"]), multi_ok, multi))
