"""Tests of the data types: result shapes (DESIGN.md), stable ids and the root API."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

import factcheck
from factcheck.types import (Answer, Chunk, Citation, ClaimPart, Conflict, Kind, Sentence, Stance, Verdict,
                             content_id, sentence_id)

CITATION = Citation(doc_id="16ebd74e8ce3572e", sentence_index=7, start=1646, end=1911,
                    text="Inoltre il segretario di stato Marco Rubio ...", score=0.0409812345,
                    stance=Stance.SUPPORTS, title="Il ministro degli Esteri russo")


class TestRootAPI:
    def test_all_is_the_public_surface(self):
        assert factcheck.__all__ == [
            "Answer", "Citation", "ClaimPart", "ConfigError", "Conflict", "Document", "EmbedderMismatchError",
            "FactCheckError", "FactChecker", "IndexBusyError", "IngestReport", "InputError", "Kind",
            "ModelLoadError", "Sentence", "Stance", "Verdict",
        ]

    def test_every_name_in_all_is_exported(self):
        assert [name for name in factcheck.__all__ if not hasattr(factcheck, name)] == []

    def test_the_four_design_names_import_from_the_root(self):
        from factcheck import Answer as A, Citation as C, FactChecker as F, Verdict as V

        assert (A, C, V, F.__name__) == (Answer, Citation, Verdict, "FactChecker")


class TestIds:
    def test_content_id_is_the_sha256_prefix(self):
        assert content_id("abc") == hashlib.sha256(b"abc").hexdigest()[:16] == "ba7816bf8f01cfea"

    @pytest.mark.parametrize("text", [
        pytest.param("abc", id="ascii"),
        pytest.param("perché è così «virgolette»", id="accents-and-quotes"),
        pytest.param("", id="empty"),
    ])
    def test_content_id_is_stable_and_16_hex_digits(self, text):
        first, second = content_id(text), content_id(str(text))
        assert (first == second, len(first), set(first) <= set("0123456789abcdef")) == (True, 16, True)

    def test_content_id_changes_with_any_character(self):
        assert content_id("Rubio.") != content_id("Rubio. ")

    def test_sentence_and_chunk_ids(self):
        s = Sentence("d1", 3, 10, 20, "x")
        c = Chunk("d1", 2, (3, 4, 5), 10, 50, "x")
        assert (s.id, sentence_id("d1", 3), c.id, c.sentence_ids) == (
            "d1:3", "d1:3", "d1#c2", ("d1:3", "d1:4", "d1:5"))


class TestEnums:
    @pytest.mark.parametrize(("member", "text"), [
        pytest.param(Verdict.SUPPORTED, "supported", id="supported"),
        pytest.param(Verdict.REFUTED, "refuted", id="refuted"),
        pytest.param(Verdict.NOT_ENOUGH_INFO, "not_enough_info", id="nei"),
        pytest.param(Stance.SUPPORTS, "supports", id="supports"),
        pytest.param(Stance.REFUTES, "refutes", id="refutes"),
        pytest.param(Stance.NEUTRAL, "neutral", id="neutral"),
        pytest.param(Kind.QUESTION, "question", id="question"),
        pytest.param(Kind.CLAIM, "claim", id="claim"),
    ])
    def test_str_is_the_contract_value(self, member, text):
        assert (str(member), member.value, member == text) == (text, text, True)


class TestCitation:
    def test_to_dict_is_the_result_format(self):
        assert CITATION.to_dict() == {
            "doc_id": "16ebd74e8ce3572e", "sentence_index": 7, "start": 1646, "end": 1911,
            "text": "Inoltre il segretario di stato Marco Rubio ...", "score": 0.041, "stance": "supports",
        }

    def test_default_stance_is_neutral(self):
        assert Citation("d", 0, 0, 1, "x", 1.0).to_dict()["stance"] == "neutral"

    def test_sentence_id(self):
        assert CITATION.sentence_id == "16ebd74e8ce3572e:7"

    def test_is_frozen(self):
        with pytest.raises(dataclasses.FrozenInstanceError):
            CITATION.start = 0  # type: ignore[misc]


class TestAnswer:
    def test_to_dict_is_the_result_format(self):
        answer = Answer(
            query="Rubio is going to Saudi Arabia.", kind=Kind.CLAIM, verdict=Verdict.SUPPORTED,
            text="The article supports this claim: “...”", confidence=0.876543, citations=(CITATION,),
            lang="en", parts=(ClaimPart("Rubio is going to Saudi Arabia.", 0, 31, Verdict.SUPPORTED, 0.8765432),),
            conflicts=(Conflict(0, 5, "Rubio", "16ebd74e8ce3572e", 1646, 1651, "Marco", "name"),),
            latency_ms=41.23456, details={"verifier": "rules"},
        )
        assert answer.to_dict() == {
            "query": "Rubio is going to Saudi Arabia.",
            "kind": "claim",
            "verdict": "supported",
            "answer": "The article supports this claim: “...”",
            "confidence": 0.8765,
            "lang": "en",
            "latency_ms": 41.23,
            "citations": [CITATION.to_dict()],
            "parts": [{"text": "Rubio is going to Saudi Arabia.", "start": 0, "end": 31, "verdict": "supported",
                       "confidence": 0.8765}],
            "conflicts": [{"claim_start": 0, "claim_end": 5, "claim_text": "Rubio", "doc_id": "16ebd74e8ce3572e",
                           "start": 1646, "end": 1651, "text": "Marco", "reason": "name"}],
        }

    def test_minimal_answer_to_dict(self):
        answer = Answer("Who?", Kind.QUESTION, Verdict.NOT_ENOUGH_INFO, "The article does not answer this question.",
                        0.8)
        assert answer.to_dict() == {
            "query": "Who?", "kind": "question", "verdict": "not_enough_info",
            "answer": "The article does not answer this question.", "confidence": 0.8, "lang": "en",
            "latency_ms": 0.0, "citations": [], "parts": [], "conflicts": [],
        }

    def test_details_do_not_affect_equality(self):
        a = Answer("q", Kind.CLAIM, Verdict.REFUTED, "t", 0.5, details={"a": 1})
        b = Answer("q", Kind.CLAIM, Verdict.REFUTED, "t", 0.5, details={"b": 2})
        assert a == b
