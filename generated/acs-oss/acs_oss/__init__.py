"""Object Storage Service (API version 2019-05-17): typed client."""

from __future__ import annotations

from . import _runtime  # noqa: F401  first: an acs-core outside its range fails here

# isort: split
import importlib
from typing import TYPE_CHECKING, Any

from acs_core.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    Error,
    InvalidRequestError,
    NetworkError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RequestValidationError,
    ResponseDecodeError,
    ServerError,
    SignatureMismatchError,
    ThrottlingError,
    TimeoutError,
    TransportError,
    WaiterError,
    WaiterFailedError,
    WaiterTimeoutError,
)

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._client import Client
    from ._service import ram_policy
    from .models.abort_bucket_worm import AbortBucketWormRequest
    from .models.abort_multipart_upload import AbortMultipartUploadRequest
    from .models.append_object import AppendObjectRequest, AppendObjectResponse
    from .models.close_meta_query import CloseMetaQueryRequest
    from .models.complete_bucket_worm import CompleteBucketWormRequest
    from .models.complete_multipart_upload import (
        CompleteMultipartUploadRequest,
        CompleteMultipartUploadResponse,
    )
    from .models.copy_object import CopyObjectRequest, CopyObjectResponse
    from .models.create_access_point import (
        CreateAccessPointRequest,
        CreateAccessPointResponse,
    )
    from .models.create_access_point_for_object_process import (
        CreateAccessPointForObjectProcessRequest,
        CreateAccessPointForObjectProcessResponse,
    )
    from .models.create_bucket_data_redundancy_transition import (
        CreateBucketDataRedundancyTransitionRequest,
        CreateBucketDataRedundancyTransitionResponse,
    )
    from .models.create_cname_token import (
        CreateCnameTokenRequest,
        CreateCnameTokenResponse,
    )
    from .models.create_select_object_meta import (
        CreateSelectObjectMetaRequest,
        CreateSelectObjectMetaResponse,
    )
    from .models.delete_access_point import DeleteAccessPointRequest
    from .models.delete_access_point_for_object_process import (
        DeleteAccessPointForObjectProcessRequest,
    )
    from .models.delete_access_point_policy import DeleteAccessPointPolicyRequest
    from .models.delete_access_point_policy_for_object_process import (
        DeleteAccessPointPolicyForObjectProcessRequest,
    )
    from .models.delete_access_point_public_access_block import (
        DeleteAccessPointPublicAccessBlockRequest,
    )
    from .models.delete_bucket import DeleteBucketRequest
    from .models.delete_bucket_cors import DeleteBucketCorsRequest
    from .models.delete_bucket_data_redundancy_transition import (
        DeleteBucketDataRedundancyTransitionRequest,
    )
    from .models.delete_bucket_encryption import DeleteBucketEncryptionRequest
    from .models.delete_bucket_inventory import DeleteBucketInventoryRequest
    from .models.delete_bucket_lifecycle import DeleteBucketLifecycleRequest
    from .models.delete_bucket_logging import DeleteBucketLoggingRequest
    from .models.delete_bucket_policy import DeleteBucketPolicyRequest
    from .models.delete_bucket_public_access_block import (
        DeleteBucketPublicAccessBlockRequest,
    )
    from .models.delete_bucket_replication import DeleteBucketReplicationRequest
    from .models.delete_bucket_tags import DeleteBucketTagsRequest
    from .models.delete_bucket_website import DeleteBucketWebsiteRequest
    from .models.delete_cname import DeleteCnameRequest
    from .models.delete_live_channel import DeleteLiveChannelRequest
    from .models.delete_object import DeleteObjectRequest, DeleteObjectResponse
    from .models.delete_object_tagging import DeleteObjectTaggingRequest
    from .models.delete_public_access_block import DeletePublicAccessBlockRequest
    from .models.delete_style import DeleteStyleRequest
    from .models.delete_user_defined_log_fields_config import (
        DeleteUserDefinedLogFieldsConfigRequest,
    )
    from .models.describe_regions import DescribeRegionsRequest, DescribeRegionsResponse
    from .models.do_meta_query import DoMetaQueryRequest, DoMetaQueryResponse
    from .models.extend_bucket_worm import ExtendBucketWormRequest
    from .models.get_access_point import GetAccessPointRequest, GetAccessPointResponse
    from .models.get_access_point_config_for_object_process import (
        GetAccessPointConfigForObjectProcessRequest,
        GetAccessPointConfigForObjectProcessResponse,
    )
    from .models.get_access_point_for_object_process import (
        GetAccessPointForObjectProcessRequest,
        GetAccessPointForObjectProcessResponse,
    )
    from .models.get_access_point_policy import (
        GetAccessPointPolicyRequest,
        GetAccessPointPolicyResponse,
    )
    from .models.get_access_point_policy_for_object_process import (
        GetAccessPointPolicyForObjectProcessRequest,
        GetAccessPointPolicyForObjectProcessResponse,
    )
    from .models.get_access_point_public_access_block import (
        GetAccessPointPublicAccessBlockRequest,
        GetAccessPointPublicAccessBlockResponse,
    )
    from .models.get_bucket_access_monitor import (
        GetBucketAccessMonitorRequest,
        GetBucketAccessMonitorResponse,
    )
    from .models.get_bucket_acl import GetBucketAclRequest, GetBucketAclResponse
    from .models.get_bucket_archive_direct_read import (
        GetBucketArchiveDirectReadRequest,
        GetBucketArchiveDirectReadResponse,
    )
    from .models.get_bucket_cors import GetBucketCorsRequest, GetBucketCorsResponse
    from .models.get_bucket_data_redundancy_transition import (
        GetBucketDataRedundancyTransitionRequest,
        GetBucketDataRedundancyTransitionResponse,
    )
    from .models.get_bucket_encryption import (
        GetBucketEncryptionRequest,
        GetBucketEncryptionResponse,
    )
    from .models.get_bucket_https_config import (
        GetBucketHttpsConfigRequest,
        GetBucketHttpsConfigResponse,
    )
    from .models.get_bucket_info import GetBucketInfoRequest, GetBucketInfoResponse
    from .models.get_bucket_inventory import (
        GetBucketInventoryRequest,
        GetBucketInventoryResponse,
    )
    from .models.get_bucket_lifecycle import (
        GetBucketLifecycleRequest,
        GetBucketLifecycleResponse,
    )
    from .models.get_bucket_location import (
        GetBucketLocationRequest,
        GetBucketLocationResponse,
    )
    from .models.get_bucket_logging import (
        GetBucketLoggingRequest,
        GetBucketLoggingResponse,
    )
    from .models.get_bucket_policy import (
        GetBucketPolicyRequest,
        GetBucketPolicyResponse,
    )
    from .models.get_bucket_policy_status import (
        GetBucketPolicyStatusRequest,
        GetBucketPolicyStatusResponse,
    )
    from .models.get_bucket_public_access_block import (
        GetBucketPublicAccessBlockRequest,
        GetBucketPublicAccessBlockResponse,
    )
    from .models.get_bucket_referer import (
        GetBucketRefererRequest,
        GetBucketRefererResponse,
    )
    from .models.get_bucket_replication import (
        GetBucketReplicationRequest,
        GetBucketReplicationResponse,
    )
    from .models.get_bucket_replication_location import (
        GetBucketReplicationLocationRequest,
        GetBucketReplicationLocationResponse,
    )
    from .models.get_bucket_replication_progress import (
        GetBucketReplicationProgressRequest,
        GetBucketReplicationProgressResponse,
    )
    from .models.get_bucket_request_payment import (
        GetBucketRequestPaymentRequest,
        GetBucketRequestPaymentResponse,
    )
    from .models.get_bucket_resource_group import (
        GetBucketResourceGroupRequest,
        GetBucketResourceGroupResponse,
    )
    from .models.get_bucket_stat import GetBucketStatRequest, GetBucketStatResponse
    from .models.get_bucket_tags import GetBucketTagsRequest, GetBucketTagsResponse
    from .models.get_bucket_transfer_acceleration import (
        GetBucketTransferAccelerationRequest,
        GetBucketTransferAccelerationResponse,
    )
    from .models.get_bucket_versioning import (
        GetBucketVersioningRequest,
        GetBucketVersioningResponse,
    )
    from .models.get_bucket_website import (
        GetBucketWebsiteRequest,
        GetBucketWebsiteResponse,
    )
    from .models.get_bucket_worm import GetBucketWormRequest, GetBucketWormResponse
    from .models.get_cname_token import GetCnameTokenRequest, GetCnameTokenResponse
    from .models.get_live_channel_history import (
        GetLiveChannelHistoryRequest,
        GetLiveChannelHistoryResponse,
    )
    from .models.get_live_channel_info import (
        GetLiveChannelInfoRequest,
        GetLiveChannelInfoResponse,
    )
    from .models.get_live_channel_stat import (
        GetLiveChannelStatRequest,
        GetLiveChannelStatResponse,
    )
    from .models.get_meta_query_status import (
        GetMetaQueryStatusRequest,
        GetMetaQueryStatusResponse,
    )
    from .models.get_object import GetObjectRequest, GetObjectResponse
    from .models.get_object_acl import GetObjectAclRequest, GetObjectAclResponse
    from .models.get_object_meta import GetObjectMetaRequest, GetObjectMetaResponse
    from .models.get_object_tagging import (
        GetObjectTaggingRequest,
        GetObjectTaggingResponse,
    )
    from .models.get_public_access_block import (
        GetPublicAccessBlockRequest,
        GetPublicAccessBlockResponse,
    )
    from .models.get_style import GetStyleRequest, GetStyleResponse
    from .models.get_symlink import GetSymlinkRequest, GetSymlinkResponse
    from .models.get_user_anti_d_dos_info import (
        GetUserAntiDDosInfoRequest,
        GetUserAntiDDosInfoResponse,
    )
    from .models.get_user_defined_log_fields_config import (
        GetUserDefinedLogFieldsConfigRequest,
        GetUserDefinedLogFieldsConfigResponse,
    )
    from .models.get_vod_playlist import GetVodPlaylistRequest, GetVodPlaylistResponse
    from .models.head_object import HeadObjectRequest, HeadObjectResponse
    from .models.init_bucket_anti_d_dos_info import InitBucketAntiDDosInfoRequest
    from .models.init_user_anti_d_dos_info import (
        InitUserAntiDDosInfoRequest,
        InitUserAntiDDosInfoResponse,
    )
    from .models.initiate_bucket_worm import (
        InitiateBucketWormRequest,
        InitiateBucketWormResponse,
    )
    from .models.initiate_multipart_upload import (
        InitiateMultipartUploadRequest,
        InitiateMultipartUploadResponse,
    )
    from .models.list_access_points import (
        ListAccessPointsRequest,
        ListAccessPointsResponse,
    )
    from .models.list_access_points_for_object_process import (
        ListAccessPointsForObjectProcessRequest,
        ListAccessPointsForObjectProcessResponse,
    )
    from .models.list_bucket_anti_d_dos_info import (
        ListBucketAntiDDosInfoRequest,
        ListBucketAntiDDosInfoResponse,
    )
    from .models.list_bucket_data_redundancy_transition import (
        ListBucketDataRedundancyTransitionRequest,
        ListBucketDataRedundancyTransitionResponse,
    )
    from .models.list_bucket_inventory import (
        ListBucketInventoryRequest,
        ListBucketInventoryResponse,
    )
    from .models.list_buckets import ListBucketsRequest, ListBucketsResponse
    from .models.list_cname import ListCnameRequest, ListCnameResponse
    from .models.list_live_channel import (
        ListLiveChannelRequest,
        ListLiveChannelResponse,
    )
    from .models.list_multipart_uploads import (
        ListMultipartUploadsRequest,
        ListMultipartUploadsResponse,
    )
    from .models.list_object_versions import (
        ListObjectVersionsRequest,
        ListObjectVersionsResponse,
    )
    from .models.list_objects import ListObjectsRequest, ListObjectsResponse
    from .models.list_objects_v2 import ListObjectsV2Request, ListObjectsV2Response
    from .models.list_parts import ListPartsRequest, ListPartsResponse
    from .models.list_style import ListStyleRequest, ListStyleResponse
    from .models.open_meta_query import OpenMetaQueryRequest
    from .models.option_object import OptionObjectRequest, OptionObjectResponse
    from .models.post_vod_playlist import PostVodPlaylistRequest
    from .models.put_access_point_config_for_object_process import (
        PutAccessPointConfigForObjectProcessRequest,
    )
    from .models.put_access_point_policy import PutAccessPointPolicyRequest
    from .models.put_access_point_policy_for_object_process import (
        PutAccessPointPolicyForObjectProcessRequest,
    )
    from .models.put_access_point_public_access_block import (
        PutAccessPointPublicAccessBlockRequest,
    )
    from .models.put_bucket import PutBucketRequest
    from .models.put_bucket_access_monitor import PutBucketAccessMonitorRequest
    from .models.put_bucket_acl import PutBucketAclRequest
    from .models.put_bucket_archive_direct_read import PutBucketArchiveDirectReadRequest
    from .models.put_bucket_cors import PutBucketCorsRequest
    from .models.put_bucket_encryption import PutBucketEncryptionRequest
    from .models.put_bucket_https_config import PutBucketHttpsConfigRequest
    from .models.put_bucket_inventory import PutBucketInventoryRequest
    from .models.put_bucket_lifecycle import PutBucketLifecycleRequest
    from .models.put_bucket_logging import PutBucketLoggingRequest
    from .models.put_bucket_policy import PutBucketPolicyRequest
    from .models.put_bucket_public_access_block import PutBucketPublicAccessBlockRequest
    from .models.put_bucket_referer import PutBucketRefererRequest
    from .models.put_bucket_replication import (
        PutBucketReplicationRequest,
        PutBucketReplicationResponse,
    )
    from .models.put_bucket_request_payment import PutBucketRequestPaymentRequest
    from .models.put_bucket_resource_group import PutBucketResourceGroupRequest
    from .models.put_bucket_rtc import PutBucketRtcRequest
    from .models.put_bucket_tags import PutBucketTagsRequest
    from .models.put_bucket_transfer_acceleration import (
        PutBucketTransferAccelerationRequest,
    )
    from .models.put_bucket_versioning import PutBucketVersioningRequest
    from .models.put_bucket_website import PutBucketWebsiteRequest
    from .models.put_cname import PutCnameRequest
    from .models.put_live_channel import PutLiveChannelRequest, PutLiveChannelResponse
    from .models.put_live_channel_status import PutLiveChannelStatusRequest
    from .models.put_object import PutObjectRequest, PutObjectResponse
    from .models.put_object_acl import PutObjectAclRequest, PutObjectAclResponse
    from .models.put_object_tagging import (
        PutObjectTaggingRequest,
        PutObjectTaggingResponse,
    )
    from .models.put_public_access_block import PutPublicAccessBlockRequest
    from .models.put_style import PutStyleRequest
    from .models.put_symlink import PutSymlinkRequest, PutSymlinkResponse
    from .models.put_user_defined_log_fields_config import (
        PutUserDefinedLogFieldsConfigRequest,
    )
    from .models.restore_object import RestoreObjectRequest, RestoreObjectResponse
    from .models.select_object import SelectObjectRequest, SelectObjectResponse
    from .models.update_bucket_anti_d_dos_info import UpdateBucketAntiDDosInfoRequest
    from .models.update_user_anti_d_dos_info import UpdateUserAntiDDosInfoRequest
    from .models.upload_part import UploadPartRequest, UploadPartResponse
    from .models.upload_part_copy import UploadPartCopyRequest, UploadPartCopyResponse

__version__ = "0.1.0"

# The client (and httpx) and the models load on first use: importing the package stays fast
# however many operations it has.
_LAZY = {
    "AsyncClient": "_async_client",
    "Client": "_client",
    "ram_policy": "_service",
    "AbortBucketWormRequest": "models.abort_bucket_worm",
    "AbortMultipartUploadRequest": "models.abort_multipart_upload",
    "AppendObjectRequest": "models.append_object",
    "AppendObjectResponse": "models.append_object",
    "CloseMetaQueryRequest": "models.close_meta_query",
    "CompleteBucketWormRequest": "models.complete_bucket_worm",
    "CompleteMultipartUploadRequest": "models.complete_multipart_upload",
    "CompleteMultipartUploadResponse": "models.complete_multipart_upload",
    "CopyObjectRequest": "models.copy_object",
    "CopyObjectResponse": "models.copy_object",
    "CreateAccessPointRequest": "models.create_access_point",
    "CreateAccessPointResponse": "models.create_access_point",
    "CreateAccessPointForObjectProcessRequest": "models.create_access_point_for_object_process",
    "CreateAccessPointForObjectProcessResponse": "models.create_access_point_for_object_process",
    "CreateBucketDataRedundancyTransitionRequest": "models.create_bucket_data_redundancy_transition",
    "CreateBucketDataRedundancyTransitionResponse": "models.create_bucket_data_redundancy_transition",
    "CreateCnameTokenRequest": "models.create_cname_token",
    "CreateCnameTokenResponse": "models.create_cname_token",
    "CreateSelectObjectMetaRequest": "models.create_select_object_meta",
    "CreateSelectObjectMetaResponse": "models.create_select_object_meta",
    "DeleteAccessPointRequest": "models.delete_access_point",
    "DeleteAccessPointForObjectProcessRequest": "models.delete_access_point_for_object_process",
    "DeleteAccessPointPolicyRequest": "models.delete_access_point_policy",
    "DeleteAccessPointPolicyForObjectProcessRequest": "models.delete_access_point_policy_for_object_process",
    "DeleteAccessPointPublicAccessBlockRequest": "models.delete_access_point_public_access_block",
    "DeleteBucketRequest": "models.delete_bucket",
    "DeleteBucketCorsRequest": "models.delete_bucket_cors",
    "DeleteBucketDataRedundancyTransitionRequest": "models.delete_bucket_data_redundancy_transition",
    "DeleteBucketEncryptionRequest": "models.delete_bucket_encryption",
    "DeleteBucketInventoryRequest": "models.delete_bucket_inventory",
    "DeleteBucketLifecycleRequest": "models.delete_bucket_lifecycle",
    "DeleteBucketLoggingRequest": "models.delete_bucket_logging",
    "DeleteBucketPolicyRequest": "models.delete_bucket_policy",
    "DeleteBucketPublicAccessBlockRequest": "models.delete_bucket_public_access_block",
    "DeleteBucketReplicationRequest": "models.delete_bucket_replication",
    "DeleteBucketTagsRequest": "models.delete_bucket_tags",
    "DeleteBucketWebsiteRequest": "models.delete_bucket_website",
    "DeleteCnameRequest": "models.delete_cname",
    "DeleteLiveChannelRequest": "models.delete_live_channel",
    "DeleteObjectRequest": "models.delete_object",
    "DeleteObjectResponse": "models.delete_object",
    "DeleteObjectTaggingRequest": "models.delete_object_tagging",
    "DeletePublicAccessBlockRequest": "models.delete_public_access_block",
    "DeleteStyleRequest": "models.delete_style",
    "DeleteUserDefinedLogFieldsConfigRequest": "models.delete_user_defined_log_fields_config",
    "DescribeRegionsRequest": "models.describe_regions",
    "DescribeRegionsResponse": "models.describe_regions",
    "DoMetaQueryRequest": "models.do_meta_query",
    "DoMetaQueryResponse": "models.do_meta_query",
    "ExtendBucketWormRequest": "models.extend_bucket_worm",
    "GetAccessPointRequest": "models.get_access_point",
    "GetAccessPointResponse": "models.get_access_point",
    "GetAccessPointConfigForObjectProcessRequest": "models.get_access_point_config_for_object_process",
    "GetAccessPointConfigForObjectProcessResponse": "models.get_access_point_config_for_object_process",
    "GetAccessPointForObjectProcessRequest": "models.get_access_point_for_object_process",
    "GetAccessPointForObjectProcessResponse": "models.get_access_point_for_object_process",
    "GetAccessPointPolicyRequest": "models.get_access_point_policy",
    "GetAccessPointPolicyResponse": "models.get_access_point_policy",
    "GetAccessPointPolicyForObjectProcessRequest": "models.get_access_point_policy_for_object_process",
    "GetAccessPointPolicyForObjectProcessResponse": "models.get_access_point_policy_for_object_process",
    "GetAccessPointPublicAccessBlockRequest": "models.get_access_point_public_access_block",
    "GetAccessPointPublicAccessBlockResponse": "models.get_access_point_public_access_block",
    "GetBucketAccessMonitorRequest": "models.get_bucket_access_monitor",
    "GetBucketAccessMonitorResponse": "models.get_bucket_access_monitor",
    "GetBucketAclRequest": "models.get_bucket_acl",
    "GetBucketAclResponse": "models.get_bucket_acl",
    "GetBucketArchiveDirectReadRequest": "models.get_bucket_archive_direct_read",
    "GetBucketArchiveDirectReadResponse": "models.get_bucket_archive_direct_read",
    "GetBucketCorsRequest": "models.get_bucket_cors",
    "GetBucketCorsResponse": "models.get_bucket_cors",
    "GetBucketDataRedundancyTransitionRequest": "models.get_bucket_data_redundancy_transition",
    "GetBucketDataRedundancyTransitionResponse": "models.get_bucket_data_redundancy_transition",
    "GetBucketEncryptionRequest": "models.get_bucket_encryption",
    "GetBucketEncryptionResponse": "models.get_bucket_encryption",
    "GetBucketHttpsConfigRequest": "models.get_bucket_https_config",
    "GetBucketHttpsConfigResponse": "models.get_bucket_https_config",
    "GetBucketInfoRequest": "models.get_bucket_info",
    "GetBucketInfoResponse": "models.get_bucket_info",
    "GetBucketInventoryRequest": "models.get_bucket_inventory",
    "GetBucketInventoryResponse": "models.get_bucket_inventory",
    "GetBucketLifecycleRequest": "models.get_bucket_lifecycle",
    "GetBucketLifecycleResponse": "models.get_bucket_lifecycle",
    "GetBucketLocationRequest": "models.get_bucket_location",
    "GetBucketLocationResponse": "models.get_bucket_location",
    "GetBucketLoggingRequest": "models.get_bucket_logging",
    "GetBucketLoggingResponse": "models.get_bucket_logging",
    "GetBucketPolicyRequest": "models.get_bucket_policy",
    "GetBucketPolicyResponse": "models.get_bucket_policy",
    "GetBucketPolicyStatusRequest": "models.get_bucket_policy_status",
    "GetBucketPolicyStatusResponse": "models.get_bucket_policy_status",
    "GetBucketPublicAccessBlockRequest": "models.get_bucket_public_access_block",
    "GetBucketPublicAccessBlockResponse": "models.get_bucket_public_access_block",
    "GetBucketRefererRequest": "models.get_bucket_referer",
    "GetBucketRefererResponse": "models.get_bucket_referer",
    "GetBucketReplicationRequest": "models.get_bucket_replication",
    "GetBucketReplicationResponse": "models.get_bucket_replication",
    "GetBucketReplicationLocationRequest": "models.get_bucket_replication_location",
    "GetBucketReplicationLocationResponse": "models.get_bucket_replication_location",
    "GetBucketReplicationProgressRequest": "models.get_bucket_replication_progress",
    "GetBucketReplicationProgressResponse": "models.get_bucket_replication_progress",
    "GetBucketRequestPaymentRequest": "models.get_bucket_request_payment",
    "GetBucketRequestPaymentResponse": "models.get_bucket_request_payment",
    "GetBucketResourceGroupRequest": "models.get_bucket_resource_group",
    "GetBucketResourceGroupResponse": "models.get_bucket_resource_group",
    "GetBucketStatRequest": "models.get_bucket_stat",
    "GetBucketStatResponse": "models.get_bucket_stat",
    "GetBucketTagsRequest": "models.get_bucket_tags",
    "GetBucketTagsResponse": "models.get_bucket_tags",
    "GetBucketTransferAccelerationRequest": "models.get_bucket_transfer_acceleration",
    "GetBucketTransferAccelerationResponse": "models.get_bucket_transfer_acceleration",
    "GetBucketVersioningRequest": "models.get_bucket_versioning",
    "GetBucketVersioningResponse": "models.get_bucket_versioning",
    "GetBucketWebsiteRequest": "models.get_bucket_website",
    "GetBucketWebsiteResponse": "models.get_bucket_website",
    "GetBucketWormRequest": "models.get_bucket_worm",
    "GetBucketWormResponse": "models.get_bucket_worm",
    "GetCnameTokenRequest": "models.get_cname_token",
    "GetCnameTokenResponse": "models.get_cname_token",
    "GetLiveChannelHistoryRequest": "models.get_live_channel_history",
    "GetLiveChannelHistoryResponse": "models.get_live_channel_history",
    "GetLiveChannelInfoRequest": "models.get_live_channel_info",
    "GetLiveChannelInfoResponse": "models.get_live_channel_info",
    "GetLiveChannelStatRequest": "models.get_live_channel_stat",
    "GetLiveChannelStatResponse": "models.get_live_channel_stat",
    "GetMetaQueryStatusRequest": "models.get_meta_query_status",
    "GetMetaQueryStatusResponse": "models.get_meta_query_status",
    "GetObjectRequest": "models.get_object",
    "GetObjectResponse": "models.get_object",
    "GetObjectAclRequest": "models.get_object_acl",
    "GetObjectAclResponse": "models.get_object_acl",
    "GetObjectMetaRequest": "models.get_object_meta",
    "GetObjectMetaResponse": "models.get_object_meta",
    "GetObjectTaggingRequest": "models.get_object_tagging",
    "GetObjectTaggingResponse": "models.get_object_tagging",
    "GetPublicAccessBlockRequest": "models.get_public_access_block",
    "GetPublicAccessBlockResponse": "models.get_public_access_block",
    "GetStyleRequest": "models.get_style",
    "GetStyleResponse": "models.get_style",
    "GetSymlinkRequest": "models.get_symlink",
    "GetSymlinkResponse": "models.get_symlink",
    "GetUserAntiDDosInfoRequest": "models.get_user_anti_d_dos_info",
    "GetUserAntiDDosInfoResponse": "models.get_user_anti_d_dos_info",
    "GetUserDefinedLogFieldsConfigRequest": "models.get_user_defined_log_fields_config",
    "GetUserDefinedLogFieldsConfigResponse": "models.get_user_defined_log_fields_config",
    "GetVodPlaylistRequest": "models.get_vod_playlist",
    "GetVodPlaylistResponse": "models.get_vod_playlist",
    "HeadObjectRequest": "models.head_object",
    "HeadObjectResponse": "models.head_object",
    "InitBucketAntiDDosInfoRequest": "models.init_bucket_anti_d_dos_info",
    "InitUserAntiDDosInfoRequest": "models.init_user_anti_d_dos_info",
    "InitUserAntiDDosInfoResponse": "models.init_user_anti_d_dos_info",
    "InitiateBucketWormRequest": "models.initiate_bucket_worm",
    "InitiateBucketWormResponse": "models.initiate_bucket_worm",
    "InitiateMultipartUploadRequest": "models.initiate_multipart_upload",
    "InitiateMultipartUploadResponse": "models.initiate_multipart_upload",
    "ListAccessPointsRequest": "models.list_access_points",
    "ListAccessPointsResponse": "models.list_access_points",
    "ListAccessPointsForObjectProcessRequest": "models.list_access_points_for_object_process",
    "ListAccessPointsForObjectProcessResponse": "models.list_access_points_for_object_process",
    "ListBucketAntiDDosInfoRequest": "models.list_bucket_anti_d_dos_info",
    "ListBucketAntiDDosInfoResponse": "models.list_bucket_anti_d_dos_info",
    "ListBucketDataRedundancyTransitionRequest": "models.list_bucket_data_redundancy_transition",
    "ListBucketDataRedundancyTransitionResponse": "models.list_bucket_data_redundancy_transition",
    "ListBucketInventoryRequest": "models.list_bucket_inventory",
    "ListBucketInventoryResponse": "models.list_bucket_inventory",
    "ListBucketsRequest": "models.list_buckets",
    "ListBucketsResponse": "models.list_buckets",
    "ListCnameRequest": "models.list_cname",
    "ListCnameResponse": "models.list_cname",
    "ListLiveChannelRequest": "models.list_live_channel",
    "ListLiveChannelResponse": "models.list_live_channel",
    "ListMultipartUploadsRequest": "models.list_multipart_uploads",
    "ListMultipartUploadsResponse": "models.list_multipart_uploads",
    "ListObjectVersionsRequest": "models.list_object_versions",
    "ListObjectVersionsResponse": "models.list_object_versions",
    "ListObjectsRequest": "models.list_objects",
    "ListObjectsResponse": "models.list_objects",
    "ListObjectsV2Request": "models.list_objects_v2",
    "ListObjectsV2Response": "models.list_objects_v2",
    "ListPartsRequest": "models.list_parts",
    "ListPartsResponse": "models.list_parts",
    "ListStyleRequest": "models.list_style",
    "ListStyleResponse": "models.list_style",
    "OpenMetaQueryRequest": "models.open_meta_query",
    "OptionObjectRequest": "models.option_object",
    "OptionObjectResponse": "models.option_object",
    "PostVodPlaylistRequest": "models.post_vod_playlist",
    "PutAccessPointConfigForObjectProcessRequest": "models.put_access_point_config_for_object_process",
    "PutAccessPointPolicyRequest": "models.put_access_point_policy",
    "PutAccessPointPolicyForObjectProcessRequest": "models.put_access_point_policy_for_object_process",
    "PutAccessPointPublicAccessBlockRequest": "models.put_access_point_public_access_block",
    "PutBucketRequest": "models.put_bucket",
    "PutBucketAccessMonitorRequest": "models.put_bucket_access_monitor",
    "PutBucketAclRequest": "models.put_bucket_acl",
    "PutBucketArchiveDirectReadRequest": "models.put_bucket_archive_direct_read",
    "PutBucketCorsRequest": "models.put_bucket_cors",
    "PutBucketEncryptionRequest": "models.put_bucket_encryption",
    "PutBucketHttpsConfigRequest": "models.put_bucket_https_config",
    "PutBucketInventoryRequest": "models.put_bucket_inventory",
    "PutBucketLifecycleRequest": "models.put_bucket_lifecycle",
    "PutBucketLoggingRequest": "models.put_bucket_logging",
    "PutBucketPolicyRequest": "models.put_bucket_policy",
    "PutBucketPublicAccessBlockRequest": "models.put_bucket_public_access_block",
    "PutBucketRefererRequest": "models.put_bucket_referer",
    "PutBucketReplicationRequest": "models.put_bucket_replication",
    "PutBucketReplicationResponse": "models.put_bucket_replication",
    "PutBucketRequestPaymentRequest": "models.put_bucket_request_payment",
    "PutBucketResourceGroupRequest": "models.put_bucket_resource_group",
    "PutBucketRtcRequest": "models.put_bucket_rtc",
    "PutBucketTagsRequest": "models.put_bucket_tags",
    "PutBucketTransferAccelerationRequest": "models.put_bucket_transfer_acceleration",
    "PutBucketVersioningRequest": "models.put_bucket_versioning",
    "PutBucketWebsiteRequest": "models.put_bucket_website",
    "PutCnameRequest": "models.put_cname",
    "PutLiveChannelRequest": "models.put_live_channel",
    "PutLiveChannelResponse": "models.put_live_channel",
    "PutLiveChannelStatusRequest": "models.put_live_channel_status",
    "PutObjectRequest": "models.put_object",
    "PutObjectResponse": "models.put_object",
    "PutObjectAclRequest": "models.put_object_acl",
    "PutObjectAclResponse": "models.put_object_acl",
    "PutObjectTaggingRequest": "models.put_object_tagging",
    "PutObjectTaggingResponse": "models.put_object_tagging",
    "PutPublicAccessBlockRequest": "models.put_public_access_block",
    "PutStyleRequest": "models.put_style",
    "PutSymlinkRequest": "models.put_symlink",
    "PutSymlinkResponse": "models.put_symlink",
    "PutUserDefinedLogFieldsConfigRequest": "models.put_user_defined_log_fields_config",
    "RestoreObjectRequest": "models.restore_object",
    "RestoreObjectResponse": "models.restore_object",
    "SelectObjectRequest": "models.select_object",
    "SelectObjectResponse": "models.select_object",
    "UpdateBucketAntiDDosInfoRequest": "models.update_bucket_anti_d_dos_info",
    "UpdateUserAntiDDosInfoRequest": "models.update_user_anti_d_dos_info",
    "UploadPartRequest": "models.upload_part",
    "UploadPartResponse": "models.upload_part",
    "UploadPartCopyRequest": "models.upload_part_copy",
    "UploadPartCopyResponse": "models.upload_part_copy",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APIError",
    "AbortBucketWormRequest",
    "AbortMultipartUploadRequest",
    "AppendObjectRequest",
    "AppendObjectResponse",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "CloseMetaQueryRequest",
    "CompleteBucketWormRequest",
    "CompleteMultipartUploadRequest",
    "CompleteMultipartUploadResponse",
    "ConfigurationError",
    "ConflictError",
    "CopyObjectRequest",
    "CopyObjectResponse",
    "CreateAccessPointForObjectProcessRequest",
    "CreateAccessPointForObjectProcessResponse",
    "CreateAccessPointRequest",
    "CreateAccessPointResponse",
    "CreateBucketDataRedundancyTransitionRequest",
    "CreateBucketDataRedundancyTransitionResponse",
    "CreateCnameTokenRequest",
    "CreateCnameTokenResponse",
    "CreateSelectObjectMetaRequest",
    "CreateSelectObjectMetaResponse",
    "DeleteAccessPointForObjectProcessRequest",
    "DeleteAccessPointPolicyForObjectProcessRequest",
    "DeleteAccessPointPolicyRequest",
    "DeleteAccessPointPublicAccessBlockRequest",
    "DeleteAccessPointRequest",
    "DeleteBucketCorsRequest",
    "DeleteBucketDataRedundancyTransitionRequest",
    "DeleteBucketEncryptionRequest",
    "DeleteBucketInventoryRequest",
    "DeleteBucketLifecycleRequest",
    "DeleteBucketLoggingRequest",
    "DeleteBucketPolicyRequest",
    "DeleteBucketPublicAccessBlockRequest",
    "DeleteBucketReplicationRequest",
    "DeleteBucketRequest",
    "DeleteBucketTagsRequest",
    "DeleteBucketWebsiteRequest",
    "DeleteCnameRequest",
    "DeleteLiveChannelRequest",
    "DeleteObjectRequest",
    "DeleteObjectResponse",
    "DeleteObjectTaggingRequest",
    "DeletePublicAccessBlockRequest",
    "DeleteStyleRequest",
    "DeleteUserDefinedLogFieldsConfigRequest",
    "DescribeRegionsRequest",
    "DescribeRegionsResponse",
    "DoMetaQueryRequest",
    "DoMetaQueryResponse",
    "Error",
    "ExtendBucketWormRequest",
    "GetAccessPointConfigForObjectProcessRequest",
    "GetAccessPointConfigForObjectProcessResponse",
    "GetAccessPointForObjectProcessRequest",
    "GetAccessPointForObjectProcessResponse",
    "GetAccessPointPolicyForObjectProcessRequest",
    "GetAccessPointPolicyForObjectProcessResponse",
    "GetAccessPointPolicyRequest",
    "GetAccessPointPolicyResponse",
    "GetAccessPointPublicAccessBlockRequest",
    "GetAccessPointPublicAccessBlockResponse",
    "GetAccessPointRequest",
    "GetAccessPointResponse",
    "GetBucketAccessMonitorRequest",
    "GetBucketAccessMonitorResponse",
    "GetBucketAclRequest",
    "GetBucketAclResponse",
    "GetBucketArchiveDirectReadRequest",
    "GetBucketArchiveDirectReadResponse",
    "GetBucketCorsRequest",
    "GetBucketCorsResponse",
    "GetBucketDataRedundancyTransitionRequest",
    "GetBucketDataRedundancyTransitionResponse",
    "GetBucketEncryptionRequest",
    "GetBucketEncryptionResponse",
    "GetBucketHttpsConfigRequest",
    "GetBucketHttpsConfigResponse",
    "GetBucketInfoRequest",
    "GetBucketInfoResponse",
    "GetBucketInventoryRequest",
    "GetBucketInventoryResponse",
    "GetBucketLifecycleRequest",
    "GetBucketLifecycleResponse",
    "GetBucketLocationRequest",
    "GetBucketLocationResponse",
    "GetBucketLoggingRequest",
    "GetBucketLoggingResponse",
    "GetBucketPolicyRequest",
    "GetBucketPolicyResponse",
    "GetBucketPolicyStatusRequest",
    "GetBucketPolicyStatusResponse",
    "GetBucketPublicAccessBlockRequest",
    "GetBucketPublicAccessBlockResponse",
    "GetBucketRefererRequest",
    "GetBucketRefererResponse",
    "GetBucketReplicationLocationRequest",
    "GetBucketReplicationLocationResponse",
    "GetBucketReplicationProgressRequest",
    "GetBucketReplicationProgressResponse",
    "GetBucketReplicationRequest",
    "GetBucketReplicationResponse",
    "GetBucketRequestPaymentRequest",
    "GetBucketRequestPaymentResponse",
    "GetBucketResourceGroupRequest",
    "GetBucketResourceGroupResponse",
    "GetBucketStatRequest",
    "GetBucketStatResponse",
    "GetBucketTagsRequest",
    "GetBucketTagsResponse",
    "GetBucketTransferAccelerationRequest",
    "GetBucketTransferAccelerationResponse",
    "GetBucketVersioningRequest",
    "GetBucketVersioningResponse",
    "GetBucketWebsiteRequest",
    "GetBucketWebsiteResponse",
    "GetBucketWormRequest",
    "GetBucketWormResponse",
    "GetCnameTokenRequest",
    "GetCnameTokenResponse",
    "GetLiveChannelHistoryRequest",
    "GetLiveChannelHistoryResponse",
    "GetLiveChannelInfoRequest",
    "GetLiveChannelInfoResponse",
    "GetLiveChannelStatRequest",
    "GetLiveChannelStatResponse",
    "GetMetaQueryStatusRequest",
    "GetMetaQueryStatusResponse",
    "GetObjectAclRequest",
    "GetObjectAclResponse",
    "GetObjectMetaRequest",
    "GetObjectMetaResponse",
    "GetObjectRequest",
    "GetObjectResponse",
    "GetObjectTaggingRequest",
    "GetObjectTaggingResponse",
    "GetPublicAccessBlockRequest",
    "GetPublicAccessBlockResponse",
    "GetStyleRequest",
    "GetStyleResponse",
    "GetSymlinkRequest",
    "GetSymlinkResponse",
    "GetUserAntiDDosInfoRequest",
    "GetUserAntiDDosInfoResponse",
    "GetUserDefinedLogFieldsConfigRequest",
    "GetUserDefinedLogFieldsConfigResponse",
    "GetVodPlaylistRequest",
    "GetVodPlaylistResponse",
    "HeadObjectRequest",
    "HeadObjectResponse",
    "InitBucketAntiDDosInfoRequest",
    "InitUserAntiDDosInfoRequest",
    "InitUserAntiDDosInfoResponse",
    "InitiateBucketWormRequest",
    "InitiateBucketWormResponse",
    "InitiateMultipartUploadRequest",
    "InitiateMultipartUploadResponse",
    "InvalidRequestError",
    "ListAccessPointsForObjectProcessRequest",
    "ListAccessPointsForObjectProcessResponse",
    "ListAccessPointsRequest",
    "ListAccessPointsResponse",
    "ListBucketAntiDDosInfoRequest",
    "ListBucketAntiDDosInfoResponse",
    "ListBucketDataRedundancyTransitionRequest",
    "ListBucketDataRedundancyTransitionResponse",
    "ListBucketInventoryRequest",
    "ListBucketInventoryResponse",
    "ListBucketsRequest",
    "ListBucketsResponse",
    "ListCnameRequest",
    "ListCnameResponse",
    "ListLiveChannelRequest",
    "ListLiveChannelResponse",
    "ListMultipartUploadsRequest",
    "ListMultipartUploadsResponse",
    "ListObjectVersionsRequest",
    "ListObjectVersionsResponse",
    "ListObjectsRequest",
    "ListObjectsResponse",
    "ListObjectsV2Request",
    "ListObjectsV2Response",
    "ListPartsRequest",
    "ListPartsResponse",
    "ListStyleRequest",
    "ListStyleResponse",
    "NetworkError",
    "NotFoundError",
    "OpenMetaQueryRequest",
    "OptionObjectRequest",
    "OptionObjectResponse",
    "PaginationError",
    "PermissionDeniedError",
    "PostVodPlaylistRequest",
    "PutAccessPointConfigForObjectProcessRequest",
    "PutAccessPointPolicyForObjectProcessRequest",
    "PutAccessPointPolicyRequest",
    "PutAccessPointPublicAccessBlockRequest",
    "PutBucketAccessMonitorRequest",
    "PutBucketAclRequest",
    "PutBucketArchiveDirectReadRequest",
    "PutBucketCorsRequest",
    "PutBucketEncryptionRequest",
    "PutBucketHttpsConfigRequest",
    "PutBucketInventoryRequest",
    "PutBucketLifecycleRequest",
    "PutBucketLoggingRequest",
    "PutBucketPolicyRequest",
    "PutBucketPublicAccessBlockRequest",
    "PutBucketRefererRequest",
    "PutBucketReplicationRequest",
    "PutBucketReplicationResponse",
    "PutBucketRequest",
    "PutBucketRequestPaymentRequest",
    "PutBucketResourceGroupRequest",
    "PutBucketRtcRequest",
    "PutBucketTagsRequest",
    "PutBucketTransferAccelerationRequest",
    "PutBucketVersioningRequest",
    "PutBucketWebsiteRequest",
    "PutCnameRequest",
    "PutLiveChannelRequest",
    "PutLiveChannelResponse",
    "PutLiveChannelStatusRequest",
    "PutObjectAclRequest",
    "PutObjectAclResponse",
    "PutObjectRequest",
    "PutObjectResponse",
    "PutObjectTaggingRequest",
    "PutObjectTaggingResponse",
    "PutPublicAccessBlockRequest",
    "PutStyleRequest",
    "PutSymlinkRequest",
    "PutSymlinkResponse",
    "PutUserDefinedLogFieldsConfigRequest",
    "RequestValidationError",
    "ResponseDecodeError",
    "RestoreObjectRequest",
    "RestoreObjectResponse",
    "SelectObjectRequest",
    "SelectObjectResponse",
    "ServerError",
    "SignatureMismatchError",
    "ThrottlingError",
    "TimeoutError",
    "TransportError",
    "UpdateBucketAntiDDosInfoRequest",
    "UpdateUserAntiDDosInfoRequest",
    "UploadPartCopyRequest",
    "UploadPartCopyResponse",
    "UploadPartRequest",
    "UploadPartResponse",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "ram_policy",
]
