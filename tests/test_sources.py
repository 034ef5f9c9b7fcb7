"""Tests of who says it (sources.py): a claim's source, an article sentence's sources, source questions."""

from __future__ import annotations

import pytest

from factcheck import sources
from factcheck.sources import article_sources, claim_source


@pytest.mark.parametrize(("query", "source", "said"), [
    pytest.param("According to Politico, Kellogg will join the talks.", "Politico", "Kellogg will join the talks.",
                 id="en-according-to"),
    pytest.param("Secondo il Cremlino, i due hanno parlato.", "il Cremlino", "i due hanno parlato.",
                 id="it-secondo"),
    pytest.param("La Tass riferisce che Rubio è partito.", "Tass", "Rubio è partito.", id="it-x-riferisce-che"),
    pytest.param("Politico reported that the officials left.", "Politico", "the officials left.",
                 id="en-x-reported-that"),
    # an office before the name is no part of it, and "ha dichiarato" / "stated" report too
    pytest.param("Il pubblico ministero Chiara Alfano ha dichiarato che in appello la verità emergerà.",
                 "Chiara Alfano", "in appello la verità emergerà.", id="it-office-name-ha-dichiarato-che"),
    pytest.param("The minister Anna Berg stated that the plan is ready.", "Anna Berg", "the plan is ready.",
                 id="en-office-name-stated-that"),
    # no name before the verb: "She said she …" is what the claim says, not who says it
    pytest.param("She said she aimed to open a chain of stores.", None, None, id="en-pronoun"),
    pytest.param("Il presidente della Regione ha detto che i fondi arriveranno.", None, None, id="it-office-only"),
    pytest.param("Rubio is the secretary of state.", None, None, id="en-no-source"),
    # a quotation, then its speaker: what is said is the quotation
    pytest.param("\"Ho sofferto in discesa\", ha detto Luka Kovač.", "Luka Kovač", "\"Ho sofferto in discesa\"",
                 id="it-quotation-ha-detto-x"),
    pytest.param("\"No minister called us,\" said Margaret Osei.", "Margaret Osei", "\"No minister called us,\"",
                 id="en-quotation-said-x"),
    pytest.param("\"Ho sofferto in discesa\", ha detto lui.", None, None, id="it-quotation-pronoun"),
    # the verb then a colon; who it was that said it; a quotation said by someone (were no source)
    pytest.param("Paolo Zanin ha detto: \"La sicurezza viene prima di tutto\".", "Paolo Zanin",
                 "\"La sicurezza viene prima di tutto\".", id="it-ha-detto-colon"),
    pytest.param("It was Alan Pryce who said it would take five years.", "Alan Pryce", "it would take five years.",
                 id="en-it-was-x-who-said"),
    pytest.param("È stato il sindaco Stefano Bortolin a dichiarare: \"Non accetteremo un solo licenziamento\".",
                 "Stefano Bortolin", "\"Non accetteremo un solo licenziamento\".", id="it-e-stato-x-a-dichiarare"),
    pytest.param("La frase \"La sicurezza viene prima di tutto\" è stata pronunciata da Paolo Zanin.", "Paolo Zanin",
                 "\"La sicurezza viene prima di tutto\"", id="it-pronunciata-da-x"),
    pytest.param("The words \"polluters will pay\" were spoken by Priya Nandra.", "Priya Nandra",
                 "\"polluters will pay\"", id="en-spoken-by-x"),
    pytest.param("It was the river that flooded the town.", None, None, id="en-cleft-no-saying"),
])
def test_who_a_claim_says_says_it(query, source, said):
    got = claim_source(query)
    assert (None if got is None else (query[got.start:got.end], got.said(query).strip(" ,"))) == (
        None if source is None else (source, said))


@pytest.mark.parametrize(("sentence", "sources"), [
    # (who, said of the whole sentence: at its start or at its end)
    pytest.param("Secondo la Tass, che cita il ministero degli Esteri russo, le parti hanno parlato.",
                 [("la Tass", True), ("il ministero degli Esteri russo", False)], id="it-secondo-cita"),
    pytest.param("Il Cremlino ha sottolineato che Lavrov e Rubio hanno concordato.", [("Il Cremlino", True)],
                 id="it-x-ha-sottolineato"),
    pytest.param("Lo ha detto Lavrov ai giornalisti.", [("Lavrov ai giornalisti", True)], id="it-ha-detto-x"),
    pytest.param("Gli europei, come già affermato da Kellogg, sono esclusi.", [("Kellogg", False)],
                 id="it-affermato-da-in-a-phrase"),
    pytest.param("“Le parti hanno manifestato la volontà”, ha aggiunto il Ministero.", [("il Ministero", True)],
                 id="it-ha-aggiunto-x-at-the-end"),
    pytest.param("The talks were confirmed, according to two officials.", [("two officials", False)],
                 id="en-according-to-at-the-end"),
    pytest.param("Lavrov e Rubio hanno parlato al telefono.", [], id="it-none"),
    # a quotation, then who said it: said of the quotation, though the sentence goes on about the speaker
    pytest.param("\"Siamo certi che in appello la verità emergerà\", ha dichiarato l'avvocato difensore Paolo Sarno, "
                 "che ha annunciato ricorso.", [("l'avvocato difensore Paolo Sarno", True)],
                 id="it-quotation-ha-dichiarato-x-then-more"),
    # the English news ending, and a title with its name
    # the English quotation closing past its comma (was no source at all), and an office then the name
    pytest.param("\"No minister called us,\" said Margaret Osei.", [("Margaret Osei", True)],
                 id="en-quotation-comma-inside-said-x"),
    pytest.param("\"No minister called us,\" Osei said.", [("Osei", True)], id="en-quotation-comma-inside-x-said"),
    pytest.param("\"This is the biggest investment in a generation,\" said Corrin's chief executive, Daniel Whitcombe.",
                 [("Corrin's chief executive, Daniel Whitcombe", True)], id="en-said-office-then-name"),
    pytest.param("About 4,000 people left their homes in Ferrara, regional officials said.",
                 [("regional officials", True)], id="en-officials-said-at-the-end"),
    pytest.param("The region is under a state of emergency, Prime Minister Giorgia Meloni announced on Wednesday.",
                 [("Prime Minister Giorgia Meloni", True)], id="en-announced-on-a-day"),
    pytest.param("According to the mayor of Ferrara, Alan Fabbri, two schools will stay closed.",
                 [("the mayor of Ferrara, Alan Fabbri", True)], id="en-title-and-name"),
    # the speaker, then who they are (was no source: the sentence did not end with the name)
    pytest.param("We are against towers with one parking space for every three flats,\" said Helen Corbett, who chairs "
                 "the group.", [("Helen Corbett", True)], id="en-said-x-who"),
    # the subject of a sentence opening a quotation after a colon (was no source)
    pytest.param("Il nuovo allenatore non ha voluto fare promesse: \"Non chiedo tempo, chiedo lavoro.",
                 [("Il nuovo allenatore", True)], id="it-subject-colon-quotation"),
    pytest.param("Chief executive Hanna Berger told reporters: \"It is painful but necessary.\"",
                 [("Chief executive Hanna Berger", True), ("Hanna Berger", False)], id="en-told-colon-quotation"),
    pytest.param("La decisione è stata comunicata lunedì: \"Siamo pronti\".", [], id="it-passive-colon-no-speaker"),
    # the office, then the name set beside it (was no source: the commas broke the subject)
    pytest.param("Il sindaco di Montesalvo, Giorgio Dal Molin, ha invece difeso la scelta della Provincia: \"La "
                 "sicurezza viene prima di tutto\".", [("Il sindaco di Montesalvo, Giorgio Dal Molin", True)],
                 id="it-office-name-colon-quotation"),
    # the name set beside the office at the sentence's end (was the office and its company only)
    pytest.param("\"Rischiamo di dover razionare l'acqua\", ha spiegato il presidente di Acque del Serrino, Renato "
                 "Bellussi.", [("il presidente di Acque del Serrino, Renato Bellussi", True)], id="it-office-then-name-at-end"),
    # the name, then the office, before a colon (was no source)
    pytest.param("Yvonne Amankwah, the ICO's director of investigations, said: \"They left the door open.",
                 [("Yvonne Amankwah", True)], id="en-name-office-said-colon"),
    # who takes a side, with no verb, before a quotation (was no source)
    pytest.param("Contraria la sindaca di Roccavelia, Chiara Montagnani, che guida il fronte dei comuni critici: "
                 "\"Prima si riparino le perdite.", [("la sindaca di Roccavelia, Chiara Montagnani, che guida il fronte "
                                                   "dei comuni critici", True)], id="it-contraria-x-colon"),
    pytest.param("Contraria la decisione, la giunta ha votato.", [], id="it-contraria-no-quotation"),
])
def test_who_the_article_says_says_it(sentence, sources):
    assert [(sentence[s:e], whole) for s, e, whole in article_sources(sentence)] == sources


@pytest.mark.parametrize(("pattern", "query", "what"), [
    # who reports or says it
    pytest.param("SOURCE_QUESTION", "Quale agenzia di stampa ha riportato la notizia della telefonata?",
                 "la notizia della telefonata", id="it-quale-agenzia"),
    pytest.param("SOURCE_QUESTION", "Chi ha dato la notizia della telefonata?", "la notizia della telefonata",
                 id="it-chi-ha-dato"),
    pytest.param("SOURCE_QUESTION", "Who reported that the officials are heading to Saudi Arabia?",
                 "the officials are heading to Saudi Arabia", id="en-who-reported-that"),
    pytest.param("SOURCE_QUESTION", "Secondo chi i due hanno concordato un canale?",
                 "i due hanno concordato un canale", id="it-secondo-chi"),
    pytest.param("SOURCE_QUESTION", "Chi ha preso l'iniziativa della telefonata?", None,
                 id="it-not-a-source-question"),
    # why / what for
    pytest.param("PURPOSE_QUESTION", "What is the purpose of the American officials' trip to Saudi Arabia?",
                 "the American officials' trip to Saudi Arabia", id="en-purpose-of"),
    pytest.param("PURPOSE_QUESTION", "Why did Putin call Trump?", "Putin call Trump", id="en-why"),
    pytest.param("PURPOSE_QUESTION", "Qual è lo scopo della riunione di esperti?", "riunione di esperti",
                 id="it-scopo"),
    pytest.param("PURPOSE_QUESTION", "Perché Rubio va in Arabia Saudita?", "Rubio va in Arabia Saudita",
                 id="it-perche"),
    pytest.param("PURPOSE_QUESTION", "Who initiated the call?", None, id="en-not-a-purpose-question"),
    # who holds a role
    pytest.param("ROLE_QUESTION", "Who is Veltra's chief executive?", "Veltra's chief executive",
                 id="en-possessive"),
    pytest.param("ROLE_QUESTION", "Who is the mayor of Bologna?", "mayor of Bologna", id="en-of"),
    pytest.param("ROLE_QUESTION", "Chi è il sindaco di Bologna?", "sindaco di Bologna", id="it-il"),
    pytest.param("ROLE_QUESTION", "Chi è l'assessora ai trasporti?", "assessora ai trasporti",
                 id="it-elided-article"),
    pytest.param("ROLE_QUESTION", "Who initiated the call?", None, id="en-not-a-role-question"),
])
def test_a_question_pattern_finds_what_it_asks_about(pattern, query, what):
    m = getattr(sources, pattern).match(query)
    assert (m.group("what").strip() if m else None) == what


@pytest.mark.parametrize(("sentence", "before", "speaker"), [
    # a quotation given to "he" or "she": who says the sentence before, else the person it opens with
    pytest.param("\"It will take five years before the river is back to what it was,\" he said.",
                 "Martin Keogh, secretary of the Callow Anglers Association, warned that recovery would be slow.",
                 "Martin Keogh", id="en-he-said-the-person-before"),
    pytest.param("\"The river has paid the price,\" she added.", "Passing sentence, Judge Osei said the fine was fair.",
                 "Judge Osei", id="en-she-added-who-said-before"),
    pytest.param("\"Abbiamo agito subito\", ha aggiunto.", "Il presidente Lorenzo Ferrantini ha smentito le voci.",
                 "Lorenzo Ferrantini", id="it-ha-aggiunto"),
    # a quotation with its speaker named, or a sentence before naming nobody: no one
    pytest.param("\"It will take five years,\" said Martin Keogh.", "Martin Keogh warned that recovery would be slow.",
                 None, id="en-named-speaker"),
    pytest.param("\"It will take five years,\" he said.", "Recovery would be slow.", None, id="en-nobody-before"),
])
def test_the_speaker_a_pronoun_stands_for(sentence, before, speaker):
    got = sources.speaker_before(sentence, before)
    assert (None if got is None else before[got[0]:got[1]]) == speaker


@pytest.mark.parametrize(("sentence", "before", "subject"), [
    # a sentence whose subject is "she" / "he": the person the sentence before stands for
    pytest.param("She denied that staff had deliberately concealed the spill.",
                 "Rachel Dunmore KC, for Brenmoor, said the company \"deeply regretted\" the pollution.",
                 "Rachel Dunmore KC", id="en-she-the-speaker-before"),
    pytest.param("He did not give a date, and denied that the company had asked for a subsidy.",
                 "Simon Aldridge, managing director of Harcourt Lane, said work would start in 2027.",
                 "Simon Aldridge", id="en-he-the-speaker-before"),
    pytest.param("Lei ha negato ogni responsabilità.", "Giulia Ferrandi ha firmato un'ordinanza.", "Giulia Ferrandi",
                 id="it-lei-the-person-before"),
    # no pronoun subject, or no one before
    pytest.param("The council denied it.", "Simon Aldridge said work would start in 2027.", None, id="en-no-pronoun"),
    pytest.param("She denied it.", "The floods were the worst in a decade.", None, id="en-nobody-before"),
])
def test_the_subject_a_pronoun_stands_for(sentence, before, subject):
    got = sources.subject_before(sentence, before)
    assert (None if got is None else before[got[0]:got[1]]) == subject


@pytest.mark.parametrize(("sentence", "following", "goes_on"), [
    pytest.param("\"Chiedere ancora straordinari a personale già stremato non è una soluzione.",
                 "Servono assunzioni stabili\", ha dichiarato la segretaria provinciale Michela Grandi.", True,
                 id="it-straight-marks"),
    pytest.param("“We have a staffing problem.", "We are six technicians short,” the director said.", True,
                 id="en-curly-marks"),
    pytest.param("\"Abbiamo un problema\", ha detto Ferracin.", "Poi ha aggiunto: \"Servono tecnici\".", False,
                 id="closed-in-the-sentence"),
    pytest.param("Il sindaco ha parlato a lungo.", "\"Servono tecnici\", ha detto.", False, id="no-quotation-open"),
])
def test_a_quotation_going_on_into_the_next_sentence(sentence, following, goes_on):
    from factcheck.sources import quotation_goes_on

    assert quotation_goes_on(sentence, following) is goes_on
