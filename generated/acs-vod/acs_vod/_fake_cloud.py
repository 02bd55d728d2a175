"""Local stand-ins of the cloud services a credentials provider talks to, for tests.

(Filled in with the credentials chain: an STS answering AssumeRole and AssumeRoleWithOIDC, an
ECS metadata service, and a credentials URI, all on 127.0.0.1.)
"""

from __future__ import annotations

__all__: list[str] = []
