"""Word alignment of a claim (or question) to an evidence sentence: the base of every feature.

Every content word of the claim is matched to its closest word in the sentence. Words match exactly
(same stem, same number, same place or alias), or softly by the cosine of their embeddings, which
makes the matching cross-lingual ("defence" ~ "difesa", "call" ~ "telefonata"). Names and numbers
only match exactly: "Obama" is not "Trump" however close their vectors are. Listed opposites
("sconfitto" / "won"), synonyms, weekdays, months and ordinals match only what they mean.
"""

from __future__ import annotations

import dataclasses

import re
import threading
from dataclasses import dataclass
from typing import Collection, Sequence

import numpy as np

from .signals import DURATION_KIND, MONTHS, _ALIAS_OF, _DEMONYM_OF, fractions, names, numbers, place_spans, span_of
from .lexicon import translates
from .text import QUESTION_WORDS, STOPWORDS, Token, fold, stem, tokens


MATCH = 0.62  # a soft match at or above this counts as the same word
UNMATCHED = 0.45  # below this a claim word is not in the sentence at all
NAME_SOFT_CAP = 0.4  # names and numbers never match softly
EXACT = 0.99  # at or above: the same word, number, name or place
SAME_PLACE = 0.995  # another name of the same place; below the same word, so alignment prefers that
DEMONYM_MATCH = 0.7  # a place and its nationality adjective ("Moscow" ~ "russo")
TRANSLATION = 0.8  # a name and a plain word this close translate each other
COGNATE = 0.8  # spellings this alike (difflib ratio) are one word in two languages
STRONG_MATCH = 0.75  # a soft match this close is a translation or a synonym, not a related word

# A few verbs and auxiliaries carry no content of their own ("will", "sarà", "has"), nor do connectives ("tuttavia",
# "however"): a connective never stands in a claim word's slot ("resterà fuori" against "Non ci saranno tuttavia …").
_LIGHT = frozenset("""
will would shall should can could may might must do does did done doing get got make made being been
essere stato stata stati state sara saranno sarebbe sarebbero era erano fu furono e sono ha hanno ho
avere avuto aveva avevano fare fatto fa fanno ci si ne molto very really quite also anche ancora
tuttavia pero invece comunque quindi dunque pertanto intanto however therefore moreover meanwhile
nevertheless nonetheless furthermore thus proprio propria propri proprie
""".split())


@dataclass(frozen=True)
class Word:
    text: str
    norm: str
    stem: str
    start: int
    end: int
    pos: int  # index among the text's content words
    is_name: bool
    number: str | None  # normalised value
    place: str | None  # country key
    weight: float
    bound: str | None = None  # a number said as a bound: ">" ("more than 200"), "<" ("up to 18"), "~" ("about 600")


class WordVectors:
    """Word embeddings from the index's sentence embedder, computed once per word (thread-safe)."""

    def __init__(self, embedder=None, cache: dict | None = None):
        self.embedder = embedder
        self.cache: dict[str, np.ndarray] = cache if cache is not None else {}
        self._lock = threading.Lock()

    def prefetch(self, texts: Sequence[str]) -> None:
        """Embed the words of many texts in a few large batches (much faster than text by text)."""
        words = {w.text.lower() for t in texts for w in content_words(t)}
        self.get(sorted(words))

    def get(self, words: Sequence[str]) -> np.ndarray:
        if self.embedder is None:
            return np.zeros((len(words), 1), dtype=np.float32)
        with self._lock:
            todo = sorted({w for w in words if w not in self.cache})
            if todo:
                for w, v in zip(todo, self.embedder.encode(todo)):
                    self.cache[w] = np.asarray(v, dtype=np.float32)
            return np.stack([self.cache[w] for w in words]) if words else np.zeros((0, 1), np.float32)


# a scale said short after a sum ("£1.6m", "$3bn"): the word it stands for
SHORT_SCALE_NAMES = {"m": "million", "mn": "million", "mln": "million", "bn": "billion", "mld": "billion"}
# "65 aC": written "a.C." the era is two single letters, which are no content words; "aC" is not one either
ERA = frozenset("aC dC AC DC BC AD BCE CE".split())


FRACTION = "%"  # the norm of a share said as a fraction ("un paziente su cinque"); its number is the percentage


def content_words(text: str, *, counts_kept: bool = False) -> list[Word]:
    """The content words of a text, with names, numbers and places marked. A share said as a fraction is one
    word (norm `FRACTION`, its percentage as its number): "un terzo", "la metà", "one in five"; the numbers of a
    count of a count ("sei tecnici su trentadue") are its own, unless `counts_kept` (a sentence read for a
    claim, whose "sei dei trentadue tecnici" then finds them too)."""
    name_spans = [(m.start, m.end) for m in names(text)]
    place_of = {}
    for m in place_spans(text):
        place_of[(m.start, m.end)] = m.key
    mentions = numbers(text, weak=False)
    nums = {(m.start, m.end): m.key for m in mentions}
    # a number written in two words ("Twenty-seven", "210 mila") is one word, spanning both
    wide = {m.start: m.end for m in mentions if any(ch in m.text for ch in "-‐– ")}
    out: list[Word] = []
    toks = tokens(text)
    letters = [ch for ch in text if ch.isalpha()]
    shouted = sum(ch.isupper() for ch in letters) > 0.5 * len(letters)  # a headline in capitals: no acronyms
    covered = -1
    shares = {f.start: f for f in fractions(text, toks)}
    parts: set[int] = set()  # the numbers of a count of a count, said by its share
    for k, t in enumerate(toks):
        if t.start < covered or t.start in parts:
            continue
        share = shares.get(t.start)
        if share is not None:
            bound = share.bound or _bound(text, share.start) or (None if counts_kept or share.value.is_integer() else "~")
            out.append(Word(text[share.start:share.end], FRACTION, FRACTION, share.start, share.end, len(out), False,
                            f"{share.value:g}", None, 2.0, bound))
            if not share.parts:
                covered = share.end
                continue
            if not counts_kept:
                parts.update(s for s, _ in share.parts)
                continue
        inner = [m for m in mentions if t.start <= m.start and m.end <= t.end and (m.start, m.end) != (t.start, t.end)]
        if inner:  # "$3bn": the sum and its scale, each a word ("bn" reads as "billion")
            for m in inner:
                norm = SHORT_SCALE_NAMES.get(m.text.lower(), fold(m.text))
                out.append(Word(m.text, norm, stem(norm), m.start, m.end, len(out), False, m.key, None, 2.0,
                                _bound(text, m.start)))
            continue
        if t.start in wide:
            covered = wide[t.start]
            out.append(Word(text[t.start:covered], fold(text[t.start:covered].lower()), stem(t.norm), t.start, covered,
                            len(out), False, nums[(t.start, covered)], None, 2.0, _bound(text, t.start)))
            continue
        named_place = next((key for (s, e), key in place_of.items() if s <= t.start < e), None)
        # "US" in capitals is the country, not the pronoun "us"
        capital_place = named_place is not None and t.text.isupper() and len(t.text) >= 2
        # an acronym is a name though its letters spell a little word: "The WHO made the announcement"
        acronym = t.text.isupper() and len(t.text) >= 2 and not shouted
        month_may = _month_may(toks, k)
        if (t.norm in STOPWORDS or t.norm in QUESTION_WORDS or len(t.norm) < 2 or t.text in ERA) \
                and (t.start, t.end) not in nums and not _state_noun(toks, k) and not capital_place and not acronym \
                and not month_may:
            continue
        number = nums.get((t.start, t.end))
        if number is not None and t.norm in SHORT_SCALE_NAMES:  # the "m" of "£1.6m" is "million"
            t = Token(t.text, SHORT_SCALE_NAMES[t.norm], t.start, t.end)
        place = named_place or _DEMONYM_OF.get(t.norm)
        # "Russian" is capitalised in English but is an adjective, not a name
        is_name = (any(s <= t.start < e for s, e in name_spans) and not t.text.isdigit()
                   and not (named_place is None and t.norm in _DEMONYM_OF)) or capital_place or acronym
        light = t.norm in _LIGHT and not _state_noun(toks, k) and not month_may
        weight = 2.0 if (is_name or number) else (0.3 if light else 1.0)
        out.append(Word(t.text, t.norm, stem(t.norm), t.start, t.end, len(out), is_name, number, place, weight,
                        _bound(text, t.start) if number is not None else None))
    return _and_a_half(text, out)


# a half after a whole number, right after it or after its unit: "tre metri e mezzo", "three and a half metres"
_HALF_AFTER = re.compile(r"\s+(?:(?P<unit>[^\W\d]+)\s+)?(?:e\s+mezz[oa]|and\s+a\s+half)\b", re.IGNORECASE)


def _and_a_half(text: str, words: list[Word]) -> list[Word]:
    """The words with a whole number followed by a half ("tre metri e mezzo": 3.5) given its value, the half no word of
    its own (not a time: "alle 7 e mezza")."""
    halves = set()
    for k, w in enumerate(words):
        if w.number is None or w.norm == FRACTION or not w.number.isdigit() or k + 1 >= len(words):
            continue
        m = _HALF_AFTER.match(text, w.end)
        if m is None or (m.group("unit") and not (words[k + 1].start == m.start("unit") and words[k + 1].number is None)):
            continue
        half = next((x for x in words[k + 1:k + 3] if m.start() < x.start < m.end() and x.norm in ("mezzo", "mezza", "half")),
                    None)
        if half is not None and not (half.norm == "mezza" and not m.group("unit")):  # "alle 7 e mezza" is a time
            words[k] = dataclasses.replace(w, number=f"{float(w.number) + 0.5:g}")
            halves.add(half.pos)
    if not halves:
        return words
    kept = [w for w in words if w.pos not in halves]
    return [dataclasses.replace(w, pos=i) for i, w in enumerate(kept)]


# an Italian bound word may take the number's article: "oltre il 50%", "più del 60%", "circa il 67%", "intorno al 20%"
_ART = r"(?:\s+(?:il|lo|la|l['’]|i|gli|le))?"
OF_ARTICLED = r"d(?:i|el|ello|ella|ell['’]|ei|egli|elle)"  # "di" and its forms with an article
_BOUNDS = [(">", re.compile(r"\b(?:more\s+than|over|above|at\s+least|in\s+excess\s+of|exceeding|oltre" + _ART + r"|più\s+" + OF_ARTICLED
                            + r"|piu\s+" + OF_ARTICLED + r"|almeno" + _ART + r"|superiore\s+a|sopra\s+(?:i|le|a)?|"
                            # a verb of going past it: "le firme superano le quattromila", "exceeded 4,000"
                            r"(?:supera|superano|superato|superata|superati|superate|superavano|superava)\s+"
                            r"(?:i|il|le|gli|la|lo|l['’]|quota)|exceeds?|exceeded|topped|tops|surpassed|surpasses)\s*$", re.I)),
           ("<", re.compile(r"\b(?:less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|meno\s+" + OF_ARTICLED + r"|"
                            r"fino\s+a|al\s+massimo|inferiore\s+a|sotto\s+(?:i|le)?)\s*$", re.I)),
           ("~", re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|circa" + _ART + r"|quasi" + _ART
                            + r"|intorno\s+a(?:l|llo|lla|ll['’]|i|lle|gli)?|attorno\s+a(?:l|llo|lla|ll['’]|i|lle|gli)?|"
                            r"poco\s+(?:più|meno)\s+" + OF_ARTICLED + r")\s*$", re.I))]
APPROXIMATELY = 0.1  # "about 600" holds for a number within a tenth of it


def _bound(text: str, start: int) -> str | None:
    """How a number at `start` is said: as a bound (">" more than, "<" up to, "~" about) or exactly (None)."""
    before = text[max(0, start - 24):start]
    if _SCALE_START.match(text, start):
        before = ONE_BEFORE.sub("", before)  # "più di un milione", "more than a million": the bound before "un"
    if text[start:start + 1].lower() == "m" and fold(text[start:start + 4].lower()) == "meta":
        # a half after its article: "circa la metà", "più della metà", "oltre la metà"
        before = _HALF_ARTICLE.sub(lambda m: " di " if m.group(1) else (" a " if m.group(2) else " "), before)
    return next((kind for kind, pattern in _BOUNDS if pattern.search(before)), None)


_SCALE_START = re.compile(r"(?:milion|million|miliard|billion)", re.IGNORECASE)
_HALF_ARTICLE = re.compile(r"\s+(?:(d)ella|(a)lla|la)\s*$", re.IGNORECASE)  # "inferiore alla metà": "inferiore a"


def number_agrees(c: Word, s: Word) -> bool:
    """Whether the sentence's number is the claim's, or meets the bound the claim gives it: 212 for "more
    than 200", 600 for "about 600" or "roughly 580". A bound the sentence gives too must be the same one:
    "oltre 6 milioni" misstates "oltre 60 milioni"."""
    if c.number == s.number:
        return True
    if c.number is None or s.number is None:
        return False
    cv, sv = float(c.number), float(s.number)
    if c.bound is None and cv.is_integer() and not sv.is_integer() and abs(sv - cv) < 0.5 and s.bound in (None, "~") \
            and not any(ch.isdigit() for ch in s.text):
        return True  # a fraction in words rounded: "67%" for "circa due terzi" (66.67)
    if c.bound is None or (s.bound is not None and c.bound != "~"):
        return False
    if c.bound == ">":
        return sv > cv
    if c.bound == "<":
        return sv < cv
    return abs(sv - cv) <= APPROXIMATELY * abs(cv)


def english_base(word: str) -> str:
    """A short English word without its inflection and final "e" ("filed", "files", "filing", "file" -> "fil";
    "needed" -> "need"), for the words the six-letter stem leaves apart; longer words, and bases shorter than three
    letters ("used"), are left whole."""
    if len(word) > 8 or not word.isascii() or word == "news":
        return word
    base = word
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and not word.endswith("ss") and len(word) - len(end) >= 3:
            base = word[:-len(end)]
            break
    return base[:-1] if base.endswith("e") and len(base) > 3 else base


def span_unit(words: Sequence[Word], pos: int) -> int | None:
    """The index of the unit of time right after the number at `pos` ("dodici settimane", "84 days"), or None."""
    k = pos + 1
    if words[pos].number is None or k >= len(words) or words[k].start - words[pos].end > 2:
        return None
    return k if words[k].norm in DURATION_KIND else None


def same_span(claim: Sequence[Word], i: int, sent: Sequence[Word], j: int) -> bool:
    """Whether two numbers with their units of time say one span in two units: "dodici settimane" and "84
    giorni", "two years" and "24 months" (a month is no fixed number of days: "sei mesi" is not "180 giorni")."""
    ui, uj = span_unit(claim, i), span_unit(sent, j)
    a = span_of(claim[i].number, claim[ui].norm) if ui is not None else None
    b = span_of(sent[j].number, sent[uj].norm) if uj is not None else None
    if a is None or b is None or a[1] == b[1] or a[0] != b[0]:
        return False
    x, y = a[2], b[2]
    return abs(x - y) <= (APPROXIMATELY * abs(x) if "~" in (claim[i].bound, sent[j].bound) else 1e-9 * abs(x))


ONE_BEFORE = re.compile(r"(?:\b(?:un|una|a|an)\s+|\bun['’]\s*)$", re.IGNORECASE)  # an article for "one"


def same_span_as_one(claim: Sequence[Word], i: int, sent: Sequence[Word], j: int, text: str) -> bool:
    """Whether the claim's number with its unit of time says the span a sentence gives with an article as its number:
    "in dodici mesi" and "in un anno", "seven days" and "a week" (`text`: the sentence)."""
    ui = span_unit(claim, i)
    if ui is None or sent[j].number is not None or sent[j].norm not in DURATION_KIND \
            or not ONE_BEFORE.search(text, max(0, sent[j].start - 6), sent[j].start):
        return False
    a, b = span_of(claim[i].number, claim[ui].norm), span_of("1", sent[j].norm)
    return a is not None and b is not None and a[1] != b[1] and a[0] == b[0] and abs(a[2] - b[2]) <= 1e-9 * abs(a[2])


_MAY_BEFORE = frozenset("in of since until till by from through early late mid during last next this".split())


def _month_may(toks, k: int) -> bool:
    """"May" the month, not the verb: capitalised, after "in", "since", "early" … or beside a day number or a
    year ("in May", "May 5", "5 May 2024"); "Theresa May" and "it may rain" stay out."""
    t = toks[k]
    if t.text != "May" or k == 0:
        return False
    before, after = toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    return (before.norm in _MAY_BEFORE or before.text.isdigit()
            or (after is not None and after.text.isdigit() and len(after.text) in (1, 2, 4)))


def _state_noun(toks, k: int) -> bool:
    """"stato" / "state" as a noun, not a participle: "segretario di stato", "capo dello stato", "secretary
    of state"."""
    return (toks[k].norm in ("stato", "stati", "state") and k > 0
            and toks[k - 1].norm in ("di", "dello", "degli", "del", "of"))


def _spelling(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()


def _alias(norm: str) -> str | None:
    key = _ALIAS_OF.get(norm)
    return key


# Words with their opposites (Italian and English, folded): embeddings put "grande" and "piccola"
# close together, so they must never match, and one in the other's slot is a conflict ("la terza
# città più piccola" against "la terza città più grande").
_OPPOSITE_PAIRS = [
    ("grande grandi maggiore maggiori large larger largest big bigger biggest",
     "piccolo piccola piccoli piccole minore minori small smaller smallest"),
    ("alto alta alti alte tall taller tallest high higher highest",
     "basso bassa bassi basse low lower lowest"),
    ("lungo lunga lunghi lunghe long longer longest", "corto corta corti corte breve brevi short shorter shortest"),
    ("primo primi first", "ultimo ultima ultimi ultime last"),
    ("prima before", "dopo after"),
    ("vecchio vecchia vecchi vecchie anziano anziana old older oldest", "giovane giovani young younger youngest"),
    ("vecchio vecchia vecchi vecchie old", "nuovo nuova nuovi nuove new"),
    ("vinto vinse vinsero vince vincono won wins", "perso perse persero perde perdono lost loses"),
    ("aumentato aumentata aumentati aumentate aumenta aumentano cresciuto cresciuta cresciuti cresciute cresce "
     "crescono salito salita saliti salite raddoppiato raddoppiata raddoppiati raddoppiate increased increases "
     "grew grows risen rose rises doubled tripled rise rising increase increasing aumento aumenti crescita growth",
     "diminuito diminuita diminuiti diminuite diminuisce diminuiscono calato calata calati calate cala calano "
     "sceso scesa scesi scese dimezzato dimezzata dimezzati dimezzate decreased decreases declined declines fell "
     "falls dropped drops halved fall falling decrease decreasing decline declining calo cali diminuzione "
     "riduzione flessione eased eases easing reduced reduces reduce reducing lowered ridotto ridotta ridotti ridotte "
     "riduce riducono abbassato abbassata abbassati abbassate"),
    # a draw against a win or a loss: "Il Perugia ha vinto" against "fermato sul pareggio"
    ("vinto vinse vinsero vince vincono won wins win vittoria victory",
     "pareggiato pareggiata pareggio pareggi pareggia drew draw drawn"),
    ("perso perse persero perde perdono lost loses sconfitta defeat", "pareggiato pareggiata pareggio pareggi "
     "pareggia drew draw drawn"),
    ("maschio maschi maschile maschili male men man", "femmina femmine femminile femminili female women woman"),
    ("iniziato iniziata inizio inizia began begins started", "finito finita finisce terminato terminata "
     "termino ended ends"),
    ("ricco ricca ricchi ricche rich richer richest", "povero povera poveri povere poor poorer poorest"),
    ("vivo viva vivi vive alive", "morto morta morti morte dead"),
    # the toll of a disaster: the dead are not the injured ("Quattro persone sono morte" against "ferendo
    # lievemente quattro persone", supported 0.41)
    ("morto morta morti morte morirono deceduto deceduta deceduti decedute ucciso uccisa uccisi uccise vittime "
     "died dead killed deaths fatalities", "ferito ferita feriti ferite ferendo ferendone injured injuring injuries "
     "wounded wounding hurt"),
    ("destra", "sinistra"),
    # a decision taken against one put off: "councillors also approved a 220-space park-and-ride" against "A separate
    # decision on a 220-space park-and-ride … was postponed"
    ("approvato approvata approvati approvate approva approvano approved approve approves",
     "rinviato rinviata rinviati rinviate rinvia rimandato rimandata rimandati rimandate postponed postpones "
     "postpone deferred defers"),
    # where along a river: "trecento metri a monte dello stabilimento" against "a valle dello stabilimento"
    ("monte upstream", "valle downstream"),
    # where on the land: "negli oliveti di collina" against "negli oliveti di pianura"
    ("pianura pianure lowland lowlands", "collina colline hill hills hillside hillsides"),
    # a verdict: "Luca De Sio è stato condannato" against "… Luca De Sio, è stato assolto"
    ("condannato condannata condannati condannate condanna convicted sentenced",
     "assolto assolta assolti assolte assoluzione acquitted acquittal"),
    # an effect or a position: "a stronger effect among children with asthma" against "the effect was weaker"
    ("forte forti stronger strongest", "debole deboli weaker weakest"),
    ("legale legali legal", "illegale illegali illegal"),
    ("maggioranza majority", "minoranza minority"),
    ("interno interna interni interne internal domestic", "esterno esterna esterni esterne external foreign"),
    ("persona person", "telefono telefonico telefonica telefonicamente telefonata phone telephone"),  # in person, by phone
    ("prossimo prossima vicino vicina imminente near nearby imminent", "lontano lontana distant remote"),
    ("precedente precedenti previous former", "attuale attuali current incumbent"),
    ("democratico democratica democratici democratiche democratic democrat democrats",
     "repubblicano repubblicana repubblicani repubblicane republican republicans"),  # the two US parties
    ("concordato concordata concordati concordate concordano concordarono concordi agreed agree agrees",
     "disaccordo discordi dissentito disagreed disagree disagrees"),
    ("aperto aperta aperti aperte apre aprono riaperto riaperta riaperti riaperte open opens opened reopened",
     "chiuso chiusa chiusi chiuse chiude chiudono closed close closes shut"),
    ("miglioramento miglioramenti migliora migliorano migliorato migliorata improvement improvements improve "
     "improves improved", "peggioramento peggioramenti peggiora peggiorano peggiorato peggiorata worsening worsen "
     "worsens worsened deterioration"),
    # votes and decisions: "24 voti a favore" / "12 contrari", "approvato" / "respinto" ("contro" is a
    # stopword, never a content word to compare)
    ("favore favorevole favorevoli favour favor", "contrario contraria contrari contrarie against"),
    # what someone says of a report: "Ravera ha ammesso che i turni sono stati allungati" against "Ravera ha
    # smentito che i turni siano stati allungati"
    ("ammesso ammette ammettono ammettere confermato confermata conferma confermano confermare admitted admits "
     "admit acknowledged acknowledges confirmed confirms confirm", "smentito smentita smentisce smentiscono "
     "smentire negato negata nega negano negare denied denies deny"),
    # a price or a result: "Il prezzo finale è stato superiore a quello dell'offerta" against "è inferiore agli 80
    # milioni indicati nell'offerta"; "un utile netto di 3,7 milioni" against "una perdita netta di 3,7 milioni"
    ("superiore superiori", "inferiore inferiori"),
    ("utile utili profit profits", "perdita perdite loss losses"),
    # a year's balance: "ended the year with a deficit of £12,000" against "a surplus of £12,000"
    ("surplus surpluses avanzo", "deficit deficits disavanzo"),
    ("approvato approvata approvati approvate approva approvano approved approve approves",
     "respinto respinta respinti respinte respinge respingono bocciato bocciata bocciati bocciate rejected reject "
     "rejects"),
    # posts filled or not: "Most of the 22 posts … are currently filled" against "22 … posts …, of which nine are
    # currently vacant"
    ("filled occupied occupato occupata occupati occupate", "vacant vacante vacanti unfilled"),
    # keeping a thing against losing it: "tenants aged over 65 will lose their discount" against "will keep their 50 per
    # cent discount"
    ("keep keeps kept retain retains retained mantiene mantengono manterrà manterranno mantenuto mantenuta conserva "
     "conservano conserverà conserveranno conservato conservata", "lose loses lost losing perde perdono perderà "
     "perderanno perso persa persi perse"),
]
# What a question asks to happen against the state a sentence gives ("Quando riaprirà …?" against "chiuso da
# marzo"): opposites for a question only; "will reopen in January" is no conflict with "closed since March".
_ASKED_OPPOSITE_PAIRS = [
    ("aprire aprirà apriranno riaprire riaprirà riapriranno riapre riaprono riapertura reopen reopens reopening",
     "chiuso chiusa chiusi chiuse chiusura chiudere closed shut closing"),
    ("chiudere chiuderà chiuderanno richiudere close closes closing", "aperto aperta aperti aperte apertura open"),
]
_OPPOSITES: dict[str, set[str]] = {}
_ASKED_OPPOSITES: dict[str, set[str]] = {}
for _pairs, _table in ((_OPPOSITE_PAIRS, _OPPOSITES), (_ASKED_OPPOSITE_PAIRS, _ASKED_OPPOSITES)):
    for _a, _b in _pairs:
        for _x, _y in ((_a, _b), (_b, _a)):
            for _w in _x.split():
                _table.setdefault(fold(_w), set()).update(fold(v) for v in _y.split())


# News words and their translations or near synonyms (Italian and English, folded) that word embeddings
# place too far apart to match ("envoy" and "inviato" 0.58, "adviser" and "consigliere" 0.65): an English
# question about an Italian article turns on them ("Who is Trump's envoy?").
_SAME_MEANING = [
    "envoy envoys emissary emissaries inviato inviata inviati emissario emissari",
    "adviser advisers advisor advisors consigliere consiglieri",
    "secretary segretario segretaria",
    "spokesman spokeswoman spokesperson portavoce",
    "ambassador ambassadors ambasciatore ambasciatrice ambasciatori",
    "negotiator negotiators negoziatore negoziatori negoziatrice",
    "talks negotiations colloqui negoziati trattative",
    "summit summits vertice vertici",
    "call phone telefonata chiamata telefonate chiamate telefonico telefonica",
    "meeting meetings incontro incontri riunione riunioni",
    "experts expert specialists specialist esperti esperto tecnici",
    "agreement deal accordo intesa",
    "ceasefire truce tregua",
    "sanctions sanzioni",
    "lawmaker lawmakers legislator parlamentare parlamentari",
    "official officials funzionario funzionari",
    # who wanted it: "su iniziativa di Washington", "at the request of the US side", "voluta da Mosca"
    "initiative initiated iniziativa request requested richiesta richiesto voluto voluta voluti volute volle "
    "vollero volere",
    "reported report reports riporta riportato riportata riportano riferisce riferito riferita riferiscono",
    "regular regularly periodic periodically regolari regolare regolarmente periodici periodicamente",
    "agency agenzia",
    "delegation delegations delegazione delegazioni",
    "minister ministro ministra",
    "ministry ministero",
    "foreign esteri estero estera",
    "defence defense difesa",
    # data shown to the press: "I dati sono stati presentati" and "illustrati"
    "presented presentato presentata presentati presentate illustrato illustrata illustrati illustrate",
    # units of measure and their short forms ("150 chili" is "150 chilogrammi")
    "chilo chili chilogrammo chilogrammi kg kilo kilos kilogram kilograms kilogramme kilogrammes",
    "chilometro chilometri km kilometre kilometres kilometer kilometers",
    "metro metri meter meters metre metres",
    "tonnellata tonnellate tonne tonnes ton tons",
    "litro litri litre litres liter liters",
    "euro euros",
    "dollaro dollari dollar dollars",
    "sterlina sterline pound pounds",
]
# days of the week in English and Italian: the same day ("Monday", written as a name, is "lunedì"), and
# two days never match (months stay with the dates: as names they were measured better)
CALENDAR = {fold(w): k for k, pair in enumerate("""monday lunedi|tuesday martedi|wednesday mercoledi|thursday giovedi
|friday venerdi|saturday sabato|sunday domenica""".split("|")) for w in pair.split()}
_SAME: dict[str, int] = {fold(w): k for k, group in enumerate(_SAME_MEANING) for w in group.split()}
SYNONYM = 0.9  # a listed translation or synonym


def same_meaning(a: str, b: str) -> bool:
    """Whether two folded words are listed as translations or synonyms ("envoy" and "inviato"), or
    one names a news outlet the other stands for ("agenzia" and "Tass", "outlet" and "Politico")."""
    return (a in _SAME and _SAME[a] == _SAME.get(b)) or (a in _OUTLET_WORDS and b in _OUTLETS) or (
        b in _OUTLET_WORDS and a in _OUTLETS)


# news agencies and outlets (one-word names), and the words that ask for one: who reported a story
# is what an attribution names ("Lo riporta la Tass"), and "Quale agenzia …?" asks for it
_OUTLETS = frozenset(fold(w) for w in """tass ria interfax reuters afp ansa adnkronos agi dpa efe xinhua kyodo
yonhap anadolu bloomberg politico axios cnn bbc nbc cbs msnbc kommersant izvestia""".split())
_OUTLET_WORDS = frozenset(fold(w) for w in """agenzia agenzie agency agencies outlet outlets testata testate
giornale giornali newspaper newspapers quotidiano quotidiani""".split())


def opposite(a: str, b: str) -> bool:
    """Whether two folded words are opposites ("grande" and "piccola", "first" and "last")."""
    return b in _OPPOSITES.get(a, ())


def asked_opposite(a: str, b: str) -> bool:
    """Whether a question's word and a sentence's are opposites, what it asks to happen against the state
    the sentence gives included ("riaprirà" and "chiuso")."""
    return opposite(a, b) or b in _ASKED_OPPOSITES.get(a, ())




# the countries each region holds (of those PLACES knows): a region and a country it holds never conflict
_REGION_MEMBERS = {
    "place:eu": {"place:it", "place:fr", "place:de", "place:es", "place:gb", "place:gr", "place:pl", "place:be",
                 "place:nl", "place:ch", "place:at", "place:hu", "place:se", "place:no", "place:fi", "place:dk",
                 "place:pt", "place:ie", "place:by", "place:ua", "place:ru", "place:tr"},
    "place:me": {"place:il", "place:ps", "place:ir", "place:iq", "place:sy", "place:tr", "place:eg", "place:lb",
                 "place:jo", "place:sa", "place:qa", "place:ae"},
    "place:asia": {"place:cn", "place:jp", "place:in", "place:pk", "place:kr", "place:kp", "place:ru", "place:tr",
                   "place:il", "place:ps", "place:ir", "place:iq", "place:sy", "place:lb", "place:jo", "place:sa",
                   "place:qa", "place:ae"},
    "place:af": {"place:eg", "place:za"},
}
# regions hold countries: "Europe" may be said of Italy, "Medio Oriente" of Israel (they match as before)
_REGIONS = frozenset(_REGION_MEMBERS)


def within_region(a: str, b: str) -> bool:
    """Whether one place is a region holding the other ("Europa" and "Italia"), or both the same region."""
    return a == b or b in _REGION_MEMBERS.get(a, ()) or a in _REGION_MEMBERS.get(b, ())


def similarity_matrix(claim: Sequence[Word], sent: Sequence[Word], vectors: WordVectors,
                      cross_lingual: bool = False) -> np.ndarray:
    """Word-by-word similarity in [0, 1]: 1 for the same word, number, place or alias, else cosine. Where the claim is
    in the other language than the sentence (`cross_lingual`), an Italian word and its English translation in
    MultiWordNet match as TRANSLATION (`lexicon.translates`)."""
    if not claim or not sent:
        return np.zeros((len(claim), len(sent)), dtype=np.float32)
    vc = vectors.get([w.text.lower() for w in claim])
    vs = vectors.get([w.text.lower() for w in sent])
    sim = np.clip(vc @ vs.T, 0.0, 1.0) if vc.shape[1] > 1 else np.zeros((len(claim), len(sent)), np.float32)
    stated = {w.number for w in claim if w.number is not None}  # "under five" meets no "less than 10%"
    for i, c in enumerate(claim):
        for j, s in enumerate(sent):
            if c.number is not None or s.number is not None:
                sim[i, j] = 1.0 if c.number == s.number or (s.number not in stated and number_agrees(c, s)) else 0.0
                if c.number is not None and s.number is not None and c.number != s.number and same_span(claim, i, sent, j):
                    # one span of time in two units: "dodici settimane", "84 giorni" (the units match too, below)
                    sim[i, j] = sim[span_unit(claim, i), span_unit(sent, j)] = 1.0
            elif opposite(c.norm, s.norm):
                sim[i, j] = 0.0  # "piccola" never matches "grande"
            elif calendar_slot(c.norm) is not None and calendar_slot(s.norm) is not None:
                # "Monday" is "lunedì", not "martedì"; "November" is "novembre", not "dicembre"; "third" is
                # "terzo", not "second"
                sim[i, j] = float(calendar_slot(c.norm) == calendar_slot(s.norm))
            elif same_meaning(c.norm, s.norm):
                sim[i, j] = max(sim[i, j], SYNONYM)  # "envoy" and "inviato"
            elif c.stem == s.stem or (_alias(c.norm) is not None and _alias(c.norm) == _alias(s.norm)):
                sim[i, j] = 1.0
            elif c.place is not None and c.place == s.place:
                # "Mosca" and "Russia" are the same place; "Mosca" and "russo" only related
                sim[i, j] = SAME_PLACE if c.is_name == s.is_name else DEMONYM_MATCH
            elif c.place is not None and s.place is not None and not {c.place, s.place} & _REGIONS:
                sim[i, j] = 0.0  # two countries never match: "autorità francesi" against "spagnole"
            elif c.is_name and s.is_name and len(c.norm) > 3 and _spelling(c.norm, s.norm) >= 0.85:
                sim[i, j] = SAME_PLACE  # "Arjit" and "Arijit": one name spelled two ways
            elif (cross_lingual and not (c.is_name or s.is_name) and sim[i, j] < TRANSLATION
                  and translates(c.norm, s.norm)):
                sim[i, j] = TRANSLATION  # an Italian word and its English translation: "consiglio" ~ "council"
            elif (min(len(c.norm), len(s.norm)) >= 5 and sim[i, j] < TRANSLATION
                  and _spelling(c.norm, s.norm) >= COGNATE):
                sim[i, j] = TRANSLATION  # cognates across languages: "Republican" ~ "repubblicano"
            elif c.is_name and s.is_name or (c.is_name or s.is_name) and sim[i, j] < TRANSLATION:
                # names only match exactly; a capitalised adjective may translate a plain word
                # ("Republican" ~ "repubblicano")
                sim[i, j] = min(sim[i, j], NAME_SOFT_CAP)
    return sim


@dataclass
class Aligned:
    """One evidence sentence aligned to the claim."""

    index: int  # position in the evidence list
    words: list[Word]
    sim: np.ndarray  # (claim words, sentence words)
    best: np.ndarray  # best similarity per claim word
    where: np.ndarray  # best sentence word per claim word (-1 when the sentence is empty)

    def matched_share(self, claim: Sequence[Word], skip: int | Collection[int] = -1) -> float:
        """Weighted share of the claim's words this sentence matches (soft matches included), leaving out
        claim word `skip` (an index or several) when given."""
        skips = {skip} if isinstance(skip, int) else set(skip)
        total = sum(w.weight for k, w in enumerate(claim) if k not in skips)
        return sum(w.weight for k, (w, b) in enumerate(zip(claim, self.best))
                   if k not in skips and b >= MATCH) / total if total else 0.0

    def coverage(self, claim: Sequence[Word], *, soft: bool) -> float:
        total = sum(w.weight for w in claim)
        if not total:
            return 0.0
        got = sum(w.weight * (b if soft else float(b >= EXACT)) for w, b in zip(claim, self.best))
        return got / total


def align(claim: Sequence[Word], index: int, text: str, vectors: WordVectors, cross_lingual: bool = False) -> Aligned:
    words = content_words(text, counts_kept=True)
    sim = similarity_matrix(claim, words, vectors, cross_lingual)
    if sim.shape[1]:
        best, where = sim.max(axis=1), sim.argmax(axis=1)
    else:
        best, where = np.zeros(len(claim)), np.full(len(claim), -1)
    return Aligned(index, words, sim, best, where)


MONTH_NUMBER = {fold(w): k % 12 for k, w in enumerate(MONTHS)}


def calendar_slot(norm: str) -> tuple[str, int] | None:
    """A weekday ("day", 0-6), a month ("month", 0-11) or an ordinal ("ordinal", 1-10), in either language;
    None for other words. Each matches the same one only, and another one in its place conflicts."""
    if norm in CALENDAR:
        return "day", CALENDAR[norm]
    if norm in MONTH_NUMBER:  # "may" the verb is no content word: "May" the month is (`_month_may`)
        return "month", MONTH_NUMBER[norm]
    if norm in _ORDINALS:
        return "ordinal", _ORDINALS[norm]
    return None


# "Sinner won his third Wimbledon title" was supported against "his second Wimbledon title": ordinal words
# were near words. ("secondo" is also "according to", but a claim's source is matched apart, and "secondo
# il Cremlino" has no ordinal to stand against; ordinals in digits, "12th", "il 3º posto", are numbers.)
_ORDINALS = {w: n for n, words in enumerate((
    "first primo prima primi", "second secondo seconda secondi seconde", "third terzo terza terzi terze",
    "fourth quarto quarta quarti quarte", "fifth quinto quinta quinti quinte", "sixth sesto sesta sesti seste",
    "seventh settimo settima settimi settime", "eighth ottavo ottava ottavi ottave", "ninth nono nona noni",
    "tenth decimo decima decimi decime"), start=1) for w in words.split()}
