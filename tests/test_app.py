"""The Streamlit app through AppTest: asking, the article pane, adding and removing articles, errors.

The app reads its index folder from FACTCHECK_INDEX; each test points it at a temp index with the
seed article ingested (built and closed before the app opens it: one process holds a folder).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import SEEDS

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
SEED_ID = "16ebd74e8ce3572e"
CLAIM = "Obama avviò la linea sulle missioni diplomatiche russe nel 2014."  # refuted: 2016 in the article
QUESTION = "Where are Rubio, Waltz and Witkoff heading?"  # answered: Arabia Saudita


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory, embedder):
    """An index folder with the seed article, built once; tests that change it get a copy."""
    from factcheck import FactChecker

    folder = tmp_path_factory.mktemp("app") / "index"
    with FactChecker.open(folder, embedder=embedder) as fc:
        fc.ingest([SEEDS])
    return folder


@pytest.fixture
def app(seed_index, monkeypatch):
    """The app on the shared seed index (for tests that only ask)."""
    monkeypatch.setenv("FACTCHECK_INDEX", str(seed_index))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    return at


@pytest.fixture
def own_app(seed_index, tmp_path, monkeypatch):
    """The app on its own copy of the seed index (for tests that add or remove articles)."""
    folder = tmp_path / "index"
    shutil.copytree(seed_index, folder)
    monkeypatch.setenv("FACTCHECK_INDEX", str(folder))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    return at


def ask(at: AppTest, text: str) -> AppTest:
    at.chat_input[0].set_value(text).run()
    assert not at.exception
    return at


def badges(at: AppTest) -> list[str]:
    return [m.value for m in at.main.markdown if "-badge[" in m.value]


def article(at: AppTest) -> str:
    return next(h.value for h in at.html if h.value.startswith('<div class="fc-article">'))


def articles_listed(at: AppTest) -> list[str]:
    return [b.key.removeprefix("remove_") for b in at.sidebar.button if b.key and b.key.startswith("remove_")]


def plain(markdown: str) -> str:
    """The text a Markdown string shows (the app escapes every sign of untrusted text)."""
    return re.sub(r"\\(.)", r"\1", markdown)


def errors(at: AppTest) -> list[str]:
    return [plain(e.value) for e in at.sidebar.error]


def successes(at: AppTest) -> list[str]:
    return [plain(s.value) for s in at.sidebar.success]


def citation_buttons(at: AppTest) -> list:
    return [b for b in at.main.button if b.key and b.key.startswith("cite_")]


class TestFirstUse:
    def test_empty_chat_shows_what_to_do(self, app):
        assert [m.value for m in app.main.markdown][:1] == ["#### Ask a question or check a claim"]
        assert len(app.pills) == 1 and len(app.pills[0].options) == 6
        assert articles_listed(app) == [SEED_ID]
        assert "10 sentences · Italian" in app.sidebar.markdown[0].value
        assert not app.chat_input[0].proto.disabled
        assert app.selectbox(key="pane_doc").value == SEED_ID
        assert "«su iniziativa di Washington»" not in article(app)  # the article, nothing highlighted yet
        assert "<mark" not in article(app) and "su iniziativa di Washington" in article(app)

    def test_example_chip_asks_it(self, app):
        app.pills[0].set_value(app.pills[0].options[0]).run()
        assert not app.exception
        assert [m.name for m in app.chat_message] == ["user", "assistant"]
        assert badges(app) == [":green-badge[:material/check_circle: Confermato]"]
        assert not app.pills  # the examples make way for the chat


class TestAsk:
    def test_claim_refuted_with_conflict(self, app):
        ask(app, CLAIM)
        assert badges(app) == [":red-badge[:material/cancel: Smentito]"]
        assert app.caption[0].value.startswith("Affermazione · fiducia ")
        assert app.caption[0].value.endswith(" ms")
        first = citation_buttons(app)[0]
        assert first.label.startswith("**[1]** :material/close: Secondo il Cremlino")
        assert "smentisce" in first.label
        html = article(app)
        assert '<mark class="fc-hl fc-refutes fc-focus" id="fc-focus-' in html
        assert '2016</span>' in html and 'class="fc-conflict" title="L&#x27;affermazione dice «2014»' in html

    def test_question_supported_in_english(self, app):
        ask(app, QUESTION)
        assert badges(app) == [":green-badge[:material/check_circle: Supported]"]
        assert app.caption[0].value.startswith("Question · confidence ")
        assert "**Sources**" in [m.value for m in app.main.markdown]
        html = article(app)
        start = html.index('<mark class="fc-hl fc-supports')
        assert "si stanno dirigendo in Arabia Saudita" in html[start:html.index("</mark>", start)]

    def test_citation_click_selects_its_sentence(self, app):
        ask(app, QUESTION)
        buttons = citation_buttons(app)
        assert len(buttons) == 5  # k=5: one up front, four under "More passages consulted"
        buttons[2].click().run()
        assert not app.exception
        reply, doc_id, number = app.session_state.view
        assert (reply, doc_id, number) == (1, SEED_ID, 3)
        marks = re.findall(r'<mark class="([^"]+)"(?: id="[^"]+")? data-n="(\d)"', article(app))
        assert marks == [("fc-hl fc-neutral fc-focus", "3"), ("fc-hl fc-supports", "1")] or marks == [
            ("fc-hl fc-supports", "1"), ("fc-hl fc-neutral fc-focus", "3")]

    def test_settings_k_and_language(self, app):
        app.slider(key="k").set_value(2)
        app.segmented_control(key="lang").set_value("it")
        ask(app, QUESTION)
        assert badges(app) == [":green-badge[:material/check_circle: Confermato]"]
        assert len(citation_buttons(app)) == 2
        assert re.match(r"Verifier: \*\*\w+\*\* · embeddings: \*\*[\w:./-]+\*\*", app.sidebar.caption[-1].value)

    def test_history_and_new_chat(self, app):
        ask(app, CLAIM)
        ask(app, QUESTION)
        assert [m.name for m in app.chat_message] == ["user", "assistant", "user", "assistant"]
        assert len(badges(app)) == 2
        assert app.session_state.view[0] == 3  # the pane shows the latest reply
        next(b for b in app.main.button if b.label == "New chat").click().run()
        assert not app.exception
        assert not app.chat_message and app.session_state.view is None
        assert len(app.pills) == 1

    def test_too_long_query_is_refused_by_the_input(self, app):
        assert app.chat_input[0].proto.max_chars == 2000


class TestArticles:
    def test_upload_shows_the_article_escaped(self, own_app):
        at = own_app
        text = ("Titolo <script>alert(1)</script>\n\n"
                "Roma è la capitale d'Italia. <img src=x onerror=alert(2)> Il Tevere la attraversa.\n")
        at.sidebar.file_uploader[0].set_value(("roma.txt", text.encode("utf-8"), "text/plain")).run()
        assert not at.exception
        assert re.fullmatch(r"Added «Titolo <script>alert\(1\)</script>» \(\d sentences\)\.", successes(at)[0])
        assert len(articles_listed(at)) == 2
        new_id = at.selectbox(key="pane_doc").value
        assert new_id != SEED_ID
        html = article(at)
        assert "<script" not in html and "<img" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
        title_md = next(m.value for m in at.sidebar.markdown if "alert" in m.value)
        assert title_md.startswith(r"Titolo \<script\>alert\(1\)\<")
        at.run()  # the uploader was reset: the file is not ingested again
        assert not successes(at) and len(articles_listed(at)) == 2

    @pytest.mark.parametrize("name, data, message", [
        pytest.param("empty.txt", b"", "empty.txt: is empty; give a file with the article text", id="empty"),
        pytest.param("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
                     "photo.txt: looks like a binary file, not text; give a .txt, .md or .html article", id="binary"),
        pytest.param("big.txt", b"Una frase. " * 460_000, "big.txt: is 5.1 MB (5,060,000 bytes), over the 5 MB limit "
                     "(5,000,000 bytes); split it into smaller files", id="too-large"),
        pytest.param("report.pdf", b"%PDF-1.7 ...", "report.pdf: unsupported file type '.pdf'; supported: .txt, .md, "
                     ".markdown, .html, .htm (convert or rename the file)", id="unsupported-type"),
    ])
    def test_upload_errors(self, own_app, name, data, message):
        at = own_app
        at.sidebar.file_uploader[0].set_value((name, data, "application/octet-stream")).run()
        assert not at.exception
        assert errors(at) == [message]
        assert articles_listed(at) == [SEED_ID]  # nothing lost

    def test_paste(self, own_app):
        at = own_app
        at.text_input(key="paste_title").set_value("Milano")
        at.text_area(key="paste_text").set_value("Milano è in Lombardia. Ha un duomo famoso.")
        at.button(key="FormSubmitter:paste-Add article").click().run()
        assert not at.exception
        assert successes(at) == ["Added «Milano» (2 sentences)."]
        assert len(articles_listed(at)) == 2
        assert at.text_area(key="paste_text").value == "" and at.text_input(key="paste_title").value == ""
        assert "Milano è in Lombardia." in article(at)

    def test_empty_paste_keeps_the_title(self, own_app):
        at = own_app
        at.text_input(key="paste_title").set_value("Senza testo")
        at.text_area(key="paste_text").set_value("   \n ")
        at.button(key="FormSubmitter:paste-Add article").click().run()
        assert not at.exception
        assert errors(at) == ["pasted text is empty; paste the text of an article"]
        assert at.text_input(key="paste_title").value == "Senza testo"
        assert articles_listed(at) == [SEED_ID]

    def test_remove_then_empty_index(self, own_app):
        at = own_app
        ask(at, CLAIM)
        at.sidebar.button(key=f"remove_{SEED_ID}").click().run()
        assert not at.exception
        assert successes(at)[0].startswith("Removed «Il ministro degli Esteri russo")
        assert articles_listed(at) == []
        assert at.chat_input[0].proto.disabled
        assert "The index has no articles" in at.main.info[0].value
        assert at.sidebar.info[0].value.startswith("No articles yet.")
        # The old reply stays readable; its citation can no longer open the removed article.
        assert all(b.disabled for b in citation_buttons(at))
