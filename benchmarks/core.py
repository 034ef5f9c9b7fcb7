"""Core benchmark: ingest throughput, warm `ask` latency, cold start and peak memory.

Run on demand (`make bench` or `.venv/bin/python benchmarks/core.py`); everything happens in a
temporary folder. Figures:

- ingest throughput (sentences/s) on the seed article, and on a synthetic corpus of 2,000+
  sentences built from the seed and the documents of ../shared/evaldata (when present),
  with the share of the time spent embedding;
- warm `ask` latency p50/p95 over mixed questions and claims of seeds/questions.jsonl, on the
  seed index and on the corpus index;
- cold start: a fresh process doing import + FactChecker.open + the first ask;
- peak resident memory (VmHWM, else ru_maxrss) of this process and of the cold-start process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVALDATA = ROOT.parent / "shared" / "evaldata"
CORPUS_FILES = ("fever_it_dev.jsonl", "squad_it_dev.jsonl", "politihop_valid.jsonl", "wice_dev.jsonl")

COLD_START = """
import json, sys, time
t0 = time.perf_counter()
from factcheck import FactChecker
t1 = time.perf_counter()
fc = FactChecker.open(sys.argv[1])
t2 = time.perf_counter()
answer = fc.ask(sys.argv[2])
t3 = time.perf_counter()
fc.close()
hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "first_ask": t3 - t2, "verdict": answer.verdict.value,
                  "peak_kb": int(hwm[0]) if hwm else None}))
"""


class TimedEmbedder:
    """Wraps an embedder's `encode` to add up the time spent embedding."""

    def __init__(self, embedder):
        self.embedder, self.seconds = embedder, 0.0
        self._encode = embedder.encode

    def __enter__(self):
        def encode(texts, **kwargs):
            t = time.perf_counter()
            try:
                return self._encode(texts, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t

        self.embedder.encode = encode
        return self

    def __exit__(self, *exc):
        del self.embedder.encode  # back to the class method


def peak_mb() -> float:
    """This process's peak resident memory: VmHWM (Linux), else ru_maxrss.

    ru_maxrss alone would be wrong for a child process: Linux carries it over fork and exec.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def questions(limit: int) -> list[str]:
    rows = [json.loads(line) for line in (SEEDS / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    qs = [r["question"] for r in rows if r.get("kind") == "question"]
    cs = [r["question"] for r in rows if r.get("kind") != "question"]
    mixed = [q for pair in zip(qs, cs) for q in pair] + qs[len(cs):] + cs[len(qs):]
    return mixed[:limit]


def corpus_documents(min_sentences: int):
    """The seed plus evaldata documents (distinct), until they hold at least `min_sentences` sentences."""
    from factcheck.load import load_paths, load_text
    from factcheck.segment import segment

    docs = list(load_paths([SEEDS]).documents)
    total = sum(len(segment(d.doc_id, d.text)) for d in docs)
    seen = {d.doc_id for d in docs}
    sources = [EVALDATA / name for name in CORPUS_FILES if (EVALDATA / name).exists()]
    for path in sources:  # round-robin would mix more, but file order already alternates it/en
        for line in path.read_text(encoding="utf-8").splitlines():
            if total >= min_sentences:
                return docs, total
            row = json.loads(line)
            text = row.get("document_text") or ""
            if not text.strip():
                continue
            doc = load_text(text, title=row.get("document_id"), source=f"evaldata:{row.get('document_id')}")
            if doc.doc_id in seen:
                continue
            seen.add(doc.doc_id)
            docs.append(doc)
            total += len(segment(doc.doc_id, doc.text))
    if total < min_sentences:  # no evaldata here: repeat the seed with a marker so ids differ
        base = docs[0].text
        i = 0
        while total < min_sentences:
            i += 1
            doc = load_text(base + f"\n\nCopia {i}.", title=f"seed copy {i}", source=f"synthetic:{i}")
            docs.append(doc)
            total += len(segment(doc.doc_id, doc.text))
    return docs, total


def ingest(fc, sources) -> dict:
    with TimedEmbedder(fc.embedder) as timer:
        t, c = time.perf_counter(), time.process_time()
        report = fc.ingest(sources)
        seconds, cpu = time.perf_counter() - t, time.process_time() - c
    sentences = sum(d.n_sentences for d in report.added)
    return {"docs": len(report.added), "sentences": sentences, "seconds": seconds, "cpu": cpu,
            "sentences_per_s": sentences / seconds, "embed_share": timer.seconds / seconds}


def latency(fc, qs: list[str]) -> dict:
    """Per-ask wall and CPU milliseconds: each question the first time it is asked, then again."""
    fc.ask("Chi ha chiamato chi?")  # warm: the first ask of a process pays lazy set-up
    passes = []
    for _ in range(2):
        times, cpu = [], []
        for q in qs:
            t, c = time.perf_counter(), time.process_time()
            fc.ask(q)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        passes.append({"n": len(times), "p50": statistics.median(times), "p95": percentile(times, 0.95),
                       "max": max(times), "cpu_p50": statistics.median(cpu)})
    return {"first": passes[0], "again": passes[1]}


def cold_start(index: Path, query: str) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", COLD_START, str(index), query], capture_output=True, text=True,
                          env=env, timeout=300)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"cold-start process failed:\n{done.stderr}")
    return {"wall": wall, **json.loads(done.stdout.strip().splitlines()[-1])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000, help="size of the synthetic corpus (sentences)")
    parser.add_argument("--questions", type=int, default=30, help="how many seed questions to time")
    parser.add_argument("--embedder", default="use", help="embedder spec (default: use)")
    args = parser.parse_args(argv)

    t_start = time.perf_counter()
    from factcheck import FactChecker
    from factcheck.embed import make_embedder

    t = time.perf_counter()
    embedder = make_embedder(args.embedder)
    embedder.encode(["warm-up"])
    load_s = time.perf_counter() - t
    qs = questions(args.questions)
    print(f"factcheck core benchmark  python {platform.python_version()}  {os.cpu_count()} CPUs  "
          f"load average {os.getloadavg()[0]:.1f}  embedder {embedder.name}  (model load {load_s:.1f} s)")

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        seed_index, corpus_index = Path(tmp) / "seed", Path(tmp) / "corpus"
        with FactChecker.open(seed_index, embedder=embedder) as fc:
            seed = ingest(fc, [SEEDS])
            seed_lat = latency(fc, qs)
        docs, planned = corpus_documents(args.sentences)
        with FactChecker.open(corpus_index, embedder=embedder) as fc:
            corpus = ingest(fc, docs)
            corpus_lat = latency(fc, qs)
        cold = cold_start(seed_index, qs[0])

    rss_self = peak_mb()
    print()
    print("ingest throughput (segment + chunk + embed + Chroma write)")
    for label, r in (("seed article", seed), ("corpus", corpus)):
        print(f"  {label:13} {r['docs']:4d} docs {r['sentences']:6d} sentences  {r['seconds']:7.2f} s  "
              f"{r['sentences_per_s']:7.1f} sentences/s  (embedding {r['embed_share']:.0%} of the time; "
              f"CPU {r['cpu']:.1f} s = {r['sentences'] / max(r['cpu'], 1e-9):.1f} sentences per CPU-second)")
    print()
    print(f"warm ask latency over {len(qs)} mixed questions and claims (seeds/questions.jsonl), model loaded")
    for label, r in (("seed index", seed_lat), (f"corpus index ({corpus['sentences']} sentences)", corpus_lat)):
        for when in ("first", "again"):
            x = r[when]
            what = "each asked the first time" if when == "first" else "the same questions again"
            print(f"  {label:30} {what:26} p50 {x['p50']:6.1f} ms  p95 {x['p95']:6.1f} ms  max {x['max']:6.1f} ms  "
                  f"(CPU p50 {x['cpu_p50']:.1f} ms)")
    print()
    print("cold start (fresh process: import + FactChecker.open + first ask, seed index)")
    print(f"  import {cold['import']:.2f} s + open {cold['open']:.2f} s + first ask (loads the model lazily) "
          f"{cold['first_ask']:.2f} s; process wall time {cold['wall']:.2f} s  (verdict: {cold['verdict']})")
    print()
    print("peak memory (max RSS)")
    print(f"  this process (both indexes, {corpus['sentences'] + seed['sentences']} sentences): {rss_self:.0f} MB")
    print(f"  cold-start process: {cold['peak_kb'] / 1024:.0f} MB" if cold["peak_kb"] else "  cold-start process: n/a")
    print()
    print(f"total benchmark time {time.perf_counter() - t_start:.1f} s  (load average now {os.getloadavg()[0]:.1f}; "
          "wall-clock figures grow with other work on the machine, CPU figures much less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
