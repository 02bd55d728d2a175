"""Request models: limits checked before anything is sent, and the wire form.

A generated request is a frozen dataclass whose fields are declared with `param` (wire name,
location, style and limits); the value types come from the annotations.

    declare    `param`, `Param`, `Rule`: what each field declares
    checks     a value against its limits
    wire       the wire form: written in each parameter's style, and read back
    request    `Request`, the base of every generated request
"""

from __future__ import annotations

from .checks import check
from .declare import Param, Rule, param
from .request import Request
from .wire import (
    BINARY_CONTENT_TYPE,
    FORM_CONTENT_TYPE,
    JSON_CONTENT_TYPE,
    WireParams,
    expand_path,
    read,
    write,
)

__all__ = [
    "BINARY_CONTENT_TYPE",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
    "Param",
    "Request",
    "Rule",
    "WireParams",
    "check",
    "expand_path",
    "param",
    "read",
    "write",
]
