"""Numbers, dates and counts of a claim against a sentence: what a number counts ("500 milioni di euro"),
the date a weekday is given, the earlier value a figure moved from ("38%, down from 61%") and the
change a claim states instead of a value.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from .align import (APPROXIMATELY, CALENDAR, calendar_slot, FRACTION, MATCH, MONTH_NUMBER, OF_ARTICLED, Aligned, Word, content_words, number_agrees,
                    same_meaning)
from .signals import CURRENCY_WORD, DURATION_KIND, DURATION_UNITS, MONTHS, NUMBER_WORDS, SCALE_WORDS, TIME_WORDS, is_money
from .text import fold, stem, tokens
from .types import Conflict


RELATIVE_YEAR = re.compile(r"\b(?:this|last|next|that)\s+(?:year|season)\b|\b(?:quest['’]\s*anno|"
                            r"l['’]\s*anno\s+(?:scorso|prossimo|passato|precedente|prima|successivo|dopo)|"
                            r"(?:lo\s+)?scorso\s+anno|quest['’]\s*ultimo\s+anno|questa\s+stagione|"
                            r"the\s+(?:previous|following)\s+year|the\s+year\s+(?:before|after))\b", re.IGNORECASE)


UNIT_GAP = 4  # characters between a number and what it counts: " di " in "500 milioni di euro"


def _scale_words(words: Sequence[Word], pos: int) -> list[Word]:
    """The words right after the number at `pos` that only scale it: "milioni" in "2,1 milioni di passeggeri"."""
    out = []
    while pos + 1 < len(words) and words[pos + 1].norm in SCALE_WORDS and words[pos + 1].start - words[pos].end <= UNIT_GAP:
        pos += 1
        out.append(words[pos])
    return out


PART_GAP = 8  # characters between a part and its whole: " dei " in "620 dei 1.480 ettari", " of the "


def _whole_of(words: Sequence[Word], n: Word) -> Word | None:
    """The number a part is counted of, right after it ("620 dei 1.480 ettari", "620 of the 1,480 hectares"), or None;
    a year is when, no whole ("contro le 4.230 del 2024")."""
    nxt = words[n.pos + 1] if n.pos + 1 < len(words) else None
    return (nxt if nxt is not None and nxt.number is not None and nxt.start - n.end <= PART_GAP and not is_year_word(nxt)
            else None)


_OVER = re.compile(r"\s*(?:su|sui|sugli|sulle|dei|degli|delle|of|of\s+the|out\s+of(?:\s+the)?)\s*$", re.IGNORECASE)
# a whole given first, opening its clause: "Of the 240 posts that will go, about 150 are academic", "Dei 36 medici …, 22"
_WHOLE_FIRST = re.compile(r"(?:^|[,;:(]\s*)(?:of|out\s+of|dei|degli|delle|sui|sugli|sulle|su)\s+(?:the\s+)?$",
                          re.IGNORECASE)
WHOLE_REACH = 80  # characters from a whole given first to its part


def _plain_figure(words: Sequence[Word], text: str, n: Word) -> bool:
    """Whether word n of a sentence is a figure that counts something: a number, not a scale word after one (a scale
    word said alone is one: "Un milione arriva da un contributo regionale"), a fraction, a year, the day of a date or a
    share."""
    return (n.number is not None and n.norm != FRACTION and not _scales_before(words, n, text) and not is_year_word(n)
            and not dated(words, n.pos) and _PERCENT_AFTER.match(text, n.end) is None)


def _scales_before(words: Sequence[Word], n: Word, text: str) -> bool:
    """Whether word n is a scale word after a number ("2,1 milioni", "per cento"), not one said alone after its article
    ("un milione", "a million")."""
    return n.norm in SCALE_WORDS and not _ONE_SCALE.search(text, max(0, n.start - 6), n.start)


_ONE_SCALE = re.compile(r"(?:^|\b)(?:un|a|one)\s+$", re.IGNORECASE)  # ("one million": "one" is no number word of its own)


plain_figure = _plain_figure  # (for the checks)


def counted_shares(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """Shares a sentence gives as a part and its whole, (percentage, part, whole): "620 dei 1.480 ettari" (41.9),
    "22 medici sui 36 previsti" (61.1), "Of the 240 posts that will go, about 150 are academic" (62.5). Years, days
    of the month and shares are none."""
    def plain(n: Word) -> bool:
        return _plain_figure(words, text, n)

    out = []
    for n in words:
        if not plain(n):
            continue
        whole = _whole_of(words, n)
        if whole is None and n.pos + 2 < len(words):
            unit, nxt = words[n.pos + 1], words[n.pos + 2]
            if unit.number is None and nxt.number is not None and _OVER.fullmatch(text, unit.end, nxt.start):
                whole = nxt  # "22 medici sui 36"
        if whole is not None and plain(whole):
            part = n
        elif _WHOLE_FIRST.search(text, 0, n.start):
            whole = n  # "Of the 240 posts …, about 150 are academic": the next number, counting the same or nothing
            # (past a sum said of something else: "Of the 212 businesses that applied to the authority's £1.5 million
            # hardship fund, 148 have …")
            money = is_money(text, n.start, n.end)
            part = next((m for m in words[n.pos + 1:] if m.number is not None and m.norm not in SCALE_WORDS
                         and m.start - n.end <= WHOLE_REACH and is_money(text, m.start, m.end) == money), None)
            if part is None or not plain(part) or not _counts_alike(words, part, whole):
                continue
            # and the parts listed after it: "Delle 4.872 donazioni, 3.910 sono state di sangue intero e 962 di plasma"
            parts = [part]
            for m in words[part.pos + 1:]:
                if m.number is None or m.norm in SCALE_WORDS:
                    continue
                if not (plain(m) and _LISTED.fullmatch(text, parts[-1].end, m.start)
                        and is_money(text, m.start, m.end) == money):
                    break
                parts.append(m)
            for part in parts:
                x, y = float(part.number) * _scale(words, part), float(whole.number) * _scale(words, whole)
                if 0 < x < y:
                    out.append((100.0 * x / y, part, whole))
            continue
        else:
            continue
        x, y = float(part.number) * _scale(words, part), float(whole.number) * _scale(words, whole)
        if 0 < x < y:
            out.append((100.0 * x / y, part, whole))
    return out


def colon_shares(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """The shares of a figure that the parts listed after it and a colon make (`_LIST_COLON`, the parts sums like it or
    bare figures: `_sum_alike`): "È costato 310.000 euro: 180.000 li ha messi la Fondazione …, 80.000 la Regione" (58.1,
    180.000, 310.000), (25.8, 80.000, 310.000)."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = []
    for k, head in enumerate(plain):
        colon = _LIST_COLON.match(text, head.end)
        if colon is None or any(head.end < x.start < colon.end() for x in plain):
            continue
        money, whole = is_money(text, head.start, head.end), scaled_value(words, head)
        for part in plain[k + 1:]:
            if not _sum_alike(words, text, part, money):
                break
            x = part_value(words, part, whole, _scale(words, head))
            if 0 < x < whole:
                out.append((100.0 * x / whole, part, head))
    return out


# the words between two parts listed of one whole: "3.910 sono state di sangue intero e 962 di plasma"
_LISTED = re.compile(r"[^\d.;:!?()]{0,60}(?:,|\s(?:e|ed|and))\s+(?:(?:circa|about|around|oltre|over|quasi|almost|nearly)\s+)?"
                     r"[€$£]?\s*", re.IGNORECASE)
LABEL_WORDS = 4  # content words naming what a part listed of a whole is


def part_label(words: Sequence[Word], text: str, part: Word) -> list[Word]:
    """The words naming what a part a sentence gives is, after it up to the next figure or a stop (at most
    LABEL_WORDS): "3.910 sono state di sangue intero" -> sono/state/sangue/intero; "287.000 di rimborsi regionali"."""
    stop = re.compile(r"[;:.!?()]|,\s")
    end = m.start() if (m := stop.search(text, part.end)) is not None else len(text)
    out = []
    # (past its scale words: "3 milioni arrivano dal ministero delle Infrastrutture")
    for w in words[([part] + _scale_words(words, part.pos))[-1].pos + 1:]:
        if w.number is not None or w.start >= end or len(out) >= LABEL_WORDS:
            break
        out.append(w)
    return out


# a claim's figure said as what is left of a whole: "Al 31 ottobre restavano ancora da sostituire 1.870 punti luce",
# "1,870 lamps were still to be replaced", "the remaining 1,870"
REMAINING = re.compile(r"\b(?:rest(?:a|ano|ava|avano|eranno|erà)\s+(?:ancora\s+)?da|(?:sono|erano|saranno)\s+ancora\s+da|"
                       r"still\s+(?:to\s+be|had\s+to\s+be|have\s+to\s+be|has\s+to\s+be|needs?\s+to\s+be|needed\s+to\s+be|"
                       r"awaiting|waiting)|(?:the\s+)?remaining|restant[ei]|rimanent[ei])\b", re.IGNORECASE)


def remainders(words: Sequence[Word], text: str) -> list[float]:
    """What a part a sentence gives of a whole leaves of it ("erano stati sostituiti 4.950 dei 6.820 punti luce":
    1.870), for a claim saying its figure is what is left (`REMAINING`)."""
    return [scaled_value(words, whole) - scaled_value(words, part) for _, part, whole in counted_shares(words, text)]


# a part given of a whole, the rest of it said after: "4,2 milioni di euro, di cui 3,1 milioni per il raccolto perso e il
# resto per le piante", "£7.4 million, of which £3 million is being provided by … and the rest is coming from …"
_OF_WHICH = re.compile(r"\b(?:di\s+cui|of\s+which|dei\s+quali|delle\s+quali)\s+(?:(?:circa|about|around|some|oltre|over|"
                       r"quasi|almost|nearly)\s+)?[€$£¥]?\s*$", re.IGNORECASE)
# a part said as one of the whole's: "9,186 of them crossed the finish line", "1.200 di loro", "11 dei quali"
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|whom|th(?:ose|ese)(?=\s+[^\W\d]))|di\s+(?:loro|essi|esse|quest[ie](?=\s+[^\W\d]))|"
                      r"(?:dei|delle)\s+quali)\b", re.IGNORECASE)  # (and "11 dei quali hanno passato …")
_REST = re.compile(r"\b(?:il\s+resto|la\s+parte\s+restante|the\s+rest|the\s+remainder|the\s+balance)\b", re.IGNORECASE)
REST_REACH = 120  # characters from the part to the words saying the rest


# a claim saying a whole went to or was paid by one: "Lumetra Servizi pagherà per intero la sostituzione", "All of the
# £1.34 million raised went to Kelverton Hospice"
WHOLE_CLAIMED = re.compile(r"\b(?:per\s+intero|interamente|integralmente|in\s+full|all\s+of\s+the|the\s+whole\s+of|"
                           r"the\s+entire|l['’]inter[oa])\b", re.IGNORECASE)


def partial_owners(words: Sequence[Word], text: str) -> list[tuple[Word, Word]]:
    """The figures a sentence gives as parts of a whole, each with whom it comes from or goes to (`listed_owners`):
    "96.000 euro, di cui 60.000 a carico di Lumetra e il resto a carico del Comune" (60.000, Lumetra); "Of the money
    raised, £412,000 went to … Kelverton Hospice"; none where the sentence says no part ("Lumetra pagherà 96.000
    euro")."""
    if not (_REST.search(text) or parts_of(words, text) or THESE_FIRST.match(text)):
        return []
    return listed_owners(words, text)


def parts_of(words: Sequence[Word], text: str) -> list[tuple[Word, Word]]:
    """Figures a sentence gives as a part of a whole, (part, whole): "4,2 milioni di euro, di cui 3,1 milioni per il
    raccolto perso", "£7.4 million, of which £3 million …", "620 dei 1.100 ettari", "Dei 3,6 milioni, 2,1 …", "9,420
    runners started …, and 9,186 of them crossed the finish line". Years,
    days of the month, shares and fractions are none."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = [(p, w) for _, p, w in counted_shares(words, text)]
    for k, part in enumerate(plain):
        them = _OF_THEM.match(text, part.end) is not None
        if k and (them or _OF_WHICH.search(text, max(0, part.start - 40), part.start)) \
                and all(p is not part for p, _ in out):
            # the figure before it that is larger ("286 millimetri di pioggia in 36 ore, di cui 190": 286, not 36;
            # "of them" may stand further from it, the sentence's subject: "6,240 runners started …, compared with
            # 5,900 last year, and 6,075 of them …")
            # (not one it is set against: "Seven people died …, compared with four in 2024; three of those deaths …")
            whole = next((n for n in reversed(plain[:k]) if part.start - n.end <= WHOLE_REACH * (2 if them else 1)
                          and not (them and earlier_marked(text, n))
                          and scaled_value(words, n) > scaled_value(words, part, n)), None)
            if whole is not None:
                out.append((part, whole))
    return sorted(out, key=lambda pw: pw[0].start)


def of_which_shares(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """The shares of a whole its parts said after "di cui" / "of which" make (`parts_of`, beyond `counted_shares`):
    "146 acts on five stages, of which 58 were from the region" (39.7, 58, 146)."""
    shared = {id(p) for _, p, _ in counted_shares(words, text)}
    out = []
    for part, whole in parts_of(words, text):
        x, y = scaled_value(words, part, whole), scaled_value(words, whole)
        if id(part) not in shared and 0 < x < y:
            out.append((100.0 * x / y, part, whole))
    return out


def scaled_value(words: Sequence[Word], n: Word, like: Word | None = None) -> float:
    """A figure's value with its scale, or the scale of `like` where it gives none ("Dei 3,6 milioni, 2,1")."""
    return float(n.number) * (_scale(words, n) if like is None or _scale_words(words, n.pos) else _scale(words, like))


def rest_of(words: Sequence[Word], part: Word, whole: Word) -> float | None:
    """What is left of a whole once a part of it is taken (the part said without its scale takes the whole's: "Dei
    3,6 milioni, 2,1" leaves 1,5 million), or None where the part is not smaller."""
    x, y = scaled_value(words, part, whole), scaled_value(words, whole)
    return y - x if 0 < x < y else None


# a list of parts after its whole and a colon: "La seggiovia costerà 7,2 milioni di euro: 4 milioni arrivano dalla
# Regione, 1,5 milioni dal Comune … e il resto dalla società"
_LIST_COLON = re.compile(r"[^.;!?()]{0,60}:")  # (a date may stand between: "approvato dalla giunta giovedì 10 luglio:")
# a sentence listing the parts of a figure the one before it gives: "Di questi, 268.000 euro provengono dagli stand …"
# or naming it: "Delle merci movimentate, 1,61 milioni di tonnellate sono rinfuse solide, …"
THESE_FIRST = re.compile(r"\s*(?:(?:di\s+quest[ie]|di\s+quell[ie]|of\s+th(?:ese|ose|is|at))(?:\s+[^\W\d]+){0,2}|(?:dei|degli|"
                         r"delle|del|della|dello|of\s+the)\s+(?P<named>[^\W\d][^\d,;.]{2,40}))\s*,", re.IGNORECASE)
NAMED_REACH = 4  # content words after a figure read for the word the sentence after it names it by


# an opening naming a sum by a word for any whole, not by what it counts
_WHOLE_SUM = frozenset(fold(w) for w in "total totale costo cost spesa amount importo somma sum".split())


def whole_before(text: str, before: tuple[Sequence[Word], str] | None) -> tuple[float, float] | None:
    """For a sentence opening "Di questi," / "Of those visits," / "Delle merci movimentate,", the figure of the sentence
    before it (`before`: its words and text) whose parts it lists, as (its value, its scale); else None. Not a value the
    figure moved from ("318,600 visitors …, up from 276,200 the year before"); the one counting what the opening names,
    where it names it ("2,84 milioni di tonnellate di merci, contro i 3,12 milioni …" for "Delle merci movimentate")."""
    these = THESE_FIRST.match(text) if before is not None else None
    if these is None:
        return None
    words, prev = before
    earlier = [n for n in words if _plain_figure(words, prev, n) and not earlier_marked(prev, n)]
    if these.group("named") and fold(these.group("named").strip().lower()) in _WHOLE_SUM:
        # "Of the total," / "Del totale,": the first sum ("The project has cost £212,000, against an original estimate
        # of £165,000")
        earlier = [n for n in earlier if is_money(prev, n.start, n.end)][:1]
    elif these.group("named"):
        # (named after the figure, or by the verb right before it: "was called out 287 times" for "Of the call-outs,")
        named = {w.stem for w in content_words(these.group("named"))}
        earlier = [n for n in earlier if any(x.stem in named for x in words[n.pos + 1:n.pos + 1 + NAMED_REACH])
                   or any(x.stem in named and x.number is None for x in words[max(0, n.pos - 2):n.pos])][:1]
    if not earlier:
        return None
    return scaled_value(words, earlier[-1]), _scale(words, earlier[-1])


def _sums_of(words: Sequence[Word], text: str) -> list[Word]:
    """The sums a sentence (its words and text) gives: plain figures of money."""
    return [n for n in words if _plain_figure(words, text, n) and is_money(text, n.start, n.end)]


def _one_sum(sentence: tuple[Sequence[Word], str] | None) -> tuple[float, float] | None:
    """The one sum a sentence (its words and text) gives, not a value something moved from, as (its value, its scale);
    else None."""
    if sentence is None:
        return None
    words, text = sentence
    # (past a value it is set against: "Il Comune stima incassi per 1,1 milioni di euro l'anno, contro i 640.000 del
    # 2025")
    sums = [n for n in _sums_of(words, text) if not earlier_marked(text, n)]
    if len(sums) != 1:
        return None
    return scaled_value(words, sums[0]), _scale(words, sums[0])


def rest_of_listed(words: Sequence[Word], text: str, before: tuple[Sequence[Word], str] | None) -> float | None:
    """For a sentence opening "Of the call-outs," / "Di questi," that lists parts of the figure of the sentence before
    it (`whole_before`), what its parts leave of that figure: "Of the call-outs, 164 involved walkers, 41 involved
    climbers and 28 involved mountain bikers" after "… was called out 287 times": 54; else None."""
    whole = whole_before(text, before)
    listed = [n for n in words if _plain_figure(words, text, n)]
    if whole is None or not listed:
        return None
    value, scale = whole
    taken = sum(part_value(words, n, value, scale) for n in listed)
    return value - taken if 0 < taken < value else None


def part_value(words: Sequence[Word], n: Word, whole: float, scale: float) -> float:
    """The value of part n of a whole (`whole`, said with `scale`): a part said without its scale takes the whole's
    ("Dei 3,6 milioni, 2,1"), unless that makes it larger than the whole ("2,84 milioni di tonnellate …, 780.000
    tonnellate")."""
    own = _scale_words(words, n.pos) or float(n.number) * scale > whole
    return float(n.number) * (_scale(words, n) if own else scale)


def shares_of_whole_before(words: Sequence[Word], text: str, before: tuple[Sequence[Word], str] | None
                           ) -> list[tuple[float, Word]]:
    """The shares the parts a sentence lists make of the figure of the sentence before it (`whole_before`): "Of those
    visits, 94,800 were made by school pupils …" after "… welcomed 318,600 visitors": (29.8, 94,800)."""
    whole = whole_before(text, before)
    if whole is None:
        return []
    value, scale = whole
    out = []
    for n in words:
        if _plain_figure(words, text, n):
            x = part_value(words, n, value, scale)
            if 0 < x < value:
                out.append((100.0 * x / value, n))
    return out


def _sum_alike(words: Sequence[Word], text: str, n: Word, money: bool) -> bool:
    """Whether figure n may be a part of a whole that is a sum (`money`) or not: a sum, or, of a sum, a figure with its
    scale ("4 milioni arrivano dalla Regione"), or a bare figure, counting nothing of its own ("È costato 310.000 euro:
    180.000 li ha messi la Fondazione …, 80.000 la Regione e il resto l'associazione"); not "le 340 abitazioni" of a plan
    of 2,4 million euros."""
    return is_money(text, n.start, n.end) == money or (money and (
        bool(_scale_words(words, n.pos)) or counted_unit(words, n.pos) is None))


def _whole_then_parts(words: Sequence[Word], text: str, plain: Sequence[Word], rest_at: int
                      ) -> tuple[Word, list[Word]] | None:
    """For the rest of a whole said at character `rest_at`, with no "di cui" or colon: the figure said right before the
    parts (within WHOLE_REACH), all sums or none, larger than them together, with the parts (the fewest)."""
    before = [n for n in plain if n.end <= rest_at]
    for j in range(len(before) - 2, -1, -1):
        whole, listed = before[j], before[j + 1:]
        if listed[0].start - whole.end > WHOLE_REACH or rest_at - listed[-1].end > REST_REACH:
            return None
        if not all(_sum_alike(words, text, n, is_money(text, whole.start, whole.end)) for n in listed):
            return None
        if sum(scaled_value(words, n, whole) for n in listed) < scaled_value(words, whole):
            return whole, list(listed)
    return None


def rests(words: Sequence[Word], text: str, before: tuple[Sequence[Word], str] | None = None,
          previous: tuple[Sequence[Word], str] | None = None) -> list[tuple[float, int, int]]:
    """The rest of a whole a sentence gives parts of, said as "il resto" / "the rest": (its value, where the parts' own
    words and the words saying what the rest is start and end). "Dei 3,6 milioni, 2,1 sono arrivati dalla Regione e
    il resto dal bilancio del Comune": 1,5 million; "£7.4 million, of which £3 million … and the rest …": £4.4 million;
    "9,6 milioni di euro, di cui 5,8 milioni …, 2,1 milioni … e il resto …": 1,7 million; "7,2 milioni di euro: 4
    milioni …, 1,5 milioni … e il resto …"; or, a sentence opening "Di questi," / "Of these,", of the last figure of
    the sentence before it (`before`: its words and text). A part said without its scale takes the whole's. Or, sums
    listed with no whole of their own, of the one sum the sentence before gives (`previous`): "It was switched on … and
    cost £486,000. A bequest … provided £300,000, and the Northmoor Community Foundation gave £120,000; the rest came
    from public donations": £66,000."""
    out = []
    pairs = parts_of(words, text)
    plain = [n for n in words if _plain_figure(words, text, n)]
    for m in _REST.finditer(text):
        got = next(((p, w) for p, w in reversed(pairs) if p.end <= m.start() and m.start() - p.end <= REST_REACH), None)
        if got is not None:
            whole = got[1]
            first = next(p for p, w in pairs if w is whole)
            listed = [n for n in plain if first.start <= n.start and n.end <= m.start() and n is not whole]
            value, scale = scaled_value(words, whole), _scale(words, whole)
        else:
            head = next((n for n in reversed(plain) if n.end < m.start()
                         and (c := _LIST_COLON.match(text, n.end)) is not None and c.end() <= m.start()
                         and not any(n.end < x.start < c.end() for x in plain)), None)
            if head is not None:
                # (the parts are sums where the whole is: "1,5 milioni serviranno a collegare … le 340 abitazioni")
                money = is_money(text, head.start, head.end)
                listed = [n for n in plain if head.end < n.start and n.end <= m.start() and _sum_alike(words, text, n, money)]
                value, scale = scaled_value(words, head), _scale(words, head)
            elif (whole := whole_before(text, before)) is not None:
                listed = [n for n in plain if n.end <= m.start()]
                value, scale = whole
            else:
                if (one := _one_sum(previous)) is not None:
                    # (read too where the sentence's first sum may be the whole: "provided £300,000, and … gave £120,000")
                    sums = [n for n in plain if n.end <= m.start()]
                    taken = sum(part_value(words, n, one[0], one[1]) for n in sums)
                    # (a bare figure beside a sum is one: "300.000 euro andranno alla manutenzione delle strade,
                    # 200.000 alla navetta e il resto al bilancio generale")
                    if sums and is_money(text, sums[0].start, sums[0].end) and all(
                            _sum_alike(words, text, n, True) for n in sums) and 0 < taken < one[0] \
                            and m.start() - sums[-1].end <= REST_REACH:
                        out.append((one[0] - taken, sums[0].end, m.end()))
                        # (the first sum is then a part, not a whole of the others: read as one, "300.000 euro andranno
                        # alla manutenzione delle strade, 200.000 alla navetta e il resto al bilancio generale" made
                        # 100.000, and "Al bilancio generale andranno 100.000 euro" was supported)
                        continue
                got = _whole_then_parts(words, text, plain, m.start())
                if got is None:
                    continue
                # "un'autoscala da 37 metri costata 820.000 euro, finanziata per 500.000 euro dalla Fondazione … e per
                # il resto dal ministero"
                whole, listed = got
                value, scale = scaled_value(words, whole), _scale(words, whole)
        if not listed or m.start() - listed[-1].end > REST_REACH:
            continue
        taken = sum(part_value(words, n, value, scale) for n in listed)
        if 0 < taken < value:
            out.append((value - taken, listed[0].end, m.end()))
    return out


# a figure, then how much it moved since an earlier one: "21 tonnellate di castagne fresche, tre in più dell'anno
# scorso", "Le giornate di apertura sono state 121, quindici in più rispetto all'inverno 2023/24", "14 stands, two more
# than last year"
_CHANGE_SINCE = re.compile(r"(?:\s+[^\W\d]+)?\s+(?:in\s+(?P<up>più)|in\s+meno|(?P<more>more)|fewer|less)\s+(?:rispetto|"
                           r"del|dell['’]|della|dello|dei|degli|delle|di|than|on|compared|sul|sull['’]|sulla)",
                           re.IGNORECASE)
_TO_CHANGE = re.compile(r"^[^\d,;:.!?()]{0,40},\s*$")  # the figure's own words, then a comma, up to the change
CHANGE_SINCE_REACH = 60  # characters from a figure to the change said after it


def earlier_by_change(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """The earlier values a sentence gives by a figure and how much it moved since ("121, quindici in più rispetto
    all'inverno 2023/24": 106): (the earlier value, the figure now, the change). The change said without its scale
    takes the figure's."""
    out = []
    plain = [n for n in words if _plain_figure(words, text, n)]
    for now, change in zip(plain, plain[1:]):
        if change.start - now.end > CHANGE_SINCE_REACH or not _TO_CHANGE.match(text[now.end:change.start]):
            continue
        m = _CHANGE_SINCE.match(text, change.end)
        if m is None:
            continue
        x, y = scaled_value(words, change, now), scaled_value(words, now)
        earlier = y - x if m.group("up") or m.group("more") else y + x
        if earlier > 0:
            out.append((earlier, now, change))
    return out


# an earlier time a claim may give its figure to: "l'anno scorso", "la stagione precedente", "last year", "a year before"
_EARLIER_TIME = re.compile(r"\b(?:scors[oaie]|precedent[ei]|passat[oaie]|last|previous|earlier|before|ago)\b",
                           re.IGNORECASE)


def earlier_of_change(claim: Sequence[Word], query: str, w: Word, words: Sequence[Word], text: str) -> bool:
    """Whether the claim's number `w` is the earlier value a sentence gives by a figure and its change
    (`earlier_by_change`), the claim giving it to an earlier time: "Nel 2024 … avevano venduto 18 tonnellate" against
    "hanno venduto 21 tonnellate, tre in più dell'anno scorso". Its year, where the sentence says it, after the change
    ("Nella stagione 2023/24 … 106 giornate" against "121, quindici in più rispetto all'inverno 2023/24")."""
    years = [c for c in claim if c.number is not None and is_year_word(c)]
    if not years and not _EARLIER_TIME.search(query):
        return False
    for value, _, change in earlier_by_change(words, text):
        if not figure_agrees(w, claim, value):
            continue
        if all(s.start > change.end for c in years for s in words if s.number == c.number and is_year_word(s)):
            return True
    return False


# what a figure of a list comes from or goes to: "4 milioni arrivano dalla Regione", "1,5 milioni dal Comune", "£1.2
# million from a government grant"
# "9,3 milioni della Regione", "18,5 milioni a carico del ministero delle Infrastrutture" (its first name within a
# few words)
_OWNER_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,2}?(?:\s+(?:a\s+carico\s+)?(?:da|dal|dalla|dallo|dai|dagli|dalle|del|della|"
                          r"dello|dei|degli|delle|from|to|a|al|alla|allo|ai|agli|alle)\s+(?:the\s+|an?\s+|un[oa]?\s+)?|"
                          r"\s+(?:a\s+carico\s+)?(?:d|de|a|da)?ll['’]\s*)(?=\w)", re.IGNORECASE)
OWNER_REACH = 3  # content words after the preposition read for the name


def listed_owners(words: Sequence[Word], text: str, *, common: bool = False) -> list[tuple[Word, Word]]:
    """The figures a sentence gives each with a name right after whom it comes from or goes to, (figure, name):
    "4 milioni arrivano dalla Regione, 1,5 milioni dal Comune di Valbruna": (4, Regione), (1,5, Comune). Past the
    figure's scale words; only a figure with no other figure before its name. With `common`, a source no name says
    counts too, by its first word ("£120,000 came from a developer contribution …, £50,000 from the National Lottery
    Community Fund": (120,000, developer))."""
    out: list[tuple[Word, Word]] = []
    for n in words:
        if out and out[-1][0].end < n.start < out[-1][1].start:
            continue  # a count in the name after the figure before it: "600.000 euro dai sei Comuni dell'Unione"
        if _plain_figure(words, text, n) and (
                owner := owner_after(words, text, n, common=common) or giver_of(words, text, n)):
            out.append((n, owner))
    return out


# between a name and the figure it gives, in a list: "The National Lottery Heritage Fund provided £2.1 million and Kesby
# District Council £600,000": a verb or two, the currency
_GIVER_GAP = re.compile(r"\s+(?:[a-zà-ú]+\s+){0,2}[€$£]?\s*", re.IGNORECASE)
_GIVER_OPENS = re.compile(r"(?:^|[,;:]|\b(?:and|e|ed|the|la|il|lo|i|le|gli|l['’]))\s*$", re.IGNORECASE)
# or after it, an Italian subject after its verb: "180.000 li ha messi la Fondazione …, 80.000 la Regione"
_GIVER_AFTER = re.compile(r"\s+(?:(?:li|le|l['’]|ne)\s*(?:ha|hanno)\s+[a-zà-ú]+\s+)?(?:la|il|lo|i|gli|le|l['’])\s*(?=\w)",
                          re.IGNORECASE)


def giver_of(words: Sequence[Word], text: str, n: Word) -> Word | None:
    """The name that gives figure n in a list, its subject, where no name follows it with "from" / "da" (`owner_after`):
    before it ("The National Lottery Heritage Fund provided £2.1 million and Kesby District Council £600,000": National
    for 2.1, Kesby for 600,000), opening the clause or the list's item; or an Italian subject after it ("180.000 li ha
    messi la Fondazione …, 80.000 la Regione"). Only for a sum, or a bare figure beside one ("La Regione ha coperto 1,5
    milioni, 700.000 euro arrivano da un mutuo"; a count has its own: "Rossi ha ottenuto 1.200 voti, Bianchi 900" gives
    nothing). The first word of the name; or None."""
    if not is_money(text, n.start, n.end) and not (counted_unit(words, n.pos) is None and any(
            is_money(text, x.start, x.end) for x in words if x.number is not None and x is not n)):
        return None
    end = ([n] + _scale_words(words, n.pos))[-1].end
    m = _GIVER_AFTER.match(text, end)
    if m is not None:
        return next((x for x in words if x.start == m.end() and x.is_name and x.number is None), None)
    k = n.pos - 1
    while k >= 0 and n.pos - k <= 3 and not words[k].is_name and words[k].number is None:
        k -= 1
    if k < 0 or not words[k].is_name or words[k].number is not None or not _GIVER_GAP.fullmatch(text, words[k].end, n.start):
        return None
    while k > 0 and words[k - 1].is_name and words[k - 1].number is None and re.fullmatch(
            r"\s+(?:(?:di|of|della|del|dei|delle)\s+)?", text[words[k - 1].end:words[k].start]):
        k -= 1
    return words[k] if _GIVER_OPENS.search(text, 0, words[k].start) else None


def _count_word(gap: str) -> bool:
    """Whether the text between a preposition and the next content word is one number word and its space ("sei ")."""
    return gap[-1:].isspace() and len(gap.split()) == 1 and gap.strip().lower() in NUMBER_WORDS


def owner_after(words: Sequence[Word], text: str, n: Word, *, common: bool = False) -> Word | None:
    """The name right after whom figure (or fraction) n comes from or goes to ("4 milioni arrivano dalla Regione", "per
    due terzi dalla Regione"), past its scale words; with `common`, else the first word there where it is no figure
    ("came from a developer contribution"); or None."""
    end = ([n] + _scale_words(words, n.pos))[-1].end
    m = _OWNER_AFTER.match(text, end)
    # (past a count the words leave out: "600.000 euro dai sei Comuni dell'Unione")
    first = next((k for k, x in enumerate(words) if x.start == m.end() or (
        x.start > m.end() and _count_word(text[m.end():x.start]))), None) if m is not None else None
    if first is None:
        return None
    named = next((x for x in words[first:first + OWNER_REACH] if x.is_name and x.number is None
                  and not CLAUSE_MARK.search(text, m.end(), x.start)), None)
    if named is None and common and words[first].number is None and words[first].start == m.end():
        return words[first]
    return named


def fraction_of_figure(words: Sequence[Word], text: str, previous: tuple[Sequence[Word], str] | None = None
                       ) -> list[tuple[float, Word, Word]]:
    """A fraction a sentence gives of its one figure ("L'intervento, costato 24 milioni di euro, è stato finanziato per
    due terzi dalla Regione e per il resto dalla società": two thirds of 24 million, 16 million): (the value, the
    fraction, the figure). Only for a sentence with one figure, before the fraction. (Whom the fraction comes from:
    `owner_after`.) Or, a sentence opening with a share and giving no figure, a share of the one sum of the sentence
    before it (`previous`: its words and text): "L'intervento … costa complessivamente 3,6 milioni di euro. Il 40 per
    cento è coperto da un contributo regionale" (1,44 million)."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = []
    for f in words:
        if f.norm != FRACTION or f.bound is not None:
            continue
        before = [n for n in plain if n.end <= f.start]
        if len(plain) == 1 and before:
            out.append((scaled_value(words, before[0]) * float(f.number) / 100.0, f, before[0]))
    opening = _SHARE_OPENING.match(text)
    if previous is not None and opening is not None and not plain:
        f = next((n for n in words if n.start == opening.start("n")), None)
        pwords, ptext = previous
        sums = _sums_of(pwords, ptext)
        if f is not None and len(sums) == 1:
            out.append((scaled_value(pwords, sums[0]) * float(f.number) / 100.0, f, sums[0]))
    return out


# a sentence opening with a share of what the sentence before gives: "Il 40 per cento è coperto da …", "Il 40% della
# spesa sarà coperto …", "40 per cent of the cost …"
_SHARE_OPENING = re.compile(r"\s*(?:(?:il|l['’]|the)\s*)?(?P<n>\d+(?:[,.]\d+)?)\s*(?:%|per\s*cento|per\s*cent|percento)\b",
                            re.IGNORECASE)


# a figure said as a multiple of another thing: "Il nuovo recinto occuperà 1,8 ettari, quattro volte la superficie
# dell'area dei lupi attuale", "£2.4 million, three times the original estimate"
_TIMES_AFTER = re.compile(r"\s*,?\s*(?:cioè\s+|ossia\s+|or\s+)?(?P<m>\w+)\s+(?:volte|times)\s+(?:il|lo|la|i|gli|le|l['’]|the|quell[oaie]|"
                          r"that|those)\b", re.IGNORECASE)


def multiple_of(words: Sequence[Word], text: str) -> list[tuple[float, Word]]:
    """The value of the thing a figure is said to be a multiple of ("1,8 ettari, quattro volte la superficie dell'area
    dei lupi attuale": 0,45 hectares): (that value, the figure)."""
    out = []
    for n in words:
        if not _plain_figure(words, text, n):
            continue
        end = ([n] + _scale_words(words, n.pos))[-1].end
        unit = counted_unit(words, n.pos)
        m = _TIMES_AFTER.match(text, unit.end if unit is not None and unit.start - end <= UNIT_GAP else end)
        times = next((x for x in words if m is not None and x.start == m.start("m") and x.number is not None), None)
        if times is not None and float(times.number) > 1:
            out.append((scaled_value(words, n) / float(times.number), n))
    return out


# two counts joined: "210 volontari e 65 vigili del fuoco", "12 doctors and 30 nurses"
_JOINED = re.compile(r"\s+\S+(?:\s+\S+){0,3}?\s+(?:e|ed|and|più|plus)\s+$", re.IGNORECASE)
SUM_REACH = 40  # characters from the first count to the second


def sums(words: Sequence[Word], text: str) -> list[tuple[Word, Word, float]]:
    """Two counts of a sentence joined by "e" / "and", each with what it counts right after it, and their sum:
    "Sul posto hanno lavorato 210 volontari e 65 vigili del fuoco" (210, 65, 275)."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = []
    for x, y in zip(plain, plain[1:]):
        if y.start - x.end <= SUM_REACH and _JOINED.fullmatch(text, x.end, y.start) \
                and counted_unit(words, x.pos) is not None and counted_unit(words, y.pos) is not None:
            out.append((x, y, scaled_value(words, x) + scaled_value(words, y)))
    return out


# the two counts of a vote: "by 27 votes to 15", "con 19 voti favorevoli e 12 contrari", "con 24 voti a favore e 12
# contrari", "cinque voti favorevoli e due contrari"
# (or "301 voted in favour of further strike action and 38 against", "cinque voti favorevoli, uno contrario")
_VOTES_BETWEEN = re.compile(r"\s*(?:votes?\s+to|voti\s+(?:favorevoli|a\s+favore)\s*(?:e|,)|voti\s+contro|voti\s+a|[-–]|"
                            r"(?:[^\W\d]+\s+)?(?:voted|votes?)\s+(?:in\s+favou?r|for)(?:\s+of)?(?:\s+[^\d.;]{1,60}?)?\s+and)\s*$",
                            re.IGNORECASE)
_AGAINST_AFTER = re.compile(r"\s*(?:votes?\b|(?:voti\s+)?contrari[oe]?\b|(?:voted\s+)?against\b)", re.IGNORECASE)
# the votes against said first: "respinta con 11 voti contrari, 6 favorevoli", "rejected by 14 votes against and 9 in favour"
_AGAINST_FIRST = re.compile(r"\s*(?:voti\s+contrari|votes?\s+against)\s*(?:e|and|,)\s*$", re.IGNORECASE)
_FOR_AFTER = re.compile(r"\s*(?:(?:voti\s+)?(?:favorevoli|a\s+favore)|(?:votes?\s+)?(?:for|in\s+favou?r))\b", re.IGNORECASE)
# a margin the claim gives: "by a margin of seven votes", "con uno scarto di sette voti", "dodici voti di scarto"
# (or "i voti favorevoli hanno superato quelli contrari di quattro", "votes for outnumbered those against by four")
_MARGIN_BEFORE = re.compile(r"\b(?:(?:margin|majority|scarto|margine|maggioranza)\s+(?:of|di)|(?:superato|superano|superavano|"
                            r"exceeded|outnumbered)\s+(?:(?:quelli|those|i\s+voti|the\s+votes)\s+)?(?:contrari|against)\s+"
                            r"(?:di|by))\s*$", re.IGNORECASE)
# a vote's margin of one, said with no number word: "was carried by a single vote", "by a majority of one", "passata
# per un solo voto", "con un voto di scarto" (not the one vote against: "with a single vote against")
ONE_VOTE_MARGIN = re.compile(r"\b(?:by\s+(?:a\s+single|one|just\s+one|only\s+one)\s+vote|(?:majority|margin)\s+of\s+(?:one|"
                             r"a\s+single\s+vote)|per\s+(?:un\s+solo|un|appena\s+un)\s+voto|(?:con\s+)?(?:un\s+solo|un)\s+voto\s+di\s+"
                             r"(?:scarto|differenza|margine))\b(?!\s+(?:against|contrari))", re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"\s+(?:votes?|voti)\s+(?:di\s+(?:scarto|margine|differenza)|in\s+più)\b", re.IGNORECASE)


def vote_margins(words: Sequence[Word], text: str) -> list[tuple[Word, Word, float]]:
    """The counts of a vote a sentence gives, for and against, with the margin between them: "The budget was passed by
    27 votes to 15" (27, 15, 12), "con 19 voti favorevoli e 12 contrari" (19, 12, 7), "the trustees voted nine to two",
    "con sei voti favorevoli, uno contrario" (the one against said as "uno": a word of its own); the votes against
    said first are still given second: "con 11 voti contrari, 6 favorevoli" (6, 11, 5)."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = []
    for x, y in zip(plain, plain[1:]):
        if (_VOTES_BETWEEN.fullmatch(text, x.end, y.start) and (
                "vot" in text[x.end:y.start].lower() or _AGAINST_AFTER.match(text, y.end))) or (
                _TO.fullmatch(text, x.end, y.start) and _VOTED_BEFORE.search(text, max(0, x.start - 12), x.start)):
            out.append((x, y, abs(float(x.number) - float(y.number))))
        elif _AGAINST_FIRST.fullmatch(text, x.end, y.start) and _FOR_AFTER.match(text, y.end):
            out.append((y, x, abs(float(x.number) - float(y.number))))
    for x in plain:
        m = _ONE_AGAINST.match(text, x.end)
        if m is not None:
            one = Word(m.group("one"), fold(m.group("one")), fold(m.group("one")), m.start("one"), m.end("one"), -1,
                       False, "1", None, 1.0)
            out.append((x, one, float(x.number) - 1.0))
    return out


_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_VOTED_BEFORE = re.compile(r"\bvoted\s+$", re.IGNORECASE)
# "sei voti favorevoli, uno contrario", "six votes to one"
_ONE_AGAINST = re.compile(r"\s+(?:voti\s+(?:favorevoli|a\s+favore)\s*(?:,|e)\s*(?P<one>uno|un|una)\s+(?:solo\s+)?contrari[oa]|"
                          r"votes?\s+to\s+(?P<en>one))\b", re.IGNORECASE)


LABEL_REACH = 4  # content words before a figure read for the thing it is said of


def labelled_figures(words: Sequence[Word], text: str, after: bool | None = None) -> list[tuple[Word, frozenset[str]]]:
    """The figures of a text each with the things its clause says it is of (their stems): the plain words before it
    ("le nascite sono state 121, …, mentre i decessi sono stati 287": (121, {nascite}), (287, {decessi})), or, where the
    text's first figure opens its clause, those after it ("Of the visitors, 24,100 bought full weekend passes and 9,800
    bought day tickets": (24,100, {bought, full, weekend, passes}), (9,800, {bought, day, tickets})); within
    LABEL_REACH words, up to a figure or a punctuation mark. With `after` (True or False), none unless the labels are
    read on that side (a claim's and a sentence's are compared on the same side only)."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    if not plain:
        return []
    step = 1 if labels_read_after(words, text) else -1
    return [(n, got) for n in plain if (got := _label_side(words, text, n, step))] \
        if after is None or after == (step > 0) else []


def labels_read_after(words: Sequence[Word], text: str) -> bool:
    """Whether the things a text's figures are of are read after them (`labelled_figures`): its first figure has none
    before it in its clause."""
    first = next((n for n in words if _plain_figure(words, text, n)), None)
    return first is None or not _label_side(words, text, first, -1)


def _label_side(words: Sequence[Word], text: str, n: Word, step: int) -> frozenset[str]:
    """The stems of the plain words on one side of figure n (`step` -1 before, +1 after), within LABEL_REACH words, up to
    a figure or a punctuation mark (`labelled_figures`)."""
    out = set()
    k = n.pos + step
    while 0 <= k < len(words) and len(out) < LABEL_REACH:
        x = words[k]
        left, right = (x, n) if step < 0 else (n, x)
        if x.number is not None or CLAUSE_MARK.search(text, left.end, right.start):
            break
        # (a word opening the text is capitalised, not a name for that: "Climbers accounted for 28 of the call-outs")
        if x.weight >= 1.0 and (not x.is_name or x.start == 0 and " " not in x.text) and x.norm not in TIME_WORDS:
            out.add(x.stem)
        k += step
    return frozenset(out)


# the votes against a claim gives: "approvato all'unanimità" (none), "con un solo voto contrario" (one), "with two
# votes against"
_UNANIMOUS = re.compile(r"\b(?:all['’]\s*)?unanimit[àa]\b|\bunanimous(?:ly)?\b", re.IGNORECASE)
_ONE_AGAINST_CLAIMED = re.compile(r"\b(?:(?:un|uno)\s+(?:solo\s+)?voto\s+contrario|(?:only\s+)?one\s+(?:vote\s+)?against|"
                                  r"(?:a\s+)?single\s+vote\s+against)\b", re.IGNORECASE)


def claimed_against(query: str) -> tuple[float, int, int] | None:
    """How many votes against the claim says a vote had, with where it says so: "all'unanimità" (0), "con un solo voto
    contrario" (1); or None."""
    m = _UNANIMOUS.search(query)
    if m is not None:
        return 0.0, m.start(), m.end()
    m = _ONE_AGAINST_CLAIMED.search(query)
    if m is not None:
        return 1.0, m.start(), m.end()
    return None


# a difference of two figures the claim gives: "Nel 2024 i decessi hanno superato le nascite di 166 unità", "deaths
# exceeded births by 166"
_EXCEEDED_BY = re.compile(r"\b(?:superato|superano|superavano|supera|superavano|exceeded|exceeds?|outnumbered|outnumber)\s+"
                          r"(?:[^\W\d]+\s+){0,5}?(?:di|by)\s*$", re.IGNORECASE)


# a balance, what income leaves of spending or the other way: "il bilancio si è chiuso con un avanzo di 14.000 euro"
# against "Le entrate sono state di 412.000 euro …; le uscite di 398.000 euro", "a surplus of £14,000"
_BALANCE_OF = re.compile(r"\b(?:avanzo|disavanzo|surplus|deficit|shortfall)\s+(?:di|of)\s+(?:(?:circa|about|around|quasi|almost|"
                         r"nearly)\s+)?[€$£]?\s*$", re.IGNORECASE)


# points between two shares: "hotel occupancy … was 23 percentage points above the August average", "12 punti sopra la
# media nazionale", "1.4 percentage points higher than the first offer"
_POINTS_APART = re.compile(r"\s*(?:percentage\s+points?|points?|punti(?:\s+percentuali)?|punto\s+percentuale)\s+(?:above|"
                           r"below|sopra|sotto|al\s+di\s+(?:sopra|sotto)|(?:higher|lower|more|less)\s+than|in\s+(?:più|meno)\s+"
                           r"(?:rispetto|d)\w*)\b", re.IGNORECASE)


ACROSS_EXACT = 0.005  # a figure two sentences' figures make: within this share of it (many pairs could come near)


def across_two(value: float, money: bool, share: bool, sentences, unit: Word | None = None) -> list[tuple[int, int]]:
    """The pairs of sentences (`sentences`: (index, words, text, the rests it gives)) one figure of each of which, added
    or one taken from the other, make `value` (a claim's figure no sentence states: "Tra permanenti e volontari, il
    comando può contare su 648 vigili del fuoco" against "… in servizio ce ne sono 388" and "Ai permanenti si
    aggiungono 260 volontari"), both sums where the claim's is one (`money`; or said with a scale, "30 milioni"), shares
    where it is one. A sentence's rest of a whole counts as one of its figures ("… 800.000 euro dalla diocesi; il resto
    sarà coperto da una raccolta fondi" and "Finora la raccolta ha fruttato 214.000 euro" leave 386.000 euro to raise).
    With a `unit`, only figures counting it (and no rests)."""
    figures = []
    for i, words, text, rested in sentences:
        figures += [(i, x) for x in rested] if unit is None else []
        for n in words:
            if n.number is None or n.norm == FRACTION or n.norm in SCALE_WORDS or is_year_word(n) or dated(words, n.pos):
                continue
            if unit is not None and not same_unit(counted_unit(words, n.pos), unit):
                continue
            if is_share(text, n) != share or (is_money(text, n.start, n.end) != money and not (
                    money and _scale_words(words, n.pos))):
                continue
            figures.append((i, scaled_value(words, n)))
    out = []
    for k, (i, x) in enumerate(figures):
        for j, y in figures[k + 1:]:
            # (a figure said again is no second one: "to cut 2,500 jobs" in the headline and in the text)
            if i != j and x != y and (i, j) not in out and any(abs(r - value) <= ACROSS_EXACT * value
                                                                for r in (x + y, abs(x - y))):
                out.append((i, j))
    return out


# a claim saying its figure is reckoned from others: "Tra costo dello stadio e bonifica …", "in tutto", "in total",
# "more than", "in meno rispetto a", "did not start", "still has to raise"
ARITHMETIC = re.compile(r"\b(?:tra|fra|between|in\s+tutto|complessivamente|in\s+total|combined|together|altogether|than|"
                        # "8 chilometri più vicina a Montecerro del centro cottura"
                        r"(?:più|meno)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}?\s+(?:di|del|dell['’]|della|dello|dei|degli|delle|che)|"
                        r"rispetto|in\s+più|in\s+meno|more|fewer|less|lower|higher|still|ancora|remaining|restant[ei]|"
                        r"rest|resto|not|non|without|senza)\b", re.IGNORECASE)


# what a figure the claim gives as how many more or fewer (`_CHANGE_AFTER`) is set against: "il progetto prevede 850 posti
# auto in meno", "rispetto al fabbisogno stimato …"; "1,180 fewer than those who registered"
_AGAINST_WHAT = re.compile(r"\b(?:rispetto\s+(?:a|al|alla|allo|ai|agli|alle|all['’])|compared\s+(?:with|to)|than)\s+"
                           r"(?P<what>[^,;.:]+)", re.IGNORECASE)


def compared_figure(query: str, claim: Sequence[Word], w: Word) -> tuple[int, frozenset[str]] | None:
    """For a figure the claim gives as how many more (+1) or fewer (-1) than something it names ("Rispetto al
    fabbisogno stimato dallo studio sul traffico, il progetto prevede 850 posti auto in meno"): the way and the stems
    of what it is set against; None otherwise."""
    more = _CHANGE_AFTER.match(query, w.end)
    against = _AGAINST_WHAT.search(query)
    if more is None or against is None:
        return None
    what = frozenset(c.stem for c in claim if against.start("what") <= c.start < against.end("what") and c.weight >= 1.0
                     and not c.is_name and c.number is None)
    return (1 if more.group("up") else -1), what


def compared_differences(words: Sequence[Word], text: str, way: int, against: frozenset[str]) -> list[float]:
    """The differences of two figures of a sentence, the one said of what the claim sets its figure against
    (`compared_figure`) being the other, the claim's way: "Lo studio … stima un fabbisogno di 2.300 posti auto …,
    mentre il progetto ne prevede 1.450" gives 850 fewer than the need."""
    labels = labelled_figures(words, text)
    out = []
    for x, of_x in labels:
        for y, of_y in labels:
            if x is not y and of_y & against and not of_x & against:
                d = scaled_value(words, x) - scaled_value(words, y)
                if d * way > 0:
                    out.append(abs(d))
    return out


# days between two events the claim gives: "… approvato dal consiglio comunale due giorni prima della presentazione del
# progetto", "four days before the mayor signed the order"
_DAYS_APART = re.compile(r"\s+(?:giorni|giorno|days?)\s+(?:(?P<before>prima|before|earlier)|dopo|after|later)\b", re.IGNORECASE)
# or years: "Derek Holloway first walked the canal bed four years after boats had last used the stretch"
_YEARS_APART = re.compile(r"\s+(?:anni|anno|years?)\s+(?:(?P<before>prima|before|earlier)|dopo|after|later)\b", re.IGNORECASE)


def claimed_days_apart(query: str, claim: Sequence[Word], years: bool = False) -> tuple[Word, int, int] | None:
    """A number of days (or `years`) the claim puts between two events, with its way (-1: the first event before the
    second, +1: after) and where the second event starts: "… approvata … due giorni prima della presentazione del
    progetto"; or None."""
    apart = _YEARS_APART if years else _DAYS_APART
    for w in claim:
        m = apart.match(query, w.end) if w.number is not None else None
        if m is not None:
            return w, (-1 if m.group("before") else 1), m.end()
    return None


def years_of(words: Sequence[Word]) -> list[tuple[Word, int]]:
    """The years a sentence gives, each as its word and its number ("as a boy in 1962")."""
    return [(n, int(float(n.number))) for n in words if n.number is not None and is_year_word(n)]


def dates_of(words: Sequence[Word]) -> list[tuple[Word, int]]:
    """The dates a sentence gives, each as its day word and its day of the year (a year of 365 days): "lunedì 15
    settembre"."""
    out = []
    for n in words:
        month = month_of_day(words, n.pos)
        if month is not None:
            out.append((n, _MONTH_START[month] + int(float(n.number))))
    return out


_MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]  # days before each month

# an event dated by days from the one the sentence before gives: "It was confirmed two days later", "due giorni dopo"
_DAYS_LATER = re.compile(r"\b(?P<n>\w+)\s+(?:days?|giorni|giorno)\s+(?:(?P<later>later|after(?:wards)?|dopo)|earlier|before|prima)"
                         r"(?!\s+(?:that|che|the|il|la|l['’]|i|gli|le|of|di|del|della|dei|delle))\b", re.IGNORECASE)


def days_later(words: Sequence[Word], text: str) -> list[int]:
    """The days a sentence with no date of its own puts its event after (positive) or before (negative) another's: "It
    was confirmed two days later" (2); "due giorni dopo" (2). Not days before something it names ("two days before the
    vote")."""
    if dates_of(words):
        return []
    out = []
    for m in _DAYS_LATER.finditer(text):
        n = next((w for w in words if w.start == m.start("n") and w.number is not None), None)
        if n is not None:
            out.append(int(float(n.number)) * (1 if m.group("later") else -1))
    return out


def points_apart_end(query: str, w: Word) -> int:
    """Where the words saying the claim's number w is points apart end ("… percentage points higher than"), or w's end."""
    m = _POINTS_APART.match(query, w.end)
    return m.end() if m else w.end


def said_as_points_apart(query: str, w: Word) -> bool:
    """Whether the claim gives number w as the points between two shares ("23 percentage points above the average")."""
    return bool(_POINTS_APART.match(query, w.end))


# what is still to be found of a cost: "The team still has to raise £750,000 to reach the estimated cost", "mancano
# ancora 386.000 euro", "deve ancora raccogliere 750.000 euro"
_STILL_TO = re.compile(r"\b(?:still\s+(?:has|have|had|needs?|needed)\s+to\s+(?:raise|find|collect|secure)|still\s+needs?|"
                       r"(?:deve|devono|dovrà|dovranno)\s+ancora\s+(?:raccogliere|trovare|reperire)|mancano\s+ancora|"
                       r"restano\s+(?:ancora\s+)?da\s+(?:raccogliere|trovare|reperire))\s+(?:(?:about|around|some|circa|"
                       r"almeno|at\s+least)\s+)?[€$£]?\s*$", re.IGNORECASE)


# a measure said as how much one thing exceeds another: "The new telescope's mirror is 20 centimetres wider than that of
# the instrument it replaced"
_MEASURE_THAN = re.compile(r"\s+(?:centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|met(?:re|er)s?|kilomet(?:re|er)s?|km|inches|"
                           r"feet|foot|miles?|centimetri|metri|chilometri|millimetri)\s+(?:(?P<up>wider|longer|taller|higher|"
                           r"deeper|più\s+(?:largo|larga|lungo|lunga|alto|alta|profondo|profonda)|in\s+più)|narrower|shorter|"
                           r"lower|in\s+meno)\b", re.IGNORECASE)


def measure_way(query: str, w: Word) -> int:
    """For a measure the claim gives as how much one thing exceeds another ("20 centimetres wider than"), the way the
    sentence's figures are read, the claim's thing first: +1 (wider), -1 (narrower); 0 for any other figure."""
    m = _MEASURE_THAN.match(query, w.end)
    return 0 if m is None else (1 if m.group("up") else -1)


def said_as_balance(query: str, w: Word) -> bool:
    """Whether the claim gives number w as a balance of income and spending ("un avanzo di 14.000 euro")."""
    return _BALANCE_OF.search(query, max(0, w.start - 40), w.start) is not None


def said_as_difference(query: str, w: Word) -> bool:
    """Whether the claim gives number w as how much one figure exceeds another ("hanno superato le nascite di 166", "23
    percentage points above the August average") or as what is still to be found of one ("still has to raise
    £750,000" where a sentence gives a cost of £1.9 million and £1.15 million raised)."""
    return bool(_EXCEEDED_BY.search(query, max(0, w.start - 60), w.start) or _POINTS_APART.match(query, w.end)
                or said_as_balance(query, w)
                or _STILL_TO.search(query, max(0, w.start - 60), w.start) or _MEASURE_THAN.match(query, w.end))


def differences(words: Sequence[Word], text: str, points: bool = False, way: int = 0) -> list[tuple[Word, Word, float]]:
    """Each two figures of a sentence, both sums or neither, with their difference ("le nascite sono state 121, …,
    mentre i decessi sono stati 287": 166); with `points`, each two percentages ("occupancy of 94 per cent …, against
    an August average of 71 per cent": 23 points); with a `way` (`measure_way`), only those whose first is the larger
    (+1) or the smaller (-1) ("whose 60-centimetre mirror replaced … a 40-centimetre mirror" for "20 centimetres
    wider than")."""
    plain = [n for n in words if _plain_figure(words, text, n)] if not points else [
        n for n in words if n.number is not None and _PERCENT_AFTER.match(text, n.end) and not dated(words, n.pos)]
    return [(x, y, abs(scaled_value(words, x) - scaled_value(words, y))) for k, x in enumerate(plain) for y in plain[k + 1:]
            if is_money(text, x.start, x.end) == is_money(text, y.start, y.end)
            and (scaled_value(words, x) - scaled_value(words, y)) * way >= 0]


def said_as_margin(query: str, w: Word) -> bool:
    """Whether the claim gives number w as the margin of a vote ("passed by a margin of seven votes", "con dodici voti
    di scarto")."""
    return bool(_MARGIN_BEFORE.search(query, max(0, w.start - 48), w.start) or _MARGIN_AFTER.match(query, w.end))


def claim_value(w: Word, claim: Sequence[Word]) -> float | None:
    """The value of the claim's number `w`, scaled by the claim's words ("£2.4 million"), or None where it has none."""
    try:
        return float(w.number) * (_scale(claim, w) if w in claim else 1.0)
    except (TypeError, ValueError):
        return None


def figure_agrees(w: Word, claim: Sequence[Word], value: float) -> bool:
    """Whether the claim's number `w` is a figure computed from a sentence's (a rest, a sum, a margin, a total), within
    a hundredth of it."""
    mine = claim_value(w, claim)
    return mine is not None and abs(mine - value) <= 0.01 * value


def share_agrees(w: Word, value: float) -> bool:
    """Whether a share the claim gives (`w`, "più di un terzo", "about a third") holds for a share computed from two
    counts: its bound met, or within a tenth of it where it gives none (a fraction is rarely exact)."""
    return bound_agrees(float(w.number), w.bound, value)


def bound_agrees(c: float, bound: str | None, value: float) -> bool:
    """Whether a value meets a figure said with a bound (">", "<"; ALMOST: below it, within NEARLY of it) or, without
    one (or "~", about), is within a tenth of it."""
    if bound == ALMOST:
        return (1.0 - NEARLY) * c <= value < c
    if bound == ">":
        return value > c
    if bound == "<":
        return value < c
    return abs(value - c) <= APPROXIMATELY * c


NEARLY = 0.15  # "almost three times": below three, by at most this share of it
ALMOST = "<~"  # the bound of "almost three times" (a number's own "~" is "about": `align.Word.bound`)
# a figure said as a multiple of another: "more than double", "il doppio", "twice", "tre volte", "triplicati"
_MULTIPLE = re.compile(r"(?:\b(?P<more>more\s+than|più\s+del|oltre\s+il|over)\s+|\b(?P<less>less\s+than|meno\s+del|under)\s+|"
                       r"\b(?P<near>almost|nearly|quasi)\s+(?:il\s+)?)?"
                       r"(?:\b(?P<two>double[sd]?|doubling|twice|doppio|raddoppiat[oaie]|raddoppia(?:to|no|ta)?)|"
                       r"\b(?P<three>triple[sd]?|tripling|triplicat[oaie]|triplo|(?:tre|three)\s+(?:volte|times)))\b",
                       re.IGNORECASE)


_BOUND_WORDS = re.compile(r"\b(?:meno|più|piu|less|more|fewer|inferiore|superiore|oltre|under|over)(?:\s+[^\W\d]+){0,2}?\s*$",
                          re.IGNORECASE)


# a figure said as some more times another: "sette volte i contrari", "more than four times"
_TIMES = re.compile(r"(?:\b(?P<more>more\s+than|più\s+di|oltre|over)\s+|\b(?P<less>less\s+than|meno\s+di|under)\s+)?"
                    r"\b(?P<n>[4-9]|1[0-9]|quattro|cinque|sei|sette|otto|nove|dieci|four|five|six|seven|eight|nine|ten)"
                    r"\s+(?:volte|times)\b", re.IGNORECASE)
# a figure said to be halved: "dimezzata", "more than halved", "fallen by more than half"
_HALVED = re.compile(r"\b(?:(?P<more>più\s+che|more\s+than|oltre)\s+)?(?:dimezzat[oaie]|halved)\b|"
                     # or fallen by more than half: "have fallen by more than half", "è calato di oltre la metà"
                     r"\b(?:fallen|fell|dropped|declined|decreased|shrunk|shrank|(?:calat|sces|diminuit|ridott)[oaie])\s+"
                     r"(?:by\s+|di\s+)?(?P<over>more\s+than|over|oltre|più\s+della)\s+(?:half|la\s+metà)\b", re.IGNORECASE)


# a figure moved by a fraction of itself, up or down, said right before the fraction ("rising by more than a third",
# "è calato di circa un quarto")
_MOVED_BY = re.compile(r"\b(?:(?P<up>ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr(?:ow|ows|own|owing|ew)|up|"
                       r"(?:aumentat|cresciut|salit)[oaie]|aument(?:a|ano|erà|eranno)|cresc(?:e|ono|erà|eranno)|"
                       r"sal(?:e|gono|irà|iranno))|fallen|fell|falling|falls?|dropp(?:ed|ing)|drops?|declin(?:e|es|ed|ing)|"
                       r"decreas(?:e|es|ed|ing)|down|(?:calat|sces|diminuit|ridott)[oaie]|cal(?:a|ano|erà|eranno)|"
                       r"scend(?:e|ono|erà|eranno)|diminuisc(?:e|ono))\s+(?:by|di)\s+"
                       r"(?:(?P<more>more\s+than|over|oltre|più\s+di|più\s+del(?:la)?|almeno|at\s+least)\s+|"
                       r"(?P<less>less\s+than|under|meno\s+di|meno\s+del(?:la)?|quasi|almost|nearly)\s+|"
                       r"(?:about|around|circa|roughly)\s+)?(?:a|an|one|un|una|un['’]|il|la|l['’])?\s*", re.IGNORECASE)


# two things compared by how many of a kind they have, the first said before, the other after: "The Church Road site has
# more plots than the new Millfield site", "Il sito di Church Road ha meno lotti di quello di Millfield"
_MORE_THAN = re.compile(r"\b(?:(?P<more>more|più)|fewer|less|meno)\s+(?P<unit>[^\W\d_]+)\s+(?:than|di|del|dello|della|dei|degli|"
                        r"delle|dell['’]|rispetto\s+a(?:l|llo|lla|i|gli|lle|ll['’])?)\b", re.IGNORECASE)


def claimed_more_than(query: str) -> tuple[int, int, int, int] | None:
    """Two things the claim compares by a count ("has more plots than"): (+1 for more, -1 for fewer, where the words
    comparing start, where the unit starts, where they end); or None."""
    m = _MORE_THAN.search(query)
    if m is None:
        return None
    return (1 if m.group("more") else -1), m.start(), m.start("unit"), m.end()


# a sum for each year: "210.000 euro l'anno", "£95 a year", "all'anno", "per year", "annui"
_A_YEAR_AFTER = re.compile(r"(?:\s+(?:di\s+)?(?:euro|euros|dollari|dollars|sterline|pounds))?\s*"
                           r"(?:(?:l['’]|all['’]|ogni\s+|a|per|each)\s*(?:anno|year)|annu[ie]|annual|yearly)\b", re.IGNORECASE)
# years the claim spans: "Sull'intera durata di cinque anni", "over five years", "in cinque anni"
_OVER_YEARS = re.compile(r"(?:\b(?:(?:sull['’]\s*|nell['’]\s*|l['’]\s*)?intera\s+durata|(?:the\s+)?(?:whole|full|entire)\s+"
                         r"(?:term|life|length|duration))\s+)?"
                         r"\b(?:di|in|over|for|per|across|nei|negli|durante\s+i|of)\s+(?:the\s+|i\s+|gli\s+)?"
                         r"(?:(?:full|whole|intera|interi|prossimi|next)\s+)?(?P<n>[^\W_]+)\s+(?:anni|years)\b", re.IGNORECASE)


def yearly_sums(words: Sequence[Word], text: str) -> list[tuple[float, Word]]:
    """The sums a sentence gives for each year ("Il contratto vale 210.000 euro l'anno"): (the value, the figure)."""
    return [(scaled_value(words, n), n) for n in words if _plain_figure(words, text, n) and is_money(text, n.start, n.end)
            and _A_YEAR_AFTER.match(text, ([n] + _scale_words(words, n.pos))[-1].end)]


def claimed_years_span(query: str) -> tuple[float, int, int] | None:
    """The years the claim reckons a sum over ("Sull'intera durata di cinque anni"): (how many, where it says so)."""
    m = _OVER_YEARS.search(query)
    value = number_word_value(m.group("n")) if m is not None else None
    return (value, m.start(), m.end()) if value is not None and value > 1 else None


def moved_by_fraction(query: str, fraction: Word) -> re.Match | None:
    """The words saying a figure moved by the claim's fraction of itself, right before it ("rising by more than a
    third"); or None."""
    m = _MOVED_BY.search(query, 0, fraction.start)
    while m is not None and m.end() != fraction.start:
        m = _MOVED_BY.search(query, m.end(), fraction.start)
    return m


def claimed_ratio(query: str, claim: Sequence[Word]) -> tuple[float, str | None, int, int] | None:
    """A ratio of two figures the claim gives, as a percentage with its bound and where it says it: "meno della metà
    di quello attuale" (50, "<"), "more than double" (200, ">"), "tre volte" (300, None); or None."""
    m = _MULTIPLE.search(query)
    if m is not None:
        bound = ">" if m.group("more") else ("<" if m.group("less") else (ALMOST if m.group("near") else None))
        return (200.0 if m.group("two") else 300.0), bound, m.start(), m.end()
    m = _TIMES.search(query)
    if m is not None:  # "i voti favorevoli sono stati esattamente sette volte i contrari"
        value = number_word_value(m.group("n"))
        bound = ">" if m.group("more") else ("<" if m.group("less") else None)
        return 100.0 * value, bound, m.start(), m.end()
    m = _HALVED.search(query)
    if m is not None:  # "la superficie commerciale è stata più che dimezzata": less than half of what it was
        return 50.0, "<" if m.group("more") or m.group("over") else None, m.start(), m.end()
    half = next((w for w in claim if w.norm == FRACTION), None)
    if half is None:
        return None
    m = moved_by_fraction(query, half)
    if m is not None:
        # a move by a fraction of the earlier figure: "is rising by more than a third" (over 133 per cent of it),
        # "è sceso di circa un quarto" (75)
        up = bool(m.group("up"))
        over = ">" if m.group("more") else ("<" if m.group("less") else None)
        bound = over if up or over is None else ("<" if over == ">" else ">")
        return 100.0 + float(half.number) if up else 100.0 - float(half.number), bound or half.bound, m.start(), half.end
    bound = _BOUND_WORDS.search(query, 0, half.start)  # "meno della metà", "inferiore alla metà", "more than half"
    return float(half.number), half.bound, bound.start() if bound else half.start, half.end


# a claim setting a vote's counts against each other: "i voti favorevoli … sette volte i contrari"
_VOTE_RATIO = re.compile(r"\b(?:vot[oi]|votes?|favorevoli|contrari|in\s+favour|against)\b", re.IGNORECASE)


def vote_ratios(query: str, words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """Where the claim speaks of a vote, the counts for and against a sentence gives, as the percentage the votes for
    are of those against ("con 287 voti favorevoli, 41 contrari": 700): (that percentage, for, against)."""
    if not _VOTE_RATIO.search(query):
        return []
    return [(100.0 * float(x.number) / float(y.number), x, y) for x, y, _ in vote_margins(words, text)
            if float(y.number) > 0]


def move_ratios(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """The figures a sentence gives with the value they moved from or are set against, as the percentage the figure
    now is of the earlier one ("scenderà da 11 a 5 minuti": 45.5; "340 tonnellate, lontana dalle 900": 37.8): (that
    percentage, now, earlier). Shares are none."""
    out = []
    for now, before in moves(words, text):
        if is_share(text, now) or is_share(text, before):
            continue
        x, y = _pair_values(words, now, before)
        if x > 0 and y > 0:
            out.append((100.0 * x / y, now, before))
    return out


def counted_of(words: Sequence[Word], part: Word, whole: Word, text: str | None = None) -> Word | None:
    """What a part and its whole count: the word after the part ("22 medici sui 36", or after "of those": "three of
    those deaths", given the `text`), else after the whole ("620 dei 1.480 ettari")."""
    them = _OF_THEM.match(text, part.end) if text is not None else None
    if them is not None and part.pos + 1 < len(words) and words[part.pos + 1].number is None \
            and words[part.pos + 1].start >= them.end():
        return words[part.pos + 1]
    return counted_unit(words, part.pos) or counted_unit(words, whole.pos)


def counted_unit(words: Sequence[Word], pos: int) -> Word | None:
    """What the number at content word `pos` counts: the next content word, past words that only scale it
    ("3 million pounds" -> "pounds", "two hours" -> "hours"); None when no word follows it closely."""
    k = pos + len(_scale_words(words, pos))
    nxt = words[k + 1] if k + 1 < len(words) else None
    # right after the number (a space, "4% raise"), or after a scale word and "di" / "of" ("500 milioni di euro")
    if (nxt is None or nxt.number is not None or nxt.is_name or nxt.place
            or (nxt.norm in TIME_WORDS and nxt.norm not in DURATION_UNITS)
            or is_year_word(words[pos]) or nxt.start - words[k].end > (UNIT_GAP if k > pos else 2)):
        # a year, a date ("27 July", "anni settanta"), a name or a country after it: no count of anything ("sei
        # anni" counts years)
        return None
    return nxt


def counts_it(a: Aligned, s: Word, w: Word, unit: Word) -> bool:
    """Whether a number of the sentence counts what the claim's number `w` counts (`unit`): the same thing,
    or, the same number said without it, with the claim's next word right after ("Two people died and three were injured" counts the
    people "Three people were injured" does, not those "Three people died" does; "won the tournament twice"
    counts no hours)."""
    mine = counted_unit(a.words, s.pos)
    if mine is not None or not len(a.best):
        return same_unit(mine, unit)
    if s.number != w.number or s.norm in SCALE_WORDS:
        return False  # the same number said alone, not a bound met or "milioni" on its own
    nxt = s.pos + 1
    return nxt < len(a.words) and any(int(j) == nxt and b >= MATCH for j, b in zip(a.where, a.best))


# a count of people, whatever they are called: "6.800 persone" counts the claim's "6.800 visitatori"
PEOPLE = frozenset("persone persona people persons individui individuals".split())


def counts_people(a: Aligned, s: Word, w: Word, unit: Word | None = None) -> bool:
    """Whether the sentence's number is the claim's own, counting people ("visitate da 6.800 persone" for
    "ha registrato 6.800 visitatori"), where the claim's number (counting `unit`) counts no measure ("2.400 persone
    all'ora" is no "lunga 2.400 metri")."""
    mine = counted_unit(a.words, s.pos)
    return (s.number == w.number and mine is not None and mine.norm in PEOPLE
            and (unit is None or (unit.norm not in MEASURE_UNITS and unit.norm not in DURATION_UNITS
                                  and CURRENCY_WORD.match(unit.norm) is None)))


# units of measure: a figure counting one counts no people
MEASURE_UNITS = frozenset(fold(w) for w in """metri metro meters metres meter metre km chilometri chilometro kilometres
kilometers kilometre kilometer miglia miles mile centimetri centimetres cm millimetri millimetres mm tonnellate tonnellata
tonnes tonne tons ton quintali quintale chili chilo kg kilos grammi grams litri litro litres liters ettari ettaro hectares
hectare acri acres""".split())


_BESIDE_UNIT = frozenset(fold(w) for w in "diversi diverse different distinct nuovi nuove new altri altre other".split())


# a count given as what is added or missing ("chiede almeno 11 infermieri in più", "40 more staff"): no count of all
_INCREMENT_AFTER = re.compile(r"\s*(?:in\s+(?:più|meno)|more\b|fewer\b|extra\b|additional\b|aggiuntiv)", re.IGNORECASE)
CHANGE_ASKED = re.compile(r"\b(?:in\s+(?:più|meno)|more|fewer|extra|additional|aggiuntiv\w*|nuov[ie]|new)\b", re.IGNORECASE)


def increment(words: Sequence[Word], n: Word, text: str) -> bool:
    """Whether number n of a sentence counts what is added or missing, not all of it: "11 infermieri in più",
    "40 more staff"."""
    unit = counted_unit(words, n.pos)
    return _INCREMENT_AFTER.match(text, (unit or n).end) is not None


def counts_asked(a: Aligned, m, asked: int | None = None, text: str = "", part_asked: bool = False,
                 change_asked: bool = True, money_asked: bool = False) -> bool:
    """Whether a number of the sentence may count what a "how many" question asks about: it counts nothing
    said, or a word close to the one asked about (question word `asked`, the one after "quanti" / "how many"), else
    to one of the question's ("2,8 milioni di abitanti" for "Quante persone …?"); not "1,990 euros" or "250 people"
    for "How many scooters has Orbix sold?", nor "310 soci" for "Quante bottiglie produce … la Cantina sociale …?", nor
    a sum with its currency before it ("will pay £149.95" for "How many households … are in Band D?") unless money is
    what is counted (`money_asked`: "Quanti euro …?")."""
    if asked is not None and text and not money_asked and is_money(text, m.start, m.end):
        return False
    pos = next((w.pos for w in a.words if w.start == m.start), None)
    if pos is not None and dated(a.words, pos):
        return False  # a day of the month counts nothing: "nella notte tra giovedì 4 e venerdì 5 giugno"
    if asked is not None and pos is not None and (is_year_word(a.words[pos]) or (
            text and is_share(text, a.words[pos]) and not part_asked)):
        # nor a year or a share, for a count asked of a thing ("Quante bottiglie …?": not "2024", "40%"); a share
        # answers how many of a group ("Quanti dei partecipanti …?": "il 3% del pubblico")
        return False
    if pos is not None and a.words[pos].norm in SCALE_WORDS and pos > 0 and a.words[pos - 1].number is not None:
        return False  # "milioni" of "2,4 milioni di euro" is the scale of the number before it, read on its own
    unit = counted_unit(a.words, pos) if pos is not None else None
    if asked is not None and pos is not None and not change_asked and text and increment(a.words, a.words[pos], text):
        return False  # "chiede almeno 11 infermieri in più" counts no nurses at work, unless more are asked about
    whole = _whole_of(a.words, a.words[pos]) if unit is None and pos is not None else None
    if whole is not None:
        unit = counted_unit(a.words, whole.pos)  # a part counts what its whole does: "620 of the 1,480 hectares"
    if unit is not None and unit.norm in _BESIDE_UNIT and unit.pos + 1 < len(a.words):
        unit = a.words[unit.pos + 1]  # "21 diversi problemi": problems
    if unit is None and asked is not None and pos is not None:
        # a figure set against the one before it counts what that one does: "68.000 quintali di uva, contro i 112.000"
        before = next((w for w in reversed(a.words[:pos]) if w.number is not None and w.norm not in SCALE_WORDS), None)
        unit = counted_unit(a.words, before.pos) if before is not None and text and earlier_marked(text, a.words[pos]) \
            else None
    if unit is None or not a.sim.shape[0]:
        return True
    rows = a.sim[asked, unit.pos] if asked is not None and asked < a.sim.shape[0] else a.sim[:, unit.pos].max()
    return float(rows) >= UNIT_MATCH


_HOW_MANY = re.compile(r"\b(?:quanti|quante|how\s+many)\b", re.IGNORECASE)
PART_ASKED = re.compile(r"\b(?:quant[ie]\s+(?:dei|degli|delle|tra|fra)|how\s+many\s+of)\b", re.IGNORECASE)


def asked_count(words: Sequence[Word], query: str) -> int | None:
    """The word a "how many" question counts: the first plain word after "quanti" / "how many" ("Quante bottiglie
    …?", "How many UCU members …?"), or None."""
    m = _HOW_MANY.search(query)
    if m is None:
        return None
    return next((k for k, w in enumerate(words) if w.start >= m.end() and not w.is_name and w.number is None), None)


def month_of_day(words: Sequence[Word], pos: int) -> int | None:
    """The month (0-11) number word `pos` is the day of: a number from 1 to 31 right before its month ("8 giugno",
    "12th November") or, in English, right after it ("June 8"; "maggio 30 persone" is no date); or None."""
    if not _day_number(words[pos]):
        return None
    after = words[pos + 1] if pos + 1 < len(words) else None
    if after is not None and after.norm in MONTH_NUMBER and after.start - words[pos].end <= 2:
        return MONTH_NUMBER[after.norm]
    before = words[pos - 1] if pos > 0 else None
    if before is not None and before.norm in _ENGLISH_MONTHS and words[pos].start - before.end <= 2:
        return MONTH_NUMBER[before.norm]
    return None


def dated(words: Sequence[Word], pos: int) -> bool:
    """Whether number word `pos` is the day of a date: beside its month (`month_of_day`) or a number from 1 to 31
    right after a weekday ("giovedì 4")."""
    before = words[pos - 1] if pos > 0 else None
    return month_of_day(words, pos) is not None or (
        _day_number(words[pos]) and before is not None and before.norm in CALENDAR
        and words[pos].start - before.end <= 2)


_DAY_SPAN_BETWEEN = re.compile(r"\s*(?:e|and|to|al|a|-|–)\s*(?:il\s+|l['’]\s*|the\s+)?", re.IGNORECASE)


def day_span(words: Sequence[Word], pos: int, text: str) -> bool:
    """Whether number word `pos` of `text` opens a span of days whose last day is dated: "tra l'8 e il 9 aprile", "from
    3 to 5 May", "dal 12 al 14 ottobre"."""
    nxt = words[pos + 1] if pos + 1 < len(words) else None
    return (_day_number(words[pos]) and nxt is not None and nxt.number is not None and dated(words, nxt.pos)
            and _DAY_SPAN_BETWEEN.fullmatch(text, words[pos].end, nxt.start) is not None)


def _day_number(w: Word) -> bool:
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|º|°)?", w.text, re.IGNORECASE)  # "12", "12th"
    return bool(day and 1 <= int(day.group(1)) <= 31)


_ENGLISH_MONTHS = frozenset(MONTHS[12:])


UNIT_MATCH = 0.5  # a number's word this close to one of the question's counts what it asks about


def same_unit(a: Word | None, b: Word | None) -> bool:
    """Whether two numbers count the same thing (the same word, stem or listed translation), or the claim's
    number counts nothing said."""
    return b is None or (a is not None and (a.stem == b.stem or same_meaning(a.norm, b.norm) or (
        a.norm in DURATION_KIND and DURATION_KIND[a.norm] == DURATION_KIND.get(b.norm))))  # "settimane", "weeks"


def dated_weekday(words: Sequence[Word], w: Word) -> tuple[str, int | None] | None:
    """The date a weekday is given ("lunedì 14 ottobre", "Wednesday, March 19"): its day number and month
    (None when not said) within the next three words, or None when no number follows it."""
    if w.norm not in CALENDAR:
        return None
    near = words[w.pos + 1:w.pos + 4]
    number = next((x.number for x in near if x.number is not None and not is_year_word(x)), None)
    if number is None:
        return None
    return number, next((MONTH_NUMBER[x.norm] for x in near if x.norm in MONTH_NUMBER), None)


def day_of_month(words: Sequence[Word], k: int) -> str | None:
    """The day number given beside month word k ("29 maggio", "May 29"), or None."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(words) and words[j].text.isdigit() and 1 <= int(words[j].text) <= 31:
            return words[j].text
    return None


def is_year_word(w: Word) -> bool:
    return len(w.text) == 4 and w.text.isdigit() and 1000 <= int(w.text) <= 2100


def month_of_year(words: Sequence[Word], k: int) -> int | None:
    """The month (0-11) year word k is given after ("giugno 2026", "March 2027"), or None."""
    if k > 0 and is_year_word(words[k]) and words[k - 1].end + 2 >= words[k].start:
        return MONTH_NUMBER.get(words[k - 1].norm)
    return None


# what is measured place by place: a figure "in Europe" says nothing of the same figure elsewhere
_MEASURES = frozenset(stem(fold(w)) for w in """inflation inflazione unemployment disoccupazione price prices prezzi
prezzo case cases casi caso gdp pil growth crescita turnout affluenza temperature temperatures sales vendite
export exports esportazioni import imports importazioni death deaths morti decessi infection infections contagi
emission emissions emissioni population popolazione rate rates tasso tassi poverty povertà crime crimes
criminalità reati wage wages salari stipendi debt debito deficit""".split())


def measured_in(sentence, c: Conflict, claim: Sequence[Word]) -> bool:
    """Whether the sentence gives its place to a measure the claim speaks of, right before it ("measles
    cases in Europe", "l'inflazione in Italia"): a figure of another place, not the claim's event elsewhere
    ("The summit took place in Geneva" keeps its conflict with "in Helsinki")."""
    start = c.start - sentence.start
    before = [t for t in tokens(sentence.text[:start])][-3:]
    measured = {w.stem for w in claim if w.stem in _MEASURES}
    return any(stem(t.norm) in measured for t in before)


ALSO = re.compile(r"\b(?:also|too|as\s+well(?!\s+as)|anche)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|da|dal|dall['’]|dallo|dalla|dai|dagli|dalle)\s*(?:(?:about|around|circa|roughly)\s+)?[€$£¥]?\s*$",
                          re.IGNORECASE)  # (with a bound: "from about 4,100")
# "da" after a thing that is worth a sum says what it is worth, not where it moved from: "conto da 2,6 milioni", "lavori
# da 4,3 milioni", "una multa da 2.000 euro" (unless "a" another figure follows: "il biglietto da 5,50 a 7 euro")
_WORTH_BEFORE = re.compile(r"\b(?:conto|costo|lavori|intervento|investimento|multa|sanzione|bolletta|spesa|fattura|importo|"
                           r"valore|premio|biglietto|biglietti|banconot[ae]|appalto|mutuo|prestito|finanziamento|"
                           r"contratto|assegno|bonus|manovra|cantiere|opera|opere|progetto|buco|ammanco)\s+da\s*[€]?\s*$",
                           re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:milioni|mila|miliardi|euro)?\s*(?:a|al|ai|alle|agli)\s+(?:circa\s+)?[€]?\s*\d", re.IGNORECASE)
# the value a figure is set against: "è salito a 4,8 milioni di euro, contro i 3,2 milioni indicati nel progetto",
# "£1.6 million, compared with £2.4 million"
_AGAINST_BEFORE = re.compile(r"\b(?:contro|rispetto\s+a|a\s+fronte\s+d|compared\s+(?:with|to)|against|versus|instead\s+of|"
                             r"invece\s+d|anziché)\s*(?:(?:i|il|"
                             r"gli|le|la|lo|ai|al|agli|alle|alla|allo|ei|el|egli|elle|ella|ello|the)\s+|l['’]\s*|"
                             r"all['’]\s*|ell['’]\s*)?[€$£¥]?\s*$", re.IGNORECASE)


# an earlier estimate or figure named before its value: "£2.8 million, up from an initial estimate of £1.9 million",
# "2,8 milioni, contro una stima iniziale di 1,9", "dalla stima iniziale di 1,9 milioni"
# (or an average it is set against: "212 millimetri contro una media di 96", "against an average of 96")
_ESTIMATE_BEFORE = re.compile(r"(?:\bfrom|\bd(?:a|al|alla|all['’]|ai|alle)|\bcontro|\bagainst|compared\s+(?:with|to))\s*(?:an?|the|"
                              r"its|their|una?|la|il|le|i|l['’])?\s*(?:[^\W\d]+\s+){0,2}?(?:estimates?|figures?|forecasts?|"
                              r"levels?|totals?|budgets?|projections?|averages?|stim[ae]|prevision[ei]|cifr[ae]|preventiv[oi]|"
                              r"medi[ae])\s+(?:[^\W\d]+\s+)?"
                              r"(?:of|di)\s*[€$£¥]?\s*$", re.IGNORECASE)
ESTIMATE_REACH = 60  # characters from "from" to the earlier value it names


# the figure a percentage change is reckoned on: "an increase of 18 per cent on the 349,000 recorded the previous year"
_PERCENT_ON_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+on\s+(?:the\s+)?[€$£¥]?\s*$", re.IGNORECASE)


def earlier_marked(text: str, w: Word) -> bool:
    """Whether number w is given as an earlier value or one a figure is set against ("from 61%", "dai 15",
    "contro i 3,2 milioni", "up from an initial estimate of £1.9 million", "up 18% on the 349,000")."""
    return bool((_FROM_BEFORE.search(text, max(0, w.start - 18), w.start)
                 and not (_WORTH_BEFORE.search(text, max(0, w.start - 40), w.start) and not _TO_AFTER.match(text, w.end)))
                or _AGAINST_BEFORE.search(text, max(0, w.start - 24), w.start)
                or _PERCENT_ON_BEFORE.search(text, max(0, w.start - 24), w.start)
                or _ESTIMATE_BEFORE.search(text, max(0, w.start - ESTIMATE_REACH), w.start))


# "da 420 a circa 458 euro", "from 4.1% to about 3.4%"
# (the earlier value's year may stand between: "rose from 412,000 in 2023 to 551,000 last year", "dal 58,4 per cento del
# 2023 al 67,1"; and a rate's period, "from about 4,100 a week in 2015 to around 1,650")
_TO_BETWEEN = re.compile(r"\s*(?:%|per\s*cento|per\s*cent|percento|percent)?\s*"
                         # (or its currency: "da 1 euro a 1,50 euro")
                         r"(?:(?:euro|euros|dollari|dollars|sterline|pounds)\s+)?"
                         # (or a rate's period: "from about 4,100 a week in 2015 to around 1,650")
                         r"(?:(?:a|an|per|each|al|alla|all['’]|l['’])\s*(?:week|day|month|year|settimana|giorno|mese|anno)\s+)?"
                         r"(?:(?:in|nel|del|of|during)\s+\d{4}(?:/\d{2,4})?\s*"
                         r",?\s*)?(?:to|a|al|all['’]|ai|agli)\s*"
                         r"(?:(?:circa|quasi|about|around|nearly|almost|roughly)\s+)?[€$£¥]?\s*", re.IGNORECASE)
FROM_REACH = 80  # characters between a figure and the earlier value it moved from ("38%, down from 61%")
PERCENT_ON_REACH = 24  # characters more where a percentage change stands between ("an increase of 18 per cent on the")


def previous_value(w: Word, query: str, claim: Sequence[Word], top, aligned, evidence) -> tuple[int, Word] | None:
    """Where the claim's number is stated only as the value something moved from ("Turnout was 38%, down
    from 61%", "all'1,1%, dall'1,6% di settembre"): the sentence's figure before it, which stands against
    it; None when a sentence states the number otherwise, the claim gives it as the earlier value too
    ("Il fondo passa da quindici a ventiquattro milioni" against "sale a 24 milioni, dai 15 del 2025"), or
    the claim names all that follows the earlier value ("A settembre l'inflazione era all'1,6%": "di
    settembre")."""
    if earlier_marked(query, w):
        return None
    found = None
    for i in top:
        text, words = evidence[i].sentence.text, aligned[i].words
        moved = {before.pos: now for now, before in moves(words, text)}
        for s in words:
            if s.number is None or not number_agrees(w, s):
                continue
            if s.pos not in moved:
                return None  # stated otherwise, or as an earlier value with no figure now beside it
            if of_earlier(claim, words, s, text):
                return None
            found = found or (i, moved[s.pos])
    return found


# what would have been, not what is (a conditional perfect): "a fine of £2.4 million would have been appropriate
# had …", "una multa di 2,4 milioni sarebbe stata adeguata se …"
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\b|\b(?:avrebbe|avrebbero|sarebbe|"
                           r"sarebbero)\b", re.IGNORECASE)
HYPOTHETICAL_REACH = 60  # characters after a number read for it, within its clause


def hypothetical(text: str, w: Word) -> bool:
    """Whether a number of a sentence is given as what would have been ("… £2.4 million would have been appropriate
    had …"): a conditional perfect in its clause right after it."""
    after = re.split(r"[,;:.!?()“”\"«»]", text[w.end:w.end + HYPOTHETICAL_REACH], maxsplit=1)[0]
    return bool(HYPOTHETICAL.search(after))


def of_earlier(claim: Sequence[Word], words: Sequence[Word], s: Word, text: str) -> bool:
    """Whether the claim names what earlier value s of a sentence belongs to, up to the end of its phrase or the
    next figure: "di settembre", "at the general election", "indicati nel progetto preliminare approvato a giugno" (all of its
    first three words, or most of its first five); "questa stagione" does not name "dai 4.200 della scorsa
    stagione"."""
    end = min([k for k in (text.find(",", s.end), text.find(".", s.end), text.find(";", s.end)) if k >= 0],
              default=len(text))
    after = [x for x in words if s.end < x.start < end and x.norm not in SCALE_WORDS]
    # up to the next figure: "da 140 a 65 giorni", "dalle 6.10 alle 21.30" give the value it moved to
    # (a year says whose it is: "dai 7,1 milioni del 2023")
    belongs = after[:next((k for k, x in enumerate(after) if x.number is not None
                           and (is_year_word(s) or not is_year_word(x))), len(after))][:5]
    norms, stems = {c.norm for c in claim}, {c.stem for c in claim}
    years = {c.number for c in claim if c.number is not None and is_year_word(c)}
    if any(is_year_word(x) and x.number not in years for x in belongs):
        return False  # the year says whose it is: "rispetto ai 940 mila euro della stagione 2023/2024" is no 2024/2025's
    return bool(belongs) and (all(x.norm in norms for x in belongs[:3])
                              or len(belongs) >= 4 and sum(x.stem in stems for x in belongs) * 2 > len(belongs))


def said_as_range(text: str, before: Word, now: Word) -> bool:
    """Whether an earlier value stands right before the figure it moved to, leaving its unit to it ("abbassare da 68 a
    62 euro", "from 8 to £10")."""
    return before.end <= now.start and _TO_BETWEEN.fullmatch(text[before.end:now.start]) is not None


def unit_elided(words: Sequence[Word], pos: int) -> bool:
    """Whether the number at content word `pos` ends its phrase with only a scale word after it, its unit said
    before ("ricavi per 48,5 milioni di euro, … e una perdita netta di 3,7 milioni")."""
    # (a participle after it says what was done with it: "contro i 6,5 milioni previsti")
    return (pos + 1 < len(words) and words[pos + 1].norm in SCALE_WORDS
            and (pos + 2 >= len(words) or counted_unit(words, pos) is None
                 or _PARTICIPLE.fullmatch(words[pos + 2].text) is not None))


def given_for_earlier(w: Word, query: str, claim: Sequence[Word], top, aligned, evidence) -> tuple[int, Word] | None:
    """Where the claim gives the current figure to what the earlier value belongs to ("Il progetto preliminare
    … prevedeva una spesa di 4,8 milioni" against "è salito a 4,8 milioni di euro, contro i 3,2 milioni indicati
    nel progetto preliminare approvato a giugno"): (sentence, that earlier value); None otherwise, and when the
    claim gives an earlier value itself ("rose from 53% the previous winter to 61%")."""
    if any(x.number is not None and earlier_marked(query, x) for x in claim):
        return None
    for i in top:
        text, words = evidence[i].sentence.text, aligned[i].words
        for now, before in moves(words, text):
            if number_agrees(w, now) and not number_agrees(w, before) and of_earlier(claim, words, before, text) \
                    and not any(number_agrees(x, before) for x in claim if x is not w and x.number is not None):
                # (not where the claim sets the figure against that earlier value too: "142 giorni, più del doppio dei 60
                # giorni previsti dalle regole regionali")
                return i, before
    return None


def other_earlier_value(w: Word, query: str, claim: Sequence[Word], top, aligned, evidence) -> tuple[int, Word] | None:
    """Where the claim's number is the value a figure of the claim moved from ("rose to £3.4 billion from £2.9
    billion") and a sentence gives that figure moving from another value ("climbed to £3.4 billion, from £2.7
    billion"): (sentence, its earlier value); None otherwise."""
    now = next((n for n, before in moves(claim, query) if before.pos == w.pos), None)
    if now is None:
        return None
    for i in top:
        words = aligned[i].words
        for s_now, s_before in moves(words, evidence[i].sentence.text):
            theirs = counted_unit(words, s_now.pos)  # "£3.4 billion, from" counts nothing said
            if number_agrees(now, s_now) and not number_agrees(w, s_before) \
                    and (theirs is None or same_unit(theirs, counted_unit(claim, now.pos))):
                return i, s_before
    return None


def moves(words: Sequence[Word], text: str):
    """The figures a sentence gives with the value they moved from, as (now, earlier) pairs: "reached 61%, up
    from 53%", "sceso da 140 a 65 giorni", "sale a 24 milioni, dai 15 del 2025". The figure now counts the
    same thing (not "40 dipendenti" for "da 3 anni"), right after the earlier value ("sceso da 140 a 65
    giorni", "from 4.1% to 3.4%") or before it ("eased to 3.4% in February, down from 4.1%")."""
    index = {id(x): k for k, x in enumerate(words)}  # (a claim's words may be fewer than their positions)
    for s in words:
        if s.number is None or not earlier_marked(text, s) or is_year_word(s):
            continue  # (a year is when, not a value: "il dato più basso dal 1971")
        # a date moves to a date, a figure to a figure: "del 9 per cento a partire dal 1° luglio" moved nothing
        day = dated(words, index[id(s)])
        # (past the words scaling it: "from £15.9m to £16.8m", "da 2,1 milioni a 3 milioni")
        s_end = ([s] + _scale_words(words, index[id(s)]))[-1].end
        after = next((x for x in words if x.number is not None and x.start > s.end and x.norm not in SCALE_WORDS
                      and _TO_BETWEEN.fullmatch(text[s_end:x.start]) and _counts_alike(words, x, s)), None)
        # the figure itself, not the word scaling it ("3,4 miliardi, dai 2,9": 3,4), which may stand before the
        # change that reckons on the earlier value ("412,000 passengers in 2025, an increase of 18 per cent on the 349,000")
        reach = FROM_REACH + (PERCENT_ON_REACH if _PERCENT_ON_BEFORE.search(text, max(0, s.start - 24), s.start) else 0)
        current = [x for x in words if x.number is not None and x.end <= s.start and x.number != s.number
                   and x.norm not in SCALE_WORDS and not is_year_word(x) and s.start - x.end <= reach
                   and _counts_alike(words, x, s) and dated(words, index[id(x)]) == day
                   # a share moves from a share, a figure from a figure: "186 milioni …, in crescita del 12 per cento
                   # rispetto ai 166 milioni" (186, not 12)
                   and is_share(text, x) == is_share(text, s)]
        # (not a span of time said in passing, where another figure stands before it: "drew a record 38,400 visitors
        # over its four days this summer, up from 31,200 last year")
        current = [x for x in current if not _is_span(words, index[id(x)])] or current
        if after is not None or current:
            yield after or current[-1], s
    # a figure, then what it is brought down or up to: "sarà di 42 euro, ridotta a 29,40 euro se pagata entro cinque
    # giorni", "£12, cut to £9 for members"
    for s in words:
        if s.number is None or is_year_word(s) or earlier_marked(text, s):
            continue
        s_end = ([s] + _scale_words(words, index[id(s)]))[-1].end
        unit = counted_unit(words, index[id(s)])
        m = _BROUGHT_TO.match(text, s_end) or (
            _BROUGHT_TO.match(text, unit.end) if unit is not None and unit.start - s_end <= UNIT_GAP else None)
        now = next((x for x in words if m is not None and x.start == m.end() and x.number is not None
                    and _counts_alike(words, x, s)), None)
        if now is not None:
            yield now, s


_BROUGHT_TO = re.compile(r"\s*,\s*(?:(?:ridott|abbassat|sces|portat|aumentat|alzat)[oaie]|reduced|cut|lowered|raised|"
                         r"increased)\s+(?:a|ad|to)\s+[€$£]?\s*", re.IGNORECASE)


def _is_span(words: Sequence[Word], k: int) -> bool:
    """Whether number k counts a span of time ("four days", "tre settimane")."""
    return k + 1 < len(words) and words[k + 1].norm in DURATION_KIND and words[k + 1].start - words[k].end <= 2


# verbs of losing and gaining: the amount they take is a change ("ha perso 24 milioni", "lost 24 million")
_LOST = r"pers[oaie]|perde|perdono|perderà|perderanno|lost|loses?"
_GAINED = r"guadagnat[oaie]|guadagna|guadagnano|gained|gains?"
_CHANGE_BEFORE = re.compile(r"\b(?:by|di|del|dello|della|dell['’]|of|" + _LOST + "|" + _GAINED +
                            r")\s*(?:(?:circa|about|around|almost|nearly|quasi|"
                            r"some|roughly|oltre|più\s+di|more\s+than|over)\s+(?:(?:il|l['’])\s*)?)?[€$£]?\s*$",
                            re.IGNORECASE)  # (a percentage's article after the bound: "aumenta di oltre il 25 per cento")
# which way a claim says something moved
_UP = re.compile(r"\b(?:in\s+più|more|higher|larger|bigger|aument\w*|cresci\w*|cresc[ei]\w*|salit\w*|sali|rose|risen|rises?|rising|"
                 + _GAINED + r"|increase[ds]?|grew|grown|up|più\s+\w+\s+(?:che|di|rispetto)|più\s+di\s+quanto)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:in\s+meno|less|lower|fewer|smaller|diminui\w*|calat\w*|cal[oò]|sces[oaie]|scend\w*|ridott\w*|reduc\w*|"
                   r"fell|fallen|decrease[ds]?|dropped|down|declined|meno\s+\w+\s+(?:che|di|rispetto)|meno\s+di\s+quanto|"
                   + _LOST
                   + r")\b", re.IGNORECASE)


_BOUND_WAY = re.compile(r"\b(?:(?:more|less|fewer)\s+than|(?:più|meno)\s+" + OF_ARTICLED + r"|(?:oltre|almeno|circa|quasi)(?:\s+(?:il|l['’]))?|"
                        r"over|about|around|almost|nearly|at\s+least)(?=\s*(?:[€$£]\s*)?\d|\s+(?:a\s+)?"
                        r"(?:half|third|quarter|metà|terzo|quarto)\b)", re.IGNORECASE)


def bound_spans(query: str) -> list[range]:
    """The characters of the words bounding a figure ("more than 40 per cent", "meno di 30", "oltre il 25 per cento"),
    which say no way."""
    return [range(m.start(), m.end()) for m in _BOUND_WAY.finditer(query)]


_REDUCED_FARE = re.compile(r"\b(?:(?:bigliett[oi]|tariff[ae]|ingress[oi]|abbonament[oi])\s+ridott[oaie]|(?:il|i)\s+ridott[oi]|"
                           r"reduced\s+(?:fares?|tickets?|rates?|prices?))\b", re.IGNORECASE)


def claimed_direction(query: str) -> tuple[int, re.Match] | None:
    """Which way a claim says something moved, +1 or -1, with where it says so ("sono aumentati", "has grown",
    "meno passeggeri che"); None when it says neither or both."""
    # (not a bound of a figure: "will reduce the trust's reserves by more than 40 per cent", "più della metà"; nor a
    # reduced fare: "Dal 1° aprile aumenterà anche il prezzo del biglietto ridotto")
    query = _BOUND_WAY.sub(lambda m: " " * len(m.group()), query)
    query = _REDUCED_FARE.sub(lambda m: " " * len(m.group()), query)
    up, down = _UP.search(query), _DOWN.search(query)
    if (up is None) == (down is None):
        return None
    return (1, up) if up is not None else (-1, down)


CLAUSE_MARK = re.compile(r"[,;:.!?()]")  # punctuation closing a figure's or a word's clause
DIRECTION_REACH = 24  # characters before a figure read for the word saying which way it moved ("up 14%", "in crescita del")


def direction_at(text: str, w: Word) -> tuple[int, int, int] | None:
    """Which way a text says figure w moved, from the words right before it ("up 14% from", "fell 3.5%", "in crescita
    del 12 per cento"): (+1 or -1, start, end of that word), or None when it says neither or both."""
    start = max(0, w.start - DIRECTION_REACH)
    window = text[start:w.start]
    window = CLAUSE_MARK.split(window)[-1]  # within the figure's clause
    offset = w.start - len(window)
    got = claimed_direction(window)
    return (got[0], offset + got[1].start(), offset + got[1].end()) if got is not None else None


# a figure said as a difference from something, its way right after it: "about 30% less than its previous model",
# "il 12 per cento in più rispetto al 2023"
_COMPARED_AFTER = re.compile(r"\s*(?:%|per\s*cento|per\s*cent|percent)?\s*(?P<way>(?P<up>in\s+più|more|higher|greater|larger)|"
                             r"in\s+meno|less|lower|fewer|smaller|cheaper)(?:\s+[^\W\d]+)?\s+(?:than|rispetto|di|del|della|dello|"
                             r"dei|delle)\b", re.IGNORECASE)  # (what it counts may stand between: "12,000 fewer visitors than")


def compared_at(text: str, w: Word) -> tuple[int, int, int] | None:
    """Which way a figure is said to differ from what follows it ("1,990 euros, about 30% less than its previous
    model"): (+1 or -1, start, end of the words saying so), or None."""
    m = _COMPARED_AFTER.match(text, w.end)
    if m is None:
        return None
    return (1 if m.group("up") else -1), m.start("way"), m.end()


def moved_by(words: Sequence[Word], now: Word, before: Word) -> float:
    """How much a figure moved from the earlier one, scale words counted ("2,1 milioni" against "1,8 milioni")."""
    x, y = _pair_values(words, now, before)
    return x - y


def _pair_values(words: Sequence[Word], now: Word, before: Word) -> tuple[float, float]:
    """A figure and the earlier one, scaled: the scale of the figure after the earlier value is theirs both ("da 41 a
    17 milioni di metri cubi": 41 and 17 million)."""
    x, y = float(now.number) * _scale(words, now), float(before.number) * _scale(words, before)
    if before.end < now.start and not _scale_words(words, before.pos) and _scale_words(words, now.pos):
        y *= _scale(words, now)
    return x, y


# or a comparative after it: "44.000 quintali di uva in meno", "£2.4 million lower than"
_CHANGE_AFTER = re.compile(r"(?:\s+[^\W\d]+(?:['’][^\W\d]+)?){0,4}?\s+(?:(?P<up>in\s+più|higher|more|larger|bigger)|in\s+meno|lower|less|fewer|"
                           r"smaller)\b", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"\s*(?:percentage\s+points?|points?|punti(?:\s+percentuali)?|punto\s+percentuale)\b",
                           re.IGNORECASE)
_PERCENT = r"(?:%|per\s*cento|per\s*cent|percento|percent)"  # the words of a percentage
_PERCENT_AFTER = re.compile(r"\s*" + _PERCENT, re.IGNORECASE)


# a share of a group, said as a percentage of it: "l'85 per cento dei soci", "15% of the members" (not "by more than 10%")
_SHARE_OF_GROUP = re.compile(r"\s*(?:" + _PERCENT + r"\s*)?(?:dei|degli|delle|del|della|dello|di|of)\s", re.IGNORECASE)


def complement_shares(query: str, claim: Sequence[Word], text: str, words: Sequence[Word]) -> tuple[Word, Word] | None:
    """A share of the claim and one of the sentence that make the whole between them ("circa l'85 per cento dei soci"
    and "appena il 15 per cento dei soci"), as (claim's, sentence's): what one says of the first, the other denies of
    the second; None otherwise. The claim's bound is met by the rest of the whole ("più dell'80%" by 100 - 15)."""
    for w in claim:
        if not (is_share(query, w) and _SHARE_OF_GROUP.match(query, w.end)) or said_as_change(query, w):
            continue
        for s in words:
            if s.number is not None and is_share(text, s) and _SHARE_OF_GROUP.match(text, s.end) and s.number != w.number \
                    and s.bound is None and not said_as_change(text, s):
                rest = dataclasses.replace(s, number=f"{100.0 - float(s.number):g}")
                if number_agrees(w, rest):
                    return w, s
    return None


_RACE_TIME = re.compile(r"\b(\d{1,2}):([0-5]\d):([0-5]\d)\b")


# a time said in words: "2 hours 14 minutes 37 seconds", "1 minute 31 seconds", "48 seconds", "3 ore e 12 minuti"
_SPOKEN_TIME = re.compile(r"\b(?:(?P<h>\d{1,2})\s+(?:hours?|ore|ora)\s*,?\s*(?:and\s+|e\s+)?)?(?:(?P<m>\d{1,2})\s+(?:minutes?|"
                          r"minuti|minuto)\s*,?\s*(?:and\s+|e\s+)?)?(?:(?P<s>\d{1,2})\s+(?:seconds?|secondi|secondo))?\b",
                          re.IGNORECASE)
# a gap between two times: "improved the record by 1 minute 31 seconds", "di 48 secondi", "48 seconds ahead of"
_GAP_BEFORE = re.compile(r"\b(?:by|di)\s*$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"\s+(?:ahead|behind|faster|slower|clear|davanti|dietro|di\s+vantaggio|di\s+distacco|in\s+meno|in\s+più)"
                        r"\b", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\s+(?:ahead\s+of|clear\s+of|davanti\s+a)\b", re.IGNORECASE)


def race_times(text: str) -> list[tuple[int, int, int]]:
    """The times a text gives, in seconds with their spans: "2:31:09", "2 hours 14 minutes 37 seconds", "48 seconds"
    (a time in hours alone is a span of time, not one of these)."""
    out = [(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)), m.start(), m.end())
           for m in _RACE_TIME.finditer(text)]
    for m in _SPOKEN_TIME.finditer(text):
        if m.group("m") is None and m.group("s") is None:
            continue
        out.append((int(m.group("h") or 0) * 3600 + int(m.group("m") or 0) * 60 + int(m.group("s") or 0),
                    m.start(), m.end()))
    return sorted(out, key=lambda t: t[1])


def said_as_gap(query: str, start: int, end: int) -> bool:
    """Whether the claim gives the time at query[start:end] as a gap between two ("by 1 minute 31 seconds", "48
    seconds ahead")."""
    return bool(_GAP_BEFORE.search(query, max(0, start - 8), start) or _GAP_AFTER.match(query, end))


def gap_before_name(text: str, end: int) -> int | None:
    """Where the one a gap is "ahead of" is named, right after a time ending at `end` ("finishing 48 seconds ahead of
    last year's winner, Tom Haddley"): the character after "ahead of", or None."""
    m = _AHEAD_OF.match(text, end)
    return m.end() if m else None


# a run of years said by an ordinal: "to take the title for the third year running", "per il terzo anno consecutivo",
# "its fifth consecutive year"
_RUNNING = re.compile(r"\b(?P<a>[^\W\d]+)\s+(?:year|anno|season|stagione)\s+(?:running|in\s+a\s+row|consecutiv[oa]|di\s+fila)\b"
                      r"|\b(?P<b>[^\W\d]+)\s+(?:consecutive|straight)\s+(?:years?|seasons?|titles?)\b", re.IGNORECASE)


def running_years(text: str) -> list[int]:
    """How many years in a row a text says by an ordinal ("for the third year running": 3)."""
    out = []
    for m in _RUNNING.finditer(text):
        slot = calendar_slot(fold((m.group("a") or m.group("b")).lower()))
        if slot is not None and slot[0] == "ordinal":
            out.append(slot[1])
    return out


# "ha superato altre sei imprese in gara", "beat six other bidders", "six others" (not "the other one")
_OTHERS = (re.compile(r"\b(?:altr[ei]|other)\s+(?P<n>\d+|[^\W\d]+)\b", re.IGNORECASE),
           re.compile(r"\b(?P<n>\d+|[^\W\d]+)\s+(?:others?|altr[ei])\b", re.IGNORECASE))


def with_the_others(text: str) -> list[float]:
    """The counts a sentence makes of a number of "other" things and the one it sets them against: "ha superato altre
    sei imprese in gara" (7: the winner and the six others), "beat six other bidders" (7)."""
    out = []
    for k, pattern in enumerate(_OTHERS):
        for m in pattern.finditer(text):
            n = number_word_value(m.group("n"))
            if n is not None and (n >= 2 or k == 1):
                out.append(n + 1.0)
    return out


def clock_part(text: str, w: Word) -> bool:
    """Whether number word `w` of `text` is one part of a time given in hours, minutes and seconds, "1:38:20" (a clock
    time, "6:00pm", is left as it was read)."""
    return any(m.start() <= w.start < m.end() for m in _RACE_TIME.finditer(text, max(0, w.start - 6), w.end + 6))


def is_share(text: str, w: Word) -> bool:
    """Whether a number of `text` is a share: a percentage ("il 20%", "20 per cento") or a fraction ("un
    paziente su cinque", "la metà")."""
    return w.number is not None and (w.norm == FRACTION or _PERCENT_AFTER.match(text, w.end) is not None)


def _scale(words: Sequence[Word], w: Word) -> float:
    """The factor of the scale words right after number w: 1e6 for "2,1 milioni", 1 for none."""
    factor = 1.0
    for scale in _scale_words(words, w.pos):
        try:
            factor *= float(scale.number)
        except (TypeError, ValueError):
            return 1.0
    return factor


_CENTS_AFTER = re.compile(r"\s*(?:centesim[oi]|cents?|pence|penny|p\b)", re.IGNORECASE)


def said_as_change(query: str, w: Word) -> bool:
    """Whether the claim gives number w as a change ("crescerà di circa 58 euro", "ha perso 24 milioni", "38 euro in
    più"), not a level."""
    return bool(_CHANGE_BEFORE.search(query, max(0, w.start - 24), w.start) or _CHANGE_AFTER.match(query, w.end))


def change_of(w: Word, query: str, a: Aligned, text: str, claim: Sequence[Word] = ()) -> Word | None:
    """Where the claim's number is a change ("rose by eight percentage points", "aumentato del 15%", "aumentati di
    circa 300.000", "44.000 quintali di uva in meno") that the sentence gives as a figure and the value it moved from
    or is set against, that figure: their difference makes the number ("61%, up from 53%": 8 points; "2,1 milioni di
    passeggeri, contro gli 1,8 milioni": 300.000), or for a percentage not in points, the difference over the earlier
    value (53 to 61: 15%); None otherwise. `claim` (the claim's words) scales the claim's number ("£2.4 million")."""
    if w.number is None or not said_as_change(query, w):
        return None
    value = claim_value(w, claim)
    if value is None:
        return None
    if _CENTS_AFTER.match(query, w.end):
        value /= 100  # "quaranta centesimi in più" against "da 3,20 a 3,60 euro"
    percent = _PERCENT_AFTER.match(query, w.end) is not None and _POINTS_AFTER.match(query, w.end) is None
    said = claimed_direction(query)
    for now, before in moves(a.words, text):
        if is_year_word(before):
            continue  # "from 2019 to 2021" is a span of years, no change
        x, y = _pair_values(a.words, now, before)
        if said is not None and (x > y) != (said[0] > 0):
            continue  # the other way: "44.000 quintali in più" where 68.000 stand against 112.000
        change = abs(x - y) / abs(y) * 100 if percent and y else abs(x - y)
        if abs(change - value) <= max(0.5 if percent else 0.0, 0.01 * value) or (
                percent and w.bound in (">", "<") and bound_agrees(value, w.bound, change)):
            return now  # (or meeting the claim's bound: "by more than 40 per cent" for 410,000 to 230,000)
    return None


# a participle after a figure says what was done with it, not what it counts: "the 349,000 recorded the previous year",
# "contro i 2,9 milioni previsti"
_PARTICIPLE = re.compile(r"[^\W\d]{3,}ed|(?:previst|registrat|stimat|indicat|rilevat|attes|contat)[oaie]", re.IGNORECASE)
# a word saying when, not what a figure counts: "up from 31,200 last year", "dai 412 dello scorso anno"
_WHEN_AFTER = re.compile(r"last|previous|earlier|this|scors[oa]|precedente", re.IGNORECASE)


def _counts_alike(words: Sequence[Word], x: Word, y: Word) -> bool:
    """Whether two numbers of a sentence may count the same thing: the words right after them ("3 anni",
    "40 dipendenti"; a time word counts here) agree, or one of them has none."""
    def after(n: Word, part: bool = True) -> Word | None:
        whole = _whole_of(words, n) if part else None
        if whole is not None:
            return after(whole, False)  # a part of a whole counts what the whole does: "620 dei 1.480 ettari"
        nxt = words[n.pos + 1] if n.pos + 1 < len(words) else None
        return (nxt if nxt is not None and nxt.number is None and nxt.start - n.end <= 2
                and not _PARTICIPLE.fullmatch(nxt.text) and not _WHEN_AFTER.fullmatch(nxt.text) else None)

    a, b = after(x), after(y)
    return a is None or b is None or same_unit(a, b)



# a time of day: "9am", "5 p.m.", "7.30", "11:30", "17"
_CLOCK = r"(?P<{0}h>\d{{1,2}})(?:[.:](?P<{0}m>\d{{2}}))?\s*(?P<{0}p>[ap]\.?\s?m\.?(?![\w]))?"
# the hours a place is open, from one time of day to another: "from 9am to 5pm", "dalle 7.30 alle 11.30", "tra le 9 e le
# 13", "between 10am and 4pm", "9am-5pm"
_CLOCK_RANGE = re.compile(r"\b(?:(?:from|between|dalle|dall['’]|tra\s+le|fra\s+le)\s*)?" + _CLOCK.format("a")
                          + r"\s*(?:to|until|till|and|-|–|alle|all['’]|e\s+le)\s*" + _CLOCK.format("b") + r"(?!\s*(?:%|per|euro|€))",
                          re.IGNORECASE)
# a number of hours or days in every day or week the claim gives: "for eight hours a day", "quattro ore al giorno", "sei
# giorni su sette", "five days a week"
_HOURS_A_DAY = re.compile(r"\b(?P<n>[^\W_]+)\s+(?:hours?|ore)\s+(?:(?:a|per|each|every|al|ogni)\s+(?:day|giorno)|"
                          r"(?:nell['’]\s*arco\s+della|durante\s+la|in\s+una|over\s+the\s+course\s+of\s+the)\s+(?:giornata|day))\b",
                          re.IGNORECASE)  # ("per 14 ore nell'arco della giornata")
_DAYS_A_WEEK = re.compile(r"\b(?P<n>[^\W_]+)\s+(?:days?|giorni)\s+(?:a|per|each|every|alla|ogni|su)\s+"
                          r"(?:week|settimana|sette|7)\b", re.IGNORECASE)
_WEEKDAY_RANGE = re.compile(r"\b(?:from\s+|dal\s+|da\s+)?(?P<a>[^\W\d_]+)\s*(?:to|through|until|-|–|al|a)\s*(?P<b>[^\W\d_]+)\b",
                            re.IGNORECASE)


def _clock(m: re.Match, key: str) -> float | None:
    h, mins, pm = int(m.group(key + "h")), int(m.group(key + "m") or 0), m.group(key + "p")
    if h > 24 or mins >= 60:
        return None
    if pm is not None:
        if h > 12:
            return None
        h = h % 12 + (12 if pm.lower().startswith("p") else 0)
    return h + mins / 60.0


# a time of day after its preposition: "alle 19.30", "chiudeva alle 14", "at 5pm", "until 9pm"
_AT_CLOCK = re.compile(r"\b(?:alle|dalle|all['’]|dall['’]|fino\s+alle|at|from|until|till|to)\s*" + _CLOCK.format("x")
                       + r"(?!\s*(?:%|per|euro|€|[.,]\d))", re.IGNORECASE)
# hours the claim puts between two times: "chiuderà cinque ore e mezza più tardi", "will open two hours earlier"
_HOURS_APART = re.compile(r"\b(?P<n>\d+|[^\W\d_]+)\s+(?:ore|hours?)(?P<half>\s+e\s+mezz[ao]|\s+and\s+a\s+half)?\s+"
                          r"(?:più\s+tardi|prima|in\s+più|in\s+meno|later|earlier|more|less|longer)\b", re.IGNORECASE)
_HALF_HOURS = re.compile(r"\b(?P<n>\d+|[^\W\d_]+)\s+and\s+a\s+half\s+hours?\s+(?:later|earlier|more|less|longer)\b",
                         re.IGNORECASE)


def clock_times(text: str) -> list[float]:
    """The times of day a text gives after a preposition, in hours: "dalle 7.30 alle 19.30, mentre prima chiudeva alle
    14" (7.5, 19.5, 14)."""
    out = []
    for m in _AT_CLOCK.finditer(text):
        if m.group("xm") is None and m.group("xp") is None and not re.match(r"(?:alle|dalle|all|dall|fino)", m.group(0),
                                                                             re.IGNORECASE):
            continue  # "at 5" or "to 17" may be anything; "alle 14" is a time of day
        value = _clock(m, "x")
        if value is not None:
            out.append(value)
    return out


def claimed_hours_apart(query: str) -> list[tuple[float, int, int]]:
    """The hours the claim puts between two times of day, with their span: "cinque ore e mezza più tardi" (5.5)."""
    out = []
    for pattern in (_HOURS_APART, _HALF_HOURS):
        for m in pattern.finditer(query):
            value = number_word_value(m.group("n"))
            if value is not None:
                half = pattern is _HALF_HOURS or bool(m.groupdict().get("half"))
                out.append((value + (0.5 if half else 0.0), m.start(), m.end()))
    return out


def clock_spans(text: str) -> list[float]:
    """The hours each range of times of day a sentence gives lasts: "from 9am to 5pm" (8), "dalle 7.30 alle 11.30" (4);
    not ranges of other figures ("dal 40 al 60 per cento", a range of years)."""
    out = []
    for m in _CLOCK_RANGE.finditer(text):
        plain = m.group("ap") is None and m.group("bp") is None
        if plain and not (m.group("am") or m.group("bm")) and not re.match(
                r"(?:dalle|dall['’]|tra\s+le|fra\s+le)", m.group(0), re.IGNORECASE):
            continue  # "from 9 to 17" may be anything; "dalle 9 alle 17" is a time of day
        a, b = _clock(m, "a"), _clock(m, "b")
        if a is None or b is None:
            continue
        if b > a:
            out.append(b - a)
    return out


def weekday_spans(text: str) -> list[int]:
    """How many days each range of weekdays a sentence gives covers: "dal lunedì al sabato" (6), "Monday to Friday"
    (5)."""
    out = []
    for m in _WEEKDAY_RANGE.finditer(text):
        a, b = CALENDAR.get(fold(m.group("a"))), CALENDAR.get(fold(m.group("b")))
        if a is not None and b is not None and a != b:
            out.append((b - a) % 7 + 1)
    return out


def number_word_value(n: str) -> float | None:
    """The value of a number said in digits or in words ("8", "otto", "eight"), or None."""
    return float(n) if n.isdigit() else (float(NUMBER_WORDS[fold(n)]) if fold(n) in NUMBER_WORDS else None)


def claimed_every(query: str) -> list[tuple[float, str, int, int]]:
    """The hours a day and the days a week a claim gives: (the number, "hours" or "days", its span)."""
    out = []
    for kind, pattern in (("hours", _HOURS_A_DAY), ("days", _DAYS_A_WEEK)):
        for m in pattern.finditer(query):
            value = number_word_value(m.group("n"))
            if value is not None:
                out.append((value, kind, m.start(), m.end()))
    return out


# a figure the claim gives for each one of a group: "On average, each volunteer put in more than 130 hours", "in media",
# "ciascuno", "a testa"
AVERAGE = re.compile(r"\b(?:on\s+average|an\s+average\s+of|in\s+media|una\s+media\s+di|mediamente|each|ciascun[oa]?|ognuno|"
                     r"ognuna|a\s+testa|per\s+head|apiece)\b", re.IGNORECASE)


def averages(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """Each two plain figures of a sentence counting different things, the one over the other: "310 volunteers put in
    41,000 hours" (41,000 / 310, with the figures: the one divided first)."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = []
    for x in plain:
        for y in plain:
            ux, uy = counted_unit(words, x.pos), counted_unit(words, y.pos)
            if x is y or ux is None or uy is None or same_unit(ux, uy):
                continue
            a, b = scaled_value(words, x), scaled_value(words, y)
            if b > 0 and a > b:
                out.append((a / b, x, y))
    return out


def thing_ratios(words: Sequence[Word], text: str) -> list[tuple[float, Word, Word]]:
    """Each two sums a sentence gives to two things, the one over the other, as a percentage, with the words of those
    things: "£3.9m restoration …; … £11m link to Thornbury" (282, link, restoration) and (35, restoration, link); or to
    whom they come from ("600.000 euro dai sei Comuni dell'Unione e i restanti 300.000 da un lascito … di Adele
    Corsini": (200, Comuni, Adele), `listed_owners`)."""
    sums = named_sums(words, text)
    if len(sums) < 2:
        owned = listed_owners(words, text, common=True)
        if any(is_money(text, n.start, n.end) for n, _ in owned):
            sums = owned
    return [(100.0 * scaled_value(words, x) / scaled_value(words, y), ux, uy) for x, ux in sums for y, uy in sums
            if x is not y and not same_unit(ux, uy) and scaled_value(words, y) > 0]


# months (or years) the claim puts between two events: "La proroga … è di sei mesi", "had been in service for less than
# three months", "tre mesi e mezzo", "circa tre anni e mezzo di servizio"
_MONTHS_SAID = re.compile(r"\b(?P<n>[^\W_]+)(?P<half>\s+(?:e\s+mezzo|and\s+a\s+half))?\s+(?:mesi|months?|(?P<years>anni|years))\b"
                          r"(?P<half2>\s+(?:e\s+mezzo|and\s+a\s+half))?", re.IGNORECASE)
# a date with its year: "dal 7 gennaio 2026", "fino al 30 giugno 2029", "on 30 June 2029", "June 30, 2029"
_YEAR_DATE = re.compile(r"\b(?:(?P<d>\d{1,2})\s+(?P<m>[^\W\d_]+)|(?P<m2>[^\W\d_]+)\s+(?P<d2>\d{1,2}),?)\s+(?P<y>(?:19|20)\d\d)\b")
MONTH_DAYS = 30.44  # days in a month, on average


def claimed_months(query: str) -> list[tuple[float, int, int]]:
    """The months the claim gives as a span of time, its years as twelve each: (how many, where it says so)."""
    out = []
    for m in _MONTHS_SAID.finditer(query):
        value = number_word_value(m.group("n"))
        if value is not None:
            value += 0.5 if m.group("half") or m.group("half2") else 0.0
            out.append((value * (12.0 if m.group("years") else 1.0), m.start(), m.end()))
    return out


def year_dates(text: str) -> list[float]:
    """The dates with their year a text gives, in months from year 0 ("dal 7 gennaio 2026": 2026 * 12 + 0 + 7 / 30.44)."""
    out = []
    for m in _YEAR_DATE.finditer(text):
        month = MONTH_NUMBER.get(fold(m.group("m") or m.group("m2")))
        if month is not None:
            out.append(int(m.group("y")) * 12 + month + int(m.group("d") or m.group("d2")) / MONTH_DAYS)
    return out


def months_apart(sentence_days: Sequence[int], claim_days: Sequence[int] = ()) -> list[float]:
    """The months between two dates (days of the year, `dates_of`) a sentence gives ("scaduto il 30 giugno ed è stato
    prorogato fino al 31 dicembre": 6.0), or between one it gives and one the claim gives ("By 31 December …" against
    "entrato in servizio il 6 ottobre": 2.8)."""
    pairs = [(a, b) for k, a in enumerate(sentence_days) for b in sentence_days[k + 1:]]
    pairs += [(a, b) for a in sentence_days for b in claim_days]
    return [abs(a - b) / MONTH_DAYS for a, b in pairs if a != b]


def sums_before_rest(words: Sequence[Word], text: str) -> list[list[Word]]:
    """The sums a sentence lists before "the rest" / "il resto" where it gives no whole of its own ("The National
    Lottery Heritage Fund provided £2.1 million and Kesby District Council £600,000, with the rest raised by the trust
    itself": 2.1 million, 600,000): each such list, for a whole another sentence gives."""
    plain = [n for n in words if _plain_figure(words, text, n)]
    out = []
    for m in _REST.finditer(text):
        sums = [n for n in plain if n.end <= m.start()]
        if len(sums) >= 2 and all(is_money(text, n.start, n.end) for n in sums) and m.start() - sums[-1].end <= REST_REACH:
            out.append(sums)
    return out


def named_sums(words: Sequence[Word], text: str) -> list[tuple[Word, Word]]:
    """The sums a sentence gives with the thing each is of right after it ("£3.9m restoration", "£11m link"): (sum,
    thing)."""
    return [(n, u) for n in _sums_of(words, text) if (u := counted_unit(words, n.pos)) is not None]


# the order the claim puts two events in, with no days between: "ha approvato la variazione di bilancio dopo la firma
# dell'aggiudicazione", "before the mayor signed the order"
_ORDER = re.compile(r"\b(?:(?P<after>dopo|after)|(?P<before>prima|before))\s+(?:(?:che|di|della|del|dello|dell['’]|delle|dei|"
                    r"degli|la|il|lo|l['’]|i|gli|le|the|that)\s*)?(?=[^\W\d])", re.IGNORECASE)


def claimed_order(query: str) -> tuple[int, int, int] | None:
    """The order the claim puts two events in, with where it says so: (-1: the first before the second, +1: after,
    the start and end of its word, "dopo"); None where it gives none, or days between them (`claimed_days_apart`)."""
    for m in _ORDER.finditer(query):
        # (nor weeks, months or years between them: "announced two weeks after the committee voted" says more than the
        # order, and the order alone supported it)
        if _DAYS_APART.match(query, max(0, m.start() - 12)) or re.search(
                r"(?:giorni|giorno|days?|settimana|settimane|weeks?|mese|mesi|months?|anno|anni|years?)\s+$",
                query[:m.start()], re.IGNORECASE):
            continue
        return (-1 if m.group("before") else 1), m.start(), m.end("before") if m.group("before") else m.end("after")
    return None
