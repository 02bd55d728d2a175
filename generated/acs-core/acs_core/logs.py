"""Secrets never reach a log: httpx logs every request URL at INFO, and RPC v2 and STS sign in
the query, so its loggers get a filter that masks `SecurityToken`, `Signature` and secret-like
query parameters. Installed by the client and the credentials providers that talk HTTP.
"""

from __future__ import annotations

import logging
import re

__all__ = ["install_redaction"]

# A query parameter whose name ends in one of these, and its value up to `&`, space or quote.
_SECRET_PARAMETER = re.compile(
    r"(?i)\b([\w.-]*?(?:SecurityToken|Security-Token|Signature|Secret))=([^&\s\"'#<>]*)"
)
_LOGGERS_TO_REDACT = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _RedactSecretsFilter(logging.Filter):
    """Masks secret query parameters in a log line (httpx logs every request URL at INFO)."""

    # Marks the filter, so that it is installed only once whoever asks.
    acs_redacts_secrets = True

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is for the logging module to report
            return True
        redacted = _SECRET_PARAMETER.sub(r"\1=<redacted>", message)
        if redacted != message:
            record.msg = redacted
            record.args = ()
        return True


def install_redaction() -> None:
    """Mask secrets in the log lines of httpx and httpcore (once per process)."""
    for name in _LOGGERS_TO_REDACT:
        target = logging.getLogger(name)
        if not any(getattr(f, "acs_redacts_secrets", False) for f in target.filters):
            target.addFilter(_RedactSecretsFilter())
