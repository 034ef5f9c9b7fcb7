"""Which embedder ranks evidence best? R@1 / R@3 / MRR of the gold sentence among an item's own
document sentences, dense alone and fused with BM25 (reciprocal-rank fusion, k=60).

Data: the seed question set (Italian and English questions about the Italian seed article: the
cross-lingual case) and the dev sets in ../shared/evaldata (skipped with a message if absent).

    .venv/bin/python benchmarks/embedders.py [--limit 100] [--embedders use,e5,minilm]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.embed import make_embedder  # noqa: E402
from factcheck.evalset import read_items  # noqa: E402
from factcheck.lexical import BM25Index  # noqa: E402
from factcheck.segment import segment  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata"


def seed_cases():
    text = (ROOT / "seeds" / "000_e7578cc26835deea.txt").read_text(encoding="utf-8")
    sents = [s.text for s in segment("seed", text)]
    cases = {"seed_it": [], "seed_en": []}
    for item in read_items(ROOT / "seeds" / "questions.jsonl"):
        gold = {i for i, s in enumerate(sents) if any(g in s for g in item.gold_evidence)}
        if gold and "injection" not in item.tags:
            cases[f"seed_{item.lang}"].append((item.query, sents, gold))
    return cases


def dataset_cases(limit: int):
    cases = {}
    for path in sorted(EVALDATA.glob("*.jsonl")):
        rows = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["evidence_sentence_indices"]:
                    rows.append((r["question_or_claim"], r["document_sentences"], set(r["evidence_sentence_indices"])))
                if len(rows) >= limit:
                    break
        cases[path.stem] = rows
    return cases


def ranks(scores: np.ndarray) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    r = np.empty(len(scores), dtype=int)
    r[order] = np.arange(len(scores))
    return r


def evaluate(embedder, cases):
    out = {}
    cache: dict[tuple, np.ndarray] = {}
    for name, rows in cases.items():
        stats = {"dense": [], "fused": [], "bm25": []}
        for query, sents, gold in rows:
            key = tuple(sents)
            if key not in cache:
                cache[key] = embedder.encode(sents)
            vecs = cache[key]
            q = embedder.encode([query], query=True)[0]
            dense = vecs @ q
            bm = BM25Index()
            bm.add("d", [(str(i), s) for i, s in enumerate(sents)])
            lex = np.zeros(len(sents))
            for sid, sc in bm.search(query, k=len(sents)):
                lex[int(sid)] = sc
            rd, rl = ranks(dense), ranks(lex)
            fused = 1.0 / (61 + rd) + 1.0 / (61 + rl)
            for label, sc in (("dense", dense), ("fused", fused), ("bm25", lex)):
                r = ranks(sc)
                best = min(r[g] for g in gold if g < len(sents))
                stats[label].append(best)
        out[name] = {label: (np.mean(np.array(v) < 1), np.mean(np.array(v) < 3), np.mean(1.0 / (np.array(v) + 1)), len(v))
                     for label, v in stats.items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=100, help="items per dev set")
    ap.add_argument("--embedders", default="use,e5,minilm")
    args = ap.parse_args()
    cases = seed_cases()
    if EVALDATA.exists():
        cases.update(dataset_cases(args.limit))
    else:
        print(f"note: {EVALDATA} not found; only the seed question set is measured")
    print(f"items: " + ", ".join(f"{k}={len(v)}" for k, v in cases.items()))
    print("| embedder | ranking | " + " | ".join(cases) + " | sentences/s |")
    print("|---|---|" + "---|" * len(cases) + "---|")
    for spec in args.embedders.split(","):
        emb = make_embedder(spec)
        probe = [s for _, sents, _ in cases["seed_it"][:1] for s in sents] * 20
        t = time.perf_counter()
        emb.encode(probe)
        speed = len(probe) / (time.perf_counter() - t)
        res = evaluate(emb, cases)
        for label in ("dense", "fused"):
            cells = [f"{res[c][label][0]:.2f}/{res[c][label][1]:.2f}/{res[c][label][2]:.2f}" for c in cases]
            print(f"| {spec} | {label} | " + " | ".join(cells) + f" | {speed:.0f} |", flush=True)
    cells = [f"{res[c]['bm25'][0]:.2f}/{res[c]['bm25'][1]:.2f}/{res[c]['bm25'][2]:.2f}" for c in cases]
    print("| (none) | bm25 | " + " | ".join(cells) + " | |")
    print("cells: R@1/R@3/MRR")


if __name__ == "__main__":
    main()
