"""The sources of the default chain, in the official order (see `chain`): each builds its
provider, or raises `Skipped` saying why it is not set up.
"""

from __future__ import annotations

import configparser
import json
import os
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from .base import (
    ENV_KEY_ID,
    ENV_SECRET,
    ENV_TOKEN,
    CredentialsProvider,
    StaticCredentials,
    env_flag,
)
from .ecs import ENV_ECS_DISABLED, METADATA_ENDPOINT, EcsRamRoleCredentials
from .sts import (
    ENV_OIDC_PROVIDER_ARN,
    ENV_OIDC_TOKEN_FILE,
    ENV_ROLE_ARN,
    OidcRoleCredentials,
    RamRoleArnCredentials,
)
from .uri import ENV_CREDENTIALS_URI, UriCredentials

__all__ = [
    "Endpoints",
    "Skipped",
    "cli_profile_provider",
    "credentials_file_provider",
    "ecs_provider",
    "environment_provider",
    "oidc_provider",
    "uri_provider",
]

ENV_PROFILE = "ALIBABA_CLOUD_PROFILE"
ENV_CLI_PROFILE_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED"
ENV_CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE"
_UNSUPPORTED_CLI_MODES = ("CloudSSO", "OAuth", "External")


class Skipped(Exception):
    """A source of the chain that is not set up: why, for the chain's error."""


def _home(home: str | os.PathLike[str] | None) -> Path:
    return Path(home) if home is not None else Path.home()


def _value(mapping: dict[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return str(value) if value not in (None, "") else None


def _given(options: dict[str, Any]) -> dict[str, Any]:
    """The options a profile sets: not None or empty (an explicit False, as enable_vpc's, is
    kept, as the official library keeps it)."""
    return {k: v for k, v in options.items() if v is not None and v != ""}


class Endpoints:
    """Where a chain's remote providers go (overridable for tests)."""

    def __init__(self, sts_endpoint: str | None, metadata_endpoint: str) -> None:
        self.sts = sts_endpoint
        self.metadata = metadata_endpoint

    def ram_role(
        self, source: CredentialsProvider, options: dict[str, Any]
    ) -> RamRoleArnCredentials:
        return RamRoleArnCredentials(source, sts_endpoint=self.sts, **_given(options))

    def oidc(self, options: dict[str, Any]) -> OidcRoleCredentials:
        return OidcRoleCredentials(sts_endpoint=self.sts, **_given(options))

    def ecs(self, role_name: str | None) -> EcsRamRoleCredentials:
        return EcsRamRoleCredentials(role_name, endpoint=self.metadata)


DEFAULT_ENDPOINTS = Endpoints(None, METADATA_ENDPOINT)


# --- 1. the environment ------------------------------------------------------------------------


def environment_provider() -> StaticCredentials:
    key_id = os.environ.get(ENV_KEY_ID) or None
    secret = os.environ.get(ENV_SECRET) or None
    if not key_id or not secret:
        raise Skipped(f"{ENV_KEY_ID if not key_id else ENV_SECRET} is not set")
    return StaticCredentials.of(
        key_id, secret, os.environ.get(ENV_TOKEN) or None, provider_name="env"
    )


# --- 2. the OIDC role --------------------------------------------------------------------------


def oidc_provider(endpoints: Endpoints = DEFAULT_ENDPOINTS) -> OidcRoleCredentials:
    needed = (ENV_ROLE_ARN, ENV_OIDC_PROVIDER_ARN, ENV_OIDC_TOKEN_FILE)
    unset = [name for name in needed if not os.environ.get(name)]
    if unset:
        raise Skipped(
            f"{', '.join(unset)} {'is' if len(unset) == 1 else 'are'} not set"
        )
    return endpoints.oidc({})


# --- 3. the CLI profile ------------------------------------------------------------------------


def cli_profile_provider(
    path: str | os.PathLike[str] | None = None,
    profile_name: str | None = None,
    *,
    home: str | os.PathLike[str] | None = None,
    endpoints: Endpoints = DEFAULT_ENDPOINTS,
) -> CredentialsProvider:
    """The provider of a profile of the Alibaba Cloud CLI's `config.json`."""
    if env_flag(ENV_CLI_PROFILE_DISABLED):
        raise Skipped(f"disabled by {ENV_CLI_PROFILE_DISABLED}=true")
    file = Path(path) if path is not None else _home(home) / ".aliyun" / "config.json"
    if not file.is_file():
        raise Skipped(f"no file {file}")
    try:
        config = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"cannot read {file} as JSON: {exc}") from None
    if not isinstance(config, dict):
        raise ConfigurationError(f"{file} is not a JSON object")
    name = profile_name or os.environ.get(ENV_PROFILE) or _value(config, "current")
    if not name:
        raise ConfigurationError(
            f'{file}: no profile named: set {ENV_PROFILE} or the file\'s "current"'
        )
    return _cli_profile(config, name, file, endpoints, seen=())


def _cli_profile(
    config: dict[str, Any],
    name: str,
    file: Path,
    endpoints: Endpoints,
    seen: tuple[str, ...],
) -> CredentialsProvider:
    profiles = config.get("profiles") or []
    if not isinstance(profiles, list):
        raise ConfigurationError(
            f'{file}: "profiles" must be a list, not {type(profiles).__name__}'
        )
    profile = next(
        (p for p in profiles if isinstance(p, dict) and p.get("name") == name), None
    )
    if profile is None:
        raise ConfigurationError(f"{file} has no profile {name!r}")
    mode = profile.get("mode")
    where = f"{file}, profile {name!r} (mode {mode})"

    def text(field: str) -> str | None:
        found = profile.get(field)
        if found is None or found == "":
            return None
        if not isinstance(found, str):
            raise ConfigurationError(
                f"{where}: {field} must be a string, not {type(found).__name__}"
            )
        return found

    def key(field: str) -> str:
        found = text(field)
        if found is None:
            raise ConfigurationError(f"{where} has no {field}")
        return found

    def seconds() -> int | None:
        found = profile.get("expired_seconds")
        if isinstance(found, str) and found.strip().isdigit():
            found = int(found)
        if isinstance(found, bool) or not isinstance(found, (int, type(None))):
            raise ConfigurationError(
                f"{where}: expired_seconds must be a whole number of seconds, not {found!r}"
            )
        return found or None  # the CLI writes 0 for "not set"

    def vpc() -> bool | None:
        found = profile.get("enable_vpc")
        if not isinstance(found, (bool, type(None))):
            raise ConfigurationError(
                f"{where}: enable_vpc must be true or false, not {found!r}"
            )
        return found

    def role_options() -> dict[str, Any]:
        return {
            "role_arn": key("ram_role_arn"),
            "session_name": text("ram_session_name"),
            "duration": seconds(),
            "policy": text("policy"),
            "external_id": text("external_id"),
            "sts_region": text("sts_region"),
            "enable_vpc": vpc(),
        }

    if mode == "AK":
        return StaticCredentials.of(
            key("access_key_id"), key("access_key_secret"), provider_name="static_ak"
        )
    if mode == "StsToken":
        return StaticCredentials.of(
            key("access_key_id"),
            key("access_key_secret"),
            key("sts_token"),
            provider_name="static_sts",
        )
    if mode == "RamRoleArn":
        source = StaticCredentials.of(
            key("access_key_id"), key("access_key_secret"), provider_name="static_ak"
        )
        return endpoints.ram_role(source, role_options())
    if mode == "EcsRamRole":
        return endpoints.ecs(text("ram_role_name"))
    if mode == "OIDC":
        return endpoints.oidc(
            {
                "role_arn": key("ram_role_arn"),
                "oidc_provider_arn": key("oidc_provider_arn"),
                "oidc_token_file": key("oidc_token_file"),
                "session_name": text("role_session_name"),
                "duration": seconds(),
                "policy": text("policy"),
                "sts_region": text("sts_region"),
                "enable_vpc": vpc(),
            }
        )
    if mode == "ChainableRamRoleArn":
        source_name = key("source_profile")
        if source_name in seen or source_name == name:
            raise ConfigurationError(f"{where}: source_profile {source_name!r} loops")
        chained = _cli_profile(config, source_name, file, endpoints, (*seen, name))
        return endpoints.ram_role(chained, role_options())
    if mode in _UNSUPPORTED_CLI_MODES:
        raise ConfigurationError(
            f"{where}: mode {mode} is not supported by this client; use the official "
            "alibabacloud-credentials library and pass its Client as credentials="
        )
    raise ConfigurationError(f"{where}: unknown mode {mode!r}")


# --- 4. the credentials file -------------------------------------------------------------------


def read_credentials_file(path: Path) -> dict[str, dict[str, str]]:
    """The sections of an INI credentials file, read as the official library reads it: a `#`
    ends a value, and names are lowercase."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except (OSError, configparser.Error) as exc:
        raise ConfigurationError(f"cannot read {path}: {exc}") from None
    return {
        section: {
            name: value.split("#")[0].strip() for name, value in parser.items(section)
        }
        for section in parser.sections()
    }


def credentials_file_provider(
    path: str | os.PathLike[str] | None = None,
    profile_name: str | None = None,
    *,
    home: str | os.PathLike[str] | None = None,
    endpoints: Endpoints = DEFAULT_ENDPOINTS,
) -> CredentialsProvider:
    """The provider of a section of the credentials file (`credentials.ini`)."""
    given = path or os.environ.get(ENV_CREDENTIALS_FILE) or None
    file = Path(given) if given else _home(home) / ".alibabacloud" / "credentials.ini"
    if not file.is_file():
        raise Skipped(f"no file {file}")
    name = profile_name or os.environ.get(ENV_PROFILE) or "default"
    section = read_credentials_file(file).get(name)
    if section is None:
        raise ConfigurationError(f"{file} has no section [{name}]")
    kind = section.get("type")
    where = f"{file}, [{name}] (type {kind})"

    def key(field: str) -> str:
        found = section.get(field) or None
        if found is None:
            raise ConfigurationError(f"{where} has no {field}")
        return found

    if kind == "access_key":
        return StaticCredentials.of(
            key("access_key_id"), key("access_key_secret"), provider_name="static_ak"
        )
    if kind == "ram_role_arn":
        source = StaticCredentials.of(
            key("access_key_id"), key("access_key_secret"), provider_name="static_ak"
        )
        return endpoints.ram_role(
            source,
            {
                "role_arn": key("role_arn"),
                "session_name": section.get("role_session_name"),
                "policy": section.get("policy"),
            },
        )
    if kind == "oidc_role_arn":
        return endpoints.oidc(
            {
                "role_arn": key("role_arn"),
                "oidc_provider_arn": key("oidc_provider_arn"),
                "oidc_token_file": key("oidc_token_file_path"),
                "session_name": section.get("role_session_name"),
                "policy": section.get("policy"),
            }
        )
    if kind == "ecs_ram_role":
        return endpoints.ecs(section.get("role_name") or None)
    raise ConfigurationError(
        f"{where}: type {kind!r} is not supported (access_key, ram_role_arn, oidc_role_arn, "
        "ecs_ram_role)"
    )


# --- 5. ECS and 6. the credentials URI ---------------------------------------------------------


def ecs_provider(endpoints: Endpoints = DEFAULT_ENDPOINTS) -> EcsRamRoleCredentials:
    if env_flag(ENV_ECS_DISABLED):
        raise Skipped(f"disabled by {ENV_ECS_DISABLED}=true")
    return endpoints.ecs(None)


def uri_provider() -> UriCredentials:
    if not os.environ.get(ENV_CREDENTIALS_URI):
        raise Skipped(f"{ENV_CREDENTIALS_URI} is not set")
    return UriCredentials()
