#!/usr/bin/env python3
"""Leave-one-story-out table from scripts/quotes-loso.sh runs: RUNS.tsv lines of knob, shipped value, value,
stories_score.py --json output. For each knob and held-out story, the value that scores best on the other
stories (mean of the knob's metrics, ties to the shipped value), and the held-out story's figure under it
and under the shipped value."""
import json, sys
from collections import defaultdict

QUOTE = ['quote_recall', 'quote_precision', 'speaker_accuracy', 'quote_alignment_f1', 'altered_quote_f1']
ENTITY = ['entity_recall', 'alias_merge_f1']
LISTS = {'org-words.txt', 'org-designators.txt', 'place-abbreviations.tsv', 'portfolios.txt', 'diminutives.tsv', 'place-names.tsv'}

runs = defaultdict(dict)
shipped = {}
for line in open(sys.argv[1]):
    knob, ship, value, path = line.rstrip('\n').split('\t')
    shipped[knob] = ship
    runs[knob][value] = json.load(open(path))['stories']


def figure(rows, story, metrics):
    vals = [rows[story][m] for m in metrics if m in rows[story]]
    return sum(vals) / len(vals) if vals else None


for knob, by_value in runs.items():
    metrics = ENTITY if knob in LISTS else QUOTE
    stories = sorted(next(iter(by_value.values())))
    print(f'{knob} (shipped {shipped[knob]}; figure = mean of {", ".join(metrics)})')
    print('  ' + '  '.join(f'{v}: ' + ' '.join(f'{figure(r, s, metrics):.3f}' for s in stories) for v, r in by_value.items()))
    held_tuned, held_ship = [], []
    for s in stories:
        others = [o for o in stories if o != s]

        def score(v):
            vals = [figure(by_value[v], o, metrics) for o in others]
            vals = [x for x in vals if x is not None]
            return sum(vals) / len(vals)
        best = max(by_value, key=lambda v: (round(score(v), 6), v == shipped[knob]))
        t, sh = figure(by_value[best], s, metrics), figure(by_value[shipped[knob]], s, metrics)
        held_tuned.append(t)
        held_ship.append(sh)
        print(f'  held out {s:8s}: tuned on the others -> {best:>4s}; {s} {t:.3f} (shipped {sh:.3f})')
    print(f'  mean held-out figure {sum(held_tuned) / len(held_tuned):.3f} (shipped {sum(held_ship) / len(held_ship):.3f})')
