"""Cost of the NLI judge: one-time base build, judge load, and `predict` latency on 5 pairs.

    .venv/bin/python benchmarks/judge_latency.py [--repeats 30] [--threads 1]

The base build is measured in a fresh temporary cache (what a first run pays once); the judge
is then loaded from that cache and asked about 5 (evidence sentence, claim) pairs from the seed
article, the size of one `ask` (p50 / p95 over the repeats, after one warm-up call).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.e5model import e5_model_dir  # noqa: E402
from factcheck.judge import NLIJudge  # noqa: E402

CLAIM = "La telefonata è avvenuta su iniziativa di Washington."


def seed_sentences(n: int = 5) -> list[str]:
    """The first `n` sentence-like pieces of the seed article (split on '. ' is enough here)."""
    text = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    pieces = [p.strip() for line in text.splitlines() for p in line.split(". ") if len(p.strip()) > 20]
    return pieces[:n]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--cache-dir", type=Path, default=None, help="reuse this cache (skips the build timing)")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    results = {"threads": args.threads}
    with tempfile.TemporaryDirectory(prefix="judge-bench-") as tmp:
        cache = args.cache_dir or Path(tmp)
        started = time.perf_counter()
        e5_model_dir(cache)
        results["base_build_seconds" if args.cache_dir is None else "base_ready_seconds"] = round(time.perf_counter() - started, 2)

        started = time.perf_counter()
        judge = NLIJudge.load(cache_dir=cache)
        results["judge_load_seconds"] = round(time.perf_counter() - started, 2)

        pairs = [(sentence, CLAIM) for sentence in seed_sentences()]
        judge.predict(pairs)  # warm-up
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            judge.predict(pairs)
            times.append((time.perf_counter() - started) * 1000)
        tokens = [len(ids) for ids in judge.encode(pairs)]
        results.update({
            "pairs_per_call": len(pairs),
            "tokens_per_pair_mean": round(float(np.mean(tokens)), 1),
            "predict_ms_p50": round(float(np.percentile(times, 50)), 1),
            "predict_ms_p95": round(float(np.percentile(times, 95)), 1),
            "repeats": args.repeats,
        })
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
