"""Bytes to text without silent garbling.

The order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. an encoding declared in the manifest (``encoding`` column), decoded strictly;
3. valid UTF-8;
4. UTF-8 with a few invalid bytes (the file holds valid multi-byte UTF-8 sequences, so it *is* UTF-8):
   each invalid byte run is replaced by U+FFFD and counted - never a whole-file re-guess;
5. a charset declared in an HTML page (``<meta charset>``), decoded strictly;
6. a legacy single-byte or CJK encoding, accepted only when it is confidently right: it must be the
   legacy encoding of the article's language (the manifest ``language``, else the language detected
   in the decoded text), its letters must be letters of that language, and the result must carry no
   mojibake. Otherwise the file is refused with a reason that says how to declare the encoding.

The legacy encodings per language follow the HTML standard's table of default encodings by locale
(windows-1252 for Western European languages and English, windows-1250/ISO-8859-2 for Central
European ones, windows-1251 for Cyrillic, ...).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .checks import require_bytes, require_text

#: Legacy encodings to try per language (ISO 639-1), most common first. Others: windows-1252.
LEGACY_ENCODINGS: dict[str, tuple[str, ...]] = {
    **{lang: ("cp1250", "iso8859_2") for lang in ("cs", "sk", "hr", "sl", "bs", "ro")},
    **{lang: ("iso8859_2", "cp1250") for lang in ("pl", "hu")},
    **{lang: ("cp1251",) for lang in ("bg", "sr", "mk", "be", "kk", "ky", "tg", "tt", "ba")},
    "ru": ("cp1251", "koi8_r"), "uk": ("cp1251", "koi8_u"),
    "el": ("cp1253", "iso8859_7"), "tr": ("cp1254",), "ku": ("cp1254",), "az": ("cp1254",),
    "he": ("cp1255", "iso8859_8"), "yi": ("cp1255",),
    "ar": ("cp1256", "iso8859_6"), "fa": ("cp1256",), "ur": ("cp1256",),
    "lt": ("cp1257", "iso8859_13"), "lv": ("cp1257", "iso8859_13"), "et": ("cp1257", "iso8859_15"),
    "vi": ("cp1258",), "th": ("cp874",), "ja": ("shift_jis", "euc_jp"), "ko": ("euc_kr",),
    "zh": ("gb18030", "big5"),
}
DEFAULT_LEGACY = ("cp1252",)
#: Every legacy encoding tried when the article's language is not declared.
ALL_LEGACY = tuple(dict.fromkeys(DEFAULT_LEGACY + sum(LEGACY_ENCODINGS.values(), ())))

#: Letters (beyond a-z) used by each Latin-script language; English also takes the accented letters of
#: Western loanwords and names (café, naïve, façade, Brontë, señor).
_WESTERN = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœß"
LATIN_LETTERS: dict[str, str] = {
    "en": _WESTERN, "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß" + "éà", "es": "áéíóúñü", "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú", "nl": "áéëïóöüèêç", "sv": "åäöé", "da": "æøåé", "no": "æøåéèóòô", "nb": "æøåéèóòô",
    "fi": "åäöšž", "is": "áéíóúýþæöð", "ga": "áéíóú", "ca": "àçéèíïóòúü", "eu": "ñ", "gl": "áéíóúñü",
    "af": "áéèêëíîïóôúûý", "id": "é", "ms": "é", "sw": "", "tl": "ñ",
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű",
    "ro": "ăâîșşțţ", "hr": "čćđšž", "sl": "čšž", "bs": "čćđšž", "sq": "çë",
    "tr": "çğıöşüâîû", "az": "çəğıöşü", "ku": "çêîşû",
    "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äöõüšž",
}
#: Script of the letters of non-Latin languages (first word of the Unicode character name).
SCRIPT: dict[str, tuple[str, ...]] = {
    **{lang: ("CYRILLIC",) for lang in ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "tg", "tt", "ba")},
    "el": ("GREEK",), "he": ("HEBREW",), "yi": ("HEBREW",), "ar": ("ARABIC",), "fa": ("ARABIC",),
    "ur": ("ARABIC",), "th": ("THAI",), "ja": ("CJK", "HIRAGANA", "KATAKANA"), "ko": ("HANGUL", "CJK"),
    "zh": ("CJK",), "vi": ("LATIN",),
}
#: Language detection counts, when choosing among candidate encodings, from this probability (the
#: letters check that follows is the stronger test).
CANDIDATE_PROBABILITY = 0.5
#: Largest share of letters outside a-z that a Latin-script text of each kind plausibly has (plus 2
#: letters, so that a short text with one accented word passes).
MAX_ACCENTED_SHARE = {"en": 0.05}
MAX_ACCENTED_SHARE_OTHER = 0.35
#: A non-ASCII symbol between two letters (``w¶rod``) shows a wrong code page; these are fine there.
_INWORD_OK = "\u2019\u2018\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2013\u2014\u2026\u00b7\u2022\u00b0\u2011\u2010\u00bf\u00a1"
_INWORD_SYMBOL = re.compile(f"(?<=[^\\W\\d_])[^\\x00-\\x7f\\w\\s{_INWORD_OK}]|[^\\x00-\\x7f\\w\\s{_INWORD_OK}](?=[^\\W\\d_])")

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
#: Labels that the HTML standard decodes as windows-1252 (browsers do the same).
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp819",
                        "ibm819", "iso_8859-1", "iso-ir-100", "windows-1252", "cp1252", "x-cp1252"}
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|"
    rb"\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
#: At most this share of a UTF-8 file may be invalid bytes and still be repaired by replacement.
MAX_INVALID_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes: the encoding used, a note when it was not plain UTF-8, and warnings."""

    text: str
    encoding: str
    note: str
    warnings: tuple[str, ...] = field(default=())


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class DecodeError(ValueError):
    """Bytes that cannot be decoded with confidence; the message says why and what to do."""


def is_binary(data: bytes) -> bool:
    """True when bytes look like binary data rather than text (NUL bytes or many control bytes).

    >>> is_binary(b"plain text"), is_binary(b"\\x00\\x01PNG")
    (False, True)
    """
    data = require_bytes(data, "data")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > 0.05


def binary_reason(data: bytes) -> str:
    """Why bytes are refused as binary, with a hint for UTF-16/32 text saved without a byte-order mark.

    >>> binary_reason("Rockets hit".encode("utf-16-le"))
    'binary data, not text (looks like UTF-16 without a byte-order mark: re-save the file as UTF-8)'
    """
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 8 and sample[0::4].count(0) < len(sample) // 16 and sample[2::4].count(0) > len(sample) // 5:
        hint = "UTF-32"
    elif len(sample) >= 4 and (odd.count(0) > 0.4 * len(odd) or even.count(0) > 0.4 * len(even)):
        hint = "UTF-16"
    else:
        return "binary data, not text"
    return f"binary data, not text (looks like {hint} without a byte-order mark: re-save the file as UTF-8)"


#: Characters that every mojibake sequence holds (Latin-1 letters and symbols, cp1252 extras, Mac Roman's
#: readings of UTF-8 lead bytes); text without them is skipped, and only windows around them are scanned.
_SUSPECT = re.compile("[\u0080-\u009f\u00a1-\u00ff\u221a\u201a\u0192\u02c6\u2030\u0160\u2039\u0152"
                      "\u017d\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")


@lru_cache(maxsize=1)
def _badness() -> re.Pattern:
    """ftfy's badness pattern (ftfy imported on the first text with a suspect character, once).

    >>> bool(_badness().search("caf\u00c3\u00a9"))
    True
    """
    from ftfy.badness import BADNESS_RE

    return BADNESS_RE


def mojibake(text: str) -> tuple[int, str]:
    """Count mojibake sequences (UTF-8 read as cp1252, Latin-1 or Mac Roman: ``â€™``, ``Ã©``, ``‚Äô``) and
    give the first one with its context; uses ftfy's badness measure, on windows around suspect characters.

    >>> mojibake("It\u201a\u00c4\u00f4s a caf\u00c3\u00a9")[0] >= 2, mojibake("a caf\u00e9")
    (True, (0, ''))
    """
    text = require_text(text, "text")
    if text.isascii():
        return 0, ""  # every suspect character is outside ASCII
    windows: list[list[int]] = []
    for m in _SUSPECT.finditer(text):
        a, b = max(0, m.start() - 4), m.end() + 4
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    if not windows:
        return 0, ""
    badness = _badness()
    starts: dict[int, int] = {}
    for a, b in windows:
        for m in badness.finditer(text, a, b):
            starts.setdefault(m.start(), m.end())
    if not starts:
        return 0, ""
    first = min(starts)
    return len(starts), text[max(0, first - 3):starts[first] + 3]


_LETTER_PAIR = re.compile(r"([^\W\d_])(?=([^\x00-\x7f]))")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def _letters_fit(text: str, language: str) -> str:
    """'' when the letters of ``text`` are letters of ``language``; else what does not fit (for a reason).

    >>> _letters_fit("Le ministère", "fr"), _letters_fit("Le ministčre", "fr")
    ('', "letters 'č' are not used in 'fr'")
    """
    from collections import Counter

    script = SCRIPT.get(language)
    allowed = LATIN_LETTERS.get(language, _WESTERN)
    ascii_only = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    others = Counter(re.findall(r"[^\x00-\x7f]", text))
    foreign: dict[str, int] = {}
    accented = 0
    for ch, n in others.items():
        if not ch.isalpha():
            continue
        accented += n
        ok = unicodedata.name(ch, "").startswith(script) if script else ch.lower() in allowed
        if not ok:
            foreign[ch] = n
    if foreign:
        shown = "".join(sorted(foreign, key=foreign.__getitem__, reverse=True)[:5])
        return f"letters {shown!r} are not used in {language!r}"
    letters = ascii_letters + accented
    if not script and letters and accented > 2 + letters * MAX_ACCENTED_SHARE.get(language, MAX_ACCENTED_SHARE_OTHER):
        return f"{accented / letters:.0%} of the letters are accented, implausible for {language!r}"
    inside = sum(1 for m in _LETTER_PAIR.finditer(text) if m.group(1).islower() and m.group(2).isupper())
    if inside > max(2, letters // 100):
        return f"{inside} capital letters inside lower-case words"
    symbol = _INWORD_SYMBOL.search(text)
    if symbol:
        return f"symbol {symbol.group()!r} touching a letter"
    return ""


_BOM_FIRST_BYTES = frozenset(bom[:1] for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8,
                                                  codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _bom(data: bytes) -> Decoded | None:
    """Decode by byte-order mark (UTF-32 before UTF-16: their marks share a prefix); None without one.

    >>> _bom(b"plain") is None, _bom(codecs.BOM_UTF8 + b"x").note
    (True, 'byte-order mark dropped')
    """
    if data[:1] not in _BOM_FIRST_BYTES:
        return None  # every mark starts with one of these bytes
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as err:
                raise DecodeError(f"starts with a {enc} byte-order mark but byte {err.start} is not {enc}") from None
            name = "utf-8" if enc == "utf-8-sig" else enc
            note = "byte-order mark dropped" if name == "utf-8" else f"{enc} byte-order mark: decoded as {enc}"
            return Decoded(text, name, note)
    return None


def _declared(data: bytes, encoding: str, where: str) -> Decoded:
    """Decode strictly with a declared encoding; a wrong declaration is an error that names the byte."""
    label = encoding.strip().lower()
    name = _codec_name(label)
    if not name:
        raise DecodeError(f"{where} declares an unknown encoding {encoding!r}")
    try:
        text = data.decode(name)
    except UnicodeDecodeError as err:
        raise DecodeError(f"{where} declares {encoding!r}, but byte {err.start} "
                          f"({data[err.start:err.start + 1].hex()}) is not {name}") from None
    shown = name if name == label else f"{name} (declared {encoding!r})"
    return Decoded(text, name, f"decoded with the encoding the {where} declares: {shown}")


def _damaged_utf8(data: bytes, first_error: int) -> Decoded | None:
    """UTF-8 with a few invalid bytes: replace each invalid run by U+FFFD and count (None if not UTF-8)."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if not valid or replaced > valid:
        return None  # no (or less) evidence of UTF-8 than of another encoding: try the legacy ones
    if replaced > max(16, MAX_INVALID_SHARE * len(data)):
        raise DecodeError(f"mixes UTF-8 with another encoding: {replaced} invalid byte runs (first at byte "
                          f"{first_error}) among {valid} valid UTF-8 characters; re-save the file as UTF-8")
    message = f"{replaced} invalid UTF-8 byte run(s) replaced by U+FFFD (first at byte {first_error})"
    return Decoded(text, "utf-8", message, (f"invalid_bytes: {message}",))


def _legacy_candidates(data: bytes, language: str) -> tuple[dict[str, list[str]], list[str]]:
    """Decode with each legacy encoding of the language (all of them when it is unknown).

    Returns the plausible texts (text -> encodings giving it) and why the others were refused.
    """
    from .language import detect_language

    encodings = LEGACY_ENCODINGS.get(language, DEFAULT_LEGACY) if language else ALL_LEGACY
    plausible: dict[str, list[str]] = {}
    refused: list[str] = []
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as err:
            refused.append(f"{enc}: byte {err.start} undefined")
            continue
        lang = language
        if not lang:
            lang, prob = detect_language(text, min_probability=CANDIDATE_PROBABILITY)
            if not lang or enc not in LEGACY_ENCODINGS.get(lang, DEFAULT_LEGACY):
                refused.append(f"{enc}: reads as {lang or 'no clear language'}"
                               + (f" (p={prob:.2f})" if lang else "") + f", whose legacy encoding it is not")
                continue
        else:
            seen, prob = detect_language(text)
            if seen and seen != lang and enc not in LEGACY_ENCODINGS.get(seen, DEFAULT_LEGACY):
                refused.append(f"{enc}: reads as {seen!r} (p={prob:.2f}), not {lang!r}")
                continue
        problem = _letters_fit(text, lang) or ("mojibake" if mojibake(text)[0] else "")
        if re.search(r"[\x80-\x9f]", text):
            problem = problem or "C1 control characters"
        if problem:
            refused.append(f"{enc}: {problem}")
            continue
        plausible.setdefault(text, []).append(enc)
    return plausible, refused


def _prefer_language(plausible: dict[str, list[str]], lang: str) -> dict[str, list[str]]:
    """Among several plausible texts, keep the one that reads as the language (or, with no language, the
    only one detected with confidence), when that singles one out."""
    from .language import detect_language

    if len(plausible) < 2:
        return plausible
    if lang:
        fitting = {t: e for t, e in plausible.items() if detect_language(t)[0] == lang}
        return fitting if len(fitting) == 1 else plausible
    scored = sorted(((detect_language(t)[1], t) for t in plausible), reverse=True)
    if scored[0][0] >= 0.9 and scored[1][0] < CANDIDATE_PROBABILITY:
        return {scored[0][1]: plausible[scored[0][1]]}
    return plausible


def _legacy(data: bytes, language: str, first_error: int) -> Decoded:
    """Accept a legacy encoding only when exactly one plausible text comes out; otherwise refuse.

    With no manifest language, the language detected in each candidate decides; when no candidate
    reads as a language (a short text), the project's default language, English, is assumed.
    """
    lang = (language or "").lower()
    plausible, refused = _legacy_candidates(data, lang)
    assumed = ""
    if not lang and not plausible:
        plausible, refused_en = _legacy_candidates(data, "en")
        refused += refused_en
        assumed = "en" if plausible else ""
    plausible = _prefer_language(plausible, lang or assumed)
    base = f"not valid UTF-8 (byte {first_error})"
    how = "declare the file's encoding in the manifest's encoding column, or re-save it as UTF-8"
    if _UTF8_MULTIBYTE.search(data) and not plausible:
        raise DecodeError(f"{base}, yet it holds valid UTF-8 sequences: it mixes encodings; re-save it as UTF-8")
    if not plausible:
        who = f"for {lang!r}" if lang else "(language unknown, nor English)"
        raise DecodeError(f"{base}, and no legacy encoding {who} gives plausible text "
                          f"({'; '.join(refused[:4])}); {how}")
    if len(plausible) > 1:
        options = ", ".join("/".join(encs) for encs in plausible.values())
        raise DecodeError(f"{base}, and several encodings give different plausible texts ({options}); {how}")
    (text, encs), = plausible.items()
    why = (f"the legacy encoding for {lang!r}" if lang else
           "the legacy encoding for English (the language is not declared and the text too short to tell)"
           if assumed else "the only legacy encoding whose text reads as a language it serves")
    return Decoded(text, encs[0], f"{base}; decoded as {encs[0]}, {why}; all its letters fit")


def html_charset(data: bytes) -> str:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 KB, or ''.

    >>> html_charset(b'<html><head><meta charset="iso-8859-1">')
    'iso-8859-1'
    """
    m = _META_CHARSET.search(require_bytes(data, "data")[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else ""


def decode_bytes(data: bytes, declared: str = "", language: str = "", html: bool = False) -> Decoded:
    """Decode an article's bytes (see the module notes for the order); raise DecodeError when unsure.

    ``declared`` is an encoding the manifest gives; ``language`` the manifest language (ISO 639-1);
    ``html`` lets a ``<meta charset>`` declaration count.

    >>> decode_bytes("café".encode("utf-8")).encoding
    'utf-8'
    >>> decode_bytes("Le ministère a confirmé.".encode("cp1252"), language="fr").text
    'Le ministère a confirmé.'
    >>> decode_bytes("“Hi” \\u2013 ok".encode("utf-8")[:-4] + b"\\xff ok").warnings[0][:14]
    'invalid_bytes:'
    """
    data = require_bytes(data, "data")
    declared = require_text(declared, "declared", allow_none=True)
    language = require_text(language, "language", allow_none=True).strip().lower()[:2]
    by_bom = _bom(data)
    if by_bom:
        return by_bom
    declared_utf8 = bool(declared.strip()) and _codec_name(declared) == "utf-8"
    if declared.strip() and not declared_utf8:
        return _declared(data, declared, "manifest")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "")
    except UnicodeDecodeError as err:
        first_error = err.start
    damaged = _damaged_utf8(data, first_error)
    if damaged:
        return damaged
    if declared_utf8:
        raise DecodeError(f"the manifest declares {declared!r}, but byte {first_error} is not UTF-8 and the file "
                          "holds no valid UTF-8 sequences: declare its real encoding")
    charset = html_charset(data) if html else ""
    if charset and _codec_name(charset) not in ("", "utf-8"):
        try:
            return _declared(data, charset, "HTML page")
        except DecodeError:
            pass  # a page that lies about its charset: fall through to the checked legacy decoding
    return _legacy(data, language, first_error)


def _codec_name(label: str) -> str:
    """Python's codec name for an encoding label ('' when unknown); Latin-1 labels mean windows-1252.

    >>> _codec_name("ISO-8859-1"), _codec_name("UTF8"), _codec_name("nonsense")
    ('cp1252', 'utf-8', '')
    """
    label = label.strip().lower()
    try:
        return codecs.lookup("cp1252" if label in _WINDOWS_1252_LABELS else label).name
    except LookupError:
        return ""
