"""`factcheck eval`: run the project (and the naive-RAG baseline) on question sets and datasets.

Seed-format items are asked against the index (the `--corpus` articles, or the articles in the
question file's folder); dataset items (with `document_text`) each against their own document only.
Writes results.jsonl, summary.json, report.md and PNG plots into --out.
"""

from __future__ import annotations

import json
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

from .errors import ConfigError, InputError
from .evalset import EvalItem, read_items
from .types import Document, content_id

PROJECT = "factcheck"


def _items(paths: Sequence[str], limit: int | None, datasets: str | None) -> list[EvalItem]:
    keep = {d.strip() for d in datasets.split(",") if d.strip()} if datasets else None
    items: list[EvalItem] = []
    for p in paths:
        if not Path(p).exists():
            raise InputError(f"{p}: no such question file; check the path")
        if keep is not None and Path(p).stem not in keep:
            continue
        items.extend(read_items(p, limit=limit))
    if not items:
        raise InputError("no items to evaluate" + (f" in datasets {sorted(keep)}" if keep else "")
                         + "; give a question file (JSONL) with at least one item")
    return items


def _result_line(item: EvalItem, system: str, body: dict) -> dict:
    return {"id": item.id, "query": item.query, "system": system, "dataset": item.dataset, "lang": item.lang,
            "expected_verdict": item.expected_verdict, **body}


def run_items(fc, items: Sequence[EvalItem], *, corpus: Sequence[str] = (), baseline: bool = False,
              progress: bool = True, llm=None) -> list[dict]:
    """Ask every item; returns result lines for the project (and the baseline, and with `llm` the
    generative answers as system "factcheck+llm", next to the extractive ones)."""
    from tqdm import tqdm

    model = model_name = None
    if llm is not None:  # loaded once, first: a model that cannot be used fails before any work
        fc.use_llm(llm)
        model, model_name = fc.llm, fc.llm_name
        fc.use_llm(None)
    dataset_docs: dict[str, Document] = {}
    for item in items:
        if item.document_text is not None:
            doc_id = content_id(item.document_text)
            dataset_docs.setdefault(doc_id, Document(doc_id, item.document_text, item.title or item.document_id or doc_id,
                                                     source=f"dataset:{item.document_id or doc_id}"))
    if dataset_docs:
        docs = list(dataset_docs.values())
        for i in tqdm(range(0, len(docs), 50), desc="index documents", unit="batch", disable=not progress):
            fc.ingest(docs[i : i + 50])
    if corpus:
        fc.ingest(list(corpus))
    rag = None
    if baseline:
        from .baseline import NaiveRAG

        rag = NaiveRAG(fc.embedder)
        rag.add(list(dataset_docs.values()) + [fc.document(d.doc_id) for d in fc.documents()
                                                if d.doc_id not in dataset_docs])
    fc.ask("warm-up", kind="claim")  # load lazy parts first, so the first item's latency is not inflated
    results: list[dict] = []
    for item in tqdm(items, desc="ask", unit="item", disable=not progress):
        doc_ids = [content_id(item.document_text)] if item.document_text is not None else None
        answer = fc.ask(item.query, kind=item.kind, doc_ids=doc_ids)
        results.append(_result_line(item, PROJECT, answer.to_dict()))
        if model is not None:
            fc.use_llm(model, name=model_name)
            try:
                generated = fc.ask(item.query, kind=item.kind, doc_ids=doc_ids)
            finally:
                fc.use_llm(None)
            gen_body = generated.to_dict()
            gen_body["generation"] = generated.details.get("generation")
            results.append(_result_line(item, PROJECT + "+llm", gen_body))
        if rag is not None:
            results.append(_result_line(item, "baseline", {"kind": item.kind or str(answer.kind), **rag.ask(item.query, doc_ids)}))
    return results


def _default_corpus(items: Sequence[EvalItem], paths: Sequence[str]) -> list[str]:
    """Seed-format questions without --corpus: the articles beside the question file."""
    if all(i.document_text is not None for i in items):
        return []
    return sorted({str(Path(p).resolve().parent) for p in paths
                   if any(i.document_text is None and i.dataset == Path(p).stem for i in items)})


def main_eval(args) -> int:
    from .api import FactChecker
    from .metrics import compare_runs, score_item, summarize_by_system
    from .report import write_compare_report, write_report

    if args.compare:
        rows = compare_runs(*args.compare)
        print(write_compare_report(rows, label_a=args.compare[0], label_b=args.compare[1]))
        return 0
    if not args.questions:
        raise InputError("eval needs a question file (e.g. seeds/questions.jsonl) or --compare RUN_A RUN_B")
    if not args.out:
        raise InputError("eval needs --out DIR for results.jsonl, summary.json and report.md")
    if args.limit is not None and args.limit <= 0:
        raise InputError(f"--limit must be greater than 0, got {args.limit}")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} is a file; give a folder")
    items = _items(args.questions, args.limit, args.datasets)
    corpus = list(args.corpus) or _default_corpus(items, args.questions)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="factcheck-eval-") as tmp:
        index_dir = args.index or tmp  # a fresh index unless one is given
        llm = getattr(args, "llm", None)
        llm = None if llm in (None, "", "none") else llm
        with FactChecker.open(index_dir, embedder=args.embedder, verifier=args.verifier, lock_timeout=args.wait,
                              llm="none") as fc:
            results = run_items(fc, items, corpus=corpus, baseline=args.baseline, progress=sys.stderr.isatty(),
                                llm=llm)
    elapsed = time.perf_counter() - t0
    out.mkdir(parents=True, exist_ok=True)
    by_id = {item.id: item for item in items}
    with open(out / "results.jsonl", "w", encoding="utf-8") as f:
        for r in results:  # per-item scores make `--compare` work without the question files
            f.write(json.dumps({**r, "scores": score_item(by_id[r["id"]], r)}, ensure_ascii=False) + "\n")
    summaries = summarize_by_system(items, results)
    from .metrics import group_by_system

    command = "factcheck " + " ".join(shlex.quote(a) for a in sys.argv[1:]) if sys.argv[1:] else None
    summary = {"inputs": [str(Path(p).resolve()) for p in args.questions], "items": len(items), "seconds": round(elapsed, 1),
               "systems": summaries, **summaries[PROJECT]}
    generated = [r for r in results if r["system"] == PROJECT + "+llm"]
    if generated:
        from .generate import aggregate_generation

        summary["generation"] = gen = aggregate_generation([r.get("generation") for r in generated])
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    report_path = write_report(out, summaries, group_by_system(results), command=command)
    if generated:
        with open(report_path, "a", encoding="utf-8") as f:
            f.write("\n## Generative answers (factcheck+llm)\n\nCitation quality of the generated sentences as judged "
                    "by our verifier (ALCE-style), and the share of generated sentences dropped:\n\n"
                    "| measure | value |\n|---|---|\n")
            for key, value in gen.items():
                f.write(f"| {key} | {json.dumps(value)} |\n")
    head = summaries[PROJECT]
    print(_headline(summaries, elapsed, out))
    failed = []
    accuracy = head["metrics"].get("accuracy") or 0.0
    hit = head["metrics"].get("evidence_hit_rate") or 0.0
    if args.min_accuracy is not None and accuracy < args.min_accuracy:
        failed.append(f"verdict accuracy {accuracy:.3f} < floor {args.min_accuracy}")
    if args.min_evidence_hit is not None and hit < args.min_evidence_hit:
        failed.append(f"evidence hit rate {hit:.3f} < floor {args.min_evidence_hit}")
    if failed:
        print("factcheck: quality gate failed: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


def _headline(summaries: dict, elapsed: float, out: Path) -> str:
    lines = [f"{len(summaries)} system(s), {elapsed:.1f} s; report: {out / 'report.md'}"]
    for name, s in summaries.items():
        def f(key):
            v = s["metrics"].get(key)
            return "n/a" if v is None else f"{v:.3f}"
        lines.append(f"{name:10} accuracy {f('accuracy')}  balanced {f('balanced_accuracy')}  macro-F1 {f('macro_f1')}"
                     f"  evidence hit {f('evidence_hit_rate')}  FEVER {f('fever_score')}  n={s.get('n_items')}")
    return "\n".join(lines)
