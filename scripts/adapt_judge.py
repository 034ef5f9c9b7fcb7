"""Adapt the NLI judge to claims and news evidence: fine-tune it on the dev data's claim-evidence pairs.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/adapt_judge.py --cv   # out-of-fold probabilities (for the verifier's CV)
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/adapt_judge.py        # src/factcheck/data/judge_claims.safetensors

The judge trained on public NLI data (`scripts/train_judge.py`, `data/judge.safetensors`) reads
FEVER-style refutations ("X was born in 1950" against "X, born in 1952") as neutral far more often
than as contradictions. This script continues its training on the pairs the product actually
judges: for each FEVER-IT, WiCE and PolitiHop dev claim and each SQuAD-it question, the evidence
sentences the real retriever found (cached by `scripts/train_verifier.py`), labelled

- entailment: a gold sentence of a supported claim, or a gold sentence of a question (it holds the
  answer); contradiction: a gold sentence of a refuted claim; neutral: every other retrieved
  sentence, every sentence of a not-enough-info or partially supported claim, and the sentences
  found for a question in another paragraph;

plus a replay sample of the original NLI training pairs (Italian RTE-3 DEV and MultiNLI) so the
judge keeps what it knew.

`--cv` trains one judge per fold of the verifier's grouped folds (by document, seed 0) and writes
each held-out fold's probabilities to the verifier cache; `train_verifier.py --judge adapted`
reads them, so the verifier's figures never score a claim with a judge that saw it. Without
`--cv` one judge is trained on every pair and written next to the base judge.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import pickle
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_judge as TJ  # noqa: E402
import train_verifier as TV  # noqa: E402
from factcheck import judge as J  # noqa: E402
from factcheck.evalset import is_gold  # noqa: E402
from factcheck.types import content_id  # noqa: E402

OUT = ROOT / "src" / "factcheck" / "data" / "judge_claims.safetensors"
ADAPT_CLAIMS = ("fever_it_dev", "wice_dev", "politihop_valid")  # the judge learns from PolitiHop's pairs too
ADAPT_DATA = ADAPT_CLAIMS + ("squad_it_dev",)


def claim_pairs(items, evidence) -> list[dict]:
    """One row per (claim or question, retrieved evidence sentence) of the adaptation datasets.

    A question's pair is entailment when the sentence is gold (it holds the answer), else neutral;
    the sentences found for it in another paragraph (its "#neg" evidence) are all neutral.
    """
    out = []
    for it in items:
        if it.dataset not in ADAPT_DATA or it.expected_verdict is None or it.id not in evidence:
            continue
        question = it.dataset.startswith("squad")
        group = TV.article_of(it) if question else content_id(it.document_text)
        keys = [(it.id, it.document_text)]
        if question:
            neg = NEGATIVES[it.id]
            keys.append((it.id + "#neg", neg.document_text))
        for key, text in keys:
            for rank, ev in enumerate(evidence[key][: TV.K_VERIFY]):
                cite = {"doc_id": content_id(text), "sentence_index": ev["index"], "start": ev["start"],
                        "end": ev["end"], "text": ev["text"]}
                gold = key == it.id and is_gold(it, cite)
                label = ("entailment" if it.expected_verdict == "supported" and gold else
                         "contradiction" if it.expected_verdict == "refuted" and gold else "neutral")
                out.append({"premise": ev["text"], "hypothesis": it.query, "label": label, "item": key,
                            "rank": rank, "group": group, "kind": "question" if question else "claim",
                            "lang": it.lang or "", "source": f"dev:{it.dataset}"})
    return out


NEGATIVES: dict = {}


def verifier_folds(items) -> dict[str, dict[str, int]]:
    """Folds grouped like train_verifier.py's, as group -> fold, for claims and questions.

    Rows in the verifier's order: one per labelled claim of the adapted claim datasets (grouped by
    document), two per SQuAD-it question (its own and another paragraph, by article). The verifier
    scores every row with the judge trained without the row's fold.
    """
    claims = np.array([content_id(it.document_text) for it in items
                       if it.dataset in ADAPT_CLAIMS and it.expected_verdict is not None])
    questions = np.array([TV.article_of(it) for it in items if it.dataset.startswith("squad") for _ in (0, 1)])
    out = {}
    for kind, groups in (("claim", claims), ("question", questions)):
        out[kind] = {}
        for f, (_, test) in enumerate(TV.group_folds(groups, TV.SEED).split(groups, None, groups)):
            for i in test:
                out[kind][groups[i]] = f
    return out


def replay_pairs(n: int, rng: random.Random, crosslingual: int = 0) -> list[dict]:
    """Pairs of the judge's own training data: Italian RTE-3 DEV and a label-balanced MultiNLI sample,
    and `crosslingual` of its RTE-3 pairs across Italian and German (`train_judge.crosslingual_pairs`),
    which the dev data, all in one language per pair, would otherwise make it forget."""
    rte = [r for r in TJ.read_jsonl(TJ.NLI_DIR / "e_rte3_it.jsonl") if "/DEV.xml#" in r["source"]]
    mnli = TJ.read_jsonl(TJ.NLI_DIR / "taxinli_mnli.jsonl")
    rng.shuffle(rte)
    take = rte[: n // 2]
    replay = take + TJ.balanced_sample(mnli, n - len(take), rng)
    if crosslingual:
        german = [r for r in TJ.read_jsonl(TJ.NLI_DIR / "rte3_de.jsonl") if "dev-set" in r["source"]]
        replay += TJ.crosslingual_pairs(rte, german, crosslingual, rng)
    return replay


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true", help="out-of-fold probabilities for the verifier's cross-validation")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--base", type=Path, default=J.DEFAULT_WEIGHTS, help="the NLI judge to adapt (train_judge.py's file)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/factcheck-verifier"), help="the verifier's cache")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--replay", type=int, default=1200, help="pairs of the original NLI data mixed in")
    ap.add_argument("--crosslingual-replay", type=int, default=0,
                    help="replayed NLI pairs with premise and hypothesis in different languages (Italian, German)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=2e-4)
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--warmup", type=float, default=0.1)
    ap.add_argument("--label-smoothing", type=float, default=0.05)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--feature-cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "factcheck-judge-features")
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    rng = TJ.seed_everything(args.seed)
    started = time.perf_counter()

    items = [it for it in TV.load_items() if TV.usable(it)]
    NEGATIVES.update(TV.negative_documents(items))
    cache = args.cache / TV.data_key()
    evidence = TV.collect_evidence(items, cache, 1)
    pairs = claim_pairs(items, evidence)
    replay = replay_pairs(args.replay, rng, args.crosslingual_replay)
    rows = pairs + replay
    TJ.log(f"{len(pairs)} claim-evidence pairs ({json.dumps(dict(sorted(_count(pairs).items())))}) + {len(replay)} replay")

    base = J.NLIJudge.load(args.base)
    ids = base.encode([(r["premise"], r["hypothesis"]) for r in rows])
    lengths = [len(s) for s in ids]
    model0 = base._model
    encoder = model0.encoder
    first = min(base.metadata["trained_layers"])
    store = TJ.precompute(encoder, ids, first, args.feature_cache, J.base_fingerprint(encoder))
    labels = torch.tensor([TJ.LABEL_INDEX[r["label"]] for r in rows])
    replay_idx = list(range(len(pairs), len(rows)))

    def train(train_idx: list[int]):
        model = copy.deepcopy(model0)
        counts = np.bincount(labels[train_idx].numpy(), minlength=3).astype(float)
        weights = torch.tensor(counts.sum() / (3 * np.maximum(counts, 1)), dtype=torch.float32)
        TJ.train_top(model, store, train_idx, lengths, labels, first, args, rng, class_weights=weights)
        return model

    if args.cv:
        folds = verifier_folds(items)
        fold = np.array([folds[r["kind"]][r["group"]] for r in pairs])
        probs = np.zeros((len(pairs), 3), dtype=np.float32)
        for f in range(TV.FOLDS):
            test = [i for i in range(len(pairs)) if fold[i] == f]
            train_idx = [i for i in range(len(pairs)) if fold[i] != f] + replay_idx
            model = train(train_idx)
            probs[test] = TJ.evaluate_top(model, store, test, first)
            TJ.log(f"fold {f + 1}/{TV.FOLDS}: {len(test)} held-out pairs, accuracy "
                   f"{np.mean(probs[test].argmax(1) == labels[test].numpy()):.3f}")
        out: dict[str, list] = {}
        for r, p in zip(pairs, probs):
            out.setdefault(r["item"], []).append((r["rank"], p))
        oof = {k: np.array([p for _, p in sorted(v, key=lambda t: t[0])]) for k, v in out.items()}
        path = cache / "judge-adapted-oof.pkl"
        path.write_bytes(pickle.dumps({"folds": folds, "probs": oof}))
        before = base.predict([(r["premise"], r["hypothesis"]) for r in pairs])
        gold = labels[: len(pairs)].numpy()
        for kind in ("claim", "question"):
            m = np.array([r["kind"] == kind for r in pairs])
            for name, p in (("base judge", before), ("adapted, out of fold", probs)):
                recall = {J.LABELS[c]: round(float(np.mean(p[m & (gold == c)].argmax(1) == c)), 3)
                          for c in range(3) if (m & (gold == c)).any()}
                TJ.log(f"{kind} pairs, {name}: accuracy {np.mean(p[m].argmax(1) == gold[m]):.3f}, recall {recall}")
        TJ.log(f"wrote {path} ({(time.perf_counter() - started) / 60:.1f} min)")
        return 0

    model = train(list(range(len(rows))))
    metadata = dict(base.metadata)
    metadata.update({
        "adapted_from": "data/judge.safetensors" if args.base == J.DEFAULT_WEIGHTS else str(args.base),
        "command": "python scripts/adapt_judge.py",
        "adaptation": {"data": list(ADAPT_DATA), "pairs": len(pairs), "labels": _count(pairs), "replay": len(replay),
                       "crosslingual_replay": args.crosslingual_replay,
                       "seed": args.seed, "epochs": args.epochs, "lr": args.lr, "head_lr": args.head_lr,
                       "minutes": round((time.perf_counter() - started) / 60, 1)},
    })
    TJ.save_judge(model, first, metadata, args.out)
    TJ.log(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {(time.perf_counter() - started) / 60:.1f} min)")
    return 0


def _count(rows) -> dict:
    out: dict = {}
    for r in rows:
        out[r["label"]] = out.get(r["label"], 0) + 1
    return out


if __name__ == "__main__":
    raise SystemExit(main())
