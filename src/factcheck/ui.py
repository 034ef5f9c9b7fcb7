"""Pure helpers of the chat app: labels in the reply's language, the article with its cited
sentences highlighted (escaped), and a FactChecker shared safely by every browser session.

Nothing here imports Streamlit, so all of it is tested without a browser.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass
from typing import Sequence

from .api import FactChecker, IngestReport
from .errors import InputError
from .index import DocInfo
from .load import load_bytes
from .types import Answer, Citation, Conflict, Document, Stance, Verdict

_VERDICT_LABELS = {
    "en": {Verdict.SUPPORTED: "Supported", Verdict.REFUTED: "Refuted", Verdict.NOT_ENOUGH_INFO: "Not in the article"},
    "it": {Verdict.SUPPORTED: "Confermato", Verdict.REFUTED: "Smentito",
           Verdict.NOT_ENOUGH_INFO: "Non nell'articolo"},
}
# Streamlit badge colour and Material icon of each verdict.
VERDICT_STYLE = {
    Verdict.SUPPORTED: ("green", ":material/check_circle:"),
    Verdict.REFUTED: ("red", ":material/cancel:"),
    Verdict.NOT_ENOUGH_INFO: ("gray", ":material/help:"),
}
STANCE_ICON = {Stance.SUPPORTS: ":material/check:", Stance.REFUTES: ":material/close:",
               Stance.NEUTRAL: ":material/format_quote:"}

_WORDS = {
    "en": {
        "confidence": "confidence", "question": "Question", "claim": "Claim", "sources": "Sources",
        "more": "More passages consulted", "highlighted": "Highlighted", "show": "Show in the article",
        "removed": "article removed",
        Stance.SUPPORTS: "supports", Stance.REFUTES: "contradicts", Stance.NEUTRAL: "related passage",
        "conflict": "The claim says «{claim}», the article says «{text}»",
        "debunk": "The article calls it false: «{text}»",
        "source": "The claim attributes it to «{claim}», the article to «{text}»",
    },
    "it": {
        "confidence": "fiducia", "question": "Domanda", "claim": "Affermazione", "sources": "Fonti",
        "more": "Altri passaggi consultati", "highlighted": "Evidenziato", "show": "Mostra nell'articolo",
        "removed": "articolo rimosso",
        Stance.SUPPORTS: "conferma", Stance.REFUTES: "smentisce", Stance.NEUTRAL: "passaggio correlato",
        "conflict": "L'affermazione dice «{claim}», l'articolo dice «{text}»",
        "debunk": "L'articolo lo dice falso: «{text}»",
        "source": "L'affermazione lo attribuisce a «{claim}», l'articolo a «{text}»",
    },
}


def _lang(lang: str) -> str:
    return lang if lang in _WORDS else "en"


def verdict_label(verdict: Verdict, lang: str) -> str:
    """The verdict's word in the reply's language ("Supported", "Smentito", ...)."""
    return _VERDICT_LABELS[_lang(lang)][Verdict(verdict)]


def word(key: str | Stance, lang: str) -> str:
    """A small piece of reply text in the reply's language (English for unknown languages)."""
    return _WORDS[_lang(lang)][key]


def badge(answer: Answer) -> tuple[str, str, str]:
    """(label, icon, colour) of the verdict badge of a reply."""
    colour, icon = VERDICT_STYLE[answer.verdict]
    return verdict_label(answer.verdict, answer.lang), icon, colour


def split_citations(answer: Answer) -> tuple[list[tuple[int, Citation]], list[tuple[int, Citation]]]:
    """Numbered citations: (the ones shown up front, the rest).

    Up front: the sentences the verdict rests on (stance supports/refutes); when there are none,
    the closest passage. Numbers run 1..n over both lists, as the article pane shows them.
    """
    numbered = list(enumerate(answer.citations, start=1))
    main = [(n, c) for n, c in numbered if c.stance is not Stance.NEUTRAL] or numbered[:1]
    chosen = {n for n, _ in main}
    return main, [(n, c) for n, c in numbered if n not in chosen]


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&=\"'^%])")


def md_escape(text: str) -> str:
    """Text safe to show through st.markdown: every Markdown, directive and LaTeX sign escaped,
    line breaks flattened (a quote from an article is shown as it is, never formatted)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# The article pane


@dataclass(frozen=True)
class Highlight:
    """A cited sentence to highlight: `text[start:end]` of the shown article."""

    start: int
    end: int
    stance: Stance
    number: int  # the citation's number in the reply


def highlights_for(answer: Answer | None, doc_id: str, *, also: int | None = None,
                   ) -> tuple[list[Highlight], list[Conflict]]:
    """The reply's citations up front (plus citation number `also`, one the user clicked) and the
    conflicting words that fall in this article."""
    if answer is None:
        return [], []
    main, more = split_citations(answer)
    chosen = main + [(n, c) for n, c in more if n == also]
    shown = [Highlight(c.start, c.end, c.stance, n) for n, c in chosen if c.doc_id == doc_id]
    conflicts = [c for c in answer.conflicts if c.doc_id == doc_id]
    return shown, conflicts


def article_html(text: str, highlights: Sequence[Highlight] = (), conflicts: Sequence[Conflict] = (), *,
                 focus: int | None = None, anchor: str = "fc-focus", lang: str = "en") -> str:
    """The article as HTML: every character of `text` escaped, the highlights as <mark> elements
    (class `fc-supports` / `fc-refutes` / `fc-neutral`, with their citation number), conflicting
    words inside them as <span class="fc-conflict">. The highlight numbered `focus` (default: the
    first in the text) gets id `anchor` so the page can scroll to it. Newlines are kept by CSS
    (white-space: pre-wrap), so the text shows exactly as stored.

    >>> print(article_html("A <b>. B.", [Highlight(0, 6, Stance.SUPPORTS, 1)]))  # doctest: +NORMALIZE_WHITESPACE
    <div class="fc-article"><mark class="fc-hl fc-supports fc-focus" id="fc-focus" data-n="1">A &lt;b&gt;.<sup
    class="fc-num">1</sup></mark> B.</div>
    """
    n = len(text)
    marks = []
    last_end = 0
    for h in sorted((h for h in highlights if 0 <= h.start < h.end <= n), key=lambda h: h.start):
        if h.start >= last_end:  # overlapping sentences cannot happen; keep the first if they do
            marks.append(h)
            last_end = h.end
    spans = [c for c in conflicts if 0 <= c.start < c.end <= n]
    if focus is None or all(h.number != focus for h in marks):
        focus = marks[0].number if marks else None

    cuts = sorted({0, n, *(x for h in marks for x in (h.start, h.end)), *(x for c in spans for x in (c.start, c.end))})
    out = ['<div class="fc-article">']
    current: Highlight | None = None
    for a, b in zip(cuts, cuts[1:]):
        mark = next((h for h in marks if h.start <= a and b <= h.end), None)
        if mark is not current:
            if current is not None:
                out.append(f'<sup class="fc-num">{current.number}</sup></mark>')
            if mark is not None:
                focused = mark.number == focus
                cls = f"fc-hl fc-{mark.stance.value}" + (" fc-focus" if focused else "")
                ident = f' id="{html.escape(anchor)}"' if focused else ""
                out.append(f'<mark class="{cls}"{ident} data-n="{mark.number}">')
            current = mark
        piece = html.escape(text[a:b], quote=True)
        conflict = next((c for c in spans if c.start <= a and b <= c.end), None)
        if conflict is not None:
            tip = word(conflict.reason if conflict.reason in ("debunk", "source") else "conflict", lang).format(
                claim=conflict.claim_text, text=conflict.text)
            piece = f'<span class="fc-conflict" title="{html.escape(tip, quote=True)}">{piece}</span>'
        out.append(piece)
    if current is not None:
        out.append(f'<sup class="fc-num">{current.number}</sup></mark>')
    out.append("</div>")
    return "".join(out)


# Mounted once per page: Streamlit runs an st.html script when it first draws it, not when its
# content changes, so the script watches the page and scrolls whenever a new focused sentence
# (a new anchor id) appears in the article pane.
SCROLL_SCRIPT = """<script>
(() => {
  if (window.__fcScroll) return;
  window.__fcScroll = true;
  let shown = null;
  const scroll = () => {
    const el = document.querySelector(".fc-article .fc-focus");
    if (!el || el.id === shown) return;
    shown = el.id;
    let box = el.parentElement;
    while (box && box !== document.body) {
      const overflow = getComputedStyle(box).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && box.scrollHeight > box.clientHeight) break;
      box = box.parentElement;
    }
    if (!box || box === document.body) return;
    const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTo({top: box.scrollTop + offset - 24, behavior: "smooth"});
  };
  new MutationObserver(() => requestAnimationFrame(scroll)).observe(document.body, {childList: true, subtree: true});
  scroll();
})();
</script>"""


# ---------------------------------------------------------------------------------------------
# Adding articles


def report_message(report: IngestReport) -> str:
    """One line saying what an ingest did, for the success message."""
    parts = []
    for info in report.added:
        parts.append(f"Added «{short(info.title)}» ({info.n_sentences} sentences)")
    for info in report.unchanged:
        parts.append(f"«{short(info.title)}» is already in the index")
    for info in report.replaced:
        parts.append(f"replaced its earlier version «{short(info.title)}»")
    for failure in report.failures:
        parts.append(f"{failure.source}: {failure.reason}")
    return "; ".join(parts) + "."


class SharedChecker:
    """One FactChecker shared by every session (browser tab) of the app.

    Calls are serialized with one lock: an answer takes milliseconds, and Chroma's embedded
    store and the BM25 side must not be read while another session adds or removes an article.
    """

    def __init__(self, checker: FactChecker):
        self.checker = checker
        self._lock = threading.RLock()

    def warm_up(self, *, background: bool = False) -> threading.Thread | None:
        """Run one throw-away query so the embedding model's lazy set-up (seconds) is done before
        the first user asks. In the background the page shows at once; a question asked meanwhile
        waits on the lock for the warm-up to finish."""
        if background:
            thread = threading.Thread(target=self.warm_up, name="factcheck-warm-up", daemon=True)
            thread.start()
            return thread
        try:
            with self._lock:
                self.checker.embedder.encode(["warm up"], query=True)
        except Exception:  # a failed warm-up only costs the first user some time
            pass
        return None

    @property
    def verifier_name(self) -> str:
        return getattr(self.checker.verifier, "name", "") or type(self.checker.verifier).__name__

    @property
    def embedder_name(self) -> str:
        return self.checker.embedder.name

    @property
    def location(self) -> str:
        return self.checker.index.location

    def ask(self, query: str, *, k: int | None = None, lang: str | None = None) -> Answer:
        with self._lock:
            return self.checker.ask(query, k=k, lang=lang)

    @property
    def llm_name(self) -> str:
        """The language model writing the replies, or "" for extractive replies."""
        return getattr(self.checker, "llm_name", "") or ""

    def ask_stream(self, query: str, *, k: int | None = None, lang: str | None = None):
        """`FactChecker.ask_stream` under the lock: draft text chunks, then the checked Answer."""
        with self._lock:
            yield from self.checker.ask_stream(query, k=k, lang=lang)

    def documents(self) -> list[DocInfo]:
        with self._lock:
            return self.checker.documents()

    def document(self, doc_id: str) -> Document:
        with self._lock:
            return self.checker.document(doc_id)

    def add_upload(self, data: bytes, name: str) -> IngestReport:
        """Ingest an uploaded file. Raises InputError (empty, binary, too large, unsupported type,
        no sentences) with a one-line message; the index is left as it was."""
        doc = load_bytes(data, name)
        with self._lock:
            return self.checker.ingest([doc])

    def add_text(self, text: str, title: str = "") -> IngestReport:
        """Ingest pasted text. Raises InputError for empty or too long text."""
        if not text or not text.strip():
            raise InputError("pasted text is empty; paste the text of an article")
        with self._lock:
            return self.checker.add_text(text, title=title.strip() or None)

    def remove(self, doc_id: str) -> DocInfo:
        with self._lock:
            return self.checker.remove(doc_id)
