"""Tests of the sentence segmentation stage."""

from __future__ import annotations

import doctest
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.segment
from factcheck.segment import segment, split_spans
from factcheck.types import Sentence

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e7578cc26835deea.txt"

SEED_SENTENCES = [
    "Il ministro degli Esteri russo Sergei Lavrov e l’omologo americano Marco Rubio, hanno avuto"
    " una conversazione telefonica “su iniziativa di Washington”: concordi a collaborare per un"
    " accordo",
    "Lo riporta la Tass che cita il ministero degli Esteri russo.",
    "Lavrov e Rubio, nel loro colloquio telefonico, hanno concordato futuri “contatti regolari,"
    " anche in preparazione a un vertice russo–americano”.",
    "Secondo la Tass, che cita il ministero degli Esteri russo, “Le parti hanno manifestato la"
    " volontà reciproca di interagire su questioni internazionali di attualità, tra cui la"
    " soluzione della questione Ucraina, la situazione in Palestina e in generale in Medio"
    " Oriente e in altre aree regionali”, ha aggiunto il Ministero.",
    "Il Cremlino ha sottolineato che Lavrov e Rubio hanno concordato di mantenere un canale di"
    " comunicazione per risolvere i problemi accumulati nelle relazioni russo-americane"
    " “nell’interesse della rimozione delle barriere unilaterali alla cooperazione commerciale,"
    " economica e di investimento reciprocamente vantaggiosa, ereditate dalla precedente"
    " amministrazione”.",
    "Secondo il Cremlino, i due hanno avuto uno scambio di opinioni sui modi per porre fine in"
    " tempi brevi alla linea avviata dall’amministrazione di Barack Obama nel 2016 sul “massimo"
    " inasprimento delle condizioni per il funzionamento delle missioni diplomatiche russe negli"
    " Stati Uniti”, che comportava misure di ritorsione.",
    "“È stato concordato di organizzare una riunione di esperti in un futuro molto prossimo per"
    " concordare passi concreti per rimuovere reciprocamente gli ostacoli al lavoro delle"
    " missioni estere russe e statunitensi”, ha concluso il ministero.",
    "Inoltre il segretario di stato Marco Rubio, con il consigliere per la sicurezza nazionale"
    " Mike Waltz, e l’inviato del presidente per il Medio Oriente Steve Witkoff si stanno"
    " dirigendo in Arabia Saudita per avviare colloqui di pace con i negoziatori russi e ucraini.",
    "Lo riferisce Politico citando un parlamentare repubblicano e due funzionari statunitensi a"
    " conoscenza del piano.",
    "Non ci saranno tuttavia né l’inviato speciale di Trump per i colloqui Ucraina-Russia, Keith"
    " Kellogg, né rappresentanti di altre grandi potenze europee, che come già affermato da"
    " Kellogg, sono esclusi dai colloqui.",
]

CASES = [
    # Structure: headlines, paragraphs, Markdown, line endings.
    pytest.param("", [], id="empty"),
    pytest.param(" \n\t\r\n  \u00a0\u2028 ", [], id="whitespace-only"),
    pytest.param("Testo senza punto finale", ["Testo senza punto finale"], id="no-final-punctuation"),
    pytest.param(
        "Vertice a Riad: nessuna data\n\nIl ministro ha parlato. Poi è partito.",
        ["Vertice a Riad: nessuna data", "Il ministro ha parlato.", "Poi è partito."],
        id="it-headline-blank-line",
    ),
    pytest.param(
        "Talks in Riyadh\nThe minister spoke on Monday. He then left.",
        ["Talks in Riyadh", "The minister spoke on Monday.", "He then left."],
        id="en-headline-single-newline",
    ),
    pytest.param(
        "Il vertice è fissato\n\nper martedì a Riad.",
        ["Il vertice è fissato", "per martedì a Riad."],
        id="blank-line-always-ends",
    ),
    pytest.param(
        "# Il vertice\nTesto qui. Altro testo.\n\n## Dettagli\nUna frase.",
        ["# Il vertice", "Testo qui.", "Altro testo.", "## Dettagli", "Una frase."],
        id="markdown-headings",
    ),
    pytest.param(
        "I punti sono:\n- primo punto\n- secondo punto. Con due frasi.\n* terzo\n+ quarto",
        [
            "I punti sono:",
            "- primo punto",
            "- secondo punto.",
            "Con due frasi.",
            "* terzo",
            "+ quarto",
        ],
        id="bullet-list",
    ),
    pytest.param(
        "Agenda:\n1. Apertura dei lavori\n2. Voto finale\n10) Chiusura",
        ["Agenda:", "1. Apertura dei lavori", "2. Voto finale", "10) Chiusura"],
        id="numbered-list",
    ),
    pytest.param(
        "- un punto lungo che\n  continua qui\n- altro\nTesto dopo",
        ["- un punto lungo che\n  continua qui", "- altro", "Testo dopo"],
        id="list-item-continuation",
    ),
    pytest.param(
        "Farina\nUova\nZucchero",
        ["Farina", "Uova", "Zucchero"],
        id="short-lines",
    ),
    pytest.param(
        "Il ministro ha detto che il vertice con\nMarco Rubio si terrà presto.",
        ["Il ministro ha detto che il vertice con\nMarco Rubio si terrà presto."],
        id="line-ends-with-function-word",
    ),
    pytest.param(
        "Il ministro ha detto,\nMarco Rubio ascoltava.",
        ["Il ministro ha detto,\nMarco Rubio ascoltava."],
        id="line-ends-with-comma",
    ),
    pytest.param(
        "The ministers met in Riyadh on Tuesday and agreed to hold talks with\n"
        "Ukraine soon, officials said. They did not set a date for the new\n"
        "round.",
        [
            "The ministers met in Riyadh on Tuesday and agreed to hold talks with\n"
            "Ukraine soon, officials said.",
            "They did not set a date for the new\nround.",
        ],
        id="hard-wrapped-prose",
    ),
    pytest.param(
        "Titolo\r\n\r\nPrima frase.\r\nSeconda frase.\r\n",
        ["Titolo", "Prima frase.", "Seconda frase."],
        id="crlf",
    ),
    pytest.param(
        "\tPrima frase.\tSeconda frase.\t\n\tTerza",
        ["Prima frase.", "Seconda frase.", "Terza"],
        id="tabs",
    ),
    pytest.param("---\nTesto\n===", ["---", "Testo", "==="], id="markdown-rules"),
    # Quotes.
    pytest.param(
        "“Il piano è pronto.” Poi se ne andò.",
        ["“Il piano è pronto.”", "Poi se ne andò."],
        id="curly-quote-after-period",
    ),
    pytest.param(
        "«Il piano è pronto», ha detto. «Partiamo domani.» Poi tacque.",
        ["«Il piano è pronto», ha detto.", "«Partiamo domani.»", "Poi tacque."],
        id="guillemets",
    ),
    pytest.param(
        "« Sì, ha detto. » Poi uscì.",
        ["« Sì, ha detto. »", "Poi uscì."],
        id="guillemet-after-space",
    ),
    pytest.param(
        '"We are ready." Then he left. He said: "Go." And they went.',
        ['"We are ready."', "Then he left.", 'He said: "Go."', "And they went."],
        id="straight-quotes",
    ),
    pytest.param(
        "Ha parlato di “contatti regolari”. Secondo la Tass è così.",
        ["Ha parlato di “contatti regolari”.", "Secondo la Tass è così."],
        id="period-after-closing-quote",
    ),
    pytest.param(
        "«Basta!» urlò il ministro. (La seduta fu sospesa.) Poi riprese.",
        ["«Basta!» urlò il ministro.", "(La seduta fu sospesa.)", "Poi riprese."],
        id="exclamation-in-quote-and-brackets",
    ),
    # Question and exclamation marks, ellipses.
    pytest.param(
        "Chi ha chiamato? Washington! Davvero?! Sì.",
        ["Chi ha chiamato?", "Washington!", "Davvero?!", "Sì."],
        id="questions-exclamations",
    ),
    pytest.param(
        "E poi... niente. Aspettava… Poi arrivò.",
        ["E poi... niente.", "Aspettava…", "Poi arrivò."],
        id="ellipses",
    ),
    pytest.param(
        "Ha detto che [...] La frase continua. Un'altra (...) Qui.",
        ["Ha detto che [...] La frase continua.", "Un'altra (...) Qui."],
        id="omission-marks",
    ),
    # Abbreviations.
    pytest.param(
        "Il sig. Rossi e la sig.ra Neri hanno visto la dott.ssa Bianchi. Il prof. Verdi e"
        " l’avv. Gialli no.",
        [
            "Il sig. Rossi e la sig.ra Neri hanno visto la dott.ssa Bianchi.",
            "Il prof. Verdi e l’avv. Gialli no.",
        ],
        id="it-titles",
    ),
    pytest.param(
        "L’ing. Neri, il sen. Conti e l’on. Bruni. Il dott. Gialli arrivò.",
        ["L’ing. Neri, il sen. Conti e l’on. Bruni.", "Il dott. Gialli arrivò."],
        id="it-more-titles",
    ),
    pytest.param(
        "Mr. Smith and Mrs. Jones met Dr. Brown. Ms. Green and Gen. Lee left St. Louis.",
        ["Mr. Smith and Mrs. Jones met Dr. Brown.", "Ms. Green and Gen. Lee left St. Louis."],
        id="en-titles",
    ),
    pytest.param(
        "Mele, pere, ecc., e altro. Compra mele ecc. Il mercato apre. We need pens, etc. The"
        " shop is closed.",
        [
            "Mele, pere, ecc., e altro.",
            "Compra mele ecc.",
            "Il mercato apre.",
            "We need pens, etc.",
            "The shop is closed.",
        ],
        id="ecc-etc",
    ),
    pytest.param(
        "Vedi es. Roma, cfr. Milano e vs. Napoli. Use e.g. Python, i.e. Django.",
        ["Vedi es. Roma, cfr. Milano e vs. Napoli.", "Use e.g. Python, i.e. Django."],
        id="inline-abbreviations",
    ),
    pytest.param(
        "Vedi art. 18, p. 5, pp. 3-7, n. 4, nr. 2, cap. IV, vol. II, fig. 3, tel. 06123. Fine.",
        ["Vedi art. 18, p. 5, pp. 3-7, n. 4, nr. 2, cap. IV, vol. II, fig. 3, tel. 06123.", "Fine."],
        id="abbreviations-before-numbers",
    ),
    pytest.param(
        "It was Jan. 15 and the 3 mar. 2024 report. The answer was no. Then he left.",
        ["It was Jan. 15 and the 3 mar. 2024 report.", "The answer was no.", "Then he left."],
        id="months-and-words",
    ),
    pytest.param(
        "Negli U.S.A. la crisi è finita. The U.S. Army left. He left the U.S. The war ended.",
        ["Negli U.S.A. la crisi è finita.", "The U.S. Army left.", "He left the U.S.", "The war ended."],
        id="dotted-acronyms",
    ),
    pytest.param(
        "Eni S.p.A. Gas e Luce vende. Alle 5 p.m. Eastern time, the 9 a.m. meeting. Nel 44 a.C."
        " Cesare morì.",
        [
            "Eni S.p.A. Gas e Luce vende.",
            "Alle 5 p.m. Eastern time, the 9 a.m. meeting.",
            "Nel 44 a.C. Cesare morì.",
        ],
        id="spa-am-pm-ac",
    ),
    pytest.param(
        "J. R. R. Tolkien wrote it. George W. Bush agreed. Il piano B. Poi basta.",
        ["J. R. R. Tolkien wrote it.", "George W. Bush agreed.", "Il piano B.", "Poi basta."],
        id="initials",
    ),
    pytest.param(
        "Costa 3.5 euro alle 15.30 per 1.000.000 di persone, cioè 2,5 a testa. Alle 15.30. Poi"
        " basta.",
        [
            "Costa 3.5 euro alle 15.30 per 1.000.000 di persone, cioè 2,5 a testa.",
            "Alle 15.30.",
            "Poi basta.",
        ],
        id="decimals-and-times",
    ),
    pytest.param(
        "Nel 2016. Poi tutto cambiò.",
        ["Nel 2016.", "Poi tutto cambiò."],
        id="year-at-end",
    ),
    pytest.param(
        "Visita www.example.com per info. Scrivi a a.b@c.it o apri report.pdf. Vedi example.com."
        " Fine.",
        [
            "Visita www.example.com per info.",
            "Scrivi a a.b@c.it o apri report.pdf.",
            "Vedi example.com.",
            "Fine.",
        ],
        id="urls-emails-files",
    ),
    pytest.param(
        "Il sig.\nRossi è arrivato.",
        ["Il sig.\nRossi è arrivato."],
        id="abbreviation-at-line-end",
    ),
    # Any Unicode.
    pytest.param(
        "\x00Ciao\x07. Poi 😀 fine. 🎉🎉 Ok",
        ["\x00Ciao\x07.", "Poi 😀 fine. 🎉🎉 Ok"],  # an emoji does not open a sentence
        id="control-chars-emoji",
    ),
    pytest.param("שלום עולם. مرحبا بالعالم.", ["שלום עולם.", "مرحبا بالعالم."], id="rtl"),
]


def _texts(text: str) -> list[str]:
    return [text[start:end] for start, end in split_spans(text)]


class TestSplitSpans:
    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_sentences(self, text: str, expected: list[str]) -> None:
        assert _texts(text) == expected

    @pytest.mark.parametrize(("text", "expected"), CASES)
    def test_spans_are_stripped_ordered_and_cover_text(self, text: str, expected: list[str]) -> None:
        assert _check_spans(text, split_spans(text)) == []

    def test_seed_article(self) -> None:
        text = SEED.read_text(encoding="utf-8")
        assert _texts(text) == SEED_SENTENCES
        assert _check_spans(text, split_spans(text)) == []

    def test_seed_article_hard_wrapped(self) -> None:
        paragraphs = SEED.read_text(encoding="utf-8").split("\n\n")
        wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
        assert [" ".join(s.split()) for s in _texts(wrapped)] == SEED_SENTENCES

    def test_seed_paragraphs(self) -> None:
        text = SEED.read_text(encoding="utf-8")
        paragraph_of = [text.count("\n\n", 0, start) for start, _ in split_spans(text)]
        assert paragraph_of == [0, 1, 1, 1, 2, 3, 3, 4, 4, 4]

    def test_fifty_thousand_sentences(self) -> None:
        text = " ".join(f"La frase {i} cita il sig. Rossi alle 15.30." for i in range(50_000))
        spans = split_spans(text)
        assert len(spans) == 50_000
        assert text[spans[-1][0] : spans[-1][1]] == "La frase 49999 cita il sig. Rossi alle 15.30."

    def test_fifty_thousand_lines(self) -> None:
        text = "\n".join(f"Riga {i}" for i in range(50_000))
        assert _texts(text) == [f"Riga {i}" for i in range(50_000)]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("." * 200_000 + "x", id="dots"),
            pytest.param("!?" * 100_000 + "x", id="marks"),
            pytest.param(". »" * 100_000 + "x", id="spaced-closers"),
            pytest.param("a." * 100_000 + " B", id="dotted-token"),
        ],
    )
    def test_long_punctuation_runs_are_one_sentence(self, text: str) -> None:
        # These took minutes when the terminal-run pattern could backtrack.
        assert split_spans(text) == [(0, len(text))]


class TestSegment:
    def test_sentences(self) -> None:
        text = "Titolo\n\n  Prima frase. Seconda frase.\n"
        assert segment("doc1", text) == [
            Sentence(doc_id="doc1", index=0, start=0, end=6, text="Titolo"),
            Sentence(doc_id="doc1", index=1, start=10, end=22, text="Prima frase."),
            Sentence(doc_id="doc1", index=2, start=23, end=37, text="Seconda frase."),
        ]

    def test_seed_ids_and_offsets(self) -> None:
        text = SEED.read_text(encoding="utf-8")
        sentences = segment("e7578cc26835deea", text)
        assert [s.id for s in sentences] == [f"e7578cc26835deea:{i}" for i in range(10)]
        assert [text[s.start : s.end] for s in sentences] == SEED_SENTENCES
        assert [s.text for s in sentences] == SEED_SENTENCES

    def test_empty(self) -> None:
        assert segment("doc1", "") == []

    def test_public_names(self) -> None:
        assert factcheck.segment.__all__ == ["segment", "split_spans"]

    def test_docstring_examples(self) -> None:
        assert doctest.testmod(factcheck.segment).failed == 0


def _check_spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Problems with `spans` as spans of `text` (an empty list when there are none)."""
    problems = []
    previous_end = 0
    covered = [False] * len(text)
    for start, end in spans:
        piece = text[start:end]
        if not 0 <= previous_end <= start < end <= len(text):
            problems.append(f"bad span {(start, end)} after {previous_end}")
        if piece != piece.strip():
            problems.append(f"unstripped span {(start, end)}: {piece!r}")
        previous_end = end
        covered[start:end] = [True] * (end - start)
    uncovered = [i for i, char in enumerate(text) if not covered[i] and not char.isspace()]
    if uncovered:
        problems.append(f"non-whitespace outside every span at {uncovered[:5]}")
    return problems


# Characters the rules look at, so that random text often reaches them.
_SPECIAL = list(".!?…«»“”\"'’‘()[]#-*+•=\n\r\t \u00a0\u2028\x85") + ["...", "\r\n", "\n\n", " e.", " U.S."]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_SPECIAL),
            st.sampled_from(["Il", "sig", "dott", "Rossi", "etc", "1", "15.30", "J", "no", "art"]),
            st.text(max_size=5),
        ),
        max_size=40,
    ).map("".join)
)
def test_spans_property(text: str) -> None:
    assert _check_spans(text, split_spans(text)) == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_spans_property_arbitrary_unicode(text: str) -> None:
    assert _check_spans(text, split_spans(text)) == []
