#!/usr/bin/env python3
"""Prints the ingest benchmark's table from the per-run results that ingest.sh records.

Input: a TSV with one line per timed process:
    tool  round  run  wall_s  peak_rss_kb  http_200  http_304  http_other  exit  matches
Each cell of the table is the median over the runs. Ratios compare every tool's wall time with
wirewatch's in the same round: 2.0x means the tool took twice as long as wirewatch.
"""

import argparse
import statistics
import sys
from collections import defaultdict

ROUNDS = [
    ("first", "first (cold)"),
    ("second", "second"),
    ("unchanged", "unchanged"),
]


def load(path):
    rows = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            tool, rnd, run, wall, rss, ok, nm, other, code, matches = line.rstrip("\n").split("\t")
            rows[(tool, rnd)].append({
                "wall": float(wall), "rss": int(rss), "200": int(ok), "304": int(nm),
                "other": int(other), "exit": int(code), "matches": matches,
            })
    return rows


def median(runs, key):
    return statistics.median(r[key] for r in runs)


def table(rows, articles, baseline):
    tools = []
    for tool, _ in rows:
        if tool not in tools:
            tools.append(tool)
    tools.sort(key=lambda t: (t != baseline, not t.startswith("wirewatch"), t))
    header = f"{'round':<16} {'tool':<22} {'wall s':>7} {'peak RSS MB':>11} {'articles/s':>11} " \
             f"{'vs ' + baseline:>16} {'HTTP 200/304/other':>19} {'runs':>4} {'exit':>4} {'matches':>8}"
    lines = [header, "-" * len(header)]
    for rnd, label in ROUNDS:
        base = rows.get((baseline, rnd))
        for tool in tools:
            runs = rows.get((tool, rnd))
            if not runs:
                continue
            wall = median(runs, "wall")
            ratio = f"{wall / median(base, 'wall'):.2f}x" if base else "-"
            http = f"{median(runs, '200'):.0f}/{median(runs, '304'):.0f}/{median(runs, 'other'):.0f}"
            exits = ",".join(sorted({str(r["exit"]) for r in runs}))
            matches = ",".join(sorted({r["matches"] for r in runs}))
            lines.append(f"{label if tool == tools[0] or not base else '':<16.16} {tool:<22} {wall:>7.2f} "
                         f"{median(runs, 'rss') / 1024:>11.0f} {articles / wall:>11.0f} {ratio:>16} "
                         f"{http:>19} {len(runs):>4} {exits:>4} {matches:>8}")
        lines.append("")
    return "\n".join(lines)


def targets(rows, baseline):
    def wall(tool, rnd):
        runs = rows.get((tool, rnd))
        return median(runs, "wall") if runs else None

    out = []
    ww1, ww0 = wall(baseline, "first"), wall(baseline, "unchanged")
    nb1, nb0, sf1 = wall("newsboat", "first"), wall("newsboat", "unchanged"), wall("sfeed", "first")
    if ww1 and nb1:
        out.append(f"first round vs newsboat: {nb1 / ww1:.2f}x faster (target >= 2x, aim 3x): "
                   f"{'met' if nb1 / ww1 >= 2 else 'NOT met'}")
    if ww1 and sf1:
        out.append(f"first round vs sfeed_update: {sf1 / ww1:.2f}x faster (target > 1x): "
                   f"{'met' if sf1 > ww1 else 'NOT met'}")
    if ww1 and nb1 and sf1:
        both = nb1 / ww1 >= 2 and sf1 > ww1
        out.append(f"first round, both (>= 2x newsboat and faster than sfeed_update): {'met' if both else 'NOT met'}")
    if ww0 and nb0:
        out.append(f"unchanged round vs newsboat's conditional reload: {nb0 / ww0:.2f}x faster (target >= 15x): "
                   f"{'met' if nb0 / ww0 >= 15 else 'NOT met'}")
    peaks = [r["rss"] for (tool, _), runs in rows.items() if tool == baseline for r in runs]
    if peaks:
        peak = max(peaks) / 1024
        out.append(f"{baseline} peak RSS, worst run: {peak:.0f} MB (target < 300 MB): "
                   f"{'met' if peak < 300 else 'NOT met'}")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--articles", type=int, required=True, help="feeds x items")
    parser.add_argument("--baseline", default="wirewatch")
    args = parser.parse_args()
    rows = load(args.results)
    if not rows:
        sys.exit("no results in " + args.results)
    print(table(rows, args.articles, args.baseline))
    print(targets(rows, args.baseline))


if __name__ == "__main__":
    main()
