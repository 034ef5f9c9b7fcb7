"""Hostile and odd input at the API (property-based, hypothesis): arbitrary Unicode, control
characters, right-to-left text and huge questions to `ask`; arbitrary text and bytes to `ingest`
(Document objects, pasted text, files); documents of one sentence and of 50,000 sentences."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cached_embedder import CachedEmbedder
from conftest import SEEDS
from factcheck import Answer, FactChecker, InputError, Verdict
from factcheck.errors import IngestFailures
from factcheck.load import MAX_TEXT_CHARS, load_text
from factcheck.query import MAX_QUERY_CHARS

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

RTL = ["\u202e", "\u202b", "\u200f", "\u2067", "\u061c", "مرحبا", "من اتصل؟", "שלום", "מי התקשר?", "ﷺ"]
ODD = ["\x00", "\x07", "\x1b[31m", "\r", "\u0085", "\u2028", "\ufeff", "\u200b", "\u0301", "🙂", "👩\u200d👩\u200d👧",
       "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ｆｕｌｌｗｉｄｔｈ", "İ", "ß", "\U0010ffff", "\ue000"]
WORDS = ["Rubio", "Lavrov", "Arabia", "Saudita", "telefonata", "Washington", "Tass", "accordo", "?", ".", " ", "\n"]
hostile_text = st.one_of(
    st.text(max_size=300),  # any Unicode scalar value, control characters included
    st.lists(st.sampled_from(RTL + ODD + WORDS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(RTL + ODD + WORDS), st.text(max_size=5)), max_size=30).map(" ".join),
)


@pytest.fixture(scope="module")
def real_embedder():
    from factcheck.embed import make_embedder

    return CachedEmbedder(make_embedder("use"))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, real_embedder):
    """The seed article, with the real model: the property tests only ask, they never write."""
    with FactChecker.open(tmp_path_factory.mktemp("hostile-ask"), embedder=real_embedder) as fc:
        fc.ingest([SEEDS])
        yield fc


@pytest.fixture(scope="module")
def scratch(tmp_path_factory, hash_embedder):
    """An index that the ingest properties fill (fast embedder: they test storage and offsets)."""
    with FactChecker.open(tmp_path_factory.mktemp("hostile-ingest"), embedder=hash_embedder) as fc:
        yield fc


def check_answer(fc: FactChecker, answer: Answer) -> None:
    assert isinstance(answer, Answer) and answer.verdict in set(Verdict)
    assert isinstance(answer.text, str) and answer.text.strip()
    for c in answer.citations:
        assert c.text == fc.document(c.doc_id).text[c.start : c.end] != ""
    json.dumps(answer.to_dict(), ensure_ascii=False)  # the result line can always be written


def check_stored(fc: FactChecker, text: str, doc_id: str) -> None:
    """The stored text is the input exactly; every sentence is its span; BM25 has them all."""
    assert fc.document(doc_id).text == text
    sentences = fc.sentences(doc_id)
    assert [s.index for s in sentences] == list(range(fc.index.info(doc_id).n_sentences))
    assert all(s.text == text[s.start : s.end] and s.text.strip() for s in sentences)
    assert sorted(fc.index.lexical._sids[r] for r, _ in fc.index.lexical._doc_rows[doc_id]) == sorted(
        s.id for s in sentences)


class TestAsk:
    @PROPERTY
    @given(query=hostile_text, kind=st.sampled_from([None, "question", "claim"]))
    def test_any_text_gets_an_answer_or_a_clear_input_error(self, seeded, query, kind):
        try:
            answer = seeded.ask(query, kind=kind)
        except InputError as exc:
            assert str(exc) == "the question is empty; type a question or a claim about the articles"
            assert not any(ch.isalnum() for ch in query)
            return
        check_answer(seeded, answer)

    @pytest.mark.parametrize("query", [
        pytest.param("\u202eمن اتصل بمن؟ Rubio Lavrov", id="rtl-override-arabic"),
        pytest.param("מי יזם את השיחה בין לברוב לרוביו?", id="hebrew"),
        pytest.param("Chi\x00ha\x07preso\x1b[0ml'iniziativa?", id="control-characters"),
        pytest.param("\ufeff\u200bChi ha chiamato?\u2028", id="invisible-characters"),
        pytest.param("🙂 Rubio? " * 100, id="emoji"),
        pytest.param("Rubio " * 333, id="one-word-repeated"),
    ])
    def test_odd_questions(self, seeded, query):
        check_answer(seeded, seeded.ask(query))

    @pytest.mark.parametrize("query", [
        pytest.param("🙂" * 500, id="emoji-only"),
        pytest.param("\u202e\u200f\x00\x07 ?!", id="marks-and-controls-only"),
        pytest.param("", id="empty"),
    ])
    def test_nothing_to_ask_is_a_clear_error(self, seeded, query):
        with pytest.raises(InputError, match=r"^the question is empty; type a question or a claim about the articles$"):
            seeded.ask(query)

    @pytest.mark.parametrize("size", [pytest.param(MAX_QUERY_CHARS + 1, id="one-over"),
                                      pytest.param(1_000_000, id="one-megabyte")])
    @pytest.mark.parametrize("kind", [None, "claim"])
    def test_too_long_question_is_a_clear_error(self, seeded, size, kind):
        query = ("Rubio ha chiamato Lavrov? " * (size // 26 + 1))[:size]
        with pytest.raises(InputError, match=(rf"^the question is {size:,} characters long; the limit is "
                                              rf"{MAX_QUERY_CHARS:,}: ask about one point at a time$")):
            seeded.ask(query, kind=kind)

    def test_a_question_at_the_limit_is_answered(self, seeded):
        query = ("Rubio ha chiamato Lavrov? " * 100)[:MAX_QUERY_CHARS]
        check_answer(seeded, seeded.ask(query))


class TestIngest:
    @PROPERTY
    @given(text=st.one_of(st.text(min_size=1, max_size=3000), hostile_text))
    def test_any_text_is_stored_exactly_or_refused_clearly(self, scratch, text):
        try:
            doc = load_text(text, title=f"t{uuid.uuid4().hex[:6]}")
        except InputError as exc:
            assert str(exc) == "pasted text: is empty; paste the text of an article" and not text.strip()
            return
        try:
            report = scratch.ingest([doc])
        except IngestFailures as exc:  # nothing a sentence could be made of
            assert exc.failures == [(doc.title, "has no sentences to index; give an article with text")]
            return
        assert [d.doc_id for d in report.added + report.unchanged] == [doc.doc_id]
        check_stored(scratch, text, doc.doc_id)
        check_answer(scratch, scratch.ask(text[:200] if any(c.isalnum() for c in text[:200]) else "x?",
                                          doc_ids=[doc.doc_id]))

    @PROPERTY
    @given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda t: t.encode("utf-8"))))
    def test_any_file_is_ingested_byte_exact_or_listed_as_a_failure(self, scratch, tmp_path_factory, data):
        path = tmp_path_factory.mktemp("files") / "article.txt"
        path.write_bytes(data)
        try:
            report = scratch.ingest([path])
        except IngestFailures as exc:
            [(source, reason)] = exc.failures
            assert source == str(path) and reason and "\n" not in reason
            return
        [doc] = report.added + report.unchanged
        check_stored(scratch, data.decode("utf-8").removeprefix("\ufeff"), doc.doc_id)

    def test_text_over_the_limit_is_refused(self):
        with pytest.raises(InputError, match=rf"^pasted text: is {MAX_TEXT_CHARS + 1:,} characters, over the "
                                             rf"{MAX_TEXT_CHARS:,}-character limit; split it into smaller parts$"):
            load_text("a" * (MAX_TEXT_CHARS + 1))


def test_one_sentence_document(make_checker, real_embedder):
    fc = make_checker(embedder=real_embedder)
    text = "Il porto di Genova ha riaperto dopo tre giorni di sciopero"
    [doc] = fc.ingest([load_text(text)]).added
    assert (doc.n_sentences, doc.n_chunks, fc.index.counts()) == (
        1, 1, {"documents": 1, "sentences": 1, "chunks": 1, "lexical_sentences": 1})
    answer = fc.ask("Il porto di Genova ha riaperto?")
    assert [(c.start, c.end, c.text) for c in answer.citations] == [(0, len(text), text)]


@pytest.mark.slow
def test_fifty_thousand_sentence_document(tmp_path, hash_embedder):
    text = " ".join(f"La riga {i} del registro riporta il codice K{i:05d}." for i in range(50_000))
    with FactChecker.open(tmp_path / "idx", embedder=hash_embedder) as fc:
        [doc] = fc.ingest([load_text(text, title="registro")]).added
        assert (doc.n_sentences, fc.index.counts()["sentences"], fc.index.counts()["lexical_sentences"]) == (
            50_000, 50_000, 50_000)
        answer = fc.ask("Quale riga riporta il codice K31337?")
        assert answer.citations[0].text == "La riga 31337 del registro riporta il codice K31337."
        assert answer.citations[0].text == text[answer.citations[0].start : answer.citations[0].end]
    with FactChecker.open(tmp_path / "idx", embedder=hash_embedder) as fc:  # and after a restart
        assert (fc.index.counts()["lexical_sentences"], fc.index.lexical.search("K49999", 1)[0][0]) == (
            50_000, f"{doc.doc_id}:49999")
