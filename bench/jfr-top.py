#!/usr/bin/env python3
"""Aggregates a JDK Flight Recording into the top frames of a run.

Reads `jfr print --json --events jdk.ExecutionSample,jdk.Compilation,jdk.GarbageCollection FILE`
(run here, so pass the .jfr file) and prints:
  - self time: the methods on top of the sampled stacks;
  - total time: the methods anywhere on the stacks (each counted once per sample);
  - components: each sample charged to the innermost frame outside the JDK (wirewatch's own
    packages, Rome, Lucene, OkHttp, ...), else to the JDK package on top;
  - threads: samples per thread name, with digits folded (fetch-3 -> fetch-N);
  - JIT compilation and GC totals, which the samples of Java threads do not show.
"""

import argparse
import json
import re
import subprocess
from collections import Counter

COMPONENTS = [
    ("wirewatch.", None), ("com.rometools.", "Rome"), ("org.jdom2.", "JDOM (Rome's XML tree)"),
    ("org.apache.lucene.", "Lucene"), ("okhttp3.", "OkHttp"), ("okio.", "Okio"), ("kotlin.", "Kotlin stdlib"),
    ("org.sqlite.", "SQLite JDBC"), ("org.jsoup.", "jsoup"), ("com.fasterxml.", "Jackson"),
    ("com.github.difflib.", "java-diff-utils"), ("picocli.", "picocli"), ("com.googlecode.lanterna.", "Lanterna"),
    ("opennlp.", "OpenNLP"),
]


def method_name(frame):
    method = frame["method"]
    return f"{method['type']['name'].replace('/', '.')}.{method['name']}"


def component(frames):
    for frame in frames:
        name = method_name(frame)
        for prefix, label in COMPONENTS:
            if name.startswith(prefix):
                if label is None:
                    return ".".join(name.split(".")[:2])
                return label
    if not frames:
        return "(no stack)"
    return "JDK " + ".".join(method_name(frames[0]).split(".")[:-2])


def thread_name(sample):
    thread = sample.get("sampledThread") or {}
    name = thread.get("javaName") or thread.get("osName") or "?"
    return re.sub(r"\d+", "N", name)


def duration_ms(value):
    """JFR JSON prints durations as ISO-8601 (PT0.0123S) or as nanoseconds."""
    if isinstance(value, (int, float)):
        return value / 1e6
    match = re.fullmatch(r"PT(?:(\d+)M)?([\d.]+)S", value or "")
    if not match:
        return 0.0
    return int(match.group(1) or 0) * 60000 + float(match.group(2)) * 1000


def top(counter, total, limit):
    return "\n".join(f"  {count:6d} {100 * count / total:5.1f}%  {name}" for name, count in counter.most_common(limit))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recording", help="a .jfr file")
    parser.add_argument("--limit", type=int, default=25)
    parser.add_argument("--thread", help="only samples of threads whose name contains this")
    args = parser.parse_args()
    printed = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "64", "--events",
         "jdk.ExecutionSample,jdk.Compilation,jdk.GarbageCollection", args.recording],
        check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    self_time, total_time, components, threads = Counter(), Counter(), Counter(), Counter()
    compile_ms, compiles, gc_ms, gcs = 0.0, 0, 0.0, 0
    samples = 0
    for event in events:
        values = event["values"]
        if event["type"] == "jdk.Compilation":
            compile_ms += duration_ms(values.get("duration"))
            compiles += 1
            continue
        if event["type"] == "jdk.GarbageCollection":
            gc_ms += duration_ms(values.get("sumOfPauses"))
            gcs += 1
            continue
        if args.thread and args.thread not in thread_name(values):
            continue
        frames = (values.get("stackTrace") or {}).get("frames") or []
        samples += 1
        threads[thread_name(values)] += 1
        components[component(frames)] += 1
        if frames:
            self_time[method_name(frames[0])] += 1
        for name in {method_name(f) for f in frames}:
            total_time[name] += 1
    if samples == 0:
        raise SystemExit("no execution samples in " + args.recording)
    print(f"{samples} execution samples")
    print("\ncomponents (innermost non-JDK frame):\n" + top(components, samples, args.limit))
    print("\nself time (top of stack):\n" + top(self_time, samples, args.limit))
    print("\ntotal time (anywhere on the stack):\n" + top(total_time, samples, args.limit))
    print("\nthreads:\n" + top(threads, samples, args.limit))
    print(f"\nJIT: {compiles} compilations recorded, {compile_ms:.0f} ms of compiler-thread time")
    print(f"GC: {gcs} collections, {gc_ms:.0f} ms of pauses")


if __name__ == "__main__":
    main()
