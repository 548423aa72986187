#!/usr/bin/env python3
"""Reads an iCalendar file with Python's icalendar package (Debian's python3-icalendar) and checks it.

Usage: read_icalendar.py FILE.ics

Prints one JSON object a line for each VEVENT as the package reads it: {"uid", "dtstart", "dtend", "summary",
"precision", "properties"} (dates in ISO form, properties the number of the event's properties), then checks what a
calendar program relies on: every event has a UID, a DTSTART and a DTEND after it, and the UIDs are unique. Problems
go to standard error, and the exit code is 1; otherwise a summary line goes to standard error and the exit code is 0.
"""
import json
import sys

import icalendar


def main():
    with open(sys.argv[1], "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    problems, uids = [], set()
    for name, error in calendar.errors:
        problems.append(f"the calendar's {name} does not parse: {error}")
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    for event in events:
        uid = str(event.get("UID", ""))
        start = event.get("DTSTART")
        end = event.get("DTEND")
        record = {
            "uid": uid,
            "dtstart": start.dt.isoformat() if start is not None else None,
            "dtend": end.dt.isoformat() if end is not None else None,
            "summary": str(event.get("SUMMARY", "")),
            "precision": str(event.get("X-COOPERATION-PRECISION", "")),
            "properties": len(event.property_items(recursive=False)) - 2,  # without BEGIN and END
        }
        print(json.dumps(record, ensure_ascii=False))
        if not uid:
            problems.append("an event has no UID")
        elif uid in uids:
            problems.append(f"{uid}: the UID is used twice")
        uids.add(uid)
        # icalendar keeps reading past a property it cannot parse and only records it: an unparsed value is a failure.
        for name, error in event.errors:
            problems.append(f"{uid}: {name} does not parse: {error}")
        if start is None or end is None:
            problems.append(f"{uid}: DTSTART or DTEND is missing")
        elif not end.dt > start.dt:
            problems.append(f"{uid}: DTEND {end.dt} is not after DTSTART {start.dt}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"icalendar ok: {len(events)} events, each with its own UID, a DTSTART and a DTEND after it", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
