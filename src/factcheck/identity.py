"""What a claim says its subject is ("X è l'inviato …", "X is a Y"): the words bound to the subject,
the kind of thing it is said to be, and another description the sentence gives the same subject.
"""

from __future__ import annotations

import re
from typing import Sequence

from .align import EXACT, MATCH, STRONG_MATCH, Aligned, Word
from .slots import OF_WORDS, name_run
from .text import fold, tokens


EXCLUSIVE = frozenset("""solo soltanto esclusivamente unicamente unico unica sempre mai nessuno tutti tutte
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


def copula_denied(query: str, pc) -> bool:
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
    before = [i for i, w in enumerate(claim) if w.end <= cop.start]
    desc = [i for i in before if claim[i].weight >= 1.0]
    # DESC may name whose office it is after a preposition ("Il portavoce del comitato Binario Comune è Marco
    # Ferlini"), not a person right after its head ("Il ministro Rossi è …")
    if not before or claim[before[0]].is_name and not claim[before[0]].place or any(
            claim[i].is_name and not claim[i].place and claim[i].start - claim[i - 1].end <= 1 and i - 1 == before[0]
            for i in before[1:]):
        return None
    if not subject or any(not claim[i].is_name for i in subject) or len(desc) < 2 or len(desc) != len(before):
        return None
    return subject, desc


def _copula_then_possessive(query: str, toks) -> int | None:
    """The index of the first copula when a possessive name follows it ("is Trump's special envoy")."""
    found = _after_copula(toks)
    if not found or found[1] >= len(toks) or not toks[found[1]].text[:1].isupper():
        return None
    after = toks[found[1]].end
    return found[0] if query[after:after + 2] in ("'s", "’s") else None


def claimed_identity(query: str, claim: Sequence[Word]) -> tuple[list[int], list[int]] | None:
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


def claimed_category(query: str, claim: Sequence[Word]) -> tuple[list[int], int] | None:
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


def category_in(category, a: Aligned, text: str) -> int | None:
    """Where a sentence says what the claim's subject is ("La Corsica (…) è un'isola"): the index of
    that word ("isola") among the sentence's words; None when the sentence does not say it so."""
    subject, _ = category
    if any(a.best[i] < EXACT for i in subject):
        return None
    first = a.words[min(int(a.where[i]) for i in subject)]
    before = [t for t in tokens(text[:first.start])][-1:]
    if before and before[0].norm in OF_WORDS:
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


def described_otherwise(identity, a: Aligned, text: str) -> bool:
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


def binding(identity, claim: Sequence[Word], a: Aligned, text: str):
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


def supporting_sentences(claim: Sequence[Word], aligned: Sequence[Aligned], top: Sequence[int], best: int) -> list[int]:
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
