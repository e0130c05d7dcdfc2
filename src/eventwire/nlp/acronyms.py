"""Organisation acronyms in capitals, spelled as names for the tagger.

The English pipelines know the familiar acronyms ("NATO", "ASEAN") but read other words
in capitals as verbs or auxiliaries: "ECOWAS imposed sanctions on Mali" is parsed with
"ECOWAS" as the root and no subject, and "IGAD called for ..." as a passive. Spelled as a
name ("Ecowas", the British house style) the same word is tagged a proper noun and the
sentence parses. `recase_acronyms` does that for the acronyms the knowledge base knows;
the text keeps its length, so the parse is put back on the original spelling with
`eventwire.nlp.headline.restore_text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Four letters or more: shorter ones ("US", "UN", "WHO") are English words or read
# right already, and are ambiguous once lower-cased ("Us", "Who").
ACRONYM = re.compile(r"\b[A-Z]{4,}\b")


def recase_acronyms(text: str, is_acronym: Callable[[str], bool]) -> str:
    """``text`` with each capitalised word that ``is_acronym`` accepts spelled with one
    capital ("ECOWAS" -> "Ecowas"); same length."""
    return ACRONYM.sub(
        lambda m: m[0][0] + m[0][1:].lower() if is_acronym(m[0]) else m[0], text)
