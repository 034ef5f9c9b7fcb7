"""Concurrency: many threads asking while documents are ingested, two ingesting threads, and two
processes on one index folder (the second gets the clear "index busy" error, or waits)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from conftest import EVALDATA, ROOT, SEEDS
from factcheck import FactChecker
from factcheck.load import load_text
from factcheck.types import Document

QUESTIONS = [json.loads(line)["question"] for line in (SEEDS / "questions.jsonl").read_text("utf-8").splitlines()[:6]]
ASKERS = 8


def corpus(n: int) -> list[Document]:
    """n real, distinct documents from the shared evaluation data."""
    docs: dict[str, Document] = {}
    for name in ("squad_it_dev.jsonl", "fever_it_dev.jsonl"):
        for line in (EVALDATA / name).read_text("utf-8").splitlines():
            row = json.loads(line)
            if len(docs) < n and row["document_id"] not in docs:
                docs[row["document_id"]] = load_text(row["document_text"], title=row["document_id"],
                                                     source=f"evaldata:{row['document_id']}")
    return list(docs.values())


def line(answer) -> dict:
    """An answer as its result line, without the latency and the confidence: the confidence weighs
    words by their corpus-wide rarity (BM25 idf), so it moves as other documents arrive."""
    out = answer.to_dict()
    out.pop("latency_ms")
    out.pop("confidence")
    return out


def check_consistent(fc: FactChecker, expected_ids: set[str]) -> None:
    """Every document once, and every part of it on both sides: vectors (Chroma) and BM25."""
    docs = fc.documents()
    ids = [d.doc_id for d in docs]
    counts = fc.index.counts()
    assert (len(ids), set(ids)) == (len(expected_ids), expected_ids)
    assert counts == {"documents": len(ids), "sentences": sum(d.n_sentences for d in docs),
                      "chunks": sum(d.n_chunks for d in docs), "lexical_sentences": sum(d.n_sentences for d in docs)}
    assert fc.index.lexical.doc_ids == expected_ids


def test_eight_threads_ask_while_another_ingests(make_checker, hash_embedder):
    fc = make_checker(embedder=hash_embedder)
    [seed] = fc.ingest([SEEDS]).added
    expected = {q: line(fc.ask(q, doc_ids=[seed.doc_id])) for q in QUESTIONS}
    new_docs = corpus(60)
    errors: list[BaseException] = []
    changed: list[tuple[str, dict]] = []
    asked = [0] * ASKERS
    done = threading.Event()

    def ingest() -> None:
        try:
            for i in range(0, len(new_docs), 6):  # several ingest calls, so asks overlap many commits
                fc.ingest(new_docs[i : i + 6])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            done.set()

    def ask(worker: int) -> None:
        try:
            n = 0
            while not done.is_set() or n < 2 * len(QUESTIONS):
                query = QUESTIONS[(worker + n) % len(QUESTIONS)]
                got = line(fc.ask(query, doc_ids=[seed.doc_id]))
                if got != expected[query]:
                    changed.append((query, got))
                wide = fc.ask(query)  # across everything committed so far
                assert all(c.text == fc.document(c.doc_id).text[c.start:c.end] for c in wide.citations)
                n += 1
            asked[worker] = n
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ingest)] + [threading.Thread(target=ask, args=(w,)) for w in range(ASKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert changed == []
    assert min(asked) >= 2 * len(QUESTIONS)
    check_consistent(fc, {seed.doc_id} | {d.doc_id for d in new_docs})
    assert {q: line(fc.ask(q, doc_ids=[seed.doc_id])) for q in QUESTIONS} == expected


def test_two_threads_ingesting_overlapping_batches(make_checker, hash_embedder):
    fc = make_checker(embedder=hash_embedder)
    docs = corpus(30)
    reports, errors = [], []

    def ingest(part: list[Document]) -> None:
        try:
            reports.append(fc.ingest(part))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(docs[:20],)), threading.Thread(target=ingest, args=(docs[10:],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    added = [d.doc_id for r in reports for d in r.added]
    unchanged = [d.doc_id for r in reports for d in r.unchanged]
    assert (sorted(added), sorted(unchanged)) == (sorted(d.doc_id for d in docs), sorted(d.doc_id for d in docs[10:20]))
    check_consistent(fc, {d.doc_id for d in docs})


# A process that opens the folder, ingests, says so, and holds the index until told to close.
HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from hash_embedder import HashEmbedder
    from factcheck import FactChecker
    from factcheck.load import load_text
    fc = FactChecker.open(sys.argv[1], embedder=HashEmbedder())
    fc.ingest([load_text("The first process holds this index. It wrote this article.", title="holder")])
    print("ready", flush=True)
    sys.stdin.readline()
    fc.close()
    print("closed", flush=True)
""")

# A second process: tries to open the folder (optionally waiting), prints what it saw.
OPENER = textwrap.dedent("""
    import json, sys, time
    sys.path.insert(0, sys.argv[2])
    from hash_embedder import HashEmbedder
    from factcheck import FactChecker, IndexBusyError
    t0 = time.monotonic()
    try:
        fc = FactChecker.open(sys.argv[1], embedder=HashEmbedder(), lock_timeout=float(sys.argv[3]))
    except IndexBusyError as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc), "waited": time.monotonic() - t0}))
        sys.exit(3)
    with fc:
        print(json.dumps({"titles": [d.title for d in fc.documents()], "waited": time.monotonic() - t0}))
""")


def run_opener(folder: Path, lock_timeout: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", OPENER, str(folder), str(ROOT / "tests"), str(lock_timeout)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())


def child_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_CHROMA")}
    return {**env, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def last_json(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


@pytest.mark.slow
def test_second_process_gets_index_busy_or_waits(tmp_path):
    folder = tmp_path / "idx"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), str(ROOT / "tests")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read()
        busy = run_opener(folder, 0)
        out, err = busy.communicate(timeout=120)
        assert busy.returncode == 3, err[-2000:]
        seen = last_json(out)
        assert (seen["error"], seen["message"]) == ("IndexBusyError", (
            f"index busy: {folder} is open in another factcheck process (the app or a CLI command); close it "
            "and retry, or run a Chroma server for shared access (see README, 'Chroma server')"))

        waiter = run_opener(folder, 60)  # waits for the lock instead
        time.sleep(3)
        assert waiter.poll() is None  # still waiting: the holder has the folder
        holder.stdin.write("close\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        out, err = waiter.communicate(timeout=120)
        assert waiter.returncode == 0, err[-2000:]
        assert last_json(out)["titles"] == ["holder"]  # it sees what the first process committed
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=30)
