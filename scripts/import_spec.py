#!/usr/bin/env python3
"""Import an upstream Open Responses ``openapi.json`` into ``openapi/openresponses.json``.

Usage::

    python scripts/import_spec.py SOURCE            # SOURCE: a path or an https:// URL
    python scripts/import_spec.py SOURCE --check    # exit 1 if openapi/ is out of date

The output keeps the protocol's facts (paths, schema and property names, types,
enums, required lists, constraints, discriminators) and drops the upstream prose.
It then applies the changes ``openapi-python-client`` needs and the leniency a
client needs against real servers.  Every change is listed in ``CHANGES`` below and
recorded in the output so the conformance test can tell our edits from the spec:

* ``x-spec-required``  the upstream ``required`` list where we relaxed it;
* ``x-spec-enum``      the upstream single-value enum where we wrote ``const``;
* ``x-open-responses-extension``  schemas and paths that are not part of the spec.

Hand-written inputs live beside the output: ``openapi/extensions.json`` (provider
extensions) and ``openapi/overlay.json`` (our descriptions and the fields a client
may rely on in server replies).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
OUTPUT = OPENAPI_DIR / "openresponses.json"
EXTENSIONS = OPENAPI_DIR / "extensions.json"
OVERLAY = OPENAPI_DIR / "overlay.json"

Json = dict[str, Any]

# Keywords whose values are prose.  Dropped everywhere except where they are
# names inside a ``properties`` map (a property may well be called "description").
PROSE_KEYS = frozenset(
    {
        "description",
        "summary",
        "example",
        "examples",
        "x-enumDescriptions",
        "x-unionTitle",
        "x-unionDisplay",
    }
)

# Fallback member appended to each union of tagged objects, so that a type the
# spec allows servers to add (``acme:thing``) parses into a record that keeps
# every field instead of failing.  These names predate the automatic rule below
# and are kept so that user code importing ``UnknownItem`` & co. keeps working; a
# member not listed here joins the category of the union it appears in, and a
# union with no listed member gets ``Unknown<UnionName>``.  Nothing stops the
# import: new members are reported on stderr.
FALLBACK_NAMES: dict[str, str] = {
    "Item": "UnknownItem",
    "Content": "UnknownContent",
    "Annotation": "UnknownAnnotation",
    "Tool": "UnknownTool",
    "ToolChoice": "UnknownToolChoice",
    "TextFormat": "UnknownTextFormat",
    "StreamingEvent": "UnknownStreamingEvent",
}
# Which category a union belongs to, by the suffix of its members' names or the
# property that holds it (checked in order; the first match wins).
CATEGORY_HINTS: list[tuple[str, str]] = [
    ("StreamingEvent", "StreamingEvent"),
    ("ToolChoice", "ToolChoice"),
    ("ToolsParam", "ToolChoice"),
    ("ResponseFormat", "TextFormat"),
    ("ResponseFormatParam", "TextFormat"),
    ("Annotation", "Annotation"),
    ("Citation", "Annotation"),
    ("CitationBody", "Annotation"),
    ("CitationParam", "Annotation"),
    ("Content", "Content"),
    ("ContentParam", "Content"),
    ("ContentParamAutoParam", "Content"),
    ("Tool", "Tool"),
    ("ToolParam", "Tool"),
    ("Item", "Item"),
    ("ItemParam", "Item"),
    ("Message", "Item"),
    ("Output", "Item"),
    ("Body", "Item"),
    ("Call", "Item"),
]

# The component that holds the streaming events (hoisted from the event-stream replies).
EVENT_UNION = "StreamingEvent"

# The allOf in this schema re-declares these CreateResponseBody fields with an
# impossible type to say "never send them"; we flatten it and record the rule.
WEBSOCKET_CREATE = "WebSocketResponseCreateEvent"

CHANGES = """\
prose dropped; component titles set to schema names; form-urlencoded request body dropped;
single-value string enums written as const; $ref+discriminator aliases turned into unions;
the event-stream union named StreamingEvent and its members marked x-open-responses-event;
unions of tagged objects get an Unknown* fallback member; server-sent objects marked
x-open-responses-server-sent; WebSocket create event flattened;
required lists of server-sent schemas relaxed to the fields in overlay.json (x-spec-required keeps
the original); provider extensions from extensions.json merged and marked."""


def load_source(source: str) -> Json:
    """Read the upstream document from a path or an https URL."""
    if source.startswith(("https://", "http://")):
        with urllib.request.urlopen(source, timeout=60) as reply:
            data = reply.read()
    else:
        data = Path(source).read_bytes()
    document = json.loads(data)
    if not isinstance(document, dict) or "components" not in document:
        raise SystemExit(f"{source}: not an OpenAPI document (no 'components')")
    return document


def strip_prose(node: Any, *, in_properties: bool = False) -> Any:
    """Return ``node`` without prose keywords; property names are kept as they are."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if not in_properties and key in PROSE_KEYS:
                continue
            result[key] = strip_prose(
                value, in_properties=key == "properties" and not in_properties
            )
        return result
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


def walk(node: Any) -> Iterator[Json]:
    """Yield every JSON object under ``node``, parents first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def ref_name(node: Json) -> str | None:
    """The component name a ``$ref`` points at, or None."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return ref.rsplit("/", 1)[1]
    return None


def ref(name: str) -> Json:
    """A ``$ref`` to a component schema."""
    return {"$ref": f"#/components/schemas/{name}"}


def enums_to_const(schemas: Json) -> None:
    """Write single-value string enums (type tags such as ``"message"``) as ``const``."""
    for node in walk(schemas):
        values = node.get("enum")
        if node.get("type") == "string" and isinstance(values, list) and len(values) == 1:
            node["x-spec-enum"] = values
            node["const"] = values[0]
            del node["enum"]


def aliases_to_unions(schemas: Json) -> None:
    """Turn ``$ref`` aliases into one-member unions the generator can name.

    This covers ``$ref`` + ``discriminator`` (a union collapsed by TypeSpec) and a
    component schema that is nothing but a ``$ref``.
    """
    for schema in schemas.values():
        name = ref_name(schema)
        if name is not None and set(schema) == {"$ref"}:
            del schema["$ref"]
            schema["oneOf"] = [ref(name)]
    for node in walk(schemas):
        name = ref_name(node)
        if name is not None and "discriminator" in node:
            discriminator = node.pop("discriminator")
            del node["$ref"]
            node["oneOf"] = [ref(name)]
            node["discriminator"] = discriminator


def _is_tagged(schema: Json) -> bool:
    """An object whose ``type`` property is a constant: a member a tag can pick."""
    tag = schema.get("properties", {}).get("type")
    return schema.get("type") == "object" and isinstance(tag, dict) and "const" in tag


def _category(name: str) -> str | None:
    """The fallback category a member's name suggests, if any."""
    stem = name
    while stem.endswith("Param") and stem != "Param":
        stem = stem[: -len("Param")]
    for suffix, category in CATEGORY_HINTS:
        if name.endswith(suffix) or stem.endswith(suffix):
            return category
    return None


def _unions(schemas: Json) -> Iterator[tuple[str, list[Json]]]:
    """Every ``oneOf`` list in the schemas, with a name for it (its schema and property)."""

    def visit(node: Any, label: str) -> Iterator[tuple[str, list[Json]]]:
        if isinstance(node, dict):
            if isinstance(node.get("oneOf"), list):
                yield label, node["oneOf"]
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for prop, sub in value.items():
                        camel = "".join(part.capitalize() for part in prop.split("_"))
                        yield from visit(sub, label + camel)
                else:
                    yield from visit(value, label)
        elif isinstance(node, list):
            for item in node:
                yield from visit(item, label)

    for name in list(schemas):
        yield from visit(schemas[name], name)


def add_union_fallbacks(schemas: Json, report: list[str]) -> set[str]:
    """Append an ``Unknown*`` member to every union of tagged objects.

    The fallback's name comes from the members' category (``FALLBACK_NAMES``) or,
    failing that, from the union's place in the document.  Members the category
    hints do not recognise are listed in ``report``; they never stop the import.
    """
    used: set[str] = set()
    for label, members in _unions(schemas):
        names = [ref_name(m) for m in members]
        tagged = [n for n in names if n is not None and n in schemas and _is_tagged(schemas[n])]
        if not tagged or any(n is not None and n.startswith("Unknown") for n in names):
            continue
        categories = [c for c in (_category(n) for n in tagged) if c is not None]
        if not categories and _category(label) is not None:
            categories = [str(_category(label))]
        if categories:
            category = max(sorted(set(categories)), key=categories.count)
            fallback = FALLBACK_NAMES[category]
        else:
            fallback = f"Unknown{label}"
        for name in tagged:
            if _category(name) is None and not schemas[name].get("x-open-responses-extension"):
                report.append(f"{name}: joins {fallback} (union {label})")
        members.append(ref(fallback))
        used.add(fallback)
    return used


def unknown_schema(name: str) -> Json:
    """An open record for a tagged object of a type this document does not know."""
    return {
        "title": name,
        "type": "object",
        "properties": {"type": {"type": "string"}},
        "additionalProperties": True,
        "x-open-responses-fallback": True,
    }


def flatten_websocket_create(schemas: Json) -> None:
    """Merge the WebSocket create event's allOf into one object without the banned fields."""
    event = schemas.get(WEBSOCKET_CREATE)
    if event is None or "allOf" not in event:
        return
    own: Json = {}
    base: Json = {}
    for part in event.pop("allOf"):
        name = ref_name(part)
        if name is not None:
            base = schemas[name]
        else:
            own = part
    disallowed = sorted(
        key
        for key, value in own.get("properties", {}).items()
        if isinstance(value, dict) and value.get("x-openresponses-disallowed")
    )
    properties = {
        key: value for key, value in own.get("properties", {}).items() if key not in disallowed
    }
    properties.update(
        {
            key: copy.deepcopy(value)
            for key, value in base.get("properties", {}).items()
            if key not in disallowed
        }
    )
    event["type"] = "object"
    event["properties"] = properties
    event["required"] = sorted(set(own.get("required", [])) | set(base.get("required", [])))
    event["x-openresponses-disallowed-fields"] = disallowed


def reachable(schemas: Json, roots: list[str]) -> set[str]:
    """Names of the component schemas reachable from ``roots`` through ``$ref``s."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(n for n in (ref_name(x) for x in walk(schemas[name])) if n is not None)
    return seen


def server_side_roots(document: Json) -> list[str]:
    """Schemas a server sends: the 200 replies of every path and the WebSocket error."""
    roots: list[str] = []
    for path_item in document["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for reply in operation.get("responses", {}).values():
                for media in reply.get("content", {}).values():
                    roots.extend(n for n in (ref_name(x) for x in walk(media)) if n is not None)
        websocket = path_item.get("x-openresponses-websocket")
        if isinstance(websocket, dict) and "errorMessage" in websocket:
            name = ref_name(websocket["errorMessage"])
            if name is not None:
                roots.append(name)
    return roots


def relax_required(document: Json, reliable: dict[str, list[str]]) -> None:
    """Make server-sent objects tolerate omitted fields, keeping the spec's list aside.

    A union member must keep its ``type`` tag required so that parsing can tell
    members apart; ``overlay.json`` names the other fields a client may rely on.
    """
    schemas = document["components"]["schemas"]
    for name in sorted(reachable(schemas, server_side_roots(document))):
        for node in walk(schemas[name]):
            required = node.get("required")
            if (
                node.get("type") != "object"
                or not isinstance(required, list)
                or node.get("x-open-responses-fallback")
            ):
                continue
            is_top = node is schemas[name]
            keep = set(reliable.get(name, [])) if is_top else set(required)
            if "type" in required and "const" in node.get("properties", {}).get("type", {}):
                keep.add("type")
            kept = [field for field in required if field in keep]
            if kept != required:
                node["x-spec-required"] = required
                node["required"] = kept
        if schemas[name].get("type") == "object":
            schemas[name]["x-open-responses-server-sent"] = True


def hoist_event_union(document: Json) -> None:
    """Give the streamed events' union a name (``StreamingEvent``) that every stream refers to.

    Its members are marked ``x-open-responses-event``; extensions can add members
    through ``union-members``.
    """
    schemas = document["components"]["schemas"]
    for path_item in document["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for reply in operation.get("responses", {}).values():
                media = reply.get("content", {}).get("text/event-stream")
                if not isinstance(media, dict):
                    continue
                schema = media.get("schema", {})
                if EVENT_UNION not in schemas and isinstance(schema.get("oneOf"), list):
                    schemas[EVENT_UNION] = {**schema, "x-open-responses-hoisted": True}
                if EVENT_UNION in schemas:
                    media["schema"] = ref(EVENT_UNION)


def mark_events(schemas: Json) -> None:
    """Mark every member of the event union, so the generator can list them."""
    for member in schemas.get(EVENT_UNION, {}).get("oneOf", []):
        name = ref_name(member)
        if name is not None and not name.startswith("Unknown"):
            schemas[name]["x-open-responses-event"] = True


def merge_extensions(document: Json, extensions: Json) -> None:
    """Add provider extensions (paths, schemas, union members), each marked as such."""
    schemas = document["components"]["schemas"]
    for name, schema in extensions.get("schemas", {}).items():
        if name in schemas:
            raise SystemExit(f"extension schema {name!r} clashes with the spec")
        schemas[name] = {**schema, "x-open-responses-extension": True}
    for path, item in extensions.get("paths", {}).items():
        target = document["paths"].setdefault(path, {})
        for method, operation in item.items():
            if method in target:
                raise SystemExit(f"extension operation {method.upper()} {path} clashes")
            target[method] = {**operation, "x-open-responses-extension": True}
    for union, members in extensions.get("union-members", {}).items():
        schemas[union]["oneOf"].extend(ref(member) for member in members)


def apply_overlay_descriptions(schemas: Json, descriptions: dict[str, Any]) -> None:
    """Attach our own short descriptions to schemas and properties."""
    for name, text in descriptions.items():
        schema_name, _, prop = name.partition(".")
        schema = schemas[schema_name]
        if prop:
            schema["properties"][prop]["description"] = text
        else:
            schema["description"] = text


def build(upstream: Json, extensions: Json, overlay: Json, report: list[str] | None = None) -> Json:
    """Produce the project's document from the upstream one.  Pure: same input, same output.

    ``report`` collects what the import decided on its own (new union members).
    """
    if report is None:
        report = []
    document: Json = strip_prose(copy.deepcopy(upstream))
    document["info"] = {
        "title": document["info"]["title"],
        "version": document["info"]["version"],
        "description": "Generated by scripts/import_spec.py from the upstream Open Responses "
        "document, with the project's extensions and leniency. Changes: " + CHANGES,
    }
    for scheme in document["components"].get("securitySchemes", {}).values():
        if scheme.get("type") == "http":
            scheme.pop("in", None)  # not a field of the http scheme type
    for path_item in document["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            content = operation.get("requestBody", {}).get("content")
            if isinstance(content, dict) and "application/json" in content:
                for media_type in [m for m in content if m != "application/json"]:
                    del content[media_type]
            for status, reply in operation.get("responses", {}).items():
                # OpenAPI requires a description on every response object.
                reply.setdefault("description", f"HTTP {status} reply")
    schemas = document["components"]["schemas"]
    for node in walk(schemas):
        if isinstance(node.get("title"), str):  # a title keyword, not a property named "title"
            del node["title"]
    flatten_websocket_create(schemas)
    enums_to_const(schemas)
    aliases_to_unions(schemas)
    hoist_event_union(document)
    merge_extensions(document, extensions)
    mark_events(schemas)
    for node in walk(schemas):
        # A discriminator beside a bare $ref (not a union) has no meaning in OAS.
        if "$ref" in node and "discriminator" in node:
            del node["discriminator"]
    for fallback in sorted(add_union_fallbacks(schemas, report)):
        schemas[fallback] = unknown_schema(fallback)
    relax_required(document, overlay.get("reliable-fields", {}))
    for name, schema in schemas.items():
        schema["title"] = name
    apply_overlay_descriptions(schemas, overlay.get("descriptions", {}))
    return document


def render(document: Json) -> str:
    """Serialize deterministically."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", help="path or https URL of the upstream openapi.json")
    parser.add_argument("--check", action="store_true", help="fail if openapi/ is out of date")
    args = parser.parse_args(argv)
    upstream = load_source(args.source)
    report: list[str] = []
    text = render(
        build(
            upstream,
            json.loads(EXTENSIONS.read_text(encoding="utf-8")),
            json.loads(OVERLAY.read_text(encoding="utf-8")),
            report,
        )
    )
    for line in report:
        print(f"note: {line}", file=sys.stderr)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(
                f"{OUTPUT.relative_to(ROOT)} is out of date; run scripts/import_spec.py",
                file=sys.stderr,
            )
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
