"""Where a claim conflicts with its evidence sentences, and the features that say so.

`ConflictSearch` reads one claim against its aligned evidence (`align.py`) and looks, in order, for
what the claim says its subject is (`identity.py`), a word standing in another's slot (`slots.py`),
another kind of thing, numbers and dates (`values.py`), the place of the claim's event, weekdays a
date fixes, what a sentence says of the claim's person right after naming them, reversed roles,
negation on one side only, a sentence calling the claim false, a sentence relaying what a post says,
and who says it (`sources.py`). Each check is a method; `run` calls them in the order they override
each other and fills the extraction's feature values, conflicts and relaying sentences.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .align import (CALENDAR, EXACT, FRACTION, MATCH, MONTH_NUMBER, STRONG_MATCH, Aligned, Word, content_words, english_base,
                    number_agrees, opposite, same_span, same_span_as_one, similarity_matrix)
from .identity import (EXCLUSIVE, binding, category_in, claimed_category, claimed_identity, copula_denied,
                       described_otherwise)
from .retrieve import Evidence
from .signals import (CORRECTION_RE, DECISION_CLAIM_RE, DURATION_KIND, MEDIUM_RE, SCALE_WORDS, debunks, is_money, languages_differ,
                      left_open, polarity, relays, reports_denial, undecided)
from .slots import (LOCATIVE_BEFORE, POSSESSIVE, SAYS_MORE, all_modifiers, claim_denies, denied_at, evidence_denies,
                    initiators, located_after, mark_about_else, mark_restates, name_run, named_both, negation_phrase,
                    opposite_after_name, own_apposition, person_subject, QUOTED, quoted_words, quotes_claim, reversed_roles,
                    open_about_claim, role_holder, slot_conflicts, subject_at, subject_name, compared)
from .sources import (ANAPHORIC_ATTRIBUTION, ROLE_WORDS, ClaimSource, article_sources, claim_name_run, named_share_of,
                      named_short, next_sentence, person_name_runs, previous_sentence, quotation_goes_on, retrieved_at, retrieved_index, source_name,
                      speaker_before, subject_before)
from .text import fold, tokens
from .types import Conflict
from .signals import CLAUSE_STOP
from .values import (ALSO, colon_shares, plain_figure, years_of, year_dates, labels_read_after, claimed_order, earlier_marked, sums_before_rest, named_sums, part_value, scaled_value, AVERAGE, averages, thing_ratios, claimed_months, months_apart, part_label, said_as_balance, claimed_every, clock_spans, weekday_spans, ARITHMETIC, ONE_VOTE_MARGIN, points_apart_end, gap_before_name, race_times, rest_of_listed, running_years, said_as_gap, of_which_shares, HYPOTHETICAL, RELATIVE_YEAR, across_two, claimed_days_apart, dates_of, compared_differences, compared_figure, bound_spans, claim_value, change_of, claimed_direction, complement_shares, counted_of,
                     clock_part, counted_shares, counted_unit, counts_it, counts_people, dated, dated_weekday, day_span, day_of_month,
                     direction_at, earlier_of_change, figure_agrees, given_for_earlier, hypothetical, is_share, is_year_word, measured_in,
                     month_of_day, month_of_year, moved_by, moves, of_earlier, other_earlier_value, parts_of,
                     previous_value, rest_of, rests, said_as_change, said_as_margin, same_unit, scaled_value,
                     share_agrees, sums, THESE_FIRST, listed_owners, fraction_of_figure, owner_after, compared_at, CLAUSE_MARK, bound_agrees, claimed_ratio, move_ratios, vote_ratios, claimed_against, labelled_figures, said_as_difference, said_as_points_apart, differences, measure_way, REMAINING, remainders, said_as_range, days_later, WHOLE_CLAIMED, partial_owners, multiple_of, shares_of_whole_before, unit_elided, vote_margins, whole_before, with_the_others, clock_times, claimed_hours_apart, moved_by_fraction, claimed_more_than, yearly_sums, claimed_years_span)

# "X è il/la/l'…", "X is the …", "X is Kestrel's …": a description one person holds
DEFINITE_ROLE = re.compile(
    r"\b(?:è|e'|era|sarà|is|was|will\s+be)\s+(?:(?:il|lo|la|i|gli|le|the)\s+|l['’]\s*|\w+['’]s\s+)", re.IGNORECASE)
# done before now ("already", "già"), against a plan right before the same verb in the sentence ("plans to offer",
# "prevede di firmare", "will be paid"); PLANNED_REACH characters before the sentence's verb are read
ALREADY = re.compile(r"\b(?:already|già|ormai)\b", re.IGNORECASE)
PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|aims?|expects?|expected|(?:is|are)\s+set|will|would|"
    r"prevede|prevedono|intende|intendono|punta|puntano|conta|contano|(?:ha|hanno)\s+in\s+programma|"
    r"dovrebbe|dovrebbero|sarà|saranno|verrà|verranno|"
    # any Italian future: "entro marzo 2026 l'aeroporto installerà 14 chioschi"
    r"\w{2,}(?:rà|ranno))\b", re.IGNORECASE)  # "che sarà installata … entro marzo"
PLANNED_REACH = 40
# a thing asked of someone, not done: "una mozione che chiede al ministero dell'Agricoltura di riconoscere lo stato di
# calamità", "calls on the government to recognise"; the act is the verb after "di" / "a" / "to" within REQUEST_REACH
REQUESTED = re.compile(r"\b(?:chiede|chiedono|chiedeva|chiedevano|(?:ha|hanno)\s+chiesto|chiedendo|sollecita|sollecitano|"
                       r"invita|invitano|(?:ha|hanno)\s+invitato|esorta|esortano|asks?|asked|asking|calls?\s+on|called\s+on|"
                       r"calling\s+on|urges?|urged|urging)\b", re.IGNORECASE)
# a thing its doer only proposed, not done: "il consiglio di amministrazione ha proposto di portarla a 15 euro", "the
# board has proposed to raise"; the doer named before it, the act the verb after "di" / "to"
PROPOSED = re.compile(r"\b(?:(?:ha|hanno|aveva|avevano)\s+propost[oa]|propone|propongono|(?:has|have|had)\s+proposed|"
                      r"proposes?)\s+(?:di|to)\s+", re.IGNORECASE)
# which way someone voted: "hanno votato a favore della modifica", "voted against the plan"
VOTED_FOR = re.compile(r"\b(?:votat[oaie]|votano|votarono|vota|voted|votes?|voting)\s+(?:a\s+favore|in\s+favou?r|for)\b", re.IGNORECASE)
VOTED_AGAINST = re.compile(r"\b(?:votat[oaie]|votano|votarono|vota|voted|votes?|voting)\s+(?:contro|against)\b", re.IGNORECASE)
VERB_ROOT = 5  # letters a claim's verb and a proposed act share where a pronoun is joined to the act ("portarla")
PROPOSER_REACH = 60  # characters before "ha proposto di" read for its doer
_REQUESTED_ACT = re.compile(r"[^.;:!?]*\b(?:di|a|ad|to)\s+$", re.IGNORECASE)
REQUEST_REACH = 80
_ALMOST = re.compile(r"\b(?:almost|nearly|just\s+under|quasi|poco\s+meno\s+d\w*)\s+$", re.IGNORECASE)  # (before a share)
# where a company or body is based: "Hallow Travel is based in Elmstead Vale", "ha sede a Rovereto"; in a sentence
# "the Carrowby-based firm Hallow Travel", "Hallow Travel, based in Carrowby", "con sede a Rovereto"
_PLACE_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
_BASED_CLAIM = re.compile(r"\b(?:is|are|was|were)\s+(?:based|headquartered)\s+in\s+(?P<place>" + _PLACE_NAME + r")|\b(?:ha|hanno|"
                          r"aveva|avevano)\s+(?:la\s+)?(?:propria\s+|sua\s+)?sede\s+(?:a|ad|in)\s+(?P<place_it>" + _PLACE_NAME + ")")
_BASED_SENT = re.compile(r"\b(?P<p1>[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)*)-based\b|\b(?:based|headquartered)\s+in\s+"
                         r"(?P<p2>" + _PLACE_NAME + r")|\bcon\s+sede\s+(?:a|ad|in)\s+(?P<p3>" + _PLACE_NAME + ")")
BASED_REACH = 60  # characters between the base a sentence gives and the name of what is based there
_YEAR_UNITS = frozenset(fold(w) for w in "year years anni anno seasons stagioni".split())
GAP_NAME_REACH = 40  # characters after "ahead of" read for the one a time gap was finished ahead of
MOVED_REACH = 40  # characters after a thing read for the word saying which way it moved
CLAUSE_END = re.compile(r"[.;:!?]|,\s*(?:e|and)\b|\s(?:e|and)\s")  # a clause's end, or another one joined
# what the rest of a whole leaves out: "diversi da Pievecastello", "al di fuori delle dodici ore più intense"
LEFT_OUT = re.compile(r"\b(?:divers[oaie]\s+da|al\s+di\s+fuori|tranne|eccetto|ad\s+eccezione|esclus[oaie]|other\s+than|"
                      r"outside|apart\s+from|except|excluding|besides)\b", re.IGNORECASE)
# all of a whole: "tutti i 1.100 ettari", "all 1,100 hectares", "all of the 1,100 hectares"
# (or "the whole £1.9 million cost", "the entire 1,100 hectares")
ALL_BEFORE = re.compile(r"\b(?:tutti\s+(?:i|gli)|tutte\s+le|all(?:\s+of)?(?:\s+the)?|the\s+(?:whole|entire|full))\s*[€$£¥]?\s*$",
                        re.IGNORECASE)
ALL_REACH = 20  # characters before a number read for it
WHOLLY = re.compile(r"\b(?:tutti|tutte|interamente|esclusivamente|entirely|wholly|exclusively|all\s+of\s+them)\b", re.IGNORECASE)
TOTAL_BEFORE = re.compile(r"\b(?:complessivamente|in\s+tutto|in\s+totale|a\s+total\s+of|in\s+all|altogether|overall)\s*"
                          r"(?:di\s+|of\s+)?[€$£¥]?\s*$", re.IGNORECASE)
# a total: "I danni complessivi", "in tutto", "the total cost", "overall"
TOTAL = re.compile(r"\b(?:complessiv[oaie]|complessivamente|totale|totali|in\s+tutto|in\s+totale|total|totals|overall|"
                   r"altogether|in\s+all)\b", re.IGNORECASE)
# not done yet: "i 120 posti auto promessi … non sono ancora stati realizzati", "has not yet been built", "is yet to open"
NOT_YET = re.compile(r"\bnon\s+(?:(?:è|e'|sono|era|erano|ha|hanno|aveva|avevano)\s+)?(?:(?:stat[oaie]|mai)\s+)?ancora\b|"
                     r"\b(?:not|n['’]t)\s+yet\b|\byet\s+to\b|\bstill\s+(?:not|has\s+not|hasn['’]t)\b",
                     re.IGNORECASE)
NOT_YET_AFTER = re.compile(r"[^.;:]{0,60}?(?=" + NOT_YET.pattern + r")", re.IGNORECASE)
DECIDED_SAID = 0.6  # share of what a claim says is decided that a sentence saying nothing is decided matches
# a decision the claim says is made: "ha già deciso di", "è stato deciso", "has decided to", "it was decided"
# (an approval is a decision made: "The airport's board has approved a plan to lengthen the runway")
DECIDED_CLAIM = re.compile(r"\b(?:(?:ha|hanno|aveva|avevano)\s+(?:già\s+)?(?:deciso|approvat[oaie]|deliberat[oaie]|concess[oaie]|"
                           r"accertat[oaie]|stabilit[oaie]|confermato\s+che)|(?:has|have|had)\s+(?:already\s+)?(?:established|"
                           r"determined|confirmed\s+that)|"
                           r"(?:è|sono|era)\s+(?:già\s+)?stat[oaie]\s+(?:decis[oaie]|approvat[oaie]|deliberat[oaie])|"
                           r"(?:has|have|had)\s+(?:already\s+)?(?:decided|approved|agreed\s+to|granted)|(?:was|were|has\s+been|"
                           r"had\s+been)\s+(?:already\s+)?(?:decided|approved|agreed)|decided\s+to|"
                           # a position taken: "si è detto favorevole a", "has come out in favour of"
                           r"(?:si\s+è|si\s+sono)\s+(?:già\s+)?(?:dett[oaie]|espress[oaie]|dichiarat[oaie])\s+(?:favorevol[ei]|"
                           r"contrari[oaie]?|a\s+favore)|(?:has|have)\s+(?:already\s+)?come\s+out\s+(?:in\s+favou?r|against))\b",
                           re.IGNORECASE)
# a share the claim gives of a total: "meno di un decimo del totale dell'anno", "of the total", "of all the"
OF_THE_TOTAL = re.compile(r"\b(?:del\s+totale|of\s+the\s+total|of\s+all\s+the|di\s+tutt[ie]\s+(?:i|le|gli))\b", re.IGNORECASE)
# or of the cost, a sum: "più della metà del costo finale del cantiere", "less than a third of the total cost"
OF_THE_COST = re.compile(r"\b(?:del\s+costo|della\s+spesa|of\s+the\s+(?:\w+['’]s\s+)?(?:(?:total|final|overall)\s+)?cost)\b",
                         re.IGNORECASE)  # (whose: "of the project's total cost")
_TOTAL_WORDS = frozenset(fold(w) for w in "totale total".split())


# what was set aside for something else: "agreed to leave 600 metres of bank as reed bed rather than rebuild the original
# stone edging", "anziché ricostruire"
RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of|anziché|anziche|invece\s+di|piuttosto\s+che)\b", re.IGNORECASE)
# a thing still waiting for a decision: "Resta invece senza risposta la richiesta di aprire …", "il Comune deve ancora
# verificarne la compatibilità", "sta valutando un ricorso", "is due to go before the council's planning committee"
PENDING = re.compile(r"\b(?:resta|restano|rimane|rimangono)\s+(?:(?:invece|ancora|per\s+ora)\s+)?(?:in\s+sospeso|senza\s+"
                     r"risposta)\b|\b(?:deve|devono)\s+ancora\s+(?:verificar|decider|approvar|valutar|esaminar|votar|discuter)\w*"
                     r"|\bsta(?:nno)?\s+valutando\b|\buna\s+decisione\s+arriverà\b|\bsarà\s+(?:votat|esaminat|discuss)[oa]\b"
                     r"|\b(?:is|are)\s+(?:due|expected|set|scheduled)\s+to\s+(?:go\s+before|be\s+(?:decided|considered|"
                     r"voted\s+on|discussed|heard))\b|\b(?:is|are)\s+(?:still\s+)?(?:considering|weighing)\b"
                     # "la misura dovrà essere votata dal consiglio a dicembre", "has yet to be approved", "must be voted on"
                     r"|\b(?:dovrà|dovranno)\s+(?:ancora\s+)?essere\s+(?:votat|approvat|esaminat|discuss|ratificat)\w*"
                     r"|\b(?:has|have)\s+yet\s+to\s+be\s+(?:approved|voted\s+on|agreed|ratified)\b"
                     r"|\b(?:must|will\s+have\s+to|needs?\s+to)\s+(?:still\s+)?be\s+(?:approved|voted\s+on|ratified)\b"
                     # no position taken yet: "il sindaco … non si è ancora espresso", "has not yet taken a position"
                     r"|\bnon\s+si\s+(?:è|sono)\s+ancora\s+espress[oaie]\b|\b(?:has|have)\s+(?:not|yet\s+to)\s+(?:yet\s+)?"
                     r"(?:taken?\s+a\s+position|said\s+where\s+(?:he|she|they)\s+stands?)\b",
                     re.IGNORECASE)
# a thing said to stay as it is: "Fares will not change this year", "will stay at £1.50", "resterà di 52 euro, non ci
# saranno rincari", "è rimasto fermo", "invariato"
STAYS = re.compile(r"\b(?:will\s+not\s+change|won['’]t\s+change|(?:will|would)\s+(?:stay|remain)\s+(?:at|unchanged|the\s+same)|"
                   r"(?:stays?|stayed|remains?|remained)\s+(?:at|unchanged|the\s+same)|unchanged|frozen|"
                   r"(?:resterà|resteranno|rimarrà|rimarranno|resta|restano|rimane|rimangono)\s+(?:di|a|al|fermo|ferma|"
                   r"fermi|ferme|invariat\w*|stabil\w*|lo\s+stesso|la\s+stessa)\b|rimast[oaie]\s+(?:fermo|ferma|fermi|ferme|"
                   r"invariat\w*|stabil\w*)|invariat[oaie]|non\s+(?:cambier\w*|aumenter\w*|varier\w*)|"
                   r"non\s+ci\s+saranno\s+(?:rincari|aumenti)|nessun\s+(?:rincaro|aumento)|(?:ha|hanno)\s+escluso\s+"
                   r"(?:rincari|aumenti)|no\s+(?:increase|rise)s?\b)", re.IGNORECASE)
# a clause's bounds in a sentence: punctuation, or "mentre" / "while" opening another
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:mentre|while|whereas|but|ma)\s", re.IGNORECASE)
# what a move is reckoned on, said of the time before: "rispetto all'anno scorso", "than last year"
_RECKONED_ON = frozenset(fold(w) for w in "anno anni year years scorso scorsa last previous precedente prima before".split())
STAYS_SAID = 0.6  # share of the claim's plain words, other than its way, the clause saying its thing stays matches
# when a decided thing starts, at the claim's end: "… lo skipass dinamico a partire dal prossimo inverno", "from next year"
# (a sentence saying it is not decided need not say when)
DECIDED_WHEN = re.compile(r"\s(?:a\s+partire\s+d\w*|dal|dalla|dall['’]|entro|from|starting|by|in|nel|nella)\s+(?:il\s+|"
                          r"la\s+|the\s+)?(?:prossim[oaie]|next|this|quest[oa]|\d{4})\b[^,;.]*[.!]?\s*$", re.IGNORECASE)
# a plan said after what is planned: "l'avvio del cantiere …, previsto per lunedì 3 novembre", "the opening, scheduled for
# March"
PLANNED_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:previst[oaie]|programmat[oaie]|fissat[oaie]|in\s+programma|scheduled|"
                           r"planned|expected|due)\s+(?:per|for|on|in|a|al|alla|il|entro|by|to|next)\b"
                           # or only thought about: "uno sconto del 30% per i nuclei a basso reddito è allo studio"
                           r"|[^.;:]{0,60}?\b(?:(?:è|sono|is|are)\s+(?:allo\s+studio|in\s+(?:fase\s+di\s+)?(?:valutazione|studio)|"
                           r"under\s+(?:consideration|review|study)|being\s+(?:considered|studied)))\b", re.IGNORECASE)
_NAME_JOIN = re.compile(r"\s*(?:(?:di|del|della|dei|de|da|of|from)\s+)?$", re.IGNORECASE)  # one name: "X di Y", "X Y"
_CLEFT = re.compile(r"\s*(?:(?:È|E['’]|è)\s+stat[oaie]|[Ff]u|[Ii]t\s+was)\s+")  # "È stato X a chiedere …", "It was X who …"
DONE_BY_OTHER = 0.75  # share of the rest of a claim a sentence naming another person in its person's slot says firmly
# where a sentence listing figures goes on to the next item: ", e per le colonscopie …", "; ", ", mentre …"
_CLAUSE_CUT = re.compile(r",\s+(?:e|ed|mentre|ma|and|while|but|whereas)\b|;\s*", re.IGNORECASE)
LISTED_MORE = 3.0  # weight of the rest of the claim another item of a list must match more than the number's own
# the word before a number, past an article: "entro il 2030" -> "entro", "by 2030" -> "by"
_WORD_BEFORE = re.compile(r"\b(\w+)\s+(?:(?:il|l['’]|the)\s*)?$", re.IGNORECASE)
_OF_JOIN = re.compile(r"\s+(?:di|del|della|dello|dei|degli|delle|of)\s+", re.IGNORECASE)  # "stazione di X"
# what a figure measures, said by its unit ("costa … euro", "dura … minuti", "il numero di abbonamenti"), or that it is
# the figure now
_MEASURED_NOW = frozenset(fold(w) for w in """costa costano costerà costeranno cost costs dura durano durerà dureranno
lasts last takes take pesa pesano weighs weigh adesso ora oggi now today currently attualmente prima before
previously numero number amount quantità quantity scarto margine margin unità units""".split())
# what a change is reckoned against, which the earlier value says ("guadagna otto banchi rispetto a prima" against "38
# banchi, contro i 30 di prima")
_DAY_WORDS = frozenset(fold(w) for w in "giorni giorno days day prima dopo before after earlier later".split())
_MARGIN_WORDS = frozenset(fold(w) for w in """scarto margine margin majority maggioranza differenza carried passed passata
passato""".split())  # a vote's margin, and its passing
_EXCEEDING = frozenset(fold(w) for w in """superato superano superavano supera exceeded exceeds exceed outnumbered
outnumber avanzo disavanzo surplus deficit shortfall""".split())  # the words saying one figure exceeds another, which
# the two figures say
_BALANCE_WORDS = frozenset(fold(w) for w in """bilancio bilanci chiuso chiusa chiude chiudono conti accounts budget closed
year anno""".split())  # the words of a balance said as a surplus, which income and spending say
# the figure a ratio is reckoned on, said as the one before: "meno della metà di quello attuale"
_EARLIER_REFERENT = frozenset(fold(w) for w in """attuale attuali current existing precedente precedenti previous earlier
prima""".split())
_OF_EARLIER = re.compile(r"\b(?:attual[ei]|current|existing|precedent[ei]|previous|earlier|prima|before|scors[oa]|"
                         r"last\s+year|a\s+year\s+(?:earlier|before|ago)|ago|fa)\b", re.IGNORECASE)  # (after a fraction)
_COMPARED = frozenset(fold(w) for w in "rispetto confronto paragone than compared against contro".split())
ABOUT = 0.5  # a sentence whose soft coverage of the claim reaches this is about the claim
# words of the claim's thing a sentence's other figure is said of beyond those its figure is said of
# (`other_label_check`: not "Il Lucca ha segnato il primo gol al 54'" against "… il secondo gol al 71', dopo il primo di
# Souza al 54'")
OTHER_LABEL_SAID = 2
SHARE_COUNTED_REST = 0.75  # a share or change the claim gives, computed from a sentence's figures: the rest of the claim matched there
ACROSS_LEAST = 10  # ... at least this figure (or a measure in one of these units)
MEASURE_UNITS = frozenset(fold(w) for w in """chilometri chilometro km kilometres kilometers kilometre kilometer miles mile metri
metro metres meters metre meter centimetri centimetres centimeters ettari hectares acres tonnellate tonnes tons chili kilos
kg litri litres liters""".split())
ACROSS_HERE = 0.3  # ... for a figure two sentences make, of which this much in each of them
MONTHS_EXACT = 0.25  # months between two dates said with no bound: within about a week
AVERAGE_EXACT = 0.01  # a figure for each one of a group said with no bound: within this share of the division
RIVAL_HERE = 0.4  # ... for a sentence counting the claim's thing otherwise, none of the sentences being about the claim
REST_HERE = 0.5  # ... of which this much in that sentence itself (the rest may be said in other sentences about the claim)
DATE_HERE = 0.4  # ... for a month and year given otherwise, with the month matched there
PLAIN_SAID = 0.5  # ... and of its plain words, half
ABOUT_CROSS_LINGUAL = 0.4  # for its numbers, where the claim is in the other language
KIND_MATCH = MATCH  # the kind of thing a claim says its subject is, matched below this: another kind
# a sentence with no negation matching this much more of the claim than one denying some of its words: the denial is
# about something else
STATES_MORE = 0.3
DEBUNK_ABOUT = 0.25  # a sentence calling something false must match this much of the claim to be about it

# the claim features `run` sets (others it sets are read by the checks only)
CONFLICT_FEATURES = ("name_subst", "place_conflict", "num_conflict", "num_match", "year_conflict", "slot_subst",
                     "slot_subst_soft", "neg_claim", "neg_best", "neg_mismatch", "neg_mismatch_scoped",
                     "neg_implicit_mismatch", "identity_bound", "identity_other", "exclusive_claim",
                     "conflict_explained")


# a surname's particle, no content word ("Giorgio Dal Molin", "Antonio Di Pietro", "Vincent van Gogh")
_PARTICLE = re.compile(r"\s+(?:Dal|Da|De|Del|Della|Di|Van|Von|van|von)\s+$")  # not "di": "Rotabili di Bologna"


def shown_name(words: Sequence[Word], lo: int, hi: int, k: int, text: str, *, commas: bool = True) -> tuple[int, int]:
    """The name run lo..hi holding word k, as shown: not across a comma ("Cortenuova, Elena Rovati" is two
    names; `commas=False` keeps a claim's run as it is counted), across a surname's particle ("Giorgio Dal Molin"
    is one)."""
    while commas and lo < k and "," in text[words[lo].end:words[lo + 1].start]:
        lo += 1
    while commas and hi > k and "," in text[words[hi - 1].end:words[hi].start]:
        hi -= 1
    while lo > 0 and words[lo - 1].is_name and _PARTICLE.fullmatch(" " + text[words[lo - 1].end:words[lo].start]):
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].is_name and _PARTICLE.fullmatch(
            " " + text[words[hi].end:words[hi + 1].start]):
        hi += 1
    return lo, hi


class ConflictSearch:
    """The conflicts of one claim with its evidence; `run` fills `values` and returns what it found."""

    def __init__(self, query: str, claim: Sequence[Word], evidence: Sequence[Evidence], aligned: Sequence[Aligned],
                 top: Sequence[int], best: int, values: dict[str, float], vectors,
                 claimed_source: ClaimSource | None = None, cross_lingual: bool | None = None):
        self.query, self.claim, self.evidence, self.aligned = query, claim, evidence, aligned
        self.top, self.best, self.v, self.vectors = top, best, values, vectors
        self.claimed_source = claimed_source
        for key in CONFLICT_FEATURES:
            values[key] = 0.0
        self.total = sum(w.weight for w in claim) or 1.0
        # a sentence whose subject is "she" / "he" names the person the sentence before names ("She denied that staff
        # had deliberately concealed the spill" after "Rachel Dunmore KC, for Brenmoor, said …"): the claim's words of
        # that name count as said there
        self.pronoun_named = {i: pronoun_named(claim, aligned[i], evidence, i) for i in top}
        extra = {i: sum(claim[k].weight for k in self.pronoun_named[i]) / self.total for i in top}
        # sentences about the claim: conflicts are looked for there only
        self.about = [i for i in top if aligned[i].matched_share(claim) + extra[i] >= ABOUT]
        self.union = np.max(np.stack([aligned[i].best for i in top]), axis=0) if claim else np.zeros(0)
        self.share = {i: aligned[i].matched_share(claim) + extra[i] for i in top}
        # "According to Politico, …": who says it, not what is said (its words are left out of `claim`
        # unless nothing follows them)
        self.lead_end = claimed_source.content if claimed_source is not None else 0
        # a sentence naming the claim's person short ("Cesare morì nell'85 a.C." for "Gaio Giulio Cesare")
        # is about it too
        self.named_share = {i: named_share_of(claim, aligned[i], self.union) + extra[i] for i in top}
        self._cross_lingual = cross_lingual  # read from the evidence when not given
        # (a claim in the other language matches its evidence's words more weakly: "consultazione pubblica … è durata
        # dodici settimane" meets "A public consultation that ran for eight weeks" at 0.44)
        about = ABOUT_CROSS_LINGUAL if self.cross_lingual() else ABOUT
        self.about_number = sorted((i for i in top if self.named_share[i] >= about),
                                   key=lambda i: (-self.named_share[i], i))
        self.union_share = sum(w.weight for w, b in zip(claim, self.union) if b >= MATCH) / self.total
        self.conflicts: list[tuple[int, Conflict]] = []
        self.identity = None
        self.bound_in: set[int] = set()
        self.bound = False
        self.denies_subject: set[int] = set()  # sentences denying the claim's subject itself
        self.denies_of_subject: set[int] = set()  # sentences naming the claim's person and denying what it says of them
        self.relaying: list[int] = []
        self.role_held: set[Conflict] = set()
        self._query_words: list[Word] | None = None
        self.computed_at: dict[str, int] = {}  # the sentence a figure computed from its figures comes from, by rule key
        self.done_by_other: set[int] = set()  # claim words (a person) another person does the claim's thing instead of
        # an opposite said of the claim's own thing ("already" against a plan, a decision against none made yet, a rise
        # against two figures that fell): its company or person may be named in other sentences only
        self.own_opposites: set[Conflict] = set()
        self.complement_in: set[int] = set()  # sentences stating the share of the whole the claim leaves, the other way
        self.claim_negative = False  # whether the claim denies what it says (read by the number checks)
        self.days_word: Word | None = None  # the claim's number of days two dates make (`days_check`; the number checks skip it)
        self.time_words: set[int] = set()  # the claim words of a time the sentences' times make (`times_check`)
        self.across_pair: tuple[int, int] | None = None  # the two sentences whose figures make the claim's (`across_counted`)
        self.compared_pair: tuple[int, int] | None = None  # the two sentences giving two things' counts (`compare_check`)
        # a sum whose giver the claim names making another share of the cost than the claim's (`share_of_total`)
        self.cost_share_against: tuple[int, Word] | None = None
        self.own_role: set[Conflict] = set()  # the claim's office against one the article sets beside X's name  # another holder of the role the claim gives its subject

    def run(self) -> list[tuple[int, Conflict]]:
        """Every check in order; the conflicts to show, each with its evidence index (soft ones left out)."""
        self.identity_checks()
        self.role_holder_check()
        self.quote_speaker_check()
        self.own_role_check()
        self.slot_checks()
        self.initiator_check()
        self.kind_check()
        self.days_check()
        self.order_check()
        self.days_later_check()
        self.times_check()
        self.hours_apart_check()
        self.every_check()
        self.months_check()
        self.average_check()
        self.number_checks()
        self.ratio_check()
        self.compare_check()
        self.one_vote_check()
        self.swapped_votes_check()
        self.against_check()
        self.swapped_labels_check()
        self.listed_number_check()
        self.event_place_check()
        self.based_check()
        self.weekday_check()
        self.day_state_check()
        self.said_of_person_checks()
        self.planned_check()
        self.decided_check()
        self.requested_check()
        self.rather_than_check()
        self.vote_way_check()
        self.whole_claimed_check()
        self.direction_check()
        self.stays_check()
        self.scope_places()
        self.compared_across()
        self.count_conflicts()
        self.polarity_features()
        self.negation_check()
        self.debunk_check()
        self.relayed_check()
        self.source_check()
        self.anchored_names()
        self.modifier_check()
        self.comparison_check()
        return self.finish()

    def add_into(self, marked: set[Conflict], i: int, c: Word, s: Word, reason: str) -> None:
        """`add`, recording the conflicts it adds in `marked` (those whose explanation a check reads apart:
        `role_held`, `own_role`)."""
        before = len(self.conflicts)
        self.add(i, c, s, reason)
        marked.update(c for _, c in self.conflicts[before:])

    def add(self, i: int, c: Word, s: Word, reason: str) -> None:
        """A conflict of claim word `c` with word `s` of evidence sentence `i`, spans widened to whole names."""
        claim, aligned, query = self.claim, self.aligned, self.query
        sent = self.evidence[i].sentence
        s_start, s_end = s.start, s.end
        if reason in ("name", "place") and s in aligned[i].words:
            j = aligned[i].words.index(s)
            lo, hi = shown_name(aligned[i].words, *name_run(aligned[i], j), j, sent.text)
            s_start, s_end = aligned[i].words[lo].start, aligned[i].words[hi].end
        c_start, c_end = c.start, c.end
        if reason in ("name", "place"):
            lo, hi = self.whole_name(claim.index(c))
            c_start, c_end = claim[lo].start, claim[hi].end
        elif reason == "kind":
            c_end = claim[-1].end  # the kind with what the claim says of it: "forum Internet", "edificio corto"
        if any(x.claim_start == c_start and x.reason == reason for _, x in self.conflicts):
            return
        if fold(query[c_start:c_end]).strip() == fold(sent.text[s_start:s_end]).strip():
            return  # the same name on both sides ("Gaio Giulio Cesare ... di Gaio Giulio Cesare")
        self.conflicts.append((i, Conflict(c_start, c_end, query[c_start:c_end], sent.doc_id, sent.start + s_start,
                                           sent.start + s_end, sent.text[s_start:s_end], reason)))

    def identity_checks(self) -> None:
        """"X è DESC": is the description bound to X in the sentence, or to somebody else?"""
        query, claim, evidence, aligned, top, v = self.query, self.claim, self.evidence, self.aligned, self.top, self.v
        identity = self.identity = claimed_identity(query, claim)
        # read where the description stands too, though the claim's name weighs it below ABOUT ("Matteo
        # Lepore è l'assessore ai trasporti" against "l'assessora ai trasporti, Valentina Orioli, …")
        described = [i for i in top if i not in self.about and identity and all(aligned[i].best[d] >= MATCH
                                                                                 for d in identity[1])]
        bindings = ({i: binding(identity, claim, aligned[i], evidence[i].sentence.text)
                     for i in self.about + described} if identity else {})
        self.bound_in = {i for i, got in bindings.items() if got is not None and got[0] == "bound"}
        bound = self.bound = bool(self.bound_in)
        # the subject's own apposition says something else ("il consigliere per la sicurezza nazionale Mike
        # Waltz" for "Mike Waltz è il segretario della Difesa"): the article describes him otherwise
        v["described_otherwise"] = float(bool(identity) and not bound and any(
            described_otherwise(identity, aligned[i], evidence[i].sentence.text) for i in top))
        v["identity_bound"] = float(bound)
        share = self.share
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
                self.add(i, got[1], got[2], "name")

    def claimed_office(self) -> tuple[list[int], list[int]] | None:
        """For "X è il/la <office> [di Y]" / "X is the <office> …": (X's name words, the office's words) as claim
        indices; None for an indefinite description (a kind, not an office one person holds: "un'attrice
        americana"), a subject that is no person, an office of more than ROLE_WORDS words, or one a sentence binds
        to X whole ("Corrin's chief executive, Daniel Whitcombe" binds no "finance director")."""
        if self.identity is None or not DEFINITE_ROLE.search(self.query):
            return None
        claim = self.claim
        subject, desc = self.identity
        roles = [d for d in desc if not claim[d].is_name and claim[d].number is None]
        if not roles or len(roles) > ROLE_WORDS or any(claim[k].place or not claim[k].is_name for k in subject):
            return None
        if any(all(self.aligned[k].best[d] >= STRONG_MATCH for d in roles) for k in self.bound_in):
            return None
        return subject, roles

    def role_holder_check(self) -> None:
        """"X è l'amministratore delegato di Y" where the article names another person holding that role ("ha
        detto l'amministratrice delegata Silvia Ravera", `slots.role_holder`): a conflict of X's name with that
        person's, explained whole (whose role it is was found named)."""
        office = self.claimed_office()
        if office is None:
            return
        claim, (subject, roles) = self.claim, office
        whose = [claim[d] for d in self.identity[1] if claim[d].is_name]
        if len(roles) + len(whose) < len(self.identity[1]):
            return
        found = role_holder([claim[d] for d in roles], whose, self.evidence, self.vectors)
        if found is None:
            return
        i, a, j = found
        if (a.best < STRONG_MATCH).any():
            return  # a related word only ("cognato" for "figlio"): another role
        lo, hi = name_run(a, j)
        if any(self.aligned[i].best[k] >= EXACT and lo <= int(self.aligned[i].where[k]) <= hi
               for k in range(len(claim)) if claim[k].is_name):
            return  # the article says X holds it, or the holder is a name the claim gives ("il figlio di Cesare")
        self.add_into(self.role_held, i, claim[subject[-1]], a.words[j], "name")

    def quote_speaker_check(self) -> None:
        """A quotation the claim gives to a person named right before a verb of saying ("Helen Forsyth described the
        company's reply … as \"disappointing but not surprising\"") where a sentence gives the same words to another
        person, named right before its verb of saying ("The town mayor, Councillor Janet Okafor, called the reply
        \"disappointing but not surprising\""): a conflict of the two names, explained whole (the quotation names what
        is said). Not where the sentence's speaker is a pronoun, or the claim's person is named there too; not for a
        title or a name in quotation marks (QUOTE_WORDS words, not names)."""
        claim = self.claim
        for m in QUOTED.finditer(self.query):
            inside = [k for k, c in enumerate(claim) if m.start(1) <= c.start < m.end(1)]
            speaker = _speaker(claim, self.query, m.start())
            if sum(not claim[k].is_name for k in inside) < QUOTE_WORDS or not speaker:
                continue
            for i in self.top:
                a, text = self.aligned[i], self.evidence[i].sentence.text
                if any(a.best[k] < EXACT for k in inside) or any(a.best[k] >= EXACT for k in speaker):
                    continue
                theirs = _speaker(a.words, text, min(a.words[int(a.where[k])].start for k in inside),
                                  max(a.words[int(a.where[k])].end for k in inside))
                if theirs:
                    self.add_into(self.role_held, i, claim[speaker[-1]], a.words[theirs[-1]], "name")
                    return

    def own_role_check(self) -> None:
        """"X è il presidente della Vetra Cycling" where a sentence names X whole with another office of their own, in
        an apposition right before or after the name ("Il direttore sportivo della Vetra, Giorgio Bellotti, …",
        "Teresa Lomuscio, segretaria provinciale della Fiom-Cgil"): a role conflict of the claim's office with it."""
        office = self.claimed_office()
        if office is None:
            return
        claim, (subject, roles) = self.claim, office
        if {claim[d].norm for d in self.identity[1] if claim[d].is_name} & {claim[k].norm for k in subject}:
            return  # "Gaio Giulio Cesare era il figlio di Gaio Giulio Cesare": which mention is which?
        for i in self.top:
            a = self.aligned[i]
            if any(a.best[k] < EXACT for k in subject):
                continue
            text = self.evidence[i].sentence.text
            at = [int(a.where[k]) for k in subject]
            theirs = own_apposition(a, min(at), max(at), text)
            if theirs and all(a.best[d] >= STRONG_MATCH and int(a.where[d]) in theirs for d in roles):
                # the claim's own office of another place or body: "La sindaca di San Donato in Colle, Lucia
                # Ferretti, …" for "Lucia Ferretti è la sindaca di Castel Rivalta"
                whose = [d for d in self.identity[1] if claim[d].is_name]
                names = [j for j in theirs if a.words[j].is_name]
                if whose and names and all(a.best[d] < MATCH for d in whose):
                    self.add_into(self.own_role, i, claim[whose[0]], a.words[names[0]],
                                  "place" if claim[whose[0]].place else "name")
                    return
            if not theirs or any(a.best[d] >= STRONG_MATCH and int(a.where[d]) in theirs for d in roles):
                continue  # none, or the claim's own office ("il presidente dell'associazione, Walter Bonetti")
            head = next(j for j in theirs if not a.words[j].is_name)
            # whose office it is may be named in another sentence ("della Vetra Cycling", "di Messina")
            self.add_into(self.own_role, i, claim[roles[0]], a.words[head], "role")
            return

    def slot_checks(self) -> None:
        """A claim word whose slot in a sentence about the claim holds another word (`slots.py`)."""
        claim, aligned, top, share = self.claim, self.aligned, self.top, self.share
        # (a sentence not about the claim by its names counts where it says firmly what the claim's person did, naming
        # another: "Aoife Brennan won the women's race" against "The women's race was won by Megan Trowbridge …", the
        # sentence naming Aoife Brennan, "Aoife Brennan was second in 2:33:55", saying none of it)
        for i in self.about + [i for i in top if i not in self.about]:
            for ci, sj, reason in slot_conflicts(claim, aligned[i], self.union, self.evidence[i].sentence.text):
                if claim[ci].start < self.lead_end:
                    continue
                named_elsewhere = [k for k in top if k != i and aligned[k].best[ci] >= EXACT]
                done_by_other = reason == "name" and self.done_by_another(i, ci, sj, named_elsewhere)
                if i not in self.about and not done_by_other:
                    continue
                if reason in ("name", "place") and not done_by_other and any(
                        reason == "name" and share[k] >= ABOUT
                        or aligned[k].matched_share(claim, ci) >= aligned[i].matched_share(claim, ci)
                        for k in named_elsewhere):
                    # another sentence about the claim names its person, or its place and at least as much of
                    # the rest (a place is often named in passing: "secondo il Cremlino"; "La Germania ha
                    # espresso dubbi" says nothing of who wanted the summit "convocato su richiesta della
                    # Francia"); not a person the article names doing something else, where this sentence says
                    # twice as firmly what the claim says they did ("Giorgio Dal Molin ha chiesto di anticipare la
                    # riapertura" against "La sindaca …, Elena Rovati, ha chiesto di anticipare la riapertura"
                    # and "…, Giorgio Dal Molin, ha invece difeso la scelta della Provincia")
                    continue
                if done_by_other:
                    self.done_by_other.add(ci)
                if reason == "name" and named_short(claim, ci, aligned[i]) and self.union[ci] >= EXACT:
                    continue  # "Lisa Hardwick" for "Lisa White Hardwick", named whole in another sentence
                if reason == "opposite" and self.moved_our_way_elsewhere(i):
                    continue
                if reason == "word" and i in self.bound_in and ci in self.identity[1]:
                    reason = "role"  # "Russian defence minister" where the apposition says "ministro degli Esteri"
                self.add(i, claim[ci], aligned[i].words[sj], reason)

    def moved_our_way_elsewhere(self, i: int) -> bool:
        """Whether another sentence says the claim's thing moved the way the claim says, naming word for word what
        sentence i matches loosely or not at all: "The amount of freight handled at the airport decreased" against
        "412,000 passengers …, an increase of 18 per cent" ("freight" near "passengers", 0.62), where "Freight volumes,
        however, fell by 7 per cent"."""
        said = claimed_direction(self.query)
        if said is None:
            return False
        loose = [k for k, c in enumerate(self.claim) if not c.is_name and c.number is None
                 and self.aligned[i].best[k] < STRONG_MATCH and not said[1].start() <= c.start < said[1].end()]
        for j in self.top:
            if j == i:
                continue
            a, text = self.aligned[j], self.evidence[j].sentence.text
            for k in loose:
                if a.best[k] < EXACT:
                    continue
                # the thing, then which way it moved, in its clause ("Freight volumes, however, fell by 7 per cent")
                end = a.words[int(a.where[k])].end
                theirs = claimed_direction(re.split(r"[.;:!?]", text[end:end + MOVED_REACH], maxsplit=1)[0])
                if theirs is not None and theirs[0] == said[0]:
                    return True
        return False

    def cross_lingual(self) -> bool:
        """Whether the claim is clearly in one language and its evidence in the other (word matches are weaker then:
        "posti di lavoro" hardly meets "jobs"); read once per claim."""
        if self._cross_lingual is None:
            self._cross_lingual = languages_differ(self.query, (e.sentence.text for e in self.evidence))
        return self._cross_lingual

    def initiator_check(self) -> None:
        """Who wanted it done: the claim's initiator against the one a sentence about the claim names ("Moscow
        requested the call" against "… held a phone call at the initiative of Washington"), where no name of one
        matches a name of the other; the claim's name may stand elsewhere in the sentence ("the foreign ministers
        of Russia and the United States"), so the slots alone did not see it."""
        claimed = initiators(self.claim, self.query)
        if not claimed:
            return
        for i in self.about:
            a = self.aligned[i]
            for run in initiators(a.words, self.evidence[i].sentence.text):
                for own in claimed:
                    if any(a.sim[c, s] >= MATCH for c in own for s in run):
                        continue
                    c, s = self.claim[own[0]], a.words[run[0]]
                    self.add(i, c, s, "place" if c.place is not None and s.place is not None else "name")

    def done_by_another(self, i: int, ci: int, sj: int, named_elsewhere: list[int]) -> bool:
        """Whether sentence i says firmly what the claim says its person did (three quarters of the rest of the
        claim matched as the same words), naming another person (a first and last name) in the person's slot,
        while the sentences naming the claim's person say less than half as much of it ("Giorgio Dal Molin ha
        chiesto di anticipare la riapertura" against "La sindaca …, Elena Rovati, ha chiesto di anticipare la
        riapertura" and "…, Giorgio Dal Molin, ha invece difeso la scelta della Provincia")."""
        subject = subject_name(self.claim, self.lead_end, self.query)
        if not named_elsewhere or not subject or not (person_subject(subject, self.claim, self.query) or _CLEFT.fullmatch(
                self.query[:self.claim[subject[0]].start])):
            return False
        lo, hi = self.whole_name(ci)
        if not lo <= subject[0] <= hi:
            return False
        lo, hi = name_run(self.aligned[i], sj)
        if hi - lo < 1 or any(self.aligned[i].words[j].place for j in range(lo, hi + 1)):
            return False
        rest = self.rest_share(i, ci)
        return rest >= DONE_BY_OTHER and all(self.rest_share(k, ci) < rest / 2 for k in named_elsewhere)

    def whole_name(self, ci: int) -> tuple[int, int]:
        """The claim's name holding word ci, across a surname's particle ("Giorgio Dal Molin")."""
        return shown_name(self.claim, *claim_name_run(self.claim, ci), ci, self.query, commas=False)

    def rest_share(self, i: int, ci: int) -> float:
        """Weighted share of the claim's words outside the name holding claim word ci that sentence i matches
        firmly: what it says of the claim's person ("ha chiesto di anticipare la riapertura")."""
        lo, hi = self.whole_name(ci)
        rest = [(w, b) for k, (w, b) in enumerate(zip(self.claim, self.aligned[i].best)) if not lo <= k <= hi]
        total = sum(w.weight for w, _ in rest)
        return sum(w.weight for w, b in rest if b >= STRONG_MATCH) / total if total else 0.0

    def kind_check(self) -> None:
        """"La Corsica è una montagna" where a sentence says "La Corsica (…) è un'isola": another kind of thing."""
        category = claimed_category(self.query, self.claim)
        if category is not None and self.union[category[1]] < KIND_MATCH:
            for i in self.about:
                z = category_in(category, self.aligned[i], self.evidence[i].sentence.text)
                if z is not None:
                    self.add(i, self.claim[category[1]], self.aligned[i].words[z], "kind")
                    break

    def number_checks(self) -> None:
        """A number of the claim that the sentences about it state differently (or give as an earlier value)."""
        query, claim, evidence, aligned, top, v = self.query, self.claim, self.evidence, self.aligned, self.top, self.v
        claim_nums = [w for w in claim if w.number is not None]
        claim_values = {w.number for w in claim_nums}
        v["earlier_value"] = 0.0  # not a model feature: the checks read it
        v["share_counted"] = v["share_conflict"] = v["change_counted"] = v["change_conflict"] = v["share_unsaid"] = 0.0
        v["swapped_figures"] = v["rest_counted"] = v["earlier_rest"] = v["share_complement"] = v["part_whole"] = 0.0
        v["sum_counted"] = v["margin_counted"] = v["said_around"] = v["earlier_counted"] = v["given_to_other"] = 0.0
        v["fraction_counted"] = v["difference_counted"] = v["multiple_counted"] = v["across_counted"] = 0.0
        v["running_counted"] = v["rest_denied_counted"] = v["others_counted"] = 0.0
        # a number meeting a bound of the claim is not one the claim states for something else: "under five"
        # meets no "less than 10%"
        # not a figure given as what would have been ("a fine of £2.4 million would have been appropriate had …"),
        # unless the claim says so too
        real = HYPOTHETICAL.search(query) is not None
        union_numbers = [s for i in top for s in aligned[i].words if s.number is not None
                         and (real or not hypothetical(evidence[i].sentence.text, s))]
        # the sentences' shares, for a claim's fraction ("un paziente su cinque") only
        shares = [(i, s) for i in top for s in aligned[i].words if is_share(evidence[i].sentence.text, s)] \
            if any(w.norm == FRACTION for w in claim_nums) else []
        # a day of a date states no share: "del 19 per cento" is not said by "da lunedì 19 maggio"
        days = {id(s) for i in top for s in aligned[i].words if s.number is not None and dated(aligned[i].words, s.pos)}
        stated = {w.pos for w in claim_nums if any((s.number == w.number or (s.number not in claim_values
                                                                              and number_agrees(w, s)))
                                                   and not (id(s) in days and is_share(query, w))
                                                   for s in (union_numbers if w.norm != FRACTION else
                                                             [s for _, s in shares]))}
        # the same span of time in other units: "dodici settimane" against "si attendono 84 giorni"
        spans = {w.pos for w in claim_nums if w.pos not in stated and any(
            same_span(claim, claim.index(w), aligned[i].words, s.pos) if s.number is not None
            else same_span_as_one(claim, claim.index(w), aligned[i].words, s.pos, evidence[i].sentence.text)
            for i in top for s in aligned[i].words)}
        stated |= spans
        claim_negative = self.claim_negative = polarity(query).negative
        # a share the claim denies of some that a sentence states of the others, the two making the whole ("Circa l'85
        # per cento dei soci non aveva assicurato il raccolto" against "appena il 15 per cento dei soci aveva
        # assicurato il raccolto"): the claim's share is stated there, and that sentence denies nothing of it
        for i in top:
            text = evidence[i].sentence.text
            pair = complement_shares(query, claim, text, aligned[i].words)
            if pair is not None and polarity(text).negative != claim_negative:
                self.complement_in.add(i)
                stated.add(pair[0].pos)
                self.counted("share_complement", [i], pair[0])
        v["num_match"] = float(len(stated))
        # the sentence saying most of the rest of the claim ("morì") is where the number stands in the same
        # slot
        about_number = self.about_number

        # what the claim counts with each of its numbers: a number it gives to another thing may stand against this
        # one ("The new contract covers 38 routes serving 64 schools" against "covers 64 routes serving 38 schools")
        counts = {}
        for k, x in enumerate(claim):
            if x.number is not None:
                counts.setdefault(x.number, []).append(counted_unit(claim, k))

        def theirs_too(number: str, unit: Word) -> bool:
            """Whether the claim gives this number to the same thing (or to nothing it says)."""
            return any(u is None or same_unit(u, unit) for u in counts.get(number, [None]))

        def rival(unit: Word, k: int, sentences) -> tuple[int, Word] | None:
            """Another number counting the same thing ("three hours" for "two hours") in these sentences; of several in
            one, the nearest what the claim says beside its number (`nearest_figure`, k the claim's number)."""
            for i in sentences:
                found = [s for s in aligned[i].words if s.number is not None and s.norm != FRACTION
                         and (s.number not in claim_values or not theirs_too(s.number, unit))
                         and same_unit(counted_unit(aligned[i].words, s.pos), unit)]
                if found:
                    return i, self.nearest_figure(i, k, found)
            return None

        # a claim giving one date ("… è cominciata lunedì 8 giugno"), not several ("shown on 18 October …, released on 9
        # November …, on DVD on 12 November"): which sentence says which is not known
        one_date = sum(1 for x in claim_nums if month_of_day(claim, claim.index(x)) is not None) == 1
        for w in claim_nums:
            k = claim.index(w)
            if w.norm in SCALE_WORDS and k > 0 and claim[k - 1].number is not None and claim[k - 1].end + 2 >= w.start:
                continue  # the "million" of "8.6 million euros" scales the number before it
            if w.norm == "cento" and k > 0 and claim[k - 1].number is not None \
                    and re.fullmatch(r"\s+per\s+", query[claim[k - 1].end:w.start], re.IGNORECASE):
                continue  # the "cento" of "12,5 per cento" is the number's unit
            if w.norm != FRACTION and w.pos not in stated and is_share(query, w):
                # a percentage the parts of a whole make: "Il ministero delle Infrastrutture finanzia circa il 70 per
                # cento dell'intervento" against "L'intervento costerà 4,3 milioni di euro: 3 milioni arrivano dal
                # ministero delle Infrastrutture, …" (else it is read as any number)
                if (agree := self.part_share(w)[1]) is not None:
                    self.counted("share_counted", [agree], w)  # not a model feature: a rule reads it
                    continue
            if w.norm == FRACTION:
                # a share said as a fraction stands against shares only: "un paziente su cinque" meets "il 20% dei
                # pazienti" and conflicts with "il 35%", never with a count ("five patients")
                # or as a part and its whole, counting what the claim speaks of: "più di un terzo" of the hectares
                # against "620 dei 1.480 ettari" (another share said of something else, "una perdita intorno al 40%",
                # does not state it)
                # (or said as "of which": "146 acts on five stages, of which 58 were from the region")
                # (or naming what the claim speaks of after the part: "Le entrate sono state di 412.000 euro, di cui
                # 287.000 di rimborsi regionali"; of parts listed, the ones the claim names: "Delle 4.872 donazioni,
                # 3.910 sono state di sangue intero e 962 di plasma")
                counted, agree = self.part_share(w)
                if agree is None and (OF_THE_TOTAL.search(query) or OF_THE_COST.search(query)):
                    # or of the total another sentence gives: "Le donazioni raccolte dall'autoemoteca sono state meno di un
                    # decimo del totale dell'anno" against "… raccogliendo 389 donazioni, già comprese nel totale
                    # dell'anno" and "… ha raccolto nel 2025 4.872 donazioni" (the largest figure counting the part's
                    # thing, no earlier value)
                    agree = self.share_of_total(w)
                if agree is None:
                    # or the share the part leaves, the part named by the opposite of the claim's word ("Most of the 22
                    # posts being cut are currently filled" against "22 … posts will be cut, of which nine are currently
                    # vacant")
                    agree = next((i for i, value, part, _ in counted if share_agrees(w, 100.0 - value)
                                  and self.label_opposed(i, part)), None)
                if agree is None and (LEFT_OUT.search(query) or claim_negative):
                    # or the share the part leaves, the claim saying what it leaves out: "More than half of the acts …
                    # came from outside the region" against "146 acts on five stages, of which 58 were from the region";
                    # or denying what the part is, the sentence stating it ("More than half of the deaths … were not
                    # caused by medical emergencies" against "Seven people died …; three of those deaths were caused by
                    # medical emergencies"): that sentence denies nothing of the rest
                    agree = next((i for i, value, _, _ in counted if share_agrees(w, 100.0 - value)
                                  and not share_agrees(w, value) and (
                                      not claim_negative or not polarity(evidence[i].sentence.text).negative)), None)
                    if agree is not None and claim_negative:
                        self.complement_in.add(agree)
                almost = [(j, s) for j, s in shares if j in about_number and s.number == w.number
                          and _ALMOST.search(evidence[j].sentence.text, max(0, s.start - 16), s.start)]
                if agree is None and almost and w.bound == "<":
                    # or a share the sentence says is almost the claim's bound: "Fewer than one in four call-outs …"
                    # against "68 call-outs, almost a quarter of the total, …"
                    agree = almost[0][0]
                if agree is None and almost and w.bound == ">":
                    self.add(almost[0][0], w, almost[0][1], "number")  # "More than one in four" against it
                    v["share_conflict"] = 1.0
                    continue
                if agree is None:
                    # or of the figure the sentence before gives: "School pupils on organised trips accounted for less
                    # than a third of the museum's visits" against "Of those visits, 94,800 were made by school pupils
                    # …" after "… welcomed 318,600 visitors"
                    # (the part the claim names, of several: not "£120,000 came from a developer contribution" for
                    # "The National Lottery Community Fund covered more than half …", "£50,000 from the National
                    # Lottery Community Fund" being its part)
                    agree = next((i for i in top for value, _ in self.claimed_of(i, shares_of_whole_before(
                        aligned[i].words, evidence[i].sentence.text, self.before(i))) if share_agrees(w, value)), None)
                if agree is not None:
                    self.counted("share_counted", [agree], w)  # not a model feature: a rule reads it
                    continue
                # (a share of a whole the claim gives stands against a share of that whole only: "La maggior parte dei
                # 112 esuberi" says nothing against "112 esuberi sui 430 dipendenti")
                if agree is None and self.cost_share_against is not None:
                    self.add(*self.cost_share_against[:1], w, self.cost_share_against[1], "number")
                    v["share_conflict"] = 1.0
                    continue
                whole = whole_after_share(claim, query, w)
                counted = [x for x in counted if whole is None or number_agrees(whole, x[3])]
                if counted and not any(j == counted[0][0] and number_agrees(w, s) for j, s in shares):
                    self.add(counted[0][0], w, counted[0][2], "number")
                    v["share_conflict"] = 1.0
                    continue
                with_whole = [i for i in top if whole is not None and any(number_agrees(whole, s) for s in aligned[i].words)]
                if with_whole and not counted and not any(
                        number_agrees(w, s) and (s.norm == FRACTION or is_share(evidence[i].sentence.text, s))
                        for i in with_whole for s in aligned[i].words):
                    # a share of a whole a sentence gives, of which no sentence gives a part: "La maggior parte delle
                    # 212 diete speciali riguarda bambini con allergie alimentari" against "Le diete speciali, per
                    # allergie, intolleranze o motivi religiosi, oggi sono 212" (not a model feature: a rule reads it)
                    v["share_unsaid"] = 1.0
                if w.pos in stated:
                    continue
                got = next(((i, s) for i in about_number for j, s in shares if j == i), None)
                if got is not None:
                    self.add(got[0], w, got[1], "number")
                    v["share_conflict"] = 1.0  # a share against the share a sentence about it gives
                continue
            if w.pos in spans:
                continue
            if self.days_word is not None and self.days_word.pos == w.pos:
                continue  # the days between two dates the sentences give (`days_check`)
            if k in self.time_words:
                continue  # a time the sentences' times make (`times_check`)
            unit = counted_unit(claim, w.pos)
            running = [i for i in top if unit is not None and unit.norm in _YEAR_UNITS
                       and float(w.number) in running_years(evidence[i].sentence.text)]
            if running:
                # "in each of the last three years" against "to take the title for the third year running" (not a model
                # feature: a rule reads it)
                self.counted("running_counted", running, w)
                continue
            others = [i for i in top if any(figure_agrees(w, claim, x) for x in with_the_others(evidence[i].sentence.text))]
            # "Alla gara per i lavori sul ponte hanno partecipato sette imprese" against "… ha superato altre sei imprese
            # in gara" (not a model feature: a rule reads it)
            if self.counted("others_counted", others, w) >= SHARE_COUNTED_REST:
                continue
            if is_money(query, w.start, w.end) and (span := claimed_years_span(query)) is not None:
                # a sum for each year over the years the claim gives: "Sull'intera durata di cinque anni, il contratto …
                # vale più di un milione di euro" against "Il contratto vale 210.000 euro l'anno" (not a model feature: a
                # rule reads it)
                # (a bound the claim gives met: "più di un milione")
                mine = claim_value(w, claim)
                yearly = [i for i in top if mine is not None and any(
                    bound_agrees(mine, w.bound, x * span[0]) if w.bound in ("<", ">") else figure_agrees(w, claim, x * span[0])
                    for x, _ in yearly_sums(aligned[i].words, evidence[i].sentence.text))]
                if self.counted("yearly_counted", yearly, w, also=frozenset(
                        j for j, c in enumerate(claim) if span[1] <= c.start < span[2])) >= SHARE_COUNTED_REST:
                    continue
            rested = [i for i in top if any(figure_agrees(w, claim, value) and not self.named_between(i, start, end)
                                            for value, start, end in rests(aligned[i].words, evidence[i].sentence.text,
                                                                             self.before(i), self.previous(i)))]
            if not rested and self.rest_of_named(w) >= SHARE_COUNTED_REST:
                continue
            # or the rest said by what it leaves out: "Ai comuni della valle diversi da Pievecastello … 1,8 milioni"
            # against "3 milioni di euro …, di cui 1,2 milioni destinati a Pievecastello"; "Gli spettacoli … non prodotti
            # dal teatro stesso sono stati 46" against "64 spettacoli, di cui 18 produzioni proprie"
            if (remaining := REMAINING.search(query)) is not None:
                # "Al 31 ottobre restavano ancora da sostituire 1.870 punti luce" against "erano stati sostituiti 4.950
                # dei 6.820 punti luce" (not a model feature: a rule reads it)
                left = [i for i in top if i not in rested and any(
                    figure_agrees(w, claim, x) for x in remainders(aligned[i].words, evidence[i].sentence.text))]
                if self.counted("rest_counted", left, w, also=frozenset(
                        k for k, c in enumerate(claim) if remaining.start() <= c.start < remaining.end())) >= SHARE_COUNTED_REST:
                    continue
            left_out = [i for i in top if i not in rested and self.rest_left_out(i, w)]
            if left_out and claim_negative:
                self.complement_in.update(left_out)  # the sentence states the part: it denies nothing of the rest
            rested += left_out
            if said_as_margin(query, w):
                # "Il bilancio è passato con uno scarto di sette voti" against "con 19 voti favorevoli e 12 contrari"
                # (not a model feature: a rule reads it)
                voted = [i for i in top if any(figure_agrees(w, claim, margin) for _, _, margin in
                                               vote_margins(aligned[i].words, evidence[i].sentence.text))]
                # (the counts say the margin and that the vote passed: "carried by a majority of five" against "voted by
                # nine votes to four")
                self.counted("margin_counted", voted, w, also=frozenset(
                    k for k, c in enumerate(claim) if c.norm in _MARGIN_WORDS))
                if v["margin_counted"] >= SHARE_COUNTED_REST:
                    continue
            if (compared := compared_figure(query, claim, w)) is not None and compared[1]:
                # "Rispetto al fabbisogno stimato dallo studio sul traffico, il progetto prevede 850 posti auto in meno"
                # against "… stima un fabbisogno di 2.300 posti auto …, mentre il progetto ne prevede 1.450" (not a model
                # feature: a rule reads it)
                apart = [i for i in top if any(figure_agrees(w, claim, d) for d in compared_differences(
                    aligned[i].words, evidence[i].sentence.text, *compared))]
                if self.counted("difference_counted", apart, w) >= SHARE_COUNTED_REST:
                    continue
            if said_as_difference(query, w):
                # "Nel 2024 i decessi hanno superato le nascite di 166 unità" against "le nascite sono state 121, …, mentre
                # i decessi sono stati 287" (not a model feature: a rule reads it)
                apart = [i for i in top if any(figure_agrees(w, claim, d) for _, _, d in
                                               differences(aligned[i].words, evidence[i].sentence.text,
                                                           points=said_as_points_apart(query, w),
                                                           way=measure_way(query, w)))]
                # (and the words saying it is points apart, which the two shares say: "percentage points higher than")
                apart_end = points_apart_end(query, w)
                # (and a balance's words, which income and spending say: "il bilancio si è chiuso con un avanzo di")
                balance = _BALANCE_WORDS if said_as_balance(query, w) else frozenset()
                exceeded = frozenset(k for k, c in enumerate(claim) if c.norm in _EXCEEDING or c.norm in balance
                                     or w.end <= c.start < apart_end)
                if self.counted("difference_counted", apart, w, also=exceeded) >= SHARE_COUNTED_REST:
                    continue
            if (got := self.sum_of_two(w)) is not None:
                # "Tra volontari e vigili del fuoco, … 275 persone" against "210 volontari e 65 vigili del fuoco" (not a
                # model feature: a rule reads it)
                self.counted("sum_counted", [got], w)
                if v["sum_counted"] >= SHARE_COUNTED_REST:
                    continue
            if rested:
                # "Dei danni stimati, 1,1 milioni riguardano le piante da potare" where a sentence gives 4,2 million, "di
                # cui 3,1 milioni per il raccolto perso e il resto per le piante …" (not a model feature: a rule reads it)
                if left_out and claim_negative and (span := polarity(query).first_span()) is not None:
                    # the claim's denial is its way of saying what the rest leaves out ("Gli spettacoli … non prodotti dal
                    # teatro stesso sono stati 46" against "64 spettacoli, di cui 18 produzioni proprie"), its words the
                    # part's, said otherwise: a rule that no denial blocks reads it
                    lo, hi = negation_phrase(query, span[0])
                    self.counted("rest_denied_counted", left_out, w,
                                 also=frozenset(j for j, c in enumerate(claim) if lo <= c.start < hi))
                if self.counted("rest_counted", rested, w) >= SHARE_COUNTED_REST:
                    continue  # no level to set against the whole or the part
                # (a whole said in an earlier retrieved sentence that "Of the total," opens on: the two say the claim
                # between them, "The council's reserves covered £42,000 of the cost of the Millfield project" against
                # "The project has cost £212,000 …" and "Of the total, £120,000 came from …, £50,000 from … and the rest
                # from the council's reserves")
                if any(self.keep("rest_counted", self.said_by_two(i, j, self.rest_skip(w), around=True), i)
                       and self.v["rest_counted"] >= SHARE_COUNTED_REST
                       for i in rested if (got := self.before(i)) is not None
                       for j in self.top if j != i and self.evidence[j].sentence.text == got[1]):
                    continue
            # (whom the fraction comes from, where the sentence names them, a name the claim gives: not "La società ha
            # coperto 16 milioni")
            parted = [i for i in top if any(
                figure_agrees(w, claim, value) and ((o := owner_after(aligned[i].words, evidence[i].sentence.text, f))
                                                   is None or self.claim_says(i, o))
                for value, f, _ in fraction_of_figure(aligned[i].words, evidence[i].sentence.text))]
            if parted and self.counted("fraction_counted", parted, w) >= SHARE_COUNTED_REST:
                # "La Regione ha coperto 16 milioni di euro del costo dei lavori" against "L'intervento, costato 24 milioni
                # di euro, è stato finanziato per due terzi dalla Regione" (not a model feature: a rule reads it)
                continue
            if self.share_of_previous(w) >= SHARE_COUNTED_REST:
                continue
            times = [i for i in top if any(figure_agrees(w, claim, value) for value, _ in
                                           multiple_of(aligned[i].words, evidence[i].sentence.text))]
            if times and self.counted("multiple_counted", times, w) >= SHARE_COUNTED_REST:
                # "L'attuale area dei lupi misura 0,45 ettari" against "Il nuovo recinto occuperà 1,8 ettari, quattro
                # volte la superficie dell'area dei lupi attuale" (not a model feature: a rule reads it)
                continue
            earlier = [i for i in top if earlier_of_change(claim, query, w, aligned[i].words, evidence[i].sentence.text)]
            if earlier:
                # "Nel 2024 … avevano venduto 18 tonnellate" where a sentence says "21 tonnellate, tre in più dell'anno
                # scorso" (its years said otherwise there count for no missing word; not a model feature: a rule reads it)
                years = frozenset(k for k, c in enumerate(claim) if is_year_word(c) or (
                    k and is_year_word(claim[k - 1]) and c.number is not None and c.start - claim[k - 1].end <= 1))
                if self.counted("earlier_counted", earlier, w, also=years) >= SHARE_COUNTED_REST:
                    continue  # no level to set against the figure now
            if (got := self.whole_or_part(w)) is not None:
                self.add(got[0], w, got[1], "number")
                v["part_whole"] = 1.0  # not a model feature: a rule reads it
                continue
            changed = [i for i in top if change_of(w, query, aligned[i], evidence[i].sentence.text, claim) is not None]
            if changed:
                # "rose by eight percentage points" where a sentence says "61%, up from 53%": how much of the rest of the
                # claim that sentence says (not a model feature: a rule reads it)
                if self.counted("change_counted", changed, w) >= SHARE_COUNTED_REST or not any(s.number == w.number for s in union_numbers):
                    # (a figure near it, "circa 38" against "41", makes it no level; nor does the same figure counting
                    # something else, "around 30 early-morning departures", where the move says the rest of the claim)
                    continue
            if w.pos not in stated and self.across_counted(w) >= SHARE_COUNTED_REST:
                # "Tra permanenti e volontari, il comando può contare su 648 vigili del fuoco" against "in servizio ce ne
                # sono 388" and "Ai permanenti si aggiungono 260 volontari" (not a model feature: a rule reads it)
                continue
            if (got := other_earlier_value(w, query, claim, top, aligned, evidence)) is not None:
                self.add(got[0], w, got[1], "number")  # "rose to £3.4 billion from £2.9 billion" against "…, from £2.7"
                v["earlier_value"] = 1.0
                continue
            if w.pos in stated and (got := given_for_earlier(w, query, claim, top, aligned, evidence)) is not None:
                self.add(got[0], w, got[1], "number")  # the figure now given to what the earlier one was of
                v["earlier_value"] = 1.0
                continue
            if w.pos in stated and (got := previous_value(w, query, claim, top, aligned, evidence)) is not None:
                # (unless a sentence about the claim saying much more of it counts its thing with another figure: "La
                # tariffa massima pagata dalle famiglie salirà a 5,20 euro" against "La tariffa massima pagata dai
                # genitori … passerà da 4,60 a 4,90 euro", the 5,20 being the earlier price of another thing)
                unit = counted_unit(self.query_words, w.pos)
                better = [i for i in about_number if i != got[0]
                          and aligned[i].matched_share(claim, k) >= aligned[got[0]].matched_share(claim, k) + SAYS_MORE]
                if unit is not None and better and (other := rival(unit, k, better)) is not None:
                    got = other
                self.add(got[0], w, got[1], "number")  # "Turnout was 61%" against "38%, down from 61%"
                v["earlier_value"] = 1.0
                # how much of the rest of the claim is said there, or word for word around it ("I lavori … del mercato
                # coperto sono costati 2,9 milioni" against "L'edificio … è costato 3,6 milioni di euro, contro i 2,9
                # milioni previsti", the market named in the sentences before; not a model feature: a rule reads it)
                v["earlier_rest"] = max(v["earlier_rest"], self.rest_said(got[0], w))
                continue
            day_month = month_of_day(claim, k)
            if day_month is not None and w.pos not in stated and one_date:
                # a day no sentence gives that month, where a sentence saying three quarters of the rest of the claim
                # itself gives another ("I dati … sono stati presentati venerdì 23 maggio" against "I dati sono stati
                # presentati giovedì 22 maggio", which the date's own words keep below a sentence about the claim)
                # (a date given with its weekday: "On March 1, 2017 Powell was named …" is not set against a page's
                # "on March 2, 2017" by-line)
                weekday = frozenset(j for j in (k - 1,) if j >= 0 and claim[j].norm in CALENDAR)
                got = None if not weekday else next(((i, s) for i in top for s in aligned[i].words
                            if s.number is not None and s.number != w.number
                            and month_of_day(aligned[i].words, s.pos) == day_month
                            and self.rest_said(i, w, also=weekday, around=False) >= SHARE_COUNTED_REST
                            and self.plain_said(i) >= PLAIN_SAID), None)
                if got is not None:
                    # (a day against a day is a number conflict, a year against a year a date one)
                    self.add(got[0], w, got[1], "number")
                    v["said_around"] = 1.0  # the rest of the claim said there (not a model feature: a rule reads it)
                    continue
            if day_month is not None and w.pos in stated and one_date:
                # a day given with its month is one date: "cominciata lunedì 8 giugno" against "la bonifica delle
                # sponde dovrebbe cominciare lunedì 15 giugno", though another sentence says 8 June of something else
                # (where the sentence saying most of the rest of the claim, not stating the date, gives another day)
                agree = [i for i in top if any(t.number == w.number and month_of_day(aligned[i].words, t.pos) == day_month
                                               for t in aligned[i].words)]
                # (the date's own words left out: "L'autoemoteca è entrata in servizio il 12 novembre" is about "…
                # entrato in servizio il 6 ottobre", not "Luca Bertoni … il 12 novembre è salito sull'autoemoteca")
                date_words = {k} | {j for j in (k - 1, k + 1) if 0 <= j < len(claim) and claim[j].norm in MONTH_NUMBER}
                rest = max(list(about_number) + agree, default=None, key=lambda i: (
                    aligned[i].matched_share(claim, date_words),
                    sum(c.weight * float(b) for j, (c, b) in enumerate(zip(claim, aligned[i].best)) if j not in date_words)))
                got = next(((rest, s) for s in aligned[rest].words
                            if s.number != w.number and month_of_day(aligned[rest].words, s.pos) == day_month),
                           None) if rest is not None and rest not in agree else None
                if got is None and rest is not None and rest not in agree \
                        and aligned[rest].matched_share(claim, date_words) >= SHARE_COUNTED_REST:
                    # or the one date of another month it gives, saying the rest of the claim ("L'autoemoteca è entrata in
                    # servizio il 12 novembre" against "… la nuova autoemoteca, …, entrato in servizio il 6 ottobre")
                    dates = [s for s in aligned[rest].words if month_of_day(aligned[rest].words, s.pos) is not None]
                    got = (rest, dates[0]) if len(dates) == 1 else None
                    if got is not None:
                        v["said_around"] = 1.0  # the rest of the claim said there (not a model feature: a rule reads it)
                if got is not None:
                    self.add(got[0], w, got[1], "date")
                    continue
            month = month_of_year(claim, k)  # (the claim's words may leave out its source's)
            if month is not None:
                # a year given with its month is one date: "entro giugno 2027" against "sarà chiuso entro giugno
                # 2026", though another sentence says 2027 of something else
                # (or in another sentence saying the rest of the claim, naming its thing in the sentences around it: "Il
                # mercato coperto era stato chiuso per i lavori nell'aprile 2023" against "L'edificio … era stato
                # chiuso nell'aprile 2024 per un intervento di ristrutturazione")
                got = next(((i, s) for i in list(about_number) + [i for i in top if i not in about_number]
                            for s in aligned[i].words
                            if month_of_year(aligned[i].words, s.pos) == month and s.number != w.number
                            and not any(t.number == w.number and month_of_year(aligned[i].words, t.pos) == month
                                        for t in aligned[i].words)
                            and (i in about_number or self.rest_said(i, w, DATE_HERE) >= SHARE_COUNTED_REST)), None)
                if got is not None:
                    self.add(got[0], w, got[1], "date")
                    v["said_around"] = float(got[0] not in about_number or v["said_around"])
                    continue
            if w.pos in stated and (got := self.given_to_other(w)) is not None:
                # "La Regione contribuisce … con 1,5 milioni" against "4 milioni arrivano dalla Regione, 1,5 milioni dal
                # Comune di Valbruna e il resto dalla società"
                self.add(got[0], w, got[1], "number")
                v["given_to_other"] = 1.0  # not a model feature: a rule reads it
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
                # (or states it counting nothing, its unit said before: "… ricavi per 48,5 milioni di euro, … e una
                # perdita netta di 3,7 milioni"; or as the earlier value of what the claim names: "contro i 3,2 milioni
                # indicati nel progetto preliminare")
                agree = [i for i in top if any(number_agrees(w, s) and (counts_it(aligned[i], s, w, unit)
                                                                        or counts_people(aligned[i], s, w, unit))
                                               or s.number == w.number and (
                                                   unit_elided(aligned[i].words, s.pos)
                                                   or of_earlier(claim, aligned[i].words, s, evidence[i].sentence.text))
                                               for s in aligned[i].words)]
                if not agree and unit.norm in DURATION_KIND:
                    # the same number of another span of time: "faulty for at least three months" against "three weeks"
                    got = next(((i, u) for i in about_number for s in aligned[i].words
                                if s.number is not None and number_agrees(w, s)
                                and (u := counted_unit(aligned[i].words, s.pos)) is not None
                                and DURATION_KIND.get(u.norm, DURATION_KIND[unit.norm]) != DURATION_KIND[unit.norm]), None)
                    if got is not None:
                        self.add(got[0], unit, got[1], "number")
                        continue
                said = max((aligned[i].matched_share(claim, w.pos) for i in agree), default=None)
                got = rival(unit, k, [i for i in about_number if said is None or (
                    i not in agree and aligned[i].matched_share(claim, w.pos) >= said + SAYS_MORE)])
                votes = [(x, y) for x, y, _ in vote_margins(self.query_words, query) if w in (x, y)] if agree else []
                if got is None and votes:
                    # a vote's counts said of another vote, where a sentence saying much more of the rest of the claim,
                    # its figures left out, gives the claim's vote other counts ("The budget was passed by 26 votes to
                    # 17" against "The budget was passed by 27 votes to 15", the 26 and 17 being "An opposition
                    # amendment … was defeated by 26 votes to 17")
                    numbers = frozenset(claim.index(c) for c in claim_nums)
                    plain = max(aligned[i].matched_share(claim, numbers) for i in agree)
                    got = rival(unit, k, [i for i in top if i not in agree and any(
                        x is not None and y is not None for x, y, _ in vote_margins(aligned[i].words,
                                                                                     evidence[i].sentence.text))
                        and aligned[i].matched_share(claim, numbers) >= plain + SAYS_MORE])
                    if got is not None:
                        # both counts, the rest of the claim said there (a rule reads it)
                        mine = votes[0]
                        theirs = next(((x, y) for x, y, _ in vote_margins(aligned[got[0]].words,
                                                                          evidence[got[0]].sentence.text)
                                       if got[1] in (x, y)), None)
                        if theirs is not None:
                            other, their_other = (mine[1], theirs[1]) if w.start == mine[0].start else (mine[0], theirs[0])
                            if other.number != their_other.number:
                                self.add(got[0], other, their_other, "number")
                            v["computed_conflict"] = 1.0
                if got is None and not agree:
                    # stated only counting something else ("41 domande" for "il mercato avrà 41 banchi"): as for a
                    # number not stated, a sentence counting the claim's thing otherwise ("avrà 38 banchi")
                    got = rival(unit, k, top)
                if got is not None:
                    self.add(got[0], w, got[1], "number")
                    if got[1].number in claim_values:
                        v["swapped_figures"] = 1.0  # not a model feature: a rule reads it
                continue
            is_year = is_year_word(w)
            claim_dated = dated(claim, k)
            for i in about_number:
                if is_year and RELATIVE_YEAR.search(evidence[i].sentence.text):
                    continue  # "took the Cup this year, building on 2018": "this year" may be the claim's 2019
                # not a number the claim states too: "Two schools … until the 15th" against "two schools …
                # until Friday" puts nothing against the 15th
                # (a day of a date counts nothing: "more than 5,000 signatures" against "on Wednesday 2 April")
                # (nor a part of a time, unless the claim's number is one: "for the third year running" against
                # "won in 1:38:20")
                others = [s for s in aligned[i].words if s.number is not None and is_year_word(s) == is_year
                          and s.number not in claim_values and (s.norm != FRACTION or is_share(query, w))
                          and (claim_dated or not dated(aligned[i].words, s.pos))
                          and clock_part(evidence[i].sentence.text, s) <= clock_part(query, w)]
                if others:
                    # the one counting what the claim's number counts: "3 million pounds", not "24-year-old"
                    text = evidence[i].sentence.text
                    # a share against a share ("del 19 per cento" against "del 9 per cento", not "in 23 comuni"),
                    # else the one counting what the claim's number counts
                    s = next((s for s in others if is_share(text, s)), None) if is_share(query, w) else None
                    alike = [s for s in others if same_unit(counted_unit(aligned[i].words, s.pos), unit)]
                    s = s or (self.nearest_figure(i, k, alike) if len(alike) > 1 else next(iter(alike), None))
                    ui = claim.index(unit) if unit in claim else None

                    def other_unit(x: Word) -> bool:
                        u = counted_unit(aligned[i].words, x.pos)
                        # a count of another thing, in either language ("voli" is "flights"), or a sum
                        return (u is not None and (ui is None or aligned[i].sim[ui, u.pos] < MATCH)
                                or is_money(text, x.start, x.end) or x.norm in SCALE_WORDS)
                    if s is None and unit is not None and not is_year and not is_money(query, w.start, w.end) and all(
                            other_unit(x) for x in others) and not self.cross_lingual():
                        # each counts something else or is a sum: "is to cut 240 jobs … a deficit of £31.5 million"
                        # says nothing of "about 18,000 students"
                        continue
                    if is_money(query, w.start, w.end) and not any(
                            is_money(text, x.start, x.end) or x.norm in SCALE_WORDS or (
                                x.pos + 1 < len(aligned[i].words) and aligned[i].words[x.pos + 1].norm in SCALE_WORDS)
                            for x in others) and all(counted_unit(aligned[i].words, x.pos) is not None or x.text.isalpha()
                                                     for x in others):
                        # a sum against counts of things (or numbers in words) only: "The independent traffic study will
                        # cost the council £25,000" against "voted by five votes to four to commission an independent
                        # traffic study"
                        continue
                    got = s or others[0]
                    self.add(i, w, got, "date" if is_year else "number")
                    pair = next((pair for pair in moves(aligned[i].words, text) if got in pair), None)
                    if said_as_change(query, w) and pair is not None and all(
                            (u := counted_unit(aligned[i].words, x.pos)) is None or same_unit(u, unit) for x in pair) \
                            and (unit not in claim or aligned[i].best[claim.index(unit)] >= MATCH):
                        # a change the claim gives against a sentence's figure and the one it moved from ("crescerà di
                        # circa 58 euro" against "passerà da 420 a circa 458 euro"): how much of the rest it says (a
                        # move of another thing, "da 42 a 30 il numero di pescherecci" for "54 soci in meno", is none)
                        v["change_conflict"] = max(v["change_conflict"], self.rest_said(i, w))
                    break
            else:
                # no sentence about the claim, but one counting the same thing: "Dieci persone sono rimaste
                # ferite" against "…, ferendo lievemente quattro persone"
                got = rival(unit, k, top) if unit is not None else None
                if got is None and is_year:
                    got = self.same_deadline(w)
                if got is not None:
                    self.add(got[0], w, got[1], "date" if is_year else "number")
                    # (a count of things, not a sum: every sum counts euros)
                    theirs = counted_unit(aligned[got[0]].words, got[1].pos) \
                        if not is_year and not is_money(query, w.start, w.end) else None
                    if theirs is not None and theirs.norm == unit.norm \
                            and self.rest_said(got[0], w, here_needed=RIVAL_HERE) >= SHARE_COUNTED_REST:
                        # the same thing counted otherwise, the rest of the claim said there or word for word around it
                        # ("Alla gara per la mensa scolastica di Montecerro hanno partecipato tre aziende" against "Alla
                        # gara avevano partecipato cinque aziende", the canteen named before; a rule reads it)
                        v["said_around"] = 1.0

    def nearest_figure(self, i: int, k: int, figures: list[Word]) -> Word:
        """Of figures of sentence i counting the same thing, the one nearest the sentence's words the claim's words
        right beside its number k say word for word ("il contrassegno per i residenti costava 35 euro" against "…
        un permesso annuale da 60 euro, …; finora il contrassegno costava 25 euro": 25); the first where none is said."""
        a = self.aligned[i]
        unit = counted_unit(self.claim, k)  # (said beside each of them)
        near = [int(a.where[j]) for j in range(max(0, k - 2), min(len(self.claim), k + 3))
                if j != k and self.claim[j] is not unit and self.claim[j].number is None and a.best[j] >= EXACT]
        if not near:
            return figures[0]
        return min(figures, key=lambda f: (min(abs(f.pos - x) for x in near), f.pos))

    @property
    def query_words(self) -> list[Word]:
        """All the content words of the query, each at its own position (the claim's words leave out a source it names:
        "Secondo il sindaco, …"), for the readings that look at a figure's neighbours."""
        if self._query_words is None:
            self._query_words = content_words(self.query)
        return self._query_words

    def swapped_labels_check(self) -> None:
        """Two figures the claim gives each to the thing the other one is said of in a sentence ("Nel 2024 le nascite
        sono state 287 e i decessi 121" against "le nascite sono state 121, …, mentre i decessi sono stati 287"): a
        number conflict (each figure is stated, so the number checks find none)."""
        mine = labelled_figures(self.query_words, self.query)
        if len(mine) == 1:
            self.other_label_check(*mine[0], after=labels_read_after(self.query_words, self.query))
        if len(mine) < 2:
            return
        for i in self.top:
            theirs = labelled_figures(self.aligned[i].words, self.evidence[i].sentence.text)
            for w, label in mine:
                for other, other_label in mine:
                    if other is w or other.number == w.number:
                        continue
                    # the things that tell the two apart, in the claim and in the sentence: the sentence gives w's figure
                    # to the other's thing, and the other's figure to w's
                    given = next(((s, x) for s, x in theirs if s.number == w.number), None)
                    ours = next(((s, x) for s, x in theirs if s.number == other.number), None)
                    if given is None or ours is None:
                        continue
                    mine_w, mine_o = label - other_label, other_label - label
                    given_of, ours_of = given[1] - ours[1], ours[1] - given[1]
                    if mine_w & ours_of and mine_o & given_of and not mine_w & given_of and not mine_o & ours_of:
                        self.add(i, w, ours[0], "number")
                        self.v["swapped_figures"] = 1.0  # not a model feature: a rule reads it
                        return

    def other_label_check(self, w: Word, label: frozenset[str], after: bool) -> None:
        """The claim's one figure given, in a sentence, to another thing than the claim's, the claim's thing given another
        figure there ("The observatory's reserves now stand at £82,000" against "… with a deficit of £82,000, which was
        covered from reserves that now stand at £140,000"): a number conflict (the figure is stated, so the number checks
        find none). Not where a retrieved sentence gives the figure to the claim's thing; the things read on the same side
        of the figures (`after`) in the claim and the sentence ("Due membri del consiglio … hanno votato contro" is read
        after its figure, "approvata dal consiglio … con cinque voti favorevoli e due contrari" before them)."""
        found = []
        unit = counted_unit(self.query_words, self.query_words.index(w)) if w in self.query_words else None
        for i in self.top:
            text = self.evidence[i].sentence.text
            words = self.aligned[i].words
            if unit is not None and any(s.number == w.number and (u := counted_unit(words, s.pos)) is not None
                                        and u.stem == unit.stem for s in words):
                return  # the figure said counting the claim's thing ("tre aree di sgambamento" in a list after "160 box")
            theirs = labelled_figures(words, text, after=after)
            given = [(s, x) for s, x in theirs if s.number == w.number]
            if any(len(label & x) >= OTHER_LABEL_SAID for _, x in given):
                return  # the figure given to the claim's thing
            if len(given) != 1:
                continue
            g, of_g = given[0]
            for s, of_s in theirs:
                ours, gives = label & (of_s - of_g), label & (of_g - of_s)
                if s.number != w.number and is_money(text, s.start, s.end) == is_money(text, g.start, g.end) \
                        and len(ours) >= OTHER_LABEL_SAID + len(gives) and of_g - of_s - label:
                    found.append((i, s))
                    break
        if found:
            self.add(found[0][0], w, found[0][1], "number")
            self.v["swapped_figures"] = 1.0  # not a model feature: a rule reads it

    def against_check(self) -> None:
        """The votes against the claim says a vote had ("approvato all'unanimità", "con un solo voto contrario") against
        the counts a sentence saying most of the rest of the claim gives ("con 11 voti favorevoli e 5 contrari"): a
        number conflict where they differ (the figures being the claim's own, as "swapped figures"), else how much of
        the rest the sentence says (not a model feature: a rule reads it)."""
        self.v["against_counted"] = 0.0
        said = claimed_against(self.query)
        if said is None:
            return
        count, start, end = said
        skip = frozenset(k for k, c in enumerate(self.claim) if start <= c.start < end)
        for i in self.top:
            votes = vote_margins(self.aligned[i].words, self.evidence[i].sentence.text)
            if not votes or self.rest_said(i, None, also=skip) < SHARE_COUNTED_REST:
                continue
            against = votes[0][1]
            if float(against.number) == count:
                self.counted("against_counted", [i], None, also=skip)
                return
            sent = self.evidence[i].sentence
            self.conflicts.append((i, Conflict(start, end, self.query[start:end], sent.doc_id, sent.start + against.start,
                                               sent.start + against.end, against.text, "number")))
            self.v["swapped_figures"] = 1.0  # (read as two figures of the claim's own: a rule reads it)
            self.v["computed_conflict"] = 1.0  # with the rest of the claim said there or around (a rule reads it)
            return

    def swapped_votes_check(self) -> None:
        """The two counts of a vote the claim gives the other way round ("38 members voted for further strike action and
        301 voted against" against "301 voted in favour of further strike action and 38 against"): a number conflict
        (each is stated, so the number checks find none)."""
        for x, y, _ in vote_margins(self.query_words, self.query):
            if x.number == y.number:
                continue
            for i in self.top:
                got = next((s_for for s_for, s_against, _ in vote_margins(self.aligned[i].words, self.evidence[i].sentence.text)
                            if s_for.number == y.number and s_against.number == x.number), None)
                if got is not None and not any(c.claim_start == x.start for _, c in self.conflicts):
                    self.add(i, x, got, "number")
                    self.v["swapped_figures"] = 1.0  # not a model feature: a rule reads it
                    return

    def listed_number_check(self) -> None:
        """A number the claim gives to one item of a list that the sentence gives to another: "All'ospedale di Borgo
        Tessano per una colonscopia si attendono 84 giorni" against "… per le visite cardiologiche, per le quali si
        attendono 84 giorni, e per le colonscopie all'ospedale di Borgo Tessano, dove servono 120 giorni". The
        sentence's clauses (split at ", e …", "; ", ", mentre …") each hold a number counting the same unit; the
        claim's number stands in one, while another, with another number, matches LISTED_MORE more of the rest of
        the claim (weighted words)."""
        claim, aligned, evidence = self.claim, self.aligned, self.evidence
        if any(c.reason == "number" for _, c in self.conflicts):
            return
        for w in (w for w in claim if w.number is not None and not is_year_word(w)):
            unit = counted_unit(claim, claim.index(w))
            if unit is None:
                continue
            for i in self.about:
                a, text = aligned[i], evidence[i].sentence.text
                cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(text)] + [len(text) + 1]
                clause = [next(c for c in range(len(cuts) - 1) if cuts[c] <= t.start < cuts[c + 1]) for t in a.words]
                counts = [s for s in a.words if s.number is not None and same_unit(counted_unit(a.words, s.pos), unit)]
                mine = [s for s in counts if s.number == w.number]
                if len(mine) != 1 or len({clause[s.pos] for s in counts}) < 2:
                    continue

                def said(c: int) -> float:  # the claim's other words matched in clause c
                    return sum(x.weight for k, x in enumerate(claim) if x is not w and x is not unit and x.number is None
                               and a.best[k] >= MATCH and clause[int(a.where[k])] == c)
                here = said(clause[mine[0].pos])
                other = max((s for s in counts if s.number != w.number and clause[s.pos] != clause[mine[0].pos]),
                            key=lambda s: said(clause[s.pos]), default=None)
                if other is not None and said(clause[other.pos]) >= here + LISTED_MORE:
                    self.add(i, w, other, "number")
                    return

    def same_deadline(self, w: Word) -> tuple[int, Word] | None:
        """A sentence giving another year after the same word as the claim's year, where it states another of the
        claim's numbers too: "ridurre le perdite al 30% entro il 2035" against "L'obiettivo è scendere al 30% entro il
        2030." (the sentence, short, is about the claim through the one before it)."""
        before = _WORD_BEFORE.search(self.query, 0, w.start)
        if before is None:
            return None
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            if not any(s.number is not None and s.number == c.number for c in self.claim if c is not w and c.number
                       for s in a.words):
                continue
            if RELATIVE_YEAR.search(text):
                continue  # "contro gli 1,8 milioni dell'anno precedente": the claim's other year may be that one
            for s in a.words:
                # not a year the claim states itself ("Nel 2024 … che nel 2023" against "Nel 2024 …")
                if s.number is not None and is_year_word(s) and s.number != w.number and not any(
                        c.number == s.number for c in self.claim):
                    got = _WORD_BEFORE.search(text, 0, s.start)
                    if got is not None and fold(got.group(1).lower()) == fold(before.group(1).lower()):
                        return i, s
        return None

    def based_check(self) -> None:
        """Where the claim says its company or body is based against the base a sentence naming it gives ("Hallow
        Travel is based in Elmstead Vale" against "… the Carrowby-based firm Hallow Travel", "X, con sede a Y"): a place
        conflict."""
        m = _BASED_CLAIM.search(self.query)
        if m is None or polarity(self.query).negative:
            return
        place = m.group("place") or m.group("place_it")
        start = m.start("place") if m.group("place") else m.start("place_it")
        mine = next((c for c in self.claim if c.start == start), None)
        named = [k for k, c in enumerate(self.claim) if c.is_name and c.end <= m.start()]
        if mine is None or not named or any(c.claim_start == mine.start for _, c in self.conflicts):
            return  # (or the slot check found it)
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            at = [a.words[int(a.where[k])].start for k in named if a.best[k] >= EXACT]
            if len(at) < len(named):
                continue
            for b in _BASED_SENT.finditer(text):
                theirs = next(g for g in ("p1", "p2", "p3") if b.group(g))
                if fold(b.group(theirs).lower()) == fold(place.lower()) or not any(
                        abs(x - b.start()) <= BASED_REACH for x in at):
                    continue
                other = next((w for w in a.words if w.start == b.start(theirs)), None)
                if other is not None:
                    self.add(i, mine, other, "place")
                    return

    def event_place_check(self) -> None:
        """The place of the claim's event against the place the sentence names after the same verb, in a
        sentence naming the claim's subject ("Gaio Giulio Cesare morì in Spagna" against "Cesare morì
        improvvisamente nell'85 a.C., a Roma"): no sentence names the claim's place."""
        claim = self.claim
        for ci, c in enumerate(claim):
            if not (c.place and c.is_name and self.union[ci] < MATCH) or c.start < self.lead_end:
                continue
            for i in self.about_number:
                where = located_after(claim, ci, self.query, self.aligned[i], self.evidence[i].sentence.text)
                if where is not None and self.aligned[i].words[where].place != c.place:
                    self.add(i, c, self.aligned[i].words[where], "place")
                    break

    def weekday_check(self) -> None:
        """A weekday against another one the sentence gives the same date: "martedì 14 ottobre" against
        "Lunedì 14 ottobre", "Thursday, March 19" against "Wednesday, March 19" (the date fixes the day); a
        month against another given the same day of the month ("anchored_day" for both)."""
        aligned = self.aligned
        self.v["anchored_day"] = 0.0
        for c in self.claim:
            day = dated_weekday(self.claim, c)
            if day is None:
                continue
            got = next(((i, s) for i in self.top for s in aligned[i].words
                        if s.norm in CALENDAR and CALENDAR[s.norm] != CALENDAR[c.norm]
                        and dated_weekday(aligned[i].words, s) == day), None)
            if got is not None:
                self.add(got[0], c, got[1], "date")
                self.v["anchored_day"] = 1.0
        # a month against another one given the same day of the month: "venerdì 29 giugno" against "per venerdì
        # 29 maggio", the day and the weekday matched beside it (the date names the event as firmly)
        for k, c in enumerate(self.claim):
            day = day_of_month(self.claim, k) if c.norm in MONTH_NUMBER else None
            if day is None:
                continue
            for i, x in self.conflicts:
                if x.reason != "date" or x.claim_start != c.start:
                    continue
                words, at = aligned[i].words, self.sentence_word(i, x)
                if at is not None and words[at].norm in MONTH_NUMBER and day_of_month(words, at) == day:
                    self.v["anchored_day"] = 1.0

    def day_state_check(self) -> None:
        """A weekday the claim gives a state ("sarà aperto … il lunedì", "open … on Mondays") that a sentence gives the
        opposite state in the day's own clause ("…; il lunedì resterà chiuso"), the rest of the claim said there: an
        opposite of the two state words (not a model feature: a rule reads it)."""
        for k, c in enumerate(self.claim):
            day = CALENDAR.get(c.norm, CALENDAR.get(c.norm[:-1]) if c.norm.endswith("s") else None)  # ("on Mondays")
            if day is None:
                continue
            for i in self.top:
                a, text = self.aligned[i], self.evidence[i].sentence.text
                days = [s for s in a.words if s.norm in CALENDAR and CALENDAR[s.norm] == day]
                for s in days:
                    lo = max((m.end() for m in _DAY_CLAUSE.finditer(text, 0, s.start)), default=0)
                    nxt = _DAY_CLAUSE.search(text, s.end)
                    hi = nxt.start() if nxt is not None else len(text)
                    got = next(((j, x) for x in a.words if lo <= x.start < hi and x is not s
                                for j, w in enumerate(self.claim) if j != k and opposite(w.norm, x.norm)), None)
                    if got is not None and self.rest_said(i, None, also=frozenset({got[0], k})) >= SHARE_COUNTED_REST:
                        self.add_own_opposite(i, self.claim[got[0]].start, self.claim[got[0]].end, got[1].start,
                                              got[1].end)
                        self.v["computed_conflict"] = 1.0
                        return

    def said_of_person_checks(self) -> None:
        """What a sentence says of the claim's person right after naming them, and who did it to whom."""
        claim, aligned, evidence = self.claim, self.aligned, self.evidence
        # "Il funzionario Luca De Sio è stato condannato" against "Condannato a due anni … anche …, mentre il
        # terzo imputato, il funzionario Luca De Sio, è stato assolto" (the claim's verb is matched too, said
        # of someone else)
        for i in self.about:
            got = opposite_after_name(claim, self.query, aligned[i], evidence[i].sentence.text)
            if got is not None:
                self.add(i, claim[got[0]], aligned[i].words[got[1]], got[2])
                break
        # "Alcaraz beat Sinner" against "Sinner beat Carlos Alcaraz", the same names on the other sides of
        # the same verb (a passive, "was beaten by", turns them round)
        for i in self.about:
            got = reversed_roles(claim, self.query, aligned[i], evidence[i].sentence.text)
            if got is not None:
                self.add(i, claim[got[0]], aligned[i].words[got[1]], "name")
                break

    def planned_check(self) -> None:
        """"already" done where a sentence about the claim says it is only planned: "Kestrel has already provided
        free credit monitoring" against "… and plans to offer two years of free credit monitoring from April";
        "ha già firmato" against "prevede di firmare", "è già stata installata" against "che sarà installata … entro marzo".
        The claim's first word after "already" matched firmly in the sentence (or the same short English verb: "filed",
        "file"), a word of planning in the PLANNED_REACH characters before it, no punctuation between; or a plan or a
        study said after it ("…, previsto per lunedì 3 novembre", "… è allo studio")."""
        self.v["own_opposite"] = 0.0  # not a model feature: the checks read it
        m = ALREADY.search(self.query)
        if not m:
            return
        after = [k for k, w in enumerate(self.claim) if w.start >= m.end() and w.number is None]
        # or the thing said done, before "already": "I chioschi … sono già in funzione" against "… installerà 14 chioschi"
        before = [k for k, w in enumerate(self.claim) if w.end <= m.start() and w.number is None and not w.is_name
                  and w.weight >= 1.0][:1]
        for i in self.about:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            found = None
            for k in after:
                if a.best[k] >= STRONG_MATCH:
                    found = (k, a.words[int(a.where[k])])
                else:  # the same short English verb: "has already filed" against "expects to file"
                    base = english_base(self.claim[k].norm)
                    found = next(((k, w) for w in a.words if not w.is_name and english_base(w.norm) == base), None)
                if found is not None:
                    break
            tried = ([found] if found is not None else []) + [(k, a.words[int(a.where[k])]) for k in before
                                                               if a.best[k] >= STRONG_MATCH]
            for k, s in tried:
                lo = max(0, s.start - PLANNED_REACH)
                plan = ([p for p in PLANNED.finditer(text[lo:s.start])
                         if not re.search(r"[.;:,]", text[lo + p.end():s.start])] or [None])[-1]
                if plan is None:  # or said not done yet: "… non sono ancora stati realizzati" (for "sono già stati completati")
                    plan = ([p for p in NOT_YET.finditer(text[lo:s.start])
                             if not re.search(r"[.;:,]", text[lo + p.end():s.start])] or [None])[-1]
                # or right after it: "l'avvio del cantiere vero e proprio, previsto per lunedì 3 novembre", "i 120 posti
                # auto promessi nell'area di via Sforzini non sono ancora stati realizzati"
                later = (PLANNED_AFTER.match(text, s.end) or _not_yet_after(text, s.end)) if plan is None else None
                if plan is not None or later is not None:
                    break
            else:
                continue
            start, end = (lo + plan.start(), s.end) if plan is not None else (s.start, later.end())
            # "già" and what follows it up to the word found ("già stato avviato"), or "già" alone before it
            self.add_own_opposite(i, m.start(), max(m.end(), self.claim[k].end), start, end)
            return

    def times_check(self) -> None:
        """A time the claim gives that a sentence's times make: said another way ("2:31:09" for "2 hours 31 minutes 9
        seconds"), as the gap between two ("Megan Trowbridge improved the women's course record by 1 minute 31 seconds"
        against "… won … in 2:31:09, breaking the course record of 2:32:40"), or as a time and the gap the claim's
        person finished behind it ("Tom Haddley finished the race in 2 hours 15 minutes 25 seconds" against "… won the
        men's race in 2 hours 14 minutes 37 seconds, finishing 48 seconds ahead of last year's winner, Tom Haddley"):
        its number words are no figures for the number checks (`time_words`), and how much of the rest of the claim
        that sentence says (`time_counted`, not a model feature: a rule reads it)."""
        self.v["time_counted"] = 0.0
        self.time_words = set()
        for value, start, end in race_times(self.query):
            words = frozenset(k for k, c in enumerate(self.claim) if start <= c.start < end)
            if not any(self.claim[k].number is not None for k in words):
                continue
            gap = said_as_gap(self.query, start, end)
            names = [k for k, c in enumerate(self.claim) if c.is_name and k not in words]
            for i in self.top:
                text, a = self.evidence[i].sentence.text, self.aligned[i]
                theirs = race_times(text)
                if gap:
                    found = any(abs(x - y) == value for k, (x, _, _) in enumerate(theirs) for y, _, _ in theirs[k + 1:])
                else:
                    found = any(x == value for x, _, _ in theirs) or any(
                        x + g == value and g < x and (at := gap_before_name(text, g_end)) is not None
                        and any(a.best[k] >= EXACT and at <= a.words[int(a.where[k])].start <= at + GAP_NAME_REACH
                                for k in names)
                        for x, _, _ in theirs for g, _, g_end in theirs)
                if found:
                    self.time_words |= words
                    self.counted("time_counted", [i], None, also=words)
                    break

    def hours_apart_check(self) -> None:
        """Hours the claim puts between two times of day that two of a sentence's times make ("Dopo la ristrutturazione
        il mercato chiuderà cinque ore e mezza più tardi rispetto a prima" against "… aperto dalle 7.30 alle 19.30,
        mentre prima chiudeva alle 14"): its number words are no figures for the number checks (`time_words`), and how
        much of the rest of the claim that sentence says (`hours_counted`, not a model feature: a rule reads it)."""
        self.v["hours_counted"] = 0.0
        times = {i: clock_times(self.evidence[i].sentence.text) for i in self.top}
        for value, start, end in claimed_hours_apart(self.query):
            words = frozenset(k for k, c in enumerate(self.claim) if start <= c.start < end)
            found = [i for i in self.top if any(abs(abs(x - y) - value) < 0.01 for k, x in enumerate(times[i])
                                                for y in times[i][k + 1:])]
            if found:
                self.time_words |= words
                self.counted("hours_counted", found, None, also=words)

    def every_check(self) -> None:
        """Hours a day or days a week the claim gives that a sentence's range of times or of weekdays makes ("Until
        Easter, boats can use the restored stretch for eight hours a day" against "… only at weekends, from 9am to 5pm";
        "sei giorni su sette" against "dal lunedì al sabato"): its number words are no figures for the number checks
        (`time_words`), and how much of the rest of the claim that sentence says (`every_counted`, not a model feature: a
        rule reads it)."""
        self.v["every_counted"] = 0.0
        got = []
        for value, kind, start, end in claimed_every(self.query):
            words = frozenset(k for k, c in enumerate(self.claim) if start <= c.start < end)
            if not any(self.claim[k].number is not None for k in words):
                continue
            spans = clock_spans if kind == "hours" else weekday_spans
            # (or the hours of a day's ranges together: "per sei ore al giorno" against "dalle 10 alle 13 e dalle 15
            # alle 18")
            found = [i for i in self.top if any(abs(x - value) < 1e-6 for x in self.spans_of(i, spans, kind == "hours"))]
            if found:
                got.append((found, words))
        # (the hours and the days said together: "per quattro ore al giorno, sei giorni su sette" against "dal lunedì al
        # sabato, dalle 7.30 alle 11.30")
        made = frozenset().union(*(words for _, words in got))
        for found, words in got:
            self.time_words |= words
            self.counted("every_counted", found, None, also=made)

    def spans_of(self, i: int, spans, together: bool) -> list[float]:
        """The spans sentence i gives (`clock_spans`, `weekday_spans`), and where `together` and it gives more than one,
        their sum."""
        got = spans(self.evidence[i].sentence.text)
        return got + [sum(got)] if together and len(got) > 1 else got

    def months_check(self) -> None:
        """Months the claim gives as a span of time ("La proroga concessa a Gustoservizi … è di sei mesi", "By 31 December
        the new unit had been in service for less than three months") that two dates make, both a sentence's ("era scaduto
        il 30 giugno ed è stato prorogato fino al 31 dicembre") or one of them the claim's ("entrato in servizio il 6
        ottobre"): how much of the rest of the claim that sentence says (`months_counted`, not a model feature: a rule
        reads it), its number words no figures for the number checks (`time_words`)."""
        self.v["months_counted"] = 0.0
        said = claimed_months(self.query)
        if not said:
            return
        words = self.query_words
        claim_days = [day for _, day in dates_of(words)]
        for value, start, end in said:
            span = frozenset(k for k, c in enumerate(self.claim) if start <= c.start < end)
            number = next((c for k, c in enumerate(self.claim) if k in span and c.number is not None), None)
            if number is None:
                continue
            bound = number.bound

            def agrees(x: float) -> bool:
                # (a span said "circa" within a tenth: "circa tre anni e mezzo" for 3 years 5 months)
                return bound_agrees(value, bound, x) if bound in (">", "<", "~") else abs(x - value) <= MONTHS_EXACT

            found = [i for i in self.top if any(
                agrees(x) for x in months_apart([day for _, day in dates_of(self.aligned[i].words)], claim_days))]
            dated_words = frozenset(k for k, c in enumerate(self.claim) if c.number is not None and any(
                d.start == c.start for d, _ in dates_of(words)) or c.norm in MONTH_NUMBER)
            if found:
                self.time_words |= span
                self.counted("months_counted", found, None, also=span | dated_words)
                continue
            # or two dates with their years, each in its own sentence: "dal 7 gennaio 2026 preparerà i pasti" and "Il
            # contratto durerà fino al 30 giugno 2029", for "Il contratto … coprirà circa tre anni e mezzo di servizio"
            dates = {i: year_dates(self.evidence[i].sentence.text) for i in self.top}
            for i in self.top:
                for j in self.top:
                    if i < j and any(agrees(abs(x - y)) for x in dates[i] for y in dates[j]):
                        if self.keep("months_counted", self.said_by_two(i, j, set(span | dated_words)), i):
                            self.time_words |= span

    def average_check(self) -> None:
        """A figure the claim gives for each one of a group ("On average, each volunteer put in more than 130 hours")
        that a sentence's two figures make, the one over the other ("310 volunteers put in 41,000 hours"): the figure
        divided counting the claim's thing, the other one a thing the claim names; how much of the rest of the claim that
        sentence says (`average_counted`, not a model feature: a rule reads it), its number words no figures for the
        number checks (`time_words`)."""
        self.v["average_counted"] = 0.0
        said = AVERAGE.search(self.query)
        if said is None:
            return
        words = self.query_words
        for w in words:
            if w.number is None or w.norm == FRACTION or w.norm in SCALE_WORDS or is_year_word(w):
                continue
            value, unit = claim_value(w, words), counted_unit(words, w.pos)
            k = next((j for j, c in enumerate(self.claim) if c.start == w.start), None)
            if value is None or unit is None or k is None:
                continue
            found = []
            for i in self.top:
                a = self.aligned[i]
                for ratio, x, y in averages(a.words, self.evidence[i].sentence.text):
                    per = counted_unit(a.words, y.pos)
                    if same_unit(counted_unit(a.words, x.pos), unit) and float(a.sim[:, per.pos].max()) >= STRONG_MATCH \
                            and (bound_agrees(value, w.bound, ratio) if w.bound in (">", "<")
                                 else abs(ratio - value) <= max(AVERAGE_EXACT * value, 0.5)):
                        found.append(i)
                        break
            if found:
                also = frozenset(j for j, c in enumerate(self.claim) if said.start() <= c.start < said.end()
                                 or c.start == unit.start)
                self.time_words.add(k)
                self.counted("average_counted", found, self.claim[k], also=also)

    def requested_check(self) -> None:
        """An act the claim says was done that a sentence about it says was only asked for, of the one the claim says
        did it ("Il ministero dell'Agricoltura ha riconosciuto lo stato di calamità naturale" against "… una mozione che
        chiede al ministero dell'Agricoltura di riconoscere lo stato di calamità naturale"): an opposite. Not for a
        claim saying it was asked, nor a future or a denial."""
        if REQUESTED.search(self.query) or DECISION_CLAIM_RE.search(self.query) or polarity(self.query).negative:
            return
        plain = [k for k, w in enumerate(self.claim) if w.number is None and w.weight >= 1.0]
        # (the claim's own act, not a verb it gives after "to": "forces students to wear hijabs" against "asked female
        # students … to wear")
        own = [k for k in plain if not re.search(r"\b(?:to|di|a|ad)\s+$", self.query[max(0, self.claim[k].start - 4):
                                                                                   self.claim[k].start], re.IGNORECASE)]
        for i in self.about:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            for m in REQUESTED.finditer(text):
                # the act asked for: a claim word firmly said as the verb after "di" / "to", past the one asked
                acts = [(k, s) for k in own if a.best[k] >= STRONG_MATCH
                        for s in (a.words[int(a.where[k])],)
                        if m.end() < s.start <= m.end() + REQUEST_REACH
                        and _REQUESTED_ACT.fullmatch(text, m.end(), s.start) is not None]
                if not acts:
                    continue
                k, act = acts[0]
                # the one asked, named between: a claim word said there ("al ministero dell'Agricoltura")
                asked = [j for j in plain if j != k and a.best[j] >= MATCH
                         and m.end() <= a.words[int(a.where[j])].start < act.start]
                if not asked or self.claim[k].start < max(self.claim[j].start for j in asked):
                    continue  # (the claim's act comes after its doer: "Il ministero … ha riconosciuto")
                self.add_own_opposite(i, self.claim[k].start, self.claim[k].end, m.start(), act.end)
                return
        if PROPOSED.search(self.query) or PLANNED.search(self.query):
            return  # (a claim saying it was proposed, or will be done)
        for i in self.about:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            for m in PROPOSED.finditer(text):
                # "Il consiglio di amministrazione ha portato la tariffa … a 15 euro" against "il consiglio di
                # amministrazione ha proposto di portarla a 15 euro": the act right after it, its doer before it in its
                # clause, both the claim's, the doer first there too
                # (a verb with a pronoun joined, "portarla", meets "portato" by its first letters)
                verb = next((w for w in a.words if w.start >= m.end()), None)
                if verb is None or verb.start > m.end() + 2:
                    continue
                acts = [k for k in own if a.best[k] >= STRONG_MATCH and a.words[int(a.where[k])] is verb
                        or self.claim[k].norm[:VERB_ROOT] == verb.norm[:VERB_ROOT] and len(verb.norm) > VERB_ROOT]
                lo = max(0, m.start() - PROPOSER_REACH)
                lo = max([lo] + [x.end() for x in CLAUSE_MARK.finditer(text, lo, m.start())])
                doers = [j for j in plain if j not in acts and a.best[j] >= MATCH
                         and lo <= a.words[int(a.where[j])].start < m.start()]
                if acts and doers and self.claim[acts[0]].start > max(self.claim[j].start for j in doers):
                    self.add_own_opposite(i, self.claim[acts[0]].start, self.claim[acts[0]].end, m.start(), verb.end)
                    return

    def vote_way_check(self) -> None:
        """The way the claim says someone voted against the other way a sentence about it says they voted, naming them
        ("I consiglieri di Pievelunga Bene Comune hanno votato a favore della modifica del contratto" against "Hanno
        votato contro i consiglieri di Pievelunga Bene Comune"): an opposite ("contro" is no content word to compare)."""
        ways = [(p, q) for p, q in ((VOTED_FOR, VOTED_AGAINST), (VOTED_AGAINST, VOTED_FOR)) if p.search(self.query)]
        if len(ways) != 1 or polarity(self.query).negative:
            return
        mine, other = ways[0]
        m = mine.search(self.query)
        names = [k for k, c in enumerate(self.claim) if c.is_name]
        if not names:
            return
        for i in self.about:
            text = self.evidence[i].sentence.text
            theirs = other.search(text)
            if theirs is not None and not mine.search(text) and all(self.aligned[i].best[k] >= MATCH for k in names):
                self.add_own_opposite(i, m.start(), m.end(), theirs.start(), theirs.end())
                return

    def whole_claimed_check(self) -> None:
        """A whole the claim gives to one ("Lumetra Servizi pagherà per intero la sostituzione delle lampade", "All of the
        £1.34 million raised went to Kelverton Hospice") where a sentence gives them a part of it (`partial_owners`:
        "96.000 euro, di cui 60.000 a carico di Lumetra e il resto a carico del Comune"): an opposite."""
        m = WHOLE_CLAIMED.search(self.query)
        if m is None or polarity(self.query).negative:
            return
        names = [k for k, c in enumerate(self.claim) if c.is_name]
        for i in self.top:
            a = self.aligned[i]
            for part, owner in partial_owners(a.words, self.evidence[i].sentence.text):
                if any(a.best[k] >= EXACT and a.words[int(a.where[k])].start == owner.start for k in names):
                    self.add_own_opposite(i, m.start(), m.end(), part.start, part.end)
                    return

    def add_own_opposite(self, i: int, c_start: int, c_end: int, start: int, end: int) -> None:
        """An opposite said of the claim's own thing (query[c_start:c_end] against sentence i's text[start:end])."""
        sent = self.evidence[i].sentence
        conflict = Conflict(c_start, c_end, self.query[c_start:c_end], sent.doc_id, sent.start + start, sent.start + end,
                            sent.text[start:end], "opposite")
        self.conflicts.append((i, conflict))
        self.own_opposites.add(conflict)
        self.v["own_opposite"] = 1.0

    def rather_than_check(self) -> None:
        """What the claim says was done that a sentence about it says was set aside for something else ("The trust decided
        to rebuild the original stone edging along the bank near Lock 9" against "… the trust agreed to leave 600 metres of
        bank as reed bed rather than rebuild the original stone edging"): an opposite, where three of the claim's plain
        words, two fifths of them, are said after "rather than" / "anziché" within its clause. Not for a claim saying so
        itself, nor a denial."""
        if RATHER_THAN.search(self.query) or polarity(self.query).negative:
            return
        plain = [k for k, w in enumerate(self.claim) if not w.is_name and w.number is None and w.weight >= 1.0]
        if len(plain) < 3:
            return
        for i in self.about:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            for m in RATHER_THAN.finditer(text):
                stop = CLAUSE_STOP.search(text, m.end())
                end = stop.start() if stop is not None else len(text)
                there = [k for k in plain if a.best[k] >= STRONG_MATCH and m.end() <= a.words[int(a.where[k])].start < end]
                if len(there) >= 3 and len(there) * 5 >= len(plain) * 2:
                    first, last = min(there, key=lambda k: self.claim[k].start), max(there, key=lambda k: self.claim[k].end)
                    words_end = max(a.words[int(a.where[k])].end for k in there)
                    self.add_own_opposite(i, self.claim[first].start, self.claim[last].end, m.start(), words_end)
                    return

    def decided_check(self) -> None:
        """A decision the claim says is made where a sentence about it says nothing is decided yet: "Aeroporti Brentani
        ha già deciso di migliorare la propria offerta economica" against "… un miglioramento dell'offerta economica «non
        è escluso, ma oggi non è deciso nulla»", "has decided to appeal" against "no decision has yet been made". An
        opposite, read as "already" against a plan (the decision is said of the claim's own thing)."""
        m = DECIDED_CLAIM.search(self.query)
        if not m or polarity(self.query).negative:
            return
        # what is decided (the claim's plain words) said there, whoever the sentence names for the claim's company or
        # person ("Ferrandi ha detto che …", its chief executive), as long as the article names them
        # (a capital opening the claim is a name where a sentence has it as one: "Acque del Serrino ha deciso …")
        names = [k for k, w in enumerate(self.claim) if w.is_name or any(
            a.best[k] >= EXACT and a.words[int(a.where[k])].is_name for a in self.aligned)]
        when = DECIDED_WHEN.search(self.query)
        plain = [k for k, w in enumerate(self.claim) if k not in names and w.number is None and w.weight >= 1.0
                 and not m.start() <= w.start < m.end() and (when is None or w.start < when.start())]
        # (half of the name's words, where the sentence calls it "la società": "Cervaro Impianti ha già deciso …")
        named = sum(any(a.best[k] >= EXACT for a in self.aligned) for k in names)
        if len(plain) < 2 or named * 2 < len(names):
            return
        for i in self.top:
            said = self.aligned[i].best
            if sum(said[k] >= MATCH for k in plain) < DECIDED_SAID * len(plain):
                # or with the sentence before, where this one speaks of what that one says ("A planning application was
                # submitted …, and the planning committee is expected to decide on it" after "It wants to build a new
                # base at Thornby …")
                j = retrieved_index(self.evidence, i, -1)
                if j is None or not any(said[k] >= MATCH for k in plain) or sum(
                        max(said[k], self.aligned[j].best[k]) >= MATCH for k in plain) < DECIDED_SAID * len(plain):
                    continue
            text = self.evidence[i].sentence.text
            # (what it leaves open must be the claim's thing: "Resta da decidere se il mercato aprirà anche la domenica"
            # says nothing of "Quattro commercianti su cinque hanno deciso di tornare")
            spans = [sp for sp in undecided(text)
                     if (o := left_open(text, *sp)) is None or open_about_claim(self.claim, self.aligned[i], o)]
            # or that it is still pending: "Resta invece in sospeso l'introduzione di un'app" for "Il Comune ha già
            # approvato l'introduzione dell'app", "is due to go before the council's planning committee in January" for
            # "The council's planning committee has approved the aqueduct"
            spans += [(p.start(), p.end()) for p in PENDING.finditer(text)]
            if spans:
                self.add_own_opposite(i, m.start(), m.end(), *spans[0])
                return

    def direction_check(self) -> None:
        """Which way the claim says something moved against the two figures a sentence about it gives, now and before
        ("Nel 2024 l'aeroporto … ha accolto meno passeggeri che nel 2023" against "2,1 milioni di passeggeri, contro gli
        1,8 milioni dell'anno precedente"; "The share of members insured … has grown" against "il 35% …, contro il 52% di
        cinque anni fa"): an opposite. Only for a claim stating no figure of its own but those the sentence states
        (its change is read by the number checks)."""
        said = claimed_direction(self.query)
        self.v["direction_counted"] = 0.0
        if said is None:
            return
        sign, m = said
        # the claim's own figure with its way first (unless the slot check found that opposite already: "shares fell
        # 3.5%" against "shares rose 3.5%")
        if not any(c.reason == "opposite" and c.claim_start == m.start() for _, c in self.conflicts) \
                and self.own_figure_other_way(sign, m):
            return
        if self.compared_other_way(sign, m):
            return
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            if any(w.number is not None and not is_year_word(w) and (a.best[k] < EXACT or (
                    w.bound is not None and said_as_change(self.query, w)
                    and change_of(w, self.query, a, text, self.claim) is None)) for k, w in enumerate(self.claim)):
                continue  # (a bound on a change is met by the figures, the move's or not: "by more than 50 per cent")

            labels = dict(labelled_figures(a.words, text))
            # (a claim's share or fraction is what its way is said of: "pagheranno un quarto in meno di affitto" is no
            # fall of the rent "da 420 a 480 euro" the sentence gives before "uno sconto del 25 per cento")
            shared = any(c.number is not None and (c.norm == FRACTION or is_share(self.query, c)) for c in self.claim)

            def of_claim(now: Word, before: Word) -> bool:
                """The figure counts what the claim speaks of ("2,1 milioni di passeggeri", or said before it: "gli
                abbonati sono 3.900, contro i 3.100", or before the move: "il millefiori da 6,80 a 7,90"), or the
                sentence is about it."""
                unit = counted_unit(a.words, now.pos)
                things = labels.get(now, frozenset()) | labels.get(before, frozenset())
                return i in self.about or (unit is not None and len(self.claim) > 0
                                           and float(a.sim[:, unit.pos].max()) >= STRONG_MATCH) or any(
                    c.weight >= 1.0 and not c.is_name and c.stem in things for c in self.claim)
            # figures of one kind ("up 14% from £367 million" pairs a change with a sum)
            ways = {}
            for now, before in moves(a.words, text):
                # (an earlier value may leave its currency to the figure: "186 milioni di euro, … rispetto ai 166
                # milioni dell'anno precedente")
                if of_claim(now, before) and is_share(text, now) == is_share(text, before) \
                        and (is_money(text, now.start, now.end) == is_money(text, before.start, before.end)
                             or unit_elided(a.words, before.pos) or said_as_range(text, before, now) and not shared):
                    moved = moved_by(a.words, now, before)
                    ways[(moved > 0) - (moved < 0)] = (now, before)
            ways.pop(0, None)
            if len(ways) == 1 and sign in ways and not polarity(self.query).negative:
                # the way the claim says: how much of the rest of it the sentence says ("Fewer bikes were stolen or
                # damaged beyond repair in 2024 than in 2023" against "94 bikes were stolen or damaged beyond repair in
                # 2024, down from 131 the year before"; its years the move says; the rest in that sentence itself: a
                # move of the residents is none of the foreign residents named in another; not a model feature: a rule
                # reads it)
                years = frozenset(k for k, c in enumerate(self.claim) if c.number is not None and is_year_word(c))
                self.counted("direction_counted", [i], None, also=years, around=False)
                continue
            if len(ways) != 1 or sign in ways or self.moved_our_way_elsewhere(i) or any(
                    j == i and c.reason == "opposite" and c.claim_start == m.start() for j, c in self.conflicts):
                continue  # (or the slot check found there a word of the other way already: "an increase of 18%")
            now, before = next(iter(ways.values()))
            self.add_own_opposite(i, m.start(), m.end(), min(now.start, before.start), max(now.end, before.end))
            return

    def stays_check(self) -> None:
        """A move the claim says is coming or came ("The price of a single 30-minute ride will rise this year") where a
        sentence says the claim's thing stays as it is, in a clause saying most of the rest of the claim ("Fares will not
        change this year, …: a single 30-minute ride will stay at £1.50", "Il prezzo dell'abbonamento a sei spettacoli è
        rimasto fermo a 120 euro, mentre il biglietto intero … è aumentato"): an opposite. The claim's figures given
        there too, and not where an opposite was found already or the sentence denies the claim's own way."""
        said = claimed_direction(self.query)
        if said is None or polarity(self.query).negative or any(c.reason == "opposite" for _, c in self.conflicts):
            return
        sign, m = said
        # (not what the move is reckoned against: "rispetto all'anno scorso", "than last year")
        plain = [k for k, w in enumerate(self.claim) if w.number is None and w.weight >= 1.0
                 and not m.start() <= w.start < m.end() and w.norm not in _COMPARED and w.norm not in _RECKONED_ON]
        if len(plain) < 2:
            return
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            if any(w.number is not None and not is_year_word(w) and a.best[k] < EXACT for k, w in enumerate(self.claim)):
                continue  # a figure of the claim the sentence does not give ("a single 30-minute ride" it does)
            if polarity(text).negative and any(m.start() <= w.start < m.end() and a.best[k] >= EXACT
                                               for k, w in enumerate(self.claim)):
                continue  # the claim's own way denied there ("non sarà aumentato e resterà a 11 euro"): a denial
            for stay in STAYS.finditer(text):
                begin = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, stay.start())), default=0)
                close = _CLAUSE_BREAK.search(text, stay.end())
                finish = close.start() if close else len(text)
                inside = sum(a.best[k] >= MATCH and begin <= a.words[int(a.where[k])].start < finish for k in plain)
                # or the clause names what stays by the claim's word said only there, the rest of the claim said in the
                # sentence around it ("Dal 1° aprile aumenterà anche il prezzo del biglietto ridotto" against "dal 1°
                # aprile il biglietto intero passerà da 16 a 18 euro, mentre il ridotto resterà a 11 euro")
                own = [k for k in plain if a.best[k] >= EXACT and begin <= a.words[int(a.where[k])].start < finish
                       and not self.claim[k].is_name and sum(x.stem == self.claim[k].stem for x in a.words) == 1]
                anywhere = sum(a.best[k] >= MATCH for k in plain)
                if inside >= STAYS_SAID * len(plain) or (own and anywhere >= STAYS_SAID * len(plain)):
                    self.add_own_opposite(i, m.start(), m.end(), stay.start(), stay.end())
                    return

    def compared_other_way(self, sign: int, m) -> bool:
        """A comparison the claim makes ("The Orbix One is more expensive than the previous model") where a sentence about
        it gives a figure as a difference the other way from the same thing ("will sell for 1,990 euros, about 30% less
        than its previous model"): an opposite; whether one was found. Only for a claim giving no figure of its own."""
        if any(w.number is not None and not is_year_word(w) for w in self.claim):
            return False
        for i in self.about:
            text, a = self.evidence[i].sentence.text, self.aligned[i]
            for s in a.words:
                way = compared_at(text, s) if s.number is not None else None
                if way is None or way[0] == sign:
                    continue
                # what it is compared with, the claim's words ("its previous model")
                close = CLAUSE_MARK.search(text, way[2])
                target = range(way[2], close.start() if close else len(text))
                if any(a.best[k] >= EXACT and a.words[int(a.where[k])].start in target
                       for k, c in enumerate(self.claim) if c.weight >= 1.0):
                    self.add_own_opposite(i, m.start(), m.end(), way[1], way[2])
                    return True
        return False

    def own_figure_other_way(self, sign: int, m) -> bool:
        """A change of the claim's own figure the other way where a sentence about it gives that figure with its way
        ("Corrin's pre-tax profit fell 14%" against "… £418 million …, up 14% from £367 million a year earlier"): an
        opposite of the claim's word `m`; whether one was found."""
        for w in self.claim:
            # (or said after it: "12,000 fewer visitors than last year's dinosaur show" against "12,000 more than")
            mine = (direction_at(self.query, w) or compared_at(self.query, w)) \
                if w.number is not None and not is_year_word(w) else None
            if mine is None or mine[0] != sign:
                continue
            for i in self.about:
                text = self.evidence[i].sentence.text
                for s in self.aligned[i].words:
                    way = (direction_at(text, s) or compared_at(text, s)) \
                        if s.number is not None and s.number == w.number else None
                    if way is not None and way[0] != sign:
                        self.add_own_opposite(i, m.start(), m.end(), way[1], way[2])
                        return True
        return False

    def scope_places(self) -> None:
        """Place and name conflicts that are none: "also" and a place scoping a measure.

        A place the claim names after "in" / "a", its only name the sentences name too, scopes a measure
        the sentence gives for its own place: "Measles cases rose in the United States" against "measles
        cases in Europe more than doubled" speaks of another place, not against it ("The summit took
        place in Helsinki" against "in Geneva" is no measure: it conflicts). "La capitale dell'Argentina
        è Parigi" and "Babur proveniva dall'Asia settentrionale" keep their conflict ("Argentina" and
        "Babur" are named on both sides), and so do "una segnalazione delle autorità francesi" against
        "spagnole" and "at Moscow's initiative" against "su iniziativa di Washington" (who, not where)."""
        query, claim, v, conflicts = self.query, self.claim, self.v, self.conflicts
        v["other_place"] = 0.0
        # "also" says the same of one more: "Bezorgpunt also operates in Belgium" is not refuted by "operates in 22
        # Dutch cities", nor "Peru's central bank also cut rates" by "Chile's central bank cut" (refuted 0.86,
        # 0.66 before); the place or name put in its slot is the one the claim adds to
        v["also_claim"] = float(ALSO.search(query) is not None)  # not a model feature: the checks read it
        if v["also_claim"]:
            conflicts[:] = [(i, c) for i, c in conflicts if c.reason not in ("place", "name")]
        for i, c in list(conflicts):
            if c.reason == "place" and LOCATIVE_BEFORE.search(query[:c.claim_start]) \
                    and not POSSESSIVE.match(query, c.claim_end) and measured_in(self.evidence[i].sentence, c, claim) \
                    and not any(not c.claim_start <= w.start < c.claim_end and named_both(w, k, self.aligned, self.top)
                                for k, w in enumerate(claim)):
                conflicts.remove((i, c))
                v["other_place"] = 1.0

    def compared_across(self) -> None:
        """For a figure two sentences make ("La cucina di Vallepiana … è 8 chilometri più vicina a Montecerro del centro
        cottura di Rocca San Felice" against "… dal centro cottura di Gustoservizi a Rocca San Felice, a 27 chilometri da
        Montecerro" and "… nella cucina della cooperativa a Vallepiana, a 19 chilometri"), a name or place of the claim
        set against one of the one sentence is none where the other names it: each sentence speaks of one of the two
        things compared."""
        pairs = [self.across_pair] if self.across_pair is not None and self.v.get(
            "across_counted", 0.0) >= SHARE_COUNTED_REST else []
        if self.compared_pair is not None and self.v.get("compared_counted", 0.0) >= SHARE_COUNTED_REST:
            pairs.append(self.compared_pair)  # (or two counts compared: `compare_check`)
        for i, j in pairs:
            self.drop_named_elsewhere(i, j)

    def drop_named_elsewhere(self, i: int, j: int) -> None:
        """Of two sentences each speaking of one of two things a claim compares, a name or place conflict in one whose
        claim name the other says."""
        for pair in list(self.conflicts):
            k, c = pair
            if c.reason not in ("name", "place") or k not in (i, j):
                continue
            other = j if k == i else i
            named = [n for n, w in enumerate(self.claim) if c.claim_start <= w.start < c.claim_end]
            if named and all(self.aligned[other].best[n] >= EXACT for n in named):
                self.conflicts.remove(pair)

    def count_conflicts(self) -> None:
        """The conflict features: how many conflicts of each reason (before negation and sources are read)."""
        v = self.v
        for _, c in self.conflicts:
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

    def polarity_features(self) -> None:
        """An exclusive claim ("solo rane", "only Catalan actors") the best sentence does not make, and
        negation on one side only."""
        v, query, best_text = self.v, self.query, self.evidence[self.best].sentence.text
        exclusive = {t.norm for t in tokens(query)} & EXCLUSIVE
        v["exclusive_claim"] = float(bool(exclusive - {t.norm for t in tokens(best_text)}))
        pc, pb = polarity(query), polarity(best_text)
        self.pc = pc
        v["neg_claim"] = float(pc.negative)
        v["neg_best"] = float(pb.negative)
        v["neg_mismatch"] = float(pc.negative != pb.negative)
        v["neg_implicit_mismatch"] = float(bool(pc.implicit) != bool(pb.implicit) and pc.negative != pb.negative)

    def negation_check(self) -> None:
        """A sentence denying what the claim states, or stating what it denies.

        A sentence that names the claim's person or place may deny it even when the rest of the claim is
        matched elsewhere ("the talks in Saudi Arabia" in one sentence, "né ... Kellogg" in the next)."""
        query, claim, evidence, aligned, top, v = self.query, self.claim, self.evidence, self.aligned, self.top, self.v
        pc, union_share, bound_in, bound = self.pc, self.union_share, self.bound_in, self.bound
        subject = subject_name(claim, self.lead_end, query)
        subject_in = {i: subject_at(subject, aligned[i], evidence[i].sentence.text) for i in top}
        titled = titled_person(claim, query)  # "Il ministro Ferrante ha annunciato …": the person after a title
        named = [i for i in top if i not in self.about and union_share >= ABOUT and subject_in[i]]
        # sentences naming the claim's subject only in passing ("l'inviato speciale di Trump"): what
        # they state or deny is about something else
        only_modifier = {i for i in top if subject and all_modifiers(subject, aligned[i], evidence[i].sentence.text)}
        passing = only_modifier if person_subject(subject, claim, query) else set()
        v["subject_in_passing"] = float(bool(passing) and not any(subject_in[i] for i in top))
        v["neg_agree"] = 0.0  # how much of a negated claim a sentence denying the same thing matches
        for i in self.about + named:
            pe = polarity(evidence[i].sentence.text)
            sent = evidence[i].sentence
            if pc.negative and i in bound_in and copula_denied(query, pc):
                # "Keith Kellogg non è l'inviato speciale di Trump" where an apposition says he is,
                # whatever the clause around the apposition denies ("Non ci saranno né …, Keith Kellogg")
                s, e = negation_phrase(query, pc.first_span()[0])
                conflict = Conflict(s, e, query[s:e], sent.doc_id, sent.start, sent.end, sent.text, "negation")
                v["neg_mismatch_scoped"] = 1.0
                self.conflicts.append((i, conflict))
                break
            if pc.negative and pe.negative and not v.get("neg_agree") and claim_denies(claim, aligned[i], pc):
                # both deny the same thing: "Kellogg will not attend the talks" where the sentence says
                # "Non ci saranno … né …, Keith Kellogg" (the judge reads two denials as a contradiction)
                if subject_in[i] and denied_at(aligned[i], pe, sent.text, subject_in[i]) is not None:
                    v["neg_agree"] = union_share
                elif i not in named and evidence_denies(claim, aligned[i], pe, sent.text) is not None:
                    v["neg_agree"] = aligned[i].matched_share(claim)
            if pc.negative == pe.negative or (bound and not pc.negative) or i in self.complement_in:
                continue  # an apposition is asserted whatever the clause around it denies
            if pc.negative:
                if i in named or not claim_denies(claim, aligned[i], pc) or reports_denial(pc):
                    continue  # "X ha negato che …" reports a denial: a sentence stating the thing is no conflict
                if subject and not any(aligned[i].best[j] >= EXACT for j in subject):
                    continue  # "Kellogg won't be at the talks" says nothing against a sentence without him
                s, e = negation_phrase(query, pc.first_span()[0])
                conflict = Conflict(s, e, query[s:e], sent.doc_id, sent.start, sent.end, sent.text, "negation")
            else:
                # the sentence denies the claim's person or place itself ("né ..., Keith Kellogg"), or
                # (a sentence about the claim) words of it
                at = denied_at(aligned[i], pe, sent.text, subject_in[i]) if subject_in[i] else None
                if at is not None:
                    self.denies_subject.add(i)  # the rest of the claim may be stated by the other sentences
                elif i not in named and i not in only_modifier:
                    # "La Russia parteciperà ai colloqui" is not denied by "Non ci saranno … né l'inviato …
                    # per i colloqui Ucraina-Russia": Russia only qualifies the talks there
                    at = evidence_denies(claim, aligned[i], pe, sent.text)
                    if at is not None and self.stated_more_elsewhere(i, at):
                        at = None
                if at is None:
                    continue
                if (subject_in[i] if person_subject(subject, claim, query)
                        else titled and subject_at(titled, aligned[i], sent.text)):
                    self.denies_of_subject.add(i)  # what the claim's person did, denied of them: the rest may be elsewhere
                s, e = negation_phrase(sent.text, at)
                conflict = Conflict(0, len(query), query, sent.doc_id, sent.start + s, sent.start + e,
                                    sent.text[s:e], "negation")
            v["neg_mismatch_scoped"] = 1.0
            self.conflicts.append((i, conflict))
            break

    def whole_or_part(self, w: Word) -> tuple[int, Word] | None:
        """A whole the claim gives as all of it where a sentence gives only a part of it ("La grandinata ha danneggiato
        tutti i 1.100 ettari" against "danneggiato le piante su 620 dei 1.100 ettari"), or a part it gives as the total
        ("I danni complessivi … sono stimati in 3,1 milioni" against "i danni ammontano a 4,2 milioni di euro, di cui 3,1
        milioni per il raccolto perso"): (sentence, the figure that stands against the claim's), with three quarters of
        the rest of the claim said there, or a total against the total a sentence gives ("in tutto 260" against
        "complessivamente 430"); None otherwise."""
        # (or all of them said after it: "I 1.604 cittadini stranieri … provengono tutti da paesi dell'Unione europea",
        # "I 58 dipendenti dello zoo sono tutti guardiani")
        all_words = (ALL_BEFORE.search(self.query, max(0, w.start - ALL_REACH), w.start)
                     or WHOLLY.search(self.query, w.end))
        whole_claimed = all_words is not None
        total_claimed = TOTAL.search(self.query) is not None
        if not (whole_claimed or total_claimed):
            return None
        # (the words saying it is all of it are not the rest: "The whole £1.9 million cost")
        said_all = frozenset(k for k, c in enumerate(self.claim) if all_words and all_words.start() <= c.start < all_words.end())
        for i in self.top:
            words, text = self.aligned[i].words, self.evidence[i].sentence.text
            for part, whole in parts_of(words, text):
                x, y = scaled_value(words, part, whole), scaled_value(words, whole)
                if whole_claimed and figure_agrees(w, self.claim, y) and 0 < x < y:
                    got = i, part
                elif total_claimed and figure_agrees(w, self.claim, x) and not figure_agrees(w, self.claim, y):
                    got = i, whole
                else:
                    continue
                if self.rest_said(i, w, also=said_all) >= SHARE_COUNTED_REST:
                    return got
            if TOTAL_BEFORE.search(self.query, max(0, w.start - ALL_REACH), w.start) and not said_as_change(self.query, w):
                # a total the sentence gives of the same thing: "Gli evacuati di Pievecastello sono stati in tutto 260"
                # against "Gli evacuati sono stati complessivamente 430" (260 being those who went home)
                # (or a count of the very thing the claim totals: "Alluvione in Val Remola, 430 evacuati a Pievecastello")
                total = next((x for x in words if x.number is not None and x.norm not in SCALE_WORDS and (
                    TOTAL_BEFORE.search(text, max(0, x.start - ALL_REACH), x.start)
                    or self.counts_claim_word(i, x)) and not is_year_word(x) and not dated(words, x.pos)), None)
                if total is not None and not figure_agrees(w, self.claim, scaled_value(words, total)) \
                        and self.rest_said(i, w) >= SHARE_COUNTED_REST:
                    return i, total
        return None

    def counts_claim_word(self, i: int, x: Word) -> bool:
        """Whether number x of sentence i counts a word the claim says word for word ("430 evacuati" for "Gli evacuati
        … sono stati in tutto 260"), which no sentence counts with the claim's own number."""
        a = self.aligned[i]
        unit = counted_unit(a.words, x.pos)
        if unit is None or not self.claim_says(i, unit):
            return False
        mine = {c.number for c in self.claim if c.number is not None}
        return not any(s.number in mine and (u := counted_unit(self.aligned[k].words, s.pos)) is not None
                       and u.stem == unit.stem for k in self.top for s in self.aligned[k].words)

    def claim_says(self, i: int, word: Word) -> bool:
        """Whether the claim says word for word this word of sentence i."""
        return float(self.aligned[i].sim[:, word.pos].max(initial=0.0)) >= EXACT

    def plain_said(self, i: int) -> float:
        """The weighted share of the claim's plain words (no name, number or calendar word) sentence i matches: what is
        said of the names ("… selected by commission in first round of Supreme Court process By Travis Zimpfer on March
        2" names the claim's three applicants, and says little of "named as one of three potential applicants")."""
        plain = [k for k, c in enumerate(self.claim) if not c.is_name and c.number is None and c.norm not in CALENDAR
                 and c.norm not in MONTH_NUMBER]
        total = sum(self.claim[k].weight for k in plain)
        return sum(self.claim[k].weight for k in plain if self.aligned[i].best[k] >= MATCH) / total if total else 1.0

    def rest_left_out(self, i: int, w: Word) -> bool:
        """Whether the claim's number is the rest of a whole sentence i gives a part of, the claim saying what it leaves
        out ("diversi da", "al di fuori di", "other than", or denying what the part is: "non prodotti dal teatro")."""
        if not (LEFT_OUT.search(self.query) or self.claim_negative):
            return False
        words, text = self.aligned[i].words, self.evidence[i].sentence.text
        # (or all the parts a sentence lists of the figure before it: "In 2025, 54 call-outs involved neither walkers,
        # climbers nor mountain bikers" against "Of the call-outs, 164 involved walkers, 41 involved climbers and 28
        # involved mountain bikers" after "… was called out 287 times in 2025")
        return any((rest := rest_of(words, part, whole)) is not None and figure_agrees(w, self.claim, rest)
                   for part, whole in parts_of(words, text)) or (
            (rest := rest_of_listed(words, text, self.before(i))) is not None and figure_agrees(w, self.claim, rest))

    def sum_of_two(self, w: Word) -> int | None:
        """A sentence giving two counts joined by "e" / "and" whose sum is the claim's number, the claim naming what
        both count ("Tra volontari e vigili del fuoco, sul posto hanno lavorato 275 persone" against "Sul posto hanno
        lavorato 210 volontari e 65 vigili del fuoco"): its index, or None."""
        for i in self.top:
            a = self.aligned[i]
            for x, y, value in sums(a.words, self.evidence[i].sentence.text):
                units = [counted_unit(a.words, x.pos), counted_unit(a.words, y.pos)]
                if figure_agrees(w, self.claim, value) and all(u is not None and self.claim_says(i, u) for u in units):
                    return i
        return None

    def days_later_check(self) -> None:
        """The claim's date that a sentence's days after (or before) the date the retrieved sentence before it gives make
        ("The supernova spotted by Noah Fenwick was confirmed on 6 August" against "On 4 August Noah Fenwick … spotted a
        supernova …" and "It was confirmed two days later …"): how much of the rest of the claim the two say together
        (`days_counted`, not a model feature: a rule reads it); the number checks then skip the claim's day."""
        dates = dates_of(self.query_words)
        if len(dates) != 1 or self.v.get("days_counted", 0.0) >= SHARE_COUNTED_REST:
            return
        when = dates[0][1]
        day = next((c for c in self.claim if c.start == dates[0][0].start), None)
        if day is None:
            return
        skip = self.rest_skip(day)
        for i in self.top:
            j = retrieved_index(self.evidence, i, -1)
            if j is None:
                continue
            earlier = dates_of(self.aligned[j].words)
            if len(earlier) != 1 or not any(earlier[0][1] + n == when
                                            for n in days_later(self.aligned[i].words, self.evidence[i].sentence.text)):
                continue
            self.keep("days_counted", self.said_by_two(i, j, skip), i)
        if self.v.get("days_counted", 0.0) >= SHARE_COUNTED_REST:
            self.days_word = day

    def days_check(self) -> None:
        """Days the claim puts between two events ("L'esenzione … è stata approvata dal consiglio comunale due giorni
        prima della presentazione del progetto") that the dates of two sentences make ("lunedì 15 settembre il
        consiglio comunale ha approvato … l'esenzione" and "Il progetto è stato presentato ieri, mercoledì 17
        settembre"), each event's words said more in its date's sentence: how much of the rest of the claim the two say
        together (not a model feature: a rule reads it)."""
        self.v["computed_conflict"] = 0.0
        self.apart_check(years=False)
        self.apart_check(years=True)

    def apart_check(self, years: bool) -> None:
        """Days (or `years`: "four years after boats had last used the stretch" against "… for the first time since 1958"
        and "I first walked this canal bed as a boy in 1962") the claim puts between two events (`days_check`)."""
        key = "years_counted" if years else "days_counted"
        self.v[key] = 0.0
        said = claimed_days_apart(self.query, self.query_words, years=years)
        if said is None:
            return
        points = years_of if years else dates_of
        w, way, second = said
        first_words = [k for k, c in enumerate(self.claim) if c.end <= w.start and c.weight >= 1.0 and c.number is None]
        second_words = [k for k, c in enumerate(self.claim) if c.start >= second and c.weight >= 1.0 and c.number is None]
        if not first_words or not second_words:
            return
        said_of = self.said_of
        skip = self.rest_skip(w) | {k for k, c in enumerate(self.claim) if c.norm in (_YEAR_UNITS if years else _DAY_WORDS)}
        other = None  # two dates of the two events that stand otherwise, with the rest of the claim said
        for i in self.top:
            for j in self.top:
                if i == j or said_of(i, first_words) <= said_of(j, first_words) \
                        or said_of(j, second_words) <= said_of(i, second_words):
                    continue  # (the first event's date is in the sentence saying more of it, the second's in the other)
                share = self.said_by_two(i, j, skip, around=years)
                for _, first in points(self.aligned[i].words):
                    for day, then in points(self.aligned[j].words):
                        if (first - then) * way <= 0 or abs(first - then) != float(w.number):
                            if first != then and share >= SHARE_COUNTED_REST and other is None:
                                other = j, day, (first - then) * way <= 0 and abs(first - then) == float(w.number)
                            continue
                        self.keep(key, share, i)
        if self.v[key] < SHARE_COUNTED_REST and other is not None:
            # the days the other way ("due giorni dopo che il consiglio regionale aveva votato" where the fund came two
            # days before the vote) or another number of them: the date of the second event against the claim's words
            j, day, reversed_way = other
            sent = self.evidence[j].sentence
            start, end = (w.end, second) if reversed_way else (w.start, w.end)
            self.conflicts.append((j, Conflict(start, end, self.query[start:end].strip(), sent.doc_id,
                                               sent.start + day.start, sent.start + day.end, day.text,
                                               "opposite" if reversed_way else "number")))
            self.v["computed_conflict"] = 1.0  # with the rest of the claim said there (a rule reads it)
        if self.v[key] >= SHARE_COUNTED_REST:
            self.days_word = w
            # the words saying which way the days run are the dates' to say: "Due giorni dopo, giovedì 18 settembre, il
            # consiglio regionale …" is no opposite of "due giorni prima che il consiglio regionale votasse"
            self.conflicts = [(i, c) for i, c in self.conflicts if not w.start <= c.claim_start < second]

    def order_check(self) -> None:
        """The order the claim puts two events in, with no days between ("Il consiglio comunale ha approvato la variazione
        di bilancio dopo la firma dell'aggiudicazione definitiva"), against the one date each of two sentences gives,
        each event's words said more in its date's sentence ("Lunedì 13 ottobre il consiglio comunale ha approvato la
        variazione di bilancio" and "Venerdì 17 ottobre il Comune ha firmato l'aggiudicazione definitiva"), the two saying
        the rest of the claim: an opposite where the dates run the other way, else how much of the rest they say
        (`order_counted`, not a model feature: a rule reads it)."""
        self.v["order_counted"] = 0.0
        said = claimed_order(self.query)
        if said is None:
            return
        way, start, end = said
        first_words = [k for k, c in enumerate(self.claim) if c.end <= start and c.weight >= 1.0 and c.number is None]
        second_words = [k for k, c in enumerate(self.claim) if c.start >= end and c.weight >= 1.0 and c.number is None]
        if not first_words or not second_words:
            return
        said_of = self.said_of
        skip = {k for k, c in enumerate(self.claim) if start <= c.start < end}
        for i in self.top:
            for j in self.top:
                if i == j or said_of(i, first_words) <= said_of(j, first_words) \
                        or said_of(j, second_words) <= said_of(i, second_words):
                    continue
                # (each sentence's date nearest the event's words said there: "Venerdì 17 ottobre il Comune ha firmato
                # l'aggiudicazione …, che dal 7 gennaio 2026 preparerà …")
                first, second = self.event_date(i, first_words), self.event_date(j, second_words)
                if first is None or second is None or first[1] == second[1]:
                    continue
                share = self.said_by_two(i, j, skip)
                if share < SHARE_COUNTED_REST:
                    continue
                if (first[1] - second[1]) * way > 0:
                    self.keep("order_counted", share, i)
                    continue
                day, sent = first[0], self.evidence[i].sentence
                self.conflicts.append((i, Conflict(start, end, self.query[start:end].strip(), sent.doc_id,
                                                   sent.start + day.start, sent.start + day.end, day.text, "opposite")))
                self.v["computed_conflict"] = 1.0  # with the rest of the claim said there (a rule reads it)
                return

    def said_of(self, i: int, ks: list[int]) -> float:
        """The share of claim words `ks` sentence i matches."""
        return sum(self.aligned[i].best[k] >= MATCH for k in ks) / len(ks)

    def event_date(self, i: int, event: list[int]) -> tuple[Word, int] | None:
        """The date of sentence i (`dates_of`) nearest the claim words of an event said there (`event`), or None."""
        a = self.aligned[i]
        at = [a.words[int(a.where[k])].start for k in event if a.best[k] >= MATCH]
        dates = dates_of(a.words)
        if not at or not dates:
            return None
        return min(dates, key=lambda d: min(abs(d[0].start - x) for x in at))

    def rest_of_named(self, w: Word) -> float:
        """For a sum of the claim that the rest of a whole makes, where a sentence lists sums and "the rest" with no whole
        of its own and another gives a sum of the thing the claim says it goes to ("The Sallow Canal Trust raised £1.2
        million itself towards the cost of the restoration" against "The National Lottery Heritage Fund provided £2.1
        million and Kesby District Council £600,000, with the rest raised by the trust itself" and "… £3.9m restoration
        …"): how much of the rest of the claim the two say together (kept as `rest_counted`, a rule reads it)."""
        best, skip = 0.0, self.rest_skip(w)
        for i in self.top:
            words, text = self.aligned[i].words, self.evidence[i].sentence.text
            for sums in sums_before_rest(words, text):
                for j in self.top:
                    if j == i:
                        continue
                    a, jtext = self.aligned[j], self.evidence[j].sentence.text
                    for whole, thing in named_sums(a.words, jtext):
                        if not len(self.claim) or float(a.sim[:, thing.pos].max()) < EXACT:
                            continue
                        value = scaled_value(a.words, whole)
                        scale = value / float(whole.number) if float(whole.number) else 1.0
                        taken = sum(part_value(words, n, value, scale) for n in sums)
                        if 0 < taken < value and figure_agrees(w, self.claim, value - taken):
                            both = self.said_by_two(i, j, skip)
                            best = max(best, both)
                            self.keep("rest_counted", both, i)
        return best

    def share_of_total(self, w: Word) -> int | None:
        """For a share the claim gives of a total (`OF_THE_TOTAL`), a sentence whose figure counts a thing the claim
        names, that figure's share of the largest figure another retrieved sentence gives of the same thing (no earlier
        value) agreeing with the claim's, the two sentences saying the rest of the claim (SHARE_COUNTED_REST, kept as
        "share_counted"): the sentence of the part; else None. Of the cost (`OF_THE_COST`), the part is a sum whose
        giver the claim names and the whole the largest sum of another sentence."""
        skip = self.rest_skip(w) | {k for k, c in enumerate(self.claim) if c.norm in _TOTAL_WORDS}
        cost = OF_THE_COST.search(self.query) is not None
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            owners = {id(f): o for f, o in listed_owners(a.words, text, common=True)} if cost else {}
            for part in a.words:
                if cost:
                    # of the cost, a sum whose giver the claim names: "La Regione ha finanziato più della metà del costo
                    # finale del cantiere" against "La Regione ha coperto 1,5 milioni, 700.000 euro arrivano da un mutuo
                    # …" and "Il cantiere … è costato 2,6 milioni di euro"
                    owner = owners.get(id(part))
                    if owner is None or not self.counts_claimed(i, owner) or (
                            not owner.is_name and float(a.sim[:, owner.pos].max()) < EXACT):
                        continue  # (a source no name says, said by the claim itself: "The developer contribution")

                    def alike(words: Sequence[Word], other: str, n: Word) -> bool:
                        return is_money(other, n.start, n.end)
                else:
                    unit = counted_unit(a.words, part.pos) if plain_figure(a.words, text, part) else None
                    if unit is None or not self.counts_claimed(i, unit):
                        continue

                    def alike(words: Sequence[Word], other: str, n: Word) -> bool:
                        return same_unit(counted_unit(words, n.pos), unit)
                wholes = [(scaled_value(self.aligned[j].words, n), j) for j in self.top if j != i
                          for n in self.aligned[j].words if plain_figure(self.aligned[j].words, self.evidence[j].sentence.text, n)
                          and alike(self.aligned[j].words, self.evidence[j].sentence.text, n)
                          and not earlier_marked(self.evidence[j].sentence.text, n)]
                if not wholes:
                    continue
                whole, j = max(wholes)
                x = scaled_value(a.words, part)
                if not 0 < x < whole or (two := self.said_by_two(i, j, skip)) < SHARE_COUNTED_REST:
                    continue
                if share_agrees(w, 100.0 * x / whole):
                    self.keep("share_counted", two, i)  # what the two sentences say of the claim
                    return i
                if cost and self.cost_share_against is None:
                    # the claim's giver's sum makes another share of the cost: "The National Lottery Community Fund
                    # covered more than half of the project's total cost" against "… £50,000 from the National Lottery
                    # Community Fund …" and "The project has cost £212,000"
                    self.cost_share_against = i, part
        return None

    def said_by_two(self, i: int, j: int, skip: set[int], around: bool = False) -> float:
        """The weighted share of the claim's words other than `skip` that sentences i and j match between them; with
        `around`, where they match half of them, those the other retrieved sentences say word for word count too (the
        person a quote's "I" is: "Leading the flotilla was …, owned by Derek Holloway" before "\"I first walked this
        canal bed as a boy in 1962 …,\" he said")."""
        said = np.maximum(self.aligned[i].best, self.aligned[j].best)
        total = sum(c.weight for k, c in enumerate(self.claim) if k not in skip)
        if not total:
            return 0.0
        share = sum(c.weight for k, c in enumerate(self.claim) if k not in skip and said[k] >= MATCH) / total
        if not around or share < REST_HERE:
            return share
        for k in self.top:
            said = np.maximum(said, np.where(self.aligned[k].best >= EXACT, self.aligned[k].best, 0.0))
        return sum(c.weight for k, c in enumerate(self.claim) if k not in skip and said[k] >= MATCH) / total

    def share_of_previous(self, w: Word) -> float:
        """For a sum of the claim that a sentence's fraction makes of its figure or, opening with a share, of the sum the
        retrieved sentence before it gives ("Il contributo regionale per la seconda linea di estrazione vale 256.000 euro"
        against "… l'acquisto di una seconda linea di estrazione, che costerà 640.000 euro …" and "Il 40 per cento della
        spesa sarà coperto da un contributo del Programma regionale …"; "Il Comune … sosterrà una spesa di 22.500 euro per
        le trappole" against "… il Comune … e il Consorzio … installeranno 3.000 trappole" and "Il costo, 45.000 euro,
        sarà diviso a metà"): how much of the rest of the claim the two say together; keeps the largest
        (`fraction_counted`, not a model feature: a rule reads it) and the fraction's sentence (`computed_at`)."""
        best, skip = 0.0, self.rest_skip(w)
        for i in self.top:
            j = retrieved_index(self.evidence, i, -1)
            if j is None:
                continue
            words, previous = self.aligned[i].words, (self.aligned[j].words, self.evidence[j].sentence.text)
            if any(figure_agrees(w, self.claim, value)
                   for value, _, _ in fraction_of_figure(words, self.evidence[i].sentence.text, previous)):
                both = self.said_by_two(i, j, skip)
                best = max(best, both)
                self.keep("fraction_counted", both, i)
        return best

    def across_counted(self, w: Word) -> float:
        """For a figure of the claim that figures of two sentences make (`values.across_two`): how much of the rest of
        the claim the two say together, each saying some of it (ACROSS_HERE); keeps the largest (`across_counted`) and
        the sentence saying more of it (`computed_at`)."""
        value = claim_value(w, self.claim)
        # (a small figure only as a measure both figures give in its unit: "8 chilometri più vicina" against "a 27
        # chilometri da Montecerro" and "a 19 chilometri dalla città")
        measure = counted_unit(self.query_words, w.pos)
        measure = measure if measure is not None and measure.norm in MEASURE_UNITS else None
        if value is None or (value < ACROSS_LEAST and measure is None) or not ARITHMETIC.search(self.query):
            # (small counts are made by too many pairs, "the final three frames"; and a claim must say its figure is
            # reckoned from others, "Veltra will cut 5,000 jobs" is not two sentences' 2,500 jobs)
            return 0.0
        if any(w in (x, y) for x, y, _ in vote_margins(self.query_words, self.query)):
            return 0.0  # a vote's counts are said, not reckoned: "approved by 38 votes to 28"
        if dated(self.query_words, w.pos) or day_span(self.query_words, w.pos, self.query):
            return 0.0  # a day of a date, or of a span of days, is no count: "tra il 18 e il 19 aprile"
        sentences = [(i, self.aligned[i].words, self.evidence[i].sentence.text, [
            x for x, _, _ in rests(self.aligned[i].words, self.evidence[i].sentence.text, self.before(i))])
            for i in self.top]
        pairs = across_two(value, is_money(self.query, w.start, w.end), is_share(self.query, w), sentences,
                           unit=measure if value < ACROSS_LEAST else None)
        best, skip = 0.0, self.rest_skip(w)
        for i, j in pairs:
            here = [self.rest_said(k, w, around=False) for k in (i, j)]
            if min(here) < ACROSS_HERE:
                continue
            both = self.said_by_two(i, j, skip)
            if both > best:
                best = both
                self.computed_at["across_counted"] = i if here[0] >= here[1] else j
                self.across_pair = (i, j)
        self.v["across_counted"] = max(self.v.get("across_counted", 0.0), best)
        return best

    def keep(self, key: str, share: float, i: int) -> bool:
        """Keeps `share` for a rule's `key` with sentence i, the one the rule cites (`computed_at`), where it is larger
        than the one kept; whether it was."""
        if share <= self.v.get(key, 0.0):
            return False
        self.v[key], self.computed_at[key] = share, i
        return True

    def counted(self, key: str, sentences, w: Word | None, also: frozenset[int] = frozenset(), around: bool = True) -> float:
        """For a figure of the claim computed from the figures of these sentences (a rule reads `key`): how much of the
        rest of the claim the best of them says (`rest_said`); keeps the largest share found for `key` and the sentence
        saying it (`computed_at`, the sentence the rule cites)."""
        if not sentences:
            return 0.0
        rest, at = max((self.rest_said(i, w, also=also, around=around), i) for i in sentences)
        if rest > self.v.get(key, 0.0) or key not in self.computed_at:
            self.v[key] = max(self.v.get(key, 0.0), rest)
            self.computed_at[key] = at
        return rest

    def one_vote_check(self) -> None:
        """A vote the claim says passed by one vote, with no number word ("The committee's vote … was carried by a
        single vote") where a sentence's counts make that margin ("voted by five votes to four"): how much of the rest
        of the claim that sentence says (`margin_counted`, not a model feature: a rule reads it)."""
        m = ONE_VOTE_MARGIN.search(self.query)
        if m is None or polarity(self.query).negative:
            return
        voted = [i for i in self.top if any(margin == 1 for _, _, margin in vote_margins(
            self.aligned[i].words, self.evidence[i].sentence.text))]
        self.counted("margin_counted", voted, None, also=frozenset(
            k for k, c in enumerate(self.claim) if c.norm in _MARGIN_WORDS or m.start() <= c.start < m.end()))

    def ratio_check(self) -> None:
        """A ratio the claim gives ("il tempo di risalita sarà meno della metà di quello attuale", "will more than double
        the hourly capacity") that a sentence's figure and the one it moved from or is set against make ("scenderà da
        11 a 5 minuti"): how much of the rest of the claim that sentence says (not a model feature: a rule reads it).
        Not for a sentence leaving out a figure the claim gives besides."""
        self.v["ratio_counted"] = 0.0
        said = claimed_ratio(self.query, self.claim)
        if said is None:
            return
        value, bound, start, end = said
        said_start, said_end = start, end
        if any(c.norm == FRACTION and start <= c.start < end and moved_by_fraction(self.query, c) is None
               for c in self.claim) and not _OF_EARLIER.search(self.query, end):
            # a fraction is a ratio to an earlier value only where the claim says so ("meno della metà di quello
            # attuale", "un ottavo dell'acacia prodotta l'anno precedente"): "Kelverton Hospice received more than a
            # third of the total raised" is a share of a whole, not of "£1.07 million last year"
            return
        # (the ratio's words, and those saying the other figure is the one before, which the move says)
        skip = frozenset(k for k, c in enumerate(self.claim) if start <= c.start < end or c.norm in _EARLIER_REFERENT)
        against: list[tuple[int, Word]] = []  # moves of the claim's thing whose ratio is not the claim's
        for i in self.top:
            a = self.aligned[i]
            if any(c.number is not None and c.norm != FRACTION and not is_year_word(c) and a.best[k] < EXACT
                   and not start <= c.start < end for k, c in enumerate(self.claim)):
                continue  # (the ratio's own number, "sette volte", is no figure to find)
            # the move of the claim's thing: a word of the claim said between the move before it and this one ("La
            # portata passerà da 900 a 2.400 persone all'ora e il tempo di risalita scenderà da 11 a 5 minuti")
            said = [a.words[int(a.where[k])].start for k, c in enumerate(self.claim)
                    if k not in skip and c.number is None and c.weight >= 1.0 and a.best[k] >= EXACT]
            text = self.evidence[i].sentence.text
            firsts = [[a.words[j].start for j in range(len(a.words)) if float(a.sim[k, j]) >= EXACT]
                      for k, c in enumerate(self.claim) if k not in skip and c.number is None and c.weight >= 1.0
                      and a.best[k] >= EXACT]
            ratios = sorted(move_ratios(a.words, text) + vote_ratios(self.query, a.words, text),
                            key=lambda r: min(r[1].start, r[2].start))
            after = 0
            for pct, now, before in ratios:
                begin, end = min(now.start, before.start), max(now.end, before.end)
                if any(after <= x < begin for x in said):
                    if bound_agrees(value, bound, pct):
                        self.counted("ratio_counted", [i], None, also=skip)
                    elif all(min(starts) < end for starts in firsts):
                        against.append((i, now))  # (every word of the claim said first before its end: not "half plot"
                        # for "A full plot … will cost £95 …, up from £70, and a half plot £50 instead of £38")
                after = end
            # or sums it gives to two things the claim names, the one before the ratio over the one after it ("The planned
            # link to Thornbury is expected to cost almost three times as much as the restoration" against "£3.9m
            # restoration …; … £11m link to Thornbury")
            for pct, top_thing, under in thing_ratios(a.words, text):
                first = [k for k, c in enumerate(self.claim) if c.end <= said_start and float(a.sim[k, top_thing.pos]) >= EXACT]
                second = [k for k, c in enumerate(self.claim) if c.start >= said_end and float(a.sim[k, under.pos]) >= EXACT]
                if first and second and bound_agrees(value, bound, pct):
                    self.counted("ratio_counted", [i], None, also=skip)
        # no move of the claim's thing makes its ratio, and one said with the rest of the claim makes another: "Con il
        # nuovo piano la tariffa oraria delle strisce blu raddoppia" against "alza la tariffa oraria da 1 euro a 1,50
        # euro" (a conflict of the ratio's word with the figure now, the rest said there: a rule reads it)
        said_word = next((c for c in self.claim if said_start <= c.start < said_end and c.number is not None),
                         next((c for c in self.claim if said_start <= c.start < said_end), None))  # ("a half", "raddoppia")
        if self.v["ratio_counted"] < SHARE_COUNTED_REST and said_word is not None:
            got = next(((i, now) for i, now in against if self.rest_said(i, None, also=skip) >= SHARE_COUNTED_REST), None)
            if got is not None:
                self.add(got[0], said_word, got[1], "number")
                self.v["computed_conflict"] = 1.0

    def compare_check(self) -> None:
        """Two things the claim compares by a count of a kind ("The Church Road site has more plots than the new
        Millfield site") where the sentences give each a count of that kind, the one nearest its name ("sites at Church
        Road (48 plots) and Quarry Hill (36 plots)", "will open 64 new allotment plots on the former Millfield playing
        field"): how much of the rest of the claim the two say where the counts agree (`compared_counted`), else a
        conflict of the comparing word with the first thing's count (not a model feature: a rule reads it)."""
        self.v["compared_counted"] = 0.0
        said = claimed_more_than(self.query)
        if said is None:
            return
        way, start, unit_start, end = said
        unit = next((k for k, c in enumerate(self.claim) if c.start == unit_start), None)
        if unit is None or any(c.number is not None for c in self.claim):
            return
        first = [k for k, c in enumerate(self.claim) if c.is_name and c.end <= start]
        second = [k for k, c in enumerate(self.claim) if c.is_name and c.start >= end]
        one, other = self.count_of(first, unit), self.count_of(second, unit)
        if one is None or other is None or one[1] is other[1] or one[1].number == other[1].number:
            return
        skip = {k for k, c in enumerate(self.claim) if start <= c.start < end}
        share = self.said_by_two(one[0], other[0], skip)
        if share < SHARE_COUNTED_REST:
            return
        if (float(one[1].number) - float(other[1].number)) * way > 0:
            self.keep("compared_counted", share, one[0])
            self.compared_pair = one[0], other[0]
            return
        # (the words comparing them against the first thing's count)
        sent, x = self.evidence[one[0]].sentence, one[1]
        self.conflicts.append((one[0], Conflict(start, end, self.query[start:end].strip(), sent.doc_id,
                                                sent.start + x.start, sent.start + x.end, x.text, "number")))
        self.v["computed_conflict"] = 1.0

    def count_of(self, names: list[int], unit: int) -> tuple[int, Word] | None:
        """The count of the claim's `unit` that a sentence gives nearest the claim's names it says word for word, in the
        same clause: (sentence, count); or None."""
        best = None
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            at = [int(a.where[k]) for k in names if a.best[k] >= EXACT]
            if not names or len(at) < len(names):
                continue
            for x in a.words:
                if x.number is None or is_year_word(x) or not plain_figure(a.words, text, x) or not any(
                        float(a.sim[unit, y.pos]) >= MATCH for y in a.words[x.pos + 1:x.pos + 4]):
                    continue
                near = min(abs(x.pos - p) for p in at)
                lo, hi = sorted((x.start, a.words[min(at, key=lambda p: abs(x.pos - p))].start))
                if _CLAUSE_CUT.search(text, lo, hi) or re.search(r"[;.]", text[lo:hi]):
                    continue
                if best is None or near < best[0]:
                    best = near, i, x
        return (best[1], best[2]) if best is not None else None

    def given_to_other(self, w: Word) -> tuple[int, Word] | None:
        """Where a sentence lists figures each with whom it comes from or goes to ("4 milioni arrivano dalla Regione, 1,5
        milioni dal Comune di Valbruna e il resto dalla società") and gives the claim's figure to another name than the
        claim's (the name nearest the figure in the claim, else any it gives), and another figure to the claim's name:
        (sentence, that other figure)."""
        mine = self.owner_in_claim(w)
        for i in self.top:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            owned = listed_owners(a.words, text, common=True)
            if len(owned) < 2:
                continue
            if mine is not None:
                claimed = {int(a.where[mine])} if a.best[mine] >= EXACT else set()

                def named(o: Word) -> bool:
                    return float(a.sim[mine, o.pos]) >= MATCH
            else:
                # (a name of the claim, or a word of it where the list names no one: "Il Comune destinerà alla navetta
                # elettrica 300.000 euro" against "300.000 euro andranno alla manutenzione delle strade, 200.000 alla
                # navetta e il resto al bilancio generale")
                claimed = {int(a.where[k]) for k, c in enumerate(self.claim) if a.best[k] >= EXACT and c.number is None
                           and (c.is_name or not any(o.is_name for _, o in owned))}

                def named(o: Word) -> bool:
                    return len(self.claim) > 0 and float(a.sim[:, o.pos].max()) >= MATCH
            ours = [f for f, o in owned if number_agrees(w, f)]
            if not ours or any(named(o) for f, o in owned if f in ours):
                continue
            other = next((f for f, o in owned if o.pos in claimed and not number_agrees(w, f)), None)
            if other is not None:
                return i, other
        return None

    def owner_in_claim(self, w: Word) -> int | None:
        """The claim's name nearest its figure w within its clause, before it first ("la Regione mette 18,5 milioni e il
        ministero delle Infrastrutture 9,3 milioni": Regione for 18,5, Infrastrutture for 9,3), where the claim has
        more than one figure; else None."""
        if sum(c.number is not None and c.norm not in SCALE_WORDS for c in self.claim) < 2:
            return None
        before = [k for k, c in enumerate(self.claim) if c.is_name and c.end <= w.start
                  and not CLAUSE_END.search(self.query, c.end, w.start)]
        # (the first word of its name, as `owner_after` reads a sentence's: "National Lottery Heritage Fund")
        return claim_name_run(self.claim, before[-1])[0] if before else None

    def previous(self, i: int) -> tuple[list[Word], str] | None:
        """The words and text of the article's sentence before sentence i (attached by the retriever or retrieved too),
        or None."""
        prev = previous_sentence(self.evidence, i)
        return (content_words(prev.text, counts_kept=True), prev.text) if prev is not None else None

    def before(self, i: int) -> tuple[list[Word], str] | None:
        """The words and text of the article's sentence before sentence i, where a sentence opening "Di questi," /
        "Of these," lists the parts of one of its figures and that sentence was retrieved too; else None."""
        text = self.evidence[i].sentence.text
        these = THESE_FIRST.match(text)
        if these is None:
            return None
        prev = previous_sentence(self.evidence, i)
        got = (content_words(prev.text, counts_kept=True), prev.text) if prev is not None else None
        if these.group("named") and whole_before(text, got) is None:
            # an opening naming the figure may follow sentences on something else: "Of the visitors, 24,100 bought
            # …" two sentences after "… drew a record 38,400 visitors", "The festival was held …" between; "Of the
            # money raised, £412,000 went to …" paragraphs after "Runners … raised a record £1.34 million" (the
            # nearest retrieved sentence before it naming a figure so)
            sent = self.evidence[i].sentence
            earlier = sorted((e.sentence for e in self.evidence if e.sentence.doc_id == sent.doc_id
                              and e.sentence.index < sent.index - 1), key=lambda x: -x.index)
            for further in earlier:
                found = (content_words(further.text, counts_kept=True), further.text)
                if whole_before(text, found) is not None:
                    return found
            further = retrieved_at(self.evidence, i, -2)
            if further is not None:
                return content_words(further.text, counts_kept=True), further.text
        return got

    def named_between(self, i: int, start: int, end: int) -> bool:
        """Whether a name of the claim stands in sentence i only between these characters: "La Regione ha pagato 1,5
        milioni" names whom the part came from ("2,1 sono arrivati da un finanziamento della Regione e il resto dal
        bilancio del Comune"), not the rest."""
        a = self.aligned[i]
        at = [(k, a.words[int(a.where[k])]) for k, c in enumerate(self.claim) if c.is_name and a.best[k] >= EXACT]
        return any(start <= s.start < end and not any(t.norm == s.norm and not start <= t.start < end for t in a.words)
                   for _, s in at)

    def rest_skip(self, w: Word | None) -> set[int]:
        """The claim's words the rest of it leaves out beside number w: those saying which way it moved, bounding a
        figure ("meno di 30 interventi al giorno"), saying what it measures or that it is the figure now, what it is
        set against, or that it is a percentage ("per cento")."""
        said = claimed_direction(self.query)
        moved = [range(said[1].start(), said[1].end())] if said is not None else []
        moved += bound_spans(self.query)
        # (and the "cento" of "per cento", the unit of a percentage)
        return ({w.pos} if w is not None else set()) | {k for k, c in enumerate(self.claim) if any(
            c.start in r for r in moved) or c.norm in _MEASURED_NOW or c.norm in _COMPARED or (
            c.norm == "cento" and k > 0 and self.claim[k - 1].number is not None
            and re.fullmatch(r"\s+per\s+", self.query[self.claim[k - 1].end:c.start], re.IGNORECASE))}

    def rest_said(self, i: int, w: Word | None, here_needed: float = REST_HERE, also: frozenset[int] = frozenset(),
                  around: bool = True) -> float:
        """The weighted share of the claim's other words that sentence i matches, leaving out number w (if any), the words
        saying which way it moved, which the move itself says ("aumentano di dodici" against "da 18 a 30"), and those
        saying what it measures or that it is the figure now, which its unit and the move say ("L'abbonamento costa
        adesso 4 euro in più" against "l'abbonamento mensile aumenta …, da 50 a 54 euro")."""
        # (and its unit where the move gives another: "quaranta centesimi in più" against "da 3,20 a 3,60 euro")
        unit = counted_unit(self.claim, self.claim.index(w)) if w is not None and w in self.claim else None
        at = self.claim.index(unit) if unit is not None else None
        other_unit = {at} if at is not None and self.aligned[i].best[at] < MATCH else set()
        skip = self.rest_skip(w) | other_unit | set(also)
        # (the claim's years are read with the words said around it: a sentence seldom says its year again, "Nel corso
        # dell'anno le nascite sono state 121" for "Nel 2024 … le nascite")
        years = {k for k, c in enumerate(self.claim) if c.number is not None and is_year_word(c)} if around else set()
        here = self.aligned[i].matched_share(self.claim, skip | years)
        if not around:
            return here
        if here < here_needed:
            # (the claim's names said word for word in the other sentences found for it count as its thing's, for the
            # share said here: "Il nuovo canile di Fontebassa avrà più del doppio dei box del vecchio canile di via del
            # Mulino" against "Il nuovo canile ha 160 box, contro i 70 della vecchia struttura, …")
            elsewhere = {k for k, c in enumerate(self.claim) if c.is_name and self.aligned[i].best[k] < EXACT
                         and any(self.aligned[j].best[k] >= EXACT for j in self.top)}
            if not elsewhere or self.aligned[i].matched_share(self.claim, skip | years | elsewhere) < here_needed:
                return here
        # with half of it there, what the sentences found for the claim say word for word of the rest counts too ("Il
        # costo finale della ristrutturazione del mercato ha superato di 700 mila euro la previsione iniziale" against
        # "L'edificio … è costato 3,6 milioni di euro, contro i 2,9 milioni previsti", the market named before)
        said = self.aligned[i].best
        for k in self.top:
            said = np.maximum(said, np.where(self.aligned[k].best >= EXACT, self.aligned[k].best, 0.0))
        total = sum(c.weight for k, c in enumerate(self.claim) if k not in skip)
        return sum(c.weight for k, c in enumerate(self.claim) if k not in skip and said[k] >= MATCH) / total if total else 0.0

    def part_share(self, w: Word) -> tuple[list[tuple[int, float, Word, Word]], int | None]:
        """The shares of a whole that the parts the claim names make in the sentences about its number (`claimed_parts`
        of `shares_of`), and the sentence whose share agrees with the claim's share `w`: one about the number, or
        another retrieved sentence naming the claim's part after it (the claim's other words said of the whole
        elsewhere: "Le donazioni di plasma sono state meno di un quinto del totale raccolto nel 2025" against "Delle
        4.872 donazioni, 3.910 sono state di sangue intero e 962 di plasma"); or None."""
        about = self.about_number
        counted = self.claimed_parts([(i, *share) for i in about for share in self.shares_of(i)])
        agree = next((i for i, value, _, _ in counted if share_agrees(w, value)), None)
        if agree is None:
            agree = next((i for i, value, part, _ in self.claimed_parts(
                [(i, *share) for i in self.top if i not in about for share in self.shares_of(i)])
                if self.label_claimed(i, part) > 0 and share_agrees(w, value)), None)
        return counted, agree

    def shares_of(self, i: int) -> list[tuple[float, Word, Word]]:
        """The shares sentence i gives as a part and its whole (`counted_shares`, `of_which_shares`, or parts listed
        after a colon: `colon_shares`)."""
        words, text = self.aligned[i].words, self.evidence[i].sentence.text
        return counted_shares(words, text) + of_which_shares(words, text) + colon_shares(words, text)

    def claimed_of(self, i: int, shares: list[tuple[float, Word]]) -> list[tuple[float, Word]]:
        """Of the (share, part) pairs of sentence i, where several parts are listed, those whose naming words the claim
        says most (`label_claimed`), if it says any."""
        if len(shares) < 2:
            return shares
        named = [self.label_claimed(i, part) for _, part in shares]
        return [x for x, n in zip(shares, named) if n == max(named)] if max(named) > 0 else shares

    def label_opposed(self, i: int, part: Word) -> bool:
        """Whether a word naming a part sentence i gives (`part_label`) is the opposite of a word of the claim."""
        label = part_label(self.aligned[i].words, self.evidence[i].sentence.text, part)
        return any(opposite(x.norm, c.norm) for x in label for c in self.claim)

    def label_claimed(self, i: int, part: Word) -> float:
        """The share of the words naming a part sentence i gives (`part_label`) that the claim says."""
        label = part_label(self.aligned[i].words, self.evidence[i].sentence.text, part)
        return sum(self.counts_claimed(i, x) for x in label) / len(label) if label else 0.0

    def claimed_parts(self, shares: list[tuple[int, float, Word, Word]]) -> list[tuple[int, float, Word, Word]]:
        """Of (sentence, share, part, whole), those counting what the claim speaks of (`counts_claimed`) or naming it
        after the part (`label_claimed`); of several parts of one whole, those whose words the claim says most."""
        named = {id(part): self.label_claimed(i, part) for i, _, part, _ in shares}
        kept = [x for x in shares if named[id(x[2])] > 0 or self.counts_claimed(
            x[0], counted_of(self.aligned[x[0]].words, x[2], x[3], self.evidence[x[0]].sentence.text))]
        best: dict[tuple[int, int], float] = {}
        for i, _, part, whole in kept:
            best[i, id(whole)] = max(best.get((i, id(whole)), 0.0), named[id(part)])
        return [x for x in kept if named[id(x[2])] >= best[x[0], id(x[3])]]

    def counts_claimed(self, i: int, unit: Word | None) -> bool:
        """Whether what a number of sentence i counts (`unit`) is something the claim speaks of."""
        return unit is not None and len(self.claim) > 0 and float(self.aligned[i].sim[:, unit.pos].max()) >= MATCH

    def stated_more_elsewhere(self, i: int, at: int) -> bool:
        """Whether a sentence with no negation says the claim's words that sentence i denies (its negation at
        character `at`) and much more of the claim (STATES_MORE of its weight): the denial is about something else
        ("Three out of every four of our businesses depend on the ferry" against "… face eleven weeks without a car
        ferry this winter"; not "The company will pay … up to £3,000 each in compensation" against "refused to
        increase the offer")."""
        a, text = self.aligned[i], self.evidence[i].sentence.text
        start, end = negation_phrase(text, at)
        denied = [k for k in range(len(self.claim)) if a.best[k] >= STRONG_MATCH
                  and start < a.words[int(a.where[k])].start < end]
        return bool(denied) and any(
            self.share[k] >= self.share[i] + STATES_MORE and all(self.aligned[k].best[d] >= STRONG_MATCH for d in denied)
            and not polarity(self.evidence[k].sentence.text).negative for k in self.top if k != i)

    def debunk_check(self) -> None:
        """A sentence about the claim that calls it false in the article's own voice ("We rate this post
        False", "there is no evidence", "è una bufala"): a fact-check states its verdict in words.

        Not when the claim itself speaks of falsity ("Says the video is fake"). Every retrieved sentence
        is read (a ruling often comes after the restatements the claim matches better), not the whole
        article: on scraped pages that reached headings and menus ("False teeth")."""
        query, claim, evidence, aligned, v = self.query, self.claim, self.evidence, self.aligned, self.v
        v["debunk"] = 0.0
        plain = [i for i, w in enumerate(claim) if not w.is_name and w.number is None]
        plain_total = sum(claim[i].weight for i in plain)
        quoted = quoted_words(query, claim)

        def about_it(a: Aligned) -> bool:
            # the claim's names alone are not enough: "no evidence that Doe voted ..." says nothing
            # of "Doe sits on the health committee"; what the claim says of them must be there too
            said = sum(claim[i].weight for i in plain if a.best[i] >= MATCH) / plain_total if plain_total else 1.0
            return (a.matched_share(claim) >= DEBUNK_ABOUT and said >= DEBUNK_ABOUT) or quotes_claim(claim, quoted, a)

        if debunks(query):
            return
        for i in range(len(evidence)):
            sent = evidence[i].sentence
            # a correction ("— not more than 10%, as he claimed") is about the claim when it denies the
            # claim's own number or name (the rest of the sentence states the article's figure); a
            # misquote when it names whom the claim quotes
            marks = [m for m in debunks(sent.text)
                     if mark_restates(query, claim, aligned[i], m)
                     or (not CORRECTION_RE.match(m[2]) and about_it(aligned[i])
                         and not mark_about_else(claim, aligned[i], sent.text, m))]
            if marks:
                # a correction is shown whole ("not more than 10%, as he claimed"), other marks with the
                # words after them ("no evidence that Sanders")
                s, e = marks[0][:2] if CORRECTION_RE.match(marks[0][2]) else negation_phrase(sent.text, marks[0][0], 4)
                # one explanation per sentence: "no evidence that ..." is a verdict, not just a denial
                self.conflicts = [(k, c) for k, c in self.conflicts if k != i or c.reason != "negation"]
                self.conflicts.append((i, Conflict(0, len(query), query, sent.doc_id, sent.start + s, sent.start + e,
                                                   sent.text[s:e], "debunk")))
                v["debunk"] = 1.0
                break

    def relayed_check(self) -> None:
        """A sentence that only relays the claim as what a post, a headline or an image says ("… reads the
        headline"): the article reports that the claim is made, not that it is true. Not when the claim
        itself is about such a post ("Says a viral image shows …")."""
        self.v["relayed"] = 0.0
        if not MEDIUM_RE.search(self.query):
            self.relaying = [i for i in range(len(self.evidence)) if relays(self.evidence[i].sentence.text)]
            self.v["relayed"] = float(self.best in self.relaying)

    def source_check(self) -> None:
        """Who says it: "La Tass riferisce che Rubio si sta dirigendo in Arabia Saudita" where the article
        follows that sentence with "Lo riferisce Politico …"."""
        self.v["source_conflict"] = 0.0
        if self.claimed_source is not None:
            got = source_conflict(self.query, self.claimed_source, self.evidence, self.best, self.vectors)
            if got is not None:
                self.conflicts.append((self.best, got))
                self.v["source_conflict"] = 1.0

    def sentence_word(self, i: int, c: Conflict) -> int | None:
        """The index of the word of evidence sentence i where conflict c's article words start, or None."""
        offset = self.evidence[i].sentence.start
        return next((j for j, w in enumerate(self.aligned[i].words) if offset + w.start == c.start), None)

    def anchored_names(self) -> None:
        """A name or place conflict right after a name the sentence gives whole at the same place: "Meridiana
        Rotabili di Bologna" against "Meridiana Rotabili di Reggio Emilia" names another of the claim's own thing
        ("anchored_name", not a model feature: the checks read it)."""
        self.v["anchored_name"] = 0.0
        for i, c in self.conflicts:
            if c.reason not in ("name", "place"):
                continue
            a, offset = self.aligned[i], self.evidence[i].sentence.start
            ci = next((k for k, w in enumerate(self.claim) if w.start == c.claim_start), None)
            sj = self.sentence_word(i, c)
            if ci is None or sj is None or ci == 0:
                continue
            before, text = self.claim[ci - 1], self.evidence[i].sentence.text
            if before.is_name and a.best[ci - 1] >= EXACT and int(a.where[ci - 1]) == sj - 1 \
                    and _NAME_JOIN.match(self.query[before.end:c.claim_start]) \
                    and _NAME_JOIN.match(text[a.words[sj - 1].end:c.start - offset]):
                self.v["anchored_name"] = 1.0

    def comparison_check(self) -> None:
        """A comparison the other way with the same reference, in a sentence about the claim: "Lo scorso inverno è
        piovuto più della media degli ultimi trent'anni" against "… un inverno in cui le piogge sono state meno della
        metà della media degli ultimi trent'anni" (an opposite; not a model feature)."""
        query, claim = self.query, self.claim
        claimed = compared(claim, query)
        if not claimed or polarity(query).negative:
            return
        for i in self.about:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            said = compared(a.words, text)
            for way, c_start, c_end, after in claimed:
                ref = [k for k in after if not claim[k].is_name and a.best[k] >= EXACT]
                if not ref or any(w == way and any(int(a.where[k]) in s_after for k in ref) for w, _, _, s_after in said):
                    continue
                other = next(((s, e) for w, s, e, s_after in said if w != way
                              and any(int(a.where[k]) in s_after for k in ref)), None)
                if other is not None and not polarity(text).negative:
                    sent = self.evidence[i].sentence
                    self.conflicts.append((i, Conflict(c_start, c_end, query[c_start:c_end], sent.doc_id,
                                                       sent.start + other[0], sent.start + other[1],
                                                       text[other[0]:other[1]], "opposite")))
                    return

    def modifier_check(self) -> None:
        """A name of the claim given after a noun and "di" / "of" where the sentence gives that noun another name the
        claim names too: "la stazione ferroviaria di Cortenuova a piazza Garibaldi a Montesalvo" against "tra la
        stazione ferroviaria di Montesalvo e piazza Garibaldi a Cortenuova" (the two names swapped); "anchored_name",
        as for a name after the claim's own name. Not where the sentence also gives the noun the claim's name."""
        query, claim = self.query, self.claim
        for i in self.about:
            a, text = self.aligned[i], self.evidence[i].sentence.text
            for k in range(1, len(claim)):
                c, noun = claim[k], claim[k - 1]
                if not c.is_name or noun.is_name or noun.number is not None or a.best[k - 1] < EXACT \
                        or c.start < self.lead_end or not _OF_JOIN.fullmatch(query[noun.end:c.start]):
                    continue
                j = int(a.where[k - 1])
                if j + 1 >= len(a.words):
                    continue
                s = a.words[j + 1]
                if not s.is_name or a.sim[k, j + 1] >= EXACT or a.best[k] < EXACT or a.sim[:, j + 1].max() < EXACT \
                        or not _OF_JOIN.fullmatch(text[a.words[j].end:s.start]):
                    continue  # (both names on both sides, each said of the other's noun)
                if any(w.stem == noun.stem and x + 1 < len(a.words) and a.sim[k, x + 1] >= EXACT
                       for x, w in enumerate(a.words)):
                    continue  # "… di Montesalvo e la stazione ferroviaria di Cortenuova": the claim's too
                self.add(i, c, s, "place" if c.place or s.place else "name")
                self.v["anchored_name"] = 1.0
                return

    def finish(self) -> list[tuple[int, Conflict]]:
        """The conflicts to show, and how much of the claim the strongest leaves unexplained."""
        claim, aligned, v, total = self.claim, self.aligned, self.v, self.total
        # a sentence that denies the claim's subject conflicts through that denial: its other words
        # ("i colloqui Ucraina-Russia" against "in Arabia Saudita") are not what the claim got wrong
        conflicts = [(i, c) for i, c in self.conflicts
                     if i not in self.denies_subject or c.reason in ("negation", "debunk", "source")]
        strong = [(i, c) for i, c in conflicts if c.reason != "word?"]
        # how much of the claim a conflict leaves unexplained: in a clean substitution ("Mosca" for
        # "Washington") every other word of the claim matches the sentence
        v["conflict_explained"] = 0.0
        for i, c in strong:
            if c.reason == "debunk":
                continue  # the whole claim is called false: nothing is substituted
            if c in self.role_held:
                covered = 1.0  # the role matched there whole, whose role it is named in the article
            elif c in self.own_role:
                # the claim's office against the one beside X's name; whose office it is may be named elsewhere
                # (all of whose office it is: "Cantina sociale di Roccafelice", "sociale" too)
                named = {d for d in self.identity[1] if self.union[d] >= (EXACT if claim[d].is_name else MATCH)}
                covered = sum(w.weight for k, (w, b) in enumerate(zip(claim, aligned[i].best))
                              if b >= MATCH or k in named or c.claim_start <= w.start < c.claim_end) / total
            elif c.reason == "negation":
                # an "also" claim names the one it adds to, said in another sentence ("Anche il Comune di Villa
                # Carcina ha emesso un'ordinanza analoga a quella di Sarezzo" against "Il Comune di Villa Carcina non
                # ha ancora emesso un provvedimento analogo")
                # and a denial of what the claim's person did ("Giorgio Salvemini … non ha partecipato all'incontro")
                # leaves the rest of the claim to the other sentences ("… all'incontro in Regione")
                covered = (self.union_share if i in self.denies_subject or v.get("also_claim")
                           or i in self.denies_of_subject else aligned[i].matched_share(claim))
            elif c.reason == "name" and any(claim[k].start == c.claim_start for k in self.done_by_other):
                # the person named elsewhere: what the claim says besides may be too ("del ponte")
                covered = self.union_share
            elif c.reason in ("number", "date", "opposite"):
                # a precise conflict of one word: a name the sentence gives short counts whole ("Cesare"
                # for "Gaio Giulio Cesare", "Brown" for "Brown University"); the weekday of a day that conflicts is
                # part of the date ("martedì 9 giugno" against "lunedì 8 giugno")
                start = c.claim_start
                at = next((k for k, w in enumerate(claim) if w.start == start), None)
                if at and claim[at - 1].norm in CALENDAR and dated(claim, at):
                    start = claim[at - 1].start
                covered = self.named_share[i] + sum(w.weight for w, b in zip(claim, aligned[i].best)
                                                    if b < MATCH and start <= w.start < c.claim_end) / total
                # the claim's name given by a description of it here ("La cooperativa … ha fatturato 6,8 milioni" for
                # "The La Rondine cooperative had a turnover of 8.6 million euros"), named in another sentence
                covered += sum(claim[k].weight for k in description_named(
                    claim, aligned[i], self.union, self.evidence[i].sentence.text)) / total
                if c.reason == "number" and _HAS.search(self.evidence[i].sentence.text):
                    # a verb of having the sentence says by "ha" / "has" / "con" ("Il nuovo canile dispone di quattro
                    # aree di sgambamento" against "Il nuovo canile ha 160 box, …, e tre aree di sgambamento")
                    covered += sum(w.weight for w, b in zip(claim, aligned[i].best) if b < MATCH and w.norm in _HAVING) / total
                if c.reason == "opposite":
                    # a year of the claim another sentence gives, where this one says "the year" ("The team ended 2025
                    # with a deficit" against "it still ended the year with a surplus of £12,000")
                    covered += sum(w.weight for w, b in zip(claim, aligned[i].best) if b < MATCH and is_year_word(w)
                                   and re.search(r"\b(?:the\s+year|l['’]anno)\b", self.evidence[i].sentence.text,
                                                 re.IGNORECASE) and self.union[claim.index(w)] >= EXACT) / total
                if c in self.own_opposites:
                    # a plan, an open decision or two figures said of the claim's own thing: its company or person
                    # may be named in the other sentences only ("Ferrandi ha detto che … «oggi non è deciso nulla»")
                    covered += sum(w.weight for k, (w, b) in enumerate(zip(claim, aligned[i].best))
                                   if w.is_name and b < MATCH and any(a.best[k] >= EXACT for a in aligned)) / total
            else:
                covered = sum(w.weight for w, b in zip(claim, aligned[i].best)
                              if b >= MATCH or c.claim_start <= w.start < c.claim_end) / total
            v["conflict_explained"] = max(v["conflict_explained"], covered)
        return strong


# verbs of having, which a sentence may say by a light word ("ha", "has", "con")
_HAVING = frozenset(fold(w) for w in """dispone dispongono disporrà disporranno possiede possiedono possiederà conta contano
conterà comprende comprendono comprenderà include includono includerà ospita ospitano ospiterà offre offrono offrirà has
have had features feature featured includes include included contains contain contained offers offer offered""".split())
_HAS = re.compile(r"\b(?:ha|hanno|aveva|avevano|avrà|avranno|has|have|had|con|with)\b", re.IGNORECASE)


def whole_after_share(claim: Sequence[Word], query: str, w: Word) -> Word | None:
    """The figure a claim's share is of, right after it ("La maggior parte dei 112 esuberi", "Most of the 22 posts"), or
    None."""
    k = claim.index(w)
    if k + 1 < len(claim) and claim[k + 1].number is not None and claim[k + 1].norm != FRACTION and re.fullmatch(
            r"\s+(?:(?:di|dei|degli|delle|della|del|of)(?:\s+(?:the|its|their))?|(?:d|de|su)ll['’]|sui|sulle|su)\s*",
            query[w.end:claim[k + 1].start], re.IGNORECASE):
        return claim[k + 1]
    return None


_DAY_CLAUSE = re.compile(r"[;:.!?]|,\s+(?:e|ed|mentre|ma|and|while|but|whereas)\b")  # a weekday's clause ends here


QUOTE_WORDS = 2  # content words (no names) of a quotation a sentence must say word for word to give it to another speaker
# a verb of saying, before a quotation: "described … as", "called", "ha definito", "ha detto"
_SAYING_WORDS = (r"said|says|told|tells|described|describes|called|calls|deemed|termed|branded|wrote|writes|added|warned|"
                 r"(?:ha|hanno|aveva)\s+(?:detto|definito|dichiarato|affermato|scritto|commentato|spiegato|attaccato|"
                 r"ribattuto|aggiunto)|dice|afferma|definisce|racconta|dichiara")
_SAYING = re.compile(r"\b(?:" + _SAYING_WORDS + r")\b", re.IGNORECASE)


def _speaker(words: Sequence[Word], text: str, quote_at: int, quote_end: int | None = None) -> list[int]:
    """The name run (word indices) that says the quotation at characters `quote_at`-`quote_end` of `text`: right before
    its verb of saying, in its clause ("Councillor Janet Okafor, called the reply \"…\"", "Helen Forsyth said: \"…\""), or
    with `quote_end`, the last one after the verb right after it ("\"…,\" said the group's secretary, Malcolm Reid, 68",
    "«…», ha attaccato la capogruppo di Valdorno Domani, Elena Ruggeri"); [] where there is none (a pronoun, or no verb
    of saying)."""
    opening = max((x.end() for x in CLAUSE_END.finditer(text, 0, max(0, quote_at - 3))), default=0)
    verb = None
    for verb in _SAYING.finditer(text, opening, quote_at):
        pass
    def run_to(last: int, kept) -> list[int]:
        """The name run ending at word `last`, its words those `kept` and only spaces between them."""
        run = [last]
        while run[0] > 0 and kept(run[0] - 1) and re.fullmatch(r"\s+", text[words[run[0] - 1].end:words[run[0]].start]):
            run.insert(0, run[0] - 1)
        return run

    k = max((k for k, w in enumerate(words) if w.end <= verb.start()), default=None) if verb is not None else None
    if k is not None and words[k].start >= opening and _person(words[k]) \
            and re.fullmatch(r"[\s,]*", text[words[k].end:verb.start()]):
        return run_to(k, lambda j: _person(words[j]))
    after = _SAID_AFTER.match(text, quote_end) if quote_end is not None else None
    if after is None:
        return []
    closing = m.start() if (m := CLAUSE_STOP.search(text, after.end())) is not None else len(text)
    names = [k for k, w in enumerate(words) if after.end() <= w.start < closing and _person(w)]
    return run_to(names[-1], lambda j: j in names) if names else []


def _person(w: Word) -> bool:
    """Whether a word may be part of a person's name: a name, no place, no number."""
    return w.is_name and w.place is None and w.number is None


# a verb of saying right after a quotation closes (the words found may end before it): "\"…,\" said", "«…», ha attaccato"
_SAID_AFTER = re.compile(r"[^\"“”«»]{0,40}?[\"”»]\s*,?\s*(?:" + _SAYING_WORDS + r")\b", re.IGNORECASE)


_TITLE_OPENS = re.compile(r"\s*(?:Il|La|Lo|L['’]|The)\s*(?:[a-zà-ù]+\s+){1,3}(?=[A-ZÀ-Ý])")


def _not_yet_after(text: str, at: int):
    """The words saying something is not done yet within its clause after character `at`, as a match, or None."""
    m = NOT_YET_AFTER.match(text, at)
    return NOT_YET.match(text, m.end()) if m else None


def titled_person(claim: Sequence[Word], query: str) -> list[int]:
    """The person a claim opens with after a title ("Il ministro Ferrante …", "L'amministratore delegato Giorgio
    Salvemini …", "The chief executive Hanna Berger …"): their name's word indices, or []."""
    m = _TITLE_OPENS.match(query)
    first = next((k for k, w in enumerate(claim) if w.start >= m.end()), None) if m else None
    if first is None or not claim[first].is_name or claim[first].place or claim[first].start != m.end():
        return []
    lo, hi = claim_name_run(claim, first)
    return list(range(first, hi + 1))


def pronoun_named(claim: Sequence[Word], a: Aligned, evidence: Sequence[Evidence], i: int) -> list[int]:
    """The claim's name words (indices) that evidence sentence i, opening with "she" / "he" as its subject, names
    through the pronoun: those of the person the article's sentence before stands for (`sources.subject_before`),
    not matched in sentence i itself."""
    before = previous_sentence(evidence, i)
    ref = subject_before(evidence[i].sentence.text, before.text if before is not None else None)
    if ref is None:
        return []
    theirs = {w.norm for w in content_words(before.text[ref[0]:ref[1]]) if w.is_name}
    return [k for k, w in enumerate(claim) if w.is_name and not w.place and w.norm in theirs and a.best[k] < MATCH]


_DEFINITE_BEFORE = re.compile(r"(?:\b(?:il|lo|la|i|gli|le|the|this|that)\s+|\bl['’]\s*)$", re.IGNORECASE)


def description_named(claim: Sequence[Word], a: Aligned, union: np.ndarray, text: str) -> list[int]:
    """The claim's name words (indices) that a sentence names through a definite description of the thing the claim
    names beside them: "La cooperativa conta 118 soci e … ha fatturato 6,8 milioni" for "The La Rondine cooperative
    had a turnover of …", "the council" for "Hollingford Town Council" when another evidence sentence names it whole
    (`union`: the best match of each claim word over the evidence); not matched in the sentence itself."""
    out: list[int] = []
    for lo, hi in person_name_runs(claim):
        if any(a.best[j] >= MATCH for j in range(lo, hi + 1)) or any(union[j] < EXACT for j in range(lo, hi + 1)):
            continue
        for h in (lo - 1, hi + 1):  # the noun beside the name: "la cooperativa La Rondine", "La Rondine cooperative"
            if 0 <= h < len(claim) and not claim[h].is_name and claim[h].number is None and a.best[h] >= STRONG_MATCH:
                said = a.words[int(a.where[h])]
                if _DEFINITE_BEFORE.search(text, max(0, said.start - 6), said.start):
                    out += list(range(lo, hi + 1))
                    break
    return out


def source_conflict(query: str, source: ClaimSource, evidence: Sequence[Evidence], best: int,
                    vectors) -> Conflict | None:
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
    following = next_sentence(evidence, best)
    m = ANAPHORIC_ATTRIBUTION.match(following.text) if following is not None else None
    if m:
        found.append((following, m.start("src"), m.end("src"), True))
    if following is not None and quotation_goes_on(sent.text, following.text):
        # a quotation going on into the next sentence is said by whoever that sentence says says it ('"Chiedere
        # ancora straordinari … non è una soluzione.' then 'Servono assunzioni stabili …", ha dichiarato la
        # segretaria provinciale Michela Grandi.')
        found += [(following, s, e, True) for s, e, whole in article_sources(following.text) if whole]
    before = previous_sentence(evidence, best)
    speaker = speaker_before(sent.text, before.text if before is not None else None)
    if speaker is not None:  # '"It will take five years …," he said.' after "Martin Keogh, …, warned that …"
        found.append((before, *speaker, True))
    # a source said of the whole sentence grounds a conflict; one in a phrase only spares the claim's
    if not any(whole for *_, whole in found):
        return None
    theirs = [w for where, s, e, _ in found for w in content_words(where.text[s:e])]
    if not theirs:
        return None
    sim = similarity_matrix(mine, theirs, vectors)
    names = [i for i, w in enumerate(mine) if w.is_name]
    # a name is the same name (or an alias: "Kremlin" / "Cremlino"), not a related word ("Reuters" and
    # "agency"); a source named by common nouns ("the Russian foreign ministry") may be a translation; an article
    # naming its source by office only names the claim's person when the claim gives that office ("il nuovo
    # allenatore Roberto Caldera" against "Il nuovo allenatore non ha voluto fare promesse: …")
    office = [i for i in range(len(mine)) if i not in names] if names and not any(w.is_name for w in theirs) else []
    if (any(sim[i].max() >= EXACT for i in names) if names else any(sim[i].max() >= MATCH for i in range(len(mine)))) \
            or any(sim[i].max() >= MATCH for i in office):
        return None  # the article's source is the claim's
    where, s, e, _ = next(f for f in found if f[3])
    s, e = source_name(where.text, s, e)
    cs, ce = source_name(query, source.start, source.end)
    return Conflict(cs, ce, query[cs:ce], where.doc_id, where.start + s, where.start + e, where.text[s:e], "source")
