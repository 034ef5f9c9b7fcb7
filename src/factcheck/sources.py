"""Who says it: the source a claim names ("secondo il Cremlino", "X ha dichiarato che"), the sources an
article's sentence gives (an outlet, a quotation's speaker), and questions asking for a source, a role
or a purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .align import EXACT, MATCH, Aligned, Word, content_words
from .retrieve import Evidence


# a claim's leading attribution: its names are the source, which the sentences stating the claim
# need not name ("According to Politico, Rubio … are heading to Saudi Arabia")
_LEADING_SOURCE = re.compile(r"\s*(?:according\s+to|as\s+reported\s+by|secondo|stando\s+a|come\s+riferisce)\s+"
                             r"(?P<src>[^,;:]{1,60})[,;:]", re.IGNORECASE)
_REPORTING = (r"(?:reported|reports|has\s+reported|says|said|writes|wrote|claims|claimed|told|revealed|"
              r"riferisce|riferiscono|riporta|riportano|ha\s+riferito|ha\s+riportato|scrive|scrivono|ha\s+scritto|"
              r"dice|dicono|ha\s+detto|afferma|affermano|ha\s+affermato|sostiene|ha\s+sostenuto|rivela|ha\s+rivelato|"
              r"dichiara|dichiarano|ha\s+dichiarato|stated|declared)")
_NAME_RUN = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
# "Politico reported that …", "La Tass riferisce che …", "Lavrov ha detto che …": a name, then the verb
# ("Il pubblico ministero Chiara Alfano ha dichiarato che …": the office before the name is no part of it;
# "Il presidente della Regione ha detto che …" names an office, not who holds it)
_NOT_OF = r"(?!(?:di|del|della|dello|dei|degli|delle|of|for|per|da|dal|dalla)\s)"
_SOURCE_LEAD = re.compile(rf"\s*(?:(?i:the|la|il|lo)\s+|(?i:l)['’]\s*)?(?:{_NOT_OF}[a-zà-ù]+\s+){{0,3}}?(?P<src>{_NAME_RUN})\s+"
                          rf"{_REPORTING}(?:\s*:\s*|\s+)(?:that\s+|che\s+)?")
# who it was that said it: "It was Alan Pryce who said …", "È stato il sindaco Stefano Bortolin a dichiarare: …"
_CLEFT_SOURCE = re.compile(
    rf"\s*(?:(?i:it)\s+was|(?:È|E['’]|(?i:è))\s+stat[oaie]|(?i:fu))\s+(?:(?i:the|il|la|lo)\s+|(?i:l)['’]\s*)?"
    rf"(?:{_NOT_OF}[a-zà-ù]+\s+){{0,3}}?(?P<src>{_NAME_RUN})\s+(?:who\s+(?:said|told\s+\w+|stated|declared|claimed|"
    r"wrote|added)|a\s+(?:dire|dichiarare|affermare|sostenere|spiegare|scrivere|aggiungere|riferire|sottolineare))"
    r"(?:\s*:\s*|\s+)(?:that\s+|che\s+)?")
# a quotation said by someone: 'La frase "…" è stata pronunciata da Paolo Zanin', 'The words "…" were spoken by …'
_QUOTED_SAID_BY = re.compile(
    r"[^\"“«]{0,40}(?P<quote>[\"“«][^\"“”«»]+[\"”»])\s*,?\s*(?:è\s+stat[oa]|fu|was|were|has\s+been)\s+"
    r"(?:pronunciat[oa]|dett[oa]|scritt[oa]|said|spoken|uttered|written)\s+(?:da|dal|dalla|dallo|dall['’]\s*|by)\s*"
    r"(?P<src>[^,.;:“”\"«»]{2,60})[.!]?\s*$")
# in the article: "secondo la Tass", "Lo riporta la Tass che cita il ministero …", "citing two officials"
_ATTRIBUTION_IN = re.compile(r"\b(?:secondo|according\s+to|stando\s+a|as\s+reported\s+by|riferisce|riferiscono|"
                             r"riporta|riportano|reported\s+by|cita|citando|citing|quoting)\s+(?P<src>[^,.;:“”\"«»]{2,60})",
                             re.IGNORECASE)
_SAID_BY = re.compile(rf"(?P<src>{_NAME_RUN})\s+(?:ha\s+(?:detto|sottolineato|affermato|riferito|dichiarato|spiegato|"
                      r"aggiunto|concluso)|said|told|reported|wrote|added|stated)\b")
_SAID_BY_PASSIVE = re.compile(r"\b(?:affermato|detto|dichiarato|riferito|riportato|sostenuto|annunciato|stated|said|"
                              r"reported|announced|claimed)\s+(?:da|dal|dalla|dallo|dall['’]|by)\s*(?P<src>[^,.;:“”\"«»]{2,60})",
                              re.IGNORECASE)
_SAID_BY_AFTER = re.compile(r"\b[Hh]a\s+(?:aggiunto|concluso|detto|sottolineato|riferito|dichiarato|spiegato)\s+"
                            r"(?P<src>(?:(?:il|la|lo|i|gli|le)\s+|l['’]\s*)[^,.;:“”\"«»]{2,60}|[A-Z][^,.;:“”\"«»]{1,60})")
# the subject of a sentence opening a quotation after a colon: 'Il nuovo allenatore non ha voluto fare promesse:
# "Non chiedo tempo …"', 'Berger told reporters: "…"' (a few words, then a verb, at the sentence's start)
# ("Il sindaco di Montesalvo, Giorgio Dal Molin, ha invece difeso la scelta della Provincia: \"…\"": with the name
# set beside the office)
# ("Yvonne Amankwah, the ICO's director of investigations, said: \"…\"": with an office set after the name)
_SAID_COLON = re.compile(rf"^\s*(?P<src>(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+(?:,\s*{_NAME_RUN}(?=,))?)"
                         r"(?:,\s*[^,;:\"“”«»]{2,60}?,)?,?\s+(?:non\s+|not\s+)?"
                         r"(?:ha|hanno|aveva|avevano|has|had|said|told|added|wrote|did)\b[^:\"“”«»]{0,80}:\s*[\"“«]")
# who takes a side, opening a sentence with no verb before a quotation: "Contraria la sindaca di Roccavelia, Chiara
# Montagnani, che guida il fronte dei comuni critici: \"…\"", "Critico il sindacato: \"…\""
_SIDE_COLON = re.compile(r"^\s*(?:contrari[oaie]|favorevol[ei]|critic[oaih]e?|scettic[oaih]e?|preoccupat[oaie]|"
                         r"soddisfatt[oaie]|dur[oaie])\s+(?P<src>(?:il|la|lo|i|gli|le|l['’])\s*[^:\"“”«»]{2,120}?)\s*:\s*[\"“«]",
                         re.IGNORECASE)
# a sentence naming the source of the one before: "Lo riferisce Politico citando …", "This was reported by …"
ANAPHORIC_ATTRIBUTION = re.compile(
    r"\s*(?:lo|la|ciò|cio|questo|questa|it|this)\s+(?:(?:lo\s+)?(?:riporta|riportano|riferisce|riferiscono|scrive|"
    r"scrivono|rivela|rivelano|racconta|annuncia|conferma)|(?:was|has\s+been)\s+(?:first\s+)?(?:reported|revealed|"
    r"confirmed|announced)\s+by)\s+(?P<src>[^.;:]{2,80})", re.IGNORECASE)


# a question asking who reports or says something: "Quale agenzia di stampa ha riportato la notizia della
# telefonata?", "Who reported that the officials are heading to Saudi Arabia?", "Secondo chi …?"
SOURCE_QUESTION = re.compile(
    r"\s*(?:(?:chi|quale|quali|che|who|which|what)\b[^?]{0,40}?\b(?:(?:ha|hanno|has|have|had)\s+)?(?:riportato|riporta|"
    r"riportano|riferito|riferisce|riferiscono|detto|dice|dicono|annunciato|annuncia|dato|diffuso|reported|reports|"
    r"said|says|announced|announces|broke)|secondo\s+chi|according\s+to\s+whom)\b\s*(?:che\s+|that\s+)?(?P<what>[^?]*)",
    re.IGNORECASE)
# a question asking who holds a role: "Who is Veltra's chief executive?", "Chi è il sindaco di Bologna?"
ROLE_QUESTION = re.compile(
    r"\s*(?:who\s+(?:is|was|will\s+be)\s+(?:the\s+)?|chi\s+(?:è|e['’]|era|sarà|sara)\s+"
    r"(?:il\s+|la\s+|lo\s+|l['’]\s*)?)(?P<what>[^?]+)", re.IGNORECASE)
ROLE_WORDS = 3  # at most this many words name the role ("national security adviser")
ROLE_REACH = 3  # content words from the role to the person holding it ("sindaco di Bologna, Matteo Lepore")
ROLE_GAP = 6  # characters between the role and the name after it with nothing else named ("Chief executive Hanna")
SOURCE_ABOUT = 0.6  # soft coverage of what a source question asks about, in the sentence stating it
# a question asking why or what for: "What is the purpose of …?", "Why did …?", "Perché …?", "A che scopo …?"
PURPOSE_QUESTION = re.compile(
    r"\s*(?:what\s+(?:is|was|are|were)\s+the\s+(?:purpose|aim|goal|reason)\s+(?:of|for|behind)|"
    r"why\s+(?:is|are|was|were|did|does|do|has|have|will|would)|"
    r"qual\s*(?:è|e['’])\s+(?:lo\s+scopo|il\s+motivo|l['’]\s*obiettivo|il\s+fine)\s+(?:di|del|della|dello|dei|degli|delle|"
    r"dell['’])|perch[eé]|per\s+quale\s+(?:motivo|ragione)|a\s+che\s+scopo|con\s+quale\s+scopo)\b\s*(?P<what>[^?]*)",
    re.IGNORECASE)
# a purpose stated: "per avviare colloqui", "in order to", "so that", "affinché", "allo scopo di"
PURPOSE_CLAUSE = re.compile(
    r"\b(?:per\s+\w+(?:are|ere|ire|arsi|ersi|irsi|arne|erne|irne|arlo|erlo|irlo)|in\s+order\s+to|so\s+as\s+to|"
    r"so\s+that|with\s+the\s+aim\s+of|aimed\s+at|in\s+a\s+bid\s+to|allo\s+scopo\s+di|al\s+fine\s+di|"
    r"affinch[eé]|in\s+modo\s+da|con\s+l['’]\s*obiettivo\s+di)\b", re.IGNORECASE)
PURPOSE_REACH = 30  # characters between what the question names and the purpose clause
NEWS_WORDS = frozenset("notizia notizie news story report storia fatto".split())  # "la notizia della telefonata"


@dataclass(frozen=True)
class ClaimSource:
    """Who a claim says says it: the source's characters in the query, and where what it says begins and
    ends (a quotation the claim gives before its speaker ends before it)."""

    start: int
    end: int
    content: int
    content_end: int | None = None  # None: to the end of the query

    def said(self, query: str) -> str:
        """What the claim says the source says."""
        return query[self.content:self.content_end]

    def says(self, w: Word) -> bool:
        """Whether the claim's word `w` is part of what the source is said to say."""
        return w.start >= self.content and (self.content_end is None or w.end <= self.content_end)


def next_sentence(evidence: Sequence[Evidence], i: int):
    """The article's sentence after evidence sentence i: attached by the retriever, or retrieved too."""
    return evidence[i].following or retrieved_at(evidence, i, 1)


def _left_open(text: str) -> int:
    """Quotation marks a text opens and does not close (negative: closes one it did not open); straight marks
    count one way or the other by their number being odd."""
    curly = sum(text.count(ch) for ch in "“«") - sum(text.count(ch) for ch in "”»")
    return curly or text.count('"') % 2


def quotation_goes_on(text: str, following: str) -> bool:
    """Whether a sentence opens a quotation it does not close and the next sentence closes it, one quotation in
    two sentences ('"Chiedere ancora straordinari … non è una soluzione.' and 'Servono assunzioni stabili …", ha
    dichiarato …')."""
    return text.lstrip()[:1] in '"“«' and _left_open(text) > 0 and _left_open(following) != 0 and (
        following.count('"') % 2 == 1 or _left_open(following) < 0)


def previous_sentence(evidence: Sequence[Evidence], i: int):
    """The article's sentence before evidence sentence i: attached by the retriever, or retrieved too."""
    return evidence[i].preceding or retrieved_at(evidence, i, -1)


def retrieved_index(evidence: Sequence[Evidence], i: int, step: int) -> int | None:
    """The index of the retrieved sentence `step` places from evidence sentence i in the same article, or None."""
    sent = evidence[i].sentence
    return next((j for j, e in enumerate(evidence) if e.sentence.doc_id == sent.doc_id
                 and e.sentence.index == sent.index + step), None)


def retrieved_at(evidence: Sequence[Evidence], i: int, step: int):
    """The retrieved sentence `step` places from evidence sentence i in the same article, or None."""
    j = retrieved_index(evidence, i, step)
    return evidence[j].sentence if j is not None else None


# a quotation given to a pronoun: '"It will take five years …," he said.', '"…", ha aggiunto.'
_PRONOUN_SAID = re.compile(r"(?:[,\"”»]\s*(?:he|she)\s+(?:said|says|added|told\s+\w+)(?:\s+on\s+\w+)?|"
                           r"[,\"”»]\s*(?:said|added)\s+(?:he|she)|[\"”»]\s*,?\s*ha\s+(?:detto|aggiunto|spiegato|"
                           r"concluso|dichiarato|sottolineato))\s*[.!]?\s*$", re.IGNORECASE)
# the person a sentence opens with: "Martin Keogh, secretary of the anglers' association, welcomed …", "Il presidente
# Lorenzo Ferrantini ha smentito …"
_OPENING_NAME = re.compile(rf"\s*(?:(?:Il|La|Lo|The)\s+|L['’]\s*)?(?:[a-zà-ù]+\s+){{0,3}}?(?P<src>{_NAME_RUN})(?=\s*,|\s+[a-zà-ù])")


def speaker_before(text: str, before: str | None) -> tuple[int, int] | None:
    """Who "he" or "she" is when a sentence gives its quotation to a pronoun: the one who says the sentence
    before (`article_sources`), else the person it opens with; characters of `before`, or None."""
    if before is None or not _PRONOUN_SAID.search(text):
        return None
    return _referent(before)


# a sentence whose subject is a pronoun: "She denied that staff had deliberately concealed the spill", "He did not give a
# date …, and denied that …"
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|Lui|Lei|Egli|Ella)\b")


def subject_before(text: str, before: str | None) -> tuple[int, int] | None:
    """Who "he" or "she" is when a sentence opens with the pronoun as its subject: as for `speaker_before`;
    characters of `before`, or None."""
    if before is None or not _PRONOUN_OPENS.match(text):
        return None
    return _referent(before)


def _referent(before: str) -> tuple[int, int] | None:
    """The person a pronoun in the next sentence stands for: the one who says `before`, else the person it opens
    with (first and last name)."""
    named = [(s, e) for s, e, _ in article_sources(before) if any(w.is_name for w in content_words(before[s:e]))]
    if named:
        return named[0]
    m = _OPENING_NAME.match(before)
    if m and sum(w.is_name for w in content_words(m.group("src"))) >= 2:  # a person's first and last name
        return m.start("src"), m.end("src")
    return None


def source_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The name in an attribution phrase, to show ("Politico" of "Politico citando un parlamentare …"); a
    title with its name whole; the phrase's first words when it names nobody ("il ministero")."""
    words = content_words(text[start:end])
    if re.search(rf",\s*{_NAME_RUN}\s*$", text[start:end]) and len(words) <= 6:
        return start, end  # a title and its name: "the mayor of Ferrara, Alan Fabbri"
    first = next((k for k, w in enumerate(words) if w.is_name), None)
    if first is None:
        return start, start + (words[min(len(words), 3) - 1].end if words else end - start)
    last = first
    while last + 1 < len(words) and words[last + 1].is_name and words[last].end + 1 >= words[last + 1].start:
        last += 1
    return start + words[first].start, start + words[last].end


def claim_source(query: str) -> ClaimSource | None:
    """The source a claim names before what it says ("According to Politico, …", "Secondo il Cremlino, …",
    "La Tass riferisce che …", "Politico reported that …", "It was Alan Pryce who said …", "È stato Bortolin a
    dichiarare: …") or after the quotation it gives ("\"…\", ha detto Luka Kovač", "\"…\", said Tom Pengelly",
    "La frase \"…\" è stata pronunciata da Paolo Zanin"), or None."""
    m = _LEADING_SOURCE.match(query)
    if m:
        return ClaimSource(m.start("src"), m.end("src"), m.end())
    for rx in (_SOURCE_LEAD, _CLEFT_SOURCE):
        m = rx.match(query)
        if m and query[m.end():].strip(" .!?\"“”«»") and any(w.is_name for w in content_words(m.group("src"))):
            return ClaimSource(m.start("src"), m.end("src"), m.end())  # a name, not "She said she …"
    m = _QUOTED_SAID_BY.match(query)
    if m and any(w.is_name for w in content_words(m.group("src"))):
        return ClaimSource(m.start("src"), m.end("src"), m.start("quote"), m.end("quote"))
    # a quotation, then who said it: "\"Ho sofferto tantissimo in discesa …\", ha detto Luka Kovač."
    quoted = _QUOTED_BEFORE.match(query)
    if quoted:
        for s, e, whole in article_sources(query):
            if whole and s >= quoted.end() and any(w.is_name for w in content_words(query[s:e])):
                return ClaimSource(s, e, 0, quoted.end())
    return None


def article_sources(text: str) -> list[tuple[int, int, bool]]:
    """Where a sentence names who says what it says, and whether it says so of the whole sentence: at
    its start ("Secondo la Tass, …", "Il Cremlino ha sottolineato che …") or at its end ("…, ha aggiunto
    il Ministero.", "…, regional officials said."); not a phrase in the middle ("…, che come già
    affermato da Kellogg, sono esclusi", "citando due funzionari"), which may be about one clause only."""
    out = {}
    for rx in (_ATTRIBUTION_IN, _SAID_BY, _SAID_BY_AFTER, _SAID_BY_PASSIVE, _SAID_AT_END, _SAID_BY_AT_END, _SAID_COLON,
               _SIDE_COLON):
        for m in rx.finditer(text):
            if not content_words(m.group("src")):
                continue  # a pronoun: "Lo ha detto Lavrov"
            end = m.end("src")
            named = _APPOSED_NAME.match(text, end)  # "According to the mayor of Ferrara, Alan Fabbri, …"
            if named:
                end = named.end("name")
            # said of the whole sentence: at its start or end, or right after the quotation it opens with
            # ("\"… la verità emergerà\", ha dichiarato l'avvocato difensore Paolo Sarno, che …")
            whole = (not text[:m.start()].strip(" \"“”«»'‘’(") or rx in (_SAID_AT_END, _SAID_BY_AT_END)
                     or (rx is _SAID_BY_AFTER and not text[m.end():].strip(" .!?\"“”«»'’)"))
                     or (rx is _SAID_BY_AFTER and _QUOTED_BEFORE.fullmatch(text[:m.start()]) is not None))
            out[(m.start("src"), end)] = whole or out.get((m.start("src"), end), False)
    return sorted((s, e, whole) for (s, e), whole in out.items())


# the English news ending: "…, regional officials said.", "…, the mayor said on Tuesday.", "…, said Gary Burtless.",
# also after a quotation closing past its comma: "\"…,\" said Margaret Osei."
_SAID_AT_END = re.compile(r",\s*[\"”»]?\s*(?P<src>[^,;:“”\"«»]{2,60}?)\s+(?:said|says|added|reported|announced|told\s+\w+)"
                          r"(?:\s+on\s+\w+)?\s*[.!]?[\"”’]?\s*$")
_SAID_BY_AT_END = re.compile(rf",\s*[\"”»]?\s*(?:said|says|added)\s+(?P<src>[^,;:“”\"«»]{{2,60}}?(?:,\s*{_NAME_RUN}(?<!\.))?)"
                             r"(?:,\s*(?:who|which|whose)\b[^;:“”\"«»]*)?"  # "…, said Helen Corbett, who chairs the group."
                             r"\s*[.!]?\s*$")  # "…, said Corrin's chief executive, Daniel Whitcombe."
# the name after the office, closed by a comma or the sentence's end ("…, ha spiegato il presidente di Acque del
# Serrino, Renato Bellussi.")
_APPOSED_NAME = re.compile(rf",\s*(?P<name>{_NAME_RUN})(?<!\.)\s*(?:,|[.!]?[\"”’»]?\s*$)")
# a sentence opening with a quotation, then ", " (or the English '," ' inside it)
_QUOTED_BEFORE = re.compile(r"\s*[\"“«][^\"“”«»]+(?:[\"”»]\s*,|,\s*[\"”»])\s*")


def named_share_of(claim: Sequence[Word], a: Aligned, union: np.ndarray) -> float:
    """Like `Aligned.matched_share`, with a name the sentence gives short counted whole: a word of a
    claim's name the sentence lacks counts as matched when another word of that name is matched here
    and the other evidence states the word ("Cesare" for "Gaio Giulio Cesare")."""
    total = sum(w.weight for w in claim)

    def named_here(k: int) -> bool:  # another word of the same name is in this sentence
        lo, hi = claim_name_run(claim, k)
        return any(a.best[j] >= EXACT for j in range(lo, hi + 1))

    short = sum(w.weight for k, w in enumerate(claim)
                if w.is_name and a.best[k] < MATCH and union[k] >= EXACT and named_here(k))
    return a.matched_share(claim) + (short / total if total else 0.0)


def named_short(claim: Sequence[Word], i: int, a: Aligned) -> bool:
    """Whether claim word i is a first or middle word of a name whose last word (the surname) this sentence
    names: the same person given short ("Lisa Hardwick" for "Lisa White Hardwick"; not "Mike Pence" for
    "Mike Waltz", where the surname differs)."""
    lo, hi = claim_name_run(claim, i)
    return i < hi and bool(a.best[hi] >= EXACT)


def person_name_runs(claim: Sequence[Word]):
    """The claim's names that are no place, as (first, last) word indices, in order."""
    k = 0
    while k < len(claim):
        if not claim[k].is_name or claim[k].place:
            k += 1
            continue
        lo, hi = claim_name_run(claim, k)
        k = hi + 1
        yield lo, hi


def claim_name_run(claim: Sequence[Word], i: int) -> tuple[int, int]:
    lo = hi = i
    while lo - 1 >= 0 and claim[lo - 1].is_name and claim[lo - 1].end + 2 >= claim[lo].start:
        lo -= 1
    while hi + 1 < len(claim) and claim[hi + 1].is_name and claim[hi].end + 2 >= claim[hi + 1].start:
        hi += 1
    return lo, hi
