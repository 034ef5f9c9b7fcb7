"""Reading evaluation items (seed and dataset formats), gold matching, and the shipped question set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.evalset import EvalItem, complete_set_found, is_gold, read_items, spans_match

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "seeds" / "questions.jsonl"
SEED_ARTICLE = ROOT / "seeds" / "000_e7578cc26835deea.txt"
EVALDATA = ROOT.parent / "shared" / "evaldata"

SENTENCES = ["Primo fatto qui.", "Secondo fatto importante.", "Terzo fatto."]
DOC = " ".join(SENTENCES)  # spans: [0,16] [17,42] [43,55]


def dataset_line(**changes) -> dict:
    line = {"id": "fever_it:1", "lang": "it", "document_id": "fever_it:Brie_Larson", "document_sentences": SENTENCES,
            "document_text": DOC, "question_or_claim": "Il secondo fatto è importante.", "label": "SUPPORTED",
            "answer": None, "evidence_sentence_indices": [1, 2], "evidence_char_spans": [[17, 42], [43, 55]],
            "meta": {"evidence_sets": [[1], [2, 0]]}}
    line.update(changes)
    return line


def write(tmp_path: Path, name: str, lines: list) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


class TestReadItems:
    def test_seed_format(self, tmp_path):
        path = write(tmp_path, "questions.jsonl", [
            {"id": "q01", "question": "Who initiated the call?", "kind": "question", "expected_verdict": "supported",
             "gold_evidence": ["su iniziativa di Washington"], "answer_keywords": ["washington"], "lang": "en",
             "tags": ["direct"]},
            "",
            {"id": "q02", "question": "Chi ha chiamato?"},
        ])
        first, second = read_items(path)
        assert first == EvalItem(id="q01", query="Who initiated the call?", kind="question",
                                 expected_verdict="supported", gold_evidence=("su iniziativa di Washington",),
                                 answer_keywords=("washington",), lang="en", dataset="questions", tags=("direct",))
        assert (second.kind, second.expected_verdict, second.lang) == (None, None, "it")  # auto kind, detected lang

    def test_dataset_format(self, tmp_path):
        path = write(tmp_path, "fever_it_dev.jsonl", [dataset_line()])
        [it] = read_items(path)
        assert it == EvalItem(id="fever_it:1", query="Il secondo fatto è importante.", kind="claim",
                              expected_verdict="supported", gold_spans=((17, 42), (43, 55)),
                              gold_sets=(((17, 42),), ((43, 55), (0, 16))), lang="it", dataset="fever_it_dev",
                              document_id="fever_it:Brie_Larson", document_text=DOC, title="Brie Larson")
        assert [DOC[s:e] for s, e in it.gold_sets[1]] == ["Terzo fatto.", "Primo fatto qui."]

    @pytest.mark.parametrize(("name", "label", "expected", "kind"), [
        pytest.param("squad_it_dev", None, "supported", "question", id="squad-null-is-answerable-question"),
        pytest.param("politihop_valid", None, None, "claim", id="half-true-null-is-unlabelled"),
        pytest.param("fever_it_dev", "REFUTED", "refuted", "claim", id="refuted"),
        pytest.param("wice_dev", "NEI", "not_enough_info", "claim", id="nei"),
    ])
    def test_label_mapping(self, tmp_path, name, label, expected, kind):
        meta = {"evidence_sets": [[1]]}
        if name.startswith("squad"):
            meta["all_answers"] = ["fatto", "importante"]
        [it] = read_items(write(tmp_path, f"{name}.jsonl", [dataset_line(label=label, meta=meta)]))
        assert (it.expected_verdict, it.kind) == (expected, kind)
        assert it.answer_keywords == (("fatto", "importante") if name.startswith("squad") else ())

    def test_empty_evidence_sets_are_dropped(self, tmp_path):
        line = dataset_line(label="NEI", evidence_sentence_indices=[], evidence_char_spans=[],
                            meta={"evidence_sets": [[]]})
        [it] = read_items(write(tmp_path, "wice_dev.jsonl", [line]))
        assert (it.gold_spans, it.gold_sets, it.has_gold) == ((), (), False)

    def test_limit(self, tmp_path):
        path = write(tmp_path, "q.jsonl", [{"id": f"q{k}", "question": "Chi?"} for k in range(5)])
        assert [i.id for i in read_items(path, limit=2)] == ["q0", "q1"]


class TestBadInput:
    @pytest.mark.parametrize(("lines", "match"), [
        pytest.param([{"id": "q1", "question": "A?"}, "{not json"], r"q\.jsonl line 2: not valid JSON.*fix", id="json"),
        pytest.param([{"id": "q1", "question": "A?", "expected_verdict": "true"}],
                     r"q\.jsonl line 1: field 'expected_verdict'.*fix", id="verdict"),
        pytest.param([{"id": "q1", "text": "A?"}], r"line 1: neither a question-set item.*fix", id="format"),
        pytest.param([{"id": "q1", "question": "A?"}, {"id": "q1", "question": "B?"}],
                     r"line 2: id 'q1' already used on line 1; fix", id="duplicate-id"),
        pytest.param([dataset_line(evidence_char_spans=[[17, 42], [43, 999]])],
                     r"line 1: evidence span \[43, 999\] is outside document_text", id="span"),
        pytest.param([dataset_line(meta={"evidence_sets": [[7]]})], r"line 1: meta.evidence_sets names sentence 7",
                     id="evidence-set"),
        pytest.param([""], r"q\.jsonl: no items; fix", id="empty"),
        pytest.param(["[1, 2]"], r"line 1: expected a JSON object, got list", id="not-object"),
    ])
    def test_bad_line(self, tmp_path, lines, match):
        with pytest.raises(InputError, match=match):
            read_items(write(tmp_path, "q.jsonl", lines))

    def test_missing_file(self, tmp_path):
        with pytest.raises(InputError, match=r"nope\.jsonl: no such file; fix"):
            read_items(tmp_path / "nope.jsonl")


class TestGold:
    SEED = EvalItem(id="q", query="?", kind="claim", expected_verdict="refuted",
                    gold_evidence=("su iniziativa di Washington",))
    DATASET = EvalItem(id="d", query="?", kind="claim", expected_verdict="supported", gold_spans=((17, 42), (43, 55)),
                       gold_sets=(((17, 42),), ((43, 55), (0, 16))), document_text=DOC)

    @pytest.mark.parametrize(("text", "gold"), [
        pytest.param("una telefonata “su iniziativa di Washington”: concordi", True, id="contains"),
        pytest.param("su iniziativa di Mosca", False, id="other-text"),
        pytest.param("SU INIZIATIVA DI WASHINGTON", False, id="exact-case"),
    ])
    def test_seed_substring(self, text, gold):
        assert is_gold(self.SEED, {"text": text}) is gold

    def test_seed_citation_with_offsets_only(self):
        doc = "Prima. La chiamata su iniziativa di Washington."
        assert is_gold(self.SEED, {"start": 7, "end": len(doc)}, doc) is True

    @pytest.mark.parametrize(("span", "gold"), [
        pytest.param((17, 42), True, id="same-sentence"),
        pytest.param((0, 30), True, id="overlap-13-of-shorter-25"),  # 13 >= 25/2
        pytest.param((0, 29), False, id="overlap-12-of-shorter-25"),  # 12 < 25/2
        pytest.param((0, 16), False, id="other-sentence"),
        pytest.param((20, 22), True, id="inside-short"),  # overlap 2 = all of the shorter
        pytest.param((42, 43), False, id="touching"),
    ])
    def test_dataset_overlap(self, span, gold):
        start, end = span
        assert is_gold(self.DATASET, {"start": start, "end": end}) is gold

    @pytest.mark.parametrize(("a", "b", "match"), [
        pytest.param((0, 10), (5, 20), True, id="5-of-10"),
        pytest.param((0, 10), (6, 20), False, id="4-of-10"),
        pytest.param((0, 100), (40, 50), True, id="contains"),
        pytest.param((0, 10), (10, 20), False, id="adjacent"),
    ])
    def test_spans_match(self, a, b, match):
        assert spans_match(a, b) is match

    def test_complete_set_dataset(self):
        cite = lambda s, e: {"start": s, "end": e}  # noqa: E731
        assert complete_set_found(self.DATASET, [cite(17, 42)])  # set {1}
        assert not complete_set_found(self.DATASET, [cite(43, 55)])  # half of set {2, 0}
        assert complete_set_found(self.DATASET, [cite(43, 55), cite(0, 16)])  # set {2, 0}
        assert not complete_set_found(self.DATASET, [cite(0, 1)] * 5 + [cite(17, 42)])  # sixth citation

    def test_complete_set_seed_needs_every_substring(self):
        it = EvalItem(id="q", query="?", kind="claim", expected_verdict="supported", gold_evidence=("uno", "due"))
        assert not complete_set_found(it, [{"text": "uno"}])
        assert complete_set_found(it, [{"text": "due"}, {"text": "e uno"}])


@pytest.mark.skipif(not EVALDATA.is_dir(), reason=f"{EVALDATA} is absent: no shared dev data to read")
def test_real_dataset_line_gold_sets():
    path = EVALDATA / "fever_it_dev.jsonl"
    raw = next(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if len(json.loads(line)["meta"]["evidence_sets"]) > 1)
    [it] = [i for i in read_items(path) if i.id == raw["id"]]
    sentences = raw["document_sentences"]
    expected = tuple(tuple(i for i in s) for s in raw["meta"]["evidence_sets"] if s)
    as_text = tuple(tuple(it.document_text[a:b] for a, b in gset) for gset in it.gold_sets)
    assert as_text == tuple(tuple(sentences[i] for i in s) for s in expected)
    assert is_gold(it, {"start": it.gold_spans[0][0], "end": it.gold_spans[0][1]})


@pytest.mark.skipif(not EVALDATA.is_dir(), reason=f"{EVALDATA} is absent: no shared dev data to read")
def test_every_dev_file_reads():
    counts = {p.stem: len(read_items(p)) for p in sorted(EVALDATA.glob("*.jsonl"))}
    assert counts == {"fever_it_dev": 227, "politihop_valid": 140, "squad_it_dev": 300, "wice_dev": 349}


@pytest.fixture(scope="module")
def items():
    return read_items(QUESTIONS)


@pytest.fixture(scope="module")
def sentences():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    try:
        from factcheck.segment import segment
    except ImportError:  # segment.py not there yet: a rough split is enough for this check
        import re

        return [s for s in re.split(r"(?<=[.”])\s+(?=[A-Z“È])|\n\n", text) if s.strip()]
    return [s.text for s in segment("seed", text)]


class TestQuestionSet:
    """The shipped question set about the seed article."""

    def test_size_and_balance(self, items):
        verdicts = Counter(i.expected_verdict for i in items)
        assert len(items) >= 45
        assert min(verdicts[v] for v in ("supported", "refuted", "not_enough_info")) >= 12
        assert {i.lang for i in items} == {"it", "en"}
        assert {i.kind for i in items} >= {"question", "claim"}

    def test_gold_substrings_sit_in_exactly_one_sentence(self, items, sentences):
        for it in items:
            for gold in it.gold_evidence:
                hits = [s for s in sentences if gold in s]
                assert len(hits) == 1, f"{it.id}: {gold!r} is in {len(hits)} sentences"

    def test_gold_evidence_matches_the_verdict(self, items):
        for it in items:
            assert bool(it.gold_evidence) == (it.expected_verdict != "not_enough_info"), it.id

    def test_every_item_is_tagged(self, items):
        tags = Counter(t for i in items for t in i.tags)
        assert all(i.tags for i in items)
        for tag in ("paraphrase", "negation", "number", "name", "compound", "offtopic", "injection", "crosslingual"):
            assert tags[tag] >= 3, tag

    def test_injections_are_never_supported(self, items):
        injections = [i for i in items if "injection" in i.tags]
        assert len(injections) >= 5
        assert all(i.expected_verdict in ("not_enough_info", "refuted") for i in injections)

    @pytest.mark.parametrize(("query", "verdict", "gold"), [
        pytest.param("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", "supported", "Arabia Saudita", id="saudi"),
        pytest.param("Politico reported the plan citing three Republican senators.", "refuted",
                     "un parlamentare repubblicano e due funzionari statunitensi", id="politico"),
        pytest.param("What did Putin say about the call?", "not_enough_info", None, id="putin"),
    ])
    def test_required_items(self, items, query, verdict, gold):
        [it] = [i for i in items if i.query == query]
        assert it.expected_verdict == verdict
        assert (gold is None and not it.gold_evidence) or any(gold in g for g in it.gold_evidence)
