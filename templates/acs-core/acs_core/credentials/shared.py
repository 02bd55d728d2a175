"""The process's one default chain, shared by every client of every product that was given no
credentials of its own: one walk of the sources, one STS call, one metadata lookup and one
refresh, however many clients, threads and tasks ask.

`chain` registers the chain's class here when it is imported (the credentials package imports
it first): the chain builds role providers that may themselves default to the shared chain, so
the registration keeps every import running one way.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from ..errors import ConfigurationError
from .base import CredentialsProvider

__all__ = ["default_chain", "register_chain", "reset_default_chain"]

_lock = threading.Lock()
_factory: Callable[[], CredentialsProvider] | None = None
_chain: CredentialsProvider | None = None


def register_chain(factory: Callable[[], CredentialsProvider]) -> None:
    """Make `factory` build the default chain (the `chain` module's own class)."""
    global _factory
    _factory = factory


def default_chain() -> CredentialsProvider:
    """The shared default chain, made on first use; it looks for credentials when the first
    request is signed, not here."""
    global _chain
    chain = _chain
    if chain is None:
        with _lock:
            if _chain is None:
                if _factory is None:
                    raise ConfigurationError(
                        "no default credentials chain is registered"
                    )
                _chain = _factory()
            chain = _chain
    return chain


def reset_default_chain() -> None:
    """Forget the shared chain: the next client without credentials walks the sources anew
    (after the environment or the profile files changed, as tests change them)."""
    global _chain
    with _lock:
        _chain = None


# A forked child must not share the parent's locks or cached credentials.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=reset_default_chain)
