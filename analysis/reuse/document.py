"""Everything the alignment needs about one text, computed once; heavy parts only when first used."""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import chain
from functools import cached_property

import numpy as np

from .constants import QUOTE_CONTEXT, QUOTE_MODULE_MAX, QUOTE_WINDOW_TEXT
from .quotespans import quote_spans, scan_quote_spans
from .tokens import (STOP, TOKEN_RE, ngram_hashes, split_sentences, stem_ids, token_ids,
                     token_spans, token_stems)
from .vectors import Signature, Vector, set_signatures, sorted_unique, tf_vector

_BUCKETS = np.uint64(1 << 22)
_LOW_BITS = _BUCKETS - np.uint64(1)  # x % 2^22 == x & (2^22 - 1)
_PRIME = np.uint64(1_000_003)
_PRIME_POW = {n: np.uint64(1_000_003 ** n % (1 << 64)) for n in (3, 4)}
_NO_GRAMS = np.zeros(0, dtype=np.uint32)


def _mark(mask: np.ndarray, spans: list[tuple[int, int]]) -> None:
    """Set the characters of quotation spans in a mask (spans clipped to the text)."""
    n = len(mask) - 1
    for qs, qe in spans:
        mask[max(0, int(qs)): max(0, min(n, int(qe)))] = True


def _sentence_norms(text: str, s: int, e: int) -> list[str]:
    """Normalised tokens of text[s:e] (lower case, ’ as '); an ASCII span is lowered at once (the same tokens).

    >>> _sentence_norms("He said: It’s the BASE.", 0, 23)
    ['he', 'said', "it's", 'the', 'base']
    """
    seg = text[s:e].replace("’", "'")
    if seg.isascii():  # ' and ’ are the same to TOKEN_RE, and ASCII lower-casing maps word characters one to one
        return TOKEN_RE.findall(seg.lower())
    return [t.lower().replace("’", "'") for t in TOKEN_RE.findall(text, s, e)]


def _lower_in_place(text: str) -> str | None:
    """The text lower-cased with ’ as ', when that maps every character to one character of the same class
    (word character or not) whatever its neighbours: no capital sigma (final form by context), no dotted
    capital I (two characters); else None.

    Checked over every code point: no other character changes length or word class when lower-cased, and
    none becomes an apostrophe, so ``TOKEN_RE`` finds the same tokens, lower-cased, at the same offsets.

    >>> _lower_in_place("It’s HERE"), _lower_in_place("ΟΔΟΣ")
    ("it's here", None)
    """
    if "Σ" in text or "İ" in text:
        return None
    return text.lower().replace("’", "'")


class Doc:
    """One featurised text: sentences, normalised tokens, stems per sentence, word 4-gram hashes.

    ``quotes``: quotation spans if known; else ``quote_mode`` says how to find them when needed
    (``module``: the spans of ``analysis.quotes.extract_quotes``, from its mark pairing alone; ``scan``: a
    quote-mark scan; ``auto``: the module, or the scan for a text longer than ``QUOTE_MODULE_MAX`` characters).

    >>> d = Doc("Rockets hit the base. Nobody was hurt."); len(d.sents), d.norms[:3]
    (2, ['rockets', 'hit', 'the'])
    >>> d.starts.tolist()[:3], d.tok_range(0, 12), sorted(d.sent_stems[0]), d.max_stem_df
    ([0, 8, 12], (0, 2), ['base', 'hit', 'rocket'], 1)
    >>> len(d.gram_set), len(d.word_tf[0]), len(d.sent_char(0)) > 10
    (4, 4, True)
    """

    def __init__(self, text: str, quotes: list[tuple[int, int]] | None = None, quote_mode: str = "auto") -> None:
        self.text = "" if not isinstance(text, str) else text
        self.sents = split_sentences(self.text)
        self.norms: list[str] = []
        self.sent_tok: list[tuple[int, int]] = []
        if not self._tokenise_text():
            for s, e in self.sents:
                toks = _sentence_norms(self.text, s, e)
                self.sent_tok.append((len(self.norms), len(self.norms) + len(toks)))
                self.norms.extend(toks)
        self.tok_stems = stems = token_stems(self.norms)  # stem or '' per token, kept for span scores
        self.sent_stems = [frozenset(filter(None, stems[i0:i1])) for i0, i1 in self.sent_tok]
        self.ids = token_ids(self.norms)
        self.grams = ngram_hashes(self.ids)
        long = quote_mode == "auto" and len(self.text) > QUOTE_MODULE_MAX
        self._quotes, self._quote_mode = quotes, "scan" if long else quote_mode
        self._sent_chars: dict[int, np.ndarray] = {}
        self._sent_sigs: dict[int, Signature] = {}

    def _tokenise_text(self) -> bool:
        """Tokens of the whole text at once (one scan, offsets from :func:`~.tokens.token_spans`), the same
        as sentence by sentence; False (nothing set) if a token would not lie inside one sentence.

        >>> d = Doc("It’s HERE. Then ΟΔΟΣ  ok"); d.norms == [t for s, e in d.sents for t in _sentence_norms(d.text, s, e)]
        True
        >>> d.sent_tok, [d.text[s:e] for s, e in zip(d.starts, d.ends)][-2:]
        ([(0, 2), (2, 5)], ['ΟΔΟΣ', 'ok'])
        """
        low = _lower_in_place(self.text)
        toks = TOKEN_RE.findall(self.text if low is None else low)
        starts, ends = token_spans(self.text)
        sents = np.array(self.sents, dtype=np.int64).reshape(-1, 2)
        bounds = np.searchsorted(starts, sents)
        lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
        filled = bounds[:, 1] > bounds[:, 0]
        if (len(starts) != len(toks) or not np.array_equal(ends - starts, lens) or len(bounds) == 0
                or bounds[0, 0] != 0 or bounds[-1, 1] != len(toks) or not np.array_equal(bounds[1:, 0], bounds[:-1, 1])
                or (ends[bounds[filled, 1] - 1] > sents[filled, 1]).any()):
            return False
        if low is not None:  # the tokens of the lower-cased text are the lower-cased tokens
            self.norms = toks
        else:  # lower() maps characters one by one except the final sigma, which a line break bounds like a token end
            self.norms = "\n".join(toks).lower().replace("’", "'").split("\n") if toks else []
        self.sent_tok = list(map(tuple, bounds.tolist()))
        self.__dict__["_offsets"] = (starts, ends)
        return True

    @cached_property
    def _offsets(self) -> tuple[np.ndarray, np.ndarray]:
        """Start and end character offsets of every token."""
        # sentences hold every word character and end before whitespace, so one scan of the text finds their tokens
        spans = [m.span() for m in TOKEN_RE.finditer(self.text)]
        if len(spans) != len(self.norms):  # never seen; the scan sentence by sentence is the definition
            spans = [m.span() for s, e in self.sents for m in TOKEN_RE.finditer(self.text, s, e)]
        arr = np.array(spans, dtype=np.int64).reshape(-1, 2)
        return np.ascontiguousarray(arr[:, 0]), np.ascontiguousarray(arr[:, 1])

    @property
    def starts(self) -> np.ndarray:
        """Token start offsets."""
        return self._offsets[0]

    @property
    def ends(self) -> np.ndarray:
        """Token end offsets."""
        return self._offsets[1]

    @cached_property
    def _joined_grams(self) -> tuple[np.ndarray, list[np.ndarray]]:
        """Token start positions in the space-joined token string and its char 3/4/5-gram buckets.

        An n-gram's hash is n * P^n + c0 * P^(n-1) + ... + c(n-1) (mod 2^64, P = 1000003); each longer
        n-gram extends the shorter one starting at the same character (h' = (h + P^n) * P + c), and the
        bucket is the hash modulo 2^22 (its low bits).
        """
        lens = np.fromiter(map(len, self.norms), dtype=np.int64, count=len(self.norms)) + 1
        pos = np.concatenate([[0], np.cumsum(lens)])
        c = np.frombuffer(" ".join(self.norms).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        grams = []
        h = np.full(max(0, len(c) - 2), np.uint64(3), dtype=np.uint64)
        for k in range(3):
            h = h * _PRIME + c[k: k + len(h)]
        for n in (3, 4, 5):
            grams.append((h & _LOW_BITS).astype(np.uint32) if len(c) >= n else np.zeros(0, dtype=np.uint64))
            if n < 5:
                h = (h[: max(0, len(h) - 1)] + _PRIME_POW[n]) * _PRIME + c[n: n + max(0, len(h) - 1)]
        return pos, grams

    def char_grams(self, i0: int, i1: int) -> np.ndarray:
        """Character 3-5-gram buckets of tokens [i0, i1) (lower-cased, single-space joined): sorted, unique.

        >>> Doc("Rockets hit.").char_grams(0, 1).size  # 'rockets': 5 + 4 + 3 distinct n-grams
        12
        """
        if i1 <= i0:
            return _NO_GRAMS
        pos, grams = self._joined_grams
        p0, p1 = int(pos[i0]), int(pos[i1]) - 1
        parts = [g[p0: p1 - n + 1] for n, g in zip((3, 4, 5), grams) if p1 - n >= p0]
        return sorted_unique(np.concatenate(parts)) if parts else _NO_GRAMS

    def char_set(self, i0: int, i1: int) -> frozenset[int]:
        """:meth:`char_grams` as a set."""
        return frozenset(self.char_grams(i0, i1).tolist())

    def sent_grams(self, k: int) -> np.ndarray:
        """:meth:`char_grams` of sentence ``k`` (computed when first asked for)."""
        got = self._sent_chars.get(k)
        if got is None:
            got = self._sent_chars[k] = self.char_grams(*self.sent_tok[k])
        return got

    def sent_char(self, k: int) -> frozenset[int]:
        """Character n-gram set of sentence ``k``."""
        return frozenset(self.sent_grams(k).tolist())

    @cached_property
    def gram_order(self) -> tuple[np.ndarray, np.ndarray]:
        """Word 4-gram hashes sorted, and the token position of each (ties in position order)."""
        order = np.argsort(self.grams, kind="stable")
        return self.grams[order], order

    @cached_property
    def gram_set(self) -> np.ndarray:
        """Sorted unique word 4-gram hashes."""
        return sorted_unique(self.grams)

    @cached_property
    def sorted_stems(self) -> list[tuple[str, ...]]:
        """The content stems of each sentence, sorted (float sums over them do not depend on hash order)."""
        return [tuple(sorted(st)) for st in self.sent_stems]

    @cached_property
    def stem_counts(self) -> np.ndarray:
        """Number of content stems of each sentence.

        >>> Doc("Rockets hit the base. Nobody was hurt.").stem_counts.tolist()
        [3, 1]
        """
        return np.fromiter(map(len, self.sent_stems), dtype=np.int64, count=len(self.sent_stems))

    @cached_property
    def stem_index(self) -> dict[str, list[int]]:
        """Content stem -> sentence numbers."""
        idx: dict[str, list[int]] = {}
        for k, st in enumerate(self.sent_stems):
            for x in st:
                idx.setdefault(x, []).append(k)
        return idx

    @cached_property
    def stem_df(self) -> dict[str, int]:
        """Content stem -> number of sentences holding it (the lengths of :attr:`stem_index`, same key order).

        >>> sorted(Doc("Rockets hit the base. Rockets fell.").stem_df.items())
        [('base', 1), ('fell', 1), ('hit', 1), ('rocket', 2)]
        """
        return dict(Counter(chain.from_iterable(self.sent_stems)))

    @cached_property
    def stem_postings(self) -> tuple[np.ndarray, np.ndarray]:
        """(stem id, sentence) of every content stem of every sentence, sorted by stem id then sentence.

        >>> st, se = Doc("Rockets hit. Rockets fell.").stem_postings  # stem ids depend on the process
        >>> len(set(st.tolist())), sorted(se.tolist())
        (3, [0, 0, 1, 1])
        """
        sizes = [len(x) for x in self.sent_stems]
        st = stem_ids(chain.from_iterable(self.sent_stems), sum(sizes))
        se = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
        order = np.lexsort((se, st))
        return st[order], se[order]

    @cached_property
    def max_stem_df(self) -> int:
        """The most sentences any one content stem occurs in."""
        return max(self.stem_df.values(), default=0)

    @cached_property
    def quote_mask(self) -> np.ndarray:
        """Boolean mask of characters inside quotations (the whole text searched at once)."""
        mask = np.zeros(len(self.text) + 1, dtype=bool)
        spans = self._quotes
        if spans is None:
            spans = scan_quote_spans(self.text) if self._quote_mode == "scan" else quote_spans(self.text)
        _mark(mask, spans)
        return mask

    def quote_mask_for(self, start: int, end: int) -> np.ndarray:
        """The quotation mask, filled at least for [start, end): a long text is searched around the span only.

        >>> d = Doc('He said "we will leave the base" today.'); bool(d.quote_mask_for(0, 12)[10])
        True
        """
        if self._quotes is not None or self._quote_mode == "scan" or len(self.text) <= QUOTE_WINDOW_TEXT:
            return self.quote_mask
        if not self._searched[start:end].all():
            ws, we = self._window(start, end)
            _mark(self._window_mask, [(s + ws, e + ws) for s, e in quote_spans(self.text[ws:we])])
            self._searched[ws:we] = True
        return self._window_mask

    @cached_property
    def _window_mask(self) -> np.ndarray:
        return np.zeros(len(self.text) + 1, dtype=bool)

    @cached_property
    def _searched(self) -> np.ndarray:
        return np.zeros(len(self.text) + 1, dtype=bool)

    def _window(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) widened by up to QUOTE_CONTEXT characters on each side, cut at a paragraph break
        (where there is none that close, at a sentence boundary)."""
        text, c, n = self.text, QUOTE_CONTEXT, len(self.text)
        ws, we = max(0, start - c), min(n, end + c)
        if ws > 0:
            nl = text.find("\n", ws, start)
            k = bisect.bisect_left(self._sent_starts, ws)
            ws = nl + 1 if nl >= 0 else min(start, self._sent_starts[k]) if k < len(self._sent_starts) else start
        if we < n:
            nl = text.rfind("\n", end, we)
            k = bisect.bisect_right(self._sent_ends, we) - 1
            we = nl if nl >= 0 else max(end, self._sent_ends[k] if k >= 0 else end)
        return ws, we

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s for s, _ in self.sents]

    @cached_property
    def _sent_ends(self) -> list[int]:
        return [e for _, e in self.sents]

    @cached_property
    def word_tf(self) -> Vector:
        """Sublinear tf of non-stop-word tokens (keys: token ids)."""
        stop = np.fromiter(map(STOP.__contains__, self.norms), dtype=bool, count=len(self.norms))
        return tf_vector(self.ids[~stop])

    def char_gram_array(self) -> np.ndarray:
        """Character 3-, 4- and 5-gram buckets of the lower-cased token sequence, concatenated (with repeats).

        >>> Doc("Rockets hit.").char_gram_array().size  # 'rockets hit': 9 + 8 + 7
        24
        """
        return np.concatenate(self._joined_grams[1])

    @cached_property
    def char_tf(self) -> Vector:
        """Sublinear tf of the character 3-5-grams of the lower-cased token sequence."""
        return tf_vector(self.char_gram_array())

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        """Token index range of the tokens starting inside [start, end) (``np.searchsorted`` of the starts, left).

        >>> Doc("Rockets hit the base.").tok_range(3, 12)  # 'hit' starts at 8, 'the' at 12
        (1, 2)
        """
        starts = self._start_list
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    @cached_property
    def _start_list(self) -> list[int]:
        """Token start offsets as a list (a binary search of a list costs less than a numpy call)."""
        return self.starts.tolist()


def sentence_signatures(items: list[tuple[Doc, int]]) -> list[Signature]:
    """:func:`~.vectors.set_signatures` of the character n-gram sets of (document, sentence) items (cached; the
    missing ones computed at once).

    >>> d = Doc("Rockets hit. Nobody was hurt."); [size == len(d.sent_grams(k)) for (_, _, size), k in
    ...     zip(sentence_signatures([(d, 1), (d, 0), (d, 1)]), [1, 0, 1])]
    [True, True, True]
    """
    miss = {(id(d), k): (d, k) for d, k in items if k not in d._sent_sigs}
    if miss:
        todo = list(miss.values())
        for (d, k), sig in zip(todo, set_signatures([d.sent_grams(k) for d, k in todo])):
            d._sent_sigs[k] = sig
    return [d._sent_sigs[k] for d, k in items]
