"""ASCII name keys: the one folding algorithm shared by the generators and (as generated tables) the library.

A *name key* is what a country name or alias becomes when case, accents, punctuation, spacing and a leading
article no longer matter: "los Estados Unidos de América" -> "estadosunidosdeamerica", "EE.UU." -> "eeuu".

The library folds user input at run time with the character table generated from `fold_char` below and the
same word rules, without ICU, so that lookups give the same answers with invariant globalization on.
`tests/.../NameKeyTests` checks that the C# folding reproduces every key this module wrote.
"""

import unicodedata

# Leading words dropped from a key when more words follow ("The Gambia", "la India", "El Salvador").
ARTICLES = ("the", "el", "la", "los", "las")

# Letters whose decomposition does not reach ASCII but whose everyday transliteration is unambiguous.
SPECIAL = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l", "ĸ": "k", "ŉ": "n",
    "ƒ": "f", "ǥ": "g", "Ǥ": "g", "ɨ": "i", "Ɨ": "i", "ʉ": "u", "Ʉ": "u",
}

# Code point ranges scanned when building the run-time table: Latin-1 Supplement through Latin Extended-B,
# Latin Extended Additional (Vietnamese), Letterlike Symbols (the Kelvin sign), Latin ligatures, and the
# fullwidth ASCII forms.
TABLE_RANGES = ((0x0080, 0x024F), (0x1E00, 0x1EFF), (0x2100, 0x214F), (0xFB00, 0xFB06), (0xFF01, 0xFF5E))


def fold_char(ch):
    """The lowercase ASCII letters/digits `ch` folds to, or None when it is not a foldable Latin letter or digit."""
    if ch.isascii():
        return ch.lower() if ch.isalnum() else None
    if ch in SPECIAL:
        return SPECIAL[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and base.isascii() and base.isalnum():
        return base.lower()
    return None


def char_class(ch):
    """How the key algorithm treats a character: 'fold', 'skip', 'break' or 'fail'."""
    if fold_char(ch) is not None:
        return "fold"
    category = unicodedata.category(ch)
    if category[0] == "M" or category == "Cf":
        return "skip"  # combining marks (NFD accents) and invisible format characters
    if category[0] in "PSZ":
        return "break"  # punctuation, symbols and spaces separate words
    return "fail"  # controls, other scripts, non-ASCII digits without an ASCII equivalent


def name_key(text):
    """The name key of `text`, or None when it cannot be folded (empty, other scripts, control characters)."""
    words, current = [], []
    for ch in text:
        kind = char_class(ch)
        if kind == "fold":
            current.append(fold_char(ch))
        elif kind == "break":
            if current:
                words.append("".join(current))
                current = []
        elif kind == "fail":
            return None
    if current:
        words.append("".join(current))
    if len(words) >= 2 and words[0] in ARTICLES:
        words = words[1:]
    key = "".join(words)
    return key or None


def fold_table():
    """(code point, folded ASCII) for every non-ASCII character in TABLE_RANGES that folds to ASCII."""
    rows = []
    for start, end in TABLE_RANGES:
        for cp in range(start, end + 1):
            folded = fold_char(chr(cp))
            if folded is not None:
                rows.append((cp, folded))
    return rows
