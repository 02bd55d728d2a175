"""A small recording OSS stand-in on 127.0.0.1, path style only, for the OSS runtime's tests.

It records every request as received (the request target exactly as sent, the header lines,
the body's size and CRC-64, the body itself up to `keep_body` bytes), reads bodies as they
stream (Content-Length or chunked) without holding them, and answers like OSS for what the
tests drive: objects (PUT, GET and HEAD with ranges, DELETE), multipart uploads (initiate, parts,
complete, abort, ListParts with pages), ListObjects v1 and v2, ListBuckets, GetBucketAcl, and
XML errors (for HEAD in `x-oss-err`). With `credentials` it checks V4 and V1 signatures with
acs-core's signers and answers SignatureDoesNotMatch as OSS does. Faults: `fail(...)` answers an
error, drops the connection while the body is read, or cuts a response body short, for the
requests a predicate picks. `keep_data=False` keeps only sizes and CRCs of objects (for big
uploads). It is not the emulator (`acs_core.testing`), only enough of OSS to test a client.
"""

from __future__ import annotations

import base64
import hashlib
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import oss_fake_lists as lists
from oss_fake_auth import check_signature

from acs_core.oss.crc64 import combine, crc64

REQUEST_ID = "5C3D9175B6FC201293AD4890"
CHUNK = 64 * 1024


@dataclass
class Recorded:
    method: str
    target: str  # the request target exactly as sent
    headers: list[tuple[str, str]]
    size: int = 0
    crc: int = 0
    body: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(self.raw_query, keep_blank_values=True))

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None


@dataclass
class Stored:
    size: int
    crc: int
    etag: str
    data: bytes | None = None


@dataclass
class Fault:
    match: Callable[[Recorded], bool]
    kind: str  # "error", "drop" (while the body is read), "cut" (the answer's body)
    status: int = 500
    code: str = "InternalError"
    count: int = 1


@dataclass
class State:
    objects: dict[tuple[str, str], Stored] = field(default_factory=dict)
    uploads: dict[str, dict[int, Stored]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    #: (status, code, message) answered once each before normal handling
    errors: list[tuple[int, str, str]] = field(default_factory=list)
    credentials: dict[str, str] | None = None
    region: str = "cn-hangzhou"
    keep_data: bool = True
    keep_body: int = 1024 * 1024
    corrupt_crc: bool = False
    corrupt_complete_crc: bool = False
    omit_crc: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_upload: int = 0


def _xml(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root)


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def error_xml(code: str, message: str, extra: dict[str, str] | None = None) -> bytes:
    root = ET.Element("Error")
    for tag, text in (("Code", code), ("Message", message), ("RequestId", REQUEST_ID)):
        _sub(root, tag, text)
    _sub(root, "HostId", "bucket.oss-cn-hangzhou.aliyuncs.com")
    for k, v in (extra or {}).items():
        _sub(root, k, v)
    _sub(root, "EC", "0026-00000001")
    _sub(root, "RecommendDoc", f"https://api.aliyun.com/troubleshoot?q={code}")
    return _xml(root)


def etag_of(md5: Any) -> str:
    return f'"{md5.hexdigest().upper()}"'


class _Dropped(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AliyunOSS"
    disable_nagle_algorithm = True  # headers and body go in two writes
    timeout = 30
    state: State

    def log_message(self, format: str, *args: object) -> None:
        pass

    # ------------------------------------------------------------------------- reading
    def _pieces(self) -> Any:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return
                while size:
                    piece = self.rfile.read(min(size, CHUNK))
                    if not piece:
                        raise _Dropped
                    size -= len(piece)
                    yield piece
                self.rfile.readline()
        left = int(self.headers.get("Content-Length") or 0)
        while left:
            piece = self.rfile.read(min(left, CHUNK))
            if not piece:
                raise _Dropped
            left -= len(piece)
            yield piece

    def _read(
        self, rec: Recorded, fault: Fault | None, keep: bool
    ) -> tuple[Any, bytes]:
        md5 = hashlib.md5()
        kept: list[bytes] = []
        for piece in self._pieces():
            rec.crc = crc64(piece, rec.crc)
            rec.size += len(piece)
            md5.update(piece)
            if keep or rec.size <= self.state.keep_body:
                kept.append(piece)
            if fault is not None and fault.kind == "drop":
                raise _Dropped
        data = b"".join(kept)
        rec.body = data if rec.size <= self.state.keep_body else b""
        return md5, data if keep or rec.size <= self.state.keep_body else b""

    # ------------------------------------------------------------------------- writing
    def _send(
        self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("x-oss-request-id", REQUEST_ID)
        self.send_header("Date", self.date_time_string())
        hdrs = dict(headers or {})
        hdrs.setdefault("Content-Length", str(len(body)))
        for k, v in hdrs.items():
            self.send_header(k, v)
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _crc(self, value: int) -> dict[str, str]:
        if self.state.omit_crc:
            return {}
        return {
            "x-oss-hash-crc64ecma": str(value ^ 1 if self.state.corrupt_crc else value)
        }

    def _error(
        self, status: int, code: str, message: str, extra: dict[str, str] | None = None
    ) -> None:
        body = error_xml(code, message, extra)
        headers = {"Content-Type": "application/xml"}
        if self.command == "HEAD":
            headers["x-oss-err"] = base64.b64encode(body).decode()
            headers["x-oss-ec"] = "0026-00000001"
            body = b""
        self._send(status, body, headers)

    # ------------------------------------------------------------------------- dispatch
    def _handle(self) -> None:
        rec = Recorded(self.command, self.path, list(self.headers.items()))
        st = self.state
        with st.lock:
            st.requests.append(rec)
            fault = next((f for f in st.faults if f.count > 0 and f.match(rec)), None)
            if fault is not None:
                fault.count -= 1
            forced = st.errors.pop(0) if st.errors else None
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        segments = parts.path.lstrip("/").split("/", 1)
        bucket = unquote(segments[0]) if segments[0] else None
        key = unquote(segments[1]) if len(segments) > 1 and segments[1] else None
        keep = (st.keep_data and self.command == "PUT") or self.command == "POST"
        try:
            md5, data = self._read(rec, fault, keep)
        except _Dropped:
            self.close_connection = True
            return
        if fault is not None and fault.kind == "error":
            self._error(fault.status, fault.code, "injected by the test")
            return
        if forced is not None:
            self._error(*forced)
            return
        if st.credentials is not None:
            refused = check_signature(rec, bucket, key, st.credentials, st.region)
            if refused is not None:
                self._error(*refused)
                return
        if bucket is None:
            self._send(200, lists.buckets(), {"Content-Type": "application/xml"})
        elif key is None:
            self._bucket_op(bucket, query)
        else:
            self._object_op(bucket, key, query, rec, md5, data, fault)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

    # ------------------------------------------------------------------------- service, bucket
    def _bucket_op(self, bucket: str, query: dict[str, str]) -> None:
        if self.command != "GET":
            self._send(204 if self.command == "DELETE" else 200)
            return
        if "acl" in query:
            body = lists.bucket_acl()
        elif "uploads" in query:
            body = lists.multipart_uploads(bucket)
        else:
            body = lists.objects(bucket, query, self.state.objects)
        self._send(200, body, {"Content-Type": "application/xml"})

    # ------------------------------------------------------------------------- objects
    def _object_op(
        self,
        bucket: str,
        key: str,
        query: dict[str, str],
        rec: Recorded,
        md5: Any,
        data: bytes,
        fault: Fault | None,
    ) -> None:
        st, method = self.state, self.command
        if method == "POST" and "uploads" in query:
            with st.lock:
                st.next_upload += 1
                uid = f"0004B9894A22E5B1888A1E29F823{st.next_upload:04d}"
                st.uploads[uid] = {}
            root = ET.Element("InitiateMultipartUploadResult")
            for tag, text in (("Bucket", bucket), ("Key", key), ("UploadId", uid)):
                _sub(root, tag, text)
            self._send(200, _xml(root), {"Content-Type": "application/xml"})
        elif "uploadId" in query:
            parts = st.uploads.get(query["uploadId"])
            if parts is None:
                self._error(404, "NoSuchUpload", "The specified upload does not exist.")
            else:
                self._multipart(bucket, key, query, parts, rec, md5, data)
        elif method == "PUT":
            kept = data if st.keep_data else None
            st.objects[(bucket, key)] = Stored(rec.size, rec.crc, etag_of(md5), kept)
            self._send(200, b"", {"ETag": etag_of(md5), **self._crc(rec.crc)})
        elif method in ("GET", "HEAD"):
            self._get(bucket, key, fault)
        elif method == "DELETE":
            st.objects.pop((bucket, key), None)
            self._send(204)
        else:
            self._error(400, "InvalidArgument", "unsupported by the fake")

    def _get(self, bucket: str, key: str, fault: Fault | None) -> None:
        stored = self.state.objects.get((bucket, key))
        if stored is None or stored.data is None:
            self._error(404, "NoSuchKey", "The specified key does not exist.")
            return
        data = stored.data
        if_match = self.headers.get("If-Match")
        if if_match is not None and if_match != stored.etag:
            self._error(
                412, "PreconditionFailed", "At least one of the pre-conditions failed."
            )
            return
        headers = {
            "Content-Type": "application/octet-stream",
            "ETag": stored.etag,
            "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT",
            "x-oss-object-type": "Normal",
            "x-oss-storage-class": "Standard",
            **self._crc(stored.crc),
        }
        status, body = 200, data
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            a, _, b = rng[6:].partition("-")
            lo, hi = int(a), int(b) if b else len(data) - 1
            body = data[lo : hi + 1]
            headers["Content-Range"] = f"bytes {lo}-{hi}/{len(data)}"
            status = 206
        if fault is not None and fault.kind == "cut":
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self._send(status, body, headers)

    def _multipart(
        self,
        bucket: str,
        key: str,
        query: dict[str, str],
        parts: dict[int, Stored],
        rec: Recorded,
        md5: Any,
        data: bytes,
    ) -> None:
        st, upload_id = self.state, query["uploadId"]
        if self.command == "PUT":
            kept = data if st.keep_data else None
            parts[int(query["partNumber"])] = Stored(
                rec.size, rec.crc, etag_of(md5), kept
            )
            self._send(200, b"", {"ETag": etag_of(md5), **self._crc(rec.crc)})
        elif self.command == "POST":
            listed = [
                (int(p.findtext("PartNumber") or "0"), p.findtext("ETag"))
                for p in ET.fromstring(data or rec.body).findall("Part")
            ]
            if any(n not in parts or parts[n].etag != etag for n, etag in listed):
                self._error(
                    400,
                    "InvalidPart",
                    "One or more of the specified parts could not be found.",
                )
                return
            crc, size = 0, 0
            for n, _ in listed:
                crc, size = (
                    combine(crc, parts[n].crc, parts[n].size),
                    size + parts[n].size,
                )
            joined = None
            if st.keep_data:
                joined = b"".join(parts[n].data or b"" for n, _ in listed)
            etag = f'"{hashlib.md5(str(listed).encode()).hexdigest().upper()}-{len(listed)}"'
            st.objects[(bucket, key)] = Stored(size, crc, etag, joined)
            del st.uploads[upload_id]
            root = ET.Element("CompleteMultipartUploadResult")
            _sub(root, "Location", f"http://{bucket}.oss/{key}")
            for tag, text in (("Bucket", bucket), ("Key", key), ("ETag", etag)):
                _sub(root, tag, text)
            headers = {"Content-Type": "application/xml", **self._crc(crc)}
            if st.corrupt_complete_crc:
                headers["x-oss-hash-crc64ecma"] = str(crc ^ 2)
            self._send(200, _xml(root), headers)
        elif self.command == "DELETE":
            del st.uploads[upload_id]
            self._send(204)
        else:
            body = lists.parts(bucket, key, query, parts)
            self._send(200, body, {"Content-Type": "application/xml"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    errors: list[BaseException]

    def handle_error(self, request: object, client_address: object) -> None:
        exc = sys.exc_info()[1]
        if exc is not None and not isinstance(exc, (ConnectionError, TimeoutError)):
            self.errors.append(exc)


class FakeOSS:
    """`with FakeOSS() as oss: oss.endpoint` is `http://127.0.0.1:<port>`."""

    def __init__(
        self, credentials: dict[str, str] | None = None, **settings: Any
    ) -> None:
        self.state = State(credentials=credentials, **settings)
        handler = type("Handler", (_Handler,), {"state": self.state})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.errors = []
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
        )

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[Recorded]:
        return self.state.requests

    @property
    def errors(self) -> list[BaseException]:
        """Unexpected exceptions raised while handling requests."""
        return self._server.errors

    def last(self) -> Recorded:
        return self.state.requests[-1]

    def clear(self) -> None:
        self.state.requests.clear()

    def data(self, bucket: str, key: str) -> bytes | None:
        stored = self.state.objects.get((bucket, key))
        return None if stored is None else stored.data

    def put(self, bucket: str, key: str, data: bytes) -> None:
        self.state.objects[(bucket, key)] = Stored(
            len(data), crc64(data), etag_of(hashlib.md5(data)), data
        )

    def fail(
        self,
        match: Callable[[Recorded], bool] = lambda rec: True,
        kind: str = "error",
        *,
        status: int = 500,
        code: str = "InternalError",
        count: int = 1,
    ) -> None:
        self.state.faults.append(Fault(match, kind, status, code, count))

    def __enter__(self) -> FakeOSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
