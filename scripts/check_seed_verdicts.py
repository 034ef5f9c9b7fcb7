"""Check the verdicts on the project's own seed question set (seeds/questions.jsonl).

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/check_seed_verdicts.py [--verifier learned] [-v]

Ingests seeds/ into a temporary index, asks every question (with its `kind` when given) and
compares the verdict with `expected_verdict`. Exits 1 when any verdict is wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verifier", default=None, help="verifier spec (default: the default verifier)")
    ap.add_argument("--questions", type=Path, default=ROOT / "seeds" / "questions.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every item, not only the wrong ones")
    args = ap.parse_args(argv)

    from factcheck import FactChecker

    items = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = 0
    with tempfile.TemporaryDirectory() as tmp:
        fc = FactChecker.open(tmp, verifier=args.verifier)
        fc.ingest([ROOT / "seeds"])
        for it in items:
            answer = fc.ask(it["question"], kind=it.get("kind"))
            ok = str(answer.verdict) == it["expected_verdict"]
            wrong += not ok
            if args.verbose or not ok:
                print(f"{'ok ' if ok else 'BAD'} {it['id']} expected {it['expected_verdict']:<16} got "
                      f"{str(answer.verdict):<16} {answer.confidence:.2f}  {it['question'][:80]}")
        fc.close()
    print(f"{len(items) - wrong}/{len(items)} verdicts right")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
