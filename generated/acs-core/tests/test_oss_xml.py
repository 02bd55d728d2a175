"""OSS's XML bodies: decoded to the metadata's JSON shape, encoded back, errors read, and
hostile documents refused at once (nothing resolved, nothing fetched, nothing hangs)."""

from __future__ import annotations

import time

import pytest

from acs_core.errors import (
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    SignatureMismatchError,
    ThrottlingError,
)
from acs_core.oss import xml
from acs_core.oss.answers import error_kind, oss_error, read_error_fields

LISTING = b"""<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://doc.oss-cn-hangzhou.aliyuncs.com">
  <Name>examplebucket</Name>
  <Prefix></Prefix>
  <IsTruncated>false</IsTruncated>
  <Contents><Key>a &amp; b</Key><Size>3</Size><Owner><ID>1</ID></Owner></Contents>
  <Contents><Key>&#x4e2d;</Key><Size>4</Size></Contents>
  <CommonPrefixes><Prefix>dir/</Prefix></CommonPrefixes>
</ListBucketResult>"""


def test_decode_gives_the_metadata_shape() -> None:
    data = xml.decode(LISTING, {"ListBucketResult.CommonPrefixes"})
    assert data == {
        "ListBucketResult": {
            "Name": "examplebucket",
            "Prefix": "",
            "IsTruncated": "false",
            "Contents": [
                {"Key": "a & b", "Size": "3", "Owner": {"ID": "1"}},
                {"Key": "中", "Size": "4"},
            ],
            "CommonPrefixes": [{"Prefix": "dir/"}],
        }
    }


def test_arrays_by_path_or_callback() -> None:
    one = b"<R><Contents><Key>a</Key></Contents><Part><N>1</N></Part></R>"
    assert xml.decode(one) == {"R": {"Contents": {"Key": "a"}, "Part": {"N": "1"}}}
    assert xml.decode(one, {"R.Contents"})["R"]["Contents"] == [{"Key": "a"}]
    wanted = xml.decode(one, lambda path: path.endswith((".Contents", ".Part")))
    assert wanted == {"R": {"Contents": [{"Key": "a"}], "Part": [{"N": "1"}]}}
    three = b"<R><A>1</A><A>2</A><A>3</A><B>x</B></R>"
    assert xml.decode(three) == {"R": {"A": ["1", "2", "3"], "B": "x"}}
    assert xml.decode(three, {"R.A"}) == {"R": {"A": ["1", "2", "3"], "B": "x"}}


def test_encode_round_trips_in_order_with_escaping() -> None:
    document = {
        "CompleteMultipartUpload": {
            "Part": [
                {"PartNumber": 1, "ETag": '"A<&>"'},
                {"PartNumber": 2, "ETag": '"B"'},
            ],
            "Quiet": True,
            "Skipped": None,
        }
    }
    body = xml.encode(document)
    assert body.startswith(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<CompleteMultipartUpload>'
    )
    assert b'<PartNumber>1</PartNumber><ETag>"A&lt;&amp;&gt;"</ETag>' in body
    assert (
        body.index(b"<PartNumber>1")
        < body.index(b"<PartNumber>2")
        < body.index(b"<Quiet>")
    )
    assert xml.decode(body, {"CompleteMultipartUpload.Part"}) == {
        "CompleteMultipartUpload": {
            "Part": [
                {"PartNumber": "1", "ETag": '"A<&>"'},
                {"PartNumber": "2", "ETag": '"B"'},
            ],
            "Quiet": "true",
        }
    }


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"a": 1, "b": 2}, "exactly one root"),
        ({"bad name": "x"}, "not an XML element name"),
        ({"R": {"<x>": "1"}}, "not an XML element name"),
        ({"R": "a\x00b"}, "cannot carry"),
        ({"R": {"A": object()}}, "cannot be written"),
    ],
)
def test_encode_refuses_what_xml_cannot_say(
    document: dict[str, object], message: str
) -> None:
    with pytest.raises(xml.XmlError, match=message):
        xml.encode(document)  # type: ignore[arg-type]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Error><Code>&lol9;</Code></Error>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Error><Code>&x;</Code></Error>"""
PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]><r/>"""
HOSTILE = [
    (BILLION_LAUGHS, "document type declaration"),
    (EXTERNAL, "document type declaration"),
    (PARAMETER, "document type declaration"),
    (
        b"<!DOCTYPE r SYSTEM 'http://127.0.0.1:9/x.dtd'><r/>",
        "document type declaration",
    ),
    (b"<r>&undefined;</r>", "not well-formed"),
    (b"<a>" * 100_000 + b"</a>" * 100_000, "deeper than 64"),
    (b"<r>unclosed", "not well-formed"),
    (b"", "not well-formed"),
]


@pytest.mark.parametrize(("body", "message"), HOSTILE)
def test_hostile_bodies_are_refused_at_once(body: bytes, message: str) -> None:
    started = time.perf_counter()
    with pytest.raises(xml.XmlError, match=message):
        xml.decode(body)
    assert time.perf_counter() - started < 0.5


def test_oversized_bodies_are_refused_before_parsing() -> None:
    with pytest.raises(xml.XmlError, match="limit is 1000"):
        xml.parse(b"<r>" + b"x" * 2000 + b"</r>", max_bytes=1000)
    with pytest.raises(xml.XmlError, match="deeper than 3"):
        xml.parse(b"<a><b><c><d/></c></b></a>", max_depth=3)


ERROR = b"""<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>SignatureDoesNotMatch</Code>
  <Message>The request signature we calculated does not match.</Message>
  <RequestId>5C3D9175B6FC201293AD4890</RequestId>
  <HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>
  <StringToSign>OSS4-HMAC-SHA256
20240517T080910Z</StringToSign>
  <EC>0002-00000040</EC>
  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000040</RecommendDoc>
</Error>"""


def test_parse_error_keeps_every_field() -> None:
    fields = xml.parse_error(ERROR)
    assert fields["Code"] == "SignatureDoesNotMatch"
    assert fields["EC"] == "0002-00000040"
    assert fields["StringToSign"] == "OSS4-HMAC-SHA256\n20240517T080910Z"
    with pytest.raises(xml.XmlError, match="expected an <Error>"):
        xml.parse_error(b"<ListBucketResult/>")


def test_errors_become_typed() -> None:
    error = oss_error(
        403, {"x-oss-request-id": "rid"}, ERROR, client_string_to_sign="ours"
    )
    assert isinstance(error, SignatureMismatchError)
    assert error.server_string_to_sign == "OSS4-HMAC-SHA256\n20240517T080910Z"
    assert error.client_string_to_sign == "ours"
    assert (error.request_id, error.host_id, error.data["EC"]) == (
        "rid",
        "examplebucket.oss-cn-hangzhou.aliyuncs.com",
        "0002-00000040",
    )
    assert error.recommend and error.recommend.startswith("https://api.aliyun.com")


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (403, "InvalidAccessKeyId", AuthenticationError),
        (403, "SecurityTokenExpired", AuthenticationError),
        (403, "RequestTimeTooSkewed", AuthenticationError),
        (403, "AccessDenied", PermissionDeniedError),
        (404, "NoSuchKey", NotFoundError),
        (404, "NoSuchBucket", NotFoundError),
        (404, "NoSuchUpload", NotFoundError),
        (409, "BucketNotEmpty", type(None)),
        (503, "SlowDown", ThrottlingError),
        (503, "DownloadTrafficRateLimitExceeded", ThrottlingError),
        (500, "InternalError", ServerError),
        (502, "BadGateway", ServerError),
        (400, "InvalidArgument", InvalidRequestError),
        (400, "EntityTooSmall", InvalidRequestError),
    ],
)
def test_codes_map_to_kinds(status: int, code: str, kind: type) -> None:
    body = f"<Error><Code>{code}</Code><Message>m</Message></Error>".encode()
    error = oss_error(status, {}, body)
    assert error.code == code and error.status == status and error.message == "m"
    if kind is type(None):
        assert error_kind(status, code) == "conflict"
    else:
        assert isinstance(error, kind)


def test_head_errors_come_in_a_header() -> None:
    import base64

    body = b"<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>"
    headers = {"x-oss-err": base64.b64encode(body).decode(), "x-oss-ec": "0026-1"}
    assert read_error_fields(404, headers, b"") == {
        "Code": "NoSuchKey",
        "Message": "gone",
        "EC": "0026-1",
    }
    error = oss_error(
        404, {"x-oss-request-id": "r"}, b""
    )  # a HEAD with nothing: by status
    assert isinstance(error, NotFoundError) and error.code == "HTTP404"
    proxy = oss_error(502, {}, b"<html>bad gateway</html>")
    assert isinstance(proxy, ServerError) and "not OSS's XML" in proxy.message
