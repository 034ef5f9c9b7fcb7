"""Server mode: a real Chroma server started by the tests (conftest `chroma_server`) behaves like the
embedded store for the index, retrieval and the API; it takes no folder lock; Chroma's limits
(collection names, batch size) are handled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from cached_embedder import CachedEmbedder
from conftest import EVALDATA, ROOT, SEEDS, free_port
from factcheck import FactChecker
from factcheck.errors import ConfigError
from factcheck.load import load_text

HEAT = ("Heatwave in Rome\n\nTemperatures in Rome reached 41 degrees on Tuesday. The city opened twelve "
        "cooling centres. Officials expect the heat to last until Friday.\n")
QUESTIONS = [json.loads(line)["question"] for line in (SEEDS / "questions.jsonl").read_text("utf-8").splitlines()[:8]]
QUESTIONS += ["How many cooling centres did the city open?", "Rome reached 45 degrees on Tuesday."]


@pytest.fixture(scope="session")
def embedder(embedder):
    """The real model, remembering its vectors: each text is embedded once per session."""
    return CachedEmbedder(embedder)


def answers(fc: FactChecker, **kwargs) -> list[dict]:
    """Every answer as its result line, without the latency (the one field that may differ)."""
    out = []
    for query in QUESTIONS:
        line = fc.ask(query, **kwargs).to_dict()
        line.pop("latency_ms")
        out.append(line)
    return out


def state(fc: FactChecker) -> dict:
    """What the index holds: documents (without ingest times), sentences, counts, the BM25 side."""
    docs = [(d.doc_id, d.title, d.source, d.lang, d.n_sentences, d.n_chunks, d.chars) for d in fc.documents()]
    return {"docs": docs, "counts": fc.index.counts(), "lexical_docs": sorted(fc.index.lexical.doc_ids),
            "sentences": {d[0]: [(s.index, s.start, s.end, s.text) for s in fc.sentences(d[0])] for d in docs},
            "bm25": fc.index.lexical.search("Witkoff Arabia Saudita cooling centres Rome", 6)}


def evaldata_documents(n: int):
    rows = [json.loads(line) for line in (EVALDATA / "fever_it_dev.jsonl").read_text("utf-8").splitlines()]
    seen, docs = set(), []
    for row in rows:
        if row["document_id"] not in seen and len(docs) < n:
            seen.add(row["document_id"])
            docs.append(load_text(row["document_text"], title=row["document_id"], source=f"evaldata:{row['document_id']}"))
    return docs


class TestOnBothBackends:
    """Runs once on the embedded store and once on the server (the `backend` fixture)."""

    def test_ingest_ask_list_remove_reopen(self, make_checker, tmp_path):
        fc = make_checker()
        heat = tmp_path / "heat.txt"
        heat.write_text(HEAT, encoding="utf-8")
        report = fc.ingest([SEEDS, heat])
        assert (len(report.added), report.failures) == (2, [])
        before, replies = state(fc), answers(fc)
        assert [r["verdict"] for r in replies[:2]] == ["supported", "supported"]
        assert replies[8]["citations"][0]["text"] == "The city opened twelve cooling centres."

        again = make_checker(name=fc.index.name)  # another handle on the same index: same view
        assert (state(again), answers(again)) == (before, replies)
        again.close()
        fc.close()

        reopened = make_checker(name=fc.index.name)
        assert (state(reopened), answers(reopened)) == (before, replies)
        heat_id = before["docs"][1][0]
        reopened.remove(heat_id)
        reopened.close()
        last = make_checker(name=fc.index.name)
        assert ([d.doc_id for d in last.documents()], last.index.counts(), last.index.lexical.doc_ids) == (
            [before["docs"][0][0]], {"documents": 1, "sentences": 10, "chunks": 5, "lexical_sentences": 10},
            {before["docs"][0][0]})

    def test_where_the_index_lives(self, make_checker, backend, tmp_path, chroma_server):
        fc = make_checker()
        if backend == "embedded":
            assert (fc.index.location, fc.index.shared, fc.index._lock is not None,
                    (tmp_path / "index" / ".factcheck.lock").exists()) == (str(tmp_path / "index"), False, True, True)
        else:  # server mode takes no folder lock and writes nothing locally
            assert (fc.index.location, fc.index.shared, fc.index._lock, (tmp_path / "index").exists()) == (
                f"chroma://127.0.0.1:{chroma_server.port}", True, None, False)

    def test_chroma_batch_limit_is_respected(self, make_checker):
        fc = make_checker()
        limit = fc.index._client.get_max_batch_size()
        assert fc.index._max_batch == limit > 1000  # 5461 on chromadb 1.5, embedded and server alike
        fc.index._max_batch = 4
        sizes = record_batches(fc.index)
        fc.ingest([SEEDS])
        assert (max(sizes["sentences"]), sum(sizes["sentences"]), sum(sizes["chunks"]), fc.index.counts()) == (
            4, 10, 5, {"documents": 1, "sentences": 10, "chunks": 5, "lexical_sentences": 10})


class _Recorder:
    """Wraps a Chroma collection and records the size of each write."""

    def __init__(self, collection, sizes: list[int]):
        self._collection, self._sizes = collection, sizes

    def __getattr__(self, name):
        attr = getattr(self._collection, name)
        if name in ("add", "upsert"):
            def write(**kwargs):
                self._sizes.append(len(kwargs["ids"]))
                return attr(**kwargs)
            return write
        return attr


def record_batches(index) -> dict[str, list[int]]:
    sizes = {"sentences": [], "chunks": []}
    index._sent_col = _Recorder(index._sent_col, sizes["sentences"])
    index._chunk_col = _Recorder(index._chunk_col, sizes["chunks"])
    return sizes


def test_embedded_and_server_give_identical_results(tmp_path, embedder, chroma_server, monkeypatch):
    """Same inputs, same documents, sentences, BM25 rankings, retrieval and answers, field by field."""
    heat = tmp_path / "heat.txt"
    heat.write_text(HEAT, encoding="utf-8")
    inputs = [SEEDS, heat, *evaldata_documents(6)]
    with FactChecker.open(tmp_path / "embedded", embedder=embedder) as fc:
        fc.ingest(inputs)
        embedded = (state(fc), answers(fc), [e.sentence for e in fc.retriever.search(QUESTIONS[1], k=8)])
    monkeypatch.setenv("FACTCHECK_CHROMA_HOST", chroma_server.host)
    monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(chroma_server.port))
    name = f"same{uuid.uuid4().hex[:8]}"
    with FactChecker.open(embedder=embedder, name=name) as fc:
        fc.ingest(inputs)
        served = (state(fc), answers(fc), [e.sentence for e in fc.retriever.search(QUESTIONS[1], k=8)])
    assert served == embedded
    assert len(embedded[0]["docs"]) == 8


# Another process on the same server and index name: no folder lock keeps it out, it sees what
# this process committed, and this process takes in its document (sync) without reopening.
OTHER_CLIENT = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[2])
    from hash_embedder import HashEmbedder
    from factcheck import FactChecker
    from factcheck.load import load_text
    with FactChecker.open(embedder=HashEmbedder(), name=sys.argv[1]) as fc:
        seen = [d.doc_id for d in fc.documents()]
        fc.ingest([load_text("Second writer. It adds one more article to the shared index.", title="second")])
        print(json.dumps({"seen": seen, "now": [d.doc_id for d in fc.documents()]}))
""")


def test_two_processes_share_one_server_index(chroma_server, hash_embedder, monkeypatch):
    monkeypatch.setattr("factcheck.index.SYNC_INTERVAL", 0.0)
    monkeypatch.setenv("FACTCHECK_CHROMA_HOST", chroma_server.host)
    monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(chroma_server.port))
    name = f"shared{uuid.uuid4().hex[:8]}"
    fc = FactChecker.open(embedder=hash_embedder, name=name)
    try:
        [first] = fc.ingest([load_text("First writer. It adds an article.", title="first")]).added
        done = subprocess.run([sys.executable, "-c", OTHER_CLIENT, name, str(ROOT / "tests")], capture_output=True,
                              text=True, timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"})
        assert done.returncode == 0, done.stderr[-2000:]
        other = json.loads(done.stdout.strip().splitlines()[-1])
        assert (other["seen"], other["now"][0], len(other["now"])) == ([first.doc_id], first.doc_id, 2)
        second = other["now"][1]
        answer = fc.ask("Who adds one more article to the shared index?")  # takes in the other's document
        assert (answer.citations[0].doc_id, [d.doc_id for d in fc.documents()], fc.index.lexical.doc_ids,
                fc.index.counts()["lexical_sentences"]) == (second, other["now"], set(other["now"]), 4)
        fc.index._docs_col.delete(ids=[second])  # removed by another process: dropped on both sides
        assert (fc.index.sync(), [d.doc_id for d in fc.documents()], fc.index.lexical.doc_ids) == (
            True, [first.doc_id], {first.doc_id})
    finally:
        fc.close()
    with FactChecker.open(embedder=hash_embedder, name=name) as fc:
        assert [d.doc_id for d in fc.documents()] == [first.doc_id]


class TestServerConfiguration:
    @pytest.mark.parametrize("name", [
        pytest.param("", id="empty"),
        pytest.param("-dash-first", id="dash-first"),
        pytest.param("with space", id="space"),
        pytest.param("a/b", id="slash"),
        pytest.param("x" * 401, id="too-long"),
    ])
    def test_bad_index_name_is_a_clear_error(self, tmp_path, hash_embedder, chroma_server, monkeypatch, name):
        message = rf"^index name '{name[:20]}.*' cannot be used: use 1-400 letters, digits"
        with pytest.raises(ConfigError, match=message):
            FactChecker.open(tmp_path / "idx", embedder=hash_embedder, name=name)
        monkeypatch.setenv("FACTCHECK_CHROMA_HOST", chroma_server.host)
        monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(chroma_server.port))
        with pytest.raises(ConfigError, match=message):
            FactChecker.open(embedder=hash_embedder, name=name)

    def test_unreachable_server(self, hash_embedder, monkeypatch):
        port = free_port()
        monkeypatch.setenv("FACTCHECK_CHROMA_HOST", "127.0.0.1")
        monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(port))
        with pytest.raises(ConfigError, match=(
                rf"^Chroma server 127.0.0.1:{port} cannot be reached \(\w+\); start one with "
                rf"`chroma run --path DIR --host 127.0.0.1 --port {port}` or unset FACTCHECK_CHROMA_HOST$")):
            FactChecker.open(embedder=hash_embedder)

    def test_bad_port(self, hash_embedder, monkeypatch):
        monkeypatch.setenv("FACTCHECK_CHROMA_HOST", "127.0.0.1")
        monkeypatch.setenv("FACTCHECK_CHROMA_PORT", "eighty")
        with pytest.raises(ConfigError, match=r"^FACTCHECK_CHROMA_PORT must be a port number, got 'eighty'$"):
            FactChecker.open(embedder=hash_embedder)

    def test_an_explicit_folder_wins_over_the_server_setting(self, tmp_path, hash_embedder, chroma_server,
                                                            monkeypatch):
        monkeypatch.setenv("FACTCHECK_CHROMA_HOST", chroma_server.host)
        monkeypatch.setenv("FACTCHECK_CHROMA_PORT", str(chroma_server.port))
        with FactChecker.open(tmp_path / "idx", embedder=hash_embedder) as fc:
            assert (fc.index.location, fc.index.shared) == (str(tmp_path / "idx"), False)


def test_the_server_fixture_is_a_real_chroma_run(chroma_server):
    assert Path(chroma_server.process.args[0]).name == "chroma"
    assert chroma_server.process.args[1:] == ["run", "--path", str(chroma_server.path), "--host", "127.0.0.1",
                                              "--port", str(chroma_server.port)]
    assert chroma_server.client().heartbeat() > 0
