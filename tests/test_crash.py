"""Crash safety: a process killed with SIGKILL in the middle of ingesting a batch leaves every
document either fully present (all its sentences and chunks, in the vector store and in BM25) or
absent; ingesting again repairs the index.

The child process pauses at a chosen Chroma write (its index's `_batched` is wrapped, and the
Chroma batch limit is lowered so one ingest batch takes many writes) and the test kills it there,
so each case lands where it says; the "anywhere" case kills a busy ingest at a random moment.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import uuid

import pytest

from conftest import ROOT
from factcheck import FactChecker
from factcheck.chunk import chunk
from factcheck.load import load_text
from factcheck.segment import segment

WORDS = ("porto", "ministro", "accordo", "elezioni", "bilancio", "sciopero", "vertice", "mercato", "tribunale",
         "ospedale", "stazione", "raccolto")


def articles(n: int) -> list:
    """n distinct articles of 6-25 sentences (the same list in the child and in the test)."""
    rng = random.Random(7)
    docs = []
    for i in range(n):
        sentences = [f"Articolo numero {i} sul tema {WORDS[i % len(WORDS)]}."]
        sentences += [f"Nel pezzo {i} la frase {j} cita {rng.choice(WORDS)} e {rng.choice(WORDS)} con {rng.randrange(10**6)} euro."
                      for j in range(rng.randrange(5, 25))]
        docs.append(load_text(" ".join(sentences), title=f"articolo {i}", source=f"gen:{i}"))
    return docs


CHILD = textwrap.dedent("""
    import json, random, sys, time
    sys.path.insert(0, sys.argv[1])
    from hash_embedder import HashEmbedder
    from test_crash import articles
    from factcheck import FactChecker
    path, name, point, n_docs = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    fc = FactChecker.open(None if path == "server" else path, embedder=HashEmbedder(), name=name)
    index = fc.index
    writes = []

    def pause(kind):
        print(json.dumps({"paused": kind, "writes": writes, "committed": index.n_documents}), flush=True)
        time.sleep(600)

    if point != "anywhere":
        index._max_batch = 7  # many Chroma writes per ingest batch: the kill lands inside one batch
        real = index._batched

        def batched(add, ids, vectors, texts, metas):
            kind = add.__self__.name.rsplit("-", 1)[1]
            for i in range(0, len(ids), 7):
                real(add, ids[i:i + 7], vectors[i:i + 7], texts[i:i + 7], metas[i:i + 7])
                writes.append(kind)
                if index.n_documents and (
                        (point == "sentences" and kind == "sentences" and i > 0)  # some sentences of a batch
                        or (point == "chunks" and kind == "chunks" and i + 7 >= len(ids))  # all parts, no commit
                        or (point == "commit" and kind == "docs")):  # some docs records of a batch
                    pause(kind)
        index._batched = batched
    docs = articles(n_docs)
    for i in range(0, len(docs), 10):
        fc.ingest(docs[i:i + 10])
        print(json.dumps({"ingested": i + 10}), flush=True)
    print(json.dumps({"finished": True}), flush=True)
""")


def run_and_kill(path: str, name: str, point: str, n_docs: int) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT / "tests"), path, name, point, str(n_docs)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        while True:
            line = child.stdout.readline()
            assert line, f"the child ended before the kill: {child.stderr.read()[-3000:]}"
            event = json.loads(line)
            assert "finished" not in event, "the child finished before the kill"
            if "paused" in event:
                break
            if point == "anywhere" and event.get("ingested", 0) >= 20:
                time.sleep(random.uniform(0.0, 0.5))  # somewhere in the next batches
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return event


def check_all_or_nothing(fc: FactChecker, docs, shared: bool) -> tuple[int, int]:
    """Every document is complete on both sides or invisible everywhere; returns (present, absent)."""
    present = absent = 0
    lexical = fc.index.lexical
    for doc in docs:
        sentences = segment(doc.doc_id, doc.text)
        sentence_ids = sorted(s.id for s in sentences)
        chunk_ids = sorted(c.id for c in chunk(doc.text, sentences))
        stored_sentences = sorted(fc.index._sent_col.get(where={"doc_id": doc.doc_id}, include=[])["ids"])
        stored_chunks = sorted(fc.index._chunk_col.get(where={"doc_id": doc.doc_id}, include=[])["ids"])
        in_bm25 = sorted(lexical._sids[row] for row, _ in lexical._doc_rows.get(doc.doc_id, []))
        if fc.index.has(doc.doc_id):
            present += 1
            info = fc.index.info(doc.doc_id)
            assert (stored_sentences, stored_chunks, in_bm25, info.n_sentences, info.n_chunks) == (
                sentence_ids, chunk_ids, sentence_ids, len(sentence_ids), len(chunk_ids)), doc.title
            records = fc.index.sentence_records(sentence_ids, with_vectors=True)
            assert sorted(records) == sentence_ids
            for sid in (sentence_ids[0], sentence_ids[-1]):  # the vectors are really searchable
                found = fc.index.query_sentences(records[sid][1], k=1, doc_ids=[doc.doc_id])
                assert found[0][0] == sid and found[0][1] == pytest.approx(1.0, abs=1e-4)
        else:
            absent += 1
            assert (in_bm25, fc.index.sentence_records(sentence_ids), doc.doc_id in lexical.doc_ids) == ([], {}, False)
            if not shared:  # the embedded store sweeps leftovers when it opens
                assert (stored_sentences, stored_chunks) == ([], []), doc.title
    assert all(c.doc_id in {d.doc_id for d in docs} for c in fc.ask("Articolo numero 3 sul tema ministro").citations)
    return present, absent


CASES = [
    pytest.param("embedded", "sentences", id="embedded-mid-sentences"),
    pytest.param("embedded", "chunks", id="embedded-before-commit"),
    pytest.param("embedded", "commit", id="embedded-mid-commit"),
    pytest.param("embedded", "anywhere", id="embedded-anywhere"),
    pytest.param("server", "commit", id="server-mid-commit"),
    pytest.param("server", "anywhere", id="server-anywhere"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("backend_name", "point"), CASES)
def test_sigkill_mid_ingest_leaves_whole_documents(tmp_path, hash_embedder, request, monkeypatch, backend_name, point):
    name = f"crash{uuid.uuid4().hex[:8]}"
    if backend_name == "server":
        server = request.getfixturevalue("chroma_server")
        monkeypatch.setenv("FACTCHECK_CHROMA_HOST", server.host)
        monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(server.port))
        path, where = "server", None
    else:
        path = where = str(tmp_path / "idx")
    n_docs = 100 if point == "anywhere" else 60
    docs = articles(n_docs)
    event = run_and_kill(path, name, point, n_docs)

    with FactChecker.open(where, embedder=hash_embedder, name=name) as fc:  # the lock died with the child
        present, absent = check_all_or_nothing(fc, docs, shared=backend_name == "server")
        assert present >= 10 and absent >= 1, (present, absent, event)
        if point != "anywhere":
            assert present == event["committed"] + (event["paused"] == "docs") * 7
        fc.ingest(docs)  # repairs: the missing ones are ingested, leftovers replaced
        assert check_all_or_nothing(fc, docs, shared=backend_name == "server") == (n_docs, 0)
        docs_info = fc.documents()
        assert fc.index.counts()["lexical_sentences"] == sum(d.n_sentences for d in docs_info)
        if backend_name == "embedded":
            assert fc.index.counts() == {
                "documents": n_docs, "sentences": sum(d.n_sentences for d in docs_info),
                "chunks": sum(d.n_chunks for d in docs_info), "lexical_sentences": sum(d.n_sentences for d in docs_info)}
    with FactChecker.open(where, embedder=hash_embedder, name=name) as fc:  # and it holds after a restart
        assert check_all_or_nothing(fc, docs, shared=backend_name == "server") == (n_docs, 0)
