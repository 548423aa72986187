#!/usr/bin/env python3
"""Fills the spans of hand-written gold annotations from (text, occurrence) pairs, so that nobody counts offsets.

A gold file (tests/Cooperation.Domain.Tests/Text/Gold/Seeds/NNN.json) has the shape of the development set's gold
(../shared/extraction-dev/README.md): the document's file name, language, date, mentions and meetings. Each mention
gives its `text` and its `occurrence`: the 1-based position of that text among its occurrences in the document,
counted at word boundaries (a match that starts or ends with a letter or digit must not continue a word, so
"Mexico" never counts inside "Mexican"). This script reads the document (the whole file, decoded as UTF-8, a BOM
removed), checks its SHA-256 against the gold, and writes `start` and `end` (UTF-16 offsets, end exclusive; the
seeds are inside the Basic Multilingual Plane, which the script checks, so these are code point offsets too),
`excerpt_chars`, and the mentions ordered by position.

Usage:
  python3 tools/gold_spans.py [--check] [--documents DIR] GOLD.json...
      --check        exit 1 if a gold file is not what this script would write (spans stale or hand-edited)
      --documents    the folder of the documents (default: ../shared/seeds beside the repository)
  python3 tools/gold_spans.py --find TEXT DOCUMENT
      lists every word-bounded occurrence of TEXT in DOCUMENT with its number and context (an authoring aid)
"""

import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DOCUMENTS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")
KIND_ORDER = ["date", "country", "person", "institution", "ordinal", "mechanism"]


def read_document(path):
    """The document as the scorer sees it: UTF-8, a leading BOM removed, nothing else changed."""
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    if any(ord(c) > 0xFFFF for c in text):
        sys.exit(f"{path}: characters outside the Basic Multilingual Plane: UTF-16 offsets would differ from these")
    return text, hashlib.sha256(raw).hexdigest()


def occurrences(document, text):
    """Start offsets of `text` in `document` at word boundaries, in order."""
    found, at = [], document.find(text)
    while at >= 0:
        end = at + len(text)
        starts_clean = not text[0].isalnum() or at == 0 or not document[at - 1].isalnum()
        ends_clean = not text[-1].isalnum() or end == len(document) or not document[end].isalnum()
        if starts_clean and ends_clean:
            found.append(at)
        at = document.find(text, at + 1)
    return found


def fill(gold, document, where):
    """The gold with spans filled in; exits with a message naming the mention when one cannot be placed."""
    mentions = []
    for number, mention in enumerate(gold["mentions"], 1):
        text, occurrence = mention.get("text"), mention.get("occurrence")
        if not text or not isinstance(occurrence, int) or occurrence < 1:
            sys.exit(f"{where}: mention {number} ({text!r}) needs a text and an occurrence of 1 or more")
        starts = occurrences(document, text)
        if occurrence > len(starts):
            sys.exit(f"{where}: mention {number}: {text!r} occurs {len(starts)} time(s) at word boundaries, "
                     f"not {occurrence}")
        start = starts[occurrence - 1]
        placed = {"kind": mention["kind"], "text": text, "occurrence": occurrence, "start": start,
                  "end": start + len(text)}
        placed.update({k: v for k, v in mention.items() if k not in placed})
        mentions.append(placed)
    mentions.sort(key=lambda m: (m["start"], m["end"], KIND_ORDER.index(m["kind"])))
    out = dict(gold)
    out["excerpt_chars"] = len(document)
    out["mentions"] = mentions
    return out


def render(gold):
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    if argv[:1] == ["--find"]:
        if len(argv) != 3:
            sys.exit("usage: gold_spans.py --find TEXT DOCUMENT")
        document, _ = read_document(argv[2])
        for number, start in enumerate(occurrences(document, argv[1]), 1):
            context = document[max(0, start - 40):start + len(argv[1]) + 40].replace("\n", "⏎")
            print(f"{number:3} @{start:5}  …{context}…")
        return 0
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    documents = DEFAULT_DOCUMENTS
    if "--documents" in argv:
        i = argv.index("--documents")
        documents = argv[i + 1]
        del argv[i:i + 2]
    if not argv:
        sys.exit(__doc__)
    stale = []
    for path in argv:
        current = open(path, encoding="utf-8").read()
        gold = json.loads(current)
        document, sha = read_document(os.path.join(documents, gold["file"]))
        if gold.get("sha256") != sha:
            sys.exit(f"{path}: {gold['file']} has SHA-256 {sha}, the gold records {gold.get('sha256')}")
        text = render(fill(gold, document, path))
        if text != current:
            stale.append(path)
            if not check:
                with open(path, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
    if check and stale:
        print("gold files with stale spans (run tools/gold_spans.py on them): " + ", ".join(stale), file=sys.stderr)
        return 1
    print(("up to date: " if not stale else "wrote: ") + ", ".join(stale or argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
