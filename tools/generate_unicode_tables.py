#!/usr/bin/env python3
"""Generate the Unicode tables behind Cooperation.Domain's own NFC implementation.

The library must normalize text to NFC identically with .NET invariant globalization
on, where string.Normalize() does not compose. So NFC runs on tables generated here,
at development time, from Python's unicodedata (standard library only), and the
generated C# file is committed.

Usage, from the repository root:
    python3 tools/generate_unicode_tables.py          # (re)write the generated file
    python3 tools/generate_unicode_tables.py --check  # exit 1 if the committed file differs

The output depends only on unicodedata.unidata_version: the same Python Unicode data
always gives the same bytes. The script checks its derived tables against
unicodedata.normalize before writing anything.
"""

import argparse
import os
import sys
import unicodedata

OUTPUT = os.path.join("src", "Cooperation.Domain", "Internal", "Text", "UnicodeTables.g.cs")
SCRIPT = "tools/generate_unicode_tables.py"

MAX_CODE_POINT = 0x10FFFF
SURROGATES = range(0xD800, 0xE000)

# Hangul syllables and jamo are handled algorithmically (Unicode 3.12), never tabulated.
S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
S_COUNT = L_COUNT * V_COUNT * T_COUNT

# Below this code point every character is a starter (ccc 0), NFC_QC=Yes, never the second
# character of a composition, and decomposes (if at all) to a starter first. Nfc.cs relies on
# this for its fast path; the script asserts it.
FAST_PATH_LIMIT = 0x300

# Quick-check values as stored in the table (NFC_QC=Yes is the absence of an entry).
QC_MAYBE, QC_NO = 1, 2


def code_points():
    """Every scalar value: all code points but surrogates."""
    return (cp for cp in range(MAX_CODE_POINT + 1) if cp not in SURROGATES)


def is_hangul_syllable(cp):
    return S_BASE <= cp < S_BASE + S_COUNT


def canonical_mapping(cp):
    """The one-level canonical decomposition mapping of cp, or None (compatibility ones ignored)."""
    text = unicodedata.decomposition(chr(cp))
    if not text or text.startswith("<"):
        return None
    return [int(part, 16) for part in text.split()]


def ccc(cp):
    return unicodedata.combining(chr(cp))


def derive():
    """Derive every table NFC needs from unicodedata; returns a dict of sorted data."""
    mappings = {}
    classes = {}
    for cp in code_points():
        if is_hangul_syllable(cp):
            continue
        mapping = canonical_mapping(cp)
        if mapping is not None:
            mappings[cp] = mapping
        value = ccc(cp)
        if value:
            classes[cp] = value

    def full(cp):
        """Full (recursive) canonical decomposition."""
        if cp not in mappings:
            return [cp]
        return [part for piece in mappings[cp] for part in full(piece)]

    decompositions = {cp: full(cp) for cp in mappings}

    # Primary composites: canonical decomposables that are not Full_Composition_Exclusion.
    # unicodedata has no exclusion property, so derive it: singletons and non-starter
    # decompositions are excluded by definition; the rest (CompositionExclusions.txt) are
    # exactly the decomposables whose NFC is not themselves.
    pairs = {}
    excluded = set()
    for cp, mapping in mappings.items():
        if len(mapping) == 1 or ccc(cp) != 0 or ccc(mapping[0]) != 0:
            excluded.add(cp)
            continue
        if unicodedata.normalize("NFC", chr(cp)) != chr(cp):
            excluded.add(cp)
            continue
        assert len(mapping) == 2, hex(cp)
        key = (mapping[0], mapping[1])
        assert key not in pairs, key
        pairs[key] = cp

    # NFC_QC=No is Full_Composition_Exclusion; cross-check it against normalize() directly.
    no = {cp for cp in code_points() if unicodedata.normalize("NFC", chr(cp)) != chr(cp)}
    assert no == excluded, sorted(no ^ excluded)[:20]
    # NFC_QC=Maybe: characters that can combine with a preceding character (the second of a
    # primary composition), plus the Hangul vowel and trailing jamo (LV + T, L + V).
    maybe = {second for (_, second) in pairs}
    maybe.update(range(V_BASE, V_BASE + V_COUNT))
    maybe.update(range(T_BASE + 1, T_BASE + T_COUNT))
    assert not (maybe & no)
    quick_check = {cp: QC_NO for cp in no}
    quick_check.update({cp: QC_MAYBE for cp in maybe})

    # What the fast path assumes about code points below FAST_PATH_LIMIT.
    for cp in range(FAST_PATH_LIMIT):
        assert ccc(cp) == 0 and cp not in quick_check, hex(cp)
        assert cp not in decompositions or ccc(decompositions[cp][0]) == 0, hex(cp)
    # Composites are starters; composition results are never decomposable further in NFC.
    for (first, second), composite in pairs.items():
        assert ccc(composite) == 0 and ccc(first) == 0, hex(composite)

    return {
        "classes": classes,
        "decompositions": decompositions,
        "pairs": pairs,
        "quick_check": quick_check,
    }


def ranges(mapping):
    """Runs of consecutive code points with the same value: [(start, end inclusive, value)]."""
    result = []
    for cp in sorted(mapping):
        value = mapping[cp]
        if result and result[-1][1] == cp - 1 and result[-1][2] == value:
            result[-1][1] = cp
        else:
            result.append([cp, cp, value])
    return [tuple(r) for r in result]


# --- Reference NFC over the derived tables, to check them against unicodedata.normalize. ---

def reference_nfc(text, tables):
    classes, decompositions, pairs = tables["classes"], tables["decompositions"], tables["pairs"]
    decomposed = []
    for ch in text:
        cp = ord(ch)
        if is_hangul_syllable(cp):
            index = cp - S_BASE
            decomposed.append(L_BASE + index // (V_COUNT * T_COUNT))
            decomposed.append(V_BASE + (index % (V_COUNT * T_COUNT)) // T_COUNT)
            if index % T_COUNT:
                decomposed.append(T_BASE + index % T_COUNT)
        else:
            decomposed.extend(decompositions.get(cp, [cp]))
    # Canonical ordering: stable sort of each run of non-starters by class.
    i = 0
    while i < len(decomposed):
        if classes.get(decomposed[i], 0) == 0:
            i += 1
            continue
        j = i
        while j < len(decomposed) and classes.get(decomposed[j], 0) != 0:
            j += 1
        decomposed[i:j] = sorted(decomposed[i:j], key=lambda c: classes[c])
        i = j

    def compose(first, second):
        if L_BASE <= first < L_BASE + L_COUNT and V_BASE <= second < V_BASE + V_COUNT:
            return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT
        if is_hangul_syllable(first) and (first - S_BASE) % T_COUNT == 0 and T_BASE < second < T_BASE + T_COUNT:
            return first + second - T_BASE
        return pairs.get((first, second))

    out = []
    starter = -1
    last = -1  # class of the last kept character after the starter; -1: none (adjacent)
    for cp in decomposed:
        cls = classes.get(cp, 0)
        if starter >= 0 and (last == -1 or 0 < last < cls):
            composite = compose(out[starter], cp)
            if composite is not None:
                out[starter] = composite
                continue
        if cls == 0:
            starter = len(out)
            last = -1
        else:
            last = cls
        out.append(cp)
    return "".join(chr(cp) for cp in out)


def self_check(tables):
    """Compare the reference NFC over the derived tables with unicodedata.normalize."""
    interesting = set(tables["classes"]) | set(tables["decompositions"]) | set(tables["quick_check"])
    for (first, second), composite in tables["pairs"].items():
        interesting.update((first, second, composite))
    marks = ["", "\u0301", "\u0323\u0302", "\u0302\u0323", "\u031b\u0323\u0301", "\u0345", "\u0f71\u0f72"]
    samples = [chr(cp) + m for cp in sorted(interesting) for m in marks]
    samples += [chr(cp) for cp in range(S_BASE, S_BASE + S_COUNT, 7)]
    samples += [chr(l) + chr(v) + chr(t) for l in (0x1100, 0x1112) for v in (0x1161, 0x1175) for t in (0x11A7, 0x11A8, 0x11C2)]
    samples += ["".join(chr(cp) for cp in tables["decompositions"][k]) for k in tables["decompositions"]]
    for sample in samples:
        expected = unicodedata.normalize("NFC", sample)
        actual = reference_nfc(sample, tables)
        if actual != expected:
            raise AssertionError(f"derived tables disagree with unicodedata for {sample!r}: {actual!r} != {expected!r}")


# --- C# output ---

def cs_array(values, per_line=12, hexadecimal=True):
    """Array elements, per_line to a line: code points in hex (0 to 9 in decimal), other numbers in decimal."""
    lines = []
    for i in range(0, len(values), per_line):
        chunk = values[i:i + per_line]
        lines.append("        " + ", ".join(f"0x{v:04X}" if hexadecimal and v > 9 else str(v) for v in chunk) + ",")
    return "\n".join(lines)


def render(tables):
    version = unicodedata.unidata_version
    classes = ranges(tables["classes"])
    qc = ranges(tables["quick_check"])
    decomposition_keys = sorted(tables["decompositions"])
    offsets = [0]
    data = []
    for cp in decomposition_keys:
        data.extend(tables["decompositions"][cp])
        offsets.append(len(data))
    max_length = max(len(tables["decompositions"][cp]) for cp in decomposition_keys)
    pair_keys = sorted(tables["pairs"])

    def prop(doc, type_name, name, values, per_line=12, hexadecimal=True):
        return (
            f"    /// <summary>{doc}</summary>\n"
            f"    public static ReadOnlySpan<{type_name}> {name} =>\n"
            f"    [\n{cs_array(values, per_line, hexadecimal)}\n    ];\n"
        )

    parts = [
        "// <auto-generated>\n",
        f"//     Generated by {SCRIPT} from Python's unicodedata, Unicode {version}.\n",
        f"//     Do not edit: change the script and run `python3 {SCRIPT}` from the repository root.\n",
        "// </auto-generated>\n",
        "\n",
        "using System;\n",
        "\n",
        "namespace Cooperation.Domain.Internal.Text;\n",
        "\n",
        f"/// <summary>\n",
        f"/// Unicode {version} data for <see cref=\"Nfc\"/>, so NFC needs no ICU at run time.\n",
        "/// Code points are ints (supplementary planes included); Hangul syllables are algorithmic and not listed.\n",
        "/// Every property is a span over constant data in the assembly: reading it allocates nothing.\n",
        "/// </summary>\n",
        "internal static class UnicodeTables\n",
        "{\n",
        f"    /// <summary>Version of the Unicode data these tables were generated from (Python's unicodedata.unidata_version).</summary>\n",
        f"    public const string UnicodeVersion = \"{version}\";\n",
        "\n",
        f"    /// <summary>Longest full canonical decomposition, in code points: bounds how far one code point expands.</summary>\n",
        f"    public const int MaxDecompositionLength = {max_length};\n",
        "\n",
        f"    /// <summary>Below this every char is a starter, NFC_QC=Yes, and never composes with what precedes it.</summary>\n",
        f"    public const int FastPathLimit = 0x{FAST_PATH_LIMIT:04X};\n",
        "\n",
        "    /// <summary>Value in <see cref=\"QuickCheckValues\"/> for NFC_QC=Maybe (may compose with the previous character).</summary>\n",
        f"    public const byte QuickCheckMaybe = {QC_MAYBE};\n",
        "\n",
        "    /// <summary>Value in <see cref=\"QuickCheckValues\"/> for NFC_QC=No (never occurs in NFC).</summary>\n",
        f"    public const byte QuickCheckNo = {QC_NO};\n",
        "\n",
        prop("First code point of each run with the same non-zero canonical combining class, ascending.",
             "int", "CombiningClassStarts", [r[0] for r in classes]),
        "\n",
        prop("Last code point (inclusive) of each run in <see cref=\"CombiningClassStarts\"/>.",
             "int", "CombiningClassEnds", [r[1] for r in classes]),
        "\n",
        prop("Canonical combining class of each run in <see cref=\"CombiningClassStarts\"/>.",
             "byte", "CombiningClassValues", [r[2] for r in classes], 20, False),
        "\n",
        prop("Code points with a canonical decomposition (Hangul syllables aside), ascending.",
             "int", "DecompositionCodePoints", decomposition_keys),
        "\n",
        prop("Start of each code point's full decomposition in <see cref=\"DecompositionData\"/>; one extra entry ends the last.",
             "int", "DecompositionOffsets", offsets, 16, False),
        "\n",
        prop("Full (recursive) canonical decompositions, concatenated, already in canonical order.",
             "int", "DecompositionData", data),
        "\n",
        prop("First code point of each primary composition pair; pairs ascend by (first, second).",
             "int", "CompositionFirsts", [k[0] for k in pair_keys]),
        "\n",
        prop("Second code point of each pair in <see cref=\"CompositionFirsts\"/>.",
             "int", "CompositionSeconds", [k[1] for k in pair_keys]),
        "\n",
        prop("Primary composite each pair in <see cref=\"CompositionFirsts\"/> composes to (composition exclusions, singletons and non-starter decompositions left out).",
             "int", "CompositionResults", [tables["pairs"][k] for k in pair_keys]),
        "\n",
        prop("First code point of each run with the same NFC_QC value other than Yes, ascending (Hangul jamo V and T included).",
             "int", "QuickCheckStarts", [r[0] for r in qc]),
        "\n",
        prop("Last code point (inclusive) of each run in <see cref=\"QuickCheckStarts\"/>.",
             "int", "QuickCheckEnds", [r[1] for r in qc]),
        "\n",
        prop("NFC_QC of each run in <see cref=\"QuickCheckStarts\"/>: <see cref=\"QuickCheckMaybe\"/> or <see cref=\"QuickCheckNo\"/>.",
             "byte", "QuickCheckValues", [r[2] for r in qc], 20, False),
        "}\n",
    ]
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is not what this script generates")
    args = parser.parse_args()

    tables = derive()
    self_check(tables)
    text = render(tables)

    if args.check:
        try:
            with open(OUTPUT, encoding="utf-8", newline="") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f"{OUTPUT} is out of date (or was edited): run python3 {SCRIPT}", file=sys.stderr)
            return 1
        print(f"{OUTPUT} is up to date (Unicode {unicodedata.unidata_version}).")
        return 0

    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {OUTPUT} (Unicode {unicodedata.unidata_version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
