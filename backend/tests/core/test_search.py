"""Does free text become a safe prefix tsquery?"""

from __future__ import annotations

import pytest

from fitnesscrm.core.search import prefix_query


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane", "jane:*"),
        ("  jane   DOE ", "jane:* & doe:*"),
        ("jane.doe@exa", "jane:* & doe:* & exa:*"),
        ("+1 (415) 555-26", "1415555 26:*".replace(" ", "")),
        ("555-2671", "5552671:*"),
        ("o'brien", "o:* & brien:*"),
        ("Zoë", "zoë:*"),
        ("a & b | !c", "a:* & b:* & c:*"),
    ],
)
def test_prefix_query_builds_anded_prefixes(text, expected):
    assert prefix_query(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "&|!:*()"])
def test_prefix_query_is_none_without_words(text):
    assert prefix_query(text) is None
