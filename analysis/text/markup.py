"""The visible text of an HTML page, parsed the way a browser does (HTML5, via selectolax's Lexbor engine).

Optional end tags, a missing ``</head>`` or ``</body>``, unclosed paragraphs and list items are
handled by the HTML5 tree-building rules; character references (``&amp;``, ``&eacute;``) are decoded
once, by the parser. Scripts, styles, navigation, templates, forms' controls and elements marked
``hidden`` are dropped. Block elements become paragraphs separated by a blank line; ``<br>`` a line
break. The walk is iterative, so nesting cannot exhaust the stack; a page nested deeper than
``MAX_DEPTH`` elements is refused before parsing (tree building slows with depth).
"""

from __future__ import annotations

import re

from .checks import require_text

#: Elements whose start and end separate paragraphs.
BLOCKS = frozenset(
    "address article aside blockquote caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu ol p pre section summary "
    "table tbody thead tfoot tr ul".split())
#: Elements whose content is not article text.
HIDDEN = frozenset("head script style noscript template nav iframe object embed svg math canvas audio video "
                   "button select option datalist textarea input map area".split())
#: Table cells are separated by a space.
CELLS = frozenset({"td", "th"})
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
#: Deeper nesting than this is refused: no article page needs it, and tree building slows with depth.
MAX_DEPTH = 1000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
#: Elements without content, or whose end tag is commonly left out: they do not deepen the estimate.
_FLAT = frozenset("area base br col embed hr img input link meta source track wbr p li dt dd tr td th option "
                  "optgroup tbody thead tfoot colgroup rb rt rp html head body".split())


def nesting_depth(markup: str) -> int:
    """Estimated deepest element nesting of a page (start tags minus end tags, in order; linear).

    >>> nesting_depth("<div><div><p>a</div></div>"), nesting_depth("<div>" * 5)
    (2, 5)
    """
    markup = require_text(markup, "markup")
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        if m.group(2).lower() in _FLAT or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _visible_parts(root) -> list[str]:
    """Text pieces and block markers ('\\n\\n', '\\n') of a parsed tree, in document order."""
    parts: list[str] = []
    stack = [(root, False)]
    pre = 0
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in BLOCKS:
                parts.append("\n\n")
            pre -= tag == "pre"
            continue
        if node.is_text_node:
            text = node.text_content or ""
            parts.append(text if pre else _SPACE_RUN.sub(" ", text))
            continue
        if not node.is_element_node or tag in HIDDEN or "hidden" in (node.attributes or {}):
            continue
        if tag == "br":
            parts.append("\n")
        elif tag in BLOCKS:
            parts.append("\n\n")
        elif tag in CELLS:
            parts.append(" ")
        pre += tag == "pre"
        stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    return parts


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: paragraphs separated by a blank line, entities decoded once.

    >>> html_to_text("<html><head><title>T</title></head><body><p>One &amp;amp; two<p>Three</body></html>")
    'One &amp; two\\n\\nThree'
    >>> html_to_text("<title>T</title><meta charset=utf-8><p>Body kept without </head>")
    'Body kept without'
    """
    from selectolax.lexbor import LexborHTMLParser

    markup = require_text(markup, "markup")
    depth = nesting_depth(markup)
    if depth > MAX_DEPTH:
        raise ValueError(f"HTML nested {depth:,} elements deep (more than {MAX_DEPTH:,}): not an article page")
    tree = LexborHTMLParser(markup)
    if tree.root is None:
        return ""
    text = "".join(_visible_parts(tree.root))
    lines = [line.strip(" \t") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
