"""HTML is parsed by an HTML5 parser: optional end tags, entities decoded once, scripts and navigation out."""

from __future__ import annotations

import pytest

from analysis.text.markup import html_to_text


def test_page_without_end_of_head_keeps_its_body():
    page = "<html><head><title>T</title><meta charset=utf-8><p>Rockets hit the base.<p>Nobody was hurt.</html>"
    assert html_to_text(page) == "Rockets hit the base.\n\nNobody was hurt."


def test_entities_are_decoded_exactly_once():
    assert html_to_text("<p>AT&amp;amp;T &amp; &eacute;t&eacute; &lt;b&gt; &#8217;</p>") == "AT&amp;T & \u00e9t\u00e9 <b> \u2019"


def test_optional_end_tags_make_paragraphs_and_items():
    assert html_to_text("<ul><li>one<li>two</ul><p>three<p>four") == "one\n\ntwo\n\nthree\n\nfour"


def test_script_style_nav_hidden_and_forms_are_dropped():
    page = ("<body><nav>Home | World</nav><script>var a = '<p>x</p>';</script><style>p{}</style>"
            "<p hidden>secret</p><noscript>enable js</noscript><button>Share</button>"
            "<article><p>Body text.</p></article></body>")
    assert html_to_text(page) == "Body text."


def test_whitespace_inside_a_paragraph_is_collapsed_but_pre_keeps_its_lines():
    assert html_to_text("<p>a\n   b\tc</p><pre>x\n  y</pre>") == "a b c\n\nx\ny"


def test_line_breaks_and_non_breaking_spaces_survive_for_the_audit():
    assert html_to_text("<p>one<br>two&nbsp;three</p>") == "one\ntwo\u00a0three"


def test_deep_nesting_does_not_exhaust_the_stack_and_absurd_depth_is_refused():
    assert html_to_text("<div>" * 900 + "deep" + "</div>" * 900) == "deep"
    assert html_to_text("<p>x</p>" * 5000 + "<li>y" * 5000).startswith("x")  # unclosed p/li do not count
    with pytest.raises(ValueError, match="HTML nested 20,000 elements deep"):
        html_to_text("<div>" * 20000 + "deep" + "</div>" * 20000)


@pytest.mark.parametrize("page", ["", "<html></html>", "<!-- only a comment -->", "<script>x</script>"])
def test_pages_without_visible_text_give_empty_text(page):
    assert html_to_text(page) == ""


def test_none_is_refused_by_name():
    with pytest.raises(TypeError, match="markup must be a str, got None"):
        html_to_text(None)


def test_a_text_file_holding_an_html_body_is_read_as_html(tmp_path):
    from analysis.text.article import read_article
    f = tmp_path / "a.txt"
    f.write_text("<p>Mosul: Two guards were killed on Monday.</p><p>No group claimed it.</p><p>Police said so.</p>",
                 encoding="utf-8")
    art = read_article(f)
    assert art.text == "Mosul: Two guards were killed on Monday.\n\nNo group claimed it.\n\nPolice said so."
    assert any(w.startswith("markup_in_text") for w in art.warnings)


def test_a_text_file_that_only_names_a_tag_stays_text(tmp_path):
    from analysis.text.article import read_article
    f = tmp_path / "b.txt"
    f.write_text("The site wraps each paragraph in a <p> tag, its editor said.\n\nNothing else changed.", encoding="utf-8")
    art = read_article(f)
    assert "<p>" in art.text and not art.warnings
