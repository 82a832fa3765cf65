#!/usr/bin/env python3
"""NumPy reference of the SMAA-2 computation in `outsource::ranking::smaa`.

Same input (the JSON `bench/run.py` writes), same outputs: `OUT.acceptability.f64`
(offers x ranks, little-endian f64, row-major) and `OUT.json` (rank extremes and
central 5th-95th percentile ranks, central weights, confidence factors).

Weight model: each weight times an independent uniform factor in
[1 - spread, 1 + spread], renormalised to sum 1. Scores: min-max normalised weighted
sum, or TOPSIS closeness (vector normalisation; squared distances as weighted sums of
the precomputed squared gaps). Ranks: scores within a relative 1e-9 of the previous
one share its rank (the tool compares with the first of the tie group; the two agree
except for chains of near-ties, which do not occur on random data).

Samples are processed in blocks (no samples x offers matrix held whole). The random
numbers are NumPy's (PCG64), so the figures agree with the tool's within Monte Carlo
error, not bit for bit.

Usage: smaa_numpy.py INPUT.json OUT
"""

import json
import sys

import numpy as np

TIE = 1e-9


def prepare(values, directions, method):
    values = np.asarray(values, dtype=np.float64)
    cost = np.array([d == "cost" for d in directions])
    if method == "weighted-sum":
        lo, hi = values.min(axis=0), values.max(axis=0)
        rng = hi - lo
        safe = np.where(rng > 0, rng, 1.0)
        norm = np.where(cost, (hi - values) / safe, (values - lo) / safe)
        norm = np.where(rng > 0, np.clip(norm, 0.0, 1.0), 1.0)
        return (norm.T.copy(),)
    largest = np.abs(values).max(axis=0)
    safe = np.where(largest > 0, largest, 1.0)
    scaled = values / safe
    norm = np.sqrt((scaled * scaled).sum(axis=0))
    r = np.where(largest > 0, scaled / np.where(norm > 0, norm, 1.0), 0.0)
    best, worst = r.max(axis=0), r.min(axis=0)
    best, worst = np.where(cost, worst, best), np.where(cost, best, worst)
    return (((r - best) ** 2).T.copy(), ((r - worst) ** 2).T.copy())


def scores(prepared, method, w):
    if method == "weighted-sum":
        return np.clip(w @ prepared[0], 0.0, 1.0)
    w2 = w * w
    plus = np.sqrt(w2 @ prepared[0])
    minus = np.sqrt(w2 @ prepared[1])
    total = plus + minus
    with np.errstate(invalid="ignore", divide="ignore"):
        c = np.where(total > 0, np.clip(minus / total, 0.0, 1.0), 1.0)
    return c


def ranks(s):
    """0-based ranks of a block of samples (rows), ties sharing the better rank."""
    b, m = s.shape
    order = np.argsort(-s, axis=1, kind="stable")
    sorted_s = np.take_along_axis(s, order, axis=1)
    new = np.ones((b, m), dtype=bool)
    prev, cur = sorted_s[:, :-1], sorted_s[:, 1:]
    new[:, 1:] = np.abs(cur - prev) > TIE * np.maximum(np.abs(cur), np.abs(prev))
    start = np.where(new, np.arange(m), 0)
    np.maximum.accumulate(start, axis=1, out=start)
    out = np.empty_like(start)
    np.put_along_axis(out, order, start, axis=1)
    return out


def percentile(counts, percent):
    total = counts.sum(axis=1, keepdims=True)
    cumulative = np.cumsum(counts, axis=1)
    reached = (cumulative * 100 >= percent * total) & (counts > 0)
    return reached.argmax(axis=1) + 1


def main():
    source, out = sys.argv[1], sys.argv[2]
    with open(source) as f:
        data = json.load(f)
    method, samples = data["method"], data["samples"]
    weights = np.asarray(data["weights"], dtype=np.float64)
    weights = weights / weights.sum()
    spread = data["spread"]
    prepared = prepare(data["values"], data["directions"], method)
    m, n = len(data["values"]), len(weights)
    rng = np.random.default_rng(data["seed"])
    block = max(1, min(samples, 4_000_000 // max(m, 1)))
    counts = np.zeros(m * m, dtype=np.int64)
    weight_sums = np.zeros((m, n))
    offer_index = np.arange(m) * m
    done = 0
    while done < samples:
        b = min(block, samples - done)
        w = weights * rng.uniform(1.0 - spread, 1.0 + spread, size=(b, n))
        w /= w.sum(axis=1, keepdims=True)
        r = ranks(scores(prepared, method, w))
        counts += np.bincount((r + offer_index).ravel(), minlength=m * m)
        weight_sums += (r == 0).T.astype(np.float64) @ w
        done += b
    counts = counts.reshape(m, m)
    acceptability = counts / samples
    acceptability.astype("<f8").tofile(out + ".acceptability.f64")
    first = counts[:, 0]
    central = [
        (weight_sums[i] / first[i]).tolist() if first[i] > 0 else None for i in range(m)
    ]
    confidence = []
    for i, c in enumerate(central):
        if c is None:
            confidence.append(None)
            continue
        s = scores(prepared, method, np.asarray(c)[None, :])[0]
        top = s.max()
        confidence.append(1.0 if abs(s[i] - top) <= TIE * max(abs(s[i]), abs(top)) else 0.0)
    seen = counts > 0
    summary = {
        "central_low": percentile(counts, 5).tolist(),
        "central_high": percentile(counts, 95).tolist(),
        "best": (seen.argmax(axis=1) + 1).tolist(),
        "worst": (m - seen[:, ::-1].argmax(axis=1)).tolist(),
        "central_weights": central,
        "confidence": confidence,
    }
    with open(out + ".json", "w") as f:
        json.dump(summary, f)


if __name__ == "__main__":
    main()
