"""Tests of the verify stage: features, the learned verifier and its shipped model, explanations."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from factcheck.align import content_words
from factcheck.features import FeatureExtractor
from factcheck.retrieve import Evidence
from factcheck.types import Conflict, Kind, Sentence, Stance, Verdict
from factcheck.verify import LearnedVerifier, ProbabilityModel, RuleVerifier, load_model

from conftest import ROOT


def one_report(make_checker, doc_id: str, text: str, title: str):
    """A FactChecker (real index, embedder and verifier) with one short report ingested."""
    from factcheck.types import Document

    fc = make_checker()
    fc.ingest([Document(doc_id, text, title, source="test")])
    return fc


def evidence(*texts: str) -> list[Evidence]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Evidence(Sentence("doc", i, pos, pos + len(t), t), 0.5, 0.6, 1.0, i))
        pos += len(t) + 1
    return out


WASHINGTON = ("Il ministro degli Esteri russo Sergei Lavrov e l’omologo americano Marco Rubio, hanno avuto una "
              "conversazione telefonica “su iniziativa di Washington”: concordi a collaborare per un accordo")
OBAMA = ("Secondo il Cremlino, i due hanno avuto uno scambio di opinioni sulla linea avviata dall’amministrazione "
         "di Barack Obama nel 2016 sulle missioni diplomatiche russe negli Stati Uniti.")
WITKOFF = ("Inoltre il segretario di stato Marco Rubio, con il consigliere per la sicurezza nazionale Mike Waltz, e "
           "l’inviato del presidente per il Medio Oriente Steve Witkoff si stanno dirigendo in Arabia Saudita.")


CORSICA = ("La Corsica (in francese: Corse; in corso: Corsica) è un'isola del Mar Mediterraneo e una delle 13 "
           "regioni della Francia.")


@pytest.fixture(scope="module")
def extractor(embedder):
    return FeatureExtractor(embedder)


class TestConflicts:
    @pytest.mark.parametrize(("claim", "sentence", "reason", "claim_word", "doc_word"), [
        pytest.param("La telefonata è avvenuta su iniziativa di Mosca.", WASHINGTON, "place", "Mosca", "Washington",
                     id="it-place"),
        pytest.param("The call took place at Moscow's initiative.", WASHINGTON, "place", "Moscow", "Washington",
                     id="en-place"),
        pytest.param("La linea sulle missioni diplomatiche russe fu avviata dall'amministrazione Obama nel 2014.",
                     OBAMA, "date", "2014", "2016", id="it-year"),
        pytest.param("La linea sulle missioni diplomatiche russe fu avviata dall'amministrazione Trump.", OBAMA,
                     "name", "Trump", "Barack Obama", id="it-name"),
        pytest.param("Mike Waltz è l'inviato del presidente per il Medio Oriente.", WITKOFF, "name", "Mike Waltz",
                     "Steve Witkoff", id="it-apposition-of-someone-else"),
        pytest.param("Sergei Lavrov is the Russian defence minister.", WASHINGTON, "role", "defence", "Esteri",
                     id="en-role-in-an-apposition"),
        pytest.param("Babur proveniva dall'Asia settentrionale.",
                     "Babur è stato un conquistatore dell'Asia centrale.", "place", "Asia settentrionale", "centrale",
                     id="it-another-point-of-the-compass"),
        pytest.param("La Corsica è una montagna.", CORSICA, "kind", "montagna", "isola", id="it-another-kind"),
        pytest.param("Corsica is a mountain.", CORSICA, "kind", "mountain", "isola", id="en-another-kind"),
        # the kind with what the claim says of it; a subject named by a number or a capital
        pytest.param("L'iPhone 4 è un cane personale mobile.", "L'iPhone 4 è uno smartphone progettato da Apple.",
                     "kind", "cane personale mobile", "smartphone", id="it-kind-with-its-modifiers"),
        pytest.param("L'iPhone 4 è un tipo di cane.", "L'iPhone 4 è uno smartphone progettato da Apple.",
                     "kind", "cane", "smartphone", id="it-a-type-of"),
        # opposites: embeddings put them close, so they never match, and one in the other's slot conflicts
        pytest.param("Providence è la terza città più piccola del New England.",
                     "Providence è la terza città più grande del New England.", "opposite", "piccola", "grande",
                     id="it-opposite"),
        pytest.param("The company's profits increased in 2019.", "The company's profits fell in 2019.", "opposite",
                     "increased", "fell", id="en-opposite"),
        pytest.param("Water levels are expected to rise by Wednesday.",
                     "Forecasters expect water levels to fall by Wednesday.", "opposite", "rise", "fall",
                     id="en-opposite-base-forms"),
        pytest.param("Nel 2023 il fatturato è aumentato del 12%.",
                     "Nel 2023 l'azienda aveva registrato un calo del fatturato del 12%.", "opposite", "aumentato",
                     "calo", id="it-opposite-verb-and-noun"),
        pytest.param("Inflation rose to 3.4% in February.", "Annual inflation eased to 3.4% in February.", "opposite",
                     "rose", "eased", id="en-opposite-eased"),
        pytest.param("Il Perugia ha vinto la sua partita a Pescara.",
                     "Il Lucca supera in classifica il Perugia, fermato sul pareggio a Pescara.", "opposite", "vinto",
                     "pareggio", id="it-a-draw-is-no-win"),
        # the claim's word said further on of something else, its opposite where the claim puts it
        pytest.param("I prezzi dell'energia sono aumentati del 6,3%.",
                     "A pesare sono stati i prezzi dell'energia, calati del 6,3%, mentre i prezzi dei prodotti "
                     "alimentari sono aumentati del 2,4%.", "opposite", "aumentati", "calati",
                     id="it-opposite-where-the-claim-puts-its-word"),
        # what someone is, said in an apposition ("Shah, a former nurse, said …")
        pytest.param("Shah is a former teacher.", "Shah, a former nurse, said the result showed that voters wanted change.",
                     "kind", "teacher", "nurse", id="en-kind-in-an-apposition"),
        # open / closed, better / worse; a day of the week against another (English days are names)
        pytest.param("Le scuole di Catania resteranno aperte lunedì.",
                     "Le scuole di Catania e Messina resteranno chiuse lunedì per l'allerta rossa.", "opposite",
                     "aperte", "chiuse", id="it-open-closed"),
        pytest.param("Le previsioni indicano un peggioramento da mercoledì.",
                     "Le previsioni indicano un miglioramento a partire da mercoledì.", "opposite", "peggioramento",
                     "miglioramento", id="it-worse-better"),
        pytest.param("Schools in Catania will be closed on Tuesday.",
                     "Le scuole di Catania e Messina resteranno chiuse lunedì per l'allerta rossa.", "date",
                     "Tuesday", "lunedì", id="en-it-another-day"),
        # another number counting the same thing, in a sentence little about the claim; "4% raise"
        pytest.param("Dieci persone sono rimaste ferite.",
                     "Una tromba d'aria ha colpito la costa ionica, ferendo lievemente quattro persone.", "number",
                     "Dieci", "quattro", id="it-same-count-another-number"),
        pytest.param("The company offered a 10% raise.",
                     "Talks failed after the company offered a 4% raise, well below the 10% the union asked for.",
                     "number", "10", "4", id="en-percent-of-a-raise"),
        # the subject an apposition separates from its verb ("Alcaraz, the defending champion, had won")
        pytest.param("Sinner had won their previous three meetings.",
                     "Alcaraz, the defending champion, had won their previous three meetings.", "name", "Sinner",
                     "Alcaraz", id="en-subject-before-an-apposition"),
        # the forms of rising and falling, doubling and halving
        pytest.param("I passeggeri sono diminuiti del 6% nel 2024.", "Nel 2024 i passeggeri sono cresciuti del 6%.",
                     "opposite", "diminuiti", "cresciuti", id="it-opposite-plural"),
        pytest.param("Measles cases in Europe halved last year.", "Measles cases in Europe more than doubled last year.",
                     "opposite", "halved", "doubled", id="en-halved-doubled"),
        # the office held by somebody else, in a sentence the claim's name weighs below "about the claim"
        pytest.param("Matteo Lepore è l'assessore ai trasporti.",
                     "Secondo l'assessora ai trasporti, Valentina Orioli, i lavori costeranno 500 milioni.", "name",
                     "Matteo Lepore", "Valentina Orioli", id="it-office-held-by-somebody-else"),
        pytest.param("L'operazione è partita da una segnalazione delle autorità francesi.",
                     "L'operazione è partita da una segnalazione delle autorità spagnole.", "place", "francesi",
                     "spagnole", id="it-another-country-adjective"),
        pytest.param("Il consiglio comunale di Bologna ha respinto il piano per la mobilità.",
                     "Il consiglio comunale di Bologna ha approvato martedì il piano per la mobilità.", "opposite",
                     "respinto", "approvato", id="it-approved-rejected"),
        pytest.param("The council rejected the plan on Tuesday.", "The council approved the plan on Tuesday.",
                     "opposite", "rejected", "approved", id="en-approved-rejected"),
        # a decision taken against one put off (was supported 0.83)
        pytest.param("At Tuesday's meeting, councillors also approved a 220-space park-and-ride next to the site.",
                     "A separate decision on a 220-space park-and-ride next to the site was postponed until the "
                     "council's next full meeting on Tuesday 24 March, after officers asked for more time.",
                     "opposite", "approved", "postponed", id="en-approved-postponed"),
        pytest.param("Il consiglio ha approvato il parcheggio da 220 posti.",
                     "La decisione sul parcheggio da 220 posti è stata rinviata a marzo.", "opposite", "approvato",
                     "rinviata", id="it-approved-postponed"),
        # upstream against downstream (was supported 0.68)
        pytest.param("Arpa ha prelevato i primi campioni trecento metri a monte dello stabilimento.",
                     "I tecnici di Arpa hanno prelevato i primi campioni trecento metri a valle dello stabilimento.",
                     "opposite", "monte", "valle", id="it-upstream-downstream"),
        pytest.param("Samples were taken 300 metres upstream of the plant.",
                     "Samples were taken 300 metres downstream of the plant.", "opposite", "upstream", "downstream",
                     id="en-upstream-downstream"),
        # an admission against a denial of the same report (was supported 0.56)
        pytest.param("Silvia Ravera ha ammesso che i turni dei macchinisti sono stati allungati.",
                     "Ravera ha smentito che i turni dei macchinisti siano stati allungati.", "opposite", "ammesso",
                     "smentito", id="it-admitted-denied"),
        pytest.param("The bank confirmed that customer money had been lost.",
                     "The bank denied that customer money had been lost.", "opposite", "confirmed", "denied",
                     id="en-confirmed-denied"),
        # "in person" against "by phone", near the matched names though not in their slot
        pytest.param("Lavrov e Rubio si sono incontrati di persona.", WASHINGTON.replace("conversazione telefonica",
                     "conversazione telefonica, nel loro colloquio telefonico,"), "opposite", "persona", "telefonica",
                     id="it-in-person-by-phone"),
        pytest.param("Il campus della Brown University si trova nella terza città più piccola del New England.",
                     "Il campus della Brown si trova a Providence, la terza città più grande del New England.",
                     "opposite", "piccola", "grande", id="it-opposite-name-given-short"),
    ])
    def test_spans_point_at_the_conflicting_words(self, extractor, claim, sentence, reason, claim_word, doc_word):
        ev = evidence(sentence)
        ex = extractor.extract(claim, ev, kind=Kind.CLAIM)
        found = [c for c in ex.conflicts if c.reason == reason]
        assert found, ex.conflicts
        c = found[0]
        assert (claim[c.claim_start:c.claim_end], c.text) == (claim_word, doc_word)
        assert sentence[c.start:c.end] == doc_word  # sentence starts at offset 0 in the document here

    def test_a_role_held_by_another_whose_body_noun_is_not_said(self, extractor):
        """Whose role it is named by its name alone (heldout25: "l'assessora allo sport del Comune di Valdorno" against
        "l'assessore allo sport Marco Bellandi", "Comune" said nowhere; not_enough_info 0.62 before)."""
        ex = extractor.extract("Elena Ruggeri è l'assessora allo sport del Comune di Valdorno.", evidence(
            "La piscina comunale di Valdorno riaprirà sabato 8 novembre.",
            "Lo ha annunciato l'assessore allo sport Marco Bellandi, durante un sopralluogo nel cantiere.",
            "«Si chiede ai cittadini di pagare due volte», ha attaccato la capogruppo di Valdorno Domani, Elena Ruggeri."),
            kind=Kind.CLAIM)
        names = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "name"]
        # (and the body's noun, written as a name, is not put against the other party's name "Valdorno Domani")
        assert names == [("Elena Ruggeri", "Marco Bellandi")], ex.conflicts

    @pytest.mark.parametrize(("claim", "sentences", "conflict"), [
        # the article names another holder of the claim's role, whose role it is named elsewhere in it
        pytest.param("Paola Sansone è la direttrice del Museo di Palazzo Montefusco.",
                     ("Il Museo di Palazzo Montefusco ha riaperto al pubblico sabato 7 marzo.",
                      "\"Abbiamo restituito alla città un palazzo\", ha detto la direttrice Francesca Iannaccone.",
                      "Il ministro ha visitato il museo insieme all'assessora comunale alla Cultura Paola Sansone."),
                     ("Paola Sansone", "Francesca Iannaccone"), id="it-role-held-by-another"),
        pytest.param("Andrew Fairlie is the deputy commissioner of the Information Commissioner's Office.",
                     ("The Information Commissioner's Office on Wednesday fined Kestrel Bank £14.8 million.",
                      "The ICO's deputy commissioner, Helen Marsh, said Kestrel had failed to apply multi-factor "
                      "authentication.",
                      "Kestrel's chief executive, Andrew Fairlie, apologised to customers."),
                     ("Andrew Fairlie", "Helen Marsh"), id="en-role-held-by-another"),
        # the article says the claim's person holds it; or names another holder of another body's role
        pytest.param("Francesca Iannaccone è la direttrice del Museo di Palazzo Montefusco.",
                     ("Il Museo di Palazzo Montefusco ha riaperto al pubblico sabato 7 marzo.",
                      "\"Abbiamo restituito alla città un palazzo\", ha detto la direttrice Francesca Iannaccone."),
                     None, id="it-the-claims-own-holder"),
        pytest.param("Matteo Lepore è il sindaco di Bologna.",
                     ("Il sindaco di Milano, Beppe Sala, ha incontrato ieri i sindaci dell'Emilia.",
                      "Bologna ha approvato il piano per il tram."), None, id="it-another-bodys-holder"),
        # an apposition binding the claim's whose to X binds no other role of it
        pytest.param("Teresa Lomuscio è l'amministratrice delegata delle Fonderie Adriatiche.",
                     ("Le Fonderie Adriatiche hanno presentato il piano di ristrutturazione.",
                      "L'amministratore delegato dell'azienda, Giorgio Salvemini, non ha partecipato all'incontro.",
                      "\"Non accetteremo licenziamenti\", ha dichiarato Teresa Lomuscio, segretaria della Fiom."),
                     ("Teresa Lomuscio", "Giorgio Salvemini"), id="it-the-company-for-whose"),
        pytest.param("Daniel Whitcombe is Corrin's finance director.",
                     ("\"This is the biggest single investment our coast has seen,\" said Corrin's chief executive, "
                      "Daniel Whitcombe.",
                      "Finance director Priya Lindqvist said the company would not cut its dividend."),
                     ("Daniel Whitcombe", "Priya Lindqvist"), id="en-bound-to-another-role"),
    ])
    def test_a_role_the_article_gives_to_another(self, extractor, claim, sentences, conflict):
        ex = extractor.extract(claim, evidence(*sentences), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "name"]
        assert got == ([conflict] if conflict else []), ex.conflicts
        if conflict:
            assert ex.values["conflict_explained"] == 1.0

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # done already, where the sentence says it is planned (was supported 0.60)
        pytest.param("Kestrel has already provided free credit monitoring to all affected customers.",
                     "Kestrel has so far paid £150 in compensation to each customer, and plans to offer two years of "
                     "free credit monitoring to all affected customers from April.",
                     ("already provided free", "plans to offer two years of free"), id="en-already-planned"),
        pytest.param("La Regione ha già firmato il contratto per i nuovi treni.",
                     "La Regione prevede di firmare a giugno il contratto per i nuovi treni.",
                     ("già firmato il contratto", "prevede di firmare a giugno il contratto"), id="it-already-planned"),
        # done, and said done; a plan said of something else, after a comma
        pytest.param("Kestrel has already paid £150 in compensation to each customer.",
                     "Kestrel has so far paid £150 in compensation to each customer, and plans to offer two years of "
                     "free credit monitoring from April.", None, id="en-already-done"),
        pytest.param("La Regione ha già firmato il contratto per i nuovi treni.",
                     "La Regione prevede nuove corse, e ha firmato ieri il contratto per i nuovi treni.", None,
                     id="it-plan-of-something-else"),
    ])
    def test_done_already_against_planned(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "opposite"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "anchored"), [
        # another place right after the claim's own name, at the same place: another of the claim's own thing
        pytest.param("I nuovi treni saranno forniti dalla Meridiana Rotabili di Bologna.",
                     "La società ha firmato un contratto con la Meridiana Rotabili di Reggio Emilia per 21 nuovi treni.",
                     True, id="it-company-of-another-city"),
        pytest.param("The trains will be built by Meridian Rail of Leeds.",
                     "The company signed a contract with Meridian Rail of York for 21 new trains.", True,
                     id="en-company-of-another-city"),
        # names in a list are not one name
        pytest.param("It was produced by Coppola, Glazer and Roman Coppola.",
                     "It was produced by Coppola, Glazer, Sofia Coppola and Tony Hernandez.", False,
                     id="en-a-list-of-names"),
    ])
    def test_a_name_conflict_anchored_on_the_claims_own_name(self, extractor, claim, sentence, anchored):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["anchored_name"] == float(anchored), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "denied"), [
        # the claim's verb matched by the negation itself is not said there (was refuted: "abstained" ~ "denied")
        pytest.param("Eight councillors abstained.", "He did not give a date for the scheme, and denied that the company "
                     "had asked the council for any additional subsidy.", False, id="en-verb-matched-by-the-denial"),
        pytest.param("Otto consiglieri si sono astenuti.", "Non ha indicato una data e ha smentito che l'azienda abbia "
                     "chiesto al consiglio nuovi sussidi.", False, id="it-verb-matched-by-the-denial"),
        # what the denial governs is the claim's
        pytest.param("The company asked the council for additional subsidy.", "He denied that the company had asked "
                     "the council for any additional subsidy.", True, id="en-denied-in-scope"),
        # a word only related to the claim's in the denial's scope ("change" ~ "substitute", 0.72): it denies
        # nothing the claim says (WiCE: refuted, the claim supported)
        pytest.param("He was a regular substitute presenter on the Guardian's Football Weekly podcast.",
                     "I'm very conscious that Football Weekly changing its presenter is already a massive deal for the "
                     "Guardian, so we're not trying to rush through any other change.", False,
                     id="en-a-related-word-in-scope"),
        pytest.param("Il museo ha ampliato l'orario di apertura.",
                     "Il museo ha cambiato l'orario di apertura, ma non ha aumentato il prezzo del biglietto.",
                     False, id="it-a-related-word-in-scope"),
        pytest.param("Il Comune ha modificato le tariffe.",
                     "Il consiglio ha approvato il bilancio, ma il Comune non ha ancora modificato le tariffe.",
                     True, id="it-the-claims-word-in-scope"),
    ])
    def test_a_denial_bears_on_words_the_claim_matches(self, extractor, claim, sentence, denied):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert bool([c for c in ex.conflicts if c.reason == "negation"]) is denied, ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # an office of their own set beside the claim's person: before the name, or after it set off by a comma
        pytest.param("Giorgio Bellotti è il presidente della Vetra Cycling.",
                     "Il direttore sportivo della Vetra, Giorgio Bellotti, ha spiegato che l'attacco era deciso.",
                     ("presidente", "direttore"), id="it-office-before-the-name"),
        pytest.param("Renato Schifani è il sindaco di Messina.",
                     "Il presidente della Regione, Renato Schifani, ha chiesto lo stato di calamità.",
                     ("sindaco", "presidente"), id="it-office-of-another-body"),
        pytest.param("Helen Marsh is the leader of Cumberland Council.",
                     "\"We have never recorded this much rain,\" said Helen Marsh, a senior hydrologist at the "
                     "Environment Agency.", ("leader", "senior"), id="en-office-after-the-name"),
        # the claim's own office; a verb of saying or a verb's auxiliary before the name is no office
        pytest.param("Walter Bonetti è il presidente dell'associazione.",
                     "\"Abbiamo perso il lavoro di dieci anni\", ha detto il presidente dell'associazione, Walter "
                     "Bonetti.", None, id="it-the-claims-own-office"),
        pytest.param("Teresa Lomuscio è la segretaria provinciale della Fiom-Cgil.",
                     "\"Non accetteremo licenziamenti\", ha dichiarato Teresa Lomuscio, segretaria provinciale della "
                     "Fiom-Cgil.", None, id="it-said-then-the-office"),
        pytest.param("Marco Rubio è il segretario di stato.", "Ieri il ministro ha incontrato Marco Rubio a Riad.", None,
                     id="it-a-verb-before-the-name"),
    ])
    def test_an_office_the_article_sets_beside_the_name(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "role"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    def test_an_opposite_in_the_slot_conflicts_though_another_sentence_says_the_word(self, extractor):
        # "fell" is said of the sales: it still conflicts with "rose" said of the shares (was supported 0.53)
        shares = "Veltra's shares rose 3.5% in Frankfurt after the announcement."
        sales = "Veltra said it would cut 2,500 jobs after sales of its electric models fell 18% this year."
        claim = "Veltra's shares fell 3.5% in Frankfurt."
        ex = extractor.extract(claim, evidence(shares, sales), kind=Kind.CLAIM)
        (c,) = [c for c in ex.conflicts if c.reason == "opposite"]
        assert (claim[c.claim_start:c.claim_end], c.text) == ("fell", "rose")
        # a word another sentence says, with no opposite in its slot, is still no conflict
        ex = extractor.extract("Veltra's shares fell after the announcement in Frankfurt.", evidence(
            "Veltra's shares were traded in Frankfurt after the announcement.", sales), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason in ("opposite", "word")], ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence"), [
        # a connective stands in no claim word's slot: "fuori" was put against "tuttavia" (seed q20)
        pytest.param("L'inviato speciale Keith Kellogg resterà fuori dai colloqui.",
                     "Non ci saranno tuttavia né l'inviato speciale di Trump per i colloqui, Keith Kellogg, né altri.",
                     id="it-tuttavia"),
        pytest.param("The envoy Keith Kellogg will stay away from the talks.",
                     "The envoy Keith Kellogg will, however, not attend the talks.", id="en-however"),
    ])
    def test_a_connective_is_no_word_in_the_slot(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.text.lower() in ("tuttavia", "however")], ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence"), [
        # reduced against increased, in either language (no opposites before: the embeddings put them close)
        pytest.param("The regulator increased the fine after the company's representations.",
                     "The regulator reduced the fine after the company's representations.", id="en-reduced"),
        pytest.param("La Regione ha aumentato i fondi per la specialistica.",
                     "La Regione ha ridotto i fondi per la specialistica.", id="it-ridotto"),
    ])
    def test_reduced_is_the_opposite_of_increased(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert [c.reason for c in ex.conflicts] == ["opposite"], ex.conflicts

    @pytest.mark.parametrize(("claim", "conflict"), [
        # another year after the same word, in a short sentence stating the claim's other number (was no conflict:
        # the sentence, about the claim through the one before it, matched too little of it)
        pytest.param("L'obiettivo della società è ridurre le perdite della rete al 30% entro il 2035.", ("2035", "2030"),
                     id="it-entro"),
        pytest.param("L'obiettivo della società è ridurre le perdite della rete al 30% entro il 2030.", None,
                     id="it-the-same-year"),
        pytest.param("L'obiettivo della società è ridurre le perdite della rete al 25% nel 2035.", None,
                     id="it-another-word-and-number"),
    ])
    def test_another_year_after_the_same_word(self, extractor, claim, conflict):
        sentences = evidence("La rete, che misura complessivamente 1.240 chilometri, perde oggi il 41% dell'acqua immessa.",
                             "L'obiettivo è scendere al 30% entro il 2030.")
        ex = extractor.extract(claim, sentences, kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "date"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    def test_a_number_said_elsewhere_still_conflicts_where_it_counts_the_same_thing(self, extractor):
        # "two" is in "won the tournament twice": "two hours" against "three hours" was no conflict (supported)
        lasted = "The match lasted three hours and 12 minutes."
        twice = "Sinner became the first Italian man to win the tournament twice."
        claim = "The match lasted two hours."
        ex = extractor.extract(claim, evidence(lasted, twice), kind=Kind.CLAIM)
        (c,) = [c for c in ex.conflicts if c.reason == "number"]
        assert (claim[c.claim_start:c.claim_end], c.text) == ("two", "three")

    @pytest.mark.parametrize(("claim", "sentences"), [
        # stated counting the same thing elsewhere: "five awards" (an adjective or a country after a number
        # counts nothing: "five American …" against "the 37th American Music Awards")
        pytest.param("She won five American Music Awards.", (
            "Taylor Swift took home five awards at the 37th American Music Awards on Sunday night.",), id="adjective"),
        pytest.param("His opponent has been a candidate over 30 years.", (
            "He has been a candidate in each race over the last 30 years.",
            "The candidate ran for office 20 years ago and lost."), id="stated-with-its-unit"),
    ])
    def test_a_number_stated_counting_its_thing_does_not_conflict(self, extractor, claim, sentences):
        ex = extractor.extract(claim, evidence(*sentences), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "number"], ex.conflicts

    # heldout9: figures of the same sentence, dates and spans of time
    ELIDED = ("Nei primi sei mesi del 2025 la cartiera ha registrato ricavi per 48,5 milioni di euro, in calo del 12% "
              "rispetto allo stesso periodo del 2024, e una perdita netta di 3,7 milioni.")
    BRIDGE_COST = ("Il costo dell'intervento è salito a 4,8 milioni di euro, contro i 3,2 milioni indicati nel progetto "
                   "preliminare approvato a giugno.")
    PAPER_MILL = ("I tagli riguarderanno soprattutto il reparto di produzione della carta patinata, che sarà chiuso "
                  "entro giugno 2026.",
                  "Norvia si impegna a investire 25 milioni di euro in una nuova linea di cartone ondulato, che "
                  "dovrebbe entrare in funzione nel 2027.")
    ALARM = ("Daniel Whitcombe, prosecuting for the Environment Agency, said the tank's high-level alarm had been faulty "
             "for at least three weeks before the incident.")

    @pytest.mark.parametrize(("claim", "sentences", "conflict"), [
        # the claim's number stated in the sentence, its unit said before it: no conflict with the other figure
        # (a false "3,7" / "48,5" number conflict kept the opposite below from refuting)
        pytest.param("Nel primo semestre 2025 la cartiera ha chiuso con una perdita netta di 3,7 milioni di euro.",
                     (ELIDED,), None, id="it-unit-said-before"),
        pytest.param("Nel primo semestre 2025 la cartiera ha chiuso con un utile netto di 3,7 milioni di euro.",
                     (ELIDED,), ("opposite", "utile", "perdita"), id="it-profit-against-loss"),
        pytest.param("The company made a profit of 3.7 million euros in the first half.",
                     ("In the first half the company made a loss of 3.7 million euros.",),
                     ("opposite", "profit", "loss"), id="en-profit-against-loss"),
        pytest.param("Il prezzo finale è stato superiore a quello dell'offerta preliminare di luglio.",
                     ("Il prezzo finale è inferiore agli 80 milioni indicati nell'offerta preliminare presentata a "
                      "luglio.",), ("opposite", "superiore", "inferiore"), id="it-higher-against-lower"),
        # "contro i 3,2 milioni": the value a figure is set against, whose the claim names
        pytest.param("Il progetto preliminare approvato a giugno prevedeva una spesa di 4,8 milioni di euro.",
                     (BRIDGE_COST,), ("number", "4,8", "3,2"), id="it-figure-now-for-the-earlier-one"),
        pytest.param("Il progetto preliminare approvato a giugno prevedeva una spesa di 3,2 milioni di euro.",
                     (BRIDGE_COST,), None, id="it-the-earlier-value-of-its-own-thing"),
        pytest.param("The cost rose to £4.8 million, compared with £3.2 million in the June plan.",
                     ("The cost rose to £4.8 million, compared with £3.9 million in the plan approved in June.",),
                     ("number", "3.2", "3.9"), id="en-compared-with"),
        # a claim giving the earlier value itself (the last two were refuted on the first version of the check)
        pytest.param("Il costo del restauro è arrivato a 9,2 milioni di euro, a fronte dei 6,5 milioni inizialmente "
                     "previsti.", ("Il restauro è costato 9,2 milioni di euro, contro i 6,5 milioni previsti dal "
                                   "progetto iniziale.",), None, id="it-a-fronte-dei"),
        pytest.param("Vaccine uptake in the study group rose from 53% the previous winter to 61%.",
                     ("Vaccine uptake in the group reached 61%, up from 53% the previous winter, the researchers "
                      "said.",), None, id="en-from-the-previous-winter"),
        # a year given with its month, though another sentence says the claim's year of something else
        pytest.param("Il reparto di carta patinata sarà chiuso entro giugno 2027.", PAPER_MILL,
                     ("date", "2027", "2026"), id="it-month-and-year"),
        pytest.param("Il reparto di carta patinata sarà chiuso entro giugno 2026.", PAPER_MILL, None,
                     id="it-month-and-year-as-stated"),
        pytest.param("The plant will close by June 2027.",
                     ("The plant will close by June 2026.", "A new line should start in 2027."),
                     ("date", "2027", "2026"), id="en-month-and-year"),
        # the same number of another span of time (the same span in the other language agrees)
        pytest.param("The alarm had been faulty for at least three months before the incident.", (ALARM,),
                     ("number", "months", "weeks"), id="en-months-against-weeks"),
        pytest.param("L'allarme era guasto da almeno tre mesi.", ("L'allarme era guasto da almeno tre settimane.",),
                     ("number", "mesi", "settimane"), id="it-months-against-weeks"),
        pytest.param("The alarm had been faulty for at least three weeks before the incident.",
                     ("L'allarme era guasto da almeno tre settimane prima dell'incidente.",), None,
                     id="en-it-the-same-span"),
        # a span of hours is no value moved from ("dalle 6.10 alle 21.30")
        pytest.param("Le navette partono ogni venti minuti, dalle 6.10 alle 21.30.",
                     ("Il servizio di bus navetta gratuito ha partenze ogni 20 minuti dalle 6.10 alle 21.30.",), None,
                     id="it-hours-from-to"),
    ])
    def test_figures_dates_and_spans(self, extractor, claim, sentences, conflict):
        ex = extractor.extract(claim, evidence(*sentences), kind=Kind.CLAIM)
        got = [(c.reason, c.claim_text, c.text) for c in ex.conflicts if c.reason != "word?"]
        assert got == ([conflict] if conflict else []), got

    SHUTTLE = ("Arvenza Mobilità ha attivato un servizio di bus navetta gratuito tra la stazione ferroviaria di Montesalvo "
               "e piazza Garibaldi a Cortenuova, con partenze ogni 20 minuti.")

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # the claim's name after a noun and "di", where the sentence gives that noun another name (was supported 0.86:
        # both names are in the sentence)
        pytest.param("Le navette collegano la stazione ferroviaria di Cortenuova a piazza Garibaldi a Montesalvo.",
                     SHUTTLE, ("Cortenuova", "Montesalvo"), id="it-swapped"),
        pytest.param("Le navette collegano la stazione ferroviaria di Montesalvo a piazza Garibaldi a Cortenuova.",
                     SHUTTLE, None, id="it-as-stated"),
        pytest.param("The shuttle runs from the railway station of Ashford to the market square of Dover.",
                     "A free shuttle runs from the railway station of Dover to the market square of Ashford.",
                     ("Ashford", "Dover"), id="en-swapped"),
        # the noun given the claim's name too
        pytest.param("Il bus parte dalla stazione di Cortenuova.",
                     "Il bus parte dalla stazione di Montesalvo e dalla stazione di Cortenuova.", None,
                     id="it-both-stations"),
    ])
    def test_a_name_given_to_another_of_the_claims_nouns(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason in ("name", "place")]
        assert got == ([conflict] if conflict else []), got
        assert ex.values["anchored_name"] == float(conflict is not None)

    ROVATI = ("La sindaca di Cortenuova, Elena Rovati, ha chiesto di anticipare la riapertura almeno per le auto.",
              "Il sindaco di Montesalvo, Giorgio Dal Molin, ha invece difeso la scelta della Provincia.")
    REED = ("Ann Reed, who chairs the traders' group, asked for the bridge to reopen early for cars.",
            "Tom Hale, the mayor of Ashford, defended the council's decision instead.")

    @pytest.mark.parametrize(("claim", "sentences", "conflict"), [
        # the sentence saying what the claim says names another person doing it; the claim's person is named doing
        # something else (was no conflict: "another sentence names its person")
        pytest.param("Giorgio Dal Molin ha chiesto di anticipare la riapertura del ponte almeno per le auto.", ROVATI,
                     ("Giorgio Dal Molin", "Elena Rovati"), id="it-another-asked"),
        pytest.param("Elena Rovati ha chiesto di anticipare la riapertura del ponte almeno per le auto.", ROVATI, None,
                     id="it-as-stated"),
        pytest.param("È stato Giorgio Dal Molin a chiedere di anticipare la riapertura del ponte almeno per le auto.",
                     ROVATI, ("Giorgio Dal Molin", "Elena Rovati"), id="it-e-stato-x-a"),
        pytest.param("Tom Hale asked for the bridge to reopen early for cars.", REED, ("Tom Hale", "Ann Reed"),
                     id="en-another-asked"),
        # a name that is no person's opening the claim
        pytest.param("Hammer Film Productions asked for the bridge to reopen early for cars.", REED, None,
                     id="en-no-person"),
        pytest.param("Tom Hale defended the council's decision.", REED, None, id="en-as-stated"),
    ])
    def test_a_person_named_doing_something_else(self, extractor, claim, sentences, conflict):
        ex = extractor.extract(claim, evidence(*sentences), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "name"]
        assert got == ([conflict] if conflict else []), got

    @pytest.mark.parametrize(("claim", "conflict"), [
        pytest.param("Alcaraz beat Sinner at Wimbledon.", ("Alcaraz", "Sinner"), id="en-reversed"),
        pytest.param("Sinner beat Alcaraz at Wimbledon.", None, id="en-as-stated"),
        pytest.param("Alcaraz was beaten by Sinner at Wimbledon.", None, id="en-passive-as-stated"),
        pytest.param("Sinner was beaten by Alcaraz at Wimbledon.", ("Alcaraz", "Sinner"), id="en-passive-reversed"),
        pytest.param("Alcaraz ha battuto Sinner a Wimbledon.", ("Alcaraz", "Sinner"), id="it-reversed"),
        pytest.param("Alcaraz è stato battuto da Sinner.", None, id="it-passive-as-stated"),
        # the same name twice is no reversal
        pytest.param("Sinner beat Sinner at Wimbledon.", None, id="same-name"),
    ])
    def test_who_did_it_to_whom(self, extractor, claim, conflict):
        # "Alcaraz beat Sinner at Wimbledon." was supported 0.87: the same words, the roles reversed
        sentence = "Sinner beat Alcaraz to win his second Wimbledon title."
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        names = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "name"]
        assert names == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize("claim", [
        "Rubio met Lavrov in Riyadh.",  # symmetric
        "Rubio spoke with Lavrov in Riyadh.",  # both act
    ])
    def test_a_symmetric_verb_is_no_reversal(self, extractor, claim):
        ex = extractor.extract(claim, evidence("Lavrov met Rubio in Riyadh.", "Lavrov spoke with Rubio in Riyadh."),
                               kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "name"], ex.conflicts

    def test_an_apposed_subject_conflicts_only_before_the_same_verb(self, extractor):
        # "approvato" only soft-matches "concordato": Rubio is not said to have done what Putin is claimed to
        ex = extractor.extract("Putin ha approvato la telefonata.", evidence(
            "Lavrov e Rubio, nel loro colloquio telefonico, hanno concordato futuri contatti regolari."),
            kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "name"], ex.conflicts

    def test_the_word_said_where_the_claim_puts_it_agrees(self, extractor):
        ex = extractor.extract("I prezzi dei prodotti alimentari sono aumentati del 2,4%.", evidence(
            "A pesare sono stati i prezzi dell'energia, calati del 6,3%, mentre i prezzi dei prodotti "
            "alimentari sono aumentati del 2,4%."), kind=Kind.CLAIM)
        assert not ex.conflicts, ex.conflicts

    def test_the_kind_an_apposition_gives_agrees(self, extractor):
        ex = extractor.extract("Shah is a former nurse.", evidence(
            "Shah, a former nurse, said the result showed that voters wanted change."), kind=Kind.CLAIM)
        assert not ex.conflicts, ex.conflicts

    def test_a_negated_opposite_is_no_conflict(self, extractor):
        # "will not be closed" says it stays open
        ex = extractor.extract("The investigation remains open.", evidence(
            "The investigation will not be closed until police know who he is."), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "opposite"], ex.conflicts
        # a contraction too ("won't" is tokenised "won" + "t")
        ex = extractor.extract("The investigation remains open.", evidence(
            "The investigation won't be closed until police know who he is."), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "opposite"], ex.conflicts

    def test_the_same_day_in_two_languages_matches(self, extractor):
        ex = extractor.extract("Schools in Catania will be closed on Monday.", evidence(
            "Le scuole di Catania e Messina resteranno chiuse lunedì per l'allerta rossa."), kind=Kind.CLAIM)
        assert not ex.conflicts, ex.conflicts

    def test_a_name_after_a_comma_is_no_modifier(self, extractor):
        # "il presidente della Regione, Renato Schifani": the name ran back over the comma to "Regione" and
        # read as "of …" ("subject only in passing": not_enough_info for "Renato Schifani è il presidente …")
        ex = extractor.extract("Schifani ha chiesto lo stato di calamità.", evidence(
            "Il presidente della Regione, Renato Schifani, ha chiesto al governo lo stato di calamità."),
            kind=Kind.CLAIM)
        assert not ex.values.get("subject_in_passing"), ex.values

    def test_who_says_a_denial_is_not_denied(self, extractor):
        # "No new vaccine is needed, Kluge said": Kluge was read as denied, and "Hans Kluge is the WHO regional
        # director for Europe." refuted 0.86 against the apposition that says so
        said = "No new vaccine is needed, Kluge said, only wider use of the existing one."
        apposition = "Hans Kluge, the WHO regional director for Europe, urged governments to vaccinate."
        ex = extractor.extract("Hans Kluge is the WHO regional director for Europe.", evidence(apposition, said),
                               kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "negation"], ex.conflicts
        # what he says is denied all the same
        ex = extractor.extract("Kluge said a new vaccine is needed.", evidence(said), kind=Kind.CLAIM)
        (c,) = [c for c in ex.conflicts if c.reason == "negation"]
        assert c.text.startswith("No new vaccine")

    @pytest.mark.parametrize(("claim", "sentence"), [
        pytest.param("Lavrov e Rubio non hanno parlato al telefono.", WASHINGTON, id="it-claim-negated"),
        pytest.param("Keith Kellogg will be at the talks.",
                     "Non ci saranno tuttavia né l’inviato speciale Keith Kellogg né altri ai colloqui.",
                     id="en-claim-vs-it-negated-sentence"),
    ])
    def test_one_sided_negation(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["neg_mismatch_scoped"] == 1.0
        assert any(c.reason == "negation" for c in ex.conflicts)

    def test_each_ne_governs_its_own_phrase(self, extractor):
        # Kellogg stands 16 words after "Non", within reach of the "né" that opens his phrase
        sentence = ("Non ci saranno tuttavia né l’inviato speciale di Trump per i colloqui Ucraina-Russia, Keith "
                    "Kellogg, né rappresentanti di altre grandi potenze europee.")
        claim = "Keith Kellogg will lead the talks."
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        (c,) = [c for c in ex.conflicts if c.reason == "negation"]
        assert c.text.startswith("né l’inviato speciale")
        assert sentence[c.start:c.end] == c.text

    @pytest.mark.parametrize(("claim", "denied"), [
        pytest.param("Kellogg will attend the talks in Saudi Arabia.", True, id="en-subject-denied"),
        pytest.param("Kellogg parteciperà ai colloqui in Arabia Saudita.", True, id="it-subject-denied"),
        pytest.param("Lavrov ha criticato Kellogg per i colloqui in Arabia Saudita.", False,
                     id="it-someone-else-is-the-subject"),
        # "né l'inviato speciale di Trump" denies the envoy, not Trump
        pytest.param("Trump will send his advisers to Saudi Arabia.", False, id="en-subject-only-a-modifier"),
    ])
    def test_a_sentence_denying_the_claims_subject(self, extractor, claim, denied):
        # "in Saudi Arabia" comes from another sentence: the denial of Kellogg refutes the claim only
        # when he is what the claim is about, and the rest of the claim is stated by the evidence
        sentence = ("Non ci saranno tuttavia né l’inviato speciale di Trump per i colloqui Ucraina-Russia, Keith "
                    "Kellogg, né rappresentanti di altre grandi potenze europee.")
        ex = extractor.extract(claim, evidence(sentence, WITKOFF), kind=Kind.CLAIM)
        negations = [c for c in ex.conflicts if c.reason == "negation"]
        assert bool(negations) is denied, ex.conflicts
        if denied:
            assert ex.values["conflict_explained"] >= 0.75
            # the other sentence states the place: "Ucraina-Russia" is not put against "Saudi Arabia"
            assert not [c for c in ex.conflicts if c.reason == "place"]

    SAUDI_SENTENCE = "Rubio, Waltz e Witkoff si stanno dirigendo in Arabia Saudita."
    BY_POLITICO = "Lo riferisce Politico citando due funzionari statunitensi."

    @pytest.mark.parametrize(("claim", "conflict"), [
        pytest.param("La Tass riferisce che Rubio si sta dirigendo in Arabia Saudita.", ("Tass", "Politico"),
                     id="it-another-outlet"),
        pytest.param("According to the New York Times, Rubio is heading to Saudi Arabia.",
                     ("New York Times", "Politico"), id="en-another-outlet"),
        pytest.param("Secondo Politico, Rubio si sta dirigendo in Arabia Saudita.", None, id="it-the-same-outlet"),
        pytest.param("Rubio si sta dirigendo in Arabia Saudita.", None, id="it-no-source-claimed"),
    ])
    def test_a_source_the_article_does_not_give(self, extractor, claim, conflict):
        ev = evidence(self.SAUDI_SENTENCE, "Waltz è il consigliere per la sicurezza nazionale.")
        # the next sentence of the article, which the retriever attaches to each sentence it finds
        following = Sentence("doc", 1, ev[0].sentence.end + 1, ev[0].sentence.end + 1 + len(self.BY_POLITICO),
                             self.BY_POLITICO)
        ev[0] = Evidence(ev[0].sentence, 0.5, 0.6, 1.0, 0, following)
        ex = extractor.extract(claim, ev, kind=Kind.CLAIM)
        found = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "source"]
        assert found == ([conflict] if conflict else []), ex.conflicts
        assert ex.values["source_conflict"] == float(bool(conflict))

    @pytest.mark.parametrize(("claim", "sentence"), [
        # "this year" may be the claim's year: the other year is not said in its place
        pytest.param("Both the men's and women's volleyball team also won the national student cup in 2019.",
                     "Both the men's and women's team took Volleyball England National Student Cup this year building "
                     "on their achievements in 2018 when the men's team won the trophy.", id="en-this-year"),
        pytest.param("La squadra ha vinto la coppa nel 2019.",
                     "La squadra ha vinto la coppa quest'anno, dopo la finale persa nel 2018.", id="it-quest-anno"),
        # a number the claim states too is no number put against another of its numbers
        pytest.param("Two schools will stay closed until the 15th.",
                     "According to the mayor, two schools will stay closed until Friday.", id="en-its-own-number"),
        # a day written as an ordinal is the claim's day
        pytest.param("The DVD was released on 12 November 2018.",
                     "The film is in cinemas on November 9, 2018, with DVD and digital on 12th November.",
                     id="en-ordinal-day"),
    ])
    def test_no_number_or_date_conflict(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason in ("date", "number")], ex.conflicts
        assert ex.values["num_conflict"] == 0.0

    CESARE = ("Gaio Giulio Cesare (130 a.C. circa - 85 a.C.) è stato un senatore romano, padre di Gaio Giulio "
              "Cesare, il dittatore.",
              "Cesare morì improvvisamente nell’85 a.C., a Roma, mentre si metteva le scarpe una mattina.")

    @pytest.mark.parametrize(("claim", "place"), [
        # the place of the event, after the same verb, in a sentence giving the name short
        pytest.param("Gaio Giulio Cesare morì in Spagna.", "Roma", id="it-another-place"),
        pytest.param("Gaio Giulio Cesare morì a Roma.", None, id="it-the-same-place"),
        pytest.param("Gaio Giulio Cesare morì a Roma in Spagna.", None, id="it-not-the-last-word"),
    ])
    def test_the_place_of_the_event(self, extractor, claim, place):
        ex = extractor.extract(claim, evidence(*self.CESARE), kind=Kind.CLAIM)
        places = [c.text for c in ex.conflicts if c.reason == "place"]
        assert places == ([place] if place else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence"), [
        pytest.param("The summit took place in Helsinki.", "The summit took place after talks in Washington.",
                     id="en-another-phrase-between"),
        pytest.param("Trump met Putin in Helsinki.", "Trump met Putin after flying in from Washington.",
                     id="en-a-name-before-the-place"),
    ])
    def test_a_place_after_another_phrase_is_not_the_events(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "place"], ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "word", "short"), [
        # the middle name left out: the same person
        pytest.param("Judge Lisa White Hardwick was selected.", "Lipman, Lisa Hardwick and Powell were selected.",
                     "White", True, id="en-middle-name-left-out"),
        # another surname: another person
        pytest.param("Mike Waltz è il consigliere.", "Mike Pence è il consigliere.", "Mike", False, id="it-surname"),
        pytest.param("Mike Waltz è il consigliere.", "Mike Pence è il consigliere.", "Waltz", False,
                     id="it-the-surname-itself"),
    ])
    def test_a_name_given_short(self, extractor, claim, sentence, word, short):
        from factcheck.align import align, content_words
        from factcheck.sources import named_short

        words = content_words(claim)
        a = align(words, 0, sentence, extractor.vectors)
        assert named_short(words, [w.text for w in words].index(word), a) is short

    def test_the_same_name_on_both_sides_is_no_conflict(self, extractor):
        sentence = "Gaio Giulio Cesare nacque a Roma, figlio di Gaio Giulio Cesare e di Aurelia."
        ex = extractor.extract("Gaio Giulio Cesare era il figlio di Gaio Giulio Cesare.", evidence(sentence),
                               kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.claim_text.casefold() == c.text.casefold()], ex.conflicts

    @pytest.mark.parametrize("order", [0, 1], ids=["title-first", "person-first"])
    def test_a_description_next_to_another_name_is_no_conflict_where_a_sentence_names_the_subject(
            self, extractor, order):
        claim = "A.J. Styles è un wrestler professionista."
        sentences = ["L'Impact Wrestling X Division Championship è un campionato di wrestling professionistico "
                     "di proprietà della promozione di Impact Wrestling.",
                     "Allen Neal Jones, meglio conosciuto con il ring name A.J. Styles (2 giugno 1977), è un "
                     "wrestler statunitense attualmente sotto contratto con la WWE."]
        if order:
            sentences.reverse()
        ex = extractor.extract(claim, evidence(*sentences), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "name"], ex.conflicts
        assert ex.values["identity_other"] == 0.0

    @pytest.mark.parametrize(("claim", "sentence", "passing"), [
        pytest.param("Trump parteciperà ai colloqui.", "Non ci sarà l’inviato speciale di Trump per i colloqui.", True,
                     id="it-di-trump"),
        pytest.param("Trump will attend the talks.", "Trump's special envoy will not attend the talks.", True,
                     id="en-trumps-envoy"),
        pytest.param("Trump will attend the talks.", "Trump will not attend the talks, his office said.", False,
                     id="en-trump-himself"),
        # the claim's name modifies something too: "The Obama administration", "Trump's envoy"
        pytest.param("The Obama administration started the policy in 2016.",
                     "La linea avviata dall’amministrazione di Barack Obama nel 2016.", False, id="en-obama-administration"),
        pytest.param("Trump's envoy will attend the talks.", "L’inviato speciale di Trump non ci sarà.", False,
                     id="en-claim-about-the-envoy"),
        # "la città di Providence" names Providence (it was taken for a modifier, and the claim held back)
        pytest.param("Providence è la terza città più grande del New England.",
                     "Il campus si trova nella città di Providence, la terza città più grande del New England.", False,
                     id="it-la-citta-di"),
        pytest.param("Texas has its capital in Austin.", "The state of Texas has its capital in Austin.", False,
                     id="en-the-state-of"),
        # a hyphen inside one name is no pair of places
        pytest.param("Spider-Man 2 è stato diretto da Sam Raimi.",
                     "Spider-Man 2 è un film del 2004 diretto da Sam Raimi.", False, id="hyphen-inside-a-name"),
    ])
    def test_a_subject_named_only_in_passing(self, extractor, claim, sentence, passing):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["subject_in_passing"] == float(passing)
        if passing:  # what the sentence denies is not the claim's subject
            assert not [c for c in ex.conflicts if c.reason == "negation"], ex.conflicts

    KELLOGG = ("Non ci saranno tuttavia né l’inviato speciale di Trump per i colloqui Ucraina-Russia, Keith Kellogg, "
               "né rappresentanti di altre grandi potenze europee.")

    @pytest.mark.parametrize("claim", ["Witkoff is Trump's special envoy.", "Witkoff è l'inviato speciale di Trump."])
    def test_an_office_held_by_another_across_the_phrase_that_ends_it(self, extractor, claim):
        # the description ends in "per i colloqui Ucraina-Russia", places that open the name run
        ex = extractor.extract(claim, evidence(self.KELLOGG), kind=Kind.CLAIM)
        assert [(c.reason, c.claim_text, c.text) for c in ex.conflicts if c.reason == "name"] == [
            ("name", "Witkoff", "Keith Kellogg")]

    @pytest.mark.parametrize("claim", ["Keith Kellogg non è l'inviato speciale di Trump.",
                                       "Keith Kellogg is not Trump's special envoy."])
    def test_an_office_denied_against_an_apposition(self, extractor, claim):
        ex = extractor.extract(claim, evidence(self.KELLOGG), kind=Kind.CLAIM)
        assert ex.values["identity_bound"] == 1.0
        assert [c.reason for c in ex.conflicts] == ["negation"]

    @pytest.mark.parametrize(("claim", "agree"), [
        pytest.param("Kellogg will not attend the talks.", True, id="en-same-denial"),
        pytest.param("Kellogg non parteciperà ai colloqui.", True, id="it-same-denial"),
        pytest.param("Kellogg will attend the talks.", False, id="en-claim-affirms"),
    ])
    def test_a_denial_the_sentence_shares(self, extractor, claim, agree):
        ex = extractor.extract(claim, evidence(self.KELLOGG), kind=Kind.CLAIM)
        assert (ex.values["neg_agree"] >= 0.75) is agree
        assert bool([c for c in ex.conflicts if c.reason == "negation"]) is not agree

    @pytest.mark.parametrize(("claim", "expected"), [
        pytest.param("Il segretario di stato è Marco Rubio.", (["Marco", "Rubio"], ["segretario", "stato"]),
                     id="it-description-first"),
        pytest.param("The Russian foreign minister is Rubio.", (["Rubio"], ["Russian", "foreign", "minister"]),
                     id="en-description-first"),
        pytest.param("Il film è un successo.", None, id="no-name-after-the-copula"),
        pytest.param("La Corsica è una montagna.", None, id="a-one-word-description-is-no-office"),
    ])
    def test_a_description_before_the_name(self, claim, expected):
        from factcheck.identity import claimed_identity

        words = content_words(claim)
        got = claimed_identity(claim, words)
        assert (got if got is None else ([words[i].text for i in got[0]], [words[i].text for i in got[1]])) == expected

    @pytest.mark.parametrize(("claim", "sentence", "otherwise"), [
        pytest.param("Mike Waltz è il segretario della Difesa.", WITKOFF, True, id="another-office"),
        pytest.param("Mike Waltz è il consigliere per la sicurezza nazionale.", WITKOFF, False, id="its-own-office"),
        # the claim's name stands in its description too: which mention is which is not read
        pytest.param("Gaio Giulio Cesare era il figlio di Gaio Giulio Cesare.",
                     "Era fratello di Sesto Giulio Cesare (console nel 91 a.C.) e figlio di Gaio Giulio Cesare.", False,
                     id="the-name-twice"),
    ])
    def test_described_otherwise(self, extractor, claim, sentence, otherwise):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["described_otherwise"] == float(otherwise)

    def test_an_apposition_holds_inside_a_negated_clause(self, extractor):
        claim = "Keith Kellogg è l'inviato speciale di Trump per i colloqui Ucraina-Russia."
        sentence = ("Non ci saranno tuttavia né l’inviato speciale di Trump per i colloqui Ucraina-Russia, Keith "
                    "Kellogg, né rappresentanti di altre grandi potenze europee.")
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["identity_bound"] == 1.0
        assert ex.values["neg_mismatch_scoped"] == 0.0
        assert ex.conflicts == []

    @pytest.mark.parametrize(("claim", "sentence", "called"), [
        pytest.param("Sanders was at the Stonewall riots.",
                     "But there’s no evidence that Sanders was at the Stonewall riots in 1969.", "no evidence that",
                     id="en-no-evidence"),
        pytest.param("Lavrov ha detto che Kellogg sarà ai colloqui.",
                     "La notizia che Lavrov avrebbe detto che Kellogg sarà ai colloqui è una bufala.", "bufala",
                     id="it-bufala"),
        # the ruling names the quoted phrase and the people, not the claim's description of them
        pytest.param('Says William Taylor and George Kent, the public witnesses in the House impeachment inquiry, '
                     'are "Never Trumpers."',
                     'We’ve found no evidence that either Taylor or Kent qualify under any reasonable definition '
                     'of "Never Trumpers."', "no evidence that", id="en-quoted-phrase"),
        # a long quoted phrase names the claim by itself ("calling it": the deal is not named there)
        pytest.param('Says the USMCA is the “biggest trade deal ever made.”',
                     'Trump overreaches by calling it the "biggest trade deal ever made."', "overreaches by calling it",
                     id="en-long-quoted-phrase"),
        # a correction that denies the claim's own figure
        pytest.param("Over the last two years, the number of murders in America’s major cities has dropped by "
                     "more than 10%.",
                     "First, the number of murders reported nationwide for 2018 was 6.9% lower than it was in "
                     "2016 — not more than 10%, as he claimed.", "not more than 10%", id="en-correction"),
        pytest.param("Il sindaco ha detto che i furti sono calati del 30%.",
                     "I furti sono calati del 12%, non del 30% come sostenuto dal sindaco.", "non del 30%",
                     id="it-correction"),
        # whom the misquote is of: the claim quotes her
        pytest.param("In November 2019, Speaker Pelosi said it would be ‘dangerous’ to leave it to voters to "
                     "determine whether President Trump stays in office.",
                     "U.S. Rep. Doug Collins, R-Ga., misquoted House Speaker Nancy Pelosi as he argued "
                     "unsuccessfully against the impeachment of President Donald Trump.", "misquoted",
                     id="en-misquoted-whom"),
    ])
    def test_a_sentence_calling_the_claim_false(self, extractor, claim, sentence, called):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["debunk"] == 1.0
        (c,) = [c for c in ex.conflicts if c.reason == "debunk"]
        assert c.text.startswith(called) and sentence[c.start:c.end] == c.text
        assert (c.claim_start, c.claim_end) == (0, len(claim))  # the whole claim is called false

    @pytest.mark.parametrize(("claim", "sentence"), [
        # the claim itself speaks of falsity: the sentence restating it is no verdict on it
        pytest.param("Says the video of the rally is fake.", "The video of the rally is fake, he said.",
                     id="en-claim-about-falsity"),
        # a sentence about something else that happens to say "false"
        pytest.param("Lavrov e Rubio hanno parlato al telefono.",
                     "Il dentista gli fece una dentiera falsa nel 1789.", id="it-not-about-the-claim"),
        # the claim states the article's figure: the correction denies someone else's
        pytest.param("Murders fell 6.9% between 2016 and 2018.",
                     "Murders fell 6.9% between 2016 and 2018 — not more than 10%, as he claimed.",
                     id="en-claim-is-the-correction"),
        # a claim that quotes nobody is no misquote of the person it names
        pytest.param("Nancy Pelosi spoke for an hour in November.",
                     "Collins misquoted House Speaker Nancy Pelosi during the debate.", id="en-misquote-no-quote"),
        # the quoted phrase without the claim's person
        # a short quoted phrase (under QUOTE_ALONE words) without the claim's people
        pytest.param('Says William Taylor and George Kent, the public witnesses in the House impeachment inquiry, '
                     'are "Never Trumpers."',
                     'We found no evidence that Senator Jane Doe is one of the "Never Trumpers."',
                     id="en-quoted-phrase-other-person"),
        # what the words call false is something else the sentence speaks of, though it names the claim's breach
        pytest.param("Helen Marsh, the ICO's deputy commissioner, said the breach was not a sophisticated attack.",
                     "The bank denied that any customer had lost money as a direct result of the breach, and said it "
                     "had found no evidence that the stolen data had been sold online.", id="en-no-evidence-of-another-thing"),
        pytest.param("Il ministero ha detto che la falla nei sistemi è stata chiusa in due giorni.",
                     "Il ministero ha detto che la falla nei sistemi è nota e che non c'è nessuna prova che i dati "
                     "siano stati venduti.", id="it-nessuna-prova-of-another-thing"),
    ])
    def test_no_verdict_of_falsity(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["debunk"] == 0.0
        assert not [c for c in ex.conflicts if c.reason == "debunk"]

    @pytest.mark.parametrize("claim", [
        pytest.param("La Corsica è un'isola.", id="it-the-same-kind"),
        pytest.param("Corsica is an island.", id="en-the-same-kind-translated"),
        pytest.param("La Corsica è una persona.", id="it-a-kind-anything-of-its-sort-is"),  # left to the model
        pytest.param("La Corsica è la regione più bella.", id="it-no-indefinite-article"),
    ])
    def test_no_conflict_of_kind(self, extractor, claim):
        ex = extractor.extract(claim, evidence(CORSICA), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "kind"], ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence"), [
        # "che è un'attrice" says what someone else is
        pytest.param("Stephen Moyer è un cantante.", "Stephen Moyer ha lavorato con Anna Paquin, che è un'attrice.",
                     id="it-another-subjects-clause"),
        # the subject only modifies what the sentence speaks of
        pytest.param("Yin e yang è un concetto morale.", "La dualità di Yin e yang è un tutto indivisibile.",
                     id="it-subject-as-a-modifier"),
        # "il film": a common noun names no one thing
        pytest.param("Il film è un successo.", "Il film è un dramma di guerra del 1998.", id="it-common-noun-subject"),
    ])
    def test_the_kind_is_read_where_the_sentence_says_it_of_the_subject(self, extractor, claim, sentence):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "kind"], ex.conflicts

    def test_a_number_where_the_sentence_names_the_person_short(self, extractor):
        # "Cesare" for "Gaio Giulio Cesare" (named in full by the other sentence), and the year where the
        # sentence says "morì": not the consul's year of the first sentence
        first = "Era fratello di Sesto Giulio Cesare (console nel 91 a.C.) e figlio di Gaio Giulio Cesare."
        death = "Cesare morì improvvisamente nell'85 a.C., a Roma, mentre si metteva le scarpe una mattina."
        claim = "Gaio Giulio Cesare morì nel 65 aC."
        ex = extractor.extract(claim, evidence(first, death), kind=Kind.CLAIM)
        (c,) = [c for c in ex.conflicts if c.reason == "number"]
        assert (c.claim_text, c.text) == ("65", "85")
        assert ex.values["conflict_explained"] >= 0.95  # a clean substitution: the rest is stated

    def test_an_opposite_where_the_sentence_names_the_place_short(self, extractor):
        # "la Brown" for "la Brown University" (named in full by the other sentence): "più piccola" against
        # "più grande" is a clean substitution, as a number is
        first = "La Brown University è un'università privata con sede a Providence, Rhode Island."
        campus = ("Il campus principale della Brown si trova nel quartiere storico di College Hill, nella città di "
                  "Providence, la terza città più grande del New England.")
        claim = "Il campus principale della Brown University si trova nella terza città più piccola del New England."
        ex = extractor.extract(claim, evidence(first, campus), kind=Kind.CLAIM)
        (c,) = [c for c in ex.conflicts if c.reason == "opposite"]
        assert (c.claim_text, c.text) == ("piccola", "grande")
        assert ex.values["conflict_explained"] >= 0.95

    def test_an_auxiliary_is_no_description(self, extractor):
        # "è apparsa nel film …" is a verb with its auxiliary: the film titles beside it are no other
        # person the claim's description belongs to
        sentence = ("Keener è apparso anche nei film Into the Wild (2007), Synecdoche, New York (2008) e Get Out "
                    "(2017), che sono stati ben accolti dalla critica.")
        ex = extractor.extract("Catherine Keener è apparsa nel film Into the Wild del 2007.", evidence(sentence),
                               kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "name"], ex.conflicts

    def test_a_supported_paraphrase_has_no_conflict(self, extractor):
        ex = extractor.extract("La telefonata è avvenuta su iniziativa di Washington.", evidence(WASHINGTON),
                               kind=Kind.CLAIM)
        assert ex.conflicts == []

    RAIN = "More than 1,400 people were evacuated in Cumbria after 212 millimetres of rain fell in 36 hours."
    TURNOUT = "Turnout was 38%, down from 61% at the general election."
    INFLATION = "A ottobre l'inflazione in Italia è scesa all'1,1% su base annua, dall'1,6% di settembre."

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # a bound the sentence's number meets is no conflict (was refuted 0.91 on "200" against "212")
        pytest.param("More than 200 millimetres of rain fell in Cumbria.", RAIN, None, id="en-more-than-met"),
        pytest.param("More than 300 millimetres of rain fell in Cumbria.", RAIN, ("300", "212"),
                     id="en-more-than-not-met"),
        pytest.param("Less than 250 millimetres of rain fell in Cumbria.", RAIN, None, id="en-less-than-met"),
        pytest.param("About 200 millimetres of rain fell in Cumbria.", RAIN, None, id="en-about-within-a-tenth"),
        pytest.param("About 100 millimetres of rain fell in Cumbria.", RAIN, ("100", "212"), id="en-about-too-far"),
        pytest.param("Sono caduti oltre 200 millimetri di pioggia.", "Sono caduti 212 millimetri di pioggia in 36 ore.",
                     None, id="it-oltre-met"),
        # a bound said on both sides must be the same one: "oltre 6 milioni" misstates "oltre 60 milioni"
        pytest.param("La droga avrebbe fruttato oltre 6 milioni di euro.",
                     "La droga avrebbe fruttato sul mercato oltre 60 milioni di euro.", ("6", "60"),
                     id="it-two-bounds"),
        # a number of the claim's own meets none of its bounds: "under five" is no share "less than 10%"
        pytest.param("Children under five accounted for less than 10% of cases.",
                     "Children under five accounted for more than 40% of cases.", ("10", "40"),
                     id="en-own-number-meets-no-bound"),
        # a number in two words: "Twenty-seven" was 20 and 7 against 27 (refuted 0.87)
        pytest.param("Twenty-seven severe flood warnings were issued.",
                     "The Environment Agency issued 27 severe flood warnings across the county.", None,
                     id="en-twenty-seven"),
        pytest.param("Thirty-seven severe flood warnings were issued.",
                     "The Environment Agency issued 27 severe flood warnings across the county.",
                     ("Thirty-seven", "27"), id="en-thirty-seven"),
        pytest.param("Sono stati emessi ventisette avvisi.", "Sono stati emessi 27 avvisi di piena.", None,
                     id="it-ventisette"),
        # a number stated only as the value something moved from: the figure now stands against it
        # ("Turnout was 61%" was supported 0.76), unless the claim names what the earlier value belongs to
        pytest.param("Turnout was 61%.", TURNOUT, ("61", "38"), id="en-down-from"),
        pytest.param("Turnout was 38%.", TURNOUT, None, id="en-the-figure-now"),
        pytest.param("A ottobre l'inflazione era all'1,6%.", INFLATION, ("1,6", "1,1"), id="it-dall"),
        pytest.param("A settembre l'inflazione era all'1,6%.", INFLATION, None, id="it-dall-of-its-month"),
        # the figure now after the earlier one ("da 140 a 65"); "questa stagione" does not name "della
        # scorsa stagione"; "da 3 anni" is a duration, no earlier value of the staff count
        pytest.param("L'attesa media per un intervento è di 140 giorni.",
                     "Il tempo medio di attesa per un intervento è sceso da 140 a 65 giorni.", ("140", "65"),
                     id="it-da-x-a-y"),
        pytest.param("In questa stagione la media spettatori è di 4.200.",
                     "In questa stagione la media spettatori è salita a 6.100, dai 4.200 della scorsa stagione.",
                     ("4.200", "6.100"), id="it-another-season"),
        pytest.param("La società lavora da 3 anni.", "La società, con 40 dipendenti, lavora da 3 anni in Italia.",
                     None, id="it-da-as-for"),
        # the claim gives the earlier value as earlier too: "passa da quindici a ventiquattro" was refuted 0.55 on
        # "quindici" against "sale a 24 milioni, dai 15 del 2025"
        pytest.param("Il fondo per le imprese passa da quindici a ventiquattro milioni di euro.",
                     "Il fondo per le imprese del settore calzaturiero sale a 24 milioni, dai 15 del 2025.", None,
                     id="it-claim-da-x-a-y"),
        pytest.param("Uptake rose from 53% to 61%.", "Vaccine uptake reached 61%, up from 53% the previous winter.",
                     None, id="en-claim-from-x-to-y"),
        # the claim's own earlier value against the sentence's, the figure now the same; the claim's earlier
        # value is stated elsewhere of something else ("Revenue rose to £2.9 billion": was supported 0.88)
        pytest.param("Corrin's debt rose to £3.4 billion from £2.9 billion.",
                     "Revenue rose to £2.9 billion, while the company's debt climbed to £3.4 billion, from £2.7 billion "
                     "at the end of last year.", ("2.9", "2.7"), id="en-claim-from-another-earlier-value"),
        pytest.param("Corrin's debt rose to £3.4 billion from £2.7 billion.",
                     "Revenue rose to £2.9 billion, while the company's debt climbed to £3.4 billion, from £2.7 billion "
                     "at the end of last year.", None, id="en-claim-from-the-earlier-value"),
        # the figure, not the word scaling it, is what moved: "£5.1 billion" is no "£3.4 billion"
        pytest.param("Corrin's debt rose to £5.1 billion from £2.9 billion.",
                     "Revenue rose to £2.9 billion, while the company's debt climbed to £3.4 billion, from £2.7 billion "
                     "at the end of last year.", ("5.1", "3.4"), id="en-claim-another-figure-from-another-value"),
        pytest.param("Il fondo per le imprese passa da dodici a ventiquattro milioni di euro.",
                     "Il fondo per le imprese del settore calzaturiero sale a 24 milioni, dai 15 del 2025.",
                     ("dodici", "15"), id="it-claim-da-another-x-a-y"),
        # a count said without what it counts, the claim's next word after it, counts the same thing ("three
        # were injured" was put against "Two people" and refuted 0.86); not another verb's count
        pytest.param("Three people were injured.", "Two people died and three were injured in the crash on Monday.",
                     None, id="en-elliptical-count"),
        pytest.param("Three people died in the crash.",
                     "Two people died and three were injured in the crash on Monday.", ("Three", "Two"),
                     id="en-elliptical-count-of-others"),
        pytest.param("Tre persone sono rimaste ferite.",
                     "Due persone sono morte e tre sono rimaste ferite nell'incidente.", None, id="it-elliptical-count"),
    ])
    def test_a_number_as_the_claim_says_it(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        numbers_ = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "number"]
        assert numbers_ == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "other", "sentence"), [
        # a change the claim states is the difference of a figure and the value it moved from: "rose by eight
        # percentage points" was refuted 0.69 on "eight" against "61%, up from 53%"; it matches that figure
        pytest.param("Uptake in the study group rose by eight percentage points.", "nine",
                     "Vaccine uptake in the group reached 61%, up from 53% the previous winter.", id="en-points"),
        pytest.param("Uptake in the study group rose by 15%.", "25%",
                     "Vaccine uptake in the group reached 61%, up from 53% the previous winter.",
                     id="en-percent-of-the-earlier-value"),
        pytest.param("L'attesa media per un intervento è scesa di 75 giorni.", "85",
                     "Il tempo medio di attesa per un intervento è sceso da 140 a 65 giorni.", id="it-days"),
    ])
    def test_a_change_the_sentence_gives_as_two_figures(self, extractor, claim, other, sentence):
        right = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert not [c for c in right.conflicts if c.reason == "number"], right.conflicts
        number = next(w.text for w in content_words(claim) if w.number is not None)
        wrong = extractor.extract(claim.replace(number, other), evidence(sentence), kind=Kind.CLAIM)
        assert right.values["cov_exact_best"] > wrong.values["cov_exact_best"]

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # the date fixes the day: a weekday against another one given the same date conflicts
        pytest.param("L'inaugurazione del reparto è avvenuta martedì 14 ottobre.",
                     "Lunedì 14 ottobre è stato inaugurato a Bari il nuovo reparto di cardiologia pediatrica.",
                     ("martedì", "Lunedì"), id="it-day-and-date"),
        pytest.param("The rate decision was announced on Thursday, March 19.",
                     "Chile's central bank on Wednesday, March 19, cut its benchmark interest rate.",
                     ("Thursday", "Wednesday"), id="en-day-comma-month-date"),
        # another date, or no date on one side: nothing fixes the day
        pytest.param("La partita si è giocata sabato 8 febbraio.",
                     "Domenica 9 febbraio lo Sporting Lucca ha battuto il Rimini.", None, id="it-another-date"),
        pytest.param("The decision was announced on Thursday, April 19.",
                     "The central bank on Wednesday, March 19, cut its rate.", None, id="en-another-month"),
    ])
    def test_a_weekday_given_the_same_date(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        days = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "date"]
        assert (days[:1], ex.values["anchored_day"]) == (([conflict], 1.0) if conflict else ([], 0.0)), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # a month is no other month, in either language (they were near words: "giovedì 18 novembre" was
        # supported 0.60 against "giovedì 18 dicembre")
        pytest.param("Il bilancio è stato approvato giovedì 18 novembre.",
                     "Il Consiglio regionale ha approvato giovedì 18 dicembre il bilancio di previsione.",
                     ("novembre", "dicembre"), id="it-month"),
        pytest.param("The study was published on November 6.",
                     "The study was published on Thursday, December 6, by researchers at the University of Leeds.",
                     ("November", "December"), id="en-month"),
        pytest.param("The budget was approved on 18 December.",
                     "Il Consiglio regionale ha approvato giovedì 18 dicembre il bilancio di previsione.", None,
                     id="en-it-same-month"),
        # a month is not put against a weekday, nor read as a name against another name
        pytest.param("The council met in March.", "The council met on Tuesday to approve the plan.", None,
                     id="en-month-not-a-day"),
        # the claim's month said in the sentence of something else, another one where the claim says it
        pytest.param("The summit was held in March.", "The summit, first planned for March, was held in June.",
                     ("March", "June"), id="en-month-said-of-the-plan"),
        pytest.param("Il vertice si è tenuto a marzo.", "Il vertice, previsto per marzo, si è tenuto a giugno.",
                     ("marzo", "giugno"), id="it-month-said-of-the-plan"),
        pytest.param("The summit was first planned for March.", "The summit, first planned for March, was held in June.",
                     None, id="en-month-in-its-own-slot"),
        # the month goes with the figure the claim gives beside it, and a figure in the slot has its own date
        pytest.param("A settembre l'inflazione era all'1,6%.",
                     "A ottobre l'inflazione è scesa all'1,1%, dall'1,6% di settembre.", None,
                     id="it-month-of-the-claims-figure"),
        pytest.param("Inflation has slowed since January.", "Inflation eased to 3.4% in February, down from 4.1% in January.",
                     None, id="en-figure-in-the-slot"),
        # "May" the month is a content word ("may" the verb is not), and no month is a person's name
        pytest.param("The summit was held in May.", "The summit was held in June.", ("May", "June"), id="en-may"),
        pytest.param("Il vertice si è tenuto a maggio.", "The summit was held in May.", None, id="it-en-maggio-may"),
        pytest.param("Theresa May attended the summit.", "The summit was held in June.", None,
                     id="en-a-name-is-no-month"),
        # a month said alone, another one a word or two past its neighbour in its clause (heldout25: not_enough_info
        # 0.42 before)
        pytest.param("In origine la riapertura della piscina era prevista per giugno.",
                     "Un imprevisto ha fatto slittare di tre mesi la riapertura, prevista in origine per agosto.",
                     ("giugno", "agosto"), id="it-month-past-its-neighbour"),
        pytest.param("In origine la riapertura della piscina era prevista per agosto.",
                     "Un imprevisto ha fatto slittare di tre mesi la riapertura, prevista in origine per agosto.", None,
                     id="it-same-month-past-its-neighbour"),
        # not a weekday: the one past the neighbour may be another event's day (the start of the walkout)
        pytest.param("The walkout finishes on a Sunday, five days after it begins.",
                     "Resident doctors will walk out for five days from 7am on Tuesday 14 January.", None,
                     id="en-weekday-past-its-neighbour"),
    ])
    def test_a_month(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason in ("date", "name")]
        assert got == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # a name modifying the claim's subject: what the claim says is said of the subject, not of the name
        pytest.param("Il nuovo orario di Rotaie Liguri entrerà in vigore domenica 14 giugno.",
                     "Rotaie Liguri ha presentato lunedì 18 maggio a Genova il nuovo orario che entrerà in vigore "
                     "domenica 14 giugno.", None, id="it-name-of-the-subject"),
        pytest.param("Kestrel's new app will launch on Sunday, June 14.",
                     "Kestrel said on Monday, May 18, in London that its new app will launch on Sunday, June 14.",
                     None, id="en-possessive-name"),
        # the name is the claim's subject: the weekday said right after it conflicts
        pytest.param("Rotaie Liguri ha presentato domenica il nuovo orario.",
                     "Rotaie Liguri ha presentato lunedì 18 maggio a Genova il nuovo orario.",
                     ("domenica", "lunedì"), id="it-name-is-the-subject"),
    ])
    def test_a_day_said_right_after_a_name(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "date"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "anchored"), [
        # the day of the month and the weekday matched beside it: the month conflicts as firmly as a weekday would
        pytest.param("Lo sciopero dei macchinisti è stato proclamato per venerdì 29 giugno.",
                     "Il sindacato ha proclamato un'astensione di otto ore per venerdì 29 maggio.", True,
                     id="it-same-day-other-month"),
        pytest.param("The strike was called for Friday, June 29.", "The union called the strike for Friday, May 29.",
                     True, id="en-same-day-other-month"),
        pytest.param("Lo sciopero è stato proclamato per il 12 giugno.",
                     "Il sindacato ha proclamato lo sciopero per il 29 maggio.", False, id="it-another-day"),
    ])
    def test_a_month_given_the_same_day(self, extractor, claim, sentence, anchored):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert ex.values["anchored_day"] == float(anchored), ex.conflicts
        assert [c.reason for c in ex.conflicts if c.reason == "date"] or not anchored, ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflicts"), [
        # "prima di chiudere" is an opposite of "dopo", but near words that barely match the claim's ("riapertura"
        # is no "chiudere", nor "settimana" a "mese"); and 6.800 people are the claim's 6.800 visitors
        pytest.param("Nel primo fine settimana dopo la riapertura il museo ha registrato 6.800 visitatori.",
                     "Nei primi due giorni le sale sono state visitate da 6.800 persone, quasi il doppio dei 3.500 "
                     "visitatori che il museo accoglieva in media ogni mese prima di chiudere.", [],
                     id="it-loose-neighbours-people"),
        pytest.param("In the first weekend after the reopening the museum welcomed 6,800 visitors.",
                     "In its first two days 6,800 people visited the museum, almost double the 3,500 visitors it "
                     "used to receive in a month before closing.", [], id="en-people"),
        # firm neighbours keep the opposite, and another count of the claim's visitors still conflicts
        pytest.param("Il museo ha registrato 6.800 visitatori dopo la riapertura.",
                     "Il museo ha registrato 6.800 visitatori prima della riapertura.",
                     [("opposite", "dopo", "prima")], id="it-firm-neighbours"),
        pytest.param("The museum welcomed 6,800 visitors in its first weekend.",
                     "The museum welcomed 3,500 visitors in its first weekend.",
                     [("number", "6,800", "3,500")], id="en-another-count"),
    ])
    def test_an_opposite_near_loose_neighbours_and_a_count_of_people(self, extractor, claim, sentence, conflicts):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.reason, c.claim_text, c.text) for c in ex.conflicts if c.reason in ("opposite", "number")]
        assert got == conflicts, ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # an ordinal is no other ordinal, in either language
        pytest.param("Sinner won his third Wimbledon title.", "Sinner beat Alcaraz to win his second Wimbledon title.",
                     ("third", "second"), id="en-ordinal"),
        pytest.param("Il secondo gol del Lucca è arrivato all'88'.", "Il terzo gol del Lucca è arrivato all'88' su rigore.",
                     ("secondo", "terzo"), id="it-ordinal"),
        pytest.param("The third goal for Lucca came in the 88th minute.",
                     "Il terzo gol del Lucca è arrivato all'88' su rigore.", None, id="en-it-same-ordinal"),
        # the claim's ordinal said further on of something else, another one in its slot (was supported 0.70)
        pytest.param("Sinner won his first Wimbledon title.",
                     "Sinner beat Alcaraz to win his second Wimbledon title, becoming the first Italian man to win it "
                     "twice.", ("first", "second"), id="en-ordinal-said-further-on-of-another"),
        pytest.param("Sinner became the first Italian man to win it twice.",
                     "Sinner beat Alcaraz to win his second Wimbledon title, becoming the first Italian man to win it "
                     "twice.", None, id="en-ordinal-in-its-own-slot"),
        # said again of the claim's own thing, elliptically: "his second [title] in 2024"
        pytest.param("Sinner won his second title.", "Sinner won his first title in 2019 and his second in 2024.", None,
                     id="en-ordinal-said-again-of-the-same-thing"),
        pytest.param("Il Lucca ha segnato il primo gol al 54'.",
                     "Il Lucca ha segnato il secondo gol al 71', dopo il primo di Souza al 54'.", None,
                     id="it-ordinal-beside-its-own-figure"),
    ])
    def test_an_ordinal(self, extractor, claim, sentence, conflict):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "number"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    WHITFIELD = ("Environment Secretary Laura Whitfield did not visit the area on Monday, but she promised emergency "
                 "funding in a written statement.")
    NERI = "Il ministro Carlo Neri non ha visitato la zona lunedì, ma ha promesso fondi di emergenza."
    STAGE = ("L'organizzazione ha smentito le voci di un possibile accorciamento della quinta tappa, in programma "
             "domenica 7 giugno, che porterà i corridori da Cortina d'Ampezzo alle Tre Cime di Lavaredo dopo 142 "
             "chilometri.")
    DIJKSTRA = ('"Workers are entitled to privacy once their shift is over, and no business model changes that," '
                "said Marieke Dijkstra, the authority's vice-chair.")

    @pytest.mark.parametrize(("claim", "sentence", "denied"), [
        # a negation governs its clause up to "but": the promise after it is asserted (was refuted 0.73)
        pytest.param("Laura Whitfield pledged emergency funding.", WHITFIELD, False, id="en-after-but"),
        pytest.param("Laura Whitfield visited the area on Monday.", WHITFIELD, True, id="en-before-but"),
        pytest.param("Il ministro Carlo Neri ha promesso fondi di emergenza.", NERI, False, id="it-after-ma"),
        pytest.param("Il ministro Carlo Neri ha visitato la zona lunedì.", NERI, True, id="it-before-ma"),
        # a quotation's negation ends with the quotation: who says it, and her office, are not denied
        # ("Marieke Dijkstra is vice-chair …" was refuted on "no business model changes that")
        pytest.param("Marieke Dijkstra is vice-chair of the Dutch Data Protection Authority.", DIJKSTRA, False,
                     id="en-after-the-quote"),
        pytest.param("Marieke Dijkstra said business models change workers' privacy.", DIJKSTRA, True,
                     id="en-inside-the-quote"),
        # a negation denies the claim where it governs more than half of the words the claim matches after it:
        # a denial of rumours about the stage does not deny where the stage goes (was refuted 0.90)
        pytest.param("La quinta tappa, domenica 7 giugno, porterà i corridori da Cortina d'Ampezzo alle Tre Cime di "
                     "Lavaredo dopo 142 chilometri.", STAGE, False, id="it-denial-of-a-rumour-about-it"),
        pytest.param("The fifth stage, on Sunday, June 7, will take the riders from Cortina d'Ampezzo to the Tre Cime "
                     "di Lavaredo over 142 kilometres.", STAGE, False, id="en-it-denial-of-a-rumour-about-it"),
        pytest.param("L'organizzazione ha confermato l'accorciamento della quinta tappa.", STAGE, True,
                     id="it-what-the-denial-governs"),
        # and up to "although" / "anche se" (heldout11: refuted once "stop admitting" was read as a denial)
        pytest.param("Students already enrolled in the three departments will be able to finish their degrees.",
                     "The three departments will stop admitting new undergraduates, although students already enrolled "
                     "will be able to finish their degrees.", False, id="en-after-although"),
        pytest.param("Gli studenti già iscritti ai tre dipartimenti potranno finire il corso di laurea.",
                     "I tre dipartimenti non accoglieranno più nuove matricole, anche se gli studenti già iscritti "
                     "potranno finire il corso di laurea.", False, id="it-after-anche-se"),
    ])
    def test_a_negation_ends_where_but_begins(self, extractor, claim, sentence, denied):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert bool([c for c in ex.conflicts if c.reason == "negation"]) == denied, ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "place"), [
        # a region and a country it holds never conflict; a country it does not hold does
        pytest.param("Il ministro della Germania è arrivato in Medio Oriente.",
                     "Il ministro della Germania è arrivato in Israele.", None, id="it-region-holds-it"),
        pytest.param("Il ministro della Germania è arrivato in Medio Oriente.",
                     "Il ministro della Germania è arrivato in Cina.", "Cina", id="it-region-does-not"),
        pytest.param("Measles cases in Europe rose last year.", "Measles cases in Italy rose last year.", None,
                     id="en-europe-holds-italy"),
    ])
    def test_a_region_and_its_countries(self, extractor, claim, sentence, place):
        ex = extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        assert [c.text for c in ex.conflicts if c.reason == "place"] == ([place] if place else []), ex.conflicts

    def test_a_place_that_scopes_the_claim_is_no_conflict(self, extractor):
        # the claim's only name is a place the article does not speak of: another place, not against it
        # (refuted 0.97 before); a place of a subject named on both sides still conflicts
        measles = "The WHO said that measles cases in Europe more than doubled last year, to about 127,000."
        ex = extractor.extract("Measles cases rose in the United States last year.", evidence(measles),
                               kind=Kind.CLAIM)
        assert not [c for c in ex.conflicts if c.reason == "place"] and ex.values["other_place"] == 1.0
        ex = extractor.extract("L'inflazione in Germania è scesa a ottobre.",
                               evidence("A ottobre l'inflazione in Italia è scesa all'1,1% su base annua."),
                               kind=Kind.CLAIM)
        assert ex.values["other_place"] == 1.0 and not ex.conflicts
        ex = extractor.extract("Gaio Giulio Cesare morì in Spagna.", evidence(*self.CESARE), kind=Kind.CLAIM)
        assert [c.text for c in ex.conflicts if c.reason == "place"] == ["Roma"] and ex.values["other_place"] == 0.0
        # an event's place, not a measure's: the summit took place in one city (this lost its conflict in a
        # first version that read every place after "in" as a scope)
        ex = extractor.extract("The summit took place in Helsinki.", evidence("The summit took place in Geneva."),
                               kind=Kind.CLAIM)
        assert [c.text for c in ex.conflicts if c.reason == "place"] == ["Geneva"] and ex.values["other_place"] == 0.0
        # "at Moscow's initiative" says whose, not where; an adjective of nationality says who
        ex = extractor.extract("The call took place at Moscow's initiative.", evidence(WASHINGTON), kind=Kind.CLAIM)
        assert [c.text for c in ex.conflicts if c.reason == "place"] == ["Washington"]
        ex = extractor.extract("L'operazione è partita da una segnalazione delle autorità francesi.",
                               evidence("L'operazione è partita da una segnalazione delle autorità spagnole."),
                               kind=Kind.CLAIM)
        assert [c.reason for c in ex.conflicts] == ["place"]

    ORBIX = ("Dutch start-up Orbix unveiled the Orbix One, an electric scooter that will sell for 1,990 euros.",
             "Founder Lisa de Vries said Orbix had raised 40 million euros last year and now employs 250 people.")

    @pytest.mark.parametrize(("question", "found"), [
        # a number counting something else answers no "how many" (was answered 0.98 from "1,990 euros")
        pytest.param("How many scooters has Orbix sold?", 0.0, id="en-counts-something-else"),
        pytest.param("How many people does Orbix employ?", 1.0, id="en-counts-the-people"),
        pytest.param("How much will the Orbix One cost?", 1.0, id="en-money"),
        pytest.param("How old is Lisa de Vries?", 0.0, id="en-no-age"),
    ])
    def test_an_answer_of_the_kind_asked_for(self, extractor, question, found):
        ex = extractor.extract(question, evidence(*self.ORBIX), kind=Kind.QUESTION)
        assert ex.values["atype_found_union"] == found, ex.values


class TestEvidenceRules:
    """The checks on top of the model, on a hand-made feature table (no model weights involved)."""

    @staticmethod
    def ex(values, conflicts=()):
        from factcheck.features import Extraction

        return Extraction(dict(values), 0, [0], list(conflicts), [0] if conflicts else [])

    def test_a_claim_stated_word_for_word_is_supported(self):
        from factcheck.verify import _evidence_rules

        probs = np.array([0.45, 0.05, 0.50])
        verdict, conf, rule = _evidence_rules(self.ex({"cov_exact_best": 1.0}), Verdict.NOT_ENOUGH_INFO, 0.5, probs)
        assert (verdict, rule) == (Verdict.SUPPORTED, "stated word for word") and conf >= 0.5
        # not when a negation in scope sits in that sentence
        verdict, _, rule = _evidence_rules(self.ex({"cov_exact_best": 1.0, "neg_mismatch_scoped": 1.0}),
                                           Verdict.NOT_ENOUGH_INFO, 0.5, probs)
        assert (verdict, rule) == (Verdict.NOT_ENOUGH_INFO, "")

    def test_a_claim_stated_in_other_words_is_supported(self):
        from factcheck.verify import JUDGED, _evidence_rules

        probs = np.array([0.33, 0.08, 0.59])
        said = {"said_best": 1.0, "cov_exact_best": 0.64, "judge_con_best": 0.12}
        verdict, conf, rule = _evidence_rules(self.ex(said), Verdict.NOT_ENOUGH_INFO, 0.59, probs)
        assert (verdict, rule) == (Verdict.SUPPORTED, "stated in other words") and conf == 0.5
        # not with a negation in scope, a name the evidence lacks, a judge reading a contradiction, a model
        # leaning to refuted, or a word said by neither
        for worse in ({"neg_mismatch_scoped": 1.0}, {"names_missing_union": 0.5}, {"judge_con_best": JUDGED + 0.1},
                      {"said_best": 0.0}):
            assert _evidence_rules(self.ex({**said, **worse}), Verdict.NOT_ENOUGH_INFO, 0.59, probs)[::2] == \
                (Verdict.NOT_ENOUGH_INFO, ""), worse
        leaning = np.array([0.31, 0.35, 0.34])
        assert _evidence_rules(self.ex(said), Verdict.REFUTED, 0.35, leaning)[0] is not Verdict.SUPPORTED

    def test_an_unexplained_refutation_needs_a_sure_judge(self):
        from factcheck.verify import UNEXPLAINED_REFUTATION, _evidence_rules

        probs = np.array([0.1, 0.6, 0.3])
        unsure = self.ex({"judge_con_best": UNEXPLAINED_REFUTATION - 0.05})
        assert _evidence_rules(unsure, Verdict.REFUTED, 0.6, probs)[::2] == (Verdict.NOT_ENOUGH_INFO,
                                                                              "no conflict to show")
        sure = self.ex({"judge_con_best": UNEXPLAINED_REFUTATION + 0.05})
        assert _evidence_rules(sure, Verdict.REFUTED, 0.6, probs) == (Verdict.REFUTED, 0.6, "")
        # without a judge's reading (`lexical`), a refutation stands; where no judge could read the claim
        # (it is in another language than its evidence), it needs a conflict to show
        assert _evidence_rules(self.ex({}), Verdict.REFUTED, 0.6, probs) == (Verdict.REFUTED, 0.6, "")
        assert _evidence_rules(self.ex({}), Verdict.REFUTED, 0.6, probs, read=False)[::2] == (
            Verdict.NOT_ENOUGH_INFO, "no conflict to show")

    def test_a_question_asking_for_a_kind_of_answer_the_evidence_lacks(self):
        from factcheck.verify import _unanswerable

        # "Quanto è durata la telefonata?" with no duration in the best sentences: unanswered
        assert _unanswerable({"atype_known": 1.0, "atype_found_union": 0.0}) == "no answer of the kind asked for"
        assert _unanswerable({"atype_known": 1.0, "atype_found_union": 1.0}) == ""
        # "Chi erano gli otachi?" - "medici non mongoli": who-questions are often answered by common
        # nouns, not names; left to the model (on SQuAD-it the check was wrong each time it fired there)
        assert _unanswerable({"atype_known": 1.0, "atype_person": 1.0, "atype_found_union": 0.0}) == ""

    def test_a_question_about_an_unmentioned_name_needs_an_answering_sentence(self):
        from factcheck.verify import NAMELESS_ANSWER, _unanswerable

        assert _unanswerable({"names_missing_union": 0.5, "judge_ent_max": NAMELESS_ANSWER - 0.05}) \
            == "asks about a name the evidence does not mention"
        # a sentence the judge reads as an answer: a name spelt otherwise (a translation) is forgiven
        assert _unanswerable({"names_missing_union": 0.5, "judge_ent_max": NAMELESS_ANSWER + 0.2}) == ""
        assert _unanswerable({"names_missing_union": 0.0, "judge_ent_max": 0.05}) == ""
        assert _unanswerable({"names_missing_union": 0.5}) == ""  # no judge (lexical): left to the model

    def test_a_claim_called_false_is_refuted(self):
        from factcheck.verify import _evidence_rules

        called = Conflict(0, 20, "Sanders was at the riots", "doc", 0, 11, "no evidence", "debunk")
        probs = np.array([0.7, 0.1, 0.2])
        verdict, conf, rule = _evidence_rules(self.ex({"debunk": 1.0}, [called]), Verdict.SUPPORTED, 0.7, probs)
        assert (verdict, rule) == (Verdict.REFUTED, "called false") and conf == pytest.approx(0.8)
        # and a refutation it explains needs no sure judge
        verdict, _, rule = _evidence_rules(self.ex({"debunk": 1.0, "judge_con_best": 0.1}, [called]),
                                           Verdict.REFUTED, 0.5, np.array([0.2, 0.5, 0.3]))
        assert (verdict, rule) == (Verdict.REFUTED, "")

    def test_a_subject_named_only_in_passing_is_not_confirmed(self):
        from factcheck.verify import _evidence_rules

        probs = np.array([0.64, 0.09, 0.27])
        verdict, conf, rule = _evidence_rules(self.ex({"subject_in_passing": 1.0}), Verdict.SUPPORTED, 0.64, probs)
        assert (verdict, rule) == (Verdict.NOT_ENOUGH_INFO, "subject only in passing") and conf >= 0.5
        assert _evidence_rules(self.ex({}), Verdict.SUPPORTED, 0.64, probs) == (Verdict.SUPPORTED, 0.64, "")

    def test_a_denial_the_article_shares_supports(self):
        from factcheck.verify import _evidence_rules

        probs = np.array([0.10, 0.75, 0.15])  # the model reads the two denials as a conflict
        verdict, conf, rule = _evidence_rules(self.ex({"neg_agree": 0.9}), Verdict.REFUTED, 0.75, probs)
        assert (verdict, rule) == (Verdict.SUPPORTED, "denied in the article too") and conf == pytest.approx(0.85)
        # too little of the claim matched: the model's verdict stands
        assert _evidence_rules(self.ex({"neg_agree": 0.5}), Verdict.REFUTED, 0.75, probs)[0] is Verdict.REFUTED

    def test_a_claim_about_an_unmentioned_name_needs_a_supporting_sentence(self):
        from factcheck.verify import NAMELESS_ANSWER, _evidence_rules

        probs = np.array([0.72, 0.05, 0.23])
        unread = self.ex({"names_missing_union": 0.5, "judge_ent_max": NAMELESS_ANSWER - 0.05})
        verdict, conf, rule = _evidence_rules(unread, Verdict.SUPPORTED, 0.72, probs)
        assert (verdict, rule) == (Verdict.NOT_ENOUGH_INFO, "names a name the evidence does not mention")
        # a sentence the judge reads as support (a translated title, an alias), or no judge: the model decides
        read = self.ex({"names_missing_union": 0.5, "judge_ent_max": NAMELESS_ANSWER + 0.2})
        assert _evidence_rules(read, Verdict.SUPPORTED, 0.72, probs)[::2] == (Verdict.SUPPORTED, "")
        assert _evidence_rules(self.ex({"names_missing_union": 0.5}), Verdict.SUPPORTED, 0.72, probs)[::2] == \
            (Verdict.SUPPORTED, "")

    def test_a_denied_claim_no_sentence_supports_is_not_supported(self):
        from factcheck.verify import JUDGED, _evidence_rules

        probs = np.array([0.64, 0.08, 0.28])
        denied = self.ex({"neg_mismatch_scoped": 1.0, "judge_ent_max": JUDGED - 0.3})
        assert _evidence_rules(denied, Verdict.SUPPORTED, 0.64, probs)[::2] == \
            (Verdict.NOT_ENOUGH_INFO, "denied, and no sentence supports it")
        # a sentence the judge reads as support, or no denial in scope: the model's verdict stands
        read = self.ex({"neg_mismatch_scoped": 1.0, "judge_ent_max": JUDGED + 0.1})
        assert _evidence_rules(read, Verdict.SUPPORTED, 0.64, probs)[::2] == (Verdict.SUPPORTED, "")
        plain = self.ex({"neg_mismatch_scoped": 0.0, "judge_ent_max": JUDGED - 0.3})
        assert _evidence_rules(plain, Verdict.SUPPORTED, 0.64, probs)[::2] == (Verdict.SUPPORTED, "")

    def test_a_claim_only_relayed_is_not_confirmed(self):
        from factcheck.verify import JUDGED, _evidence_rules

        probs = np.array([0.8, 0.05, 0.15])
        relayed = self.ex({"relayed": 1.0, "cov_exact_best": 1.0})
        relayed.relaying = [0]
        verdict, conf, rule = _evidence_rules(relayed, Verdict.SUPPORTED, 0.8, probs)
        assert (verdict, rule) == (Verdict.NOT_ENOUGH_INFO, "only relayed") and conf >= 0.5
        # nor is it "stated word for word" when the model already holds back
        assert _evidence_rules(relayed, Verdict.NOT_ENOUGH_INFO, 0.6, np.array([0.3, 0.1, 0.6]))[::2] == \
            (Verdict.NOT_ENOUGH_INFO, "")
        # another sentence, not a relay, that the judge reads as stating the claim: the article asserts it
        relayed.supporting, relayed.judge = [0, 1], np.array([[0.9, 0.05, 0.05], [JUDGED + 0.1, 0.1, 0.3]])
        assert _evidence_rules(relayed, Verdict.SUPPORTED, 0.8, probs)[::2] == (Verdict.SUPPORTED, "")
        # without a judge (lexical), another supporting sentence that relays nothing does the same
        relayed.judge = None
        assert _evidence_rules(relayed, Verdict.SUPPORTED, 0.8, probs)[::2] == (Verdict.SUPPORTED, "")
        relayed.relaying = [0, 1]
        assert _evidence_rules(relayed, Verdict.SUPPORTED, 0.8, probs)[::2] == (Verdict.NOT_ENOUGH_INFO, "only relayed")

    def test_a_clean_substitution_refutes(self):
        from factcheck.verify import _evidence_rules

        place = Conflict(0, 5, "Mosca", "doc", 0, 10, "Washington", "place")
        verdict, _, rule = _evidence_rules(self.ex({"conflict_explained": 1.0}, [place]), Verdict.SUPPORTED, 0.7,
                                           np.array([0.7, 0.2, 0.1]))
        assert (verdict, rule) == (Verdict.REFUTED, "explicit conflict")
        verdict, _, rule = _evidence_rules(self.ex({"conflict_explained": 0.6}, [place]), Verdict.SUPPORTED, 0.7,
                                           np.array([0.7, 0.2, 0.1]))
        assert (verdict, rule) == (Verdict.SUPPORTED, "")


class TestShippedModel:
    def test_file_is_small_plain_json_with_both_models(self):
        path = ROOT / "src" / "factcheck" / "data" / "verifier.json"
        assert path.stat().st_size < 1_500_000
        spec = json.loads(path.read_text())
        assert spec["trained_by"] == "scripts/train_verifier.py"
        assert spec["claim"]["classes"] == ["supported", "refuted", "not_enough_info"]
        assert set(spec) >= {"claim", "question", "cross_validated", "training"}

    def test_probabilities(self):
        spec = load_model()
        claim = ProbabilityModel(spec["claim"])
        p = claim.predict({})
        assert p.shape == (3,) and abs(p.sum() - 1) < 1e-9
        q = ProbabilityModel(spec["question"]).predict({"cov_soft_union": 1.0})
        assert q.shape == (1,) and 0 <= q[0] <= 1

    @pytest.mark.parametrize("kind", ["gbm", "logreg"])
    def test_exported_models_score_like_scikit_learn(self, kind):
        sys.path.insert(0, str(ROOT / "scripts"))
        import train_verifier as tv

        rng = np.random.RandomState(0)
        X = rng.randn(120, 4)
        y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 1).astype(int)
        model = tv.fit_claim_model(X, y, kind)
        spec = tv.export(model, ["a", "b", "c", "d"], kind)
        ours = tv.raw_scores(spec, X)
        theirs = model.decision_function(X if kind == "gbm" else (X - model.mean_) / model.scale_)
        assert np.allclose(ours, theirs, atol=1e-4)

    def test_questions_asked_without_their_answer_drop_the_gold_sentences_and_any_holding_an_answer(self):
        sys.path.insert(0, str(ROOT / "scripts"))
        import train_verifier as tv
        from factcheck.evalset import EvalItem

        text = "Il museo aprì nel 1909. Il lascito arrivò nel 1909 da Londra. Il museo ha 40 sale. Nel 1950 chiuse."
        item = EvalItem(id="q", query="Quando aprì il museo?", kind="question", expected_verdict="supported",
                        gold_spans=((0, 23),), answer_keywords=("1909",), document_text=text)
        rows = [{"start": m.start(), "end": m.end(), "text": m.group()} for m in re.finditer(r"[^.]+\.", text)]
        rows = [dict(r, start=r["start"] + (r["text"][0] == " "), text=r["text"].strip()) for r in rows]
        kept = tv.without_answer(item, rows)
        # the gold sentence and the other one giving "1909" are left out; a date of something else stays
        assert [r["text"] for r in kept] == ["Il museo ha 40 sale.", "Nel 1950 chiuse."]

    def test_a_missing_model_file_is_a_clear_error(self, tmp_path):
        from factcheck.errors import ModelLoadError

        with pytest.raises(ModelLoadError, match="cannot be read.*train_verifier.py"):
            load_model(tmp_path / "nope.json")


class TestMakeVerifier:
    def test_default_is_the_learned_verifier(self):
        from factcheck.api import make_verifier

        assert isinstance(make_verifier(None), LearnedVerifier)
        assert isinstance(make_verifier("rules"), RuleVerifier)

    def test_the_environment_chooses_the_default(self, monkeypatch):
        from factcheck.api import make_verifier

        monkeypatch.setenv("FACTCHECK_VERIFIER", "rules")
        assert isinstance(make_verifier(None), RuleVerifier)
        assert isinstance(make_verifier("learned"), LearnedVerifier)  # an explicit spec wins

    def test_unknown_spec(self):
        from factcheck.api import make_verifier
        from factcheck.errors import ConfigError

        with pytest.raises(ConfigError, match="unknown verifier 'magic'; use 'learned'"):
            make_verifier("magic")


class TestHooks:
    def test_hook_features_are_added_and_only_trained_ones_are_read(self, embedder):
        class Judge:
            name = "judge"

            def __init__(self):
                self.calls = []

            def features(self, claim, sentences):
                self.calls.append((claim, list(sentences)))
                return {"entail_max": 0.9, "contra_max": 0.05}

        judge = Judge()
        v = LearnedVerifier(embedder, hooks=[judge])
        ex = v.extractor.extract("Lo riporta la Tass.", evidence("Lo riporta la Tass."), kind=Kind.CLAIM)
        assert ex.values["judge:entail_max"] == 0.9
        assert judge.calls == [("Lo riporta la Tass.", ["Lo riporta la Tass."])]
        result = v.verify("Lo riporta la Tass.", evidence("Lo riporta la Tass."), kind=Kind.CLAIM)
        assert result.verdict in set(Verdict)


class TestJudgeFeatures:
    PROBS = np.array([[0.1, 0.2, 0.7],   # rank 0: neutral
                      [0.8, 0.1, 0.1],   # rank 1: entails
                      [0.05, 0.9, 0.05]])  # rank 2: contradicts

    def test_features_from_the_probabilities(self):
        from factcheck.features import JUDGE_FEATURES, judge_features

        f = judge_features(self.PROBS, best=0)
        assert set(f) == set(JUDGE_FEATURES)
        assert f["judge_ent_max"] == pytest.approx(0.8)
        assert f["judge_con_max"] == pytest.approx(0.9)
        assert f["judge_neu_min"] == pytest.approx(0.05)
        assert f["judge_ent_best"] == pytest.approx(0.1)
        assert f["judge_con_best"] == pytest.approx(0.2)
        assert f["judge_ent_top1"] == pytest.approx(0.1)
        assert f["judge_con_at_ent"] == pytest.approx(0.1)
        assert f["judge_margin"] == pytest.approx(-0.1)

    def test_no_evidence_no_features(self):
        from factcheck.features import judge_features

        assert judge_features(np.zeros((0, 3)), best=0) == {}

    def test_the_extractor_asks_the_judge_once_for_claims_only(self, embedder):
        class Judge:
            def __init__(self):
                self.calls = []

            def predict(self, pairs):
                self.calls.append(list(pairs))
                return TestJudgeFeatures.PROBS[: len(pairs)]

        judge = Judge()
        ex_ = FeatureExtractor(embedder, judge=judge)
        ev = evidence(WASHINGTON, OBAMA, WITKOFF)
        ex = ex_.extract("La telefonata è avvenuta su iniziativa di Washington.", ev, kind=Kind.CLAIM)
        # (premise, hypothesis) = (evidence sentence, claim), every evidence sentence in one batch
        assert judge.calls == [[(t, "La telefonata è avvenuta su iniziativa di Washington.")
                                for t in (WASHINGTON, OBAMA, WITKOFF)]]
        assert ex.judge.shape == (3, 3) and ex.values["judge_ent_max"] == pytest.approx(0.8)
        ex_.extract("Chi ha voluto la telefonata?", ev, kind=Kind.QUESTION)
        assert len(judge.calls) == 1  # questions are not judged

    def test_stances_come_from_the_judge(self, embedder):
        """A supported verdict marks the sentences the judge reads as entailing; refuted, as contradicting."""
        from factcheck.features import Extraction
        from factcheck.verify import _judged

        ex = Extraction({}, best=0, supporting=[0], judge=self.PROBS)
        assert _judged(ex, 0, ex.supporting) == [1]  # the judge reads rank 0 as neutral, rank 1 as entailing
        # refuted: rank 2 (the judge: contradiction), and the lexical choice rank 0, which the judge
        # reads as contradicting more than entailing
        assert _judged(ex, 1, [0]) == [0, 2]
        no_judge = Extraction({}, best=0, supporting=[0, 2])
        assert _judged(no_judge, 0, no_judge.supporting) == [0, 2]

    def test_a_question_reads_contradiction_as_speaking_to_it(self):
        """"Who will not take part?" against "Non ci saranno … né Kellogg": the judge says contradiction,
        but for a question any reading that is not neutral speaks to it."""
        from factcheck.features import Extraction

        probs = np.array([[0.05, 0.80, 0.15], [0.60, 0.10, 0.30], [0.10, 0.10, 0.80]])
        question = Extraction({}, best=0, supporting=[0], question=True)
        question.add_judge(probs)
        assert question.judge[:, 0] == pytest.approx([0.85, 0.70, 0.20])
        assert not question.judge[:, 1].any() and question.values["judge_ent_max"] == pytest.approx(0.85)
        claim = Extraction({}, best=0, supporting=[0])
        claim.add_judge(probs)  # a claim's contradiction stays a contradiction
        assert claim.judge == pytest.approx(probs) and claim.values["judge_con_max"] == pytest.approx(0.80)

    def test_the_default_verifier_reads_the_shipped_judge(self, embedder):
        from factcheck.features import JUDGE_FEATURES
        from factcheck.judge import ADAPTED_WEIGHTS

        v = LearnedVerifier(embedder)
        assert set(JUDGE_FEATURES) <= set(v.claim_model.features)
        assert v.judge is not None and v.judge.path == ADAPTED_WEIGHTS
        result = v.verify("La telefonata è avvenuta su iniziativa di Washington.", evidence(WASHINGTON, OBAMA),
                          kind=Kind.CLAIM)
        assert result.verdict is Verdict.SUPPORTED
        assert result.stances[0] is Stance.SUPPORTS
        assert 0.0 <= result.details["features"]["judge_ent_max"] <= 1.0

    def test_an_opposite_refutes_and_is_shown(self, embedder):
        # the default verifier said supported (0.44) for the claim it now refutes, with the conflict to show
        v = LearnedVerifier(embedder)
        first = "La Brown University è un'università privata con sede a Providence, Rhode Island."
        campus = ("Il campus principale della Brown si trova nel quartiere storico di College Hill, nella città di "
                  "Providence, la terza città più grande del New England.")
        claim = "Il campus principale della Brown University si trova nella terza città più piccola del New England."
        result = v.verify(claim, evidence(campus, first), kind=Kind.CLAIM)
        assert result.verdict is Verdict.REFUTED
        assert [(c.claim_text, c.text, c.reason) for c in result.conflicts] == [("piccola", "grande", "opposite")]
        same = v.verify(claim.replace("piccola", "grande"), evidence(campus, first), kind=Kind.CLAIM)
        assert same.verdict is Verdict.SUPPORTED

    def test_the_dead_are_not_the_injured_and_the_sentence_saying_so_is_the_one_cited(self, embedder):
        # supported 0.41 before; once refuted on the conflict, the judge still read that sentence as support and
        # two unrelated ones as contradictions, and those were cited as refuting it
        v = LearnedVerifier(embedder)
        injured = ("Lo hanno deciso i sindaci delle due città dopo che domenica una tromba d'aria ha colpito la costa "
                   "ionica, ferendo lievemente quattro persone.")
        firemen = "Secondo i vigili del fuoco, sono stati oltre 200 gli interventi per alberi caduti e allagamenti."
        title = "Maltempo in Sicilia, scuole chiuse a Catania e Messina"
        result = v.verify("Quattro persone sono morte.", evidence(firemen, title, injured), kind=Kind.CLAIM)
        assert result.verdict is Verdict.REFUTED, result.details
        assert [(c.claim_text, c.text, c.reason) for c in result.conflicts] == [("morte", "ferendo", "opposite")]
        assert list(result.stances) == [Stance.NEUTRAL, Stance.NEUTRAL, Stance.REFUTES]
        same = v.verify("Quattro persone sono rimaste ferite.", evidence(firemen, title, injured), kind=Kind.CLAIM)
        assert same.verdict is not Verdict.REFUTED and not same.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # what the sentence says of the claim's person right after naming them, though the claim's verb is
        # matched too, said of someone else (supported 0.80 before)
        pytest.param("Il funzionario Luca De Sio è stato condannato a due anni con pena sospesa.",
                     "Condannato a due anni, con pena sospesa, anche il titolare della Medisud, Raffaele Iannone, "
                     "49 anni, mentre il terzo imputato, il funzionario Luca De Sio, è stato assolto.",
                     ("condannato", "assolto"), id="it-convicted-acquitted"),
        pytest.param("Raffaele Iannone è stato condannato a due anni.",
                     "Condannato a due anni, con pena sospesa, anche il titolare della Medisud, Raffaele Iannone, "
                     "49 anni, mentre il terzo imputato, il funzionario Luca De Sio, è stato assolto.", None,
                     id="it-another-name-between"),
        pytest.param("Mark Reed was convicted of fraud.",
                     "Two managers were convicted of fraud, while the third defendant, Mark Reed, was acquitted.",
                     ("convicted", "acquitted"), id="en-convicted-acquitted"),
        # an effect or a position: supported 0.63 before
        pytest.param("The vaccine had a stronger effect among children with asthma.",
                     "The effect was weaker among children with asthma, for whom admissions fell by 19%.",
                     ("stronger", "weaker"), id="en-stronger-weaker"),
    ])
    def test_what_the_sentence_says_of_the_claims_person(self, embedder, claim, sentence, conflict):
        v = LearnedVerifier(embedder)
        ex = v.extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "opposite"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentence", "conflict"), [
        # what the sentence says of the person further on, before naming anyone else, is said of them too
        pytest.param("Sinner won his second title in 2024.", "Sinner won his first title in 2019 and his second in 2024.",
                     None, id="en-said-of-them-further-on"),
        # not once another name stands between
        pytest.param("Mario Rossi è stato assolto.",
                     "Mario Rossi è stato condannato a due anni, mentre Luca Bianchi è stato assolto.",
                     ("assolto", "condannato"), id="it-said-of-another-further-on"),
        pytest.param("Mario Rossi è stato condannato.",
                     "Mario Rossi è stato condannato a due anni, mentre Luca Bianchi è stato assolto.", None,
                     id="it-said-of-them"),
    ])
    def test_what_the_sentence_says_of_the_person_further_on(self, embedder, claim, sentence, conflict):
        v = LearnedVerifier(embedder)
        ex = v.extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason in ("opposite", "number")]
        assert got == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "conflict"), [
        # another place said of the claim's party right after its name, though the claim's place is said of
        # someone else in the same sentence (supported 0.69 before)
        pytest.param("Reform UK came second.", ("second", "third"), id="en-ordinal-of-another"),
        pytest.param("James Bell came third.", ("third", "second"), id="en-ordinal-of-the-first"),
        pytest.param("Reform UK finished third.", None, id="en-same-ordinal"),
    ])
    def test_an_ordinal_said_of_the_claims_party(self, embedder, claim, conflict):
        v = LearnedVerifier(embedder)
        sentence = "The Conservative candidate, James Bell, came second with 11,860 votes, while Reform UK finished third."
        ex = v.extractor.extract(claim, evidence(sentence), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "number"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    @pytest.mark.parametrize(("claim", "sentences", "conflict"), [
        # a number stated counting the same thing, but where the sentence saying much more of the rest of the
        # claim counts it otherwise: the six years are what the prosecutor asked for (supported 0.77 before)
        pytest.param("Ferrante è stato condannato a sei anni di reclusione.",
                     ("Il tribunale ha condannato martedì a quattro anni e sei mesi di reclusione Gennaro Ferrante.",
                      "Il pubblico ministero Chiara Alfano aveva chiesto una pena di sei anni."),
                     ("sei", "quattro"), id="it-sentenced-against-asked"),
        pytest.param("Tom Smith was sentenced to six years in prison.",
                     ("A court in Leeds sentenced Tom Smith to four years in prison on Monday.",
                      "Prosecutors had asked for six years."), ("six", "four"), id="en-sentenced-against-asked"),
        pytest.param("Il pubblico ministero aveva chiesto sei anni.",
                     ("Il tribunale ha condannato martedì a quattro anni e sei mesi di reclusione Gennaro Ferrante.",
                      "Il pubblico ministero Chiara Alfano aveva chiesto una pena di sei anni."), None,
                     id="it-asked-as-said"),
    ])
    def test_a_number_where_the_sentence_saying_more_counts_otherwise(self, embedder, claim, sentences, conflict):
        v = LearnedVerifier(embedder)
        ex = v.extractor.extract(claim, evidence(*sentences), kind=Kind.CLAIM)
        got = [(c.claim_text, c.text) for c in ex.conflicts if c.reason == "number"]
        assert got == ([conflict] if conflict else []), ex.conflicts

    def test_lexical_needs_no_judge(self, embedder):
        from factcheck.api import make_verifier
        from factcheck.features import JUDGE_FEATURES

        v = make_verifier("lexical", embedder=embedder)
        assert v.name == "lexical" and v.judge is None
        assert not set(JUDGE_FEATURES) & set(v.claim_model.features)
        result = v.verify("La telefonata è avvenuta su iniziativa di Mosca.", evidence(WASHINGTON, OBAMA),
                          kind=Kind.CLAIM)
        assert result.verdict is Verdict.REFUTED


class TestSeedArticle:
    """The learned verifier on the seed article, through FactChecker (real index, real embedder)."""

    @pytest.mark.parametrize(("query", "kind", "verdict"), [
        pytest.param("Chi ha preso l'iniziativa della telefonata tra Lavrov e Rubio?", "question", Verdict.SUPPORTED,
                     id="it-question-answered"),
        pytest.param("Who won the 2018 FIFA World Cup?", "question", Verdict.NOT_ENOUGH_INFO, id="en-off-topic"),
        pytest.param("Quanto è durata la telefonata tra Lavrov e Rubio?", "question", Verdict.NOT_ENOUGH_INFO,
                     id="it-duration-not-said"),
        # a negated question: the judge reads the answering sentence ("Non ci saranno … né … Keith Kellogg")
        # as a contradiction, which for a question speaks to it (not_enough_info before)
        pytest.param("Who will not take part in the talks?", "question", Verdict.SUPPORTED, id="en-negated-question"),
        # the article never names Putin: nothing in it says what he said
        pytest.param("What did Putin say to Rubio?", "question", Verdict.NOT_ENOUGH_INFO, id="en-unmentioned-name"),
        pytest.param("La telefonata è avvenuta su iniziativa di Washington.", "claim", Verdict.SUPPORTED,
                     id="it-claim-supported"),
        pytest.param("La telefonata è avvenuta su iniziativa di Mosca.", "claim", Verdict.REFUTED,
                     id="it-claim-refuted"),
        # seed q18: every word said in other words ("Casa Bianca" / "Washington", "volere" / "iniziativa",
        # "chiamata" / "telefonica"), which the judge reads as neutral (not_enough_info 0.59 before)
        pytest.param("Fu la Casa Bianca a volere quella chiamata.", "claim", Verdict.SUPPORTED, id="it-paraphrase-q18"),
        pytest.param("Fu il Cremlino a volere quella chiamata.", "claim", Verdict.REFUTED, id="it-paraphrase-kremlin"),
        pytest.param("Trump ha approvato personalmente la telefonata tra Lavrov e Rubio.", "claim",
                     Verdict.NOT_ENOUGH_INFO, id="it-claim-not-in-the-article"),
        # the developers' guide's example: the article says Kellogg will not be there
        pytest.param("Kellogg will attend the talks in Saudi Arabia.", "claim", Verdict.REFUTED,
                     id="en-kellogg-attends"),
        pytest.param("Kellogg will take part in the talks.", "claim", Verdict.REFUTED, id="en-kellogg-takes-part"),
        # DESIGN.md's example: only the subject matches the denying sentence ("the talks" ~ "colloqui" is soft)
        pytest.param("Kellogg will attend the talks", "claim", Verdict.REFUTED, id="en-kellogg-design-example"),
        pytest.param("Keith Kellogg sarà presente.", "claim", Verdict.REFUTED, id="it-kellogg-presente"),
        pytest.param("Keith Kellogg parteciperà ai colloqui in Arabia Saudita.", "claim", Verdict.REFUTED,
                     id="it-kellogg-partecipa"),
        # the article names Trump only as the one whose envoy will not be there: nothing about Trump himself
        # (was supported 0.64 in English, and refuted through the envoy's denial in Italian)
        pytest.param("Trump will attend the talks.", "claim", Verdict.NOT_ENOUGH_INFO, id="en-trump-in-passing"),
        pytest.param("Trump parteciperà ai colloqui.", "claim", Verdict.NOT_ENOUGH_INFO, id="it-trump-in-passing"),
        # "né rappresentanti di altre grandi potenze europee": a denial (supported 0.64 before, on word
        # coverage; then not_enough_info while "talks" and "colloqui" matched too little for the denial to
        # refute it); "talks" and "colloqui" are listed translations now
        pytest.param("European representatives will attend the talks.", "claim", Verdict.REFUTED,
                     id="en-european-representatives"),
        pytest.param("Rappresentanti europei parteciperanno ai colloqui.", "claim", Verdict.REFUTED,
                     id="it-european-representatives"),
        # the article never names Putin (supported 0.72 before, on the coverage of the other words)
        pytest.param("Putin e Trump si sono parlati al telefono.", "claim", Verdict.NOT_ENOUGH_INFO,
                     id="it-claim-unmentioned-name"),
        # offices, denials, compound claims, sources, opposites (this round): most came out wrong before
        # (the comments say how); beside them, right ones of the same shape that must stay right
        # two denials of the same thing agree (each was refuted: the judge reads them as a contradiction)
        pytest.param("Kellogg will not attend the talks.", "claim", Verdict.SUPPORTED, id="en-shared-denial"),
        pytest.param("Kellogg non parteciperà ai colloqui.", "claim", Verdict.SUPPORTED, id="it-shared-denial"),
        # refuted before, against the sentence on the talks in Saudi Arabia, which does not name Kellogg
        pytest.param("Kellogg won't be at the talks in Saudi Arabia.", "claim", Verdict.SUPPORTED,
                     id="en-shared-denial-place"),
        pytest.param("Rubio non parteciperà ai colloqui.", "claim", Verdict.REFUTED, id="it-denial-of-an-attendee"),
        # "né l'inviato … per i colloqui Ucraina-Russia" does not deny Russia, which only qualifies the talks
        # (refuted before); "i negoziatori russi" will be there
        pytest.param("La Russia parteciperà ai colloqui.", "claim", Verdict.SUPPORTED,
                     id="it-place-in-a-hyphenated-pair"),
        # who holds which office: an apposition, across the phrase that ends it ("… per i colloqui
        # Ucraina-Russia, Keith Kellogg"), a possessive ("Trump's special envoy"), and denied
        pytest.param("Keith Kellogg is Trump's special envoy.", "claim", Verdict.SUPPORTED,
                     id="en-possessive-office"),
        pytest.param("Keith Kellogg non è l'inviato speciale di Trump.", "claim", Verdict.REFUTED,
                     id="it-office-denied"),
        pytest.param("Keith Kellogg is not Trump's special envoy.", "claim", Verdict.REFUTED, id="en-office-denied"),
        pytest.param("Witkoff is Trump's special envoy for Ukraine.", "claim", Verdict.REFUTED,
                     id="en-someone-elses-office"),
        pytest.param("Rubio is the national security adviser.", "claim", Verdict.REFUTED, id="en-advisers-office"),
        pytest.param("Mike Waltz is the national security adviser.", "claim", Verdict.SUPPORTED, id="en-own-office"),
        # "il segretario di stato Marco Rubio" names Rubio with other words: it does not say he is the
        # Russian foreign minister (supported 0.73 before: that sentence held the conflict back)
        pytest.param("Rubio is the Russian foreign minister.", "claim", Verdict.REFUTED, id="en-lavrovs-office"),
        pytest.param("Marco Rubio è il ministro degli Esteri russo.", "claim", Verdict.REFUTED,
                     id="it-lavrovs-office"),
        # "di stato" / "of state" is a noun, no participle: the description has two words (supported before)
        pytest.param("Waltz è il segretario di stato.", "claim", Verdict.REFUTED, id="it-secretary-of-state"),
        pytest.param("Waltz is the secretary of state.", "claim", Verdict.REFUTED, id="en-secretary-of-state"),
        # the description first ("DESC è X"): supported 0.60 before
        pytest.param("The secretary of state is Mike Waltz.", "claim", Verdict.REFUTED, id="en-description-first"),
        pytest.param("Il segretario di stato è Marco Rubio.", "claim", Verdict.SUPPORTED, id="it-description-first"),
        # the article describes Waltz otherwise ("il consigliere per la sicurezza nazionale Mike Waltz"):
        # supported 0.46 before, on "segretario" said of Rubio in the same sentence
        pytest.param("Mike Waltz è il segretario della Difesa.", "claim", Verdict.NOT_ENOUGH_INFO,
                     id="it-described-otherwise"),
        # "initiated" and "su iniziativa di" are listed together: Moscow stands in Washington's place
        pytest.param("The call was initiated by Moscow.", "claim", Verdict.REFUTED, id="en-initiated-by-another"),
        # the second part was not split off ("Kellogg will not be there" counted one content word) or was
        # checked without its subject ("non hanno concordato nulla": supported 0.54 against the Kellogg denial)
        pytest.param("Rubio, Waltz and Witkoff are heading to Saudi Arabia, but Kellogg will not be there.",
                     "claim", Verdict.SUPPORTED, id="en-but-kellogg-absent"),
        pytest.param("Rubio, Waltz e Witkoff vanno in Arabia Saudita e Kellogg andrà con loro.",
                     "claim", Verdict.REFUTED, id="it-and-kellogg-goes"),
        pytest.param("Lavrov e Rubio hanno parlato al telefono, ma non hanno concordato nulla.",
                     "claim", Verdict.REFUTED, id="it-agreed-nothing"),
        # the source is not what the claim says: "Politico" was taken for a name in Rubio's place (refuted),
        # and for the claim's subject, so the denial of Kellogg was not seen (supported 0.86)
        pytest.param("According to Politico, Rubio, Waltz and Witkoff are heading to Saudi Arabia.",
                     "claim", Verdict.SUPPORTED, id="en-according-to"),
        pytest.param("According to Politico, Kellogg will join the talks.", "claim", Verdict.REFUTED,
                     id="en-according-to-denied"),
        pytest.param("Secondo Politico, Kellogg parteciperà ai colloqui.", "claim", Verdict.REFUTED,
                     id="it-secondo-denied"),
        # "in un futuro molto prossimo": "distant" was supported 0.41 before
        pytest.param("The experts will meet in the distant future.", "claim", Verdict.REFUTED, id="en-distant"),
        pytest.param("Gli esperti si riuniranno in un futuro lontano.", "claim", Verdict.REFUTED, id="it-lontano"),
        pytest.param("Gli esperti si riuniranno in un futuro molto prossimo.", "claim", Verdict.SUPPORTED,
                     id="it-prossimo"),
        # "ereditate dalla precedente amministrazione" (not_enough_info before)
        pytest.param("The barriers were created by the current administration.", "claim", Verdict.REFUTED,
                     id="en-current"),
        # the name set off by commas is whom the claim is about: Witkoff's sentence ("… si stanno dirigendo …
        # colloqui di pace con i negoziatori russi e ucraini"), without Kellogg, refuted it 0.70
        pytest.param("L'inviato per la guerra tra Kiev e Mosca, Kellogg, resterà fuori dai negoziati.", "claim",
                     Verdict.SUPPORTED, id="it-apposition-subject"),
    ])
    def test_verdicts(self, seed_checker, query, kind, verdict):
        answer = seed_checker.ask(query, kind=kind)
        assert answer.verdict is verdict
        assert answer.details["verifier"] == "learned"
        assert 0.0 < answer.confidence <= 1.0

    @pytest.mark.parametrize("query", [
        "Lavrov and Rubio spoke by phone.", "They agreed to hold a meeting of experts.",
        "Lavrov and Rubio agreed on regular contacts.", "Lavrov is the Russian foreign minister.",
        "Mike Waltz is going to Saudi Arabia.", "Tass reported the phone call.",
        "Politico reported that the officials are heading to Saudi Arabia.", "Politico cites two US officials.",
    ])
    def test_an_english_claim_about_the_italian_article(self, seed_checker, query):
        # each was refuted or left unconfirmed: the judge, trained on pairs in one language, reads an English
        # claim against an Italian sentence as a contradiction; such claims are decided without it
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED
        assert answer.details["judge"].startswith("not used")
        assert "judge" not in seed_checker.ask("Lavrov e Rubio hanno parlato al telefono.", kind="claim").details

    @pytest.mark.parametrize(("query", "verdict", "reason"), [
        # refuted with nothing to show before: no judge read the pair, so a refutation needs a conflict
        pytest.param("Putin approved the call.", Verdict.NOT_ENOUGH_INFO, None, id="en-unmentioned-name"),
        pytest.param("The Russian ministry said the call lasted two hours.", Verdict.NOT_ENOUGH_INFO, None,
                     id="en-detail-not-in-the-article"),
        # refutations with their conflict keep it: an opposite ("disagreed" / "concordato"), a place, an office the
        # article sets beside the name ("il consigliere per la sicurezza nazionale Mike Waltz"; not_enough_info before
        # own_role_check, with nothing to show)
        pytest.param("Mike Waltz is the secretary of defense.", Verdict.REFUTED, "role",
                     id="en-another-office-for-someone-described"),
        pytest.param("Lavrov and Rubio disagreed on everything.", Verdict.REFUTED, "opposite", id="en-disagreed"),
        pytest.param("The call was initiated by Moscow.", Verdict.REFUTED, "place", id="en-moscow"),
    ])
    def test_an_english_claim_is_refuted_only_with_a_conflict_to_show(self, seed_checker, query, verdict, reason):
        answer = seed_checker.ask(query, kind="claim")
        assert answer.details["judge"].startswith("not used")
        assert answer.verdict is verdict, answer.details
        if reason:
            assert [c.reason for c in answer.conflicts][:1] == [reason]
        else:
            assert answer.details.get("rule") in (None, "no conflict to show") and not answer.conflicts

    @pytest.mark.parametrize(("query", "verdict", "sources"), [
        # the article follows the Saudi sentence with "Lo riferisce Politico …"
        pytest.param("Secondo la Tass, Rubio si sta dirigendo in Arabia Saudita.", Verdict.REFUTED,
                     ("Tass", "Politico"), id="it-another-outlet"),
        pytest.param("Secondo Politico, Rubio si sta dirigendo in Arabia Saudita.", Verdict.SUPPORTED, None,
                     id="it-the-outlet-that-reports-it"),
        # "Lo riporta la Tass" follows the opening sentence
        pytest.param("Secondo il New York Times, Lavrov e Rubio hanno avuto una conversazione telefonica.",
                     Verdict.REFUTED, ("New York Times", "Tass"), id="it-the-opening-sentence"),
        pytest.param("Secondo Politico, Lavrov e Rubio hanno concordato di mantenere un canale di comunicazione.",
                     Verdict.REFUTED, ("Politico", "Cremlino"), id="it-the-kremlin-says-it"),
        pytest.param("Secondo il Cremlino, Lavrov e Rubio hanno concordato di mantenere un canale di comunicazione.",
                     Verdict.SUPPORTED, None, id="it-the-kremlin"),
        # "come già affermato da Kellogg" is said of one clause of the sentence: no ground for a conflict
        pytest.param("Secondo Politico, le grandi potenze europee sono escluse dai colloqui.", Verdict.SUPPORTED,
                     None, id="it-a-source-in-a-phrase"),
    ])
    def test_who_says_it(self, seed_checker, query, verdict, sources):
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is verdict, answer.details
        got = [(c.claim_text, c.text) for c in answer.conflicts if c.reason == "source"]
        assert got == ([sources] if sources else [])
        if sources:
            assert answer.details["rule"] == "attributed to another source"
            assert f"The claim attributes it to" not in answer.text  # the reply is in the claim's language
            assert f"L'affermazione lo attribuisce a «{sources[0]}», l'articolo a «{sources[1]}»." in answer.text

    def test_the_source_of_the_sentence_stating_it_answers(self, seed_checker):
        # seed q03: the opening sentence states the call, "Lo riporta la Tass …" follows it (not_enough_info
        # before: the judge reads no sentence as naming a news agency)
        answer = seed_checker.ask("Quale agenzia di stampa ha riportato la notizia della telefonata?")
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.SUPPORTED, "names who reports it")
        supporting = [c.text for c in answer.citations if c.stance is Stance.SUPPORTS]
        assert supporting[0].startswith("Lo riporta la Tass") and len(supporting) == 2
        assert not any(t.startswith("Lo riferisce Politico") for t in supporting)
        # a story the article does not tell has no source to name
        other = seed_checker.ask("Quale agenzia ha riportato la notizia dell'incontro tra Putin e Trump?")
        assert other.verdict is Verdict.NOT_ENOUGH_INFO

    @pytest.mark.parametrize("query", [
        "Which outlet reported that the officials are heading to Saudi Arabia?",
        "Chi riporta che Rubio si sta dirigendo in Arabia Saudita?",
    ])
    def test_a_source_question_cites_the_sentence_naming_the_source(self, seed_checker, query):
        # "Lo riferisce Politico …" shares none of the question's words and was not retrieved: the first
        # answered citing "Lo riporta la Tass …" (which reports the call), the second citing no source
        answer = seed_checker.ask(query)
        assert answer.verdict is Verdict.SUPPORTED
        supporting = [c.text for c in answer.citations if c.stance is Stance.SUPPORTS]
        assert any(t.startswith("Lo riferisce Politico") for t in supporting), supporting
        assert not any(t.startswith("Lo riporta la Tass") for t in supporting), supporting

    def test_a_purpose_clause_after_what_the_question_names_answers(self, seed_checker):
        # seed q14: "… si stanno dirigendo in Arabia Saudita per avviare colloqui di pace …" (not_enough_info
        # before, P 0.34: an English question, an Italian answer without the question's words)
        answer = seed_checker.ask("What is the purpose of the American officials' trip to Saudi Arabia?")
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.SUPPORTED, "states the purpose")
        (cited,) = [c.text for c in answer.citations if c.stance is Stance.SUPPORTS]
        assert "per avviare colloqui di pace" in cited
        # nothing in the article says why Putin would call Trump
        assert seed_checker.ask("Why did Putin call Trump?").verdict is Verdict.NOT_ENOUGH_INFO

    def test_whose_role_it_is_is_named_in_the_same_article(self, extractor):
        # "Bologna" named by another article does not make its mayor Naples' mayor
        mayor = Evidence(Sentence("bologna", 0, 0, 48, "Il sindaco Matteo Lepore ha parlato del tram ieri."),
                         0.5, 0.6, 1.0, 0)
        naples = Evidence(Sentence("napoli", 0, 0, 45, "La Procura di Napoli ha diffuso un comunicato."), 0.5, 0.6, 1.0, 1)
        ex = extractor.extract("Chi è il sindaco di Napoli?", [mayor, naples], kind=Kind.QUESTION)
        assert ex.values["role_answer"] == 0.0
        headline = Evidence(Sentence("bologna", 1, 50, 90, "A Bologna il Comune approva il piano."), 0.5, 0.6, 1.0, 1)
        ex = extractor.extract("Chi è il sindaco di Bologna?", [mayor, headline], kind=Kind.QUESTION)
        assert ex.values["role_answer"] == 1.0

    @pytest.mark.parametrize(("query", "sentence", "answered"), [
        pytest.param("Who is Veltra's chief executive?", "Chief executive Hanna Berger told reporters it was painful.",
                     True, id="en-name-after-the-role"),
        pytest.param("Chi è il sindaco di Bologna?", "Il sindaco di Bologna, Matteo Lepore, ha parlato ieri.", True,
                     id="it-whose-between"),
        pytest.param("Chi è l'assessora ai trasporti?", "Valentina Orioli, assessora ai trasporti, ha parlato.", True,
                     id="it-name-before-the-role"),
        # another name says whose mayor he is; the company asked about is never named
        pytest.param("Chi è il sindaco di Bologna?", "Il sindaco di Milano, Beppe Sala, ha parlato di Bologna.", False,
                     id="it-another-city"),
        pytest.param("Who is Volkswagen's chief executive?", "Chief executive Hanna Berger told reporters it was painful.",
                     False, id="en-whose-not-named"),
        # a common noun for the body named elsewhere stands where its name would (was unanswered)
        pytest.param("Chi è il sindaco di Bologna?", "Il sindaco del comune, Matteo Lepore, ha parlato ieri.", True,
                     id="it-the-body-named-elsewhere"),
        pytest.param("Who is Veltra's chief executive?", "Veltra's executive board met the chief of police, Hanna Berger.",
                     False, id="en-role-words-apart"),
    ])
    def test_the_person_named_next_to_the_role_answers(self, extractor, query, sentence, answered):
        headline = "Veltra and Bologna in the news: Veltra to cut 2,500 jobs."
        ex = extractor.extract(query, evidence(sentence, headline), kind=Kind.QUESTION)
        assert ex.values["role_answer"] == float(answered)
        if answered:
            assert ex.supporting == [0]

    @pytest.mark.parametrize("query", [
        "Secondo il New York Times, Kellogg parteciperà ai colloqui.",
        "According to the New York Times, Kellogg will attend the talks.",
    ])
    def test_what_a_source_says_is_checked_without_its_words(self, seed_checker, query):
        # the outlet's three unmatched names made the denying sentence look not about the claim: supported
        # 0.90 (Italian) and 0.78 (English) before
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert "negation" in [c.reason for c in answer.conflicts]

    @pytest.mark.parametrize(("query", "verdict", "claim_word"), [
        pytest.param("È vero che Kellogg parteciperà ai colloqui?", Verdict.REFUTED, None, id="it-e-vero-che"),
        pytest.param("Is it true that the call was initiated by Moscow?", Verdict.REFUTED, "Moscow",
                     id="en-is-it-true-that"),
        pytest.param("Is it true that Lavrov and Rubio spoke by phone?", Verdict.SUPPORTED, None, id="en-true"),
    ])
    def test_is_it_true_that(self, seed_checker, query, verdict, claim_word):
        # taken for questions before, and "supported" (the article answers them) whatever the truth
        answer = seed_checker.ask(query)
        assert (answer.kind, answer.verdict) == (Kind.CLAIM, verdict)
        if claim_word:  # the conflict's span points into the query as typed
            (c,) = [c for c in answer.conflicts if c.reason == "place"]
            assert query[c.claim_start:c.claim_end] == claim_word

    def test_a_name_only_the_fifth_sentence_holds(self, seed_checker):
        # "Palestina" stands only in the fifth retrieved sentence, which the claim's features did not read:
        # refuted 0.50 before, on a name "missing" from the evidence
        answer = seed_checker.ask("Lavrov e Rubio hanno discusso della Palestina.", kind="claim")
        assert answer.verdict is not Verdict.REFUTED
        assert answer.details["features"]["names_missing_union"] == 0.0

    @pytest.mark.parametrize("query", ["Politico cita un parlamentare democratico.",
                                       "Politico cites a Democratic lawmaker."])
    def test_the_other_party(self, seed_checker, query):
        # "un parlamentare repubblicano": refuted 0.93 with nothing shown, and not_enough_info in English
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.REFUTED
        assert [(c.reason, c.text) for c in answer.conflicts] == [("opposite", "repubblicano")]

    @pytest.mark.parametrize("query", ["Lavrov and Rubio met in person.",
                                       "Rubio e Lavrov si sono incontrati di persona."])
    def test_in_person_against_by_phone(self, seed_checker, query):
        # supported before (0.39 and 0.46): "met" matched nothing, and "in person" sat next to no match
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.REFUTED
        assert [c.reason for c in answer.conflicts] == ["opposite"]

    def test_a_refutation_is_explained_with_spans(self, seed_checker, seed_text):
        query = "La telefonata è avvenuta su iniziativa di Mosca."
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.REFUTED
        (conflict,) = [c for c in answer.conflicts if c.reason == "place"]
        assert query[conflict.claim_start:conflict.claim_end] == "Mosca"
        assert seed_text[conflict.start:conflict.end] == "Washington"
        assert "«Mosca»" in answer.text and "«Washington»" in answer.text
        assert answer.citations[0].stance is Stance.REFUTES

    def test_the_kellogg_refutation_shows_the_denial(self, seed_checker, seed_text):
        answer = seed_checker.ask("Kellogg will attend the talks in Saudi Arabia.", kind="claim")
        assert answer.verdict is Verdict.REFUTED
        (conflict,) = answer.conflicts
        assert conflict.reason == "negation"
        assert seed_text[conflict.start:conflict.end].startswith("né l’inviato speciale")
        assert "Kellogg" in answer.citations[0].text and answer.citations[0].stance is Stance.REFUTES

    def test_a_compound_claim_has_parts(self, seed_checker):
        query = "Lavrov e Rubio hanno parlato al telefono e la chiamata è avvenuta su iniziativa di Mosca."
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.REFUTED
        assert [(p.text, p.verdict) for p in answer.parts] == [
            ("Lavrov e Rubio hanno parlato al telefono", Verdict.SUPPORTED),
            ("la chiamata è avvenuta su iniziativa di Mosca.", Verdict.REFUTED),
        ]
        assert all(query[p.start:p.end] == p.text for p in answer.parts)
        assert all(p.citations for p in answer.parts)
        assert answer.text.startswith("Parte 1 «Lavrov e Rubio hanno parlato al telefono»: confermata. "
                                      "Parte 2 «la chiamata è avvenuta su iniziativa di Mosca.»: smentita.")
        assert all(query[c.claim_start:c.claim_end] == c.claim_text for c in answer.conflicts)
        assert answer.to_dict()["parts"][1]["verdict"] == "refuted"

    def test_a_clause_opening_with_its_verb_is_checked_with_the_first_clauses_subject(self, seed_checker, seed_text):
        # the whole claim was one part before: its conflict weighed against all of it (not_enough_info 0.70 on a
        # hospital report); now the second part carries the subject and is refuted alone
        query = "Lavrov e Rubio hanno parlato al telefono, ma hanno avuto la conversazione su iniziativa di Mosca."
        answer = seed_checker.ask(query, kind="claim")
        assert [(p.text, p.verdict) for p in answer.parts] == [
            ("Lavrov e Rubio hanno parlato al telefono", Verdict.SUPPORTED),
            ("Lavrov e Rubio hanno avuto la conversazione su iniziativa di Mosca.", Verdict.REFUTED),
        ]
        assert answer.verdict is Verdict.REFUTED
        # the part's own span is the query's text after "ma"; its conflicts point into the query
        assert query[answer.parts[1].start:answer.parts[1].end] == "hanno avuto la conversazione su iniziativa di Mosca."
        conflict = next(c for c in answer.conflicts if c.reason == "place")
        assert query[conflict.claim_start:conflict.claim_end] == conflict.claim_text == "Mosca"
        assert seed_text[conflict.start:conflict.end] == "Washington"

    def test_a_clause_opening_with_a_verb_of_its_own_carries_the_subject(self, seed_checker):
        # refuted 0.82 before: "avvierà colloqui di pace con i russi." was checked alone
        query = "Rubio si sta dirigendo in Arabia Saudita e avvierà colloqui di pace con i russi."
        answer = seed_checker.ask(query, kind="claim")
        assert [(p.text, p.verdict) for p in answer.parts] == [
            ("Rubio si sta dirigendo in Arabia Saudita", Verdict.SUPPORTED),
            ("Rubio avvierà colloqui di pace con i russi.", Verdict.SUPPORTED),
        ]
        assert answer.verdict is Verdict.SUPPORTED

    def test_a_compound_claims_conflict_spans_index_the_whole_query(self, seed_checker, seed_text):
        query = "Rubio è il segretario di stato e la telefonata è avvenuta su iniziativa di Mosca."
        answer = seed_checker.ask(query, kind="claim")
        assert answer.verdict is Verdict.REFUTED
        conflict = next(c for c in answer.conflicts if c.reason == "place")
        assert query[conflict.claim_start:conflict.claim_end] == "Mosca"
        assert seed_text[conflict.start:conflict.end] == "Washington"


class TestFactCheckArticle:
    """A fact-check restates the claim it rules on, then states its verdict in words: through
    FactChecker (real index, real embedder, the shipped verifier), the verdict is the article's."""

    ARTICLE = (
        "A viral post says that Senator Jane Doe voted to close every rural hospital in Ohio. "
        "The post, shared thousands of times on Facebook, shows a photo of the senator at a hospital. "
        "Doe has served in the state senate since 2015 and sits on its health committee. "
        "We found no evidence that Doe voted to close any rural hospital in Ohio. "
        "Her office said she voted for a bill that funds rural clinics.")

    @staticmethod
    def checker(make_checker, doc_id: str, text: str):
        """A FactChecker (real index, embedder and verifier) with one fact-check article ingested."""
        return one_report(make_checker, doc_id, text, "Fact-check")

    def test_the_claim_called_false_is_refuted_and_the_verdict_cited(self, make_checker):
        fc = self.checker(make_checker, "factcheck", self.ARTICLE)
        answer = fc.ask("Jane Doe voted to close every rural hospital in Ohio.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        (called,) = [c for c in answer.conflicts if c.reason == "debunk"]
        assert self.ARTICLE[called.start:called.end] == called.text and called.text.startswith("no evidence")
        refuting = [c for c in answer.citations if c.stance is Stance.REFUTES]
        assert any(c.start <= called.start < c.end for c in refuting)
        assert "calls it false" in answer.text

    FLOOD = (
        "Heavy rain caused the Po river to burst its banks on Tuesday, forcing about 4,000 people to leave their "
        "homes in the province of Ferrara, regional officials said. "
        "The civil protection agency said water levels peaked at 7.2 metres in the early hours of Wednesday. "
        "This was reported by the news agency ANSA, citing the regional government. "
        "According to the mayor of Ferrara, Alan Fabbri, two schools will stay closed until Friday. "
        "Emergency crews evacuated a hospital in Bondeno to protect patients, the health authority said.")

    @pytest.mark.parametrize(("claim", "verdict", "other"), [
        pytest.param("ANSA reported that water levels peaked at 7.2 metres.", Verdict.SUPPORTED, None,
                     id="the-next-sentence-names-it"),
        # "Reuters" and "agency" are related words, not the same source
        pytest.param("Reuters reported that water levels peaked at 7.2 metres.", Verdict.REFUTED, "ANSA",
                     id="another-agency"),
        pytest.param("According to Alan Fabbri, two schools will stay closed until Friday.", Verdict.SUPPORTED, None,
                     id="the-name-after-the-title"),
        pytest.param("According to Giorgia Meloni, two schools will stay closed until Friday.", Verdict.REFUTED,
                     "the mayor of Ferrara, Alan Fabbri", id="someone-else"),
        pytest.param("Alan Fabbri said that a hospital in Bondeno was evacuated.", Verdict.REFUTED,
                     "the health authority", id="said-at-the-end"),
        pytest.param("The health authority said that a hospital in Bondeno was evacuated.", Verdict.SUPPORTED, None,
                     id="the-same-authority"),
    ])
    def test_who_says_it_in_an_english_report(self, make_checker, claim, verdict, other):
        fc = self.checker(make_checker, "flood", self.FLOOD)
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, answer.details
        sources = [c for c in answer.conflicts if c.reason == "source"]
        assert [c.text for c in sources] == ([other] if other else [])
        if other:
            (refuting,) = [c for c in answer.citations if c.stance is Stance.REFUTES]
            # the cited sentence is the one whose source is disputed, not whatever the judge reads
            assert any(w in refuting.text for w in claim.split()[-3:])
            assert self.FLOOD[sources[0].start:sources[0].end] == other

    RELAY = (
        "A post shared thousands of times on Facebook says that the mayor of Springfield closed every public "
        "library in the city. "
        "\"Springfield mayor closes every public library in the city,\" reads the headline of the post. "
        "The mayor took office in 2021 and chairs the city's budget committee.")

    def test_a_claim_the_article_only_relays_is_not_confirmed(self, make_checker):
        fc = self.checker(make_checker, "relay", self.RELAY)
        answer = fc.ask("The mayor of Springfield closed every public library in the city.", kind="claim")
        # the model reads the restatement as support; the article only says that a post makes the claim
        assert answer.details.get("model_verdict") == "supported", answer.details
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.NOT_ENOUGH_INFO, "only relayed")
        assert answer.text.startswith("The article only reports this claim as what a post")
        assert not [c for c in answer.citations if c.stance is Stance.SUPPORTS]
        # what the article states in its own voice is supported; so is the claim that the post says it
        assert fc.ask("The mayor chairs the city's budget committee.", kind="claim").verdict is Verdict.SUPPORTED
        about_post = fc.ask("A Facebook post says the mayor closed every public library.", kind="claim")
        assert about_post.verdict is Verdict.SUPPORTED, about_post.details

    CORRECTION = (
        "The mayor said in a radio interview that burglaries in the city fell by more than 30% last year. "
        "Police records tell a different story. "
        "According to the department's annual report, burglaries fell 12% last year — not more than 30%, as he "
        "claimed. "
        "Car thefts rose slightly over the same period.")

    def test_a_correction_refutes_the_figure_it_denies_not_the_one_it_states(self, make_checker):
        fc = self.checker(make_checker, "correction", self.CORRECTION)
        answer = fc.ask("Burglaries in the city fell by more than 30% last year.", kind="claim")
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.REFUTED, "called false"), answer.details
        (called,) = [c for c in answer.conflicts if c.reason == "debunk"]
        assert called.text == "not more than 30%, as he claimed" == self.CORRECTION[called.start:called.end]
        stated = fc.ask("Burglaries fell 12% last year.", kind="claim")
        assert stated.verdict is Verdict.SUPPORTED and not stated.conflicts, stated.details

    QUOTED = (
        "A state senator said in a post that Mary Lee and Tom Park, the two auditors who testified before the "
        "budget committee, are \"Never Trumpers.\" "
        "Lee has worked in the state auditor's office since 2004 and Park since 2011. "
        "Both have served under governors of both parties. "
        "We found no evidence that either Lee or Park fits any reasonable definition of \"Never Trumpers.\"")

    def test_a_ruling_on_the_quoted_phrase_refutes_the_claim_whole(self, make_checker):
        fc = self.checker(make_checker, "quoted", self.QUOTED)
        claim = ('Says Mary Lee and Tom Park, the two auditors who testified before the budget committee, '
                 'are "Never Trumpers."')
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert "parts" not in answer.details  # "Says Mary Lee" is no claim of its own
        (called,) = [c for c in answer.conflicts if c.reason == "debunk"]
        assert called.text.startswith("no evidence that") and (called.claim_start, called.claim_end) == (0, len(claim))
        assert fc.ask("Mary Lee has worked in the state auditor's office since 2004.",
                      kind="claim").verdict is Verdict.SUPPORTED

    def test_a_claim_the_article_confirms_is_not_called_false(self, make_checker):
        fc = self.checker(make_checker, "factcheck", self.ARTICLE)
        answer = fc.ask("Doe sits on the health committee of the state senate.", kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, answer.details
        assert not answer.conflicts


class TestBusinessReport:
    """Through FactChecker (real index, embedder, judge and verifier) on a short English business report:
    which way a figure moved, and what the company ruled out."""

    ARTICLE = (
        "Carmaker Veltra to cut 2,500 jobs as electric sales slow\n\n"
        "Veltra, the German carmaker, said on Monday it would cut 2,500 jobs in Europe by the end of 2026 after "
        "sales of its electric models fell 18% in the first half of the year. "
        "Most of the cuts will fall at its plant in Wolfsburg, where about 1,400 positions will go, the company "
        "said in a statement. "
        "Chief executive Hanna Berger told reporters that the decision was \"painful but necessary\" and ruled out "
        "closing any factory. "
        "Veltra's shares rose 3.5% in Frankfurt after the announcement.")

    @pytest.fixture
    def report(self, make_checker):
        return one_report(make_checker, "veltra", self.ARTICLE, "Veltra to cut jobs")

    @pytest.mark.parametrize(("claim", "verdict", "reason", "claim_word", "article_word"), [
        # "fell" is said of the sales in another sentence: it was no conflict (supported 0.53)
        pytest.param("Veltra's shares fell 3.5% in Frankfurt.", Verdict.REFUTED, "opposite", "fell", "rose",
                     id="the-shares-rose"),
        pytest.param("Sales of Veltra's electric models rose 18% in the first half of the year.", Verdict.REFUTED,
                     "opposite", "rose", "fell", id="the-sales-fell"),
        pytest.param("Veltra's shares rose 3.5% in Frankfurt.", Verdict.SUPPORTED, None, None, None,
                     id="as-stated"),
        # "ruled out closing any factory" denies it (not_enough_info before: nothing denied it)
        pytest.param("Veltra will close a factory.", Verdict.REFUTED, "negation", None, "ruled out",
                     id="ruled-out"),
    ])
    def test_verdict_and_conflict(self, report, claim, verdict, reason, claim_word, article_word):
        answer = report.ask(claim, kind="claim")
        assert answer.verdict is verdict, answer.details
        if reason is None:
            assert not answer.conflicts
            return
        conflict = next(c for c in answer.conflicts if c.reason == reason)
        assert self.ARTICLE[conflict.start:conflict.end] == conflict.text
        assert conflict.text.startswith(article_word)
        if claim_word:
            assert claim[conflict.claim_start:conflict.claim_end] == claim_word

    def test_who_holds_the_role(self, report):
        # "Chief executive Hanna Berger told reporters …" does not say "Veltra": not_enough_info 0.90 before
        answer = report.ask("Who is Veltra's chief executive?")
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.SUPPORTED, "names who holds the role")
        (cited,) = [c.text for c in answer.citations if c.stance is Stance.SUPPORTS]
        assert cited.startswith("Chief executive Hanna Berger")
        assert report.ask("Who is the chief executive of Volkswagen?").details.get("rule") != "names who holds the role"


class TestHealthReport:
    """Through FactChecker on a short English health report: who says a denial is not what it denies."""

    ARTICLE = (
        "WHO warns of rising measles cases in Europe\n\n"
        "The World Health Organization said on Thursday that measles cases in Europe more than doubled last year, "
        "to about 127,000, the highest number since 1997. "
        "Hans Kluge, the WHO regional director for Europe, urged governments to close gaps in vaccination. "
        "No new vaccine is needed, Kluge said, only wider use of the existing one.")

    def test_the_speaker_of_a_denial_keeps_his_title(self, make_checker):
        fc = one_report(make_checker, "who", self.ARTICLE, "Measles")
        # was refuted 0.86, the denial "No new vaccine is needed" shown as the conflict
        answer = fc.ask("Hans Kluge is the WHO regional director for Europe.", kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, answer.details
        assert not answer.conflicts
        answer = fc.ask("Kluge said a new vaccine is needed.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [c.reason for c in answer.conflicts] == ["negation"]


class TestFloodReport:
    """Through FactChecker on a short English flood report: numbers as a claim says them ("more than",
    "about", "Twenty-seven"), a negation that ends at "but", and a place the report does not speak of."""

    ARTICLE = (
        "Floods in Cumbria force 1,400 people from their homes\n\n"
        "More than 1,400 people were evacuated from their homes in Cumbria after 212 millimetres of rain fell in 36 "
        "hours. The River Derwent burst its banks in Cockermouth and flooded about 600 properties. "
        "The Environment Agency issued 27 severe flood warnings, its highest alert level, across the county. "
        "Environment Secretary Laura Whitfield did not visit the area on Monday, but she promised emergency funding "
        "in a written statement. \"There is no sign yet that the rain will stop,\" said Helen Marsh, a senior "
        "hydrologist at the Environment Agency. Forecasters expect water levels to fall by Wednesday.")

    @pytest.fixture
    def report(self, make_checker):
        return one_report(make_checker, "cumbria", self.ARTICLE, "Cumbria floods")

    @pytest.mark.parametrize(("claim", "verdict", "conflict"), [
        # refuted 0.87 before ("Twenty" and "seven" against 27)
        pytest.param("Twenty-seven warnings at the top alert level were issued across the county.", Verdict.SUPPORTED,
                     None, id="twenty-seven"),
        pytest.param("Thirty-seven severe flood warnings were issued.", Verdict.REFUTED, ("number", "27"),
                     id="thirty-seven"),
        pytest.param("About 600 properties were flooded in Cockermouth.", Verdict.SUPPORTED, None, id="about"),
        pytest.param("More than 1,000 properties were flooded in Cockermouth.", Verdict.REFUTED, ("number", "600"),
                     id="more-than-not-met"),
        # refuted 0.73 before: "did not visit …, but she promised …"
        pytest.param("Laura Whitfield pledged emergency funding.", Verdict.SUPPORTED, None, id="after-but"),
        pytest.param("Laura Whitfield visited the area on Monday.", Verdict.REFUTED, ("negation", "not visit"),
                     id="before-but"),
        # the quotation's denial is not of who says it
        pytest.param("Helen Marsh is a senior hydrologist at the Environment Agency.", Verdict.SUPPORTED, None,
                     id="after-the-quote"),
        pytest.param("Water levels are expected to rise by Wednesday.", Verdict.REFUTED, ("opposite", "fall"),
                     id="rise-against-fall"),
    ])
    def test_verdict_and_conflict(self, report, claim, verdict, conflict):
        answer = report.ask(claim, kind="claim")
        assert answer.verdict is verdict, answer.details
        if conflict is None:
            assert not answer.conflicts
        else:
            assert any(c.reason == conflict[0] and c.text.startswith(conflict[1]) for c in answer.conflicts), \
                answer.conflicts


class TestSummitReport:
    """Through FactChecker on a short Italian report: who wanted the summit ("su richiesta della Francia"),
    said as "voluto da", "at the request of", "at France's initiative"."""

    ARTICLE = (
        "Bruxelles, vertice straordinario sull'energia\n\n"
        "I ministri dell'Energia dell'Unione europea si riuniranno giovedì a Bruxelles per un vertice straordinario "
        "convocato su richiesta della Francia. Il ministro francese ha chiesto un tetto comune al prezzo del gas. "
        "La Germania ha espresso dubbi sulla proposta, mentre l'Italia si è detta favorevole.")

    @pytest.mark.parametrize(("claim", "verdict", "place"), [
        # supported 0.57 before: "voluto" did not read as "su richiesta", and "La Germania ha espresso dubbi"
        # (a sentence naming the place, about nothing else of the claim) held the conflict back
        pytest.param("Il vertice è stato voluto dalla Germania.", Verdict.REFUTED, "Germania", id="it-voluto-da"),
        pytest.param("Il vertice è stato voluto dalla Francia.", Verdict.SUPPORTED, None, id="it-voluto-da-right"),
        pytest.param("L'Italia ha chiesto il vertice.", Verdict.REFUTED, "Italia", id="it-chiesto"),
        pytest.param("The summit was called at the request of Germany.", Verdict.REFUTED, "Germany",
                     id="en-at-the-request-of"),
        pytest.param("The summit was called at France's initiative.", Verdict.SUPPORTED, None, id="en-initiative"),
    ])
    def test_who_wanted_it(self, make_checker, claim, verdict, place):
        fc = one_report(make_checker, "vertice", self.ARTICLE, "Vertice")
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, answer.details
        if place:
            assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("place", place, "Francia")]


def test_a_weekday_against_the_date_is_refuted(make_checker):
    """Through FactChecker: "La partita si è giocata sabato 9 febbraio." was supported 0.78 against "Domenica
    9 febbraio lo Sporting Lucca ha battuto …": most of the claim is in no sentence, but the date names the
    match."""
    from factcheck.types import Document

    fc = make_checker()
    fc.ingest([Document("lucca", "Lo Sporting Lucca batte il Rimini\n\nDomenica 9 febbraio lo Sporting Lucca ha "
                                 "battuto l'Atletico Rimini per tre a uno allo stadio Porta Elisa, davanti a circa "
                                 "7.500 spettatori. Il Lucca tornerà in campo sabato 15 febbraio a Reggio Emilia.",
                        "Lucca", source="test")])
    answer = fc.ask("La partita si è giocata sabato 9 febbraio.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("date", "sabato", "Domenica")]
    assert fc.ask("La partita si è giocata domenica 9 febbraio.", kind="claim").verdict is not Verdict.REFUTED


def test_a_place_the_report_does_not_speak_of(make_checker):
    """Through FactChecker: a claim about another place than the report's is not refuted by it (the measles
    claim was refuted 0.97, the German inflation one 1.00); the report's own place keeps its verdicts."""
    from factcheck.types import Document

    who, istat = make_checker(), make_checker()
    who.ingest([Document("who", TestHealthReport.ARTICLE, "Measles", source="test")])
    istat.ingest([Document("istat", "Istat, l'inflazione scende all'1,1% a ottobre\n\nA ottobre l'inflazione in "
                                    "Italia è scesa all'1,1% su base annua, dall'1,6% di settembre, secondo le stime "
                                    "preliminari diffuse venerdì dall'Istat.", "Istat", source="test")])
    answer = who.ask("Measles cases rose in the United States last year.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO and not answer.conflicts, answer.details
    answer = istat.ask("L'inflazione in Germania è scesa a ottobre.", kind="claim")
    assert (answer.verdict, answer.details.get("rule")) == (Verdict.NOT_ENOUGH_INFO, "about another place")
    assert istat.ask("L'inflazione in Italia è scesa a ottobre.", kind="claim").verdict is Verdict.SUPPORTED
    assert who.ask("Measles cases in Europe more than doubled last year.", kind="claim").verdict is Verdict.SUPPORTED


def test_a_question_asking_how_many_or_how_old_needs_that_number(make_checker):
    """Through FactChecker: "How many scooters has Orbix sold?" was answered 0.98 from a price, "How old is
    Priya Shah?" 0.90 from a vote count; a head count and an age given answer theirs."""
    from factcheck.types import Document

    fc = make_checker()
    fc.ingest([Document("orbix", "Orbix unveils cheaper electric scooter\n\nDutch start-up Orbix on Tuesday unveiled "
                                 "the Orbix One, an electric scooter that will sell for 1,990 euros. Founder Lisa de "
                                 "Vries, 38, said Orbix had raised 40 million euros from investors last year and now "
                                 "employs 250 people.", "Orbix", source="test"),
               Document("hartley", "Labour candidate Priya Shah won the Hartley by-election on Thursday with 14,210 "
                                   "votes. Turnout was 38%, down from 61% at the general election.", "Hartley",
                        source="test")])
    for question in ("How many scooters has Orbix sold?", "How old is Priya Shah?"):
        answer = fc.ask(question)
        assert (answer.verdict, answer.details.get("rule")) == (
            Verdict.NOT_ENOUGH_INFO, "no answer of the kind asked for"), (question, answer.details)
    for question, cited in (("How many people does Orbix employ?", "employs 250 people"),
                            ("How old is Lisa de Vries?", "Vries, 38,")):
        answer = fc.ask(question)
        assert answer.verdict is Verdict.SUPPORTED, (question, answer.details)
        assert any(cited in c.text for c in answer.citations if c.stance is Stance.SUPPORTS), answer.citations


class TestCouncilReport:
    """Through FactChecker on a short Italian city-council report: offices, votes and figures."""

    ARTICLE = (
        "Bologna, il Comune approva il piano per la mobilità: tram in funzione dal 2027\n\n"
        "Il consiglio comunale di Bologna ha approvato martedì sera il nuovo piano per la mobilità urbana con 24 "
        "voti a favore e 12 contrari. "
        "Secondo l'assessora ai trasporti, Valentina Orioli, i lavori costeranno circa 500 milioni di euro. "
        "Il sindaco Matteo Lepore ha detto che la prima tratta entrerà in funzione nel 2027. "
        "Nel 2024 i passeggeri del trasporto pubblico a Bologna sono cresciuti del 6% rispetto all'anno precedente.")

    @pytest.fixture
    def report(self, make_checker):
        return one_report(make_checker, "bologna", self.ARTICLE, "Mobilità a Bologna")

    def test_offices_votes_and_figures(self, report):
        # not_enough_info before ("described otherwise"): Orioli's office weighed below "about the claim"
        answer = report.ask("Matteo Lepore è l'assessore ai trasporti.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        # who holds the office, and the office the article gives him ("Il sindaco Matteo Lepore")
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [
            ("name", "Matteo Lepore", "Valentina Orioli"), ("role", "assessore", "sindaco")]
        assert report.ask("Valentina Orioli è l'assessora ai trasporti.", kind="claim").verdict is Verdict.SUPPORTED
        # "respinto" against "approvato": refuted with nothing shown before
        answer = report.ask("Il consiglio comunale di Bologna ha respinto il piano per la mobilità.", kind="claim")
        assert answer.verdict is Verdict.REFUTED
        assert [(c.reason, c.text) for c in answer.conflicts] == [("opposite", "approvato")]
        # "cresciuti" was not listed with "cresciuto": supported 0.39 before
        answer = report.ask("I passeggeri del trasporto pubblico sono diminuiti del 6% nel 2024.", kind="claim")
        assert [(c.reason, c.text) for c in answer.conflicts] == [("opposite", "cresciuti")]
        assert answer.verdict is Verdict.REFUTED
        # the mayor's sentence does not say "di Bologna"
        answer = report.ask("Chi è il sindaco di Bologna?")
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.SUPPORTED, "names who holds the role")


class TestBudgetReport:
    """Through FactChecker on a short Italian regional-budget report: months, thousands in words and a claim
    giving the earlier value itself (each wrong before: supported 0.60, refuted 0.70, refuted 0.55)."""

    ARTICLE = (
        "Marche, via libera al bilancio 2026\n\n"
        "Il Consiglio regionale delle Marche ha approvato giovedì 18 dicembre il bilancio di previsione 2026, che "
        "vale complessivamente 4,6 miliardi di euro. "
        "Il fondo per le imprese colpite dalla crisi del settore calzaturiero sale a 24 milioni, dai 15 del 2025. "
        "Il collegio dei revisori ha chiesto di accantonare 210.000 euro per le spese legali della Regione.")

    @pytest.fixture
    def report(self, make_checker):
        return one_report(make_checker, "marche", self.ARTICLE, "Bilancio delle Marche")

    def test_another_month_refutes(self, report):
        answer = report.ask("Il bilancio è stato approvato giovedì 18 novembre.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("date", "novembre", "dicembre")]
        assert report.ask("Il bilancio è stato approvato giovedì 18 dicembre.", kind="claim").verdict is Verdict.SUPPORTED

    def test_thousands_in_a_word_and_an_earlier_value_the_claim_gives(self, report):
        answer = report.ask("I revisori hanno chiesto di accantonare 210 mila euro per le spese legali.", kind="claim")
        assert (answer.verdict, answer.conflicts) == (Verdict.SUPPORTED, ()), answer.details
        answer = report.ask("Il fondo per le imprese del calzaturiero passa da quindici a ventiquattro milioni di euro.",
                            kind="claim")
        assert (answer.verdict, answer.conflicts) == (Verdict.SUPPORTED, ()), answer.details
        # a sum that is not the one given still conflicts
        answer = report.ask("I revisori hanno chiesto di accantonare 120 mila euro per le spese legali.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("number", "120 mila", "210.000")]


def test_a_quotation_said_by_someone_else_than_the_claim_says(make_checker):
    """Through FactChecker on a short court report: "X ha dichiarato che …" where the article gives the words to
    someone else right after the quotation (supported 0.78 before: "ha dichiarato" was no reporting verb, the
    office before the name hid it, and a quotation's speaker followed by more was not its source)."""
    article = ("Il tribunale di Salerno ha condannato martedì a quattro anni e sei mesi l'ex dirigente Gennaro Ferrante. "
               "Il pubblico ministero Chiara Alfano aveva chiesto una pena di sei anni. "
               "\"Leggeremo le motivazioni, ma siamo certi che in appello la verità emergerà\", ha dichiarato "
               "l'avvocato difensore Paolo Sarno, che ha annunciato ricorso.")
    fc = one_report(make_checker, "salerno", article, "Processo a Salerno")
    answer = fc.ask("Il pubblico ministero Chiara Alfano ha dichiarato che in appello la verità emergerà.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("source", "Chiara Alfano", "Paolo Sarno")]
    answer = fc.ask("L'avvocato Paolo Sarno ha dichiarato che in appello la verità emergerà.", kind="claim")
    assert (answer.verdict, answer.conflicts) == (Verdict.SUPPORTED, ()), answer.details


def test_an_acquittal_is_no_conviction(make_checker):
    """Through FactChecker on a short court report: "Il funzionario Luca De Sio è stato condannato …" was supported
    0.80 where the sentence convicting another defendant goes on "…, il funzionario Luca De Sio, è stato assolto"."""
    article = ("Il tribunale di Salerno ha condannato martedì a quattro anni e sei mesi l'ex dirigente Gennaro Ferrante. "
               "Condannato a due anni, con pena sospesa, anche il titolare della Medisud, Raffaele Iannone, 49 anni, "
               "mentre il terzo imputato, il funzionario Luca De Sio, è stato assolto \"perché il fatto non sussiste\".")
    fc = one_report(make_checker, "salerno", article, "Processo a Salerno")
    answer = fc.ask("Il funzionario Luca De Sio è stato condannato a due anni con pena sospesa.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("opposite", "condannato", "assolto")]
    assert fc.ask("Raffaele Iannone è stato condannato a due anni.", kind="claim").verdict is Verdict.SUPPORTED


def test_the_sentence_not_what_was_asked(make_checker):
    """Through FactChecker on a short court report: "Ferrante è stato condannato a sei anni" was supported 0.77
    on the prosecutor's request ("aveva chiesto una pena di sei anni"); the court gave four years and six months."""
    article = ("Il tribunale di Salerno ha condannato martedì a quattro anni e sei mesi di reclusione Gennaro Ferrante, "
               "ex dirigente dell'ufficio acquisti dell'Asl. "
               "Il pubblico ministero Chiara Alfano aveva chiesto una pena di sei anni.")
    fc = one_report(make_checker, "salerno", article, "Processo a Salerno")
    answer = fc.ask("Ferrante è stato condannato a sei anni di reclusione.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("number", "sei", "quattro")]
    assert fc.ask("Il pubblico ministero aveva chiesto sei anni.", kind="claim").verdict is Verdict.SUPPORTED


def test_a_change_given_as_two_figures_is_not_refuted(make_checker):
    """Through FactChecker on a short health report: "rose by eight percentage points" against "reached 61%, up
    from 53%" was refuted 0.69 on "eight"; another change still conflicts."""
    article = ("Children who received a nasal flu vaccine were 34% less likely to be admitted to hospital, according "
               "to a study published on Thursday by researchers at the University of Leeds. "
               "The study followed 48,200 children aged two to eleven across West Yorkshire during the 2024-25 winter. "
               "Vaccine uptake in the group reached 61%, up from 53% the previous winter, the researchers said.")
    fc = one_report(make_checker, "leeds", article, "Flu study")
    answer = fc.ask("Uptake in the study group rose by eight percentage points from the previous winter.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details
    answer = fc.ask("Uptake in the study group rose by five percentage points from the previous winter.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["number"]


def test_also_says_the_same_of_one_more(make_checker):
    """Through FactChecker on a short business report: a claim saying "also" of one more place or party is not
    refuted by the sentence saying it of the others (refuted 0.86 and 0.66 before); a denial still refutes one."""
    article = ("Chile's central bank on Wednesday cut its benchmark interest rate by half a percentage point to 5.25%. "
               "Bezorgpunt, which operates in 22 Dutch cities, reported revenue of 61 million euros last year. "
               "The governor, Elena Marchant, will not attend the summit in Lima.")
    fc = one_report(make_checker, "report", article, "Business report")
    for claim in ("Bezorgpunt also operates in Belgium.", "Peru's central bank also cut interest rates."):
        answer = fc.ask(claim, kind="claim")
        assert (answer.verdict, answer.details.get("rule")) == (Verdict.NOT_ENOUGH_INFO, "says the same of one more"), (
            claim, answer.details)
    answer = fc.ask("Elena Marchant will also attend the summit in Lima.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["negation"]


def test_a_place_in_a_race_said_of_another(make_checker):
    """Through FactChecker on a short by-election report: "Reform UK came second." was supported 0.69 on "James
    Bell came second" where the sentence goes on "while Reform UK finished third"."""
    article = ("Labour candidate Priya Shah won the Hartley by-election on Thursday with 14,210 votes. "
               "The Conservative candidate, James Bell, came second with 11,860 votes, while Reform UK finished third.")
    fc = one_report(make_checker, "hartley", article, "Hartley by-election")
    answer = fc.ask("Reform UK came second.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("number", "second", "third")]
    assert fc.ask("James Bell came second.", kind="claim").verdict is Verdict.SUPPORTED


def test_a_count_said_without_what_it_counts(make_checker):
    """Through FactChecker on a short crash report: "Three people were injured." was refuted 0.86 on "Two people"
    where the sentence goes on "and three were injured"; the dead are still not the injured."""
    article = ("Two people died and three were injured when a bus left the road near Lecco on Monday. "
               "The driver, who was not hurt, was questioned by the police.")
    fc = one_report(make_checker, "lecco", article, "Bus crash")
    answer = fc.ask("Three people were injured.", kind="claim")
    assert (answer.verdict, answer.conflicts) == (Verdict.SUPPORTED, ()), answer.details
    answer = fc.ask("Three people died in the crash.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts][:1] == [("number", "Three", "Two")]


def test_a_question_whose_only_answer_is_said_of_the_opposite(make_checker):
    """Through FactChecker on a short hospital report: "Quando riaprirà il pronto soccorso di Molfetta?" was
    answered 0.98 from "…, chiuso da marzo": a date of the closing answers no question about reopening."""
    article = ("Lunedì è stato inaugurato a Bari il nuovo reparto di cardiologia pediatrica dell'Ospedale San Nicola. "
               "L'assessore Roberto Fanelli non ha invece indicato una data per la riapertura del pronto soccorso di "
               "Molfetta, chiuso da marzo.")
    fc = one_report(make_checker, "bari", article, "Sanità in Puglia")
    answer = fc.ask("Quando riaprirà il pronto soccorso di Molfetta?")
    assert (answer.verdict, answer.details.get("rule")) == (Verdict.NOT_ENOUGH_INFO, "its answer is said of the opposite")
    answer = fc.ask("Da quando è chiuso il pronto soccorso di Molfetta?")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    # a claim is no question: "will reopen" is no conflict with "closed since March"
    answer = fc.ask("Il pronto soccorso di Molfetta riaprirà a gennaio.", kind="claim")
    assert not [c for c in answer.conflicts if c.reason == "opposite"], answer.conflicts


def test_a_question_asking_for_money_needs_a_sum(make_checker):
    """Through FactChecker: "How much did Veltra earn?" of a report giving jobs and percentages only was
    answered 0.70 (it read "how much" as any number); a cost given in euros answers its question."""
    from factcheck.types import Document

    veltra, bologna = make_checker(), make_checker()
    veltra.ingest([Document("veltra", TestBusinessReport.ARTICLE, "Veltra", source="test")])
    bologna.ingest([Document("bologna", TestCouncilReport.ARTICLE, "Bologna", source="test")])
    answer = veltra.ask("How much did Veltra earn last year?")
    assert (answer.verdict, answer.details.get("rule")) == (Verdict.NOT_ENOUGH_INFO, "no answer of the kind asked for")
    answer = bologna.ask("Quanto costeranno i lavori?")
    assert answer.verdict is Verdict.SUPPORTED
    assert any("500 milioni di euro" in c.text for c in answer.citations if c.stance is Stance.SUPPORTS)


class TestSportsReport:
    """Through FactChecker on a short English match report: numbers that count the same thing."""

    ARTICLE = (
        "Sinner beats Alcaraz to win second Wimbledon title\n\n"
        "Jannik Sinner beat Carlos Alcaraz 6-4, 4-6, 6-3, 7-5 on Sunday to win his second Wimbledon title, "
        "becoming the first Italian man to win the tournament twice. "
        "The match lasted three hours and 12 minutes. "
        "The 24-year-old will receive 3 million pounds in prize money. "
        "Next month Sinner is expected to play at the Canadian Open in Toronto, his team said.")

    def test_duration_roles_and_tournament(self, make_checker):
        fc = one_report(make_checker, "wimbledon", self.ARTICLE, "Wimbledon")
        # supported 0.43 before: "two" is in "twice"
        answer = fc.ask("The match lasted two hours.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("number", "two", "three")]
        assert fc.ask("The match lasted three hours.", kind="claim").verdict is Verdict.SUPPORTED
        # the roles reversed: supported 0.87 before
        answer = fc.ask("Alcaraz beat Sinner at Wimbledon.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [c.reason for c in answer.conflicts] == ["name"]
        assert fc.ask("Sinner beat Alcaraz at Wimbledon.", kind="claim").verdict is Verdict.SUPPORTED
        # "US" was dropped as the pronoun "us": every other word matched, "stated word for word" (supported)
        answer = fc.ask("Sinner will play at the US Open.", kind="claim")
        assert answer.verdict is not Verdict.SUPPORTED and answer.details.get("rule") != "stated word for word"

    def test_an_ordinal_against_another(self, make_checker):
        fc = one_report(make_checker, "wimbledon", self.ARTICLE, "Wimbledon")
        # supported 0.47 before: "third" and "second" were near words
        answer = fc.ask("Sinner won his third Wimbledon title.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts][:1] == [("number", "third", "second")]
        assert fc.ask("Sinner won his second Wimbledon title.", kind="claim").verdict is Verdict.SUPPORTED

    def test_an_ordinal_said_further_on_of_another(self, make_checker):
        fc = one_report(make_checker, "wimbledon", self.ARTICLE, "Wimbledon")
        # supported 0.70 before: "first" is in "the first Italian man"
        answer = fc.ask("Sinner won his first Wimbledon title.", kind="claim")
        assert answer.verdict is Verdict.REFUTED, answer.details
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts][:1] == [("number", "first", "second")]
        assert fc.ask("Sinner became the first Italian man to win the tournament twice.",
                      kind="claim").verdict is Verdict.SUPPORTED


def test_an_earlier_value_the_claim_gives_otherwise(make_checker):
    """Through FactChecker on a short results report: the claim's "from £2.9 billion" was supported 0.88 (the
    revenue is £2.9 billion) against the debt's "from £2.7 billion"."""
    article = ("Corrin Power lifts profits\n\n"
               "Corrin reported a pre-tax profit of £418 million for the first nine months of the year. "
               "Revenue rose to £2.9 billion, while the company's debt climbed to £3.4 billion, from £2.7 billion at the "
               "end of last year. Shares in Corrin closed 6.2% higher in London.")
    fc = one_report(make_checker, "corrin", article, "Corrin results")
    answer = fc.ask("Corrin's debt rose to £3.4 billion from £2.9 billion at the end of last year.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts][:1] == [("number", "2.9", "2.7")]
    assert fc.ask("Corrin's debt rose to £3.4 billion from £2.7 billion at the end of last year.",
                  kind="claim").verdict is Verdict.SUPPORTED


def test_a_denial_of_something_else_in_the_sentence(make_checker):
    """Through FactChecker on a short stage report: "The fifth stage … will take the riders from Cortina …" was
    refuted 0.90 on "L'organizzazione ha smentito le voci di un possibile accorciamento della quinta tappa, …, che
    porterà i corridori da Cortina …": the denial governs the rumour, not the stage's route."""
    article = ("Giro delle Dolomiti, Rinaldi vince al Passo Giau\n\n"
               "L'italiano Matteo Rinaldi ha vinto sabato 6 giugno la quarta tappa del Giro delle Dolomiti. "
               "L'organizzazione ha smentito le voci di un possibile accorciamento della quinta tappa, in programma "
               "domenica 7 giugno, che porterà i corridori da Cortina d'Ampezzo alle Tre Cime di Lavaredo dopo 142 "
               "chilometri.")
    fc = one_report(make_checker, "dolomiti", article, "Giro delle Dolomiti")
    answer = fc.ask("La quinta tappa, domenica 7 giugno, porterà i corridori da Cortina d'Ampezzo alle Tre Cime di "
                    "Lavaredo dopo 142 chilometri.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("La quinta tappa porterà i corridori da Cortina d'Ampezzo alle Tre Cime di Lavaredo dopo 160 "
                    "chilometri.", kind="claim")
    assert answer.verdict is Verdict.REFUTED and [c.reason for c in answer.conflicts] == ["number"], answer.details


def test_a_quotation_the_claim_gives_to_another_speaker(make_checker):
    """Through FactChecker on a short stage report: a quotation the claim gives to another speaker after it ("…",
    ha detto Luka Kovač) was supported 0.61: its "ma" split it, and its speaker was read as words of the claim."""
    article = ("Giro delle Dolomiti, Rinaldi vince al Passo Giau\n\n"
               "L'italiano Matteo Rinaldi ha vinto sabato 6 giugno la quarta tappa del Giro delle Dolomiti. "
               "\"Ho sofferto tantissimo in discesa, ma sull'ultima salita sapevo di avere le gambe\", ha detto Rinaldi "
               "dopo l'arrivo. \"This is the biggest investment our race has seen,\" said the race director, Paolo Serra.")
    fc = one_report(make_checker, "dolomiti", article, "Giro delle Dolomiti")
    answer = fc.ask("\"Ho sofferto tantissimo in discesa, ma sull'ultima salita sapevo di avere le gambe\", ha detto "
                    "Luka Kovač.", kind="claim")
    assert answer.verdict is Verdict.REFUTED and answer.details["rule"] == "attributed to another source", answer.details
    assert [(c.reason, c.claim_text) for c in answer.conflicts] == [("source", "Luka Kovač")]
    assert fc.ask("\"Ho sofferto tantissimo in discesa, ma sull'ultima salita sapevo di avere le gambe\", ha detto "
                  "Matteo Rinaldi.", kind="claim").verdict is Verdict.SUPPORTED
    answer = fc.ask("\"This is the biggest investment our race has seen,\" said Matteo Rinaldi.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_an_elided_preposition_is_no_word_a_negation_denies(make_checker):
    """Through FactChecker on a short school report: "… nell'ala ovest, restano aperte." was refuted 0.74, its
    "nell'" matching "dall'" in "resta aperta e non è interessata dall'ordinanza"."""
    article = ("Verona, chiusa l'ala est della scuola media\n\n"
               "Il sindaco ha disposto la chiusura dell'ala est della scuola media dopo l'ispezione dei vigili del fuoco. "
               "L'ala ovest dell'edificio, che ospita la palestra e la mensa, resta aperta e non è interessata "
               "dall'ordinanza.")
    fc = one_report(make_checker, "verona", article, "Scuola di Verona")
    answer = fc.ask("La palestra e la mensa, che si trovano nell'ala ovest, restano aperte.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("L'ala ovest, con la palestra e la mensa, è interessata dall'ordinanza.", kind="claim")
    assert answer.verdict is Verdict.REFUTED and [c.reason for c in answer.conflicts] == ["negation"], answer.details


def test_a_question_asking_the_hour(make_checker):
    """Through FactChecker on a short stage report: "A che ora Rinaldi ha tagliato il traguardo …?" was answered
    0.92 from the day of the stage; an hour answers it."""
    article = ("Giro delle Dolomiti, Rinaldi vince al Passo Giau\n\n"
               "L'italiano Matteo Rinaldi ha vinto sabato 6 giugno la quarta tappa del Giro delle Dolomiti, "
               "168 chilometri da Belluno al Passo Giau.")
    fc = one_report(make_checker, "dolomiti", article, "Giro delle Dolomiti")
    answer = fc.ask("A che ora Rinaldi ha tagliato il traguardo del Passo Giau?")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO and answer.details["rule"] == "no answer of the kind asked for"
    fc = one_report(make_checker, "dolomiti", article + " La tappa è partita da Belluno alle 11.45.", "Giro")
    answer = fc.ask("A che ora è partita la tappa da Belluno?")
    assert answer.verdict is Verdict.SUPPORTED and "11.45" in answer.citations[0].text, answer.details


def test_a_month_said_of_the_plan_not_the_event(make_checker):
    """Through FactChecker on a short report: "The summit was held in March." was supported 0.79 on "first
    planned for March, was held in June"."""
    article = ("Leaders meet in Geneva after months of delays\n\n"
               "The Geneva summit, first planned for March, was held in June after weeks of delays. "
               "Il vertice di Ginevra, previsto inizialmente per marzo, si è tenuto a giugno dopo settimane di rinvii.")
    fc = one_report(make_checker, "geneva", article, "Geneva summit")
    for claim, conflict in (("The summit was held in March.", ("date", "March", "June")),
                            ("Il vertice si è tenuto a marzo.", ("date", "marzo", "giugno"))):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts][:1] == [conflict]
    assert fc.ask("The summit was held in June.", kind="claim").verdict is Verdict.SUPPORTED
    assert fc.ask("The summit was first planned for March.", kind="claim").verdict is Verdict.SUPPORTED
    # "May" was dropped as the verb: supported 0.50 "stated word for word"; and "June" stood for "Theresa"
    answer = fc.ask("The summit was held in May.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert {(c.reason, c.claim_text) for c in answer.conflicts} == {("date", "May")}  # against "March" or "June"
    answer = fc.ask("Theresa May attended the summit.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO and not answer.conflicts, answer.details


def test_no_evidence_of_something_else_calls_nothing_false(make_checker):
    """Through FactChecker on a short breach report: Marsh's words were refuted 0.90 "called false" on the
    bank's "no evidence that the stolen data had been sold online"."""
    article = ("Kestrel Bank fined over data breach\n\n"
               "The bank denied that any customer had lost money as a direct result of the breach, and said it had "
               "found no evidence that the stolen data had been sold online. The ICO's deputy commissioner, Helen "
               "Marsh, said Kestrel had failed to apply multi-factor authentication. \"This was not a sophisticated "
               "attack. It was an open door,\" Marsh said.")
    fc = one_report(make_checker, "kestrel", article, "Kestrel Bank")
    answer = fc.ask("Helen Marsh said the breach was not a sophisticated attack.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and answer.details.get("rule") != "called false", answer.details


def test_a_timetable_and_a_strike_date(make_checker):
    """Through FactChecker on a short rail report: the timetable "di Rotaie Liguri" entering into force on Sunday
    was refuted 0.62 on the company presenting it on Monday; the strike "per venerdì 29 giugno" was supported
    0.50 against "per venerdì 29 maggio"."""
    article = ("Rotaie Liguri presenta il nuovo orario\n\n"
               "La società ferroviaria regionale Rotaie Liguri ha presentato lunedì 18 maggio a Genova, nella sede "
               "della Regione, il nuovo orario che entrerà in vigore domenica 14 giugno. L'Unione Macchinisti Liguri "
               "ha proclamato un'astensione di otto ore per venerdì 29 maggio, dalle 9 alle 17, contro i turni "
               "previsti dal nuovo orario.")
    fc = one_report(make_checker, "liguria", article, "Rotaie Liguri")
    answer = fc.ask("Il nuovo orario di Rotaie Liguri entrerà in vigore domenica 14 giugno.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, answer.details
    answer = fc.ask("Lo sciopero dei macchinisti è stato proclamato per venerdì 29 giugno.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("date", "giugno", "maggio")]


def test_visitors_counted_as_people_before_closing(make_checker):
    """Through FactChecker on a short museum report: "Nel primo fine settimana dopo la riapertura il museo ha
    registrato 6.800 visitatori" was refuted 0.73 on "prima di chiudere" and the 3,500 visitors of a month."""
    article = ("Napoli, riapre Palazzo Montefusco dopo il restauro: 6.800 visitatori nel primo fine settimana\n\n"
               "Dopo quasi tre anni e mezzo di chiusura, il Museo di Palazzo Montefusco, in via dei Tribunali, ha "
               "riaperto al pubblico sabato 7 marzo. Nei primi due giorni le sale sono state visitate da 6.800 "
               "persone, quasi il doppio dei 3.500 visitatori che il museo accoglieva in media ogni mese prima di "
               "chiudere, nell'ottobre del 2022.")
    fc = one_report(make_checker, "napoli", article, "Palazzo Montefusco")
    answer = fc.ask("Nel primo fine settimana dopo la riapertura il museo ha registrato 6.800 visitatori.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, answer.details


def test_a_role_the_article_gives_to_another(make_checker):
    """Through FactChecker on a short rail report: "Marco Bertolotto è l'amministratore delegato di Rotaie
    Liguri" was not_enough_info 0.79, the article naming the chief executive Silvia Ravera (and Bertolotto the
    regional councillor for transport)."""
    article = ("Rotaie Liguri presenta il nuovo orario\n\n"
               "La società ferroviaria regionale Rotaie Liguri ha presentato a Genova il nuovo orario. "
               "\"Per la prima volta in dieci anni aumentiamo l'offerta senza toccare le tariffe\", ha detto "
               "l'amministratrice delegata Silvia Ravera. L'assessore regionale ai Trasporti, Marco Bertolotto, ha "
               "confermato che l'abbonamento mensile resterà fermo a 58 euro.")
    fc = one_report(make_checker, "liguria", article, "Rotaie Liguri")
    answer = fc.ask("Marco Bertolotto è l'amministratore delegato di Rotaie Liguri.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [
        ("name", "Marco Bertolotto", "Silvia Ravera"), ("role", "amministratore", "assessore")]
    assert fc.ask("Silvia Ravera è l'amministratrice delegata di Rotaie Liguri.", kind="claim").verdict is Verdict.SUPPORTED


def test_an_admission_against_a_denial(make_checker):
    """Through FactChecker on a short rail report: "Silvia Ravera ha ammesso che i turni … sono stati allungati"
    was supported 0.56 on "Ravera ha smentito che i turni siano stati allungati"."""
    article = ("Sciopero dei macchinisti in Liguria\n\n"
               "L'Unione Macchinisti Liguri ha proclamato un'astensione di otto ore contro i turni previsti dal nuovo "
               "orario. L'amministratrice delegata Silvia Ravera ha smentito che i turni siano stati allungati: le ore "
               "lavorate resteranno invariate grazie all'assunzione di 35 nuovi macchinisti.")
    fc = one_report(make_checker, "liguria", article, "Sciopero")
    answer = fc.ask("Silvia Ravera ha ammesso che i turni dei macchinisti sono stati allungati.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("opposite", "ammesso", "smentito") in [(c.reason, c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Silvia Ravera ha smentito che i turni siano stati allungati.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_done_already_against_planned(make_checker):
    """Through FactChecker on a short bank report: "Kestrel has already provided free credit monitoring …" was
    supported 0.60 on "… and plans to offer two years of free credit monitoring to all affected customers"."""
    article = ("Kestrel Bank fined over data breach\n\n"
               "Kestrel has so far paid £150 in compensation to each of the 240,000 customers whose bank details were "
               "taken, and plans to offer two years of free credit monitoring to all affected customers from April. "
               "Shares in the bank fell 2.1% on Wednesday.")
    fc = one_report(make_checker, "kestrel", article, "Kestrel Bank")
    answer = fc.ask("Kestrel has already provided free credit monitoring to all affected customers.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"]
    answer = fc.ask("Kestrel plans to offer free credit monitoring to all affected customers.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_company_of_another_city(make_checker):
    """Through FactChecker on a short rail report: "I nuovi treni saranno forniti dalla Meridiana Rotabili di
    Bologna" was not_enough_info 0.46 against "con la Meridiana Rotabili di Reggio Emilia" ("forniti" unmatched
    kept the conflict from refuting)."""
    article = ("Rotaie Liguri, 21 nuovi treni\n\n"
               "Sul fronte degli investimenti, la società ha già firmato un contratto da 186 milioni di euro con la "
               "Meridiana Rotabili di Reggio Emilia per 21 nuovi treni elettrici a due piani. I primi quattro "
               "convogli saranno consegnati a marzo 2027.")
    fc = one_report(make_checker, "liguria", article, "Rotaie Liguri")
    answer = fc.ask("I nuovi treni saranno forniti dalla Meridiana Rotabili di Bologna.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("Bologna", "Reggio Emilia")]


def test_a_quotation_given_to_another_speaker_named_by_office(make_checker):
    """Through FactChecker on a short football report: the new coach's words given to the club's president were
    supported 0.80 (the article names the coach by office before a colon), Corbett's to councillor Hale 0.91 (", said
    Helen Corbett, who chairs the group" named no source); the coach named with his office is the article's speaker."""
    article = ("Sporting Treviso, in panchina arriva Caldera\n\n"
               "\"Ringrazio Giorgio per la serietà\", ha dichiarato il presidente Alessandro Zanardo. "
               "Il nuovo allenatore non ha voluto fare promesse: \"Non chiedo tempo, chiedo lavoro. I punti "
               "arriveranno\". Nobody here is against new homes. \"We are against towers with one parking space for "
               "every three flats,\" said Helen Corbett, who chairs the group.")
    fc = one_report(make_checker, "treviso", article, "Sporting Treviso")
    for claim, theirs in (("\"Non chiedo tempo, chiedo lavoro\", ha detto il presidente Alessandro Zanardo.",
                           "Il nuovo allenatore"),
                          ("\"We are against towers with one parking space for every three flats,\" said councillor "
                           "Martin Hale.", "Helen Corbett")):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [(c.reason, c.text) for c in answer.conflicts] == [("source", theirs)]
    answer = fc.ask("\"Non chiedo tempo, chiedo lavoro\", ha detto il nuovo allenatore Roberto Caldera.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details


def test_a_quotation_given_to_another_speaker_by_pronoun_or_apposition(make_checker):
    """Through FactChecker on short reports (heldout9): Keogh's words, given to "he" after the sentence naming him,
    were supported 0.90 when the claim gave them to Alan Pryce, by "It was Alan Pryce who said …" too; Dal Molin's,
    after "Il sindaco di Montesalvo, Giorgio Dal Molin, ha … :", were not_enough_info 0.47 when given to Paolo
    Zanin ("ha detto:" and "è stata pronunciata da" named no source in the claim)."""
    court = ("Brenmoor fined over river pollution\n\n"
             "Speaking outside court, Brenmoor's managing director, Alan Pryce, said the company had already spent "
             "£350,000 on a new tank system. "
             "Martin Keogh, secretary of the Callow Anglers Association, welcomed the restocking but warned that "
             "recovery would be slow. \"It will take five years before the river is back to what it was,\" he said.")
    fc = one_report(make_checker, "court", court, "Brenmoor")
    for claim in ("Alan Pryce said it would take five years before the river is back to what it was.",
                  "It was Alan Pryce who said it would take five years before the river is back to what it was."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("source", "Alan Pryce", "Martin Keogh")]
    answer = fc.ask("Martin Keogh said it would take five years before the river is back to what it was.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, answer.details
    bridge = ("Chiuso il ponte sul Versa\n\n"
              "Il sindaco di Montesalvo, Giorgio Dal Molin, ha invece difeso la scelta della Provincia: \"La sicurezza "
              "viene prima di tutto\". \"Nei primi tre giorni abbiamo trasportato oltre 2.300 passeggeri\", ha "
              "dichiarato il direttore generale di Arvenza Mobilità, Paolo Zanin.")
    fc = one_report(make_checker, "ponte", bridge, "Ponte sul Versa")
    for claim in ("Paolo Zanin ha detto: \"La sicurezza viene prima di tutto\".",
                  "La frase \"La sicurezza viene prima di tutto\" è stata pronunciata da Paolo Zanin."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [(c.reason, c.text) for c in answer.conflicts] == [("source", "Il sindaco di Montesalvo, Giorgio Dal Molin")]
    answer = fc.ask("Giorgio Dal Molin ha detto: \"La sicurezza viene prima di tutto\".", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, answer.details


def test_a_reported_denial_is_no_denial_of_the_thing(make_checker):
    """Through FactChecker on a short football report: "Il presidente … ha negato che il club sia in vendita" was
    refuted 0.62 on "Lo Sporting non è in vendita" ("negato" was no negation: the claim read as "in vendita")."""
    article = ("Sporting Treviso, esonerato Vianello\n\n"
               "\"Ringrazio Giorgio per la serietà, ma i risultati non ci hanno lasciato alternative\", ha dichiarato "
               "il presidente Alessandro Zanardo, che ha però smentito le voci su una possibile cessione del club: "
               "\"Lo Sporting non è in vendita, né oggi né a gennaio\".")
    fc = one_report(make_checker, "treviso", article, "Sporting Treviso")
    answer = fc.ask("Il presidente Alessandro Zanardo ha negato che il club sia in vendita.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_vote_stated_whole_is_not_denied_by_another_sentence(make_checker):
    """Through FactChecker on a short housing report: "…, and eight councillors abstained" was refuted 0.50 on "… and
    denied that the company had asked the council for any additional subsidy" ("abstained" matched "denied")."""
    article = ("Bristol council backs 1,150-home plan\n\n"
               "The scheme, put forward by developer Harcourt Lane Homes, was passed by 38 votes to 24, with eight "
               "councillors abstaining. Simon Aldridge, managing director of Harcourt Lane, said work would start in "
               "2027. He did not give a date for completing the whole scheme, and denied that the company had asked "
               "the council for any additional subsidy.")
    fc = one_report(make_checker, "bristol", article, "Bristol housing")
    answer = fc.ask("The scheme was passed by 38 votes to 24, and eight councillors abstained.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, answer.details


def test_also_denied_of_the_one_it_adds(make_checker):
    """Through FactChecker on a short spill report: "Anche il Comune di Villa Carcina ha emesso un'ordinanza analoga
    a quella di Sarezzo" was supported 0.69 though "Il Comune di Villa Carcina non ha ancora emesso un provvedimento
    analogo" (the Sarezzo ordinance, said in another sentence, left the denial short of the claim)."""
    article = ("Cromo nel Mella, la sindaca vieta l'uso dell'acqua\n\n"
               "Venerdì pomeriggio la sindaca di Sarezzo, Giulia Ferrandi, ha firmato un'ordinanza che vieta fino al "
               "30 giugno di prelevare l'acqua del Mella. \"Preferisco un'ordinanza in più che un rischio in più\", ha "
               "detto Ferrandi. Il Comune di Villa Carcina non ha ancora emesso un provvedimento analogo.")
    fc = one_report(make_checker, "mella", article, "Cromo nel Mella")
    answer = fc.ask("Anche il Comune di Villa Carcina ha emesso un'ordinanza analoga a quella di Sarezzo.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["negation"]
    assert answer.details["features"]["conflict_explained"] >= 0.75  # what it adds to counts, said elsewhere


def test_an_office_the_article_sets_beside_the_name(make_checker):
    """Through FactChecker on a short cycling report: "Giorgio Bellotti è il presidente della Vetra Cycling" was
    not_enough_info 0.51, the article calling him "Il direttore sportivo della Vetra"."""
    article = ("Giro delle Dolomiti, Rinaldi vince al Passo Giau\n\n"
               "Il 24enne della Vetra Cycling ha attaccato a 4,5 chilometri dall'arrivo. Il direttore sportivo della "
               "Vetra, Giorgio Bellotti, ha spiegato che l'attacco era stato deciso già la sera prima.")
    fc = one_report(make_checker, "dolomiti", article, "Giro delle Dolomiti")
    answer = fc.ask("Giorgio Bellotti è il presidente della Vetra Cycling.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("role", "presidente", "direttore")]
    answer = fc.ask("Giorgio Bellotti è il direttore sportivo della Vetra Cycling.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_sum_said_short_and_a_figure_that_would_have_been(make_checker):
    """Through FactChecker on a short court report (heldout9): "Brenmoor Dairies was fined £2.4 million." was
    supported 0.59: "£1.6m" read as 1.6 with no million, and "a fine of £2.4 million would have been appropriate had
    …" stated the claim's figure. Italian alike: "1,6 mln" and "sarebbe stata adeguata"."""
    article = ("Brenmoor Dairies fined £1.6m after milk waste killed fish in River Callow\n\n"
               "The company employs 230 people at its Hadley Cross plant. "
               "Passing sentence, Judge Osei said a fine of £2.4 million would have been appropriate had the company "
               "been convicted after a trial, but she reduced it by a third to reflect its early guilty plea.")
    fc = one_report(make_checker, "brenmoor", article, "Brenmoor")
    for claim in ("Brenmoor Dairies was fined £2.4 million.", "Brenmoor Dairies was fined £2.4m."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("number", "2.4", "1.6")]
    for claim in ("Brenmoor Dairies was fined £1.6 million.",
                  "The judge said a fine of £2.4 million would have been appropriate after a trial."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, (claim, answer.details)


def test_a_question_the_article_says_is_not_answered(make_checker):
    """Through FactChecker on short reports (heldout8): "Quanti litri di liquido contaminato sono finiti nel Mella?"
    was answered 0.89 and "By what date is the whole scheme expected to be completed?" 0.92, from figures nearby,
    where the article says "La società non ha però indicato quanti litri …" and "He did not give a date for
    completing the whole scheme"; what the article does give stays answered."""
    spill = ("Cromo nel Mella, strage di pesci a Sarezzo\n\n"
             "Una sostanza contenente cromo esavalente si è riversata nel fiume Mella nella notte tra giovedì 4 e "
             "venerdì 5 giugno. I volontari hanno recuperato finora circa 2.300 pesci morti. La Galvanica Orsatti ha "
             "riconosciuto la rottura di una valvola. La società non ha però indicato quanti litri di liquido siano "
             "finiti nel fiume.")
    fc = one_report(make_checker, "mella", spill, "Cromo nel Mella")
    answer = fc.ask("Quanti litri di liquido contaminato sono finiti nel Mella?", kind="question")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    assert answer.details["rule"] == "the article says it is not given"
    answer = fc.ask("Quanti pesci morti hanno recuperato i volontari?", kind="question")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    housing = ("Bristol council backs 1,150-home plan\n\n"
               "The scheme was passed by 38 votes to 24. Simon Aldridge, managing director of Harcourt Lane, said "
               "work would start in 2027. He did not give a date for completing the whole scheme.")
    fc = one_report(make_checker, "bristol", housing, "Bristol housing")
    answer = fc.ask("By what date is the whole scheme expected to be completed?", kind="question")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    assert answer.details["rule"] == "the article says it is not given"
    answer = fc.ask("When will work on the scheme start?", kind="question")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_decision_the_article_says_is_not_made(make_checker):
    """Through FactChecker on a short court report (heldout9): "Brenmoor Dairies will appeal against the sentence."
    and "… will not appeal …" were both supported (0.69 / 0.63) where the article says "Mr Pryce said no decision had
    yet been made"; what the sentence does state stays supported."""
    article = ("Brenmoor Dairies fined over river pollution\n\n"
               "Brenmoor Dairies was sentenced at Eastmere Crown Court on Thursday. "
               "The company has 28 days in which to lodge an appeal against the sentence; Mr Pryce said no decision had "
               "yet been made.")
    fc = one_report(make_checker, "brenmoor", article, "Brenmoor")
    for claim in ("Brenmoor Dairies will appeal against the sentence.",
                  "Brenmoor Dairies will not appeal against the sentence.",
                  "Brenmoor Dairies farà ricorso contro la sentenza."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.NOT_ENOUGH_INFO, (claim, answer.details)
        assert answer.details.get("rule") == "not decided yet", (claim, answer.details)
    answer = fc.ask("Brenmoor Dairies has 28 days to lodge an appeal against the sentence.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_done_already_against_a_plan_said_after_it(make_checker):
    """Through FactChecker on short reports (heldout9): "Il cantiere vero e proprio sul ponte è già stato avviato." was
    supported 0.51 where the article says "… fino all'avvio del cantiere vero e proprio, previsto per lunedì 3
    novembre" (the plan said after what is planned, where the check read only before it)."""
    bridge = ("Chiuso il ponte sul Versa\n\n"
              "Pedoni e biciclette potranno continuare a transitare sul marciapiede lato nord fino all'avvio del "
              "cantiere vero e proprio, previsto per lunedì 3 novembre; da quella data il passaggio sarà vietato a "
              "tutti.")
    fc = one_report(make_checker, "ponte", bridge, "Ponte sul Versa")
    answer = fc.ask("Il cantiere vero e proprio sul ponte è già stato avviato.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.text) for c in answer.conflicts] == [("opposite", "avvio del cantiere vero e proprio, previsto per")]
    answer = fc.ask("Il cantiere vero e proprio sul ponte sarà avviato lunedì 3 novembre.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    museum = ("Palazzo Montefusco\n\n"
              "The museum's new wing will stay closed until the opening of the exhibition, scheduled for 12 March.")
    fc = one_report(make_checker, "museo", museum, "Palazzo Montefusco")
    answer = fc.ask("The exhibition has already opened.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"]


def test_done_already_against_a_study_of_the_company_named_elsewhere(make_checker):
    """Through FactChecker on short reports (heldout10): "Acque del Serrino ha già introdotto uno sconto del 30% per le
    famiglie a basso reddito." was not_enough_info 0.51 against "Bellussi ha risposto che uno sconto del 30% per i nuclei
    a basso reddito è allo studio …": the plan is said of the claim's own thing, the company named in other sentences
    only, so three fifths of the claim were matched there, short of the three quarters an opposite needed."""
    water = ("Acqua più cara nel Serrino\n\n"
             "Le bollette dell'acqua nei comuni serviti da Acque del Serrino potrebbero aumentare del 9,5% dal 1° gennaio. "
             "Il presidente della società, Renato Bellussi, ha risposto che uno sconto del 30% per i nuclei a basso reddito "
             "è allo studio, ma non è stato ancora deciso.")
    fc = one_report(make_checker, "acqua", water, "Acqua più cara")
    answer = fc.ask("Acque del Serrino ha già introdotto uno sconto del 30% per le famiglie a basso reddito.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"], answer.conflicts
    rail = ("Harbor Rail fined after delays\n\n"
            "Harbor Rail was fined two million pounds on Monday for repeated delays on its coastal line. Its chief "
            "executive, Tom Ellery, said a refund of 20% for season-ticket holders is under consideration. The company "
            "will also hire forty new drivers.")
    fc = one_report(make_checker, "rail", rail, "Harbor Rail")
    answer = fc.ask("Harbor Rail has already introduced a 20% refund for season-ticket holders.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"], answer.conflicts


def test_a_day_of_the_month_said_of_something_else(make_checker):
    """Through FactChecker on a short spill report (heldout8): "La bonifica delle sponde del Mella è cominciata lunedì
    8 giugno." was supported 0.62, "lunedì 8 giugno" being said of the plant's reopening, where the sentence about the
    clean-up gives "lunedì 15 giugno"; now a date conflict (8 against 15), not_enough_info at least."""
    article = ("Cromo nel Mella\n\n"
               "Il pubblico ministero ha disposto il sequestro della vasca, ma non dell'intero stabilimento, che lunedì "
               "8 giugno ha ripreso parzialmente la produzione. Le barriere assorbenti sono già state posizionate in tre "
               "punti del fiume, mentre la bonifica delle sponde dovrebbe cominciare lunedì 15 giugno.")
    fc = one_report(make_checker, "mella", article, "Cromo nel Mella")
    answer = fc.ask("La bonifica delle sponde del Mella è cominciata lunedì 8 giugno.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    assert answer.details["features"]["year_conflict"] == 1.0, answer.details  # a date conflict, shown if refuted
    answer = fc.ask("La bonifica delle sponde del Mella dovrebbe cominciare lunedì 15 giugno.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_relative_clause_after_a_denial_is_not_denied(make_checker):
    """Through FactChecker on a short spill report (heldout8): "Lo stabilimento ha ripreso parzialmente la produzione
    lunedì 8 giugno." was refuted 0.75 on "… il sequestro della vasca, ma non dell'intero stabilimento, che lunedì 8
    giugno ha ripreso parzialmente la produzione" (the negation read as governing the relative clause); what the
    negation does deny stays refuted. English alike: "…, but not the whole plant, which reopened on Monday"."""
    article = ("Cromo nel Mella\n\n"
               "Il pubblico ministero ha disposto il sequestro della vasca, ma non dell'intero stabilimento, che lunedì "
               "8 giugno ha ripreso parzialmente la produzione. The prosecutor seized the tank, but not the whole plant, "
               "which partly reopened on Monday.")
    fc = one_report(make_checker, "mella", article, "Cromo nel Mella")
    for claim in ("Lo stabilimento ha ripreso parzialmente la produzione lunedì 8 giugno.",
                  "The plant partly reopened on Monday."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, (claim, answer.details)
    answer = fc.ask("Il pubblico ministero ha disposto il sequestro dell'intero stabilimento.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["negation"]


def test_a_pronoun_subject_names_the_person_before(make_checker):
    """Through FactChecker on a short court report (heldout9): "Rachel Dunmore KC admitted that staff had deliberately
    concealed the spill." was supported 0.42 where the article says "She denied that staff had deliberately
    concealed the spill" right after a sentence naming her: the sentence was not about the claim (its name missing)."""
    article = ("Brenmoor fined over river pollution\n\n"
               "Rachel Dunmore KC, for Brenmoor, said the company \"deeply regretted\" the pollution. She denied that "
               "staff had deliberately concealed the spill, telling the court that the night shift had \"simply failed "
               "to recognise the scale of what was happening\".")
    fc = one_report(make_checker, "brenmoor", article, "Brenmoor")
    answer = fc.ask("Rachel Dunmore KC admitted that staff had deliberately concealed the spill.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Rachel Dunmore KC denied that staff had deliberately concealed the spill.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_denial_of_what_the_person_did_leaves_the_rest_to_other_sentences(make_checker):
    """Through FactChecker on a short strike report: "Giorgio Salvemini ha preso parte all'incontro in Regione." was
    not_enough_info 0.59 where "…, Giorgio Salvemini, non ha partecipato all'incontro" (the meeting at the Regione said
    in another sentence left the denial short of the claim). English alike."""
    article = ("Bari, sciopero alle Fonderie Adriatiche\n\n"
               "Una delegazione dei lavoratori è stata ricevuta nella sede della Regione Puglia per un incontro con "
               "l'assessore al Lavoro. L'amministratore delegato dell'azienda, Giorgio Salvemini, non ha partecipato "
               "all'incontro e ha fatto sapere con una nota che il piano resta necessario. "
               "Workers met officials at the regional government's headquarters in Bari. The company's chief executive, "
               "Giorgio Salvemini, did not attend the meeting.")
    fc = one_report(make_checker, "bari", article, "Fonderie Adriatiche")
    for claim in ("Giorgio Salvemini ha preso parte all'incontro in Regione.",
                  "Giorgio Salvemini attended the meeting at the regional government's headquarters."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [c.reason for c in answer.conflicts] == ["negation"], (claim, answer.conflicts)



def test_a_denial_of_what_a_titled_person_did(make_checker):
    """Through FactChecker on a short strike report (the older reports): "L'amministratore delegato Giorgio Salvemini ha
    preso parte all'incontro in Regione." was not_enough_info 0.50 where "L'amministratore delegato dell'azienda,
    Giorgio Salvemini, non ha partecipato all'incontro": the person after a title is the claim's person, as a name
    opening the claim is, and the meeting at the Regione is said in another sentence."""
    article = ("Bari, sciopero alle Fonderie Adriatiche\n\n"
               "Una delegazione dei lavoratori è stata ricevuta nella sede della Regione Puglia per un incontro con "
               "l'assessore al Lavoro. L'amministratore delegato dell'azienda, Giorgio Salvemini, non ha partecipato "
               "all'incontro e ha fatto sapere con una nota che il piano resta necessario.")
    fc = one_report(make_checker, "bari", article, "Fonderie Adriatiche")
    answer = fc.ask("L'amministratore delegato Giorgio Salvemini ha preso parte all'incontro in Regione.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["negation"], answer.conflicts


def test_the_weekday_of_a_conflicting_day_is_part_of_the_date(make_checker):
    """Through FactChecker on a short spill report (heldout8): "Lo stabilimento ha ripreso in parte la produzione
    martedì 9 giugno." against "…, che lunedì 8 giugno ha ripreso parzialmente la produzione": the day conflicts and
    its weekday with it, so the claim is explained whole (not_enough_info 0.60 once the negation before the relative
    clause no longer counted)."""
    article = ("Cromo nel Mella\n\n"
               "Il pubblico ministero ha disposto il sequestro della vasca, ma non dell'intero stabilimento, che lunedì "
               "8 giugno ha ripreso parzialmente la produzione. Nelle misurazioni di domenica 7 giugno la "
               "concentrazione era scesa a 38 microgrammi.")
    fc = one_report(make_checker, "mella", article, "Cromo nel Mella")
    answer = fc.ask("Lo stabilimento ha ripreso in parte la produzione martedì 9 giugno.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text, c.text) for c in answer.conflicts] == [("number", "9", "8")]


def test_a_share_said_as_a_fraction_meets_the_percentage(make_checker):
    """Through FactChecker on a short waiting-list report (heldout10): "un paziente su cinque" was refuted 0.87 against
    "il 20% dei pazienti" (five against 20), "più di un quinto delle quote" not_enough_info against "il 22%", and
    "circa la metà dei tecnici" supported 0.41 against "mancano sei tecnici su trentadue". English alike."""
    article = ("Liste d'attesa all'Asl Valdarena\n\n"
               "Secondo l'azienda, nel 2024 il 20% dei pazienti non si è presentato all'appuntamento senza disdire. "
               "\"In radiologia mancano sei tecnici su trentadue\", ha spiegato il direttore Giovanni Ferracin. "
               "For the retailer, a survey found that 25% of its customers shop only online.")
    fc = one_report(make_checker, "asl", article, "Liste d'attesa")
    for claim, verdict in (
            ("Nel 2024 un paziente su cinque non si è presentato all'appuntamento senza disdire.", Verdict.SUPPORTED),
            ("Nel 2024 un paziente su tre non si è presentato all'appuntamento senza disdire.", Verdict.REFUTED),
            ("In radiologia manca circa la metà dei tecnici.", Verdict.REFUTED),
            ("A survey found that a quarter of the retailer's customers shop only online.", Verdict.SUPPORTED),
            ("A survey found that a third of the retailer's customers shop only online.", Verdict.REFUTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)


def test_a_span_of_time_in_other_units(make_checker):
    """Through FactChecker on a short waiting-list report (heldout10): "Per una visita cardiologica si aspettano dodici
    settimane." was refuted 0.94 against "… visite cardiologiche, per le quali si attendono 84 giorni" (twelve against
    84, and the judge read the two as a contradiction). Thirteen weeks still conflict."""
    article = ("Liste d'attesa all'Asl Valdarena\n\n"
               "Tempi lunghi anche per le visite cardiologiche, per le quali si attendono 84 giorni, e per le colonscopie, "
               "dove servono 120 giorni.")
    fc = one_report(make_checker, "asl", article, "Liste d'attesa")
    answer = fc.ask("Per una visita cardiologica si aspettano dodici settimane.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Per una visita cardiologica si aspettano tredici settimane.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_who_says_it_past_an_office_a_side_or_the_sentence_end(make_checker):
    """Through FactChecker on a short water-tariff report (heldout10): the speaker named after the office at the
    sentence's end ("…, ha spiegato il presidente di Acque del Serrino, Renato Bellussi.": Bellussi's own words were
    refuted 0.90, given to "Acque"), one taking a side before a colon ("Contraria la sindaca …, Chiara Montagnani,
    …: \"…\"": her words given to Gobbato were supported), and a quotation going on into the next sentence, where
    its speaker is named (Grandi's words given to Ferracin were supported 0.98)."""
    article = ("Acqua, bollette più care nella Valle del Serrino\n\n"
               "\"Senza questi investimenti rischiamo di dover razionare l'acqua in estate\", ha spiegato il presidente di "
               "Acque del Serrino, Renato Bellussi. Contraria la sindaca di Roccavelia, Chiara Montagnani, che guida il "
               "fronte dei comuni critici: \"Chiediamo alle famiglie di pagare di più per un servizio che in dieci anni "
               "non è migliorato.\" Il sindaco di San Martino, Alessio Gobbato, si è detto invece favorevole. "
               "Il direttore dell'ospedale, Giovanni Ferracin, ha presentato il piano. Critico il sindacato. \"Chiedere "
               "ancora straordinari a personale già stremato non è una soluzione. Servono assunzioni stabili\", ha "
               "dichiarato la segretaria provinciale Michela Grandi.")
    fc = one_report(make_checker, "serrino", article, "Serrino")
    for claim, verdict in (
            ("Secondo il presidente Renato Bellussi, senza gli investimenti si rischia di dover razionare l'acqua in "
             "estate.", Verdict.SUPPORTED),
            ("È stato il sindaco Alessio Gobbato a dire che il servizio in dieci anni non è migliorato.", Verdict.REFUTED),
            ("È stata la sindaca Chiara Montagnani a dire che il servizio in dieci anni non è migliorato.",
             Verdict.SUPPORTED),
            ("Secondo Giovanni Ferracin, chiedere ancora straordinari a personale già stremato non è una soluzione.",
             Verdict.REFUTED),
            ("Secondo Michela Grandi, chiedere ancora straordinari a personale già stremato non è una soluzione.",
             Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    answer = fc.ask("Secondo Giovanni Ferracin, chiedere ancora straordinari a personale già stremato non è una "
                    "soluzione.", kind="claim")
    assert [(c.reason, c.claim_text) for c in answer.conflicts] == [("source", "Giovanni Ferracin")], answer.conflicts


def test_already_done_against_a_plan_said_by_the_future_or_an_expectation(make_checker):
    """Through FactChecker on short reports (heldout10): "La seconda macchina … è già stata installata all'ospedale Santa
    Giuliana." was supported 0.63 against "…, che sarà installata al Santa Giuliana di Pievecorta entro marzo" (the
    future "sarà" was no word of planning); "The group … has already filed its compensation claim in the High Court."
    supported 0.75 against "… which it expects to file in the High Court early next year" ("filed" did not match
    "file")."""
    article = ("Liste d'attesa all'Asl Valdarena\n\n"
               "Le risorse serviranno per pagare ore aggiuntive e per acquistare una seconda macchina per la risonanza "
               "magnetica, che sarà installata al Santa Giuliana di Pievecorta entro marzo. "
               "A group of about 2,100 customers is preparing a separate compensation claim, which it expects to file in "
               "the High Court early next year.")
    fc = one_report(make_checker, "asl", article, "Liste d'attesa")
    for claim, verdict in (
            ("La seconda macchina per la risonanza magnetica è già stata installata all'ospedale Santa Giuliana.",
             Verdict.REFUTED),
            ("La seconda macchina per la risonanza magnetica sarà installata al Santa Giuliana entro marzo.",
             Verdict.SUPPORTED),
            ("The group of about 2,100 customers has already filed its compensation claim in the High Court.",
             Verdict.REFUTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)


def test_no_as_a_vote_denies_nothing(make_checker):
    """Through FactChecker on a short water-tariff report (heldout10): "… ha annunciato il suo voto contrario e ha chiesto
    di rinviare la decisione a febbraio." was refuted 0.68 on "Montagnani ha annunciato che voterà no e ha chiesto di
    rinviare la decisione a febbraio.": the "no" of the vote read as a negation."""
    article = ("Acqua, bollette più care nella Valle del Serrino\n\n"
               "Contraria la sindaca di Roccavelia, Chiara Montagnani, che guida il fronte dei comuni critici. "
               "Montagnani ha annunciato che voterà no e ha chiesto di rinviare la decisione a febbraio.")
    fc = one_report(make_checker, "serrino", article, "Serrino")
    answer = fc.ask("La sindaca di Roccavelia Chiara Montagnani ha annunciato il suo voto contrario e ha chiesto di "
                    "rinviare la decisione a febbraio.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert not [c for c in answer.conflicts if c.reason == "negation"], answer.conflicts


def test_which_forum_is_not_answered_by_an_online_forum(make_checker):
    """Through FactChecker on a short data-breach report (heldout10): "On which online forum was the stolen data offered
    for sale?" was answered 0.98 by "… found part of the data offered for sale on an online forum" (a forum, none
    named); a law firm named beside its word still answers "Which law firm …?"."""
    article = ("Larkspur Living fined £3.2m\n\n"
               "The company discovered the intrusion only on 4 March 2024, when a cybersecurity researcher found part of "
               "the data offered for sale on an online forum. A group of about 2,100 customers, represented by the "
               "Pellington law firm Dacre Whitlock, is preparing a separate compensation claim.")
    fc = one_report(make_checker, "larkspur", article, "Larkspur")
    answer = fc.ask("On which online forum was the stolen data offered for sale?")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("Which law firm represents the group of customers?")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_number_given_to_another_item_of_a_list(make_checker):
    """Through FactChecker on a short waiting-list report (heldout10): "All'ospedale di Borgo Tessano per una
    colonscopia si attendono 84 giorni." was supported 0.84 against "… per le visite cardiologiche, per le quali si
    attendono 84 giorni, e per le colonscopie all'ospedale di Borgo Tessano, dove servono 120 giorni" (84 is stated,
    of the cardiology visits). English alike."""
    article = ("Liste d'attesa all'Asl Valdarena\n\n"
               "Tempi lunghi anche per le visite cardiologiche, per le quali si attendono 84 giorni, e per le colonscopie "
               "all'ospedale di Borgo Tessano, dove servono 120 giorni. "
               "Patients wait 30 days for a hip scan at Leeds General, while knee operations at the Royal Infirmary in "
               "Harrogate take 95 days.")
    fc = one_report(make_checker, "asl", article, "Liste d'attesa")
    for claim, verdict in (
            ("All'ospedale di Borgo Tessano per una colonscopia si attendono 84 giorni.", Verdict.REFUTED),
            ("All'ospedale di Borgo Tessano per una colonscopia si attendono 120 giorni.", Verdict.SUPPORTED),
            ("Per una visita cardiologica si attendono 84 giorni.", Verdict.SUPPORTED),
            ("Knee operations at the Royal Infirmary in Harrogate take 30 days.", Verdict.REFUTED),
            ("Knee operations at the Royal Infirmary in Harrogate take 95 days.", Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)


def test_a_weekday_against_its_date_with_data_illustrated(make_checker):
    """Through FactChecker on a short waiting-list report (heldout10): "I dati … sono stati presentati lunedì 4
    novembre." against "I dati sono stati illustrati martedì 4 novembre …" was not_enough_info 0.67: the weekday
    conflicted, but "presentati" did not match "illustrati", leaving less than half of the claim explained."""
    article = ("Liste d'attesa all'Asl Valdarena\n\n"
               "Sono 14.600 i pazienti in attesa di una visita specialistica nel territorio dell'Asl Valdarena. "
               "I dati sono stati illustrati martedì 4 novembre in una conferenza stampa nella sede dell'Azienda "
               "sanitaria.")
    fc = one_report(make_checker, "asl", article, "Liste d'attesa")
    answer = fc.ask("I dati sulle liste d'attesa dell'Asl Valdarena sono stati presentati lunedì 4 novembre.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("I dati sulle liste d'attesa dell'Asl Valdarena sono stati presentati martedì 4 novembre.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_how_much_compensation_is_answered_by_a_sum_of_compensation(make_checker):
    """Through FactChecker on short reports (heldout10): "How much compensation are the 2,100 customers seeking …?"
    was answered 0.91 by the fine's "£3.2 million" in another sentence; a sum the sentence gives as compensation
    answers it, in either language."""
    article = ("Larkspur Living fined £3.2m\n\n"
               "An online retailer has been fined £3.2 million by the Information Commissioner's Office. A group of about "
               "2,100 customers is preparing a separate compensation claim, which it expects to file next year.")
    fc = one_report(make_checker, "larkspur", article, "Larkspur")
    answer = fc.ask("How much compensation are the 2,100 customers seeking from Larkspur Living?")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    article = ("Brenmoor anglers compensated\n\n"
               "The court awarded £40,000 in compensation to the Brenmoor anglers. "
               "Il tribunale ha riconosciuto ai pescatori un risarcimento di 25.000 euro.")
    fc = one_report(make_checker, "brenmoor", article, "Brenmoor")
    answer = fc.ask("How much compensation did the court award to the Brenmoor anglers?")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Quanto ha riconosciuto il tribunale ai pescatori di risarcimento?")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_who_wanted_it_done_said_in_other_words(make_checker):
    """Through FactChecker on a short report: the side that wanted the call, said in other words ("The White House
    requested the call" against "… at the initiative of Washington": not_enough_info 0.44 before), and another side
    in its place, the claim's name standing elsewhere in the sentence ("the foreign ministers of Russia and the
    United States"): "Moscow requested the call." was supported 0.41."""
    article = ("Ministers talk\n\nThe foreign ministers of Russia and the United States held a phone call at the "
               "initiative of Washington, the Russian ministry said. The two agreed to meet again next month.")
    fc = one_report(make_checker, "call-en", article, "Ministers talk")
    answer = fc.ask("The White House requested the call.", kind="claim")
    assert (answer.verdict, answer.details.get("rule")) == (Verdict.SUPPORTED, "stated in other words"), answer.details
    for claim in ("Moscow requested the call.", "It was the Kremlin that requested the call.",
                  "The call took place at Moscow's request."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert any(c.text == "Washington" for c in answer.conflicts), (claim, answer.conflicts)


def test_who_wanted_it_done_in_italian(make_checker):
    """The same in Italian: "Fu il Cremlino a volere quella chiamata." / "Mosca ha voluto la telefonata." against "… un
    colloquio telefonico su richiesta di Washington, ha riferito il ministero russo"."""
    article = ("Telefonata tra i ministri\n\nI ministri degli Esteri di Russia e Stati Uniti hanno avuto un colloquio "
               "telefonico su richiesta di Washington, ha riferito il ministero russo. I due hanno concordato di "
               "incontrarsi di nuovo il mese prossimo.")
    fc = one_report(make_checker, "call-it", article, "Telefonata tra i ministri")
    answer = fc.ask("Fu la Casa Bianca a volere quella chiamata.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    for claim in ("Fu il Cremlino a volere quella chiamata.", "Mosca ha voluto la telefonata."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert any(c.text == "Washington" for c in answer.conflicts), (claim, answer.conflicts)


def test_already_against_a_future_said_of_the_claims_subject(make_checker):
    """Through FactChecker on short reports (heldout11): "I chioschi per il check-in automatico sono già in funzione …"
    was not_enough_info 0.73 against "… entro marzo 2026 l'aeroporto installerà 14 chioschi per il check-in automatico":
    the thing said done stands before "già", and "installerà" is a future the plan words did not list."""
    airport = ("Sciopero a Castelbrenta\n\n"
               "La manager ha ricordato inoltre che entro marzo 2026 l'aeroporto di Castelbrenta installerà 14 chioschi per "
               "il check-in automatico, che non sostituiranno nessun lavoratore.")
    fc = one_report(make_checker, "aereo", airport, "Sciopero a Castelbrenta")
    answer = fc.ask("I chioschi per il check-in automatico sono già in funzione all'aeroporto di Castelbrenta.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.claim_text) for c in answer.conflicts] == [("opposite", "già")], answer.conflicts
    answer = fc.ask("Entro marzo 2026 l'aeroporto installerà 14 chioschi per il check-in automatico.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    museum = ("Palazzo Montefusco\n\n"
              "By next spring the museum will open a new wing for its collection of Roman coins.")
    fc = one_report(make_checker, "museum", museum, "Palazzo Montefusco")
    answer = fc.ask("The new wing for the Roman coins is already open.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_a_decision_said_made_where_the_article_says_none_is(make_checker):
    """Through FactChecker on short reports (heldout11, heldout10): "Aeroporti Brentani ha già deciso di migliorare la
    propria offerta economica ai lavoratori." was supported 0.68 against "… un miglioramento dell'offerta economica «non
    è escluso, ma oggi non è deciso nulla»" (said by its chief executive, the company named in the sentence before).
    What it will do stays not decided (not_enough_info), as before."""
    airport = ("Sciopero a Castelbrenta\n\n"
               "L'amministratrice delegata di Aeroporti Brentani, Claudia Ferrandi, ha stimato in 400.000 euro il danno. "
               "Ferrandi ha detto che un miglioramento dell'offerta economica «non è escluso, ma oggi non è deciso "
               "nulla».")
    fc = one_report(make_checker, "aereo", airport, "Sciopero a Castelbrenta")
    answer = fc.ask("Aeroporti Brentani ha già deciso di migliorare la propria offerta economica ai lavoratori.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"], answer.conflicts
    rail = ("Harbor Rail fined after delays\n\n"
            "Harbor Rail was fined two million pounds on Monday for repeated delays on its coastal line. Its chief "
            "executive, Tom Ellery, said the company could appeal against the fine, but nothing had been decided yet.")
    fc = one_report(make_checker, "rail", rail, "Harbor Rail")
    answer = fc.ask("Harbor Rail has decided to appeal against the fine.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Harbor Rail will appeal against the fine.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details


def test_a_rejected_claim_agrees_with_a_denial(make_checker):
    """Through FactChecker on a short report (heldout11): "Professor Marchbank rejected the claim that the new business
    school building had contributed to the deficit." was refuted 0.90 by the denial it restates ("Professor Marchbank
    denied that the building had contributed to the deficit"); saying she accepted it stays refuted."""
    uni = ("University of Harwick\n\n"
           "The union has accused the university of spending £46 million on a new business school building. Professor "
           "Marchbank denied that the building had contributed to the deficit, saying it had been paid for largely by a "
           "gift from a former student.")
    fc = one_report(make_checker, "uni", uni, "University of Harwick")
    answer = fc.ask("Professor Marchbank rejected the claim that the new business school building had contributed to "
                    "the deficit.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Professor Marchbank accepted that the new business school building had contributed to the deficit.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_a_difference_of_two_figures_given_as_the_change(make_checker):
    """Through FactChecker on short reports (heldout11): "… circa 44.000 quintali di uva in meno rispetto al 2024" was
    refuted 0.57 against "… circa 68.000 quintali di uva, contro i 112.000 della vendemmia 2024", and "… aumentati di circa
    300.000" refuted 0.64 against "2,1 milioni di passeggeri, contro gli 1,8 milioni": the claim's number is the
    difference (a comparative after it, "di circa" before it; scale words count). The other way round, or another
    difference, still conflicts. (Supported in the reports; here, on two sentences, some are not_enough_info.)"""
    wine = ("Grandinata sul Monteverzo\n\n"
            "La cantina prevede di vinificare quest'anno circa 68.000 quintali di uva, contro i 112.000 della vendemmia "
            "2024. Nel 2024 l'aeroporto di Roccafelice ha registrato 2,1 milioni di passeggeri, contro gli 1,8 milioni "
            "dell'anno precedente.")
    fc = one_report(make_checker, "vino", wine, "Grandinata")
    for claim in ("Quest'anno la cantina lavorerà circa 44.000 quintali di uva in meno rispetto al 2024.",
                  "Nel 2024 i passeggeri dell'aeroporto sono aumentati di circa 300.000 rispetto all'anno prima."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, (claim, answer.details)
    for claim in ("Quest'anno la cantina lavorerà circa 30.000 quintali di uva in meno rispetto al 2024.",
                  "Nel 2024 i passeggeri dell'aeroporto sono diminuiti di circa 300.000 rispetto all'anno prima."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
    hail = ("Hail hits Hillcrest growers\n\n"
            "The cooperative expects to process about 68,000 tonnes of grapes this year, against 112,000 tonnes in 2024. "
            "Hillcrest airport handled 2.1 million passengers in 2024, compared with 1.8 million the year before.")
    fc = one_report(make_checker, "hail", hail, "Hail hits Hillcrest")
    for claim in ("The cooperative will process about 44,000 tonnes of grapes fewer than in 2024.",
                  "Passenger numbers at Hillcrest airport rose by about 300,000 in 2024."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, (claim, answer.details)
    answer = fc.ask("Passenger numbers at Hillcrest airport fell by about 300,000 in 2024.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_a_number_of_another_thing_is_no_conflict(make_checker):
    """Through FactChecker on short reports (heldout11): "The University of Harwick has about 18,000 students." was
    refuted 0.76 by "… is to cut 240 jobs … a deficit of £31.5 million": no number there counts students; a count of
    jobs still conflicts, in either language ("voli" / "flights"). And "La cooperativa riunisce 310 soci." was refuted
    0.49 by "620 dei 1.480 ettari conferiti dai 310 soci" (620, a part of the hectares, read as counting members)."""
    uni = ("University of Harwick\n\n"
           "The University of Harwick is to cut 240 jobs and close three departments as it tries to eliminate a "
           "projected deficit of £31.5 million for the year ending in July 2026.")
    fc = one_report(make_checker, "uni", uni, "University of Harwick")
    answer = fc.ask("The University of Harwick has about 18,000 students.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO and not answer.conflicts, answer.details
    for claim in ("The University of Harwick will cut 300 jobs.", "L'Università di Harwick taglierà 300 posti di lavoro."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [c.text for c in answer.conflicts if c.reason == "number"] == ["240"], answer.conflicts
    wine = ("Grandinata sul Monteverzo\n\n"
            "Secondo una prima stima della cooperativa, sono stati danneggiati 620 dei 1.480 ettari conferiti dai 310 "
            "soci e la perdita di produzione sarà intorno al 40%.")
    fc = one_report(make_checker, "vino", wine, "Grandinata")
    answer = fc.ask("La cooperativa riunisce 310 soci.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED and not answer.conflicts, answer.details
    answer = fc.ask("La cooperativa riunisce 350 soci.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_how_many_counts_the_thing_asked(make_checker):
    """Through FactChecker on short reports (heldout11): "Quante bottiglie produce ogni anno la Cantina sociale di
    Roccafelice?" was answered 0.81: "310 soci" was read as counting what it asks ("soci" is near "sociale"), and a
    year or a share counted anything. The word after "quante" / "how many" is what must be counted; a share answers
    how many of a group; the count of the very thing asked answers from any retrieved sentence."""
    wine = ("Grandinata sul Monteverzo\n\n"
            "Grandinata sulle colline del Monteverzo, la Cantina sociale di Roccafelice perde il 40% dell'uva. "
            "Secondo una prima stima della cooperativa, sono stati danneggiati 620 dei 1.480 ettari conferiti dai 310 "
            "soci. La cantina prevede di vinificare quest'anno circa 68.000 quintali di uva, contro i 112.000 della "
            "vendemmia 2024. Solo il 35% dei soci della cantina aveva stipulato una polizza contro la grandine.")
    fc = one_report(make_checker, "vino", wine, "Grandinata")
    answer = fc.ask("Quante bottiglie produce ogni anno la Cantina sociale di Roccafelice?")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    for question in ("Quanti soci ha la Cantina sociale di Roccafelice?",
                     "Quanti dei soci della cantina avevano una polizza contro la grandine?"):
        answer = fc.ask(question)
        assert answer.verdict is Verdict.SUPPORTED, (question, answer.details)
    hail = ("Hail hits Hillcrest growers\n\n"
            "Hail on Sunday damaged 620 of the 1,480 hectares farmed by the 310 members of the Hillcrest cooperative. "
            "The cooperative expects to process about 68,000 tonnes of grapes this year, against 112,000 tonnes in 2024.")
    fc = one_report(make_checker, "hail", hail, "Hail hits Hillcrest")
    answer = fc.ask("How many bottles does the Hillcrest cooperative produce each year?")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("How many members does the Hillcrest cooperative have?")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_direction_against_two_figures(make_checker):
    """Through FactChecker on short reports (heldout11): "Nel 2024 l'aeroporto di Castelbrenta ha accolto meno
    passeggeri che nel 2023." was not_enough_info 0.48 against "Nel 2024 lo scalo ha registrato 2,1 milioni di
    passeggeri, contro gli 1,8 milioni dell'anno precedente": what it got wrong is the direction (an opposite, shown
    against the two figures), not its year ("2023" was put against the sentence's "2024", "the year before" being
    2023). The same in English; the direction the figures take is no conflict."""
    airport = ("Sciopero a Castelbrenta\n\n"
               "Sciopero all'aeroporto di Castelbrenta: 46 voli cancellati. Nel 2024 lo scalo ha registrato 2,1 milioni di "
               "passeggeri, contro gli 1,8 milioni dell'anno precedente.")
    fc = one_report(make_checker, "aereo", airport, "Sciopero a Castelbrenta")
    answer = fc.ask("Nel 2024 l'aeroporto di Castelbrenta ha accolto meno passeggeri che nel 2023.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.reason, c.text) for c in answer.conflicts] == [("opposite", "2,1 milioni di passeggeri, contro gli 1,8")]
    answer = fc.ask("Nel 2024 i passeggeri dell'aeroporto di Castelbrenta sono aumentati.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details
    hillcrest = ("Hillcrest airport\n\n"
                 "Hillcrest airport handled 2.1 million passengers in 2024, compared with 1.8 million the year before.")
    fc = one_report(make_checker, "air", hillcrest, "Hillcrest airport")
    answer = fc.ask("Hillcrest airport handled fewer passengers in 2024 than in 2023.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"], answer.conflicts
    answer = fc.ask("Passenger numbers at Hillcrest airport rose in 2024.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details


def test_an_end_of_what_was_done_is_a_denial(make_checker):
    """Through FactChecker on short reports (heldout11): "From September 2026 the music department will no longer take
    on new undergraduates." was refuted 0.42 against "… will stop admitting new undergraduates from September 2026":
    "stop admitting", "smetteranno di accogliere" deny what follows, as "no longer" / "non … più" do; going on
    still conflicts."""
    uni = ("University of Harwick\n\n"
           "The departments of music, modern languages and archaeology will stop admitting new undergraduates from "
           "September 2026, although students already enrolled will be able to finish their degrees.")
    fc = one_report(make_checker, "uni", uni, "University of Harwick")
    answer = fc.ask("From September 2026 the music department will no longer take on new undergraduates.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("From September 2026 the music department will keep admitting new undergraduates.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    uni_it = ("Università di Harwick\n\n"
              "I dipartimenti di musica, lingue moderne e archeologia smetteranno di accogliere nuove matricole dal "
              "settembre 2026, anche se gli studenti già iscritti potranno finire il corso di laurea.")
    fc = one_report(make_checker, "uni-it", uni_it, "Università di Harwick")
    answer = fc.ask("Dal settembre 2026 il dipartimento di musica non accoglierà più nuove matricole.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Dal settembre 2026 il dipartimento di musica continuerà ad accogliere nuove matricole.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_a_share_given_as_a_part_and_its_whole(make_checker):
    """Through FactChecker on short reports (heldout11): "Gli ettari colpiti sono più di un terzo di quelli conferiti dai
    soci" was not_enough_info against "… danneggiati 620 dei 1.480 ettari conferiti dai 310 soci" (the judge does not
    divide; "un terzo" met an unrelated "40%"); a share the two counts do not give conflicts with them. English alike,
    the whole given first."""
    vino = ("Grandine sul Monteverzo\n\n"
            "Secondo una prima stima della cooperativa, sono stati danneggiati 620 dei 1.480 ettari conferiti dai 310 soci "
            "e la perdita di produzione sarà intorno al 40%.")
    fc = one_report(make_checker, "vino", vino, "Grandine sul Monteverzo")
    for claim, verdict in (
            ("Gli ettari danneggiati sono più di un terzo di quelli conferiti dai soci.", Verdict.SUPPORTED),
            ("Gli ettari danneggiati sono meno di un quarto di quelli conferiti dai soci.", Verdict.REFUTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    conflict = answer.conflicts[0]
    assert (conflict.claim_text, conflict.text) == ("un quarto", "620")
    uni = ("University of Harwick\n\n"
           "Of the 240 posts that will go, about 150 are academic and 90 are in professional services.")
    fc = one_report(make_checker, "uni", uni, "University of Harwick")
    for claim, verdict in (
            ("More than half of the 240 posts that will go are academic.", Verdict.SUPPORTED),
            ("About a third of the 240 posts that will go are academic.", Verdict.REFUTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)


def test_without_denies_its_own_phrase_in_a_sentence_about_the_claim(make_checker):
    """Through FactChecker on a short ferry report (heldout12): "Clyde & Isles Ferries announced the winter cancellations
    on a Tuesday." was refuted 0.80 by "face eleven weeks without a car ferry this winter after Clyde & Isles Ferries
    confirmed on Tuesday …" (the negation read as governing the clause after "after"), and "… three-quarters of the
    island's businesses rely on the ferry" refuted 0.97 by that "without", where MacPhail's own sentence, saying much
    more of the claim, says "Three out of every four". A claim of the car ferry itself is still denied; half is still
    refuted. And "thirty years old" is an age, not "old" against "a new, larger vessel"."""
    ferry = ("Tarsay loses winter car ferry\n\n"
             "Islanders on Tarsay face eleven weeks without a car ferry this winter after Clyde & Isles Ferries confirmed "
             "on Tuesday 18 November that it will cancel all sailings between Port Ardcraig and the island. "
             "The company said its only vessel on the route, the 31-year-old MV Lady Catriona, needs a new gearbox. "
             "Its convener, Eilidh MacPhail, said: \"Three out of every four of our businesses depend on the ferry.\" "
             "Clyde & Isles Ferries says a new, larger vessel is being designed for delivery in 2029.")
    fc = one_report(make_checker, "ferry", ferry, "Tarsay loses winter car ferry")
    for claim, verdict in (
            ("Clyde & Isles Ferries announced the winter cancellations on a Tuesday.", Verdict.SUPPORTED),
            ("Islanders on Tarsay will have a car ferry this winter.", Verdict.REFUTED),
            ("Eilidh MacPhail said that three-quarters of the island's businesses rely on the ferry.", Verdict.SUPPORTED),
            ("Eilidh MacPhail said that half of the island's businesses rely on the ferry.", Verdict.REFUTED),
            ("The MV Lady Catriona is around thirty years old.", Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
        if verdict is Verdict.SUPPORTED:
            assert not answer.conflicts, (claim, answer.conflicts)


def test_a_change_given_as_two_figures_supports_the_claim(make_checker):
    """Through FactChecker on short reports (heldout12): "La spesa per l'acquisto di libri cala di 50.000 euro." was
    refuted 0.38 against "… l'acquisto di libri, che passa da 160.000 a 110.000 euro" and "i letti di osservazione breve
    aumentano di dodici" not_enough_info against "porta i letti di osservazione breve da 18 a 30": the judge does not
    subtract (contradiction 0.93). The move's difference is the claim's change ("a change of two figures"); another
    difference still conflicts or stays unconfirmed. "up from an initial estimate of £1.9 million" is an earlier
    value too."""
    lib = ("Biblioteche di Castelpieve\n\n"
           "La spesa scende da 1,45 a 1,32 milioni di euro, e il taglio riguarda soprattutto l'acquisto di libri, che passa "
           "da 160.000 a 110.000 euro. Il piano porta i letti di osservazione breve da 18 a 30 e crea un'area separata.")
    fc = one_report(make_checker, "lib", lib, "Biblioteche di Castelpieve")
    for claim, verdict in (
            ("La spesa per l'acquisto di libri cala di 50.000 euro.", Verdict.SUPPORTED),
            ("La spesa per l'acquisto di libri cala di 40.000 euro.", Verdict.REFUTED),
            ("Con il piano i letti di osservazione breve aumentano di dodici.", Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    answer = fc.ask("Con il piano i letti di osservazione breve aumentano di dieci.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    ferry = ("Tarsay ferry repairs\n\n"
             "The repairs to the vessel are expected to cost £2.8 million, up from an initial estimate of £1.9 million.")
    fc = one_report(make_checker, "ferry", ferry, "Tarsay ferry repairs")
    answer = fc.ask("The expected cost of the repairs to the vessel rose by £900,000 from the initial estimate.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("The expected cost of the repairs to the vessel fell by £900,000 from the initial estimate.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


def test_how_many_or_how_much_is_answered_by_a_count_of_all_of_the_thing_named(make_checker):
    """Through FactChecker on short reports (heldout12): "Quanti infermieri lavorano attualmente nel pronto soccorso …?"
    was answered by "chiede almeno 11 infermieri in più" (a count to add, not of all), unless more are asked about;
    "milioni" of "2,4 milioni di euro" counted anything; "How much will the new, larger vessel for the route cost?" was
    answered 0.74 by the repairs' £2.8 million (a cost answers for what the question names, said in its sentence)."""
    er = ("Pronto soccorso di Montalbeto\n\n"
          "Il segretario provinciale del sindacato, Roberto Gallizio, chiede almeno 11 infermieri in più per il pronto "
          "soccorso. L'azienda ha presentato un piano da 2,4 milioni di euro per il reparto.")
    fc = one_report(make_checker, "er", er, "Pronto soccorso di Montalbeto")
    for question, verdict in (
            ("Quanti infermieri lavorano attualmente nel pronto soccorso?", Verdict.NOT_ENOUGH_INFO),
            ("Quanti posti letto ha il reparto?", Verdict.NOT_ENOUGH_INFO),
            ("Quanti infermieri in più chiede il sindacato per il pronto soccorso?", Verdict.SUPPORTED)):
        answer = fc.ask(question)
        assert answer.verdict is verdict, (question, answer.details)
    ferry = ("Tarsay ferry\n\n"
             "The work will be carried out at a dry dock in Aberdeen and is expected to cost £2.8 million. "
             "The company says a new, larger vessel is being designed for delivery in 2029.")
    fc = one_report(make_checker, "ferry", ferry, "Tarsay ferry")
    for question, verdict in (
            ("How much will the new, larger vessel for the route cost?", Verdict.NOT_ENOUGH_INFO),
            ("How much will the work at the dry dock cost?", Verdict.SUPPORTED),
            ("Quanto costerà la nuova nave più grande?", Verdict.NOT_ENOUGH_INFO)):
        answer = fc.ask(question)
        assert answer.verdict is verdict, (question, answer.details)


def test_a_question_left_open_denies_nothing_and_keeps_to_its_clause(make_checker):
    """Through FactChecker on a short report (heldout12): "Non è ancora stato deciso se l'area … resterà aperta anche di
    notte: la questione sarà discussa dalla conferenza dei sindaci, convocata per lunedì 15 dicembre." refuted 0.72 "L'area
    … resterà aperta anche di notte" (its "Non" read as a denial), and "La conferenza dei sindaci si riunirà di lunedì."
    was not_enough_info as "not decided yet" (the conference is in the next clause, decided). English alike."""
    er = ("Pronto soccorso di Montalbeto\n\n"
          "Non è ancora stato deciso se l'area per i codici minori resterà aperta anche di notte: la questione sarà "
          "discussa dalla conferenza dei sindaci, convocata per lunedì 15 dicembre.")
    fc = one_report(make_checker, "er", er, "Pronto soccorso di Montalbeto")
    for claim, verdict in (
            ("L'area per i codici minori resterà aperta anche di notte.", Verdict.NOT_ENOUGH_INFO),
            ("L'area per i codici minori non resterà aperta di notte.", Verdict.NOT_ENOUGH_INFO),
            ("La conferenza dei sindaci si riunirà di lunedì.", Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict and not answer.conflicts, (claim, answer.details)
    pool = ("Harwick pool\n\n"
            "The council has not yet decided whether the pool will open on Sundays: the question will be discussed by the "
            "leisure committee, which meets on Monday 3 March.")
    fc = one_report(make_checker, "pool", pool, "Harwick pool")
    for claim, verdict in (
            ("The pool will open on Sundays.", Verdict.NOT_ENOUGH_INFO),
            ("The leisure committee will meet on a Monday.", Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict and not answer.conflicts, (claim, answer.details)
    # it still denies a decision or a confirmation the claim states (heldout5, heldout11)
    health = ("Vaccination pilot\n\n"
              "The UK Health Security Agency said the results were \"encouraging\" but did not confirm whether it would "
              "extend the programme to secondary schools.")
    fc = one_report(make_checker, "health", health, "Vaccination pilot")
    answer = fc.ask("The UK Health Security Agency confirmed it would extend the programme to secondary schools.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED and [c.reason for c in answer.conflicts] == ["negation"], answer.details


def test_a_claim_in_english_reads_the_italian_article_through_translations(make_checker):
    """Through FactChecker on a short Italian report (it_pol, h12): "The city council rejected the mobility plan." was
    supported 0.46 against "Il consiglio comunale … ha approvato … il nuovo piano per la mobilità urbana": across
    languages "council" and "plan" met no word (embeddings place "consiglio" and "council" too far apart), so
    "rejected" had no slot to stand against "approvato". MultiWordNet's translations ("consiglio"/"council",
    "piano"/"plan") are read for a claim in the other language."""
    article = ("Bologna, via libera al piano della mobilità\n\n"
               "Il consiglio comunale di Bologna ha approvato martedì sera il nuovo piano per la mobilità urbana con 24 "
               "voti a favore e 12 contrari.")
    fc = one_report(make_checker, "bo", article, "Bologna, via libera al piano della mobilità")
    answer = fc.ask("The city council rejected the mobility plan.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("rejected", "approvato")]
    answer = fc.ask("The city council approved the mobility plan.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_figures_said_another_way_through_the_checker(make_checker):
    """Through FactChecker on a short water-utility report (heldout13): a percentage against a date's day ("del nove
    per cento" was refuted 0.42 by "a partire dal 1° luglio", read as the value the 9% moved from), a fraction said
    with an article ("circa il 67%" against "circa due terzi", refuted 0.64), a loss given as two figures sharing their
    scale ("ha perso 24 milioni" against "da 41 a 17 milioni", refuted 0.79, "in dodici mesi" against "in un anno"), a
    rise to an approximate figure ("da 420 a circa 458 euro"), a share whose day of a date stated it ("del 19 per
    cento", left not_enough_info by "da lunedì 19 maggio" and a decision about something else still open)."""
    article = ("Rincaro dell'acqua a Valmora\n\n"
               "Il consorzio Acque del Serchio ha annunciato un aumento delle tariffe del 9 per cento a partire dal "
               "1° luglio. Il bacino di Ca' Bianca, che fornisce circa due terzi dell'acqua distribuita, è sceso in un "
               "anno da 41 a 17 milioni di metri cubi. Per una famiglia di tre persone la bolletta annuale media "
               "passerà da 420 a circa 458 euro. Il consorzio ha confermato un fondo per le agevolazioni, ma non ha "
               "ancora deciso se il bonus sarà applicato automaticamente in bolletta. Da lunedì 19 maggio è vietato "
               "annaffiare i giardini con l'acqua potabile.")
    fc = one_report(make_checker, "valmora", article, "Acque del Serchio")
    # the rise's figure is no earlier value of anything (the judge alone still reads this one as it will)
    answer = fc.ask("Dal primo luglio le tariffe del consorzio Acque del Serchio saliranno del nove per cento.", kind="claim")
    assert not [c for c in answer.conflicts if c.reason == "number"], answer.conflicts
    for claim in ("Il bacino di Ca' Bianca fornisce circa il 67% dell'acqua distribuita.",
                  "In dodici mesi il bacino di Ca' Bianca ha perso 24 milioni di metri cubi d'acqua.",
                  "Una famiglia di tre persone pagherà circa 38 euro in più all'anno."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)
    answer = fc.ask("Il consorzio Acque del Serchio aumenterà le tariffe del 19 per cento.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts if c.reason == "number"] == [("19", "9")]
    # and a change the figures do not make, with the rest of the claim said there, refutes
    for claim in ("In sei mesi il bacino di Ca' Bianca ha perso 24 milioni di metri cubi d'acqua.",
                  "Per una famiglia di tre persone la bolletta annuale media crescerà di circa 58 euro."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)


def test_a_date_counts_nothing_and_a_quarter_is_a_share_through_the_checker(make_checker):
    """Through FactChecker on short reports (heldout13): "more than 5,000 signatures" was refuted 0.68 by "on
    Wednesday 2 April" (the day of a date taken for a count); "per circa tre quarti grazie alle vongole" was read as
    "tre" (a plural part taken for an ordinal before a noun), so "Circa il 75% del fatturato" was refuted 0.45;
    "scende di 150 chili" against "da 400 a 250 chilogrammi" was not_enough_info ("chili" against "chilogrammi")."""
    fc = one_report(make_checker, "pool", (
        "Marsh Lane pool to close\n\n"
        "A campaign group, Save Marsh Lane Pool, says it will hand a petition to the council on Wednesday 2 April. "
        "The pool opened in 1981."), "Marsh Lane")
    answer = fc.ask("The Save Marsh Lane Pool petition has gathered more than 5,000 signatures.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    fc = one_report(make_checker, "vongole", (
        "Nuova quota sulle vongole\n\n"
        "La cooperativa Ardea conta 118 soci e nel 2024 ha fatturato 6,8 milioni di euro, per circa tre quarti grazie "
        "alle vongole. Il provvedimento abbassa il limite giornaliero per ogni imbarcazione da 400 a 250 chilogrammi."),
        "Ardea")
    for claim in ("Circa il 75% del fatturato 2024 della cooperativa Ardea è arrivato dalle vongole.",
                  "Il limite giornaliero di vongole per ogni imbarcazione scende di 150 chili."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)


def test_opposites_offices_and_comparisons_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout13): "gli stock … sono raddoppiati" was supported 0.72 where the
    clause ends "… si sono dimezzati" eight words after "vongole"; "Lucia Ferretti è la sindaca di Castel Rivalta" was
    supported 0.65 where "La sindaca di San Donato in Colle, Lucia Ferretti, …" (the other place named elsewhere in
    passing); "piovuto più della media" was supported 0.60 against "meno della metà della media". "circa un quarto" against "il 38 per cento" of a
    sentence about it (not_enough_info in the longer report, where "L'azienda" leaves the claim's company to other
    sentences: a share against a share now refutes with three quarters of the claim matched) is refuted here too."""
    article = ("Siccità in Valdorsa\n\n"
               "Secondo la Regione, gli stock di vongole nel tratto di costa tra Porto Salvo e Lido Caprile si sono "
               "dimezzati negli ultimi cinque anni. La sindaca di San Donato in Colle, Lucia Ferretti, ha criticato "
               "l'aumento delle tariffe. L'assemblea dei sindaci è convocata per il 5 giugno a Castel Rivalta. "
               "L'aumento arriva dopo un inverno in cui le piogge sono state meno della metà della media degli ultimi "
               "trent'anni. L'azienda vuole ridurre le perdite della rete, che oggi disperdono il 38 per cento "
               "dell'acqua immessa.")
    fc = one_report(make_checker, "valdorsa", article, "Siccità in Valdorsa")
    for claim, reason in (("Secondo la Regione, negli ultimi cinque anni gli stock di vongole sono raddoppiati.", "opposite"),
                          ("Lucia Ferretti è la sindaca di Castel Rivalta.", "name"),
                          ("Lo scorso inverno è piovuto più della media degli ultimi trent'anni.", "opposite"),
                          ("Le perdite della rete disperdono circa un quarto dell'acqua immessa.", "number")):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert reason in [c.reason for c in answer.conflicts], (claim, answer.conflicts)
    for claim in ("Secondo la Regione, negli ultimi cinque anni gli stock di vongole si sono dimezzati.",
                  "Lucia Ferretti è la sindaca di San Donato in Colle."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)


def test_a_company_described_and_a_figure_in_the_other_language_through_the_checker(make_checker):
    """Through FactChecker on a short Italian report (heldout13): "The La Rondine cooperative had a turnover of 8.6
    million euros in 2024." was not_enough_info 0.42: its figure was set against "118 soci" ("euros" was not "euro",
    and "million" was checked as a number of its own), and the sentence saying the turnover names the cooperative as
    "La cooperativa" only, so the conflict did not explain the claim's name. The name said in another sentence now
    counts where a definite description of the noun beside it stands ("La cooperativa")."""
    article = ("Nuova quota sulle vongole\n\n"
               "La cooperativa di pescatori La Rondine di Porto Salvo ridurrà da 42 a 30 il numero di pescherecci in "
               "mare. La cooperativa conta 118 soci e nel 2024 ha fatturato 6,8 milioni di euro, per circa tre quarti "
               "grazie alle vongole.")
    fc = one_report(make_checker, "rondine", article, "La Rondine")
    answer = fc.ask("The La Rondine cooperative had a turnover of 8.6 million euros in 2024.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("8.6", "6,8")]
    answer = fc.ask("La cooperativa La Rondine ha fatturato 8,6 milioni di euro nel 2024.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


def test_changes_and_earlier_values_through_the_checker(make_checker):
    """Through FactChecker on a short dairy report (heldout14): a change against a figure and an earlier value whose
    currency is left to the figure ("186 milioni di euro, in crescita del 12 per cento rispetto ai 166 milioni": the
    12% was taken for the figure that moved, so "aumentato di 20 milioni" was refuted 0.76 and "è calato" supported
    0.66); the current figure given to the earlier value's year ("è salito a 9,4 milioni dai 7,1 milioni del 2023":
    "Nel 2023 l'utile netto era stato di 9,4 milioni" supported 0.69); a change said with what it measures and "now"
    ("costa adesso 4 euro in più", "dura ora 13 minuti in meno") or in cents ("quaranta centesimi in più")."""
    fc = one_report(make_checker, "caseificio", (
        "Caseificio Terrebianche, ricavi in crescita\n\n"
        "Il Caseificio Terrebianche di Montecorvara ha chiuso il 2024 con un fatturato di 186 milioni di euro, in "
        "crescita del 12 per cento rispetto ai 166 milioni dell'anno precedente. L'utile netto è salito a 9,4 milioni "
        "dai 7,1 milioni del 2023, secondo il bilancio approvato dall'assemblea dei soci."), "Terrebianche")
    for claim, verdict in (("Nel 2024 il fatturato del Caseificio Terrebianche è aumentato di 20 milioni di euro.",
                            Verdict.SUPPORTED),
                           ("Il fatturato del caseificio di Montecorvara è calato nel 2024.", Verdict.REFUTED),
                           ("Nel 2023 l'utile netto del caseificio era stato di 9,4 milioni di euro.", Verdict.REFUTED),
                           ("Nel 2023 l'utile netto del caseificio era stato di 7,1 milioni di euro.", Verdict.SUPPORTED)):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    fc = one_report(make_checker, "treni", (
        "Nuovo orario\n\n"
        "Con il nuovo orario il viaggio tra i due capolinea scende da 74 a 61 minuti. Il biglietto di corsa semplice "
        "sale da 3,20 a 3,60 euro e l'abbonamento mensile aumenta dell'8 per cento, da 50 a 54 euro."), "Nuovo orario")
    for claim in ("Il viaggio da un capolinea all'altro dura ora 13 minuti in meno.",
                  "L'abbonamento mensile ordinario costa adesso 4 euro in più.",
                  "Il biglietto di corsa semplice costa ora quaranta centesimi in più di prima."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)


def test_a_change_the_other_way_and_an_office_of_another_body_through_the_checker(make_checker):
    """Through FactChecker on short reports: "Corrin's pre-tax profit fell 14%" against "…, up 14% from £367 million a
    year earlier" (refuted before only through a spurious number conflict); "Marta Segalini è la presidente della
    Cantina sociale di Roccafelice" against "L'assessora regionale all'Agricoltura, Marta Segalini, …" (a role conflict
    that left "sociale", said of the cooperative in another sentence, unexplained: not_enough_info 0.64)."""
    fc = one_report(make_checker, "corrin", (
        "Corrin results\n\n"
        "On the same day, Corrin reported a pre-tax profit of £418 million for the first nine months of the year, up "
        "14% from £367 million a year earlier."), "Corrin")
    answer = fc.ask("Corrin's pre-tax profit fell 14% compared with the same period a year earlier.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text, c.reason) for c in answer.conflicts] == [("fell", "up", "opposite")]
    answer = fc.ask("Corrin's pre-tax profit rose 14% compared with the same period a year earlier.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    fc = one_report(make_checker, "grandine", (
        "Grandine sui vigneti\n\n"
        "La grandinata ha colpito i vigneti dei soci della Cantina sociale di Roccafelice. L'assessora regionale "
        "all'Agricoltura, Marta Segalini, ha visitato i vigneti martedì 9 settembre."), "Grandine")
    answer = fc.ask("Marta Segalini è la presidente della Cantina sociale di Roccafelice.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert "role" in [c.reason for c in answer.conflicts], answer.conflicts


def test_two_figures_swapped_through_the_checker(make_checker):
    """Through FactChecker on a short English report (heldout14): "The new contract covers 38 routes serving 64
    schools." was supported 0.86 against "covers 64 routes serving 38 schools": both numbers are stated, and a number
    the claim gives to another thing was never taken as a rival. The swap refutes with three quarters of the claim
    matched (as an earlier value does)."""
    fc = one_report(make_checker, "buses", (
        "Westmarch school buses\n\n"
        "Westmarch County Council has awarded its school transport contract to Brackenridge Coaches. The contract, "
        "worth £12.5 million, covers 64 routes serving 38 schools across the county."), "Westmarch")
    answer = fc.ask("The new contract covers 38 routes serving 64 schools.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("38", "64")]
    answer = fc.ask("The new contract covers 64 routes serving 38 schools.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_an_office_named_before_its_holder_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout14): "Il portavoce del comitato Binario Comune è Marco Ferlini."
    was supported 0.60 where "Il comitato …, guidato dal portavoce Davide Lorusso" and Ferlini is "L'assessore regionale
    ai trasporti": a description naming whose office it is was not read as one when it came before the name."""
    fc = one_report(make_checker, "binario", (
        "Pendolari contro i rincari\n\n"
        "Il comitato dei pendolari Binario Comune, guidato dal portavoce Davide Lorusso, ha contestato i rincari. "
        "L'assessore regionale ai trasporti, Marco Ferlini, ha annunciato che la Regione valuterà un bonus."), "Binario")
    answer = fc.ask("Il portavoce del comitato Binario Comune è Marco Ferlini.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Il portavoce del comitato Binario Comune è Davide Lorusso.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


AIRPORT = (
    "Harwick Vale Airport results\n\n"
    "Harwick Vale Airport carried 412,000 passengers in 2025, an increase of 18 per cent on the 349,000 recorded the "
    "previous year. Work to resurface the airport's 1,850-metre runway began on 5 January. During the works around 30 "
    "early-morning departures have been moved to later in the day. The project is costing £7.4 million, of which £3 "
    "million is being provided by Dunmore County Council and the rest is coming from the airport's own reserves. The "
    "airport now employs 310 people, up from 280 a year ago.")


def test_a_change_against_the_figure_it_is_reckoned_on_through_the_checker(make_checker):
    """Through FactChecker on a short English report (heldout15): "63,000 more passengers in 2025 than in 2024" was
    refuted 0.70 (63,000 against 412,000) where the sentence gives "412,000 …, an increase of 18 per cent on the 349,000
    recorded the previous year" ("on the" after a percentage was no earlier value, and "recorded" was read as what
    349,000 counts); "The airport's workforce grew by 30 people" was not_enough_info, 30 being stated for "around 30
    early-morning departures" and set against "310 people"."""
    fc = one_report(make_checker, "airport", AIRPORT, "Harwick Vale")
    answer = fc.ask("Harwick Vale Airport handled 63,000 more passengers in 2025 than in 2024.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a change of two figures"
    answer = fc.ask("The airport's workforce grew by 30 people over the past year.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Harwick Vale Airport handled 90,000 more passengers in 2025 than in 2024.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


def test_the_rest_of_a_whole_through_the_checker(make_checker):
    """Through FactChecker on short reports (heldout15): "Dei danni stimati, 1,1 milioni di euro riguardano le piante da
    potare o da sostituire" was refuted 0.90 (1,1 against 4,2) where the sentence gives "4,2 milioni di euro, di cui 3,1
    milioni per il raccolto perso e il resto per le piante da potare o da sostituire"; the rest is computed, and a claim
    giving it to whom the part came from is not supported."""
    fc = one_report(make_checker, "grandine", (
        "Grandinata sugli uliveti\n\n"
        "Secondo la prima stima dei tecnici della cooperativa, i danni ammontano a 4,2 milioni di euro, di cui 3,1 "
        "milioni per il raccolto perso e il resto per le piante da potare o da sostituire."), "Grandinata")
    answer = fc.ask("Dei danni stimati, 1,1 milioni di euro riguardano le piante da potare o da sostituire.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("Dei danni stimati, 1,6 milioni di euro riguardano le piante da potare o da sostituire.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    fc = one_report(make_checker, "airport", AIRPORT, "Harwick Vale")
    answer = fc.ask("The airport is paying £4.4 million of the runway resurfacing from its own reserves.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Dunmore County Council is paying £4.4 million of the runway resurfacing.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


MARKET = (
    "Valdirana, riapre il mercato coperto\n\n"
    "Dopo quasi due anni di cantiere, il mercato coperto di piazza Garzoni a Valdirana riaprirà al pubblico il 14 marzo "
    "2026. L'edificio, costruito nel 1931, era stato chiuso nell'aprile 2024 per un intervento di ristrutturazione che "
    "alla fine è costato 3,6 milioni di euro, contro i 2,9 milioni previsti dal progetto iniziale. Dei 30 commercianti "
    "che lavoravano nel vecchio mercato, 24 hanno scelto di tornare. Resta invece da decidere se il mercato aprirà anche "
    "la domenica nei mesi estivi: la giunta ne discuterà a maggio.")


def test_the_rest_of_a_claim_said_word_for_word_around_a_figure_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout15) whose sentence with the figures calls the market "L'edificio":
    "… sono costati complessivamente 2,9 milioni" was supported 0.69 where 2,9 million is only the forecast set against
    3,6 ("contro i 2,9 milioni previsti": "previsti" was read as what 2,9 counts, so no earlier value); "Il costo finale …
    ha superato di 700 mila euro la previsione iniziale" was not_enough_info (the market named in the sentence before);
    "era stato chiuso per i lavori nell'aprile 2023" not_enough_info 0.87 against "chiuso nell'aprile 2024"."""
    fc = one_report(make_checker, "mercato", MARKET, "Valdirana")
    answer = fc.ask("I lavori di ristrutturazione del mercato coperto sono costati complessivamente 2,9 milioni di euro.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("2,9", "3,6")]
    answer = fc.ask("I lavori di ristrutturazione del mercato coperto sono costati complessivamente 3,6 milioni di euro.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Il costo finale della ristrutturazione del mercato ha superato di 700 mila euro la previsione "
                    "iniziale.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Il mercato coperto era stato chiuso per i lavori nell'aprile 2023.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text, c.reason) for c in answer.conflicts] == [("2023", "2024", "date")]


def test_a_share_of_two_counts_and_a_decision_left_open_on_something_else_through_the_checker(make_checker):
    """Through FactChecker (heldout15): "Quattro commercianti su cinque del vecchio mercato hanno deciso di tornare"
    against "Dei 30 commercianti …, 24 hanno scelto di tornare" was refuted: "hanno deciso" was set against "Resta da
    decidere se il mercato aprirà anche la domenica" (which leaves open nothing the claim says), and the judge reads
    4 in 5 against 24 of 30 as a contradiction (0.82), which blocked the share rule."""
    fc = one_report(make_checker, "mercato", MARKET, "Valdirana")
    answer = fc.ask("Quattro commercianti su cinque del vecchio mercato hanno deciso di tornare.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert not answer.conflicts
    answer = fc.ask("Tre commercianti su cinque del vecchio mercato hanno deciso di tornare.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("La giunta ha già deciso se il mercato aprirà anche la domenica nei mesi estivi.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


OLIVES = (
    "Grandinata sugli uliveti di Serralonga\n\n"
    "La cooperativa prevede ora di produrre circa 2.300 quintali di olio extravergine, contro i 4.100 della scorsa "
    "campagna. Lupacchini ha assicurato che il prezzo dell'olio venduto nello spaccio aziendale non sarà aumentato e "
    "resterà a 11 euro al litro. Secondo la cooperativa, appena il 15 per cento dei soci aveva assicurato il raccolto "
    "contro la grandine. Resta ancora da decidere quanti lavoratori stagionali saranno assunti per la raccolta: lo "
    "scorso anno erano stati 25, ma con meno olive da lavorare la cooperativa potrebbe ridurne il numero.")


def test_denials_and_open_questions_that_say_nothing_against_the_claim_through_the_checker(make_checker):
    """Through FactChecker (heldout15): "… 1.800 quintali di olio in meno" was not_enough_info ("not decided yet": how
    many seasonal workers will be hired was read as leaving the claim open); "Circa l'85 per cento dei soci non aveva
    assicurato il raccolto" refuted against "appena il 15 per cento dei soci aveva assicurato il raccolto" (the two make
    the whole); a price that "resterà a 11 euro" refuted through "non sarà aumentato e resterà" (the denial reaches no
    further than its own verb)."""
    fc = one_report(make_checker, "olio", OLIVES, "Serralonga")
    answer = fc.ask("Rispetto alla scorsa campagna la cooperativa prevede di produrre 1.800 quintali di olio in meno.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Circa l'85 per cento dei soci non aveva assicurato il raccolto contro la grandine.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the other share, denied"
    answer = fc.ask("Il 15 per cento dei soci non aveva assicurato il raccolto contro la grandine.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("L'85 per cento dei soci aveva assicurato il raccolto contro la grandine.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Il prezzo dell'olio venduto nello spaccio aziendale sarà aumentato.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.text for c in answer.conflicts] == ["non sarà aumentato"]


def test_an_approval_against_no_decision_yet_through_the_checker(make_checker):
    """Through FactChecker (heldout15): "The airport's board has approved a plan to lengthen the runway to 2,050
    metres" was not_enough_info ("not decided yet") against "The board has not yet decided whether to go further and
    extend the runway to 2,050 metres": an approval is a decision said made."""
    fc = one_report(make_checker, "runway", (
        "Harwick Vale runway\n\n"
        "The board has not yet decided whether to go further and extend the runway to 2,050 metres, which would allow "
        "larger aircraft to use the airport."), "Harwick Vale")
    answer = fc.ask("The airport's board has approved a plan to lengthen the runway to 2,050 metres.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.reason) for c in answer.conflicts] == [("has approved", "opposite")]


def test_figures_the_claim_sets_against_each_other_itself_through_the_checker(make_checker):
    """A guard for this round's reading of "contro i 60 previsti" as an earlier value: a claim giving the figure and the
    value it is set against both ("142 giorni, più del doppio dei 60 giorni previsti dalle regole regionali") gives the
    figure to nothing else (heldout10; refuted 0.80 on the way, as if it gave 142 days to the regional rules)."""
    fc = one_report(make_checker, "attese", (
        "Liste d'attesa\n\n"
        "All'ospedale Santa Giuliana di Pievecorta per una risonanza magnetica servono in media 142 giorni, contro i 60 "
        "previsti dalle regole regionali per le prestazioni differibili."), "Pievecorta")
    answer = fc.ask("All'ospedale Santa Giuliana di Pievecorta l'attesa media per una risonanza magnetica è di 142 "
                    "giorni, più del doppio dei 60 giorni previsti dalle regole regionali.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_whole_said_of_a_part_and_done_against_not_yet_through_the_checker(make_checker):
    """Through FactChecker (heldout15): "La grandinata ha danneggiato tutti i 1.100 ettari" was not_enough_info against
    "danneggiato le piante su 620 dei 1.100 ettari"; "I danni complessivi … 3,1 milioni" supported 0.52 where 3,1 million
    is the part "di cui 3,1 milioni per il raccolto perso" of 4,2; "I 120 posti auto … sono già stati completati"
    supported 0.62 against "… non sono ancora stati realizzati" (the "not yet" after the thing, no plan word)."""
    fc = one_report(make_checker, "grandine", (
        "Grandinata sugli uliveti\n\n"
        "I chicchi hanno strappato le olive dai rami e danneggiato le piante su 620 dei 1.100 ettari coltivati dai "
        "soci della cooperativa. Secondo la prima stima dei tecnici, i danni della grandinata ammontano a 4,2 milioni "
        "di euro, di cui 3,1 milioni per il raccolto perso e il resto per le piante da potare."), "Grandinata")
    answer = fc.ask("La grandinata ha danneggiato tutti i 1.100 ettari coltivati dai soci.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("1.100", "620")]
    answer = fc.ask("I danni complessivi della grandinata sono stimati in 3,1 milioni di euro.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("3,1", "4,2")]
    answer = fc.ask("I danni complessivi della grandinata sono stimati in 4,2 milioni di euro.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    fc = one_report(make_checker, "parcheggi", (
        "Mercato e parcheggi\n\n"
        "Benvenuti ha ricordato che i 120 posti auto promessi nell'area di via Sforzini non sono ancora stati "
        "realizzati: il Comune non ha approvato il progetto definitivo."), "Parcheggi")
    answer = fc.ask("I 120 posti auto promessi in via Sforzini sono già stati completati.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.reason) for c in answer.conflicts] == [("già", "opposite")]


def test_an_opposite_where_another_sentence_names_the_thing_moving_the_claims_way_through_the_checker(make_checker):
    """Through FactChecker (heldout15): "The amount of freight handled at the airport decreased in 2025" was refuted 0.57
    by "an increase of 18 per cent" of passengers ("freight" near "passengers", 0.62), where "Freight volumes, however,
    fell by 7 per cent"."""
    fc = one_report(make_checker, "freight", (
        "Harwick Vale Airport results\n\n"
        "Harwick Vale Airport carried 412,000 passengers in 2025, an increase of 18 per cent on the 349,000 recorded "
        "the previous year. Freight volumes, however, fell by 7 per cent to 1,300 tonnes."), "Harwick Vale")
    answer = fc.ask("The amount of freight handled at the airport decreased in 2025.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details
    answer = fc.ask("The number of passengers at the airport decreased in 2025.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


FLOOD = (
    "Alluvione in Val Remola, 430 evacuati a Pievecastello\n\n"
    "Sono ancora 170 le persone che non possono rientrare nelle proprie case a Pievecastello, il paese della Val Remola "
    "colpito dall'alluvione nella notte tra sabato 8 e domenica 9 novembre. Il torrente Remola è esondato poco dopo "
    "le 2. Il pluviometro di Monte Ciriolo ha registrato 286 millimetri di pioggia in 36 ore, di cui 190 in sole dodici "
    "ore tra il pomeriggio di sabato e la notte. Martedì 11 novembre 260 residenti sono potuti rientrare. Sul posto "
    "hanno lavorato 210 volontari e 65 vigili del fuoco. La Regione ha stanziato 3 milioni di euro di fondi "
    "d'emergenza per i comuni della valle, di cui 1,2 milioni destinati a Pievecastello.")


def test_a_rest_said_by_what_it_leaves_out_a_sum_and_a_total_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout16): the rest of a whole said by what it leaves out ("Al di fuori
    delle dodici ore più intense … 96 millimetri", "Ai comuni della valle diversi da Pievecastello … 1,8 milioni", both
    refuted before against the whole), a sum of two counts ("Tra volontari e vigili del fuoco … 275 persone", refuted
    0.89 against "due"), a total against the count of the same thing ("Gli evacuati … in tutto 260", supported 0.75 by
    the 260 who went home), and a denial that reaches no further than its own clause ("… non possono rientrare nelle
    proprie case a Pievecastello, il paese della Val Remola colpito dall'alluvione nella notte tra sabato 8 e domenica
    9 novembre" refuted "Il Remola è esondato nelle prime ore di domenica 9 novembre")."""
    fc = one_report(make_checker, "alluvione", FLOOD, "Val Remola")
    for claim, rule in (
            ("Al di fuori delle dodici ore più intense, a Monte Ciriolo sono caduti 96 millimetri di pioggia.",
             "the rest of a figure"),
            ("Ai comuni della valle diversi da Pievecastello la Regione ha destinato complessivamente 1,8 milioni di "
             "euro.", "the rest of a figure"),
            ("Tra volontari e vigili del fuoco, sul posto hanno lavorato 275 persone.", "a sum of two figures")):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)
        assert answer.details.get("rule") == rule, (claim, answer.details)
    answer = fc.ask("Tra volontari e vigili del fuoco, sul posto hanno lavorato 300 persone.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("Gli evacuati di Pievecastello sono stati in tutto 260.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("260", "430")]
    answer = fc.ask("Il Remola è esondato nelle prime ore di domenica 9 novembre.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


def test_changes_and_earlier_values_of_heldout16_through_the_checker(make_checker):
    """Through FactChecker on short reports (heldout16): "The council's net revenue budget has grown by £900,000" was
    refuted 0.93 against "rises from £15.9m to £16.8m" (the earlier value's scale word stood between it and "to");
    "L'incasso … nella stagione 2024/2025 è stato di 940 mila euro" supported 0.87 where 940 thousand is the
    earlier value "della stagione 2023/2024" (its year says whose it is); "Il numero di abbonamenti è aumentato di 470"
    refuted against "passati da 2.140 a 2.610" ("numero" says what the figure measures)."""
    fc = one_report(make_checker, "budget", (
        "Harrowmere budget\n\n"
        "Harrowmere District Council has approved its budget. The council's net revenue budget rises from £15.9m to "
        "£16.8m."), "Harrowmere")
    answer = fc.ask("The council's net revenue budget has grown by £900,000.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("The council's net revenue budget has grown by £1.2 million.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    fc = one_report(make_checker, "teatro", (
        "Teatro Lanzi, stagione da record\n\n"
        "La stagione 2024/2025 del Teatro comunale Ferdinando Lanzi si è chiusa domenica 18 maggio. Gli abbonamenti "
        "sono passati da 2.140 a 2.610. L'incasso del botteghino è salito a 1,12 milioni di euro, rispetto ai 940 mila "
        "euro della stagione 2023/2024."), "Teatro Lanzi")
    answer = fc.ask("L'incasso del botteghino nella stagione 2024/2025 è stato di 940 mila euro.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("L'incasso del botteghino nella stagione 2023/2024 era stato di 940 mila euro.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Il numero di abbonamenti è aumentato di 470.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_a_day_given_otherwise_by_a_sentence_saying_the_rest_through_the_checker(make_checker):
    """Through FactChecker (heldout16): "I dati della stagione sono stati presentati venerdì 23 maggio" was
    not_enough_info against "I dati sono stati presentati giovedì 22 maggio …": the date's own words kept that sentence
    below one about the claim, and "stagione" is said in the sentence before."""
    fc = one_report(make_checker, "teatro", (
        "Teatro Lanzi, stagione da record\n\n"
        "La stagione 2024/2025 del Teatro comunale Ferdinando Lanzi si è chiusa domenica 18 maggio con 41.300 "
        "spettatori. I dati sono stati presentati giovedì 22 maggio in una conferenza stampa in municipio."),
        "Teatro Lanzi")
    answer = fc.ask("I dati della stagione sono stati presentati venerdì 23 maggio.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text, c.reason) for c in answer.conflicts] == [("23", "22", "number")]
    answer = fc.ask("I dati della stagione sono stati presentati giovedì 22 maggio.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


def test_the_margin_of_a_vote_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout12 and heldout16 both ask it): "Il bilancio è passato in consiglio
    comunale con uno scarto di sette voti" was not_enough_info against "con 19 voti favorevoli e 12 contrari" (the judge
    does not subtract); a margin the counts do not make is not supported."""
    fc = one_report(make_checker, "biblioteche", (
        "Biblioteche, nuovo orario\n\n"
        "Il nuovo orario accompagna il bilancio 2026 del sistema bibliotecario, approvato lunedì 24 novembre dal "
        "consiglio comunale con 19 voti favorevoli e 12 contrari."), "Biblioteche")
    answer = fc.ask("Il bilancio è passato in consiglio comunale con uno scarto di sette voti.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the margin of a vote"
    answer = fc.ask("Il bilancio è passato in consiglio comunale con uno scarto di nove voti.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


def test_how_many_is_not_answered_by_a_sum_through_the_checker(make_checker):
    """Through FactChecker (heldout16): "How many households in Harrowmere are in Band D?" was answered 0.93 by
    "Households in Band A … will pay £149.95": a sum with its currency before it counts no households; a sum answers
    "how many pounds"."""
    fc = one_report(make_checker, "bands", (
        "Harrowmere council tax\n\n"
        "Households in Band A, the most common band in the district, will pay £149.95, while Band H properties will "
        "pay £449.86. The council has 48 members."), "Harrowmere")
    answer = fc.ask("How many households in Harrowmere are in Band D?", kind="question")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("How many members does Harrowmere council have?", kind="question")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("How many pounds will a Band A household pay?", kind="question")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


BIKES = (
    "Harbridge bike-share journeys up by a third\n\n"
    "Journeys on Harbridge's public bike-share scheme rose from 412,000 in 2023 to 551,000 last year, according to "
    "figures published on Tuesday by the city council. The scheme now has 38 docking stations and 620 bikes. The "
    "expansion plan will cost £1.9 million, of which £1.2 million comes from a government active travel grant and the "
    "remainder from the council's own capital budget. Fares will not change this year, the council confirmed: a single "
    "30-minute ride will stay at £1.50. However, the council has not yet decided whether to introduce a discounted "
    "membership for students and people on benefits. PedalPoint said 94 bikes were stolen or damaged beyond repair in "
    "2024, down from 131 the year before.")


def test_moves_wholes_stays_and_decisions_of_heldout18_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout18): "increased by 139,000 between 2023 and 2024" was refuted 0.42
    against "rose from 412,000 in 2023 to 551,000" (the earlier value's year stood before "to"); "Fewer bikes were stolen
    … in 2024 than in 2023" was not_enough_info against "94 …, down from 131 the year before" (the judge does not
    compare); "The whole £1.9 million cost … covered by a government grant" was supported 0.65 against "£1.9 million, of
    which £1.2 million comes from a government … grant"; "will rise this year" against "Fares will not change this year
    …: a single 30-minute ride will stay at £1.50", and "has agreed to introduce" against "has not yet decided whether
    to introduce", were not_enough_info."""
    fc = one_report(make_checker, "bikes", BIKES, "Harbridge")
    answer = fc.ask("The number of bike-share journeys in Harbridge increased by 139,000 between 2023 and 2024.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Fewer bikes were stolen or damaged beyond repair in 2024 than in 2023.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the way two figures moved"
    answer = fc.ask("More bikes were stolen or damaged beyond repair in 2024 than in 2023.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    # a margin claimed where no sentence gives the counts of a vote
    answer = fc.ask("The expansion plan was approved by a margin of five votes.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("The whole £1.9 million cost of the expansion will be covered by a government grant.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("1.9", "1.2")]
    for claim, said, article in (
            ("The price of a single 30-minute ride will rise this year.", "rise", "will stay at"),
            ("The council has agreed to introduce a discounted membership for students and people on benefits.",
             "has agreed to", "has not yet decided")):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [(c.claim_text, c.text, c.reason) for c in answer.conflicts] == [(said, article, "opposite")]


SKI = (
    "Monte Cervaro, stagione record sulle piste\n\n"
    "La stagione invernale 2024/25 del comprensorio di Monte Cervaro si è chiusa domenica 13 aprile con 312.000 primi "
    "ingressi. Le giornate di apertura sono state 121, quindici in più rispetto all'inverno 2023/24. Il fatturato della "
    "biglietteria ha raggiunto 9,6 milioni di euro, di cui 5,8 milioni dagli skipass giornalieri, 2,1 milioni dagli "
    "abbonamenti stagionali e il resto dagli skipass plurigiornalieri. La portata passerà da 900 a 2.400 persone all'ora "
    "e il tempo di risalita scenderà da 11 a 5 minuti. La nuova seggiovia costerà 7,2 milioni di euro: 4 "
    "milioni arrivano dalla Regione, 1,5 milioni dal Comune di Valbruna e il resto dalla società Cervaro Impianti. La "
    "società non ha ancora deciso, invece, se introdurre lo skipass dinamico, con tariffe variabili a seconda della "
    "domanda.")

CHESTNUTS = (
    "Sagra della castagna di Montesalvo\n\n"
    "Nonostante le presenze in diminuzione, gli incassi della sagra sono cresciuti, passando da 412.000 a 455.000 euro. "
    "Di questi, 268.000 euro provengono dagli stand gastronomici, 97.000 dalla vendita diretta di castagne e il resto "
    "dai biglietti delle visite guidate e dei parcheggi. I castanicoltori della zona hanno venduto alla sagra 21 "
    "tonnellate di castagne fresche, tre in più dell'anno scorso. Il sindaco ha annunciato che dal 2026 le auto non "
    "potranno più salire: «Non ci saranno più parcheggi in paese durante la sagra, si arriverà solo con le navette». "
    "Il Consorzio castanicoltori ha chiesto alla Regione 120.000 euro per la lotta biologica al cinipide; la risposta è "
    "attesa entro marzo.")


def test_rests_earlier_values_and_list_items_of_heldout18_through_the_checker(make_checker):
    """Through FactChecker on short reports (heldout18): the rest of a whole of several parts ("… di cui 5,8 milioni …,
    2,1 milioni … e il resto dagli skipass plurigiornalieri", refuted 0.79 against 9,6) and of the figure the sentence
    before gives ("Di questi, 268.000 euro …, 97.000 … e il resto …", refuted 0.88); an earlier value given by a figure
    and its change ("21 tonnellate …, tre in più dell'anno scorso", refuted 0.84 for "Nel 2024 … 18 tonnellate"); a
    figure of a list given to another name ("4 milioni arrivano dalla Regione, 1,5 milioni dal Comune", supported 0.74
    for "La Regione contribuisce … con 1,5 milioni"); a decision said made against "non ha ancora deciso" where the
    sentence calls the company "la società" and the claim adds when, and against a request whose answer is awaited
    (supported 0.65); a denial reaching no further than its own clause ("Non ci saranno più parcheggi …, si arriverà
    solo con le navette" refuted the claim it states, 0.90); a ratio of a figure and the one it moved from ("il tempo di
    risalita scenderà da 11 a 5 minuti" for "meno della metà di quello attuale", not_enough_info 0.59)."""
    fc = one_report(make_checker, "ski", SKI, "Monte Cervaro")
    answer = fc.ask("Gli skipass plurigiornalieri hanno fruttato 1,7 milioni di euro alla biglietteria.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("Gli skipass plurigiornalieri hanno fruttato 2,7 milioni di euro alla biglietteria.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("La Regione contribuisce alla nuova seggiovia con 1,5 milioni di euro.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("1,5", "4")]
    answer = fc.ask("Il Comune di Valbruna contribuisce alla nuova seggiovia con 1,5 milioni di euro.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details
    answer = fc.ask("Cervaro Impianti ha già deciso di introdurre lo skipass dinamico a partire dal prossimo inverno.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"]
    # a ratio of a figure and the one it moved from, of the claim's own thing (the rule cites that sentence)
    answer = fc.ask("Con la nuova seggiovia il tempo di risalita sarà meno della metà di quello attuale.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the ratio of two figures"
    assert [c.text for c in answer.citations if c.stance is Stance.SUPPORTS] == [
        "La portata passerà da 900 a 2.400 persone all'ora e il tempo di risalita scenderà da 11 a 5 minuti."]
    for claim in ("Con la nuova seggiovia la portata sarà meno della metà di quella attuale.",
                  "Con la nuova seggiovia il tempo di risalita sarà meno di un terzo di quello attuale."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.SUPPORTED, (claim, answer.details)
    fc = one_report(make_checker, "castagne", CHESTNUTS, "Montesalvo")
    for claim, rule in (
            ("Biglietti delle visite guidate e parcheggi hanno fruttato alla sagra 90.000 euro.", "the rest of a figure"),
            ("Nel 2024 i castanicoltori della zona avevano venduto alla sagra 18 tonnellate di castagne fresche.",
             "an earlier value and its change")):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)
        assert answer.details.get("rule") == rule, (claim, answer.details)
    answer = fc.ask("Nel 2024 i castanicoltori della zona avevano venduto alla sagra 17 tonnellate di castagne fresche.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("La Regione ha già concesso al Consorzio castanicoltori 120.000 euro per la lotta biologica al "
                    "cinipide.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Secondo il sindaco, dal 2026 durante la sagra si arriverà in paese solo con le navette.",
                    kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


def test_figures_given_to_each_others_owner_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout17): "la Regione mette 18,5 milioni di euro e il ministero delle
    Infrastrutture 9,3 milioni" was supported 0.82 against "18,5 milioni a carico del ministero delle Infrastrutture, 9,3
    milioni della Regione": each figure is read with the name nearest it in the claim."""
    fc = one_report(make_checker, "escavo", (
        "Porto di Portorusio, via libera all'escavo\n\n"
        "L'escavo porterà la profondità del canale da 9,5 a 13 metri. Il costo complessivo è di 34,8 milioni di euro, di "
        "cui 18,5 milioni a carico del ministero delle Infrastrutture, 9,3 milioni della Regione e 7 milioni di fondi "
        "propri dell'Autorità portuale."), "Portorusio")
    answer = fc.ask("Per l'escavo la Regione mette 18,5 milioni di euro e il ministero delle Infrastrutture 9,3 milioni.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("18,5", "9,3") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Per l'escavo il ministero delle Infrastrutture mette 18,5 milioni di euro e la Regione 9,3 milioni.",
                    kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


def test_the_counts_of_a_vote_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout17): "Further strike action was backed by a margin of 263 votes" was
    refuted 0.90 against "301 voted in favour of further strike action and 38 against"; the two counts the other way
    round were supported 0.47 (split in two parts, each stated)."""
    fc = one_report(make_checker, "ballot", (
        "Resident doctors vote for more strikes\n\n"
        "Of the 452 members of the union who were balloted, 339 returned their papers. A total of 301 voted in favour of "
        "further strike action and 38 against."), "Ballot")
    answer = fc.ask("Further strike action was backed by a margin of 263 votes.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the margin of a vote"
    answer = fc.ask("In the ballot, 38 members voted for further strike action and 301 voted against.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("38", "301")]


CENSUS = (
    "Castelbrando perde 363 residenti: è il dato più basso dal 1971\n\n"
    "Secondo il censimento comunale, al 31 dicembre 2024 i residenti di Castelbrando erano 18.742. Nel corso dell'anno "
    "le nascite sono state 121, nove in meno dell'anno scorso, mentre i decessi sono stati 287. I cittadini stranieri "
    "residenti sono 1.604, di cui 611 provenienti da paesi dell'Unione europea; il resto da paesi extra-Ue. Gli "
    "stranieri sono l'unica componente in crescita, con 58 residenti in più rispetto al 2023. Il bonus "
    "bebè di 1.000 euro è stato approvato dal consiglio comunale lunedì 13 gennaio con 11 voti favorevoli e 5 contrari. "
    "Il nuovo recinto dei lupi dello zoo è stato approvato dal consiglio di amministrazione della Fondazione con sei "
    "voti favorevoli, uno contrario e un astenuto. Il nuovo recinto occuperà 1,8 ettari, quattro volte la superficie "
    "dell'area dei lupi attuale. «Non ci saranno aumenti per le scuole», ha assicurato l'assessore comunale al Turismo, "
    "Davide Orsenigo.")


def test_votes_against_swapped_figures_and_differences_of_heldout19_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout19): the votes against a claim gives ("approvato all'unanimità"
    against "11 voti favorevoli e 5 contrari", not_enough_info 0.83; "con un solo voto contrario" against "sei voti
    favorevoli, uno contrario", refuted 0.79); two figures given to each other's thing ("le nascite sono state 287 e
    i decessi 121", supported 0.81); a difference of two figures ("i decessi hanno superato le nascite di 166 unità",
    not_enough_info 0.63); all of a whole claimed after its figure ("I 1.604 cittadini stranieri … provengono tutti da
    paesi dell'Unione europea", supported 0.51); a figure and its multiple ("1,8 ettari, quattro volte la superficie
    dell'area dei lupi attuale" for "L'attuale area dei lupi … misura 0,45 ettari", refuted 0.84); a denial in a
    quotation whose speaker the claim names ("«Non ci saranno aumenti per le scuole», ha assicurato l'assessore …",
    supported 0.54 for "… ha annunciato aumenti dei biglietti per le scuole")."""
    fc = one_report(make_checker, "censimento", CENSUS, "Castelbrando")
    answer = fc.ask("Il bonus bebè è stato approvato all'unanimità dal consiglio comunale.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("all'unanimità", "5")]
    answer = fc.ask("Il nuovo recinto dei lupi è stato approvato con un solo voto contrario.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the votes against"
    answer = fc.ask("Nel 2024 a Castelbrando le nascite sono state 287 e i decessi 121.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("287", "121")]
    answer = fc.ask("Nel 2024 a Castelbrando le nascite sono state 121 e i decessi 287.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    # a claim that names its source, whose words the claim's own leave out
    answer = fc.ask("Secondo l'ufficio statistica, nel 2024 le nascite sono state 287 e i decessi 121.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Nel 2024 a Castelbrando i decessi hanno superato le nascite di 166 unità.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a difference of two figures"
    answer = fc.ask("Nel 2024 a Castelbrando i decessi hanno superato le nascite di 176 unità.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # a year is no value a figure moved from ("il dato più basso dal 1971" made "fell" the way 363 moved from 1971)
    answer = fc.ask("The number of foreign residents in Castelbrando fell compared with 2023.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # a denial in a quotation, its speaker named after it: his words are no part of what it denies
    answer = fc.ask("L'assessore al Turismo Davide Orsenigo ha annunciato aumenti dei biglietti per le scuole.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["negation"]
    answer = fc.ask("L'attuale area dei lupi dello zoo misura 0,45 ettari.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a figure and its multiple"
    answer = fc.ask("I 1.604 cittadini stranieri residenti a Castelbrando provengono tutti da paesi dell'Unione europea.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("1.604", "611")]


MUSEUM = (
    "Science museum visitor numbers climb\n\n"
    "The Harwick Museum of Science and Industry welcomed 318,600 visitors in the year to March 2025, up from 276,200 "
    "the year before. Of those visits, 94,800 were made by school pupils on organised trips and 61,300 by people "
    "attending free community days; the rest paid for standard admission. The temporary exhibition \"Engines of the "
    "North\" drew 88,000 people, 12,000 more than last year's dinosaur show. The planetarium will cost £4.2 million, "
    "of which £2.5 million will come from the National Lottery Heritage Fund and £900,000 from Harwick City Council; "
    "the rest will be raised through a public appeal. The new audio guide will sell for £4, about 30% less than the "
    "previous guide. The restoration cost £9.2 million, against the £6.5 million planned in the original project. "
    "The price of a family pass has stayed at £30, while adult admission rose from £12 to £14. \"We have never recorded "
    "this many visitors in a single year at the museum,\" said Helen Marsh, a trustee, noting that the previous record "
    "of 301,000 visitors was set in 2019.")


def test_comparisons_and_figures_of_another_sentence_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout19 and older sets): a difference the claim gives the other way from
    the sentence ("12,000 fewer visitors than last year's dinosaur show" against "12,000 more than", supported 0.77); the
    rest of the figure of the sentence before ("Of those visits, …; the rest paid for standard admission", refuted 0.72);
    two sums given to each other's owner (supported 0.90); a comparison against a figure said as less than the same
    thing ("more expensive than the previous guide" against "about 30% less than the previous guide"); a cost against
    the one planned ("cost less than planned" against "£9.2 million, against the £6.5 million planned"); a rise
    against a price that stayed, with another price's rise in the same sentence."""
    fc = one_report(make_checker, "museum", MUSEUM, "Harwick")
    answer = fc.ask("The 'Engines of the North' exhibition drew 12,000 fewer visitors than last year's dinosaur show.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("fewer", "more than")]
    answer = fc.ask("162,500 visits to the museum were made by people paying for standard admission.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    # a share of the figure the sentence before gives ("Of those visits, 94,800 …" after "… 318,600 visitors")
    answer = fc.ask("School pupils on organised trips accounted for less than a third of the museum's visits.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a share of two counts"
    answer = fc.ask("School pupils on organised trips accounted for more than half of the museum's visits.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("The National Lottery Heritage Fund is contributing £900,000 to the planetarium and Harwick City "
                    "Council £2.5 million.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    for claim, said, article in (
            ("The new audio guide is more expensive than the previous guide.", "more", "less than"),
            ("The restoration cost less than planned in the original project.", "less", None),
            ("The price of a family pass has increased.", "increased", "stayed at")):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert [c.reason for c in answer.conflicts] == ["opposite"], (claim, answer.conflicts)
        assert answer.conflicts[0].claim_text == said and (article is None or answer.conflicts[0].text == article)
    answer = fc.ask("Adult admission has increased.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details
    # what a speaker goes on to say after a quotation's attribution is no part of the quotation's denial
    answer = fc.ask("The museum's previous record was 301,000 visitors, set in 2019.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


FESTIVAL = (
    "Halbridge Folk Festival draws record crowds but loses £180,000\n\n"
    "The Halbridge Folk Festival drew a record 38,400 visitors over its four days this summer, up from 31,200 last "
    "year, but still ended with a loss of £180,000. The festival was held from Thursday 14 to Sunday 17 August on "
    "Castle Meadow. Of the visitors, 24,100 bought full weekend passes and 9,800 bought day tickets; the rest were "
    "children under 12, who enter free. Hotels in Halbridge reported occupancy of 94 per cent during the festival, "
    "against an August average of 71 per cent. The trust says it will announce next year's headliners in February. "
    "The loss will be covered from the trust's reserves, which will fall from £410,000 to £230,000. The line-up "
    "featured 146 acts on five stages, of which 58 were from the region.")


def test_rests_moves_differences_and_labels_of_heldout20_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout20): the rest of a figure an opening names two sentences before
    ("Of the visitors, …" after "The festival was held …", refuted 0.60 for the children's 4,500); a change past a span
    of time said in passing ("38,400 visitors over its four days …, up from 31,200 last year" for "rose by 7,200",
    not_enough_info 0.90); two figures given to each other's thing where each figure's thing follows it ("24,100
    bought full weekend passes and 9,800 bought day tickets", supported 0.87); points between two shares ("23
    percentage points above the August average", not_enough_info 0.45); a percentage change meeting the claim's bound
    ("by more than 40 per cent", refuted 0.47 as "more" against the fall; a bound the move misses is not refuted yet);
    what the article says will be announced
    later ("Who will headline next year's festival?", answered 0.99)."""
    fc = one_report(make_checker, "festival", FESTIVAL, "Halbridge")
    answer = fc.ask("Children under 12 accounted for 4,500 of this year's visitors.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("Children under 12 accounted for 5,500 of this year's visitors.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("Attendance at the festival rose by 7,200 compared with last year.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Weekend passes were bought by 9,800 visitors and day tickets by 24,100.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("9,800", "24,100")]
    answer = fc.ask("Weekend passes were bought by 24,100 visitors and day tickets by 9,800.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("During the festival, hotel occupancy in Halbridge was 23 percentage points above the August "
                    "average.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a difference of two figures"
    answer = fc.ask("During the festival, hotel occupancy in Halbridge was 13 percentage points above the August "
                    "average.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("Covering this year's loss will reduce the trust's reserves by more than 40 per cent.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Who will headline next year's festival?", kind="question")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("When will the trust announce next year's headliners?", kind="question")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    # a share said with "of which", and the share it leaves, the claim saying what it leaves out
    answer = fc.ask("More than half of the acts in this year's line-up came from outside the region.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("More than half of the acts in this year's line-up came from the region.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


STADIUM = (
    "Castelvarano, via libera al nuovo stadio della Virtus\n\n"
    "Il nuovo stadio della Virtus Castelvarano ha superato lo scoglio più importante. Martedì 18 novembre il consiglio "
    "comunale ha approvato la dichiarazione di pubblico interesse del progetto presentato dalla società granata, con 21 "
    "voti favorevoli, 9 contrari e 2 astenuti. Oggi la squadra gioca allo stadio comunale Aldo Serpieri. Quest'anno gli "
    "abbonati sono 3.900, contro i 3.100 della scorsa stagione. Gli incendi nella zona dell'ex fornace restano un "
    "problema: nel 2024 i vigili del fuoco sono intervenuti 3.960 volte per incendi, di cui 1.240 hanno riguardato "
    "boschi e sterpaglie. Sul fronte dei mezzi, nel 2024 sono entrati in servizio 11 nuovi veicoli, tra cui un'autoscala "
    "da 37 metri costata 820.000 euro, finanziata per 500.000 euro dalla Fondazione Cassa di Risparmio di Brennola e "
    "per il resto dal ministero. La Regione ha risposto con un piano da 2,4 "
    "milioni di euro, approvato dalla giunta giovedì 10 luglio: 1,5 milioni serviranno a collegare al depuratore le "
    "340 abitazioni della zona, 600.000 euro finanzieranno fasce tampone lungo i tre torrenti e il resto un sistema di "
    "boe per il monitoraggio in tempo reale. Il progetto è cambiato rispetto alla prima versione, presentata nel 2024: "
    "la superficie commerciale, con negozi e un ristorante, è stata ridotta da 9.000 a 4.000 metri quadrati dopo le "
    "osservazioni degli uffici comunali. Lo studio sul traffico allegato al progetto stima un fabbisogno di 2.300 posti "
    "auto nei giorni di partita, mentre il progetto ne prevede 1.450.")


def test_votes_moves_and_rests_of_heldout21_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout21, heldout20): "all'unanimità" against a vote with votes against,
    the rest of the claim said around the vote (not_enough_info 0.47); a vote's margin, the words saying it passed
    said by its counts ("passata con 12 voti di scarto", not_enough_info 0.60); a move of the thing said before its
    figure ("gli abbonati sono 3.900, contro i 3.100" against "è calato", not_enough_info 0.42); a subject's relative
    clause before "e" kept whole (split into a denial before); the rest of a whole said right before its part
    ("costata 820.000 euro, finanziata per 500.000 euro … e per il resto dal ministero", refuted 0.53) and after a
    colon past a date ("approvato … giovedì 10 luglio: 1,5 milioni …, 600.000 euro … e il resto …")."""
    fc = one_report(make_checker, "stadio", STADIUM, "Castelvarano")
    answer = fc.ask("Il consiglio comunale di Castelvarano ha approvato il progetto del nuovo stadio all'unanimità.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("all'unanimità", "9")]
    answer = fc.ask("La delibera sul nuovo stadio è passata con 12 voti di scarto tra favorevoli e contrari.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the margin of a vote"
    answer = fc.ask("La delibera sul nuovo stadio è passata con 10 voti di scarto tra favorevoli e contrari.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("Il numero di abbonati della Virtus è calato rispetto alla scorsa stagione.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"]
    answer = fc.ask("Gli incendi che non hanno riguardato boschi e sterpaglie sono stati 2.720.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("Il ministero ha contribuito all'acquisto della nuova autoscala da 37 metri con 320.000 euro.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Il ministero ha contribuito all'acquisto della nuova autoscala da 37 metri con 420.000 euro.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Del piano regionale da 2,4 milioni, 300.000 euro sono destinati al sistema di boe per il "
                    "monitoraggio in tempo reale.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    # how many fewer than the thing the claim names: the figure said of it is the other
    answer = fc.ask("Rispetto al fabbisogno stimato dallo studio sul traffico, il progetto prevede 850 posti auto in meno.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a difference of two figures"
    answer = fc.ask("Rispetto al fabbisogno stimato dallo studio sul traffico, il progetto prevede 850 posti auto in più.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # a figure more than halved ("ridotta da 9.000 a 4.000 metri quadrati")
    answer = fc.ask("Nella nuova versione del progetto la superficie commerciale è stata più che dimezzata.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the ratio of two figures"


TRAM = (
    "Kelbury tram extension to open eight months late\n\n"
    "The extension of Kelbury's tram network to Ashcombe will open eight months later than planned. The authority's "
    "transport committee voted by nine votes to four to approve the revised budget, under which the authority will "
    "borrow a further £25 million. How the remaining £13 million will be covered has not yet been agreed: the "
    "authority is in talks with the contractor, Brantwell Rail, over how the overrun should be shared. Of the 212 "
    "businesses that applied to the authority's £1.5 million hardship fund, 148 have so far received payments. A "
    "spokesperson said it had not yet been decided whether a stop at Millfield Road would be built.")


def test_a_majority_and_a_sum_not_agreed_of_heldout21_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout21): "carried by a majority of five" against "voted by nine votes
    to four" (refuted 0.82, "five" against "nine"); an agreement the article says is not reached ("has not yet been
    agreed", supported 0.53); the rest of a whole given first past a sum said of something else ("Of the 212 businesses
    that applied to the authority's £1.5 million hardship fund, 148 …", refuted 0.94 for the 64 not yet paid)."""
    fc = one_report(make_checker, "tram", TRAM, "Kelbury")
    answer = fc.ask("The committee vote on the revised budget was carried by a majority of five.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the margin of a vote"
    answer = fc.ask("The committee vote on the revised budget was carried by a majority of three.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("The combined authority and Brantwell Rail have agreed to split the remaining £13 million equally.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # the rest of a whole given first, past a sum said of something else
    answer = fc.ask("64 of the businesses that applied to the hardship fund have not yet received a payment.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("74 of the businesses that applied to the hardship fund have not yet received a payment.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    # a decision said made as a confirmation ("has confirmed that") against "had not yet been decided whether"
    answer = fc.ask("The authority has confirmed that a stop at Millfield Road will be built.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [c.reason for c in answer.conflicts] == ["opposite"]


VIRTUS = (
    "Il costo del nuovo stadio della Virtus\n\n"
    "Il costo complessivo del nuovo stadio della Virtus è stimato in 38 milioni di euro. La parte maggiore, 30 milioni, "
    "sarà a carico della società, che fa capo all'imprenditore Renato Colasanti; il Comune contribuirà con 5,5 milioni "
    "per le opere di urbanizzazione, mentre i restanti 2,5 milioni arriveranno dal fondo regionale. A parte, la Virtus si "
    "farà carico della bonifica dell'ex fornace, i cui costi sono stimati in 2,1 milioni. La decisione sul parcheggio "
    "scambiatore arriverà entro gennaio.")


def test_a_figure_two_sentences_make_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout21): a figure the claim gives that figures of two sentences make
    ("Tra costo dello stadio e bonifica dell'ex fornace, la Virtus sosterrà una spesa di 32,1 milioni" against "La
    parte maggiore, 30 milioni, sarà a carico della società" and "… la Virtus si farà carico della bonifica …, 2,1
    milioni", not_enough_info 0.44), citing one of them; another figure is not made so."""
    fc = one_report(make_checker, "virtus", VIRTUS, "Castelvarano")
    answer = fc.ask("Tra costo dello stadio e bonifica dell'ex fornace, la Virtus sosterrà una spesa di 32,1 milioni di "
                    "euro.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "figures of two sentences"
    assert any("2,1 milioni" in c.text or "30 milioni" in c.text for c in answer.citations)
    answer = fc.ask("Tra costo dello stadio e bonifica dell'ex fornace, la Virtus sosterrà una spesa di 34,1 milioni di "
                    "euro.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # a claim that does not say its figure is reckoned from others
    answer = fc.ask("La Virtus sosterrà una spesa di 32,1 milioni di euro per la bonifica dell'ex fornace.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


DUOMO = (
    "Duomo di Castelnerio, restauro della facciata\n\n"
    "Il progetto di restauro della facciata del duomo è stato presentato ieri, mercoledì 17 settembre, nella sala "
    "capitolare dal vescovo, monsignor Alberto Cassinari. Il cantiere aprirà a ottobre. Il Comune contribuisce in modo "
    "indiretto: lunedì 15 settembre il consiglio comunale ha approvato, con 19 voti favorevoli e 6 contrari, l'esenzione "
    "dal canone di occupazione del suolo pubblico per i ponteggi, che vale circa 95.000 euro.")


def test_days_between_two_dates_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout20): days the claim puts between two events that the dates of two
    sentences make ("L'esenzione per i ponteggi è stata approvata dal consiglio comunale due giorni prima della
    presentazione del progetto" against "lunedì 15 settembre il consiglio comunale ha approvato … l'esenzione" and "Il
    progetto … è stato presentato ieri, mercoledì 17 settembre", not_enough_info 0.69); the days the other way, or
    another number of them, refute."""
    fc = one_report(make_checker, "duomo", DUOMO, "Castelnerio")
    answer = fc.ask("L'esenzione per i ponteggi è stata approvata dal consiglio comunale due giorni prima della "
                    "presentazione del progetto.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "days between two dates"
    for claim in ("L'esenzione per i ponteggi è stata approvata dal consiglio comunale due giorni dopo la presentazione "
                  "del progetto.",
                  "L'esenzione per i ponteggi è stata approvata dal consiglio comunale cinque giorni prima della "
                  "presentazione del progetto."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)



RUNNERS = (
    "Brackley half marathon\n\n"
    "A total of 6,240 runners started the Brackley half marathon on Sunday 12 October, compared with 5,900 last year, "
    "and 6,075 of them crossed the finish line in Market Square. The Brackley Harriers club wants to build a new "
    "clubhouse beside the track, at an estimated cost of £1.6 million, and has so far raised £1.05 million towards it. "
    "A planning application was submitted to Brackley Borough Council in September, and the planning committee is "
    "expected to decide on it on Thursday 4 December. The club ended the year with a surplus of £9,000. The club had "
    "410 members in 2025.")


def test_rests_differences_and_decisions_of_a_race_report_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout22): the rest a part said "of them" leaves, denied ("165 of the
    runners who started did not finish", refuted 0.91 before for "not" and the 6,240), a figure still to be raised
    (refuted 0.65 before), an approval where the sentence says the decision is still to come (not_enough_info 0.51
    before) and a deficit where the article gives a surplus."""
    fc = one_report(make_checker, "runners", RUNNERS, "Brackley")
    answer = fc.ask("165 of the runners who started the race did not finish it.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("265 of the runners who started the race did not finish it.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("The club still has to raise £550,000 to reach the estimated cost of the new clubhouse.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("The club still has to raise £650,000 to reach the estimated cost of the new clubhouse.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Brackley Borough Council's planning committee has approved the new clubhouse.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert any(c.reason == "opposite" and c.claim_text == "has approved" for c in answer.conflicts), answer.conflicts
    for claim in ("The club ended the year with a deficit of £9,000.", "The club ended 2025 with a deficit of £9,000."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.REFUTED, (claim, answer.details)
        assert any(c.claim_text == "deficit" and c.text == "surplus" for c in answer.conflicts), answer.conflicts


MIELE = (
    "Val Soriana, annata difficile per il miele\n\n"
    "Il colpo più duro è per l'acacia, crollata da 48 a 7 tonnellate. Le gelate delle notti tra il 6 e il 7 aprile "
    "hanno bruciato i fiori appena spuntati. L'assemblea dei soci ha approvato con 131 voti favorevoli e 12 contrari il "
    "nuovo statuto. Il calo dell'offerta ha fatto salire i prezzi all'ingrosso: l'acacia è passata da 9,20 a 12,80 euro "
    "al chilo, il millefiori da 6,50 a 7,60. Tra i più colpiti c'è Marco Fedrigo, che a Pradalto gestisce 90 alveari: "
    "quest'anno ha raccolto appena 200 chili di acacia, contro i 1.600 dell'anno scorso.")


def test_a_move_whose_verb_is_left_out_and_a_span_of_days_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout22): a move said after another, its verb left out ("il millefiori
    da 6,50 a 7,60" after "l'acacia è passata da …"), against a claim that it fell (not_enough_info 0.37 before); the
    first day of a span of days is no figure two sentences make ("tra il 16 e il 17 aprile" was supported as 143 less
    131 … before the fix, by the rule "figures of two sentences")."""
    fc = one_report(make_checker, "miele", MIELE, "Val Soriana")
    answer = fc.ask("Il prezzo all'ingrosso del millefiori è diminuito rispetto all'anno scorso.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert any(c.reason == "opposite" and c.claim_text == "diminuito" for c in answer.conflicts), answer.conflicts
    answer = fc.ask("Le gelate che hanno bruciato i fiori di acacia si sono verificate tra il 18 e il 19 aprile.",
                    kind="claim")
    assert answer.details.get("rule") != "figures of two sentences", answer.details
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # an eighth as the ratio of a figure and the one it is set against (not_enough_info 0.36 before)
    answer = fc.ask("Quest'anno Marco Fedrigo ha raccolto un ottavo dell'acacia prodotta l'anno precedente.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Quest'anno Marco Fedrigo ha raccolto un quinto dell'acacia prodotta l'anno precedente.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


RESCUE = (
    "Fellside rescue team has busiest year with 312 call-outs\n\n"
    "Fellside Mountain Rescue Team had its busiest year with 312 call-outs in 2025, according to its annual report. "
    "Of the call-outs, 171 involved walkers, 46 involved climbers and 33 involved mountain bikers. The remainder were "
    "searches for missing people in the valley towns. On Tuesday 3 March the parish council voted by six votes to five "
    "to back the team's new base. Runners in the fell race raised a record £96,000 for the team, up from £71,000 last "
    "year. The team bought a new Land Rover ambulance in June. Nine trainees joined the team in 2025. Of the money "
    "raised, £29,000 paid for new radios. According to the report, 74 call-outs, almost a quarter of the total, involved "
    "walkers who had relied on a mapping app on their phone.")


def test_rests_shares_swaps_and_margins_of_a_rescue_report_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout22): the rest all the parts a sentence lists leave of the figure a
    sentence before gives, the claim denying each part ("62 call-outs involved neither walkers, climbers nor mountain
    bikers", refuted 0.87 before); two figures given each to the other's thing, the first thing opening the claim
    (supported 0.79 before); a vote carried by a single vote (refuted 0.61 before); a share of a figure named
    sentences before ("less than a third of the money raised", not_enough_info before), and a fraction that is no
    ratio to last year's figure ("more than a third" was supported as £96,000 against £71,000)."""
    fc = one_report(make_checker, "rescue", RESCUE, "Fellside")
    answer = fc.ask("In 2025, 62 call-outs involved neither walkers, climbers nor mountain bikers.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("In 2025, 72 call-outs involved neither walkers, climbers nor mountain bikers.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("Climbers accounted for 33 of the call-outs and mountain bikers for 46.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("33", "46")]
    answer = fc.ask("The parish council's vote on the new base was carried by a single vote.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the margin of a vote"
    answer = fc.ask("The new radios cost less than a third of the money raised by the runners.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("The new radios cost more than a third of the money raised by the runners.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # a share the sentence says is almost the claim's bound (refuted 0.51 before; "more than" was supported)
    answer = fc.ask("Fewer than one in four call-outs involved walkers who had relied on a phone mapping app.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("More than one in four call-outs involved walkers who had relied on a phone mapping app.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("one in four", "a quarter")]


HIVES = (
    "Apicoltori in Val Soriana\n\n"
    "Giovedì 18 settembre il consiglio regionale ha approvato con 28 voti favorevoli e 3 contrari una mozione che "
    "chiede al ministero dell'Agricoltura di riconoscere lo stato di calamità naturale per l'apicoltura. Il ministero non "
    "ha ancora risposto. Nove persone sono morte negli incidenti stradali della valle, contro le sei del 2024; tre di "
    "questi decessi sono stati causati da malori. Il 9 ottobre la commissione ha votato con cinque voti a favore e "
    "quattro contrari uno studio indipendente sul traffico della valle.")


def test_requests_shares_left_and_sums_against_counts_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout22): an act said done that a sentence says was only asked of the
    one said to do it ("Il ministero … ha riconosciuto lo stato di calamità" against "una mozione che chiede al
    ministero … di riconoscere …", supported 0.75 before); the share the part "of those" leaves, the claim denying what
    the part is ("Più della metà dei decessi … non è stata causata da malori", refuted before for the denial); a sum
    against a sentence's counts of votes only is no number conflict (refuted 0.69 before for £25,000 against "five")."""
    fc = one_report(make_checker, "hives", HIVES, "Val Soriana")
    answer = fc.ask("Il ministero dell'Agricoltura ha riconosciuto lo stato di calamità naturale per l'apicoltura.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.reason) for c in answer.conflicts] == [("riconosciuto", "opposite")]
    answer = fc.ask("Il consiglio regionale ha chiesto al ministero dell'Agricoltura di riconoscere lo stato di "
                    "calamità naturale.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Più della metà dei decessi negli incidenti stradali della valle non è stata causata da malori.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Lo studio indipendente sul traffico della valle costerà 25.000 euro.", kind="claim")
    assert not any(c.reason == "number" for c in answer.conflicts), answer.conflicts
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


RACE = (
    "Brackley half marathon results\n\n"
    "Daniel Okoro, a 31-year-old teacher, won the men's race in 1 hour 4 minutes 12 seconds, finishing 39 seconds ahead "
    "of last year's winner, Paul Ashby of Brackley Harriers. The women's race was won by Clara Whitfield in 1:11:48, "
    "breaking the course record of 1:13:05 set in 2021 by Joanne Pike. Sarah Bell was second in 1:14:02. In the "
    "wheelchair race, Amir Sadiq won in "
    "0:58:31 to take the title for the third year running.")


def test_times_of_a_race_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout22): a gap between two race times ("improved the women's course
    record by 1 minute 17 seconds" against "in 1:11:48, breaking the course record of 1:13:05", refuted 0.41 before
    for "1" against "2"), and a time made by the winner's and the gap the claim's runner finished behind ("Paul Ashby
    finished the race in 1 hour 4 minutes 51 seconds", refuted 0.54 before); the winner given that time, or another
    gap, is not supported; a race won by another than the claim's runner, named in a sentence saying little of the
    claim; years in a row said by an ordinal ("for the third year running")."""
    fc = one_report(make_checker, "race", RACE, "Brackley")
    answer = fc.ask("Clara Whitfield improved the women's course record by 1 minute 17 seconds.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "times of a race"
    answer = fc.ask("Paul Ashby finished the race in 1 hour 4 minutes 51 seconds.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    for claim in ("Clara Whitfield improved the women's course record by 1 minute 27 seconds.",
                  "Daniel Okoro finished the race in 1 hour 4 minutes 51 seconds."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.SUPPORTED, (claim, answer.details)
    # a race won by another, the one the claim names said to have done something else (supported 0.66 before)
    answer = fc.ask("Sarah Bell won the women's race.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("Sarah Bell", "Clara Whitfield")]
    answer = fc.ask("Clara Whitfield won the women's race.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    # years in a row said by an ordinal
    answer = fc.ask("Amir Sadiq has won the wheelchair race in each of the last three years.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


TICKETS = (
    "Parco faunistico di Valdora, cambiano i prezzi\n\n"
    "Cambiano anche i prezzi: dal 1° aprile il biglietto intero passerà da 15 a 17 euro, mentre il ridotto resterà a "
    "10 euro. Il parco ha accolto 212.000 visitatori nel 2024.")


def test_a_fare_that_stays_named_only_in_its_clause_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout19): a move the claim says is coming of the thing a clause says
    stays, named only there, the rest of the claim said around it ("Dal 1° aprile aumenterà anche il prezzo del
    biglietto ridotto" against "… il biglietto intero passerà da 15 a 17 euro, mentre il ridotto resterà a 10 euro",
    supported 0.80 before, "ridotto" read as a fall); the full fare's rise is still supported."""
    fc = one_report(make_checker, "tickets", TICKETS, "Valdora")
    answer = fc.ask("Dal 1° aprile aumenterà anche il prezzo del biglietto ridotto.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("aumenterà", "resterà a")]
    answer = fc.ask("Dal 1° aprile aumenterà il prezzo del biglietto intero.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


CASERMA = (
    "Vigili del fuoco di Brennola, le nuove sedi\n\n"
    "A ottobre sono partiti i lavori per la nuova caserma del distaccamento di Sanfelice, che costerà 3,4 milioni di "
    "euro e sostituirà l'edificio attuale, ricavato nel 1974 in un ex magazzino comunale. La gara per la nuova sede di "
    "Valdora è stata vinta dal consorzio Edilpiana, con un ribasso del 9 per cento.")


def test_which_company_asked_of_a_sentence_naming_none_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout21): a question asking which company did something, whose best
    sentence names no one but places and public bodies ("Quale impresa sta costruendo la nuova caserma del
    distaccamento di Sanfelice?" answered 0.97 before from the sentence on the works), is not answered; one the article
    answers by a name is."""
    fc = one_report(make_checker, "caserma", CASERMA, "Brennola")
    answer = fc.ask("Quale impresa sta costruendo la nuova caserma del distaccamento di Sanfelice?", kind="question")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("Quale impresa ha vinto la gara per la nuova sede di Valdora?", kind="question")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert any("Edilpiana" in c.text for c in answer.citations)


COACHES = (
    "School transport contract\n\n"
    "Westmarch County Council has awarded its five-year school transport contract to Brackenridge Coaches, ending a "
    "17-year arrangement with the Carrowby-based firm Hallow Travel. Hallow Travel, which employed 95 staff on the "
    "contract, said about a third of them had moved to the new operator. \"My daughter stood at the stop in Elmstead "
    "Vale for forty minutes and no bus came,\" said Rachel Okafor, a mother of two who chairs the parent forum at "
    "Fenhallow Academy. Le corse estive saranno affidate alla cooperativa Valtrasporti, con sede a Rovereto. Le corse "
    "porteranno gli studenti fino a Trento.")


def test_where_a_company_is_based_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout14): where the claim says a company is based against the base a
    sentence naming it gives ("Hallow Travel is based in Elmstead Vale" against "the Carrowby-based firm Hallow
    Travel", not_enough_info 0.70 before; "ha sede a Trento" against "con sede a Rovereto"); the base it gives is
    supported."""
    fc = one_report(make_checker, "coaches", COACHES, "Westmarch")
    answer = fc.ask("Hallow Travel is based in Elmstead Vale.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("Elmstead Vale", "Carrowby") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Hallow Travel is based in Carrowby.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("La cooperativa Valtrasporti ha sede a Trento.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("Trento", "Rovereto") in [(c.claim_text, c.text) for c in answer.conflicts]


BUDGET = (
    "Council tax rise approved\n\n"
    "Harrowmere District Council has approved a 2.99% rise in its share of council tax. The budget was passed by 27 "
    "votes to 15, with three abstentions. An opposition amendment to cut councillors' allowances by 10% was defeated "
    "by 26 votes to 17.")


def test_the_counts_of_another_vote_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout16): a vote's counts the article gives of another vote, where the
    sentence on the claim's vote gives it others ("The budget was passed by 26 votes to 17" against "The budget was
    passed by 27 votes to 15" and "An opposition amendment … was defeated by 26 votes to 17", supported 0.78 before):
    both counts conflict."""
    fc = one_report(make_checker, "budget", BUDGET, "Harrowmere")
    answer = fc.ask("The budget was passed by 26 votes to 17.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert sorted((c.claim_text, c.text) for c in answer.conflicts) == [("17", "15"), ("26", "27")]
    for claim in ("The budget was passed by 27 votes to 15.", "The opposition amendment was defeated by 26 votes to 17."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is Verdict.SUPPORTED, (claim, answer.details)


PAY = (
    "Resident doctors' strike\n\n"
    "The trust's board, acting under the national framework, first offered 2.8 per cent in October and raised it to "
    "4.2 per cent last week, of which 3 per cent would be added to basic pay. The union is demanding 6 per cent.")


def test_points_higher_than_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout17): the points between two shares said "percentage points higher
    than" ("The revised pay offer is 1.4 percentage points higher than the first offer made in October" against "first
    offered 2.8 per cent in October and raised it to 4.2 per cent", not_enough_info 0.86 before); other points are not
    supported."""
    fc = one_report(make_checker, "pay", PAY, "Harrowmere")
    answer = fc.ask("The revised pay offer is 1.4 percentage points higher than the first offer made in October.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a difference of two figures"
    answer = fc.ask("The revised pay offer is 2.4 percentage points higher than the first offer made in October.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


TEATRO = (
    "Teatro Lanzi, stagione da record con 41.300 spettatori\n\n"
    "Il Teatro Lanzi di Borgoverde chiude la stagione con 41.300 spettatori. In cartellone c'erano 64 spettacoli, di "
    "cui 18 produzioni proprie. Gli abbonamenti sono passati da 2.140 a 2.610.")


def test_the_rest_a_denial_names_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout16): the rest of a whole the claim names by denying what the part
    is, in words of its own ("Gli spettacoli in cartellone non prodotti dal teatro stesso sono stati 46" against "64
    spettacoli, di cui 18 produzioni proprie", refuted 0.88 before: the denial's words were read as the rest of the
    claim to find); another figure is not supported."""
    fc = one_report(make_checker, "teatro", TEATRO, "Borgoverde")
    answer = fc.ask("Gli spettacoli in cartellone non prodotti dal teatro stesso sono stati 46.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("Gli spettacoli in cartellone non prodotti dal teatro stesso sono stati 48.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


OLIO = (
    "Colli di Varenza, l'olio torna a crescere\n\n"
    "L'Oleificio sociale di Castelvarenza ha molito quest'anno 5.840 tonnellate di olive, contro le 4.230 del 2024. "
    "Mercoledì 12 novembre l'assemblea dei soci ha approvato con 287 voti favorevoli, 41 contrari e 19 astenuti "
    "l'acquisto di una seconda linea di estrazione, che costerà 640.000 euro. Il 40 per cento della spesa sarà coperto "
    "da un contributo regionale, già assegnato a settembre; il resto sarà finanziato con un mutuo. Non è ancora deciso "
    "se aumentare la tariffa di molitura per i soci, oggi di 13 euro al quintale: il consiglio di amministrazione ha "
    "proposto di portarla a 15 euro, ma la decisione è stata rinviata. La cooperativa ha infine deciso di abbassare da 68 "
    "a 62 euro il prezzo della latta da cinque litri venduta nello spaccio del frantoio. Il Comune e il Consorzio "
    "installeranno dalla prossima estate 3.000 trappole a feromoni negli oliveti di pianura.")


def test_changes_ratios_shares_and_proposals_of_heldout23_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout23): a change against a value "del 2024" (refuted 0.39 before: the
    year was read as the whole 4.230 is a part of); a vote's counts "sette volte" each other (refuted 0.63); a share of
    the sum the sentence before gives (not_enough_info 0.65); an act only proposed (supported 0.73); a price lowered "da
    68 a 62 euro" said raised (supported 0.86); hills against the lowland ("negli oliveti di collina" against "di
    pianura", supported 0.68). Other figures and the proposal itself are not taken for them."""
    fc = one_report(make_checker, "olio", OLIO, "Castelvarenza")
    for claim, verdict, rule in (
            ("Rispetto al 2024 la cooperativa ha molito 1.610 tonnellate di olive in più.", Verdict.SUPPORTED, None),
            ("Rispetto al 2024 la cooperativa ha molito 1.160 tonnellate di olive in più.", Verdict.REFUTED, None),
            ("All'assemblea del 12 novembre i voti favorevoli all'acquisto della seconda linea di estrazione sono stati "
             "esattamente sette volte i contrari.", Verdict.SUPPORTED, "the ratio of two figures"),
            ("Il contributo regionale per la seconda linea di estrazione vale 256.000 euro.", Verdict.SUPPORTED,
             "a fraction of a figure"),
            ("Il consiglio di amministrazione ha portato la tariffa di molitura per i soci a 15 euro al quintale.",
             Verdict.REFUTED, None),
            ("Il consiglio di amministrazione ha proposto di portare la tariffa di molitura a 15 euro al quintale.",
             Verdict.SUPPORTED, None),
            ("Nello spaccio del frantoio il prezzo della latta da cinque litri è stato aumentato.", Verdict.REFUTED, None),
            ("Le trappole a feromoni saranno installate negli oliveti di collina.", Verdict.REFUTED, None),
            ("Le trappole a feromoni saranno installate negli oliveti di pianura.", Verdict.SUPPORTED, None),
    ):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
        if rule is not None:
            assert answer.details.get("rule") == rule, (claim, answer.details)
    answer = fc.ask("Il consiglio di amministrazione ha portato la tariffa di molitura per i soci a 15 euro al quintale.",
                    kind="claim")
    assert ("portato", "ha proposto di portarla") in [(c.claim_text, c.text) for c in answer.conflicts]
    for claim in ("All'assemblea i voti favorevoli sono stati esattamente sei volte i contrari.",
                  "Il contributo regionale per la seconda linea di estrazione vale 266.000 euro."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.SUPPORTED, (claim, answer.details)


OBSERVATORY = (
    "Ravensfell Observatory draws record crowds\n\n"
    "The new telescope, whose 60-centimetre mirror replaced a 1970s instrument with a 40-centimetre mirror, cost "
    "£486,000. A bequest from Walter Pennick provided £300,000, and the Northmoor Community Foundation gave £120,000; "
    "the rest came from public donations. On 4 August Noah Fenwick, a 15-year-old pupil, spotted a supernova in a "
    "distant galaxy. It was confirmed two days later by astronomers at the University of Castlebridge. The observatory "
    "closed the year with a deficit of £82,000, which was covered from reserves that now stand at £140,000. The board "
    "has not yet decided whether to open on Mondays, currently the observatory's only closed day.")


def test_measures_rests_dates_and_figures_of_heldout23_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout23): a measure "20 centimetres wider than" (refuted 0.92 before);
    the rest of the sum the sentence before gives; a date two days after the one the sentence before gives (refuted
    0.78); a figure the sentence gives to another thing (supported 0.84: "reserves … £82,000" against "a deficit of
    £82,000, … reserves that now stand at £140,000"); "On Mondays" answering which day (not answered 0.96)."""
    fc = one_report(make_checker, "observatory", OBSERVATORY, "Ravensfell")
    for claim, verdict, rule in (
            ("The new telescope's mirror is 20 centimetres wider than that of the instrument it replaced.",
             Verdict.SUPPORTED, "a difference of two figures"),
            ("Public donations provided £66,000 towards the cost of the new telescope.", Verdict.SUPPORTED,
             "the rest of a figure"),
            ("The supernova spotted by Noah Fenwick was confirmed on 6 August.", Verdict.SUPPORTED,
             "days between two dates"),
            ("The observatory's reserves now stand at £82,000.", Verdict.REFUTED, None),
            ("The observatory's reserves now stand at £140,000.", Verdict.SUPPORTED, None),
    ):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
        if rule is not None:
            assert answer.details.get("rule") == rule, (claim, answer.details)
    answer = fc.ask("The observatory's reserves now stand at £82,000.", kind="claim")
    assert ("82,000", "140,000") in [(c.claim_text, c.text) for c in answer.conflicts]
    for claim in ("The new telescope's mirror is 20 centimetres narrower than that of the instrument it replaced.",
                  "Public donations provided £76,000 towards the cost of the new telescope.",
                  "The supernova spotted by Noah Fenwick was confirmed on 7 August."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.SUPPORTED, (claim, answer.details)
    answer = fc.ask("On which day of the week is the observatory currently closed?")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


LAMPIONI = (
    "Pievelunga, i lampioni passano al Led\n\n"
    "Al 31 ottobre erano stati sostituiti 4.950 dei 6.820 punti luce del territorio comunale. Nel centro storico le "
    "nuove lampade, con una luce bianca da 4.000 kelvin, hanno sollevato 214 segnalazioni di residenti e commercianti, e "
    "il comitato Luce Calda ha consegnato in Comune una petizione con 1.380 firme. Lunedì 17 novembre "
    "il consiglio comunale ha approvato con 15 voti favorevoli, 6 contrari e 2 astenuti una modifica del contratto. "
    "La sostituzione costerà 96.000 euro, di cui 60.000 a carico di Lumetra e il resto a carico del Comune. Hanno votato "
    "contro i consiglieri di Pievelunga Bene Comune, secondo cui l'intera spesa andava addebitata alla "
    "società.")


def test_what_is_left_and_votes_of_heldout23_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout23): a figure the claim says is left of a whole a sentence gives
    a part of ("restavano ancora da sostituire 1.870 punti luce", refuted 0.77 before); a figure the sentence gives to
    another thing ("La petizione … è stata firmata da 214 persone"); a way of voting the other way ("hanno votato a
    favore", supported 0.63 before); a whole claimed of one the sentence gives a part of ("Lumetra Servizi pagherà per
    intero la sostituzione", not_enough_info 0.58 before)."""
    fc = one_report(make_checker, "lampioni", LAMPIONI, "Pievelunga")
    for claim, verdict in (
            ("Al 31 ottobre restavano ancora da sostituire 1.870 punti luce.", Verdict.SUPPORTED),
            ("Al 31 ottobre restavano ancora da sostituire 1.780 punti luce.", Verdict.REFUTED),
            ("La petizione del comitato Luce Calda è stata firmata da 214 persone.", Verdict.REFUTED),
            ("I consiglieri di Pievelunga Bene Comune hanno votato a favore della modifica del contratto.", Verdict.REFUTED),
            ("I consiglieri di Pievelunga Bene Comune hanno votato contro la modifica del contratto.", Verdict.SUPPORTED),
            ("Lumetra Servizi pagherà per intero la sostituzione delle lampade.", Verdict.REFUTED),
    ):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    answer = fc.ask("I consiglieri di Pievelunga Bene Comune hanno votato a favore della modifica del contratto.",
                    kind="claim")
    assert ("votato a favore", "votato contro") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Lumetra Servizi pagherà per intero la sostituzione delle lampade.", kind="claim")
    assert ("per intero", "60.000") in [(c.claim_text, c.text) for c in answer.conflicts]


VOTI = (
    "Acqua, rincaro approvato\n\n"
    "La decisione è stata approvata dal consiglio di amministrazione con cinque voti favorevoli e due contrari. Il "
    "canone mensile medio per un banco sale da 420 a 480 euro, ma per i primi dodici mesi il Comune applicherà uno sconto "
    "del 25 per cento ai commercianti che durante i lavori avevano dovuto trasferirsi.")


def test_heldout23_readings_do_not_overreach_through_the_checker(make_checker):
    """Through FactChecker on a short report: a figure read with the things after it in the claim and before it in the
    sentence is not set against the sentence's other figure ("Due membri del consiglio … hanno votato contro" against
    "… dal consiglio di amministrazione con cinque voti favorevoli e due contrari"); a rent "da 420 a 480 euro" is no
    rise against a claim's "un quarto in meno", said of the discount (both were refuted on the way)."""
    fc = one_report(make_checker, "voti", VOTI, "Acqua")
    for claim in ("Due membri del consiglio di amministrazione hanno votato contro il rincaro.",
                  "Per il primo anno i commercianti trasferiti pagheranno un quarto in meno di affitto."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.REFUTED, (claim, answer.details)


DONATORI = (
    "Donazioni in calo\n\n"
    "L'Associazione donatori della valle ha raccolto nel 2025 4.872 donazioni, contro le 5.180 dell'anno precedente. "
    "Delle 4.872 donazioni, 3.910 sono state di sangue intero e 962 di plasma, raccolte nel centro trasfusionale "
    "dell'ospedale Santa Lucia. Una risposta è arrivata in autunno con la nuova autoemoteca, un camion attrezzato con "
    "quattro lettini, entrato in servizio il 6 ottobre. È costato 310.000 euro: 180.000 li ha messi la Fondazione Cassa di "
    "Risparmio della Val Morena, 80.000 la Regione e il resto l'associazione, con le proprie raccolte fondi. Fino al 31 "
    "dicembre l'autoemoteca ha fatto 14 uscite tra scuole e aziende della valle, raccogliendo 389 donazioni, già "
    "comprese nel totale dell'anno. Luca "
    "Bertoni, 19 anni, il 12 novembre è salito sull'autoemoteca quando il camion si è fermato nel cortile della sua "
    "scuola. Le entrate dell'associazione sono state di 412.000 euro, di cui 287.000 di rimborsi regionali per le "
    "donazioni raccolte; le uscite di 398.000 euro.")


def test_parts_givers_and_dates_of_heldout24_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout24): a share of one of the parts a sentence lists of a whole given
    first ("Le donazioni di plasma sono state meno di un quinto del totale", refuted 0.61 before against "il 6 per
    cento"); the rest of a sum whose parts are bare figures after a colon ("… con 50.000 euro provenienti dalle proprie
    raccolte fondi", refuted 0.60 before); a sum given to another than the claim's, the subject after its verb ("La
    Regione ha contribuito con 180.000 euro"); a share named after its part ("I rimborsi regionali … più dei due terzi
    delle entrate"); a date of another month in the sentence saying the rest of the claim ("L'autoemoteca è entrata in
    servizio il 12 novembre", supported 0.80 before on "Luca Bertoni … il 12 novembre è salito sull'autoemoteca"); a
    balance said as a surplus ("si è chiuso con un avanzo di 14.000 euro" against "Le entrate sono state di 412.000 euro
    …; le uscite di 398.000 euro"); a share of the total another sentence gives ("meno di un decimo del totale
    dell'anno" against "raccogliendo 389 donazioni, già comprese nel totale dell'anno" and "… ha raccolto nel 2025 4.872
    donazioni"); a share of a sum that a part listed after it and a colon makes ("La Fondazione … ha coperto più della
    metà del costo" against "È costato 310.000 euro: 180.000 li ha messi la Fondazione …")."""
    fc = one_report(make_checker, "donatori", DONATORI, "Donazioni")
    for claim, verdict in (
            ("Le donazioni di plasma sono state meno di un quinto del totale raccolto nel 2025.", Verdict.SUPPORTED),
            ("L'associazione ha contribuito all'acquisto dell'autoemoteca con 50.000 euro provenienti dalle proprie "
             "raccolte fondi.", Verdict.SUPPORTED),
            ("La Regione ha contribuito all'acquisto dell'autoemoteca con 180.000 euro.", Verdict.REFUTED),
            ("I rimborsi regionali per le donazioni hanno rappresentato più dei due terzi delle entrate "
             "dell'associazione.", Verdict.SUPPORTED),
            ("L'autoemoteca è entrata in servizio il 12 novembre.", Verdict.REFUTED),
            ("L'autoemoteca è entrata in servizio il 6 ottobre.", Verdict.SUPPORTED),
            ("Il bilancio dell'associazione si è chiuso con un avanzo di 14.000 euro.", Verdict.SUPPORTED),
            ("Le donazioni raccolte dall'autoemoteca sono state meno di un decimo del totale dell'anno.", Verdict.SUPPORTED),
            ("La Fondazione Cassa di Risparmio della Val Morena ha coperto più della metà del costo dell'autoemoteca.",
             Verdict.SUPPORTED),
    ):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    answer = fc.ask("L'autoemoteca è entrata in servizio il 12 novembre.", kind="claim")
    assert ("12", "6") in [(c.claim_text, c.text) for c in answer.conflicts]
    # a share of the parts listed after a colon (180.000 of 310.000): not more than two thirds
    answer = fc.ask("La Fondazione Cassa di Risparmio della Val Morena ha coperto più di due terzi del costo "
                    "dell'autoemoteca.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    # the share of the other part listed supports nothing: 3.910 of 4.872 is four fifths
    answer = fc.ask("Le donazioni di sangue intero sono state meno di un quinto del totale raccolto nel 2025.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


CANALE = (
    "Sallow Canal reopens after 67 years as £3.9m restoration finishes; trust sets sights on £11m link to Thornbury\n\n"
    "Boats returned to a 2.4-mile stretch of the Sallow Canal on Saturday 18 October after a £3.9 million restoration. "
    "The National Lottery Heritage Fund provided £2.1 million and Kesby District Council £600,000, with the rest raised "
    "by the trust itself through appeals, events and donations. For now, boats can use the restored stretch only at "
    "weekends, from 9am to 5pm, with daily opening due to begin at Easter. Derek Holloway gave more than 1,900 hours of "
    "his own time to the project. The trust says 310 volunteers put in 41,000 hours over three and a half years. In 2023 "
    "ecologists found a colony of water voles near Lock 9, and the trust agreed to leave 600 metres of bank as reed bed "
    "rather than rebuild the original stone edging. The trust wants to restore a further 3.1 miles of canal to Thornbury; "
    "that phase is expected to cost about £11 million.")


def test_givers_and_opening_hours_of_heldout24_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout24): a sum a list gives to another name than the claim's, the
    names before their sums ("Kesby District Council contributed £2.1 million", supported 0.79 before); hours a day a
    range of times of day makes ("for eight hours a day" against "from 9am to 5pm", refuted 0.83 before against "1,900
    hours"); a figure for each one of a group two figures make ("On average, each volunteer put in more than 130 hours",
    not_enough_info 0.74 before); an act set aside "rather than" done ("The trust decided to rebuild the original stone
    edging", supported 0.80 before); a ratio of sums given to two things the claim names ("almost three times as much as
    the restoration" against "£3.9m restoration …; … £11m link to Thornbury", not_enough_info 0.62 before); the rest
    of a sum another sentence gives the claim's thing ("The Sallow Canal Trust raised £1.2 million itself towards the
    cost of the restoration" against "… provided £2.1 million and Kesby District Council £600,000, with the rest raised
    by the trust itself" and "… £3.9m restoration", refuted 0.42 before)."""
    fc = one_report(make_checker, "canal", CANALE, "Sallow Canal")
    for claim, verdict in (
            ("Kesby District Council contributed £2.1 million to the restoration.", Verdict.REFUTED),
            ("Kesby District Council contributed £600,000 to the restoration.", Verdict.SUPPORTED),
            ("Until Easter, boats can use the restored stretch for eight hours a day, at weekends only.", Verdict.SUPPORTED),
            ("On average, each volunteer put in more than 130 hours of work on the restoration.", Verdict.SUPPORTED),
            ("The trust decided to rebuild the original stone edging along the bank near Lock 9.", Verdict.REFUTED),
            ("The trust agreed to leave 600 metres of bank as reed bed near Lock 9.", Verdict.SUPPORTED),
            ("The planned link to Thornbury is expected to cost almost three times as much as the restoration.",
             Verdict.SUPPORTED),
            ("The Sallow Canal Trust raised £1.2 million itself towards the cost of the restoration.", Verdict.SUPPORTED),
    ):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    answer = fc.ask("Kesby District Council contributed £2.1 million to the restoration.", kind="claim")
    assert ("2.1", "600,000") in [(c.claim_text, c.text) for c in answer.conflicts]


MENSA = (
    "Montecerro, la mensa scolastica cambia gestore\n\n"
    "Cambia gestore la mensa delle scuole di Montecerro. Alla gara avevano partecipato cinque aziende. Il contratto di "
    "Gustoservizi era scaduto il 30 giugno ed è stato prorogato fino al 31 dicembre per consentire il passaggio di "
    "consegne. Per il Comune ogni "
    "pasto costerà 5,85 euro, contro i 5,20 del vecchio contratto. La tariffa massima pagata dai genitori passerà da 4,60 "
    "a 4,90 euro a pasto. Resta invece in sospeso l'introduzione di un'app per prenotare e disdire i pasti ogni mattina: "
    "la cooperativa l'ha proposta in sede di gara, ma il Comune deve ancora verificarne la compatibilità con il proprio "
    "sistema dei pagamenti. Finora i pasti arrivavano su furgoni dal centro cottura di Gustoservizi a Rocca San Felice, a "
    "27 chilometri da Montecerro. I lavori dovrebbero finire ad aprile; fino ad allora i pasti saranno preparati nella "
    "cucina della cooperativa a Vallepiana, a 19 chilometri dalla città.")


def test_a_percent_change_and_a_count_of_heldout24_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout24): a change in per cent of a figure and its earlier value, the
    "cento" of "12,5 per cento" being its unit, no figure to find ("aumenta del 12,5 per cento rispetto al vecchio
    contratto", not_enough_info 0.54 before on "cento" against "5,85"); a count the one sentence counting the same thing
    gives otherwise, the rest of the claim said word for word around it ("Alla gara per la mensa scolastica di
    Montecerro hanno partecipato tre aziende", not_enough_info 0.54 before); an approval claimed of a thing a sentence
    says is still pending ("Il Comune ha già approvato l'introduzione dell'app" against "Resta invece in sospeso
    l'introduzione di un'app …", supported 0.86 before); months two dates of a sentence make ("La proroga … è di sei
    mesi" against "era scaduto il 30 giugno ed è stato prorogato fino al 31 dicembre", refuted 0.75 before); a figure a
    sentence gives as another thing's earlier value, where the sentence saying much more of the claim gives its thing
    another figure ("La tariffa massima pagata dalle famiglie salirà a 5,20 euro" against "… passerà da 4,60 a 4,90
    euro", supported 0.50 before on "contro i 5,20 del vecchio contratto"); a small measure two sentences' measures
    make, each naming one of the two places compared ("8 chilometri più vicina a Montecerro" against "a 27 chilometri da
    Montecerro" and "a 19 chilometri dalla città", not_enough_info 0.58 before)."""
    fc = one_report(make_checker, "mensa", MENSA, "Montecerro")
    for claim, verdict in (
            ("Il prezzo che il Comune pagherà per ogni pasto aumenta del 12,5 per cento rispetto al vecchio contratto.",
             Verdict.SUPPORTED),
            ("Il prezzo che il Comune pagherà per ogni pasto aumenta del 15 per cento rispetto al vecchio contratto.",
             Verdict.REFUTED),
            ("Alla gara per la mensa scolastica di Montecerro hanno partecipato tre aziende.", Verdict.REFUTED),
            ("Alla gara per la mensa scolastica di Montecerro hanno partecipato cinque aziende.", Verdict.SUPPORTED),
            ("Il Comune ha già approvato l'introduzione dell'app per prenotare e disdire i pasti.", Verdict.REFUTED),
            ("La proroga concessa a Gustoservizi dopo la scadenza del contratto è di sei mesi.", Verdict.SUPPORTED),
            ("La tariffa massima pagata dalle famiglie salirà a 5,20 euro a pasto.", Verdict.REFUTED),
            ("La tariffa massima pagata dalle famiglie salirà a 4,90 euro a pasto.", Verdict.SUPPORTED),
            ("La cucina di Vallepiana, dove saranno preparati i pasti fino ad aprile, è 8 chilometri più vicina a "
             "Montecerro del centro cottura di Rocca San Felice.", Verdict.SUPPORTED),
    ):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is verdict, (claim, answer.details)
    answer = fc.ask("La proroga concessa a Gustoservizi dopo la scadenza del contratto è di tre mesi.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("Il Comune ha già approvato l'introduzione dell'app per prenotare e disdire i pasti.", kind="claim")
    assert ("ha già approvato", "Resta invece in sospeso") in [(c.claim_text, c.text) for c in answer.conflicts]


ORDINE = (
    "Mensa, il nuovo gestore\n\n"
    "Venerdì 17 ottobre il Comune ha firmato l'aggiudicazione definitiva del servizio di refezione scolastica alla "
    "cooperativa Ristoro Verde, che dal 7 gennaio 2026 preparerà i pasti. Lunedì 13 ottobre il consiglio comunale ha "
    "approvato la variazione di bilancio necessaria con 15 voti favorevoli, 8 contrari e un astenuto.")


def test_the_order_of_two_dated_events_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout24): two events put in the order their dates do not run ("ha
    approvato la variazione di bilancio dopo la firma dell'aggiudicazione" against "Lunedì 13 ottobre il consiglio
    comunale ha approvato …" and "Venerdì 17 ottobre il Comune ha firmato l'aggiudicazione …", supported 0.57 before),
    each event's date the one nearest its words."""
    fc = one_report(make_checker, "ordine", ORDINE, "Mensa")
    answer = fc.ask("Il consiglio comunale ha approvato la variazione di bilancio dopo la firma dell'aggiudicazione "
                    "definitiva.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("dopo", "13") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Il consiglio comunale ha approvato la variazione di bilancio prima della firma dell'aggiudicazione "
                    "definitiva.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


DURATA = (
    "Mensa, il nuovo contratto\n\n"
    "Il Comune ha affidato la mensa scolastica alla cooperativa Ristoro Verde, che dal 7 gennaio 2026 preparerà i pasti "
    "nei 14 plessi della città. Il contratto con Ristoro Verde durerà fino al 30 giugno 2029 e vale complessivamente "
    "7,8 milioni di euro.")


def test_years_two_dated_sentences_make_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout24): years and months two dates with their years make, each in its
    own sentence ("Il contratto con Ristoro Verde coprirà circa tre anni e mezzo di servizio" against "… dal 7 gennaio
    2026 preparerà i pasti" and "Il contratto … durerà fino al 30 giugno 2029"); not five years."""
    fc = one_report(make_checker, "durata", DURATA, "Mensa")
    answer = fc.ask("Il contratto con Ristoro Verde coprirà circa tre anni e mezzo di servizio.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "months between two dates"
    answer = fc.ask("Il contratto con Ristoro Verde coprirà circa cinque anni di servizio.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


ANNI = (
    "Sallow Canal reopens\n\n"
    "Boats returned to a 2.4-mile stretch of the Sallow Canal on Saturday 18 October for the first time since 1958. "
    "Leading the flotilla was Kingfisher Lass, a narrowboat owned by Derek Holloway, 71, a retired railway engineer. "
    "\"I first walked this canal bed as a boy in 1962, when it was full of old prams and bicycles,\" he said.")


def test_years_between_two_dated_events_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout24): years the claim puts between two events that the years of
    two sentences make, the quote's speaker named in the sentence before ("Derek Holloway first walked the canal bed
    four years after boats had last used the stretch" against "… for the first time since 1958" and "\"I first walked
    this canal bed as a boy in 1962 …\"", not_enough_info 0.72 before); another number of years is refuted."""
    fc = one_report(make_checker, "anni", ANNI, "Sallow Canal")
    answer = fc.ask("Derek Holloway first walked the canal bed four years after boats had last used the stretch.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "years between two dates"
    answer = fc.ask("Derek Holloway first walked the canal bed six years after boats had last used the stretch.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


PONTE = (
    "Castelvero, il ponte di San Rocco chiude\n\n"
    "L'intervento costerà 4,3 milioni di euro: 3 milioni arrivano dal ministero delle Infrastrutture, 1,1 milioni dalla "
    "Provincia e 200.000 euro dal Comune di Castelvero. I lavori sono stati aggiudicati alla Ponti & Strade Cavalli srl "
    "di Borgo Alto, che ha offerto un ribasso del 12,4 per cento e ha superato altre sei imprese in gara. Giovedì 6 "
    "novembre la mozione dell'opposizione che chiedeva la passerella è stata respinta con 11 voti contrari, 6 "
    "favorevoli e un astenuto.")


@pytest.mark.parametrize(("claim", "rule"), [
    # a percentage that a part listed after a colon makes of the whole, the part named after its scale word (not
    # "any number": not_enough_info 0.82 before)
    pytest.param("Il ministero delle Infrastrutture finanzia circa il 70 per cento dell'intervento.",
                 "a share of two counts", id="share-of-a-listed-part"),
    # the others and the one set against them (refuted 0.83 before, against "12,4")
    pytest.param("Alla gara per i lavori sul ponte hanno partecipato sette imprese.", "the others and the one",
                 id="others-and-the-one"),
    # a vote's margin, the votes against said first (refuted 0.88 before, against "11")
    pytest.param("La mozione sulla passerella è stata respinta con cinque voti di scarto.", "the margin of a vote",
                 id="margin-against-first"),
])
def test_figures_heldout25_reads_through_the_checker(make_checker, claim, rule):
    """Through FactChecker on a short report (heldout25): figures computed from a sentence's figures."""
    fc = one_report(make_checker, "ponte", PONTE, "Castelvero")
    answer = fc.ask(claim, kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == rule


def test_figures_heldout25_reads_refute_through_the_checker(make_checker):
    """The same figures otherwise are not supported: another margin, another share."""
    fc = one_report(make_checker, "ponte", PONTE, "Castelvero")
    for claim in ("La mozione sulla passerella è stata respinta con sei voti di scarto.",
                  "La Provincia finanzia circa il 70 per cento dell'intervento."):
        answer = fc.ask(claim, kind="claim")
        assert answer.verdict is not Verdict.SUPPORTED, (claim, answer.details)


STAFF = (
    "Allerby post office to close\n\n"
    "The post office on Allerby High Street will close for good on Saturday 31 January. The branch's seven staff have "
    "been offered redeployment or voluntary redundancy. Four have chosen redundancy and two will move to the branch in "
    "Kettlemoor, 11 miles away; the last has yet to decide.")


@pytest.mark.parametrize("claim", [
    "Two of the branch's seven staff will move to the branch in Kettlemoor.",
    "Four of the branch's staff will take voluntary redundancy.",
])
def test_undecided_of_the_rest_of_a_group_through_the_checker(make_checker, claim):
    """Through FactChecker on a short report (heldout25): what the rest of a group has yet to decide, in a clause of its
    own ("…; the last has yet to decide"), leaves the others' choices decided (not_enough_info 0.50, "not decided
    yet", before)."""
    fc = one_report(make_checker, "staff", STAFF, "Allerby")
    answer = fc.ask(claim, kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") != "not decided yet"


VASCA = (
    "Valdorno, la piscina riapre\n\n"
    "La piscina comunale di Valdorno riapre sabato 8 novembre dopo 14 mesi di lavori. La vasca piccola è stata allungata "
    "da 12,5 a 16 metri e in quella grande è stato installato un sollevatore per le persone con disabilità.")


def test_a_whole_number_and_a_half_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): "tre metri e mezzo" is 3.5 metres, the change "da 12,5 a 16
    metri" makes (refuted 0.46 before, "tre" against "16"); four and a half is not supported."""
    fc = one_report(make_checker, "vasca", VASCA, "Valdorno")
    answer = fc.ask("La vasca piccola è stata allungata di tre metri e mezzo.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("La vasca piccola è stata allungata di quattro metri e mezzo.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


BIGLIETTI = (
    "Valdorno, la piscina riapre: rincarano i biglietti\n\n"
    "La piscina comunale di Valdorno riapre sabato 8 novembre. L'ingresso singolo per gli adulti passa da 5,50 a 7 euro "
    "e l'abbonamento da dieci ingressi da 45 a 58 euro, mentre resta fermo a 4 euro il biglietto per under 14 e over 65.")


def test_a_change_in_per_cent_past_a_bound_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): a rise "di oltre il 25 per cento" that "da 5,50 a 7 euro"
    makes (27%; not_enough_info 0.40 before: the bound's article kept the figure from being read as a change, and
    "cento" counted as a word the sentence leaves out); over 30 per cent is not supported."""
    fc = one_report(make_checker, "biglietti", BIGLIETTI, "Valdorno")
    answer = fc.ask("Il prezzo dell'ingresso singolo per gli adulti aumenta di oltre il 25 per cento.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a change of two figures"
    answer = fc.ask("Il prezzo dell'ingresso singolo per gli adulti aumenta di oltre il 30 per cento.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


CANTIERE = (
    "Valdorno, la piscina riapre\n\n"
    "Il cantiere, affidato all'impresa Edilcostruzioni Ghini di Pontelungo, è costato 2,6 milioni di euro, contro i 2,2 "
    "milioni del progetto iniziale. La Regione ha coperto 1,5 milioni, 700.000 euro arrivano da un mutuo con l'Istituto "
    "per il credito sportivo e il resto dal bilancio comunale.")


def test_a_share_of_the_cost_two_sentences_make_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): a share "del costo" that a sum whose giver the claim names
    makes of the cost another sentence gives ("La Regione ha finanziato più della metà del costo finale del cantiere":
    1,5 of 2,6 milioni; not_enough_info 0.72 before); more than two thirds is not supported."""
    fc = one_report(make_checker, "cantiere", CANTIERE, "Valdorno")
    answer = fc.ask("La Regione ha finanziato più della metà del costo finale del cantiere.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a share of two counts"
    answer = fc.ask("La Regione ha finanziato più di due terzi del costo finale del cantiere.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


def test_a_sum_a_list_gives_to_another_name_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): "Il mutuo con l'Istituto per il credito sportivo copre 1,5
    milioni di euro dei lavori" against "La Regione ha coperto 1,5 milioni, 700.000 euro arrivano da un mutuo con
    l'Istituto …" (supported 0.82 before: the name after "da un" was not read); the mortgage's own sum stays supported."""
    fc = one_report(make_checker, "cantiere", CANTIERE, "Valdorno")
    answer = fc.ask("Il mutuo con l'Istituto per il credito sportivo copre 1,5 milioni di euro dei lavori.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [("1,5", "700.000")]
    answer = fc.ask("Il mutuo con l'Istituto per il credito sportivo copre 700.000 euro dei lavori.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


CITAZIONI = (
    "Allerby's post office to close\n\n"
    "On Friday 24 October the Save Allerby Post Office group handed a petition with 2,840 signatures to the town's MP, "
    "Helen Forsyth. \"Station Road is a steep hill with a pavement on one side only,\" said the group's secretary, "
    "Malcolm Reid, 68, a retired teacher. The company has replied that the date will not change. The town mayor, "
    "Councillor Janet Okafor, called the reply \"disappointing but not surprising\".")


@pytest.mark.parametrize(("claim", "conflict"), [
    # the speaker named before the verb of saying (supported 0.67 before: Helen Forsyth is named in the article)
    pytest.param("Helen Forsyth described the company's reply to the town council as \"disappointing but not "
                 "surprising\".", ("Helen Forsyth", "Councillor Janet Okafor"), id="speaker-before"),
    # or after the quotation ("…," said the group's secretary, Malcolm Reid)
    pytest.param("Helen Forsyth described Station Road as \"a steep hill with a pavement on one side only\".",
                 ("Helen Forsyth", "Malcolm Reid"), id="speaker-after"),
])
def test_a_quotation_given_to_another_speaker_through_the_checker(make_checker, claim, conflict):
    """Through FactChecker on a short report (heldout25): a quotation the claim gives to one person that the article
    gives to another is refuted, the two names in conflict; given to its speaker, it is not refuted."""
    fc = one_report(make_checker, "citazioni", CITAZIONI, "Allerby")
    answer = fc.ask(claim, kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert [(c.claim_text, c.text) for c in answer.conflicts] == [conflict]
    answer = fc.ask("Janet Okafor described the company's reply as \"disappointing but not surprising\".", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


TARI = (
    "Castelvero, il ponte chiude\n\n"
    "Preoccupati anche i commercianti della frazione. La giunta ha proposto uno sconto del 50 per cento sulla Tari 2026 "
    "per le 23 attività di Vignole, dal costo stimato di 38.000 euro, ma la misura dovrà essere votata dal consiglio a "
    "dicembre.")


def test_a_measure_still_to_be_voted_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): "Lo sconto … è già stato approvato" against "… ma la misura
    dovrà essere votata dal consiglio a dicembre" (not_enough_info 0.38 before); the proposal itself stays supported."""
    fc = one_report(make_checker, "tari", TARI, "Castelvero")
    answer = fc.ask("Lo sconto del 50 per cento sulla Tari per le attività di Vignole è già stato approvato.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("è già stato approvato", "dovrà essere votata") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("La giunta ha proposto uno sconto del 50 per cento sulla Tari per le attività di Vignole.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


CONTO = (
    "Valdorno, la piscina comunale riapre sabato 8 novembre dopo 14 mesi di lavori: conto da 2,6 milioni, 400.000 euro "
    "oltre il previsto\n\n"
    "Il cantiere, affidato all'impresa Edilcostruzioni Ghini di Pontelungo, è costato 2,6 milioni di euro, contro i 2,2 "
    "milioni del progetto iniziale.")


def test_a_sum_a_thing_is_worth_is_no_earlier_value_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): "conto da 2,6 milioni" in the title says what the bill is, not
    a figure it moved from; "I lavori … sono costati 400.000 euro in più rispetto al progetto iniziale" was refuted
    0.66 before, the "in più" set against a fall "da 2,6" to "14 mesi"."""
    fc = one_report(make_checker, "conto", CONTO, "Valdorno")
    answer = fc.ask("I lavori alla piscina sono costati 400.000 euro in più rispetto al progetto iniziale.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert not answer.conflicts


ORARI = (
    "Il mercato riapre\n\n"
    "Il nuovo mercato avrà 38 banchi, contro i 30 di prima della chiusura. Più lunghi anche gli orari: dal lunedì al "
    "sabato il mercato sarà aperto dalle 7.30 alle 19.30, mentre prima chiudeva alle 14. La domenica resterà chiuso.")


def test_hours_between_two_times_of_day_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout15): "chiuderà cinque ore e mezza più tardi rispetto a prima"
    against "… aperto dalle 7.30 alle 19.30, mentre prima chiudeva alle 14" (not_enough_info 0.44, and refuted 0.46 once
    "cinque ore e mezza" was read as 5.5: "cinque" against "7.30"); four hours is not supported."""
    fc = one_report(make_checker, "orari", ORARI, "Mercato")
    answer = fc.ask("Dopo la ristrutturazione il mercato chiuderà cinque ore e mezza più tardi rispetto a prima.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "hours between two times"
    answer = fc.ask("Dopo la ristrutturazione il mercato chiuderà quattro ore più tardi rispetto a prima.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


DIPENDENTI = (
    "Valdorno, la piscina riapre\n\n"
    "La piscina comunale di Valdorno riapre sabato 8 novembre. Tornano al lavoro tutti i 18 dipendenti della società, 11 "
    "dei quali hanno passato i mesi di chiusura in cassa integrazione, e saranno assunti tre nuovi assistenti bagnanti.")


def test_a_share_of_a_whole_said_dei_quali_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout25): a part said "dei quali" of the figure before it ("18
    dipendenti …, 11 dei quali …") makes a share of it; more than half is supported, more than two thirds refuted."""
    fc = one_report(make_checker, "dipendenti", DIPENDENTI, "Valdorno")
    answer = fc.ask("I dipendenti rimasti in cassa integrazione durante la chiusura sono più della metà dei 18 dipendenti "
                    "della società.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("I dipendenti rimasti in cassa integrazione durante la chiusura sono più di due terzi dei 18 "
                    "dipendenti della società.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details


ALLOTMENTS = (
    "Ashcombe to open 64 new allotment plots at Millfield\n\n"
    "Ashcombe Town Council will open 64 new allotment plots on the former Millfield playing field on Saturday 11 April. "
    "The project has cost £212,000, against an original estimate of £165,000. Most of the difference came from the "
    "discovery of old building rubble under the eastern half of the field. Of the total, £120,000 came from a developer "
    "contribution linked to the Brookside housing estate, £50,000 from the National Lottery Community Fund and the rest "
    "from the council's reserves.\n\n"
    "Rents are also going up. A full plot of 250 square metres will cost £95 a year from April, up from £70.")


def test_sums_of_a_list_and_their_rest_and_shares_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26). A list giving the claim's sum to a source no name says ("from a
    developer contribution") and another to the claim's giver refutes it (supported 0.63 before); the rest of a total
    an earlier sentence gives, "Of the total, …", is read with that sentence's words (not_enough_info 0.59 before); a
    share "of the project's total cost" is a share of the cost (not_enough_info 0.54 before); a rent "rising by more
    than a third" is a ratio of the two rents (not_enough_info 0.78 before)."""
    fc = one_report(make_checker, "allotments", ALLOTMENTS, "Ashcombe")
    answer = fc.ask("The National Lottery Community Fund provided £120,000 towards the Millfield allotments.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("120,000", "50,000") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("The council's reserves covered £42,000 of the cost of the Millfield project.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("The council's reserves covered £52,000 of the cost of the Millfield project.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("The developer contribution linked to the Brookside estate covered more than half of the project's "
                    "total cost.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    # (the giver's own part, not another listed part, makes the share: £50,000 of £212,000)
    answer = fc.ask("The National Lottery Community Fund covered more than half of the project's total cost.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("half", "50,000") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("The National Lottery Community Fund covered less than a quarter of the project's total cost.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("The annual rent for a full plot is rising by more than a third.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the ratio of two figures"
    answer = fc.ask("The annual rent for a full plot is rising by more than a half.", kind="claim")
    assert answer.details.get("rule") != "the ratio of two figures", answer.details


CANILE = (
    "Castelmarzio, il nuovo canile apre a Fontebassa\n\n"
    "I lavori, eseguiti dalla ditta Fratelli Sarti di Montecorvo, sono costati 1,9 milioni di euro. Un milione arriva da "
    "un contributo regionale per il benessere animale, 600.000 euro dai sei Comuni dell'Unione in proporzione agli "
    "abitanti e i restanti 300.000 da un lascito testamentario di Adele Corsini, insegnante in pensione.\n\n"
    "Il contratto di gestione vale 210.000 euro l'anno, contro i 150.000 del precedente: l'aumento serve a coprire "
    "l'assunzione di due nuovi operatori, che porteranno il personale da quattro a sei dipendenti.\n\n"
    "Il nuovo canile sarà aperto al pubblico per le adozioni dal martedì alla domenica, dalle 10 alle 13 e dalle 15 alle "
    "18; il lunedì resterà chiuso.")


def test_sums_of_a_list_their_givers_and_hours_of_two_ranges_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): a sum said "Un milione" is a figure of the list, and "dai sei
    Comuni" names its giver past the count (the lascito claim was supported 0.71, the regional share not_enough_info
    0.56); two givers' sums make a ratio ("il doppio di quella coperta dal lascito", not_enough_info 0.41); "60.000 euro
    l'anno in più" is a change (refuted 0.73 before, and "due" read as moving "da quattro"); a day's two ranges of hours
    make "sei ore al giorno" (refuted 0.74, "sei" against "10")."""
    fc = one_report(make_checker, "canile", CANILE, "Castelmarzio")
    answer = fc.ask("Il lascito di Adele Corsini copre 600.000 euro del costo dei lavori.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("600.000", "300.000") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Il contributo regionale per il benessere animale copre più della metà del costo dei lavori.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("La quota pagata dai sei Comuni dell'Unione è il doppio di quella coperta dal lascito di Adele "
                    "Corsini.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the ratio of two figures"
    answer = fc.ask("Il nuovo contratto di gestione costa 60.000 euro l'anno in più di quello precedente.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details
    answer = fc.ask("Nei giorni di apertura il nuovo canile accoglierà il pubblico per le adozioni per sei ore al giorno.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "hours or days of a range"
    answer = fc.ask("Nei giorni di apertura il nuovo canile accoglierà il pubblico per le adozioni per otto ore al giorno.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


SOSTA = (
    "Pieve San Rocco, strisce blu in centro\n\n"
    "Il Comune stima incassi per 1,1 milioni di euro l'anno, contro i 640.000 del 2025. Secondo la delibera, 300.000 euro "
    "andranno alla manutenzione delle strade, 200.000 alla navetta e il resto al bilancio generale. La gestione dei 46 "
    "parcometri, 18 dei quali nuovi, resta alla società partecipata Pieve Servizi.\n\n"
    "Da domenica 15 febbraio la sanzione per chi parcheggia senza biglietto sarà di 42 euro, ridotta a 29,40 euro se "
    "pagata entro cinque giorni.")


def test_parts_of_a_sum_said_before_a_majority_and_a_reduction_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): what a list gives to a thing no name says ("alla navetta",
    not_enough_info 0.63 before); the rest of the one sum the sentence before gives, though it also gives a value it is
    set against ("contro i 640.000 del 2025"), and no rest of the list's first sum (100.000 was refuted, and supported
    once the rest was read); "La maggior parte dei 46 parcometri" is more than half (supported 0.47 before); "42 euro,
    ridotta a 29,40 euro" is a 30 per cent discount (not_enough_info 0.61 before)."""
    fc = one_report(make_checker, "sosta", SOSTA, "Pieve")
    answer = fc.ask("Il Comune destinerà alla navetta elettrica 300.000 euro degli incassi della sosta.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("300.000", "200.000") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Al bilancio generale andranno 600.000 euro degli incassi della sosta.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the rest of a figure"
    answer = fc.ask("Al bilancio generale andranno 100.000 euro degli incassi della sosta.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("La maggior parte dei 46 parcometri gestiti da Pieve Servizi è di nuova installazione.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Chi paga entro cinque giorni la multa per sosta senza biglietto ottiene uno sconto del 30 per cento.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Chi paga entro cinque giorni la multa per sosta senza biglietto ottiene uno sconto del 40 per cento.",
                    kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details


BOX = (
    "Castelmarzio, il nuovo canile\n\n"
    "Il nuovo canile intercomunale di Castelmarzio aprirà lunedì 2 marzo in località Fontebassa. La struttura sostituirà "
    "il vecchio canile di via del Mulino, aperto nel 1986.\n\n"
    "Il nuovo canile ha 160 box, contro i 70 della vecchia struttura, oltre a un'area sanitaria con sala operatoria, un "
    "reparto da 20 posti per i gatti e tre aree di sgambamento recintate per complessivi 4.500 metri quadrati.\n\n"
    "Per i residenti arriva un permesso annuale da 60 euro, che consente di parcheggiare gratis sulle strisce blu; finora "
    "il contrassegno costava 25 euro. Chi lavora in centro potrà usare una navetta elettrica gratuita che passa ogni 12 "
    "minuti dalle 7 alle 21.")


def test_counts_a_list_gives_and_the_figure_beside_the_claims_words_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): a count said in a list with its thing is the claim's, whatever
    the list's first figure is said of ("tre aree di sgambamento" was refuted against "160 box"); "dispone di" is what
    "ha" says (the number conflict "quattro" against "tre" was explained 0.875, supported 0.53); a ratio whose sentence
    leaves the claim's names to the others ("Il nuovo canile di Fontebassa avrà più del doppio dei box", not_enough_info
    0.57); of two sums, the one beside the claim's words ("finora il contrassegno costava 25 euro", not the permit's 60);
    hours "nell'arco della giornata" (not_enough_info 0.74)."""
    fc = one_report(make_checker, "box", BOX, "Castelmarzio")
    answer = fc.ask("Il nuovo canile dispone di quattro aree di sgambamento recintate.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("quattro", "tre") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Il nuovo canile dispone di tre aree di sgambamento recintate.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details
    answer = fc.ask("Il nuovo canile di Fontebassa avrà più del doppio dei box del vecchio canile di via del Mulino.",
                    kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "the ratio of two figures"
    answer = fc.ask("Finora il contrassegno per i residenti costava 35 euro.", kind="claim")
    assert ("35", "25") in [(c.claim_text, c.text) for c in answer.conflicts], answer.details
    answer = fc.ask("La navetta elettrica gratuita circola per 14 ore nell'arco della giornata.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "hours or days of a range"


POSTS = (
    "Harrowmere budget approved\n\n"
    "A total of 22 full-time posts will be cut, of which nine are currently vacant. The plan lists 112 redundancies among "
    "the 430 current employees. Special diets, for allergies, intolerances or religious reasons, now number 212.\n\n"
    "Rents are also going up. A full plot will cost £95 a year from April, up from £70, and a half plot £50 instead of "
    "£38.")


def test_a_majority_of_a_whole_and_a_ratio_against_a_move_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout16, heldout9, heldout24, heldout26): a share of the whole the claim
    names stands against shares of that whole only, the part named by the opposite of the claim's word leaving the rest
    ("Most of the 22 posts … are currently filled" against "of which nine are currently vacant"); a share of a whole no
    sentence gives a part of is not_enough_info; a move by a fraction another move of the claim's thing contradicts is
    refuted, not one of another thing said after it ("a half plot £50 instead of £38")."""
    fc = one_report(make_checker, "posts", POSTS, "Harrowmere")
    answer = fc.ask("Most of the 22 posts being cut are currently filled.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    answer = fc.ask("Most of the 22 posts being cut are currently vacant.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Most of the 112 redundancies will affect workers close to retirement.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("Most of the 212 special diets are for children with food allergies.", kind="claim")
    assert answer.verdict is Verdict.NOT_ENOUGH_INFO, answer.details
    answer = fc.ask("The annual rent for a full plot is rising by more than a half.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("half", "95") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("The annual rent for a half plot is rising by almost a third.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED, answer.details


DISCOUNT = (
    "Ashcombe allotment rents go up\n\n"
    "A full plot of 250 square metres will cost £95 a year from April, up from £70. Tenants aged over 65 and those "
    "receiving Universal Credit will keep their 50 per cent discount.")


def test_keeping_a_thing_against_losing_it_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): "will lose their discount" against "will keep their 50 per
    cent discount" is refuted by the opposite (supported 0.52 before)."""
    fc = one_report(make_checker, "discount", DISCOUNT, "Ashcombe")
    answer = fc.ask("Under the new rents, tenants aged over 65 will lose their discount.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("lose", "keep") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("Under the new rents, tenants aged over 65 will keep their discount.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


WEEKS = (
    "Ashcombe allotments\n\n"
    "Ashcombe Town Council will open 64 new allotment plots at Millfield on Saturday 11 April, the chair of the "
    "environment committee, Councillor Priya Desai, announced on Tuesday 20 January. The rent increase was approved by "
    "the council's finance committee on Tuesday 13 January by five votes to two.")


def test_weeks_between_two_events_are_more_than_their_order_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): "announced two weeks after the finance committee voted",
    the two dates a week apart, is not supported by their order alone."""
    fc = one_report(make_checker, "weeks", WEEKS, "Ashcombe")
    answer = fc.ask("The opening date for Millfield was announced two weeks after the finance committee voted on the "
                    "rent increase.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") != "the order of two dates"


SITES = (
    "Ashcombe to open new allotments\n\n"
    "Ashcombe Town Council will open 64 new allotment plots on the former Millfield playing field on Saturday 11 April. "
    "The council's existing sites at Church Road (48 plots) and Quarry Hill (36 plots) are full.")


def test_two_things_compared_by_a_count_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): "X has more plots than Y", each count given beside its name, in
    one sentence or two ("The Church Road site has more plots than the new Millfield site" was supported 0.68)."""
    fc = one_report(make_checker, "sites", SITES, "Ashcombe")
    answer = fc.ask("The Church Road site has more plots than the new Millfield site.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("more plots than", "48") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("The Quarry Hill site has more plots than the Church Road site.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("The Quarry Hill site has fewer plots than the Church Road site.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details



def test_a_bound_matched_by_a_count_of_another_thing_is_not_stated_through_the_checker(make_checker):
    """Through FactChecker on heldout26's allotments report: "are over 65" is not said word for word by "which has 140
    members" ("Most members of the Ashcombe Allotment Society are over 65" was supported, "stated word for word")."""
    text = (Path(__file__).resolve().parents[1] / "benchmarks" / "reports" / "h26_en_allotments.txt").read_text()
    fc = one_report(make_checker, "society", text, "Ashcombe")
    answer = fc.ask("Most members of the Ashcombe Allotment Society are over 65.", kind="claim")
    assert answer.details.get("rule") not in ("stated word for word", "stated in other words"), answer.details
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
    answer = fc.ask("The Ashcombe Allotment Society has more than 100 members.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details


ADOZIONI = (
    "Castelmarzio, il nuovo canile\n\n"
    "Il nuovo canile sarà aperto al pubblico per le adozioni dal martedì alla domenica, dalle 10 alle 13 e dalle 15 alle "
    "18; il lunedì resterà chiuso.")


def test_a_weekday_given_the_opposite_state_in_its_clause_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): "aperto … il lunedì" against "…; il lunedì resterà chiuso", in
    Italian and in English ("open … on Mondays" was supported 0.44); a day of the range stays supported."""
    fc = one_report(make_checker, "adozioni", ADOZIONI, "Castelmarzio")
    answer = fc.ask("Il nuovo canile sarà aperto al pubblico per le adozioni il lunedì.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert ("aperto", "chiuso") in [(c.claim_text, c.text) for c in answer.conflicts]
    answer = fc.ask("The new shelter will be open to the public for adoptions on Mondays.", kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    answer = fc.ask("Il nuovo canile sarà aperto al pubblico per le adozioni il martedì.", kind="claim")
    assert answer.verdict is not Verdict.REFUTED and not answer.conflicts, answer.details


ESPRESSO = (
    "Pieve San Rocco, la sosta\n\n"
    "I commercianti chiedono di lasciare gratuita la prima mezz'ora di sosta. La proposta di lasciare gratuita la prima "
    "mezz'ora sarà discussa in una commissione consiliare a marzo, ma il sindaco Alberto Nanni non si è ancora espresso.")


def test_a_position_claimed_where_none_is_taken_yet_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): "si è detto favorevole a …" against "… non si è ancora
    espresso" is the opposite of a decision not yet made."""
    fc = one_report(make_checker, "espresso", ESPRESSO, "Pieve")
    answer = fc.ask("Il sindaco Alberto Nanni si è detto favorevole a lasciare gratuita la prima mezz'ora di sosta.",
                    kind="claim")
    assert answer.verdict is Verdict.REFUTED, answer.details
    assert any(c.claim_text == "si è detto favorevole" for c in answer.conflicts), answer.details


GESTIONE = (
    "Castelmarzio, il nuovo canile\n\n"
    "La gestione è stata affidata per cinque anni, con una gara chiusa a ottobre, all'associazione di volontariato Zampa "
    "Amica. Il contratto vale 210.000 euro l'anno, contro i 150.000 del precedente.")


def test_a_yearly_sum_over_the_years_through_the_checker(make_checker):
    """Through FactChecker on a short report (heldout26): "Sull'intera durata di cinque anni … vale più di un milione di
    euro" against "Il contratto vale 210.000 euro l'anno" (not_enough_info 0.54 before; the bound before "un milione" is
    read); more than two million is not supported."""
    fc = one_report(make_checker, "gestione", GESTIONE, "Castelmarzio")
    answer = fc.ask("Sull'intera durata di cinque anni, il contratto di gestione affidato a Zampa Amica vale più di un "
                    "milione di euro.", kind="claim")
    assert answer.verdict is Verdict.SUPPORTED, answer.details
    assert answer.details.get("rule") == "a yearly sum over the years"
    answer = fc.ask("Sull'intera durata di cinque anni, il contratto di gestione affidato a Zampa Amica vale più di due "
                    "milioni di euro.", kind="claim")
    assert answer.verdict is not Verdict.SUPPORTED, answer.details
