"""The judge scripts' pairs across languages: premise and hypothesis of one item, in two languages."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import eval_judge  # noqa: E402
import train_judge  # noqa: E402


def _rte(lang: str, number: int, label: str, part: str = "DEV.xml") -> dict:
    return {"premise": f"{lang} premise {number}", "hypothesis": f"{lang} hypothesis {number}", "label": label,
            "lang": lang, "source": f"repo:{part}#{number}"}


def test_crosslingual_pairs_keep_the_label_and_cross_the_languages():
    italian = [_rte("it", 1, "entailment"), _rte("it", 2, "contradiction"), _rte("it", 3, "neutral")]
    # record 3 is labelled differently in German: left out; record 4 has no Italian row: left out
    german = [_rte("de", 1, "entailment"), _rte("de", 2, "contradiction"), _rte("de", 3, "entailment"),
              _rte("de", 4, "neutral")]
    pairs = train_judge.crosslingual_pairs(italian, german, 10, random.Random(0))
    got = sorted((p["premise"], p["hypothesis"], p["label"], p["lang"]) for p in pairs)
    assert got == [
        ("de premise 1", "it hypothesis 1", "entailment", "de-it"),
        ("de premise 2", "it hypothesis 2", "contradiction", "de-it"),
        ("it premise 1", "de hypothesis 1", "entailment", "it-de"),
        ("it premise 2", "de hypothesis 2", "contradiction", "it-de"),
    ]
    assert len(train_judge.crosslingual_pairs(italian, german, 3, random.Random(0))) == 3


def test_xnli_rows_across_languages_pair_the_same_item():
    def row(lang, item, label):
        return {"premise": f"{lang} p{item}", "hypothesis": f"{lang} h{item}", "label": label, "lang": lang,
                "source": f"repo:data/xnli/dev-{lang}.tsv#{item}"}

    xnli = [row("en", 0, "neutral"), row("de", 0, "neutral"), row("en", 1, "entailment"), row("de", 1, "entailment"),
            row("fr", 1, "entailment")]
    rows = eval_judge.crosslingual_rows(xnli, "de", "en", 0, seed=13)
    assert [(r["premise"], r["hypothesis"], r["label"]) for r in rows] == [
        ("de p0", "en h0", "neutral"), ("de p1", "en h1", "entailment")]
    assert [r["premise"] for r in eval_judge.crosslingual_rows(xnli, "fr", "en", 0, seed=13)] == ["fr p1"]
    assert len(eval_judge.crosslingual_rows(xnli, "de", "en", 1, seed=13)) == 1
