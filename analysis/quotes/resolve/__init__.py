"""Speaker resolution inside one article: pronouns, relative 'who', surnames and titles, roles, documents.

- a pronoun takes the last quoted person of its gender unless another person became the subject since;
- 'who' takes the noun phrase it follows ('Sen. X, who said');
- 'Mr. Trump', 'Trump', 'Minority Leader Nancy Pelosi' take the full name used in the article;
- 'the senator' takes the nearest earlier person introduced with that role or title;
- 'the statement', 'the letter' take their issuer when the text names it ('X issued a statement').
All look-ups are bounded (a window before the mention, an index searched by bisection).

Modules: :mod:`.people` (the people an article names, full names), :mod:`.descriptors` (roles and appositions told
with a name), :mod:`.antecedents` (pronouns, 'who', roles, bodies and documents resolved).
"""

from __future__ import annotations

from .antecedents import (body_subjects, described_earlier, plural_subjects, resolve_document, resolve_pronoun,
                          resolve_role, resolve_who, role_subjects)
from .descriptors import courtesy_only, descriptor_before, person_role_before, who_works
from .people import LOOKAHEAD, LOOKBACK, Person, PersonIndex, Resolved, _seat_only, full_name, name_starts, person_index

__all__ = ["LOOKAHEAD", "LOOKBACK", "Person", "PersonIndex", "Resolved", "body_subjects", "courtesy_only",
           "described_earlier", "descriptor_before", "full_name", "name_starts", "person_index", "person_role_before",
           "plural_subjects", "resolve_document", "resolve_pronoun", "resolve_role", "resolve_who", "role_subjects",
           "who_works", "_seat_only"]
