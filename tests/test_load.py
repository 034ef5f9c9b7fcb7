"""Tests of the loading stage: files, folders, uploads, pasted text, HTML and language."""

from __future__ import annotations

import doctest
import importlib
import re
import time
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.load import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    SUPPORTED_SUFFIXES,
    LoadFailure,
    LoadResult,
    clear_language,
    detect_language,
    html_main_text,
    load_bytes,
    load_file,
    load_paths,
    load_text,
)
from factcheck.types import Document, content_id

# Imported by module path: the package root may export a function named `load`.
load_module = importlib.import_module("factcheck.load")
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e7578cc26835deea.txt"
BINARY = "looks like a binary file, not text; give a .txt, .md or .html article"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_docstring_examples_run():
    result = doctest.testmod(load_module)
    assert (result.failed, result.attempted > 0) == (0, True)


class TestLoadFileErrors:
    @pytest.mark.parametrize(
        ("name", "data", "reason"),
        [
            pytest.param("empty.txt", b"", "is empty; give a file with the article text", id="empty"),
            pytest.param(
                "blank.md", b"  \r\n\t\n  ", "contains only whitespace; give a file with the article text",
                id="whitespace-only",
            ),
            pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BINARY, id="binary-nul"),
            pytest.param("ctrl.txt", bytes(range(1, 9)) * 50 + b"some text", BINARY, id="binary-control-chars"),
            pytest.param(
                "latin1.txt", "perché è così".encode("latin-1"),
                "is not valid UTF-8 (byte 0xe9 at offset 5); save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
                id="latin-1",
            ),
            pytest.param("wide.txt", "ciao".encode("utf-16"), "is UTF-16 encoded; save it as UTF-8", id="utf-16"),
            pytest.param(
                "article.pdf", b"%PDF-1.7 text",
                "unsupported file type '.pdf'; supported: .txt, .md, .markdown, .html, .htm "
                "(convert or rename the file)",
                id="unsupported-suffix",
            ),
            pytest.param(
                "README", b"text",
                "unsupported file type (no suffix); supported: .txt, .md, .markdown, .html, .htm "
                "(convert or rename the file)",
                id="no-suffix",
            ),
            pytest.param(
                "page.html", b"<html><script>var x = 1;</script><nav>Home</nav></html>",
                "has no readable main text in its HTML; save the article text as .txt",
                id="html-without-text",
            ),
        ],
    )
    def test_bad_file(self, tmp_path, name, data, reason):
        path = write(tmp_path / name, data)
        expected = f"{path}: {reason}"
        with pytest.raises(InputError, match=re.escape(expected)) as info:
            load_file(path)
        assert str(info.value) == expected
        assert "\n" not in str(info.value)

    def test_missing_path(self, tmp_path):
        path = tmp_path / "nowhere" / "article.txt"
        expected = f"{path}: no such file or folder; check the path"
        with pytest.raises(InputError, match=re.escape(expected)) as info:
            load_file(str(path))
        assert str(info.value) == expected

    def test_oversized_file(self, tmp_path):
        path = write(tmp_path / "big.txt", b"a" * (MAX_FILE_BYTES + 1))
        expected = (
            f"{path}: is 5.0 MB (5,000,001 bytes), over the 5 MB limit (5,000,000 bytes); "
            "split it into smaller files"
        )
        with pytest.raises(InputError, match=re.escape(expected)) as info:
            load_file(path)
        assert str(info.value) == expected

    def test_file_at_the_limit_loads(self, tmp_path):
        path = write(tmp_path / "limit.txt", b"a" * MAX_FILE_BYTES)
        assert len(load_file(path).text) == MAX_FILE_BYTES

    def test_folder_is_not_a_file(self, tmp_path):
        expected = f"{tmp_path}: is a folder, not a file; load folders with load_paths"
        with pytest.raises(InputError, match=re.escape(expected)):
            load_file(tmp_path)

    def test_empty_path(self):
        with pytest.raises(InputError, match=re.escape("'': empty path; give the path of an article file")):
            load_file("")


class TestLoadFile:
    def test_text_is_kept_byte_for_byte(self, tmp_path):
        data = b"Titolo  \r\nRiga due\tcon tab   \r\n\r\n  rientro\n\n\nultima riga senza a capo  "
        path = write(tmp_path / "crlf.txt", data)
        doc = load_file(path)
        assert doc == Document(
            doc_id=content_id(data.decode("utf-8")),
            text=data.decode("utf-8"),
            title="Titolo",
            source=str(path),
            lang="it",
        )

    def test_utf8_bom_is_dropped(self, tmp_path):
        path = write(tmp_path / "bom.txt", b"\xef\xbb\xbfHello world.\n")
        assert (load_file(path).text, load_file(path).title) == ("Hello world.\n", "Hello world.")

    def test_script_in_text_file_is_plain_text(self, tmp_path):
        text = "Title\n<script>alert('x')</script> & <b>not html</b>\n"
        assert load_file(write(tmp_path / "a.txt", text)).text == text

    def test_seed_article(self):
        expected_text = SEED.read_bytes().decode("utf-8")
        doc = load_file(SEED)
        assert (doc.text, doc.doc_id, doc.source, doc.lang) == (
            expected_text, content_id(expected_text), str(SEED), "it",
        )
        assert doc.title.startswith("Il ministro degli Esteri russo")
        assert len(doc.title) == 120 and doc.title.endswith("…")

    def test_doc_id_is_stable_and_content_derived(self, tmp_path):
        a = write(tmp_path / "a.txt", "Same text.\n")
        b = write(tmp_path / "sub" / "b.md", "Same text.\n")
        c = write(tmp_path / "c.txt", "Other text.\n")
        ids = [load_file(a).doc_id, load_file(a).doc_id, load_file(b).doc_id, load_text("Same text.\n").doc_id]
        assert ids == [content_id("Same text.\n")] * 4
        assert load_file(c).doc_id != ids[0]

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            pytest.param("# Heading\n\nBody.", "Heading", id="markdown-h1"),
            pytest.param("\n\n   ## Sub   heading  \nBody.", "Sub heading", id="blank-lines-then-h2"),
            pytest.param("###\n# Real\n", "Real", id="bare-hashes-skipped"),
            pytest.param("x" * 200, "x" * 119 + "…", id="long-line-truncated"),
            pytest.param("y" * 120 + "\nBody", "y" * 120, id="exactly-120-kept"),
        ],
    )
    def test_title_from_first_line(self, tmp_path, text, title):
        assert load_file(write(tmp_path / "t.md", text)).title == title

    @pytest.mark.parametrize("suffix", [pytest.param(s, id=s) for s in (".TXT", ".Md", ".markdown")])
    def test_suffix_case_and_markdown(self, tmp_path, suffix):
        assert load_file(write(tmp_path / f"a{suffix}", "Text.")).text == "Text."

    def test_html_file_stores_extracted_text(self, tmp_path):
        path = write(tmp_path / "page.htm", "<title>T</title><p>One.</p><p>Two &amp; three.</p>")
        assert load_file(path) == Document(
            doc_id=content_id("One.\n\nTwo & three."), text="One.\n\nTwo & three.", title="T",
            source=str(path), lang="en",
        )


class TestLoadText:
    def test_pasted_text(self):
        text = "  Rubio ha chiamato Lavrov.\r\nLa telefonata è durata un'ora.  "
        assert load_text(text) == Document(
            doc_id=content_id(text), text=text, title="Rubio ha chiamato Lavrov.", source="pasted", lang="it",
        )

    def test_given_title_and_source(self):
        doc = load_text("Body text.", title="  My   title ", source="clipboard")
        assert (doc.title, doc.source) == ("My title", "clipboard")

    def test_blank_title_falls_back_to_first_line(self):
        assert load_text("First line\nSecond", title="  ").title == "First line"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("", "pasted text: is empty; paste the text of an article", id="empty"),
            pytest.param(" \n\t ", "pasted text: is empty; paste the text of an article", id="whitespace"),
            pytest.param(
                b"bytes", "pasted text: expected a string, got bytes; use load_bytes for uploaded files",
                id="not-a-string",
            ),
            pytest.param(
                "a" * (MAX_TEXT_CHARS + 1),
                "pasted text: is 5,000,001 characters, over the 5,000,000-character limit; "
                "split it into smaller parts",
                id="too-long",
            ),
        ],
    )
    def test_bad_text(self, text, expected):
        with pytest.raises(InputError, match=re.escape(expected)) as info:
            load_text(text)
        assert str(info.value) == expected


class TestLoadBytes:
    @pytest.mark.parametrize(
        ("name", "data", "text", "title"),
        [
            pytest.param("a.txt", b"Hello.\r\nWorld.", "Hello.\r\nWorld.", "Hello.", id="txt"),
            pytest.param("a.md", b"# Head\n\nBody.\n", "# Head\n\nBody.\n", "Head", id="md"),
            pytest.param("a.markdown", b"## H\nB", "## H\nB", "H", id="markdown"),
            pytest.param(
                "a.html", b"<html><head><title>Page</title></head><body><p>A &lt;b&gt;.</p></body></html>",
                "A <b>.", "Page", id="html",
            ),
            pytest.param("A.HTM", b"<h1>Head</h1><p>Body.</p>", "Head\n\nBody.", "Head", id="htm-upper"),
        ],
    )
    def test_formats(self, name, data, text, title):
        assert load_bytes(data, name) == Document(
            doc_id=content_id(text), text=text, title=title, source=name, lang="en",
        )

    @pytest.mark.parametrize(
        ("name", "data", "expected"),
        [
            pytest.param(
                "scan.docx", b"x",
                "scan.docx: unsupported file type '.docx'; supported: .txt, .md, .markdown, .html, .htm "
                "(convert or rename the file)",
                id="unsupported",
            ),
            pytest.param(
                "big.txt", b"a" * (MAX_FILE_BYTES + 1),
                "big.txt: is 5.0 MB (5,000,001 bytes), over the 5 MB limit (5,000,000 bytes); "
                "split it into smaller files",
                id="too-large",
            ),
            pytest.param("bin.md", b"\x00\x01\x02", f"bin.md: {BINARY}", id="binary"),
            pytest.param("empty.html", b"", "empty.html: is empty; give a file with the article text", id="empty"),
        ],
    )
    def test_bad_upload(self, name, data, expected):
        with pytest.raises(InputError, match=re.escape(expected)) as info:
            load_bytes(data, name)
        assert str(info.value) == expected


class TestLoadPaths:
    def test_batch_with_good_and_bad_inputs(self, tmp_path):
        folder = tmp_path / "articles"
        good_a = write(folder / "a.txt", "Article A.\n")
        write(folder / "copy_of_a.txt", "Article A.\n")  # same content: kept once
        good_b = write(folder / "sub" / "b.md", "# Article B\n")
        bad_empty = write(folder / "sub" / "empty.txt", b"")
        bad_latin = write(folder / "z.html", "<p>è</p>".encode("latin-1"))
        write(folder / "notes.pdf", b"%PDF")  # unsupported suffix inside a folder: skipped
        write(folder / ".hidden.txt", "Hidden.")
        write(folder / ".git" / "x.txt", "Hidden folder.")
        single = write(tmp_path / "single.txt", "Single.")
        missing = tmp_path / "missing.txt"
        pasted = load_text("Pasted.")

        result = load_paths([folder, str(single), missing, pasted, single])

        assert [d.source for d in result.documents] == [str(good_a), str(good_b), str(single), "pasted"]
        assert result.failures == (
            LoadFailure(str(bad_empty), "is empty; give a file with the article text"),
            LoadFailure(
                str(bad_latin),
                "is not valid UTF-8 (byte 0xe8 at offset 3); save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
            ),
            LoadFailure(str(missing), "no such file or folder; check the path"),
        )

    def test_folder_without_articles(self, tmp_path):
        write(tmp_path / "empty_dir" / "image.png", b"\x89PNG")
        write(tmp_path / "empty_dir" / ".draft.txt", "Hidden.")
        folder = tmp_path / "empty_dir"
        assert load_paths([folder]) == LoadResult(
            documents=(),
            failures=(
                LoadFailure(
                    str(folder),
                    f"no articles (.txt, .md, .html) found in {folder}; add article files "
                    "(hidden files and folders are skipped)",
                ),
            ),
        )

    def test_folder_files_are_sorted(self, tmp_path):
        for name in ("b.txt", "a/z.md", "a.txt", "c/d/e.htm"):
            write(tmp_path / name, f"<p>{name}</p>" if name.endswith(".htm") else name)
        sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in load_paths([tmp_path]).documents]
        assert sources == ["a/z.md", "a.txt", "b.txt", "c/d/e.htm"]

    def test_single_path_is_not_iterated_as_characters(self, tmp_path):
        path = write(tmp_path / "one.txt", "One.")
        assert [d.source for d in load_paths(str(path)).documents] == [str(path)]

    def test_non_path_item_is_a_failure(self):
        assert load_paths([42]) == LoadResult(
            documents=(),
            failures=(LoadFailure("42", "is not a path or a Document; give the path of an article file or folder"),),
        )

    def test_failure_reasons_are_one_line(self, tmp_path):
        bad = [write(tmp_path / "e.txt", b""), write(tmp_path / "b.txt", b"\x00"), tmp_path / "nope.md"]
        result = load_paths(bad)
        assert len(result.failures) == 3
        assert [("\n" in f.reason, f.reason.startswith(f.source)) for f in result.failures] == [(False, False)] * 3

    def test_thousand_small_files_load_fast(self, tmp_path):
        for i in range(1000):
            write(tmp_path / f"{i:04d}.txt", f"Article number {i}.\nThe minister said something.\n")
        start = time.perf_counter()
        result = load_paths([tmp_path])
        elapsed = time.perf_counter() - start
        assert (len(result.documents), result.failures) == (1000, ())
        assert elapsed < 2.0, f"loading 1,000 small files took {elapsed:.2f} s"


class TestHtmlMainText:
    def test_article_is_preferred_and_chrome_removed(self):
        html = """<!DOCTYPE html>
<html><head><title>Lavrov &amp; Rubio | News</title><style>p { color: red }</style></head>
<body>
  <header><h1>News site</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main>
    <aside>Most read: something else</aside>
    <article>
      <h1>Lavrov and   Rubio spoke</h1>
      <!-- a comment -->
      <p>The call was made on <b>Washington's</b>
         initiative.</p>
      <script>track("read");</script>
      <p>They agreed to &laquo;regular contacts&raquo;&nbsp;soon.</p>
      <div hidden>Hidden teaser</div>
      <ul><li>First point</li><li>Second <i>point</i></li></ul>
      <form><input name="q"><button>Subscribe</button></form>
    </article>
    <article><p>Short teaser.</p></article>
  </main>
  <footer>Copyright</footer>
</body></html>"""
        assert html_main_text(html) == (
            "Lavrov & Rubio | News",
            "Lavrov and Rubio spoke\n\n"
            "The call was made on Washington's initiative.\n\n"
            "They agreed to «regular contacts» soon.\n\n"
            "First point\n\n"
            "Second point",
        )

    def test_main_is_preferred_over_body(self):
        html = "<body><div>Cookie banner</div><main><p>Story.</p></main></body>"
        assert html_main_text(html) == ("Story.", "Story.")

    def test_body_when_no_article_or_main(self):
        html = "<body><h2>Sub</h2><div>One <span>inline</span><div>Nested block</div>tail</div></body>"
        assert html_main_text(html) == ("Sub", "Sub\n\nOne inline\n\nNested block\n\ntail")

    def test_title_falls_back_to_first_h1(self):
        html = "<header><h1>Headline in header</h1></header><p>Body.</p>"
        assert html_main_text(html) == ("Headline in header", "Body.")

    def test_br_and_table_cells(self):
        html = "<p>Line one<br>Line two<br/><br/>Line three</p><table><tr><td>a</td><td>b</td></tr></table>"
        assert html_main_text(html) == ("Line one", "Line one\nLine two\nLine three\n\na b")

    def test_empty_page(self):
        assert html_main_text("<html><body><script>x()</script></body></html>") == ("", "")


class TestDetectLanguage:
    @pytest.mark.parametrize(
        ("text", "lang"),
        [
            pytest.param("Chi ha chiamato?", "it", id="it-short-question"),
            pytest.param("Who called?", "en", id="en-short-question"),
            pytest.param("Dove si stanno dirigendo Rubio, Waltz e Witkoff?", "it", id="it-names-question"),
            pytest.param("What did Putin say about the call?", "en", id="en-names-question"),
            pytest.param("Chi ha preso l'iniziativa della telefonata?", "it", id="it-elision"),
            pytest.param("Kellogg parteciperà ai colloqui", "it", id="it-claim"),
            pytest.param("Kellogg will attend the talks", "en", id="en-claim"),
            pytest.param("Will Kellogg attend?", "en", id="en-modal-question"),
            pytest.param("Perché Lavrov e Rubio si sono sentiti?", "it", id="it-accented"),
            pytest.param(
                "Il ministro degli Esteri russo Sergei Lavrov e l’omologo americano Marco Rubio hanno avuto "
                "una conversazione telefonica.", "it", id="it-sentence-typographic-apostrophe",
            ),
            pytest.param(
                "The Russian foreign minister and his American counterpart spoke by phone at the "
                "initiative of Washington.", "en", id="en-sentence",
            ),
            pytest.param("", "en", id="empty-defaults-to-en"),
            pytest.param("Rubio, Lavrov, Witkoff", "en", id="names-only-defaults-to-en"),
        ],
    )
    def test_language(self, text, lang):
        assert detect_language(text) == lang

    @pytest.mark.parametrize(("text", "lang"), [
        pytest.param("Lavrov and Rubio spoke by phone.", "en", id="en"),
        pytest.param("Lavrov e Rubio hanno parlato al telefono.", "it", id="it"),
        pytest.param("Rubio, Lavrov, Witkoff", None, id="names-only-is-no-language"),
        # no function word: word endings decide (Italian words end in a vowel)
        pytest.param("Politico cites two US officials.", "en", id="en-no-function-word"),
        pytest.param("Politico cita due funzionari statunitensi.", "it", id="it-no-function-word"),
        pytest.param("summit bilaterale Mosca", None, id="too-few-words-to-tell"),
        pytest.param("", None, id="empty"),
    ])
    def test_clear_language(self, text, lang):
        # what the verifier reads to tell a claim in another language than its article (no default)
        assert clear_language(text) == lang

    def test_seed_article_is_italian(self):
        assert detect_language(SEED.read_text(encoding="utf-8")) == "it"


def test_public_names():
    assert sorted(load_module.__all__) == sorted(
        [
            "MAX_FILE_BYTES", "MAX_TEXT_CHARS", "SUPPORTED_SUFFIXES", "LoadFailure", "LoadResult",
            "clear_language", "detect_language", "html_main_text", "load_bytes", "load_file", "load_paths", "load_text",
        ]
    )
    assert (MAX_FILE_BYTES, MAX_TEXT_CHARS, SUPPORTED_SUFFIXES) == (
        5_000_000, 5_000_000, (".txt", ".md", ".markdown", ".html", ".htm"),
    )
