"""Reporting cues and attribution: which cue and which speaker mention govern a quotation.

Patterns (all in bounded windows around the quote, so the cost is linear in the text):
after the quote ('"...," he said', '"...," said Sen. X', '"...," according to X', '"..." - X'), before it
('X said: "..."', 'X warned that Iraq is "playing with fire"', 'According to X, "..."', 'X: "..."' as a
headline label, 'X was quoted as saying', 'described by X as'), and a participle cue ('..., saying "..."')
that takes the subject of its main clause.

The patterns live in modules of their own: :mod:`.gate` (the cue words, and whether a word is used as a reporting
verb here), :mod:`.after` (attribution after a closing mark: inverted and subject-first cues, dashes, signatures,
sentence-final tails), :mod:`.labels` (sources named apart from a cue: 'according to', colon labels, captions, digests,
polls, parentheticals, passives and viewpoints), :mod:`.subjects` (speakers the noun phrase before a cue does not give:
main clauses, asides, crowds, documents, free relatives, colons, possessed speech), :mod:`.before` (attribution before
an opening mark: the subject of its cue) and :mod:`.owners` (claim owners, and the sources that relay a quote).
"""

from __future__ import annotations

from .gate import AMBIGUOUS, Attribution, LOOSE_SUBJECT_WORDS, WINDOW, cue_ok, cues_in  # noqa: F401
from .after import (CAPTION_CHARS, according_to_source, attribution_after, attribution_end_of_sentence, caption_after,  # noqa: F401
                    echoed_attribution,  # noqa: F401
                    np_at_start)
from .labels import (DIGEST_CHARS, colon_name_after, digest_headline, inner_label, last_match, message_from,  # noqa: F401
                     passive_agent_after, poll_source)
from .subjects import counts_a_thing, possessed_speech, speech_noun_report  # noqa: F401
from .before import attribution_before  # noqa: F401
from .owners import claim_owner, relayed_by  # noqa: F401
