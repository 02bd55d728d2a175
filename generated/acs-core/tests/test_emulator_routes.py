"""One emulator for many products: products it could not tell apart are refused at once."""

from __future__ import annotations

import pytest

from acs_core.info import ServiceInfo
from acs_core.testing.products import OperationModel, Product, Routes


def product(
    package: str, version: str, *operations: str, style: str = "RPC"
) -> Product:
    service = ServiceInfo(
        product=package.removeprefix("acs_"),
        api_version=version,
        endpoints={},
        protocol="https",
        default_signature="v3",
        supported_signatures=("v3",),
        error_kinds={},
        style=style,
    )
    models = {
        name: OperationModel(name, name.lower(), (), path=path, method="GET")
        for name, path in (
            (op.partition(" ")[0], op.partition(" ")[2] or None) for op in operations
        )
    }
    return Product(package, service, models, {}, {})


def test_products_of_different_versions_route_by_version_and_action() -> None:
    routes = Routes(
        [product("acs_a", "2020-01-01", "Get"), product("acs_b", "2021-01-01", "Get")]
    )
    found = routes.find("2021-01-01", "Get", "POST", "/")
    assert [(p.package, op.name) for p, op, _ in found] == [("acs_b", "Get")]
    assert routes.find("2022-01-01", "Get", "POST", "/") == []


def test_rest_style_operations_route_by_method_and_path() -> None:
    roa = product("acs_r", "2020-01-01", "Describe /items/{Id}", style="ROA")
    found = Routes([roa]).find("2020-01-01", "", "GET", "/items/a%20b")
    assert [values for _, _, values in found] == [{"Id": "a b"}]


def test_two_products_that_share_a_version_and_an_action_are_refused() -> None:
    with pytest.raises(ValueError, match=r"\(acs_a\) and .* \(acs_b\) both have Get"):
        Routes(
            [
                product("acs_a", "2020-01-01", "Get"),
                product("acs_b", "2020-01-01", "Get"),
            ]
        )


def test_a_product_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="acs_a is given twice"):
        Routes([product("acs_a", "2020-01-01"), product("acs_a", "2020-01-01")])


def test_an_emulator_serves_at_least_one_product() -> None:
    with pytest.raises(ValueError, match="at least one product"):
        Routes([])
