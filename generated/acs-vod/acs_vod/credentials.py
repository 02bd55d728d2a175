"""Credentials providers to pass as `Client(credentials=...)`.

    from <package>.credentials import EcsRamRoleCredentials, RamRoleArnCredentials

    role = RamRoleArnCredentials(EcsRamRoleCredentials(), role_arn="acs:ram::123:role/x")
    client = Client("cn-shanghai", credentials=role)

Without `credentials=` and key arguments a client uses `DefaultCredentialsChain` (see
`_credentials_chain`). An object of the official `alibabacloud-credentials` library may be passed
as is. Temporary credentials are refreshed before they expire (see `_credentials`).
"""

from __future__ import annotations

from ._credentials import (
    Credentials,
    CredentialsProvider,
    OfficialCredentialsAdapter,
    RefreshingCredentials,
    Secret,
    StaticCredentials,
)
from ._credentials_chain import DefaultCredentialsChain
from ._credentials_remote import (
    EcsRamRoleCredentials,
    OidcRoleCredentials,
    RamRoleArnCredentials,
    UriCredentials,
)

__all__ = [
    "Credentials",
    "CredentialsProvider",
    "DefaultCredentialsChain",
    "EcsRamRoleCredentials",
    "OfficialCredentialsAdapter",
    "OidcRoleCredentials",
    "RamRoleArnCredentials",
    "RefreshingCredentials",
    "Secret",
    "StaticCredentials",
    "UriCredentials",
]
