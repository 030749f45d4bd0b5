#!/usr/bin/python3
"""NetworkX baseline for bench/query_bench: the same questions on the same ICEWS file.

Usage: networkx_baseline.py FILE ACTOR MONTH   (ACTOR as in the file, e.g. Barack_Obama;
MONTH as YYYY-MM). Loads the TSV (head, relation, tail, date[, split]) into a MultiDiGraph the
way an analyst would, then times:
  load        reading the file into the graph
  meetings    ACTOR's meetings in MONTH, from its adjacency (in and out edges)
  timeline    all of ACTOR's events sorted by date
  ego2        nx.ego_graph(radius=2, undirected=True)
  pagerank    nx.pagerank
Prints one line of JSON: seconds per step (the fast ones are the median of several runs) and
result sizes, so the C++ side can check it answered the same question.
"""
import json
import statistics
import sys
import time

import networkx as nx

# The ICEWS names of CAMEO 040 and 042-046 (meetings; 041 telephone and 036 intent excluded).
MEETINGS = {"Consult", "Make_a_visit", "Host_a_visit", "Meet_at_a_'third'_location", "Mediate",
            "Engage_in_negotiation"}


def is_meeting(relation):
    return relation in MEETINGS


def load(path):
    g = nx.MultiDiGraph()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            parts = line.rstrip("\n").split("\t")
            if n == 0 and parts[0] == "head":
                continue
            if len(parts) < 4:
                continue
            g.add_edge(parts[0], parts[2], relation=parts[1], date=parts[3])
    return g


def meetings(g, actor, month):
    out = []
    for _, other, d in g.out_edges(actor, data=True):
        if d["date"].startswith(month) and is_meeting(d["relation"]):
            out.append((d["date"], other))
    for other, _, d in g.in_edges(actor, data=True):
        if d["date"].startswith(month) and is_meeting(d["relation"]):
            out.append((d["date"], other))
    return sorted(out)


def timeline(g, actor):
    events = [(d["date"], actor, o, d["relation"]) for _, o, d in g.out_edges(actor, data=True)]
    events += [(d["date"], o, actor, d["relation"]) for o, _, d in g.in_edges(actor, data=True)]
    return sorted(events)


def timed(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main():
    path, actor, month = sys.argv[1], sys.argv[2], sys.argv[3]
    t = time.perf_counter()
    g = load(path)
    out = {"networkx": nx.__version__, "load": time.perf_counter() - t,
           "nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    out["meetings"], m = timed(lambda: meetings(g, actor, month), 20)
    out["meetings_n"] = len(m)
    out["timeline"], tl = timed(lambda: timeline(g, actor), 5)
    out["timeline_n"] = len(tl)
    out["ego2"], ego = timed(lambda: nx.ego_graph(g, actor, radius=2, undirected=True), 1)
    out["ego2_nodes"] = ego.number_of_nodes()
    out["pagerank"], _ = timed(lambda: nx.pagerank(g), 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
