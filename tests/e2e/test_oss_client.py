"""The generated OSS client (`generated/acs-oss`, `acs_oss.Client` and `AsyncClient`) against
the emulator's OSS: objects put as bytes, files and iterators, read whole and streamed,
listings and their page iterators, multipart uploads, presigned URLs, the product's other
operations (answered from their goldens), and input refused before anything is sent."""

from __future__ import annotations

import io
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import acs_oss
import httpx
import pytest
from acs_core.oss import Crc64MismatchError
from acs_core.oss.crc64 import crc64
from acs_core.testing import Emulator
from acs_oss import (
    AsyncClient,
    Client,
    ConfigurationError,
    NotFoundError,
    RequestValidationError,
)

KEY_ID, SECRET, REGION, BUCKET = "testid", "testsecret", "cn-hangzhou", "media"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(acs_oss, credentials={KEY_ID: SECRET}) as emulator:
        emulator.oss.create_bucket(BUCKET)
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[Client]:
    with Client(
        REGION, access_key_id=KEY_ID, access_key_secret=SECRET, endpoint=emu.endpoint
    ) as made:
        yield made


def test_put_bytes_a_file_and_an_iterator_then_get_head_and_delete(
    client: Client, emu: Emulator
) -> None:
    data = b"hello world"
    put = client.put_object(
        bucket=BUCKET, key="dir/a b+c.txt", body=data, metadata={"author": "me"}
    )
    assert put.hash_crc64ecma == crc64(
        data
    )  # a response header, typed as the spec says
    assert put.e_tag == '"5EB63BBBE01EEED093CB22BB8F5ACDC3"'
    with tempfile.TemporaryFile() as file:
        file.write(b"x" * 300_000)
        file.seek(0)
        client.put_object(bucket=BUCKET, key="file.bin", body=file)
    client.put_object(bucket=BUCKET, key="chunks.bin", body=iter([b"ab", b"", b"cd"]))

    assert emu.oss.read_object(BUCKET, "file.bin") == b"x" * 300_000
    assert emu.oss.read_object(BUCKET, "chunks.bin") == b"abcd"
    got = client.get_object(bucket=BUCKET, key="dir/a b+c.txt")
    assert (got.content, got.text) == (data, "hello world")
    assert got.metadata == {"author": "me"}  # x-oss-meta-* gathered into a mapping
    assert got.content_type == "text/plain"  # guessed from the key, as both SDKs do
    assert got.content_length == 11
    head = client.head_object(bucket=BUCKET, key="dir/a b+c.txt")
    assert (head.e_tag, head.metadata) == (put.e_tag, {"author": "me"})
    client.delete_object(bucket=BUCKET, key="dir/a b+c.txt")
    with pytest.raises(NotFoundError) as missing:
        client.head_object(bucket=BUCKET, key="dir/a b+c.txt")
    assert missing.value.status == 404


def test_get_streams_the_body_without_reading_it_whole(client: Client) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    client.put_object(bucket=BUCKET, key="big.bin", body=data)

    with client.get_object(bucket=BUCKET, key="big.bin", stream=True) as got:
        with pytest.raises(RuntimeError, match="streaming"):
            got.content  # noqa: B018 - not read yet
        chunks = list(got.iter_bytes(64 * 1024))

    assert len(chunks) > 1 and b"".join(chunks) == data
    ranged = client.get_object(bucket=BUCKET, key="big.bin", range_="bytes=0-9")
    assert ranged.content == data[:10]


def test_list_objects_v2_reads_lists_and_its_iterator_follows_the_markers(
    client: Client,
) -> None:
    for name in ("a/1", "a/2", "a/3", "b/1"):
        client.put_object(bucket=BUCKET, key=name, body=name.encode())

    page = client.list_objects_v2(bucket=BUCKET, prefix="a/", max_keys=1)
    result = page.list_bucket_result
    assert result is not None and result.is_truncated is True
    # One <Contents> element is still a list: the model says so.
    assert [item.key for item in result.contents or []] == ["a/1"]
    assert result.next_continuation_token

    keys = [item.key for item in client.iter_list_objects_v2(bucket=BUCKET, max_keys=2)]
    assert keys == ["a/1", "a/2", "a/3", "b/1"]
    grouped = client.list_objects_v2(bucket=BUCKET, delimiter="/")
    prefixes = grouped.list_bucket_result.common_prefixes or []  # type: ignore[union-attr]
    assert [p.prefix for p in prefixes] == ["a/", "b/"]
    v1 = [item.key for item in client.iter_list_objects(bucket=BUCKET, max_keys=3)]
    assert v1 == keys
    assert [b.name for b in client.iter_list_buckets()] == [BUCKET]


def test_multipart_by_hand_and_by_upload_file(client: Client, emu: Emulator) -> None:
    started = client.initiate_multipart_upload(bucket=BUCKET, key="parts.bin")
    upload_id = started.initiate_multipart_upload_result.upload_id  # type: ignore[union-attr]
    assert upload_id
    parts = []
    for number, chunk in enumerate((b"p" * 150_000, b"q" * 10), start=1):
        answer = client.upload_part(
            bucket=BUCKET,
            key="parts.bin",
            part_number=number,
            upload_id=upload_id,
            body=chunk,
        )
        parts.append({"PartNumber": number, "ETag": answer.e_tag})
    listed = [
        part.part_number
        for part in client.iter_list_parts(
            bucket=BUCKET, key="parts.bin", upload_id=upload_id, max_parts=1
        )
    ]
    assert listed == [1, 2]
    done = client.complete_multipart_upload(
        bucket=BUCKET,
        key="parts.bin",
        upload_id=upload_id,
        body={"CompleteMultipartUpload": {"Part": parts}},
    )
    assert done.complete_multipart_upload_result.key == "parts.bin"  # type: ignore[union-attr]
    assert emu.oss.read_object(BUCKET, "parts.bin") == b"p" * 150_000 + b"q" * 10

    data = bytes(range(200)) * 2000  # 400,000 bytes: four parts of 100 KiB
    result = client.upload_file(BUCKET, "up.bin", data, part_size=100 * 1024)
    assert (result.parts, result.size, result.crc64) == (4, len(data), crc64(data))
    target = Path(tempfile.mkdtemp()) / "down.bin"
    client.download_file(BUCKET, "up.bin", target)
    assert target.read_bytes() == data


def test_presigned_get_and_put_urls(client: Client, emu: Emulator) -> None:
    put = client.presign_url("PUT", BUCKET, "signed.txt", expires=600)
    assert "x-oss-signature-version=OSS4-HMAC-SHA256" in put.url
    assert httpx.put(put.url, content=b"via url").status_code == 200
    get = client.presign_url("GET", BUCKET, "signed.txt")
    assert httpx.get(get.url).content == b"via url"
    assert emu.oss.read_object(BUCKET, "signed.txt") == b"via url"


def test_bad_input_is_refused_before_anything_is_sent(
    client: Client, emu: Emulator
) -> None:
    before = len(emu.requests)
    with pytest.raises(RequestValidationError) as bucket:
        client.get_object(bucket="Bad_Bucket", key="k")
    assert bucket.value.parameter == "bucket"
    with pytest.raises(RequestValidationError, match="at most 604800 seconds"):
        client.presign_url("GET", BUCKET, "k", expires=604_801)
    with pytest.raises(RequestValidationError, match="must not be empty"):
        client.get_object(bucket=BUCKET, key="")
    with pytest.raises(RequestValidationError, match="an iterator of bytes"):
        client.put_object(bucket=BUCKET, key="k", body="text")  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match="one of"):
        client.put_object(bucket=BUCKET, key="k", body=b"", object_acl="secret")
    with pytest.raises(RequestValidationError, match="cannot be part of a header"):
        client.put_object(bucket=BUCKET, key="k", body=b"", metadata={"a b": "1"})
    with pytest.raises(ConfigurationError, match="signature_version"):
        Client(REGION, signature_version="v3", access_key_id=KEY_ID)
    assert len(emu.requests) == before


def test_a_key_with_dot_segments_names_that_very_object(
    client: Client, emu: Emulator
) -> None:
    # The path is sent exactly as signed: `a/../b` is a key of its own, not `b`.
    client.put_object(bucket=BUCKET, key="a/../b", body=b"dots")
    assert [info.key for info in emu.oss.objects(BUCKET)] == ["a/../b"]
    assert client.get_object(bucket=BUCKET, key="a/../b").content == b"dots"


def test_v1_signatures_and_raw_answers(emu: Emulator) -> None:
    with Client(
        REGION,
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        endpoint=emu.endpoint,
        signature_version="v1",
    ) as client:
        client.put_object(bucket=BUCKET, key="k", body=b"v1")
        raw = client.raw.head_object(bucket=BUCKET, key="k")
    assert emu.requests[-1].signature_version == "oss-v1"
    assert raw.status == 200 and raw.request_id == raw.headers["x-oss-request-id"]
    assert raw.headers["server"] == "AliyunOSS"  # every header, not only the declared
    assert raw.parsed.content_length == 2


def test_a_crc_that_differs_from_what_was_sent_is_an_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(200, headers={"x-oss-hash-crc64ecma": "12345"})

    with Client(
        REGION,
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        endpoint="http://127.0.0.1:9",
        transport=httpx.MockTransport(answer),
    ) as client:
        with pytest.raises(Crc64MismatchError):
            client.put_object(bucket=BUCKET, key="k", body=io.BytesIO(b"data"))


def test_operations_the_store_lacks_answer_their_goldens_as_xml(
    client: Client, emu: Emulator
) -> None:
    lifecycle = client.get_bucket_lifecycle(bucket=BUCKET)
    rules = lifecycle.lifecycle_configuration.rule  # type: ignore[union-attr]
    assert rules and rules[0].id_ == "rule1"
    assert emu.requests[-1].operation == "GetBucketLifecycle"
    emu.queue_response(
        "GetBucketVersioning", {"VersioningConfiguration": {"Status": "Enabled"}}
    )
    versioning = client.get_bucket_versioning(bucket=BUCKET)
    assert versioning.versioning_configuration.status == "Enabled"  # type: ignore[union-attr]
    client.put_bucket_tags(
        bucket=BUCKET,
        body={"Tagging": {"TagSet": {"Tag": [{"Key": "k", "Value": "v"}]}}},
    )
    assert emu.requests[-1].operation == "PutBucketTags"
    with pytest.raises(NotFoundError, match="NoSuchBucket"):
        client.get_bucket_tags(bucket="no-such-bucket")
    # What the store implements, it still answers.
    assert client.get_bucket_acl(bucket=BUCKET).access_control_policy is not None


def test_an_iterator_over_golden_pages_stops_after_the_golden_page(
    client: Client, emu: Emulator
) -> None:
    # ListLiveChannel is answered from its golden: the first page, then an empty one.
    channels = list(client.iter_list_live_channel(bucket=BUCKET, max_keys=1))
    assert len(channels) == 1
    asked = [r.query for r in emu.requests if r.operation == "ListLiveChannel"]
    assert len(asked) == 2 and asked[1]["marker"]


async def test_the_async_client_streams_and_iterates(emu: Emulator) -> None:
    async def parts() -> AsyncIterator[bytes]:
        yield b"as"
        yield b"ync"

    async with AsyncClient(
        REGION, access_key_id=KEY_ID, access_key_secret=SECRET, endpoint=emu.endpoint
    ) as client:
        await client.put_object(bucket=BUCKET, key="x/1", body=b"one")
        await client.put_object(bucket=BUCKET, key="x/2", body=parts())
        got = await client.get_object(bucket=BUCKET, key="x/2", stream=True)
        async with got:
            assert [c async for c in got.aiter_bytes()] == [b"async"]
        keys = [o.key async for o in client.iter_list_objects_v2(bucket=BUCKET)]
        result = await client.upload_file(
            BUCKET, "x/3", b"z" * 250_000, part_size=100 * 1024
        )
        url = await client.presign_url("GET", BUCKET, "x/1")
    assert keys == ["x/1", "x/2"]
    assert result.parts == 3
    async with httpx.AsyncClient() as http:
        assert (await http.get(url.url)).content == b"one"
