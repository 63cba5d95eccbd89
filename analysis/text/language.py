"""Which language an article is written in, offline (py3langid ships its model in the wheel).

The extractors of quotes, dates and incidents are English-only: an article that reads as another
language is marked (``english = False``) so that they skip it, and a warning says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .checks import require_text

#: A detection counts only at or above this probability (py3langid's calibrated score).
MIN_PROBABILITY = 0.9
#: Characters sampled for detection (start, middle and end of the text), so the cost per article is bounded.
SAMPLE_CHARS = 1200


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier with normalised probabilities (loaded once per process, from the package).

    Its feature table ships as float16, which every call cast to float32 (the type of the sum) row by row:
    cast once here instead, the same numbers (float16 to float32 is exact), a tenth of a short text's cost.

    >>> _identifier().nb_ptc.dtype.name
    'float32'
    """
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if identifier.nb_ptc.dtype == np.float16:
        table = identifier.nb_ptc.astype(np.float32)
        identifier.nb_ptc, identifier._full_model = table, (table, *identifier._full_model[1:])
    return identifier


def _sample(text: str) -> str:
    """Up to SAMPLE_CHARS characters: the start, the middle and the end of a long text."""
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    mid = len(text) // 2
    return " ".join((text[:third], text[mid - third // 2:mid + third // 2], text[-third:]))


#: ``str.isalpha`` of an ASCII character: exactly these.
_ASCII_LETTER = re.compile("[A-Za-z]")


def _has_letters(text: str) -> bool:
    """Whether the text (its start, or its sample) holds a letter: without one, nothing is detected.

    >>> _has_letters("12:30"), _has_letters("12 rockets")
    (False, True)
    """
    head = text[:SAMPLE_CHARS]
    if head.isascii() and _ASCII_LETTER.search(head):  # an ASCII letter is a letter (the usual case, one C call)
        return True
    return any(ch.isalpha() for ch in head) or any(ch.isalpha() for ch in _sample(text))


def _sure(lang: str, prob: float, min_probability: float) -> tuple[str, float]:
    """(language, rounded probability) of a classification, the language '' when below ``min_probability``.

    >>> _sure("fr", 0.8, 0.9), _sure("fr", 0.9999, 0.9)
    (('', 0.8), ('fr', 1.0))
    """
    return (lang if prob >= min_probability else ""), round(float(prob), 3)


def detect_language(text: str, min_probability: float = MIN_PROBABILITY) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of a text, or ('', probability) when no language reaches ``min_probability``.

    >>> detect_language("Rockets hit the base on Wednesday, officials said.")[0]
    'en'
    >>> detect_language("Le ministère a confirmé l'attaque contre la base aérienne à l'aube.")[0]
    'fr'
    >>> detect_language("1234")[0]
    ''
    """
    text = require_text(text, "text")
    if not _has_letters(text):
        return "", 0.0
    return _sure(*_identifier().classify(_sample(text)), min_probability)


def detect_languages(texts: list[str], min_probability: float = MIN_PROBABILITY) -> list[tuple[str, float]]:
    """``[detect_language(t) for t in texts]``, the model run on all texts at once (the same answers, faster).

    >>> found = detect_languages(["Rockets hit the base on Wednesday, officials said.", "1234",
    ...                           "Le ministère a confirmé l'attaque contre la base aérienne à l'aube."])
    >>> [lang for lang, _ in found]
    ['en', '', 'fr']
    """
    from .language_batch import classify_many

    texts = [require_text(t, "text") for t in texts]
    todo = [i for i, t in enumerate(texts) if _has_letters(t)]
    found: list[tuple[str, float]] = [("", 0.0)] * len(texts)
    for i, (lang, prob) in zip(todo, classify_many([_sample(texts[i]) for i in todo])):
        found[i] = _sure(lang, prob, min_probability)
    return found


def language_verdict(text: str, declared: str = "") -> tuple[str, bool, str]:
    """(detected language, English?, warning or '') for an article; the manifest language breaks ties.

    The text wins over the manifest when detection is sure; when it is not (short text), the manifest
    decides, and an empty manifest language counts as English (the project's default).

    >>> language_verdict("Rockets hit the base on Wednesday, officials said.", "en")
    ('en', True, '')
    >>> language_verdict("Le ministère a confirmé l'attaque contre la base aérienne à l'aube.", "en")[1:]
    (False, "language: the text reads as 'fr' (p=1.00), not English (the manifest says 'en'): English-only extractors skip it")
    """
    declared = require_text(declared, "declared", allow_none=True)
    return _verdict(*detect_language(text), declared)


def language_verdicts(texts: list[str], declared: list[str]) -> list[tuple[str, bool, str]]:
    """``language_verdict`` of each (text, manifest language) pair, the model run on all texts at once.

    >>> language_verdicts(["Rockets hit the base, officials said.", "1234"], ["", "fr"])[0]
    ('en', True, '')
    >>> language_verdicts(["Rockets hit the base, officials said.", "1234"], ["", "fr"])[1][:2]
    ('', False)
    """
    declared = [require_text(d, "declared", allow_none=True) for d in declared]
    if len(declared) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(declared)} declared languages")
    return [_verdict(lang, prob, d) for (lang, prob), d in zip(detect_languages(texts), declared)]


def _verdict(detected: str, prob: float, declared: str) -> tuple[str, bool, str]:
    """``language_verdict`` from a detection (language or '', probability) and the manifest language.

    >>> _verdict("", 0.5, "de")[:2], _verdict("en", 0.99, "fr")[:2]
    (('', False), ('en', True))
    """
    declared = declared.strip().lower()[:2]
    if detected:
        english = detected == "en"
        if english:
            said = "" if declared in ("", "en") else (
                f"language: the manifest says {declared!r}, but the text reads as English (p={prob:.2f})")
            return detected, True, said
        says = f" (the manifest says {declared!r})" if declared and declared != detected else ""
        return detected, False, (f"language: the text reads as {detected!r} (p={prob:.2f}), not English{says}: "
                                 "English-only extractors skip it")
    if declared in ("", "en"):
        return "", True, ""
    return "", False, (f"language: the manifest says {declared!r} (the text is too short to tell): "
                       "English-only extractors skip it")
