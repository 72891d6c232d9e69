"""Does free text become a safe prefix tsquery, with accents folded as the database folds them?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.core.search import FOLD, FOLDED_RANGES, fold, prefix_query
from fitnesscrm.extensions import db


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane", "jane:*"),
        ("  jane   DOE ", "jane:* & doe:*"),
        ("jane.doe@exa", "jane:* & doe:* & exa:*"),
        ("+1 (415) 555-26", "1415555 26:*".replace(" ", "")),
        ("555-2671", "5552671:*"),
        ("o'brien", "o:* & brien:*"),
        ("Zoë", "zoe:*"),
        ("Ñúñez", "nunez:*"),
        ("Straße", "strasse:*"),
        ("I\u015f\u0131k İnce", "isik:* & ince:*"),
        ("a & b | !c", "a:* & b:* & c:*"),
    ],
)
def test_prefix_query_builds_anded_prefixes(text, expected):
    assert prefix_query(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "&|!:*()"])
def test_prefix_query_is_none_without_words(text):
    assert prefix_query(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ñúñez Peña Chloé", "Nunez Pena Chloe"),
        ("Straße Ærø Œuvre Søren Łódź Đặng Þór", "Strasse AEro OEuvre Soren Lodz Dang THor"),
        ("I\u015f\u0131k İnce", "Isik Ince"),
        ("Pen\u0303a", "Pena"),  # typed decomposed: n + combining tilde
        ("Ольга 王芳 jane", "Ольга 王芳 jane"),
    ],
)
def test_fold_strips_accents_and_keeps_case(text, expected):
    assert fold(text) == expected


def test_fold_agrees_with_the_database_letter_for_letter():
    letters = [chr(code) for block in FOLDED_RANGES for code in block]
    letters += ["a\u0301", "\u0301", "I\u0307", "Ω", "ж", "ﬁ", "€"]
    rows = db.session.execute(
        sa.text("SELECT letter, search_fold(letter) FROM unnest(CAST(:letters AS text[])) AS t(letter)"),
        {"letters": letters},
    ).all()
    assert len(rows) == len(letters)
    assert [(letter, fold(letter)) for letter in letters] == [tuple(row) for row in rows]
    assert len(FOLD) > 500
