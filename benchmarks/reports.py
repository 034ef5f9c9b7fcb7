"""Claims and questions about short news reports, each report in its own index: how many verdicts are right.

    .venv/bin/python benchmarks/reports.py                 # every report, a line per wrong verdict
    .venv/bin/python benchmarks/reports.py --src ../old/src --quiet   # another checkout's code, totals only

benchmarks/reports/<name>.txt is a report written for this benchmark (invented companies and people,
the style of Italian and English news); <name>.jsonl holds claims and questions about it with the
verdict the report supports (`expected_verdict`), asked as a user would (the kind, claim or question,
is detected). `group` says how each set was used:
- "probe": written to look for faults; the fixes of the session that wrote them came from their errors,
  so they are in-sample for those fixes;
- "heldout1" to "heldout27": written later (from "heldout3" on, blind, by a helper that never ran the code)
  and measured before anything was fixed on them (their first figures are in the README); each was then
  fixed on too.
Run on demand (about a minute); nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
HERE = Path(__file__).resolve().parent / "reports"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1] / "src",
                    help="the factcheck source to run (default: this checkout's)")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--json", type=Path, help="also write every verdict here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.src))
    from factcheck import FactChecker

    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    results = []
    for items_path in sorted(HERE.glob("*.jsonl")):
        items = [json.loads(line) for line in items_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        with tempfile.TemporaryDirectory() as tmp:
            fc = FactChecker.open(tmp)
            fc.ingest([items_path.with_suffix(".txt")])
            right = 0
            for it in items:
                answer = fc.ask(it["question"])
                ok = str(answer.verdict) == it["expected_verdict"]
                right += ok
                totals[it["group"]][0] += ok
                totals[it["group"]][1] += 1
                results.append({**it, "verdict": str(answer.verdict), "confidence": round(answer.confidence, 3),
                                "rule": answer.details.get("rule", ""),
                                "conflicts": [c.reason for c in answer.conflicts]})
                if not ok and not args.quiet:
                    print(f"  {it['id']}: expected {it['expected_verdict']}, got {answer.verdict} "
                          f"{answer.confidence:.2f} | {it['question']}")
            fc.close()
        print(f"{items_path.stem}: {right}/{len(items)}")
    for group, (right, n) in sorted(totals.items()):
        print(f"{group}: {right}/{n} ({right / n:.3f})")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
