"""Tests of the index stage: real Chroma on disk, deterministic ids, replace/remove, lock, embedder check."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cached_embedder import CachedEmbedder
from conftest import SEED_ARTICLE, SEEDS
from factcheck import EmbedderMismatchError, FactChecker
from factcheck.errors import ConfigError, DocumentNotFoundError
from factcheck.index import default_index_dir
from factcheck.types import content_id

HEAT_V1 = ("Heatwave in Rome\n\nTemperatures in Rome reached 41 degrees on Tuesday. The city opened twelve "
           "cooling centres. Officials expect the heat to last until Friday.\n")
HEAT_V2 = ("Heatwave in Rome\n\nTemperatures in Rome reached 43 degrees on Wednesday. "
           "The city opened twelve cooling centres.\n")
SEED_COUNTS = {"documents": 1, "sentences": 10, "chunks": 5, "lexical_sentences": 10}


@pytest.fixture(scope="session")
def embedder(embedder):
    """The real model, remembering its vectors: the seed is embedded once, not once per test."""
    return CachedEmbedder(embedder)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def stored_ids(fc: FactChecker, doc_id: str) -> tuple[list[str], list[str]]:
    """Sentence and chunk ids Chroma holds for a document, committed or not."""
    sentences = fc.index._sent_col.get(where={"doc_id": doc_id}, include=[])["ids"]
    chunks = fc.index._chunk_col.get(where={"doc_id": doc_id}, include=[])["ids"]
    return sorted(sentences), sorted(chunks)


class TestIngest:
    def test_seed_is_one_document_with_ten_sentences(self, seed_checker, seed_text):
        [doc] = seed_checker.documents()
        assert (doc.doc_id, doc.source, doc.lang, doc.n_sentences, doc.n_chunks, doc.chars) == (
            content_id(seed_text), str(SEED_ARTICLE), "it", 10, 5, len(seed_text))
        assert doc.title.startswith("Il ministro degli Esteri russo Sergei Lavrov")
        assert seed_checker.index.counts() == SEED_COUNTS

    def test_stored_document_text_is_the_file_text(self, seed_checker, seed_text):
        doc = seed_checker.document(content_id(seed_text))
        assert (doc.text, doc.lang, doc.source) == (seed_text, "it", str(SEED_ARTICLE))

    def test_ingesting_twice_changes_nothing(self, seed_checker, embedder):
        before_docs, before_counts, before_batches = (seed_checker.documents(), seed_checker.index.counts(),
                                                      embedder.batches)
        report = seed_checker.ingest([SEEDS])
        assert (report.added, report.unchanged, report.replaced, report.failures, report.ok) == (
            [], before_docs, [], [], True)
        assert (seed_checker.documents(), seed_checker.index.counts(), embedder.batches) == (
            before_docs, before_counts, before_batches)

    def test_ids_are_deterministic(self, seed_checker, seed_text):
        doc_id = content_id(seed_text)
        assert stored_ids(seed_checker, doc_id) == (
            sorted(f"{doc_id}:{i}" for i in range(10)), [f"{doc_id}#c{i}" for i in range(5)])

    def test_changed_file_replaces_its_old_version(self, make_checker, tmp_path):
        fc = make_checker()
        path = write(tmp_path / "news" / "heat.txt", HEAT_V1)
        [old] = fc.ingest([path]).added
        write(path, HEAT_V2)
        report = fc.ingest([path])
        new_id = content_id(HEAT_V2)
        assert ([d.doc_id for d in report.added], report.replaced, report.unchanged, report.failures) == (
            [new_id], [old], [], [])
        assert ([d.doc_id for d in fc.documents()], fc.index.has(old.doc_id)) == ([new_id], False)
        assert fc.index.counts() == {"documents": 1, "sentences": 3, "chunks": 1, "lexical_sentences": 3}
        assert (stored_ids(fc, old.doc_id), fc.index.lexical.search("Tuesday Friday")) == (([], []), [])
        with pytest.raises(DocumentNotFoundError, match=rf"^no document '{old.doc_id}' in the index"):
            fc.document(old.doc_id)

    def test_same_text_from_another_file_is_unchanged(self, make_checker, tmp_path):
        fc = make_checker()
        [doc] = fc.ingest([write(tmp_path / "a.txt", HEAT_V1)]).added
        report = fc.ingest([write(tmp_path / "copy" / "b.txt", HEAT_V1)])
        assert (report.added, report.unchanged, report.replaced) == ([], [doc], [])

    def test_list_and_remove(self, seed_checker, tmp_path, seed_text):
        seed_id, heat_id = content_id(seed_text), content_id(HEAT_V1)
        seed_checker.ingest([write(tmp_path / "heat.txt", HEAT_V1)])
        assert [d.doc_id for d in seed_checker.documents()] == [seed_id, heat_id]
        removed = seed_checker.remove(seed_id)
        assert (removed.doc_id, removed.n_sentences) == (seed_id, 10)
        assert [d.doc_id for d in seed_checker.documents()] == [heat_id]
        assert seed_checker.index.counts() == {"documents": 1, "sentences": 4, "chunks": 2, "lexical_sentences": 4}
        assert (stored_ids(seed_checker, seed_id), seed_checker.index.lexical.doc_ids,
                seed_checker.index.lexical.search("Lavrov Rubio Witkoff")) == (([], []), {heat_id}, [])
        with pytest.raises(DocumentNotFoundError):
            seed_checker.sentences(seed_id)

    def test_removed_document_can_be_ingested_again(self, seed_checker, seed_text):
        seed_checker.remove(content_id(seed_text))
        report = seed_checker.ingest([SEEDS])
        assert ([d.doc_id for d in report.added], seed_checker.index.counts()) == (
            [content_id(seed_text)], SEED_COUNTS)

    def test_remove_unknown_id(self, seed_checker):
        with pytest.raises(DocumentNotFoundError,
                           match=r"^no document 'nope' in the index; list them with `factcheck docs`$"):
            seed_checker.remove("nope")
        assert seed_checker.index.counts() == SEED_COUNTS


class TestStoredRecords:
    def test_every_sentence_is_its_span_of_the_document(self, seed_checker, tmp_path):
        seed_checker.ingest([write(tmp_path / "heat.md", "# " + HEAT_V1)])
        checked = []
        for info in seed_checker.documents():
            text = seed_checker.document(info.doc_id).text
            sentences = seed_checker.sentences(info.doc_id)
            assert [s.index for s in sentences] == list(range(info.n_sentences))
            checked += [s.text == text[s.start:s.end] and s.text.strip() == s.text != "" for s in sentences]
        assert checked == [True] * 14

    def test_sentence_records_by_id(self, seed_checker, seed_text):
        doc_id = content_id(seed_text)
        records = seed_checker.index.sentence_records([f"{doc_id}:7", "unknown:1"], with_vectors=True)
        [(sentence, vector)] = records.values()
        assert (list(records), sentence.text, seed_text[sentence.start:sentence.end] == sentence.text,
                vector.shape) == ([f"{doc_id}:7"], seed_text[1646:1911], True, (512,))

    def test_chunk_metadata_lists_its_sentence_ids(self, seed_checker, seed_text):
        doc_id = content_id(seed_text)
        got = seed_checker.index._chunk_col.get(include=["metadatas", "documents"])
        rows = sorted(zip(got["ids"], got["metadatas"], got["documents"]))
        assert [(cid, m["sentence_ids"], m["sentences"]) for cid, m, _ in rows] == [
            (f"{doc_id}#c{c}", [f"{doc_id}:{i}" for i in window], list(window))
            for c, window in enumerate([(0, 1, 2), (2, 3, 4), (4, 5, 6), (6, 7, 8), (8, 9)])]
        assert [text == seed_text[m["start"]:m["end"]] for _, m, text in rows] == [True] * 5

    def test_query_chunks_returns_sentence_ids(self, seed_checker, embedder, seed_text):
        doc_id = content_id(seed_text)
        vector = embedder.encode(["Rubio, Waltz e Witkoff in Arabia Saudita"], query=True)[0]
        best_id, sentence_ids, similarity = seed_checker.index.query_chunks(vector, k=1)[0]
        assert (best_id, sentence_ids, 0 < similarity <= 1) == (
            f"{doc_id}#c3", [f"{doc_id}:6", f"{doc_id}:7", f"{doc_id}:8"], True)

    def test_chroma_default_embedding_function_is_never_used(self, seed_checker):
        index = seed_checker.index
        collections = [index._docs_col, index._sent_col, index._chunk_col]
        assert [(c.configuration.get("embedding_function"), c._embedding_function) for c in collections] == [
            (None, None)] * 3
        assert {k: index._docs_col.metadata[k] for k in ("embedder", "dim")} == {"embedder": "use", "dim": 512}
        assert [c.metadata.get("hnsw:space") for c in collections[1:]] == ["cosine", "cosine"]


def test_ingest_and_ask_with_the_network_blocked(tmp_path, embedder, monkeypatch):
    """Nothing reaches for the network (Chroma's default embedding function would download a model)."""

    def refuse(*args, **kwargs):
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    with FactChecker.open(tmp_path / "offline", embedder=embedder) as fc:
        report = fc.ingest([write(tmp_path / "heat.txt", HEAT_V1)])
        answer = fc.ask("How many cooling centres did the city open?")
    assert (len(report.added), answer.citations[0].text) == (1, "The city opened twelve cooling centres.")


class TestOpen:
    def test_index_built_with_another_embedder_is_a_clear_error(self, tmp_path, embedder):
        folder = tmp_path / "idx"
        with FactChecker.open(folder, embedder=embedder) as fc:
            fc.ingest([write(tmp_path / "heat.txt", HEAT_V1)])
        with pytest.raises(EmbedderMismatchError, match=(
                rf"^index {folder} was built with embedder 'use', not 'minilm'; open it with --embedder use "
                r"\(or FACTCHECK_EMBEDDER=use\), or use a new index folder for the other embedder$")):
            FactChecker.open(folder, embedder="minilm")
        with FactChecker.open(folder) as fc:  # the failed open released the folder; its own embedder is used
            assert (fc.embedder.name, [d.doc_id for d in fc.documents()]) == ("use", [content_id(HEAT_V1)])

    def test_an_empty_index_takes_the_new_embedder(self, tmp_path, embedder):
        folder = tmp_path / "idx"
        FactChecker.open(folder, embedder=embedder).close()
        with FactChecker.open(folder, embedder="minilm") as fc:
            assert (fc.index.embedder_name, fc.index._docs_col.metadata["dim"]) == ("minilm", 384)

    def test_index_path_that_is_a_file(self, tmp_path, embedder):
        path = write(tmp_path / "not-a-folder", "x")
        with pytest.raises(ConfigError, match=rf"^index path {path} is a file, not a folder; give a folder"):
            FactChecker.open(path, embedder=embedder)

    def test_default_folder_comes_from_the_environment(self, tmp_path, monkeypatch):
        monkeypatch.setenv("FACTCHECK_INDEX", str(tmp_path / "env-index"))
        from_env = default_index_dir()
        monkeypatch.delenv("FACTCHECK_INDEX")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        assert (from_env, default_index_dir()) == (tmp_path / "env-index", tmp_path / "xdg" / "factcheck" / "index")

    @pytest.mark.parametrize("k", [pytest.param(0, id="zero"), pytest.param(-2, id="negative")])
    def test_bad_k(self, tmp_path, embedder, k):
        with pytest.raises(ValueError, match=rf"^k must be greater than 0, got {k}$"):
            FactChecker.open(tmp_path / "idx", embedder=embedder, k=k)


# Another process: opens the folder, and prints what it sees (or the error it got).
OTHER_PROCESS = textwrap.dedent("""
    import json, sys
    from factcheck import FactChecker, IndexBusyError
    try:
        fc = FactChecker.open(sys.argv[1])
    except IndexBusyError as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
        sys.exit(3)
    with fc:
        print(json.dumps({"docs": [d.doc_id for d in fc.documents()],
                          "bm25": fc.index.lexical.search("Witkoff Arabia Saudita cooling centres", 4),
                          "verdict": fc.ask("Dove si stanno dirigendo Rubio, Waltz e Witkoff?").verdict.value}))
""")


def other_process(folder: Path) -> tuple[int, dict]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(folder)], capture_output=True, text=True,
                          env=env, timeout=180)
    assert done.stdout.strip(), done.stderr
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_folder_lock_and_reopening_from_another_process(tmp_path, embedder):
    folder = tmp_path / "idx"
    fc = FactChecker.open(folder, embedder=embedder)
    try:
        fc.ingest([SEEDS, write(tmp_path / "heat.txt", HEAT_V1)])
        docs = [d.doc_id for d in fc.documents()]
        bm25 = [[sid, score] for sid, score in fc.index.lexical.search("Witkoff Arabia Saudita cooling centres", 4)]
        code, seen = other_process(folder)
        assert code == 3
        assert seen["error"] == "IndexBusyError"
        assert seen["message"].startswith(f"index busy: {folder} is open in another factcheck process")
    finally:
        fc.close()
    code, seen = other_process(folder)  # closed: the other process opens it and sees the same index
    assert (code, seen) == (0, {"docs": docs, "bm25": bm25, "verdict": "supported"})

