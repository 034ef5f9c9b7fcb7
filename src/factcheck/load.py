"""Load articles: text and Markdown files, HTML files (main text only), uploads and pasted text.

A text or Markdown file's `Document.text` is its decoded UTF-8 text exactly (no stripping, no
newline normalisation), so citation offsets index the file itself. The one exception is a
leading UTF-8 byte-order mark, which is dropped: it is an encoding marker, not text, and kept
it would glue itself to the first word (and the title). For HTML the stored text is the
extracted main text, and offsets index that.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from factcheck.errors import InputError
from factcheck.types import Document, content_id

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "LoadFailure",
    "LoadResult",
    "clear_language",
    "detect_language",
    "html_main_text",
    "load_bytes",
    "load_file",
    "load_paths",
    "load_text",
]

MAX_FILE_BYTES = 5_000_000  # documented size limit per file (5 MB)
MAX_TEXT_CHARS = 5_000_000  # pasted text limit
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_TITLE_CHARS = 120

_TEXT_SUFFIXES = (".txt", ".md", ".markdown")
_HTML_SUFFIXES = (".html", ".htm")
_SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)
_BINARY_FIX = "looks like a binary file, not text; give a .txt, .md or .html article"

# Bytes that never appear in ordinary text: C0 controls except tab, LF, VT, FF, CR; plus DEL.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_NON_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_BINARY_SAMPLE_BYTES = 65_536
_BINARY_CONTROL_SHARE = 0.10  # real text has ~0 %; 10 % keeps odd-but-textual files loadable


@dataclass(frozen=True)
class LoadFailure:
    """An input of a batch that could not be loaded."""

    source: str  # the path (or "pasted text")
    reason: str  # one line: what is wrong and how to fix it


@dataclass(frozen=True)
class LoadResult:
    """What `load_paths` loaded, and what it could not."""

    documents: tuple[Document, ...]
    failures: tuple[LoadFailure, ...]


def _error(source: str, reason: str) -> InputError:
    """An InputError whose one-line message starts with the source, as `load_paths` expects."""
    return InputError(f"{source}: {_one_line(reason)}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB ({n:,} bytes)"


# ---------------------------------------------------------------------------------------------
# Titles and language


def _title_from_text(text: str) -> str:
    """First non-empty line, without leading Markdown `#`, whitespace collapsed, at most 120 chars."""
    for line in text.splitlines():
        title = _one_line(line.lstrip().lstrip("#"))
        if title:
            return _truncate(title)
    return ""


def _truncate(title: str) -> str:
    if len(title) <= MAX_TITLE_CHARS:
        return title
    return title[: MAX_TITLE_CHARS - 1].rstrip() + "…"


# Function words that are frequent in one language and rare in the other. Words shared by both
# ("a", "in", "i", "me", "no", "so", "all", "come") are left out on purpose. Elided Italian
# forms ("l'", "dell'", "un'") are split at the apostrophe, so their stems are listed too.
_ITALIAN_WORDS = frozenset(
    """
    il lo la gli le l un uno una di del dello della dei degli delle dell da dal dallo dalla dai
    dagli dalle dall nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle sull
    al allo alla ai agli alle ad e ed è o oppure che chi cui non né per con tra fra si ci ne se
    sono sei siamo siete era erano essere stato stata stati state sarà saranno ha hanno ho hai
    abbiamo avete aveva avevano avuto anche ma però perché più già ancora molto sempre mai
    cosa dove quando quale quali quanto quanti quanta quante questo questa questi queste quest
    quello quella quelli quelle suo sua suoi sue loro lui lei noi voi io dopo prima senza sia
    sta stanno stava fatto detto così mentre secondo tutto tutti tutte po c nessun nessuno
    """.split()
)
_ENGLISH_WORDS = frozenset(
    """
    the an of and or is are was were be been being am to at on by for from with about into
    over after before between against during without who whom whose what which where when
    why how did does do done doing has have had having will would can could should may might
    must shall not this that these those it its he she they them their his her him we you our
    your there here than then also but if as said says say s t any only just more most very
    because while up out one isn aren wasn weren don doesn didn won
    """.split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_LANG_SAMPLE_CHARS = 20_000  # the opening of a long article decides; keeps detection O(1)


def detect_language(text: str) -> str:
    """Return "it" or "en" by counting Italian and English function words ("en" on a tie).

    Works on whole articles and on short questions.

    >>> detect_language("Chi ha chiamato?")
    'it'
    >>> detect_language("Who called?")
    'en'
    """
    italian, english = _language_votes(text)
    return "it" if italian > english else "en"


def clear_language(text: str) -> str | None:
    """"it" or "en" when the text's function words say so, None on a tie ("Lavrov Rubio telefonata").

    >>> clear_language("Lavrov and Rubio spoke by phone."), clear_language("Lavrov, Rubio")
    ('en', None)
    """
    italian, english = _language_votes(text)
    if italian == english:
        # no function word decides ("Politico cites two US officials."): Italian words end in a vowel,
        # English ones mostly do not; two thirds of at least two lower-case words decide, else None
        words = [w for w in _WORD_RE.findall(text[:_LANG_SAMPLE_CHARS]) if w.islower() and len(w) >= 3]
        italian = sum(w[-1] in "aeiouàèéìòù" for w in words)
        english = len(words) - italian
        if len(words) < 2 or 3 * max(italian, english) < 2 * len(words):
            return None
    return "it" if italian > english else "en"


def _language_votes(text: str) -> tuple[int, int]:
    italian = english = 0
    for word in _WORD_RE.findall(text[:_LANG_SAMPLE_CHARS].lower()):
        if word in _ITALIAN_WORDS:
            italian += 1
        elif word in _ENGLISH_WORDS:
            english += 1
    return italian, english


# ---------------------------------------------------------------------------------------------
# HTML

_DROPPED_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "template", "head", "title", "meta", "link",
)  # fmt: skip
# Elements that start a new block (separated by a blank line); everything else is inline.
_BLOCK_TAGS = frozenset(
    """
    address article blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure h1 h2 h3 h4 h5 h6 hgroup hr html li main menu ol p pre section summary
    table tbody thead tfoot tr ul
    """.split()
)
_CELL_TAGS = frozenset(("td", "th"))  # cells of a row stay on one line, separated by a space
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_BLOCK_END = object()  # stack marker: the block element opened before it ends here


def html_main_text(html: str) -> tuple[str, str]:
    """Return (title, main text) of an HTML page.

    Title: <title>, else the first <h1>, else the first line of the main text. Main text:
    scripts, styles, navigation, headers, footers, asides, forms and the like are dropped;
    the longest <article> is preferred, then <main>, then <body>. Blocks (paragraphs,
    headings, list items, divs...) are separated by a blank line; inside a block, whitespace
    is collapsed to single spaces and <br> becomes a newline. Entities are decoded.

    >>> html_main_text("<title>T</title><nav>menu</nav><p>One &amp; two.</p><p>Three.</p>")
    ('T', 'One & two.\\n\\nThree.')
    """
    soup = BeautifulSoup(html, "html.parser")
    title = ""
    if soup.title is not None:
        title = _one_line(soup.title.get_text(" "))
    if not title and (h1 := soup.find("h1")) is not None:
        title = _one_line(h1.get_text(" "))  # read before <header> (which often holds it) goes
    for tag in soup.find_all(_DROPPED_TAGS):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(hidden=True):
        if not tag.decomposed:
            tag.decompose()
    root = _main_element(soup)
    text = "\n\n".join(_blocks(root))
    return _truncate(title) if title else _title_from_text(text), text


def _main_element(soup: BeautifulSoup) -> Tag:
    articles = soup.find_all("article")
    if articles:
        # Teasers and related-story boxes are articles too; the story itself is the longest.
        return max(articles, key=lambda a: len(a.get_text()))
    for name in ("main", "body"):
        if (tag := soup.find(name)) is not None:
            return tag
    return soup


def _blocks(root: Tag) -> list[str]:
    """Text blocks of `root` in document order (iterative: deep pages must not hit recursion limits)."""
    blocks: list[str] = []
    lines: list[list[str]] = [[]]  # the current block: lines (split by <br>) of text pieces

    def flush() -> None:
        text = "\n".join(filter(None, (_one_line("".join(line)) for line in lines)))
        if text:
            blocks.append(text)
        lines[:] = [[]]

    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if node is _BLOCK_END:
            flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                lines[-1].append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            lines.append([])
            continue
        if name in _CELL_TAGS:
            lines[-1].append(" ")
        if name in _BLOCK_TAGS:
            flush()
            stack.append(_BLOCK_END)
        stack.extend(reversed(node.contents))
    flush()
    return blocks


# ---------------------------------------------------------------------------------------------
# Documents


def load_text(text: str, title: str | None = None, source: str = "pasted") -> Document:
    """Make a Document from text the user pasted; the text is kept exactly as given.

    Args:
        text: the article text.
        title: shown to the user; when empty, the first non-empty line of the text.
        source: where the text came from.

    Returns:
        A Document whose id is derived from the text.

    Raises:
        InputError: the text is not a string, is empty, or is longer than MAX_TEXT_CHARS.

    >>> doc = load_text("# Rubio calls Lavrov\\nThe call was made on Washington's initiative.")
    >>> doc.title, doc.lang
    ('Rubio calls Lavrov', 'en')
    """
    label = "pasted text"
    if not isinstance(text, str):
        raise _error(label, f"expected a string, got {type(text).__name__}; use load_bytes for uploaded files")
    if len(text) > MAX_TEXT_CHARS:
        raise _error(
            label,
            f"is {len(text):,} characters, over the {MAX_TEXT_CHARS:,}-character limit; "
            "split it into smaller parts",
        )
    if not text.strip():
        raise _error(label, "is empty; paste the text of an article")
    given = _one_line(title) if title else ""
    return Document(
        doc_id=content_id(text),
        text=text,
        title=given or _title_from_text(text),
        source=source,
        lang=detect_language(text),
    )


def load_bytes(data: bytes, name: str) -> Document:
    """Make a Document from the bytes of an uploaded file; `name`'s suffix decides the format.

    Raises:
        InputError: unsupported suffix, too large, binary, not UTF-8, or no text.

    >>> load_bytes(b"<h1>Title</h1><p>Text.</p>", "page.html").text
    'Title\\n\\nText.'
    """
    source = str(name)
    suffix = _suffix(source)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise _error(source, f"expected bytes, got {type(data).__name__}; use load_text for text")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source, len(data))
    return _document(data, source, suffix)


def load_file(path: str | Path) -> Document:
    """Load one .txt, .md, .markdown, .html or .htm file.

    Raises:
        InputError: the path is missing, a folder, unsupported, too large, binary, not
            UTF-8, or has no text. The message starts with the path.
    """
    source = str(path)
    if not source:
        raise _error("''", "empty path; give the path of an article file")
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise _error(source, "no such file or folder; check the path") from None
    except OSError as exc:
        raise _error(source, f"cannot be read ({exc.strerror}); check the path and its permissions") from exc
    if p.is_dir():
        raise _error(source, "is a folder, not a file; load folders with load_paths")
    if not p.is_file():
        raise _error(source, "is not a regular file; give a .txt, .md or .html article")
    suffix = _suffix(source)
    if st.st_size > MAX_FILE_BYTES:
        raise _too_large(source, st.st_size)
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    except OSError as exc:
        raise _error(source, f"cannot be read ({exc.strerror}); check its permissions") from exc
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source, len(data))
    return _document(data, source, suffix)


def _suffix(source: str) -> str:
    suffix = Path(source).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "(no suffix)"
        raise _error(
            source,
            f"unsupported file type {shown}; supported: {_SUPPORTED_LIST} (convert or rename the file)",
        )
    return suffix


def _too_large(source: str, n: int) -> InputError:
    return _error(
        source,
        f"is {_size(n)}, over the {MAX_FILE_BYTES // 1_000_000} MB limit ({MAX_FILE_BYTES:,} bytes); "
        "split it into smaller files",
    )


def _decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(source, "is UTF-16 encoded; save it as UTF-8")
    if b"\x00" in data:
        raise _error(source, _BINARY_FIX)
    sample = data[:_BINARY_SAMPLE_BYTES]
    if sample and len(sample.translate(None, _NON_CONTROL_BYTES)) > _BINARY_CONTROL_SHARE * len(sample):
        raise _error(source, _BINARY_FIX)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise _error(
            source,
            f"is not valid UTF-8 (byte 0x{bad} at offset {exc.start}); "
            "save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
        ) from None
    return text.removeprefix("\ufeff")


def _document(data: bytes, source: str, suffix: str) -> Document:
    raw = _decode(data, source)
    if not raw.strip():
        what = "is empty" if not raw else "contains only whitespace"
        raise _error(source, f"{what}; give a file with the article text")
    if suffix in _HTML_SUFFIXES:
        title, text = html_main_text(raw)
        if not text.strip():
            raise _error(source, "has no readable main text in its HTML; save the article text as .txt")
    else:
        text = raw
        title = _title_from_text(text)
    return Document(doc_id=content_id(text), text=text, title=title, source=source, lang=detect_language(text))


# ---------------------------------------------------------------------------------------------
# Batches


def load_paths(paths: Iterable[str | Path | Document]) -> LoadResult:
    """Load files, folders (recursively) and Document objects; bad items become failures.

    Folders yield their supported files, sorted, skipping hidden files and folders. A
    Document is passed through. A document met twice (same doc_id) is kept once.
    Never raises for a bad item.
    """
    if isinstance(paths, (str, Path, Document)):  # one item, not an iterable of characters
        paths = [paths]
    documents: dict[str, Document] = {}
    failures: list[LoadFailure] = []

    def add(doc: Document) -> None:
        documents.setdefault(doc.doc_id, doc)

    def fail(source: str, exc: InputError) -> None:
        message = str(exc)
        prefix = f"{source}: "
        failures.append(LoadFailure(source, message.removeprefix(prefix)))

    for item in paths:
        if isinstance(item, Document):
            add(item)
            continue
        if not isinstance(item, (str, Path)) or not str(item):
            failures.append(
                LoadFailure(repr(item), "is not a path or a Document; give the path of an article file or folder")
            )
            continue
        source = str(item)
        if os.path.isdir(item):
            files, walk_failures = _folder_files(Path(item))
            failures.extend(walk_failures)
            if not files and not walk_failures:
                failures.append(
                    LoadFailure(
                        source,
                        f"no articles (.txt, .md, .html) found in {source}; add article files "
                        "(hidden files and folders are skipped)",
                    )
                )
            for file in files:
                try:
                    add(load_file(file))
                except InputError as exc:
                    fail(str(file), exc)
            continue
        try:
            add(load_file(item))
        except InputError as exc:
            fail(source, exc)
    return LoadResult(documents=tuple(documents.values()), failures=tuple(failures))


def _folder_files(folder: Path) -> tuple[list[Path], list[LoadFailure]]:
    """Supported, non-hidden files under `folder`, sorted by path."""
    files: list[Path] = []
    failures: list[LoadFailure] = []

    def on_error(exc: OSError) -> None:
        where = exc.filename or str(folder)
        failures.append(LoadFailure(str(where), f"cannot be read ({exc.strerror}); check its permissions"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        for name in filenames:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                files.append(base / name)
    files.sort(key=lambda p: p.parts)
    return files, failures
