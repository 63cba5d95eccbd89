"""Decoding never garbles silently: damaged UTF-8 is repaired and counted, a legacy encoding is taken
only when it is the confident reading, mojibake is flagged, everything else is refused with a reason."""

from __future__ import annotations

import pytest

from analysis.text.decoding import DecodeError, binary_reason, decode_bytes, mojibake

CURLY = "\u201cRockets\u201d hit \u2013 the base\u2019s gate, \u2018officials\u2019 said. "


def test_utf8_with_four_invalid_bytes_is_repaired_and_counted_not_re_guessed():
    data = (CURLY * 20).encode() + b"\x81\x8d\xfe\xff" + "More \u201ctext\u201d \u2013 here.".encode()
    d = decode_bytes(data)
    assert d.encoding == "utf-8"
    assert "\u2018" in d.text and "\u201c" in d.text and "\u201a\u00c4" not in d.text  # no mac_roman '‚Äò'
    assert d.text.count("\ufffd") == 4
    assert d.warnings == (f"invalid_bytes: 4 invalid UTF-8 byte run(s) replaced by U+FFFD (first at byte "
                          f"{len((CURLY * 20).encode())})",)


def test_utf8_mixed_heavily_with_another_encoding_is_refused():
    data = CURLY.encode() + "minist\u00e8re \u00e9t\u00e9 caf\u00e9 ".encode("cp1252") * 30
    with pytest.raises(DecodeError, match="mixes"):
        decode_bytes(data)


@pytest.mark.parametrize("text,language", [
    ("Le minist\u00e8re a confirm\u00e9.", "fr"), ("Le minist\u00e8re a confirm\u00e9 l'attaque contre la base a\u00e9rienne.", ""),
    ("I had a caf\u00e9.", "en"), ("I had a caf\u00e9.", ""), ("It was na\u00efve.", "en"), ("It was na\u00efve.", ""),
    ("He said \u2018no\u2019 \u2014 fine.", "en"),
])
def test_short_cp1252_files_decode_right(text, language):
    d = decode_bytes(text.encode("cp1252"), language=language)
    assert d.text == text and d.encoding == "cp1252"
    for wrong in ("minist\u010dre", "caf\u0137", "na\u2019ve"):
        assert wrong not in d.text


def test_latin1_bytes_are_read_as_windows_1252_like_browsers_do():
    assert decode_bytes("caf\u00e9 au lait".encode("latin-1"), language="fr").text == "caf\u00e9 au lait"


@pytest.mark.parametrize("text,codec,language", [
    ("\u0420\u0430\u043a\u0435\u0442\u044b \u043f\u043e\u043f\u0430\u043b\u0438 \u0432 \u0431\u0430\u0437\u0443 \u0432 \u0441\u0440\u0435\u0434\u0443.", "cp1251", "ru"),
    ("\u0420\u0430\u043a\u0435\u0442\u044b \u043f\u043e\u043f\u0430\u043b\u0438 \u0432 \u0431\u0430\u0437\u0443 \u0432 \u0441\u0440\u0435\u0434\u0443.", "koi8_r", "ru"),
    ("Rakiety uderzy\u0142y w baz\u0119 w \u015brod\u0119, powiedzieli urz\u0119dnicy.", "iso8859_2", "pl"),
    ("Rakiety uderzy\u0142y w baz\u0119 w \u015brod\u0119, powiedzieli urz\u0119dnicy.", "cp1250", "pl"),
])
def test_other_legacy_encodings_of_the_declared_language(text, codec, language):
    assert decode_bytes(text.encode(codec), language=language).text == text


def test_a_declared_language_the_text_contradicts_is_refused():
    french = "Le minist\u00e8re a confirm\u00e9 l'attaque contre la base a\u00e9rienne.".encode("cp1252")
    with pytest.raises(DecodeError, match="reads as 'fr'"):
        decode_bytes(french, language="cs")


def test_non_latin_text_declared_english_is_refused_not_garbled():
    russian = "\u0420\u0430\u043a\u0435\u0442\u044b \u043f\u043e\u043f\u0430\u043b\u0438 \u0432 \u0431\u0430\u0437\u0443.".encode("cp1251")
    with pytest.raises(DecodeError, match="no legacy encoding for 'en'"):
        decode_bytes(russian, language="en")


def test_manifest_declared_encoding_wins_and_a_wrong_one_is_named():
    assert decode_bytes("caf\u00e9".encode("cp1252"), declared="windows-1252").text == "caf\u00e9"
    with pytest.raises(DecodeError, match="declares 'utf-16'"):
        decode_bytes(b"abc", declared="utf-16")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode_bytes("caf\u00e9".encode("cp1252"), declared="klingon")


def test_byte_order_marks():
    assert decode_bytes("\ufeffabc".encode("utf-8")).note == "byte-order mark dropped"
    assert decode_bytes("Rockets".encode("utf-16")).text == "Rockets"
    assert decode_bytes("Rockets".encode("utf-32")).encoding == "utf-32"


def test_utf16_without_bom_gets_a_hint():
    assert "UTF-16 without a byte-order mark" in binary_reason("Rockets hit the base".encode("utf-16-le"))


@pytest.mark.parametrize("garbled", ["It\u201a\u00c4\u00f4s", "\u201a\u00c4\u00f2quoted\u201a\u00c4\u00f4",
                                     "a \u201a\u00c4\u00ec b", "caf\u00c3\u00a9", "it\u00e2\u20ac\u2122s",
                                     "\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d"])
def test_mojibake_check_fires_on_cp1252_and_mac_roman_forms(garbled):
    assert mojibake(f"The militia said {garbled} on Monday.")[0] >= 1


@pytest.mark.parametrize("clean", ["caf\u00e9", "na\u00efve", "\u201cquoted\u201d \u2013 ok", "Stra\u00dfe", "\u00bd of it",
                                   "\u0420\u043e\u0441\u0441\u0438\u044f", "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1"])
def test_mojibake_check_is_quiet_on_clean_text(clean):
    assert mojibake(clean) == (0, "")


def test_wrong_argument_types_are_named():
    with pytest.raises(TypeError, match="data must be bytes, got str"):
        decode_bytes("text")
    with pytest.raises(TypeError, match="data must be bytes, got None"):
        decode_bytes(None)
