#!/usr/bin/env python3
"""Times the tool's SMAA-2 against the NumPy reference, as whole processes.

For each case (offers x criteria x samples) and method (weighted sum, TOPSIS) it
writes one input, runs the real command line (`target/release/outsource rank
--sensitivity --format json` on a generated criteria file and a folder of offer
files; with `--core`, the bench binary `target/release/deps/ranking-* smaa` of
`benches/ranking.rs` on the JSON input instead) and `bench/smaa_numpy.py` on it,
alternating, RUNS times each, and prints the medians of wall time and of CPU time
(user + system: less noisy on a shared machine), the ratios and each side's peak
resident memory, measured by `/usr/bin/time` around each process (so the Python
parent's pages never count). It then checks
that both outputs agree within Monte Carlo error: every acceptability share differs
by at most 5 standard errors of the difference of two independent estimates,
sqrt(2 p (1 - p) / samples), plus 1e-9.

Usage: bench/run.py [--runs N] [--quick] [--agreement] [--only OxCxS] [--tool PATH]
(run from the repository root; needs numpy). `--agreement` runs only the 100-offer
case once: the automated check that the tool and NumPy agree within 5 standard
errors per cell (exit 1 otherwise).
"""

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench-smaa")

CASES = [
    # (offers, criteria, samples)
    (20, 15, 1_000_000),
    (1_000, 30, 100_000),
    (100, 10, 100_000),
]
QUICK = [(20, 15, 100_000), (1_000, 30, 10_000), (100, 10, 100_000)]


def build():
    """Builds the bench binary and returns its path."""
    output = subprocess.run(
        ["cargo", "bench", "--bench", "ranking", "--no-run", "--message-format=json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in output.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "ranking":
            if message.get("executable"):
                return message["executable"]
    sys.exit("no bench executable found")


def build_cli():
    """Builds the release command line and returns its path."""
    subprocess.run(["cargo", "build", "--release", "--bin", "outsource"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target", "release", "outsource")


def write_toml(stem, input_path):
    """The same input as a criteria file and a folder of offer files, for the CLI."""
    with open(input_path) as f:
        data = json.load(f)
    folder = stem + ".offers"
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    ids = [f"c{j}" for j in range(len(data["weights"]))]
    with open(stem + ".criteria.toml", "w") as f:
        f.write(f'method = "{data["method"]}"\n')
        for j, (weight, direction) in enumerate(zip(data["weights"], data["directions"])):
            f.write(f'\n[[criterion]]\nid = "{ids[j]}"\nname = "Criterion {j}"\n')
            f.write(f"weight = {weight}\ndirection = \"{direction}\"\n")
    for o, (name, row) in enumerate(zip(data["names"], data["values"])):
        with open(os.path.join(folder, f"offer-{o:05}.toml"), "w") as f:
            f.write(f'name = "{name}"\n\n[scores]\n')
            for j, value in enumerate(row):
                f.write(f"{ids[j]} = {value}\n")
    return folder


def cli_acceptability(json_path, names):
    """The CLI's acceptability matrix, rows in input order."""
    with open(json_path) as f:
        document = json.load(f)
    rows = {row["provider"]: row["ranks"] for row in document["sensitivity"]["acceptability"]}
    return np.array([rows[name] for name in names], dtype="<f8").ravel()


def write_input(path, offers, criteria, samples, method, seed=1):
    rng = random.Random(offers * 1_000_003 + criteria)
    data = {
        "method": method,
        "samples": samples,
        "seed": seed,
        "spread": 0.5,
        "weights": [float(rng.randint(1, 10)) for _ in range(criteria)],
        "directions": ["cost" if c % 3 == 0 else "benefit" for c in range(criteria)],
        "names": [f"Provider {o}" for o in range(offers)],
        "values": [[round(rng.uniform(0, 10), 3) for _ in range(criteria)] for _ in range(offers)],
    }
    with open(path, "w") as f:
        json.dump(data, f)


def timed(command, stdout=None):
    """Wall time (s), CPU time (s) and peak resident memory (MB) of one whole process,
    the last two as /usr/bin/time reports them for that process alone."""
    report = os.path.join(OUT, "time.txt")
    wrapped = ["/usr/bin/time", "-f", "%U %S %M", "-o", report] + command
    sink = open(stdout, "w") if stdout else subprocess.DEVNULL
    start = time.perf_counter()
    status = subprocess.run(wrapped, stdout=sink).returncode
    elapsed = time.perf_counter() - start
    if stdout:
        sink.close()
    if status != 0:
        sys.exit(f"{command} failed with status {status}")
    with open(report) as f:
        user, system, rss_kb = f.read().split()[-3:]
    return elapsed, float(user) + float(system), int(rss_kb) / 1024


def agreement(x, b, samples):
    """The largest difference between two acceptability matrices, in standard errors."""
    y = np.fromfile(b + ".acceptability.f64", dtype="<f8")
    p = (x + y) / 2
    error = np.sqrt(2 * p * (1 - p) / samples) + 1e-9
    return float((np.abs(x - y) / error).max()), float(np.abs(x - y).max())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--core", action="store_true", help="time the bench binary, not the CLI")
    parser.add_argument("--tool", help="a built binary to time instead of building one")
    parser.add_argument("--only", help="offers x criteria x samples, e.g. 20x15x1000000")
    parser.add_argument("--agreement", action="store_true",
                        help="only the 100-offer agreement case, once (fails above 5 standard errors)")
    args = parser.parse_args()
    if args.agreement:
        args.only, args.runs, args.quick = "100x10x100000", 1, False
    os.makedirs(OUT, exist_ok=True)
    tool = args.tool or (build() if args.core else build_cli())
    reference = [sys.executable, os.path.join(ROOT, "bench", "smaa_numpy.py")]
    print(f"tool: {os.path.relpath(tool, ROOT)}; numpy {np.__version__}; {args.runs} runs each, medians")
    header = f"{'case':<26} {'method':<13} {'tool s':>8} {'numpy s':>8} {'ratio':>6} {'tool cpu':>8} {'np cpu':>8} {'ratio':>6} {'tool MB':>8} {'numpy MB':>9} {'max z':>6}"
    print(header)
    failed = False
    for offers, criteria, samples in QUICK if args.quick else CASES:
        if args.only and args.only != f"{offers}x{criteria}x{samples}":
            continue
        for method in ["weighted-sum", "topsis"]:
            stem = os.path.join(OUT, f"{offers}x{criteria}x{samples}-{method}")
            write_input(stem + ".input.json", offers, criteria, samples, method)
            if args.core:
                command = [tool, "smaa", stem + ".input.json", stem + ".tool"]
                stdout = None
            else:
                folder = write_toml(stem, stem + ".input.json")
                command = [tool, "rank", "--criteria", stem + ".criteria.toml", folder,
                           "--sensitivity", "--samples", str(samples), "--seed", "1",
                           "--weight-model", "around", "--spread", "0.5", "--format", "json"]
                stdout = stem + ".tool.json"
            ours, theirs, our_cpu, their_cpu, our_mem, their_mem = [], [], [], [], [], []
            for _ in range(args.runs):
                t, cpu, mem = timed(command, stdout)
                ours.append(t)
                our_cpu.append(cpu)
                our_mem.append(mem)
                t, cpu, mem = timed(reference + [stem + ".input.json", stem + ".numpy"])
                theirs.append(t)
                their_cpu.append(cpu)
                their_mem.append(mem)
            if args.core:
                ours_matrix = np.fromfile(stem + ".tool.acceptability.f64", dtype="<f8")
            else:
                with open(stem + ".input.json") as f:
                    names = json.load(f)["names"]
                ours_matrix = cli_acceptability(stem + ".tool.json", names)
            z, _ = agreement(ours_matrix, stem + ".numpy", samples)
            failed |= z > 5
            a, b = statistics.median(ours), statistics.median(theirs)
            c, d = statistics.median(our_cpu), statistics.median(their_cpu)
            print(
                f"{offers} x {criteria} x {samples:<10} {method:<13} {a:8.3f} {b:8.3f} {b / a:6.1f} {c:8.3f} {d:8.3f} {d / c:6.1f} {max(our_mem):8.1f} {max(their_mem):9.1f} {z:6.2f}",
                flush=True,
            )
    if failed:
        sys.exit("the tool and the NumPy reference disagree beyond 5 standard errors")


if __name__ == "__main__":
    main()
