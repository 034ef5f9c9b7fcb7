"""What stands in a claim word's place in a sentence: roles swapped ("Alcaraz beat Sinner"), another
name, place, date or word in the slot ("Mosca" where the article says "Washington"), an opposite
said of the claim's person, a quotation the claim restates, and the reach of a negation.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .align import (ERA, EXACT, FRACTION, MATCH, MONTH_NUMBER, OF_ARTICLED, STRONG_MATCH, Aligned, Word, align, asked_opposite, calendar_slot,
                    opposite, within_region)
from .signals import QUOTATION, negated, undecided
from .sources import ROLE_GAP, ROLE_REACH, article_sources, claim_name_run, person_name_runs
from .text import fold, stem, tokens
from .values import CLAUSE_MARK, day_of_month


# verbs whose two sides can swap without changing what is said ("Lavrov met Rubio", "Rubio met Lavrov")
_SYMMETRIC = frozenset(stem(fold(w)) for w in """meet meets met meeting incontrato incontrata incontrati incontra
incontrano incontrarono incontro speak speaks spoke spoken talk talks talked parlato parla parlano parlarono
married marry sposato sposata sposa play plays played giocato gioca giocano agree agreed concordato
negotiate negotiated negoziato trattato""".split())
_AGENT_BEFORE = re.compile(r"\b(?:by|da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*$", re.IGNORECASE)
_ALONGSIDE_BEFORE = re.compile(r"\b(?:with|con|and|e|ed|against|contro|vs\.?|versus)\s*$", re.IGNORECASE)


def reversed_roles(claim: Sequence[Word], query: str, a: Aligned, text: str) -> tuple[int, int] | None:
    """A claim "A VERB B" whose sentence says "B VERB A" (the same verb, both names matched exactly): the
    claim's first name and the sentence's word in its place; None when the roles agree, the verb is
    symmetric ("met", "spoke with"), or one side only is passive ("Sinner was beaten by Alcaraz")."""
    # a name in the claim, or a word matching a name of the sentence ("Alcaraz" opening the claim is not
    # known as a name there)
    people = [k for k, w in enumerate(claim) if a.best[k] >= EXACT and w.place is None and w.number is None
              and (w.is_name or a.words[int(a.where[k])].is_name)]
    for x in range(len(people)):
        for y in range(x + 1, len(people)):
            ka, kb = people[x], people[y]
            run_a, run_b = claim_name_run(claim, ka), claim_name_run(claim, kb)
            if run_a == run_b or claim[ka].norm == claim[kb].norm:
                continue  # one name, or the same name twice ("Gaio Giulio Cesare era il figlio di Gaio …")
            # one word between the two names, the verb: "Alcaraz beat Sinner", "Sinner was beaten by Alcaraz"
            if run_b[0] - run_a[1] != 2:
                continue
            v = run_a[1] + 1
            if claim[v].is_name or claim[v].number is not None or claim[v].weight < 1.0 or a.best[v] < MATCH \
                    or claim[v].stem in _SYMMETRIC:
                continue
            ja, jb, jv = int(a.where[ka]), int(a.where[kb]), int(a.where[v])
            reversed_order = jb < jv < ja
            if not (reversed_order or ja < jv < jb) or a.words[jv].stem in _SYMMETRIC:
                continue
            first, second = (jb, ja) if reversed_order else (ja, jb)  # the sentence's names in its order
            if name_run(a, first)[1] + 1 != jv or name_run(a, second)[0] - 1 != jv:
                continue  # the sentence's verb right between its two names too
            if _ALONGSIDE_BEFORE.search(query[:claim[kb].start]) or _ALONGSIDE_BEFORE.search(text[:a.words[second].start]):
                continue  # "A spoke with B", "played against": both sides act
            claim_passive = bool(_AGENT_BEFORE.search(query[:claim[kb].start]))
            sent_passive = bool(_AGENT_BEFORE.search(text[:a.words[second].start]))
            if reversed_order == (claim_passive != sent_passive):
                continue  # the same doer: reversed by a passive on one side, or in the same order
            # the claim's doer against the sentence's doer
            return (kb, first) if claim_passive else (ka, second if sent_passive else first)
    return None


# the points of the compass and the centre: one excludes another ("Asia settentrionale", "Asia centrale")
_COMPASS = {fold(w): key for key, words in {
    "n": "nord settentrionale settentrionali north northern", "s": "sud meridionale meridionali south southern",
    "e": "est orientale orientali east eastern", "w": "ovest occidentale occidentali west western",
    "c": "centro centrale centrali central"}.items() for w in words.split()}


QUOTED = re.compile(r"[“«\"]+([^“”«»\"]{2,80})[”»\"]+")


def quoted_words(query: str, claim: Sequence[Word]) -> list[list[int]]:
    """The claim words inside each quoted phrase of the claim ('… are "Never Trumpers."'), by claim index."""
    out = []
    for m in QUOTED.finditer(query):
        inside = [i for i, w in enumerate(claim) if m.start(1) <= w.start < m.end(1)]
        if inside and len(inside) < len(claim):
            out.append(inside)
    return out


def quotes_claim(claim: Sequence[Word], quoted: list[list[int]], a: Aligned) -> bool:
    """Whether a sentence speaks of the claim by its quoted words and its person: "no evidence that either
    Taylor or Kent qualify … as "Never Trumpers"" of 'Says William Taylor and George Kent, the public
    witnesses in the House impeachment inquiry, are "Never Trumpers."'. A fact-check names the phrase it
    examines; the claim's other words (a description, who says it) need not be repeated there. A phrase
    of QUOTE_ALONE words or more is enough by itself ("Trump overreaches by calling it the "biggest trade
    deal ever made"" of 'Says the USMCA is the "biggest trade deal ever made."')."""
    for inside in quoted:
        names = [i for i, w in enumerate(claim) if w.is_name and i not in inside]
        if (all(a.best[i] >= EXACT for i in inside)
                and any(claim[i].weight >= 1.0 for i in inside)
                and (not names or len(inside) >= QUOTE_ALONE or any(a.best[i] >= EXACT for i in names))):
            return True
    return False


QUOTE_ALONE = 4  # content words of a quoted phrase that name the claim without its people


_MISQUOTE = re.compile(r"(?:misquot|travisat|falsely\s+attribut|falsamente\s+attribu)", re.IGNORECASE)
_QUOTING = re.compile(r"[“”«»\"]|\b(?:said|says|say|saying|quot\w*|told|tweet\w*|wrote|detto|disse|dice|dichiar\w*|"
                      r"afferm\w*|scritto|scrisse)\b", re.IGNORECASE)


def mark_restates(query: str, claim: Sequence[Word], a: Aligned, mark: tuple[int, int, str]) -> bool:
    """Whether the words calling something false restate a number or a name of the claim: "— not more than
    10%, as he claimed" of a claim that murders dropped "by more than 10%"; or name whom a claim that quotes
    someone misquotes ("misquoted House Speaker Nancy Pelosi" of "Pelosi said …")."""
    start, end, words = mark
    inside = [j for j, w in enumerate(a.words) if start <= w.start < end]
    if _MISQUOTE.match(words) and _QUOTING.search(query):  # whom: "misquoted House Speaker Nancy Pelosi"
        inside += [j for j, w in enumerate(a.words) if w.start >= end][:4]
    return any(a.sim[i, j] >= EXACT for j in inside for i, c in enumerate(claim)
               if c.number is not None or c.is_name)


_MARK_OBJECT = re.compile(r"\s+(?:that|of|for|about|che|di|del|della|dei|delle|sul|sulla)\b", re.IGNORECASE)


def mark_about_else(claim: Sequence[Word], a: Aligned, text: str, mark: tuple[int, int, str]) -> bool:
    """Whether the words calling something false say what they call false ("no evidence that …", "nessuna
    prova che …") and no word of the claim stands there: "… said it had found no evidence that the stolen
    data had been sold online" calls nothing of "Marsh said the breach was not a sophisticated attack" false,
    though the sentence speaks of the breach."""
    m = _MARK_OBJECT.match(text, mark[1])
    if not m:
        return False
    stop = re.compile(r"[.;:!?]").search(text, m.end())
    end = stop.start() if stop else len(text)
    inside = {j for j, w in enumerate(a.words) if m.end() <= w.start < end}
    return not any(a.best[i] >= MATCH and int(a.where[i]) in inside for i in range(len(claim)))


LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:in|a|ad|at|to|into|nel|nella|nello|negli|nelle|verso|presso)"
                              r"\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?\b")  # "at Moscow's initiative": whose, not where
LOCATED_REACH = 5  # sentence words after the matched verb where the event's place may stand


def located_after(claim: Sequence[Word], i: int, query: str, a: Aligned, text: str) -> int | None:
    """Where the sentence puts the claim's event when claim word i, a place after a locative preposition
    ("morì in Spagna"), is the claim's last word but punctuation and the word before it (its verb) is
    matched: the first place after a locative preposition within LOCATED_REACH sentence words after that
    verb ("morì improvvisamente nell'85 a.C., a Roma"), no other matched claim word between; or None."""
    if i == 0 or i != len(claim) - 1 or not LOCATIVE_BEFORE.search(query[:claim[i].start]):
        return None
    verb = claim[i - 1]
    if verb.is_name or verb.number is not None or a.best[i - 1] < MATCH:
        return None
    anchor = int(a.where[i - 1])
    used = {int(a.where[k]) for k in range(len(claim)) if k != i - 1 and a.best[k] >= MATCH}
    for j in range(anchor + 1, min(len(a.words), anchor + 1 + LOCATED_REACH)):
        w = a.words[j]
        if w.place and w.is_name and LOCATIVE_BEFORE.search(text[:w.start]):
            return j
        if j in used or not _between_verb_and_place(w):
            return None  # another phrase ("took place after talks in Washington"), not the verb's place
    return None


def _between_verb_and_place(w: Word) -> bool:
    """A word that may stand between a verb and its place: an adverb, a date ("morì improvvisamente nell'85
    a.C., a Roma")."""
    return (w.number is not None or w.weight < 1.0 or w.norm in _ARTICULATED or w.text in ERA
            or w.norm.endswith(("mente", "ly")))


_ARTICULATED = frozenset("nel nell nella nello nei negli nelle del dell della dello dei degli delle".split())


_AGE_UNITS = frozenset("years year months month weeks week days day".split())


def _age_word(claim: Sequence[Word], i: int) -> bool:
    """Whether claim word i is the "old" of an age ("around thirty years old", "a 31-year-old vessel"): it says
    how old, not old against new ("a new, larger vessel")."""
    return claim[i].norm == "old" and i > 0 and claim[i - 1].norm in _AGE_UNITS


def slot_conflicts(claim: Sequence[Word], a: Aligned, union: np.ndarray, text: str) -> list[tuple[int, int, str]]:
    """Claim words whose slot in the sentence holds another word: (claim index, sentence index, reason).

    The slot of an unmatched claim word is found through its matched neighbours: the sentence
    words between (or next to) the places where those neighbours matched. A word there that no
    claim word matches is what the sentence says instead: a name for a name, a place for a place,
    another content word for a content word ("word"; "word?" when the two are related words).
    """
    out: list[tuple[int, int, str]] = []
    if not claim or not a.words:
        return out
    matched = a.best >= MATCH
    sent_used = {int(a.where[i]) for i in range(len(claim)) if matched[i]}
    n = len(claim)
    for i, c in enumerate(claim):
        if c.number is not None or c.weight < 1.0 or _age_word(claim, i):
            continue
        # a word the top sentences say somewhere is no conflict; a place matched only by an
        # adjective ("Moscow" ~ "russo") still is when another place holds its slot
        # names and places are judged in this sentence: the article may name Trump elsewhere and
        # still say "Obama" where the claim says "Trump"
        left = next((k for k in range(i - 1, max(-1, i - 3), -1) if matched[k]), None)
        right = next((k for k in range(i + 1, min(n, i + 3)) if matched[k]), None)
        if matched[i]:
            # a weekday, month or ordinal matched further on, another one of its kind in its slot: "Sinner won
            # his first Wimbledon title" against "… to win his second Wimbledon title, becoming the first
            # Italian man …"; "The summit was held in March" against "first planned for March, was held in May"
            other = _other_calendar_in_slot(claim, a, i, left, right, sent_used)
            if other is not None:
                out.append((i, other, "number" if calendar_slot(c.norm)[0] == "ordinal" else "date"))
                continue
        loose_place = c.place is not None and c.is_name and a.best[i] < EXACT
        if c.is_name and not loose_place and a.best[i] >= EXACT:
            continue
        if not c.is_name and matched[i]:
            # matched further on, said of something else, while its opposite stands between its
            # neighbours: "i prezzi dell'energia sono aumentati del 6,3%" against "i prezzi dell'energia,
            # calati del 6,3%, mentre i prezzi dei prodotti alimentari sono aumentati del 2,4%"
            between = _opposite_between(c, a, i, left, right, text)
            if between is not None:
                out.append((i, between, "opposite"))
            continue
        # a word another top sentence says conflicts here only as an opposite next to its matched
        # neighbours: "Veltra's shares fell 3.5%" against "Veltra's shares rose 3.5%", though "sales
        # fell 18%" is said too
        said_elsewhere = not c.is_name and union[i] >= MATCH
        if left is None and right is None:
            continue
        anchors = sorted(int(a.where[k]) for k in (left, right) if k is not None)
        # an opposite near the matched neighbours is a conflict even outside the slot: "si sono
        # incontrati di persona" against "Lavrov e Rubio, nel loro colloquio telefonico, …"; not where a
        # neighbour is matched by its own opposite ("dopo la riapertura" against "… ogni mese prima di
        # chiudere": "riapertura" is no "chiudere")
        # (the claim's last word, "… gli stock di vongole sono raddoppiati", may stand against its opposite anywhere
        # up to the end of its neighbour's clause: "gli stock di vongole nel tratto di costa tra Porto Salvo e Lido
        # Caprile si sono dimezzati")
        reach = anchors[-1] + 4
        if right is None:
            stop = CLAUSE_MARK.search(text, a.words[anchors[-1]].end)
            end = stop.start() if stop else len(text)
            reach = max(reach, next((j for j in range(anchors[-1] + 1, len(a.words)) if a.words[j].start >= end),
                                    len(a.words)))
        near = [j for j in range(max(0, anchors[0] - 3), min(len(a.words), reach))
                if _sound(claim, a, (left, right)) and j not in sent_used and opposite(c.norm, a.words[j].norm)
                and not _just_negated(text, a.words[j])]
        if near:
            out.append((i, near[0], "opposite"))
            continue
        # a month given with its day ("venerdì 29 giugno") is one date: another sentence saying "giugno" of
        # something else does not say it
        if said_elsewhere and not (c.norm in MONTH_NUMBER and day_of_month(claim, i) is not None):
            continue
        if len(anchors) == 2 and anchors[1] - anchors[0] <= 4:
            slot = set(range(anchors[0] + 1, anchors[1]))
        else:
            slot = {anchors[0] - 1, anchors[0] + 1} if len(anchors) == 1 else {anchors[0] + 1, anchors[1] - 1}
        if c.is_name:  # a name's slot: next to either neighbour too ("at Moscow's initiative")
            slot |= {j + d for j in anchors for d in (-1, 1)}
        candidates = [j for j in sorted(slot) if 0 <= j < len(a.words) and j not in sent_used
                      and a.words[j].number is None and a.words[j].weight >= 1.0]
        day = calendar_slot(c.norm)
        days = [j for j in candidates if day is not None and (calendar_slot(a.words[j].norm) or ("",))[0] == day[0]]
        if day is not None and day[0] == "month" and not days and day_of_month(claim, i) is None:
            # or a word or two past its neighbour, in its clause, for a month said alone: "era prevista per giugno"
            # against "la riapertura, prevista in origine per agosto" (not a weekday: "The walkout finishes on a
            # Sunday, five days after it begins" against "… will walk out for five days from 7am on Tuesday 14 January")
            days = [j for j in range(max(0, anchors[0] - CALENDAR_REACH - 1), min(len(a.words), anchors[-1] + CALENDAR_REACH + 2))
                    if j not in sent_used and (calendar_slot(a.words[j].norm) or ("",))[0] == day[0]
                    and not CLAUSE_MARK.search(text, min(a.words[j].end, a.words[anchors[0]].end),
                                               max(a.words[j].start, a.words[anchors[0]].start))]
        if days or day is not None:
            # a day conflicts with another day only, a month with a month, an ordinal with an ordinal, not as a
            # name: "closed on Tuesday" against "chiuse lunedì"; "giovedì 18 novembre" against "giovedì 18
            # dicembre"; "his third Wimbledon title" against "his second Wimbledon title"
            if days:
                out.append((i, days[0], "number" if day[0] == "ordinal" else "date"))
            continue
        if c.is_name:
            same_kind = [j for j in candidates if a.words[j].is_name and (a.words[j].place is None) == (c.place is None)]
            if not same_kind and left is None and a.best[right] >= EXACT:  # the same verb, not a related one
                same_kind = _apposed_subject(a, anchors[0], c, sent_used, text)
            candidates = same_kind or candidates
        if not candidates:
            continue
        j = max(candidates, key=lambda j: (opposite(c.norm, a.words[j].norm), a.sim[i, j]))
        s = a.words[j]
        if calendar_slot(s.norm) is not None:
            continue  # a weekday, month or ordinal stands in no other word's place: "Theresa May attended" is
            # not put against "was held in June"
        if loose_place and not (s.place and s.is_name and s.place != c.place):
            continue
        if c.place and s.place and within_region(c.place, s.place):
            continue  # a region holding the country: "Europa" is not put against "Italia"
        if (c.place and s.place and c.place != s.place) or (
                c.norm in _COMPASS and s.norm in _COMPASS and _COMPASS[c.norm] != _COMPASS[s.norm]):
            out.append((i, j, "place"))  # "Mosca" for "Washington"; "Asia settentrionale" for "Asia centrale"
        elif opposite(c.norm, s.norm) and not _just_negated(text, s) and _sound(claim, a, (left, right)):
            out.append((i, j, "opposite"))  # "la terza città più piccola" for "più grande"
        elif c.is_name and s.is_name and not (c.norm in _BODY_NOUNS and s.norm not in _BODY_NOUNS):
            # (a body's noun written as a name stands against another body only: "del Comune di Valdorno" is not put
            # against "la capogruppo di Valdorno Domani")
            out.append((i, j, "name"))
        elif not c.is_name and s.is_name and not s.place and _lone_capital(a, j):
            out.append((i, j, "word"))  # "defence" where the article says "Esteri"
        elif c.is_name != s.is_name:
            continue  # a name against a plain word is a paraphrase as often as a conflict
        else:
            out.append((i, j, "word?" if a.sim[i, j] >= 0.3 else "word"))
    return out


def _sound(claim: Sequence[Word], a: Aligned, neighbours) -> bool:
    """Whether the claim's neighbours (indices; None for none) that place an opposite are matched for what
    they say: firmly (a synonym, a translation), or loosely by a word that is not their opposite ("after the
    reopening" is not placed by "… before closing": "reopening" is matched by "closing")."""
    return all(a.best[k] >= STRONG_MATCH or not asked_opposite(claim[k].norm, a.words[int(a.where[k])].norm)
               for k in neighbours if k is not None)


AFTER_NAME_REACH = 4  # content words after a name read for what the sentence says of that person
SAYS_MORE = 0.4  # how much more of the rest of a claim a sentence must match to outweigh one stating its number


def opposite_after_name(claim: Sequence[Word], query: str, a: Aligned, text: str) -> tuple[int, int, str] | None:
    """For a person the claim names before what it says of them, an opposite of a word it says (or another
    ordinal, weekday or month) standing in the sentence within AFTER_NAME_REACH content words after that name,
    no other name between: (claim index, sentence index, conflict reason); None otherwise. Not for a name
    that only modifies the claim's subject: "Il nuovo orario di Rotaie Liguri entrerà in vigore domenica"
    says "domenica" of the timetable, not of "Rotaie Liguri ha presentato lunedì …"."""
    for lo, hi in person_name_runs(claim):
        if any(a.best[x] < EXACT for x in range(lo, hi + 1)) or _claim_modifier(query, claim, lo, hi):
            continue
        end = max(int(a.where[x]) for x in range(lo, hi + 1))
        # not a word the sentence says of them further on, before naming anyone else: "Sinner won his first
        # title in 2019 and his second in 2024" says "second" of him too
        names_after = [j for j in range(end + 1, len(a.words)) if a.words[j].is_name]
        said = [x for x in range(hi + 1, len(claim)) if not claim[x].is_name and claim[x].number is None
                and not _age_word(claim, x) and not (a.best[x] >= EXACT and end < int(a.where[x]) < min(names_after, default=len(a.words)))]
        for j in range(end + 1, min(len(a.words), end + 1 + AFTER_NAME_REACH)):
            s = a.words[j]
            if s.is_name:
                break
            for x in said:
                if opposite(claim[x].norm, s.norm) and not _just_negated(text, s):
                    return x, j, "opposite"
                # another ordinal, weekday or month said of them: "Reform UK came second" against "James Bell came
                # second …, while Reform UK finished third"
                mine, theirs = calendar_slot(claim[x].norm), calendar_slot(s.norm)
                if mine and theirs and mine[0] == theirs[0] and mine != theirs:
                    return x, j, "number" if mine[0] == "ordinal" else "date"
    return None


def _opposite_between(c: Word, a: Aligned, i: int, left: int | None, right: int | None, text: str) -> int | None:
    """For claim word c (index i), matched in the sentence outside the span of its matched neighbours
    (claim indices left and right), the opposite word standing inside that span (sentence index); None
    otherwise."""
    if left is None or right is None:
        return None
    lo, hi = sorted((int(a.where[left]), int(a.where[right])))
    if lo < int(a.where[i]) < hi or hi - lo > 4:
        return None
    return next((j for j in range(lo + 1, hi) if opposite(c.norm, a.words[j].norm)
                 and not _just_negated(text, a.words[j])), None)


CALENDAR_REACH = 2  # content words next to a claim word's one matched neighbour that may hold its weekday or month


def _other_calendar_in_slot(claim: Sequence[Word], a: Aligned, i: int, left: int | None, right: int | None,
                            sent_used: set[int]) -> int | None:
    """For a weekday, month or ordinal of the claim (index i) matched in the sentence outside its slot,
    another one of the same kind in the slot (sentence index): between its matched neighbours, or within
    CALENDAR_REACH words after its left neighbour (before its right one) when only one is matched."""
    mine = calendar_slot(claim[i].norm)
    if mine is None or (left is None and right is None):
        return None
    at = int(a.where[i])
    if left is not None and right is not None:
        lo, hi = sorted((int(a.where[left]), int(a.where[right])))
        if hi - lo > 4:
            return None
        slot = range(lo + 1, hi)
    elif left is not None:
        lo = int(a.where[left])
        slot = range(lo + 1, min(len(a.words), lo + 1 + CALENDAR_REACH))
    else:
        hi = int(a.where[right])
        slot = range(max(0, hi - CALENDAR_REACH), hi)
    if at in slot:
        return None
    # where the sentence says the claim's one, it is said of something else: an ordinal of the word after it, a
    # date of the word before it ("the first Italian man", "planned for March"); not "his second in 2024",
    # which says it of the claim's title again
    head = at + 1 if mine[0] == "ordinal" else at - 1
    if not 0 <= head < len(a.words) or a.words[head].number is not None or head in sent_used:
        return None
    # where the sentence says the claim's one, a figure the claim gives beside it: the claim's date is the
    # figure's ("A settembre l'inflazione era all'1,6%" against "… scesa all'1,1%, dall'1,6% di settembre")
    if any(claim[k].number is not None and a.best[k] >= EXACT and abs(int(a.where[k]) - at) <= CALENDAR_REACH
           for k in range(len(claim))):
        return None
    for j in slot:
        if j in sent_used or a.words[j].number is not None:
            return None  # another claim word there, the slot is the claim's own; a figure, the date is its own
        theirs = calendar_slot(a.words[j].norm)
        if theirs and theirs[0] == mine[0] and theirs != mine:
            return j
    return None


def _just_negated(text: str, w: Word) -> bool:
    """Whether a negation stands in the three words before w: "will not be closed", "won't be closed" say
    open (the negation words as `signals.negated` reads them: contractions, not the clitic "ne")."""
    window = text[max(0, w.start - 40):w.start]
    marks = {t.start for t in negated(window)}
    return any(t.start in marks for t in tokens(window)[-3:])


APPOSITION_REACH = 6  # content words back from the verb to the subject an apposition separates from it


def _apposed_subject(a: Aligned, verb: int, c: Word, used: set[int], text: str) -> list[int]:
    """The name before an apposition that separates it from its verb ("Alcaraz, the defending champion,
    had won …"): the slot of a claim's subject name ("Sinner had won …"); [] when there is none."""
    for j in range(verb - 1, max(-1, verb - APPOSITION_REACH), -1):
        w = a.words[j]
        if w.is_name and (w.place is None) == (c.place is None):
            end = a.words[name_run(a, j)[1]].end
            return [j] if j not in used and text[end:a.words[verb].start].count(",") >= 2 else []
    return []


def _lone_capital(a: Aligned, j: int) -> bool:
    """A capitalised word on its own (a noun like "Esteri"), not part of a person's name."""
    return not any(0 <= k < len(a.words) and a.words[k].is_name and not a.words[k].place for k in (j - 1, j + 1))


_WHOSE_BEFORE = re.compile(r"\b(?:di|del|della|dello|dei|degli|delle|dell['’]|of|at)\s*$", re.IGNORECASE)


def role_holder(role: Sequence[Word], whose: Sequence[Word], evidence, vectors) -> tuple[int, Aligned, int] | None:
    """Who the evidence says holds a role ("chief executive", "sindaco", "assessora ai trasporti"): the
    evidence sentence naming a person right next to every word of the role ("Chief executive Hanna Berger told
    …", "Il sindaco Matteo Lepore ha detto …", "Valentina Orioli, assessora ai trasporti"), the role's words
    aligned to it, and that person's sentence word index; or None. Whose role it is (`whose`: "Veltra",
    "Bologna") must be named, all of it but a body noun beside a name ("Comune di Valdorno"), in the same article's
    evidence, and no other name may stand in its place ("il sindaco di Milano, Beppe Sala")."""
    named: dict[str, np.ndarray] = {}
    # (a body noun beside the name need not be said: "del Comune di Valdorno" is named by "Valdorno")
    needed = [w for w in whose if w.norm not in _BODY_NOUNS] or list(whose)
    for i, e in enumerate(evidence if whose else ()):
        found = align(needed, i, e.sentence.text, vectors).best >= EXACT
        named[e.sentence.doc_id] = named.get(e.sentence.doc_id, found) | found
    for i, e in enumerate(evidence):
        if whose and not named[e.sentence.doc_id].all():
            continue
        a = align(role, i, e.sentence.text, vectors)
        if not a.words or (a.best < MATCH).any():
            continue
        first, last = int(a.where.min()), int(a.where.max())
        if last - first >= len(role) + 1:
            continue  # the role's words apart in the sentence
        j = _holder(a, first, last, whose, e.sentence.text)
        if j is not None:
            return i, a, j
    return None


# what stands for a named body after a role ("il segretario regionale del sindacato, Davide Carbone", "the
# company's chief executive"): whose role it is, named elsewhere in the article
_BODY_NOUNS = frozenset(fold(w) for w in """azienda società gruppo sindacato club squadra comune ente consiglio
istituto museo ospedale company firm group union council authority agency team museum hospital bank""".split())


def _holder(a: Aligned, first: int, last: int, whose: Sequence[Word], text: str) -> int | None:
    """The person named next to a role's words (sentence words first..last): right after it, past the words
    saying whose role it is ("il sindaco di Bologna, Matteo Lepore"), or right before it with a comma between
    ("Valentina Orioli, assessora ai trasporti"); None when another name says whose role it is."""
    def person(j: int) -> bool:
        return 0 <= j < len(a.words) and a.words[j].is_name and a.words[j].place is None

    def theirs(j: int) -> bool:  # a word of whose role it is, as the question names it, or a common noun for it
        return any(w.norm == a.words[j].norm or (w.place and w.place == a.words[j].place) for w in whose) or (
            bool(whose) and a.words[j].norm in _BODY_NOUNS)

    j = last + 1
    while j < len(a.words) and j - last <= ROLE_REACH and theirs(j):
        j += 1
    if j < len(a.words) and _WHOSE_BEFORE.search(text[a.words[j - 1].end:a.words[j].start]):
        return None  # "il sindaco di Milano, …": the role of some other place or body
    if j < len(a.words) and j - last <= ROLE_REACH and person(j) and not theirs(j) and (
            len(text[a.words[last].end:a.words[j].start]) <= ROLE_GAP or all(theirs(k) for k in range(last + 1, j))):
        return j
    j = first - 1
    # only a comma between: "Gaio Mario, e padre di …" names no father
    return j if person(j) and not theirs(j) and text[a.words[j].end:a.words[first].start].strip() == "," else None


APPOSITION_WORDS = 4  # content words of an office set beside a name ("direttore sportivo della Vetra")
_OFFICE_OPENS_RE = re.compile(r"(?:^|[,;:(]\s*|\b(?:il|lo|la|l['’]|the|its|their|his|her)\s*)$", re.IGNORECASE)
_PREPOSITION_END = re.compile(r"\b(?:per|di|a|in|da|con|su|for|of|at|on|with|by)\s+\S+\s*$", re.IGNORECASE)


def _office_opens(before: str) -> bool:
    """Whether an office may open right after this text: at a sentence's start, after punctuation, or after an
    article not itself inside a phrase ("con il consigliere per la sicurezza": the phrase opens at "il")."""
    m = _OFFICE_OPENS_RE.search(before)
    return m is not None and not (m.group(0).strip(" ,;:(") and _PREPOSITION_END.search(before))


def own_apposition(a: Aligned, lo: int, hi: int, text: str) -> list[int]:
    """The words of an office a sentence sets right beside a person's name (sentence words lo..hi): before it, up to
    the sentence's start, punctuation or an article opening it, a comma at most before the name ("Il direttore
    sportivo della Vetra, Giorgio Bellotti", "con il consigliere per la sicurezza nazionale Mike Waltz"); or after
    it, set off by a comma ("Teresa Lomuscio, segretaria provinciale della Fiom-Cgil", "Helen Marsh, a senior
    hydrologist at …"); [] when none, or when a verb's auxiliary stands between ("Il ministro ha incontrato X")."""
    before: list[int] = []
    k = lo - 1
    if k >= 0 and text[a.words[k].end:a.words[lo].start].strip() in ("", ","):
        opened = False
        while k >= 0 and len(before) < APPOSITION_WORDS and a.words[k].number is None:
            between = text[a.words[k].end:a.words[k + 1].start] if k + 1 < lo else ""
            if re.search(r"[,;:.()“”\"«»]", between):
                opened = True  # punctuation opens it
                break
            if _AUXILIARY.search(between):
                break
            before.insert(0, k)
            if _office_opens(text[:a.words[k].start]):
                opened = True
                break
            k -= 1
        opened = opened or k < 0
        if before and opened and not a.words[before[0]].is_name and not any(a.words[j].norm in _SPEECH for j in before) \
                and any(not a.words[j].is_name and a.words[j].weight >= 1.0 for j in before):
            return before
    after: list[int] = []
    if hi + 1 < len(a.words) and _SET_OFF.fullmatch(text[a.words[hi].end:a.words[hi + 1].start]):
        k = hi + 1
        while k < len(a.words) and len(after) < APPOSITION_WORDS and a.words[k].number is None:
            after.append(k)
            if k + 1 < len(a.words) and re.search(r"[,;:.()“”\"«»]", text[a.words[k].end:a.words[k + 1].start]):
                break
            k += 1
        if after and not a.words[after[0]].is_name and a.words[after[0]].weight >= 1.0:
            return after
    return []


_AUXILIARY = re.compile(r"\b(?:ha|hanno|ho|abbiamo|è|sono|era|erano|aveva|avevano|has|have|had|is|are|was|were|said|"
                        r"says|told)\b", re.IGNORECASE)
# who speaks is named after a verb of saying, no office: '"…", ha dichiarato Teresa Lomuscio, …', 'said Helen Marsh'
_SPEECH = frozenset(fold(w) for w in """said says told added detto dichiarato spiegato aggiunto affermato sottolineato
commentato replicato precisato concluso riferito annunciato ricordato ammesso scritto""".split())
_SET_OFF = re.compile(r"\s*,\s*(?:(?:a|an|the|il|la|lo|l['’]|un|una|uno|un['’])\s*)?", re.IGNORECASE)


def name_run(a: Aligned, j: int) -> tuple[int, int]:
    """The first and last sentence word of the name that word j belongs to."""
    lo = hi = j
    kind = a.words[j].place is None

    def same(k: int) -> bool:
        return a.words[k].is_name and (a.words[k].place is None) == kind

    while lo - 1 >= 0 and same(lo - 1) and a.words[lo - 1].end + 2 >= a.words[lo].start:
        lo -= 1
    while hi + 1 < len(a.words) and same(hi + 1) and a.words[hi].end + 2 >= a.words[hi + 1].start:
        hi += 1
    return lo, hi


def claim_denies(claim, a: Aligned, pol) -> bool:
    """Whether the claim's negation bears on what the sentence states: the sentence matches the
    claim, and the words the negation governs in the claim."""
    if len(_matched_at(claim, a)) < 2:
        return False
    span = pol.first_span()
    after = [i for i, w in enumerate(claim) if w.start > span[0] and w.weight >= 1.0][:2]
    return any(a.best[i] >= STRONG_MATCH for i in after) if after else True


DENIED_SHARE = 0.5  # more than this share of the claim's matched words a sentence's negation governs denies it


def evidence_denies(claim, a: Aligned, pol, text: str) -> int | None:
    """Where the sentence's negation that bears on words the claim matched starts (the same clause),
    or None; it takes two matched words for a sentence to be about the claim, and the negation governing
    more than DENIED_SHARE (half) of them: "ha smentito le voci di un possibile accorciamento della quinta tappa, in
    programma domenica 7 giugno, che porterà i corridori da Cortina …" does not deny where the stage goes."""
    # a claim word matched by the negation itself is not said there ("abstained" read as "denied that …")
    marks = [(t.start, t.end) for t in pol.explicit] + [(s, e) for s, e, _ in pol.implicit]
    matched = [j for j in _matched_at(claim, a) if not any(s <= a.words[j].start < e for s, e in marks)]
    # what it denies must hold a word the claim says (itself, a synonym or a translation), not only one
    # related to it: "we're not trying to rush through any other change" denies no "substitute presenter"
    said = {int(a.where[i]) for i in range(len(claim)) if a.best[i] >= STRONG_MATCH}
    return denied_at(a, pol, text, matched, DENIED_SHARE, said) if len(matched) >= 2 else None


def named_both(w: Word, k: int, aligned: Sequence[Aligned], top: Sequence[int]) -> bool:
    """Whether claim word `k` is a name a top sentence names too: written with a capital on both sides
    ("Babur" opening the claim and its sentence), not "Measles" opening the claim against "measles"."""
    return (w.is_name or w.text[:1].isupper()) and any(
        aligned[i].best[k] >= EXACT and aligned[i].words[int(aligned[i].where[k])].text[:1].isupper() for i in top)


def subject_name(claim: Sequence[Word], after: int = 0, query: str | None = None) -> list[int]:
    """The claim's first name (its words' indices) when the claim opens with it, after a leading
    attribution ending at character `after` ("According to Politico, Kellogg …"): the one it is about.
    Given the claim's text, also a name set off by commas right after the opening description
    ("L'inviato per la guerra tra Kiev e Mosca, Kellogg, resterà fuori …": Kellogg, not Kiev)."""
    first = next((i for i, w in enumerate(claim) if w.start >= after), None)
    if first is None:
        return []
    if not claim[first].is_name:
        return _apposition_subject(claim, first, query) if query is not None else []
    lo, hi = claim_name_run(claim, first)
    if query is not None and POSSESSIVE.match(query, claim[hi].end):  # "Trump's envoy, Keith Kellogg, …"
        return _apposition_subject(claim, first, query) or list(range(max(lo, first), hi + 1))
    return list(range(max(lo, first), hi + 1))


def _apposition_subject(claim: Sequence[Word], first: int, query: str) -> list[int]:
    """The name between the claim's first two commas when a word that is no name follows it: an apposition
    naming who the opening description is ("Trump's envoy, Keith Kellogg, will …"), not a list ("a Roma,
    Milano, Torino …")."""
    comma = query.find(",", claim[first].start)
    k = next((i for i, w in enumerate(claim) if w.start > comma), None) if comma >= 0 else None
    if k is None or not claim[k].is_name or query[comma + 1:claim[k].start].strip():
        return []
    lo, hi = claim_name_run(claim, k)
    if hi + 1 >= len(claim) or claim[hi + 1].is_name or not query[claim[hi].end:claim[hi + 1].start].startswith(","):
        return []
    return list(range(max(lo, k), hi + 1))


OF_WORDS = frozenset("di del dello della dei degli delle d of".split())


def subject_at(subject: Sequence[int], a: Aligned, text: str) -> list[int]:
    """The sentence words where the claim's subject is named as someone, not as a modifier of
    something else ("l'inviato speciale di Trump" names the envoy; denying him denies not Trump)."""
    out = []
    for j in subject:
        if a.best[j] < EXACT:
            continue
        k = int(a.where[j])
        if not _modifier(a, k, text):
            out.append(k)
    return out


def _modifier(a: Aligned, k: int, text: str) -> bool:
    """Whether sentence word k (a name) only modifies another noun: "l'inviato di Trump", "Trump's envoy"."""
    lo, hi = name_run(a, k)
    # a name run does not go past a comma: "il presidente della Regione, Renato Schifani" names Schifani
    while lo < k and "," in text[a.words[lo].end:a.words[lo + 1].start]:
        lo += 1
    while hi > k and "," in text[a.words[hi - 1].end:a.words[hi].start]:
        hi -= 1
    for j in (k - 1, k + 1):  # "i colloqui Ucraina-Russia": a pair of places qualifying the talks
        if 0 <= j < len(a.words) and a.words[k].place and a.words[j].place:
            first, second = sorted((a.words[j], a.words[k]), key=lambda w: w.start)
            if text[first.end:second.start] in ("-", "–"):
                return True
    return _name_modifies(text, a.words[lo].start, a.words[hi].end)


def _claim_modifier(query: str, claim: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether the claim's name run lo..hi only modifies a noun before it ("il nuovo orario di Rotaie
    Liguri", "the bank's", "Kestrel's chief executive"), as `_modifier` reads a sentence's."""
    return _name_modifies(query, claim[lo].start, claim[hi].end)


def _name_modifies(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] follows "di" / "of" or takes "'s": it qualifies another noun."""
    before = tokens(text[:start])[-2:]
    if len(before) == 2 and before[1].norm in OF_WORDS and before[0].norm in _NAMING_HEADS:
        return False  # "la città di Providence", "the state of Texas": the name is what is named
    return bool(before and before[-1].norm in OF_WORDS) or text[end:end + 2] in ("'s", "’s")


# nouns that a name after "di" / "of" names rather than modifies: "la città di Providence" is Providence
_NAMING_HEADS = frozenset(fold(w) for w in """
città comune provincia regione stato isola isole paese villaggio contea repubblica regno principato
ducato arcipelago penisola lago fiume monte
city town village state island islands county province region republic kingdom country lake river mount
""".split())


def person_subject(subject: Sequence[int], claim: Sequence[Word], query: str) -> bool:
    """Whether the claim is about a person it opens with (not a place, not "The Obama administration",
    not "Trump's envoy")."""
    if not subject or any(claim[j].place for j in subject):
        return False
    first = tokens(query)[:1]
    if not first or first[0].start != claim[subject[0]].start:
        return False  # "The Obama administration", "Nel Kentucky": the name opens no person's clause
    return query[claim[subject[-1]].end:claim[subject[-1]].end + 2] not in ("'s", "’s")  # "Trump's envoy"


def all_modifiers(subject: Sequence[int], a: Aligned, text: str) -> bool:
    """Whether a sentence names the claim's subject in full, and only as a modifier of something else:
    "l'inviato speciale di Trump" says nothing of Trump himself."""
    return all(a.best[j] >= EXACT for j in subject) and all(_modifier(a, int(a.where[j]), text) for j in subject)


def _matched_at(claim, a: Aligned) -> list[int]:
    """The sentence words (indices) that the claim's words match."""
    return [int(a.where[i]) for i in range(len(claim)) if a.best[i] >= MATCH]


NEGATION_REACH = 14  # tokens after a negation mark (in its clause) that it governs


# who says a quotation, right after it: "», ha assicurato l'assessore …", "," said Ms Obi"
_SAID_AFTER = re.compile(r"\s*,?\s*(?:ha|hanno)\s+(?:detto|dichiarato|assicurato|spiegato|aggiunto|precisato|sottolineato|"
                         r"affermato|annunciato|ribadito|osservato|commentato)\b|\s*,?\s*(?:said|says|told|added|explained|"
                         r"insisted|stressed|warned)\b", re.IGNORECASE)


# what a speaker goes on to say after the attribution of a quotation: ", noting that …", ", aggiungendo che …"
_GOES_ON = re.compile(r",\s*(?:noting|adding|saying|explaining|warning|aggiungendo|spiegando|sottolineando|precisando)\b|"
                      r"\b(?:that|che)\b", re.IGNORECASE)


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans of a text's quotations that someone is said to say right after them, marks included."""
    return [m.span() for m in QUOTATION.finditer(text) if _SAID_AFTER.match(text, m.end())]


def denied_at(a: Aligned, pol, text: str, matched: Sequence[int], share: float = 0.0,
              said: set[int] | None = None) -> int | None:
    """Where the negation that denies a matched sentence word starts (more than `share` of those after it,
    when given, and one of `said` among them, when given), or None.

    Each mark governs the words it opens, in its clause: "Non ci saranno né l'inviato ..., Keith
    Kellogg, né ..." denies Kellogg through the "né" that opens his phrase, too far from "Non". Who
    says the sentence is not denied by it ("No new vaccine is needed, Kluge said, …")."""
    toks = tokens(text)
    speakers = article_sources(text)
    matched = [j for j in matched if not any(s <= a.words[j].start < e for s, e, _ in speakers)]
    # "Non è ancora stato deciso se …" / "has not yet decided whether …" says what follows is open, denying none of it;
    # it denies a decision or a confirmation the claim states ("ha già stabilito come …", "confirmed it would …")
    open_spans = [(s, e) for s, e in undecided(text)
                  if not any(s <= a.words[j].start < e and a.words[j].weight >= 1.0 for j in matched)]
    marks = sorted(m for m in {t.start for t in pol.explicit} | {s for s, _, _ in pol.implicit}
                   if not any(s <= m < e for s, e in open_spans))
    for neg_start in marks:
        clause_end = _clause_end(text, neg_start)
        if _WITHOUT.match(text, neg_start) and (nxt := _NEW_PHRASE.search(text, neg_start, clause_end)):
            clause_end = nxt.start()  # "without a car ferry this winter" ends at "after Clyde & Isles Ferries confirmed"
        window = [t for t in toks if neg_start <= t.start < clause_end][:NEGATION_REACH]
        limit = window[-1].end if window else neg_start
        governed = sum(neg_start < a.words[j].start < limit for j in matched)
        # what stands before it is no part of it; nor, for a denial in a quotation, who is said to say it after the
        # quotation ("«Non ci saranno aumenti per le scuole», ha assicurato l'assessore comunale al Turismo, Davide
        # Orsenigo"; what they go on to say is: "…," said Helen Marsh, …, noting that the previous record …")
        quoted_end = next((e for q_start, e in _quotations(text) if q_start <= neg_start < e), None)
        said_end = len(text)
        if quoted_end is not None:
            more = _GOES_ON.search(text, quoted_end)
            said_end = more.start() if more else len(text)
        after = sum(a.words[j].start > neg_start and not (quoted_end is not None and quoted_end <= a.words[j].start < said_end)
                    for j in matched)
        if governed and governed > share * after and (said is None or any(
                neg_start < a.words[j].start < limit for j in matched if j in said)):
            return neg_start
    return None


# "without" / "senza" denies the phrase it opens, not what a conjunction after it says of the main clause: "face eleven
# weeks without a car ferry this winter after Clyde & Isles Ferries confirmed … that it will cancel all sailings"
_WITHOUT = re.compile(r"(?:without|senza)\b", re.IGNORECASE)
_NEW_PHRASE = re.compile(r"\b(?:after|before|when|because|since|while|until|once|dopo|prima|quando|perch[eé]|mentre|"
                         r"finch[eé]|poich[eé])\b", re.IGNORECASE)


def negation_phrase(text: str, start: int, words: int = 5) -> tuple[int, int]:
    """The negation and the few words after it, within its clause: what to highlight."""
    end = _clause_end(text, start)
    toks = [t for t in tokens(text) if start <= t.start < end][:words]
    return start, (toks[-1].end if toks else end)


def _clause_end(text: str, start: int) -> int:
    """Where the clause opening at `start` ends: at a stop, at the close of a quotation, or where "but" /
    "ma" opens another that a negation before it does not govern ("did not visit the area on Monday, but
    she promised emergency funding"), or a relative pronoun after a comma (", che …", ", which …")."""
    for k in range(start, len(text)):
        if text[k] in ";:.!?\n":
            return k
        if text[k] == "," and (_CONTRAST_AFTER.match(text, k + 1) or _RELATIVE_AFTER.match(text, k + 1)):
            return k
        if text[k] == "," and _APPOSITION_AFTER.match(text, k + 1):
            return k  # "… non possono rientrare nelle proprie case a Pievecastello, il paese della Val Remola colpito …"
        if text[k] == "," and _FUTURE_AFTER.match(text, k + 1):
            return k  # "Non ci saranno più parcheggi in paese durante la sagra, si arriverà solo con le navette"
        if text[k] == " " and _NEXT_PREDICATE.match(text, k):
            return k  # "non sarà aumentato e resterà a 11 euro": the second verb is not denied
        # a quotation ends where its closing mark stands: "… and no business model changes that," said
        # Marieke Dijkstra, the authority's vice-chair (the denial is hers, not of her office)
        if text[k] in "”»" or (text[k] == '"' and k > start and not text[k - 1].isspace()):
            return k
    return len(text)


# a noun phrase set off by a comma, saying what the one before is: "a Pievecastello, il paese della Val Remola"
_APPOSITION_AFTER = re.compile(r"\s*(?:il|lo|la|l['’]|the)\s*[a-zà-ù]+\s+(?:di|del|della|dello|dei|degli|delle|of)\b")
# "and" opening another predicate, its own verb first: "il prezzo … non sarà aumentato e resterà a 11 euro al litro",
# "did not pay and has left"
_ITALIAN_FUTURE = r"[^\W\d]+(?:erà|irà|arà|eranno|iranno|aranno)"  # "resterà", "arriveranno"
_NEXT_PREDICATE = re.compile(r"\s+(?:e|and)\s+(?:(?:ha|hanno|è|sono|sarà|saranno|resterà|resteranno|rimarrà|rimarranno|"
                             r"will|has|have|is|are|was|were|remains?|stays?)\b|" + _ITALIAN_FUTURE + r"\b)", re.IGNORECASE)
# another clause opening with its own verb in the future after a comma (an Italian future, "si" before it)
_FUTURE_AFTER = re.compile(r"\s*(?:si\s+)?(?:sarà|saranno|resterà|resteranno|rimarrà|rimarranno|" + _ITALIAN_FUTURE + r")\b",
                           re.IGNORECASE)
_CONTRAST_AFTER = re.compile(r"\s*(?:but|yet|whereas|although|though|while|ma|però|bensì|mentre|anche\s+se|sebbene|"
                             r"benché|nonostante)\b", re.IGNORECASE)  # "…, although students already enrolled will …"
# a relative clause set off by a comma says something of its own: "… ma non dell'intero stabilimento, che lunedì 8 giugno
# ha ripreso parzialmente la produzione" denies no resumption (refuted 0.75 before)
_RELATIVE_AFTER = re.compile(r"\s*(?:che|il\s+quale|la\s+quale|i\s+quali|le\s+quali|which|who|whose)\b", re.IGNORECASE)


# Who wanted it done: the name after "su iniziativa di", "at the request of", "voluta da", "requested by", before
# "'s request" or "requested" / "ha voluto", or in "Fu … a volere" / "It was … that requested".
_INITIATIVE = r"(?:iniziativa|richiesta|invito|initiative|request|invitation|behest)"
_OF = r"(?:di|del|della|dello|dei|degli|delle|dell['’]|of)\s*(?:the\s+)?"
_INITIATOR_AFTER = re.compile(
    rf"\b(?:(?:su|dietro|per|at|on|upon)\s+(?:(?:la|sua|the)\s+)?{_INITIATIVE}\s+{_OF}"
    r"|(?:volut[oaie]|richiest[oaie]|sollecitat[oaie]|requested|initiated|sought)\s+"
    r"(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’]|by)\s*(?:the\s+)?)", re.IGNORECASE)
_INITIATOR_POSSESSIVE = re.compile(rf"['’]s?\s+{_INITIATIVE}\b", re.IGNORECASE)
_INITIATOR_VERB = re.compile(
    r"\s*(?:requested|initiated|wanted|asked\s+for|sought|called\s+for|took\s+the\s+initiative|"
    r"(?:ha|hanno|aveva|avevano)\s+(?:voluto|chiesto|richiesto|sollecitato|preso\s+l['’]iniziativa)|"
    r"volle|vollero|chiese|chiesero)\b", re.IGNORECASE)
_INITIATOR_CLEFT = re.compile(
    r"\b(?:fu|furono|è\s+stat[oa]|sono\s+stat[ie]|it\s+was|it\s+is)\s+(.{1,60}?)\s+(?:a|ad|che|who|that)\s+"
    r"(?:volere|volerla|volerlo|chiedere|chiederla|chiederlo|richiedere|sollecitare|prendere\s+l['’]iniziativa|"
    r"requested|wanted|initiated|asked\s+for|sought|took\s+the\s+initiative)\b", re.IGNORECASE)
_NAME_GAP = re.compile(r"^(?:\s*,\s*|\s+(?:e|ed|and)\s+|\s+)$", re.IGNORECASE)  # between two names of one run


def _named(w: Word) -> bool:
    return w.is_name or w.place is not None


def _run_from(words: Sequence[Word], text: str, k: int, step: int) -> list[int]:
    """Names from word k on (step 1) or back (step -1), joined by nothing, a comma or "e" / "and"."""
    run = []
    while 0 <= k < len(words) and _named(words[k]):
        run.append(k)
        nxt = k + step
        if not 0 <= nxt < len(words):
            break
        lo, hi = (words[k].end, words[nxt].start) if step > 0 else (words[nxt].end, words[k].start)
        if not _NAME_GAP.match(text[lo:hi]):
            break
        k = nxt
    return sorted(run)


def initiators(words: Sequence[Word], text: str) -> list[list[int]]:
    """The names a text gives as who wanted something done ("su iniziativa di Washington", "at Moscow's request",
    "The White House requested the call", "Fu la Casa Bianca a volere quella chiamata"): runs of indices into
    `words` (its content words), each a name or a place."""
    found = []
    for m in _INITIATOR_AFTER.finditer(text):
        first = next((k for k, w in enumerate(words) if w.start >= m.end()), None)
        if first is not None and words[first].start - m.end() <= 2:
            found.append(_run_from(words, text, first, 1))
    for m in _INITIATOR_POSSESSIVE.finditer(text):
        last = next((k for k in range(len(words) - 1, -1, -1) if words[k].end <= m.start()), None)
        if last is not None and m.start() - words[last].end <= 1:
            found.append(_run_from(words, text, last, -1))
    for k, w in enumerate(words):
        if _INITIATOR_VERB.match(text, w.end):
            found.append(_run_from(words, text, k, -1))
    for m in _INITIATOR_CLEFT.finditer(text):
        inside = [k for k, w in enumerate(words) if m.start(1) <= w.start and w.end <= m.end(1) and _named(w)]
        if inside:
            found.append(inside)
    return [run for run in found if run]


# a comparison with a reference: "più della media", "meno della metà della media", "more than the average",
# "less than half the average" (not a bound on a number: "più di 200")
_COMPARED = re.compile(r"\b(?:(?P<up>più|piu|more|higher|greater)|(?P<down>meno|less|fewer|lower))\s+"
                       r"(?:" + OF_ARTICLED + r"|than(?:\s+the)?)\b\s*", re.IGNORECASE)
COMPARED_REACH = 3  # content words after the comparison where the thing compared with may stand


def compared(words: Sequence[Word], text: str) -> list[tuple[int, int, int, list[int]]]:
    """The comparisons a text makes with a reference: (+1 more / -1 less, start, end of the comparison's words, the
    indices of the content words after it, up to COMPARED_REACH, before a number or the clause's end)."""
    out = []
    for m in _COMPARED.finditer(text):
        after = []
        for k, w in enumerate(words):
            if w.start < m.end():
                continue
            if w.number is not None and not after and w.norm != FRACTION or len(after) >= COMPARED_REACH \
                    or CLAUSE_MARK.search(text, m.end(), w.start):
                break
            if w.norm != FRACTION:  # "meno della metà della media": the average is the reference
                after.append(k)
        if after:
            out.append((1 if m.group("up") else -1, m.start(), m.start() + len(m.group(0).rstrip()), after))
    return out


LEFT_OPEN_SHARE = 0.5  # of the claim's plain words, matched in what a sentence leaves undecided, for it to be the claim's


def open_about_claim(claim: Sequence[Word], a: Aligned, span: tuple[int, int]) -> bool:
    """Whether what a sentence leaves undecided (`span`, from `signals.left_open`) is what the claim says, not only who
    decides it ("Valdarsa Acque … non ha ancora deciso se il bonus sarà applicato …" leaves open nothing of "Valdarsa
    Acque aumenterà le tariffe …"; "Resta da decidere se il mercato aprirà anche la domenica" nothing of "Quattro
    commercianti su cinque hanno deciso di tornare"): half of the claim's plain words matched there."""
    plain = [k for k, w in enumerate(claim) if not w.is_name and w.number is None]
    inside = [j for j, w in enumerate(a.words) if span[0] <= w.start < span[1]]
    total = sum(claim[k].weight for k in plain)
    if not plain or not inside:
        return True
    return sum(claim[k].weight for k in plain if a.sim[k, inside].max() >= MATCH) >= LEFT_OPEN_SHARE * total
