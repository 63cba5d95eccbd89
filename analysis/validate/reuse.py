"""Scoring the reuse analysis against the held-out overlap set (data/annotations/heldout_overlap.jsonl)."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from ..reuse.alignment import align
from ..reuse.measures import pair_similarity

REUSE_LEVELS = ("verbatim", "light", "heavy", "mixed", "none", "all")
HELDOUT_COLUMNS = ["split", "task", "level", "n_cases", "n_passages", "char_precision", "char_recall",
                   "passage_recall", "false_passages", "shared_quote_passages", "spearman", "separation",
                   "mean_grade4", "mean_grade3", "mean_grade2", "mean_grade1"]


def load_heldout(path: str | os.PathLike) -> pd.DataFrame:
    """Held-out overlap cases (one JSON object per line), one row per case, sorted by ``id``.

    Reuse cases (``task`` ``reuse``) carry ``source_text``, ``host_text`` and gold ``passages``
    (character spans on both sides, each with an obfuscation ``level``); graded pairs (``task``
    ``pair``) carry ``a_text``, ``b_text`` and a 1-4 ``grade``.

    >>> import json, tempfile
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    >>> _ = f.write(json.dumps({"id": "x", "split": "dev", "task": "pair", "grade": 4, "a_text": "a", "b_text": "a"}) + "\\n"); f.close()
    >>> load_heldout(f.name)[["id", "task", "grade"]].values.tolist()
    [['x', 'pair', 4]]
    """
    df = pd.read_json(path, lines=True, dtype=False)
    if "passages" not in df:
        df["passages"] = [[] for _ in range(len(df))]
    return df.sort_values("id", ignore_index=True)


def _heldout_reuse_case(src: str, host: str, gold: list[dict]) -> dict:
    """Character and passage counts of one reuse case: align(source, host) against the gold spans."""
    al = align(src, host)
    flagged = al["is_quote"].astype(bool) if "is_quote" in al else pd.Series(False, index=al.index)
    det = list(zip(al["a_start"], al["a_end"], al["b_start"], al["b_end"]))
    gs, gh = np.zeros(len(src), bool), np.zeros(len(host), bool)
    ds, dh = np.zeros(len(src), bool), np.zeros(len(host), bool)
    for g in gold:
        gs[g["source_start"]:g["source_end"]] = True
        gh[g["host_start"]:g["host_end"]] = True
    for a0, a1, b0, b1 in det:
        ds[a0:a1] = True
        dh[b0:b1] = True
    found, levels = [], []
    for g in gold:  # found: >= 50 % covered on both sides by detections paired with this passage
        cs, ch = np.zeros(len(src), bool), np.zeros(len(host), bool)
        for a0, a1, b0, b1 in det:
            if a1 > g["source_start"] and a0 < g["source_end"] and b1 > g["host_start"] and b0 < g["host_end"]:
                cs[a0:a1] = True
                ch[b0:b1] = True
        ok = (cs[g["source_start"]:g["source_end"]].mean() >= 0.5 and ch[g["host_start"]:g["host_end"]].mean() >= 0.5)
        found.append(bool(ok))
        levels.append(g["level"])
    false_p = sum(not (gs[a0:a1].any() and gh[b0:b1].any()) for a0, a1, b0, b1 in det)
    return {"tp": int((gs & ds).sum() + (gh & dh).sum()), "gold": int(gs.sum() + gh.sum()),
            "det": int(ds.sum() + dh.sum()), "found": found, "levels": levels, "false": int(false_p),
            "quote_flagged": int(flagged.sum())}


def _reuse_rows(reuse: pd.DataFrame) -> list[dict]:
    """Per split and level: character micro P/R, passage recall, false and shared-quote passages."""
    res = [_heldout_reuse_case(s, h, list(g)) for s, h, g in zip(reuse["source_text"], reuse["host_text"], reuse["passages"])]
    rows = []
    for split in sorted(set(reuse["split"])):
        idx = [k for k, sp in enumerate(reuse["split"]) if sp == split]
        case_levels = [reuse["level"].iloc[k] for k in idx]
        for level in REUSE_LEVELS:
            ks = [k for k, lv in zip(idx, case_levels) if level in (lv, "all")]
            # passage recall by passage level (mixed cases contribute their passages to their levels)
            pf = [f for k in idx for f, lv in zip(res[k]["found"], res[k]["levels"]) if level in (lv, "all")]
            if not ks and not pf:
                continue
            tp, gold, det = (sum(res[k][x] for k in ks) for x in ("tp", "gold", "det"))
            rows.append({"split": split, "task": "reuse", "level": level, "n_cases": len(ks), "n_passages": len(pf),
                         "char_precision": round(tp / det, 4) if det else (1.0 if ks else np.nan),
                         "char_recall": round(tp / gold, 4) if gold else np.nan,
                         "passage_recall": round(float(np.mean(pf)), 4) if pf else np.nan,
                         "false_passages": sum(res[k]["false"] for k in ks),
                         "shared_quote_passages": sum(res[k]["quote_flagged"] for k in ks)})
    return rows


def _pair_rows(pairs: pd.DataFrame) -> list[dict]:
    """Per split: Spearman of ``overlap`` with the 1-4 grade, separation, mean overlap per grade."""
    ov = [pair_similarity(a, b)["overlap"] for a, b in zip(pairs["a_text"], pairs["b_text"])]
    pf = pd.DataFrame({"split": pairs["split"].tolist(), "grade": pairs["grade"].astype(int).tolist(), "overlap": ov})
    rows = []
    for split, g in pf.groupby("split", sort=True):
        hi, lo = g.loc[g["grade"] == 4, "overlap"], g.loc[g["grade"] <= 3, "overlap"]
        row = {"split": split, "task": "pair", "level": "graded", "n_cases": len(g),
               "spearman": round(float(g["grade"].rank().corr(g["overlap"].rank())), 4),
               "separation": round(float(hi.min() - lo.max()), 4) if len(hi) and len(lo) else np.nan}
        for k in (4, 3, 2, 1):
            row[f"mean_grade{k}"] = round(float(g.loc[g["grade"] == k, "overlap"].mean()), 4)
        rows.append(row)
    return rows


def evaluate_heldout(path: str | os.PathLike) -> pd.DataFrame:
    """Per split and level metrics of :func:`align` and :func:`pair_similarity` on a held-out file.

    Reuse rows (``task`` ``reuse``, ``level`` verbatim/light/heavy/mixed/none): PAN-style
    character micro ``char_precision``/``char_recall`` over both sides, ``passage_recall`` (a gold
    passage counts as found when >= 50 % of its characters are covered on both sides by detections
    paired with it; per passage level), ``false_passages`` (detections touching no gold span).
    Every detection counts, as a PAN-style scorer counts them; ``shared_quote_passages`` says how
    many of them :func:`align` flagged ``is_quote`` (only a shared quotation, not evidence of copying).
    Pair rows (``task`` ``pair``, ``level`` graded): ``spearman`` of ``overlap`` with the 1-4 grade,
    ``separation`` = min overlap of grade 4 - max overlap of grades <= 3 (> 0: clean split), and the
    mean overlap per grade.

    >>> from analysis import paths
    >>> ev = evaluate_heldout(paths.ANNOTATIONS / "heldout_overlap.jsonl")
    >>> sorted(set(ev["split"])), sorted(set(ev["task"]))
    (['dev', 'test'], ['pair', 'reuse'])
    """
    cases = load_heldout(path)
    rows = _reuse_rows(cases[cases["task"] == "reuse"])
    pairs = cases[cases["task"] == "pair"]
    if len(pairs):
        rows += _pair_rows(pairs)
    return pd.DataFrame(rows, columns=HELDOUT_COLUMNS).sort_values(["split", "task", "level"], ignore_index=True)
