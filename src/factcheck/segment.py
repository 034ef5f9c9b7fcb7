"""Sentence segmentation: rule-based, Italian and English aware, exact character offsets."""

from __future__ import annotations

import re

from .types import Sentence

__all__ = ["segment", "split_spans"]

# Titles and inline abbreviations: a period after them never ends a sentence.
_INLINE = frozenset(
    """sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa ing avv arch geom rag sen gen col gov
    pres rev mons capt lt sgt dr mr mrs ms messrs e.g i.e cfr cf vs viz es""".split()
)
# Abbreviations that precede a number or a roman numeral ("art. 18", "Jan. 15", "vol. II");
# elsewhere they are ordinary words ("ago", "set", "no") and may end a sentence.
_BEFORE_NUMBER = frozenset(
    """p pp n nr no nn art artt cap vol fig tel pag ca par sez lett op
    jan feb mar apr jun jul aug sep sept oct nov dec gen mag giu lug ago set ott dic""".split()
)
# Abbreviations that can also end a sentence ("... and so on. The", "Acme Inc. The ...");
# like initials and dotted acronyms, they end one only before a common opening word.
_AMBIGUOUS = frozenset("on st mt ft jr sr rep ecc etc inc ltd co corp bros ph.d".split())
# Words that commonly open a sentence but rarely follow a title or an initial (lowercased).
_STARTERS = frozenset(
    """il lo la i gli le l un uno una ma e ed o però poi quindi inoltre intanto infatti invece
    tuttavia anche ancora ora oggi ieri domani secondo per in a da di con su sul sulla nel
    nella nei negli non questo questa questi queste quello quella ci si se è era sono sarà ha
    hanno c chi cosa come dove quando perché mentre dopo prima già così lui lei noi voi loro
    io tu dunque allora tra fra alcuni molti tutti
    the an and but or so then thus this that these those there here it its he she they we
    you his her their our my on at for with by from to of as after before when while if
    however meanwhile also yet still today yesterday now no not is was are were has have
    had what who why how where which""".split()
)
# A line ending in one of these is cut mid-sentence (hard-wrapped), whatever follows.
_FUNCTION_WORDS = frozenset(
    """il lo la i gli le un uno una di a da in con su per tra fra e ed o ma che del della dei
    degli delle al alla ai agli nel nella sul sulla the a an of to in on at for with by from
    and or but that""".split()
)
_OPENERS = frozenset("«“\"(['‘„‚¿¡")
_CLOSERS = "»”\"’')]"
_TERMINALS = ".!?…"
_CONTINUATIONS = ",;:-–—(«“[/&"

# Terminal run, then closing quotes/brackets (after spaces only for unambiguous closers,
# as in Italian « Sì. »), then whitespace. The run starts only at the start of a run and
# never backtracks, so a long run of dots costs linear time.
_END = re.compile(r"(?<![.!?…])([.!?…]++)(?:[»”\"’')\]]|[^\S\r\n]+[»”)\]])*(?=\s)")
_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"(?:[IVXLC]{2,}|[VX])\b")
_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_HEADING = re.compile(r"#{1,6}(?:\s|$)")
_ITEM = re.compile(r"(?:[-*+•◦▪‣]|\d{1,2}[.)])\s")
_RULE = re.compile(r"(?:[-=_*~]\s*){3,}")

_SHORT_LINE = 40  # a line this short that lacks final punctuation is a title or list line


def split_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) into `text`, in order, non-overlapping and never empty.

    `text[start:end]` is the sentence without surrounding whitespace.

    >>> split_spans("Il sig. Rossi è arrivato alle 15.30. Poi è partito.")
    [(0, 36), (37, 51)]
    """
    cuts = set(_line_cuts(text))
    cuts.update(_punctuation_cuts(text))
    cuts.add(len(text))
    spans = []
    start = 0
    for cut in sorted(cuts):
        piece = text[start:cut]
        body = piece.strip()
        if body:
            first = start + len(piece) - len(piece.lstrip())
            spans.append((first, first + len(body)))
        start = cut
    return spans


def segment(doc_id: str, text: str) -> list[Sentence]:
    """The sentences of `text`, indexed 0..n-1, each with `text[start:end] == sentence.text`.

    >>> [s.text for s in segment("d", "Titolo\\n\\nPrima frase. Seconda frase.")]
    ['Titolo', 'Prima frase.', 'Seconda frase.']
    """
    return [
        Sentence(doc_id=doc_id, index=i, start=s, end=e, text=text[s:e])
        for i, (s, e) in enumerate(split_spans(text))
    ]


def _opens(char: str) -> bool:
    """Whether `char` can be the first character of a sentence."""
    return char.isdigit() or char in _OPENERS or (char.isalpha() and not char.islower())


def _line_cuts(text: str) -> list[int]:
    """Cuts at the ends of lines that end a sentence although no punctuation says so."""
    lines = []  # (end offset of the content, content without line break)
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.splitlines()[0]
        lines.append((offset + len(content), content.rstrip()))
        offset += len(raw)
    cuts = []
    i = 0
    while i < len(lines):
        if not lines[i][1].strip():
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1][1].strip():
            j += 1
        block = lines[i : j + 1]
        # Hard-wrapped prose never leaves room on a line for the next line's first word.
        width = max(len(content) for _, content in block)
        in_item = False
        for (end, prev), (_, nxt) in zip(block, block[1:]):
            in_item = bool(_ITEM.match(prev.lstrip())) or (in_item and prev[:1].isspace())
            if _breaks(prev, nxt, width, in_item):
                cuts.append(end)
        cuts.append(block[-1][0])  # a blank line or the end of the text follows
        i = j + 1
    return cuts


def _breaks(prev: str, nxt: str, width: int, in_item: bool) -> bool:
    """Whether the line break between two non-blank lines of a paragraph ends a sentence."""
    p, n = prev.strip(), nxt.strip()
    if _HEADING.match(p) or _RULE.fullmatch(p):
        return True
    if _HEADING.match(n) or _RULE.fullmatch(n) or _ITEM.match(n):
        return True
    if in_item and not nxt[:1].isspace():
        return True
    last = p.rstrip(_CLOSERS)[-1:]
    if not last or last in _TERMINALS or p[-1] in _CONTINUATIONS:
        return False  # punctuation rules decide, or the sentence clearly goes on
    if not _opens(n[0]) or p.rsplit(None, 1)[-1] in _FUNCTION_WORDS:
        return False
    first_word = n.split(None, 1)[0]
    return len(p) <= _SHORT_LINE or len(prev) + 1 + len(first_word) <= width


def _punctuation_cuts(text: str) -> list[int]:
    """Cuts after terminal punctuation (and its closing quotes) that ends a sentence."""
    cuts = []
    for m in _END.finditer(text):
        nxt = _SPACE.match(text, m.end()).end()
        if nxt == len(text) or not _opens(text[nxt]):
            continue
        if not _continues(text, m.start(), m.group(1), nxt):
            cuts.append(m.end())
    return cuts


def _continues(text: str, start: int, run: str, nxt: str) -> bool:
    """Whether the terminal `run` at `start` is inside a sentence (abbreviation, initial...)."""
    if start and text[start - 1] in "([":
        return True  # "(...)", "[...]", "(!)": an omission or a remark
    if run != ".":
        return False
    i = start
    while i and start - i < 40 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    token = text[i:start].lstrip(".")
    low = token.lower()
    if low in _BEFORE_NUMBER and (text[nxt].isdigit() or _ROMAN.match(text, nxt)):
        return True
    if low in _INLINE:
        return True
    if token.isdigit():
        # A list marker ("1. Primo punto") at the start of a line or of a heading.
        k = i
        while k and text[k - 1] in " \t#":
            k -= 1
        return k == 0 or text[k - 1] in "\r\n"
    if low in _AMBIGUOUS or (len(token) == 1 and token.isupper()) or _ACRONYM.fullmatch(token):
        return not _starter_follows(text, nxt)
    return False


def _starter_follows(text: str, nxt: int) -> bool:
    """Whether the word at `nxt` is a common sentence opener (and not another initial)."""
    word = _WORD.match(text, nxt)
    if word is None:
        return not text[nxt].isdigit()
    if len(word.group()) == 1 and text.startswith(".", word.end()):
        return False
    return word.group().lower() in _STARTERS
