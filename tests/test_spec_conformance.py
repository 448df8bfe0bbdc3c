"""The project's OpenAPI document says everything the upstream spec says.

``openapi/openresponses.json`` is produced from the upstream document by
``scripts/import_spec.py``.  These tests walk the upstream document and check each
protocol fact against ours, undoing only the transformations the import script
documents (prose dropped, titles, ``const``/``x-spec-enum``, alias unions,
``Unknown*`` fallbacks, the flattened WebSocket create event, relaxed required
lists, marked extensions, no form-urlencoded body).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import PROJECT_ROOT, reference_path

OURS_PATH = PROJECT_ROOT / "openapi" / "openresponses.json"
IMPORT_SCRIPT = PROJECT_ROOT / "scripts" / "import_spec.py"

Json = dict[str, Any]

# Keywords whose values are prose; the import drops them outside ``properties`` maps.
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
# Keywords our document adds to record a transformation, or our own prose.
OWN_KEYWORDS = frozenset(
    {
        "title",
        "description",
        "const",
        "x-spec-enum",
        "x-spec-required",
        "x-openresponses-disallowed-fields",
        "x-open-responses-server-sent",
        "x-open-responses-event",
    }
)
FALLBACKS = frozenset(
    {
        "UnknownItem",
        "UnknownContent",
        "UnknownAnnotation",
        "UnknownTool",
        "UnknownToolChoice",
        "UnknownTextFormat",
        "UnknownStreamingEvent",
    }
)
FORM = "application/x-www-form-urlencoded"
WEBSOCKET_CREATE = "WebSocketResponseCreateEvent"
MISSING = "<missing>"
SCHEMA_PREFIX = "#/components/schemas/"


class Tally:
    """Counts compared facts and records the ones that differ."""

    def __init__(self) -> None:
        self.total = 0
        self.mismatches: list[str] = []

    def check(self, where: str, upstream: Any, ours: Any) -> None:
        self.total += 1
        if upstream != ours:
            self.mismatches.append(f"{where}: upstream {upstream!r}, ours {ours!r}")

    @property
    def matched(self) -> int:
        return self.total - len(self.mismatches)

    def summary(self) -> str:
        percent = 100.0 * self.matched / self.total if self.total else 0.0
        return f"conformance: {self.matched}/{self.total} facts ({percent:.1f}%)"


class Comparer:
    """Walks an upstream document and compares every fact with our document."""

    def __init__(self, upstream: Json, ours: Json) -> None:
        self.upstream = upstream
        self.ours = ours
        self.our_schemas: Json = ours["components"]["schemas"]
        self.tally = Tally()

    # -- helpers -----------------------------------------------------------------

    def is_ours_only(self, member: Any) -> bool:
        """True for a union member that points at a fallback or an extension schema."""
        if not isinstance(member, dict) or set(member) != {"$ref"}:
            return False
        name = member["$ref"].removeprefix(SCHEMA_PREFIX)
        target = self.our_schemas.get(name, {})
        return bool(
            target.get("x-open-responses-fallback") or target.get("x-open-responses-extension")
        )

    def spec_members(self, members: Any) -> list[Any]:
        if not isinstance(members, list):
            return []
        return [m for m in members if not self.is_ours_only(m)]

    def unalias(self, up: Json, ours: Json) -> Json:
        """Undo ``$ref`` (+discriminator) -> ``oneOf: [$ref]``, and inline a hoisted union."""
        if "$ref" in ours and "$ref" not in up:
            target = self.our_schemas.get(ours["$ref"].removeprefix(SCHEMA_PREFIX), {})
            if target.get("x-open-responses-hoisted"):
                ours = {
                    k: v
                    for k, v in target.items()
                    if k not in ("x-open-responses-hoisted", "title")
                }
        if ours.get("x-open-responses-nullable") and "anyOf" not in up:
            # ``X`` became ``anyOf[X, null]``: real servers send null for optional arrays.
            members = ours["anyOf"]
            if len(members) == 2 and members[1] == {"type": "null"}:
                ours = members[0]
        if "$ref" in up and "$ref" not in ours and "oneOf" in ours:
            kept = self.spec_members(ours["oneOf"])
            if len(kept) == 1 and isinstance(kept[0], dict) and set(kept[0]) == {"$ref"}:
                ours = {k: v for k, v in ours.items() if k != "oneOf"}
                ours["$ref"] = kept[0]["$ref"]
        return ours

    # -- schemas -----------------------------------------------------------------

    def schema(self, up: Any, ours: Any, where: str) -> None:
        """Compare one schema node and everything under it."""
        if not isinstance(up, dict):
            self.tally.check(where, up, ours)
            return
        if not isinstance(ours, dict):
            self.tally.check(f"{where} is a schema", "object", ours)
            return
        ours = self.unalias(up, ours)
        t = self.tally
        for key, value in up.items():
            here = f"{where}.{key}"
            if key in PROSE_KEYS or key == "title":
                continue
            if key == "properties":
                our_props = ours.get("properties", {})
                for name, sub in value.items():
                    t.check(f"{here}.{name} present", True, name in our_props)
                    self.schema(sub, our_props.get(name, {}), f"{here}.{name}")
                t.check(f"{here} (no extra)", [], sorted(set(our_props) - set(value)))
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                self.schema(value, ours.get(key, MISSING), here)
            elif key in ("anyOf", "oneOf", "allOf"):
                kept = self.spec_members(ours.get(key))
                t.check(f"{here} members", len(value), len(kept))
                for i, member in enumerate(value):
                    self.schema(member, kept[i] if i < len(kept) else MISSING, f"{here}[{i}]")
            elif key == "enum":
                if "x-spec-enum" in ours:
                    t.check(here, value, ours["x-spec-enum"])
                    t.check(f"{here} as const", value, [ours.get("const", MISSING)])
                else:
                    t.check(here, value, ours.get("enum", MISSING))
            elif key == "required":
                t.check(here, value, ours.get("x-spec-required", ours.get("required", MISSING)))
                relaxed = ours.get("required", [])
                t.check(f"{here} (relaxed subset)", [], [f for f in relaxed if f not in value])
            elif key == "discriminator":
                our_disc = ours.get("discriminator", {})
                for sub_key, sub_value in value.items():
                    t.check(f"{here}.{sub_key}", sub_value, our_disc.get(sub_key, MISSING))
            else:
                # type, $ref, const, default, format, constraints, x-openresponses-*
                t.check(here, value, ours.get(key, MISSING))
        extra = sorted(k for k in ours if k not in up and k not in OWN_KEYWORDS)
        t.check(f"{where} (no extra keywords)", [], extra)

    def flattened_websocket_create(self, up: Json) -> tuple[Json, list[str]]:
        """The upstream allOf as one object, and the fields it bans (documented flattening)."""
        own: Json = {}
        base: Json = {}
        for part in up["allOf"]:
            if "$ref" in part:
                base = self.upstream["components"]["schemas"][
                    part["$ref"].removeprefix(SCHEMA_PREFIX)
                ]
            else:
                own = part
        banned = sorted(
            k for k, v in own.get("properties", {}).items() if v.get("x-openresponses-disallowed")
        )
        properties = {k: v for k, v in own["properties"].items() if k not in banned}
        properties.update({k: v for k, v in base["properties"].items() if k not in banned})
        merged = {k: v for k, v in up.items() if k != "allOf"}
        merged.update(
            type=own["type"],
            properties=properties,
            required=sorted(set(own.get("required", [])) | set(base.get("required", []))),
        )
        return merged, banned

    def schemas(self) -> None:
        t = self.tally
        for name, up in self.upstream["components"]["schemas"].items():
            where = f"schemas.{name}"
            t.check(f"{where} present", True, name in self.our_schemas)
            ours = self.our_schemas.get(name, {})
            t.check(f"{where}.title", name, ours.get("title", MISSING))
            if name == WEBSOCKET_CREATE and "allOf" in up:
                up, banned = self.flattened_websocket_create(up)
                t.check(
                    f"{where}.x-openresponses-disallowed-fields",
                    banned,
                    ours.get("x-openresponses-disallowed-fields", MISSING),
                )
                ours = {k: v for k, v in ours.items() if k != "x-openresponses-disallowed-fields"}
                ours["required"] = sorted(ours.get("required", []))
            self.schema(up, ours, where)

    # -- paths -------------------------------------------------------------------

    def media(self, up: Json, ours: Json, where: str, drop: frozenset[str]) -> None:
        expected = [m for m in up if m not in drop]
        self.tally.check(f"{where} content types", expected, list(ours))
        for media_type in expected:
            self.schema(
                up[media_type].get("schema", {}),
                ours.get(media_type, {}).get("schema", MISSING),
                f"{where}.{media_type}",
            )

    def operation(self, up: Json, ours: Json, where: str) -> None:
        t = self.tally
        for key, value in up.items():
            here = f"{where}.{key}"
            if key in PROSE_KEYS:
                continue
            if key == "requestBody":
                body = ours.get("requestBody", {})
                t.check(f"{here}.required", value.get("required"), body.get("required", MISSING))
                self.media(value["content"], body.get("content", {}), here, frozenset({FORM}))
            elif key == "responses":
                replies = ours.get("responses", {})
                t.check(f"{here} statuses", list(value), list(replies))
                for status, reply in value.items():
                    self.media(
                        reply.get("content", {}),
                        replies.get(status, {}).get("content", {}),
                        f"{here}.{status}",
                        frozenset(),
                    )
            else:
                t.check(here, value, ours.get(key, MISSING))

    def paths(self) -> None:
        t = self.tally
        our_paths = self.ours["paths"]
        for path, item in self.upstream["paths"].items():
            where = f"paths.{path}"
            t.check(f"{where} present", True, path in our_paths)
            our_item = our_paths.get(path, {})
            for key, value in item.items():
                if key in PROSE_KEYS:
                    continue
                our_value = our_item.get(key, {})
                if key == "x-openresponses-websocket":
                    for sub_key, sub_value in value.items():
                        if sub_key not in PROSE_KEYS:
                            t.check(f"{where}.{key}.{sub_key}", sub_value, our_value.get(sub_key))
                elif isinstance(value, dict):
                    t.check(f"{where}.{key} present", True, key in our_item)
                    self.operation(value, our_value, f"{where}.{key}")
                else:
                    t.check(f"{where}.{key}", value, our_item.get(key, MISSING))
            # Anything we added to a spec path must be a marked extension.
            for key, value in our_item.items():
                if key not in item and key not in PROSE_KEYS:
                    t.check(
                        f"{where}.{key} is a marked extension",
                        True,
                        isinstance(value, dict) and value.get("x-open-responses-extension"),
                    )

    # -- document ----------------------------------------------------------------

    def top_level(self) -> None:
        t = self.tally
        for key in ("openapi", "servers", "tags"):
            t.check(key, without_prose(self.upstream.get(key)), self.ours.get(key, MISSING))
        for key in ("title", "version"):
            t.check(f"info.{key}", self.upstream["info"][key], self.ours["info"].get(key))
        up_schemes = self.upstream["components"].get("securitySchemes", {})
        our_schemes = self.ours["components"].get("securitySchemes", {})
        t.check("securitySchemes names", sorted(up_schemes), sorted(our_schemes))
        for name, scheme in up_schemes.items():
            for key, value in scheme.items():
                # ``in`` is not a field of the http scheme type; import_spec.build drops it.
                if key in PROSE_KEYS or (key == "in" and scheme.get("type") == "http"):
                    continue
                t.check(f"securitySchemes.{name}.{key}", value, our_schemes.get(name, {}).get(key))

    def run(self) -> Tally:
        self.top_level()
        self.paths()
        self.schemas()
        return self.tally


def without_prose(node: Any) -> Any:
    """``node`` without prose keywords (names in ``properties`` maps are not keywords)."""
    if isinstance(node, dict):
        return {
            key: value if key == "properties" else without_prose(value)
            for key, value in node.items()
            if key not in PROSE_KEYS
        }
    if isinstance(node, list):
        return [without_prose(item) for item in node]
    return node


def walk(node: Any, *, in_properties: bool = False) -> Iterator[tuple[str, Any]]:
    """Yield (key, value) for every keyword below ``node``; names in ``properties`` maps skip."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not in_properties:
                yield key, value
            yield from walk(value, in_properties=key == "properties" and not in_properties)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def load_import_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_spec_under_test", IMPORT_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def upstream_path() -> Path:
    return reference_path("openresponses", "openapi.json")


@pytest.fixture(scope="module")
def upstream(upstream_path: Path) -> Json:
    return json.loads(upstream_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ours() -> Json:
    return json.loads(OURS_PATH.read_text(encoding="utf-8"))


def test_every_upstream_fact_is_in_our_document(upstream: Json, ours: Json) -> None:
    tally = Comparer(upstream, ours).run()
    summary = tally.summary()
    print(summary)
    # A sanity floor: the walk really visited the document (108 schemas, 2 operations).
    assert tally.total > 1500, summary
    assert not tally.mismatches, summary + "\n" + "\n".join(tally.mismatches[:50])
    assert tally.matched == tally.total, summary


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda s: s["MessageStatus"]["enum"].append("paused"), id="enum value"),
        pytest.param(lambda s: s["Message"]["properties"].pop("phase"), id="property removed"),
        pytest.param(
            lambda s: s["Message"]["properties"].update(mood={"type": "string"}),
            id="property added",
        ),
        pytest.param(lambda s: s["Message"]["required"].remove("role"), id="required list"),
        pytest.param(
            lambda s: s["FunctionCallItemParam"]["properties"]["name"].update(maxLength=65),
            id="constraint",
        ),
        pytest.param(
            lambda s: s["ResponseCreatedStreamingEvent"]["properties"]["type"].update(
                enum=["response.made"]
            ),
            id="const tag",
        ),
        pytest.param(
            lambda s: s["Annotation"].update(discriminator={"propertyName": "kind"}),
            id="discriminator",
        ),
        pytest.param(
            lambda s: s["WebSocketResponseCreateEvent"]["allOf"][0]["properties"]["stream"].pop(
                "x-openresponses-disallowed"
            ),
            id="websocket disallowed",
        ),
        pytest.param(lambda s: s["ItemField"]["oneOf"].pop(), id="union member"),
        pytest.param(
            lambda s: s["Message"]["properties"]["id"].update(type=["string", "null"]),
            id="nullability",
        ),
    ],
)
def test_comparison_detects_a_difference(upstream: Json, ours: Json, mutate: Any) -> None:
    """Each kind of fact really is compared: change it in a copy of upstream and it shows."""
    baseline = set(Comparer(upstream, ours).run().mismatches)
    changed = copy.deepcopy(upstream)
    mutate(changed["components"]["schemas"])
    new = set(Comparer(changed, ours).run().mismatches) - baseline
    assert new


def test_comparison_detects_a_changed_operation(upstream: Json, ours: Json) -> None:
    changed = copy.deepcopy(upstream)
    changed["paths"]["/responses/compact"]["post"]["operationId"] = "compact"
    changed["paths"]["/responses"]["x-openresponses-websocket"]["errorMessage"] = {"$ref": "#/x"}
    baseline = set(Comparer(upstream, ours).run().mismatches)
    new = set(Comparer(changed, ours).run().mismatches) - baseline
    assert len(new) == 2, new


def test_additions_are_marked(upstream: Json, ours: Json) -> None:
    up_schemas = upstream["components"]["schemas"]
    added = {n: s for n, s in ours["components"]["schemas"].items() if n not in up_schemas}
    fallbacks = {n for n, s in added.items() if s.get("x-open-responses-fallback")}
    assert fallbacks == FALLBACKS
    unmarked = [
        n
        for n, s in added.items()
        if n not in fallbacks
        and s.get("x-open-responses-extension") is not True
        and s.get("x-open-responses-hoisted") is not True
    ]
    assert not unmarked, f"extension schemas without x-open-responses-extension: {unmarked}"
    assert len(added) > len(fallbacks), "expected some provider extension schemas"
    for name in fallbacks:
        assert added[name]["type"] == "object"
        assert added[name]["additionalProperties"] is True

    new_operations = [
        (path, method, op)
        for path, item in ours["paths"].items()
        for method, op in item.items()
        if method not in upstream["paths"].get(path, {})
    ]
    assert new_operations, "expected provider extension operations"
    unmarked_ops = [
        f"{method.upper()} {path}"
        for path, method, op in new_operations
        if op.get("x-open-responses-extension") is not True
    ]
    assert not unmarked_ops, f"extension operations without the marker: {unmarked_ops}"
    # Spec schemas are not marked as extensions.
    marked_spec = [
        n for n in up_schemas if ours["components"]["schemas"][n].get("x-open-responses-extension")
    ]
    assert not marked_spec


def test_no_upstream_prose_survives(upstream: Json, ours: Json) -> None:
    kept = sorted({key for key, _ in walk(ours) if key in PROSE_KEYS - {"description"}})
    assert not kept, f"prose keywords left in our document: {kept}"

    up_texts: set[str] = set()
    for key, value in walk(upstream):
        if key in {"description", "summary"} and isinstance(value, str):
            up_texts.add(value)
        elif key == "x-enumDescriptions" and isinstance(value, dict):
            up_texts.update(v for v in value.values() if isinstance(v, str))
    our_descriptions = {v for k, v in walk(ours) if k == "description" and isinstance(v, str)}
    copied = sorted(up_texts & our_descriptions)
    assert not copied, f"upstream descriptions copied verbatim: {copied}"

    text = OURS_PATH.read_text(encoding="utf-8")
    long_texts = [s for s in up_texts if len(s) > 30]
    assert len(long_texts) > 100, "the upstream document should have plenty of prose"
    found = [s for s in long_texts if s in text or json.dumps(s, ensure_ascii=False)[1:-1] in text]
    assert not found, f"upstream prose found in {OURS_PATH.name}: {found[:5]}"


def test_import_is_deterministic(upstream: Json) -> None:
    module = load_import_script()
    extensions = json.loads(module.EXTENSIONS.read_text(encoding="utf-8"))
    overlay = json.loads(module.OVERLAY.read_text(encoding="utf-8"))
    first = module.render(module.build(copy.deepcopy(upstream), extensions, overlay))
    second = module.render(module.build(copy.deepcopy(upstream), extensions, overlay))
    assert first == second
    assert first == OURS_PATH.read_text(encoding="utf-8")


def run_check(source: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(IMPORT_SCRIPT), str(source), "--check"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_passes_against_upstream(upstream_path: Path) -> None:
    result = run_check(upstream_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_against_a_changed_upstream(upstream: Json, tmp_path: Path) -> None:
    changed = copy.deepcopy(upstream)
    changed["components"]["schemas"]["MessageStatus"]["enum"].append("paused")
    source = tmp_path / "openapi.json"
    source.write_text(json.dumps(changed), encoding="utf-8")
    before = OURS_PATH.read_bytes()
    result = run_check(source)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "out of date" in result.stderr
    assert OURS_PATH.read_bytes() == before, "--check must not write the document"
