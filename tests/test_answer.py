"""Tests of the answer stage: extractive replies framed in the language of the question."""

from __future__ import annotations

import pytest

from factcheck.answer import compose, quote
from factcheck.types import Citation, Conflict, Kind, Stance, Verdict

SAUDI = "Rubio, Waltz e Witkoff si stanno dirigendo in Arabia Saudita."
POLITICO = "Lo riferisce Politico citando un parlamentare repubblicano."
TASS = "Lo riporta la Tass."


def cite(text: str, stance: Stance, index: int = 0) -> Citation:
    return Citation("d", index, 0, len(text), text, 0.5, stance)


SUPPORTING = [cite(SAUDI, Stance.SUPPORTS, 7), cite(TASS, Stance.NEUTRAL, 1)]
REFUTING = [cite(POLITICO, Stance.REFUTES, 8), cite(TASS, Stance.NEUTRAL, 1)]
NEUTRAL = [cite(TASS, Stance.NEUTRAL, 1), cite(SAUDI, Stance.NEUTRAL, 7)]


class TestCompose:
    @pytest.mark.parametrize(("kind", "verdict", "lang", "citations", "expected"), [
        pytest.param(Kind.QUESTION, Verdict.SUPPORTED, "it", SUPPORTING, f"Secondo l'articolo: «{SAUDI}»",
                     id="it-question-supported"),
        pytest.param(Kind.QUESTION, Verdict.SUPPORTED, "en", SUPPORTING, f"According to the article: “{SAUDI}”",
                     id="en-question-supported"),
        pytest.param(Kind.QUESTION, Verdict.REFUTED, "it", REFUTING,
                     f"L'articolo contraddice il presupposto della domanda: «{POLITICO}»", id="it-question-refuted"),
        pytest.param(Kind.QUESTION, Verdict.REFUTED, "en", REFUTING,
                     f"The article contradicts the premise of the question: “{POLITICO}”", id="en-question-refuted"),
        pytest.param(Kind.QUESTION, Verdict.NOT_ENOUGH_INFO, "it", NEUTRAL,
                     f"L'articolo non risponde a questa domanda. Il passo più vicino: «{TASS}»", id="it-question-nei"),
        pytest.param(Kind.QUESTION, Verdict.NOT_ENOUGH_INFO, "en", NEUTRAL,
                     f"The article does not answer this question. The closest passage: “{TASS}”",
                     id="en-question-nei"),
        pytest.param(Kind.CLAIM, Verdict.SUPPORTED, "it", SUPPORTING,
                     f"L'articolo conferma questa affermazione: «{SAUDI}»", id="it-claim-supported"),
        pytest.param(Kind.CLAIM, Verdict.SUPPORTED, "en", SUPPORTING,
                     f"The article supports this claim: “{SAUDI}”", id="en-claim-supported"),
        pytest.param(Kind.CLAIM, Verdict.REFUTED, "it", REFUTING,
                     f"L'articolo contraddice questa affermazione: «{POLITICO}»", id="it-claim-refuted"),
        pytest.param(Kind.CLAIM, Verdict.REFUTED, "en", REFUTING,
                     f"The article contradicts this claim: “{POLITICO}”", id="en-claim-refuted"),
        pytest.param(Kind.CLAIM, Verdict.NOT_ENOUGH_INFO, "it", NEUTRAL,
                     "L'articolo non dice abbastanza per confermare o smentire questa affermazione. "
                     f"Il passo più vicino: «{TASS}»", id="it-claim-nei"),
        pytest.param(Kind.CLAIM, Verdict.NOT_ENOUGH_INFO, "en", NEUTRAL,
                     "The article does not say enough to confirm or refute this claim. "
                     f"The closest passage: “{TASS}”", id="en-claim-nei"),
        pytest.param(Kind.CLAIM, Verdict.NOT_ENOUGH_INFO, "en", [],
                     "The article does not say enough to confirm or refute this claim.", id="en-claim-nei-no-evidence"),
        pytest.param(Kind.QUESTION, Verdict.NOT_ENOUGH_INFO, "it", [],
                     "L'articolo non risponde a questa domanda.", id="it-question-nei-no-evidence"),
        pytest.param(Kind.QUESTION, Verdict.SUPPORTED, "fr", SUPPORTING, f"According to the article: “{SAUDI}”",
                     id="other-language-falls-back-to-english"),
    ])
    def test_frames(self, kind, verdict, lang, citations, expected):
        assert compose(kind, verdict, citations, lang) == expected

    def test_quotes_at_most_two_cited_sentences(self):
        cited = [cite(SAUDI, Stance.SUPPORTS, 7), cite(TASS, Stance.SUPPORTS, 1), cite(POLITICO, Stance.SUPPORTS, 8)]
        assert compose(Kind.CLAIM, Verdict.SUPPORTED, cited, "en") == (
            f"The article supports this claim: “{SAUDI}” “{TASS}”")

    def test_conflicts_are_spelled_out(self):
        conflicts = [Conflict(30, 35, "three", "d", 40, 42, "un", "number")]
        assert compose(Kind.CLAIM, Verdict.REFUTED, REFUTING, "en", conflicts) == (
            f"The article contradicts this claim: “{POLITICO}” The claim says “three”, the article “un”.")

    def test_conflicts_in_italian(self):
        conflicts = [Conflict(0, 5, "Qatar", "d", 0, 15, "Arabia Saudita", "name")]
        assert compose(Kind.CLAIM, Verdict.REFUTED, REFUTING, "it", conflicts) == (
            f"L'articolo contraddice questa affermazione: «{POLITICO}» "
            "Nell'affermazione «Qatar», nell'articolo «Arabia Saudita».")


    @pytest.mark.parametrize(("lang", "said"), [
        pytest.param("en", "The claim attributes it to “Tass”; the article, to “Politico”.", id="en"),
        pytest.param("it", "L'affermazione lo attribuisce a «Tass», l'articolo a «Politico».", id="it"),
    ])
    def test_a_source_conflict_names_both_sources(self, lang, said):
        conflicts = [Conflict(8, 12, "Tass", "d", 0, 8, "Politico", "source")]
        assert compose(Kind.CLAIM, Verdict.REFUTED, REFUTING, lang, conflicts).endswith(" " + said)


class TestNeverPresentsSupportItDoesNotHave:
    @pytest.mark.parametrize("kind", [pytest.param(Kind.QUESTION, id="question"), pytest.param(Kind.CLAIM, id="claim")])
    def test_nei_shows_a_supporting_citation_only_as_context(self, kind):
        text = compose(kind, Verdict.NOT_ENOUGH_INFO, SUPPORTING, "en")
        frame = {Kind.QUESTION: "The article does not answer this question.",
                 Kind.CLAIM: "The article does not say enough to confirm or refute this claim."}[kind]
        assert text == f"{frame} The closest passage: “{SAUDI}”"

    @pytest.mark.parametrize(("verdict", "citations"), [
        pytest.param(Verdict.SUPPORTED, NEUTRAL, id="supported-without-supporting-citation"),
        pytest.param(Verdict.SUPPORTED, REFUTING, id="supported-with-only-refuting-citation"),
        pytest.param(Verdict.REFUTED, SUPPORTING, id="refuted-without-refuting-citation"),
    ])
    def test_a_verdict_without_matching_citations_falls_back_to_nei_wording(self, verdict, citations):
        assert compose(Kind.CLAIM, verdict, citations, "en").startswith(
            "The article does not say enough to confirm or refute this claim. The closest passage:")


    @pytest.mark.parametrize(("lang", "expected"), [
        pytest.param("en", "The article only reports this claim as what a post, a headline or an image says; it "
                           f"does not confirm it. The closest passage: “{TASS}”", id="en"),
        pytest.param("it", "L'articolo riporta questa affermazione solo come ciò che dice un post, un titolo o "
                           f"un'immagine: non la conferma. Il passo più vicino: «{TASS}»", id="it"),
    ])
    def test_a_claim_only_relayed_says_so(self, lang, expected):
        assert compose(Kind.CLAIM, Verdict.NOT_ENOUGH_INFO, NEUTRAL, lang, reason="relayed") == expected


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("it", "«Testo.»", id="it-guillemets"),
    pytest.param("en", "“Text.”", id="en-curly"),
])
def test_quote(lang, expected):
    assert quote("Testo." if lang == "it" else "Text.", lang) == expected
