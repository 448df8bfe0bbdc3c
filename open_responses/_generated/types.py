"""Runtime of the generated models: raw-backed records read through typed fields.

A model keeps the JSON object it was given (``_data``) and decodes a field only
when it is read.  That is what makes the models tolerant and cheap:

* ``from_dict`` never fails on a JSON object: a ``null`` reads as ``None``, a
  value of an unexpected JSON type is returned as it came, an unknown enum value
  stays a string-valued member, and an unknown key is kept;
* ``to_dict`` gives back exactly what was received (plus any assignment made
  since);
* a union is decoded by one look-up of its ``type`` tag, and the member's module
  is imported only when a value of that type is first seen.

``problems`` reports, without raising, where a value departs from the schema: the
strict modes and the embedded server's request validation use it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any, ClassVar, Final, Generic, Literal, TypeVar, overload

__all__ = [
    "UNSET",
    "Codec",
    "Field",
    "Model",
    "Unset",
    "array",
    "bounded",
    "encode",
    "enum_of",
    "model",
    "problems",
    "unusable",
    "scalar",
    "union",
]

T = TypeVar("T")
M = TypeVar("M", bound="Model")


class Unset:
    """The type of :data:`UNSET`: a field that is absent from the JSON object."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

# --------------------------------------------------------------------------- codecs


class Codec:
    """How one field's JSON value becomes its typed value, and what JSON it expects."""

    __slots__ = ()

    def decode(self, value: Any) -> Any:
        """The typed value, or ``value`` itself when it does not fit."""
        return value

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        """Yield ``(path, message)`` for every place ``value`` departs from the schema."""
        return iter(())


_JSON_KINDS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    for name, types in _JSON_KINDS.items():
        if isinstance(value, types):
            return name
    return type(value).__name__


class _Scalar(Codec):
    __slots__ = ("kind", "const")

    def __init__(self, kind: str, const: Any = UNSET) -> None:
        self.kind = kind
        self.const = const

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        if self.const is not UNSET:
            if value != self.const:
                yield path, f"expected {self.const!r}, got {value!r}"
            return
        types = _JSON_KINDS.get(self.kind)
        if types is None:  # "any": every JSON value fits
            return
        if not isinstance(value, types) or (isinstance(value, bool) and self.kind != "boolean"):
            yield path, f"expected {self.kind}, got {_kind_of(value)}"


def scalar(kind: str, const: Any = UNSET) -> Codec:
    """A JSON scalar (``string``, ``integer``, ``number``, ``boolean``, ``any``) or a constant."""
    return _Scalar(kind, const)


class _Lazy:
    """A class named by module and attribute, imported on first use."""

    __slots__ = ("module", "name", "_value")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._value: Any = None

    def get(self) -> Any:
        value = self._value
        if value is None:
            value = self._value = getattr(import_module(self.module, __package__), self.name)
        return value


class _Enum(Codec):
    __slots__ = ("cls", "values")

    def __init__(self, module: str, name: str, values: tuple[str, ...]) -> None:
        self.cls = _Lazy(module, name)
        self.values = values

    def decode(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.cls.get()(value)
        return value

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, str) or value not in self.values:
            yield path, f"expected one of {list(self.values)}, got {value!r}"


def enum_of(module: str, name: str, values: tuple[str, ...]) -> Codec:
    """A string enum; values the schema does not list are kept as they are."""
    return _Enum(module, name, values)


_MAX_CHECK_DEPTH = 64


class _Model(Codec):
    __slots__ = ("cls", "tag", "consts")

    def __init__(self, module: str, name: str, tag: str | None, consts: dict[str, str]) -> None:
        self.cls = _Lazy(module, name)
        self.tag = tag
        self.consts = consts

    def decode(self, value: Any) -> Any:
        if type(value) is dict:
            return self.cls.get()._wrap(value)
        return value

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, dict):
            yield path, f"expected object, got {_kind_of(value)}"
            return
        if path.count(".") + path.count("[") > _MAX_CHECK_DEPTH:
            # Hostile nesting: stop well before the interpreter's recursion limit.
            yield path, "nested too deeply to check"
            return
        yield from problems(self.cls.get()._wrap(value), path)


def model(
    module: str, name: str, tag: str | None = None, consts: dict[str, str] | None = None
) -> Codec:
    """A nested object; ``tag`` is its constant ``type``, ``consts`` its other constant fields."""
    return _Model(module, name, tag, consts or {})


class _SharedTag(Codec):
    """Union members that share a ``type`` tag, told apart by their other constants."""

    __slots__ = ("members",)

    def __init__(self, members: list[_Model]) -> None:
        self.members = members

    def pick(self, value: dict[str, Any]) -> _Model:
        for member in self.members:
            if all(value.get(k) == v for k, v in member.consts.items()):
                return member
        return self.members[0]

    def decode(self, value: Any) -> Any:
        return self.pick(value).decode(value)

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        return self.pick(value).check(value, path)


class _Array(Codec):
    __slots__ = ("item",)

    def __init__(self, item: Codec) -> None:
        self.item = item

    def decode(self, value: Any) -> Any:
        if type(value) is list:
            decode = self.item.decode
            return [None if x is None else decode(x) for x in value]
        return value

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, list):
            yield path, f"expected array, got {_kind_of(value)}"
            return
        for index, item in enumerate(value):
            yield from self.item.check(item, f"{path}[{index}]")


def array(item: Codec) -> Codec:
    """A JSON array whose items use ``item``."""
    return _Array(item)


class _Union(Codec):
    """Members chosen by the JSON type of the value, then by the object's ``type`` tag."""

    __slots__ = ("members", "tags", "untagged", "arrays", "strings", "nullable")

    def __init__(self, members: tuple[Codec, ...], nullable: bool) -> None:
        self.members = members
        self.nullable = nullable
        self.tags: dict[str, Codec] = {}
        self.untagged: list[Codec] = []
        self.arrays: list[Codec] = []
        self.strings: list[Codec] = []
        shared: dict[str, list[_Model]] = {}
        for member in members:
            if isinstance(member, _Model):
                if member.tag is None:
                    self.untagged.append(member)
                else:
                    shared.setdefault(member.tag, []).append(member)
            elif isinstance(member, _Array):
                self.arrays.append(member)
            elif isinstance(member, _Enum):
                self.strings.append(member)
        for tag, group in shared.items():
            self.tags[tag] = group[0] if len(group) == 1 else _SharedTag(group)

    def _member_for(self, value: Any) -> Codec | None:
        if type(value) is dict:
            tag = value.get("type")
            member = self.tags.get(tag) if type(tag) is str else None
            if member is not None:
                return member
            # An unknown or missing tag: the fallback (or only untagged) member.
            return self.untagged[-1] if self.untagged else None
        if type(value) is list:
            return self.arrays[0] if self.arrays else None
        if type(value) is str:
            return self.strings[0] if self.strings else None
        return None

    def decode(self, value: Any) -> Any:
        member = self._member_for(value)
        return value if member is None else member.decode(value)

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        if value is None and self.nullable:
            return
        member = self._member_for(value)
        if member is not None:
            yield from member.check(value, path)
            return
        for candidate in self.members:
            if not any(True for _ in candidate.check(value, path)):
                return
        yield path, f"no member of the union fits a {_kind_of(value)}"


class _Bounded(Codec):
    """A codec with the schema's limits (minimum, maxLength, maxItems...) on top."""

    __slots__ = ("inner", "limits")

    def __init__(self, inner: Codec, limits: dict[str, float]) -> None:
        self.inner = inner
        self.limits = limits

    def decode(self, value: Any) -> Any:
        return self.inner.decode(value)

    def check(self, value: Any, path: str) -> Iterator[tuple[str, str]]:
        problems = list(self.inner.check(value, path))
        if problems:
            yield from problems
            return
        yield from _limit_problems(value, self.limits, path)


def _limit_problems(value: Any, limits: dict[str, float], path: str) -> Iterator[tuple[str, str]]:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    size = len(value) if isinstance(value, (str, list, dict)) else None
    for key, limit in limits.items():
        if key == "minimum" and number and value < limit:
            yield path, f"must be at least {limit:g}, got {value!r}"
        elif key == "maximum" and number and value > limit:
            yield path, f"must be at most {limit:g}, got {value!r}"
        elif size is not None and key.startswith("min") and key != "minimum" and size < limit:
            yield path, f"must have at least {limit:g} {_unit(value)}, has {size}"
        elif size is not None and key.startswith("max") and key != "maximum" and size > limit:
            yield path, f"must have at most {limit:g} {_unit(value)}, has {size}"


def _unit(value: Any) -> str:
    return (
        "characters" if isinstance(value, str) else "items" if isinstance(value, list) else "keys"
    )


def bounded(inner: Codec, limits: dict[str, float]) -> Codec:
    """``inner`` with limits from the schema: checked by :func:`problems`, never when reading."""
    return _Bounded(inner, limits)


def union(*members: Codec, nullable: bool = False) -> Codec:
    """One of ``members``; objects are told apart by their ``type`` tag."""
    return _Union(members, nullable)


# --------------------------------------------------------------------------- fields


def encode(value: Any) -> Any:
    """The JSON value of a typed value: models, enums, lists and dicts, recursively."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [encode(x) for x in value]
    if isinstance(value, Mapping):
        return {k: encode(v) for k, v in value.items()}
    return value


def _copy(value: Any) -> Any:
    # A deep copy of plain JSON, much cheaper than copy.deepcopy.
    kind = type(value)
    if kind is dict:
        return {k: _copy(v) for k, v in value.items()}
    if kind is list:
        return [_copy(v) for v in value]
    return value


class Field(Generic[T]):
    """A model attribute read from (and written to) one key of the JSON object.

    Reading an absent key gives :data:`UNSET`, a ``null`` gives ``None``; a value
    that needs decoding (a nested model, a list of them, an enum) is decoded once
    and cached.
    """

    __slots__ = ("key", "codec", "required", "reliable")

    def __init__(
        self, key: str, codec: Codec, required: bool = False, reliable: bool = False
    ) -> None:
        self.key = key
        self.codec = codec
        #: The spec requires the field.
        self.required = required
        #: A client may rely on it: without it, a reply is not usable at all.
        self.reliable = reliable

    @overload
    def __get__(self, obj: None, owner: Any) -> Field[T]: ...

    @overload
    def __get__(self, obj: Model, owner: Any) -> T: ...

    def __get__(self, obj: Model | None, owner: Any) -> Any:
        if obj is None:
            return self
        value = obj._data.get(self.key, UNSET)
        codec = self.codec
        if value is None or value is UNSET or type(codec) is _Scalar:
            return value
        cache = obj._cache
        if cache is None:
            cache = obj._cache = {}
        else:
            found = cache.get(self.key, UNSET)
            if found is not UNSET:
                return found
        decoded = cache[self.key] = codec.decode(value)
        return decoded

    def __set__(self, obj: Model, value: T) -> None:
        if value is UNSET:
            obj._data.pop(self.key, None)
        else:
            obj._data[self.key] = encode(value)
        if obj._cache:
            obj._cache.pop(self.key, None)


class Model:
    """Base of every generated model: a JSON object read through typed :class:`Field` s."""

    __slots__ = ("_data", "_cache")
    __iter__ = None  # not a container of its keys: ``model[key]`` reads a raw field

    _FIELDS: ClassVar[dict[str, Field[Any]]] = {}
    _TAG: ClassVar[str | None] = None
    _EXTRA: ClassVar[Codec | None] = None  # the schema's additionalProperties, when typed
    _LIMITS: ClassVar[dict[str, float]] = {}  # maxProperties and the like

    _data: dict[str, Any]
    _cache: dict[str, Any] | None

    def __init__(self, **fields: Any) -> None:
        data: dict[str, Any] = {}
        if self._TAG is not None:
            data["type"] = self._TAG
        known = self._FIELDS
        for name, value in fields.items():
            if value is UNSET:
                continue
            field = known.get(name)
            data[field.key if field is not None else name] = encode(value)
        self._data = data
        self._cache = None

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """The model of a JSON object; never fails on one (see the module docstring)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict() needs a JSON object, got {_kind_of(src_dict)}"
            )
        self = cls.__new__(cls)
        self._data = dict(src_dict)
        self._cache = None
        return self

    @classmethod
    def _wrap(cls: type[M], data: dict[str, Any]) -> M:
        # Shares ``data``: a nested model writes through to its parent's JSON.
        self = cls.__new__(cls)
        self._data = data
        self._cache = None
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what was received, with any assignments applied."""
        out: dict[str, Any] = _copy(self._data)
        cache = self._cache
        if cache:
            for key, value in cache.items():
                if isinstance(value, (list, Model)):
                    out[key] = encode(value)  # a cached list may have been changed in place
        return out

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The keys of the JSON object that the schema does not name (a copy)."""
        known = self._FIELDS
        keys = {f.key for f in known.values()}
        return {k: v for k, v in self._data.items() if k not in keys}

    @property
    def additional_keys(self) -> list[str]:
        """The names of :attr:`additional_properties`."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = encode(value)
        if self._cache:
            self._cache.pop(key, None)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        if self._cache:
            self._cache.pop(key, None)

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._data.items())
        return f"{type(self).__name__}({fields})"

    def __getstate__(self) -> dict[str, Any]:
        return {"data": self.to_dict(), "extra": getattr(self, "__dict__", {})}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._data = state["data"]
        self._cache = None
        if state["extra"]:
            self.__dict__.update(state["extra"])


class OpenModel(Model):
    """A fallback model for a tagged object of a type this version does not know.

    Any key of the JSON object reads as an attribute under its wire name.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} object has no field {name!r}") from None


def problems(obj: Model, path: str = "") -> list[tuple[str, str]]:
    """Where ``obj``'s JSON departs from its schema: ``(path, message)`` pairs, in order.

    Missing required fields, ``null`` in a non-nullable field, values of the wrong
    JSON type and unknown enum values are reported; unknown keys are not.
    """
    found: list[tuple[str, str]] = list(_limit_problems(obj._data, type(obj)._LIMITS, path))
    data = obj._data
    prefix = f"{path}." if path else ""
    extra = type(obj)._EXTRA
    if extra is not None:
        known = {f.key for f in type(obj)._FIELDS.values()}
        for key, value in data.items():
            if key not in known:
                found.extend(extra.check(value, prefix + key))
    for field in type(obj)._FIELDS.values():
        where = prefix + field.key
        value = data.get(field.key, UNSET)
        if value is UNSET:
            if field.required:
                found.append((where, "missing required field"))
            continue
        if value is None:
            codec = field.codec.inner if isinstance(field.codec, _Bounded) else field.codec
            if not (isinstance(codec, _Union) and codec.nullable):
                found.append((where, "null is not allowed here"))
            continue
        found.extend(field.codec.check(value, where))
    return found


def _fits(codec: Codec, value: Any) -> bool:
    # The JSON shape only, not the contents: items and nested objects are read leniently.
    kind = type(codec)
    if kind is _Scalar:
        assert isinstance(codec, _Scalar)
        if codec.const is not UNSET:
            return bool(value == codec.const)
        types = _JSON_KINDS.get(codec.kind)
        if types is None:
            return True
        return isinstance(value, types) and (codec.kind == "boolean" or type(value) is not bool)
    if kind is _Bounded:
        assert isinstance(codec, _Bounded)
        return _fits(codec.inner, value)
    if kind is _Array:
        return isinstance(value, list)
    if kind is _Model:
        return isinstance(value, dict)
    if kind is _Enum:
        return isinstance(value, str)
    if kind is _Union:
        assert isinstance(codec, _Union)
        return codec._member_for(value) is not None or not any(True for _ in codec.check(value, ""))
    return not any(True for _ in codec.check(value, ""))


# The fields each class's replies must have, computed once per class.
_RELIABLE: dict[type, tuple[Field[Any], ...]] = {}


def unusable(obj: Model) -> list[tuple[str, str]]:
    """Why a reply cannot stand for its model: a field a client relies on is absent or unfit.

    Only those fields, and only their JSON shape, are looked at; everything else
    is read as it comes.  Empty when the reply is usable.
    """
    cls = type(obj)
    fields = _RELIABLE.get(cls)
    if fields is None:
        fields = _RELIABLE[cls] = tuple(f for f in cls._FIELDS.values() if f.reliable)
    found: list[tuple[str, str]] = []
    data = obj._data
    for field in fields:
        value = data.get(field.key, UNSET)
        if value is UNSET or value is None:
            found.append((field.key, "missing" if value is UNSET else "null"))
        elif not _fits(field.codec, value):
            found.append((field.key, f"unexpected {_kind_of(value)} {_preview(value)}"))
    return found


def _preview(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
