#!/usr/bin/env python3
"""Splits a flight recording of `lantu serve` under the search load (bench/search.sh with LANTU_BENCH_JFR)
by what the request threads were doing: Lucene (by part) against the HTTP path (authentication, store
queries, JSON, Tomcat and Spring). Each execution sample of a request thread goes to the first rule, in
order, whose marker occurs anywhere in its stack.
    bench/search-profile.py FILE.jfr [TOP]     TOP: how many leaf methods to list as well (default 0)"""
import collections
import json
import subprocess
import sys

RULES = [
    ("http: BCrypt (HTTP Basic logins)", ["BCrypt"]),
    ("http: token authentication (SHA-256, its store queries)", ["ApiTokens."]),
    ("search: index level with the store (store query)", ["StoreReader.state", "SearchIndex.catchUp"]),
    ("search: unit filter, scope (store queries)", ["RegionService", "AccessService"]),
    ("lucene: facet counts, drill sideways", ["FacetCounts"]),
    ("search: snippets", ["Snippets"]),
    ("search: query parsing (segmenter, synonyms)", ["Queries.parse"]),
    ("lucene: stored fields of the page", ["StoredFields", "StoredFieldsReader"]),
    ("lucene: matching, scoring, top hits", ["org.apache.lucene"]),
    ("http: JSON (Jackson)", ["tools.jackson", "com.fasterxml"]),
    ("http: other store queries (JDBC)", ["org.postgresql", "com.zaxxer"]),
    ("http: Tomcat, Spring MVC and Security filters, logging, rest", [""]),
]


def main():
    f = sys.argv[1]
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", f],
        capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    cats, leaves, other = collections.Counter(), collections.Counter(), collections.Counter()
    n = 0
    for e in events:
        thread = (e["values"]["sampledThread"] or {}).get("javaName") or ""
        st = e["values"]["stackTrace"]
        if "http-nio" not in thread or not st:
            other[thread.rstrip("0123456789-")] += 1
            continue
        frames = [fr["method"]["type"]["name"].replace("/", ".") + "." + fr["method"]["name"] for fr in st["frames"]]
        stack = "\n".join(frames)
        for label, markers in RULES:
            if any(m in stack for m in markers):
                cats[label] += 1
                break
        leaves[frames[0]] += 1
        n += 1
    print(f"{n} samples of request threads ({sum(other.values())} of other threads left out)")
    groups = collections.Counter()
    for label, v in cats.items():
        groups[label.split(":")[0]] += v
    for g, v in groups.most_common():
        print(f"{v:6d} {100 * v / n:5.1f}%  {g}")
    print()
    for label, v in cats.most_common():
        print(f"{v:6d} {100 * v / n:5.1f}%  {label}")
    if top_n:
        print()
        for k, v in leaves.most_common(top_n):
            print(f"{v:6d}  {k}")


if __name__ == "__main__":
    main()
