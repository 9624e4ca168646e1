"""Typed reading of providers' JSON answers: a wrong shape is a `UnexpectedAnswer` that names what was wrong.

``Answer.of(data, provider, "GET /videos/vi1/status")`` checks that the answer is an object; its accessors read
one field each, with the type the contract gives it. A missing field (or ``null``) is ``None`` (or an empty
`Answer` / list); a field of another type raises, e.g. "api.video: unexpected answer to GET /videos/vi1: assets
should be an object, got a list". Nested objects remember their path (``encoding.qualities[2].status``).
"""

from __future__ import annotations

import builtins
from typing import Literal, overload

from app.providers.errors import UnexpectedAnswer

_KINDS = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number",
          type(None): "null"}


def kind_of(value) -> str:
    return _KINDS.get(type(value), type(value).__name__)


class Answer:
    def __init__(self, data: dict, provider: str, request: str, path: str = ""):
        self.data, self.provider, self.request, self.path = data, provider, request, path

    @classmethod
    def of(cls, data, provider: str, request: str, *, empty_ok: bool = False) -> "Answer":
        """`data` (a parsed answer) as an object; anything else raises (an empty body too, unless `empty_ok`)."""
        if data is None and empty_ok:
            data = {}
        if not isinstance(data, dict):
            raise UnexpectedAnswer(provider, request, f"expected an object, got {kind_of(data)}")
        return cls(data, provider, request)

    def fail(self, what: str) -> UnexpectedAnswer:
        return UnexpectedAnswer(self.provider, self.request, what)

    def _name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _typed(self, key: str, types: tuple, word: str, required: bool):
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{self._name(key)} is missing")
            return None
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise self.fail(f"{self._name(key)} should be {word}, got {kind_of(value)}")
        return value

    def __contains__(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str):
        """The value as it came (for fields whose type the contract leaves open)."""
        return self.data.get(key)

    def obj(self, key: str, required: bool = False) -> "Answer":
        value = self._typed(key, (dict,), "an object", required)
        return Answer(value or {}, self.provider, self.request, self._name(key))

    # The accessors below are named after the types they return (`list`, `str`, `int`): inside this class those
    # names are the methods, so their annotations spell the built-in types `builtins.*`.
    def list(self, key: str, required: bool = False) -> list:
        return self._typed(key, (list,), "a list", required) or []

    def objects(self, key: str) -> builtins.list[Answer]:
        """A list whose every item must be an object."""
        out = []
        for i, item in enumerate(self.list(key)):
            if not isinstance(item, dict):
                raise self.fail(f"{self._name(key)}[{i}] should be an object, got {kind_of(item)}")
            out.append(Answer(item, self.provider, self.request, f"{self._name(key)}[{i}]"))
        return out

    @overload
    def str(self, key: builtins.str, required: Literal[True]) -> builtins.str: ...
    @overload
    def str(self, key: builtins.str, required: bool = False) -> builtins.str | None: ...

    def str(self, key: builtins.str, required: bool = False) -> builtins.str | None:
        value = self._typed(key, (str,), "a string", required)
        if required and not value.strip():
            raise self.fail(f"{self._name(key)} is empty")
        return value

    @overload
    def id(self, key: builtins.str, required: Literal[True]) -> builtins.str: ...
    @overload
    def id(self, key: builtins.str, required: bool = False) -> builtins.str | None: ...

    def id(self, key: builtins.str, required: bool = False) -> builtins.str | None:
        """An identifier: a string or a whole number (some back ends number their records)."""
        value = self._typed(key, (str, int), "a string or a number", required)
        if value is None:
            return None
        value = str(value)
        if required and not value.strip():
            raise self.fail(f"{self._name(key)} is empty")
        return value

    @overload
    def int(self, key: builtins.str, required: Literal[True]) -> builtins.int: ...
    @overload
    def int(self, key: builtins.str, required: bool = False) -> builtins.int | None: ...

    def int(self, key: builtins.str, required: bool = False) -> builtins.int | None:
        value = self._typed(key, (int, float), "a number", required)
        return None if value is None else int(value)

    def text(self, key: builtins.str) -> builtins.str | None:
        """Display text that may come as a string or a number; None when absent or of another type."""
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return None
        return str(value)
