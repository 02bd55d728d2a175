"""Object Storage Service: what OSS needs beyond the gateway's products.

addressing   virtual-hosted and path-style URLs, as the official SDKs build them
crc64        CRC-64/ECMA-182 (OSS's `x-oss-hash-crc64ecma`), incremental and combinable
xml          XML bodies: a parser that refuses DTDs and entities, dicts both ways
answers      OSS error answers (the `<Error>` body, or HEAD's `x-oss-err`) into typed errors
errors       TransferError, SourceChangedError, IntegrityError (Crc64MismatchError)
"""
