"""`ask` latency on the seed article with and without the NLI judge in the verifier.

    .venv/bin/python benchmarks/ask_latency.py [--rounds 3] [--verifiers learned,lexical]

Indexes seeds/ into a temporary folder once, then for each verifier asks every seed question
(seeds/questions.jsonl, with its kind) `--rounds` times after one warm-up pass, and prints p50 /
p95 per verifier, split by claims and questions, plus the time to open the checker (the judge
loads there). "learned" is the default verifier (features + the judge); "lexical" is the same
verifier without the judge.
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--verifiers", default="learned,lexical")
    args = parser.parse_args(argv)

    from factcheck import FactChecker

    items = [json.loads(line) for line in (ROOT / "seeds" / "questions.jsonl").read_text().splitlines() if line.strip()]
    results = {}
    with tempfile.TemporaryDirectory(prefix="ask-bench-") as tmp:
        with FactChecker.open(tmp, verifier="lexical") as fc:
            fc.ingest([ROOT / "seeds"])
        for spec in args.verifiers.split(","):
            started = time.perf_counter()
            fc = FactChecker.open(tmp, verifier=spec)
            open_s = time.perf_counter() - started
            for it in items:  # warm-up
                fc.ask(it["question"], kind=it.get("kind"))
            times: dict[str, list[float]] = {"claim": [], "question": []}
            for _ in range(args.rounds):
                for it in items:
                    started = time.perf_counter()
                    answer = fc.ask(it["question"], kind=it.get("kind"))
                    times[str(answer.kind)].append((time.perf_counter() - started) * 1000)
            fc.close()
            every = times["claim"] + times["question"]
            results[spec] = {"open_seconds": round(open_s, 2), "asks": len(every),
                             "p50_ms": round(float(np.percentile(every, 50)), 1),
                             "p95_ms": round(float(np.percentile(every, 95)), 1),
                             **{f"{k}_p50_ms": round(float(np.percentile(v, 50)), 1) for k, v in times.items() if v},
                             **{f"{k}_p95_ms": round(float(np.percentile(v, 95)), 1) for k, v in times.items() if v}}
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
