"""Signals the verifier reads from a claim and an evidence sentence (Italian and English).

Each signal is a small pure function: content coverage, numbers, names, negation, attribution.
Offsets are kept so a conflict can be shown as spans of the claim and of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .text import QUESTION_WORDS, STOPWORDS, Token, fold, stem, tokens

NUMBER_WORDS = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
    "single": 1, "both": 2, "twice": 2,
    # Italian
    "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "cento": 100, "mille": 1000, "milione": 1_000_000, "milioni": 1_000_000,
    "miliardo": 1_000_000_000, "miliardi": 1_000_000_000, "entrambi": 2, "entrambe": 2,
}
# Words that only count as numbers next to a noun they quantify are too ambiguous ("un", "una",
# "one" as pronoun): they are numbers only when the claim or the evidence states a number too.
WEAK_NUMBER_WORDS = {"un", "una", "uno", "one", "single", "both", "entrambi", "entrambe", "sei"}

NEGATIONS = frozenset("""
non né ne mai nessuno nessuna nessun niente nulla senza nemmeno neanche neppure affatto
not no never none nobody nothing neither nor without cannot can't don't doesn't didn't won't
isn't aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't n't
""".split())
_NEGATION_FOLDED = frozenset(fold(w) for w in NEGATIONS) - {"ne"}  # "ne" is also a clitic pronoun

ATTRIBUTION_RE = re.compile(
    r"\b(secondo|stando a|come riferisce|riferisce|riporta|according to|reported by|reports?|said|says|cit(?:ing|ando|a))\b",
    re.IGNORECASE)

# English and Italian names of the same place or body, folded: matching either counts as a match.
ALIASES = [
    {"moscow", "mosca"}, {"russia"}, {"ukraine", "ucraina"}, {"kyiv", "kiev"},
    {"united states", "stati uniti", "usa", "us", "u.s.", "america"}, {"washington"},
    {"saudi arabia", "arabia saudita", "riad", "riyadh"}, {"europe", "europa"}, {"kremlin", "cremlino"},
    {"palestine", "palestina"}, {"middle east", "medio oriente"}, {"white house", "casa bianca"},
    {"turkey", "turchia"}, {"germany", "germania"}, {"france", "francia"}, {"china", "cina"},
    {"italy", "italia"}, {"london", "londra"}, {"paris", "parigi"}, {"rome", "roma"}, {"berlin", "berlino"},
    {"beijing", "pechino"}, {"brussels", "bruxelles"}, {"geneva", "ginevra"}, {"qatar"}, {"israel", "israele"},
    {"iran"}, {"egypt", "egitto"}, {"spain", "spagna"}, {"greece", "grecia"}, {"poland", "polonia"},
    {"united kingdom", "regno unito", "uk", "britain", "gran bretagna"}, {"japan", "giappone"},
    {"tass"}, {"politico"}, {"nato"}, {"un", "onu", "united nations", "nazioni unite"},
    {"european union", "unione europea", "eu", "ue"},
]
_ALIAS_OF = {fold(name): min(group) for group in ALIASES for name in group}

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Mention:
    """A name or number found in a text: `key` is what is compared, start/end index the text."""

    key: str
    start: int
    end: int
    text: str
    kind: str  # "number", "year", "name"


def _parse_number(raw: str) -> float | None:
    digits = raw
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):  # Italian thousands separator: 1.000.000
        digits = raw.replace(".", "")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):  # English thousands separator: 1,000,000
        digits = raw.replace(",", "")
    else:
        digits = raw.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def numbers(text: str, *, weak: bool = True) -> list[Mention]:
    """Numbers written as digits or words; years (1000-2100 as digits) are their own kind."""
    out: list[Mention] = []
    for tok in tokens(text):
        if _NUMBER_RE.fullmatch(tok.text):
            value = _parse_number(tok.text)
            if value is None:
                continue
            kind = "year" if value.is_integer() and 1000 <= value <= 2100 and len(tok.text) == 4 else "number"
            out.append(Mention(f"{value:g}", tok.start, tok.end, tok.text, kind))
        elif tok.norm in NUMBER_WORDS and (weak or tok.norm not in WEAK_NUMBER_WORDS):
            out.append(Mention(f"{NUMBER_WORDS[tok.norm]:g}", tok.start, tok.end, tok.text, "number"))
    return out


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“«(‘")
    return not before or before[-1] in ".!?:\n"


def names(text: str) -> list[Mention]:
    """Proper names: runs of capitalised words not at a sentence start (or known aliases anywhere)."""
    toks = tokens(text)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        cap = tok.text[:1].isupper() and not tok.text.isdigit()
        if cap and (not _is_sentence_start(text, tok.start) or tok.norm in _ALIAS_OF
                    or (tok.norm not in STOPWORDS and tok.norm not in QUESTION_WORDS)):
            j = i
            # join "Marco Rubio", "Arabia Saudita", "Casa Bianca"
            while j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and toks[j + 1].start - toks[j].end <= 1:
                j += 1
            span_text = text[tok.start : toks[j].end]
            key = fold(span_text)
            if key not in STOPWORDS and key not in QUESTION_WORDS:
                out.append(Mention(_ALIAS_OF.get(key, key), tok.start, toks[j].end, span_text, "name"))
            i = j + 1
            continue
        if tok.norm in _ALIAS_OF and len(tok.norm) > 3:  # lower-case alias: "russia", "mosca"
            out.append(Mention(_ALIAS_OF[tok.norm], tok.start, tok.end, tok.text, "name"))
        i += 1
    return out


def name_keys(mention: Mention) -> set[str]:
    """A multi-word name also matches by any of its words ("Marco Rubio" ~ "Rubio")."""
    keys = {mention.key}
    parts = mention.key.split()
    if len(parts) > 1:
        keys.update(_ALIAS_OF.get(p, p) for p in parts if len(p) > 2)
    return keys


def negated(text: str) -> list[Token]:
    """Negation words in a text."""
    return [t for t in tokens(text) if t.norm in _NEGATION_FOLDED or t.norm.endswith("n't")]


def attributed(text: str) -> bool:
    """Whether the text reports someone's statement ("secondo il Cremlino", "according to")."""
    return bool(ATTRIBUTION_RE.search(text))


def content_tokens(text: str) -> list[Token]:
    return [t for t in tokens(text) if t.norm not in STOPWORDS and t.norm not in QUESTION_WORDS and len(t.norm) > 1]


def coverage(claim: str, evidence: str, idf=None) -> float:
    """IDF-weighted share of the claim's content words (stems) that the evidence contains."""
    claim_terms = [stem(t.norm) for t in content_tokens(claim)]
    if not claim_terms:
        return 0.0
    have = {stem(t.norm) for t in content_tokens(evidence)}
    have_num = {m.key for m in numbers(evidence)}
    weight = idf or (lambda term: 1.0)
    total = sum(weight(t) for t in claim_terms)
    got = 0.0
    for t in claim_terms:
        if t in have or (t in NUMBER_WORDS and f"{NUMBER_WORDS[t]:g}" in have_num):
            got += weight(t)
    return got / total if total else 0.0


def missing_names(claim: str, evidence_texts: Iterable[str]) -> list[Mention]:
    """Names of the claim that no evidence text mentions (aliases count as mentions)."""
    present: set[str] = set()
    folded = []
    for text in evidence_texts:
        for m in names(text):
            present |= name_keys(m)
        folded.append(fold(text))
    blob = " ".join(folded)
    out = []
    for m in names(claim):
        keys = name_keys(m)
        if keys & present:
            continue
        if re.search(r"\b" + re.escape(fold(m.text)) + r"\b", blob):
            continue
        out.append(m)
    return out


def number_conflicts(claim: str, evidence: str) -> list[tuple[Mention, Mention]]:
    """(claim number, evidence number) pairs of the same kind that disagree.

    A claim number conflicts when the evidence states numbers of the same kind and none of them
    is that number: "nel 2014" against "nel 2016", "tre senatori" against "un parlamentare e due".
    """
    claim_nums = numbers(claim, weak=False)
    if not claim_nums:
        return []
    ev_nums = numbers(evidence, weak=True)
    out = []
    for cm in claim_nums:
        same_kind = [em for em in ev_nums if em.kind == cm.kind]
        if same_kind and all(em.key != cm.key for em in same_kind):
            out.append((cm, same_kind[0]))
    return out
