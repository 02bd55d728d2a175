"""Credentials providers to pass as `Client(credentials=...)`, for any product.

    from acs_core.credentials import EcsRamRoleCredentials, RamRoleArnCredentials

    role = RamRoleArnCredentials(EcsRamRoleCredentials(), role_arn="acs:ram::123:role/x")
    client = acs_vod.Client("cn-shanghai", credentials=role)

Without `credentials=` and key arguments a client uses the process's default chain
(`default_chain()`: the `chain` module's `DefaultCredentialsChain`, made once and shared by every
client of every product). An object of the official `alibabacloud-credentials` library may be
passed as is. Temporary credentials are refreshed before they expire (see `base`).

    base        Secret, Credentials, the provider protocol, static and refreshing providers
    official    objects of the official library, adapted
    http        the machinery of providers that fetch over HTTP
    sts         RAM roles at STS (AssumeRole, AssumeRoleWithOIDC)
    ecs         the ECS instance's RAM role (metadata service)
    uri         a credentials URI
    sources     the default chain's sources, in the official order
    chain       the default chain
    shared      the process's one default chain
    resolve     which provider a client signs with
    bearer      a bearer token (PDS's access token), for the operations that take one
"""

from __future__ import annotations

from .base import (
    Credentials,
    CredentialsProvider,
    RefreshingCredentials,
    Secret,
    StaticCredentials,
)
from .bearer import BearerToken, BearerTokenProvider
from .chain import DefaultCredentialsChain
from .ecs import EcsRamRoleCredentials
from .official import OfficialCredentialsAdapter
from .shared import default_chain, reset_default_chain
from .sts import OidcRoleCredentials, RamRoleArnCredentials
from .uri import UriCredentials

__all__ = [
    "BearerToken",
    "BearerTokenProvider",
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
    "default_chain",
    "reset_default_chain",
]
