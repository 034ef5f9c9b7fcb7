"""Shared text helpers: word tokens with offsets, stopwords, light stemming (Italian and English)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters/digits runs; apostrophes split Italian elisions ("l’omologo" -> "l", "omologo").
_WORD_RE = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)

STOPWORDS_IT = frozenset("""
a ad al alla alle allo agli ai all anche ancora avere aveva avevano c che chi ci cio col come con
contro cui da dal dalla dalle dallo dagli dai degli dei del della delle dello di dov dove e ed
era erano essere gli ha hanno ho i il in infatti inoltre io l la le lei li lo loro lui ma me mi
ne nei nel nella nelle nello negli noi o od per perche piu poi quale quali qualche quando quanto
quella quelle quello quelli questa queste questo questi se sei si sia siamo sono sta stata stati
stato su sua sue sui sul sulla sulle suo suoi tra fra tu tutti tutto un una uno uni voi gia
cosa cos quale quali
dell dall nell sull coll quell quest
""".split())  # the last line: elided forms, "dell'edificio", "nell'ala", "quest'anno"

STOPWORDS_EN = frozenset("""
a an the and or but if of to in on at by for with from as into onto about over under than then
that this these those there their they them it its is are was were be been being has have had do
does did will would shall should can could may might must not no nor so such what which who whom
whose when where why how i you he she we his her our your my me him us also just only very any
all some each other more most much many own same too s t
""".split())

STOPWORDS = STOPWORDS_IT | STOPWORDS_EN

# Question words are kept out of content terms as well.
QUESTION_WORDS = frozenset("""
chi cosa che quale qual quali quando dove come perche quanto quanti quante quanta
who what which when where why how whom whose
""".split())


def fold(text: str) -> str:
    """Lowercase and strip accents (so "perché" matches "perche")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Token:
    text: str  # as written
    norm: str  # folded
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Word tokens with offsets into `text`."""
    return [Token(m.group(0), fold(m.group(0)), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def stem(word: str) -> str:
    """A crude shared stem: folded prefix of at most 6 characters (Italian inflects the ending)."""
    return word[:6] if len(word) > 6 else word


def terms(text: str) -> list[str]:
    """Stemmed content terms (stopwords removed), for lexical matching."""
    return [stem(t.norm) for t in tokens(text) if t.norm not in STOPWORDS and t.norm not in QUESTION_WORDS]
