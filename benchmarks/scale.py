"""Scale benchmark: one index grown to ~1k, 10k, 25k (all real), 100k and 200k+ sentences.

Run on demand (it takes 20-60 minutes on 2 cores, most of it embedding the real documents):

    .venv/bin/python benchmarks/scale.py --out runs/scale

At each size it measures, on the same persisted index:

- ingest throughput of the step (sentences/s, with the share of time spent in the model) and
  the process's peak resident memory;
- `ask` latency p50/p95 (query embedding, retrieval, verification, answer) over dev questions
  asked against the whole corpus;
- evidence hit rate: a dev item is a hit when one of its answer's citations overlaps a gold
  `evidence_char_spans` span of the item's own document (doc_id = content_id(document_text)).
  Asked corpus-wide (with and without the document prior of retrieval) and per document
  (`doc_ids=[its document]`); the same for the naive-RAG baseline (factcheck.baseline.NaiveRAG:
  RecursiveCharacterTextSplitter chunks, Chroma top-k, same embedder);
- at the largest size: reopening the index (BM25 rebuilt from the committed sentences), and a
  check that the lexical side holds exactly the documents and sentences of the vector side.

Corpus: every document of ../shared/evaldata/*.jsonl (field document_text, deduplicated by
document_id), then SYNTHETIC variants of them, each titled "SYNTHETIC variant N of <title>":
its sentences shuffled, numbers and capitalised names replaced. Real text is embedded by the
model. Synthetic text is not (embedding 175k more sentences with USE on 2 cores takes hours):
a synthetic sentence or chunk gets the mean vector of the real sentences it was made from,
turned away from it by a random direction so that its cosine to the source equals the median
cosine measured between really embedded perturbed sentences and their sources (calibrated in
each run). BM25 and the stored text see the real perturbed text. The throughput of the
synthetic steps is therefore store-and-index throughput without the model; the real steps
include the model.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import re
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from factcheck import FactChecker  # noqa: E402
from factcheck.chunk import chunk  # noqa: E402
from factcheck.embed import Embedder, USEEmbedder  # noqa: E402
from factcheck.segment import segment  # noqa: E402
from factcheck.types import Document, content_id  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVALDATA = ROOT.parent / "shared" / "evaldata"
SIZES = (1_000, 10_000, "real", 100_000, 200_000)

_NUMBER = re.compile(r"\d+")
_NAME = re.compile(r"(?<=[\s(«“\"'])([A-ZÀ-Ý][a-zà-ÿ]{2,})\b")


# ------------------------------------------------------------------------------------------------
# corpus


def load_corpus() -> tuple[list[Document], list[dict]]:
    """Real documents (deduplicated by document_id) and the dev items with gold evidence spans."""
    docs: dict[str, Document] = {}
    items = []
    for path in sorted(EVALDATA.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            text = row["document_text"]
            if row["document_id"] not in docs:
                title = f"{row['document_id']}"
                docs[row["document_id"]] = Document(doc_id=content_id(text), text=text, title=title,
                                                    source=f"evaldata:{row['document_id']}", lang=row.get("lang", ""))
            if row.get("evidence_char_spans") and row.get("label") != "NEI":
                items.append({"id": row["id"], "query": row["question_or_claim"], "doc_id": content_id(text),
                              "spans": [tuple(s) for s in row["evidence_char_spans"]]})
    ordered = list({d.doc_id: d for d in reversed(docs.values())}.values())[::-1]  # same text, two ids: once
    random.Random(0).shuffle(ordered)  # every size holds a mix of the four sources
    return ordered, items


def perturb(text: str, rng: random.Random, names: list[str]) -> str:
    """Numbers get other digits, capitalised names (not the first word) other names."""
    def number(m):
        digits = [str(rng.randrange(10)) for _ in m.group(0)]
        if m.group(0)[0] != "0" and len(digits) > 1:
            digits[0] = str(rng.randrange(1, 10))
        return "".join(digits)

    text = _NUMBER.sub(number, text)
    return _NAME.sub(lambda m: rng.choice(names), text)


class Variant:
    """A SYNTHETIC variant of a real document: shuffled, perturbed sentences, with their sources."""

    def __init__(self, source: Document, n: int, names: list[str]):
        rng = random.Random(f"{source.doc_id}:{n}")
        sentences = segment(source.doc_id, source.text)
        order = list(range(len(sentences)))
        rng.shuffle(order)
        pieces, self.spans, pos = [], [], 0
        for i in order:
            piece = perturb(sentences[i].text, rng, names)
            pieces.append(piece)
            self.spans.append((pos, pos + len(piece), sentences[i].text))
            pos += len(piece) + 1
        text = " ".join(pieces)
        self.doc = Document(doc_id=content_id(text), text=text, title=f"SYNTHETIC variant {n} of {source.title}",
                            source=f"synthetic:{n}:{source.source}", lang=source.lang)
        self.sentences = segment(self.doc.doc_id, text)

    def sources(self, start: int, end: int) -> list[str]:
        """Texts of the real sentences the span [start, end) was made from."""
        return [src for s, e, src in self.spans if s < end and start < e] or [self.spans[0][2]]


# ------------------------------------------------------------------------------------------------
# embedder


class BenchEmbedder(Embedder):
    """USE, with a memo of real passage vectors and registered vectors for synthetic text."""

    def __init__(self, inner: Embedder):
        self.inner, self.name, self.batch_size = inner, inner.name, 4096
        self.memo: dict[str, np.ndarray] = {}
        self.synthetic: dict[str, np.ndarray] = {}
        self.model_texts = 0
        self.model_seconds = 0.0

    @property
    def dim(self) -> int:
        return self.inner.dim

    def _encode(self, texts, *, query):
        if query:  # questions are embedded every time: part of the measured latency
            return self.inner._encode(texts, query=True)
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo and t not in self.synthetic]
        if missing:
            t0 = time.perf_counter()
            for i in range(0, len(missing), 256):
                part = missing[i : i + 256]
                vectors = self.inner.encode(part)
                self.memo.update(zip(part, vectors))
            self.model_seconds += time.perf_counter() - t0
            self.model_texts += len(missing)
        return np.stack([self.synthetic[t] if t in self.synthetic else self.memo[t] for t in texts])

    def register(self, variant: Variant, splitter, turn: float, rng: np.random.Generator) -> None:
        """Vectors for every text the index and the baseline will ask for this variant."""
        text = variant.doc.text
        spans = [(s.start, s.end) for s in variant.sentences]
        spans += [(c.start, c.end) for c in chunk(text, variant.sentences)]
        for piece in splitter.split_text(text):
            start = text.find(piece)
            spans.append((start, start + len(piece)))
        for start, end in spans:
            t = text[start:end]
            if t in self.synthetic or t in self.memo:
                continue
            mean = np.mean([self.memo[s] for s in variant.sources(start, end)], axis=0)
            mean /= np.linalg.norm(mean)
            away = rng.standard_normal(mean.shape).astype(np.float32)
            away -= np.dot(away, mean) * mean
            away /= np.linalg.norm(away)
            vector = mean + turn * away  # cosine to the mean = 1 / sqrt(1 + turn^2)
            self.synthetic[t] = (vector / np.linalg.norm(vector)).astype(np.float32)


def calibrate(embedder: BenchEmbedder, docs: list[Document], names: list[str], n: int = 150) -> tuple[float, float]:
    """Median cosine between real perturbed sentences and their sources, and the matching turn."""
    rng = random.Random(1)
    pool = [s.text for d in docs for s in segment(d.doc_id, d.text)]
    pairs = []
    for src in rng.sample(pool, min(len(pool), 4 * n)):
        changed = perturb(src, rng, names)
        if changed != src:
            pairs.append((src, changed))
        if len(pairs) == n:
            break
    vectors = embedder.inner.encode([c for _, c in pairs])
    cosines = [float(np.dot(v, embedder.memo[s])) for (s, _), v in zip(pairs, vectors)]
    median = statistics.median(cosines)
    return median, math.sqrt(max(1.0 / median**2 - 1.0, 0.0))


# ------------------------------------------------------------------------------------------------
# measuring


def rss_mb() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    current = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            current = int(line.split()[1]) / 1024
    return peak, current


def overlaps(citations, item) -> bool:
    return any(c["doc_id"] == item["doc_id"] and any(c["start"] < e and s < c["end"] for s, e in item["spans"])
               for c in citations)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def measure(fc: FactChecker, baseline, items: list[dict], doc_weight: float) -> dict:
    out: dict = {}
    modes = {
        "corpus": lambda it: fc.ask(it["query"]),
        "flat": lambda it: fc.ask(it["query"]),  # document prior off (set below)
        "per_doc": lambda it: fc.ask(it["query"], doc_ids=[it["doc_id"]]),
    }
    for mode, run in modes.items():
        fc.retriever.doc_weight = 0.0 if mode == "flat" else doc_weight
        hits, top_doc, latencies = 0, 0, []
        for it in items:
            t0 = time.perf_counter()
            answer = run(it)
            latencies.append((time.perf_counter() - t0) * 1000)
            cites = [c.to_dict() for c in answer.citations]
            hits += overlaps(cites, it)
            top_doc += bool(cites) and cites[0]["doc_id"] == it["doc_id"]
        out[mode] = {"hit": hits / len(items), "top1_doc": top_doc / len(items),
                     "p50_ms": percentile(latencies, 50), "p95_ms": percentile(latencies, 95)}
    fc.retriever.doc_weight = doc_weight
    for mode in ("corpus", "per_doc"):
        hits, top_doc, latencies = 0, 0, []
        for it in items:
            t0 = time.perf_counter()
            res = baseline.ask(it["query"], doc_ids=[it["doc_id"]] if mode == "per_doc" else None)
            latencies.append((time.perf_counter() - t0) * 1000)
            hits += overlaps(res["citations"], it)
            top_doc += bool(res["citations"]) and res["citations"][0]["doc_id"] == it["doc_id"]
        out[f"baseline_{mode}"] = {"hit": hits / len(items), "top1_doc": top_doc / len(items),
                                   "p50_ms": percentile(latencies, 50), "p95_ms": percentile(latencies, 95)}
    return out


# ------------------------------------------------------------------------------------------------
# report


def write_report(out: Path, rows: list[dict], meta: dict) -> None:
    cols = ["size", "sentences", "documents", "synthetic_docs", "step_sentences_per_s", "step_model_share",
            "peak_rss_mb", "rss_mb", "ask_p50_ms", "ask_p95_ms", "flat_p50_ms", "flat_p95_ms",
            "hit_corpus", "hit_corpus_flat", "hit_per_doc", "top1_doc_corpus", "top1_doc_flat",
            "baseline_hit_corpus", "baseline_hit_per_doc", "baseline_p50_ms", "baseline_p95_ms",
            "questions", "loadavg_1m"]
    with open(out / "scale.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    lines = [
        "# Scale benchmark", "",
        f"Command: `{meta['command']}`  ",
        f"Machine: {meta['cpus']} CPUs shared with other processes (1-min load average given per row), "
        f"embedder `{meta['embedder']}`; {meta['questions']} dev questions per size (those whose document is "
        "in the index, fixed sample).  ",
        f"Synthetic vectors: cosine to their source sentences {meta['synthetic_cosine']:.3f} (median measured on "
        f"{meta['calibration_pairs']} really embedded perturbed sentences).", "",
        "| sentences | docs (synthetic) | ingest sent/s (model share) | peak RSS MB | ask p50 / p95 ms | "
        "hit corpus-wide | hit corpus, no document prior | hit per-doc | baseline hit corpus / per-doc | "
        "baseline p50 / p95 ms | load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['sentences']:,} | {r['documents']:,} ({r['synthetic_docs']:,}) | "
            f"{r['step_sentences_per_s']:.0f} ({r['step_model_share']:.0%}) | {r['peak_rss_mb']:.0f} | "
            f"{r['ask_p50_ms']:.0f} / {r['ask_p95_ms']:.0f} | {r['hit_corpus']:.1%} | {r['hit_corpus_flat']:.1%} | "
            f"{r['hit_per_doc']:.1%} | {r['baseline_hit_corpus']:.1%} / {r['baseline_hit_per_doc']:.1%} | "
            f"{r['baseline_p50_ms']:.0f} / {r['baseline_p95_ms']:.0f} | {r['loadavg_1m']:.1f} |")
    if meta.get("reopen"):
        ro = meta["reopen"]
        lines += ["", f"Reopen at {ro['sentences']:,} sentences: {ro['open_s']:.1f} s (BM25 rebuilt from the committed "
                      f"sentences); lexical side = vector side: {ro['lexical_matches_vectors']}; answers identical "
                      f"after the restart: {ro['answers_identical']}/{ro['answers_checked']}."]
    lines += ["", "![scale](scale.png)", ""]
    (out / "scale.md").write_text("\n".join(lines), encoding="utf-8")

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [r["sentences"] for r in rows]
    fig, axes = plt.subplots(2, 2, figsize=(12, 8.5))
    ax = axes[0][0]
    ax.plot(x, [r["hit_corpus"] for r in rows], "o-", label="factcheck corpus-wide (document prior)")
    ax.plot(x, [r["hit_corpus_flat"] for r in rows], "o--", label="factcheck corpus-wide, no document prior")
    ax.plot(x, [r["hit_per_doc"] for r in rows], "s-", label="factcheck per document")
    ax.plot(x, [r["baseline_hit_corpus"] for r in rows], "^-", label="naive RAG corpus-wide")
    ax.plot(x, [r["baseline_hit_per_doc"] for r in rows], "v--", label="naive RAG per document")
    ax.set(xscale="log", ylim=(0, 1), title="Evidence hit rate", xlabel="sentences in the index")
    ax.legend(fontsize=8)
    ax = axes[0][1]
    ax.plot(x, [r["ask_p50_ms"] for r in rows], "o-", label="ask p50")
    ax.plot(x, [r["ask_p95_ms"] for r in rows], "o--", label="ask p95")
    ax.plot(x, [r["baseline_p50_ms"] for r in rows], "^-", label="naive RAG p50")
    ax.plot(x, [r["baseline_p95_ms"] for r in rows], "^--", label="naive RAG p95")
    ax.set(xscale="log", title="Latency (ms), corpus-wide", xlabel="sentences in the index")
    ax.legend(fontsize=8)
    ax = axes[1][0]
    ax.bar(range(len(rows)), [r["step_sentences_per_s"] for r in rows],
           color=["tab:blue" if r["synthetic_docs"] == 0 or r["step_model_share"] > 0.2 else "tab:gray" for r in rows])
    ax.set_xticks(range(len(rows)), [f"{r['sentences']:,}" for r in rows])
    ax.set(title="Ingest throughput of each growth step (sentences/s)\nblue: real text through the model; "
                 "gray: synthetic, vectors precomputed", xlabel="index size after the step")
    ax = axes[1][1]
    ax.plot(x, [r["peak_rss_mb"] for r in rows], "o-", label="peak RSS")
    ax.plot(x, [r["rss_mb"] for r in rows], "o--", label="RSS after the step")
    ax.set(xscale="log", title="Memory of the benchmark process (MB)", xlabel="sentences in the index")
    ax.legend(fontsize=8)
    fig.suptitle(f"factcheck scale benchmark — {meta['cpus']} CPUs shared with other processes "
                 f"(load avg up to {max(r['loadavg_1m'] for r in rows):.0f}); synthetic variants labelled in the table",
                 fontsize=10)
    fig.tight_layout()
    fig.savefig(out / "scale.png", dpi=110)


# ------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "runs" / "scale"))
    ap.add_argument("--questions", type=int, default=80, help="dev questions asked per size and mode")
    ap.add_argument("--max-sentences", type=int, default=200_000, help="grow up to this size (200k+ by default)")
    ap.add_argument("--threads", type=int, default=1,
                    help="BLAS threads of the USE model (1: on a busy 2-core machine, 2 threads oversubscribe "
                         "the CPUs and run 5-10x slower)")
    ap.add_argument("--reuse-embeddings", action="store_true",
                    help="start from the real vectors saved by an earlier run (OUT/embeddings.npz): faster, but the "
                         "throughput of the real steps then leaves the model out")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if (out / "index").exists():
        shutil.rmtree(out / "index")
    if (out / "baseline").exists():
        shutil.rmtree(out / "baseline")
    out.mkdir(parents=True, exist_ok=True)
    log = open(out / "progress.log", "a", encoding="utf-8")

    def say(msg: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        log.write(line + "\n")
        log.flush()

    real, items = load_corpus()
    names = sorted({m.group(1) for d in real for m in _NAME.finditer(d.text)})
    embedder = BenchEmbedder(USEEmbedder(threads=args.threads))
    saved = out / "embeddings.npz"
    if args.reuse_embeddings and saved.exists():
        with np.load(saved, allow_pickle=False) as z:
            embedder.memo.update(zip(z["texts"].tolist(), z["vectors"]))
        say(f"reusing {len(embedder.memo):,} saved vectors")
    fc = FactChecker.open(out / "index", embedder=embedder)
    doc_weight = fc.retriever.doc_weight

    import chromadb
    from chromadb.config import Settings

    from factcheck.baseline import NaiveRAG

    baseline = NaiveRAG(embedder, client=chromadb.PersistentClient(path=str(out / "baseline"),
                                                                   settings=Settings(anonymized_telemetry=False)))
    real_sentences = {d.doc_id: len(segment(d.doc_id, d.text)) for d in real}
    n_real = sum(real_sentences.values())
    sizes = [n_real if s == "real" else s for s in SIZES]
    sizes = sorted({s for s in sizes if s <= args.max_sentences} | {args.max_sentences})
    say(f"{len(real)} real documents, {n_real:,} sentences; {len(items)} dev items with gold spans; sizes {sizes}")

    queue = list(real)
    variant_round, turn, cosine, n_pairs = 0, None, None, 0
    rng = np.random.default_rng(0)
    total, synthetic_docs, ingested, rows = 0, 0, set(), []
    for target in sizes:
        if total >= target:  # an earlier step already reached it
            continue
        step: list[Document | Variant] = []
        step_sentences = 0
        while total + step_sentences < target:
            if not queue:
                if turn is None:  # every real document is in: calibrate synthetic vectors now
                    cosine, turn = calibrate(embedder, real, names)
                    n_pairs = 150
                    say(f"synthetic vectors: median cosine to source {cosine:.3f}")
                variant_round += 1
                queue = [Variant(d, variant_round, names) for d in real]
            item = queue.pop(0)
            if isinstance(item, Variant):
                synthetic_docs += 1
                step_sentences += len(item.sentences)
            else:
                step_sentences += real_sentences[item.doc_id]
            step.append(item)
        model_before = embedder.model_texts
        ingest_s = baseline_s = model_s = 0.0
        for i in range(0, len(step), 100):  # parts: synthetic vectors are registered just in time
            part = step[i : i + 100]
            for v in part:
                if isinstance(v, Variant):
                    embedder.register(v, baseline._splitter, turn, rng)
            docs = [v.doc if isinstance(v, Variant) else v for v in part]
            seconds_before = embedder.model_seconds
            t0 = time.perf_counter()
            fc.ingest(docs, progress=False)
            ingest_s += time.perf_counter() - t0
            model_s += embedder.model_seconds - seconds_before
            t1 = time.perf_counter()
            baseline.add(docs)
            baseline_s += time.perf_counter() - t1
            embedder.synthetic.clear()
            say(f"  {min(i + 100, len(step))}/{len(step)} docs: factcheck {ingest_s:.0f}s, baseline {baseline_s:.0f}s")
        step_docs = [v.doc if isinstance(v, Variant) else v for v in step]
        total += step_sentences
        if embedder.model_texts > model_before:
            np.savez(saved, texts=np.array(list(embedder.memo)), vectors=np.stack(list(embedder.memo.values())))
        ingested.update(d.doc_id for d in step_docs)
        peak, current = rss_mb()
        counts = fc.index.counts()  # a variant identical to an earlier document is skipped (unchanged)
        say(f"size {total:,}: ingested {len(step_docs)} docs / {step_sentences:,} sentences in {ingest_s:.0f}s "
            f"(baseline {baseline_s:.0f}s), model texts {embedder.model_texts - model_before:,}, peak RSS {peak:.0f} MB")
        pool = [it for it in items if it["doc_id"] in ingested]
        sample = random.Random(2).sample(pool, min(args.questions, len(pool)))
        result = measure(fc, baseline, sample, doc_weight)
        row = {
            "size": target, "sentences": counts["sentences"], "documents": counts["documents"],
            "synthetic_docs": counts["documents"] - len([d for d in real if d.doc_id in ingested]),
            "step_sentences_per_s": step_sentences / ingest_s,
            "step_model_share": model_s / ingest_s,
            "step_model_texts": embedder.model_texts - model_before, "baseline_ingest_s": baseline_s,
            "peak_rss_mb": peak, "rss_mb": current,
            "ask_p50_ms": result["corpus"]["p50_ms"], "ask_p95_ms": result["corpus"]["p95_ms"],
            "flat_p50_ms": result["flat"]["p50_ms"], "flat_p95_ms": result["flat"]["p95_ms"],
            "hit_corpus": result["corpus"]["hit"], "hit_corpus_flat": result["flat"]["hit"],
            "hit_per_doc": result["per_doc"]["hit"], "top1_doc_corpus": result["corpus"]["top1_doc"],
            "top1_doc_flat": result["flat"]["top1_doc"],
            "baseline_hit_corpus": result["baseline_corpus"]["hit"],
            "baseline_hit_per_doc": result["baseline_per_doc"]["hit"],
            "baseline_p50_ms": result["baseline_corpus"]["p50_ms"],
            "baseline_p95_ms": result["baseline_corpus"]["p95_ms"],
            "questions": len(sample), "loadavg_1m": os.getloadavg()[0], "detail": result,
        }
        rows.append(row)
        say("  " + json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items() if k != "detail"}))
        meta = {"command": "python benchmarks/scale.py " + " ".join(argv or sys.argv[1:]), "cpus": os.cpu_count(),
                "embedder": f"{embedder.name} ({args.threads} BLAS thread{'s' if args.threads > 1 else ''})", "questions": args.questions, "synthetic_cosine": cosine or float("nan"),
                "calibration_pairs": n_pairs}
        (out / "results.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=1), encoding="utf-8")
        write_report(out, rows, meta)

    # restart: the lexical side is rebuilt from the committed sentences and matches the vector side
    probe = random.Random(3).sample([it for it in items if it["doc_id"] in ingested], 20)
    before = [fc.ask(it["query"]).to_dict() for it in probe]
    fc.close()
    t0 = time.perf_counter()
    fc = FactChecker.open(out / "index", embedder=embedder)
    open_s = time.perf_counter() - t0
    counts = fc.index.counts()
    stored = fc.documents()
    lexical_ok = (fc.index.lexical.doc_ids == {d.doc_id for d in stored}
                  and counts["lexical_sentences"] == counts["sentences"] == sum(d.n_sentences for d in stored))
    after = [fc.ask(it["query"]).to_dict() for it in probe]
    same = sum(a["citations"] == b["citations"] and a["verdict"] == b["verdict"] for a, b in zip(before, after))
    meta["reopen"] = {"sentences": counts["sentences"], "open_s": open_s, "lexical_matches_vectors": lexical_ok,
                      "answers_identical": same, "answers_checked": len(probe), "counts": counts}
    say(f"reopen: {json.dumps(meta['reopen'])}")
    fc.close()
    (out / "results.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=1), encoding="utf-8")
    write_report(out, rows, meta)
    say(f"done: {out / 'scale.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
