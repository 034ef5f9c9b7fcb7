"""Tests of query handling: validation, question-or-claim detection, kind parsing, language."""

from __future__ import annotations

import pytest

from factcheck.errors import InputError
from factcheck.query import MAX_QUERY_CHARS, clean_query, detect_kind, parse_kind, query_language
from factcheck.types import Kind


class TestCleanQuery:
    @pytest.mark.parametrize(("query", "expected"), [
        pytest.param("Chi ha chiamato?", "Chi ha chiamato?", id="unchanged"),
        pytest.param("  Who called?\n", "Who called?", id="stripped"),
        pytest.param("Rubio\x00 e\x07 Lavrov", "Rubio  e  Lavrov", id="control-chars-become-spaces"),
        pytest.param("Rubio\te Lavrov", "Rubio\te Lavrov", id="tab-kept"),
        pytest.param("x" * MAX_QUERY_CHARS, "x" * MAX_QUERY_CHARS, id="at-the-limit"),
    ])
    def test_cleans(self, query, expected):
        assert clean_query(query) == expected

    @pytest.mark.parametrize(("query", "message"), [
        pytest.param("", r"^the question is empty; type a question or a claim about the articles$", id="empty"),
        pytest.param("   \n\t ", r"^the question is empty", id="whitespace"),
        pytest.param("?!...", r"^the question is empty", id="punctuation-only"),
        pytest.param("\x00\x01", r"^the question is empty", id="control-only"),
        pytest.param("x" * (MAX_QUERY_CHARS + 1),
                     r"^the question is 2,001 characters long; the limit is 2,000: ask about one point at a time$",
                     id="too-long"),
        pytest.param(None, r"^the question must be text, got NoneType$", id="none"),
        pytest.param(42, r"^the question must be text, got int$", id="int"),
        pytest.param(b"Who?", r"^the question must be text, got bytes$", id="bytes"),
    ])
    def test_rejects(self, query, message):
        with pytest.raises(InputError, match=message):
            clean_query(query)


class TestDetectKind:
    @pytest.mark.parametrize(("query", "kind"), [
        # Italian questions, with and without '?'
        pytest.param("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", Kind.QUESTION, id="it-dove-mark"),
        pytest.param("Chi ha preso l'iniziativa della telefonata", Kind.QUESTION, id="it-chi-no-mark"),
        pytest.param("Perché Kellogg non parteciperà", Kind.QUESTION, id="it-perche-accent-no-mark"),
        pytest.param("Quanti senatori ha citato Politico", Kind.QUESTION, id="it-quanti-no-mark"),
        pytest.param("In che anno Obama ha avviato la linea", Kind.QUESTION, id="it-in-che-no-mark"),
        pytest.param("Keith Kellogg parteciperà ai colloqui?", Kind.QUESTION, id="it-yes-no-mark"),
        # English questions, with and without '?'
        pytest.param("Where are Rubio, Waltz and Witkoff heading?", Kind.QUESTION, id="en-where-mark"),
        pytest.param("Who initiated the call", Kind.QUESTION, id="en-who-no-mark"),
        pytest.param("Will Kellogg attend", Kind.QUESTION, id="en-will-no-mark"),
        pytest.param("Is Rubio going to Saudi Arabia", Kind.QUESTION, id="en-is-no-mark"),
        pytest.param("Rubio is going to Saudi Arabia?", Kind.QUESTION, id="en-statement-with-mark"),
        pytest.param("Who won?？", Kind.QUESTION, id="fullwidth-mark"),
        # Claims
        pytest.param("Kellogg parteciperà ai colloqui", Kind.CLAIM, id="it-claim-no-period"),
        pytest.param("Lavrov e Rubio non hanno parlato al telefono.", Kind.CLAIM, id="it-claim"),
        pytest.param("Secondo la Tass i colloqui sono falliti", Kind.CLAIM, id="it-claim-secondo"),
        pytest.param("Come previsto, Rubio è partito per Riad.", Kind.CLAIM, id="it-claim-starting-come"),
        pytest.param("Kellogg will attend the talks", Kind.CLAIM, id="en-claim-no-period"),
        pytest.param("Politico reported the plan citing three Republican senators.", Kind.CLAIM, id="en-claim"),
        pytest.param("When Rubio landed in Riyadh, the talks began.", Kind.CLAIM, id="en-claim-starting-when"),
        pytest.param("Howard met Rubio", Kind.CLAIM, id="en-name-starting-with-how"),
        pytest.param("Isabella met Rubio", Kind.CLAIM, id="en-name-starting-with-is"),
        # a question whether a statement is true is that statement
        pytest.param("È vero che Kellogg parteciperà ai colloqui?", Kind.CLAIM, id="it-e-vero-che"),
        pytest.param("Is it true that the call was initiated by Moscow?", Kind.CLAIM, id="en-is-it-true-that"),
        pytest.param("Vero o falso: Rubio è il segretario di stato.", Kind.CLAIM, id="it-vero-o-falso"),
        pytest.param("Is it true?", Kind.QUESTION, id="en-is-it-true-alone"),
    ])
    def test_table(self, query, kind):
        assert detect_kind(query) is kind


class TestParseKind:
    @pytest.mark.parametrize(("value", "expected"), [
        pytest.param(None, None, id="none"),
        pytest.param("claim", Kind.CLAIM, id="claim"),
        pytest.param(" Question ", Kind.QUESTION, id="question-any-case"),
        pytest.param(Kind.CLAIM, Kind.CLAIM, id="enum"),
    ])
    def test_parses(self, value, expected):
        assert parse_kind(value) is expected

    @pytest.mark.parametrize("value", [pytest.param("statement", id="word"), pytest.param(3, id="int")])
    def test_rejects(self, value):
        with pytest.raises(InputError, match=rf"^kind must be 'question' or 'claim', got {value!r}$"):
            parse_kind(value)


@pytest.mark.parametrize(("query", "lang"), [
    pytest.param("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", "it", id="it"),
    pytest.param("Where are Rubio, Waltz and Witkoff heading?", "en", id="en"),
])
def test_query_language(query, lang):
    assert query_language(query) == lang
