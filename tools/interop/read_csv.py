#!/usr/bin/env python3
"""Reads a CSV file with Python's csv module (as a spreadsheet import or pandas would) and prints its records.

Usage: read_csv.py FILE.csv [COLUMNS]

Prints the records as one JSON array of arrays of strings, exactly as the csv module returns them (the leading
apostrophe of an escaped formula is kept: undoing it is the reader's choice). Fails (exit code 1, the reason on
standard error) when the file is not UTF-8, when a record does not have as many fields as the header, or when
COLUMNS is given and the header does not have that many columns.
"""
import csv
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        records = list(csv.reader(f, strict=True))
    if not records:
        print("the file has no header", file=sys.stderr)
        return 1
    width = len(records[0])
    if len(sys.argv) > 2 and width != int(sys.argv[2]):
        print(f"the header has {width} columns, not {sys.argv[2]}", file=sys.stderr)
        return 1
    for number, record in enumerate(records[1:], start=2):
        if len(record) != width:
            print(f"record {number} has {len(record)} fields, the header {width}", file=sys.stderr)
            return 1
    print(json.dumps(records, ensure_ascii=False))
    print(f"csv ok: {len(records) - 1} records of {width} fields", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
