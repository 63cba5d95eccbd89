"""Figurative uses of the words of violence, blanked before incidents are read ("Trump shot back", "a real shot at
the nomination", "odds shot up", "shooting himself in the foot"): ordinary news uses them far more than reports of
attacks do, and none of them tells an event.

Blanking keeps every offset (each blanked character becomes a space), so the text columns of a mention are copied
back from the text passed in (``mentions.doc_mentions``).
"""

from __future__ import annotations

import re

__all__ = ["blank_idioms", "has_idiom_word"]

#: figurative phrases built on "shot", "shoot" and "fire" (each alternative is blanked whole)
_IDIOMS = re.compile(
    r"\b(?:shot|shoots|shooting)\s+(?:back\s+up|back|up)\b(?!\s+(?:at|in|and\s+killed)\b|\s+by\s+(?!\d))|"  # "shot back" (a retort), "shot up" (rose)
    r"\b(?:a|an|another|his|her|their|its|our|your)\s+(?:(?:real|fair|good|big|best|last|long|decent|serious|strong|"
    r"legitimate|better)\s+shot\s+(?:at|of)|shot\s+of)\s+|"  # "a real shot at the presidency", "a shot of momentum"
    r"\bshot\s+in\s+the\s+arm\b|"
    r"\bshoot(?:s|ing)?\s+(?:himself|herself|themselves|itself|ourselves|yourself|myself)\s+in\s+the\s+foot\b|"
    r"\b(?:mind|brain|nerves|voice|credibility|knees?|back)\s+(?:is|was|are|were)\s+shot\b|"  # "his mind is shot"
    r"\bshot\s+(?:to|into)\s+(?:fame|prominence|stardom|the\s+top|number\s+one|the\s+lead)\b|"
    r"\b(?:big|hot|long|mug|flu|booster|vaccine|moon|screen|parting|cheap|chaser)[\s-]?shots?\b|"
    r"\bcall(?:s|ed|ing)?\s+the\s+shots\b|"
    r"\bshooting(?=\s+(?:wars?|match|stars?)\b)|"  # "dragged into a shooting war between X and Y": a war feared, no attack
    r"\bfire(?:s|d)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:missile|broadside|salvo)\s+(?:directly\s+)?at\s+(?=[A-Z][a-z])",
    re.I)
#: pieces every idiom above contains (a text with none of them is returned unread)
_WORDS = ("shot", "shoot", "fire")


def has_idiom_word(text: str) -> bool:
    """Whether a text holds a word an idiom of violence is built on (a cheap test before ``blank_idioms``).

    >>> has_idiom_word("Rockets hit the base"), has_idiom_word("Trump shot back")
    (False, True)
    """
    low = text.lower()
    return any(w in low for w in _WORDS)


def blank_idioms(text: str) -> str:
    """The text with figurative uses of the words of violence blanked (same length).

    >>> blank_idioms("“Not true,” Trump shot back.")
    '“Not true,” Trump          .'
    >>> blank_idioms("Cruz got a real shot at the nomination; gunmen shot at the police.")
    'Cruz got                the nomination; gunmen shot at the police.'
    >>> blank_idioms("Troops shot back and killed two.")  # returned fire: an event
    'Troops shot back and killed two.'
    >>> blank_idioms("Iraq fears a shooting war between Washington and Tehran.")
    'Iraq fears a          war between Washington and Tehran.'
    >>> blank_idioms("Health spending shot back up by 5 percent.")
    'Health spending              by 5 percent.'
    """
    if not has_idiom_word(text):
        return text
    return _IDIOMS.sub(lambda m: " " * len(m.group()), text)
