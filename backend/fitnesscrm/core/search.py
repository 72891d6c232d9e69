"""Prefix full-text search over name, email and phone, served by a GIN index, accents folded.

A substring ILIKE cannot use an index; a generated tsvector can. Emails are
indexed split at their punctuation (queries are split the same way, so a whole
address as one word would never be asked for, and would only make prefixes costlier
to look up), and phones as their digits plus the last 10, 7 and 4 digits, so that
"jane", "doe@exa", "555-1234" or "+1 555 123" all find their row by prefix.

Accents are folded on both sides, so "nunez", "pena" and "chloe" find Ñúñez, Peña and
Chloé (and "Peña" finds Pena). PostgreSQL's `unaccent` is a contrib extension, which the
embedded server lacks, so the indexed side calls `search_fold()`, an IMMUTABLE SQL
function created by a migration from the table below; `fold()` applies the same table
to what people type. The two must agree letter for letter (tests/core/test_search.py
checks every letter of the table's ranges against the database): changing `FOLD` takes a
migration that redefines `search_fold()` and regenerates the search columns.
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa

_DIGITS = "regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')"
_PHONE_SEPARATORS = re.compile(r"^[\d\s()+.\-]+$")
_WORD_SPLIT = re.compile(r"[\W_]+")
# Combining diacritical marks, as in text typed decomposed (macOS sends "n" + U+0303 for ñ).
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")

# The Latin blocks whose letters are folded: Latin-1 Supplement, Extended-A, Extended-B and
# Extended Additional (Vietnamese).
FOLDED_RANGES = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
# Letters that Unicode's compatibility decomposition (NFKD) does not take apart, folded the way
# people write them on a keyboard without the letter (U+0131 is the dotless i, U+017F the long s).
_LETTERS = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "\u0131": "i", "ħ": "h", "Ħ": "H", "ŧ": "t",
    "Ŧ": "T", "ŋ": "n", "Ŋ": "N", "ĸ": "k", "\u017f": "s", "ŀ": "l", "Ŀ": "L", "ƀ": "b", "Ɓ": "B", "ƈ": "c",
    "Ƈ": "C", "Ɗ": "D", "Ƌ": "D", "ƌ": "d", "ƒ": "f", "Ƒ": "F", "Ɠ": "G", "ǥ": "g", "Ǥ": "G", "Ɨ": "I",
    "ɨ": "i", "ƙ": "k", "Ƙ": "K", "ƚ": "l", "Ƚ": "L", "ƞ": "n", "Ɲ": "N", "ƥ": "p", "Ƥ": "P", "ƭ": "t",
    "Ƭ": "T", "Ʈ": "T", "Ʋ": "V", "ƴ": "y", "Ƴ": "Y", "ƶ": "z", "Ƶ": "Z", "ȥ": "z", "Ȥ": "Z", "ȡ": "d",
    "ȴ": "l", "ȵ": "n", "ȶ": "t", "ȷ": "j", "Ⱥ": "A", "ȼ": "c", "Ȼ": "C", "Ⱦ": "T", "Ƀ": "B", "ɇ": "e",
    "Ɇ": "E", "ɉ": "j", "Ɉ": "J", "ɍ": "r", "Ɍ": "R", "ɏ": "y", "Ɏ": "Y",
}  # fmt: skip


def _fold_table() -> dict[int, str]:
    """Each letter of FOLDED_RANGES that folds to plain ASCII letters, and what it folds to; case is kept."""
    table = {}
    for code in (code for block in FOLDED_RANGES for code in block):
        letter = chr(code)
        bare = _LETTERS.get(letter) or _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", letter))
        folded = "".join(_LETTERS.get(part, part) for part in bare)
        if folded != letter and folded.isascii() and folded.isalpha():
            table[code] = folded
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` without accents, as `search_fold()` indexes it: combining marks dropped, then FOLD applied."""
    return _COMBINING_MARKS.sub("", text).translate(FOLD)


def search_vector_expression() -> str:
    """SQL of the generated column shared by tables with first_name, last_name, email and phone."""
    return (
        "to_tsvector('simple'::regconfig, search_fold("
        "coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || "
        "translate(coalesce(email, ''), '@.-_+', '     ') || ' ' || "
        f"{_DIGITS} || ' ' || right({_DIGITS}, 10) || ' ' || right({_DIGITS}, 7) || ' ' || right({_DIGITS}, 4)))"
    )


def text_search_expression(*columns: str) -> str:
    """SQL of a generated column over the words of some NOT NULL text columns, accents folded."""
    words = " || ' ' || ".join(columns)
    return f"to_tsvector('simple'::regconfig, search_fold({words}))"


def prefix_query(text: str) -> str | None:
    """A to_tsquery string where every word of `text` must start some indexed word; None if nothing to search."""
    text = fold(text).strip()
    if not text:
        return None
    if _PHONE_SEPARATORS.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        pieces = ["".join(ch for ch in text if ch.isdigit())]
    else:
        pieces = [piece.lower() for piece in _WORD_SPLIT.split(text) if piece]
    if not pieces:
        return None
    return " & ".join(f"{piece}:*" for piece in pieces[:8])


def matches(search_column, text: str | None):
    """A WHERE clause matching `text` by prefix, or None when there is nothing to match."""
    query = prefix_query(text or "")
    if query is None:
        return None
    return search_column.op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), query))
