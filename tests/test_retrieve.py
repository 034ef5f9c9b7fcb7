"""Tests of the retrieval stage: dense + BM25 fusion over a real index, as a LangChain retriever."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from cached_embedder import CachedEmbedder
from conftest import SEEDS
from factcheck import FactChecker
from factcheck.retrieve import Evidence, HybridRetriever
from factcheck.types import content_id

HEAT = ("Heatwave in Rome\n\nTemperatures in Rome reached 41 degrees on Tuesday. "
        "The city opened twelve cooling centres.\n")
SAUDI = 7


@pytest.fixture(scope="session")
def embedder(embedder):
    """The real model, remembering its vectors: the seed is embedded once, not once per test."""
    return CachedEmbedder(embedder)


@pytest.fixture(scope="module")
def fc(tmp_path_factory, embedder):
    """The seed article and a short English article, in one index that these tests only read."""
    folder = tmp_path_factory.mktemp("retrieve")
    (folder / "heat.txt").write_text(HEAT, encoding="utf-8")
    with FactChecker.open(folder / "index", embedder=embedder) as checker:
        checker.ingest([SEEDS, folder / "heat.txt"])
        yield checker


@pytest.fixture(scope="module")
def seed_id(fc) -> str:
    return next(d.doc_id for d in fc.documents() if d.lang == "it")


class TestLangChainRetriever:
    def test_is_a_base_retriever(self, fc):
        assert isinstance(fc.retriever, BaseRetriever)

    def test_invoke_returns_sentences_with_offsets(self, fc, seed_id, seed_text):
        docs = fc.retriever.invoke("Where are Rubio, Waltz and Witkoff heading?")
        assert (len(docs), all(isinstance(d, LCDocument) for d in docs)) == (5, True)
        top = docs[0]
        assert (top.id, top.page_content, {k: top.metadata[k] for k in ("doc_id", "sentence_index", "start", "end")}) \
            == (f"{seed_id}:{SAUDI}", seed_text[1646:1911],
                {"doc_id": seed_id, "sentence_index": SAUDI, "start": 1646, "end": 1911})
        assert sorted(top.metadata) == ["doc_id", "end", "lexical", "score", "sentence_index", "similarity", "start"]
        texts = {d.doc_id: fc.document(d.doc_id).text for d in fc.documents()}
        assert [texts[d.metadata["doc_id"]][d.metadata["start"]:d.metadata["end"]] == d.page_content
                for d in docs] == [True] * 5

    def test_batch(self, fc):
        got = fc.retriever.batch(["Chi ha preso l'iniziativa della telefonata?", "How hot was it in Rome?"])
        assert [len(docs) for docs in got] == [5, 5]


class TestSearch:
    @pytest.mark.parametrize("query", [
        pytest.param("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", id="italian"),
        pytest.param("Where are Rubio, Waltz and Witkoff heading?", id="english"),
    ])
    def test_saudi_sentence_is_in_the_top_3(self, fc, seed_id, query):
        top3 = [(e.sentence.doc_id, e.sentence.index) for e in fc.retriever.search(query)[:3]]
        assert (seed_id, SAUDI) in top3

    def test_each_sentence_carries_the_next_one_of_its_article(self, fc, seed_id, seed_text):
        # "Lo riferisce Politico …" follows the Saudi sentence and names who reports it
        evidence = fc.retriever.search("Dove si stanno dirigendo Rubio, Waltz e Witkoff?")
        saudi = next(e for e in evidence if e.sentence.index == SAUDI)
        nxt = saudi.following
        assert (nxt.doc_id, nxt.index) == (seed_id, SAUDI + 1) and nxt.text.startswith("Lo riferisce Politico")
        assert seed_text[nxt.start:nxt.end] == nxt.text
        assert all(e.following is None or e.following.index == e.sentence.index + 1 for e in evidence)

    def test_several_sentences_ranked_best_first(self, fc):
        evidence = fc.retriever.search("Chi ha preso l'iniziativa della telefonata?", k=6)
        scores = [e.score for e in evidence]
        assert ([e.rank for e in evidence], scores == sorted(scores, reverse=True),
                all(isinstance(e, Evidence) for e in evidence)) == (list(range(6)), True, True)

    def test_similarity_is_the_cosine_of_the_vectors(self, fc, embedder):
        query = "Lavrov e Rubio hanno concordato contatti regolari"
        evidence = fc.retriever.search(query, k=4)
        q = embedder.encode([query], query=True)[0]
        s = embedder.encode([e.sentence.text for e in evidence])
        assert [e.similarity for e in evidence] == pytest.approx((s @ q).tolist(), abs=1e-4)

    def test_dense_similarity_from_chroma_distance(self, fc, embedder):
        q = embedder.encode(["cooling centres in Rome"], query=True)[0]
        hits = fc.index.query_sentences(q, k=3)
        records = fc.index.sentence_records([sid for sid, _ in hits], with_vectors=True)
        assert [sim for _, sim in hits] == pytest.approx([float(records[sid][1] @ q) for sid, _ in hits], abs=1e-4)

    def test_a_word_only_bm25_knows_still_ranks(self, fc, seed_id):
        evidence = fc.retriever.search("Kellogg", k=3)
        assert ((evidence[0].sentence.doc_id, evidence[0].sentence.index), evidence[0].lexical > 0) == (
            (seed_id, 9), True)

    def test_doc_filter(self, fc, seed_id):
        heat_id = content_id(HEAT)
        in_heat = fc.retriever.search("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", doc_ids=[heat_id])
        in_seed = fc.retriever.search("How hot was it in Rome?", doc_ids=[seed_id], k=4)
        assert ({e.sentence.doc_id for e in in_heat}, len(in_heat)) == ({heat_id}, 3)
        assert ({e.sentence.doc_id for e in in_seed}, len(in_seed)) == ({seed_id}, 4)

    def test_doc_filter_on_the_retriever(self, fc, embedder):
        heat_id = content_id(HEAT)
        only_heat = HybridRetriever(index=fc.index, embedder=embedder, k=5, doc_ids=[heat_id])
        assert {d.metadata["doc_id"] for d in only_heat.invoke("Rubio")} == {heat_id}

    @pytest.mark.parametrize("doc_ids", [pytest.param(["unknown"], id="unknown"), pytest.param([], id="none")])
    def test_doc_filter_without_known_documents(self, fc, doc_ids):
        assert fc.retriever.search("Rubio", doc_ids=doc_ids) == []

    def test_query_vector_can_be_given(self, fc, embedder):
        query = "Where are Rubio, Waltz and Witkoff heading?"
        vector = embedder.encode([query], query=True)[0]
        assert fc.retriever.search(query, query_vector=vector) == fc.retriever.search(query)


@pytest.mark.parametrize("field", ["k", "k_dense", "k_lexical", "k_chunks"])
def test_bad_settings(fc, embedder, field):
    with pytest.raises(ValueError, match=rf"{field} must be greater than 0, got 0"):
        HybridRetriever(index=fc.index, embedder=embedder, **{field: 0})


def test_empty_index_retrieves_nothing(tmp_path, embedder):
    with FactChecker.open(tmp_path / "empty", embedder=embedder) as checker:
        assert (checker.retriever.search("Rubio"), checker.retriever.invoke("Rubio")) == ([], [])


def test_vectors_are_unit_length(fc, seed_id):
    records = fc.index.sentence_records([f"{seed_id}:{i}" for i in range(10)], with_vectors=True)
    assert np.linalg.norm([v for _, v in records.values()], axis=1) == pytest.approx([1.0] * 10, abs=1e-5)
