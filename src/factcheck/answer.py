"""Answer stage: the reply a person reads, built from the cited sentences (extractive).

The frame is in the language of the question; the quoted sentences stay as the article wrote them.
"""

from __future__ import annotations

from typing import Sequence

from .types import Citation, Kind, Stance, Verdict

_FRAMES = {
    "it": {
        (Kind.QUESTION, Verdict.SUPPORTED): "Secondo l'articolo: {quote}",
        (Kind.QUESTION, Verdict.NOT_ENOUGH_INFO): "L'articolo non risponde a questa domanda.",
        (Kind.QUESTION, Verdict.REFUTED): "L'articolo contraddice il presupposto della domanda: {quote}",
        (Kind.CLAIM, Verdict.SUPPORTED): "L'articolo conferma questa affermazione: {quote}",
        (Kind.CLAIM, Verdict.REFUTED): "L'articolo contraddice questa affermazione: {quote}",
        (Kind.CLAIM, Verdict.NOT_ENOUGH_INFO): "L'articolo non dice abbastanza per confermare o smentire questa affermazione.",
        "conflict": "Nell'affermazione «{claim}», nell'articolo «{doc}».",
        "negation_doc": "L'articolo lo nega («{doc}»).",
        "debunk": "L'articolo lo dice falso («{doc}»).",
        "source": "L'affermazione lo attribuisce a «{claim}», l'articolo a «{doc}».",
        "negation_claim": "L'affermazione nega («{claim}») ciò che l'articolo afferma.",
        "part": "Parte {n} «{text}»: {verdict}.",
        Verdict.SUPPORTED: "confermata", Verdict.REFUTED: "smentita", Verdict.NOT_ENOUGH_INFO: "non verificabile",
        "closest": " Il passo più vicino: {quote}",
        "relayed": "L'articolo riporta questa affermazione solo come ciò che dice un post, un titolo o un'immagine: non la conferma.",
        "instruction": "Questa è un'istruzione, non un'affermazione o una domanda sugli articoli: non c'è nulla da verificare.",
    },
    "en": {
        (Kind.QUESTION, Verdict.SUPPORTED): "According to the article: {quote}",
        (Kind.QUESTION, Verdict.NOT_ENOUGH_INFO): "The article does not answer this question.",
        (Kind.QUESTION, Verdict.REFUTED): "The article contradicts the premise of the question: {quote}",
        (Kind.CLAIM, Verdict.SUPPORTED): "The article supports this claim: {quote}",
        (Kind.CLAIM, Verdict.REFUTED): "The article contradicts this claim: {quote}",
        (Kind.CLAIM, Verdict.NOT_ENOUGH_INFO): "The article does not say enough to confirm or refute this claim.",
        "conflict": "The claim says “{claim}”, the article “{doc}”.",
        "negation_doc": "The article denies it (“{doc}”).",
        "debunk": "The article calls it false (“{doc}”).",
        "source": "The claim attributes it to “{claim}”; the article, to “{doc}”.",
        "negation_claim": "The claim denies (“{claim}”) what the article states.",
        "part": "Part {n} “{text}”: {verdict}.",
        Verdict.SUPPORTED: "supported", Verdict.REFUTED: "refuted", Verdict.NOT_ENOUGH_INFO: "not enough information",
        "closest": " The closest passage: {quote}",
        "relayed": "The article only reports this claim as what a post, a headline or an image says; it does not confirm it.",
        "instruction": "This is an instruction, not a claim or a question about the articles: there is nothing to check.",
    },
}


def quote(text: str, lang: str) -> str:
    return f"«{text}»" if lang == "it" else f"“{text}”"


def compose(kind: Kind, verdict: Verdict, citations: Sequence[Citation], lang: str,
            conflicts: Sequence = (), parts: Sequence = (), reason: str = "") -> str:
    """The extractive reply: a frame in the question's language around the cited sentences.

    Conflicts (a refutation's explanation) are spelled out; the parts of a compound claim
    (ClaimPart) are listed with their verdicts.
    """
    frames = _FRAMES.get(lang, _FRAMES["en"])
    if reason == "instruction":
        return frames["instruction"]
    if len(parts) > 1:
        summary = " ".join(frames["part"].format(n=i, text=p.text, verdict=frames[p.verdict])
                           for i, p in enumerate(parts, 1))
        return summary + " " + compose(kind, verdict, citations, lang, conflicts)
    wanted = Stance.REFUTES if verdict is Verdict.REFUTED else Stance.SUPPORTS
    cited = [c for c in citations if c.stance is wanted]
    if verdict is Verdict.NOT_ENOUGH_INFO or not cited:
        text = frames["relayed" if reason == "relayed" else (kind, Verdict.NOT_ENOUGH_INFO)]
        if citations:  # shown as context, never as support
            text += frames["closest"].format(quote=quote(citations[0].text, lang))
        return text
    text = frames[(kind, verdict)].format(quote=" ".join(quote(c.text, lang) for c in cited[:2]))
    for conflict in list(conflicts)[:3]:
        if conflict.reason == "negation":
            # the side whose span is the shorter one holds the negation
            side = "negation_doc" if len(conflict.text) <= len(conflict.claim_text) else "negation_claim"
            text += " " + frames[side].format(claim=conflict.claim_text, doc=conflict.text)
        elif conflict.reason in ("debunk", "source"):
            text += " " + frames[conflict.reason].format(claim=conflict.claim_text, doc=conflict.text)
        else:
            text += " " + frames["conflict"].format(claim=conflict.claim_text, doc=conflict.text)
    return text
