"""Pure helpers of the chat app: labels, the escaped article with highlights, the shared checker."""

from __future__ import annotations

import doctest
import html
import re
import threading
from html.parser import HTMLParser

import pytest

import factcheck.ui
from factcheck import Answer, Citation, Conflict, InputError, Kind, Stance, Verdict
from factcheck.ui import Highlight, SharedChecker, article_html, badge, highlights_for, md_escape, split_citations


def test_doctests():
    assert doctest.testmod(factcheck.ui).failed == 0


def _answer(verdict=Verdict.SUPPORTED, stances=(Stance.SUPPORTS, Stance.NEUTRAL), lang="en", conflicts=()):
    citations = tuple(Citation("d1", i, i * 10, i * 10 + 5, f"s{i}", 0.5, stance, "T")
                      for i, stance in enumerate(stances))
    return Answer(query="q", kind=Kind.CLAIM, verdict=verdict, text="t", confidence=0.8, citations=citations,
                  lang=lang, conflicts=tuple(conflicts))


class TestLabels:
    @pytest.mark.parametrize("verdict, lang, expected", [
        pytest.param(Verdict.SUPPORTED, "en", ("Supported", ":material/check_circle:", "green"), id="supported-en"),
        pytest.param(Verdict.REFUTED, "en", ("Refuted", ":material/cancel:", "red"), id="refuted-en"),
        pytest.param(Verdict.NOT_ENOUGH_INFO, "en", ("Not in the article", ":material/help:", "gray"), id="nei-en"),
        pytest.param(Verdict.SUPPORTED, "it", ("Confermato", ":material/check_circle:", "green"), id="supported-it"),
        pytest.param(Verdict.REFUTED, "it", ("Smentito", ":material/cancel:", "red"), id="refuted-it"),
        pytest.param(Verdict.NOT_ENOUGH_INFO, "it", ("Non nell'articolo", ":material/help:", "gray"), id="nei-it"),
        pytest.param(Verdict.REFUTED, "fr", ("Refuted", ":material/cancel:", "red"), id="unknown-lang-is-english"),
    ])
    def test_badge(self, verdict, lang, expected):
        assert badge(_answer(verdict=verdict, lang=lang)) == expected

    def test_md_escape_shows_markup_as_text(self):
        assert md_escape("**x** :red[y] $z$ <b>\n[l](javascript:1)") == (
            r"\*\*x\*\* \:red\[y\] \$z\$ \<b\> \[l\]\(javascript\:1\)")


class TestSplitCitations:
    def test_verdict_sentences_up_front(self):
        main, more = split_citations(_answer(stances=(Stance.NEUTRAL, Stance.REFUTES, Stance.NEUTRAL)))
        assert [(n, c.stance) for n, c in main] == [(2, Stance.REFUTES)]
        assert [n for n, _ in more] == [1, 3]

    def test_closest_passage_when_no_stance(self):
        main, more = split_citations(_answer(verdict=Verdict.NOT_ENOUGH_INFO, stances=(Stance.NEUTRAL, Stance.NEUTRAL)))
        assert [n for n, _ in main] == [1]
        assert [n for n, _ in more] == [2]

    def test_no_citations(self):
        assert split_citations(_answer(stances=())) == ([], [])


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Collect:
    parser = _Collect()
    parser.feed(markup)
    return parser


class TestArticleHtml:
    TEXT = 'Title <script>alert(1)</script>\n\nFirst "one" & more. Second 2016 here. Third.'

    def test_untrusted_text_is_escaped(self):
        markup = article_html(self.TEXT)
        assert "<script>" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
        parsed = _parse(markup)
        assert [t for t, _ in parsed.tags] == ["div"]
        assert "".join(parsed.text) == self.TEXT  # every character shown, newlines kept

    def test_highlights_and_conflict(self):
        first = self.TEXT.index("First")
        second = self.TEXT.index("Second")
        year = self.TEXT.index("2016")
        marks = [Highlight(second, self.TEXT.index("Third") - 1, Stance.REFUTES, 2),
                 Highlight(first, second - 1, Stance.SUPPORTS, 1)]
        conflict = Conflict(0, 4, "2014", "d1", year, year + 4, "2016", "date")
        parsed = _parse(article_html(self.TEXT, marks, [conflict]))
        tags = [(t, a.get("class"), a.get("id")) for t, a in parsed.tags]
        assert tags == [
            ("div", "fc-article", None),
            ("mark", "fc-hl fc-supports fc-focus", "fc-focus"),  # the first in the text gets the anchor
            ("sup", "fc-num", None),
            ("mark", "fc-hl fc-refutes", None),
            ("span", "fc-conflict", None),
            ("sup", "fc-num", None),
        ]
        shown = "".join(parsed.text)
        assert shown == self.TEXT.replace("here.", "here.2").replace("& more.", "& more.1")  # numbers after marks

    @pytest.mark.parametrize(("reason", "lang", "tip"), [
        pytest.param("date", "en", "The claim says «2014», the article says «2016»", id="en-conflict"),
        pytest.param("debunk", "en", "The article calls it false: «2016»", id="en-called-false"),
        pytest.param("debunk", "it", "L'articolo lo dice falso: «2016»", id="it-called-false"),
        pytest.param("source", "en", "The claim attributes it to «2014», the article to «2016»", id="en-source"),
        pytest.param("source", "it", "L'affermazione lo attribuisce a «2014», l'articolo a «2016»", id="it-source"),
    ])
    def test_conflict_tooltip(self, reason, lang, tip):
        year = self.TEXT.index("2016")
        conflict = Conflict(0, 4, "2014", "d1", year, year + 4, "2016", reason)
        markup = article_html(self.TEXT, [Highlight(0, len(self.TEXT), Stance.REFUTES, 1)], [conflict], lang=lang)
        assert re.findall(r'<span class="fc-conflict" title="([^"]+)">', markup) == [html.escape(tip, quote=True)]

    def test_focus_and_anchor(self):
        marks = [Highlight(0, 5, Stance.NEUTRAL, 1), Highlight(6, 10, Stance.SUPPORTS, 3)]
        markup = article_html("Title <script>", marks, focus=3, anchor="fc-focus-7")
        assert re.findall(r'<mark class="([^"]+)"( id="[^"]+")?', markup) == [
            ("fc-hl fc-neutral", ""), ("fc-hl fc-supports fc-focus", ' id="fc-focus-7"')]

    @pytest.mark.parametrize("start, end", [
        pytest.param(-1, 3, id="negative"), pytest.param(3, 3, id="empty"), pytest.param(0, 999, id="past-end"),
    ])
    def test_bad_spans_are_ignored(self, start, end):
        assert article_html("abc <i>", [Highlight(start, end, Stance.SUPPORTS, 1)]) == (
            '<div class="fc-article">abc &lt;i&gt;</div>')

    def test_overlapping_highlights_keep_the_first(self):
        marks = [Highlight(0, 4, Stance.SUPPORTS, 1), Highlight(2, 6, Stance.REFUTES, 2)]
        assert article_html("abcdefg", marks).count("<mark") == 1

    def test_highlights_for_only_this_document(self):
        answer = _answer(stances=(Stance.SUPPORTS, Stance.NEUTRAL),
                         conflicts=[Conflict(0, 1, "x", "d1", 0, 1, "y"), Conflict(0, 1, "x", "d2", 0, 1, "y")])
        marks, conflicts = highlights_for(answer, "d1")
        assert marks == [Highlight(0, 5, Stance.SUPPORTS, 1)]
        assert [c.doc_id for c in conflicts] == ["d1"]
        assert highlights_for(answer, "other")[0] == []
        assert highlights_for(None, "d1") == ([], [])


SHORT = "Lavrov e Rubio hanno parlato al telefono su iniziativa di Washington. Lo riporta la Tass."


class TestSharedChecker:
    """The real FactChecker on a temp index, as the app uses it."""

    @pytest.fixture
    def shared(self, make_checker):
        return SharedChecker(make_checker())

    def test_upload_paste_remove(self, shared, seed_text):
        report = shared.add_upload(seed_text.encode("utf-8"), "seed.txt")
        assert [d.n_sentences for d in report.added] == [10]
        assert factcheck.ui.report_message(report).startswith("Added «Il ministro degli Esteri russo")
        assert factcheck.ui.report_message(shared.add_upload(seed_text.encode(), "seed.txt")).endswith(
            "is already in the index.")
        pasted = shared.add_text("Rome is the capital of Italy. It has a river.", "  Rome  ")
        assert [d.title for d in pasted.added] == ["Rome"]
        assert len(shared.documents()) == 2
        assert shared.remove(pasted.added[0].doc_id).title == "Rome"
        assert [d.title[:11] for d in shared.documents()] == ["Il ministro"]

    @pytest.mark.parametrize("data, name, message", [
        pytest.param(b"", "a.txt", r"^a\.txt: is empty; give a file with the article text$", id="empty"),
        pytest.param(b"\x00\x01PK\x03\x04", "a.txt", r"^a\.txt: looks like a binary file", id="binary"),
        pytest.param(b"x" * 5_000_001, "big.txt", r"^big\.txt: is 5\.0 MB .* over the 5 MB limit", id="too-large"),
        pytest.param(b"%PDF-1.4", "a.pdf", r"^a\.pdf: unsupported file type '\.pdf'; supported: \.txt", id="type"),
    ])
    def test_upload_errors_leave_index_as_it_was(self, shared, data, name, message):
        shared.add_upload(SHORT.encode("utf-8"), "short.txt")
        with pytest.raises(InputError, match=message) as info:
            shared.add_upload(data, name)
        assert "\n" not in str(info.value)
        assert len(shared.documents()) == 1

    @pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param(" \n\t", id="blank")])
    def test_empty_paste(self, shared, text):
        with pytest.raises(InputError, match="pasted text is empty; paste the text of an article"):
            shared.add_text(text, "Title")

    def test_parallel_asks_and_ingest(self, shared):
        """Several tabs at once: asks while another session adds articles; every call succeeds."""
        shared.add_upload(SHORT.encode("utf-8"), "short.txt")
        errors, answers = [], []

        def ask():
            try:
                for _ in range(2):
                    answers.append(shared.ask("Chi ha preso l'iniziativa della telefonata?", k=3))
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        def add():
            try:
                for i in range(2):
                    shared.add_text(f"Articolo numero {i}. Parla di Roma e di Milano.", f"Art {i}")
            except Exception as exc:  # pragma: no cover
                errors.append(exc)

        threads = [threading.Thread(target=ask) for _ in range(3)] + [threading.Thread(target=add)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        assert len(answers) == 6
        for answer in answers:  # every citation still points at its exact sentence
            assert answer.citations
            for c in answer.citations:
                assert shared.document(c.doc_id).text[c.start:c.end] == c.text
        assert len(shared.documents()) == 3

    def test_answer_language(self, shared):
        shared.add_upload(SHORT.encode("utf-8"), "short.txt")
        question = "Chi ha preso l'iniziativa della telefonata?"
        italian, english = shared.ask(question), shared.ask(question, lang="en")
        assert (italian.lang, english.lang) == ("it", "en")
        assert english.verdict == italian.verdict and english.text != italian.text  # same check, other words
        with pytest.raises(InputError, match="lang must be 'it' or 'en'"):
            shared.ask("Chi?", lang="fr")
