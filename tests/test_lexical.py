"""Tests of the lexical side: the incremental BM25 index over sentences."""

from __future__ import annotations

import math

import pytest

from factcheck.lexical import BM25Index

# Terms after stopwords and stemming (factcheck.text.terms):
#   a:0 "Cats purr softly."   -> cats, purr, softly   (3 terms)
#   a:1 "Dogs bark at cats."  -> dogs, bark, cats     (3 terms)
#   b:0 "The cat sleeps."     -> cat, sleeps          (2 terms)
DOC_A = [("a:0", "Cats purr softly."), ("a:1", "Dogs bark at cats.")]
DOC_B = [("b:0", "The cat sleeps.")]
K1, B = 1.2, 0.75


def idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def term_score(idf_value: float, tf: int, length: int, avgdl: float) -> float:
    return idf_value * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgdl))


@pytest.fixture
def corpus() -> BM25Index:
    index = BM25Index()
    index.add("a", DOC_A)
    index.add("b", DOC_B)
    return index


class TestBM25Index:
    def test_idf_by_hand(self, corpus):
        assert (corpus.idf("cats"), corpus.idf("purr"), corpus.idf("unseen")) == pytest.approx(
            (math.log(1.6), math.log(8 / 3), math.log(1 + 3.5 / 0.5)))

    def test_ranking_by_hand(self, corpus):
        avgdl = 8 / 3
        cats, purr = idf(3, 2), idf(3, 1)
        a0 = term_score(cats, 1, 3, avgdl) + term_score(purr, 1, 3, avgdl)
        a1 = term_score(cats, 1, 3, avgdl)
        got = corpus.search("Do cats purr?")
        assert [sid for sid, _ in got] == ["a:0", "a:1"]
        assert [score for _, score in got] == pytest.approx([a0, a1])

    def test_shorter_sentence_wins_a_tie_on_terms(self):
        index = BM25Index()
        index.add("d", [("d:0", "Rubio flew to Riyadh yesterday with advisers."), ("d:1", "Rubio spoke.")])
        assert [sid for sid, _ in index.search("Rubio")] == ["d:1", "d:0"]

    def test_equal_scores_are_ordered_by_id(self, corpus):
        got = corpus.search("cats")
        assert (got[0][0], got[1][0], got[0][1] == got[1][1]) == ("a:0", "a:1", True)

    def test_k_limits_results(self, corpus):
        assert [sid for sid, _ in corpus.search("cats purr", k=1)] == ["a:0"]

    @pytest.mark.parametrize("query", [
        pytest.param("", id="empty"),
        pytest.param("the of and", id="stopwords-only"),
        pytest.param("giraffes", id="unknown-term"),
    ])
    def test_no_match(self, corpus, query):
        assert corpus.search(query) == []

    def test_empty_index(self):
        assert BM25Index().search("cats") == []

    def test_doc_filter(self, corpus):
        assert ([sid for sid, _ in corpus.search("cats cat", doc_ids=["b"])],
                [sid for sid, _ in corpus.search("cats cat", doc_ids=["a"])],
                corpus.search("cats", doc_ids=[])) == (["b:0"], ["a:0", "a:1"], [])

    def test_add_counts_sentences_and_documents(self, corpus):
        assert (len(corpus), corpus.doc_ids) == (3, {"a", "b"})

    def test_remove_document(self, corpus):
        corpus.remove("a")
        assert (len(corpus), corpus.doc_ids, corpus.search("cats purr"), [s for s, _ in corpus.search("cat")]) == (
            1, {"b"}, [], ["b:0"])

    def test_remove_unknown_document_is_a_no_op(self, corpus):
        corpus.remove("zzz")
        assert (len(corpus), corpus.doc_ids) == (3, {"a", "b"})

    def test_re_adding_a_document_replaces_it(self, corpus):
        corpus.add("a", [("a:0", "Parrots talk.")])
        assert (len(corpus), corpus.search("cats purr"), [s for s, _ in corpus.search("parrots")]) == (
            2, [], ["a:0"])

    def test_incremental_updates_equal_a_fresh_build(self, corpus):
        corpus.add("c", [("c:0", "Cats and dogs.")])
        corpus.remove("c")
        corpus.remove("b")
        corpus.add("b", DOC_B)
        fresh = BM25Index()
        fresh.add("a", DOC_A)
        fresh.add("b", DOC_B)
        for query in ("cats", "purr softly", "the cat sleeps", "dogs"):
            assert corpus.search(query) == fresh.search(query), query

    @pytest.mark.parametrize(("kwargs", "message"), [
        pytest.param({"k1": 0}, r"k1 must be greater than 0, got 0", id="k1-zero"),
        pytest.param({"b": 1.5}, r"b must be between 0 and 1, got 1.5", id="b-too-big"),
        pytest.param({"b": -0.1}, r"b must be between 0 and 1, got -0.1", id="b-negative"),
    ])
    def test_bad_parameters(self, kwargs, message):
        with pytest.raises(ValueError, match=message):
            BM25Index(**kwargs)
