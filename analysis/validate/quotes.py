"""Scoring quote extraction against annotations: PolNeAR-style brat attributions and project JSONL files.

- ``load_brat_attributions`` / ``load_polnear``: real news with every attribution annotated (Source, Cue,
  Content spans), read from a folder outside the repository;
- ``direct_quote_gold``: the attributions whose Content holds a pair of double quotation marks;
- ``utterances``: the predicted utterances (all pieces of one quote) with their speaker mention;
- ``score_utterances``: one-to-one best-first matching at a coverage threshold, P/R/F1, speaker accuracy on
  matched quotes and end-to-end F1, plus the matched/missed/spurious table the error analysis reads;
- ``evaluate_quotes``, ``quote_errors``, ``match_spans``, ``load_heldout``, ``evaluate_heldout``: the older
  span-level scoring of the project's own annotation files (bundled corpus, held-out JSONL passages).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz
from unidecode import unidecode

#: a pair of double quotation marks (opening, then closing) inside an annotated Content
_PAIR_RE = re.compile(r"[“\"„«″][^\n]*?[”\"»″]|``.*?''|(?<!')''(?!')[^\n]*?''", re.S)

GOLD_COLUMNS = ["doc_id", "attr_id", "content", "source", "cue", "content_text", "source_text", "n_chars"]
Spans = list[tuple[int, int]]


def _spans(field: str) -> Spans:
    """Brat offsets '5065 5096;5160 5189' as [(5065, 5096), (5160, 5189)].

    >>> _spans("5065 5096;5160 5189")
    [(5065, 5096), (5160, 5189)]
    """
    return [(int(a), int(b)) for a, b in (p.split() for p in field.split(";"))]


def read_brat(text: str) -> list[dict]:
    """Attributions of one brat standoff file: content, source and cue span lists per ``E`` line.

    >>> ann = "T1\\tSource 0 2\\tHe\\nT2\\tCue 3 7\\tsaid\\nT3\\tContent 8 12\\tyes.\\nE1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1"
    >>> read_brat(ann)
    [{'attr_id': 'E1', 'content': [(8, 12)], 'source': [(0, 2)], 'cue': [(3, 7)]}]
    """
    spans: dict[str, Spans] = {}
    events: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _spans(offsets)
        elif line.startswith("E") and len(parts) >= 2:
            events.append((parts[0], parts[1].split()))
    out = []
    for eid, args in events:
        rec: dict = {"attr_id": eid, "content": [], "source": [], "cue": []}
        for arg in args:
            role, _, tid = arg.partition(":")
            key = {"Content": "content", "Content2": "content", "Source": "source", "Cue": "cue"}.get(role)
            if key and tid in spans:
                rec[key] = sorted(rec[key] + spans[tid])
        if rec["content"]:
            out.append(rec)
    return out


def load_brat_attributions(text_dir: Path, ann_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Texts and attributions of a brat folder pair; the first annotator's file (sorted) per text.

    texts: doc_id, text; gold: one row per attribution (``GOLD_COLUMNS``), spans as lists of (start, end).
    """
    anns: dict[str, Path] = {}
    for p in sorted(Path(ann_dir).glob("*.ann")):
        anns.setdefault(re.sub(r"_[^_]+$", "", p.stem), p)
    texts, gold = [], []
    for tp in sorted(Path(text_dir).glob("*.txt")):
        doc, text = tp.stem, tp.read_text(encoding="utf-8")
        texts.append({"doc_id": doc, "text": text})
        if doc not in anns:
            continue
        for rec in read_brat(anns[doc].read_text(encoding="utf-8")):
            gold.append({"doc_id": doc, **rec, "content_text": " ... ".join(text[a:b] for a, b in rec["content"]),
                         "source_text": " ... ".join(text[a:b] for a, b in rec["source"]),
                         "n_chars": len(_chars(rec["content"]))})
    return pd.DataFrame(texts, columns=["doc_id", "text"]), pd.DataFrame(gold, columns=GOLD_COLUMNS)


def load_polnear(root: str | Path, split: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """PolNeAR ``<root>/<split>/text`` and ``attributions`` (``root`` is the polnear folder or its parent)."""
    root = Path(root)
    if (root / "polnear").is_dir():
        root = root / "polnear"
    texts, gold = load_brat_attributions(root / split / "text", root / split / "attributions")
    return texts.assign(split=split), gold


def load_quote_sample(root: str | Path, split: str | None = None, layer: str = "quotes.jsonl"
                      ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A quotes sample in the attack-report format: ``corpus/<doc_id>.txt``, ``split.csv`` and
    ``annotations/quotes.jsonl`` (pieces with their marks, speaker span or null, resolved speaker, group, country).

    Returns (texts: doc_id, split, text; gold: ``GOLD_COLUMNS`` plus speaker_resolved, speaker_group,
    speaker_country, speaker_named), restricted to one split when given. Offsets are checked against the text.
    ``layer``: the file of annotations/ to read (a second annotator's ``quotes_b.jsonl``).
    """
    root = Path(root)
    splits = pd.read_csv(root / "split.csv", dtype=str)
    if split is not None:
        splits = splits[splits["split"] == split]
    texts = [{"doc_id": d, "split": sp, "text": (root / "corpus" / f"{d}.txt").read_text(encoding="utf-8")}
             for d, sp in zip(splits["doc_id"], splits["split"])]
    T = {t["doc_id"]: t["text"] for t in texts}
    gold = []
    for line in (root / "annotations" / layer).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line) if line.strip() else None
        if rec is None or rec["doc_id"] not in T:
            continue
        text, pieces = T[rec["doc_id"]], [(int(a), int(b)) for a, b in rec["pieces"]]
        src = [(int(rec["speaker_start"]), int(rec["speaker_end"]))] if rec.get("speaker_start") is not None else []
        if src and text[src[0][0]:src[0][1]] != rec["speaker_text"]:
            raise ValueError(f"{rec['quote_id']}: speaker offsets do not point at {rec['speaker_text']!r}")
        gold.append({"doc_id": rec["doc_id"], "attr_id": rec["quote_id"], "content": pieces, "source": src,
                     "cue": [], "content_text": " ... ".join(text[a:b] for a, b in pieces),
                     "source_text": rec.get("speaker_text") or "", "n_chars": len(_chars(pieces)),
                     "speaker_resolved": rec.get("speaker_resolved") or "", "speaker_group": rec.get("speaker_group") or "",
                     "speaker_country": rec.get("speaker_country") or "", "speaker_named": rec.get("speaker_named")})
    extra = ["speaker_resolved", "speaker_group", "speaker_country", "speaker_named"]
    return pd.DataFrame(texts, columns=["doc_id", "split", "text"]), pd.DataFrame(gold, columns=GOLD_COLUMNS + extra)


_CLOSING = "”\"»″'"


def merge_running_quotes(texts: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold utterances grouped as PolNeAR groups them: a paragraph that opens with a quotation mark right after a
    paragraph whose quote is left open (no closing mark) continues that quote, so its utterance joins the open one
    when both have the same resolved speaker (the attack-style layers count each paragraph apart).

    >>> t = 'X said: "A.\\n"B."\\n"C."'
    >>> g = pd.DataFrame({"doc_id": ["d"] * 3, "attr_id": ["1", "2", "3"], "content": [[(8, 11)], [(12, 16)], [(17, 21)]],
    ...                   "source": [[(0, 1)]] * 3, "content_text": ["", "", ""], "n_chars": [3, 4, 4],
    ...                   "speaker_resolved": ["X"] * 3})
    >>> merge_running_quotes(pd.DataFrame({"doc_id": ["d"], "text": [t]}), g)["content"].tolist()
    [[(8, 11), (12, 16)], [(17, 21)]]
    """
    T = dict(zip(texts["doc_id"], texts["text"]))
    rows: list[dict] = []
    first = gold["content"].map(lambda c: min(c)[0] if len(c) else -1)  # text order within an article
    for rec in gold.assign(_first=first).sort_values(["doc_id", "_first"], kind="stable").drop(columns="_first").to_dict("records"):
        text, prev = T[rec["doc_id"]], rows[-1] if rows else None
        if prev is not None and prev["doc_id"] == rec["doc_id"] and prev.get("speaker_resolved") == rec.get("speaker_resolved"):
            a, b = prev["content"][-1][1], rec["content"][0][0]
            if 0 <= b - a <= 4 and "\n" in text[a:b] and not text[a:b].strip() and text[a - 1] not in _CLOSING:
                prev["content"] = [*prev["content"], *rec["content"]]
                prev["n_chars"] = len(_chars(prev["content"]))
                prev["content_text"] = " ... ".join(text[x:y] for x, y in prev["content"])
                continue
        rows.append(dict(rec))
    return pd.DataFrame(rows, columns=gold.columns)


def direct_quote_gold(gold: pd.DataFrame) -> pd.DataFrame:
    """Attributions whose Content contains a pair of double quotation marks (the direct-quote gold).

    Two apostrophes ('') typed for a double mark (as in some newspapers' archives) count as one.
    >>> g = pd.DataFrame({"content_text": ['“We won,” she', 'we won', 'a “big” win', "''Yes,'' he"], "doc_id": ["a"] * 4})
    >>> direct_quote_gold(g)["content_text"].tolist()
    ['“We won,” she', 'a “big” win', "''Yes,'' he"]
    """
    keep = gold["content_text"].map(lambda t: bool(_PAIR_RE.search(t)))
    return gold[keep].reset_index(drop=True)


def _chars(spans: Iterable[tuple[int, int]]) -> set[int]:
    """Character offsets covered by spans.

    >>> sorted(_chars([(0, 2), (1, 3)]))
    [0, 1, 2]
    """
    out: set[int] = set()
    for a, b in spans:
        out.update(range(a, b))
    return out


def utterances(pred: pd.DataFrame, extent: str = "content") -> pd.DataFrame:
    """Predicted utterances (speech quotes only): doc_id, utterance_id, pieces, mention span, speaker.

    The speaker mention of an utterance is the first mention found among its pieces (-1, -1 when none). A piece
    spans its reported content (``content_start``/``content_end``) when those columns are present and ``extent``
    is "content", else the quoted words (``start``/``end``; ``extent="marks"``).
    >>> p = pd.DataFrame({"doc_id": ["a", "a"], "utterance_id": [0, 0], "start": [1, 20], "end": [5, 30],
    ...                   "is_speech": [True, True], "speaker_mention_start": [-1, 10], "speaker_mention_end": [-1, 12],
    ...                   "speaker": ["", "X"]})
    >>> utterances(p)[["pieces", "mention"]].values.tolist()
    [[[(1, 5), (20, 30)], (10, 12)]]
    """
    p = pred[pred["is_speech"].astype(bool)] if "is_speech" in pred else pred
    p = p.assign(doc_id=p["doc_id"] if "doc_id" in p else "_")
    rows = []
    for (doc, utt), grp in p.groupby(["doc_id", "utterance_id"], sort=True):
        ms = [(int(a), int(b)) for a, b in zip(grp["speaker_mention_start"], grp["speaker_mention_end"]) if a >= 0]
        spk = next((s for s in grp["speaker"] if s), "") if "speaker" in grp else ""
        s, e = ("content_start", "content_end") if extent == "content" and "content_start" in grp else ("start", "end")
        rows.append({"doc_id": doc, "utterance_id": int(utt), "pieces": list(zip(grp[s], grp[e])),
                     "mention": ms[0] if ms else (-1, -1), "speaker": spk})
    return pd.DataFrame(rows, columns=["doc_id", "utterance_id", "pieces", "mention", "speaker"])


def paragraph_units(pred: pd.DataFrame) -> pd.DataFrame:
    """Predicted quotes with each utterance cut at paragraph breaks: the unit of the quotes layers, which keep a
    quote running over paragraphs as one object per paragraph (``benchmarks/ANNOTATION.md``); pieces of one paragraph
    stay together and every part keeps the utterance's speaker mention.

    >>> p = pd.DataFrame({"doc_id": ["a", "a", "a"], "utterance_id": [0, 0, 0], "para_index": [1, 1, 2],
    ...                   "speaker_mention_start": [-1, 5, -1], "speaker_mention_end": [-1, 8, -1]})
    >>> u = paragraph_units(p); u["utterance_id"].tolist(), u["speaker_mention_start"].tolist()
    ([0, 0, 1], [5, 5, 5])
    """
    if pred.empty:
        return pred
    doc = pred["doc_id"] if "doc_id" in pred else pd.Series("_", index=pred.index)
    keys = pd.DataFrame({"d": doc, "u": pred["utterance_id"], "p": pred["para_index"]}, index=pred.index)
    unit = keys.groupby(["d", "u", "p"], sort=True).ngroup()
    first = keys.assign(n=unit).groupby("d")["n"].transform("min")   # numbered from 0 within each article
    out = pred.assign(utterance_id=(unit - first).astype("int64"))
    for col in ("speaker_mention_start", "speaker_mention_end"):   # the utterance's first mention, on every part
        known = pred[col].where(pred["speaker_mention_start"] >= 0)
        out[col] = known.fillna(known.groupby([keys["d"], keys["u"]]).transform("first")).fillna(-1).astype("int64")
    return out


def layer_utterances(gold: pd.DataFrame) -> pd.DataFrame:
    """A quotes layer read as predicted utterances (its pieces, its speaker span as the mention), so that a second
    annotator's layer can be scored against the first with ``score_utterances``.

    >>> g = pd.DataFrame({"doc_id": ["a"], "content": [[(0, 10)]], "source": [[(12, 14)]], "source_text": ["he"]})
    >>> layer_utterances(g)[["pieces", "mention", "speaker"]].values.tolist()
    [[[(0, 10)], (12, 14), 'he']]
    """
    return pd.DataFrame({"doc_id": gold["doc_id"].tolist(), "utterance_id": range(len(gold)),
                         "pieces": [list(c) for c in gold["content"]],
                         "mention": [tuple(s[0]) if len(s) else (-1, -1) for s in gold["source"]],
                         "speaker": gold["source_text"].tolist()},
                        columns=["doc_id", "utterance_id", "pieces", "mention", "speaker"])


def _overlaps(span: tuple[int, int], spans: Spans) -> bool:
    """Whether a span shares at least one character with any of spans.

    >>> _overlaps((0, 3), [(2, 5)]), _overlaps((0, 2), [(2, 5)]), _overlaps((-1, -1), [])
    (True, False, False)
    """
    return span[0] >= 0 and any(min(span[1], b) > max(span[0], a) for a, b in spans)


def speaker_right(mention: tuple[int, int], source: Spans) -> bool:
    """The predicted mention overlaps a gold Source span, or both are absent.

    >>> speaker_right((-1, -1), []), speaker_right((4, 8), [(5, 6)]), speaker_right((-1, -1), [(5, 6)])
    (True, True, False)
    """
    if not source:
        return mention[0] < 0
    return _overlaps(mention, source)


def match_utterances(utts: pd.DataFrame, gold: pd.DataFrame, min_cover: float) -> pd.DataFrame:
    """One-to-one, best-first matches: an utterance matches a gold quote covering >= min_cover of its Content.

    Returns pred_idx, gold_idx, cover (share of the gold Content characters covered by the utterance).
    """
    pairs = []
    for doc, gg in gold.groupby("doc_id", sort=True):
        uu = utts[utts["doc_id"] == doc]
        gchars = {gi: _chars(g) for gi, g in zip(gg.index, gg["content"])}
        cands = []
        for ui, pieces in zip(uu.index, uu["pieces"]):
            lo, hi = min(a for a, _ in pieces), max(b for _, b in pieces)
            uch = None
            for gi, g in zip(gg.index, gg["content"]):
                if g[-1][1] <= lo or g[0][0] >= hi:
                    continue
                uch = _chars(pieces) if uch is None else uch
                cover = len(uch & gchars[gi]) / max(len(gchars[gi]), 1)
                if cover >= min_cover:
                    cands.append((cover, ui, gi))
        used_u: set[int] = set()
        used_g: set[int] = set()
        for cover, ui, gi in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
            if ui not in used_u and gi not in used_g:
                used_u.add(ui)
                used_g.add(gi)
                pairs.append({"pred_idx": ui, "gold_idx": gi, "cover": cover})
    return pd.DataFrame(pairs, columns=["pred_idx", "gold_idx", "cover"])


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts.

    >>> prf(1, 2, 4)
    (0.5, 0.25, 0.3333333333333333)
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_utterances(utts: pd.DataFrame, gold: pd.DataFrame, min_cover: float) -> dict:
    """Quote P/R/F1, speaker accuracy on matched quotes and end-to-end F1 at one coverage threshold.

    >>> u = pd.DataFrame({"doc_id": ["a"], "utterance_id": [0], "pieces": [[(1, 9)]], "mention": [(12, 14)], "speaker": ["he"]})
    >>> g = pd.DataFrame({"doc_id": ["a"], "content": [[(0, 10)]], "source": [[(12, 14)]]})
    >>> s = score_utterances(u, g, 0.3); s["f1"], s["speaker_accuracy"], s["e2e_f1"]
    (1.0, 1.0, 1.0)
    """
    m = match_utterances(utts, gold, min_cover)
    right = [speaker_right(utts.loc[u, "mention"], gold.loc[g, "source"]) for u, g in zip(m["pred_idx"], m["gold_idx"])]
    p, r, f = prf(len(m), len(utts), len(gold))
    ep, er, ef = prf(sum(right), len(utts), len(gold))
    return {"n_pred": len(utts), "n_gold": len(gold), "matched": len(m), "precision": p, "recall": r, "f1": f,
            "speaker_right": sum(right), "speaker_accuracy": sum(right) / len(right) if right else 0.0,
            "e2e_precision": ep, "e2e_recall": er, "e2e_f1": ef}


# --------------------------------------------------------------------------------------------------
# The project's own annotation files (bundled corpus, held-out JSONL passages): span-level scoring
# --------------------------------------------------------------------------------------------------
def normalise_speaker(s: str) -> str:
    """Lower-case, ASCII, no leading determiner or honorific: the key used to compare speaker strings.

    >>> normalise_speaker("The Iraqi Army"), normalise_speaker("Mr Almeida")
    ('iraqi army', 'almeida')
    """
    from analysis.quotes.lexicon import DETERMINERS, HONORIFICS

    s = re.sub(r"[’'`]", "", unidecode(str(s or "")).lower().strip())
    toks = s.split()
    while toks and (toks[0] in DETERMINERS or toks[0].rstrip(".") in HONORIFICS):
        toks = toks[1:]
    return " ".join(toks)


def same_speaker(a: str, b: str) -> bool:
    """Fuzzy speaker equality: identical keys, a token-set ratio >= 85, or the same person by name.

    >>> same_speaker("Yahya Rasoul", "Yehia Rasool"), same_speaker("Malik", "Hamdi Malik"), same_speaker("he", "Biden")
    (True, True, False)
    """
    from analysis.quotes.speakers import same_person

    na, nb = normalise_speaker(a), normalise_speaker(b)
    if not na or not nb:
        return na == nb
    if na == nb or (fuzz.token_set_ratio(na, nb) >= 85 and min(len(na), len(nb)) >= 4):
        return True
    return same_person(a, b)[0]


def match_spans(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5) -> pd.DataFrame:
    """One-to-one matches of predicted and gold spans (per doc_id when present) by character overlap.

    >>> p = pd.DataFrame({"start": [0], "end": [10]}); g = pd.DataFrame({"start": [2], "end": [10]})
    >>> match_spans(p, g)[["pred_idx", "gold_idx", "exact"]].values.tolist()
    [[0, 0, False]]
    """
    pairs = []
    p = pred.assign(doc_id=pred["doc_id"] if "doc_id" in pred else "_")
    g = gold.assign(doc_id=gold["doc_id"] if "doc_id" in gold else "_")
    for doc in sorted(set(g["doc_id"]) | set(p["doc_id"])):
        pp, gg = p[p["doc_id"] == doc], g[g["doc_id"] == doc]
        cands = []
        for pi, ps, pe in zip(pp.index, pp["start"], pp["end"]):
            for gi, gs, ge in zip(gg.index, gg["start"], gg["end"]):
                ov = min(pe, ge) - max(ps, gs)
                if ov > 0 and (ov / (ge - gs) >= min_overlap or ov / (pe - ps) >= min_overlap):
                    cands.append((ov / max(pe - ps, ge - gs), pi, gi))
        used_p: set = set()
        used_g: set = set()
        for score, pi, gi in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
            if pi not in used_p and gi not in used_g:
                used_p.add(pi)
                used_g.add(gi)
                exact = bool(pred.loc[pi, "start"] == gold.loc[gi, "start"] and pred.loc[pi, "end"] == gold.loc[gi, "end"])
                pairs.append({"doc_id": doc, "pred_idx": pi, "gold_idx": gi, "overlap": score, "exact": exact})
    return pd.DataFrame(pairs, columns=["doc_id", "pred_idx", "gold_idx", "overlap", "exact"])


def _speech(df: pd.DataFrame) -> pd.DataFrame:
    """Rows flagged as speech (all rows when there is no is_speech column), reindexed."""
    return (df[df["is_speech"].astype(bool)] if "is_speech" in df else df).reset_index(drop=True)


def evaluate_quotes(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Span P/R/F1 (overlap >= 50 % and exact) and speaker accuracy on matched speech quotes.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [1], "end": [5], "speaker": ["Kirby"], "is_speech": [True]})
    >>> p = g.assign(speaker="John Kirby"); evaluate_quotes(p, g)["speaker_accuracy"]
    1.0
    """
    pr, gd = _speech(pred), _speech(gold)
    m = match_spans(pr, gd)
    p, r, f = prf(len(m), len(pr), len(gd))
    pe, re_, fe = prf(int(m["exact"].sum()) if len(m) else 0, len(pr), len(gd))
    pairs = list(zip(m["pred_idx"], m["gold_idx"]))
    correct = [same_speaker(pr.loc[a, "speaker"], gd.loc[b, "speaker"]) for a, b in pairs]
    extra = {}
    for col, key in [("speaker_group", "group_accuracy"), ("kind", "kind_accuracy")]:
        if col in pr and col in gd and pairs:
            extra[key] = sum(pr.loc[a, col] == gd.loc[b, col] for a, b in pairs) / len(pairs)
    return {"n_pred": len(pr), "n_gold": len(gd), "matched": len(m), "precision": p, "recall": r, "f1": f,
            "exact_precision": pe, "exact_recall": re_, "exact_f1": fe,
            "speaker_accuracy": (sum(correct) / len(correct)) if correct else 0.0,
            "speaker_accuracy_all_gold": (sum(correct) / len(gd)) if len(gd) else 0.0, **extra}


def quote_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Table of errors: missed gold quotes, spurious predictions, boundary and speaker mismatches.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [1], "end": [5], "quote": ["abcd"], "speaker": ["X"], "is_speech": [True]})
    >>> quote_errors(g.iloc[:0], g)["error"].tolist()
    ['missed']
    """
    pr, gd = _speech(pred), _speech(gold)
    m = match_spans(pr, gd)
    doc = lambda df, i: df.loc[i, "doc_id"] if "doc_id" in df else ""  # noqa: E731
    rows = []
    for a, b, exact in zip(m["pred_idx"], m["gold_idx"], m["exact"]):
        base = {"doc_id": doc(gd, b), "gold_quote": gd.loc[b, "quote"], "pred_quote": pr.loc[a, "quote"],
                "gold_speaker": gd.loc[b, "speaker"], "pred_speaker": pr.loc[a, "speaker"]}
        if not exact:
            rows.append({**base, "error": "boundary"})
        if not same_speaker(pr.loc[a, "speaker"], gd.loc[b, "speaker"]):
            rows.append({**base, "error": "speaker"})
    for b in sorted(set(gd.index) - set(m["gold_idx"])):
        rows.append({"doc_id": doc(gd, b), "error": "missed", "gold_quote": gd.loc[b, "quote"], "pred_quote": "",
                     "gold_speaker": gd.loc[b, "speaker"], "pred_speaker": ""})
    for a in sorted(set(pr.index) - set(m["pred_idx"])):
        rows.append({"doc_id": doc(pr, a), "error": "spurious", "gold_quote": "", "pred_quote": pr.loc[a, "quote"],
                     "gold_speaker": "", "pred_speaker": pr.loc[a, "speaker"]})
    cols = ["doc_id", "error", "gold_quote", "pred_quote", "gold_speaker", "pred_speaker"]
    return pd.DataFrame(rows, columns=cols).sort_values(["doc_id", "error"], kind="stable").reset_index(drop=True)


def load_heldout(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a held-out JSONL file (id, split, text, quotes[...]) into (texts, gold) tables.

    texts: doc_id, split, text; gold: doc_id, split, start, end, quote, kind, speaker, is_speech.
    Offsets are checked (text[start:end] == quote) so a corrupted file fails loudly.

    >>> import json, tempfile, os
    >>> rec = {"id": "x1", "split": "dev", "text": '"Hi," he said.',
    ...        "quotes": [{"start": 1, "end": 4, "quote": "Hi,", "kind": "direct", "speaker": "", "is_speech": True}]}
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False); _ = f.write(json.dumps(rec)); f.close()
    >>> texts, gold = load_heldout(f.name); os.unlink(f.name)
    >>> texts.doc_id.tolist(), gold[["start", "end", "quote"]].values.tolist()
    (['x1'], [[1, 4, 'Hi,']])
    """
    texts, gold = [], []
    for line in Path(str(path)).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        texts.append({"doc_id": rec["id"], "split": rec.get("split", ""), "text": rec["text"]})
        for q in rec.get("quotes", []):
            if rec["text"][q["start"]:q["end"]] != q["quote"]:
                raise ValueError(f"{rec['id']}: offsets {q['start']}-{q['end']} do not match the quote {q['quote']!r}")
            gold.append({"doc_id": rec["id"], "split": rec.get("split", ""), "start": int(q["start"]),
                         "end": int(q["end"]), "quote": q["quote"], "kind": q.get("kind", ""),
                         "speaker": q.get("speaker", ""), "is_speech": bool(q.get("is_speech", True))})
    tcols = {"doc_id": "str", "split": "str", "text": "str"}
    gcols = {"doc_id": "str", "split": "str", "start": "int64", "end": "int64", "quote": "str", "kind": "str",
             "speaker": "str", "is_speech": "bool"}
    t = pd.DataFrame(texts, columns=list(tcols)).astype(tcols)
    g = pd.DataFrame(gold, columns=list(gcols)).astype(gcols)
    return (t.sort_values("doc_id", kind="stable").reset_index(drop=True),
            g.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True))


def evaluate_heldout(path: str | Path) -> pd.DataFrame:
    """Span P/R/F1 (overlap and exact), speaker and kind accuracy of extract_quotes per split of a held-out file.

    One row per split (sorted) plus 'all'; columns: split, n_passages and the keys of ``evaluate_quotes``.
    """
    from analysis.quotes import extract_corpus_quotes

    texts, gold = load_heldout(path)
    pred = extract_corpus_quotes(texts)
    rows = []
    for split in sorted(set(texts["split"])) + ["all"]:
        ids = set(texts["doc_id"]) if split == "all" else set(texts.loc[texts["split"] == split, "doc_id"])
        ev = evaluate_quotes(pred[pred["doc_id"].isin(ids)].reset_index(drop=True),
                             gold[gold["doc_id"].isin(ids)].reset_index(drop=True))
        rows.append({"split": split, "n_passages": len(ids), **ev})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------------
# Error analysis by failure type
# --------------------------------------------------------------------------------------------------
ERROR_COLUMNS = ["doc_id", "error", "cause", "gold_start", "gold_end", "pred_start", "pred_end", "gold_source",
                 "pred_mention", "pred_speaker"]


def _missed_cause(pred: pd.DataFrame, content: Spans, min_cover: float) -> str:
    """Why a gold quote found no predicted utterance: no quote predicted, covered too little, or not speech."""
    gch = _chars(content)
    lo, hi = content[0][0], content[-1][1]
    near = pred[(pred["end"] > lo) & (pred["start"] < hi)]
    hits = [(s, e, sp, r) for s, e, sp, r in zip(near["start"], near["end"], near["is_speech"], near["non_speech_reason"])
            if _chars([(s, e)]) & gch]
    if not hits:
        return "no quote predicted in it"
    best = max(hits, key=lambda h: len(_chars([(h[0], h[1])]) & gch))
    if not best[2]:
        return f"flagged not speech: {best[3]}"
    if len(_chars([(best[0], best[1])]) & gch) / len(gch) < min_cover:
        return "partial quote covers too little of the content"
    return "its quote matched another gold attribution"


def _spurious_cause(gold: pd.DataFrame, pieces: list[tuple[int, int]], has_mention: bool) -> str:
    """Why a predicted utterance matched no gold quote."""
    uch = _chars(pieces)
    lo, hi = min(a for a, _ in pieces), max(b for _, b in pieces)
    for c in gold["content"]:
        if c[-1][1] > lo and c[0][0] < hi and _chars(c) & uch:
            return "inside an annotated content it covers too little of"
    return "no annotated attribution holds it" + ("" if has_mention else " (no speaker predicted either)")


def _speaker_cause(text: str, mention: tuple[int, int], source: Spans, where: str) -> str:
    """Why a matched quote's speaker mention misses the gold Source."""
    from analysis.quotes import lexicon
    from analysis.quotes.mentions import np_at_end

    if mention[0] < 0:
        return "no speaker predicted"
    if not source:
        return "speaker predicted, none annotated"
    words = text[mention[0]:mention[1]].lower().split()
    src = " ".join(text[a:b] for a, b in source).lower().split()
    if where in {"inherited", "previous paragraph", "utterance"}:
        return f"speaker carried over ({where})"
    if np_at_end(text, mention[0], mention[1]) is None:
        return "not a noun phrase (verb, adverb or place returned)"
    if len(src) == 1 and src[0] in set(lexicon.PRONOUNS) | {"who"}:
        return "annotated pronoun, other mention predicted"
    if words and all(w.strip(".,") in lexicon.titles() or w in lexicon.role_nouns() for w in words):
        return "title or role only"
    return "wrong candidate"


def error_table(texts: pd.DataFrame, gold: pd.DataFrame, pred: pd.DataFrame, min_cover: float) -> pd.DataFrame:
    """Every missed, spurious and wrong-speaker case at one coverage threshold, with its cause."""
    utts = utterances(pred)
    where = pred.groupby(["doc_id", "utterance_id"])["attribution"].first() if len(pred) else pd.Series(dtype=str)
    m = match_utterances(utts, gold, min_cover)
    T = dict(zip(texts["doc_id"], texts["text"]))
    rows = []
    for ui, gi in zip(m["pred_idx"], m["gold_idx"]):
        u, g = utts.loc[ui], gold.loc[gi]
        if not speaker_right(u["mention"], g["source"]):
            w = where.get((u["doc_id"], u["utterance_id"]), "")
            rows.append({"doc_id": g["doc_id"], "error": "wrong speaker",
                         "cause": _speaker_cause(T[g["doc_id"]], u["mention"], g["source"], w),
                         "gold_start": g["content"][0][0], "gold_end": g["content"][-1][1],
                         "pred_start": u["pieces"][0][0], "pred_end": u["pieces"][-1][1], "gold_source": g["source_text"],
                         "pred_mention": T[g["doc_id"]][u["mention"][0]:u["mention"][1]] if u["mention"][0] >= 0 else "",
                         "pred_speaker": u["speaker"]})
    by_doc = {d: p for d, p in pred.groupby("doc_id")}
    for gi in sorted(set(gold.index) - set(m["gold_idx"])):
        g = gold.loc[gi]
        p = by_doc.get(g["doc_id"], pred.iloc[:0])
        rows.append({"doc_id": g["doc_id"], "error": "missed quote", "cause": _missed_cause(p, g["content"], min_cover),
                     "gold_start": g["content"][0][0], "gold_end": g["content"][-1][1], "pred_start": -1, "pred_end": -1,
                     "gold_source": g["source_text"], "pred_mention": "", "pred_speaker": ""})
    gold_by_doc = {d: x for d, x in gold.groupby("doc_id")}
    for ui in sorted(set(utts.index) - set(m["pred_idx"])):
        u = utts.loc[ui]
        gg = gold_by_doc.get(u["doc_id"], gold.iloc[:0])
        rows.append({"doc_id": u["doc_id"], "error": "spurious quote",
                     "cause": _spurious_cause(gg, u["pieces"], u["mention"][0] >= 0),
                     "gold_start": -1, "gold_end": -1, "pred_start": u["pieces"][0][0], "pred_end": u["pieces"][-1][1],
                     "gold_source": "", "pred_mention": T[u["doc_id"]][u["mention"][0]:u["mention"][1]] if u["mention"][0] >= 0 else "",
                     "pred_speaker": u["speaker"]})
    return pd.DataFrame(rows, columns=ERROR_COLUMNS)


# --------------------------------------------------------------------------------------------------
# Speaker groups on real layers: the group resolve_speakers gives, on matched quotes with the right speaker
# --------------------------------------------------------------------------------------------------
def utterance_groups(resolved: pd.DataFrame, utts: pd.DataFrame) -> list[str]:
    """The speaker group of each utterance: that of its first piece with a speaker mention ('' when none).

    >>> r = pd.DataFrame({"doc_id": ["a", "a"], "utterance_id": [0, 0], "speaker_mention_start": [-1, 5],
    ...                   "speaker_group": ["", "military"]})
    >>> utterance_groups(r, pd.DataFrame({"doc_id": ["a"], "utterance_id": [0]}))
    ['military']
    """
    got: dict[tuple[str, int], str] = {}
    for doc, utt, ms, grp in zip(resolved["doc_id"], resolved["utterance_id"], resolved["speaker_mention_start"],
                                 resolved["speaker_group"]):
        key = (doc, int(utt))
        if ms >= 0 and key not in got:
            got[key] = grp or ""
    return [got.get((d, int(u)), "") for d, u in zip(utts["doc_id"], utts["utterance_id"])]


def score_groups(utts: pd.DataFrame, groups: list[str], gold: pd.DataFrame, min_cover: float = 0.3) -> dict:
    """Group accuracy, share ``unknown`` and a gold x predicted confusion on matched quotes whose speaker is right.

    Only gold quotes with a speaker and a gold ``speaker_group`` count.
    >>> u = pd.DataFrame({"doc_id": ["a", "a"], "utterance_id": [0, 1], "pieces": [[(0, 9)], [(20, 29)]],
    ...                   "mention": [(12, 14), (32, 34)], "speaker": ["X", "Y"]})
    >>> g = pd.DataFrame({"doc_id": ["a", "a"], "content": [[(0, 10)], [(20, 30)]], "source": [[(12, 14)], [(32, 34)]],
    ...                   "speaker_group": ["military", "civilian"]})
    >>> s = score_groups(u, ["military", "unknown"], g); s["group_accuracy"], s["unknown_share"], s["confusion"][0]
    (0.5, 0.5, {'gold': 'civilian', 'predicted': 'unknown', 'n': 1})
    """
    m = match_utterances(utts, gold, min_cover)
    pos = {u: i for i, u in enumerate(utts.index)}
    pairs = [(gold.loc[g, "speaker_group"], groups[pos[u]] or "unknown")
             for u, g in zip(m["pred_idx"], m["gold_idx"])
             if gold.loc[g, "source"] and gold.loc[g, "speaker_group"] and speaker_right(utts.loc[u, "mention"], gold.loc[g, "source"])]
    conf = pd.DataFrame(pairs, columns=["gold", "predicted"]).value_counts().rename("n").reset_index()
    conf = conf.sort_values(["gold", "n", "predicted"], ascending=[True, False, True], kind="stable")
    n = len(pairs)
    return {"n": n, "group_right": sum(a == b for a, b in pairs),
            "group_accuracy": sum(a == b for a, b in pairs) / n if n else 0.0,
            "unknown_share": sum(b == "unknown" for _, b in pairs) / n if n else 0.0,
            "confusion": conf.to_dict("records")}
