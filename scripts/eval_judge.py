"""Held-out NLI accuracy of the shipped judge (never trained on any of these pairs).

    python scripts/eval_judge.py                         # XNLI: 500 pairs per language
    python scripts/eval_judge.py --xnli-per-language 0   # all 2,490 per language (slower)

- Italian RTE-3 TEST part of ../shared/nli/e_rte3_it.jsonl: 3-way accuracy and 2-way
  (entailment vs not) accuracy, next to the majority class.
- XNLI dev en/de/es/fr (../shared/nli/xnli_dev_eval_only.jsonl, evaluation only): 3-way accuracy
  on a seeded random sample per language (say so when sampled).
- XNLI across languages: the same items with the premise in one language and the hypothesis in
  another (XNLI's files are translations line by line), as when an English claim is checked
  against an Italian article; next to the same items in one language.

The judge runs end to end as the product uses it (`NLIJudge.load().predict`). Prints a Markdown
table on stdout; `--json PATH` also writes the figures.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from factcheck.judge import LABELS, NLIJudge  # noqa: E402

NLI_DIR = ROOT.parent / "shared" / "nli"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(judge: NLIJudge, rows: list[dict], batch_size: int) -> dict:
    started = time.perf_counter()
    probs = judge.predict([(r["premise"], r["hypothesis"]) for r in rows], batch_size=batch_size)
    gold = np.array([LABELS.index(r["label"]) for r in rows])
    pred = probs.argmax(1)
    entail = LABELS.index("entailment")
    counts = collections.Counter(r["label"] for r in rows)
    confusion = {g: {p: int(np.sum((gold == LABELS.index(g)) & (pred == LABELS.index(p)))) for p in LABELS} for g in LABELS}
    return {
        "pairs": len(rows),
        "accuracy_3way": float(np.mean(pred == gold)),
        "accuracy_2way": float(np.mean((pred == entail) == (gold == entail))),
        "majority_3way": max(counts.values()) / len(rows),
        "majority_2way": max(counts["entailment"], len(rows) - counts["entailment"]) / len(rows),
        "recall": {label: float(np.mean(pred[gold == i] == i)) if np.any(gold == i) else None for i, label in enumerate(LABELS)},
        "confusion_gold_by_predicted": confusion,
        "pairs_per_second": len(rows) / (time.perf_counter() - started),
    }


CROSS_PAIRS = (("de", "en"), ("en", "de"), ("fr", "en"), ("en", "es"))


def crosslingual_rows(xnli: list[dict], premise_lang: str, hypothesis_lang: str, n: int, seed: int) -> list[dict]:
    """XNLI items with the premise in one language and the hypothesis in another (same item id)."""
    by_item: dict[str, dict[str, dict]] = collections.defaultdict(dict)
    for row in xnli:
        by_item[row["source"].rsplit("#", 1)[1]][row["lang"]] = row
    items = sorted(k for k, v in by_item.items() if premise_lang in v and hypothesis_lang in v)
    if 0 < n < len(items):
        items = random.Random(seed).sample(items, n)
    return [{"premise": by_item[k][premise_lang]["premise"], "hypothesis": by_item[k][hypothesis_lang]["hypothesis"],
             "label": by_item[k][premise_lang]["label"]} for k in items]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weights", type=Path, default=None, help="judge file (default: the shipped one)")
    parser.add_argument("--xnli-per-language", type=int, default=500, help="0 = all pairs")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    judge = NLIJudge.load(args.weights)
    meta = judge.metadata
    print(f"judge: {judge.path.name}, layers {meta['trained_layers']} trained, seed {meta['seed']}, max_length {meta['max_length']}", file=sys.stderr)

    results = {}
    rte = [r for r in read_jsonl(NLI_DIR / "e_rte3_it.jsonl") if "/TEST.xml#" in r["source"]]
    results["RTE-3 it TEST"] = score(judge, rte, args.batch_size)
    print(f"RTE-3 it TEST done: {results['RTE-3 it TEST']['accuracy_3way']:.3f}", file=sys.stderr)

    xnli = read_jsonl(NLI_DIR / "xnli_dev_eval_only.jsonl")
    rng = random.Random(args.seed)
    for lang in ("en", "de", "es", "fr"):
        rows = [r for r in xnli if r["lang"] == lang]
        total = len(rows)
        if 0 < args.xnli_per_language < total:
            rows = rng.sample(rows, args.xnli_per_language)
        name = f"XNLI dev {lang}" + (f" (sample {len(rows)}/{total})" if len(rows) < total else "")
        results[name] = score(judge, rows, args.batch_size)
        print(f"{name} done: {results[name]['accuracy_3way']:.3f}", file=sys.stderr)

    for premise_lang, hypothesis_lang in CROSS_PAIRS:
        name = f"XNLI dev premise {premise_lang}, hypothesis {hypothesis_lang}"
        rows = crosslingual_rows(xnli, premise_lang, hypothesis_lang, args.xnli_per_language, args.seed)
        results[name] = score(judge, rows, args.batch_size)
        print(f"{name} done: {results[name]['accuracy_3way']:.3f}", file=sys.stderr)

    print("| set | pairs | 3-way acc | majority | 2-way acc (entail vs not) | majority | recall E / C / N |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        recall = " / ".join("-" if r["recall"][l] is None else f"{r['recall'][l]:.2f}" for l in LABELS)
        print(f"| {name} | {r['pairs']} | {r['accuracy_3way']:.3f} | {r['majority_3way']:.3f} | "
              f"{r['accuracy_2way']:.3f} | {r['majority_2way']:.3f} | {recall} |")
    xnli_acc = [r["accuracy_3way"] for n, r in results.items() if n.startswith("XNLI dev") and "premise" not in n]
    print(f"\nXNLI mean 3-way accuracy over en/de/es/fr: {np.mean(xnli_acc):.3f}")
    speed = np.mean([r["pairs_per_second"] for r in results.values()])
    print(f"speed: {speed:.1f} pairs/s with {args.threads} thread(s), batch {args.batch_size}")
    if args.json:
        args.json.write_text(json.dumps({"judge": meta.get("command"), "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
