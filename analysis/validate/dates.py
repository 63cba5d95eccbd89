"""Scoring ``date_mentions`` against gold time expressions (TimeML corpora, held-out passages, the bundled gold).

The TimeML protocol (``../shared/data/README.md``): gold = ``TIMEX3 type="DATE"``; a predicted
expression matches a gold one when their character spans overlap (one-to-one, largest overlap first);
relaxed P/R/F1 count matches, value accuracy is exact string equality of the TimeML values on matched
pairs (so the granularity must be the gold's own), and value F1 = relaxed F1 x value accuracy.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.events.timex import date_mentions

from .timeml import GoldTimex, TimemlDoc

__all__ = [
    "ALIGN_COLUMNS", "align_spans", "align_document", "score_alignment", "expression_form", "value_error_cause",
    "evaluate_timeml", "summarise", "error_table", "predict_dates", "granularity", "documents_from_spans",
    "score_date_mentions", "HELDOUT_COLUMNS", "load_heldout", "align_heldout", "score_heldout", "evaluate_dates",
    "REFERENCE_VALUES", "without_unannotated", "without_reference_values", "layer_agreement",
]

#: Columns of an alignment table (one row per gold expression and per unmatched prediction).
ALIGN_COLUMNS: list[str] = [
    "doc_id", "folder", "dct", "outcome", "gold_start", "gold_end", "gold_text", "gold_value",
    "pred_start", "pred_end", "pred_text", "pred_value", "pred_rule", "form", "cause",
]

Predictor = Callable[[str, str], pd.DataFrame]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share (negative when apart)."""
    return min(a[1], b[1]) - max(a[0], b[0])


def align_spans(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matching of overlapping spans, largest overlap first: {gold index: predicted index}.

    >>> align_spans([(0, 5), (10, 20)], [(3, 12), (12, 15), (30, 31)])
    {1: 1, 0: 0}
    """
    pairs = [(_overlap(g, p), -gi, -pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if _overlap(g, p) > 0]
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if -gi not in out and -pi not in used:
            out[-gi] = -pi
            used.add(-pi)
    return out


def predict_dates(text: str, dct: str) -> pd.DataFrame:
    """``date_mentions`` rows of type DATE, with the TimeML value as ``pred_value`` (the benchmark's predictor).

    >>> predict_dates("On Friday, and every day since.", "1998-08-08")[["text", "pred_value"]].values.tolist()
    [['Friday', '1998-08-07']]
    """
    df = date_mentions(text, dct or None)
    if "type" in df.columns:
        df = df[df["type"] == "DATE"]
    col = "timex_value" if "timex_value" in df.columns else "timex"
    return df.assign(pred_value=df[col].astype(str)).reset_index(drop=True)


def align_document(doc_id: str, folder: str, dct: str, gold: Iterable[Any], pred: pd.DataFrame) -> list[dict[str, Any]]:
    """Alignment rows of one document: gold items (start, end, text, value) against predictions (start, end, text, pred_value).

    >>> from analysis.validate.timeml import GoldTimex
    >>> g = [GoldTimex(3, 9, "Friday", "DATE", "1998-08-07")]
    >>> p = pd.DataFrame({"start": [3], "end": [9], "text": ["Friday"], "pred_value": ["1998-08-07"]})
    >>> [r["outcome"] for r in align_document("d", "f", "1998-08-08", g, p)]
    ['correct']
    """
    gold = list(gold)
    spans = list(zip(pred["start"].astype(int), pred["end"].astype(int)))
    match = align_spans([(g.start, g.end) for g in gold], spans)
    base = {"doc_id": doc_id, "folder": folder, "dct": dct}
    rows = []
    for gi, g in enumerate(gold):
        pi = match.get(gi)
        p = pred.iloc[pi] if pi is not None else None
        row = {**base, "gold_start": g.start, "gold_end": g.end, "gold_text": g.text, "gold_value": g.value}
        if p is None:
            rows.append({**row, "outcome": "missed", "form": expression_form(g.text)})
            continue
        ok = str(p["pred_value"]) == g.value
        rows.append({**row, "outcome": "correct" if ok else "wrong_value", "pred_start": int(p["start"]),
                     "pred_end": int(p["end"]), "pred_text": str(p["text"]), "pred_value": str(p["pred_value"]),
                     "pred_rule": str(p.get("rule", "")), "form": expression_form(g.text),
                     "cause": "" if ok else value_error_cause(g.value, str(p["pred_value"]), dct)})
    for pi in sorted(set(range(len(pred))) - set(match.values())):
        p = pred.iloc[pi]
        rows.append({**base, "outcome": "spurious", "pred_start": int(p["start"]), "pred_end": int(p["end"]),
                     "pred_text": str(p["text"]), "pred_value": str(p["pred_value"]), "pred_rule": str(p.get("rule", "")),
                     "form": expression_form(str(p["text"]))})
    return rows


def documents_from_spans(texts: dict[str, str], dcts: dict[str, str], groups: dict[str, str],
                         spans: Iterable[dict[str, Any]]) -> list[TimemlDoc]:
    """TimemlDocs from texts and gold span records ({doc_id, start, end, text, value[, mod]}), all of type DATE.

    ``groups`` puts each document in a folder (e.g. its dev/test split); offsets are checked against the text.

    >>> d = documents_from_spans({"a": "On Friday."}, {"a": "1998-08-08"}, {"a": "dev"},
    ...                          [{"doc_id": "a", "start": 3, "end": 9, "text": "Friday", "value": "1998-08-07"}])
    >>> d[0].folder, [(g.text, g.value) for g in d[0].dates()]
    ('dev', [('Friday', '1998-08-07')])
    """
    by_doc: dict[str, list[GoldTimex]] = {k: [] for k in texts}
    for r in spans:
        text = texts[r["doc_id"]]
        if text[r["start"] : r["end"]] != r["text"]:
            raise ValueError(f"{r['doc_id']}: offsets {r['start']}-{r['end']} do not give {r['text']!r}")
        by_doc[r["doc_id"]].append(GoldTimex(r["start"], r["end"], r["text"], "DATE", r["value"], r.get("mod", "")))
    return [TimemlDoc(k, groups.get(k, ""), dcts.get(k, ""), texts[k], tuple(sorted(v, key=lambda g: g.start)))
            for k, v in sorted(by_doc.items())]


def layer_agreement(first: Iterable[TimemlDoc], second: Iterable[TimemlDoc]) -> pd.DataFrame:
    """Alignment table of a second annotator's DATE layer (read as predictions) against the first's, per document.

    >>> from analysis.validate.timeml import GoldTimex
    >>> a = [TimemlDoc("d", "dev", "2021-07-07", "Now, on Friday.", (GoldTimex(8, 14, "Friday", "DATE", "2021-07-02"),))]
    >>> b = [TimemlDoc("d", "dev", "2021-07-07", "Now, on Friday.", (GoldTimex(0, 3, "Now", "DATE", "PRESENT_REF"),
    ...                                                                  GoldTimex(8, 14, "Friday", "DATE", "2021-07-02")))]
    >>> layer_agreement(a, b)["outcome"].tolist()
    ['correct', 'spurious']
    """
    other = {d.doc_id: d for d in second}
    rows: list[dict[str, Any]] = []
    for d in first:
        b = other[d.doc_id].dates() if d.doc_id in other else ()
        pred = pd.DataFrame({"start": [g.start for g in b], "end": [g.end for g in b], "text": [g.text for g in b],
                             "pred_value": [g.value for g in b]})
        rows += align_document(d.doc_id, d.folder, d.dct, d.dates(), pred)
    return _table(rows)


def _table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Alignment rows as a typed table (nullable offsets, string columns)."""
    df = pd.DataFrame(rows, columns=ALIGN_COLUMNS)
    for c in ("gold_start", "gold_end", "pred_start", "pred_end"):
        df[c] = df[c].astype("Int64")
    for c in set(ALIGN_COLUMNS) - {"gold_start", "gold_end", "pred_start", "pred_end"}:
        df[c] = df[c].astype("string").fillna("")
    return df


def evaluate_timeml(docs: Iterable[TimemlDoc], predict: Predictor | None = None) -> pd.DataFrame:
    """Alignment table of every document's DATE gold against ``predict(text, dct)`` (default ``predict_dates``).

    >>> from analysis.validate.timeml import parse_timeml
    >>> d = parse_timeml('<DCT><TIMEX3 type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
    ...                  '<TEXT>Bombs hit <TIMEX3 type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>', "d", "TB")
    >>> evaluate_timeml([d])["outcome"].tolist()
    ['correct']
    """
    predict = predict or predict_dates
    rows: list[dict[str, Any]] = []
    for d in docs:
        rows += align_document(d.doc_id, d.folder, d.dct, d.dates(), predict(d.text, d.dct))
    return _table(rows)


#: TimeML's vague reference values ("now", "recently", "the future"): annotated in TimeBank and AQUAINT; the
#: attack-report layers leave them out on an undated page (as every expression relative to the publication date) and
#: mostly on dated pages too
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def without_unannotated(table: pd.DataFrame) -> pd.DataFrame:
    """The alignment table without what our layers leave unannotated by rule (ANNOTATION.md: "an undated page leaves
    relative expressions unannotated"): on a page with no publication date, a prediction the date would have resolved
    (a value starting ``XXXX``) that overlaps no gold one, and every vague reference to the present ("now",
    "recently": ``PRESENT_REF``...) on either side, predicted or annotated, so that the rule cuts both ways.

    >>> t = pd.DataFrame({"dct": ["", "", "", "", "2021-07-07"], "outcome": ["spurious", "spurious", "correct", "missed",
    ...                   "spurious"], "gold_value": ["", "", "PAST_REF", "2020", ""],
    ...                   "pred_value": ["XXXX-WXX-3", "FUTURE_REF", "PAST_REF", "", "XXXX-WXX-3"]})
    >>> without_unannotated(t)["outcome"].tolist()
    ['missed', 'spurious']
    """
    value, gold = table["pred_value"].astype(str), table["gold_value"].astype(str)
    undated = table["dct"].astype(str) == ""
    unresolved = (table["outcome"] == "spurious") & value.str.startswith("XXXX")
    vague = value.isin(REFERENCE_VALUES) | gold.isin(REFERENCE_VALUES)
    return table[~(undated & (unresolved | vague))]


def without_reference_values(table: pd.DataFrame) -> pd.DataFrame:
    """The alignment table without the rows where either side's value is a vague reference (``PRESENT_REF``...):
    the score a layer would get if both conventions agreed to leave them out (a sensitivity figure, not the score).

    >>> t = pd.DataFrame({"outcome": ["spurious", "correct", "missed"], "gold_value": ["", "2021", "PAST_REF"],
    ...                   "pred_value": ["PRESENT_REF", "2021", ""]})
    >>> without_reference_values(t)["outcome"].tolist()
    ['correct']
    """
    ref = table["gold_value"].astype(str).isin(REFERENCE_VALUES) | table["pred_value"].astype(str).isin(REFERENCE_VALUES)
    return table[~ref]


def score_alignment(table: pd.DataFrame) -> dict[str, float | int]:
    """Relaxed precision/recall/F1, value accuracy on matched pairs and value F1 of an alignment table.

    >>> t = pd.DataFrame({"outcome": ["correct", "wrong_value", "missed", "spurious"]})
    >>> s = score_alignment(t); (s["relaxed_f1"], s["value_accuracy"], s["value_f1"])
    (0.667, 0.5, 0.333)
    """
    n = table["outcome"].value_counts()
    correct, wrong = int(n.get("correct", 0)), int(n.get("wrong_value", 0))
    matched = correct + wrong
    gold, predicted = matched + int(n.get("missed", 0)), matched + int(n.get("spurious", 0))
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = correct / matched if matched else 0.0
    return {"gold": gold, "predicted": predicted, "matched": matched, "correct": correct,
            "relaxed_precision": round(p, 3), "relaxed_recall": round(r, 3), "relaxed_f1": round(f1, 3),
            "value_accuracy": round(acc, 3), "value_f1": round(f1 * acc, 3)}


def summarise(table: pd.DataFrame, by: str = "folder") -> pd.DataFrame:
    """Scores per value of ``by`` (e.g. folder or split) and overall ('all').

    >>> t = pd.DataFrame({"folder": ["A", "B"], "outcome": ["correct", "missed"]})
    >>> summarise(t)[["folder", "relaxed_f1"]].values.tolist()
    [['A', 1.0], ['B', 0.0], ['all', 0.667]]
    """
    rows = [{by: key, "documents": int(part["doc_id"].nunique()) if "doc_id" in part else 0, **score_alignment(part)}
            for key, part in table.groupby(by, sort=True)]
    rows.append({by: "all", "documents": int(table["doc_id"].nunique()) if "doc_id" in table else 0,
                 **score_alignment(table)})
    return pd.DataFrame(rows)


def error_table(table: pd.DataFrame) -> pd.DataFrame:
    """Counts of errors by kind (missed / spurious by form, wrong value by cause), largest first.

    >>> t = pd.DataFrame({"outcome": ["missed", "missed", "wrong_value"], "form": ["weekday", "weekday", "year"],
    ...                   "cause": ["", "", "granularity"], "gold_text": ["Friday", "Monday", "1998"],
    ...                   "pred_text": ["", "", "1998"], "gold_value": ["", "", "1998"], "pred_value": ["", "", "1998-08"]})
    >>> error_table(t)[["error", "kind", "n"]].values.tolist()
    [['missed', 'weekday', 2], ['wrong value', 'granularity', 1]]
    """
    bad = table[table["outcome"] != "correct"]
    rows = []
    for (outcome, kind), part in bad.groupby([bad["outcome"], bad["cause"].where(bad["outcome"] == "wrong_value", bad["form"])]):
        text = part["gold_text"].where(part["outcome"] != "spurious", part["pred_text"])
        pairs = [f"{t} ({g}->{p})" if o == "wrong_value" else str(t) for t, g, p, o in
                 zip(text, part["gold_value"], part["pred_value"], part["outcome"])]
        rows.append({"error": str(outcome).replace("_", " "), "kind": kind, "n": len(part),
                     "examples": "; ".join(list(dict.fromkeys(pairs))[:4])})
    out = pd.DataFrame(rows, columns=["error", "kind", "n", "examples"])
    return out.sort_values(["n", "error", "kind"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


# ------------------------------------------------------------------------------ error classes
_FORMS: list[tuple[str, str]] = [
    ("ref_word", r"^(?:the\s+)?(?:now|currently|presently|today's|nowadays|recently|lately|formerly|previously|"
                 r"the\s+(?:near\s+|distant\s+)?(?:future|past|present)|once|soon|at\s+present|these\s+days|at\s+the\s+moment)$"),
    ("named_day", r"^(?:yesterday|today|tomorrow|tonight)\b"),
    ("full_date", r"\b(?:1[0-9]|20)\d\d\b.*\b\d{1,2}\b|\b\d{1,2}\b.*\b(?:1[0-9]|20)\d\d\b|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}"),
    ("month_day", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    ("month_year", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:of\s+)?(?:1[0-9]|20)\d\d\b"),
    ("weekday", r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"),
    ("quarter_half", r"\bquarter|\bhalf\b|\bq[1-4]\b"),
    ("season", r"\b(?:spring|summer|autumn|fall|winter)\b"),
    ("decade_century", r"\d0'?s\b|\bcentury\b|\bdecade\b"),
    ("ago_offset", r"\b(?:ago|earlier|later|before|after|from\s+now|since)\b"),
    ("relative_unit", r"\b(?:this|last|next|past|coming|previous|current|following|prior)\b"),
    ("month_name", r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"),
    ("year", r"\b(?:1[0-9]|20)\d\d\b|'\d\d\b"),
    ("unit_word", r"\b(?:day|week|weekend|month|year|period|time|moment|era|date)s?\b"),
]
_FORMS_RX = [(name, re.compile(rx, re.I)) for name, rx in _FORMS]


def expression_form(text: str) -> str:
    """Coarse form of a time expression, for error tables ('weekday', 'month_day', 'year', 'ref_word', ...).

    >>> [expression_form(t) for t in ["Friday", "Aug. 7", "1998", "now", "a year ago", "the fourth quarter"]]
    ['weekday', 'month_day', 'year', 'ref_word', 'ago_offset', 'quarter_half']
    """
    t = text.strip()
    for name, rx in _FORMS_RX:
        if rx.search(t):
            return name
    return "other"


_GRANULARITY = [("ref", r"^(?:PAST|PRESENT|FUTURE)_REF$"), ("day", r"^\d{4}-\d\d-\d\d"), ("week", r"^\d{4}-W\d\d"),
                ("month", r"^\d{4}-\d\d$"), ("quarter", r"^\d{4}-[QH]\d$"), ("season", r"^\d{4}-(?:SP|SU|FA|WI)$"),
                ("year", r"^\d{4}$"), ("decade", r"^\d{3}$"), ("century", r"^\d{2}$")]


def granularity(value: str) -> str:
    """Granularity of a TimeML value ('day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'ref', 'other').

    >>> [granularity(v) for v in ["1998-08-07", "1998-08", "1998-W32", "199", "PAST_REF", "XXXX-WXX"]]
    ['day', 'month', 'week', 'decade', 'ref', 'other']
    """
    for name, rx in _GRANULARITY:
        if re.match(rx, value):
            return name
    return "other"


def _at_granularity(dct: str, grain: str) -> str:
    """The creation date written at a granularity, to compare values of that granularity with it."""
    if not re.match(r"^\d{4}-\d\d-\d\d$", dct or ""):
        return ""
    y, m, d = (int(x) for x in dct.split("-"))
    if grain == "week":
        iy, iw, _ = date(y, m, d).isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    return {"day": dct, "month": dct[:7], "year": dct[:4], "quarter": f"{y:04d}-Q{(m - 1) // 3 + 1}"}.get(grain, "")


def value_error_cause(gold: str, pred: str, dct: str) -> str:
    """Why a matched expression has the wrong value: underspecified, reference class, granularity, tense direction, year, anchor.

    >>> [value_error_cause(g, p, "1998-08-08") for g, p in [("1998-WXX", "1998-W32"), ("1998-08", "1998-08-07"),
    ...     ("1998-08-11", "1998-08-04"), ("1997-03", "1998-03"), ("1998-08-03", "1998-08-04"), ("PAST_REF", "1998")]]
    ['underspecified', 'granularity', 'tense direction', 'year', 'anchor', 'reference class']
    """
    if "X" in gold or "X" in pred or not pred:
        return "underspecified"
    g, p = granularity(gold), granularity(pred)
    if "ref" in (g, p):
        return "reference class"
    if g != p:
        return "granularity"
    here = _at_granularity(dct, g)
    if here and gold != pred and (gold < here) != (pred < here) and here not in (gold, pred):
        return "tense direction"
    if gold[4:] == pred[4:] and gold[:4] != pred[:4]:
        return "year"
    return "anchor"


# ------------------------------------------------------------------------------ bundled gold and held-out passages
def score_date_mentions(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, float]]:
    """Value P/R/F1 of predicted mentions against gold (both: doc_id, start, end, value, precision).

    A gold mention is found when a predicted span overlaps it with the same value (for gold
    values left empty, the same precision: vague or unknown); each prediction is used once.
    Returns the aligned table (outcome tp/fn/fp per row) and the scores.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [3], "end": [10], "value": ["2021-07-06"], "precision": ["day"]})
    >>> p = g.assign(start=6, end=13)
    >>> score_date_mentions(p, g)[1]["f1"]
    1.0
    """
    rows: list[dict[str, Any]] = []
    for doc in sorted(set(gold["doc_id"]) | set(predicted["doc_id"])):
        g = gold[gold["doc_id"] == doc].sort_values("start")
        p = predicted[predicted["doc_id"] == doc].sort_values("start")
        used: set[Any] = set()
        for gr in g.itertuples():
            cand = p[(p["start"] < gr.end) & (p["end"] > gr.start) & ~p.index.isin(list(used))]
            pr = cand.iloc[0] if len(cand) else None
            if pr is not None:
                used.add(cand.index[0])
            gv, gp = str(gr.value or ""), str(gr.precision)
            ok = pr is not None and str(pr["value"]) == gv and (gv != "" or str(pr["precision"]) == gp)
            rows.append({"doc_id": doc, "gold_start": gr.start, "gold_end": gr.end, "gold_value": gv,
                         "gold_precision": gp, "pred_start": pd.NA if pr is None else int(pr["start"]),
                         "pred_end": pd.NA if pr is None else int(pr["end"]),
                         "pred_value": "" if pr is None else str(pr["value"]),
                         "pred_precision": "" if pr is None else str(pr["precision"]),
                         "outcome": "tp" if ok else ("fn" if pr is None else "fn+fp")})
        for pr in p[~p.index.isin(list(used))].itertuples():
            rows.append({"doc_id": doc, "gold_start": pd.NA, "gold_end": pd.NA, "gold_value": "", "gold_precision": "",
                         "pred_start": pr.start, "pred_end": pr.end, "pred_value": str(pr.value),
                         "pred_precision": str(pr.precision), "outcome": "fp"})
    table = pd.DataFrame(rows, columns=["doc_id", "gold_start", "gold_end", "gold_value", "gold_precision",
                                        "pred_start", "pred_end", "pred_value", "pred_precision", "outcome"])
    tp = int((table["outcome"] == "tp").sum())
    fn = int(table["outcome"].isin(["fn", "fn+fp"]).sum())
    fp = int(table["outcome"].isin(["fp", "fn+fp"]).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return table, {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


HELDOUT_COLUMNS: list[str] = ["id", "split", "dct", "convention", "text", "expressions"]


def load_heldout(path: Any = None) -> pd.DataFrame:
    """Passages of a held-out JSONL file (id, split, dct, convention, text, expressions [{start, end, text, value}]).

    ``path`` defaults to data/annotations/heldout_dates.jsonl; offsets are checked against the text.

    >>> import json, tempfile, os
    >>> row = {"id": "x", "split": "dev", "dct": "2021-07-07", "text": "On Tuesday.",
    ...        "expressions": [{"start": 3, "end": 10, "text": "Tuesday", "value": "2021-07-06"}]}
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    ...     _ = f.write(json.dumps(row))
    >>> load_heldout(f.name)[["id", "split", "convention"]].values.tolist(); os.remove(f.name)
    [['x', 'dev', 'auto']]
    """
    import json

    from analysis import paths

    p = paths.ANNOTATIONS / "heldout_dates.jsonl" if path is None else paths.resolve(path)
    rows = []
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            for e in r["expressions"]:
                if r["text"][e["start"] : e["end"]] != e["text"]:
                    raise ValueError(f"{r['id']}: offsets {e['start']}-{e['end']} do not give {e['text']!r}")
            rows.append({"id": str(r["id"]), "split": str(r.get("split", "")), "dct": str(r.get("dct") or ""),
                         "convention": str(r.get("convention") or "auto"), "text": r["text"],
                         "expressions": list(r["expressions"])})
    return pd.DataFrame(rows, columns=HELDOUT_COLUMNS).sort_values("id", kind="stable").reset_index(drop=True)


def align_heldout(passages: pd.DataFrame, column: str = "timex") -> pd.DataFrame:
    """Gold expressions aligned with ``date_mentions`` output: one row per gold or unmatched predicted mention.

    Predictions are the DATE-typed rows (the gold holds DATE expressions only: no times, durations or sets). A gold
    expression is matched by an overlapping prediction (each used once, preferring one with the gold value in
    ``column``); outcome is tp (same value), wrong (overlap, other value), fn (missed) or fp.

    >>> p = pd.DataFrame([{"id": "x", "split": "dev", "dct": "2021-07-07", "convention": "auto", "text": "On Tuesday, 14 rockets.",
    ...                    "expressions": [{"start": 3, "end": 10, "text": "Tuesday", "value": "2021-07-06"}]}])
    >>> align_heldout(p)["outcome"].tolist()
    ['tp']
    """
    out: list[dict[str, Any]] = []
    for r in passages.itertuples(index=False):
        df = date_mentions(r.text, r.dct or None, r.convention if r.convention in {"auto", "mdy", "dmy"} else "auto")
        df = df[df["type"] == "DATE"]
        preds = list(zip(df["start"].tolist(), df["end"].tolist(), df["text"].tolist(), df[column].astype(str).tolist()))
        used: set[int] = set()
        for g in r.expressions:
            over = [i for i, p in enumerate(preds) if i not in used and p[0] < g["end"] and g["start"] < p[1]]
            same = [i for i in over if preds[i][3] == g["value"]]
            i = (same or over or [None])[0]
            if i is not None:
                used.add(i)
            out.append({"id": r.id, "split": r.split, "gold_text": g["text"], "gold_value": g["value"],
                        "pred_text": "" if i is None else preds[i][2], "pred_value": "" if i is None else preds[i][3],
                        "outcome": "fn" if i is None else ("tp" if same else "wrong")})
        for i, p in enumerate(preds):
            if i not in used:
                out.append({"id": r.id, "split": r.split, "gold_text": "", "gold_value": "", "pred_text": p[2],
                            "pred_value": p[3], "outcome": "fp"})
    cols = ["id", "split", "gold_text", "gold_value", "pred_text", "pred_value", "outcome"]
    return pd.DataFrame(out, columns=cols).astype({c: "string" for c in cols})


def score_heldout(passages: pd.DataFrame, columns: Sequence[str] = ("timex", "value")) -> pd.DataFrame:
    """Value precision/recall/F1 per split and compared column (span overlap + equal value).

    Precision is over all predicted mentions (every extra mention counts against it); ``span_f1`` ignores values.

    >>> p = pd.DataFrame([{"id": "x", "split": "dev", "dct": "2021-07-07", "convention": "auto", "text": "On Tuesday, 14 rockets.",
    ...                    "expressions": [{"start": 3, "end": 10, "text": "Tuesday", "value": "2021-07-06"}]}])
    >>> score_heldout(p, ["timex"])[["split", "column", "f1"]].values.tolist()
    [['dev', 'timex', 1.0]]
    """
    rows = []
    for col in columns:
        table = align_heldout(passages, col)
        for split in sorted(set(table["split"])):
            t = table[table["split"] == split]
            tp, wrong = int((t["outcome"] == "tp").sum()), int((t["outcome"] == "wrong").sum())
            fn, fp = int((t["outcome"] == "fn").sum()), int((t["outcome"] == "fp").sum())
            n_gold, n_pred = tp + wrong + fn, tp + wrong + fp
            prec, rec = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
            sp, sr = ((tp + wrong) / n_pred if n_pred else 0.0), ((tp + wrong) / n_gold if n_gold else 0.0)
            rows.append({"split": split, "column": col, "passages": int(t["id"].nunique()), "gold": n_gold,
                         "predicted": n_pred, "correct": tp, "precision": round(prec, 3), "recall": round(rec, 3),
                         "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
                         "span_f1": round(2 * sp * sr / (sp + sr), 3) if sp + sr else 0.0})
    return pd.DataFrame(rows).sort_values(["split", "column"], kind="stable").reset_index(drop=True)


def evaluate_dates(articles: pd.DataFrame, gold: pd.DataFrame, windows: dict | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Value F1 of ``date_mentions`` against a gold table of time expressions: (per rule, pairs).

    ``gold``: doc_id, clean_start, clean_end, text, value, precision (offsets into the cleaned text;
    rows whose span was removed by cleaning are skipped). Each article is read against its manifest
    date, or against ``windows[doc_id]`` (an inferred publication window) when it has none. A
    prediction is correct when it overlaps a gold span and has the same value and precision; F1 is
    computed per predicted ``rule`` (gold expressions that nothing predicted count as rule 'missed').

    >>> arts = pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"], "text": ["On Wednesday rockets hit."]})
    >>> g = pd.DataFrame({"doc_id": ["a"], "clean_start": [3], "clean_end": [12], "text": ["Wednesday"],
    ...     "value": ["2021-07-07"], "precision": ["day"]})
    >>> float(evaluate_dates(arts, g)[0].set_index("rule").loc["ALL", "f1"])
    1.0
    """
    windows = windows or {}
    preds = []
    for a in articles.itertuples(index=False):
        anchor = a.published or windows.get(a.doc_id)
        preds.append(date_mentions(a.text, anchor).assign(doc_id=a.doc_id, anchor_used=str(anchor or "")))
    pred = pd.concat(preds, ignore_index=True)
    g = gold[gold["doc_id"].isin(articles["doc_id"])].copy()
    if "removed_by" in g.columns:
        g = g[g["removed_by"].fillna("").astype(str).eq("")]
    g = g[pd.to_numeric(g["clean_start"], errors="coerce").notna()]
    g["clean_start"], g["clean_end"] = g["clean_start"].astype(int), g["clean_end"].astype(int)
    pairs, used = [], set()
    for i, r in g.iterrows():
        cand = pred[(pred["doc_id"] == r["doc_id"]) & (pred["start"] < r["clean_end"]) & (pred["end"] > r["clean_start"])]
        cand = cand[~cand.index.isin(used)]
        if cand.empty:
            pairs.append({**r.to_dict(), "pred_text": "", "pred_value": "", "pred_precision": "", "rule": "missed",
                          "correct": False})
            continue
        p = cand.iloc[0]
        used.add(cand.index[0])
        ok = str(p["value"]) == str(r["value"] if pd.notna(r["value"]) else "") and \
            str(p["precision"]) == str(r["precision"])
        pairs.append({**r.to_dict(), "pred_text": p["text"], "pred_value": p["value"], "pred_precision": p["precision"],
                      "rule": p["rule"], "correct": ok})
    pairs = pd.DataFrame(pairs)
    spurious = pred[~pred.index.isin(used)]
    rows = []
    for rule in sorted(set(pred["rule"]) | {"missed"}):
        pr = pairs[pairs["rule"] == rule] if len(pairs) else pairs
        tp = int(pr["correct"].sum()) if len(pr) else 0
        wrong = int((~pr["correct"]).sum()) if len(pr) else 0  # matched span, wrong value: both FP and FN
        fp = wrong + int((spurious["rule"] == rule).sum()) if rule != "missed" else 0
        fn = wrong
        rows.append({"rule": rule, "tp": tp, "fp": fp, "fn": fn,
                     "precision": tp / (tp + fp) if tp + fp else np.nan, "recall": tp / (tp + fn) if tp + fn else np.nan,
                     "f1": 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else np.nan})
    per_rule = pd.DataFrame(rows)
    tot = per_rule[["tp", "fp", "fn"]].sum()
    per_rule.loc[len(per_rule)] = {"rule": "ALL", "tp": tot.tp, "fp": tot.fp, "fn": tot.fn,
                                   "precision": tot.tp / (tot.tp + tot.fp), "recall": tot.tp / (tot.tp + tot.fn),
                                   "f1": 2 * tot.tp / (2 * tot.tp + tot.fp + tot.fn)}
    return per_rule, pairs
