"""Object Storage Service: what OSS needs beyond the gateway's products.

addressing   virtual-hosted and path-style URLs, as the official SDKs build them
crc64        CRC-64/ECMA-182 (OSS's `x-oss-hash-crc64ecma`), incremental and combinable
errors       TransferError, SourceChangedError, IntegrityError (Crc64MismatchError)
"""
