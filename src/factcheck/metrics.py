"""Evaluation metrics: pure functions from items and result dicts to plain (JSON-ready) dicts.

Each result is one line of results.jsonl (DESIGN.md); an optional "system" field (absent means
"factcheck") tells the project's answers from the baseline's. Every item is first scored on its
own (`score_item`), then the per-item scores are aggregated, so the bootstrap resamples items.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .errors import InputError
from .evalset import LABELS, EvalItem, citation_units, complete_set_found, covers, gold_sets, is_gold, read_items
from .text import fold

DEFAULT_SYSTEM = "factcheck"
RESAMPLES = 1000
SEED = 0
HEADLINE = ("accuracy", "balanced_accuracy", "macro_f1", "evidence_hit_rate", "fever_score")
METRICS = HEADLINE + ("citation_precision", "citation_recall", "abstention_precision", "abstention_recall",
                      "answer_keyword_hit", "latency_p50_ms", "latency_p95_ms")

METRIC_DEFINITIONS = {
    "accuracy": "Share of labelled items whose verdict equals the expected verdict.",
    "balanced_accuracy": "Mean of the per-class recalls over the verdict classes that occur among the "
                         "expected verdicts, so a rare class weighs as much as a frequent one.",
    "macro_f1": "Mean F1 (harmonic mean of precision and recall) over the verdict classes that occur "
                "among the expected verdicts; a class never predicted has F1 0.",
    "per_class_recall": "For each verdict, the share of items expecting it that got it.",
    "per_class_precision": "For each verdict, the share of items given it that expected it.",
    "confusion_matrix": "Counts of items by expected verdict (rows) and given verdict (columns), in the "
                        "order supported, refuted, not_enough_info.",
    "evidence_hit_rate": "Share of items with gold evidence that have at least one gold sentence among "
                         "their citations.",
    "citation_precision": "Over items with gold evidence and at least one citation: the share of cited "
                          "sentences that are gold (a chunk citation counts as each of its sentences), "
                          "averaged over items.",
    "citation_recall": "Over items with gold evidence: the share of the gold sentences covered by some "
                       "citation, taking the best-covered gold set when there are alternatives, averaged "
                       "over items.",
    "fever_score": "Share of labelled items with the right verdict and, for supported/refuted items with "
                   "gold evidence, a complete gold evidence set among the first 5 citations (the FEVER "
                   "scorer's rule); not_enough_info items need only the right verdict.",
    "abstention_precision": "Of the items answered not_enough_info, the share that expected it.",
    "abstention_recall": "Of the items expecting not_enough_info, the share answered not_enough_info.",
    "answer_keyword_hit": "Share of items with answer keywords whose answer text contains at least one of "
                          "them (case- and accent-insensitive).",
    "latency_p50_ms": "Median time to answer one item, in milliseconds.",
    "latency_p95_ms": "95th percentile of the time to answer one item, in milliseconds (linear "
                      "interpolation between ranks).",
    "ci95": "95% bootstrap confidence interval: the 2.5th and 97.5th percentiles of the metric over "
            f"{RESAMPLES} resamples of the items with replacement (fixed seed); for a comparison, the "
            "same resampled items score both runs (paired bootstrap).",
}


# --- per item -------------------------------------------------------------------------------------


def score_item(item: EvalItem, result: dict) -> dict:
    """Score one result against its item; None marks a metric that does not apply to the item."""
    expected = item.expected_verdict
    verdict = result.get("verdict") if result.get("verdict") in LABELS else None
    citations = list(result.get("citations") or [])
    doc_text = item.document_text
    scores = {"id": item.id, "dataset": item.dataset, "lang": item.lang, "kind": item.kind,
              "tags": list(item.tags), "expected": expected, "verdict": verdict,
              "correct": None if expected is None else int(verdict == expected),
              "evidence_hit": None, "citation_precision": None, "citation_recall": None,
              "fever": None, "keyword_hit": None, "latency_ms": _float(result.get("latency_ms")),
              "error": int(verdict is None)}
    if item.has_gold:
        scores["evidence_hit"] = int(any(is_gold(item, c, doc_text) for c in citations))
        units = [u for c in citations for u in citation_units(c)]
        if units:
            scores["citation_precision"] = sum(is_gold(item, u, doc_text) for u in units) / len(units)
        scores["citation_recall"] = max(
            sum(any(covers(c, g, doc_text) for c in citations) for g in gset) / len(gset)
            for gset in gold_sets(item)
        )
    if expected is not None:
        needs_set = expected != "not_enough_info" and item.has_gold
        scores["fever"] = int(verdict == expected and (not needs_set or complete_set_found(item, citations)))
    if item.answer_keywords:
        answer = fold(str(result.get("answer") or ""))
        scores["keyword_hit"] = int(any(fold(k) in answer for k in item.answer_keywords))
    return scores


def _float(value) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


# --- aggregation over per-item scores ---------------------------------------------------------------


class _Arrays:
    """Per-item scores as arrays (NaN / -1 where a metric does not apply), ready for resampling."""

    _FIELDS = ("correct", "evidence_hit", "citation_precision", "citation_recall", "fever", "keyword_hit",
               "latency_ms")

    def __init__(self, scores: Sequence[dict]):
        self.n = len(scores)
        index = {label: i for i, label in enumerate(LABELS)}
        self.y_true = np.array([index.get(s["expected"], -1) for s in scores], dtype=int)
        self.y_pred = np.array([index.get(s["verdict"], -1) for s in scores], dtype=int)
        self.values = {f: np.array([np.nan if s[f] is None else float(s[f]) for s in scores], dtype=float)
                       for f in self._FIELDS}

    def metrics(self, idx: np.ndarray) -> dict[str, np.ndarray]:
        """All metrics for each row of `idx` (shape (B, n): B resamples of item positions)."""
        with warnings.catch_warnings(), np.errstate(invalid="ignore", divide="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            yt, yp = self.y_true[idx], self.y_pred[idx]
            labelled = yt >= 0
            n_labelled = labelled.sum(axis=1)
            out = {"accuracy": np.where(n_labelled > 0, (labelled & (yt == yp)).sum(axis=1) / n_labelled, np.nan)}
            recalls, f1s, precisions = [], [], []
            for c in range(len(LABELS)):
                support = (yt == c).sum(axis=1)
                tp = ((yt == c) & (yp == c)).sum(axis=1)
                predicted = (labelled & (yp == c)).sum(axis=1)
                recalls.append(np.where(support > 0, tp / support, np.nan))
                precisions.append(np.where(predicted > 0, tp / predicted, np.nan))
                # F1 = 2TP / (2TP + FP + FN) = 2TP / (support + predicted); NaN for an absent class
                f1s.append(np.where(support > 0, 2 * tp / (support + predicted), np.nan))
            out["balanced_accuracy"] = np.nanmean(np.stack(recalls), axis=0)
            out["macro_f1"] = np.nanmean(np.stack(f1s), axis=0)
            nei = LABELS.index("not_enough_info")
            out["abstention_precision"], out["abstention_recall"] = precisions[nei], recalls[nei]
            for name, field in (("evidence_hit_rate", "evidence_hit"), ("fever_score", "fever"),
                                ("citation_precision", "citation_precision"),
                                ("citation_recall", "citation_recall"), ("answer_keyword_hit", "keyword_hit")):
                out[name] = np.nanmean(self.values[field][idx], axis=1)
            latency = self.values["latency_ms"][idx]
            out["latency_p50_ms"] = np.nanpercentile(latency, 50, axis=1)
            out["latency_p95_ms"] = np.nanpercentile(latency, 95, axis=1)
        return out

    def point(self) -> dict[str, float | None]:
        values = self.metrics(np.arange(self.n)[None, :]) if self.n else {}
        return {name: _clean(values[name][0]) if self.n else None for name in METRICS}

    def resample(self, resamples: int, seed: int) -> np.ndarray:
        return np.random.default_rng(seed).integers(0, self.n, size=(resamples, self.n))


def _clean(value) -> float | None:
    value = float(value)
    return None if np.isnan(value) else round(value, 6)


def _interval(samples: np.ndarray) -> list[float] | None:
    samples = samples[~np.isnan(samples)]
    if samples.size == 0:
        return None
    lo, hi = np.percentile(samples, [2.5, 97.5])
    return [round(float(lo), 6), round(float(hi), 6)]


def aggregate(scores: Sequence[dict], *, ci: bool = True, resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """Metrics, counts, per-class figures and confusion matrix over per-item scores."""
    arrays = _Arrays(scores)
    summary = {"n_items": len(scores), "metrics": arrays.point()}
    if ci:
        boot = arrays.metrics(arrays.resample(resamples, seed)) if scores else {}
        summary["ci95"] = {name: _interval(boot[name]) if scores else None for name in HEADLINE}
    matrix = [[0] * len(LABELS) for _ in LABELS]
    for t, p in zip(arrays.y_true, arrays.y_pred):
        if t >= 0 and p >= 0:
            matrix[t][p] += 1
    support = [int((arrays.y_true == c).sum()) for c in range(len(LABELS))]
    per_class = {}
    for c, label in enumerate(LABELS):
        predicted = sum(matrix[t][c] for t in range(len(LABELS)))
        tp = matrix[c][c]
        per_class[label] = {
            "support": support[c], "predicted": predicted,
            "recall": round(tp / support[c], 6) if support[c] else None,
            "precision": round(tp / predicted, 6) if predicted else None,
            "f1": round(2 * tp / (support[c] + predicted), 6) if support[c] else None,
        }
    summary["per_class"] = per_class
    summary["confusion"] = {"labels": list(LABELS), "matrix": matrix}
    count = lambda field: sum(s[field] is not None for s in scores)  # noqa: E731
    summary["counts"] = {"labelled": count("correct"), "with_gold_evidence": count("evidence_hit"),
                         "with_citations_and_gold": count("citation_precision"),
                         "with_keywords": count("keyword_hit"), "with_latency": count("latency_ms"),
                         "invalid_verdict": sum(s["error"] for s in scores)}
    return summary


def _breakdown(scores: Sequence[dict], key, *, ci: bool = False, **boot) -> dict:
    groups: dict[str, list[dict]] = {}
    for s in scores:
        for name in key(s):
            groups.setdefault(name, []).append(s)
    return {name: _short(aggregate(group, ci=ci, **boot)) for name, group in sorted(groups.items())}


def _short(summary: dict) -> dict:
    keep = ("n_items", "metrics", "ci95", "counts")
    return {**{k: summary[k] for k in keep if k in summary},
            "per_class_recall": {k: v["recall"] for k, v in summary["per_class"].items()}}


# --- public entry points ------------------------------------------------------------------------------


def system_of(result: dict) -> str:
    return str(result.get("system") or DEFAULT_SYSTEM)


def group_by_system(results: Iterable[dict]) -> dict[str, list[dict]]:
    """Results split by their "system" field (absent means "factcheck"), in first-seen order."""
    groups: dict[str, list[dict]] = {}
    for r in results:
        groups.setdefault(system_of(r), []).append(r)
    return groups


def score_results(items: Sequence[EvalItem], results: Iterable[dict]) -> tuple[list[dict], dict]:
    """Per-item scores for the items that have a result, and the match counts."""
    by_id: dict[str, dict] = {}
    for r in results:
        rid = str(r.get("id"))
        if rid in by_id:
            raise ValueError(f"result id {rid!r} appears twice for system {system_of(r)!r}; "
                             "each item needs exactly one result per system")
        by_id[rid] = r
    item_ids = {item.id for item in items}
    scores = [score_item(item, by_id[item.id]) for item in items if item.id in by_id]
    return scores, {"missing_results": len(items) - len(scores),
                    "unknown_results": sum(rid not in item_ids for rid in by_id)}


def summarize(items: Sequence[EvalItem], results: Iterable[dict], *, system: str | None = None,
              resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """The whole summary (summary.json) of one system's results.

    `system` selects that system's results; without it the results must all come from one system.
    """
    groups = group_by_system(results)
    if system is None:
        if len(groups) > 1:
            raise ValueError(f"results mix systems {sorted(groups)}; pass system=... or use summarize_by_system")
        system = next(iter(groups), DEFAULT_SYSTEM)
    scores, matching = score_results(items, groups.get(system, []))
    summary = {"system": system, **aggregate(scores, resamples=resamples, seed=seed), "matching": matching}
    boot = {"resamples": resamples, "seed": seed}
    summary["by_language"] = _breakdown(scores, lambda s: [s["lang"] or "unknown"], ci=True, **boot)
    summary["by_dataset"] = _breakdown(scores, lambda s: [s["dataset"] or "unknown"], ci=True, **boot)
    summary["by_kind"] = _breakdown(scores, lambda s: [s["kind"] or "auto"])
    summary["by_tag"] = _breakdown(scores, lambda s: s["tags"])
    summary["bootstrap"] = {"resamples": resamples, "seed": seed}
    return summary


def summarize_by_system(items: Sequence[EvalItem], results: Iterable[dict], **kwargs) -> dict[str, dict]:
    """One summary per system found in the results ({"factcheck": ..., "baseline": ...})."""
    return {name: summarize(items, group, system=name, **kwargs)
            for name, group in group_by_system(results).items()}


def compare(summary_a: dict, summary_b: dict) -> list[dict]:
    """Rows (metric, a, b, difference = b - a, ci95 None) from two summaries, without per-item data."""
    rows = []
    for name in METRICS:
        a, b = summary_a["metrics"].get(name), summary_b["metrics"].get(name)
        diff = None if a is None or b is None else round(b - a, 6)
        rows.append({"metric": name, "a": a, "b": b, "difference": diff, "ci95": None})
    return rows


def compare_scores(scores_a: Sequence[dict], scores_b: Sequence[dict], *, resamples: int = RESAMPLES,
                   seed: int = SEED) -> list[dict]:
    """Rows (metric, a, b, difference = b - a, ci95 of the difference) by paired bootstrap over common ids."""
    b_by_id = {s["id"]: s for s in scores_b}
    pairs = [(s, b_by_id[s["id"]]) for s in scores_a if s["id"] in b_by_id]
    a_arr, b_arr = _Arrays([p[0] for p in pairs]), _Arrays([p[1] for p in pairs])
    point_a, point_b = a_arr.point(), b_arr.point()
    boot_a = boot_b = {}
    if pairs:
        idx = a_arr.resample(resamples, seed)
        boot_a, boot_b = a_arr.metrics(idx), b_arr.metrics(idx)
    rows = []
    for name in METRICS:
        a, b = point_a.get(name), point_b.get(name)
        diff = None if a is None or b is None else round(b - a, 6)
        ci = _interval(boot_b[name] - boot_a[name]) if pairs and diff is not None else None
        rows.append({"metric": name, "a": a, "b": b, "difference": diff, "ci95": ci, "n_common": len(pairs)})
    return rows


def read_results(path: str | Path) -> list[dict]:
    """The result lines of a results.jsonl file."""
    path = Path(path)
    if path.is_dir():
        path = path / "results.jsonl"
    if not path.is_file():
        raise InputError(f"{path}: no such file; fix: pass a folder written by `factcheck eval --out`")
    results = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                results.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path} line {number}: not valid JSON ({exc.msg}); "
                                 "fix: re-run `factcheck eval` to rewrite it") from exc
    return results


def _run_scores(run_dir: Path, system: str | None, items: Sequence[EvalItem] | None) -> list[dict]:
    groups = group_by_system(read_results(run_dir))
    name = system or (DEFAULT_SYSTEM if DEFAULT_SYSTEM in groups else next(iter(groups), DEFAULT_SYSTEM))
    if name not in groups:
        raise InputError(f"{run_dir}: no results of system {name!r} (found {sorted(groups)}); "
                         "fix: pick one of those systems")
    results = groups[name]
    if all(isinstance(r.get("scores"), dict) for r in results):
        return [r["scores"] for r in results]
    if items is None:
        summary_path = run_dir / "summary.json"
        inputs = json.loads(summary_path.read_text(encoding="utf-8")).get("inputs") if summary_path.is_file() else None
        if not inputs:
            raise InputError(f"{run_dir}: results carry no per-item scores and summary.json lists no inputs; "
                             "fix: pass the question files, or re-run `factcheck eval`")
        items = [item for path in inputs for item in read_items(path)]
    return score_results(items, results)[0]


def compare_runs(dir_a: str | Path, dir_b: str | Path, *, items: Sequence[EvalItem] | None = None,
                 system_a: str | None = None, system_b: str | None = None,
                 resamples: int = RESAMPLES, seed: int = SEED) -> list[dict]:
    """Compare two eval output folders item by item (paired bootstrap over their common item ids).

    Per-item scores come from each result line's "scores" field when present, else the results are
    scored against `items` (or the files listed in summary.json "inputs"). Default system:
    "factcheck" when present, else the first one in the file.
    """
    scores_a = _run_scores(Path(dir_a), system_a, items)
    scores_b = _run_scores(Path(dir_b), system_b, items)
    return compare_scores(scores_a, scores_b, resamples=resamples, seed=seed)
