#!/usr/bin/env python3
"""Draws relations at random from `dipgraph extract --json` output for a hand check.

    bench/handcheck/draw.py [--seed 7] [-n 60] [--dipgraph build/src/dipgraph] CORPUS.jsonl > draw.tsv

Prints one tab-separated line per drawn relation: number, document id and the evidence's byte
span in it, source, CAMEO code and label, target, modality, date, and the sentence it came from.
A checker adds two columns, verdict (right/wrong) and reason, judged by the CAMEO codebook's usage
notes; `--score FILE` then prints the share right. The same seed and corpus draw the same
relations from the same extractor. Judgements are committed without the sentence column (the
corpus is not ours to copy); the document id and span find the sentence again.
"""
import argparse
import json
import random
import subprocess
import sys


def relations(dipgraph, corpus):
    out = subprocess.run([dipgraph, "extract", "--json", corpus], capture_output=True, text=True,
                         check=True).stdout
    for doc in json.loads(out)["documents"]:
        names = {a["id"]: a["name"] for a in doc["actors"]}
        for r in doc["relations"]:
            ev = r["evidence"]
            yield [doc["id"], f"{ev['start']}:{ev['end']}",
                   names[r["source"]], r["cameo"] + " " + r["label"], names[r["target"]],
                   r["modality"], r["date"] or "-",
                   " ".join(r["evidence"]["text"].split())]


def score(path):
    right = total = 0
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        verdict = line.rstrip("\n").split("\t")[-2]
        total += 1
        right += verdict == "right"
    print(f"{right} of {total} right ({100.0 * right / total:.0f}%)")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="?")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("-n", type=int, default=60)
    p.add_argument("--dipgraph", default="build/src/dipgraph")
    p.add_argument("--score", help="a judged draw: print the share right")
    a = p.parse_args()
    if a.score:
        score(a.score)
        return
    if not a.corpus:
        p.error("give CORPUS.jsonl (or --score FILE)")
    rows = list(relations(a.dipgraph, a.corpus))
    random.Random(a.seed).shuffle(rows)
    print("#n\tdocument\tspan\tsource\tcameo\ttarget\tmodality\tdate\tsentence\tverdict\treason")
    for i, row in enumerate(rows[: a.n], 1):
        print("\t".join([str(i)] + row))
    print(f"# drawn {min(a.n, len(rows))} of {len(rows)} relations, seed {a.seed}", file=sys.stderr)


if __name__ == "__main__":
    main()
