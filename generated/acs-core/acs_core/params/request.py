"""`Request`, the base of every generated request: a frozen, keyword-only dataclass whose
fields are declared with `param`, checked against their limits when it is created."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from ..model import dataclass_transform
from .checks import check
from .declare import Param, param, resolve
from .wire import WireParams, read, write

__all__ = ["Request"]

R = TypeVar("R", bound="Request")


@dataclass_transform(
    kw_only_default=True, frozen_default=True, field_specifiers=(param,)
)
class Request:
    """Base of every generated request: a frozen, keyword-only dataclass checked when created.

    Subclasses become dataclasses when they are defined; their fields are declared with `param`.
    """

    _params_cache: ClassVar[tuple[Param, ...] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(kw_only=True, frozen=True)(cls)

    @classmethod
    def params(cls) -> tuple[Param, ...]:
        """The parameters in wire order, with their resolved rules (prepared once per class)."""
        prepared = cls.__dict__.get("_params_cache")
        if prepared is None:
            hints = typing.get_type_hints(cls)
            prepared = tuple(
                Param(
                    declared.wire_name,
                    f.name,
                    declared.location,
                    declared.style,
                    f.default is dataclasses.MISSING,
                    resolve(declared.rule, hints[f.name], declared.style),
                )
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                for declared in (f.metadata["param"],)
            )
            cls._params_cache = prepared
        return prepared

    def __post_init__(self) -> None:
        for declared in self.params():
            check(declared, getattr(self, declared.python_name))

    def to_wire(self) -> WireParams:
        """The parameters as they travel: query and form fields, in the spec's styles."""
        return write(self.params(), vars(self))

    @classmethod
    def from_wire(
        cls: type[R], fields: Mapping[str, str], body: bytes | None = None
    ) -> R:
        """Parse wire fields and the body back (the emulator's side); raises
        RequestValidationError."""
        return cls(**read(cls.params(), fields, body))
