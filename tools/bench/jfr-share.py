#!/usr/bin/env python3
"""Share of a JVM's sampled CPU spent under given code, from a Flight Recorder file (docs/performance.md).

  tools/bench/jfr-share.py RECORDING.jfr [PREFIX ...]

Reads the recording's execution samples (jdk.ExecutionSample, Java code on CPU) with the JDK's `jfr` tool and
reports, for each PREFIX (default: com.aftersales.stock.), the samples whose stack holds a frame of a class starting
with it, as a count and a share of all samples; then the 15 packages most often on top of the stack below those
frames' entry points (where that code's time goes), and the share of samples per application package overall.
"""
import collections
import json
import shutil
import subprocess
import sys


def samples(path):
    jfr = shutil.which("jfr") or "jfr"
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
        yield [f["method"]["type"]["name"] for f in frames]


def package(name):
    return name.rsplit(".", 1)[0] if "." in name else name


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    prefixes = sys.argv[2:] or ["com.aftersales.stock."]
    stacks = list(samples(sys.argv[1]))
    total = len(stacks)
    print(f"{total} execution samples")
    for prefix in prefixes:
        hit = [s for s in stacks if any(c.startswith(prefix) for c in s)]
        print(f"\n{prefix}: {len(hit)} samples, {100.0 * len(hit) / max(total, 1):.2f} % of all")
        tops = collections.Counter(package(s[0]) for s in hit if s)
        for name, n in tops.most_common(15):
            print(f"  {n:7d}  {100.0 * n / max(len(hit), 1):5.1f} %  on top: {name}")
    apps = collections.Counter()
    for s in stacks:
        app = next((package(c) for c in s if c.startswith("com.aftersales.")), None)
        apps[app or "(no application frame)"] += 1
    print("\nsamples by the innermost application package on the stack:")
    for name, n in apps.most_common(25):
        print(f"  {n:7d}  {100.0 * n / max(total, 1):5.1f} %  {name}")


if __name__ == "__main__":
    main()
