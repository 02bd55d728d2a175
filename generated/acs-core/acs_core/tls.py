"""One TLS context per process for every HTTP client acs-core makes.

Building a context loads the CA bundle, which costs tens of milliseconds: paid once, not for each
client of each product (a context is safe to share between clients, threads and event loops).
"""

from __future__ import annotations

import ssl
import threading

import httpx

__all__ = ["shared_ssl_context"]

_lock = threading.Lock()
_context: ssl.SSLContext | None = None


def shared_ssl_context() -> ssl.SSLContext:
    """httpx's default context (its CA bundle, `SSL_CERT_FILE` and the like), made once."""
    global _context
    context = _context
    if context is None:
        with _lock:
            if _context is None:
                _context = httpx.create_ssl_context()
            context = _context
    return context
