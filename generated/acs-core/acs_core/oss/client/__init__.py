"""The base of every generated OSS product's clients: `ClientBase` (a `Sender`) and
`AsyncClientBase` (an `AsyncSender`), whose methods are the product's operations.

A generated method names its operation's models module and passes its arguments on, as the
gateway products' do: `return self._call("put_object", locals())`. The call builds the
request model (its limits checked before anything is sent), turns it into an OSS request
(`prepare`), sends it through the sender (signed V4 or V1, addressed virtual-hosted or path
style, retried, its errors typed) and reads the answer into the response model: the XML
body's elements and the declared response headers (`ETag`, `x-oss-hash-crc64ecma`,
`x-oss-meta-*` ...); `client.raw.<method>` answers every header and the body as well.

    prepare        the request and the response of a call, without I/O
    settings       the endpoint and signature version a client starts from
    sync           ClientBase: the operations, page iterators, upload_file, download_file,
                   presign_url
    asynchronous   AsyncClientBase: the same, awaited
"""

from __future__ import annotations

from ...client.call import RawResponse, raw, raw_async
from .asynchronous import AsyncClientBase
from .sync import ClientBase

__all__ = ["AsyncClientBase", "ClientBase", "RawResponse", "raw", "raw_async"]
