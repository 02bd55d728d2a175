"""One error tree for every product: catch by kind, whatever product raised it."""

from __future__ import annotations

import builtins

import acs_core
from acs_core import errors


def test_every_public_error_derives_from_the_one_root() -> None:
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), acs_core.Error), name


def test_the_package_exports_the_very_classes_of_the_errors_module() -> None:
    assert [getattr(acs_core, name) for name in errors.__all__] == [
        getattr(errors, name) for name in errors.__all__
    ]


def test_kinds_are_also_the_builtin_errors_callers_expect() -> None:
    assert issubclass(acs_core.RequestValidationError, ValueError)
    assert issubclass(acs_core.TimeoutError, builtins.TimeoutError)
    assert issubclass(acs_core.WaiterTimeoutError, builtins.TimeoutError)


def test_a_status_without_a_known_code_is_typed_by_the_status() -> None:
    assert errors.kind_for_status(429) == "throttling"
    assert errors.ERROR_CLASSES[errors.kind_for_status(503)] is acs_core.ServerError
    assert errors.ERROR_CLASSES[errors.kind_for_status(404)] is acs_core.NotFoundError
