"""Models shared by several operations."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m

__all__ = [
    "RTC",
    "SSEKMS",
    "TLS",
    "AbortMultipartUpload",
    "AccessControlList",
    "AccessMonitorConfiguration",
    "AccessMonitorStatus",
    "AccessPoint",
    "AccessPointVpcConfiguration",
    "AccessPoints",
    "Actions",
    "AdditionalFeatures",
    "Addresses",
    "Aggregations",
    "AllowedFeatures",
    "ApplyServerSideEncryptionByDefault",
    "ArchiveDirectReadConfiguration",
    "AudioStreams",
    "Bucket",
    "BucketAntiDDOSConfiguration",
    "BucketAntiDDOSInfo",
    "BucketAntiDDOSInfoCnames",
    "BucketCnameConfiguration",
    "BucketDataRedundancyTransition",
    "BucketInfo",
    "BucketInfoBucket",
    "BucketInfoBucketDataRedundancyType",
    "BucketInfoBucketStorageClass",
    "BucketInfoBucketVersioning",
    "BucketLoggingStatus",
    "BucketPolicy",
    "BucketResourceGroupConfiguration",
    "BucketStat",
    "BucketStorageClass",
    "CORSConfiguration",
    "CORSRule",
    "CSVInput",
    "CSVOutput",
    "CertificateConfiguration",
    "CipherSuite",
    "Cname",
    "CnameCertificate",
    "CnameInfo",
    "CnameToken",
    "Cnames",
    "CommonPrefix",
    "CompleteMultipartUpload",
    "CompressionType",
    "ContentTransformation",
    "CreateAccessPointConfiguration",
    "CreateAccessPointResult",
    "CreateBucketConfiguration",
    "CreateBucketConfigurationDataRedundancyType",
    "CreateBucketConfigurationStorageClass",
    "CustomForwardHeaders",
    "DeleteMarkerEntry",
    "Endpoints",
    "ErrorDocument",
    "Expiration",
    "ExtendWormConfiguration",
    "FileHeaderInfo",
    "Filter",
    "FunctionCompute",
    "GetAccessPointResult",
    "HeaderSet",
    "HttpsConfiguration",
    "IncludeHeaderItem",
    "IndexDocument",
    "InitiateWormConfiguration",
    "InputSerialization",
    "InventoryConfiguration",
    "InventoryDestination",
    "InventoryEncryption",
    "InventoryFilter",
    "InventoryFormat",
    "InventoryFrequency",
    "InventoryOSSBucketDestination",
    "InventoryOptionalField",
    "InventorySchedule",
    "JSONInput",
    "JSONOutput",
    "JSONType",
    "JobParameters",
    "LifecycleConfiguration",
    "LifecycleRule",
    "ListAccessPointsResult",
    "LiveChannel",
    "LiveChannelAudio",
    "LiveChannelConfiguration",
    "LiveChannelPlayUrls",
    "LiveChannelPublishUrls",
    "LiveChannelSnapshot",
    "LiveChannelTarget",
    "LiveChannelVideo",
    "LiveRecord",
    "LocationTransferType",
    "LoggingEnabled",
    "MediaTypes",
    "MetaQuery",
    "MetaQueryAggregation",
    "MetaQueryFile",
    "MetaQueryOrder",
    "MetaQueryRespAddress",
    "MetaQueryRespAudioStream",
    "MetaQueryRespSubtitle",
    "MetaQueryRespVideoStream",
    "MetaQueryTagging",
    "MetaQueryUserMeta",
    "MirrorAuth",
    "MirrorHeaders",
    "MirrorMultiAlternateItem",
    "MirrorMultiAlternates",
    "MirrorReturnHeaders",
    "MirrorTaggings",
    "NoncurrentVersionExpiration",
    "NoncurrentVersionTransitionItem",
    "NoncurrentVersionTransitionItemStorageClass",
    "Not",
    "OSSTagging",
    "OSSUserMeta",
    "ObjectACL",
    "ObjectProcessConfiguration",
    "ObjectSummary",
    "ObjectSummaryStorageClass",
    "ObjectVersion",
    "ObjectVersionStorageClass",
    "OptionalFields",
    "OutputSerialization",
    "Owner",
    "ParamSet",
    "Part",
    "PartItem",
    "Progress",
    "PublicAccessBlockConfiguration",
    "PutReplicationRule",
    "PutReplicationRuleHistoricalObjectReplication",
    "RefererBlacklist",
    "RefererConfiguration",
    "RefererList",
    "RegionInfo",
    "ReplicationConfiguration",
    "ReplicationDestination",
    "ReplicationDestinationTransferType",
    "ReplicationEncryptionConfiguration",
    "ReplicationPrefixSet",
    "ReplicationProgressRule",
    "ReplicationRule",
    "ReplicationRuleHistoricalObjectReplication",
    "ReplicationSourceSelectionCriteria",
    "RequestPaymentConfiguration",
    "RestoreRequest",
    "ReturnHeaderItem",
    "RoutingRule",
    "RoutingRuleCondition",
    "RoutingRuleLuaConfig",
    "RoutingRuleRedirect",
    "RoutingRules",
    "RtcConfiguration",
    "SelectMetaRequest",
    "SelectMetaStatus",
    "SelectRequest",
    "SelectRequestOptions",
    "ServerSideEncryptionRule",
    "ServerSideEncryptionRule2",
    "SetItem",
    "SseKmsEncryptedObjects",
    "SseKmsEncryptedObjectsStatus",
    "Style",
    "StyleInfo",
    "Subtitles",
    "Tag",
    "TagSet",
    "Tagging",
    "TaggingsItem",
    "TransferAccelerationConfiguration",
    "TransferTypes",
    "TransformationConfigurationItem",
    "TransformationConfigurations",
    "TransitionItem",
    "TransitionItemStorageClass",
    "Upload",
    "UserAntiDDOSInfo",
    "UserDefinedLogFieldsConfiguration",
    "VersioningConfiguration",
    "VersioningConfigurationStatus",
    "VideoStreams",
    "WebsiteConfiguration",
]


class ObjectACL(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    PRIVATE = "private"
    PUBLIC_READ = "public-read"
    PUBLIC_READ_WRITE = "public-read-write"
    DEFAULT = "default"


class AccessMonitorStatus(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ENABLED = "Enabled"
    DISABLED = "Disabled"


class BucketStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class BucketInfoBucketDataRedundancyType(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    LRS = "LRS"
    ZRS = "ZRS"


class BucketInfoBucketStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class BucketInfoBucketVersioning(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ENABLED = "Enabled"
    SUSPENDED = "Suspended"


class FileHeaderInfo(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    USE = "USE"
    IGNORE = "IGNORE"
    NONE = "NONE"


class CreateBucketConfigurationStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class CreateBucketConfigurationDataRedundancyType(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    LRS = "LRS"
    ZRS = "ZRS"


class CompressionType(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    NONE = "None"
    GZIP = "GZIP"


class InventoryOptionalField(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    SIZE = "Size"
    LAST_MODIFIED_DATE = "LastModifiedDate"
    E_TAG = "ETag"
    STORAGE_CLASS = "StorageClass"
    IS_MULTIPART_UPLOADED = "IsMultipartUploaded"
    ENCRYPTION_STATUS = "EncryptionStatus"


class InventoryFormat(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    CSV = "CSV"


class InventoryFrequency(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class JSONType(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    DOCUMENT = "DOCUMENT"
    LINES = "LINES"


class TransitionItemStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class NoncurrentVersionTransitionItemStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class MetaQueryOrder(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ASC = "asc"
    DESC = "desc"


class ObjectSummaryStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class ObjectVersionStorageClass(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    STANDARD = "Standard"
    IA = "IA"
    ARCHIVE = "Archive"
    COLD_ARCHIVE = "ColdArchive"
    DEEP_COLD_ARCHIVE = "DeepColdArchive"


class PutReplicationRuleHistoricalObjectReplication(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class ReplicationDestinationTransferType(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    INTERNAL = "internal"
    OSS_ACC = "oss_acc"


class ReplicationRuleHistoricalObjectReplication(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class SseKmsEncryptedObjectsStatus(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ENABLED = "Enabled"
    DISABLED = "Disabled"


class VersioningConfigurationStatus(_m.OpenEnum):
    """Known values; others are kept as pseudo-members (is_known is False)."""

    ENABLED = "Enabled"
    SUSPENDED = "Suspended"


class AccessControlList(_m.Model):
    """A model of the response."""

    grant: ObjectACL | None = _m.wire("Grant")


class AccessMonitorConfiguration(_m.Model):
    """A model of the response."""

    status: AccessMonitorStatus | None = _m.wire("Status")


class AccessPoint(_m.Model):
    """A model of the response."""

    bucket: str | None = _m.wire("Bucket")
    access_point_name: str | None = _m.wire("AccessPointName")
    alias: str | None = _m.wire("Alias")
    network_origin: str | None = _m.wire("NetworkOrigin")
    vpc_configuration: AccessPointVpcConfiguration | None = _m.wire("VpcConfiguration")
    status: str | None = _m.wire("Status")


class AccessPointVpcConfiguration(_m.Model):
    """A model of the response."""

    vpc_id: str | None = _m.wire("VpcId")


class ApplyServerSideEncryptionByDefault(_m.Model):
    """A model of the response."""

    sse_algorithm: str | None = _m.wire("SSEAlgorithm")
    kms_master_key_id: str | None = _m.wire("KMSMasterKeyID")
    kms_data_encryption: str | None = _m.wire("KMSDataEncryption")


class ArchiveDirectReadConfiguration(_m.Model):
    """A model of the response."""

    enabled: bool | None = _m.wire("Enabled")


class Bucket(_m.Model):
    """A model of the response."""

    creation_date: str | None = _m.wire("CreationDate")
    extranet_endpoint: str | None = _m.wire("ExtranetEndpoint")
    intranet_endpoint: str | None = _m.wire("IntranetEndpoint")
    location: str | None = _m.wire("Location")
    name: str | None = _m.wire("Name")
    storage_class: BucketStorageClass | None = _m.wire("StorageClass")
    region: str | None = _m.wire("Region")


class BucketAntiDDOSConfiguration(_m.Model):
    """A model of the response."""

    cnames: Cnames | None = _m.wire("Cnames")


class Cnames(_m.Model):
    """A model of the response."""

    domain: list[str] | None = _m.wire("Domain")


class BucketAntiDDOSInfo(_m.Model):
    """A model of the response."""

    instance_id: str | None = _m.wire("InstanceId")
    owner: str | None = _m.wire("Owner")
    bucket: str | None = _m.wire("Bucket")
    ctime: int | None = _m.wire("Ctime")
    mtime: int | None = _m.wire("Mtime")
    active_time: int | None = _m.wire("ActiveTime")
    status: str | None = _m.wire("Status")
    type_: str | None = _m.wire("Type")
    cnames: BucketAntiDDOSInfoCnames | None = _m.wire("Cnames")


class BucketAntiDDOSInfoCnames(_m.Model):
    """A model of the response."""

    domain: list[str] | None = _m.wire("Domain")


class BucketCnameConfiguration(_m.Model):
    """A model of the response."""

    cname: Cname | None = _m.wire("Cname")


class Cname(_m.Model):
    """A model of the response."""

    domain: str | None = _m.wire("Domain")
    certificate_configuration: CertificateConfiguration | None = _m.wire(
        "CertificateConfiguration"
    )


class BucketDataRedundancyTransition(_m.Model):
    """A model of the response."""

    bucket: str | None = _m.wire("Bucket")
    task_id: str | None = _m.wire("TaskId")
    status: str | None = _m.wire("Status")
    create_time: str | None = _m.wire("CreateTime")
    start_time: str | None = _m.wire("StartTime")
    end_time: str | None = _m.wire("EndTime")
    process_percentage: int | None = _m.wire("ProcessPercentage")
    estimated_remaining_time: str | None = _m.wire("EstimatedRemainingTime")


class BucketInfo(_m.Model):
    """A model of the response."""

    bucket: BucketInfoBucket | None = _m.wire("Bucket")


class BucketInfoBucket(_m.Model):
    """A model of the response."""

    access_monitor: str | None = _m.wire("AccessMonitor")
    creation_date: str | None = _m.wire("CreationDate")
    cross_region_replication: str | None = _m.wire("CrossRegionReplication")
    data_redundancy_type: BucketInfoBucketDataRedundancyType | None = _m.wire(
        "DataRedundancyType"
    )
    extranet_endpoint: str | None = _m.wire("ExtranetEndpoint")
    intranet_endpoint: str | None = _m.wire("IntranetEndpoint")
    location: str | None = _m.wire("Location")
    name: str | None = _m.wire("Name")
    resource_group_id: str | None = _m.wire("ResourceGroupId")
    storage_class: BucketInfoBucketStorageClass | None = _m.wire("StorageClass")
    transfer_acceleration: str | None = _m.wire("TransferAcceleration")
    versioning: BucketInfoBucketVersioning | None = _m.wire("Versioning")
    owner: Owner | None = _m.wire("Owner")
    access_control_list: AccessControlList | None = _m.wire("AccessControlList")
    server_side_encryption_rule: ServerSideEncryptionRule | None = _m.wire(
        "ServerSideEncryptionRule"
    )
    bucket_policy: BucketPolicy | None = _m.wire("BucketPolicy")
    comment: str | None = _m.wire("Comment")
    block_public_access: bool | None = _m.wire("BlockPublicAccess")


class ServerSideEncryptionRule(_m.Model):
    """A model of the response."""

    sse_algorithm: str | None = _m.wire("SSEAlgorithm")
    kms_master_key_id: str | None = _m.wire("KMSMasterKeyID")
    kms_data_encryption: str | None = _m.wire("KMSDataEncryption")


class BucketPolicy(_m.Model):
    """A model of the response."""

    log_bucket: str | None = _m.wire("LogBucket")
    log_prefix: str | None = _m.wire("LogPrefix")


class BucketLoggingStatus(_m.Model):
    """A model of the response."""

    logging_enabled: LoggingEnabled | None = _m.wire("LoggingEnabled")


class BucketResourceGroupConfiguration(_m.Model):
    """A model of the response."""

    resource_group_id: str | None = _m.wire("ResourceGroupId")


class BucketStat(_m.Model):
    """A model of the response."""

    storage: int | None = _m.wire("Storage")
    object_count: int | None = _m.wire("ObjectCount")
    multipart_upload_count: int | None = _m.wire("MultipartUploadCount")
    live_channel_count: int | None = _m.wire("LiveChannelCount")
    multipart_part_count: int | None = _m.wire("MultipartPartCount")
    delete_marker_count: int | None = _m.wire("DeleteMarkerCount")
    last_modified_time: int | None = _m.wire("LastModifiedTime")
    standard_storage: int | None = _m.wire("StandardStorage")
    standard_object_count: int | None = _m.wire("StandardObjectCount")
    infrequent_access_storage: int | None = _m.wire("InfrequentAccessStorage")
    infrequent_access_real_storage: int | None = _m.wire("InfrequentAccessRealStorage")
    infrequent_access_object_count: int | None = _m.wire("InfrequentAccessObjectCount")
    archive_storage: int | None = _m.wire("ArchiveStorage")
    archive_real_storage: int | None = _m.wire("ArchiveRealStorage")
    archive_object_count: int | None = _m.wire("ArchiveObjectCount")
    cold_archive_storage: int | None = _m.wire("ColdArchiveStorage")
    cold_archive_real_storage: int | None = _m.wire("ColdArchiveRealStorage")
    cold_archive_object_count: int | None = _m.wire("ColdArchiveObjectCount")
    deep_cold_archive_storage: int | None = _m.wire("DeepColdArchiveStorage")
    deep_cold_archive_real_storage: int | None = _m.wire("DeepColdArchiveRealStorage")
    deep_cold_archive_object_count: int | None = _m.wire("DeepColdArchiveObjectCount")


class CORSConfiguration(_m.Model):
    """A model of the response."""

    cors_rule: list[CORSRule] | None = _m.wire("CORSRule")
    response_vary: bool | None = _m.wire("ResponseVary")


class CORSRule(_m.Model):
    """A model of the response."""

    allowed_origin: list[str] | None = _m.wire("AllowedOrigin")
    allowed_method: list[str] | None = _m.wire("AllowedMethod")
    allowed_header: list[str] | None = _m.wire("AllowedHeader")
    expose_header: list[str] | None = _m.wire("ExposeHeader")
    max_age_seconds: int | None = _m.wire("MaxAgeSeconds")


class CSVInput(_m.Model):
    """A model of the response."""

    file_header_info: FileHeaderInfo | None = _m.wire("FileHeaderInfo")
    record_delimiter: str | None = _m.wire("RecordDelimiter")
    field_delimiter: str | None = _m.wire("FieldDelimiter")
    quote_character: str | None = _m.wire("QuoteCharacter")
    comment_character: str | None = _m.wire("CommentCharacter")
    range_: str | None = _m.wire("Range")
    allow_quoted_record_delimiter: bool | None = _m.wire("AllowQuotedRecordDelimiter")


class CSVOutput(_m.Model):
    """A model of the response."""

    record_delimiter: str | None = _m.wire("RecordDelimiter")
    field_delimiter: str | None = _m.wire("FieldDelimiter")


class CertificateConfiguration(_m.Model):
    """A model of the response."""

    cert_id: str | None = _m.wire("CertId")
    certificate: str | None = _m.wire("Certificate")
    private_key: str | None = _m.wire("PrivateKey")
    previous_cert_id: str | None = _m.wire("PreviousCertId")
    force: bool | None = _m.wire("Force")
    delete_certificate: bool | None = _m.wire("DeleteCertificate")


class CnameCertificate(_m.Model):
    """A model of the response."""

    type_: str | None = _m.wire("Type")
    cert_id: str | None = _m.wire("CertId")
    status: str | None = _m.wire("Status")
    creation_date: str | None = _m.wire("CreationDate")
    fingerprint: str | None = _m.wire("Fingerprint")
    valid_start_date: str | None = _m.wire("ValidStartDate")
    valid_end_date: str | None = _m.wire("ValidEndDate")


class CnameInfo(_m.Model):
    """A model of the response."""

    domain: str | None = _m.wire("Domain")
    last_modified: str | None = _m.wire("LastModified")
    status: str | None = _m.wire("Status")
    certificate: CnameCertificate | None = _m.wire("Certificate")


class CnameToken(_m.Model):
    """A model of the response."""

    bucket: str | None = _m.wire("Bucket")
    cname: str | None = _m.wire("Cname")
    token: str | None = _m.wire("Token")
    expire_time: str | None = _m.wire("ExpireTime")


class CommonPrefix(_m.Model):
    """A model of the response."""

    prefix: str | None = _m.wire("Prefix")


class CompleteMultipartUpload(_m.Model):
    """A model of the response."""

    part: list[PartItem] | None = _m.wire("Part")


class PartItem(_m.Model):
    """A model of the response."""

    part_number: int | None = _m.wire("PartNumber")
    e_tag: str | None = _m.wire("ETag")


class CreateAccessPointConfiguration(_m.Model):
    """A model of the response."""

    access_point_name: str | None = _m.wire("AccessPointName")
    network_origin: str | None = _m.wire("NetworkOrigin")
    vpc_configuration: AccessPointVpcConfiguration | None = _m.wire("VpcConfiguration")


class CreateAccessPointResult(_m.Model):
    """A model of the response."""

    access_point_arn: str | None = _m.wire("AccessPointArn")
    alias: str | None = _m.wire("Alias")


class CreateBucketConfiguration(_m.Model):
    """A model of the response."""

    storage_class: CreateBucketConfigurationStorageClass | None = _m.wire(
        "StorageClass"
    )
    data_redundancy_type: CreateBucketConfigurationDataRedundancyType | None = _m.wire(
        "DataRedundancyType"
    )


class DeleteMarkerEntry(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    version_id: str | None = _m.wire("VersionId")
    is_latest: bool | None = _m.wire("IsLatest")
    last_modified: str | None = _m.wire("LastModified")
    owner: Owner | None = _m.wire("Owner")


class ErrorDocument(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    http_status: int | None = _m.wire("HttpStatus")


class ExtendWormConfiguration(_m.Model):
    """A model of the response."""

    retention_period_in_days: int | None = _m.wire("RetentionPeriodInDays")


class GetAccessPointResult(_m.Model):
    """A model of the response."""

    access_point_name: str | None = _m.wire("AccessPointName")
    bucket: str | None = _m.wire("Bucket")
    account_id: str | None = _m.wire("AccountId")
    network_origin: str | None = _m.wire("NetworkOrigin")
    vpc_configuration: AccessPointVpcConfiguration | None = _m.wire("VpcConfiguration")
    access_point_arn: str | None = _m.wire("AccessPointArn")
    alias: str | None = _m.wire("Alias")
    status: str | None = _m.wire("Status")
    endpoints: Endpoints | None = _m.wire("Endpoints")
    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    creation_date: str | None = _m.wire("CreationDate")


class Endpoints(_m.Model):
    """A model of the response."""

    public_endpoint: str | None = _m.wire("PublicEndpoint")
    internal_endpoint: str | None = _m.wire("InternalEndpoint")


class HttpsConfiguration(_m.Model):
    """A model of the response."""

    tls: TLS | None = _m.wire("TLS")
    cipher_suite: CipherSuite | None = _m.wire("CipherSuite")


class TLS(_m.Model):
    """A model of the response."""

    enable: bool | None = _m.wire("Enable")
    tls_version: list[str] | None = _m.wire("TLSVersion")


class CipherSuite(_m.Model):
    """A model of the response."""

    enable: bool | None = _m.wire("Enable")
    strong_cipher_suite: bool | None = _m.wire("StrongCipherSuite")
    custom_cipher_suite: list[str] | None = _m.wire("CustomCipherSuite")
    tls13_custom_cipher_suite: list[str] | None = _m.wire("TLS13CustomCipherSuite")


class IndexDocument(_m.Model):
    """A model of the response."""

    suffix: str | None = _m.wire("Suffix")
    support_sub_dir: bool | None = _m.wire("SupportSubDir")
    type_: int | None = _m.wire("Type")


class InitiateWormConfiguration(_m.Model):
    """A model of the response."""

    retention_period_in_days: int | None = _m.wire("RetentionPeriodInDays")


class InputSerialization(_m.Model):
    """A model of the response."""

    compression_type: CompressionType | None = _m.wire("CompressionType")
    csv: CSVInput | None = _m.wire("CSV")
    json: JSONInput | None = _m.wire("JSON")


class InventoryConfiguration(_m.Model):
    """A model of the response."""

    id_: str | None = _m.wire("Id")
    is_enabled: bool | None = _m.wire("IsEnabled")
    destination: InventoryDestination | None = _m.wire("Destination")
    schedule: InventorySchedule | None = _m.wire("Schedule")
    filter_: InventoryFilter | None = _m.wire("Filter")
    included_object_versions: str | None = _m.wire("IncludedObjectVersions")
    optional_fields: OptionalFields | None = _m.wire("OptionalFields")


class OptionalFields(_m.Model):
    """A model of the response."""

    field: list[InventoryOptionalField] | None = _m.wire("Field")


class InventoryDestination(_m.Model):
    """A model of the response."""

    oss_bucket_destination: InventoryOSSBucketDestination | None = _m.wire(
        "OSSBucketDestination"
    )


class InventoryEncryption(_m.Model):
    """A model of the response."""

    sse_oss: str | None = _m.wire("SSE-OSS")
    sse_kms: SSEKMS | None = _m.wire("SSE-KMS")


class InventoryFilter(_m.Model):
    """A model of the response."""

    prefix: str | None = _m.wire("Prefix")
    last_modify_begin_time_stamp: int | None = _m.wire("LastModifyBeginTimeStamp")
    last_modify_end_time_stamp: int | None = _m.wire("LastModifyEndTimeStamp")
    lower_size_bound: int | None = _m.wire("LowerSizeBound")
    upper_size_bound: int | None = _m.wire("UpperSizeBound")
    storage_class: str | None = _m.wire("StorageClass")


class InventoryOSSBucketDestination(_m.Model):
    """A model of the response."""

    format_: InventoryFormat | None = _m.wire("Format")
    account_id: str | None = _m.wire("AccountId")
    role_arn: str | None = _m.wire("RoleArn")
    bucket: str | None = _m.wire("Bucket")
    prefix: str | None = _m.wire("Prefix")
    encryption: InventoryEncryption | None = _m.wire("Encryption")


class InventorySchedule(_m.Model):
    """A model of the response."""

    frequency: InventoryFrequency | None = _m.wire("Frequency")


class JSONInput(_m.Model):
    """A model of the response."""

    type_: JSONType | None = _m.wire("Type")
    range_: str | None = _m.wire("Range")
    parse_json_number_as_string: bool | None = _m.wire("ParseJsonNumberAsString")


class JSONOutput(_m.Model):
    """A model of the response."""

    record_delimiter: str | None = _m.wire("RecordDelimiter")


class LifecycleConfiguration(_m.Model):
    """A model of the response."""

    rule: list[LifecycleRule] | None = _m.wire("Rule")


class LifecycleRule(_m.Model):
    """A model of the response."""

    id_: str | None = _m.wire("ID")
    prefix: str | None = _m.wire("Prefix")
    status: str | None = _m.wire("Status")
    expiration: Expiration | None = _m.wire("Expiration")
    transition: list[TransitionItem] | None = _m.wire("Transition")
    abort_multipart_upload: AbortMultipartUpload | None = _m.wire(
        "AbortMultipartUpload"
    )
    tag: list[Tag] | None = _m.wire("Tag")
    noncurrent_version_expiration: NoncurrentVersionExpiration | None = _m.wire(
        "NoncurrentVersionExpiration"
    )
    noncurrent_version_transition: list[NoncurrentVersionTransitionItem] | None = (
        _m.wire("NoncurrentVersionTransition")
    )
    filter_: Filter | None = _m.wire("Filter")
    atime_base: int | None = _m.wire("AtimeBase")


class Expiration(_m.Model):
    """A model of the response."""

    created_before_date: str | None = _m.wire("CreatedBeforeDate")
    days: int | None = _m.wire("Days")
    expired_object_delete_marker: bool | None = _m.wire("ExpiredObjectDeleteMarker")
    date: str | None = _m.wire("Date")


class TransitionItem(_m.Model):
    """A model of the response."""

    created_before_date: str | None = _m.wire("CreatedBeforeDate")
    days: int | None = _m.wire("Days")
    storage_class: TransitionItemStorageClass | None = _m.wire("StorageClass")
    is_access_time: bool | None = _m.wire("IsAccessTime")
    return_to_std_when_visit: bool | None = _m.wire("ReturnToStdWhenVisit")
    allow_small_file: bool | None = _m.wire("AllowSmallFile")


class AbortMultipartUpload(_m.Model):
    """A model of the response."""

    days: int | None = _m.wire("Days")
    created_before_date: str | None = _m.wire("CreatedBeforeDate")


class NoncurrentVersionExpiration(_m.Model):
    """A model of the response."""

    noncurrent_days: int | None = _m.wire("NoncurrentDays")


class NoncurrentVersionTransitionItem(_m.Model):
    """A model of the response."""

    noncurrent_days: int | None = _m.wire("NoncurrentDays")
    storage_class: NoncurrentVersionTransitionItemStorageClass | None = _m.wire(
        "StorageClass"
    )
    is_access_time: bool | None = _m.wire("IsAccessTime")
    return_to_std_when_visit: bool | None = _m.wire("ReturnToStdWhenVisit")
    allow_small_file: bool | None = _m.wire("AllowSmallFile")


class Filter(_m.Model):
    """A model of the response."""

    not_: Not | None = _m.wire("Not")
    object_size_greater_than: int | None = _m.wire("ObjectSizeGreaterThan")
    object_size_less_than: int | None = _m.wire("ObjectSizeLessThan")


class Not(_m.Model):
    """A model of the response."""

    prefix: str | None = _m.wire("Prefix")
    tag: Tag | None = _m.wire("Tag")


class ListAccessPointsResult(_m.Model):
    """A model of the response."""

    is_truncated: str | None = _m.wire("IsTruncated")
    next_continuation_token: str | None = _m.wire("NextContinuationToken")
    account_id: str | None = _m.wire("AccountId")
    access_points: AccessPoints | None = _m.wire("AccessPoints")
    max_keys: int | None = _m.wire("MaxKeys")


class AccessPoints(_m.Model):
    """A model of the response."""

    access_point: list[AccessPoint] | None = _m.wire("AccessPoint")


class LiveChannel(_m.Model):
    """A model of the response."""

    name: str | None = _m.wire("Name")
    description: str | None = _m.wire("Description")
    status: str | None = _m.wire("Status")
    last_modified: str | None = _m.wire("LastModified")
    publish_urls: LiveChannelPublishUrls | None = _m.wire("PublishUrls")
    play_urls: LiveChannelPlayUrls | None = _m.wire("PlayUrls")


class LiveChannelAudio(_m.Model):
    """A model of the response."""

    bandwidth: int | None = _m.wire("Bandwidth")
    sample_rate: int | None = _m.wire("SampleRate")
    codec: str | None = _m.wire("Codec")


class LiveChannelConfiguration(_m.Model):
    """A model of the response."""

    description: str | None = _m.wire("Description")
    status: str | None = _m.wire("Status")
    target: LiveChannelTarget | None = _m.wire("Target")
    snapshot: LiveChannelSnapshot | None = _m.wire("Snapshot")


class LiveChannelPlayUrls(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")


class LiveChannelPublishUrls(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")


class LiveChannelSnapshot(_m.Model):
    """A model of the response."""

    role_name: str | None = _m.wire("RoleName")
    dest_bucket: str | None = _m.wire("DestBucket")
    notify_topic: str | None = _m.wire("NotifyTopic")
    interval: int | None = _m.wire("Interval")


class LiveChannelTarget(_m.Model):
    """A model of the response."""

    type_: str | None = _m.wire("Type")
    frag_duration: int | None = _m.wire("FragDuration")
    frag_count: int | None = _m.wire("FragCount")
    playlist_name: str | None = _m.wire("PlaylistName")


class LiveChannelVideo(_m.Model):
    """A model of the response."""

    width: int | None = _m.wire("Width")
    height: int | None = _m.wire("Height")
    frame_rate: int | None = _m.wire("FrameRate")
    bandwidth: int | None = _m.wire("Bandwidth")
    codec: str | None = _m.wire("Codec")


class LiveRecord(_m.Model):
    """A model of the response."""

    start_time: str | None = _m.wire("StartTime")
    end_time: str | None = _m.wire("EndTime")
    remote_addr: str | None = _m.wire("RemoteAddr")


class LocationTransferType(_m.Model):
    """A model of the response."""

    location: str | None = _m.wire("Location")
    transfer_types: TransferTypes | None = _m.wire("TransferTypes")


class TransferTypes(_m.Model):
    """A model of the response."""

    type_: list[str] | None = _m.wire("Type")


class LoggingEnabled(_m.Model):
    """A model of the response."""

    target_bucket: str | None = _m.wire("TargetBucket")
    target_prefix: str | None = _m.wire("TargetPrefix")
    logging_role: str | None = _m.wire("LoggingRole")


class MetaQuery(_m.Model):
    """A model of the response."""

    next_token: str | None = _m.wire("NextToken")
    max_results: int | None = _m.wire("MaxResults")
    query: str | None = _m.wire("Query")
    sort: str | None = _m.wire("Sort")
    order: MetaQueryOrder | None = _m.wire("Order")
    aggregations: Aggregations | None = _m.wire("Aggregations")
    media_types: MediaTypes | None = _m.wire("MediaTypes")
    simple_query: str | None = _m.wire("SimpleQuery")


class Aggregations(_m.Model):
    """A model of the response."""

    aggregation: list[MetaQueryAggregation] | None = _m.wire("Aggregation")


class MediaTypes(_m.Model):
    """A model of the response."""

    media_type: list[str] | None = _m.wire("MediaType")


class MetaQueryAggregation(_m.Model):
    """A model of the response."""

    field: str | None = _m.wire("Field")
    operation: str | None = _m.wire("Operation")


class MetaQueryFile(_m.Model):
    """A model of the response."""

    filename: str | None = _m.wire("Filename")
    size: int | None = _m.wire("Size")
    file_modified_time: str | None = _m.wire("FileModifiedTime")
    oss_object_type: str | None = _m.wire("OSSObjectType")
    oss_storage_class: str | None = _m.wire("OSSStorageClass")
    object_acl: str | None = _m.wire("ObjectACL")
    e_tag: str | None = _m.wire("ETag")
    osscrc64: str | None = _m.wire("OSSCRC64")
    server_side_encryption: str | None = _m.wire("ServerSideEncryption")
    server_side_encryption_customer_algorithm: str | None = _m.wire(
        "ServerSideEncryptionCustomerAlgorithm"
    )
    oss_tagging_count: int | None = _m.wire("OSSTaggingCount")
    oss_tagging: OSSTagging | None = _m.wire("OSSTagging")
    oss_user_meta: OSSUserMeta | None = _m.wire("OSSUserMeta")
    uri: str | None = _m.wire("URI")
    produce_time: str | None = _m.wire("ProduceTime")
    content_type: str | None = _m.wire("ContentType")
    media_type: str | None = _m.wire("MediaType")
    lat_long: str | None = _m.wire("LatLong")
    title: str | None = _m.wire("Title")
    oss_expiration: str | None = _m.wire("OSSExpiration")
    access_control_allow_origin: str | None = _m.wire("AccessControlAllowOrigin")
    access_control_request_method: str | None = _m.wire("AccessControlRequestMethod")
    server_side_data_encryption: str | None = _m.wire("ServerSideDataEncryption")
    server_side_encryption_key_id: str | None = _m.wire("ServerSideEncryptionKeyId")
    cache_control: str | None = _m.wire("CacheControl")
    content_disposition: str | None = _m.wire("ContentDisposition")
    content_encoding: str | None = _m.wire("ContentEncoding")
    content_language: str | None = _m.wire("ContentLanguage")
    image_height: int | None = _m.wire("ImageHeight")
    image_width: int | None = _m.wire("ImageWidth")
    video_width: int | None = _m.wire("VideoWidth")
    video_height: int | None = _m.wire("VideoHeight")
    bitrate: int | None = _m.wire("Bitrate")
    artist: str | None = _m.wire("Artist")
    album_artist: str | None = _m.wire("AlbumArtist")
    composer: str | None = _m.wire("Composer")
    performer: str | None = _m.wire("Performer")
    album: str | None = _m.wire("Album")
    duration: float | None = _m.wire("Duration")
    video_streams: VideoStreams | None = _m.wire("VideoStreams")
    audio_streams: AudioStreams | None = _m.wire("AudioStreams")
    subtitles: Subtitles | None = _m.wire("Subtitles")
    addresses: Addresses | None = _m.wire("Addresses")


class OSSTagging(_m.Model):
    """A model of the response."""

    tagging: list[MetaQueryTagging] | None = _m.wire("Tagging")


class OSSUserMeta(_m.Model):
    """A model of the response."""

    user_meta: list[MetaQueryUserMeta] | None = _m.wire("UserMeta")


class VideoStreams(_m.Model):
    """A model of the response."""

    video_stream: MetaQueryRespVideoStream | None = _m.wire("VideoStream")


class AudioStreams(_m.Model):
    """A model of the response."""

    audio_stream: MetaQueryRespAudioStream | None = _m.wire("AudioStream")


class Subtitles(_m.Model):
    """A model of the response."""

    subtitle: MetaQueryRespSubtitle | None = _m.wire("Subtitle")


class Addresses(_m.Model):
    """A model of the response."""

    address: MetaQueryRespAddress | None = _m.wire("Address")


class MetaQueryRespAddress(_m.Model):
    """A model of the response."""

    address_line: str | None = _m.wire("AddressLine")
    city: str | None = _m.wire("City")
    district: str | None = _m.wire("District")
    language: str | None = _m.wire("Language")
    province: str | None = _m.wire("Province")
    township: str | None = _m.wire("Township")


class MetaQueryRespAudioStream(_m.Model):
    """A model of the response."""

    codec_name: str | None = _m.wire("CodecName")
    bitrate: int | None = _m.wire("Bitrate")
    sample_rate: int | None = _m.wire("SampleRate")
    start_time: float | None = _m.wire("StartTime")
    duration: float | None = _m.wire("Duration")
    channels: int | None = _m.wire("Channels")
    language: str | None = _m.wire("Language")


class MetaQueryRespSubtitle(_m.Model):
    """A model of the response."""

    codec_name: str | None = _m.wire("CodecName")
    language: str | None = _m.wire("Language")
    start_time: float | None = _m.wire("StartTime")
    duration: float | None = _m.wire("Duration")


class MetaQueryRespVideoStream(_m.Model):
    """A model of the response."""

    codec_name: str | None = _m.wire("CodecName")
    language: str | None = _m.wire("Language")
    bitrate: int | None = _m.wire("Bitrate")
    frame_rate: str | None = _m.wire("FrameRate")
    start_time: float | None = _m.wire("StartTime")
    duration: float | None = _m.wire("Duration")
    frame_count: int | None = _m.wire("FrameCount")
    bit_depth: int | None = _m.wire("BitDepth")
    pixel_format: str | None = _m.wire("PixelFormat")
    color_space: str | None = _m.wire("ColorSpace")
    height: int | None = _m.wire("Height")
    width: int | None = _m.wire("Width")


class MetaQueryTagging(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    value: str | None = _m.wire("Value")


class MetaQueryUserMeta(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    value: str | None = _m.wire("Value")


class ObjectProcessConfiguration(_m.Model):
    """A model of the response."""

    allowed_features: AllowedFeatures | None = _m.wire("AllowedFeatures")
    transformation_configurations: TransformationConfigurations | None = _m.wire(
        "TransformationConfigurations"
    )


class AllowedFeatures(_m.Model):
    """A model of the response."""

    allowed_feature: list[str] | None = _m.wire("AllowedFeature")


class TransformationConfigurations(_m.Model):
    """A model of the response."""

    transformation_configuration: list[TransformationConfigurationItem] | None = (
        _m.wire("TransformationConfiguration")
    )


class TransformationConfigurationItem(_m.Model):
    """A model of the response."""

    actions: Actions | None = _m.wire("Actions")
    content_transformation: ContentTransformation | None = _m.wire(
        "ContentTransformation"
    )


class Actions(_m.Model):
    """A model of the response."""

    action: list[str] | None = _m.wire("Action")


class ContentTransformation(_m.Model):
    """A model of the response."""

    function_compute: FunctionCompute | None = _m.wire("FunctionCompute")
    additional_features: AdditionalFeatures | None = _m.wire("AdditionalFeatures")


class FunctionCompute(_m.Model):
    """A model of the response."""

    function_assume_role_arn: str | None = _m.wire("FunctionAssumeRoleArn")
    function_arn: str | None = _m.wire("FunctionArn")


class AdditionalFeatures(_m.Model):
    """A model of the response."""

    custom_forward_headers: CustomForwardHeaders | None = _m.wire(
        "CustomForwardHeaders"
    )


class CustomForwardHeaders(_m.Model):
    """A model of the response."""

    custom_forward_header: list[str] | None = _m.wire("CustomForwardHeader")


class ObjectSummary(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    last_modified: datetime | None = _m.wire("LastModified")
    e_tag: str | None = _m.wire("ETag")
    type_: str | None = _m.wire("Type")
    size: int | None = _m.wire("Size")
    storage_class: ObjectSummaryStorageClass | None = _m.wire("StorageClass")
    owner: Owner | None = _m.wire("Owner")
    restore_info: str | None = _m.wire("RestoreInfo")
    transition_time: str | None = _m.wire("TransitionTime")


class ObjectVersion(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    version_id: str | None = _m.wire("VersionId")
    is_latest: bool | None = _m.wire("IsLatest")
    last_modified: datetime | None = _m.wire("LastModified")
    e_tag: str | None = _m.wire("ETag")
    size: int | None = _m.wire("Size")
    storage_class: ObjectVersionStorageClass | None = _m.wire("StorageClass")
    owner: Owner | None = _m.wire("Owner")
    restore_info: str | None = _m.wire("RestoreInfo")
    transition_time: str | None = _m.wire("TransitionTime")


class OutputSerialization(_m.Model):
    """A model of the response."""

    csv: CSVOutput | None = _m.wire("CSV")
    json: JSONOutput | None = _m.wire("JSON")
    keep_all_columns: bool | None = _m.wire("KeepAllColumns")
    output_header: bool | None = _m.wire("OutputHeader")
    output_raw_data: bool | None = _m.wire("OutputRawData")
    enable_payload_crc: bool | None = _m.wire("EnablePayloadCrc")


class Owner(_m.Model):
    """A model of the response."""

    id_: str | None = _m.wire("ID")
    display_name: str | None = _m.wire("DisplayName")


class Part(_m.Model):
    """A model of the response."""

    e_tag: str | None = _m.wire("ETag")
    part_number: int | None = _m.wire("PartNumber")
    size: int | None = _m.wire("Size")
    last_modified: datetime | None = _m.wire("LastModified")


class PublicAccessBlockConfiguration(_m.Model):
    """A model of the response."""

    block_public_access: bool | None = _m.wire("BlockPublicAccess")


class PutReplicationRule(_m.Model):
    """A model of the response."""

    id_: str | None = _m.wire("ID")
    prefix_set: ReplicationPrefixSet | None = _m.wire("PrefixSet")
    action: str | None = _m.wire("Action")
    destination: ReplicationDestination | None = _m.wire("Destination")
    historical_object_replication: (
        PutReplicationRuleHistoricalObjectReplication | None
    ) = _m.wire("HistoricalObjectReplication")
    sync_role: str | None = _m.wire("SyncRole")
    source_selection_criteria: ReplicationSourceSelectionCriteria | None = _m.wire(
        "SourceSelectionCriteria"
    )
    encryption_configuration: ReplicationEncryptionConfiguration | None = _m.wire(
        "EncryptionConfiguration"
    )
    rtc: RTC | None = _m.wire("RTC")


class RTC(_m.Model):
    """A model of the response."""

    status: str | None = _m.wire("Status")


class RefererConfiguration(_m.Model):
    """A model of the response."""

    allow_empty_referer: bool | None = _m.wire("AllowEmptyReferer")
    allow_truncate_query_string: bool | None = _m.wire("AllowTruncateQueryString")
    truncate_path: bool | None = _m.wire("TruncatePath")
    referer_list: RefererList | None = _m.wire("RefererList")
    referer_blacklist: RefererBlacklist | None = _m.wire("RefererBlacklist")


class RefererList(_m.Model):
    """A model of the response."""

    referer: list[str] | None = _m.wire("Referer")


class RefererBlacklist(_m.Model):
    """A model of the response."""

    referer: list[str] | None = _m.wire("Referer")


class RegionInfo(_m.Model):
    """A model of the response."""

    region: str | None = _m.wire("Region")
    internet_endpoint: str | None = _m.wire("InternetEndpoint")
    internal_endpoint: str | None = _m.wire("InternalEndpoint")
    accelerate_endpoint: str | None = _m.wire("AccelerateEndpoint")


class ReplicationConfiguration(_m.Model):
    """A model of the response."""

    rule: PutReplicationRule | None = _m.wire("Rule")


class ReplicationDestination(_m.Model):
    """A model of the response."""

    bucket: str | None = _m.wire("Bucket")
    location: str | None = _m.wire("Location")
    transfer_type: ReplicationDestinationTransferType | None = _m.wire("TransferType")


class ReplicationEncryptionConfiguration(_m.Model):
    """A model of the response."""

    replica_kms_key_id: str | None = _m.wire("ReplicaKmsKeyID")


class ReplicationPrefixSet(_m.Model):
    """A model of the response."""

    prefix: list[str] | None = _m.wire("Prefix")


class ReplicationProgressRule(_m.Model):
    """A model of the response."""

    id_: str | None = _m.wire("ID")
    prefix_set: ReplicationPrefixSet | None = _m.wire("PrefixSet")
    action: str | None = _m.wire("Action")
    destination: ReplicationDestination | None = _m.wire("Destination")
    status: str | None = _m.wire("Status")
    historical_object_replication: str | None = _m.wire("HistoricalObjectReplication")
    progress: Progress | None = _m.wire("Progress")


class Progress(_m.Model):
    """A model of the response."""

    historical_object: str | None = _m.wire("HistoricalObject")
    new_object: str | None = _m.wire("NewObject")


class ReplicationRule(_m.Model):
    """A model of the response."""

    id_: str | None = _m.wire("ID")
    prefix_set: ReplicationPrefixSet | None = _m.wire("PrefixSet")
    action: str | None = _m.wire("Action")
    destination: ReplicationDestination | None = _m.wire("Destination")
    status: str | None = _m.wire("Status")
    historical_object_replication: ReplicationRuleHistoricalObjectReplication | None = (
        _m.wire("HistoricalObjectReplication")
    )
    sync_role: str | None = _m.wire("SyncRole")
    source_selection_criteria: ReplicationSourceSelectionCriteria | None = _m.wire(
        "SourceSelectionCriteria"
    )
    encryption_configuration: ReplicationEncryptionConfiguration | None = _m.wire(
        "EncryptionConfiguration"
    )
    rtc: RTC | None = _m.wire("RTC")


class ReplicationSourceSelectionCriteria(_m.Model):
    """A model of the response."""

    sse_kms_encrypted_objects: SseKmsEncryptedObjects | None = _m.wire(
        "SseKmsEncryptedObjects"
    )


class SseKmsEncryptedObjects(_m.Model):
    """A model of the response."""

    status: SseKmsEncryptedObjectsStatus | None = _m.wire("Status")


class RequestPaymentConfiguration(_m.Model):
    """A model of the response."""

    payer: str | None = _m.wire("Payer")


class RestoreRequest(_m.Model):
    """A model of the response."""

    days: int | None = _m.wire("Days")
    job_parameters: JobParameters | None = _m.wire("JobParameters")


class JobParameters(_m.Model):
    """A model of the response."""

    tier: str | None = _m.wire("Tier")


class RoutingRule(_m.Model):
    """A model of the response."""

    rule_number: int | None = _m.wire("RuleNumber")
    condition: RoutingRuleCondition | None = _m.wire("Condition")
    redirect: RoutingRuleRedirect | None = _m.wire("Redirect")
    lua_config: RoutingRuleLuaConfig | None = _m.wire("LuaConfig")


class RoutingRuleCondition(_m.Model):
    """A model of the response."""

    key_prefix_equals: str | None = _m.wire("KeyPrefixEquals")
    key_suffix_equals: str | None = _m.wire("KeySuffixEquals")
    http_error_code_returned_equals: int | None = _m.wire("HttpErrorCodeReturnedEquals")
    include_header: list[IncludeHeaderItem] | None = _m.wire("IncludeHeader")


class IncludeHeaderItem(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    equals: str | None = _m.wire("Equals")
    starts_with: str | None = _m.wire("StartsWith")
    ends_with: str | None = _m.wire("EndsWith")


class RoutingRuleLuaConfig(_m.Model):
    """A model of the response."""

    script: str | None = _m.wire("Script")


class RoutingRuleRedirect(_m.Model):
    """A model of the response."""

    redirect_type: str | None = _m.wire("RedirectType")
    pass_query_string: bool | None = _m.wire("PassQueryString")
    mirror_url: str | None = _m.wire("MirrorURL")
    mirror_sni: bool | None = _m.wire("MirrorSNI")
    mirror_pass_query_string: bool | None = _m.wire("MirrorPassQueryString")
    mirror_follow_redirect: bool | None = _m.wire("MirrorFollowRedirect")
    mirror_check_md5: bool | None = _m.wire("MirrorCheckMd5")
    mirror_headers: MirrorHeaders | None = _m.wire("MirrorHeaders")
    protocol: str | None = _m.wire("Protocol")
    host_name: str | None = _m.wire("HostName")
    replace_key_prefix_with: str | None = _m.wire("ReplaceKeyPrefixWith")
    enable_replace_prefix: bool | None = _m.wire("EnableReplacePrefix")
    replace_key_with: str | None = _m.wire("ReplaceKeyWith")
    http_redirect_code: int | None = _m.wire("HttpRedirectCode")
    mirror_pass_original_slashes: bool | None = _m.wire("MirrorPassOriginalSlashes")
    mirror_url_slave: str | None = _m.wire("MirrorURLSlave")
    mirror_url_probe: str | None = _m.wire("MirrorURLProbe")
    mirror_save_oss_meta: bool | None = _m.wire("MirrorSaveOssMeta")
    mirror_proxy_pass: bool | None = _m.wire("MirrorProxyPass")
    mirror_allow_get_image_info: bool | None = _m.wire("MirrorAllowGetImageInfo")
    mirror_allow_video_snapshot: bool | None = _m.wire("MirrorAllowVideoSnapshot")
    mirror_is_express_tunnel: bool | None = _m.wire("MirrorIsExpressTunnel")
    mirror_dst_region: str | None = _m.wire("MirrorDstRegion")
    mirror_dst_vpc_id: str | None = _m.wire("MirrorDstVpcId")
    mirror_dst_slave_vpc_id: str | None = _m.wire("MirrorDstSlaveVpcId")
    mirror_user_last_modified: bool | None = _m.wire("MirrorUserLastModified")
    mirror_switch_all_errors: bool | None = _m.wire("MirrorSwitchAllErrors")
    mirror_tunnel_id: str | None = _m.wire("MirrorTunnelId")
    mirror_using_role: bool | None = _m.wire("MirrorUsingRole")
    mirror_role: str | None = _m.wire("MirrorRole")
    mirror_allow_head_object: bool | None = _m.wire("MirrorAllowHeadObject")
    transparent_mirror_response_codes: str | None = _m.wire(
        "TransparentMirrorResponseCodes"
    )
    mirror_async_status: int | None = _m.wire("MirrorAsyncStatus")
    mirror_taggings: MirrorTaggings | None = _m.wire("MirrorTaggings")
    mirror_return_headers: MirrorReturnHeaders | None = _m.wire("MirrorReturnHeaders")
    mirror_auth: MirrorAuth | None = _m.wire("MirrorAuth")
    mirror_multi_alternates: MirrorMultiAlternates | None = _m.wire(
        "MirrorMultiAlternates"
    )


class MirrorHeaders(_m.Model):
    """A model of the response."""

    pass_all: bool | None = _m.wire("PassAll")
    pass_: list[str] | None = _m.wire("Pass")
    remove: list[str] | None = _m.wire("Remove")
    set_: list[SetItem] | None = _m.wire("Set")


class SetItem(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    value: str | None = _m.wire("Value")


class MirrorTaggings(_m.Model):
    """A model of the response."""

    taggings: list[TaggingsItem] | None = _m.wire("Taggings")


class TaggingsItem(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    value: str | None = _m.wire("Value")


class MirrorReturnHeaders(_m.Model):
    """A model of the response."""

    return_header: list[ReturnHeaderItem] | None = _m.wire("ReturnHeader")


class ReturnHeaderItem(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    value: str | None = _m.wire("Value")


class MirrorAuth(_m.Model):
    """A model of the response."""

    auth_type: str | None = _m.wire("AuthType")
    region: str | None = _m.wire("Region")
    access_key_id: str | None = _m.wire("AccessKeyId")
    access_key_secret: str | None = _m.wire("AccessKeySecret")


class MirrorMultiAlternates(_m.Model):
    """A model of the response."""

    mirror_multi_alternate: list[MirrorMultiAlternateItem] | None = _m.wire(
        "MirrorMultiAlternate"
    )


class MirrorMultiAlternateItem(_m.Model):
    """A model of the response."""

    mirror_multi_alternate_number: int | None = _m.wire("MirrorMultiAlternateNumber")
    mirror_multi_alternate_url: str | None = _m.wire("MirrorMultiAlternateURL")
    mirror_multi_alternate_vpc_id: str | None = _m.wire("MirrorMultiAlternateVpcId")
    mirror_multi_alternate_dst_region: str | None = _m.wire(
        "MirrorMultiAlternateDstRegion"
    )


class RtcConfiguration(_m.Model):
    """A model of the response."""

    rtc: RTC | None = _m.wire("RTC")
    id_: str | None = _m.wire("ID")


class SSEKMS(_m.Model):
    """A model of the response."""

    key_id: str | None = _m.wire("KeyId")


class SelectMetaRequest(_m.Model):
    """A model of the response."""

    input_serialization: InputSerialization | None = _m.wire("InputSerialization")
    overwrite_if_exists: bool | None = _m.wire("OverwriteIfExists")


class SelectMetaStatus(_m.Model):
    """A model of the response."""

    offset: int | None = _m.wire("Offset")
    total_scanned_bytes: int | None = _m.wire("TotalScannedBytes")
    status: int | None = _m.wire("Status")
    splits_count: int | None = _m.wire("SplitsCount")
    rows_count: int | None = _m.wire("RowsCount")
    cols_count: int | None = _m.wire("ColsCount")
    error_message: str | None = _m.wire("ErrorMessage")


class SelectRequest(_m.Model):
    """A model of the response."""

    expression: str | None = _m.wire("Expression")
    input_serialization: InputSerialization | None = _m.wire("InputSerialization")
    output_serialization: OutputSerialization | None = _m.wire("OutputSerialization")
    options_: SelectRequestOptions | None = _m.wire("Options")


class SelectRequestOptions(_m.Model):
    """A model of the response."""

    skip_partial_data_record: bool | None = _m.wire("SkipPartialDataRecord")
    max_skipped_records_allowed: int | None = _m.wire("MaxSkippedRecordsAllowed")


class ServerSideEncryptionRule2(_m.Model):
    """A model of the response."""

    apply_server_side_encryption_by_default: (
        ApplyServerSideEncryptionByDefault | None
    ) = _m.wire("ApplyServerSideEncryptionByDefault")


class Style(_m.Model):
    """A model of the response."""

    content: str | None = _m.wire("Content")


class StyleInfo(_m.Model):
    """A model of the response."""

    name: str | None = _m.wire("Name")
    content: str | None = _m.wire("Content")
    create_time: str | None = _m.wire("CreateTime")
    last_modify_time: str | None = _m.wire("LastModifyTime")
    category: str | None = _m.wire("Category")


class Tag(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    value: str | None = _m.wire("Value")


class TagSet(_m.Model):
    """A model of the response."""

    tag: list[Tag] | None = _m.wire("Tag")


class Tagging(_m.Model):
    """A model of the response."""

    tag_set: TagSet | None = _m.wire("TagSet")


class TransferAccelerationConfiguration(_m.Model):
    """A model of the response."""

    enabled: bool | None = _m.wire("Enabled")


class Upload(_m.Model):
    """A model of the response."""

    key: str | None = _m.wire("Key")
    upload_id: str | None = _m.wire("UploadId")
    initiated: datetime | None = _m.wire("Initiated")


class UserAntiDDOSInfo(_m.Model):
    """A model of the response."""

    instance_id: str | None = _m.wire("InstanceId")
    owner: str | None = _m.wire("Owner")
    ctime: int | None = _m.wire("Ctime")
    mtime: int | None = _m.wire("Mtime")
    active_time: int | None = _m.wire("ActiveTime")
    status: str | None = _m.wire("Status")


class UserDefinedLogFieldsConfiguration(_m.Model):
    """A model of the response."""

    header_set: HeaderSet | None = _m.wire("HeaderSet")
    param_set: ParamSet | None = _m.wire("ParamSet")


class HeaderSet(_m.Model):
    """A model of the response."""

    header: list[str] | None = _m.wire("header")


class ParamSet(_m.Model):
    """A model of the response."""

    parameter: list[str] | None = _m.wire("parameter")


class VersioningConfiguration(_m.Model):
    """A model of the response."""

    status: VersioningConfigurationStatus | None = _m.wire("Status")


class WebsiteConfiguration(_m.Model):
    """A model of the response."""

    index_document: IndexDocument | None = _m.wire("IndexDocument")
    error_document: ErrorDocument | None = _m.wire("ErrorDocument")
    routing_rules: RoutingRules | None = _m.wire("RoutingRules")


class RoutingRules(_m.Model):
    """A model of the response."""

    routing_rule: list[RoutingRule] | None = _m.wire("RoutingRule")
