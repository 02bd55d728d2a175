"""VOD's media as spec data: an operation's `upload` method and the emulator's `find`, `grant`
and `outputs` rules are checked like every other fact (a name that is not there is reported
with its file, line and pointer), and planned into the clients (`upload_video`) and the
emulator's data, with no VOD special case in the generator.
"""

from __future__ import annotations

import inspect
import json
import shutil
from pathlib import Path

import acs_vod
import pytest

from generator import SpecError, validate

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
CREATE = "vod/CreateUploadVideo.yaml"
REFRESH = "vod/RefreshUploadVideo.yaml"
GET_JOBS = "vod/GetAIImageJobs.yaml"


@pytest.fixture
def media_specs(spec_copy: Path) -> Path:
    """The hand-written specs plus the upload operations, as imported."""
    for name in ("CreateUploadVideo", "RefreshUploadVideo"):
        shutil.copy(SPECS / "vod" / f"{name}.yaml", spec_copy / "vod")
        shutil.copytree(
            SPECS / "vod" / "golden" / name, spec_copy / "vod" / "golden" / name
        )
    return spec_copy


def problems(specs: Path, relative: str, old: str, new: str) -> list[str]:
    path = specs / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        validate(specs)
    return [str(d).replace(str(specs) + "/", "") for d in caught.value.diagnostics]


def test_the_media_specs_are_valid(media_specs: Path) -> None:
    [service] = validate(media_specs)
    create = next(op for op in service.operations if op.name == "CreateUploadVideo")
    assert create.upload is not None and create.upload.method == "upload_video"
    assert create.upload.refresh_parameters == (("VideoId", "VideoId"),)


@pytest.mark.parametrize(
    ("relative", "old", "new", "expected"),
    [
        (
            CREATE,
            "  file_name: FileName\n",
            "  file_name: FileNom\n",
            "/upload/file_name: 'FileNom' is not a parameter of CreateUploadVideo",
        ),
        (
            CREATE,
            "  file_name: FileName\n",
            "  file_name: CateId\n",
            "/upload/file_name: 'CateId' must be of type string",
        ),
        (
            CREATE,
            "    bucket: Bucket\n    key: FileName\n  credentials:",
            "    bucket: BucketName\n    key: FileName\n  credentials:",
            "/upload/address/bucket: 'BucketName' is not a field inside UploadAddress",
        ),
        (
            CREATE,
            "    field: UploadAuth\n    access_key_id",
            "    field: VideoId\n    access_key_id",
            "/upload/credentials/field: 'VideoId' is not a JSON-text field",
        ),
        (
            CREATE,
            "    expires_at: ExpireUTCTime\n    lifetime: Expiration\n  refresh:",
            "    expires_at: Expiration\n    lifetime: Expiration\n  refresh:",
            "/upload/credentials/expires_at: 'Expiration' inside UploadAuth must be a "
            "date-time",
        ),
        (
            CREATE,
            "operation: RefreshUploadVideo\n",
            "operation: RefreshUploadAudio\n",
            "/upload/refresh/operation: 'RefreshUploadAudio' is no operation of vod",
        ),
        (
            CREATE,
            "      VideoId: VideoId\n",
            "      AudioId: VideoId\n",
            "/upload/refresh/parameters/AudioId: 'AudioId' is not a parameter of "
            "RefreshUploadVideo",
        ),
        (
            CREATE,
            "  method: upload_video\n",
            "  method: get_ai_image_jobs\n",
            "/upload/method: 'get_ai_image_jobs' is already a method of the client",
        ),
        (
            REFRESH,
            "    parameter: VideoId\n",
            "    parameter: MediaId\n",
            "/emulator/find/parameter: 'MediaId' is not a parameter of RefreshUploadVideo",
        ),
        (
            REFRESH,
            "  find:\n    parameter: VideoId\n    key: VideoId\n    error: InvalidVideo.NotFound\n",
            "  select:\n    parameter: VideoId\n    key: VideoId\n    results: VideoId\n",
            "/emulator/grant: a grant needs the record of `create` or `find`",
        ),
        (
            CREATE,
            "    key: sv/{VideoId}/{FileName}\n",
            "    key: sv/{VideoId}/{File Name}\n",
            "/emulator/grant/key: {File Name} is not a record field name",
        ),
        (
            GET_JOBS,
            "    url: Url\n",
            "    url: Link\n",
            "/emulator/outputs/url: the JSON text of AIImageResult must be a list of "
            "objects with a field 'Link'",
        ),
        (
            GET_JOBS,
            "    field: AIImageResult\n",
            "    field: JobId\n",
            "/emulator/outputs/field: 'JobId' is not a JSON-text field of the items of "
            "AIImageJobList",
        ),
    ],
)
def test_a_media_rule_that_names_what_is_not_there_is_reported(
    media_specs: Path, relative: str, old: str, new: str, expected: str
) -> None:
    found = problems(media_specs, relative, old, new)
    assert any(
        line.startswith(relative + ":") and expected in line for line in found
    ), found


def test_the_meta_schema_refuses_a_record_found_and_created_at_once(
    media_specs: Path,
) -> None:
    found = problems(
        media_specs,
        REFRESH,
        "  find:\n",
        "  create: {key: VideoId}\n  find:\n",
    )
    assert any(line.startswith(f"{REFRESH}:") and "/emulator" in line for line in found)


def test_upload_video_takes_the_file_then_the_operation_s_arguments() -> None:
    signature = inspect.signature(acs_vod.Client.upload_video)
    parameters = list(signature.parameters.values())
    assert [p.name for p in parameters[:3]] == ["self", "source", "title"]
    assert parameters[1].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert parameters[2].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.parameters["file_name"].default is None  # the source's name
    assert "file_size" not in signature.parameters  # measured from the source
    for option in ("part_size", "parallelism", "progress", "checkpoint_dir"):
        assert signature.parameters[option].default is None
    assert inspect.iscoroutinefunction(acs_vod.AsyncClient.upload_video)


def test_the_emulator_data_says_how_a_grant_encodes_its_fields() -> None:
    data = json.loads(
        (ROOT / "generated/acs-vod/acs_vod/emulator/operations.json").read_text("utf-8")
    )
    by_name = {entry["name"]: entry for entry in data["operations"]}
    grant = by_name["CreateUploadVideo"]["state"]["grant"]
    assert grant["address"]["base64"] is True and grant["credentials"]["base64"] is True
    assert "Expiration" in grant["credentials"]["text"]
    assert by_name["RefreshUploadVideo"]["state"]["find"]["key"] == "VideoId"
    assert by_name["GetAIImageJobs"]["state"]["outputs"]["url"] == "Url"
