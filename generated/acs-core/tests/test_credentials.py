"""Credentials: secrets never show, and one default chain serves the whole process."""

from __future__ import annotations

from acs_core.credentials import (
    Secret,
    StaticCredentials,
    default_chain,
    reset_default_chain,
)
from acs_core.credentials.resolve import resolve_provider


def test_a_secret_never_shows_in_a_repr() -> None:
    assert "abc" not in repr(Secret("abc")) and Secret("abc").reveal() == "abc"
    assert "abc" not in repr(StaticCredentials.of("id", "abc"))


def test_every_caller_without_credentials_gets_the_one_default_chain() -> None:
    reset_default_chain()
    first = resolve_provider(None, None, None, None)
    assert first is resolve_provider(None, None, None, None) is default_chain()


def test_resetting_the_default_chain_makes_a_new_one() -> None:
    before = default_chain()
    reset_default_chain()
    assert default_chain() is not before


def test_keys_given_make_a_provider_of_their_own() -> None:
    provider = resolve_provider(None, "id", "secret", None)
    assert provider is not default_chain()
    assert provider.get_credentials().access_key_id == "id"
