"""Tests of the Python API: FactChecker.ingest (good and bad inputs) and FactChecker.ask on the seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cached_embedder import CachedEmbedder
from conftest import SEEDS
from factcheck import Answer, Citation, FactChecker, InputError, Kind, Stance, Verdict
from factcheck.errors import IngestFailures
from factcheck.load import MAX_FILE_BYTES, load_text
from factcheck.types import content_id

GOOD = ("Heatwave in Rome\n\nTemperatures in Rome reached 41 degrees on Tuesday. "
        "The city opened twelve cooling centres.\n")
SEED_COUNTS = {"documents": 1, "sentences": 10, "chunks": 5, "lexical_sentences": 10}
SAUDI = 7  # "... Witkoff si stanno dirigendo in Arabia Saudita ..."
POLITICO = 8  # "Lo riferisce Politico citando un parlamentare repubblicano e due funzionari ..."


@pytest.fixture(scope="session")
def embedder(embedder):
    """The real model, remembering its vectors: the seed is embedded once, not once per test."""
    return CachedEmbedder(embedder)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def make_bad(kind: str, folder: Path) -> Path:
    """A bad input of the given kind, created under `folder`."""
    if kind == "missing":
        return folder / "missing.txt"
    if kind == "no-articles":
        write(folder / "empty-folder" / "notes.pdf", b"%PDF-1.4")
        return folder / "empty-folder"
    if kind == "oversized":
        return write(folder / "big.txt", b"a" * (MAX_FILE_BYTES + 1))
    data = {"empty": b"", "whitespace": b" \n\t\r\n ", "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00",
            "non-utf8": "Però è così.".encode("latin-1"), "unsupported": b"%PDF-1.4 text"}[kind]
    return write(folder / ("bad.pdf" if kind == "unsupported" else f"{kind}.txt"), data)


BAD_INPUTS = [
    pytest.param("missing", r"no such file or folder", id="missing-path"),
    pytest.param("empty", r"is empty", id="empty-file"),
    pytest.param("whitespace", r"contains only whitespace", id="whitespace-only"),
    pytest.param("binary", r"looks like a binary file", id="binary"),
    pytest.param("non-utf8", r"is not valid UTF-8 \(byte 0xf2 at offset 3\)", id="non-utf8"),
    pytest.param("oversized", r"over the 5 MB limit", id="oversized"),
    pytest.param("no-articles", r"no articles \(\.txt, \.md, \.html\) found in", id="folder-without-articles"),
    pytest.param("unsupported", r"unsupported file type '\.pdf'", id="unsupported-type"),
]
KINDS = [p.values[0] for p in BAD_INPUTS]


@pytest.fixture(scope="module")
def shared_seed(tmp_path_factory, embedder):
    """One seed index for the tests that only read it (the per-backend ones use `seed_checker`)."""
    with FactChecker.open(tmp_path_factory.mktemp("shared") / "index", embedder=embedder) as fc:
        fc.ingest([SEEDS])
        yield fc


class TestIngestInputs:
    def test_batch_ingests_the_good_and_lists_the_bad(self, make_checker, tmp_path):
        fc = make_checker()
        good = write(tmp_path / "in" / "good.txt", GOOD)
        bad = [make_bad(kind, tmp_path / "in") for kind in KINDS]
        report = fc.ingest([good, *bad])
        assert ([d.doc_id for d in report.added], [f.source for f in report.failures], report.ok) == (
            [content_id(GOOD)], [str(b) for b in bad], False)
        assert [d.doc_id for d in fc.documents()] == [content_id(GOOD)]

    def test_all_bad_raises_and_keeps_what_was_indexed(self, seed_checker, tmp_path):
        bad = [make_bad(kind, tmp_path / "in") for kind in KINDS]
        with pytest.raises(IngestFailures) as caught:
            seed_checker.ingest(bad)
        assert ([src for src, _ in caught.value.failures], str(caught.value).startswith("8 input(s) not ingested: ")) \
            == ([str(b) for b in bad], True)
        assert seed_checker.index.counts() == SEED_COUNTS
        assert seed_checker.ask("Dove si stanno dirigendo Rubio, Waltz e Witkoff?").verdict is Verdict.SUPPORTED

    @pytest.mark.parametrize(("kind", "reason"), BAD_INPUTS)
    def test_each_bad_input_gets_a_one_line_reason(self, shared_seed, tmp_path, kind, reason):
        bad = make_bad(kind, tmp_path / "in")
        with pytest.raises(IngestFailures, match=rf"^1 input\(s\) not ingested: {re.escape(str(bad))}: [^\n]*{reason}"):
            shared_seed.ingest([bad])
        good = write(tmp_path / "in" / "good.txt", GOOD + kind)
        report = shared_seed.ingest([bad, good])
        assert ([d.doc_id for d in report.added], [f.source for f in report.failures]) == (
            [content_id(GOOD + kind)], [str(bad)])
        assert re.search(reason, report.failures[0].reason) and "\n" not in report.failures[0].reason
        shared_seed.remove(content_id(GOOD + kind))

    def test_one_path_without_a_list(self, make_checker, tmp_path):
        fc = make_checker()
        report = fc.ingest(write(tmp_path / "good.md", GOOD))
        assert [d.doc_id for d in report.added] == [content_id(GOOD)]

    def test_document_objects(self, make_checker):
        fc = make_checker()
        doc = load_text(GOOD, title="Caldo a Roma")
        report = fc.ingest([doc])
        [info] = report.added
        assert (info.doc_id, info.title, info.source, fc.document(doc.doc_id).text) == (
            content_id(GOOD), "Caldo a Roma", "pasted", GOOD)

    def test_pasted_text_with_the_same_title_replaces_the_old_one(self, make_checker):
        fc = make_checker()
        [old] = fc.add_text(GOOD, title="Heat").added
        report = fc.add_text(GOOD.replace("41", "43"), title="Heat")
        assert ([d.doc_id for d in report.added], report.replaced, [d.doc_id for d in fc.documents()]) == (
            [content_id(GOOD.replace("41", "43"))], [old], [content_id(GOOD.replace("41", "43"))])

    def test_documents_given_together_with_one_source_are_all_kept(self, make_checker):
        # two Documents labelled with the same source in one call: the second replaced the first, then the
        # ingest failed looking it up (DocumentNotFoundError); a later new version still replaces both
        from factcheck.types import Document

        fc = make_checker()
        first, second = (Document(f"d{i}", text, f"Article {i}", source="feed") for i, text in
                         enumerate((GOOD, GOOD.replace("41", "43"))))
        report = fc.ingest([first, second])
        assert ([d.doc_id for d in report.added], report.replaced) == (["d0", "d1"], [])
        assert sorted(d.doc_id for d in fc.documents()) == ["d0", "d1"]
        report = fc.ingest([first, Document("d2", GOOD.replace("41", "44"), "Article 2", source="feed")])
        assert ([d.doc_id for d in report.unchanged], [d.doc_id for d in report.added]) == (["d0"], ["d2"])
        assert sorted(d.doc_id for d in fc.documents()) == ["d0", "d2"]

    def test_pasted_empty_text(self, shared_seed):
        with pytest.raises(InputError, match=r"^pasted text: is empty; paste the text of an article$"):
            shared_seed.add_text("   ")


def assert_offsets(fc: FactChecker, answer: Answer) -> None:
    texts = {c.doc_id: fc.document(c.doc_id).text for c in answer.citations}
    assert [texts[c.doc_id][c.start:c.end] == c.text for c in answer.citations] == [True] * len(answer.citations)


class TestAsk:
    def test_question_answered_by_the_saudi_sentence(self, seed_checker, seed_text):
        answer = seed_checker.ask("Dove si stanno dirigendo Rubio, Waltz e Witkoff?")
        best = answer.citations[0]
        assert (answer.verdict, answer.kind, answer.lang, best.sentence_index, best.stance) == (
            Verdict.SUPPORTED, Kind.QUESTION, "it", SAUDI, Stance.SUPPORTS)
        assert answer.text == f"Secondo l'articolo: «{seed_text[best.start:best.end]}»"
        assert "Arabia Saudita" in best.text
        assert_offsets(seed_checker, answer)

    def test_same_question_in_english(self, seed_checker):
        answer = seed_checker.ask("Where are Rubio, Waltz and Witkoff heading?")
        assert (answer.verdict, answer.kind, answer.lang, answer.citations[0].sentence_index,
                answer.citations[0].stance, answer.text.startswith("According to the article: “Inoltre")) == (
            Verdict.SUPPORTED, Kind.QUESTION, "en", SAUDI, Stance.SUPPORTS, True)

    def test_claim_refuted_by_the_politico_sentence(self, seed_checker):
        answer = seed_checker.ask("Politico reported the plan citing three Republican senators.")
        best = answer.citations[0]
        assert (answer.verdict, answer.kind, best.sentence_index, best.stance) == (
            Verdict.REFUTED, Kind.CLAIM, POLITICO, Stance.REFUTES)
        assert best.text.startswith("Lo riferisce Politico citando un parlamentare repubblicano")
        assert answer.text.startswith(f"The article contradicts this claim: “{best.text}”")
        assert_offsets(seed_checker, answer)

    def test_unanswerable_question_has_no_supporting_citation(self, seed_checker):
        answer = seed_checker.ask("What did Putin say about the call?")
        assert (answer.verdict, answer.kind, [c.stance for c in answer.citations if c.stance is Stance.SUPPORTS]) == (
            Verdict.NOT_ENOUGH_INFO, Kind.QUESTION, [])
        assert answer.text.startswith("The article does not answer this question.")
        assert_offsets(seed_checker, answer)

    @pytest.mark.parametrize("query", [
        pytest.param("Chi ha preso l'iniziativa della telefonata?", id="it-question"),
        pytest.param("Who will not take part in the talks?", id="en-question"),
        pytest.param("La linea fu avviata dall'amministrazione Obama nel 2014.", id="it-claim-date"),
        pytest.param("Lavrov e Rubio non hanno parlato al telefono.", id="it-claim-negation"),
        pytest.param("Qual è la capitale dell'Australia?", id="off-topic"),
    ])
    def test_every_citation_is_a_span_of_its_document(self, shared_seed, query):
        answer = shared_seed.ask(query)
        assert (len(answer.citations) >= 2, all(isinstance(c, Citation) for c in answer.citations)) == (True, True)
        assert_offsets(shared_seed, answer)
        assert 0.0 <= answer.confidence <= 1.0 and answer.latency_ms > 0

    @pytest.mark.parametrize(("query", "kind", "expected"), [
        pytest.param("Rubio is heading to Saudi Arabia", "question", Kind.QUESTION, id="claim-as-question"),
        pytest.param("Where are Rubio, Waltz and Witkoff heading?", "claim", Kind.CLAIM, id="question-as-claim"),
        pytest.param("Where are Rubio, Waltz and Witkoff heading?", None, Kind.QUESTION, id="auto"),
        pytest.param("Rubio is heading to Saudi Arabia", Kind.QUESTION, Kind.QUESTION, id="enum"),
    ])
    def test_kind_override(self, shared_seed, query, kind, expected):
        assert shared_seed.ask(query, kind=kind).kind is expected

    def test_document_filter(self, seed_checker, tmp_path, seed_text):
        heat_id = content_id(GOOD)
        seed_checker.ingest([write(tmp_path / "heat.txt", GOOD)])
        only_heat = seed_checker.ask("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", doc_ids=[heat_id])
        only_seed = seed_checker.ask("How many cooling centres did Rome open?", doc_ids=[content_id(seed_text)])
        assert ({c.doc_id for c in only_heat.citations}, only_heat.verdict) == ({heat_id}, Verdict.NOT_ENOUGH_INFO)
        assert {c.doc_id for c in only_seed.citations} == {content_id(seed_text)}

    def test_k_limits_the_citations(self, shared_seed):
        assert len(shared_seed.ask("Chi ha preso l'iniziativa della telefonata?", k=2).citations) <= 2

    def test_answer_serialises_to_the_result_format(self, shared_seed):
        data = json.loads(json.dumps(shared_seed.ask("Where are Rubio, Waltz and Witkoff heading?").to_dict()))
        assert (sorted(data), sorted(data["citations"][0])) == (
            ["answer", "citations", "confidence", "conflicts", "kind", "lang", "latency_ms", "parts", "query",
             "verdict"],
            ["doc_id", "end", "score", "sentence_index", "stance", "start", "text"])

    @pytest.mark.parametrize(("kwargs", "message"), [
        pytest.param({"query": ""}, r"^the question is empty", id="empty"),
        pytest.param({"query": "x" * 2001}, r"^the question is 2,001 characters long", id="too-long"),
        pytest.param({"query": "Who?", "kind": "statement"}, r"^kind must be 'question' or 'claim', got 'statement'$",
                     id="bad-kind"),
        pytest.param({"query": "Who?", "k": 0}, r"^k must be greater than 0, got 0$", id="bad-k"),
    ])
    def test_bad_input(self, shared_seed, kwargs, message):
        with pytest.raises(InputError, match=message):
            shared_seed.ask(**kwargs)

    def test_empty_index_abstains(self, make_checker):
        answer = make_checker().ask("Who initiated the call?")
        assert (answer.verdict, answer.citations, answer.text) == (
            Verdict.NOT_ENOUGH_INFO, (), "The article does not answer this question.")


def test_context_manager_releases_the_folder(tmp_path, embedder):
    with FactChecker.open(tmp_path / "idx", embedder=embedder) as fc:
        index = fc.index
        assert index._lock is not None
    assert index._lock is None



def test_the_docstring_example_runs(tmp_path, monkeypatch):
    """FactChecker's example is marked +SKIP for plain doctest runs (it needs a folder and the seeds); run it here."""
    import doctest

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)  # the example ingests "seeds/"
    test = doctest.DocTestParser().get_doctest(FactChecker.__doc__, {"FactChecker": FactChecker,
                                                                     "tmp_index": tmp_path / "idx"},
                                               "FactChecker", None, 0)
    for example in test.examples:
        example.options = {}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    try:
        runner.run(test, out=report.append, clear_globs=False)
    finally:
        if "fc" in test.globs:
            test.globs["fc"].close()
    assert (runner.failures, runner.tries) == (0, 3), "".join(report)
