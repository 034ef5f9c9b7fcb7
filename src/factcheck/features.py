"""Features of a claim (or question) against its evidence sentences, for the learned verifier.

The heart is a word alignment: every content word of the claim is matched to its closest word
in each evidence sentence. Words match exactly (same stem, same number, same place or alias), or
softly by the cosine of their embeddings, which makes the matching cross-lingual ("defence" ~
"difesa", "call" ~ "telefonata"). Names and numbers only match exactly: "Obama" is not "Trump"
however close their vectors are. From the alignment come coverage, unmatched words, and
conflicts: a claim word whose place in the sentence holds another word ("Mosca" where the
article says "Washington", "2014" against "2016", "defence" against "Esteri"), and negation on
one side only.

An NLI judge (`judge.py`) can add its probabilities of entailment, contradiction and neutral for
every (evidence sentence, claim) pair (`JUDGE_FEATURES`); for a question, entailment reads "this
sentence answers it". The verifier also takes each citation's stance from them.

Extra features can be added by hooks: a hook is any object with `name` and
`features(claim, sentences) -> dict[str, float]`.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np

from .retrieve import Evidence
from .signals import (CORRECTION_RE, DEMONYMS, DURATION_UNITS, MEDIUM_RE, MONTHS, TIME_WORDS, Mention, _ALIAS_OF,
                      _DEMONYM_OF, answer_candidates, answer_type, attributed, debunks, names, negated, numbers,
                      place_spans, polarity, relays)
from .text import QUESTION_WORDS, STOPWORDS, fold, stem, tokens
from .types import Conflict, Kind

MATCH = 0.62  # a soft match at or above this counts as the same word
UNMATCHED = 0.45  # below this a claim word is not in the sentence at all
NAME_SOFT_CAP = 0.4  # names and numbers never match softly
EXACT = 0.99  # at or above: the same word, number, name or place
SAME_PLACE = 0.995  # another name of the same place; below the same word, so alignment prefers that
DEMONYM_MATCH = 0.7  # a place and its nationality adjective ("Moscow" ~ "russo")
TRANSLATION = 0.8  # a name and a plain word this close translate each other
COGNATE = 0.8  # spellings this alike (difflib ratio) are one word in two languages
STRONG_MATCH = 0.75  # a soft match this close is a translation or a synonym, not a related word
ABOUT = 0.5  # a sentence whose soft coverage of the claim reaches this is about the claim
KIND_MATCH = MATCH  # the kind of thing a claim says its subject is, matched below this: another kind
DEBUNK_ABOUT = 0.25  # a sentence calling something false must match this much of the claim to be about it
# Sentences whose union is read as the evidence: a claim may state several facts from several
# sentences; a question's answer sits in one or two, and a wider union makes it look answered.
TOP = {Kind.CLAIM: 4, Kind.QUESTION: 3}

# A few verbs and auxiliaries carry no content of their own ("will", "sarà", "has").
_LIGHT = frozenset("""
will would shall should can could may might must do does did done doing get got make made being been
essere stato stata stati state sara saranno sarebbe sarebbero era erano fu furono e sono ha hanno ho
avere avuto aveva avevano fare fatto fa fanno ci si ne molto very really quite also anche ancora
""".split())

CLAIM_FEATURES = (
    "sim_top1", "sim_max", "sim_best", "sim_gap",
    "cov_exact_best", "cov_soft_best", "cov_exact_union", "cov_soft_union",
    "min_soft_best", "min_soft_union", "unmatched_best", "unmatched_union", "frac_unmatched_union",
    "precision_best", "n_claim_words", "n_claim_names", "n_claim_numbers",
    "names_missing_union", "names_missing_best", "name_subst", "place_conflict",
    "num_conflict", "num_match", "year_conflict", "slot_subst", "slot_subst_soft",
    "neg_claim", "neg_best", "neg_mismatch", "neg_mismatch_scoped", "neg_implicit_mismatch",
    "attr_claim", "attr_best", "rank_best", "ev_len_best", "identity_bound", "identity_other",
    "pred_cov_best", "pred_cov_union", "pred_unmatched_union", "exclusive_claim", "conflict_explained",
)
JUDGE_FEATURES = (
    "judge_ent_max", "judge_con_max", "judge_neu_min", "judge_ent_best", "judge_con_best", "judge_ent_top1",
    "judge_con_at_ent", "judge_margin",
)
# No exact-word coverage for questions: an English question about an Italian article shares few
# words with it, and SQuAD-it (Italian questions on Italian text) would teach the model to demand them.
QUESTION_FEATURES = (
    "sim_max", "cov_soft_union", "cov_soft_best", "min_soft_union", "unmatched_union",
    "names_missing_union", "n_claim_words", "n_claim_names", "atype_known", "atype_found_best",
    "atype_found_union", "atype_found_any",
)


class FeatureHook(Protocol):
    """Extra features from another model, e.g. an NLI judge's probabilities for the best sentences."""

    name: str

    def features(self, claim: str, sentences: Sequence[str]) -> dict[str, float]:
        ...


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


# "65 aC": written "a.C." the era is two single letters, which are no content words; "aC" is not one either
_ERA = frozenset("aC dC AC DC BC AD BCE CE".split())


def content_words(text: str) -> list[Word]:
    """The content words of a text, with names, numbers and places marked."""
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
    for k, t in enumerate(toks):
        if t.start < covered:
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
        if (t.norm in STOPWORDS or t.norm in QUESTION_WORDS or len(t.norm) < 2 or t.text in _ERA) \
                and (t.start, t.end) not in nums and not _state_noun(toks, k) and not capital_place and not acronym:
            continue
        number = nums.get((t.start, t.end))
        place = named_place or _DEMONYM_OF.get(t.norm)
        # "Russian" is capitalised in English but is an adjective, not a name
        is_name = (any(s <= t.start < e for s, e in name_spans) and not t.text.isdigit()
                   and not (named_place is None and t.norm in _DEMONYM_OF)) or capital_place or acronym
        light = t.norm in _LIGHT and not _state_noun(toks, k)
        weight = 2.0 if (is_name or number) else (0.3 if light else 1.0)
        out.append(Word(t.text, t.norm, stem(t.norm), t.start, t.end, len(out), is_name, number, place, weight,
                        _bound(text, t.start) if number is not None else None))
    return out


_BOUNDS = [(">", re.compile(r"\b(?:more\s+than|over|above|at\s+least|in\s+excess\s+of|exceeding|oltre|più\s+di|piu\s+di|"
                            r"almeno|superiore\s+a|sopra\s+(?:i|le|a)?)\s*$", re.I)),
           ("<", re.compile(r"\b(?:less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|meno\s+di|"
                            r"fino\s+a|al\s+massimo|inferiore\s+a|sotto\s+(?:i|le)?)\s*$", re.I)),
           ("~", re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|circa|quasi|"
                            r"intorno\s+a(?:i|lle|gli)?|attorno\s+a(?:i|lle|gli)?|poco\s+(?:più|meno)\s+di)\s*$", re.I))]
APPROXIMATELY = 0.1  # "about 600" holds for a number within a tenth of it


def _bound(text: str, start: int) -> str | None:
    """How a number at `start` is said: as a bound (">" more than, "<" up to, "~" about) or exactly (None)."""
    before = text[max(0, start - 24):start]
    return next((kind for kind, pattern in _BOUNDS if pattern.search(before)), None)


def number_agrees(c: Word, s: Word) -> bool:
    """Whether the sentence's number is the claim's, or meets the bound the claim gives it: 212 for "more
    than 200", 600 for "about 600" or "roughly 580". A bound the sentence gives too must be the same one:
    "oltre 6 milioni" misstates "oltre 60 milioni"."""
    if c.number == s.number:
        return True
    if c.bound is None or c.number is None or s.number is None or (s.bound is not None and c.bound != "~"):
        return False
    cv, sv = float(c.number), float(s.number)
    if c.bound == ">":
        return sv > cv
    if c.bound == "<":
        return sv < cv
    return abs(sv - cv) <= APPROXIMATELY * abs(cv)


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
     "riduzione flessione eased eases easing"),
    # a draw against a win or a loss: "Il Perugia ha vinto" against "fermato sul pareggio"
    ("vinto vinse vinsero vince vincono won wins win vittoria victory",
     "pareggiato pareggiata pareggio pareggi pareggia drew draw drawn"),
    ("perso perse persero perde perdono lost loses sconfitta defeat", "pareggiato pareggiata pareggio pareggi "
     "pareggia drew draw drawn"),
    ("maschio maschi maschile maschili male", "femmina femmine femminile femminili female"),
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
    ("approvato approvata approvati approvate approva approvano approved approve approves",
     "respinto respinta respinti respinte respinge respingono bocciato bocciata bocciati bocciate rejected reject "
     "rejects"),
]
# What a question asks to happen against the state a sentence gives ("Quando riaprirà …?" against "chiuso da
# marzo"): opposites for a question only; "will reopen in January" is no conflict with "closed since March".
_ASKED_OPPOSITE_PAIRS = [
    ("aprire aprirà apriranno riaprire riaprirà riapriranno riapre riaprono riapertura reopen reopens reopening",
     "chiuso chiusa chiusi chiuse chiusura closed shut"),
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
]
# days of the week in English and Italian: the same day ("Monday", written as a name, is "lunedì"), and
# two days never match (months stay with the dates: as names they were measured better)
_CALENDAR = {fold(w): k for k, pair in enumerate("""monday lunedi|tuesday martedi|wednesday mercoledi|thursday giovedi
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


def _within_region(a: str, b: str) -> bool:
    """Whether one place is a region holding the other ("Europa" and "Italia"), or both the same region."""
    return a == b or b in _REGION_MEMBERS.get(a, ()) or a in _REGION_MEMBERS.get(b, ())


def similarity_matrix(claim: Sequence[Word], sent: Sequence[Word], vectors: WordVectors) -> np.ndarray:
    """Word-by-word similarity in [0, 1]: 1 for the same word, number, place or alias, else cosine."""
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
            elif opposite(c.norm, s.norm):
                sim[i, j] = 0.0  # "piccola" never matches "grande"
            elif _calendar(c.norm) is not None and _calendar(s.norm) is not None:
                # "Monday" is "lunedì", not "martedì"; "November" is "novembre", not "dicembre"; "third" is
                # "terzo", not "second"
                sim[i, j] = float(_calendar(c.norm) == _calendar(s.norm))
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

    def matched_share(self, claim: Sequence[Word], skip: int = -1) -> float:
        """Weighted share of the claim's words this sentence matches (soft matches included), leaving out
        claim word `skip` when given."""
        total = sum(w.weight for k, w in enumerate(claim) if k != skip)
        return sum(w.weight for k, (w, b) in enumerate(zip(claim, self.best))
                   if k != skip and b >= MATCH) / total if total else 0.0

    def coverage(self, claim: Sequence[Word], *, soft: bool) -> float:
        total = sum(w.weight for w in claim)
        if not total:
            return 0.0
        got = sum(w.weight * (b if soft else float(b >= EXACT)) for w, b in zip(claim, self.best))
        return got / total


def align(claim: Sequence[Word], index: int, text: str, vectors: WordVectors) -> Aligned:
    words = content_words(text)
    sim = similarity_matrix(claim, words, vectors)
    if sim.shape[1]:
        best, where = sim.max(axis=1), sim.argmax(axis=1)
    else:
        best, where = np.zeros(len(claim)), np.full(len(claim), -1)
    return Aligned(index, words, sim, best, where)


@dataclass
class Extraction:
    """Features plus what the explanation needs (best sentence, alignments, conflicts)."""

    values: dict[str, float]
    best: int  # index into the evidence of the best-matching sentence
    supporting: list[int]  # evidence indices that together cover the claim
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_sentences: list[int] = field(default_factory=list)
    conflict_at: list[int] = field(default_factory=list)  # the evidence index of each of `conflicts`
    relaying: list[int] = field(default_factory=list)  # sentences that relay what a post or a headline says
    judge: np.ndarray | None = None  # (evidence, 3) NLI probabilities in judge.LABELS order, when judged
    question: bool = False

    def add_judge(self, probs: np.ndarray) -> None:
        """Record the judge's probabilities for each evidence sentence and their features.

        For a question, a sentence the judge reads as not neutral speaks to it: "Who will not take
        part in the talks?" against "Non ci saranno … né … Keith Kellogg" reads as a contradiction
        (0.80), though it is the answer; so contradiction counts as answering."""
        self.judge = np.asarray(probs, dtype=np.float64)
        if self.question and len(self.judge):
            self.judge = np.column_stack([self.judge[:, 0] + self.judge[:, 1], np.zeros(len(self.judge)),
                                          self.judge[:, 2]])
        self.values.update(judge_features(self.judge, self.best))


def judge_features(probs: np.ndarray, best: int) -> dict[str, float]:
    """Features from an NLI judge's (entailment, contradiction, neutral) rows, one per evidence sentence."""
    probs = np.asarray(probs, dtype=np.float64)
    if probs.size == 0:
        return {}
    ent, con, neu = probs[:, 0], probs[:, 1], probs[:, 2]
    top_ent = int(np.argmax(ent))
    best = best if 0 <= best < len(probs) else 0
    return {
        "judge_ent_max": float(ent.max()),
        "judge_con_max": float(con.max()),
        "judge_neu_min": float(neu.min()),
        "judge_ent_best": float(ent[best]),
        "judge_con_best": float(con[best]),
        "judge_ent_top1": float(ent[0]),
        "judge_con_at_ent": float(con[top_ent]),  # the sentence most likely to entail it: does it rather deny?
        "judge_margin": float(ent.max() - con.max()),
    }


class FeatureExtractor:
    """Features of a claim or a question against its evidence sentences (see the module doc)."""

    def __init__(self, embedder=None, *, hooks: Sequence[FeatureHook] = (), vectors: WordVectors | None = None,
                 judge=None, judge_kinds=(Kind.CLAIM,)):
        self.vectors = vectors or WordVectors(embedder)
        self.hooks = list(hooks)
        self.judge = judge  # anything with predict([(premise, hypothesis), ...]) -> (n, 3) probabilities
        self.judge_kinds = frozenset(judge_kinds)  # claims, questions or both are judged

    def extract(self, query: str, evidence: Sequence[Evidence], *, kind: Kind) -> Extraction:
        claim = content_words(query)
        # "La Tass riferisce che …", "According to Politico, …": what is said is matched; who says it is
        # checked against who the article says says it (`_source_conflict`)
        source = claim_source(query) if kind is Kind.CLAIM else None
        if source is not None:
            claim = [w for w in claim if w.start >= source.content] or claim
        aligned = [align(claim, i, e.sentence.text, self.vectors) for i, e in enumerate(evidence)]
        # a change the claim states ("rose by eight percentage points") matches the figure a sentence gives with
        # the value it moved from ("61%, up from 53%")
        for k, w in enumerate(claim):
            for i, e in enumerate(evidence if w.number is not None else ()):
                now = _change_of(w, query, aligned[i], e.sentence.text)
                if now is not None:
                    aligned[i].sim[k, now.pos] = aligned[i].best[k] = 1.0
                    aligned[i].where[k] = now.pos
        values: dict[str, float] = {}
        if not evidence:
            return Extraction({}, -1, [])
        sims = [e.similarity for e in evidence]
        covs = [a.coverage(claim, soft=True) for a in aligned]
        best = max(range(len(evidence)), key=lambda i: (covs[i] + 0.5 * sims[i], -i))
        ranked = sorted(range(len(evidence)), key=lambda i: -(covs[i] + 0.5 * sims[i]))
        top = ranked[:TOP[kind]]
        # a sentence further down that names what the claim names and no top sentence does joins them:
        # "Lavrov e Rubio hanno discusso della Palestina" is decided where "Palestina" stands
        for i in ranked[TOP[kind]:]:
            if any(w.is_name and aligned[i].best[k] >= EXACT and all(aligned[j].best[k] < EXACT for j in top)
                   for k, w in enumerate(claim)):
                top.append(i)
        b = aligned[best]
        union_best = np.max(np.stack([aligned[i].best for i in top]), axis=0) if claim else np.zeros(0)
        weights = np.array([w.weight for w in claim]) if claim else np.zeros(0)
        wsum = float(weights.sum()) or 1.0
        exact_union = np.max(np.stack([aligned[i].best >= EXACT for i in top]), axis=0) if claim else np.zeros(0)

        values["sim_top1"] = sims[0]
        values["sim_max"] = max(sims)
        values["sim_best"] = sims[best]
        values["sim_gap"] = sims[0] - (sorted(sims)[-2] if len(sims) > 1 else 0.0)
        values["cov_exact_best"] = b.coverage(claim, soft=False)
        values["cov_soft_best"] = covs[best]
        values["cov_exact_union"] = float((weights * exact_union).sum() / wsum)
        values["cov_soft_union"] = float((weights * union_best).sum() / wsum)
        values["min_soft_best"] = float(b.best.min()) if claim else 0.0
        values["min_soft_union"] = float(union_best.min()) if claim else 0.0
        values["unmatched_best"] = float(sum(w.weight for w, s in zip(claim, b.best) if s < UNMATCHED))
        values["unmatched_union"] = float(sum(w.weight for w, s in zip(claim, union_best) if s < UNMATCHED))
        values["frac_unmatched_union"] = values["unmatched_union"] / wsum
        matched_sent = set(int(j) for s, j in zip(b.best, b.where) if s >= MATCH)
        values["precision_best"] = len(matched_sent) / max(1, len(b.words))
        values["n_claim_words"] = math.log1p(len(claim))
        claim_names = [w for w in claim if w.is_name]
        values["n_claim_names"] = float(len(claim_names))
        values["n_claim_numbers"] = float(sum(1 for w in claim if w.number is not None))
        name_idx = [i for i, w in enumerate(claim) if w.is_name]
        values["names_missing_union"] = (sum(1 for i in name_idx if union_best[i] < TRANSLATION) / len(name_idx)
                                         if name_idx else 0.0)
        values["names_missing_best"] = (sum(1 for i in name_idx if b.best[i] < TRANSLATION) / len(name_idx)
                                        if name_idx else 0.0)
        # the predicate: what the claim says about its names (the names alone are in every sentence)
        plain = [i for i, w in enumerate(claim) if not w.is_name and w.number is None and w.weight >= 1.0]
        values["pred_cov_best"] = float(np.mean([b.best[i] for i in plain])) if plain else 1.0
        values["pred_cov_union"] = float(np.mean([union_best[i] for i in plain])) if plain else 1.0
        values["pred_unmatched_union"] = float(sum(1 for i in plain if union_best[i] < UNMATCHED))
        values["atype_known"] = 0.0
        values["rank_best"] = float(best)
        values["ev_len_best"] = math.log1p(len(b.words))
        values["attr_claim"] = float(attributed(query))
        values["attr_best"] = float(attributed(evidence[best].sentence.text))
        values["n_claim_words"] = math.log1p(len(claim))

        extraction = Extraction(values, best, _supporting(claim, aligned, top, best), question=kind is Kind.QUESTION)
        if kind is Kind.QUESTION:
            self._question(query, evidence, aligned, top, best, extraction)
        else:
            self._conflicts(query, claim, evidence, aligned, top, best, extraction, source)
        if self.judge is not None and kind in self.judge_kinds:
            said = query[source.content:] if source is not None else query
            extraction.add_judge(self.judge.predict([(e.sentence.text, said) for e in evidence]))
        for hook in self.hooks:
            texts = [evidence[i].sentence.text for i in top]
            for key, value in hook.features(query, texts).items():
                values[f"{hook.name}:{key}"] = float(value)
        return extraction

    def _source_conflict(self, query: str, source: ClaimSource, evidence: Sequence[Evidence],
                         best: int) -> Conflict | None:
        """The article's source for the claim's best sentence when it is not the claim's: named in that
        sentence ("Secondo la Tass, …", "Il Cremlino ha sottolineato che …", "…, ha aggiunto il
        Ministero") or by the next sentence of the article when it is retrieved too ("Lo riferisce
        Politico …"); None when the article names none there or names the claim's."""
        mine = content_words(query[:source.end])
        mine = [w for w in mine if w.start >= source.start]
        if not mine:
            return None
        sent = evidence[best].sentence
        found = [(sent, s, e, whole) for s, e, whole in article_sources(sent.text)]
        following = _next_sentence(evidence, best)
        m = ANAPHORIC_ATTRIBUTION.match(following.text) if following is not None else None
        if m:
            found.append((following, m.start("src"), m.end("src"), True))
        # a source said of the whole sentence grounds a conflict; one in a phrase only spares the claim's
        if not any(whole for *_, whole in found):
            return None
        theirs = [w for where, s, e, _ in found for w in content_words(where.text[s:e])]
        if not theirs:
            return None
        sim = similarity_matrix(mine, theirs, self.vectors)
        names = [i for i, w in enumerate(mine) if w.is_name]
        # a name is the same name (or an alias: "Kremlin" / "Cremlino"), not a related word ("Reuters" and
        # "agency"); a source named by common nouns ("the Russian foreign ministry") may be a translation
        if (any(sim[i].max() >= EXACT for i in names) if names
                else any(sim[i].max() >= MATCH for i in range(len(mine)))):
            return None  # the article's source is the claim's
        where, s, e, _ = next(f for f in found if f[3])
        s, e = _source_name(where.text, s, e)
        cs, ce = _source_name(query, source.start, source.end)
        return Conflict(cs, ce, query[cs:ce], where.doc_id, where.start + s, where.start + e, where.text[s:e], "source")

    # ---- questions ------------------------------------------------------------------------
    def _question(self, query, evidence, aligned, top, best, ex: Extraction) -> None:
        atype = answer_type(query)
        v = ex.values
        v["atype_known"] = float(atype is not None)
        v["atype_person"] = float(atype == "person")  # not a model feature: the checks read it
        # a number answers "how many" only where it may count what the question asks about
        found = [any(atype != "number" or _counts_asked(aligned[i], m)
                     for m in answer_candidates(query, evidence[i].sentence.text, atype)) for i in range(len(evidence))]
        v["atype_found_best"] = float(found[best]) if atype else 1.0
        v["atype_found_union"] = float(any(found[i] for i in top)) if atype else 1.0
        v["atype_found_any"] = float(any(found)) if atype else 1.0
        # every sentence holding an answer of the kind asked, naming what it asks about, says the opposite of a
        # word of the question, and not that word: "Quando riaprirà il pronto soccorso di Molfetta?" against "…,
        # chiuso da marzo" (answered 0.98)
        words = content_words(query)
        holders = [i for i in top if found[i] and all(aligned[i].best[k] >= EXACT for k, w in enumerate(words)
                                                     if w.is_name)] if atype else []  # naming what it asks about
        v["asked_opposite"] = float(bool(holders) and all(any(
            aligned[i].best[k] < MATCH and any(asked_opposite(w.norm, s.norm) for s in aligned[i].words)
            for k, w in enumerate(words)) for i in holders))  # not a model feature: the checks read it
        if atype and not found[best]:
            # the answer may sit in another well-matching sentence: cite that one too
            for i in top:
                if found[i] and i not in ex.supporting:
                    ex.supporting.append(i)
                    break
        # "Quale agenzia ha riportato la notizia della telefonata?": the source the article gives for the
        # sentence that states it ("Lo riporta la Tass …", right after it) answers
        v["source_answer"] = 0.0
        got = self._source_answer(query, evidence)
        if got is not None:
            v["source_answer"] = 1.0
            ex.supporting = list(dict.fromkeys(got))  # who says it, and the sentence stating what it says
        # "What is the purpose of the American officials' trip to Saudi Arabia?": "… si stanno dirigendo in
        # Arabia Saudita per avviare colloqui di pace …" states it right after what the question names
        v["purpose_answer"] = 0.0
        why = self._purpose_answer(query, evidence)
        if why is not None:
            v["purpose_answer"] = 1.0
            ex.supporting = [why]
        # "Who is Veltra's chief executive?": "Chief executive Hanna Berger told reporters …" names her
        v["role_answer"] = 0.0
        holder = self._role_answer(query, evidence) if got is None and why is None else None
        if holder is not None:
            v["role_answer"] = 1.0
            ex.supporting = [holder]

    def _role_answer(self, query: str, evidence: Sequence[Evidence]) -> int | None:
        """For a question asking who holds a role ("Who is Veltra's chief executive?", "Chi è il sindaco di
        Bologna?"), the evidence sentence naming a person right next to every word of the role ("Chief
        executive Hanna Berger told …", "Il sindaco Matteo Lepore ha detto …", "Valentina Orioli, assessora
        ai trasporti"); or None. Whose role it is (Veltra, Bologna) must be named in the evidence, and no
        other name may stand in its place ("il sindaco di Milano, Beppe Sala")."""
        m = ROLE_QUESTION.match(query)
        what = content_words(m.group("what")) if m else []
        role = [w for w in what if not w.is_name and w.number is None]
        whose = [w for w in what if w.is_name]
        if not role or len(role) > ROLE_WORDS or len(what) > ROLE_WORDS + 2:
            return None
        # the articles naming whose role it is (all of it): the role's sentence must be in one of them
        named: dict[str, np.ndarray] = {}
        for i, e in enumerate(evidence if whose else ()):
            found = align(whose, i, e.sentence.text, self.vectors).best >= EXACT
            named[e.sentence.doc_id] = named.get(e.sentence.doc_id, found) | found
        for i, e in enumerate(evidence):
            if whose and not named[e.sentence.doc_id].all():
                continue
            a = align(role, i, e.sentence.text, self.vectors)
            if not a.words or (a.best < MATCH).any():
                continue
            first, last = int(a.where.min()), int(a.where.max())
            if last - first >= len(role) + 1:
                continue  # the role's words apart in the sentence
            if _names_role_holder(a, first, last, whose, e.sentence.text):
                return i
        return None

    def _covering(self, what: Sequence[Word], evidence: Sequence[Evidence]) -> list[tuple[int, Aligned]]:
        """The evidence sentences covering what a question names (soft coverage at least SOURCE_ABOUT), best
        first (the first of equals first), with their alignments."""
        aligned = [align(what, i, e.sentence.text, self.vectors) for i, e in enumerate(evidence)]
        covs = [a.coverage(what, soft=True) for a in aligned]
        return [(i, aligned[i]) for i in sorted(range(len(evidence)), key=lambda i: -covs[i]) if covs[i] >= SOURCE_ABOUT]

    def _purpose_answer(self, query: str, evidence: Sequence[Evidence]) -> int | None:
        """For a question asking why or what for, the evidence sentence that states what the question names
        (soft coverage at least SOURCE_ABOUT) with a purpose clause ("per avviare", "in order to", "so that",
        "affinché") within PURPOSE_REACH characters after the last word of it; or None."""
        m = PURPOSE_QUESTION.match(query)
        what = content_words(m.group("what")) if m else []
        if not what:
            return None
        for i, a in self._covering(what, evidence):
            text = evidence[i].sentence.text
            end = max(a.words[int(a.where[k])].end for k in range(len(what)) if a.best[k] >= MATCH) if any(
                a.best >= MATCH) else None
            clause = PURPOSE_CLAUSE.search(text, end) if end is not None else None
            if clause and clause.start() - end <= PURPOSE_REACH:
                return i
        return None

    def _source_answer(self, query: str, evidence: Sequence[Evidence]) -> tuple[int, int] | None:
        """For a question asking who reports or says something, the evidence sentence naming that source for
        the sentence that states it (itself, or the article's next sentence: "Lo riporta la Tass …"), and
        the stating sentence; None when the question asks something else or no retrieved sentence names
        the source."""
        m = SOURCE_QUESTION.match(query)
        what = [w for w in content_words(m.group("what")) if w.norm not in _NEWS_WORDS] if m else []
        if not what:
            return None
        covering = self._covering(what, evidence)
        if not covering:
            return None
        stating = covering[0][0]
        if any(whole for *_, whole in article_sources(evidence[stating].sentence.text)):
            return stating, stating
        following = _next_sentence(evidence, stating)
        if following is None or not ANAPHORIC_ATTRIBUTION.match(following.text):
            return None
        cited = next((i for i, e in enumerate(evidence) if e.sentence.id == following.id), None)
        return None if cited is None else (cited, stating)  # cited only when retrieved

    # ---- claims -------------------------------------------------------------------------------
    def _conflicts(self, query, claim, evidence, aligned, top, best, ex: Extraction,
                   claimed_source: ClaimSource | None = None) -> None:
        v = ex.values
        for key in ("name_subst", "place_conflict", "num_conflict", "num_match", "year_conflict", "slot_subst",
                    "slot_subst_soft", "neg_claim", "neg_best", "neg_mismatch", "neg_mismatch_scoped",
                    "neg_implicit_mismatch", "identity_bound", "identity_other", "exclusive_claim",
                    "conflict_explained"):
            v[key] = 0.0
        # sentences about the claim: conflicts are looked for there only
        about = [i for i in top if aligned[i].matched_share(claim) >= ABOUT]
        union = np.max(np.stack([aligned[i].best for i in top]), axis=0) if claim else np.zeros(0)
        conflicts: list[tuple[int, Conflict]] = []

        def add(i: int, c: Word, s: Word, reason: str) -> None:
            sent = evidence[i].sentence
            s_start, s_end = s.start, s.end
            if reason in ("name", "place") and s in aligned[i].words:
                lo, hi = name_run(aligned[i], aligned[i].words.index(s))
                s_start, s_end = aligned[i].words[lo].start, aligned[i].words[hi].end
            c_start, c_end = c.start, c.end
            if reason in ("name", "place"):
                lo, hi = _claim_name_run(claim, claim.index(c))
                c_start, c_end = claim[lo].start, claim[hi].end
            elif reason == "kind":
                c_end = claim[-1].end  # the kind with what the claim says of it: "forum Internet", "edificio corto"
            if any(x.claim_start == c_start and x.reason == reason for _, x in conflicts):
                return
            if fold(query[c_start:c_end]).strip() == fold(sent.text[s_start:s_end]).strip():
                return  # the same name on both sides ("Gaio Giulio Cesare ... di Gaio Giulio Cesare")
            conflicts.append((i, Conflict(c_start, c_end, query[c_start:c_end], sent.doc_id, sent.start + s_start,
                                          sent.start + s_end, sent.text[s_start:s_end], reason)))

        # "X è DESC": is the description bound to X in the sentence, or to somebody else?
        identity = _identity(query, claim)
        # read where the description stands too, though the claim's name weighs it below ABOUT ("Matteo
        # Lepore è l'assessore ai trasporti" against "l'assessora ai trasporti, Valentina Orioli, …")
        described = [i for i in top if i not in about and identity and all(aligned[i].best[d] >= MATCH
                                                                            for d in identity[1])]
        bindings = ({i: _binding(identity, claim, aligned[i], evidence[i].sentence.text) for i in about + described}
                    if identity else {})
        bound_in = {i for i, got in bindings.items() if got is not None and got[0] == "bound"}
        bound = bool(bound_in)
        # the subject's own apposition says something else ("il consigliere per la sicurezza nazionale Mike
        # Waltz" for "Mike Waltz è il segretario della Difesa"): the article describes him otherwise
        v["described_otherwise"] = float(bool(identity) and not bound and any(
            _described_otherwise(identity, aligned[i], evidence[i].sentence.text) for i in top))
        v["identity_bound"] = float(bound)
        share = {i: aligned[i].matched_share(claim) for i in top}
        for i, got in bindings.items():
            # the description bound to somebody else conflicts only where no sentence binds it to the
            # claim's subject, whichever comes first, and no other sentence about the claim names that
            # subject with the description's words ("A.J. Styles … è un wrestler" beside "L'Impact
            # Wrestling … Championship è un campionato di wrestling professionistico"); a sentence naming
            # the subject with other words ("il segretario di stato Marco Rubio", for "Rubio is the Russian
            # foreign minister") does not say it of him
            if got is not None and got[0] == "other" and not bound and not any(
                    k != i and share[k] >= ABOUT and all(aligned[k].best[s] >= EXACT for s in identity[0])
                    and sum(aligned[k].best[d] >= MATCH for d in identity[1]) * 2 >= len(identity[1])
                    for k in top):
                v["identity_other"] += 1.0
                add(i, got[1], got[2], "name")
        # "According to Politico, …": who says it, not what is said (its words are left out of `claim`
        # unless nothing follows them)
        lead_end = claimed_source.content if claimed_source is not None else 0
        for i in about:
            for ci, sj, reason in _slot_conflicts(claim, aligned[i], union, evidence[i].sentence.text):
                if claim[ci].start < lead_end:
                    continue
                if reason in ("name", "place") and any(
                        k != i and aligned[k].best[ci] >= EXACT
                        and (reason == "name" and share[k] >= ABOUT
                             or aligned[k].matched_share(claim, ci) >= aligned[i].matched_share(claim, ci))
                        for k in top):
                    # another sentence about the claim names its person, or its place and at least as much of
                    # the rest (a place is often named in passing: "secondo il Cremlino"; "La Germania ha
                    # espresso dubbi" says nothing of who wanted the summit "convocato su richiesta della
                    # Francia")
                    continue
                if reason == "name" and _named_short(claim, ci, aligned[i]) and union[ci] >= EXACT:
                    continue  # "Lisa Hardwick" for "Lisa White Hardwick", named whole in another sentence
                if reason == "word" and i in bound_in and ci in identity[1]:
                    reason = "role"  # "Russian defence minister" where the apposition says "ministro degli Esteri"
                add(i, claim[ci], aligned[i].words[sj], reason)
        # "La Corsica è una montagna" where a sentence says "La Corsica (…) è un'isola": another kind of thing
        category = _category(query, claim)
        if category is not None and union[category[1]] < KIND_MATCH:
            for i in about:
                z = _category_in(category, aligned[i], evidence[i].sentence.text)
                if z is not None:
                    add(i, claim[category[1]], aligned[i].words[z], "kind")
                    break
        claim_nums = [w for w in claim if w.number is not None]
        claim_values = {w.number for w in claim_nums}
        v["earlier_value"] = 0.0  # not a model feature: the checks read it
        # a number meeting a bound of the claim is not one the claim states for something else: "under five"
        # meets no "less than 10%"
        union_numbers = [s for i in top for s in aligned[i].words if s.number is not None]
        stated = {w.pos for w in claim_nums if any(s.number == w.number or (s.number not in claim_values
                                                                             and number_agrees(w, s))
                                                   for s in union_numbers)}
        v["num_match"] = float(len(stated))
        # a number of the claim that the sentences about it state differently; a sentence naming the
        # claim's person short ("Cesare morì nell'85 a.C." for "Gaio Giulio Cesare") is about it too,
        # and the one saying most of the rest ("morì") is where the number stands in the same slot
        named_share = {i: _named_share(claim, aligned[i], union) for i in top}
        about_number = sorted((i for i in top if named_share[i] >= ABOUT),
                              key=lambda i: (-named_share[i], i))

        def rival(unit: Word, sentences) -> tuple[int, Word] | None:
            """Another number counting the same thing ("three hours" for "two hours") in these sentences."""
            return next(((i, s) for i in sentences for s in aligned[i].words
                         if s.number is not None and s.number not in claim_values
                         and _same_unit(_unit(aligned[i].words, s.pos), unit)), None)

        for w in claim_nums:
            unit = _unit(claim, w.pos)
            if w.pos not in stated and any(_change_of(w, query, aligned[i], evidence[i].sentence.text) for i in top):
                continue  # "rose by eight percentage points" where a sentence says "61%, up from 53%"
            if w.pos in stated and (got := _previous_value(w, query, claim, top, aligned, evidence)) is not None:
                add(got[0], w, got[1], "number")  # "Turnout was 61%" against "38%, down from 61%"
                v["earlier_value"] = 1.0
                continue
            if w.pos in stated:
                # stated somewhere, but a sentence about the claim may count the same thing with another
                # number: "The match lasted two hours" against "… three hours and 12 minutes", "two" being
                # in "won the tournament twice"; not when it is stated counting that thing too, unless a
                # sentence saying much more of the rest of the claim counts it otherwise ("Ferrante è stato
                # condannato a sei anni" against "ha condannato … a quattro anni e sei mesi … Gennaro
                # Ferrante", the six years being what the prosecutor "aveva chiesto")
                if unit is None:
                    continue
                agree = [i for i in top if any(number_agrees(w, s) and _counts_it(aligned[i], s, w, unit)
                                               for s in aligned[i].words)]
                said = max((aligned[i].matched_share(claim, w.pos) for i in agree), default=None)
                got = rival(unit, [i for i in about_number if said is None or (
                    i not in agree and aligned[i].matched_share(claim, w.pos) >= said + SAYS_MORE)])
                if got is not None:
                    add(got[0], w, got[1], "number")
                continue
            is_year = _is_year(w)
            for i in about_number:
                if is_year and _RELATIVE_YEAR.search(evidence[i].sentence.text):
                    continue  # "took the Cup this year, building on 2018": "this year" may be the claim's 2019
                # not a number the claim states too: "Two schools … until the 15th" against "two schools …
                # until Friday" puts nothing against the 15th
                others = [s for s in aligned[i].words if s.number is not None and _is_year(s) == is_year
                          and s.number not in claim_values]
                if others:
                    # the one counting what the claim's number counts: "3 million pounds", not "24-year-old"
                    s = next((s for s in others if _same_unit(_unit(aligned[i].words, s.pos), unit)), others[0])
                    add(i, w, s, "date" if is_year else "number")
                    break
            else:
                # no sentence about the claim, but one counting the same thing: "Dieci persone sono rimaste
                # ferite" against "…, ferendo lievemente quattro persone"
                got = rival(unit, top) if unit is not None else None
                if got is not None:
                    add(got[0], w, got[1], "number")
        # the place of the claim's event against the place the sentence names after the same verb, in a
        # sentence naming the claim's subject ("Gaio Giulio Cesare morì in Spagna" against "Cesare morì
        # improvvisamente nell'85 a.C., a Roma"): no sentence names the claim's place
        for ci, c in enumerate(claim):
            if not (c.place and c.is_name and union[ci] < MATCH) or c.start < lead_end:
                continue
            for i in about_number:
                where = _located_after(claim, ci, query, aligned[i], evidence[i].sentence.text)
                if where is not None and aligned[i].words[where].place != c.place:
                    add(i, c, aligned[i].words[where], "place")
                    break
        # a weekday against another one the sentence gives the same date: "martedì 14 ottobre" against
        # "Lunedì 14 ottobre", "Thursday, March 19" against "Wednesday, March 19" (the date fixes the day)
        v["anchored_day"] = 0.0
        for c in claim:
            day = _dated_weekday(claim, c)
            if day is None:
                continue
            got = next(((i, s) for i in top for s in aligned[i].words
                        if s.norm in _CALENDAR and _CALENDAR[s.norm] != _CALENDAR[c.norm]
                        and _dated_weekday(aligned[i].words, s) == day), None)
            if got is not None:
                add(got[0], c, got[1], "date")
                v["anchored_day"] = 1.0
        # what the sentence says of the claim's person right after naming them: "Il funzionario Luca De Sio è
        # stato condannato" against "Condannato a due anni … anche …, mentre il terzo imputato, il funzionario
        # Luca De Sio, è stato assolto" (the claim's verb is matched too, said of someone else)
        for i in about:
            got = _opposite_after_name(claim, aligned[i], evidence[i].sentence.text)
            if got is not None:
                add(i, claim[got[0]], aligned[i].words[got[1]], got[2])
                break
        # who did it to whom: "Alcaraz beat Sinner" against "Sinner beat Carlos Alcaraz", the same names on
        # the other sides of the same verb (a passive, "was beaten by", turns them round)
        for i in about:
            got = _reversed_roles(claim, query, aligned[i], evidence[i].sentence.text)
            if got is not None:
                add(i, claim[got[0]], aligned[i].words[got[1]], "name")
                break
        # a place the claim names after "in" / "a", its only name the sentences name too, scopes a measure
        # the sentence gives for its own place: "Measles cases rose in the United States" against "measles
        # cases in Europe more than doubled" speaks of another place, not against it ("The summit took
        # place in Helsinki" against "in Geneva" is no measure: it conflicts). "La capitale dell'Argentina
        # è Parigi" and "Babur proveniva dall'Asia settentrionale" keep their conflict ("Argentina" and
        # "Babur" are named on both sides), and so do "una segnalazione delle autorità francesi" against
        # "spagnole" and "at Moscow's initiative" against "su iniziativa di Washington" (who, not where)
        v["other_place"] = 0.0
        # "also" says the same of one more: "Bezorgpunt also operates in Belgium" is not refuted by "operates in 22
        # Dutch cities", nor "Peru's central bank also cut rates" by "Chile's central bank cut" (refuted 0.86,
        # 0.66 before); the place or name put in its slot is the one the claim adds to
        v["also_claim"] = float(_ALSO.search(query) is not None)  # not a model feature: the checks read it
        if v["also_claim"]:
            conflicts[:] = [(i, c) for i, c in conflicts if c.reason not in ("place", "name")]
        for i, c in list(conflicts):
            if c.reason == "place" and _LOCATIVE_BEFORE.search(query[:c.claim_start]) \
                    and not _POSSESSIVE.match(query, c.claim_end) and _measured_in(evidence[i].sentence, c, claim) \
                    and not any(not c.claim_start <= w.start < c.claim_end and _named_both(w, k, aligned, top)
                                for k, w in enumerate(claim)):
                conflicts.remove((i, c))
                v["other_place"] = 1.0
        for _, c in conflicts:
            if c.reason in ("number", "date"):
                v["num_conflict"] += 1
                v["year_conflict"] += float(c.reason == "date")
            elif c.reason == "place":
                v["place_conflict"] += 1
            elif c.reason == "name":
                v["name_subst"] += 1
            elif c.reason in ("word", "role", "kind", "opposite"):
                v["slot_subst"] += 1
            elif c.reason == "word?":
                v["slot_subst_soft"] += 1
        # "solo rane", "only Catalan actors": an exclusive claim the sentence does not make
        exclusive = {t.norm for t in tokens(query)} & _EXCLUSIVE
        v["exclusive_claim"] = float(bool(exclusive - {t.norm for t in tokens(evidence[best].sentence.text)}))
        # negation on one side only
        pc = polarity(query)
        pb = polarity(evidence[best].sentence.text)
        v["neg_claim"] = float(pc.negative)
        v["neg_best"] = float(pb.negative)
        v["neg_mismatch"] = float(pc.negative != pb.negative)
        v["neg_implicit_mismatch"] = float(bool(pc.implicit) != bool(pb.implicit) and pc.negative != pb.negative)
        # a sentence that names the claim's person or place may deny it even when the rest of the
        # claim is matched elsewhere ("the talks in Saudi Arabia" in one sentence, "né ... Kellogg" in
        # the next)
        total = sum(w.weight for w in claim) or 1.0
        union_share = sum(w.weight for w, b in zip(claim, union) if b >= MATCH) / total
        subject = _subject_name(claim, lead_end)
        subject_in = {i: _subject_at(subject, aligned[i], evidence[i].sentence.text) for i in top}
        named = [i for i in top if i not in about and union_share >= ABOUT and subject_in[i]]
        # sentences naming the claim's subject only in passing ("l'inviato speciale di Trump"): what
        # they state or deny is about something else
        only_modifier = {i for i in top if subject and _all_modifiers(subject, aligned[i], evidence[i].sentence.text)}
        passing = only_modifier if _person_subject(subject, claim, query) else set()
        v["subject_in_passing"] = float(bool(passing) and not any(subject_in[i] for i in top))
        denies_subject: set[int] = set()
        v["neg_agree"] = 0.0  # how much of a negated claim a sentence denying the same thing matches
        for i in about + named:
            pe = polarity(evidence[i].sentence.text)
            sent = evidence[i].sentence
            if pc.negative and i in bound_in and _copula_denied(query, pc):
                # "Keith Kellogg non è l'inviato speciale di Trump" where an apposition says he is,
                # whatever the clause around the apposition denies ("Non ci saranno né …, Keith Kellogg")
                s, e = _phrase(query, pc.first_span()[0])
                conflict = Conflict(s, e, query[s:e], sent.doc_id, sent.start, sent.end, sent.text, "negation")
                v["neg_mismatch_scoped"] = 1.0
                conflicts.append((i, conflict))
                break
            if pc.negative and pe.negative and not v.get("neg_agree") and _claim_denies(claim, aligned[i], pc):
                # both deny the same thing: "Kellogg will not attend the talks" where the sentence says
                # "Non ci saranno … né …, Keith Kellogg" (the judge reads two denials as a contradiction)
                if subject_in[i] and _denied_at(aligned[i], pe, sent.text, subject_in[i]) is not None:
                    v["neg_agree"] = union_share
                elif i not in named and _evidence_denies(claim, aligned[i], pe, sent.text) is not None:
                    v["neg_agree"] = aligned[i].matched_share(claim)
            if pc.negative == pe.negative or (bound and not pc.negative):
                continue  # an apposition is asserted whatever the clause around it denies
            if pc.negative:
                if i in named or not _claim_denies(claim, aligned[i], pc):
                    continue
                if subject and not any(aligned[i].best[j] >= EXACT for j in subject):
                    continue  # "Kellogg won't be at the talks" says nothing against a sentence without him
                s, e = _phrase(query, pc.first_span()[0])
                conflict = Conflict(s, e, query[s:e], sent.doc_id, sent.start, sent.end, sent.text, "negation")
            else:
                # the sentence denies the claim's person or place itself ("né ..., Keith Kellogg"), or
                # (a sentence about the claim) words of it
                at = _denied_at(aligned[i], pe, sent.text, subject_in[i]) if subject_in[i] else None
                if at is not None:
                    denies_subject.add(i)  # the rest of the claim may be stated by the other sentences
                elif i not in named and i not in only_modifier:
                    # "La Russia parteciperà ai colloqui" is not denied by "Non ci saranno … né l'inviato …
                    # per i colloqui Ucraina-Russia": Russia only qualifies the talks there
                    at = _evidence_denies(claim, aligned[i], pe, sent.text)
                if at is None:
                    continue
                s, e = _phrase(sent.text, at)
                conflict = Conflict(0, len(query), query, sent.doc_id, sent.start + s, sent.start + e,
                                    sent.text[s:e], "negation")
            v["neg_mismatch_scoped"] = 1.0
            conflicts.append((i, conflict))
            break
        # a sentence about the claim that calls it false in the article's own voice ("We rate this post
        # False", "there is no evidence", "è una bufala"): a fact-check states its verdict in words.
        # Not when the claim itself speaks of falsity ("Says the video is fake"). Every retrieved sentence
        # is read (a ruling often comes after the restatements the claim matches better), not the
        # whole article: on scraped pages that reached headings and menus ("False teeth").
        v["debunk"] = 0.0
        plain = [i for i, w in enumerate(claim) if not w.is_name and w.number is None]
        plain_total = sum(claim[i].weight for i in plain)

        def about_it(a: Aligned) -> bool:
            # the claim's names alone are not enough: "no evidence that Doe voted ..." says nothing
            # of "Doe sits on the health committee"; what the claim says of them must be there too
            said = sum(claim[i].weight for i in plain if a.best[i] >= MATCH) / plain_total if plain_total else 1.0
            return (a.matched_share(claim) >= DEBUNK_ABOUT and said >= DEBUNK_ABOUT) or _quotes_claim(claim, quoted, a)

        quoted = _quoted_words(query, claim)
        if not debunks(query):
            for i in range(len(evidence)):
                sent = evidence[i].sentence
                # a correction ("— not more than 10%, as he claimed") is about the claim when it denies the
                # claim's own number or name (the rest of the sentence states the article's figure); a
                # misquote when it names whom the claim quotes
                marks = [m for m in debunks(sent.text)
                         if _mark_restates(query, claim, aligned[i], m)
                         or (not CORRECTION_RE.match(m[2]) and about_it(aligned[i]))]
                if marks:
                    # a correction is shown whole ("not more than 10%, as he claimed"), other marks with the
                    # words after them ("no evidence that Sanders")
                    s, e = marks[0][:2] if CORRECTION_RE.match(marks[0][2]) else _phrase(sent.text, marks[0][0], 4)
                    # one explanation per sentence: "no evidence that ..." is a verdict, not just a denial
                    conflicts = [(k, c) for k, c in conflicts if k != i or c.reason != "negation"]
                    conflicts.append((i, Conflict(0, len(query), query, sent.doc_id, sent.start + s, sent.start + e,
                                                  sent.text[s:e], "debunk")))
                    v["debunk"] = 1.0
                    break
        # a sentence that only relays the claim as what a post, a headline or an image says ("… reads
        # the headline"): the article reports that the claim is made, not that it is true. Not when
        # the claim itself is about such a post ("Says a viral image shows …").
        v["relayed"] = 0.0
        if not MEDIUM_RE.search(query):
            ex.relaying = [i for i in range(len(evidence)) if relays(evidence[i].sentence.text)]
            v["relayed"] = float(best in ex.relaying)
        # who says it: "La Tass riferisce che Rubio si sta dirigendo in Arabia Saudita" where the article
        # follows that sentence with "Lo riferisce Politico …"
        v["source_conflict"] = 0.0
        if claimed_source is not None:
            got = self._source_conflict(query, claimed_source, evidence, best)
            if got is not None:
                conflicts.append((best, got))
                v["source_conflict"] = 1.0
        # a sentence that denies the claim's subject conflicts through that denial: its other words
        # ("i colloqui Ucraina-Russia" against "in Arabia Saudita") are not what the claim got wrong
        conflicts = [(i, c) for i, c in conflicts
                     if i not in denies_subject or c.reason in ("negation", "debunk", "source")]
        strong = [(i, c) for i, c in conflicts if c.reason != "word?"]
        ex.conflicts = [c for _, c in strong]
        ex.conflict_at = [i for i, _ in strong]
        ex.conflict_sentences = sorted({i for i, _ in strong})
        # how much of the claim a conflict leaves unexplained: in a clean substitution ("Mosca" for
        # "Washington") every other word of the claim matches the sentence
        v["conflict_explained"] = 0.0
        for i, c in strong:
            if c.reason == "debunk":
                continue  # the whole claim is called false: nothing is substituted
            if c.reason == "negation":
                covered = union_share if i in denies_subject else aligned[i].matched_share(claim)
            elif c.reason in ("number", "date", "opposite"):
                # a precise conflict of one word: a name the sentence gives short counts whole ("Cesare"
                # for "Gaio Giulio Cesare", "Brown" for "Brown University")
                covered = named_share[i] + sum(w.weight for w, b in zip(claim, aligned[i].best)
                                               if b < MATCH and c.claim_start <= w.start < c.claim_end) / total
            else:
                covered = sum(w.weight for w, b in zip(claim, aligned[i].best)
                              if b >= MATCH or c.claim_start <= w.start < c.claim_end) / total
            v["conflict_explained"] = max(v["conflict_explained"], covered)


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
                          rf"{_REPORTING}\s+(?:that\s+|che\s+)?")
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
_NEWS_WORDS = frozenset("notizia notizie news story report storia fatto".split())  # "la notizia della telefonata"


@dataclass(frozen=True)
class ClaimSource:
    """Who a claim says says it: the source's characters in the query, and where what it says begins."""

    start: int
    end: int
    content: int


def _next_sentence(evidence: Sequence[Evidence], i: int):
    """The article's sentence after evidence sentence i: attached by the retriever, or retrieved too."""
    sent = evidence[i].sentence
    return evidence[i].following or next(
        (e.sentence for e in evidence if e.sentence.doc_id == sent.doc_id and e.sentence.index == sent.index + 1), None)


def _source_name(text: str, start: int, end: int) -> tuple[int, int]:
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
    "La Tass riferisce che …", "Politico reported that …"), or None."""
    m = _LEADING_SOURCE.match(query)
    if m:
        return ClaimSource(m.start("src"), m.end("src"), m.end())
    m = _SOURCE_LEAD.match(query)
    if m and query[m.end():].strip(" .!?\"“”«»") and any(w.is_name for w in content_words(m.group("src"))):
        return ClaimSource(m.start("src"), m.end("src"), m.end())  # a name, not "She said she …"
    return None


def article_sources(text: str) -> list[tuple[int, int, bool]]:
    """Where a sentence names who says what it says, and whether it says so of the whole sentence: at
    its start ("Secondo la Tass, …", "Il Cremlino ha sottolineato che …") or at its end ("…, ha aggiunto
    il Ministero.", "…, regional officials said."); not a phrase in the middle ("…, che come già
    affermato da Kellogg, sono esclusi", "citando due funzionari"), which may be about one clause only."""
    out = {}
    for rx in (_ATTRIBUTION_IN, _SAID_BY, _SAID_BY_AFTER, _SAID_BY_PASSIVE, _SAID_AT_END, _SAID_BY_AT_END):
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


# the English news ending: "…, regional officials said.", "…, the mayor said on Tuesday.", "…, said Gary Burtless."
_SAID_AT_END = re.compile(r",\s*(?P<src>[^,;:“”\"«»]{2,60}?)\s+(?:said|says|added|reported|announced|told\s+\w+)"
                          r"(?:\s+on\s+\w+)?\s*[.!]?[\"”’]?\s*$")
_SAID_BY_AT_END = re.compile(r",\s*(?:said|says|added)\s+(?P<src>[^,;:“”\"«»]{2,60}?)\s*[.!]?\s*$")
_APPOSED_NAME = re.compile(rf",\s*(?P<name>{_NAME_RUN})\s*,")
_QUOTED_BEFORE = re.compile(r"\s*[\"“«][^\"“”«»]+[\"”»]\s*,\s*")  # a sentence opening with a quotation, then ", "


def _named_share(claim: Sequence[Word], a: Aligned, union: np.ndarray) -> float:
    """Like `Aligned.matched_share`, with a name the sentence gives short counted whole: a word of a
    claim's name the sentence lacks counts as matched when another word of that name is matched here
    and the other evidence states the word ("Cesare" for "Gaio Giulio Cesare")."""
    total = sum(w.weight for w in claim)

    def named_here(k: int) -> bool:  # another word of the same name is in this sentence
        lo, hi = _claim_name_run(claim, k)
        return any(a.best[j] >= EXACT for j in range(lo, hi + 1))

    short = sum(w.weight for k, w in enumerate(claim)
                if w.is_name and a.best[k] < MATCH and union[k] >= EXACT and named_here(k))
    return a.matched_share(claim) + (short / total if total else 0.0)


def _named_short(claim: Sequence[Word], i: int, a: Aligned) -> bool:
    """Whether claim word i is a first or middle word of a name whose last word (the surname) this sentence
    names: the same person given short ("Lisa Hardwick" for "Lisa White Hardwick"; not "Mike Pence" for
    "Mike Waltz", where the surname differs)."""
    lo, hi = _claim_name_run(claim, i)
    return i < hi and bool(a.best[hi] >= EXACT)


def _claim_name_run(claim: Sequence[Word], i: int) -> tuple[int, int]:
    lo = hi = i
    while lo - 1 >= 0 and claim[lo - 1].is_name and claim[lo - 1].end + 2 >= claim[lo].start:
        lo -= 1
    while hi + 1 < len(claim) and claim[hi + 1].is_name and claim[hi].end + 2 >= claim[hi + 1].start:
        hi += 1
    return lo, hi


_RELATIVE_YEAR = re.compile(r"\b(?:this|last|next|that)\s+(?:year|season)\b|\b(?:quest['’]\s*anno|"
                            r"l['’]\s*anno\s+(?:scorso|prossimo|passato)|(?:lo\s+)?scorso\s+anno|"
                            r"quest['’]\s*ultimo\s+anno|questa\s+stagione)\b", re.IGNORECASE)


# words that scale a number rather than say what it counts: "3 million pounds", "500 milioni di euro"
_SCALE_WORDS = frozenset(fold(w) for w in """hundred hundreds thousand thousands million millions billion billions
trillion bn mln mld cento mila mille milione milioni miliardo miliardi""".split())
UNIT_GAP = 4  # characters between a number and what it counts: " di " in "500 milioni di euro"


def _unit(words: Sequence[Word], pos: int) -> Word | None:
    """What the number at content word `pos` counts: the next content word, past words that only scale it
    ("3 million pounds" -> "pounds", "two hours" -> "hours"); None when no word follows it closely."""
    k = pos
    while k + 1 < len(words) and words[k + 1].norm in _SCALE_WORDS and words[k + 1].start - words[k].end <= UNIT_GAP:
        k += 1
    nxt = words[k + 1] if k + 1 < len(words) else None
    # right after the number (a space, "4% raise"), or after a scale word and "di" / "of" ("500 milioni di euro")
    if (nxt is None or nxt.number is not None or nxt.is_name or nxt.place
            or (nxt.norm in TIME_WORDS and nxt.norm not in DURATION_UNITS)
            or _is_year(words[pos]) or nxt.start - words[k].end > (UNIT_GAP if k > pos else 2)):
        # a year, a date ("27 July", "anni settanta"), a name or a country after it: no count of anything ("sei
        # anni" counts years)
        return None
    return nxt


def _counts_it(a: Aligned, s: Word, w: Word, unit: Word) -> bool:
    """Whether a number of the sentence counts what the claim's number `w` counts (`unit`): the same thing,
    or, the same number said without it, with the claim's next word right after ("Two people died and three were injured" counts the
    people "Three people were injured" does, not those "Three people died" does; "won the tournament twice"
    counts no hours)."""
    mine = _unit(a.words, s.pos)
    if mine is not None or not len(a.best):
        return _same_unit(mine, unit)
    if s.number != w.number or s.norm in _SCALE_WORDS:
        return False  # the same number said alone, not a bound met or "milioni" on its own
    nxt = s.pos + 1
    return nxt < len(a.words) and any(int(j) == nxt and b >= MATCH for j, b in zip(a.where, a.best))


def _counts_asked(a: Aligned, m) -> bool:
    """Whether a number of the sentence may count what a "how many" question asks about: it counts nothing
    said, or a word close to one of the question's ("2,8 milioni di abitanti" for "Quante persone …?"); not
    "1,990 euros" or "250 people" for "How many scooters has Orbix sold?"."""
    pos = next((w.pos for w in a.words if w.start == m.start), None)
    unit = _unit(a.words, pos) if pos is not None else None
    return unit is None or not a.sim.shape[0] or float(a.sim[:, unit.pos].max()) >= UNIT_MATCH


UNIT_MATCH = 0.5  # a number's word this close to one of the question's counts what it asks about


def _same_unit(a: Word | None, b: Word | None) -> bool:
    """Whether two numbers count the same thing (the same word, stem or listed translation), or the claim's
    number counts nothing said."""
    return b is None or (a is not None and (a.stem == b.stem or same_meaning(a.norm, b.norm)))


# verbs whose two sides can swap without changing what is said ("Lavrov met Rubio", "Rubio met Lavrov")
_SYMMETRIC = frozenset(stem(fold(w)) for w in """meet meets met meeting incontrato incontrata incontrati incontra
incontrano incontrarono incontro speak speaks spoke spoken talk talks talked parlato parla parlano parlarono
married marry sposato sposata sposa play plays played giocato gioca giocano agree agreed concordato
negotiate negotiated negoziato trattato""".split())
_AGENT_BEFORE = re.compile(r"\b(?:by|da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\s*$", re.IGNORECASE)
_ALONGSIDE_BEFORE = re.compile(r"\b(?:with|con|and|e|ed|against|contro|vs\.?|versus)\s*$", re.IGNORECASE)


def _reversed_roles(claim: Sequence[Word], query: str, a: Aligned, text: str) -> tuple[int, int] | None:
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
            run_a, run_b = _claim_name_run(claim, ka), _claim_name_run(claim, kb)
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


_MONTH_NUMBER = {fold(w): k % 12 for k, w in enumerate(MONTHS)}


def _calendar(norm: str) -> tuple[str, int] | None:
    """A weekday ("day", 0-6), a month ("month", 0-11) or an ordinal ("ordinal", 1-10), in either language;
    None for other words. Each matches the same one only, and another one in its place conflicts."""
    if norm in _CALENDAR:
        return "day", _CALENDAR[norm]
    if norm in _MONTH_NUMBER and norm != "may":  # "may" is mostly the verb
        return "month", _MONTH_NUMBER[norm]
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


def _dated_weekday(words: Sequence[Word], w: Word) -> tuple[str, int | None] | None:
    """The date a weekday is given ("lunedì 14 ottobre", "Wednesday, March 19"): its day number and month
    (None when not said) within the next three words, or None when no number follows it."""
    if w.norm not in _CALENDAR:
        return None
    near = words[w.pos + 1:w.pos + 4]
    number = next((x.number for x in near if x.number is not None and not _is_year(x)), None)
    if number is None:
        return None
    return number, next((_MONTH_NUMBER[x.norm] for x in near if x.norm in _MONTH_NUMBER), None)


def _is_year(w: Word) -> bool:
    return len(w.text) == 4 and w.text.isdigit() and 1000 <= int(w.text) <= 2100


_EXCLUSIVE = frozenset("""solo soltanto esclusivamente unicamente unico unica sempre mai nessuno tutti tutte
only exclusively solely always never entirely all every sole""".split())
_COPULA = frozenset("è e' era fu sono erano furono sarà is was are were".split())
_BINDING_GAP = re.compile(r"^[\s,()«»“”\"'’-]*(?:(?:il|lo|la|l|i|gli|le|the|a|an|un|una|uno)[\s'’]+)?[\s,()«»“”\"'’-]*$",
                          re.IGNORECASE)


_INDEFINITE = frozenset("un una uno a an".split())
_ARTICLES = _INDEFINITE | frozenset("il lo la l i gli le the".split())


def _after_copula(toks) -> tuple[int, int] | None:
    """(index of the first copula "è", "is", …; index of the token after it and after a "not" there:
    "is not the envoy"), or None without a copula."""
    k = next((n for n, t in enumerate(toks) if t.text.lower() in _COPULA), None)
    if k is None:
        return None
    return k, (k + 2 if k + 2 < len(toks) and toks[k + 1].norm in _NOT else k + 1)


def _copula_then(toks, articles: frozenset) -> int | None:
    """The index of the first copula when an article of `articles` follows it, else None."""
    found = _after_copula(toks)
    return found[0] if found and found[1] < len(toks) and toks[found[1]].norm in articles else None


_PREPOSITIONS = frozenset("per di del della dei degli delle in nel nella a al alla con su sul for of in on at to with".split())
_NOT = frozenset("non not never mai".split())  # a negation beside the copula: "X non è …", "X is not …"


def _copula_denied(query: str, pc) -> bool:
    """Whether the claim's first negation denies its copula: "X non è …", "X is not …", "X isn't …"."""
    toks = tokens(query)
    at = pc.first_span()[0]
    k = next((n for n, t in enumerate(toks) if t.start >= at), None)
    if k is None:
        return False
    near = {toks[j].text.lower() for j in (k - 1, k, k + 1) if 0 <= j < len(toks)}
    return bool(near & _COPULA) or toks[k].norm in ("isn", "wasn", "aren", "weren")


def _identity_reversed(toks, claim: Sequence[Word]) -> tuple[list[int], list[int]] | None:
    """For "DESC è X" / "DESC is X" ("Il segretario di stato è Marco Rubio", "The secretary of state is
    Mike Waltz"): (X's name words, DESC's content words), DESC opening the claim with an article and X
    a name alone after the copula."""
    found = _after_copula(toks)
    if not found or not toks or toks[0].norm not in _ARTICLES:
        return None
    cop = toks[found[0]]
    subject = [i for i, w in enumerate(claim) if w.start >= cop.end]
    desc = [i for i, w in enumerate(claim) if w.end <= cop.start and w.weight >= 1.0 and not (w.is_name and not w.place)]
    if not subject or any(not claim[i].is_name for i in subject) or len(desc) < 2 or \
            len(desc) != len([w for w in claim if w.end <= cop.start]):
        return None
    return subject, desc


def _copula_then_possessive(query: str, toks) -> int | None:
    """The index of the first copula when a possessive name follows it ("is Trump's special envoy")."""
    found = _after_copula(toks)
    if not found or found[1] >= len(toks) or not toks[found[1]].text[:1].isupper():
        return None
    after = toks[found[1]].end
    return found[0] if query[after:after + 2] in ("'s", "’s") else None


def _identity(query: str, claim: Sequence[Word]) -> tuple[list[int], list[int]] | None:
    """For "X è DESC" / "X is DESC": (claim indices of X's name words, of DESC's content words).

    DESC opens with an article ("è l'inviato", "is the minister", "è un attore") or a possessive
    name ("is Trump's special envoy"), after a negation or not ("X non è l'inviato", "X is not
    the minister"): "è apparsa nel film …" is a verb's auxiliary, not a description of X."""
    toks = tokens(query)
    k = _copula_then(toks, _ARTICLES)
    if k is None:
        k = _copula_then_possessive(query, toks)
    if k is None:
        return _identity_reversed(toks, claim)
    cop = toks[k]
    subject = [i for i, w in enumerate(claim) if w.end <= cop.start and w.is_name]
    desc = [i for i, w in enumerate(claim) if w.start >= cop.end and w.weight >= 1.0 and w.norm not in _NOT]
    if not subject or len(desc) < 2 or any(not claim[i].is_name and claim[i].norm not in _NOT
                                           for i, w in enumerate(claim) if w.end <= cop.start):
        return None
    return subject, desc


# kinds every person or thing of its sort is ("Arjit Singh è una persona" where "è un cantante")
_ANY_KIND = frozenset(fold(w) for w in """persona person individuo individual essere being uomo man donna woman
cosa thing entità entity opera work""".split())
_TYPE_OF = frozenset(fold(w) for w in "tipo tipologia genere specie sorta forma type kind sort form".split())
# what someone was rather than is: "a former nurse", "un ex infermiere" (the kind is the noun after it)
_FORMER = frozenset(fold(w) for w in "former ex retired onetime".split())
_RELATIVE = frozenset("che cui quale who which whose that".split())


def _category(query: str, claim: Sequence[Word]) -> tuple[list[int], int] | None:
    """For "X è un Y ..." / "X is a Y ...": (claim indices of X's words, claim index of Y), Y being the
    kind of thing the claim says X is; None for other claims."""
    toks = tokens(query)
    k = _copula_then(toks, _INDEFINITE)
    if k is None:
        return None
    subject = [i for i, w in enumerate(claim) if w.end <= toks[k].start]
    head = next((i for i, w in enumerate(claim) if w.start >= toks[k + 1].end), None)
    if head is not None and claim[head].norm in _TYPE_OF | _FORMER and head + 1 < len(claim):
        head += 1  # "un tipo di telefono": the kind is "telefono"; "a former nurse": "nurse"
    # the subject names something: a name, a number or a capital ("Stomp the Yard", "L'iPhone 4"), not
    # a common noun ("il film è un successo")
    named = any(claim[i].is_name or claim[i].number is not None or claim[i].text != claim[i].text.lower()
                for i in subject)
    if not named or head is None or claim[head].is_name or claim[head].number is not None \
            or claim[head].norm in _ANY_KIND:
        return None
    return subject, head


def _category_in(category, a: Aligned, text: str) -> int | None:
    """Where a sentence says what the claim's subject is ("La Corsica (…) è un'isola"): the index of
    that word ("isola") among the sentence's words; None when the sentence does not say it so."""
    subject, _ = category
    if any(a.best[i] < EXACT for i in subject):
        return None
    first = a.words[min(int(a.where[i]) for i in subject)]
    before = [t for t in tokens(text[:first.start])][-1:]
    if before and before[0].norm in _OF:
        return None  # "la dualità di yin e yang è …": the subject is only a modifier there
    after = a.words[max(int(a.where[i]) for i in subject)].end
    toks = [t for t in tokens(text) if t.start >= after]
    if text[after:].lstrip().startswith(",") and toks and toks[0].norm in _INDEFINITE:
        # an apposition: "Shah, a former nurse, said …"
        z = next((j for j, w in enumerate(a.words) if w.start >= toks[0].end and w.norm not in _FORMER), None)
        return z if z is not None and not a.words[z].is_name else None
    for n, t in enumerate(toks):
        if t.norm in _RELATIVE:
            return None  # "..., che è un attore": another subject's clause
        if t.text.lower() in _COPULA:
            if n + 1 >= len(toks) or toks[n + 1].norm not in _INDEFINITE:
                return None
            z = next((j for j, w in enumerate(a.words) if w.start >= toks[n + 1].end), None)
            return z if z is not None and not a.words[z].is_name else None
    return None


def _described_otherwise(identity, a: Aligned, text: str) -> bool:
    """Whether the sentence names the claim's subject in full after an apposition of its own (common
    words right before the name, no break between) that matches none of the claim's description."""
    subject, desc = identity
    if any(a.best[j] < EXACT for j in subject) or any(int(a.where[d]) in {int(a.where[j]) for j in subject}
                                                      for d in desc if a.best[d] >= EXACT):
        return False  # "Gaio Giulio Cesare era il figlio di Gaio Giulio Cesare": which mention is which?
    first = min(int(a.where[j]) for j in subject)
    lo, _ = name_run(a, first)
    apposition = []
    k = lo - 1
    while k >= 0 and len(apposition) < 5 and not a.words[k].is_name and a.words[k].number is None \
            and not re.search(r"[,;:.()“”\"]", text[a.words[k].end:a.words[k + 1].start]):
        apposition.append(k)
        k -= 1
    if not apposition or not any(a.words[j].weight >= 1.0 for j in apposition):
        return False
    return not any(a.best[d] >= MATCH and int(a.where[d]) in apposition for d in desc)


def _binding(identity, claim: Sequence[Word], a: Aligned, text: str):
    """("bound", ...) when the description sits next to the claim's name in the sentence (an apposition),
    ("other", claim word, sentence word) when it sits next to another name; None when neither shows."""
    subject, desc = identity
    matched = [int(a.where[i]) for i in desc if a.best[i] >= MATCH]
    if len(matched) < max(2, (len(desc) + 1) // 2):
        return None
    strict = all(a.best[i] >= STRONG_MATCH for i in desc)  # only a fully matched description accuses another
    lo, hi = min(matched), max(matched)
    if hi - lo > len(desc) + 3:
        return None  # the description's words are scattered, not one phrase

    def name_run(j: int, step: int) -> list[int]:
        run = []
        while 0 <= j < len(a.words) and a.words[j].is_name:
            run.append(j)
            j += step
        return run

    # a prepositional phrase may close the description before the name: "l'inviato speciale di Trump
    # per i colloqui Ucraina-Russia, Keith Kellogg" describes Kellogg
    k = hi + 1
    while (k < len(a.words) and k - hi <= 3 and not a.words[k].is_name
           and not re.search(r"[,;:.()]", text[a.words[k - 1].end:a.words[k].start])):
        k += 1
    phrase = tokens(text[a.words[hi].end:a.words[k - 1].end])[:1] if k > hi + 1 else []
    ahead = k if phrase and phrase[0].norm in _PREPOSITIONS and k < len(a.words) and a.words[k].is_name else hi + 1
    for j_edge, step in ((ahead, 1), (lo - 1, -1)):
        run = name_run(j_edge, step)
        if not run:
            continue
        near = a.words[run[0]]
        edge = a.words[j_edge - step]
        gap = text[edge.end:near.start] if step == 1 else text[near.end:edge.start]
        if not _BINDING_GAP.match(gap):
            continue
        subject_here = any(a.best[i] >= EXACT and int(a.where[i]) in run for i in subject)
        if subject_here:
            return ("bound",)
        people = [j for j in run if not a.words[j].place]
        claims_own = any(a.best[i] >= EXACT and int(a.where[i]) in run for i in range(len(claim)))
        # places may open the run when a comma sets the person off: "… i colloqui Ucraina-Russia, Keith Kellogg"
        lead = [j for j in run if a.words[j].place and j < (people[0] if people else -1)]
        set_off = not lead or (step == 1 and "," in text[a.words[lead[-1]].end:a.words[people[0]].start])
        if people and strict and not claims_own and set_off:
            return ("other", claim[subject[-1]], a.words[people[0]])
    return None


def _supporting(claim: Sequence[Word], aligned: Sequence[Aligned], top: Sequence[int], best: int) -> list[int]:
    """The best sentence, plus the top sentences that match claim words the best one misses."""
    chosen = [best]
    if not claim:
        return chosen
    covered = aligned[best].best >= MATCH
    for i in top:
        if i == best:
            continue
        adds = (aligned[i].best >= MATCH) & ~covered
        if adds.any() and sum(w.weight for w, a in zip(claim, adds) if a) >= 1.0:
            chosen.append(i)
            covered |= adds
    return chosen


# the points of the compass and the centre: one excludes another ("Asia settentrionale", "Asia centrale")
_COMPASS = {fold(w): key for key, words in {
    "n": "nord settentrionale settentrionali north northern", "s": "sud meridionale meridionali south southern",
    "e": "est orientale orientali east eastern", "w": "ovest occidentale occidentali west western",
    "c": "centro centrale centrali central"}.items() for w in words.split()}


_QUOTED = re.compile(r"[“«\"]+([^“”«»\"]{2,80})[”»\"]+")


def _quoted_words(query: str, claim: Sequence[Word]) -> list[list[int]]:
    """The claim words inside each quoted phrase of the claim ('… are "Never Trumpers."'), by claim index."""
    out = []
    for m in _QUOTED.finditer(query):
        inside = [i for i, w in enumerate(claim) if m.start(1) <= w.start < m.end(1)]
        if inside and len(inside) < len(claim):
            out.append(inside)
    return out


def _quotes_claim(claim: Sequence[Word], quoted: list[list[int]], a: Aligned) -> bool:
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


def _mark_restates(query: str, claim: Sequence[Word], a: Aligned, mark: tuple[int, int, str]) -> bool:
    """Whether the words calling something false restate a number or a name of the claim: "— not more than
    10%, as he claimed" of a claim that murders dropped "by more than 10%"; or name whom a claim that quotes
    someone misquotes ("misquoted House Speaker Nancy Pelosi" of "Pelosi said …")."""
    start, end, words = mark
    inside = [j for j, w in enumerate(a.words) if start <= w.start < end]
    if _MISQUOTE.match(words) and _QUOTING.search(query):  # whom: "misquoted House Speaker Nancy Pelosi"
        inside += [j for j, w in enumerate(a.words) if w.start >= end][:4]
    return any(a.sim[i, j] >= EXACT for j in inside for i, c in enumerate(claim)
               if c.number is not None or c.is_name)


_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:in|a|ad|at|to|into|nel|nella|nello|negli|nelle|verso|presso)"
                              r"\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")  # "at Moscow's initiative": whose, not where
LOCATED_REACH = 5  # sentence words after the matched verb where the event's place may stand


def _located_after(claim: Sequence[Word], i: int, query: str, a: Aligned, text: str) -> int | None:
    """Where the sentence puts the claim's event when claim word i, a place after a locative preposition
    ("morì in Spagna"), is the claim's last word but punctuation and the word before it (its verb) is
    matched: the first place after a locative preposition within LOCATED_REACH sentence words after that
    verb ("morì improvvisamente nell'85 a.C., a Roma"), no other matched claim word between; or None."""
    if i == 0 or i != len(claim) - 1 or not _LOCATIVE_BEFORE.search(query[:claim[i].start]):
        return None
    verb = claim[i - 1]
    if verb.is_name or verb.number is not None or a.best[i - 1] < MATCH:
        return None
    anchor = int(a.where[i - 1])
    used = {int(a.where[k]) for k in range(len(claim)) if k != i - 1 and a.best[k] >= MATCH}
    for j in range(anchor + 1, min(len(a.words), anchor + 1 + LOCATED_REACH)):
        w = a.words[j]
        if w.place and w.is_name and _LOCATIVE_BEFORE.search(text[:w.start]):
            return j
        if j in used or not _between_verb_and_place(w):
            return None  # another phrase ("took place after talks in Washington"), not the verb's place
    return None


def _between_verb_and_place(w: Word) -> bool:
    """A word that may stand between a verb and its place: an adverb, a date ("morì improvvisamente nell'85
    a.C., a Roma")."""
    return (w.number is not None or w.weight < 1.0 or w.norm in _ARTICULATED or w.text in _ERA
            or w.norm.endswith(("mente", "ly")))


_ARTICULATED = frozenset("nel nell nella nello nei negli nelle del dell della dello dei degli delle".split())


def _slot_conflicts(claim: Sequence[Word], a: Aligned, union: np.ndarray, text: str) -> list[tuple[int, int, str]]:
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
        if c.number is not None or c.weight < 1.0:
            continue
        # a word the top sentences say somewhere is no conflict; a place matched only by an
        # adjective ("Moscow" ~ "russo") still is when another place holds its slot
        # names and places are judged in this sentence: the article may name Trump elsewhere and
        # still say "Obama" where the claim says "Trump"
        loose_place = c.place is not None and c.is_name and a.best[i] < EXACT
        if c.is_name and not loose_place and a.best[i] >= EXACT:
            continue
        left = next((k for k in range(i - 1, max(-1, i - 3), -1) if matched[k]), None)
        right = next((k for k in range(i + 1, min(n, i + 3)) if matched[k]), None)
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
        # incontrati di persona" against "Lavrov e Rubio, nel loro colloquio telefonico, …"
        near = [j for j in range(max(0, anchors[0] - 3), min(len(a.words), anchors[-1] + 4))
                if j not in sent_used and opposite(c.norm, a.words[j].norm) and not _just_negated(text, a.words[j])]
        if near:
            out.append((i, near[0], "opposite"))
            continue
        if said_elsewhere:
            continue
        if len(anchors) == 2 and anchors[1] - anchors[0] <= 4:
            slot = set(range(anchors[0] + 1, anchors[1]))
        else:
            slot = {anchors[0] - 1, anchors[0] + 1} if len(anchors) == 1 else {anchors[0] + 1, anchors[1] - 1}
        if c.is_name:  # a name's slot: next to either neighbour too ("at Moscow's initiative")
            slot |= {j + d for j in anchors for d in (-1, 1)}
        candidates = [j for j in sorted(slot) if 0 <= j < len(a.words) and j not in sent_used
                      and a.words[j].number is None and a.words[j].weight >= 1.0]
        day = _calendar(c.norm)
        days = [j for j in candidates if day is not None and (_calendar(a.words[j].norm) or ("",))[0] == day[0]]
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
        if loose_place and not (s.place and s.is_name and s.place != c.place):
            continue
        if c.place and s.place and _within_region(c.place, s.place):
            continue  # a region holding the country: "Europa" is not put against "Italia"
        if (c.place and s.place and c.place != s.place) or (
                c.norm in _COMPASS and s.norm in _COMPASS and _COMPASS[c.norm] != _COMPASS[s.norm]):
            out.append((i, j, "place"))  # "Mosca" for "Washington"; "Asia settentrionale" for "Asia centrale"
        elif opposite(c.norm, s.norm) and not _just_negated(text, s):
            out.append((i, j, "opposite"))  # "la terza città più piccola" for "più grande"
        elif c.is_name and s.is_name:
            out.append((i, j, "name"))
        elif not c.is_name and s.is_name and not s.place and _lone_capital(a, j):
            out.append((i, j, "word"))  # "defence" where the article says "Esteri"
        elif c.is_name != s.is_name:
            continue  # a name against a plain word is a paraphrase as often as a conflict
        else:
            out.append((i, j, "word?" if a.sim[i, j] >= 0.3 else "word"))
    return out


AFTER_NAME_REACH = 4  # content words after a name read for what the sentence says of that person
SAYS_MORE = 0.4  # how much more of the rest of a claim a sentence must match to outweigh one stating its number


def _opposite_after_name(claim: Sequence[Word], a: Aligned, text: str) -> tuple[int, int, str] | None:
    """For a person the claim names before what it says of them, an opposite of a word it says (or another
    ordinal, weekday or month) standing in the sentence within AFTER_NAME_REACH content words after that name,
    no other name between: (claim index, sentence index, conflict reason); None otherwise."""
    k = 0
    while k < len(claim):
        if not claim[k].is_name or claim[k].place:
            k += 1
            continue
        lo, hi = _claim_name_run(claim, k)
        k = hi + 1
        if any(a.best[x] < EXACT for x in range(lo, hi + 1)):
            continue
        end = max(int(a.where[x]) for x in range(lo, hi + 1))
        # not a word the sentence says of them further on, before naming anyone else: "Sinner won his first
        # title in 2019 and his second in 2024" says "second" of him too
        names_after = [j for j in range(end + 1, len(a.words)) if a.words[j].is_name]
        said = [x for x in range(hi + 1, len(claim)) if not claim[x].is_name and claim[x].number is None
                and not (a.best[x] >= EXACT and end < int(a.where[x]) < min(names_after, default=len(a.words)))]
        for j in range(end + 1, min(len(a.words), end + 1 + AFTER_NAME_REACH)):
            s = a.words[j]
            if s.is_name:
                break
            for x in said:
                if opposite(claim[x].norm, s.norm) and not _just_negated(text, s):
                    return x, j, "opposite"
                # another ordinal, weekday or month said of them: "Reform UK came second" against "James Bell came
                # second …, while Reform UK finished third"
                mine, theirs = _calendar(claim[x].norm), _calendar(s.norm)
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


def _names_role_holder(a: Aligned, first: int, last: int, whose: Sequence[Word], text: str) -> bool:
    """Whether a person is named next to a role's words (sentence words first..last): right after it, past
    the words saying whose role it is ("il sindaco di Bologna, Matteo Lepore"), or right before it with a
    comma between ("Valentina Orioli, assessora ai trasporti"); not when another name says whose role it is."""
    def person(j: int) -> bool:
        return 0 <= j < len(a.words) and a.words[j].is_name and a.words[j].place is None

    def theirs(j: int) -> bool:  # a word of whose role it is, as the question names it
        return any(w.norm == a.words[j].norm or (w.place and w.place == a.words[j].place) for w in whose)

    j = last + 1
    while j < len(a.words) and j - last <= ROLE_REACH and theirs(j):
        j += 1
    if j < len(a.words) and _WHOSE_BEFORE.search(text[a.words[j - 1].end:a.words[j].start]):
        return False  # "il sindaco di Milano, …": the role of some other place or body
    if j < len(a.words) and j - last <= ROLE_REACH and person(j) and not theirs(j) and (
            len(text[a.words[last].end:a.words[j].start]) <= ROLE_GAP or all(theirs(k) for k in range(last + 1, j))):
        return True
    j = first - 1
    return person(j) and not theirs(j) and text[a.words[j].end:a.words[first].start].strip().startswith(",")


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


def _claim_denies(claim, a: Aligned, pol) -> bool:
    """Whether the claim's negation bears on what the sentence states: the sentence matches the
    claim, and the words the negation governs in the claim."""
    if len(_matched_at(claim, a)) < 2:
        return False
    span = pol.first_span()
    after = [i for i, w in enumerate(claim) if w.start > span[0] and w.weight >= 1.0][:2]
    return any(a.best[i] >= STRONG_MATCH for i in after) if after else True


def _evidence_denies(claim, a: Aligned, pol, text: str) -> int | None:
    """Where the sentence's negation that bears on words the claim matched starts (the same clause),
    or None; it takes two matched words for a sentence to be about the claim."""
    matched = _matched_at(claim, a)
    return _denied_at(a, pol, text, matched) if len(matched) >= 2 else None


# what is measured place by place: a figure "in Europe" says nothing of the same figure elsewhere
_MEASURES = frozenset(stem(fold(w)) for w in """inflation inflazione unemployment disoccupazione price prices prezzi
prezzo case cases casi caso gdp pil growth crescita turnout affluenza temperature temperatures sales vendite
export exports esportazioni import imports importazioni death deaths morti decessi infection infections contagi
emission emissions emissioni population popolazione rate rates tasso tassi poverty povertà crime crimes
criminalità reati wage wages salari stipendi debt debito deficit""".split())


def _measured_in(sentence, c: Conflict, claim: Sequence[Word]) -> bool:
    """Whether the sentence gives its place to a measure the claim speaks of, right before it ("measles
    cases in Europe", "l'inflazione in Italia"): a figure of another place, not the claim's event elsewhere
    ("The summit took place in Geneva" keeps its conflict with "in Helsinki")."""
    start = c.start - sentence.start
    before = [t for t in tokens(sentence.text[:start])][-3:]
    measured = {w.stem for w in claim if w.stem in _MEASURES}
    return any(stem(t.norm) in measured for t in before)


_ALSO = re.compile(r"\b(?:also|too|as\s+well(?!\s+as)|anche)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|da|dal|dall['’]|dallo|dalla|dai|dagli|dalle)\s*$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s*%?\s*(?:to|a|al|all['’]|ai|agli)\s*", re.IGNORECASE)
FROM_REACH = 60  # characters between a figure and the earlier value it moved from ("38%, down from 61%")


def _previous_value(w: Word, query: str, claim: Sequence[Word], top, aligned, evidence) -> tuple[int, Word] | None:
    """Where the claim's number is stated only as the value something moved from ("Turnout was 38%, down
    from 61%", "all'1,1%, dall'1,6% di settembre"): the sentence's figure before it, which stands against
    it; None when a sentence states the number otherwise, the claim gives it as the earlier value too
    ("Il fondo passa da quindici a ventiquattro milioni" against "sale a 24 milioni, dai 15 del 2025"), or
    the claim names all that follows the earlier value ("A settembre l'inflazione era all'1,6%": "di
    settembre")."""
    if _FROM_BEFORE.search(query, max(0, w.start - 8), w.start):
        return None
    found = None
    norms = {c.norm for c in claim}
    for i in top:
        text, words = evidence[i].sentence.text, aligned[i].words
        moved = {before.pos: now for now, before in _moves(words, text)}
        for s in words:
            if s.number is None or not number_agrees(w, s):
                continue
            if s.pos not in moved:
                return None  # stated otherwise, or as an earlier value with no figure now beside it
            # what the earlier value belongs to, up to the end of its phrase: "di settembre", "at the general
            # election"; the claim naming all of it speaks of that earlier time ("questa stagione" does not
            # name "dai 4.200 della scorsa stagione")
            end = min([k for k in (text.find(",", s.end), text.find(".", s.end), text.find(";", s.end)) if k >= 0],
                      default=len(text))
            belongs = [x for x in words if s.end < x.start < end][:3]
            if belongs and all(x.norm in norms for x in belongs):
                return None
            found = found or (i, moved[s.pos])
    return found


def _moves(words: Sequence[Word], text: str):
    """The figures a sentence gives with the value they moved from, as (now, earlier) pairs: "reached 61%, up
    from 53%", "sceso da 140 a 65 giorni", "sale a 24 milioni, dai 15 del 2025". The figure now counts the
    same thing (not "40 dipendenti" for "da 3 anni"), right after the earlier value ("sceso da 140 a 65
    giorni", "from 4.1% to 3.4%") or before it ("eased to 3.4% in February, down from 4.1%")."""
    for s in words:
        if s.number is None or not _FROM_BEFORE.search(text, max(0, s.start - 8), s.start):
            continue
        after = next((x for x in words if x.number is not None and x.start > s.end
                      and _TO_BETWEEN.fullmatch(text[s.end:x.start]) and _counts_alike(words, x, s)), None)
        current = [x for x in words if x.number is not None and x.end <= s.start and x.number != s.number
                   and not _is_year(x) and s.start - x.end <= FROM_REACH and _counts_alike(words, x, s)]
        if after is not None or current:
            yield after or current[-1], s


_CHANGE_BEFORE = re.compile(r"\b(?:by|di|del|dello|della|dell['’]|of)\s*$", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"\s*(?:percentage\s+points?|points?|punti(?:\s+percentuali)?|punto\s+percentuale)\b",
                           re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|percento)", re.IGNORECASE)


def _change_of(w: Word, query: str, a: Aligned, text: str) -> Word | None:
    """Where the claim's number is a change ("rose by eight percentage points", "aumentato del 15%") that the
    sentence gives as a figure and the value it moved from, that figure: their difference makes the number
    ("61%, up from 53%": 8 points), or for a percentage not in points, the difference over the earlier value
    (53 to 61: 15%); None otherwise."""
    if w.number is None or not _CHANGE_BEFORE.search(query, max(0, w.start - 8), w.start):
        return None
    try:
        value = float(w.number)
    except ValueError:
        return None
    percent = _PERCENT_AFTER.match(query, w.end) is not None and _POINTS_AFTER.match(query, w.end) is None
    for now, before in _moves(a.words, text):
        if _is_year(before):
            continue  # "from 2019 to 2021" is a span of years, no change
        x, y = float(now.number), float(before.number)
        change = abs(x - y) / abs(y) * 100 if percent and y else abs(x - y)
        if abs(change - value) <= max(0.5 if percent else 0.0, 0.01 * value):
            return now
    return None


def _counts_alike(words: Sequence[Word], x: Word, y: Word) -> bool:
    """Whether two numbers of a sentence may count the same thing: the words right after them ("3 anni",
    "40 dipendenti"; a time word counts here) agree, or one of them has none."""
    def after(n: Word) -> Word | None:
        nxt = words[n.pos + 1] if n.pos + 1 < len(words) else None
        return nxt if nxt is not None and nxt.number is None and nxt.start - n.end <= 2 else None

    a, b = after(x), after(y)
    return a is None or b is None or _same_unit(a, b)


def _named_both(w: Word, k: int, aligned: Sequence[Aligned], top: Sequence[int]) -> bool:
    """Whether claim word `k` is a name a top sentence names too: written with a capital on both sides
    ("Babur" opening the claim and its sentence), not "Measles" opening the claim against "measles"."""
    return (w.is_name or w.text[:1].isupper()) and any(
        aligned[i].best[k] >= EXACT and aligned[i].words[int(aligned[i].where[k])].text[:1].isupper() for i in top)


def _subject_name(claim: Sequence[Word], after: int = 0) -> list[int]:
    """The claim's first name (its words' indices) when the claim opens with it, after a leading
    attribution ending at character `after` ("According to Politico, Kellogg …"): the one it is about."""
    first = next((i for i, w in enumerate(claim) if w.start >= after), None)
    if first is None or not claim[first].is_name:
        return []
    lo, hi = _claim_name_run(claim, first)
    return list(range(max(lo, first), hi + 1))


_OF = frozenset("di del dello della dei degli delle d of".split())


def _subject_at(subject: Sequence[int], a: Aligned, text: str) -> list[int]:
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
    before = tokens(text[:a.words[lo].start])[-2:]
    if len(before) == 2 and before[1].norm in _OF and before[0].norm in _NAMING_HEADS:
        return False  # "la città di Providence", "the state of Texas": the name is what is named
    return bool(before and before[-1].norm in _OF) or text[a.words[hi].end:a.words[hi].end + 2] in ("'s", "’s")


# nouns that a name after "di" / "of" names rather than modifies: "la città di Providence" is Providence
_NAMING_HEADS = frozenset(fold(w) for w in """
città comune provincia regione stato isola isole paese villaggio contea repubblica regno principato
ducato arcipelago penisola lago fiume monte
city town village state island islands county province region republic kingdom country lake river mount
""".split())


def _person_subject(subject: Sequence[int], claim: Sequence[Word], query: str) -> bool:
    """Whether the claim is about a person it opens with (not a place, not "The Obama administration",
    not "Trump's envoy")."""
    if not subject or any(claim[j].place for j in subject):
        return False
    first = tokens(query)[:1]
    if not first or first[0].start != claim[subject[0]].start:
        return False  # "The Obama administration", "Nel Kentucky": the name opens no person's clause
    return query[claim[subject[-1]].end:claim[subject[-1]].end + 2] not in ("'s", "’s")  # "Trump's envoy"


def _all_modifiers(subject: Sequence[int], a: Aligned, text: str) -> bool:
    """Whether a sentence names the claim's subject in full, and only as a modifier of something else:
    "l'inviato speciale di Trump" says nothing of Trump himself."""
    return all(a.best[j] >= EXACT for j in subject) and all(_modifier(a, int(a.where[j]), text) for j in subject)


def _matched_at(claim, a: Aligned) -> list[int]:
    """The sentence words (indices) that the claim's words match."""
    return [int(a.where[i]) for i in range(len(claim)) if a.best[i] >= MATCH]


NEGATION_REACH = 14  # tokens after a negation mark (in its clause) that it governs


def _denied_at(a: Aligned, pol, text: str, matched: Sequence[int]) -> int | None:
    """Where the negation that denies a matched sentence word starts, or None.

    Each mark governs the words it opens, in its clause: "Non ci saranno né l'inviato ..., Keith
    Kellogg, né ..." denies Kellogg through the "né" that opens his phrase, too far from "Non". Who
    says the sentence is not denied by it ("No new vaccine is needed, Kluge said, …")."""
    toks = tokens(text)
    speakers = article_sources(text)
    matched = [j for j in matched if not any(s <= a.words[j].start < e for s, e, _ in speakers)]
    marks = sorted({t.start for t in pol.explicit} | {s for s, _, _ in pol.implicit})
    for neg_start in marks:
        clause_end = _clause_end(text, neg_start)
        window = [t for t in toks if neg_start <= t.start < clause_end][:NEGATION_REACH]
        limit = window[-1].end if window else neg_start
        if any(neg_start < a.words[j].start < limit for j in matched):
            return neg_start
    return None


def _phrase(text: str, start: int, words: int = 5) -> tuple[int, int]:
    """The negation and the few words after it, within its clause: what to highlight."""
    end = _clause_end(text, start)
    toks = [t for t in tokens(text) if start <= t.start < end][:words]
    return start, (toks[-1].end if toks else end)


def _clause_end(text: str, start: int) -> int:
    """Where the clause opening at `start` ends: at a stop, at the close of a quotation, or where "but" /
    "ma" opens another that a negation before it does not govern ("did not visit the area on Monday, but
    she promised emergency funding")."""
    for k in range(start, len(text)):
        if text[k] in ";:.!?\n":
            return k
        if text[k] == "," and _CONTRAST_AFTER.match(text, k + 1):
            return k
        # a quotation ends where its closing mark stands: "… and no business model changes that," said
        # Marieke Dijkstra, the authority's vice-chair (the denial is hers, not of her office)
        if text[k] in "”»" or (text[k] == '"' and k > start and not text[k - 1].isspace()):
            return k
    return len(text)


_CONTRAST_AFTER = re.compile(r"\s*(?:but|yet|whereas|ma|però|bensì|mentre)\b", re.IGNORECASE)


def vector_of(values: dict[str, float], names_: Sequence[str]) -> np.ndarray:
    return np.array([float(values.get(n, 0.0)) for n in names_], dtype=np.float64)
