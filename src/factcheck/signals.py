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
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
    "single": 1, "both": 2, "twice": 2,
    # Italian
    "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
    "mille": 1000, "milione": 1_000_000, "milioni": 1_000_000,
    "miliardo": 1_000_000_000, "miliardi": 1_000_000_000, "entrambi": 2, "entrambe": 2,
}
# Italian writes 21-99 as one word ("ventisette", "trentotto", "ventitré"): the tens lose their vowel
# before "uno" and "otto"
NUMBER_WORDS.update({(tens[:-1] if unit[0] in "uo" else tens) + unit: NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
                     for tens in ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")
                     for unit in ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")})
# thousands in one word: "duemila", "quattromila", "quindicimila", "centomila" (not "Ottocento": a century)
NUMBER_WORDS.update({w + "mila": NUMBER_WORDS[w] * 1000 for w in (
    "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
    "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti", "trenta", "quaranta",
    "cinquanta", "sessanta", "settanta", "ottanta", "novanta", "cento")})
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
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

# Countries with their English and Italian names, capitals and seats of government, folded. A
# capital or a seat stands for its country in the news ("Mosca" for Russia, "la Casa Bianca" for
# the United States), so all of them share one key: "Mosca" agrees with "Russia" and conflicts
# with "Washington".
PLACES: dict[str, tuple[str, ...]] = {
    "place:ru": ("russia", "russian federation", "federazione russa", "moscow", "mosca", "kremlin", "cremlino"),
    "place:us": ("united states", "united states of america", "stati uniti", "stati uniti d'america", "usa", "us",
                 "u.s.", "u.s.a.", "america", "washington", "white house", "casa bianca", "pentagon", "pentagono"),
    "place:ua": ("ukraine", "ucraina", "kyiv", "kiev"),
    "place:sa": ("saudi arabia", "arabia saudita", "saudi", "riyadh", "riad"),
    "place:qa": ("qatar", "doha"), "place:ae": ("united arab emirates", "emirati arabi uniti", "emirati", "abu dhabi", "dubai"),
    "place:il": ("israel", "israele", "jerusalem", "gerusalemme", "tel aviv"),
    "place:ps": ("palestine", "palestina", "gaza", "west bank", "cisgiordania", "ramallah"),
    "place:ir": ("iran", "tehran", "teheran"), "place:iq": ("iraq", "baghdad"), "place:sy": ("syria", "siria", "damascus", "damasco"),
    "place:tr": ("turkey", "turchia", "türkiye", "ankara", "istanbul"), "place:eg": ("egypt", "egitto", "cairo", "il cairo"),
    "place:lb": ("lebanon", "libano", "beirut"), "place:jo": ("jordan", "giordania", "amman"),
    "place:cn": ("china", "cina", "beijing", "pechino"), "place:jp": ("japan", "giappone", "tokyo"),
    "place:in": ("india", "new delhi", "nuova delhi"), "place:pk": ("pakistan", "islamabad"),
    "place:kr": ("south korea", "corea del sud", "seoul"), "place:kp": ("north korea", "corea del nord", "pyongyang"),
    "place:it": ("italy", "italia", "rome", "roma", "palazzo chigi", "quirinale"),
    "place:fr": ("france", "francia", "paris", "parigi", "elysee", "eliseo"),
    "place:de": ("germany", "germania", "berlin", "berlino"), "place:es": ("spain", "spagna", "madrid"),
    "place:gb": ("united kingdom", "regno unito", "uk", "britain", "great britain", "gran bretagna", "england",
                 "inghilterra", "london", "londra", "downing street"),
    "place:gr": ("greece", "grecia", "athens", "atene"), "place:pl": ("poland", "polonia", "warsaw", "varsavia"),
    "place:be": ("belgium", "belgio"), "place:nl": ("netherlands", "paesi bassi", "olanda", "holland", "amsterdam", "the hague", "l'aia"),
    "place:ch": ("switzerland", "svizzera", "geneva", "ginevra", "bern", "berna", "zurich", "zurigo"),
    "place:at": ("austria", "vienna"), "place:hu": ("hungary", "ungheria", "budapest"),
    "place:se": ("sweden", "svezia", "stockholm", "stoccolma"), "place:no": ("norway", "norvegia", "oslo"),
    "place:fi": ("finland", "finlandia", "helsinki"), "place:dk": ("denmark", "danimarca", "copenhagen", "copenaghen"),
    "place:pt": ("portugal", "portogallo", "lisbon", "lisbona"), "place:ie": ("ireland", "irlanda", "dublin", "dublino"),
    "place:by": ("belarus", "bielorussia", "minsk"), "place:ca": ("canada", "ottawa"), "place:mx": ("mexico", "messico"),
    "place:br": ("brazil", "brasile", "brasilia"), "place:ar": ("argentina", "buenos aires"),
    "place:au": ("australia", "canberra", "sydney"), "place:za": ("south africa", "sudafrica"),
    "place:eu": ("europe", "europa"), "place:me": ("middle east", "medio oriente"), "place:af": ("africa",),
    "place:asia": ("asia",),
}
# Adjectives of nationality: they agree with their country ("russo" with "Mosca") but are not
# names of a place, so they never count as a place the evidence names instead of the claim's.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "place:ru": ("russian", "russians", "russo", "russa", "russi", "russe"),
    "place:us": ("american", "americans", "americano", "americana", "americani", "americane", "statunitense",
                 "statunitensi"),
    "place:ua": ("ukrainian", "ukrainians", "ucraino", "ucraina", "ucraini", "ucraine"),
    "place:sa": ("saudita", "saudite", "sauditi"),
    "place:it": ("italian", "italians", "italiano", "italiana", "italiani", "italiane"),
    "place:fr": ("french", "francese", "francesi"), "place:de": ("german", "germans", "tedesco", "tedesca", "tedeschi", "tedesche"),
    "place:gb": ("british", "britannico", "britannica", "britannici", "britanniche", "english", "inglese", "inglesi"),
    "place:cn": ("chinese", "cinese", "cinesi"), "place:es": ("spanish", "spagnolo", "spagnola", "spagnoli", "spagnole"),
    "place:il": ("israeli", "israeliano", "israeliana", "israeliani", "israeliane"),
    "place:ps": ("palestinian", "palestinese", "palestinesi"), "place:ir": ("iranian", "iraniano", "iraniana", "iraniani"),
    "place:tr": ("turkish", "turco", "turca", "turchi", "turche"), "place:eu": ("european", "europeo", "europea", "europei", "europee"),
    "place:jp": ("japanese", "giapponese", "giapponesi"), "place:ca": ("canadian", "canadese", "canadesi"),
    "place:au": ("australian", "australiano", "australiana", "australiani"),
}
# Other English and Italian names of the same body, folded: matching either counts as a match.
ALIASES = [
    {"tass"}, {"politico"}, {"nato", "otan"}, {"un", "onu", "united nations", "nazioni unite"},
    {"european union", "unione europea", "eu", "ue"},
]
_ALIAS_OF = {fold(name): min(group) for group in ALIASES for name in group}
_ALIAS_OF.update({fold(name): key for key, group in PLACES.items() for name in group})
_DEMONYM_OF = {fold(name): key for key, group in DEMONYMS.items() for name in group}
_PLACE_PHRASES = sorted({fold(n) for group in PLACES.values() for n in group if " " in n}, key=len, reverse=True)

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_ORDINAL_RE = re.compile(r"(\d{1,3})(?:st|nd|rd|th|º|ª|°)", re.IGNORECASE)


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
    toks = tokens(text)
    joined = -1  # the units word of "twenty-seven", read with its tens
    for k, tok in enumerate(toks):
        if k == joined or tok.norm == "due" and _english_due(toks, k):
            continue
        if (tok.norm in _TENS and k + 1 < len(toks) and toks[k + 1].norm in _UNITS
                and text[tok.end:toks[k + 1].start] in ("-", "‐", "–")):
            value = NUMBER_WORDS[tok.norm] + NUMBER_WORDS[toks[k + 1].norm]  # "Twenty-seven" is 27, not 20 and 7
            out.append(Mention(f"{value:g}", tok.start, toks[k + 1].end, text[tok.start:toks[k + 1].end], "number"))
            joined = k + 1
            continue
        short = _SHORT_SCALE_RE.fullmatch(tok.text)
        if short or (k + 1 < len(toks) and toks[k + 1].start == tok.end and toks[k + 1].norm in SHORT_SCALES
                     and _NUMBER_RE.fullmatch(tok.text)):
            # a sum with its scale said short: "£1.6m", "$3bn", "€250k" (after a currency sign: "100m" is metres)
            digits, suffix = (short.group(1), short.group(2)) if short else (tok.text, toks[k + 1].text)
            value = _parse_number(digits)
            scale = SHORT_SCALES[suffix.lower()]
            if value is not None and (_CURRENCY_BEFORE.search(text[:tok.start]) or scale >= 1e9):
                cut = tok.start + len(digits)
                end = tok.end if short else toks[k + 1].end
                if scale == 1000:  # thousands are folded into the number, as "210 mila" is
                    out.append(Mention(f"{value * scale:g}", tok.start, end, text[tok.start:end], "number"))
                else:  # millions and billions stay a word of their own, as "1.6 million" has them
                    out.append(Mention(f"{value:g}", tok.start, cut, digits, "number"))
                    out.append(Mention(f"{scale:g}", cut, end, text[cut:end], "number"))
                joined = k + 1 if not short else joined
                continue
        ordinal = _ORDINAL_RE.fullmatch(tok.text)  # a day or a rank: "12th November", "il 3º"
        if _NUMBER_RE.fullmatch(tok.text) or ordinal:
            value = _parse_number(ordinal.group(1) if ordinal else tok.text)
            if value is None:
                continue
            kind = "year" if value.is_integer() and 1000 <= value <= 2100 and len(tok.text) == 4 else "number"
        elif tok.norm in NUMBER_WORDS and (weak or tok.norm not in WEAK_NUMBER_WORDS or (
                tok.norm == "sei" and ((k + 1 < len(toks) and toks[k + 1].norm in _COUNTED)
                                       or (k > 0 and toks[k - 1].norm in _BEFORE_A_COUNT)))):
            value, kind = float(NUMBER_WORDS[tok.norm]), "number"
        else:
            continue
        end = tok.end
        # thousands or hundreds in a word right after a number are part of it: "210 mila" is "210.000"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (kind == "number" and nxt is not None and nxt.norm in _SCALES and tok.norm not in _SCALES
                and not ordinal and not text[tok.end:nxt.start].strip()):
            value, end, joined = value * _SCALES[nxt.norm], nxt.end, k + 1
        out.append(Mention(f"{value:g}", tok.start, end, text[tok.start:end], kind))
    return out


# A share said as a fraction: "un paziente su cinque", "one in five", "two out of three" (a count of a count), "un
# terzo", "due terzi", "a quarter", "la metà", "half of". Its value is the percentage ("20" for "uno su cinque"), so
# that it meets "il 20%" and conflicts with "il 35%"; a fraction stands against shares only, never a plain count.
_NUMERATORS_IT = {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
                  "otto": 8, "nove": 9, "dieci": 10}
_NUMERATORS_EN = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10}
# a part, singular after one ("un terzo", "a third"), plural after more ("due terzi", "two thirds")
_PARTS_IT = {"terzo": (3, 1), "terzi": (3, 2), "quarto": (4, 1), "quarti": (4, 2), "quinto": (5, 1), "quinti": (5, 2),
             "sesto": (6, 1), "sesti": (6, 2), "settimo": (7, 1), "settimi": (7, 2), "ottavo": (8, 1), "ottavi": (8, 2),
             "nono": (9, 1), "noni": (9, 2), "decimo": (10, 1), "decimi": (10, 2), "ventesimo": (20, 1),
             "ventesimi": (20, 2)}
_PARTS_EN = {"third": (3, 1), "thirds": (3, 2), "quarter": (4, 1), "quarters": (4, 2), "fifth": (5, 1),
             "fifths": (5, 2), "sixth": (6, 1), "sixths": (6, 2), "seventh": (7, 1), "sevenths": (7, 2), "eighth": (8, 1),
             "eighths": (8, 2), "ninth": (9, 1), "ninths": (9, 2), "tenth": (10, 1), "tenths": (10, 2),
             "twentieth": (20, 1), "twentieths": (20, 2)}
# after "un terzo" a share goes on with a little word or a stop ("un terzo dei posti", "di un terzo i tempi",
# "finanziati per due terzi con fondi", "a third of", ",", "."); a noun right after it makes an ordinal ("un terzo
# mandato", "a third term")
_AFTER_PART = re.compile(r"\s*(?:$|[,.;:)\"”»]|(\w+))")
_HALF_IT = re.compile(r"\b(?:(?P<art>la|della|alla|dalla|sulla|nella)\s+)?(?P<half>met[àa])\b", re.IGNORECASE)
_HALF_EN = re.compile(r"(?<=\bthan\s)half\b|(?<=\bthan\sa\s)half\b|(?<=\bby\s)half\b|(?<=\bby\sa\s)half\b|"
                      r"\bhalf\b(?=\s+(?:of|the|its|their|his|her|all|our)\b)", re.IGNORECASE)
_NOT_HALF_BEFORE = re.compile(r"\b(?:a|fino\s+a|verso|first|second|latter|former|top|bottom|back|other)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:di|dei|degli|delle|della|del|dello|dell['’]|of|the|its|their|his|her|all|our)\b", re.I)


_EVERY = frozenset(("every", "ogni"))


@dataclass(frozen=True)
class Fraction:
    """A fraction said in words or digits: `value` in percent, `start`/`end` the span of all of it, and
    `parts` the spans of the numbers it is made of in a count of a count ("sei tecnici su trentadue")."""

    value: float
    start: int
    end: int
    parts: tuple[tuple[int, int], ...] = ()
    bound: str | None = None  # said as a bound by its own words: "la maggior parte dei" (">" 50)


def _count_of(tok, numerators) -> float | None:
    if tok.norm in numerators:
        return float(numerators[tok.norm])
    return _parse_number(tok.text) if _NUMBER_RE.fullmatch(tok.text) and "." not in tok.text else None


def fractions(text: str, toks: list[Token] | None = None) -> list[Fraction]:
    """Shares said as fractions in a text, in order: a count of a count ("un paziente su cinque", "uno su
    dieci", "one in five", "two out of three"), a part ("un terzo dei", "due terzi", "a quarter of",
    "three quarters"), a half ("la metà dei", "più della metà", "half of", "more than half"). `toks`: the text's
    tokens when the caller has them."""
    out: list[Fraction] = []
    toks = tokens(text) if toks is None else toks
    for k, tok in enumerate(toks):
        if out and tok.start < out[-1].end:
            continue
        for numerators, parts, over in ((_NUMERATORS_IT, _PARTS_IT, ("su",)), (_NUMERATORS_EN, _PARTS_EN, ("in", "out"))):
            x = _count_of(tok, numerators)
            if x is None or (tok.norm == "a" and numerators is _NUMERATORS_IT):
                continue
            found = None
            # a count of a count, at most one plain word between: "sei tecnici su trentadue", "one in five"
            for j in (k + 1, k + 2):
                if j + 1 >= len(toks) or (j == k + 2 and (toks[k + 1].norm in NUMBER_WORDS or toks[k + 1].text[:1].isupper()
                                                          or _NUMBER_RE.fullmatch(toks[k + 1].text))):
                    break
                if toks[j].norm not in over or text[toks[j - 1].end:toks[j].start] != " ":
                    continue
                m = j + 2 if toks[j].norm == "out" else j + 1
                if toks[j].norm == "out" and (m >= len(toks) or toks[m - 1].norm != "of"):
                    break
                if m + 1 < len(toks) and toks[m].norm in _EVERY:
                    m += 1  # "three out of every four", "one in every five", "uno su ogni dieci"
                if m >= len(toks) or tok.norm == "a":
                    break
                y = NUMBER_WORDS.get(toks[m].norm) if not _NUMBER_RE.fullmatch(toks[m].text) else _parse_number(toks[m].text)
                after = text[toks[m].end:]
                nxt = re.match(r"\s*(\w+)", after)
                if (y and x < y <= 100 and not re.match(r"\s*(?:%|per\s*cent)", after, re.I)
                        and not (nxt and fold(nxt.group(1).lower()) in DURATION_UNITS)):
                    found = Fraction(round(100 * x / y, 2), tok.start, toks[m].end,
                                     ((tok.start, tok.end), (toks[m].start, toks[m].end)))
                break
            # a part: "un terzo dei posti", "due terzi", "a quarter of", "three quarters"
            if found is None and k + 1 < len(toks) and toks[k + 1].norm in parts and not _NUMBER_RE.fullmatch(tok.text):
                whole, plural = parts[toks[k + 1].norm]
                after = _AFTER_PART.match(text, toks[k + 1].end)
                # a plural part is no ordinal whatever follows it ("per circa tre quarti grazie alle vongole")
                if (plural == 1) == (x == 1) and x < whole and after and (
                        not after.group(1) or plural == 2 or fold(after.group(1).lower()) in STOPWORDS) \
                        and not re.match(r"\s*d['’]\s*ora|\s+of\s+an?\s+hour", text[toks[k + 1].end:], re.I):
                    found = Fraction(round(100 * x / whole, 2), tok.start, toks[k + 1].end)
            if found is not None:
                out.append(found)
                break
    for m in sorted(list(_HALF_IT.finditer(text)) + list(_HALF_EN.finditer(text)), key=lambda m: m.start()):
        art = m.re is _HALF_IT and m.group("art")
        after = text[m.end():]
        # (after "than" or "by" it is a share of its own: "rising by more than a half")
        bounded = m.re is _HALF_EN and re.search(r"\b(?:than|by)\s+(?:a\s+)?$", text[:m.start()], re.IGNORECASE)
        if not art and not bounded and (_NOT_HALF_BEFORE.search(text[:m.start()]) or not _OF_AFTER.match(after)):
            continue  # "a metà novembre", "fino a metà strada", "the first half of"
        nxt = re.match(r"\s+(?:(?:di|dei|degli|delle|della|del|dello|dell['’]|of|the)\s*)?(\w+)", after, re.I)
        if nxt and fold(nxt.group(1).lower()) in _TIME_SPANS:
            continue  # halfway through a time: "alla metà di giugno", "la metà della stagione", "half the season"
        start = m.start("half") if m.re is _HALF_IT else m.start()
        if not any(f.start <= start < f.end for f in out):
            out.append(Fraction(50.0, start, m.end()))
    for m in _MOST.finditer(text):
        # a majority: more than half ("La maggior parte dei 46 parcometri", "most of the seven staff")
        if not any(f.start <= m.start() < f.end for f in out):
            out.append(Fraction(50.0, m.start(), m.end(), bound=">"))
    return sorted(out, key=lambda f: f.start)


_MOST = re.compile(r"\b(?:la\s+maggior\s+parte|la\s+maggioranza|(?<!the\s)most|the\s+majority)(?=\s+(?:dei|degli|delle|di|of)\b)",
                   re.IGNORECASE)


_TIME_SPANS = frozenset("""gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
january february march april may june july august september october november december anno mese settimana giornata
giorno stagione secolo decennio partita gara strada percorso mandato legislatura year month week day season century
decade match game way term""".split())


# a scale said short right after a sum's digits: "£1.6m", "$3bn", "€250k"
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "mld": 1e9}
_SHORT_SCALE_RE = re.compile(r"(\d+(?:[.,]\d+)*)(k|m|mn|mln|bn|mld)", re.IGNORECASE)

# Millions and billions stay number words of their own ("24 milioni" is 24 and a million): reports say them
# alike on both sides, and folding them in took a matched word from claims like "€76.25 million in
# solidarity and bonus fees" (WiCE 0.701 -> 0.693 with them folded in); thousands are written either way
# ("210 mila", "210.000").
_SCALES = {"hundred": 100.0, "thousand": 1000.0, "mila": 1000.0}


# "sei" is also "you are": it counts as six only before what is counted ("sei anni", "sei persone")
_COUNTED = frozenset("""anni mesi giorni ore minuti settimane secoli persone volte punti gol milioni miliardi mila
euro dollari chilometri metri voti seggi""".split())
# articles and prepositions before "sei" that make it six, not "you are": "da quattro a sei dipendenti", "dai sei Comuni"
_BEFORE_A_COUNT = frozenset("""i le gli a ai alle agli da dai dalle dagli dei delle degli tra fra sui sulle per con""".split())


_DUE_BEFORE = frozenset("is are was were be been being become became not long overdue".split())
_DUE_AFTER = frozenset("to by for date process diligence".split())


def _english_due(toks: list[Token], k: int) -> bool:
    """Whether "due" is the English word ("due to", "is due in March"), not the Italian two."""
    return ((k + 1 < len(toks) and toks[k + 1].norm in _DUE_AFTER)
            or (k > 0 and toks[k - 1].norm in _DUE_BEFORE))


# Capitalised at the start of a sentence, these are words, not names ("Secondo Politico").
_NOT_NAME_STARTERS = frozenset("""
secondo inoltre tuttavia intanto infatti invece dopo prima mentre durante oggi ieri domani anche ancora
solo soltanto solamente unicamente persino perfino tutti tutte nessuno
according however meanwhile after before during today yesterday tomorrow also although while since
only just even all both none
""".split())


_NAME_FOLLOWERS = frozenset("""
è e ed ha hanno era fu sono aveva avevano sarà non o and or is was has had were are will would did does
never not nor said told met won lost went made took gave left became began came ran wrote
""".split())


def _starts_name(text: str, toks, i: int) -> bool:
    """A capitalised word opening a sentence is a name when it is known, written in capitals, followed
    by another capitalised word, or directly by a verb, a conjunction, a comma or a possessive."""
    tok = toks[i]
    if tok.norm in _ALIAS_OF or (tok.text.isupper() and len(tok.text) > 1):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if nxt.text[:1].isupper() and nxt.start - tok.end <= 1:
        return True
    between = text[tok.end:nxt.start]
    if between.strip()[:1] in (",", "'", "’", "(", ":"):
        return True
    word = nxt.text.lower()
    # "Putin said", "Rubio calls", "Lavrov parlò": a verb right after it
    return word in _NAME_FOLLOWERS or word.endswith(("ed", "ò", "à")) or (
        word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in ("from", "this", "was"))


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
        if cap and _is_sentence_start(text, tok.start) and (
                tok.norm in _NOT_NAME_STARTERS or not _starts_name(text, toks, i)):
            i += 1
            continue
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
        if tok.norm in _ALIAS_OF and len(tok.norm) > 3 and _ALIAS_OF[tok.norm].startswith("place:"):
            # a lower-case place: "russia", "mosca" (not "nato", which is also "born")
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


def _contracted_not(text: str, tok: Token) -> bool:
    """ "didn't" is tokenised "didn" + "t": the negation is the apostrophe-t after an -n word."""
    return tok.norm.endswith("n") and text[tok.end:tok.end + 2] in ("'t", "’t")


def negated(text: str) -> list[Token]:
    """Negation words in a text."""
    return [t for t in tokens(text) if t.norm in _NEGATION_FOLDED or t.norm.endswith("n't") or _contracted_not(text, t)]


def attributed(text: str) -> bool:
    """Whether the text reports someone's statement ("secondo il Cremlino", "according to")."""
    return bool(ATTRIBUTION_RE.search(text))


# Words that call a statement false, in the article's own voice: a fact-check's "the post is fake",
# "there is no evidence", "la notizia è una bufala". Each is a verdict on what is being reported.
DEBUNK_RE = re.compile(
    r"\b(?:false(?:hoods?)?|fake|hoax(?:es)?|fabricated|doctored|debunk(?:s|ed|ing)?|baseless|unfounded|"
    r"misleading|inaccurate|incorrect|untrue|misquot(?:e[sd]?|ing)|misrepresent(?:s|ed|ing)?|not\s+true|no\s+(?:evidence|proof|record)|satir(?:e|ical)|"
    # an overstatement called so: "Trump overreaches by calling it the biggest trade deal ever made"
    r"overstat(?:es?|ed|ing|ement)|exaggerat(?:es?|ed|ing|ion)|overreach(?:es|ed|ing)?|esager(?:a|ano|ato|azione)|"
    r"(?:could\s*n['’]?t|could\s+not|did\s*n['’]?t|did\s+not|can\s*n?['’]?t|cannot)\s+find\s+(?:any\s+)?(?:evidence|proof|records?|instances?|examples?)|"
    r"fals[oaie]|falsit[aà]|bufal[ae]|travisat[oaie]|infondat[oaie]|fuorviant[ei]|inesatt[oaie]|"
    r"non\s+(?:è|e'|era)\s+ver[oa]|nessuna\s+prova|priv[oaie]\s+di\s+fondamento|notizi[ae]\s+fals[ae]|"
    # "falsely" with a verb of saying: "falsely claimed", "falsamente attribuita"; not "had been
    # falsely assumed to belong to ...", a correction of an old belief that the article goes on to state
    r"(?:falsely|falsamente)\s+(?:claim|say|said|stat|report|attribut|accus|suggest|link|portray|depict|show|"
    r"present|label|describ|credit|dichiar|afferm|sostien|sostenut|riport|attribu|accusat|indicat|presentat)\w*|"
    # a correction: "6.9% lower — not more than 10%, as he claimed", "del 6%, non del 10%, come sostenuto"
    # (`CORRECTION_RE`: what it denies is the claim's only when the denied words are the claim's)
    r"(?:(?<=[—–,;(-]\s)|(?<=[—–,;(-]))not\s+[^.;:—–]{1,60}?,?\s+as\s+(?:\w+\s+){0,2}?(?:claim|suggest|alleg|assert)\w*|"
    r"(?:(?<=[—–,;(-]\s)|(?<=[—–,;(-]))non\s+[^.;:—–]{1,60}?,?\s+come\s+(?:\w+\s+){0,2}?(?:sostenut|affermat|dichiarat|"
    r"sostien|afferm|dichiar)\w*)\b",
    re.IGNORECASE)
CORRECTION_RE = re.compile(r"no[tn]\s", re.IGNORECASE)  # a `debunks` mark that is a correction starts so
_DEBUNK_NEGATED = re.compile(r"\b(?:not|non|never|mai|né|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)


def debunks(text: str) -> list[tuple[int, int, str]]:
    """Where a text calls something false ("fake", "no evidence", "è una bufala"), as (start, end, words).

    "not false" / "non è falso" is no verdict of falsity: a mark one or two words after a negation
    is left out.
    """
    return [(m.start(), m.end(), m.group(0)) for m in DEBUNK_RE.finditer(text)
            if not _DEBUNK_NEGATED.search(text[max(0, m.start() - 30):m.start()])]


# What a fact-check examines, relayed in its own words: "… reads the headline", "the photo's caption
# reads", "a Facebook video ad, which leads off with this claim:", "il post recita". The sentence says
# that a post, a headline or an image makes the claim, not that the claim is true. People's words
# ("Trump said", "secondo il Cremlino") are not in this list: news reports rest on them; nor are
# messages and e-mails, which are as often an official's ("in un messaggio, il ministro afferma …").
_MEDIUM = (r"(?:posts?|headlines?|captions?|memes?|images?|photos?|pictures?|graphics?|videos?|ads?|advertisements?|"
           r"mailers?|fl[iy]ers?|chain\s+(?:e-?mail|letter|message)s?|screenshots?|websites?|"
           r"text\s+(?:over|on|of)|didascali[ae]|immagin[ei]|foto|meme|catena|volantin[oi]|"
           r"titolo\s+(?:dell['’]articolo|del\s+post))")
_SAYS = (r"(?:reads?|says?|said|saying|claims?|claimed|claiming|states?|stated|stating|alleges?|alleged|alleging|"
         r"purports?|purporting|asserts?|asserted|recita|dice|diceva|afferma|affermava|sostiene|sosteneva|"
         r"si\s+legge|leggeva)")
MEDIUM_RE = re.compile(rf"\b{_MEDIUM}\b", re.IGNORECASE)
RELAY_RE = re.compile(
    rf"\b{_MEDIUM}\b(?:\W+\w+){{0,6}}?\W+{_SAYS}\b|"
    rf"\b(?:reads?|says?|said|recita|dice|afferma)\s+(?:the|its|this|a|il|la|lo|l['’]|un|una|questo|questa)\s*"
    rf"(?:\w+\s+)?{_MEDIUM}\b|"
    rf"\b{_MEDIUM}\s*:\s*[\"“‘'«]",
    re.IGNORECASE)


def relays(text: str) -> list[tuple[int, int, str]]:
    """Where a text reports what a post, a headline, a caption or an image says, as (start, end, words)."""
    return [(m.start(), m.end(), m.group(0)) for m in RELAY_RE.finditer(text)]


# What the article says is not known or not given: "La società non ha però indicato quanti litri …", "He did not give
# a date for completing the whole scheme", "Non è ancora noto quando …", "It is not yet clear how much …". A question
# about it is not answered by the figures nearby (a sentence on what is asked, with an answer of the kind asked
# elsewhere, was answered 0.89 and 0.92).
_NOT_SAID_IT = (r"\bnon\s+(?:(?:ha|hanno|aveva|avevano|è|e'|sono|era|erano)\s+)?(?:(?:però|ancora|mai|finora|ad\s+oggi)\s+)*"
                r"(?:(?:stat[oaie]|volut[oaie])\s+)?(?:indicat|precisat|dett|dice|dicono|comunicat|res[oaie]\s+not|"
                r"specificat|rivelat|chiarit|quantificat|fornit|fatto\s+sapere|dato|dat[aie]\s|reso\s+not|spiegat|"
                r"confermat|svelat)\w*")
_NOT_SAID_EN = (r"\b(?:did|does|do|has|have|had|would|could|will|was|were|is|are)\s*(?:not|n['’]t)\s+(?:yet\s+)?"
                r"(?:(?:been|be)\s+)?(?:say|said|give|given|disclose[ds]?|reveal(?:ed)?|specif(?:y|ied)|confirm(?:ed)?|"
                r"provide[ds]?|indicate[ds]?|explain(?:ed)?|announce[ds]?|release[ds]?|put\s+a\s+figure|made\s+public|"
                r"make\s+public|set)\b|\bdeclined\s+to\s+(?:say|give|disclose|specify|comment\s+on|put\s+a\s+figure)\b|"
                r"\brefused\s+to\s+(?:say|disclose|reveal)\b|\bwithout\s+(?:saying|giving|specifying|disclosing)\b")
_ASKED_AFTER = (r"(?:[^.;:]{0,40}?\b(?:quant[oaie]|quando|come|chi|dove|perch[ée]|se|quale|quali|how|when|what|whether|"
                r"where|who|whom|which|why|if)\b|\s+(?:(?:(?:la|una|alcuna|nessuna|le|i|gli|l['’]|il|a|any|the|an|"
                r"exact|precise)\s+)*)(?:date?|data|cifra|figure|numero|number|importo|amount|cost[oi]?|tempi|"
                r"timetable|timeline|dettagli|details|nomi|names|identit[àa]|identity|motiv[oi]|reason))")
WITHHELD_RE = re.compile(
    r"(?:" + _NOT_SAID_IT + "|" + _NOT_SAID_EN + r")" + _ASKED_AFTER
    + r"|\bnon\s+(?:è|e'|sono)\s+(?:ancora\s+)?(?:not[oaie]|chiar[oaie]|stat[oaie]\s+res[oaie]\s+not[oaie])\b"
    + r"|\bnon\s+si\s+(?:sa|conosc\w+)\b|\bresta(?:no)?\s+da\s+(?:capire|chiarire|stabilire|definire|accertare)\b"
    + r"|\b(?:it\s+(?:is|was|remains)|it['’]s)\s+(?:not\s+(?:yet\s+)?|still\s+)?(?:unclear|unknown|not\s+(?:yet\s+)?"
    + r"(?:clear|known))\b|\bremains?\s+(?:unclear|unknown|to\s+be\s+(?:seen|decided|determined))\b"
    + r"|\bno\s+decision\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:made|taken)\b", re.IGNORECASE)


# Not decided yet: "no decision had yet been made", "it is unclear whether", "non è ancora stato deciso se", "did not
# say whether". A claim that it will or will not happen is neither supported nor refuted by it ("Brenmoor will appeal"
# and "Brenmoor will not appeal" were both supported 0.69 / 0.63 on "… to lodge an appeal; Mr Pryce said no decision
# had yet been made").
UNDECIDED_RE = re.compile(
    r"\bno\s+(?:final\s+)?decision(?:\s+[\w'’]+){0,4}?\s+(?:has|had|have|was|is)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:made|taken|reached)\b"
    r"|\b(?:has|had|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:decided|made\s+a\s+decision|taken\s+a\s+decision)\b"
    # "How the remaining £13 million will be covered has not yet been agreed"
    r"|\b(?:has|had|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?been\s+(?:agreed|decided|settled|finali[sz]ed)\b"
    r"|\b(?:yet|still)\s+to\s+(?:decide|be\s+decided|be\s+agreed|be\s+established)\b|\bundecided\b"
    # "Le cause sono ancora da accertare"
    r"|\b(?:sono|è|e'|resta|restano|rimane|rimangono)\s+(?:ancora\s+)?da\s+(?:accertare|chiarire|stabilire|definire)\b"
    r"|\b(?:unclear|not\s+(?:yet\s+)?(?:clear|known|decided))\s+(?:whether|if)\b"
    r"|\b(?:did|does|do|would|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:say|said|confirm(?:ed)?|disclose[ds]?|"
    r"reveal(?:ed)?|indicate[ds]?)\s+whether\b|\bdeclined\s+to\s+(?:say|confirm)\s+whether\b"
    r"|\bnessuna\s+decisione\s+(?:è|e'|era)\s+(?:ancora\s+)?stata\s+presa\b"
    r"|\bnon\s+(?:è|e'|era)\s+(?:ancora\s+)?(?:stat[oa]\s+)?(?:ancora\s+)?decis[oa]\b|\b(?:nulla|niente)\s+(?:è|e'|era)\s+(?:ancora\s+)?"
    r"(?:stato\s+)?deciso\b|\bnothing\s+(?:has\s+been|had\s+been|is|was)\s+(?:yet\s+)?decided\b|\bnon\s+(?:ha|hanno|aveva|avevano)\s+(?:ancora\s+)?"
    r"(?:deciso|preso\s+una\s+decisione)\b|\b(?:non\s+(?:è|e'|era)\s+(?:ancora\s+)?(?:chiaro|noto)|resta\s+da\s+"
    r"(?:capire|decidere|stabilire|chiarire))\s+se\b|\bnon\s+(?:ha|hanno|aveva|avevano)\s+(?:ancora\s+)?(?:detto|"
    r"precisato|confermato|chiarito|indicato|fatto\s+sapere)\s+se\b|\bda\s+decidere\b"
    # an answer still awaited: "il Consorzio ha chiesto alla Regione 120.000 euro …; la risposta è attesa entro marzo"
    r"|\b(?:risposta|decisione)\s+(?:è|e'|sarà)\s+(?:attesa|prevista)\b|\b(?:decision|response|answer|ruling)"
    # "A decision on the route is expected in January"
    r"(?:\s+(?:on|about|over)(?:\s+[\w'’-]+){1,4}?)?\s+(?:is|was)\s+(?:expected|due)\b"
    # a decision still to come: "the planning committee is expected to decide on it on Thursday 12 March", "la commissione
    # dovrebbe pronunciarsi a marzo"
    r"|\b(?:is|are|was|were)\s+(?:expected|due|set|scheduled)\s+to\s+(?:decide|rule|vote|make\s+(?:a|its|their)\s+decision)\b"
    r"|\b(?:dovrebbe|dovrebbero|dovrà|dovranno)\s+(?:decidere|pronunciarsi|esprimersi|votare)\b", re.IGNORECASE)


# what a claim says is decided or will be done: "will appeal", "has decided to", "intends to", "farà ricorso"
# a quotation, its marks included: "«Non ci saranno aumenti per le scuole»", "“…”", "\"…\""
QUOTATION = re.compile(r"[\"“«][^\"“”«»]+[\"”»]")


DECISION_CLAIM_RE = re.compile(
    r"\b(?:will|won['’]t|shall|would|going\s+to|plans?\s+to|planned\s+to|intends?\s+to|decided|decides|agreed\s+to|"
    r"(?:is|are)\s+to)\b|\b(?:ha|hanno|aveva|avevano)\s+deciso\b|\b(?:intende|intendono|prevede|prevedono|"
    r"vuole|vogliono)\b|\b\w+(?:rà|ranno)\b", re.IGNORECASE)  # any future: "farà", "introdurrà", "rimarranno"


def undecided(text: str) -> list[tuple[int, int]]:
    """Where a text says something is not decided yet ("no decision had yet been made", "non è ancora stato deciso
    se"), as (start, end)."""
    return [(m.start(), m.end()) for m in UNDECIDED_RE.finditer(text)]


# after "not decided": the thing left open, asked as "whether" or with a question word ("Resta da decidere quanti
# lavoratori stagionali saranno assunti"), or closing it ("non è chiaro se")
_OPEN_WORDS = (r"whether|if|se|quant[ioae]|quale|quali|come|quando|dove|chi|how\s+(?:many|much)|which|when|where|who|"
               r"what")
_WHETHER = re.compile(r"\s*(?:" + _OPEN_WORDS + r")\b", re.IGNORECASE)
_WHETHER_END = re.compile(r"\b(?:" + _OPEN_WORDS + r")$", re.IGNORECASE)
CLAUSE_STOP = re.compile(r"[;:.!?]")  # what ends a clause (a comma does not)


def left_open(text: str, start: int, end: int) -> tuple[int, int] | None:
    """For a text saying something is not decided yet at (start, end) (`undecided`), the characters of what is left
    open where it is asked as "whether" / "se" or with a question word: from that word (or the span, where it closes
    it) to the end of the clause; None where the span names no such thing ("no decision has yet been made")."""
    after = _WHETHER.match(text, end)
    if after is None and not _WHETHER_END.search(text, start, end):
        return None
    stop = CLAUSE_STOP.search(text, end)
    return (end if after is not None else start), (stop.start() if stop else len(text))


# What the article says will be made known later: "The trust says it will announce next year's headliners in February",
# "i nomi saranno resi noti a marzo". What is announced is not given yet (a question on who will headline was answered
# 0.99 by the trust that will announce them); when it will be is.
ANNOUNCED_LATER_RE = re.compile(
    r"\bwill\s+(?:announce|name|reveal|unveil|disclose|publish|make\s+public)\b|\b(?:will|is|are)\s+(?:be\s+|to\s+be\s+)"
    r"(?:announced|named|revealed|unveiled|disclosed|made\s+public)\b|\b(?:annuncer[àa]|annunceranno|render[àa]\s+not[oaie]|"
    r"renderanno\s+not[oaie]|sveler[àa]|sveleranno|comunicher[àa]|comunicheranno)\b|\b(?:sar[àa]|saranno)\s+(?:annunciat|"
    r"res[oaie]\s+not|comunicat|svelat)\w*", re.IGNORECASE)


def announced_later(text: str) -> list[tuple[int, int]]:
    """Where a text says something will be made known later ("will announce", "saranno resi noti"), as (start, end)."""
    return [(m.start(), m.end()) for m in ANNOUNCED_LATER_RE.finditer(text)]


def withheld(text: str) -> list[tuple[int, int]]:
    """Where a text says something is not given or not known ("non ha indicato quanti litri", "did not give a
    date", "non è ancora noto", "it is unclear"), as (start, end)."""
    return [(m.start(), m.end()) for m in WITHHELD_RE.finditer(text)]


def content_tokens(text: str) -> list[Token]:
    return [t for t in tokens(text) if t.norm not in STOPWORDS and t.norm not in QUESTION_WORDS and len(t.norm) > 1]


def coverage(claim: str, evidence: str, idf=None) -> float:
    """IDF-weighted share of the claim's content words (stems) that the evidence contains."""
    claim_toks = content_tokens(claim)
    claim_terms = [stem(t.norm) for t in claim_toks]
    if not claim_terms:
        return 0.0
    have = {stem(t.norm) for t in content_tokens(evidence)}
    have_num = {m.key for m in numbers(evidence)}
    claim_num = {m.start: m.key for m in numbers(claim)}  # "'90" agrees with "novanta", "due" with "2"
    weight = idf or (lambda term: 1.0)
    total = sum(weight(t) for t in claim_terms)
    got = 0.0
    for tok, t in zip(claim_toks, claim_terms):
        if t in have or claim_num.get(tok.start) in have_num:
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


# Words and phrases that deny without a negation word: "resterà fuori", "sono esclusi", "absent",
# "ruled out closing any factory".
# a verb reporting a denial: "ha smentito", "ha negato", "denied" (`reports_denial`)
_DENIAL_WORD = r"smentit\w*|smentisc\w+|negat[oaie]|neg(?:a|ano|ava|ò|arono|are)|den(?:y|ies|ied)"
# "rejected the claim that", "dismissed suggestions that", "ha respinto l'accusa che"
_DENIAL_PHRASE = (r"(?:reject|dismiss|rebut)(?:s|ed)?\s+(?:the\s+)?(?:claims?|suggestions?|allegations?|accusations?|"
                  r"idea|notion)|respin(?:to|ge|gono|se|sero)\s+(?:l['’]\s*(?:accusa|ipotesi|idea)|le\s+accuse)")
_DENIAL = rf"{_DENIAL_WORD}|(?:{_DENIAL_PHRASE})(?=\s+(?:that|che)\b)"
IMPLICIT_NEGATION_RE = re.compile(
    r"\b(?:(?:rest|riman|star)\w*\s+fuori|fuori\s+da[il]?|esclus[oaie]|assent[ei]|mancat[oaie]|"
    rf"rifiut\w+|{_DENIAL}|"
    r"stay(?:s|ed)?\s+out|left\s+out|kept\s+out|exclud(?:e|es|ed)\b|absent|refus\w+|declin(?:e|es|ed)\s+to|"
    r"fail(?:s|ed)?\s+to|lack(?:s|ed)?|rul(?:e|es|ed|ing)\s+out|"
    # an end of what was done: "will stop admitting new undergraduates", "smetterà di accogliere"
    r"stop(?:s|ped|ping)?\s+\w+ing|ceas(?:e|es|ed|ing)\s+(?:to\s+\w+|\w+ing)|smett\w+\s+di|cess\w+\s+di\s+\w+(?:re|rsi)|"
    # "has yet to be released", "deve ancora essere pubblicato": it has not happened
    r"(?:has|have|is|are|was|were)\s+yet\s+to|dev(?:e|ono|eva|evano)\s+ancora)\b", re.IGNORECASE)
_DENIAL_VERB = re.compile(rf"(?:{_DENIAL_WORD}|{_DENIAL_PHRASE})$", re.IGNORECASE)


def reports_denial(pol: "Polarity") -> bool:
    """Whether a text's only negation is a verb reporting a denial ("ha negato che …", "denied that …"): it says
    what someone said, not that the thing is false."""
    return bool(pol.implicit) and not pol.explicit and all(_DENIAL_VERB.match(m[2]) for m in pol.implicit)


# Correlative "né ... né" / "neither ... nor" only coordinates under another negation.
_CORRELATIVE = frozenset({"ne", "nor", "neither"})


@dataclass(frozen=True)
class Polarity:
    """How a text negates: explicit negation words and implicit ones ("escluso", "absent")."""

    explicit: tuple[Token, ...]
    implicit: tuple[tuple[int, int, str], ...]

    @property
    def negative(self) -> bool:
        return bool(self.explicit or self.implicit)

    def first_span(self) -> tuple[int, int, str] | None:
        spans = [(t.start, t.end, t.text) for t in self.explicit] + list(self.implicit)
        return min(spans) if spans else None


def polarity(text: str) -> Polarity:
    """The negation marks of a text, explicit (non, not, never, né...) and implicit (esclusi, refused).

    The "no" of "no evidence", the "non" of "non è vero" are verdicts of falsity (`debunks`), which
    the verifier reads apart, with their own test of what they are about: they are left out here.
    """
    toks = tokens(text)
    called = debunks(text)
    explicit = [t for k, t in enumerate(toks)
                if (t.norm in _NEGATION_FOLDED or t.norm.endswith("n't") or _contracted_not(text, t)
                    or (t.norm == "ne" and t.text.lower() in ("né", "ne'")))
                and not any(s <= t.start < e for s, e, _ in called) and not _no_denial(text, toks, k)]
    implicit = tuple((m.start(), m.end(), m.group(0)) for m in IMPLICIT_NEGATION_RE.finditer(text))
    return Polarity(tuple(explicit), implicit)


# "not as common as", "not only", "non solo": a comparison or an addition, no denial
_NOT_DENYING_NEXT = frozenset("as so only just merely solo soltanto solamente cosi tanto".split())
# "no" as what is voted or said: "voterà no", "votare no", "ha detto no", "voted no", "said no to"
_VOTE_NO_BEFORE = re.compile(r"(?:vot(?:a|are|ato|ano|ando|er[aà]|eranno|erebbe|o|i|iamo|ate)|dett[oa]|dire|dice|dicono|"
                             r"dir[aà]|risposto|vote[sd]?|voting|said|say|says|saying|answered)$")
# ... followed by what it answers or by the clause's end ("said no to the plan"; not "said no new vaccine is needed")
_ANSWER_NO_AFTER = re.compile(r"\s*(?:$|[,.;:!?)\"”»]|(?:e|ed|ma|and|but|or|o|to|a|al|alla|allo|ai|agli|alle|all['’])\b)",
                              re.IGNORECASE)
# a negation in a clause these open ("When she's not working, Swift …", "Se non piove, …") denies
# nothing the sentence states (not "while" / "mentre": "…, mentre Kellogg non ci sarà" denies)
_SUBORDINATORS = frozenset("when whenever if unless quando se qualora".split())


def _no_denial(text: str, toks: list, k: int) -> bool:
    """Whether negation mark k denies nothing: a comparison, "not only", in a when/if clause, or part of
    a title or a name written in capitals ("We Are Never Ever Getting Back Together", "Never Trumpers")."""
    if k + 1 < len(toks) and toks[k + 1].norm in _NOT_DENYING_NEXT:
        return True
    if toks[k].norm == "no" and k > 0 and _VOTE_NO_BEFORE.match(toks[k - 1].norm) and _ANSWER_NO_AFTER.match(
            text, toks[k].end):
        return True  # a vote or an answer, not a denial: "voterà no", "ha detto no all'aumento", "voted no"
    if k > 0 and _title_case(toks[k].text) and any(
            0 <= j < len(toks) and _title_case(toks[j].text) for j in (k - 1, k + 1)):
        return True
    j = k
    while j > 0 and not re.search(r"[,;:.!?()]", text[toks[j - 1].end:toks[j].start]):
        j -= 1
    if j < k and toks[j].norm in ("when", "quando") and j > 0 and text[toks[j - 1].end:toks[j].start].strip() == "," \
            and (toks[j - 1].norm in TIME_WORDS or _NUMBER_RE.fullmatch(toks[j - 1].text)):
        return False  # a time, then what happened then: "between 2 and 19 February 2024, when attackers used …"
    return j < k and toks[j].norm in _SUBORDINATORS


def _title_case(word: str) -> bool:
    """Capitalised, not all capitals (a headline in capitals still denies: "KELLOGG WILL NOT ATTEND")."""
    return word[:1].isupper() and not word.isupper()


def place_key(word: str) -> str | None:
    """The country key of a place name or a nationality adjective ("Mosca", "russi" -> "place:ru")."""
    key = fold(word).strip()
    alias = _ALIAS_OF.get(key, "")
    return alias if alias.startswith("place:") else _DEMONYM_OF.get(key)


def place_spans(text: str) -> list[Mention]:
    """Places named in a text (countries, capitals, seats of government; not adjectives), with offsets."""
    out: list[Mention] = []
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    if len(folded) == len(text):  # folding kept offsets (it does for Latin text)
        for phrase in _PLACE_PHRASES:
            for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", folded):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    taken.append((m.start(), m.end()))
                    out.append(Mention(_ALIAS_OF[phrase], m.start(), m.end(), text[m.start():m.end()], "place"))
    for tok in tokens(text):
        if any(s <= tok.start < e for s, e in taken):
            continue
        key = _ALIAS_OF.get(tok.norm)
        if key and key.startswith("place:"):
            # "us" and "un" are also plain words: only capitalised ones are places
            if tok.norm in ("us", "un") and not tok.text.isupper():
                continue
            out.append(Mention(key, tok.start, tok.end, tok.text, "place"))
    return sorted(out, key=lambda m: m.start)


# ---- questions: what kind of answer they ask for ------------------------------------------------

# a site or a body asked for by its name, and the word that says what it is ("forum", "studio legale")
_NAMED_ASKED = re.compile(r"^(?:on|in|at|to|from|by|with)?\s*which\s+(?:\w+\s+)?(?P<head>forum|website|site|platform|"
                          r"law\s+firm|bank|hospital)s?\b|"
                          r"^(?:su|in|da|con|a|per|di)?\s*(?:quale|quali)\s+(?:\w+\s+)?(?P<head_it>forum|sito|siti|"
                          r"piattaform\w*|banc\w*|ospedal\w*|studio\s+legale|studi\s+legali)", re.I)
NAMED_REACH = 40  # characters from the word saying what is asked for ("forum") to its name, no stop between
_ANSWER_TYPES = [
    # someone's age: "How old is Priya Shah?", "Quanti anni ha …?" (before "number": a vote count or a
    # date of the same sentence does not answer it)
    ("age", re.compile(r"^(?:how\s+old\b|(?:at\s+)?what\s+age\b|(?:a\s+)?che\s+et(?:a|à)\b|"
                       r"quanti\s+anni\s+(?:ha|hanno|aveva|avevano|avra|avrà|avranno|compie|compir)\w*\b)", re.I)),
    # a sum of money: "How much did Veltra earn last year?", "Quanto costeranno i lavori?" (before "number":
    # a sentence's head count or percentage does not answer it)
    ("money", re.compile(r"^(?:how\s+much\s+(?:money\b|compensation\b|damages\b|(?:[\w’'-]+,?\s+){0,12}?(?:earn|earned|make|made|"
                         r"cost|costs|pay|paid|spend|spent|raise|raised|lose|lost|invest|invested)\b)|quanti\s+soldi|"
                         r"quanto\s+(?:(?:\w+\s+){0,3}?chied\w*\s+(?:di\s+|come\s+|in\s+)?risarciment|\w*\s*risarciment)|"
                         r"quanto\s+(?:\w+\s+){0,3}?(?:cost|guadagn|pag|spes|spend|incass|investi|perso\b|persa\b))", re.I)),
    ("duration", re.compile(r"^(?:per\s+)?quanto\s+(?:tempo|(?:e|è)\s+durat|dur)|^how\s+long\b|^per\s+quanto\s+tempo", re.I)),
    ("number", re.compile(r"^(?:quant[ieao]|how\s+(?:many|much)|what\s+(?:number|percentage|amount)|"
                          r"qual\s+(?:e|è)\s+(?:il\s+)?(?:numero|costo|prezzo|percentuale))\b", re.I)),
    # the hour of the day: "A che ora …?", "At what time …?" (a weekday or a year does not answer it)
    ("hour", re.compile(r"^(?:a\s+(?:che|quale)\s+ora|(?:at\s+)?what\s+time|(?:at\s+)?which\s+hour)\b", re.I)),
    ("time", re.compile(r"^(?:quando|when|(?:in|entro)\s+(?:che|quale)\s+(?:anno|mese|giorno|data|secolo|periodo)|"
                        r"(?:(?:in|on|by|until)\s+)?(?:what|which)\s+(?:year|month|day|date|century)|da\s+quando|"
                        r"since\s+when)\b", re.I)),
    ("place", re.compile(r"^(?:dove|where|da\s+dove|in\s+(?:che|quale)\s+(?:paese|citt|nazione|luogo|stato|region)|"
                         r"(?:in|to|from|at)?\s*(?:what|which)\s+(?:\w+\s+){0,2}(?:country|city|town|place|nation|state|region|venue))", re.I)),
    # a person, or who else acts or reports: "Quale agenzia di stampa ha riportato …?", "Which outlet …?"
    ("person", re.compile(r"^(?:chi|who|whom|whose|da\s+chi|a\s+chi|con\s+chi|di\s+chi|per\s+chi)\b|"
                          r"^(?:quale|quali|che)\s+(?:agenzi|giornal|testat|quotidian|emittent)|"
                          r"^(?:which|what)\s+(?:\w+\s+)?(?:agenc|outlet|newspaper|broadcaster)", re.I)),
    # a site or a body by its name: "On which online forum was the data offered?" ("an online forum" names none)
    ("named", _NAMED_ASKED),
]
_CLOCK = re.compile(r"(?:\b(?:alle|ore|at)\s+)?(?:\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?:\s*[ap]\.?m\.?)?|"
                    r"\b(?:1[0-2]|0?[1-9])\s*[ap]\.?m\b\.?)|\b(?:alle|ore)\s+(?:[01]?\d|2[0-3])\b|"
                    r"\b(?:mezzogiorno|mezzanotte|noon|midnight)\b", re.I)
_CURRENCY = r"(?:€|\$|£|¥|euros?|eur|dollar[io]?|dollars?|sterlin[ae]|pounds?|franchi|francs?|yen|yuan|rubl[oi]|roubles?|rubles?)"
CURRENCY_WORD = re.compile(_CURRENCY + r"$", re.I)  # a word that is a currency ("euro", "pounds")
_CURRENCY_BEFORE = re.compile(r"(?:€|\$|£|¥|\b(?:US|EUR|USD|GBP))\s?$")
# words that scale a number rather than say what it counts: "3 million pounds", "500 milioni di euro"
SCALE_WORDS = frozenset(fold(w) for w in """hundred hundreds thousand thousands million millions billion billions
trillion bn mln mld cento mila mille milione milioni miliardo miliardi""".split())
# a sum: a number, a scale word or its short form ("€5m", "20k"), then the currency
_CURRENCY_AFTER = re.compile(r"\s?(?:(?:" + "|".join(sorted(SCALE_WORDS | {"m", "k"}, key=len, reverse=True))
                             + r")\b\.?\s*)?(?:di\s+|of\s+)?" + _CURRENCY + r"(?![a-z])", re.I)


def is_money(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a sum: a currency before it or after it ("£31.5 million",
    "3,5 milioni di euro")."""
    return bool(_CURRENCY_BEFORE.search(text, 0, start) or _CURRENCY_AFTER.match(text, end))
_AGE_AFTER = re.compile(r"\s?-?\s?(?:years?|anni)(?:\s?-?\s?old)?\b|\s?-?\s?enne\b", re.I)
_AGE_APPOSED = re.compile(r", \d{1,3},")  # "Priya Shah, 45, said"
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|at|età\s+di|eta\s+di)\s*$", re.I)
# the months in order, Italian then English: TIME_WORDS, and a month's number for a date
MONTHS = tuple("""gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
january february march april may june july august september october november december""".split())
TIME_WORDS = frozenset(MONTHS) | frozenset("""
lunedi martedi mercoledi giovedi venerdi sabato domenica monday tuesday wednesday thursday friday
saturday sunday ieri oggi domani stamattina stasera yesterday today tomorrow tonight secolo secoli
century centuries decennio decade anni settanta ottanta novanta mattina pomeriggio sera notte
morning afternoon evening night
""".split())
_WEEKDAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DURATION_UNITS = frozenset("""
secondo secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni
second seconds minute minutes hour hours day days week weeks month months year years decade decades
""".split())
# which span of time a duration word is, in either language ("mesi" and "months" are one)
DURATION_KIND = {w: k for k, group in enumerate("""secondo secondi second seconds|minuto minuti minute minutes|ora ore
hour hours|giorno giorni day days|settimana settimane week weeks|mese mesi month months|anno anni year years|decade
decades decennio decenni""".split("|")) for w in group.split()}
# each span of time in the unit of its scale: seconds to weeks in seconds, months to decades in months (a month
# is no fixed number of days)
SPAN_SIZE = {0: ("s", 1), 1: ("s", 60), 2: ("s", 3600), 3: ("s", 86400), 4: ("s", 604800), 5: ("m", 1), 6: ("m", 12),
             7: ("m", 120)}


def span_of(number: str, unit: str) -> tuple[str, int, float] | None:
    """A number with its unit of time (folded: "settimane", "days") as its scale, its kind (DURATION_KIND) and its
    size in the scale's unit ("dodici settimane": ("s", 4, 7257600.0)); None for another unit."""
    kind = DURATION_KIND.get(unit)
    if kind is None:
        return None
    try:
        value = float(number)
    except ValueError:
        return None
    scale, size = SPAN_SIZE[kind]
    return scale, kind, value * size


# a question asking which company, firm or association did something: "Quale impresa installerà le boe …?", "Which
# company is carrying out the runway resurfacing?" (answered by a name only: `features` reads whether one is given)
FIRM_ASKED = re.compile(r"^(?:(?:da|a|per|con|di|su|in)\s+)?(?:quale|quali|che)\s+(?:impres[ae]|ditt[ae]|aziend[ae]|"
                        r"societ[àa]|compagni[ae]|cooperativ[ae]|associazion[ei])\b|^(?:(?:by|for|with|from|to)\s+)?(?:which|what)"
                        r"\s+(?:\w+\s+)?(?:compan(?:y|ies)|firms?|contractors?|business(?:es)?|associations?|charit(?:y|ies))\b",
                        re.IGNORECASE)


# public bodies and places name no company
_PUBLIC_BODIES = frozenset(fold(w) for w in """regione comune provincia stato governo ministero prefettura council government
ministry parliament parlamento consiglio giunta region county""".split())


def firm_named(question: str, sentence: str) -> bool:
    """Whether a sentence names someone a question asking which company did it (`FIRM_ASKED`) could mean: a name the
    question does not give that is no place or public body ("La Regione ha risposto con un piano …" names none)."""
    places = place_spans(sentence)
    return any(not any(p.start <= m.start < p.end for p in places) and fold(m.text.lower()) not in _PUBLIC_BODIES
               for m in answer_candidates(question, sentence, "person"))


def question_start(question: str) -> str:
    """A question from its first word on (the patterns of what it asks for read it from there)."""
    return re.sub(r"^\W+", "", question.strip())


def asks_firm(question: str) -> bool:
    """Whether a question asks which company, firm or association did something (`FIRM_ASKED`)."""
    return FIRM_ASKED.search(question_start(question)) is not None


def answer_type(question: str) -> str | None:
    """What a question asks for: "person", "place", "named" (a site or a body by its name), "time", "hour",
    "money", "age", "number", "duration", or None (open)."""
    text = question_start(question)
    for name, pattern in _ANSWER_TYPES:
        if pattern.search(text) or pattern.search(fold(text)):
            return name
    return None


# what a sum asked for is a sum of, when the question says it: "How much compensation …?", "Quanto … di risarcimento?"
SUM_OF = re.compile(r"\bhow\s+much\s+(compensation|damages)\b|\b(risarciment[oi])\b", re.IGNORECASE)
# what a cost asked for is the cost of: "How much will the new, larger vessel for the route cost?", "Quanto costerà il
# nuovo traghetto?"
COST_OF = re.compile(r"\bhow\s+much\s+(?:will|would|does|did|do|has|have|had|is|was)\s+(?P<en>[^?]+?)\s+cost\b|"
                     r"\bquanto\s+(?:costa|costano|coster[àa]|costeranno|cost[òo]|costarono|(?:è|e|sono|sarà|saranno)\s+"
                     r"costat[oaie])\s+(?P<it>[^?]+)", re.IGNORECASE)


def answer_candidates(question: str, sentence: str, kind: str | None) -> list[Mention]:
    """Mentions in a sentence that could answer a question of that kind and are not in the question."""
    if kind is None:
        return []
    asked = {fold(t.text) for t in tokens(question)}
    asked_keys: set[str] = set()
    for m in names(question):
        asked_keys |= name_keys(m)
    toks = tokens(sentence)
    if kind == "named":
        # a name right beside the word for what is asked ("sul forum BreachBase", "the Pellington law firm Dacre
        # Whitlock"), not one elsewhere in the sentence: "… found the data on an online forum" names none
        m = _NAMED_ASKED.search(question_start(question))
        head = stem(fold((m.group("head") or m.group("head_it")).lower()).split()[-1]) if m else None
        spots = [t for t in toks if head and stem(t.norm) == head]
        return [n for n in names(sentence) if not (name_keys(n) & asked_keys) and fold(n.text) not in asked
                and fold(n.text.lower()) not in TIME_WORDS
                and any(-NAMED_REACH <= n.start - t.end <= NAMED_REACH
                        and not re.search(r"[,;:.()]", sentence[min(n.end, t.end):max(n.start, t.start)]) for t in spots)]
    if kind in ("person", "place"):
        found = [m for m in names(sentence) if not (name_keys(m) & asked_keys) and fold(m.text) not in asked]
        if kind == "place":
            found += [m for m in place_spans(sentence) if m.key not in asked_keys]
        return found
    nums = [m for m in numbers(sentence, weak=False) if fold(m.text) not in asked]
    if kind == "age":  # "24-year-old", "aged 61", "di 45 anni", "età di 70 anni"
        # of whom the question asks: a sentence naming only others gives their age ("Lisa de Vries, 38," for
        # "How old is Priya Shah?"); one naming nobody may speak of him ("The 24-year-old will receive …")
        named = [name_keys(m) for m in names(sentence)]
        if asked_keys and named and not any(keys & asked_keys for keys in named):
            return []
        return [m for m in nums if m.kind == "number" and (_AGE_AFTER.match(sentence, m.end)
                                                           or _AGE_BEFORE.search(sentence, 0, m.start)
                                                           or _AGE_APPOSED.match(sentence, m.start - 2))]
    if kind == "number":
        return nums
    if kind == "hour":  # a time of day: "alle 15.30", "at 3 pm", "10:45", "a mezzogiorno"
        return [Mention(fold(m.group()), m.start(), m.end(), m.group(), "time") for m in _CLOCK.finditer(sentence)]
    if kind == "money":  # a number with its currency: "500 milioni di euro", "$2.5bn", "€ 30"
        return [m for m in nums if _CURRENCY_BEFORE.search(sentence, 0, m.start) or
                _CURRENCY_AFTER.match(sentence, m.end)]
    if kind == "time":
        # (a weekday said of every week too: "open on Mondays")
        words = [Mention(t.norm, t.start, t.end, t.text, "time") for t in toks
                 if (t.norm in TIME_WORDS or t.norm[:-1] in _WEEKDAYS_EN and t.norm.endswith("s")) and t.norm not in asked]
        return [m for m in nums if m.kind == "year"] + words
    # duration: a number next to a unit of time ("tre ore", "an hour", "45 minuti")
    out = []
    for i, t in enumerate(toks):
        if t.norm in DURATION_UNITS and i > 0 and (toks[i - 1].norm in NUMBER_WORDS or
                                                    _NUMBER_RE.fullmatch(toks[i - 1].text) or
                                                    toks[i - 1].norm in ("un", "una", "an", "a", "mezz")):
            out.append(Mention(t.norm, toks[i - 1].start, t.end, sentence[toks[i - 1].start:t.end], "duration"))
    return out



def languages_differ(query: str, texts) -> bool:
    """Whether a claim is clearly in one language and the texts (its evidence) clearly in the other."""
    from .load import clear_language

    mine = clear_language(query)
    theirs = clear_language(" ".join(texts))
    return mine is not None and theirs is not None and mine != theirs
