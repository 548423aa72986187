#!/usr/bin/env python3
"""Checks a FollowTheMoney export of Cooperation.Domain (cooperation export --format ftm) against the model.

Usage: check_ftm.py MODEL.json EXPORT.ftm.json

MODEL.json is the model the npm package @alephdata/followthemoney ships (dist/defaultModel.json: its schemata and
property types); the package has no validator of its own, so this is one. Each line of the export must be one JSON
object {"id", "schema", "properties"} and is checked for: a schema the model has and that is not abstract; properties
the schema has (its own or inherited); every value a string within its property's length; values of the right type:
dates are prefix dates (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time) and real calendar dates, countries,
languages and topics are values of their type's list, URLs are absolute http(s), and entity references name an entity
of the stream whose schema is the property's range or extends it; the schema's required properties present; each
identifier used once. Prints one line per problem and exits with 1, or a summary by schema and exits with 0.
"""
import json
import re
import sys
from collections import Counter
from urllib.parse import urlparse

from prefix_date import WITH_TIME, real_date


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        model = json.load(f)
    schemata, types = model["schemata"], model["types"]

    def ancestors(name):
        seen, stack = [], [name]
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.append(current)
                stack.extend(schemata[current].get("extends", []))
        return seen

    def properties(name):
        merged = {}
        for schema in reversed(ancestors(name)):
            merged.update(schemata[schema].get("properties", {}))
        return merged

    def required(name):
        return {p for schema in ancestors(name) for p in schemata[schema].get("required", [])}

    entities, problems = [], []
    with open(sys.argv[2], encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            where = f"line {number}"
            try:
                entity = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: not a JSON object: {e}")
                continue
            if not isinstance(entity, dict) or set(entity) != {"id", "schema", "properties"}:
                problems.append(f"{where}: an entity is an object of exactly id, schema and properties")
                continue
            entities.append((where, entity))

    ids = {}
    for where, entity in entities:
        if not isinstance(entity["id"], str) or not entity["id"] or len(entity["id"]) > types["entity"]["maxLength"]:
            problems.append(f"{where}: the id {entity['id']!r} is not a string of 1 to {types['entity']['maxLength']} characters")
        elif entity["id"] in ids:
            problems.append(f"{where}: the id {entity['id']} is used again (first at {ids[entity['id']][0]})")
        else:
            ids[entity["id"]] = (where, entity["schema"])

    counts = Counter()
    for where, entity in entities:
        schema, props = entity["schema"], entity["properties"]
        where = f"{where} ({entity['id']})"
        if schema not in schemata:
            problems.append(f"{where}: unknown schema {schema}")
            continue
        if schemata[schema].get("abstract"):
            problems.append(f"{where}: the schema {schema} is abstract")
            continue
        counts[schema] += 1
        known = properties(schema)
        for name in sorted(required(schema) - set(props)):
            problems.append(f"{where}: {schema} requires {name}")
        for name, values in props.items():
            if name not in known:
                problems.append(f"{where}: {schema} has no property {name}")
                continue
            prop = known[name]
            kind = prop["type"]
            limit = prop.get("maxLength", types[kind].get("maxLength"))
            if not isinstance(values, list) or not values:
                problems.append(f"{where}: {name} is not a non-empty list of values")
                continue
            for value in values:
                if not isinstance(value, str) or not value:
                    problems.append(f"{where}: {name} has a value that is not a non-empty string: {value!r}")
                    continue
                if limit is not None and len(value) > limit:
                    problems.append(f"{where}: {name} has a value of {len(value)} characters; the model allows {limit}")
                if kind == "date" and not real_date(value, WITH_TIME):
                    problems.append(f"{where}: {name} {value!r} is not a prefix date of a real day")
                elif kind in ("country", "language", "topic", "gender") and value not in types[kind].get("values", {}):
                    problems.append(f"{where}: {name} {value!r} is not a {kind} of the model")
                elif prop.get("format") == "qid" and not re.fullmatch(r"Q[1-9][0-9]*", value):
                    problems.append(f"{where}: {name} {value!r} is not a Wikidata item (Q and a number)")
                elif kind == "url" and (urlparse(value).scheme not in ("http", "https") or not urlparse(value).netloc):
                    problems.append(f"{where}: {name} {value!r} is not an absolute http(s) URL")
                elif kind == "entity":
                    target = ids.get(value)
                    if target is None:
                        problems.append(f"{where}: {name} refers to {value}, which is not in the stream")
                    elif prop.get("range") and prop["range"] not in ancestors(target[1]):
                        problems.append(f"{where}: {name} refers to {value}, a {target[1]}, not a {prop['range']}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"ftm: {len(problems)} problems in {len(entities)} entities")
        return 1
    print(f"ftm ok: {len(entities)} entities ({', '.join(f'{n} {s}' for s, n in sorted(counts.items()))}); every schema, property, value type, reference and required property checked against the model")
    return 0


if __name__ == "__main__":
    sys.exit(main())
