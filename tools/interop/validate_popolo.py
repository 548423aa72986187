#!/usr/bin/env python3
"""Validates a Popolo export of Cooperation.Domain (cooperation export --format popolo).

Usage: validate_popolo.py SCHEMAS_DIR EXPORT.json

Every object of the document's "areas", "organizations", "persons", "memberships" and "events" is validated with
jsonschema's Draft3Validator against the Popolo schema of its kind (the draft-03 schemas of SCHEMAS_DIR, their $refs
resolved from that folder, never from the network). Then what a schema cannot say is checked: every date is a real
calendar date (YYYY, YYYY-MM or YYYY-MM-DD, the day within its month), identifiers are unique, and every reference
(parent_id, area_id, organization_id, person_id, on_behalf_of_id, member.id, event_id, holder_id, predecessor_id,
successor_id, speaker_id, citations[].source_id, attendees[].id, parties[]) names an object of the document of the
right kind. Prints one line per problem and exits with 1, or prints a summary and exits with 0.
"""
import json
import os
import sys
import warnings

import jsonschema

from prefix_date import real_date

KINDS = {"areas": "area", "organizations": "organization", "persons": "person", "memberships": "membership", "events": "event"}


def load_schemas(folder):
    store = {}
    for name in os.listdir(folder):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                schema = json.load(f)
            store[schema["id"].rstrip("#")] = schema
            store[schema["id"]] = schema
    return store


def validator(store, kind):
    schema = store[f"http://www.popoloproject.com/schemas/{kind}.json"]
    with warnings.catch_warnings():
        # RefResolver is deprecated in recent jsonschema releases but is the one API that both Debian's 4.10 and the
        # current releases have; the store keeps every $ref local.
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    return jsonschema.Draft3Validator(schema, resolver=resolver, format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER)


def walk(value, path):
    """Every (path, key, value) of a JSON tree."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield path, k, v
            yield from walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, f"{path}[{i}]")


def main():
    schemas_dir, export = sys.argv[1], sys.argv[2]
    store = load_schemas(schemas_dir)
    with open(export, encoding="utf-8") as f:
        document = json.load(f)
    problems = []
    ids = {}
    counts = {}
    for collection, kind in KINDS.items():
        objects = document.get(collection, [])
        counts[collection] = len(objects)
        check = validator(store, kind)
        for i, obj in enumerate(objects):
            where = f"{collection}[{i}]"
            for error in check.iter_errors(obj):
                problems.append(f"{where}: schema {kind}.json: {error.message} (at {'/'.join(map(str, error.absolute_path)) or 'the object'})")
            if "id" in obj:
                if obj["id"] in ids:
                    problems.append(f"{where}: id {obj['id']} is used twice")
                ids[obj["id"]] = collection
    for i, source in enumerate(document.get("sources", [])):
        if source.get("id") in ids:
            problems.append(f"sources[{i}]: id {source['id']} is used twice")
        ids[source.get("id")] = "sources"

    def need(where, ref, *collections):
        if ids.get(ref) not in collections:
            problems.append(f"{where}: {ref} names no object of {' or '.join(collections)}")

    for collection in list(KINDS) + ["sources"]:
        for i, obj in enumerate(document.get(collection, [])):
            for path, key, value in walk(obj, f"{collection}[{i}]"):
                if (key.endswith("_date") or key == "date") and isinstance(value, str) and not real_date(value.split("T")[0]):
                    problems.append(f"{path}.{key}: {value!r} is not a real calendar date")
                if key == "parent_id" and value is not None:
                    need(f"{path}.{key}", value, collection)
                elif key == "area_id" and value is not None:
                    need(f"{path}.{key}", value, "areas")
                elif key in ("organization_id", "on_behalf_of_id", "holder_id", "predecessor_id", "successor_id") and value is not None:
                    need(f"{path}.{key}", value, "organizations")
                elif key in ("person_id", "speaker_id") and value is not None:
                    need(f"{path}.{key}", value, "persons")
                elif key == "event_id" and value is not None:
                    need(f"{path}.{key}", value, "events")
                elif key == "source_id":
                    need(f"{path}.{key}", value, "sources")
                elif key == "member" and isinstance(value, dict) and "id" in value:
                    need(f"{path}.member.id", value["id"], "persons" if value.get("@type") == "Person" else "organizations")
                elif key == "attendees":
                    for j, attendee in enumerate(value):
                        if "id" in attendee:
                            need(f"{path}.attendees[{j}].id", attendee["id"], "persons")
                elif key == "parties" and collection == "events":
                    for j, party in enumerate(value):
                        need(f"{path}.parties[{j}]", party, "organizations")
    for problem in problems:
        print(problem)
    if problems:
        print(f"popolo: {len(problems)} problems in {export}")
        return 1
    summary = ", ".join(f"{n} {c}" for c, n in counts.items())
    print(f"popolo ok: {summary}, {len(document.get('sources', []))} sources; every object valid (Draft3Validator), every date real, every reference resolved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
