"""`Client`: one method per operation, generated from the specs (sync)."""

# Each method returns what `_call` answers: its models module's response model, as annotated.
# mypy: disable-error-code="no-any-return"

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from acs_core.oss import client as _base
from acs_core.oss.client import RawResponse

from . import _service as _s

if TYPE_CHECKING:
    from . import (
        AppendObjectResponse,
        CompleteMultipartUploadResponse,
        CopyObjectResponse,
        CreateAccessPointForObjectProcessResponse,
        CreateAccessPointResponse,
        CreateBucketDataRedundancyTransitionResponse,
        CreateCnameTokenResponse,
        CreateSelectObjectMetaResponse,
        DeleteObjectResponse,
        DescribeRegionsResponse,
        DoMetaQueryResponse,
        GetAccessPointConfigForObjectProcessResponse,
        GetAccessPointForObjectProcessResponse,
        GetAccessPointPolicyForObjectProcessResponse,
        GetAccessPointPolicyResponse,
        GetAccessPointPublicAccessBlockResponse,
        GetAccessPointResponse,
        GetBucketAccessMonitorResponse,
        GetBucketAclResponse,
        GetBucketArchiveDirectReadResponse,
        GetBucketCorsResponse,
        GetBucketDataRedundancyTransitionResponse,
        GetBucketEncryptionResponse,
        GetBucketHttpsConfigResponse,
        GetBucketInfoResponse,
        GetBucketInventoryResponse,
        GetBucketLifecycleResponse,
        GetBucketLocationResponse,
        GetBucketLoggingResponse,
        GetBucketPolicyResponse,
        GetBucketPolicyStatusResponse,
        GetBucketPublicAccessBlockResponse,
        GetBucketRefererResponse,
        GetBucketReplicationLocationResponse,
        GetBucketReplicationProgressResponse,
        GetBucketReplicationResponse,
        GetBucketRequestPaymentResponse,
        GetBucketResourceGroupResponse,
        GetBucketStatResponse,
        GetBucketTagsResponse,
        GetBucketTransferAccelerationResponse,
        GetBucketVersioningResponse,
        GetBucketWebsiteResponse,
        GetBucketWormResponse,
        GetCnameTokenResponse,
        GetLiveChannelHistoryResponse,
        GetLiveChannelInfoResponse,
        GetLiveChannelStatResponse,
        GetMetaQueryStatusResponse,
        GetObjectAclResponse,
        GetObjectMetaResponse,
        GetObjectResponse,
        GetObjectTaggingResponse,
        GetPublicAccessBlockResponse,
        GetStyleResponse,
        GetSymlinkResponse,
        GetUserAntiDDosInfoResponse,
        GetUserDefinedLogFieldsConfigResponse,
        GetVodPlaylistResponse,
        HeadObjectResponse,
        InitiateBucketWormResponse,
        InitiateMultipartUploadResponse,
        InitUserAntiDDosInfoResponse,
        ListAccessPointsForObjectProcessResponse,
        ListAccessPointsResponse,
        ListBucketAntiDDosInfoResponse,
        ListBucketDataRedundancyTransitionResponse,
        ListBucketInventoryResponse,
        ListBucketsResponse,
        ListCnameResponse,
        ListLiveChannelResponse,
        ListMultipartUploadsResponse,
        ListObjectsResponse,
        ListObjectsV2Response,
        ListObjectVersionsResponse,
        ListPartsResponse,
        ListStyleResponse,
        OptionObjectResponse,
        PutBucketReplicationResponse,
        PutLiveChannelResponse,
        PutObjectAclResponse,
        PutObjectResponse,
        PutObjectTaggingResponse,
        PutSymlinkResponse,
        RestoreObjectResponse,
        SelectObjectResponse,
        UploadPartCopyResponse,
        UploadPartResponse,
    )
    from .models._shared import (
        AccessPoint,
        Bucket,
        InventoryConfiguration,
        LiveChannel,
        ObjectSummary,
        ObjectVersion,
        Part,
        Upload,
    )
    from .models.complete_multipart_upload import CompleteMultipartUploadBody
    from .models.create_access_point import CreateAccessPointBody
    from .models.create_access_point_for_object_process import (
        CreateAccessPointForObjectProcessBody,
    )
    from .models.create_cname_token import CreateCnameTokenBody
    from .models.create_select_object_meta import CreateSelectObjectMetaBody
    from .models.delete_bucket_replication import DeleteBucketReplicationBody
    from .models.delete_cname import DeleteCnameBody
    from .models.do_meta_query import DoMetaQueryBody
    from .models.extend_bucket_worm import ExtendBucketWormBody
    from .models.init_bucket_anti_d_dos_info import InitBucketAntiDDosInfoBody
    from .models.initiate_bucket_worm import InitiateBucketWormBody
    from .models.list_access_points_for_object_process import (
        AccessPointForObjectProcessItem,
    )
    from .models.put_access_point_config_for_object_process import (
        PutAccessPointConfigForObjectProcessBody,
    )
    from .models.put_access_point_public_access_block import (
        PutAccessPointPublicAccessBlockBody,
    )
    from .models.put_bucket import PutBucketBody
    from .models.put_bucket_access_monitor import PutBucketAccessMonitorBody
    from .models.put_bucket_archive_direct_read import PutBucketArchiveDirectReadBody
    from .models.put_bucket_cors import PutBucketCorsBody
    from .models.put_bucket_encryption import PutBucketEncryptionBody
    from .models.put_bucket_https_config import PutBucketHttpsConfigBody
    from .models.put_bucket_inventory import PutBucketInventoryBody
    from .models.put_bucket_lifecycle import PutBucketLifecycleBody
    from .models.put_bucket_logging import PutBucketLoggingBody
    from .models.put_bucket_public_access_block import PutBucketPublicAccessBlockBody
    from .models.put_bucket_referer import PutBucketRefererBody
    from .models.put_bucket_replication import PutBucketReplicationBody
    from .models.put_bucket_request_payment import PutBucketRequestPaymentBody
    from .models.put_bucket_resource_group import PutBucketResourceGroupBody
    from .models.put_bucket_rtc import PutBucketRtcBody
    from .models.put_bucket_tags import PutBucketTagsBody
    from .models.put_bucket_transfer_acceleration import (
        PutBucketTransferAccelerationBody,
    )
    from .models.put_bucket_versioning import PutBucketVersioningBody
    from .models.put_bucket_website import PutBucketWebsiteBody
    from .models.put_cname import PutCnameBody
    from .models.put_live_channel import PutLiveChannelBody
    from .models.put_object_tagging import PutObjectTaggingBody
    from .models.put_public_access_block import PutPublicAccessBlockBody
    from .models.put_style import PutStyleBody
    from .models.put_user_defined_log_fields_config import (
        PutUserDefinedLogFieldsConfigBody,
    )
    from .models.restore_object import RestoreObjectBody
    from .models.select_object import SelectObjectBody
    from .models.update_bucket_anti_d_dos_info import UpdateBucketAntiDDosInfoBody

__all__ = ["Client", "RawClient", "RawResponse"]


class RawClient:
    """`Client`'s operations, answering `RawResponse` (status, headers, body, `.parsed`)."""

    def __init__(self, client: Client) -> None:
        self.abort_bucket_worm = _base.raw(client.abort_bucket_worm)
        self.abort_multipart_upload = _base.raw(client.abort_multipart_upload)
        self.append_object = _base.raw(client.append_object)
        self.close_meta_query = _base.raw(client.close_meta_query)
        self.complete_bucket_worm = _base.raw(client.complete_bucket_worm)
        self.complete_multipart_upload = _base.raw(client.complete_multipart_upload)
        self.copy_object = _base.raw(client.copy_object)
        self.create_access_point = _base.raw(client.create_access_point)
        self.create_access_point_for_object_process = _base.raw(
            client.create_access_point_for_object_process
        )
        self.create_bucket_data_redundancy_transition = _base.raw(
            client.create_bucket_data_redundancy_transition
        )
        self.create_cname_token = _base.raw(client.create_cname_token)
        self.create_select_object_meta = _base.raw(client.create_select_object_meta)
        self.delete_access_point = _base.raw(client.delete_access_point)
        self.delete_access_point_for_object_process = _base.raw(
            client.delete_access_point_for_object_process
        )
        self.delete_access_point_policy = _base.raw(client.delete_access_point_policy)
        self.delete_access_point_policy_for_object_process = _base.raw(
            client.delete_access_point_policy_for_object_process
        )
        self.delete_access_point_public_access_block = _base.raw(
            client.delete_access_point_public_access_block
        )
        self.delete_bucket = _base.raw(client.delete_bucket)
        self.delete_bucket_cors = _base.raw(client.delete_bucket_cors)
        self.delete_bucket_data_redundancy_transition = _base.raw(
            client.delete_bucket_data_redundancy_transition
        )
        self.delete_bucket_encryption = _base.raw(client.delete_bucket_encryption)
        self.delete_bucket_inventory = _base.raw(client.delete_bucket_inventory)
        self.delete_bucket_lifecycle = _base.raw(client.delete_bucket_lifecycle)
        self.delete_bucket_logging = _base.raw(client.delete_bucket_logging)
        self.delete_bucket_policy = _base.raw(client.delete_bucket_policy)
        self.delete_bucket_public_access_block = _base.raw(
            client.delete_bucket_public_access_block
        )
        self.delete_bucket_replication = _base.raw(client.delete_bucket_replication)
        self.delete_bucket_tags = _base.raw(client.delete_bucket_tags)
        self.delete_bucket_website = _base.raw(client.delete_bucket_website)
        self.delete_cname = _base.raw(client.delete_cname)
        self.delete_live_channel = _base.raw(client.delete_live_channel)
        self.delete_object = _base.raw(client.delete_object)
        self.delete_object_tagging = _base.raw(client.delete_object_tagging)
        self.delete_public_access_block = _base.raw(client.delete_public_access_block)
        self.delete_style = _base.raw(client.delete_style)
        self.delete_user_defined_log_fields_config = _base.raw(
            client.delete_user_defined_log_fields_config
        )
        self.describe_regions = _base.raw(client.describe_regions)
        self.do_meta_query = _base.raw(client.do_meta_query)
        self.extend_bucket_worm = _base.raw(client.extend_bucket_worm)
        self.get_access_point = _base.raw(client.get_access_point)
        self.get_access_point_config_for_object_process = _base.raw(
            client.get_access_point_config_for_object_process
        )
        self.get_access_point_for_object_process = _base.raw(
            client.get_access_point_for_object_process
        )
        self.get_access_point_policy = _base.raw(client.get_access_point_policy)
        self.get_access_point_policy_for_object_process = _base.raw(
            client.get_access_point_policy_for_object_process
        )
        self.get_access_point_public_access_block = _base.raw(
            client.get_access_point_public_access_block
        )
        self.get_bucket_access_monitor = _base.raw(client.get_bucket_access_monitor)
        self.get_bucket_acl = _base.raw(client.get_bucket_acl)
        self.get_bucket_archive_direct_read = _base.raw(
            client.get_bucket_archive_direct_read
        )
        self.get_bucket_cors = _base.raw(client.get_bucket_cors)
        self.get_bucket_data_redundancy_transition = _base.raw(
            client.get_bucket_data_redundancy_transition
        )
        self.get_bucket_encryption = _base.raw(client.get_bucket_encryption)
        self.get_bucket_https_config = _base.raw(client.get_bucket_https_config)
        self.get_bucket_info = _base.raw(client.get_bucket_info)
        self.get_bucket_inventory = _base.raw(client.get_bucket_inventory)
        self.get_bucket_lifecycle = _base.raw(client.get_bucket_lifecycle)
        self.get_bucket_location = _base.raw(client.get_bucket_location)
        self.get_bucket_logging = _base.raw(client.get_bucket_logging)
        self.get_bucket_policy = _base.raw(client.get_bucket_policy)
        self.get_bucket_policy_status = _base.raw(client.get_bucket_policy_status)
        self.get_bucket_public_access_block = _base.raw(
            client.get_bucket_public_access_block
        )
        self.get_bucket_referer = _base.raw(client.get_bucket_referer)
        self.get_bucket_replication = _base.raw(client.get_bucket_replication)
        self.get_bucket_replication_location = _base.raw(
            client.get_bucket_replication_location
        )
        self.get_bucket_replication_progress = _base.raw(
            client.get_bucket_replication_progress
        )
        self.get_bucket_request_payment = _base.raw(client.get_bucket_request_payment)
        self.get_bucket_resource_group = _base.raw(client.get_bucket_resource_group)
        self.get_bucket_stat = _base.raw(client.get_bucket_stat)
        self.get_bucket_tags = _base.raw(client.get_bucket_tags)
        self.get_bucket_transfer_acceleration = _base.raw(
            client.get_bucket_transfer_acceleration
        )
        self.get_bucket_versioning = _base.raw(client.get_bucket_versioning)
        self.get_bucket_website = _base.raw(client.get_bucket_website)
        self.get_bucket_worm = _base.raw(client.get_bucket_worm)
        self.get_cname_token = _base.raw(client.get_cname_token)
        self.get_live_channel_history = _base.raw(client.get_live_channel_history)
        self.get_live_channel_info = _base.raw(client.get_live_channel_info)
        self.get_live_channel_stat = _base.raw(client.get_live_channel_stat)
        self.get_meta_query_status = _base.raw(client.get_meta_query_status)
        self.get_object = _base.raw(client.get_object)
        self.get_object_acl = _base.raw(client.get_object_acl)
        self.get_object_meta = _base.raw(client.get_object_meta)
        self.get_object_tagging = _base.raw(client.get_object_tagging)
        self.get_public_access_block = _base.raw(client.get_public_access_block)
        self.get_style = _base.raw(client.get_style)
        self.get_symlink = _base.raw(client.get_symlink)
        self.get_user_anti_d_dos_info = _base.raw(client.get_user_anti_d_dos_info)
        self.get_user_defined_log_fields_config = _base.raw(
            client.get_user_defined_log_fields_config
        )
        self.get_vod_playlist = _base.raw(client.get_vod_playlist)
        self.head_object = _base.raw(client.head_object)
        self.init_bucket_anti_d_dos_info = _base.raw(client.init_bucket_anti_d_dos_info)
        self.init_user_anti_d_dos_info = _base.raw(client.init_user_anti_d_dos_info)
        self.initiate_bucket_worm = _base.raw(client.initiate_bucket_worm)
        self.initiate_multipart_upload = _base.raw(client.initiate_multipart_upload)
        self.list_access_points = _base.raw(client.list_access_points)
        self.list_access_points_for_object_process = _base.raw(
            client.list_access_points_for_object_process
        )
        self.list_bucket_anti_d_dos_info = _base.raw(client.list_bucket_anti_d_dos_info)
        self.list_bucket_data_redundancy_transition = _base.raw(
            client.list_bucket_data_redundancy_transition
        )
        self.list_bucket_inventory = _base.raw(client.list_bucket_inventory)
        self.list_buckets = _base.raw(client.list_buckets)
        self.list_cname = _base.raw(client.list_cname)
        self.list_live_channel = _base.raw(client.list_live_channel)
        self.list_multipart_uploads = _base.raw(client.list_multipart_uploads)
        self.list_object_versions = _base.raw(client.list_object_versions)
        self.list_objects = _base.raw(client.list_objects)
        self.list_objects_v2 = _base.raw(client.list_objects_v2)
        self.list_parts = _base.raw(client.list_parts)
        self.list_style = _base.raw(client.list_style)
        self.open_meta_query = _base.raw(client.open_meta_query)
        self.option_object = _base.raw(client.option_object)
        self.post_vod_playlist = _base.raw(client.post_vod_playlist)
        self.put_access_point_config_for_object_process = _base.raw(
            client.put_access_point_config_for_object_process
        )
        self.put_access_point_policy = _base.raw(client.put_access_point_policy)
        self.put_access_point_policy_for_object_process = _base.raw(
            client.put_access_point_policy_for_object_process
        )
        self.put_access_point_public_access_block = _base.raw(
            client.put_access_point_public_access_block
        )
        self.put_bucket = _base.raw(client.put_bucket)
        self.put_bucket_access_monitor = _base.raw(client.put_bucket_access_monitor)
        self.put_bucket_acl = _base.raw(client.put_bucket_acl)
        self.put_bucket_archive_direct_read = _base.raw(
            client.put_bucket_archive_direct_read
        )
        self.put_bucket_cors = _base.raw(client.put_bucket_cors)
        self.put_bucket_encryption = _base.raw(client.put_bucket_encryption)
        self.put_bucket_https_config = _base.raw(client.put_bucket_https_config)
        self.put_bucket_inventory = _base.raw(client.put_bucket_inventory)
        self.put_bucket_lifecycle = _base.raw(client.put_bucket_lifecycle)
        self.put_bucket_logging = _base.raw(client.put_bucket_logging)
        self.put_bucket_policy = _base.raw(client.put_bucket_policy)
        self.put_bucket_public_access_block = _base.raw(
            client.put_bucket_public_access_block
        )
        self.put_bucket_referer = _base.raw(client.put_bucket_referer)
        self.put_bucket_replication = _base.raw(client.put_bucket_replication)
        self.put_bucket_request_payment = _base.raw(client.put_bucket_request_payment)
        self.put_bucket_resource_group = _base.raw(client.put_bucket_resource_group)
        self.put_bucket_rtc = _base.raw(client.put_bucket_rtc)
        self.put_bucket_tags = _base.raw(client.put_bucket_tags)
        self.put_bucket_transfer_acceleration = _base.raw(
            client.put_bucket_transfer_acceleration
        )
        self.put_bucket_versioning = _base.raw(client.put_bucket_versioning)
        self.put_bucket_website = _base.raw(client.put_bucket_website)
        self.put_cname = _base.raw(client.put_cname)
        self.put_live_channel = _base.raw(client.put_live_channel)
        self.put_live_channel_status = _base.raw(client.put_live_channel_status)
        self.put_object = _base.raw(client.put_object)
        self.put_object_acl = _base.raw(client.put_object_acl)
        self.put_object_tagging = _base.raw(client.put_object_tagging)
        self.put_public_access_block = _base.raw(client.put_public_access_block)
        self.put_style = _base.raw(client.put_style)
        self.put_symlink = _base.raw(client.put_symlink)
        self.put_user_defined_log_fields_config = _base.raw(
            client.put_user_defined_log_fields_config
        )
        self.restore_object = _base.raw(client.restore_object)
        self.select_object = _base.raw(client.select_object)
        self.update_bucket_anti_d_dos_info = _base.raw(
            client.update_bucket_anti_d_dos_info
        )
        self.update_user_anti_d_dos_info = _base.raw(client.update_user_anti_d_dos_info)
        self.upload_part = _base.raw(client.upload_part)
        self.upload_part_copy = _base.raw(client.upload_part_copy)


class Client(_base.ClientBase):
    """Object Storage Service (2019-05-17): one method per operation; the options are
    described in `acs_core.oss.base`.
    """

    _service = _s.SERVICE
    _package = __package__

    @property
    def raw(self) -> RawClient:
        """The same operations, answering the raw response next to the parsed model."""
        return self._raw(RawClient)

    def abort_bucket_worm(self, *, bucket: str) -> None:
        """删除指定存储空间（Bucket）未锁定的合规保留策略。
        当基于时间的合规保留策略创建后，该策略默认处于InProgress状态，且该状态的有效期为24小时。在有效期24小时内，此策略对应的Bucket数据处于保护状态。

        -
        启动合规保留策略24小时内：若此策略未提交锁定，则Bucket所有者以及授权用户可以删除此策略；若该保留策略已提交锁定，则不允许删除此策略，且无法缩短策略保护周期，仅可以延长保护周期。

        - 启动合规保留策略24小时后：若超过24小时该保留策略未提交锁定，则该策略自动失效。

        <br>如果Bucket内有文件处于保护周期内，那么您将无法删除合规保留策略，同时也无法删除Bucket。当Bucket为空时，Bucket的所有者可以删除该Bucket，从而间接删除该Bucket的保留策略。
        """
        return self._call("abort_bucket_worm", locals())

    def abort_multipart_upload(self, *, bucket: str, key: str, upload_id: str) -> None:
        """用于取消MultipartUpload事件并删除对应的Part数据。 **注意事项**

        - 您需要提供MultipartUpload事件相应的uploadId。
        - 取消一个MultipartUpload事件过程中，如果所属的某些Part仍然在上传，那么此次取消操作将无法删除这些Part。
        - 取消一个MultipartUpload事件后，您无法再使用此uploadId做任何操作，已经上传的Part数据也会被删除。
        - 建议您及时完成分片上传或者取消分片上传，因为已上传但是未完成或未取消的分片会占用存储空间进而产生存储费用。
        """
        return self._call("abort_multipart_upload", locals())

    def append_object(
        self,
        *,
        bucket: str,
        key: str,
        position: int,
        server_side_encryption: str | None = None,
        object_acl: str | None = None,
        storage_class: str | None = None,
        metadata: Mapping[str, str] | None = None,
        cache_control: str | None = None,
        content_disposition: str | None = None,
        content_encoding: str | None = None,
        content_md5: str | None = None,
        expires: str | None = None,
        body: bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | None = None,
    ) -> AppendObjectResponse:
        """以追加写的方式上传文件（Object）。 **版本控制**

        在目标Bucket处于开启或暂停版本控制状态下，对Appendable类型Object执行相关操作时，有如下注意事项：
        -
        仅允许对当前版本为Appendable类型的Object执行追加上传（AppendObject）操作，且OSS不会为该Appendable类型的Object生成历史版本。
        -
        对当前版本为Appendable类型的Object执行PutObject或DeleteObject操作时，OSS会将该Appendable类型的Object保留为历史版本，但该Object不允许继续追加。
        - 不支持对Appendable类型Object执行拷贝操作。
        - 不支持对非Appendable类型的Object，包括Normal Object、删除标记（Delete Marker）等执行AppendObject操作。

        **使用限制**

        - 通过AppendObject方式最后生成的Object大小不得超过5 GB。
        - 处于[合规保留策略](~~90564~~)保护期的Object不支持AppendObject操作。
        - AppendableObject不支持指定CMK ID进行服务端KMS加密。
        """
        return self._call("append_object", locals())

    def close_meta_query(self, *, bucket: str) -> None:
        """关闭存储空间（Bucket）的元数据管理功能。OSS会自动删除Bucket的元数据索引库，将无法进行元数据索引。"""
        return self._call("close_meta_query", locals())

    def complete_bucket_worm(self, *, bucket: str, worm_id: str) -> None:
        """调用CompleteBucketWorm接口锁定合规保留策略。
        当基于时间的合规保留策略创建后，此策略默认处于InProgress状态，且该状态的有效期为24小时。在有效期24小时内，此策略对应的Bucket数据处于保护状态。

        -
        启动合规保留策略24小时内：若此策略未提交锁定，则Bucket所有者以及授权用户可以删除此策略；若此保留策略已提交锁定，则不允许删除此策略，且无法缩短策略保护周期，仅可以延长保护周期。

        - 启动合规保留策略24小时后：若超过24小时此保留策略未提交锁定，则此策略自动失效。
        """
        return self._call("complete_bucket_worm", locals())

    def complete_multipart_upload(
        self,
        *,
        bucket: str,
        key: str,
        upload_id: str,
        encoding_type: str | None = None,
        forbid_overwrite: str | None = None,
        complete_all: str | None = None,
        body: CompleteMultipartUploadBody | Mapping[str, Any] | None = None,
    ) -> CompleteMultipartUploadResponse:
        """来完成整个文件的分片上传。 **注意事项**

        调用CompleteMultipartUpload操作时，用户必须提供所有有效的Part列表（包括PartNumber和ETag）。OSS收到用户提交的Part列表后，会逐一验证每个Part的有效性。当所有的Part验证通过后，OSS将把这些Part组合成一个完整的Object。
        - 确认Part的大小：CompleteMultipartUpload时会确认除最后一个Part以外所有Part的大小是否都大于或等于100
        KB，并检查用户提交的Part列表中的每一个PartNumber和ETag。所以在上传Part时，客户端除了需要记录Part号码外，还需要记录每次上传Part成功后服务器返回的ETag值。

        -
        处理请求：由于OSS处理CompleteMultipartUpload请求时会持续一定的时间。在这段时间内，如果客户端与OSS之间连接中断，OSS仍会继续该请求。

        - PartNumber：服务端在调用CompleteMultipartUpload接口时会对PartNumber做校验。
        PartNumber取值为1~10000。PartNumber可以不连续，但必须升序排列。例如第一个Part的PartNumber是1，第二个Part的PartNumber可以是5。

        -
        UploadId：同一个Object可以同时拥有不同的UploadId，当Complete一个UploadId后，此UploadId将无效，但该Object的其他UploadId不受影响。

        -
        x-oss-server-side-encryption请求头：如果调用InitiateMultipartUpload接口时，指定了x-oss-server-side-encryption请求头，则在CompleteMultipartUpload的响应头中返回x-oss-server-side-encryption，其值表示该Object的服务器端加密算法。

        **版本控制**

        在开启版本控制的情况下，调用CompleteMultipartUpload接口来完成整个文件的MultipartUpload，OSS会为整个文件生成唯一的版本ID，并在响应header中以x-oss-version-id的形式返回。
        """
        return self._call("complete_multipart_upload", locals())

    def copy_object(
        self,
        *,
        bucket: str,
        key: str,
        copy_source: str,
        forbid_overwrite: str | None = None,
        copy_source_if_match: str | None = None,
        copy_source_if_none_match: str | None = None,
        copy_source_if_unmodified_since: str | None = None,
        copy_source_if_modified_since: str | None = None,
        metadata_directive: str | None = None,
        server_side_encryption: str | None = None,
        server_side_data_encryption: str | None = None,
        server_side_encryption_key_id: str | None = None,
        object_acl: str | None = None,
        storage_class: str | None = None,
        tagging: str | None = None,
        tagging_directive: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> CopyObjectResponse:
        """拷贝同一地域下相同或不同存储空间（Bucket）之间的文件（Object）。 **版本控制**

        -
        `x-oss-copy-source`默认拷贝Object的当前版本，您可以在x-oss-copy-source中加入versionId来拷贝指定的Object版本。拷贝Object时，如果源Object的对应版本为删除标记，则返回404表示该Object不存在。
        - 如果需要恢复Object的早期版本为当前版本，您只需将Object的早期版本拷贝到同一个Bucket中，OSS会将该Object对应早期版本置为当前版本。
        -
        如果目标Bucket已开启版本控制，OSS将会为新拷贝的Object自动生成唯一的版本ID，此版本ID将会在响应Header中的x-oss-version-id返回。如果目标Bucket未开启或者暂停了版本控制，OSS将会为新拷贝的Object自动生成version
        ID为null的版本，且会覆盖原有versionId为null的版本。

        **使用限制**

        - 使用CopyObject接口时，Object的大小限制说明如下：

        - 如果源Bucket和目标Bucket相同，则Object的大小无限制。

        - 如果源Bucket和目标Bucket不同，则建议拷贝小于1 GB的Object。当您需要拷贝大于1
        GB的Object时，请使用[UploadPartCopy](~~31994~~)接口。

        使用CopyObject或UploadPartCopy接口均要求对源Object有读权限。

        -
        在非版本控制的Bucket中，当调用CopyObject接口拷贝文件时，如果源Object与目标Object为同一个Object，则OSS只修改源Object的元数据，不拷贝源Object的内容。
        - 在版本控制的Bucket中，不支持拷贝通过追加上传方式生成的Object。
        - 如果源Object为软链接，则只拷贝软链接，无法拷贝软链接指向的文件内容。

        **计量计费**

        - 调用一次CopyObject接口会对源Object和目标Object所在的Bucket各增加一次Get请求次数。
        - 调用CopyObject接口会对目标Object所在的Bucket增加相应的存储量。
        -
        调用CopyObject接口更改Object存储类型会涉及数据覆盖。例如低频访问IA创建后10天内被覆盖为标准存储Standard，则会产生20天的低频访问不足规定时长容量费用。关于存储费用的更多信息，请参见**[存储费用](~~173534~~)**。
        """
        return self._call("copy_object", locals())

    def create_access_point(
        self,
        *,
        bucket: str,
        body: CreateAccessPointBody | Mapping[str, Any] | None = None,
    ) -> CreateAccessPointResponse:
        """创建接入点。
        - 单个阿里云账号支持创建1000个接入点。
        - 单个Bucket支持创建100个接入点。
        """
        return self._call("create_access_point", locals())

    def create_access_point_for_object_process(
        self,
        *,
        bucket: str,
        access_point_for_object_process_name: str,
        body: CreateAccessPointForObjectProcessBody | Mapping[str, Any] | None = None,
    ) -> CreateAccessPointForObjectProcessResponse:
        """创建对象FC接入点。
        -
        阿里云账号默认拥有创建对象FC接入点的权限。如果您希望通过RAM用户或者STS的方式创建对象FC接入点，您必须拥有`oss:CreateAccessPointForObjectProcess`权限。
        - 单个阿里云账号支持创建1000个对象FC接入点。
        - 单个Bucket支持创建100个对象FC接入点。
        """
        return self._call("create_access_point_for_object_process", locals())

    def create_bucket_data_redundancy_transition(
        self, *, bucket: str, x_oss_target_redundancy_type: str
    ) -> CreateBucketDataRedundancyTransitionResponse:
        """为Bucket创建存储冗余转换任务。
        -
        Bucket所属地域支持转换存储冗余类型。支持转换存储冗余类型的地域：华东1（杭州）、华东2（上海）、华北2（北京）、华北3（张家口）、华北6（乌兰察布）、华南1（深圳）、中国香港、日本（东京）、新加坡、印度尼西亚（雅加达）、德国（法兰克福）
        - Bucket的存储冗余类型必须为本地冗余存储。OSS仅支持将本地冗余存储转换为同城冗余存储。
        -
        Bucket的存储类型必须为标准存储、低频访问存储或归档存储，但Bucket中的文件的存储类型可以为冷归档存储和深度冷归档存储。冷归档存储和深度冷归档存储的文件转换后依然为本地冗余存储。冷归档存储和深度冷归档存储的Bucket不支持转换存储冗余类型。
        -
        要创建存储冗余转换任务，您必须具有oss:CreateBucketDataRedundancyTransition权限。具体操作，请参见为[RAM用户授权自定义的权限策略](~~199058~~)。
        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。
        """
        return self._call("create_bucket_data_redundancy_transition", locals())

    def create_cname_token(
        self,
        *,
        bucket: str,
        body: CreateCnameTokenBody | Mapping[str, Any] | None = None,
    ) -> CreateCnameTokenResponse:
        """创建域名所有权验证所需的CnameToken。"""
        return self._call("create_cname_token", locals())

    def create_select_object_meta(
        self,
        *,
        bucket: str,
        key: str,
        body: CreateSelectObjectMetaBody | Mapping[str, Any] | None = None,
    ) -> CreateSelectObjectMetaResponse:
        """获取目标文件总的行数，总的列数（对于CSV文件），以及Splits个数。如果该信息不存在，则会扫描整个文件，分析并记录下CSV文件的上述信息。重复调用该API则会保存上述信息而不必重新扫描整个文件。
        - `CreateSelectObjectMeta`操作要求您对该Object有写权限。

        - 如果该API执行正确，返回200。如果目标文件不是合法CSV或者JSON LINES文件，或者指定的CSV分隔符和目标CSV不匹配，则返回400。
        """
        return self._call("create_select_object_meta", locals())

    def delete_access_point(self, *, bucket: str, access_point_name: str) -> None:
        """删除接入点。"""
        return self._call("delete_access_point", locals())

    def delete_access_point_for_object_process(
        self, *, bucket: str, access_point_for_object_process_name: str
    ) -> None:
        """删除对象FC接入点。
        阿里云账号默认拥有删除对象FC接入点的权限。如果您希望通过RAM用户或者STS的方式删除对象FC接入点，您必须拥有`oss:DeleteAccessPointForObjectProcess`权限。
        """
        return self._call("delete_access_point_for_object_process", locals())

    def delete_access_point_policy(
        self, *, bucket: str, access_point_name: str
    ) -> None:
        """删除接入点策略。"""
        return self._call("delete_access_point_policy", locals())

    def delete_access_point_policy_for_object_process(
        self, *, bucket: str, access_point_for_object_process_name: str
    ) -> None:
        """删除对象FC接入点的权限策略。
        阿里云账号默认拥有删除对象FC接入点策略的权限策略。如果您希望通过RAM用户或者STS的方式删除对象FC接入点的权限策略，您必须拥有`oss:DeleteAccessPointPolicyForObjectProcess`权限。
        """
        return self._call("delete_access_point_policy_for_object_process", locals())

    def delete_access_point_public_access_block(
        self, *, bucket: str, x_oss_access_point_name: str | None = None
    ) -> None:
        """删除指定接入点的阻止公共访问配置信息。"""
        return self._call("delete_access_point_public_access_block", locals())

    def delete_bucket(self, *, bucket: str) -> None:
        """删除存储空间（Bucket）。
        - 只有Bucket的拥有者才有权限删除该Bucket。
        - 为了防止误删除的发生，OSS不支持删除一个非空的Bucket。
        """
        return self._call("delete_bucket", locals())

    def delete_bucket_cors(self, *, bucket: str) -> None:
        """调用DeleteBucketCors接口关闭指定存储空间（Bucket）的跨域资源共享CORS（Cross-Origin Resource
        Sharing）功能并清空所有规则。 ### 注意事项 要关闭CORS功能，您必须有`oss:DeleteBucketCors`权限。
        """
        return self._call("delete_bucket_cors", locals())

    def delete_bucket_data_redundancy_transition(
        self, *, bucket: str, x_oss_redundancy_transition_taskid: str
    ) -> None:
        """删除存储空间数据冗余类型转换任务。
        -
        要删除存储冗余转换任务，您必须具有`oss:DeleteBucketDataRedundancyTransition`权限。具体操作，请参见[为RAM用户授权自定义的权限策略](~~199058~~)。
        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。
        - 处于Processing状态的任务不支持删除。
        """
        return self._call("delete_bucket_data_redundancy_transition", locals())

    def delete_bucket_encryption(self, *, bucket: str) -> None:
        """删除指定存储空间（Bucket）的加密规则。
        只有Bucket的拥有者及授权的RAM用户才能删除Bucket的加密规则，否则返回403错误。有关Bucket加密的更多信息，请参见[服务器端加密](~~31871~~)。
        """
        return self._call("delete_bucket_encryption", locals())

    def delete_bucket_inventory(self, *, bucket: str, inventory_id: str) -> None:
        """删除某个存储空间（Bucket）中指定的清单（Inventory）任务。
        - 调用该请求时，请确保您有足够的权限对存储空间的清单任务进行操作。存储空间所有者默认拥有该权限，若您无该项权限，请先向存储空间所有者申请该项操作的权限。
        - 请求成功将返回HTTP状态码204。
        """
        return self._call("delete_bucket_inventory", locals())

    def delete_bucket_lifecycle(self, *, bucket: str) -> None:
        """调用DeleteBucketLifecycle接口删除指定存储空间（Bucket）的生命周期规则。
        - 只有Bucket的拥有者才能删除该Bucket的生命周期规则。

        - 调用DeleteBucketLifecycle接口删除指定Bucket所有的生命周期规则后，该Bucket中的文件（Object）不会被自动删除。
        """
        return self._call("delete_bucket_lifecycle", locals())

    def delete_bucket_logging(self, *, bucket: str) -> None:
        """关闭存储空间（Bucket）的访问日志记录功能。
        - 只有Bucket的拥有者才有权限关闭Bucket访问日志记录功能。
        - 如果目标Bucket没有开启访问日志记录功能，则返回参数显示204状态码。
        """
        return self._call("delete_bucket_logging", locals())

    def delete_bucket_policy(self, *, bucket: str) -> None:
        """删除指定存储空间（Bucket）的权限策略（Policy）。
        - 向其他账号的RAM用户授权访问。

        您可以授予其他账号的RAM用户访问您的OSS资源的权限。

        - 向匿名用户授予带特定IP条件限制的访问权限。

        某些场景下，您需要向匿名用户授予带IP限制的访问策略。例如，企业内部的机密文档，只允许在企业内部访问，不允许在其他区域访问。由于企业内部人员较多，如果针对每个人配置RAM
        Policy，工作量非常大。此时，您可以基于Bucket Policy设置带IP限制的访问策略，从而高效方便地进行授权。

        有关Bucket Policy的配置详情及场景案例，请参见[使用Bucket
        Policy授权其他用户访问OSS资源](~~85111~~)。有关Policy语法，请参见[权限策略语法和结构](~~93739~~)。
        """
        return self._call("delete_bucket_policy", locals())

    def delete_bucket_public_access_block(self, *, bucket: str) -> None:
        """删除绑定在存储空间上的组织公共访问配置信息。"""
        return self._call("delete_bucket_public_access_block", locals())

    def delete_bucket_replication(
        self,
        *,
        bucket: str,
        body: DeleteBucketReplicationBody | Mapping[str, Any] | None = None,
    ) -> None:
        """停止某个存储空间（Bucket）的数据复制并删除Bucket的复制配置，此时源Bucket中的任何操作都不会被同步到目标Bucket。
        - 当请求的Bucket没有配置数据复制规则时，调用此接口将返回200 HTTP OK。

        -
        调用此接口删除某个数据复制规则时，该复制规则不会立刻被删除。OSS需要一定的时间来执行清理操作，此时复制规则的状态为closing。当清理工作完成后，该复制规则才被删除。

        - 当请求的Bucket的数据复制规则处于closing状态时，调用此接口将返回204 NoContent。
        """
        return self._call("delete_bucket_replication", locals())

    def delete_bucket_tags(self, *, bucket: str) -> None:
        """删除存储空间（Bucket）标签。 如果目标Bucket没有任何标签或指定标签的Key不存在，则返回HTTP状态码204。"""
        return self._call("delete_bucket_tags", locals())

    def delete_bucket_website(self, *, bucket: str) -> None:
        """关闭存储空间（Bucket）的静态网站托管模式以及跳转规则。 只有Bucket的拥有者才能关闭Bucket的静态网站托管模式。"""
        return self._call("delete_bucket_website", locals())

    def delete_cname(
        self, *, bucket: str, body: DeleteCnameBody | Mapping[str, Any] | None = None
    ) -> None:
        """删除某个存储空间（Bucket）已绑定的Cname。"""
        return self._call("delete_cname", locals())

    def delete_live_channel(self, *, bucket: str, channel: str) -> None:
        """删除指定的LiveChannel。 >- 当有客户端正在向LiveChannel推流时，删除请求会失败。
        - 本接口只会删除LiveChannel本身，不会删除推流生成的文件。
        """
        return self._call("delete_live_channel", locals())

    def delete_object(
        self, *, bucket: str, key: str, version_id: str | None = None
    ) -> DeleteObjectResponse:
        """删除文件（object）。 **注意事项**

        - 要删除文件，您必须有Object的写权限。
        - 无论要删除的Object是否存在，删除成功后均会返回204状态码。
        - 如果Object类型为软链接，使用DeleteObject接口只会删除该软链接。

        **版本控制**

        版本控制状态下的删除行为说明如下：

        - 未指定versionId（临时删除）：
        如果在未指定versionId的情况下执行删除操作时，默认不会删除Object的当前版本，而是对当前版本插入删除标记（Delete
        Marker）。此时，在未指定versionId的情况下执行GetObject操作，OSS会检测到当前版本为删除标记，并返回`404 Not
        Found`。此外，响应中还会返回header：`x-oss-delete-marker =
        true`以及新生成的删除标记的版本号`x-oss-version-id`。
        `x-oss-delete-marker`的值为true，表示与返回的`x-oss-version-id`对应的版本为删除标记。

        - 指定versionId（永久删除）：
        如果在指定versionId的情况下执行删除操作时，OSS会根据`params`中指定的`versionId`参数永久删除该版本。如果要删除ID为“null”的版本，请在`params`参数中添加`params['versionId']
        = “null”`，OSS将“null”字符串当成“null”的versionId，从而删除versionId为“null”的Object。
        """
        return self._call("delete_object", locals())

    def delete_object_tagging(
        self, *, bucket: str, key: str, version_id: str | None = None
    ) -> None:
        """删除指定对象（Object）的标签（Tagging）信息。 **版本控制**

        调用DeleteObjectTagging接口时，默认只能删除Object当前版本的标签信息。您可以通过指定versionId参数来删除指定Object版本的标签信息。如果Object的对应版本为删除标记（Delete
        Marker），则OSS将返回404 Not Found。
        """
        return self._call("delete_object_tagging", locals())

    def delete_public_access_block(self) -> None:
        """删除用户级别的阻止公共访问配置。"""
        return self._call("delete_public_access_block", locals())

    def delete_style(self, *, bucket: str, style_name: str) -> None:
        """删除某个Bucket下指定的图片样式。"""
        return self._call("delete_style", locals())

    def delete_user_defined_log_fields_config(self, *, bucket: str) -> None:
        """删除存储空间（Bucket）实时日志中user_defined_log_fields字段的个性化配置。"""
        return self._call("delete_user_defined_log_fields_config", locals())

    def describe_regions(
        self, *, regions: str | None = None
    ) -> DescribeRegionsResponse:
        """查询所有支持地域或者指定地域对应的Endpoint信息，包括外网Endpoint、内网Endpoint和传输加速Endpoint。
        只支持在二级域名（例如oss-cn-hangzhou.aliyuncs.com）上调用DescribeRegions接口。
        """
        return self._call("describe_regions", locals())

    def do_meta_query(
        self, *, bucket: str, body: DoMetaQueryBody | Mapping[str, Any] | None = None
    ) -> DoMetaQueryResponse:
        """通过存储空间（Bucket）的元数据索引功能，查询满足指定条件的文件（Object），并按照字段和排序方式列出文件信息。"""
        return self._call("do_meta_query", locals())

    def extend_bucket_worm(
        self,
        *,
        bucket: str,
        worm_id: str,
        body: ExtendBucketWormBody | Mapping[str, Any] | None = None,
    ) -> None:
        """延长已锁定的合规保留策略对应Bucket中Object的保留天数。
        当基于时间的合规保留策略创建后，该策略默认处于InProgress状态，且该状态的有效期为24小时。在有效期24小时内，此策略对应的Bucket数据处于保护状态。

        -
        启动合规保留策略24小时内：若此策略未提交锁定，则Bucket所有者以及授权用户可以删除此策略；若该保留策略已提交锁定，则不允许删除此策略，且无法缩短策略保护周期，仅可以延长保护周期。

        - 启动合规保留策略24小时后：若超过24小时该保留策略未提交锁定，则该策略自动失效。

        若Bucket内有文件处于保护周期内，那么您将无法删除合规保留策略，同时也无法删除Bucket。当Bucket为空时，Bucket的所有者可以删除该Bucket，从而间接删除该Bucket的保留策略。

        > 若指定用于延长Object保留天数对应的WORM ID不存在，则返回404。
        """
        return self._call("extend_bucket_worm", locals())

    def get_access_point(
        self, *, bucket: str, access_point_name: str
    ) -> GetAccessPointResponse:
        """获取接入点信息。"""
        return self._call("get_access_point", locals())

    def get_access_point_config_for_object_process(
        self, *, bucket: str, access_point_for_object_process_name: str
    ) -> GetAccessPointConfigForObjectProcessResponse:
        """获取对象FC接入点配置信息。
        阿里云账号默认拥有获取对象FC接入点配置信息的权限。如果您希望通过RAM用户或者STS的方式获取对象FC接入点配置信息，您必须拥有`oss:GetAccessPointConfigForObjectProcess`权限。
        """
        return self._call("get_access_point_config_for_object_process", locals())

    def get_access_point_for_object_process(
        self, *, bucket: str, access_point_for_object_process_name: str
    ) -> GetAccessPointForObjectProcessResponse:
        """获取对象FC接入点基础信息。
        阿里云账号默认拥有获取对象FC接入点基础信息的权限。如果您希望通过RAM用户或者STS的方式获取对象FC接入点基础信息，您必须拥有`oss:GetAccessPointForObjectProcess`权限。
        """
        return self._call("get_access_point_for_object_process", locals())

    def get_access_point_policy(
        self, *, bucket: str, access_point_name: str, stream: bool = False
    ) -> GetAccessPointPolicyResponse:
        """获取接入点策略配置。"""
        return self._call("get_access_point_policy", locals())

    def get_access_point_policy_for_object_process(
        self,
        *,
        bucket: str,
        access_point_for_object_process_name: str,
        stream: bool = False,
    ) -> GetAccessPointPolicyForObjectProcessResponse:
        """获取对象FC接入点的权限策略配置。
        阿里云账号默认拥有获取对象FC接入点权限策略配置的权限。如果您希望通过RAM用户或者STS的方式获取对象FC接入点的权限策略配置，您必须拥有`oss:GetAccessPointPolicyForObjectProcess`权限。
        """
        return self._call("get_access_point_policy_for_object_process", locals())

    def get_access_point_public_access_block(
        self, *, bucket: str, x_oss_access_point_name: str | None = None
    ) -> GetAccessPointPublicAccessBlockResponse:
        """获取指定接入点的阻止公共访问配置信息。"""
        return self._call("get_access_point_public_access_block", locals())

    def get_bucket_access_monitor(
        self, *, bucket: str
    ) -> GetBucketAccessMonitorResponse:
        """获取存储空间（Bucket）的访问追踪功能是否开启。"""
        return self._call("get_bucket_access_monitor", locals())

    def get_bucket_acl(self, *, bucket: str) -> GetBucketAclResponse:
        """获取某个存储空间（Bucket）的访问权限（ACL）。只有Bucket的拥有者才能获取Bucket的访问权限。"""
        return self._call("get_bucket_acl", locals())

    def get_bucket_archive_direct_read(
        self, *, bucket: str
    ) -> GetBucketArchiveDirectReadResponse:
        """查看Bucket是否开启归档直读。
        -
        要查看Bucket是否开启归档直读，您必须有`oss:GetBucketArchiveDirectRead`权限。具体操作，请参见[为RAM用户授权自定义的权限策略](~~199058~~)。
        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。
        """
        return self._call("get_bucket_archive_direct_read", locals())

    def get_bucket_cors(self, *, bucket: str) -> GetBucketCorsResponse:
        """获取指定存储空间（Bucket）当前的跨域资源共享CORS（Cross-Origin Resource Sharing）规则。"""
        return self._call("get_bucket_cors", locals())

    def get_bucket_data_redundancy_transition(
        self, *, bucket: str, x_oss_redundancy_transition_taskid: str
    ) -> GetBucketDataRedundancyTransitionResponse:
        """获取存储冗余转换任务。
        -
        要获取存储冗余转换任务，您必须具有oss:GetBucketDataRedundancyTransition权限。具体操作，请参见[为RAM用户授权自定义的权限策略](~~199058~~)。
        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。
        """
        return self._call("get_bucket_data_redundancy_transition", locals())

    def get_bucket_encryption(self, *, bucket: str) -> GetBucketEncryptionResponse:
        """获取存储空间（Bucket）的加密规则。
        只有Bucket的拥有者及授权的RAM用户才能获取Bucket的加密规则，否则返回403错误。有关Bucket加密的更多信息，请参见**[服务器端加密](~~31871~~)**。
        """
        return self._call("get_bucket_encryption", locals())

    def get_bucket_https_config(self, *, bucket: str) -> GetBucketHttpsConfigResponse:
        """调用GetBucketHttpsConfig接口查看Bucket的TLS版本设置。
        -
        要查看Bucket的TLS版本设置，您必须有oss:GetBucketHttpsConfig权限。具体操作，请参见[为RAM用户授权自定义的权限策略](https://help.aliyun.com/zh/oss/user-guide/common-examples-of-ram-policies#section-ucu-jv0-zip)。

        -
        每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](https://help.aliyun.com/zh/oss/user-guide/regions-and-endpoints)。
        """
        return self._call("get_bucket_https_config", locals())

    def get_bucket_info(self, *, bucket: str) -> GetBucketInfoResponse:
        """查看存储空间（Bucket）的相关信息。只有Bucket的拥有者才能查看Bucket的信息。该请求可以从任何一个OSS的Endpoint发起。"""
        return self._call("get_bucket_info", locals())

    def get_bucket_inventory(
        self, *, bucket: str, inventory_id: str
    ) -> GetBucketInventoryResponse:
        """查看某个存储空间（Bucket）中指定的清单（Inventory）任务。
        调用该请求时，请确保您有足够的权限对存储空间的清单任务进行操作。存储空间所有者默认拥有该权限，若您无该项权限，请先向存储空间所有者申请该项操作的权限。
        """
        return self._call("get_bucket_inventory", locals())

    def get_bucket_lifecycle(self, *, bucket: str) -> GetBucketLifecycleResponse:
        """查看存储空间（Bucket）的生命周期规则（Lifecycle）。只有Bucket的拥有者才有权限查看Bucket的生命周期规则。"""
        return self._call("get_bucket_lifecycle", locals())

    def get_bucket_location(self, *, bucket: str) -> GetBucketLocationResponse:
        """查看存储空间（Bucket）的位置信息。只有Bucket的拥有者才能查看Bucket的位置信息。"""
        return self._call("get_bucket_location", locals())

    def get_bucket_logging(self, *, bucket: str) -> GetBucketLoggingResponse:
        """查看存储空间（Bucket）的访问日志配置。只有Bucket的拥有者才能查看Bucket的访问日志配置。"""
        return self._call("get_bucket_logging", locals())

    def get_bucket_policy(
        self, *, bucket: str, stream: bool = False
    ) -> GetBucketPolicyResponse:
        """获取指定存储空间（Bucket）的权限策略（Policy）。
        - 向其他账号的RAM用户授权访问。

        您可以授予其他账号的RAM用户访问您的OSS资源的权限。

        - 向匿名用户授予带特定IP条件限制的访问权限。

        某些场景下，您需要向匿名用户授予带IP限制的访问策略。例如，企业内部的机密文档，只允许在企业内部访问，不允许在其他区域访问。由于企业内部人员较多，如果针对每个人配置RAM
        Policy，工作量非常大。此时，您可以基于Bucket Policy设置带IP限制的访问策略，从而高效方便地进行授权。

        有关Bucket Policy的配置详情及场景案例，请参见[使用Bucket
        Policy授权其他用户访问OSS资源](~~85111~~)。有关Policy语法，请参见[权限策略语法和结构](~~93739~~)。
        """
        return self._call("get_bucket_policy", locals())

    def get_bucket_policy_status(self, *, bucket: str) -> GetBucketPolicyStatusResponse:
        """查看当前Bucket Policy是否允许公共访问。 阿里云账号默认拥有查看当前Bucket
        Policy是否允许公共访问的权限。如果您希望通过RAM用户或者STS的方式进行查看，您必须拥有`oss:GetBucketPolicyStatus`权限。
        """
        return self._call("get_bucket_policy_status", locals())

    def get_bucket_public_access_block(
        self, *, bucket: str
    ) -> GetBucketPublicAccessBlockResponse:
        """获取存储空间绑定的阻止公共访问配置。"""
        return self._call("get_bucket_public_access_block", locals())

    def get_bucket_referer(self, *, bucket: str) -> GetBucketRefererResponse:
        """查看存储空间（Bucket）的防盗链（Referer）相关配置。"""
        return self._call("get_bucket_referer", locals())

    def get_bucket_replication(self, *, bucket: str) -> GetBucketReplicationResponse:
        """获取某个存储空间（Bucket）已设置的数据复制规则。"""
        return self._call("get_bucket_replication", locals())

    def get_bucket_replication_location(
        self, *, bucket: str
    ) -> GetBucketReplicationLocationResponse:
        """获取可复制到的目标存储空间（Bucket）所在的地域。您可以根据返回结果决定将源Bucket的数据复制到哪个地域。"""
        return self._call("get_bucket_replication_location", locals())

    def get_bucket_replication_progress(
        self, *, bucket: str, rule_id: str
    ) -> GetBucketReplicationProgressResponse:
        """获取某个存储空间（Bucket）的数据复制进度。"""
        return self._call("get_bucket_replication_progress", locals())

    def get_bucket_request_payment(
        self, *, bucket: str
    ) -> GetBucketRequestPaymentResponse:
        """获取请求者付费模式的配置信息。"""
        return self._call("get_bucket_request_payment", locals())

    def get_bucket_resource_group(
        self, *, bucket: str
    ) -> GetBucketResourceGroupResponse:
        """获取存储空间（Bucket）所属的资源组ID。"""
        return self._call("get_bucket_resource_group", locals())

    def get_bucket_stat(self, *, bucket: str) -> GetBucketStatResponse:
        """获取指定存储空间的存储容量以及文件数量。
        - 调用该接口时需要拥有oss:GetBucketStat权限。
        - 调用该接口获取的数据并非是实时数据，延时可能超过一个小时。
        -
        调用该接口获取到的存储信息的时间点不保证是最新的，即后一次调用该接口返回的LastModifiedTime字段值可能比前一次调用该接口返回的LastModifiedTime字段值小。
        """
        return self._call("get_bucket_stat", locals())

    def get_bucket_tags(self, *, bucket: str) -> GetBucketTagsResponse:
        """获取存储空间（Bucket）的标签信息。"""
        return self._call("get_bucket_tags", locals())

    def get_bucket_transfer_acceleration(
        self, *, bucket: str
    ) -> GetBucketTransferAccelerationResponse:
        """调用GetBucketTransferAcceleration接口获取目标存储空间（Bucket）的传输加速配置。
        - 只有Bucket拥有者以及被授予oss:GetBucketTransferAcceleration权限的RAM用户才能发起获取传输加速配置的请求。

        - 如果Bucket未配置过传输加速，调用该接口时不返回加速配置状态。

        有关传输加速的更多信息，请参见开发指南的[传输加速](~~131312~~)。
        """
        return self._call("get_bucket_transfer_acceleration", locals())

    def get_bucket_versioning(self, *, bucket: str) -> GetBucketVersioningResponse:
        """调用GetBucketVersioning接口获取指定Bucket的版本控制状态。"""
        return self._call("get_bucket_versioning", locals())

    def get_bucket_website(self, *, bucket: str) -> GetBucketWebsiteResponse:
        """查看存储空间（Bucket）的静态网站托管状态以及跳转规则。"""
        return self._call("get_bucket_website", locals())

    def get_bucket_worm(self, *, bucket: str) -> GetBucketWormResponse:
        """获取指定存储空间（Bucket）的合规保留策略信息。 对象存储OSS支持WORM（Write Once Read
        Many）特性，允许您以不可删除、不可篡改的方式保存和使用数据。OSS允许针对Bucket设置基于时间的合规保留策略，保护周期为1天到70年。<br>
        当合规保留策略锁定后，您可以在Bucket中上传和读取文件（Object），但是在Object的保留时间到期之前，不允许删除Object及合规保留策略。Object的保留时间到期后，才可以删除Object。

        > 若指定用来获取Bucket的合规保留策略信息对应的WORM ID不存在，则返回404。
        """
        return self._call("get_bucket_worm", locals())

    def get_cname_token(self, *, bucket: str, cname: str) -> GetCnameTokenResponse:
        """获取已创建的CnameToken。"""
        return self._call("get_cname_token", locals())

    def get_live_channel_history(
        self, *, bucket: str, channel: str
    ) -> GetLiveChannelHistoryResponse:
        """获取指定LiveChannel的推流记录。 使用GetLiveChannelHistory接口最多会返回指定LiveChannel最近的10次推流记录。"""
        return self._call("get_live_channel_history", locals())

    def get_live_channel_info(
        self, *, bucket: str, channel: str
    ) -> GetLiveChannelInfoResponse:
        """获取指定LiveChannel的配置信息。"""
        return self._call("get_live_channel_info", locals())

    def get_live_channel_stat(
        self, *, bucket: str, channel: str
    ) -> GetLiveChannelStatResponse:
        """获取指定LiveChannel的推流状态信息。"""
        return self._call("get_live_channel_stat", locals())

    def get_meta_query_status(self, *, bucket: str) -> GetMetaQueryStatusResponse:
        """获取指定存储空间（Bucket）的元数据索引库信息。"""
        return self._call("get_meta_query_status", locals())

    def get_object(
        self,
        *,
        bucket: str,
        key: str,
        response_content_type: str | None = None,
        response_content_language: str | None = None,
        response_expires: str | None = None,
        response_cache_control: str | None = None,
        response_content_disposition: str | None = None,
        response_content_encoding: str | None = None,
        range_: str | None = None,
        if_modified_since: str | None = None,
        if_unmodified_since: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        accept_encoding: str | None = None,
        version_id: str | None = None,
        stream: bool = False,
    ) -> GetObjectResponse:
        """获取某个文件（Object）。 **注意事项**

        - GetObject接口默认可通过HTTP和HTTPS两种方式访问。如果要设置仅允许通过HTTPS方式访问，请使用Bucket
        Policy的授权访问方式。具体操作，请参见[通过Bucket Policy授权用户访问指定资源](~~85111~~)。

        - 如果Object类型为归档类型，需要先完成解冻文件（RestoreObject）请求，且该请求不能超时。

        **版本控制**

        默认情况下，调用GetObject接口仅返回Object的当前版本。
        如果在查询参数中指定Object的versionId，则返回指定的Object版本。当versionId指定为null时，则返回versionId为null的Object版本。
        """
        return self._call("get_object", locals())

    def get_object_acl(
        self, *, bucket: str, key: str, version_id: str | None = None
    ) -> GetObjectAclResponse:
        """获取存储空间（Bucket）下某个文件（Object）的访问权限（ACL）。 **版本控制**

        调用GetObjectACL接口时，默认只能获取Object当前版本的ACL。您可以通过指定versionId参数来获取指定Object版本的ACL。如果Object的对应版本为删除标记（Delete
        Marker），则OSS将返回404 Not Found。

        >如果一个Object从未设置过ACL，则调用GetObjectACL时，返回的ObjectACL为default，表示该Object的ACL遵循Bucket
        ACL。即如果Bucket的访问权限是private，则该Object的访问权限也是private。
        """
        return self._call("get_object_acl", locals())

    def get_object_meta(
        self, *, bucket: str, key: str, version_id: str | None = None
    ) -> GetObjectMetaResponse:
        """获取文件（Object）的元数据信息，包括该Object的ETag、Size、LastModified信息，并且不返回该Object的内容。
        **注意事项**
        -
        文件（Object）的元数据信息包括该Object的ETag、Size、LastModified信息，且不返回该Object的内容。如果Object类型为软链接，则会返回软链接自身信息。
        -
        当Bucket未启用版本控制时，要获取文件的元数据信息，您必须有oss:GetObject权限。当Bucket已启用版本控制时，要获取文件指定版本（请求中携带了x-oss-version-id请求头）的元数据信息，您必须有oss:GetObjectVersion权限。具体操作，请参见[为RAM用户授权自定义的RAM
        Policy](~~199058~~)。

        **版本控制**

        GetObjectMeta操作默认获取Object当前版本的元数据信息。如果Object的当前版本为删除标记，则返回404 Not
        Found。请求参数中指定versionId则返回指定版本Object的元数据信息。
        """
        return self._call("get_object_meta", locals())

    def get_object_tagging(
        self, *, bucket: str, key: str, version_id: str | None = None
    ) -> GetObjectTaggingResponse:
        """获取对象（Object）的标签（Tagging）信息。 **版本控制**

        调用GetObjectTagging接口时，默认只能获取Object当前版本的标签信息。您可以通过指定versionId参数来获取指定Object版本的标签信息。如果Object的对应版本为删除标记（Delete
        Marker），则OSS将返回404 Not Found。
        """
        return self._call("get_object_tagging", locals())

    def get_public_access_block(self) -> GetPublicAccessBlockResponse:
        """获取绑定在用户级别的阻止公共访问的配置。"""
        return self._call("get_public_access_block", locals())

    def get_style(self, *, bucket: str, style_name: str) -> GetStyleResponse:
        """查询某个Bucket下指定的图片样式信息。"""
        return self._call("get_style", locals())

    def get_symlink(
        self, *, bucket: str, key: str, version_id: str | None = None
    ) -> GetSymlinkResponse:
        """获取OSS目标文件（TargetObject）的软链接。 **版本控制**

        GetSymlink接口默认获取软链接的当前版本。允许通过指定versionId来获取指定版本。如果软链接的当前版本为删除标记，OSS会返回404 Not
        Found，在响应header中返回x-oss-delete-marker = true以及版本ID :
        x-oss-version-id。删除标记没有关联数据，因此也没有软链接指向的TargetObject。
        """
        return self._call("get_symlink", locals())

    def get_user_anti_d_dos_info(self) -> GetUserAntiDDosInfoResponse:
        """查询指定账号下的高防OSS实例信息。"""
        return self._call("get_user_anti_d_dos_info", locals())

    def get_user_defined_log_fields_config(
        self, *, bucket: str
    ) -> GetUserDefinedLogFieldsConfigResponse:
        """获取存储空间（Bucket）实时日志中user_defined_log_fields字段的个性化配置。"""
        return self._call("get_user_defined_log_fields_config", locals())

    def get_vod_playlist(
        self,
        *,
        bucket: str,
        channel: str,
        end_time: str,
        start_time: str,
        stream: bool = False,
    ) -> GetVodPlaylistResponse:
        """查看指定LiveChannel在指定时间段内推流生成的播放列表。"""
        return self._call("get_vod_playlist", locals())

    def head_object(
        self,
        *,
        bucket: str,
        key: str,
        version_id: str | None = None,
        if_modified_since: str | None = None,
        if_unmodified_since: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
    ) -> HeadObjectResponse:
        """获取某个文件（Object）的元信息。
        - 使用此接口不会返回文件内容。

        - HeadObject操作默认获取Object当前版本的元信息。如果Object的当前版本为删除标记，则返回404 Not
        Found。请求参数中指定versionId则返回指定版本Object的元信息。
        """
        return self._call("head_object", locals())

    def init_bucket_anti_d_dos_info(
        self,
        *,
        bucket: str,
        defender_instance: str,
        defender_type: str,
        body: InitBucketAntiDDosInfoBody | Mapping[str, Any] | None = None,
    ) -> None:
        """初始化Bucket防护。"""
        return self._call("init_bucket_anti_d_dos_info", locals())

    def init_user_anti_d_dos_info(self) -> InitUserAntiDDosInfoResponse:
        """创建高防OSS实例。"""
        return self._call("init_user_anti_d_dos_info", locals())

    def initiate_bucket_worm(
        self,
        *,
        bucket: str,
        body: InitiateBucketWormBody | Mapping[str, Any] | None = None,
    ) -> InitiateBucketWormResponse:
        """新建一条合规保留策略。 对象存储OSS支持WORM（Write Once Read
        Many）特性，允许以不可删除、不可篡改的方式保存和使用数据。OSS允许针对存储空间（Bucket）设置基于时间的合规保留策略，保护周期为1天到70年。

        -
        当基于时间的合规保留策略创建24小时后未提交锁定，则该策略自动失效。当合规保留策略锁定后，您可以在Bucket中上传和读取文件（Object），但是在Object的保留时间到期之前，不允许删除Object及合规保留策略。Object的保留时间到期后，才可以删除Object。关于合规保留策略的更多信息，请参见[合规保留策略](~~90564~~)。

        -
        同一个Bucket中，版本控制和合规保留策略无法同时配置。如果Bucket已开启版本控制功能，则无法再配置保留策略。关于版本控制功能更多信息，请参见[版本控制介绍](~~109685~~)。
        """
        return self._call("initiate_bucket_worm", locals())

    def initiate_multipart_upload(
        self,
        *,
        bucket: str,
        key: str,
        encoding_type: str | None = None,
        forbid_overwrite: str | None = None,
        storage_class: str | None = None,
        tagging: str | None = None,
        server_side_encryption: str | None = None,
        server_side_data_encryption: str | None = None,
        server_side_encryption_key_id: str | None = None,
        cache_control: str | None = None,
        content_disposition: str | None = None,
        content_encoding: str | None = None,
        expires: str | None = None,
    ) -> InitiateMultipartUploadResponse:
        """通知OSS初始化一个Multipart Upload事件。
        - 调用接口会返回一个OSS服务器创建的全局唯一的Upload ID，用于标识本次Multipart
        Upload事件。您可以根据这个ID来发起相关的操作，例如中止Multipart Upload、查询Multipart Upload等。

        - 初始化MultipartUpload请求，并不影响已存在的同名Object。

        - 该操作计算认证签名时，需要添加`?uploads`到`CanonicalizedResource`中。
        """
        return self._call("initiate_multipart_upload", locals())

    def list_access_points(
        self, *, max_keys: int | None = None, continuation_token: str | None = None
    ) -> ListAccessPointsResponse:
        """获取用户级别或Bucket级别的接入点信息。"""
        return self._call("list_access_points", locals())

    def iter_list_access_points(
        self, *, max_keys: int | None = None, continuation_token: str | None = None
    ) -> Iterator[AccessPoint]:
        """The items of ListAccessPointsResult.AccessPoints.AccessPoint on every page
        (each page answering the markers of the next, by continuation-token), while
        ListAccessPointsResult.IsTruncated is true.

        Each page is a call of `list_access_points`; markers the service answers twice
        raise `PaginationError`.
        """
        return self._iterate("list_access_points", locals())

    def list_access_points_for_object_process(
        self, *, max_keys: int | None = None, continuation_token: str | None = None
    ) -> ListAccessPointsForObjectProcessResponse:
        """获取用户级别的对象FC接入点信息。
        阿里云账号默认拥有获取对象FC接入点信息的权限。如果您希望通过RAM用户或者STS的方式获取对象FC接入点信息，您必须拥有`oss:ListAccessPointsForObjectProcess`权限。
        """
        return self._call("list_access_points_for_object_process", locals())

    def iter_list_access_points_for_object_process(
        self, *, max_keys: int | None = None, continuation_token: str | None = None
    ) -> Iterator[AccessPointForObjectProcessItem]:
        """The items of
        ListAccessPointsForObjectProcessResult.AccessPointsForObjectProcess.AccessPointForObjectProcess
        on every page (each page answering the markers of the next, by
        continuation-token), while ListAccessPointsForObjectProcessResult.IsTruncated is
        true.

        Each page is a call of `list_access_points_for_object_process`; markers the
        service answers twice raise `PaginationError`.
        """
        return self._iterate("list_access_points_for_object_process", locals())

    def list_bucket_anti_d_dos_info(
        self, *, marker: str | None = None, max_keys: str | None = None
    ) -> ListBucketAntiDDosInfoResponse:
        """获取Bucket防护信息列表。"""
        return self._call("list_bucket_anti_d_dos_info", locals())

    def list_bucket_data_redundancy_transition(
        self, *, bucket: str
    ) -> ListBucketDataRedundancyTransitionResponse:
        """列举某个Bucket下所有的存储冗余转换任务。
        -
        要列举Bucket下所有的存储冗余转换任务，您必须具有`oss:ListBucketDataRedundancyTransition`权限。具体操作，请参见[为RAM用户授权自定义的权限策略](~~199058~~)。
        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。
        """
        return self._call("list_bucket_data_redundancy_transition", locals())

    def list_bucket_inventory(
        self, *, bucket: str, continuation_token: str | None = None
    ) -> ListBucketInventoryResponse:
        """批量获取某个存储空间（Bucket）中的所有清单（Inventory）任务。
        - 单次请求最多可获取100条清单配置项内容。若需获取超过100条清单配置项，则需发送多次请求，并保留相应的token，作为下一次请求的参数。

        - 调用该请求时，请确保您有足够的权限对存储空间的清单任务进行操作。存储空间所有者默认拥有该权限，若您无该项权限，请先向存储空间所有者申请该项操作的权限。
        """
        return self._call("list_bucket_inventory", locals())

    def iter_list_bucket_inventory(
        self, *, bucket: str, continuation_token: str | None = None
    ) -> Iterator[InventoryConfiguration]:
        """The items of ListInventoryConfigurationsResult.InventoryConfiguration on
        every page (each page answering the markers of the next, by continuation-token),
        while ListInventoryConfigurationsResult.IsTruncated is true.

        Each page is a call of `list_bucket_inventory`; markers the service answers
        twice raise `PaginationError`.
        """
        return self._iterate("list_bucket_inventory", locals())

    def list_buckets(
        self,
        *,
        prefix: str | None = None,
        marker: str | None = None,
        max_keys: int | None = None,
        resource_group_id: str | None = None,
    ) -> ListBucketsResponse:
        """列举请求者拥有的所有存储空间（Bucket）。
        - 您也可以通过设置prefix、marker或者max-keys参数列举满足指定条件的存储空间。
        - 要列举存储空间，您必须有oss:GetService
        (ListBuckets)权限。具体操作，请参见[为RAM用户授权自定义的权限策略](https://help.aliyun.com/document_detail/199058.htm?spm=a2c4g.11186623.0.0.48be7590hCA8LI#section-ucu-jv0-zip)。
        -
        调用接口时，如果所有Bucket已返回，则返回参数的XML中不包含Prefix、Marker、MaxKeys、IsTruncated和NextMarker响应元素。
        """
        return self._call("list_buckets", locals())

    def iter_list_buckets(
        self,
        *,
        prefix: str | None = None,
        marker: str | None = None,
        max_keys: int | None = None,
        resource_group_id: str | None = None,
    ) -> Iterator[Bucket]:
        """The items of ListAllMyBucketsResult.Buckets.Bucket on every page (each page
        answering the markers of the next, by marker), while
        ListAllMyBucketsResult.IsTruncated is true.

        Each page is a call of `list_buckets`; markers the service answers twice raise
        `PaginationError`.
        """
        return self._iterate("list_buckets", locals())

    def list_cname(self, *, bucket: str) -> ListCnameResponse:
        """查询某个存储空间（Bucket）下绑定的所有的自定义域名（Cname）列表。"""
        return self._call("list_cname", locals())

    def list_live_channel(
        self,
        *,
        bucket: str,
        marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
    ) -> ListLiveChannelResponse:
        """列举指定的LiveChannel。"""
        return self._call("list_live_channel", locals())

    def iter_list_live_channel(
        self,
        *,
        bucket: str,
        marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
    ) -> Iterator[LiveChannel]:
        """The items of ListLiveChannelResult.LiveChannel on every page (each page
        answering the markers of the next, by marker), while
        ListLiveChannelResult.IsTruncated is true.

        Each page is a call of `list_live_channel`; markers the service answers twice
        raise `PaginationError`.
        """
        return self._iterate("list_live_channel", locals())

    def list_multipart_uploads(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        max_uploads: int | None = None,
        key_marker: str | None = None,
        prefix: str | None = None,
        upload_id_marker: str | None = None,
        encoding_type: str | None = None,
    ) -> ListMultipartUploadsResponse:
        """列举所有执行中的Multipart Upload事件。 调用ListMultipartUploads接口列举所有执行中的Multipart
        Upload事件，即已经初始化但还未完成（Complete）或者还未中止（Abort）的Multipart Upload事件。
        """
        return self._call("list_multipart_uploads", locals())

    def iter_list_multipart_uploads(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        max_uploads: int | None = None,
        key_marker: str | None = None,
        prefix: str | None = None,
        upload_id_marker: str | None = None,
        encoding_type: str | None = None,
    ) -> Iterator[Upload]:
        """The items of ListMultipartUploadsResult.Upload on every page (each page
        answering the markers of the next, by key-marker, upload-id-marker), while
        ListMultipartUploadsResult.IsTruncated is true.

        Each page is a call of `list_multipart_uploads`; markers the service answers
        twice raise `PaginationError`.
        """
        return self._iterate("list_multipart_uploads", locals())

    def list_object_versions(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        key_marker: str | None = None,
        version_id_marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        encoding_type: str | None = None,
    ) -> ListObjectVersionsResponse:
        """列出Bucket中包括删除标记（Delete Marker）在内的所有Object的版本信息。
        - GetBucket(ListObjects)接口仅返回Object的当前版本，且当前版本不能为删除标记。
        - GetBucketVersions(ListObjectVersions)接口返回Bucket中所有Object的所有版本。

        不同Object之间按字母排序返回，同一个Object的不同版本则按从新到旧排序，与版本ID的字母序无关。
        """
        return self._call("list_object_versions", locals())

    def iter_list_object_versions(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        key_marker: str | None = None,
        version_id_marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        encoding_type: str | None = None,
    ) -> Iterator[ObjectVersion]:
        """The items of ListVersionsResult.Version on every page (each page answering
        the markers of the next, by key-marker, version-id-marker), while
        ListVersionsResult.IsTruncated is true.

        Each page is a call of `list_object_versions`; markers the service answers twice
        raise `PaginationError`.
        """
        return self._iterate("list_object_versions", locals())

    def list_objects(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        encoding_type: str | None = None,
    ) -> ListObjectsResponse:
        """列举存储空间（Bucket）中所有文件（Object）的信息。
        - GetBucket (ListObjects)接口已修订为GetBucketV2
        (ListObjectsV2)。建议您在开发应用程序时使用较新的版本GetBucketV2
        (ListObjectsV2)。为保证向后兼容性，OSS继续支持GetBucket (ListObjects)。有关GetBucketV2
        (ListObjectsV2)的更多信息，请参见[GetBucketV2 (ListObjectsV2)](~~187544~~)。

        - 执行GetBucket (ListObjects)请求时不会返回Object中自定义的元信息。
        """
        return self._call("list_objects", locals())

    def iter_list_objects(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        encoding_type: str | None = None,
    ) -> Iterator[ObjectSummary]:
        """The items of ListBucketResult.Contents on every page (each page answering the
        markers of the next, by marker), while ListBucketResult.IsTruncated is true.

        Each page is a call of `list_objects`; markers the service answers twice raise
        `PaginationError`.
        """
        return self._iterate("list_objects", locals())

    def list_objects_v2(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        encoding_type: str | None = None,
        fetch_owner: bool | None = None,
        start_after: str | None = None,
        continuation_token: str | None = None,
    ) -> ListObjectsV2Response:
        """列举存储空间（Bucket）中所有文件（Object）的信息。 执行GetBucketV2
        (ListObjectsV2)请求时不会返回Object中自定义的元信息。
        """
        return self._call("list_objects_v2", locals())

    def iter_list_objects_v2(
        self,
        *,
        bucket: str,
        delimiter: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        encoding_type: str | None = None,
        fetch_owner: bool | None = None,
        start_after: str | None = None,
        continuation_token: str | None = None,
    ) -> Iterator[ObjectSummary]:
        """The items of ListBucketResult.Contents on every page (each page answering the
        markers of the next, by continuation-token), while ListBucketResult.IsTruncated
        is true.

        Each page is a call of `list_objects_v2`; markers the service answers twice
        raise `PaginationError`.
        """
        return self._iterate("list_objects_v2", locals())

    def list_parts(
        self,
        *,
        bucket: str,
        key: str,
        upload_id: str,
        max_parts: int | None = None,
        part_number_marker: int | None = None,
        encoding_type: str | None = None,
    ) -> ListPartsResponse:
        """列举指定Upload ID所属的所有已经上传成功Part。
        - OSS的返回结果按照Part号码升序排列。

        - 由于网络传输可能出错，所以不推荐使用ListParts返回结果中的Part Number和ETag值来生成已经上传成功的Part列表。
        """
        return self._call("list_parts", locals())

    def iter_list_parts(
        self,
        *,
        bucket: str,
        key: str,
        upload_id: str,
        max_parts: int | None = None,
        part_number_marker: int | None = None,
        encoding_type: str | None = None,
    ) -> Iterator[Part]:
        """The items of ListPartsResult.Part on every page (each page answering the
        markers of the next, by part-number-marker), while ListPartsResult.IsTruncated
        is true.

        Each page is a call of `list_parts`; markers the service answers twice raise
        `PaginationError`.
        """
        return self._iterate("list_parts", locals())

    def list_style(self, *, bucket: str) -> ListStyleResponse:
        """查询某个Bucket下已创建的所有图片样式。"""
        return self._call("list_style", locals())

    def open_meta_query(self, *, bucket: str) -> None:
        """开启元数据管理功能。开启元数据管理功能后，OSS会为Bucket创建元数据索引库并为Bucket中的所有文件（Object）建立元数据索引。元数据索引库创建完成后，OSS会继续对Bucket中新增文件进行准实时的增量追踪扫描并为增量文件建立元数据索引。"""
        return self._call("open_meta_query", locals())

    def option_object(
        self,
        *,
        bucket: str,
        key: str,
        origin: str | None = None,
        access_control_request_method: str | None = None,
        access_control_request_headers: str | None = None,
    ) -> OptionObjectResponse:
        """浏览器在发送跨域请求之前会发送一个preflight请求（Options）给OSS，并带上特定的来源域、HTTP方法和header等信息，以决定是否发送真正的请求。
        Options请求是由浏览器自动根据是否跨域来决定是否发送。
        """
        return self._call("option_object", locals())

    def post_vod_playlist(
        self,
        *,
        bucket: str,
        channel: str,
        playlist: str,
        end_time: str,
        start_time: str,
    ) -> None:
        """为指定的LiveChannel生成一个点播用的播放列表。
        OSS会查询指定时间范围内由该LiveChannel推流生成的ts文件，并将其拼装为一个m3u8播放列表。
        """
        return self._call("post_vod_playlist", locals())

    def put_access_point_config_for_object_process(
        self,
        *,
        bucket: str,
        access_point_for_object_process_name: str,
        body: (
            PutAccessPointConfigForObjectProcessBody | Mapping[str, Any] | None
        ) = None,
    ) -> None:
        """修改对象FC接入点的配置。
        阿里云账号默认拥有修改对象FC接入点配置的权限。如果您希望通过RAM用户或者STS的方式修改对象FC接入点配置，您必须拥有`oss:PutAccessPointConfigForObjectProcess`权限。
        """
        return self._call("put_access_point_config_for_object_process", locals())

    def put_access_point_policy(
        self,
        *,
        bucket: str,
        access_point_name: str | None = None,
        body: str | None = None,
    ) -> None:
        """配置接入点策略。"""
        return self._call("put_access_point_policy", locals())

    def put_access_point_policy_for_object_process(
        self,
        *,
        bucket: str,
        access_point_for_object_process_name: str,
        body: str | None = None,
    ) -> None:
        """为对象FC接入点配置权限策略。
        阿里云账号默认拥有为对象FC接入点配置权限策略的权限。如果您希望通过RAM用户或者STS的方式为对象FC接入点配置权限策略，您必须拥有`oss:PutAccessPointPolicyForObjectProcess`权限。
        """
        return self._call("put_access_point_policy_for_object_process", locals())

    def put_access_point_public_access_block(
        self,
        *,
        bucket: str,
        x_oss_access_point_name: str,
        body: PutAccessPointPublicAccessBlockBody | Mapping[str, Any] | None = None,
    ) -> None:
        """修改指定接入点的阻止公共访问的配置信息。"""
        return self._call("put_access_point_public_access_block", locals())

    def put_bucket(
        self,
        *,
        bucket: str,
        acl: str | None = None,
        resource_group_id: str | None = None,
        body: PutBucketBody | Mapping[str, Any] | None = None,
    ) -> None:
        """创建一个存储空间（Bucket）。
        - 同一阿里云账号在同一地域（Region）内最多支持创建100个Bucket。
        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。
        """
        return self._call("put_bucket", locals())

    def put_bucket_access_monitor(
        self,
        *,
        bucket: str,
        body: PutBucketAccessMonitorBody | Mapping[str, Any] | None = None,
    ) -> None:
        """修改存储空间（Bucket）的访问追踪状态。"""
        return self._call("put_bucket_access_monitor", locals())

    def put_bucket_acl(self, *, bucket: str, acl: str) -> None:
        """设置或修改存储空间（Bucket）的访问权限（ACL）。
        - 请求者需要对Bucket拥有写入ACL的权限`oss:PutBucketAcl`。

        - PutBucketAcl为覆盖语义，即新传入的ACL将覆盖原有的ACL。

        - 如果指定要设置ACL的Bucket不存在，调用该接口时将新建Bucket。
        """
        return self._call("put_bucket_acl", locals())

    def put_bucket_archive_direct_read(
        self,
        *,
        bucket: str,
        body: PutBucketArchiveDirectReadBody | Mapping[str, Any] | None = None,
    ) -> None:
        """为Bucket开启或关闭归档直读。
        -
        要为Bucket开启归档直读，您必须有`oss:PutBucketArchiveDirectRead`权限。具体操作，请参见[为RAM用户授权自定义的权限策略](~~199058~~)。

        - 每个地域都有对应的访问域名（Endpoint）。关于地域与访问域名对应关系的更多信息，请参见[访问域名和数据中心](~~31837~~)。

        -
        开启归档直读后，直接读取归档存储类型的文件，会产生归档直读数据取回容量（RetrievalDataArchiveDirect）费用。对于已经解冻的归档存储类型的文件，不会产生归档直读数据取回容量费用。详情请参见[数据处理费用](~~173537~~)。
        """
        return self._call("put_bucket_archive_direct_read", locals())

    def put_bucket_cors(
        self, *, bucket: str, body: PutBucketCorsBody | Mapping[str, Any] | None = None
    ) -> None:
        """设置指定存储空间（Bucket）的跨域资源共享CORS（Cross-Origin Resource Sharing）规则。
        - 默认不开启CORS <br>Bucket默认不开启CORS功能，所有跨域请求的Origin都不被允许。

        - 覆盖语义 <br>PutBucketCors为覆盖语义，即新配置的CORS规则将覆盖已有的CORS规则。

        - 应用程序中使用CORS <br>在应用程序中使用CORS功能时，需通过PutBucketCors接口手动上传CORS规则来开启CORS功能。
        <br>例如从`example.com`通过浏览器的`XMLHttpRequest`功能来访问OSS，需要通过本接口手动上传CORS规则，且CORS规则需由XML文档进行描述。

        - CORS规则匹配
        <br>当OSS收到一个跨域请求或OPTIONS请求，会先读取Bucket对应的CORS规则，然后进行相应的权限检查。OSS会依次检查每一条规则，使用第一条匹配的规则来允许请求并返回对应的Header。如果所有规则都匹配失败，则不附加任何CORS相关的Header。
        <br>CORS规则匹配成功必须满足以下三个条件：
        - 请求的Origin必须匹配一个`AllowedOrigin`项。

        -
        请求的方法（例如GET、PUT等）或者OPTIONS请求的`Access-Control-Request-Method`头对应的方法必须匹配一个`AllowedMethod`项。

        - OPTIONS请求的`Access-Control-Request-Headers`头包含的每个header都必须匹配一个`AllowedHeader`项。
        """
        return self._call("put_bucket_cors", locals())

    def put_bucket_encryption(
        self,
        *,
        bucket: str,
        body: PutBucketEncryptionBody | Mapping[str, Any] | None = None,
    ) -> None:
        """配置存储空间（Bucket）的加密规则。
        只有Bucket的拥有者及授权的RAM用户才能为Bucket设置加密规则，否则返回403错误。有关Bucket加密的更多信息，请参见[服务器端加密](~~31871~~)。
        """
        return self._call("put_bucket_encryption", locals())

    def put_bucket_https_config(
        self,
        *,
        bucket: str,
        body: PutBucketHttpsConfigBody | Mapping[str, Any] | None = None,
    ) -> None:
        """调用PutBucketHttpsConfig接口为Bucket开启或关闭TLS版本设置。"""
        return self._call("put_bucket_https_config", locals())

    def put_bucket_inventory(
        self,
        *,
        bucket: str,
        inventory_id: str,
        body: PutBucketInventoryBody | Mapping[str, Any] | None = None,
    ) -> None:
        """为指定存储空间（Bucket）配置清单（Inventory）规则。
        - 只有Bucket的拥有者以及被授予PutBucketInventory权限的用户才能发起配置清单规则的请求。

        -
        配置清单规则前需生成一个RAM角色，该角色需要拥有读取源Bucket所有文件和向目标Bucket写入文件的权限。首次使用清单功能时，建议您通过OSS控制台进行配置。清单规则配置完成后，您可以获取拥有所有权限的RAM角色。有关配置清单规则中RAM角色的权限说明，请参见[存储空间清单](~~163489~~)。

        - 单个Bucket最多只能配置1000条清单规则。

        - 配置清单的源Bucket与存放清单文件的目标Bucket必须位于同一个Region。
        """
        return self._call("put_bucket_inventory", locals())

    def put_bucket_lifecycle(
        self,
        *,
        bucket: str,
        allow_same_action_overlap: str | None = None,
        body: PutBucketLifecycleBody | Mapping[str, Any] | None = None,
    ) -> None:
        """调用PutBucketLifecycle接口设置存储空间（Bucket）的生命周期规则。生命周期规则开启后，OSS将按照配置规则指定的时间，自动转换与规则相匹配的文件（Object）的存储类型或将其删除。
        - 只有Bucket的拥有者以及被授予PutBucketLifecycle权限的RAM用户才能发起配置生命周期规则的请求。

        - 如果Bucket此前没有设置过生命周期规则，此操作会创建一个新的生命周期规则；如果Bucket此前设置过生命周期规则，此操作会覆写先前的规则配置。

        -
        PutBucketLifecycle是覆盖语义。当您需要追加生命周期规则时，请先调用GetBucketLifecycle接口获取当前生命周期规则配置，然后追加新的生命周期规则配置，最后调用PutBucketLifecycle接口更新生命周期规则配置。

        - PutBucketLifecycle操作可以对Object以及Part（以分片方式上传，但最后未提交的分片）设置过期时间。
        """
        return self._call("put_bucket_lifecycle", locals())

    def put_bucket_logging(
        self,
        *,
        bucket: str,
        body: PutBucketLoggingBody | Mapping[str, Any] | None = None,
    ) -> None:
        """为存储空间（Bucket）开启日志转存功能，可将OSS的访问日志按照固定命名规则，以小时为单位生成日志文件写入您指定的Bucket。
        - 生成日志的源Bucket和存储日志的目标Bucket可以相同也可以不同，但是必须属于同一账号下的相同地域。

        - 日志文件以小时为单位生成，但并不表示某个时段的日志文件记录了该时段的所有请求，部分请求可能会出现在上一时段或下一时段的日志文件中。
        日志文件命名规则及日志格式说明，请参见[日志转存](~~31868~~)。

        - 在您关闭日志转存功能前，OSS的日志文件会一直生成。请及时清理不再需要的日志文件，以减少您的存储费用。
        您可以通过生命周期规则定期删除日志文件。更多信息，请参见[生命周期规则介绍](~~31863~~)。

        - OSS会根据需求在日志的尾部添加一些字段，请您在开发日志处理工具时考虑兼容性的问题。
        """
        return self._call("put_bucket_logging", locals())

    def put_bucket_policy(self, *, bucket: str, body: str) -> None:
        """为指定的存储空间（Bucket）设置授权策略（Policy)。
        - 向其他账号的RAM用户授权访问。

        您可以授予其他账号的RAM用户访问您的OSS资源的权限。

        - 向匿名用户授予带特定IP条件限制的访问权限。

        某些场景下，您需要向匿名用户授予带IP限制的访问策略。例如，企业内部的机密文档，只允许在企业内部访问，不允许在其他区域访问。由于企业内部人员较多，如果针对每个人配置RAM
        Policy，工作量非常大。此时，您可以基于Bucket Policy设置带IP限制的访问策略，从而高效方便地进行授权。

        有关Bucket Policy的配置详情及场景案例，请参见[使用Bucket
        Policy授权其他用户访问OSS资源](~~85111~~)。有关Policy语法，请参见[权限策略语法和结构](~~93739~~)。
        """
        return self._call("put_bucket_policy", locals())

    def put_bucket_public_access_block(
        self,
        *,
        bucket: str,
        body: PutBucketPublicAccessBlockBody | Mapping[str, Any] | None = None,
    ) -> None:
        """获取绑定在存储空间上的阻止公共访问的配置信息。"""
        return self._call("put_bucket_public_access_block", locals())

    def put_bucket_referer(
        self,
        *,
        bucket: str,
        body: PutBucketRefererBody | Mapping[str, Any] | None = None,
    ) -> None:
        """设置存储空间（Bucket）级别的防盗链（Referer）访问白名单，支持设置是否允许Referer字段为空以及是否允许截断QueryString的请求访问OSS。"""
        return self._call("put_bucket_referer", locals())

    def put_bucket_replication(
        self,
        *,
        bucket: str,
        body: PutBucketReplicationBody | Mapping[str, Any] | None = None,
    ) -> PutBucketReplicationResponse:
        """为存储空间（Bucket）指定数据复制规则。OSS支持跨区域复制（Cross-Region Replication）和同区域复制（Same-Region
        Replication）。
        数据复制是以异步（近实时）方式将源Bucket中的文件（Object）以及对Object的创建、更新和删除等操作自动复制到目标Bucket。使用数据复制时，有如下注意事项：

        - 数据复制采用异步复制，数据复制到目标Bucket需要一定的时间，通常几分钟到几小时不等，具体取决于数据的大小。

        - 源Bucket与目标Bucket的名称不能相同。

        - 使用跨区域复制时，源Bucket与目标Bucket必须处于不同的数据中心；使用同地域复制时，源Bucket与目标Bucket必须处于相同的数据中心。

        关于数据复制的更多信息，请分别参见[跨区域复制介绍](https://help.aliyun.com/document_detail/31864.htm?spm=a2c4g.11186623.0.0.32af6265m8tpXg#concept-zjp-31z-5db)和[同区域复制介绍](https://help.aliyun.com/document_detail/254865.htm?spm=a2c4g.11186623.0.0.32af6265m8tpXg#concept-2067125)。
        """
        return self._call("put_bucket_replication", locals())

    def put_bucket_request_payment(
        self,
        *,
        bucket: str,
        body: PutBucketRequestPaymentBody | Mapping[str, Any] | None = None,
    ) -> None:
        """设置某个存储空间（Bucket）的请求者付费模式。
        -
        不允许匿名访问：如果您在Bucket上启用了请求者付费模式，则不允许匿名访问该Bucket。请求方必须提供身份验证信息，以便OSS能够识别请求方，从而对请求方而非Bucket拥有者收取请求所产生的费用。
        当请求者是通过扮演阿里云RAM角色来请求数据时，该角色所属的账户将为此请求付费。

        -
        申请方需携带x-oss-request-payer信息：如果您在Bucket上启用了请求者付费模式，请求方必须在其请求中包含x-oss-request-payer:requester（在POST、GET和HEAD请求的Header信息中），以表明请求方已知悉请求和数据下载将产生费用。否则，请求方无法通过验证。
        数据拥有者访问该Bucket时，可以不携带x-oss-request-payer请求头。数据拥有者作为请求者访问该Bucket时，请求产生的费用由数据拥有者（也是请求者）来支付。
        """
        return self._call("put_bucket_request_payment", locals())

    def put_bucket_resource_group(
        self,
        *,
        bucket: str,
        body: PutBucketResourceGroupBody | Mapping[str, Any] | None = None,
    ) -> None:
        """修改存储空间（Bucket）所属的资源组ID。"""
        return self._call("put_bucket_resource_group", locals())

    def put_bucket_rtc(
        self, *, bucket: str, body: PutBucketRtcBody | Mapping[str, Any] | None = None
    ) -> None:
        """为已有的跨区域复制规则开启或关闭数据复制时间控制（RTC）功能。"""
        return self._call("put_bucket_rtc", locals())

    def put_bucket_tags(
        self, *, bucket: str, body: PutBucketTagsBody | Mapping[str, Any] | None = None
    ) -> None:
        """给某个存储空间（Bucket）添加或修改标签。
        - 只有Bucket的拥有者及授权RAM账户才能为Bucket设置用户标签，否则返回403 Forbidden错误，错误码为AccessDenied。

        - 最多可设置20对Bucket用户标签（Key-Value对）。

        - PutBucketTags是覆盖语义，即新添加的标签会完全覆盖已有的标签。
        """
        return self._call("put_bucket_tags", locals())

    def put_bucket_transfer_acceleration(
        self,
        *,
        bucket: str,
        body: PutBucketTransferAccelerationBody | Mapping[str, Any] | None = None,
    ) -> None:
        """调用PutBucketTransferAcceleration接口为存储空间（Bucket）配置传输加速。开启传输加速后，可提升全球各地用户对OSS的访问速度，适用于远距离数据传输、GB或TB级大文件上传和下载的场景。
        - 只有Bucket拥有者以及被授予oss:PutBucketTransferAcceleration权限的RAM用户才能发起配置传输加速的请求。

        - 开启传输加速后，Bucket会在保留默认Endpoint的基础上新增传输加速域名，但必须使用OSS的传输加速域名才会提升访问速度。

        - 使用传输加速域名访问Bucket时，OSS会收取传输加速费用。详情请参见[传输加速费用](~~173539~~)。

        有关传输加速的更多信息，请参见开发指南的[传输加速](~~131312~~)。
        """
        return self._call("put_bucket_transfer_acceleration", locals())

    def put_bucket_versioning(
        self,
        *,
        bucket: str,
        body: PutBucketVersioningBody | Mapping[str, Any] | None = None,
    ) -> None:
        """设置指定存储空间（Bucket）的版本控制状态。
        - 要配置版本控制，您必须有PutBucketVersioning权限。

        - Bucket包括未开启、开启（Enabled）或者暂停（Suspended）三种版本控制状态。默认情况下Bucket处于未开启版本控制状态。

        - 在Bucket处于开启版本控制状态下，所有新添加的文件（Object）都将拥有唯一的版本ID，OSS将累积所添加Object的多个版本。

        - 在Bucket处于暂停版本控制状态下，所有新添加Object的版本ID将为null，且OSS将不再为此状态下添加的Object累积更多的版本。

        关于版本控制的更多信息，请参见[版本控制介绍](~~109695~~)。
        """
        return self._call("put_bucket_versioning", locals())

    def put_bucket_website(
        self,
        *,
        bucket: str,
        body: PutBucketWebsiteBody | Mapping[str, Any] | None = None,
    ) -> None:
        """将存储空间（Bucket）设置为静态网站托管模式并设置跳转规则（RoutingRule）。
        -
        功能支持：此接口主要用于设置默认主页、默认404页和RoutingRule。RoutingRule用来指定3xx跳转规则以及镜像回源规则。其中镜像回源支持公共云和金融云。

        - 使用自有域名访问静态网站：如果要使用自有域名来访问基于Bucket的静态网站，您可以通过域名CNAME来实现。具体操作，请参见绑定自定义域名。

        -
        索引页面和错误页面：将一个Bucket设置为静态网站托管模式时，如果指定了索引页面或错误页面，则指定的索引页面和错误页面为该Bucket内的某个Object。

        -
        对静态网站根域名的匿名访问：将一个Bucket设置为静态网站托管模式后，对静态网站根域名的匿名访问，OSS将返回索引页面。对静态网站根域名的签名访问，OSS将返回GetBucket(ListObjects)的结果。
        """
        return self._call("put_bucket_website", locals())

    def put_cname(
        self, *, bucket: str, body: PutCnameBody | Mapping[str, Any] | None = None
    ) -> None:
        """为某个存储空间（Bucket）绑定自定义域名。"""
        return self._call("put_cname", locals())

    def put_live_channel(
        self,
        *,
        bucket: str,
        channel: str,
        body: PutLiveChannelBody | Mapping[str, Any] | None = None,
    ) -> PutLiveChannelResponse:
        """通过RTMP协议上传音视频数据前，必须先创建一个LiveChannel。
        通过RTMP协议上传音视频数据前，必须先调用该接口创建一个LiveChannel。调用该接口会返回RTMP推流地址，以及对应的播放地址。
        <br>您可以使用返回的地址进行推流、播放，您还可以根据该LiveChannel的名称来发起相关的操作，如查询推流状态、查询推流记录、禁止推流等。
        """
        return self._call("put_live_channel", locals())

    def put_live_channel_status(
        self, *, bucket: str, channel: str, status: str
    ) -> None:
        """切换LiveChannel启用（enabled）和禁用（disabled）两种状态。
        -
        LiveChannel处于disabled状态时，OSS会禁止您向该LiveChannel进行推流操作。如果您正在向该LiveChannel推流，那么推流的客户端会被强制断开（会有10s左右的延迟）。
        - 当没有客户端向该LiveChannel推流时，调用PutLiveChannelStatus重新创建LiveChannel也可以达到修改Status的目的。
        -
        当有客户端向该LiveChannel推流时，只能将LiveChannel的状态修改为disabled，无法调用PutLiveChannelStatus重新创建LiveChannel。
        """
        return self._call("put_live_channel_status", locals())

    def put_object(
        self,
        *,
        bucket: str,
        key: str,
        forbid_overwrite: bool | None = None,
        server_side_encryption: str | None = None,
        server_side_data_encryption: str | None = None,
        server_side_encryption_key_id: str | None = None,
        object_acl: str | None = None,
        storage_class: str | None = None,
        tagging: str | None = None,
        metadata: Mapping[str, str] | None = None,
        body: bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | None = None,
    ) -> PutObjectResponse:
        """上传文件（Object）。 **注意事项**

        - 添加的Object大小不能超过5 GB。

        - 默认情况下，如果已存在同名Object且对该Object有访问权限，则新添加的Object将覆盖原有的Object，并返回200 OK。

        - OSS没有文件夹的概念，所有资源都是以文件来存储，但您可以通过创建一个以正斜线（/）结尾，大小为0的Object来创建模拟文件夹。

        **版本控制**

        - 在已开启版本控制的Bucket中，OSS会为新添加的Object自动生成唯一的版本ID，并在响应Header中通过x-oss-version-id形式返回。
        - 在暂停了版本控制的Bucket中，新添加的Object的版本ID为null。OSS会保证同一个Object仅有一个null的版本ID。
        """
        return self._call("put_object", locals())

    def put_object_acl(
        self, *, bucket: str, key: str, object_acl: str, version_id: str | None = None
    ) -> PutObjectAclResponse:
        """修改文件（Object）的访问权限（ACL）。 **注意事项**

        此操作只有Bucket Owner有权限执行，且需对Object有读写权限。

        **版本控制**

        调用PutObjectACL接口时，默认只能设置Object当前版本的ACL。您可以通过指定versionId参数来设置指定Object版本的ACL。如果Object的对应版本为删除标记（Delete
        Marker），则OSS将返回404 Not Found。

        **ACL说明**

        PutObjectACL接口通过Put请求中的`x-oss-object-acl`头来设置Object ACL。目前Object包括如下四种访问权限。

        - private：Object是私有资源。只有该Object的Owner拥有该Object的读写权限，其他用户没有权限操作该Object。
        - public-read：Object是公共读资源。Object Owner拥有该Object的读写权限。非Object
        Owner只有该Object的读权限。
        - public-read-write：Object是公共读写资源。所有用户拥有对该Object的读写权限。
        - default：Object遵循其所在Bucket的读写权限，即Bucket是什么权限，Object就是什么权限。

        >**注意**
        - Object ACL优先级高于Bucket ACL。例如Bucket ACL是private的，而Object
        ACL是public-read-write的，则所有用户都拥有该Object的访问权限，即使该Bucket是私有Bucket。如果某个Object未设置过ACL，则访问权限遵循Bucket
        ACL。
        -
        Object的读操作包括GetObject、HeadObject、CopyObject和UploadPartCopy中的对原Object的读；Object的写操作包括PutObject、PostObject、AppendObject、DeleteObject、DeleteMultipleObjects、CompleteMultipartUpload以及CopyObject对新Object的写。
        - 您还可以在进行Object的写操作时，在请求头中带上x-oss-object-acl来设置Object
        ACL，效果与PutObjectACL等同。例如PutObject时在请求头中带上x-oss-object-acl可以在上传一个Object的同时设置此Object的ACL。
        """
        return self._call("put_object_acl", locals())

    def put_object_tagging(
        self,
        *,
        bucket: str,
        key: str,
        version_id: str | None = None,
        body: PutObjectTaggingBody | Mapping[str, Any] | None = None,
    ) -> PutObjectTaggingResponse:
        """设置或更新对象（Object）的标签（Tagging）信息。 **注意事项**

        - 对象标签使用一组键值对（Key-Value）标记对象。
        - 单个Object最多能设置10个标签，Key不能重复。
        - 每个Key长度不能超过128字符，每个Value长度不能超过256字符。
        - Key和Value区分大小写。
        - 标签的合法字符集包括大小写字母、数字、空格和以下符号： +‑=._:/ 通过HTTP
        Header的方式设置标签且标签中包含任意字符时，您需要对标签的Key和Value进行URL编码。
        - 更改标签信息不会更新Object的Last‑Modified时间。

        关于对象标签的更多信息，请参见[对象标签](~~106678~~)。

        **版本控制**

        调用PutObjectTagging接口时，默认设置Object当前版本的标签信息。您可以通过指定versionId参数来设置指定Object版本的标签信息。如果Object的对应版本为删除标记（Delete
        Marker），则OSS将返回404 Not Found。
        """
        return self._call("put_object_tagging", locals())

    def put_public_access_block(
        self, *, body: PutPublicAccessBlockBody | Mapping[str, Any] | None = None
    ) -> None:
        """修改OSS全局阻止公共访问的配置信息。"""
        return self._call("put_public_access_block", locals())

    def put_style(
        self,
        *,
        bucket: str,
        style_name: str,
        category: str | None = None,
        body: PutStyleBody | Mapping[str, Any] | None = None,
    ) -> None:
        """新增图片样式。一个图片样式中可以包含单个或多个图片处理参数。"""
        return self._call("put_style", locals())

    def put_symlink(
        self,
        *,
        bucket: str,
        key: str,
        symlink_target: str,
        object_acl: str | None = None,
        storage_class: str | None = None,
        forbid_overwrite: str | None = None,
    ) -> PutSymlinkResponse:
        """为OSS的目标文件（TargetObject）创建软链接（Symlink）。 **注意事项**

        - 使用PutSymlink接口创建软链接时不会检查目标文件是否存在、目标文件类型是否合法以及目标文件是否有访问权限。
        - Symlink自身的访问权限（ACL）以及目标文件的ACL检查仅会在GetObject等需要访问目标文件的API中进行。
        - 使用PutSymlink接口时，携带以x-oss-meta-为前缀的参数，则被视为user
        meta，例如x-oss-meta-location。一个Object可以有多个类似的参数，但所有的user meta总大小不能超过8 KB。
        - 默认情况下，如果试图添加的文件已经存在，并且有访问权限，则新添加的文件将覆盖原来的文件，成功添加后将返回200 OK。

        **版本控制**

        您可以通过TargetObject创建的软链接指向TargetObject的当前版本。
        软链接本身也可以有多个版本，每个不同的版本可以指向不同的TargetObject，版本ID由OSS自动生成，在响应Header中返回x-oss-version-id。
        """
        return self._call("put_symlink", locals())

    def put_user_defined_log_fields_config(
        self,
        *,
        bucket: str,
        body: PutUserDefinedLogFieldsConfigBody | Mapping[str, Any] | None = None,
    ) -> None:
        """为存储空间（Bucket）实时日志中的user_defined_log_fields字段进行个性化配置。您可以将OSS请求中用户关心的请求头或查询参数信息记录到该字段中去以便后续分析请求。
        -
        本功能将相关信息统一编码后填入固定字段user_defined_log_fields中。user_defined_log_fields字段的值是一个JSON文本Base64编码后的值，这个JSON文本默认有一个字段为“truncated”用于表示是否有截断发生，另外有两个字段“headers”和“querys”分别对应用户配置的请求头和查询参数信息。

        - 自定义请求头个数和查询参数的个数之和不能超过6。

        - 自定义请求头及查询参数的key、value长度总和不能超过1024字节，超过部分会被截断。

        - 请求头不支持下划线（_），可以使用短划线（-）替代。查询参数支持下划线（_）。

        - 请求头需要遵从HTTP协议的规定。必须是可打印的ASCII字符，即字符33到字符126，支持小数点（.），不支持冒号（：）。
        """
        return self._call("put_user_defined_log_fields_config", locals())

    def restore_object(
        self,
        *,
        bucket: str,
        key: str,
        version_id: str | None = None,
        body: RestoreObjectBody | Mapping[str, Any] | None = None,
    ) -> RestoreObjectResponse:
        """解冻归档类型（Archive）或冷归档（Cold Archive）的文件（Object）。 **版本控制**

        Object的各个版本可以对应不同的存储类型。调用RestoreObject接口默认解冻Object当前版本，您可以通过指定versionId的方式来解冻Object指定版本。

        >- RestoreObject接口只针对归档或冷归档类型的Object，不适用于标准类型和低频访问类型的Object。
        - 如果针对该Object第一次调用RestoreObject接口，则返回202。
        - 如果已经成功调用过RestoreObject接口，且Object已完成解冻，再次调用时返回200 OK。

        **解冻过程说明**

        对于归档类型或者冷归档类型的Object，如果需要读取Object，请提前解冻。归档类型的Object解冻有分钟级延迟，冷归档类型的Object解冻有数小时延迟。

        归档类型或者冷归档类型的Object在执行解冻前后的状态变换过程如下：

        1、 Object初始时处于冷冻状态。

        2、提交一次解冻请求后，Object处于解冻中状态。

        3、服务端完成解冻任务后，Object进入解冻状态，此时您可以读取Object。
        -
        对于归档类型的Object，解冻状态默认持续24小时，24小时内再次调用RestoreObject接口则解冻状态会自动延长24小时，一次解冻流程内可有效调用7次RestoreObject接口达到最长7天的解冻持续时间。您也可以通过传入解冻天数，一次调用RestoreObject接口指定最长7天的解冻持续时间。
        - 对于冷归档类型的Object，您可以指定解冻天数和解冻优先级，解冻天数最短为1天，最长为7天。不同解冻优先级的首字节取回时间如下：

        - 高优先级（Expedited）：表示1小时内完成解冻。
        - 标准（Standard）：表示2~5小时内完成解冻。如果不传入JobParameters节点，则默认为Standard。
        - 批量（Bulk）：表示5~12小时内完成解冻。

        4、解冻状态结束后，Object再次返回到冷冻状态。

        **计费说明**

        状态变换过程中产生的相关费用如下：
        - 对处于冷冻状态的Object执行解冻操作，会产生数据取回费用。
        - 解冻状态最多延长7天。在此期间不再重复收取数据取回费用。
        - 解冻状态结束后，Object又回到冷冻状态，再次执行解冻操作会收取数据取回费用。
        """
        return self._call("restore_object", locals())

    def select_object(
        self,
        *,
        bucket: str,
        key: str,
        body: SelectObjectBody | Mapping[str, Any],
        stream: bool = False,
    ) -> SelectObjectResponse:
        """对目标文件执行SQL语句，返回执行结果。
        - 此操作要求您对该Object有读权限。
        - 正确执行时，该API返回206。如果SQL语句不正确，或者和文件不匹配，则会返回400错误。
        - 关于SelectObject的功能介绍请参见[使用SelectObject查询文件](~~106082~~)。
        """
        return self._call("select_object", locals())

    def update_bucket_anti_d_dos_info(
        self,
        *,
        bucket: str,
        defender_instance: str,
        defender_status: str,
        body: UpdateBucketAntiDDosInfoBody | Mapping[str, Any] | None = None,
    ) -> None:
        """更新Bucket防护状态。"""
        return self._call("update_bucket_anti_d_dos_info", locals())

    def update_user_anti_d_dos_info(
        self, *, defender_instance: str, defender_status: str
    ) -> None:
        """更改高防OSS实例状态。"""
        return self._call("update_user_anti_d_dos_info", locals())

    def upload_part(
        self,
        *,
        bucket: str,
        key: str,
        part_number: int,
        upload_id: str,
        body: bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | None = None,
    ) -> UploadPartResponse:
        """根据指定的Object名和uploadId来分块（Part）上传数据。
        - 调用UploadPart接口上传Part数据前，必须先调用InitiateMultipartUpload接口来获取OSS服务器生成的uploadId。

        - 如果使用同一个partNumber上传了新的数据，则OSS上已有的partNumber对应的Part数据将被覆盖。

        - OSS会将服务器端收到Part数据的MD5值放在ETag头返回给用户。

        -
        如果调用InitiateMultipartUpload接口时，指定了x-oss-server-side-encryption请求头，则会对上传的Part进行加密编码，并在UploadPart响应头中返回x-oss-server-side-encryption头，其值表明该Part的服务器端加密算法。更多信息，请参见[InitiateMultipartUpload](~~31992~~)。
        """
        return self._call("upload_part", locals())

    def upload_part_copy(
        self,
        *,
        bucket: str,
        key: str,
        copy_source: str,
        part_number: int,
        upload_id: str,
        copy_source_range: str | None = None,
        copy_source_if_match: str | None = None,
        copy_source_if_none_match: str | None = None,
        copy_source_if_unmodified_since: str | None = None,
        copy_source_if_modified_since: str | None = None,
    ) -> UploadPartCopyResponse:
        """从一个已存在的Object中拷贝数据来上传一个Part。
        该接口为通过在UploadPart请求的基础上增加一个请求头x-oss-copy-source来调用UploadPartCopy接口，实现从一个已存在的Object中拷贝数据来上传一个Part。

        **注意事项** <br>当拷贝一个大于1 GB的文件时，必须使用UploadPartCopy的方式进行拷贝。如果想通过单个操作拷贝小于1
        GB的文件，请参见[CopyObject](https://help.aliyun.com/document_detail/31979.htm?spm=a2c4g.11186623.0.0.49aa29d6oRCP8o#t4696.html)。
        <br>使用UploadPartCopy接口时，有如下注意事项：

        - 不允许拷贝以AppendObject方式上传的Object。

        - 执行UploadPartCopy的源Bucket地址和目标Bucket地址必须是同一个Region。

        - 调用该接口上传Part数据前，必须先调用InitiateMultipartUpload接口来获取一个OSS服务器颁发的Upload ID。

        -
        若调用InitiateMultipartUpload接口时，指定了x-oss-server-side-encryption请求头，则会对上传的Part进行加密编码，并在UploadPart响应头中返回x-oss-server-side-encryption头，其值表明该Part的服务器端加密算法，详情请参见[InitiateMultipartUpload](~~31992~~)。

        - MultipartUpload要求除最后一个Part以外，其他的Part大小都要大于100
        KB。因不确定是否为最后一个Part，UploadPart接口并不会立即校验上传Part的大小，只有当CompleteMultipartUpload的时候才会校验。

        **版本控制**

        UploadPartCopy默认从一个已存在的Object的当前版本中拷贝数据来上传一个Part。允许通过在请求头x-oss-copy-source中附带versionId的子条件，实现从Object的指定版本进行拷贝，例如x-oss-copy-source
        : /SourceBucketName/SourceObjectName?versionId=111111。
        >SourceObjectName要进行URL编码。响应中将会返回被拷贝Object的versionId：x-oss-copy-source-version-id。

        如果未指定versionId且拷贝Object的当前版本为删除标记（Delete Marker），OSS将返回404 Not
        Found。通过指定versionId来拷贝删除标记时，OSS将返回400 Bad Request。
        """
        return self._call("upload_part_copy", locals())
