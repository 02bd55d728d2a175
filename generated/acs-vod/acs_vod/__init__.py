"""ApsaraVideo VOD (API version 2017-03-21): typed client."""

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
    from .models.add_ai_template import AddAITemplateRequest, AddAITemplateResponse
    from .models.add_category import AddCategoryRequest, AddCategoryResponse
    from .models.add_editing_project import (
        AddEditingProjectRequest,
        AddEditingProjectResponse,
    )
    from .models.add_editing_project_materials import (
        AddEditingProjectMaterialsRequest,
        AddEditingProjectMaterialsResponse,
    )
    from .models.add_transcode_template_group import (
        AddTranscodeTemplateGroupRequest,
        AddTranscodeTemplateGroupResponse,
    )
    from .models.add_vod_domain import AddVodDomainRequest, AddVodDomainResponse
    from .models.add_vod_storage_for_app import (
        AddVodStorageForAppRequest,
        AddVodStorageForAppResponse,
    )
    from .models.add_vod_template import AddVodTemplateRequest, AddVodTemplateResponse
    from .models.add_watermark import AddWatermarkRequest, AddWatermarkResponse
    from .models.attach_app_policy_to_identity import (
        AttachAppPolicyToIdentityRequest,
        AttachAppPolicyToIdentityResponse,
    )
    from .models.batch_set_vod_domain_configs import (
        BatchSetVodDomainConfigsRequest,
        BatchSetVodDomainConfigsResponse,
    )
    from .models.batch_start_vod_domain import (
        BatchStartVodDomainRequest,
        BatchStartVodDomainResponse,
    )
    from .models.batch_stop_vod_domain import (
        BatchStopVodDomainRequest,
        BatchStopVodDomainResponse,
    )
    from .models.cancel_url_upload_jobs import (
        CancelUrlUploadJobsRequest,
        CancelUrlUploadJobsResponse,
    )
    from .models.create_app_info import CreateAppInfoRequest, CreateAppInfoResponse
    from .models.create_audit import CreateAuditRequest, CreateAuditResponse
    from .models.create_upload_attached_media import (
        CreateUploadAttachedMediaRequest,
        CreateUploadAttachedMediaResponse,
    )
    from .models.create_upload_image import (
        CreateUploadImageRequest,
        CreateUploadImageResponse,
    )
    from .models.create_upload_video import (
        CreateUploadVideoRequest,
        CreateUploadVideoResponse,
    )
    from .models.decrypt_kms_data_key import (
        DecryptKMSDataKeyRequest,
        DecryptKMSDataKeyResponse,
    )
    from .models.delete_ai_image_infos import (
        DeleteAIImageInfosRequest,
        DeleteAIImageInfosResponse,
    )
    from .models.delete_ai_template import (
        DeleteAITemplateRequest,
        DeleteAITemplateResponse,
    )
    from .models.delete_app_info import DeleteAppInfoRequest, DeleteAppInfoResponse
    from .models.delete_attached_media import (
        DeleteAttachedMediaRequest,
        DeleteAttachedMediaResponse,
    )
    from .models.delete_category import DeleteCategoryRequest, DeleteCategoryResponse
    from .models.delete_dynamic_image import (
        DeleteDynamicImageRequest,
        DeleteDynamicImageResponse,
    )
    from .models.delete_editing_project import (
        DeleteEditingProjectRequest,
        DeleteEditingProjectResponse,
    )
    from .models.delete_editing_project_materials import (
        DeleteEditingProjectMaterialsRequest,
        DeleteEditingProjectMaterialsResponse,
    )
    from .models.delete_image import DeleteImageRequest, DeleteImageResponse
    from .models.delete_message_callback import (
        DeleteMessageCallbackRequest,
        DeleteMessageCallbackResponse,
    )
    from .models.delete_mezzanines import (
        DeleteMezzaninesRequest,
        DeleteMezzaninesResponse,
    )
    from .models.delete_multipart_upload import (
        DeleteMultipartUploadRequest,
        DeleteMultipartUploadResponse,
    )
    from .models.delete_stream import DeleteStreamRequest, DeleteStreamResponse
    from .models.delete_transcode_template_group import (
        DeleteTranscodeTemplateGroupRequest,
        DeleteTranscodeTemplateGroupResponse,
    )
    from .models.delete_video import DeleteVideoRequest, DeleteVideoResponse
    from .models.delete_vod_domain import (
        DeleteVodDomainRequest,
        DeleteVodDomainResponse,
    )
    from .models.delete_vod_specific_config import (
        DeleteVodSpecificConfigRequest,
        DeleteVodSpecificConfigResponse,
    )
    from .models.delete_vod_template import (
        DeleteVodTemplateRequest,
        DeleteVodTemplateResponse,
    )
    from .models.delete_watermark import DeleteWatermarkRequest, DeleteWatermarkResponse
    from .models.describe_play_top_videos import (
        DescribePlayTopVideosRequest,
        DescribePlayTopVideosResponse,
    )
    from .models.describe_play_user_avg import (
        DescribePlayUserAvgRequest,
        DescribePlayUserAvgResponse,
    )
    from .models.describe_play_user_total import (
        DescribePlayUserTotalRequest,
        DescribePlayUserTotalResponse,
    )
    from .models.describe_play_video_statis import (
        DescribePlayVideoStatisRequest,
        DescribePlayVideoStatisResponse,
    )
    from .models.describe_vod_ai_data import (
        DescribeVodAIDataRequest,
        DescribeVodAIDataResponse,
    )
    from .models.describe_vod_certificate_list import (
        DescribeVodCertificateListRequest,
        DescribeVodCertificateListResponse,
    )
    from .models.describe_vod_domain_bps_data import (
        DescribeVodDomainBpsDataRequest,
        DescribeVodDomainBpsDataResponse,
    )
    from .models.describe_vod_domain_bps_data_by_layer import (
        DescribeVodDomainBpsDataByLayerRequest,
        DescribeVodDomainBpsDataByLayerResponse,
    )
    from .models.describe_vod_domain_certificate_info import (
        DescribeVodDomainCertificateInfoRequest,
        DescribeVodDomainCertificateInfoResponse,
    )
    from .models.describe_vod_domain_configs import (
        DescribeVodDomainConfigsRequest,
        DescribeVodDomainConfigsResponse,
    )
    from .models.describe_vod_domain_detail import (
        DescribeVodDomainDetailRequest,
        DescribeVodDomainDetailResponse,
    )
    from .models.describe_vod_domain_hit_rate_data import (
        DescribeVodDomainHitRateDataRequest,
        DescribeVodDomainHitRateDataResponse,
    )
    from .models.describe_vod_domain_log import (
        DescribeVodDomainLogRequest,
        DescribeVodDomainLogResponse,
    )
    from .models.describe_vod_domain_qps_data import (
        DescribeVodDomainQpsDataRequest,
        DescribeVodDomainQpsDataResponse,
    )
    from .models.describe_vod_domain_real_time_bps_data import (
        DescribeVodDomainRealTimeBpsDataRequest,
        DescribeVodDomainRealTimeBpsDataResponse,
    )
    from .models.describe_vod_domain_real_time_byte_hit_rate_data import (
        DescribeVodDomainRealTimeByteHitRateDataRequest,
        DescribeVodDomainRealTimeByteHitRateDataResponse,
    )
    from .models.describe_vod_domain_real_time_detail_data import (
        DescribeVodDomainRealTimeDetailDataRequest,
        DescribeVodDomainRealTimeDetailDataResponse,
    )
    from .models.describe_vod_domain_real_time_http_code_data import (
        DescribeVodDomainRealTimeHttpCodeDataRequest,
        DescribeVodDomainRealTimeHttpCodeDataResponse,
    )
    from .models.describe_vod_domain_real_time_qps_data import (
        DescribeVodDomainRealTimeQpsDataRequest,
        DescribeVodDomainRealTimeQpsDataResponse,
    )
    from .models.describe_vod_domain_real_time_req_hit_rate_data import (
        DescribeVodDomainRealTimeReqHitRateDataRequest,
        DescribeVodDomainRealTimeReqHitRateDataResponse,
    )
    from .models.describe_vod_domain_real_time_traffic_data import (
        DescribeVodDomainRealTimeTrafficDataRequest,
        DescribeVodDomainRealTimeTrafficDataResponse,
    )
    from .models.describe_vod_domain_req_hit_rate_data import (
        DescribeVodDomainReqHitRateDataRequest,
        DescribeVodDomainReqHitRateDataResponse,
    )
    from .models.describe_vod_domain_src_bps_data import (
        DescribeVodDomainSrcBpsDataRequest,
        DescribeVodDomainSrcBpsDataResponse,
    )
    from .models.describe_vod_domain_src_traffic_data import (
        DescribeVodDomainSrcTrafficDataRequest,
        DescribeVodDomainSrcTrafficDataResponse,
    )
    from .models.describe_vod_domain_traffic_data import (
        DescribeVodDomainTrafficDataRequest,
        DescribeVodDomainTrafficDataResponse,
    )
    from .models.describe_vod_domain_usage_data import (
        DescribeVodDomainUsageDataRequest,
        DescribeVodDomainUsageDataResponse,
    )
    from .models.describe_vod_media_play_data import (
        DescribeVodMediaPlayDataRequest,
        DescribeVodMediaPlayDataResponse,
    )
    from .models.describe_vod_range_data_by_locate_and_isp_service import (
        DescribeVodRangeDataByLocateAndIspServiceRequest,
        DescribeVodRangeDataByLocateAndIspServiceResponse,
    )
    from .models.describe_vod_refresh_quota import (
        DescribeVodRefreshQuotaRequest,
        DescribeVodRefreshQuotaResponse,
    )
    from .models.describe_vod_refresh_tasks import (
        DescribeVodRefreshTasksRequest,
        DescribeVodRefreshTasksResponse,
    )
    from .models.describe_vod_storage_data import (
        DescribeVodStorageDataRequest,
        DescribeVodStorageDataResponse,
    )
    from .models.describe_vod_tiering_storage_data import (
        DescribeVodTieringStorageDataRequest,
        DescribeVodTieringStorageDataResponse,
    )
    from .models.describe_vod_tiering_storage_retrieval_data import (
        DescribeVodTieringStorageRetrievalDataRequest,
        DescribeVodTieringStorageRetrievalDataResponse,
    )
    from .models.describe_vod_transcode_data import (
        DescribeVodTranscodeDataRequest,
        DescribeVodTranscodeDataResponse,
    )
    from .models.describe_vod_user_domains import (
        DescribeVodUserDomainsRequest,
        DescribeVodUserDomainsResponse,
    )
    from .models.describe_vod_verify_content import (
        DescribeVodVerifyContentRequest,
        DescribeVodVerifyContentResponse,
    )
    from .models.detach_app_policy_from_identity import (
        DetachAppPolicyFromIdentityRequest,
        DetachAppPolicyFromIdentityResponse,
    )
    from .models.generate_download_secret_key import (
        GenerateDownloadSecretKeyRequest,
        GenerateDownloadSecretKeyResponse,
    )
    from .models.generate_kms_data_key import (
        GenerateKMSDataKeyRequest,
        GenerateKMSDataKeyResponse,
    )
    from .models.get_ai_image_jobs import GetAIImageJobsRequest, GetAIImageJobsResponse
    from .models.get_ai_media_audit_job import (
        GetAIMediaAuditJobRequest,
        GetAIMediaAuditJobResponse,
    )
    from .models.get_ai_template import GetAITemplateRequest, GetAITemplateResponse
    from .models.get_ai_video_tag_result import (
        GetAIVideoTagResultRequest,
        GetAIVideoTagResultResponse,
    )
    from .models.get_app_infos import GetAppInfosRequest, GetAppInfosResponse
    from .models.get_attached_media_info import (
        GetAttachedMediaInfoRequest,
        GetAttachedMediaInfoResponse,
    )
    from .models.get_audit_history import (
        GetAuditHistoryRequest,
        GetAuditHistoryResponse,
    )
    from .models.get_categories import GetCategoriesRequest, GetCategoriesResponse
    from .models.get_default_ai_template import (
        GetDefaultAITemplateRequest,
        GetDefaultAITemplateResponse,
    )
    from .models.get_digital_watermark_extract_result import (
        GetDigitalWatermarkExtractResultRequest,
        GetDigitalWatermarkExtractResultResponse,
    )
    from .models.get_editing_project import (
        GetEditingProjectRequest,
        GetEditingProjectResponse,
    )
    from .models.get_editing_project_materials import (
        GetEditingProjectMaterialsRequest,
        GetEditingProjectMaterialsResponse,
    )
    from .models.get_image_info import GetImageInfoRequest, GetImageInfoResponse
    from .models.get_image_infos import GetImageInfosRequest, GetImageInfosResponse
    from .models.get_media_audit_audio_result_detail import (
        GetMediaAuditAudioResultDetailRequest,
        GetMediaAuditAudioResultDetailResponse,
    )
    from .models.get_media_audit_result import (
        GetMediaAuditResultRequest,
        GetMediaAuditResultResponse,
    )
    from .models.get_media_audit_result_detail import (
        GetMediaAuditResultDetailRequest,
        GetMediaAuditResultDetailResponse,
    )
    from .models.get_media_audit_result_timeline import (
        GetMediaAuditResultTimelineRequest,
        GetMediaAuditResultTimelineResponse,
    )
    from .models.get_media_dna_result import (
        GetMediaDNAResultRequest,
        GetMediaDNAResultResponse,
    )
    from .models.get_media_refresh_jobs import (
        GetMediaRefreshJobsRequest,
        GetMediaRefreshJobsResponse,
    )
    from .models.get_message_callback import (
        GetMessageCallbackRequest,
        GetMessageCallbackResponse,
    )
    from .models.get_mezzanine_info import (
        GetMezzanineInfoRequest,
        GetMezzanineInfoResponse,
    )
    from .models.get_play_info import GetPlayInfoRequest, GetPlayInfoResponse
    from .models.get_transcode_summary import (
        GetTranscodeSummaryRequest,
        GetTranscodeSummaryResponse,
    )
    from .models.get_transcode_task import (
        GetTranscodeTaskRequest,
        GetTranscodeTaskResponse,
    )
    from .models.get_transcode_template_group import (
        GetTranscodeTemplateGroupRequest,
        GetTranscodeTemplateGroupResponse,
    )
    from .models.get_upload_details import (
        GetUploadDetailsRequest,
        GetUploadDetailsResponse,
    )
    from .models.get_url_upload_infos import (
        GetURLUploadInfosRequest,
        GetURLUploadInfosResponse,
    )
    from .models.get_video_info import GetVideoInfoRequest, GetVideoInfoResponse
    from .models.get_video_infos import GetVideoInfosRequest, GetVideoInfosResponse
    from .models.get_video_list import GetVideoListRequest, GetVideoListResponse
    from .models.get_video_play_auth import (
        GetVideoPlayAuthRequest,
        GetVideoPlayAuthResponse,
    )
    from .models.get_vod_template import GetVodTemplateRequest, GetVodTemplateResponse
    from .models.get_watermark import GetWatermarkRequest, GetWatermarkResponse
    from .models.list_ai_image_info import (
        ListAIImageInfoRequest,
        ListAIImageInfoResponse,
    )
    from .models.list_ai_job import ListAIJobRequest, ListAIJobResponse
    from .models.list_ai_template import ListAITemplateRequest, ListAITemplateResponse
    from .models.list_app_info import ListAppInfoRequest, ListAppInfoResponse
    from .models.list_app_policies_for_identity import (
        ListAppPoliciesForIdentityRequest,
        ListAppPoliciesForIdentityResponse,
    )
    from .models.list_audit_security_ip import (
        ListAuditSecurityIpRequest,
        ListAuditSecurityIpResponse,
    )
    from .models.list_dynamic_image import (
        ListDynamicImageRequest,
        ListDynamicImageResponse,
    )
    from .models.list_live_record_video import (
        ListLiveRecordVideoRequest,
        ListLiveRecordVideoResponse,
    )
    from .models.list_snapshots import ListSnapshotsRequest, ListSnapshotsResponse
    from .models.list_transcode_task import (
        ListTranscodeTaskRequest,
        ListTranscodeTaskResponse,
    )
    from .models.list_transcode_template_group import (
        ListTranscodeTemplateGroupRequest,
        ListTranscodeTemplateGroupResponse,
    )
    from .models.list_vod_template import (
        ListVodTemplateRequest,
        ListVodTemplateResponse,
    )
    from .models.list_watermark import ListWatermarkRequest, ListWatermarkResponse
    from .models.move_app_resource import (
        MoveAppResourceRequest,
        MoveAppResourceResponse,
    )
    from .models.preload_vod_object_caches import (
        PreloadVodObjectCachesRequest,
        PreloadVodObjectCachesResponse,
    )
    from .models.produce_editing_project_video import (
        ProduceEditingProjectVideoRequest,
        ProduceEditingProjectVideoResponse,
    )
    from .models.refresh_media_play_urls import (
        RefreshMediaPlayUrlsRequest,
        RefreshMediaPlayUrlsResponse,
    )
    from .models.refresh_upload_video import (
        RefreshUploadVideoRequest,
        RefreshUploadVideoResponse,
    )
    from .models.refresh_vod_object_caches import (
        RefreshVodObjectCachesRequest,
        RefreshVodObjectCachesResponse,
    )
    from .models.register_media import RegisterMediaRequest, RegisterMediaResponse
    from .models.restore_media import RestoreMediaRequest, RestoreMediaResponse
    from .models.search_editing_project import (
        SearchEditingProjectRequest,
        SearchEditingProjectResponse,
    )
    from .models.search_media import SearchMediaRequest, SearchMediaResponse
    from .models.set_audit_security_ip import (
        SetAuditSecurityIpRequest,
        SetAuditSecurityIpResponse,
    )
    from .models.set_crossdomain_content import (
        SetCrossdomainContentRequest,
        SetCrossdomainContentResponse,
    )
    from .models.set_default_ai_template import (
        SetDefaultAITemplateRequest,
        SetDefaultAITemplateResponse,
    )
    from .models.set_default_transcode_template_group import (
        SetDefaultTranscodeTemplateGroupRequest,
        SetDefaultTranscodeTemplateGroupResponse,
    )
    from .models.set_default_watermark import (
        SetDefaultWatermarkRequest,
        SetDefaultWatermarkResponse,
    )
    from .models.set_editing_project_materials import (
        SetEditingProjectMaterialsRequest,
        SetEditingProjectMaterialsResponse,
    )
    from .models.set_message_callback import (
        SetMessageCallbackRequest,
        SetMessageCallbackResponse,
    )
    from .models.set_vod_domain_certificate import (
        SetVodDomainCertificateRequest,
        SetVodDomainCertificateResponse,
    )
    from .models.submit_ai_image_audit_job import (
        SubmitAIImageAuditJobRequest,
        SubmitAIImageAuditJobResponse,
    )
    from .models.submit_ai_image_job import (
        SubmitAIImageJobRequest,
        SubmitAIImageJobResponse,
    )
    from .models.submit_ai_job import SubmitAIJobRequest, SubmitAIJobResponse
    from .models.submit_ai_media_audit_job import (
        SubmitAIMediaAuditJobRequest,
        SubmitAIMediaAuditJobResponse,
    )
    from .models.submit_digital_watermark_extract_job import (
        SubmitDigitalWatermarkExtractJobRequest,
        SubmitDigitalWatermarkExtractJobResponse,
    )
    from .models.submit_dynamic_image_job import (
        SubmitDynamicImageJobRequest,
        SubmitDynamicImageJobResponse,
    )
    from .models.submit_media_dna_delete_job import (
        SubmitMediaDNADeleteJobRequest,
        SubmitMediaDNADeleteJobResponse,
    )
    from .models.submit_preprocess_jobs import (
        SubmitPreprocessJobsRequest,
        SubmitPreprocessJobsResponse,
    )
    from .models.submit_snapshot_job import (
        SubmitSnapshotJobRequest,
        SubmitSnapshotJobResponse,
    )
    from .models.submit_transcode_jobs import (
        SubmitTranscodeJobsRequest,
        SubmitTranscodeJobsResponse,
    )
    from .models.submit_workflow_job import (
        SubmitWorkflowJobRequest,
        SubmitWorkflowJobResponse,
    )
    from .models.update_ai_template import (
        UpdateAITemplateRequest,
        UpdateAITemplateResponse,
    )
    from .models.update_app_info import UpdateAppInfoRequest, UpdateAppInfoResponse
    from .models.update_attached_media_infos import (
        UpdateAttachedMediaInfosRequest,
        UpdateAttachedMediaInfosResponse,
    )
    from .models.update_category import UpdateCategoryRequest, UpdateCategoryResponse
    from .models.update_editing_project import (
        UpdateEditingProjectRequest,
        UpdateEditingProjectResponse,
    )
    from .models.update_image_infos import (
        UpdateImageInfosRequest,
        UpdateImageInfosResponse,
    )
    from .models.update_media_storage_class import (
        UpdateMediaStorageClassRequest,
        UpdateMediaStorageClassResponse,
    )
    from .models.update_transcode_template_group import (
        UpdateTranscodeTemplateGroupRequest,
        UpdateTranscodeTemplateGroupResponse,
    )
    from .models.update_video_info import (
        UpdateVideoInfoRequest,
        UpdateVideoInfoResponse,
    )
    from .models.update_video_infos import (
        UpdateVideoInfosRequest,
        UpdateVideoInfosResponse,
    )
    from .models.update_vod_domain import (
        UpdateVodDomainRequest,
        UpdateVodDomainResponse,
    )
    from .models.update_vod_template import (
        UpdateVodTemplateRequest,
        UpdateVodTemplateResponse,
    )
    from .models.update_watermark import UpdateWatermarkRequest, UpdateWatermarkResponse
    from .models.upload_media_by_url import (
        UploadMediaByURLRequest,
        UploadMediaByURLResponse,
    )
    from .models.upload_stream_by_url import (
        UploadStreamByURLRequest,
        UploadStreamByURLResponse,
    )
    from .models.verify_vod_domain_owner import (
        VerifyVodDomainOwnerRequest,
        VerifyVodDomainOwnerResponse,
    )

__version__ = "0.2.0"

# The client (and httpx) and the models load on first use: importing the package stays fast
# however many operations it has.
_LAZY = {
    "AsyncClient": "_async_client",
    "Client": "_client",
    "ram_policy": "_service",
    "AddAITemplateRequest": "models.add_ai_template",
    "AddAITemplateResponse": "models.add_ai_template",
    "AddCategoryRequest": "models.add_category",
    "AddCategoryResponse": "models.add_category",
    "AddEditingProjectRequest": "models.add_editing_project",
    "AddEditingProjectResponse": "models.add_editing_project",
    "AddEditingProjectMaterialsRequest": "models.add_editing_project_materials",
    "AddEditingProjectMaterialsResponse": "models.add_editing_project_materials",
    "AddTranscodeTemplateGroupRequest": "models.add_transcode_template_group",
    "AddTranscodeTemplateGroupResponse": "models.add_transcode_template_group",
    "AddVodDomainRequest": "models.add_vod_domain",
    "AddVodDomainResponse": "models.add_vod_domain",
    "AddVodStorageForAppRequest": "models.add_vod_storage_for_app",
    "AddVodStorageForAppResponse": "models.add_vod_storage_for_app",
    "AddVodTemplateRequest": "models.add_vod_template",
    "AddVodTemplateResponse": "models.add_vod_template",
    "AddWatermarkRequest": "models.add_watermark",
    "AddWatermarkResponse": "models.add_watermark",
    "AttachAppPolicyToIdentityRequest": "models.attach_app_policy_to_identity",
    "AttachAppPolicyToIdentityResponse": "models.attach_app_policy_to_identity",
    "BatchSetVodDomainConfigsRequest": "models.batch_set_vod_domain_configs",
    "BatchSetVodDomainConfigsResponse": "models.batch_set_vod_domain_configs",
    "BatchStartVodDomainRequest": "models.batch_start_vod_domain",
    "BatchStartVodDomainResponse": "models.batch_start_vod_domain",
    "BatchStopVodDomainRequest": "models.batch_stop_vod_domain",
    "BatchStopVodDomainResponse": "models.batch_stop_vod_domain",
    "CancelUrlUploadJobsRequest": "models.cancel_url_upload_jobs",
    "CancelUrlUploadJobsResponse": "models.cancel_url_upload_jobs",
    "CreateAppInfoRequest": "models.create_app_info",
    "CreateAppInfoResponse": "models.create_app_info",
    "CreateAuditRequest": "models.create_audit",
    "CreateAuditResponse": "models.create_audit",
    "CreateUploadAttachedMediaRequest": "models.create_upload_attached_media",
    "CreateUploadAttachedMediaResponse": "models.create_upload_attached_media",
    "CreateUploadImageRequest": "models.create_upload_image",
    "CreateUploadImageResponse": "models.create_upload_image",
    "CreateUploadVideoRequest": "models.create_upload_video",
    "CreateUploadVideoResponse": "models.create_upload_video",
    "DecryptKMSDataKeyRequest": "models.decrypt_kms_data_key",
    "DecryptKMSDataKeyResponse": "models.decrypt_kms_data_key",
    "DeleteAIImageInfosRequest": "models.delete_ai_image_infos",
    "DeleteAIImageInfosResponse": "models.delete_ai_image_infos",
    "DeleteAITemplateRequest": "models.delete_ai_template",
    "DeleteAITemplateResponse": "models.delete_ai_template",
    "DeleteAppInfoRequest": "models.delete_app_info",
    "DeleteAppInfoResponse": "models.delete_app_info",
    "DeleteAttachedMediaRequest": "models.delete_attached_media",
    "DeleteAttachedMediaResponse": "models.delete_attached_media",
    "DeleteCategoryRequest": "models.delete_category",
    "DeleteCategoryResponse": "models.delete_category",
    "DeleteDynamicImageRequest": "models.delete_dynamic_image",
    "DeleteDynamicImageResponse": "models.delete_dynamic_image",
    "DeleteEditingProjectRequest": "models.delete_editing_project",
    "DeleteEditingProjectResponse": "models.delete_editing_project",
    "DeleteEditingProjectMaterialsRequest": "models.delete_editing_project_materials",
    "DeleteEditingProjectMaterialsResponse": "models.delete_editing_project_materials",
    "DeleteImageRequest": "models.delete_image",
    "DeleteImageResponse": "models.delete_image",
    "DeleteMessageCallbackRequest": "models.delete_message_callback",
    "DeleteMessageCallbackResponse": "models.delete_message_callback",
    "DeleteMezzaninesRequest": "models.delete_mezzanines",
    "DeleteMezzaninesResponse": "models.delete_mezzanines",
    "DeleteMultipartUploadRequest": "models.delete_multipart_upload",
    "DeleteMultipartUploadResponse": "models.delete_multipart_upload",
    "DeleteStreamRequest": "models.delete_stream",
    "DeleteStreamResponse": "models.delete_stream",
    "DeleteTranscodeTemplateGroupRequest": "models.delete_transcode_template_group",
    "DeleteTranscodeTemplateGroupResponse": "models.delete_transcode_template_group",
    "DeleteVideoRequest": "models.delete_video",
    "DeleteVideoResponse": "models.delete_video",
    "DeleteVodDomainRequest": "models.delete_vod_domain",
    "DeleteVodDomainResponse": "models.delete_vod_domain",
    "DeleteVodSpecificConfigRequest": "models.delete_vod_specific_config",
    "DeleteVodSpecificConfigResponse": "models.delete_vod_specific_config",
    "DeleteVodTemplateRequest": "models.delete_vod_template",
    "DeleteVodTemplateResponse": "models.delete_vod_template",
    "DeleteWatermarkRequest": "models.delete_watermark",
    "DeleteWatermarkResponse": "models.delete_watermark",
    "DescribePlayTopVideosRequest": "models.describe_play_top_videos",
    "DescribePlayTopVideosResponse": "models.describe_play_top_videos",
    "DescribePlayUserAvgRequest": "models.describe_play_user_avg",
    "DescribePlayUserAvgResponse": "models.describe_play_user_avg",
    "DescribePlayUserTotalRequest": "models.describe_play_user_total",
    "DescribePlayUserTotalResponse": "models.describe_play_user_total",
    "DescribePlayVideoStatisRequest": "models.describe_play_video_statis",
    "DescribePlayVideoStatisResponse": "models.describe_play_video_statis",
    "DescribeVodAIDataRequest": "models.describe_vod_ai_data",
    "DescribeVodAIDataResponse": "models.describe_vod_ai_data",
    "DescribeVodCertificateListRequest": "models.describe_vod_certificate_list",
    "DescribeVodCertificateListResponse": "models.describe_vod_certificate_list",
    "DescribeVodDomainBpsDataRequest": "models.describe_vod_domain_bps_data",
    "DescribeVodDomainBpsDataResponse": "models.describe_vod_domain_bps_data",
    "DescribeVodDomainBpsDataByLayerRequest": "models.describe_vod_domain_bps_data_by_layer",
    "DescribeVodDomainBpsDataByLayerResponse": "models.describe_vod_domain_bps_data_by_layer",
    "DescribeVodDomainCertificateInfoRequest": "models.describe_vod_domain_certificate_info",
    "DescribeVodDomainCertificateInfoResponse": "models.describe_vod_domain_certificate_info",
    "DescribeVodDomainConfigsRequest": "models.describe_vod_domain_configs",
    "DescribeVodDomainConfigsResponse": "models.describe_vod_domain_configs",
    "DescribeVodDomainDetailRequest": "models.describe_vod_domain_detail",
    "DescribeVodDomainDetailResponse": "models.describe_vod_domain_detail",
    "DescribeVodDomainHitRateDataRequest": "models.describe_vod_domain_hit_rate_data",
    "DescribeVodDomainHitRateDataResponse": "models.describe_vod_domain_hit_rate_data",
    "DescribeVodDomainLogRequest": "models.describe_vod_domain_log",
    "DescribeVodDomainLogResponse": "models.describe_vod_domain_log",
    "DescribeVodDomainQpsDataRequest": "models.describe_vod_domain_qps_data",
    "DescribeVodDomainQpsDataResponse": "models.describe_vod_domain_qps_data",
    "DescribeVodDomainRealTimeBpsDataRequest": "models.describe_vod_domain_real_time_bps_data",
    "DescribeVodDomainRealTimeBpsDataResponse": "models.describe_vod_domain_real_time_bps_data",
    "DescribeVodDomainRealTimeByteHitRateDataRequest": "models.describe_vod_domain_real_time_byte_hit_rate_data",
    "DescribeVodDomainRealTimeByteHitRateDataResponse": "models.describe_vod_domain_real_time_byte_hit_rate_data",
    "DescribeVodDomainRealTimeDetailDataRequest": "models.describe_vod_domain_real_time_detail_data",
    "DescribeVodDomainRealTimeDetailDataResponse": "models.describe_vod_domain_real_time_detail_data",
    "DescribeVodDomainRealTimeHttpCodeDataRequest": "models.describe_vod_domain_real_time_http_code_data",
    "DescribeVodDomainRealTimeHttpCodeDataResponse": "models.describe_vod_domain_real_time_http_code_data",
    "DescribeVodDomainRealTimeQpsDataRequest": "models.describe_vod_domain_real_time_qps_data",
    "DescribeVodDomainRealTimeQpsDataResponse": "models.describe_vod_domain_real_time_qps_data",
    "DescribeVodDomainRealTimeReqHitRateDataRequest": "models.describe_vod_domain_real_time_req_hit_rate_data",
    "DescribeVodDomainRealTimeReqHitRateDataResponse": "models.describe_vod_domain_real_time_req_hit_rate_data",
    "DescribeVodDomainRealTimeTrafficDataRequest": "models.describe_vod_domain_real_time_traffic_data",
    "DescribeVodDomainRealTimeTrafficDataResponse": "models.describe_vod_domain_real_time_traffic_data",
    "DescribeVodDomainReqHitRateDataRequest": "models.describe_vod_domain_req_hit_rate_data",
    "DescribeVodDomainReqHitRateDataResponse": "models.describe_vod_domain_req_hit_rate_data",
    "DescribeVodDomainSrcBpsDataRequest": "models.describe_vod_domain_src_bps_data",
    "DescribeVodDomainSrcBpsDataResponse": "models.describe_vod_domain_src_bps_data",
    "DescribeVodDomainSrcTrafficDataRequest": "models.describe_vod_domain_src_traffic_data",
    "DescribeVodDomainSrcTrafficDataResponse": "models.describe_vod_domain_src_traffic_data",
    "DescribeVodDomainTrafficDataRequest": "models.describe_vod_domain_traffic_data",
    "DescribeVodDomainTrafficDataResponse": "models.describe_vod_domain_traffic_data",
    "DescribeVodDomainUsageDataRequest": "models.describe_vod_domain_usage_data",
    "DescribeVodDomainUsageDataResponse": "models.describe_vod_domain_usage_data",
    "DescribeVodMediaPlayDataRequest": "models.describe_vod_media_play_data",
    "DescribeVodMediaPlayDataResponse": "models.describe_vod_media_play_data",
    "DescribeVodRangeDataByLocateAndIspServiceRequest": "models.describe_vod_range_data_by_locate_and_isp_service",
    "DescribeVodRangeDataByLocateAndIspServiceResponse": "models.describe_vod_range_data_by_locate_and_isp_service",
    "DescribeVodRefreshQuotaRequest": "models.describe_vod_refresh_quota",
    "DescribeVodRefreshQuotaResponse": "models.describe_vod_refresh_quota",
    "DescribeVodRefreshTasksRequest": "models.describe_vod_refresh_tasks",
    "DescribeVodRefreshTasksResponse": "models.describe_vod_refresh_tasks",
    "DescribeVodStorageDataRequest": "models.describe_vod_storage_data",
    "DescribeVodStorageDataResponse": "models.describe_vod_storage_data",
    "DescribeVodTieringStorageDataRequest": "models.describe_vod_tiering_storage_data",
    "DescribeVodTieringStorageDataResponse": "models.describe_vod_tiering_storage_data",
    "DescribeVodTieringStorageRetrievalDataRequest": "models.describe_vod_tiering_storage_retrieval_data",
    "DescribeVodTieringStorageRetrievalDataResponse": "models.describe_vod_tiering_storage_retrieval_data",
    "DescribeVodTranscodeDataRequest": "models.describe_vod_transcode_data",
    "DescribeVodTranscodeDataResponse": "models.describe_vod_transcode_data",
    "DescribeVodUserDomainsRequest": "models.describe_vod_user_domains",
    "DescribeVodUserDomainsResponse": "models.describe_vod_user_domains",
    "DescribeVodVerifyContentRequest": "models.describe_vod_verify_content",
    "DescribeVodVerifyContentResponse": "models.describe_vod_verify_content",
    "DetachAppPolicyFromIdentityRequest": "models.detach_app_policy_from_identity",
    "DetachAppPolicyFromIdentityResponse": "models.detach_app_policy_from_identity",
    "GenerateDownloadSecretKeyRequest": "models.generate_download_secret_key",
    "GenerateDownloadSecretKeyResponse": "models.generate_download_secret_key",
    "GenerateKMSDataKeyRequest": "models.generate_kms_data_key",
    "GenerateKMSDataKeyResponse": "models.generate_kms_data_key",
    "GetAIImageJobsRequest": "models.get_ai_image_jobs",
    "GetAIImageJobsResponse": "models.get_ai_image_jobs",
    "GetAIMediaAuditJobRequest": "models.get_ai_media_audit_job",
    "GetAIMediaAuditJobResponse": "models.get_ai_media_audit_job",
    "GetAITemplateRequest": "models.get_ai_template",
    "GetAITemplateResponse": "models.get_ai_template",
    "GetAIVideoTagResultRequest": "models.get_ai_video_tag_result",
    "GetAIVideoTagResultResponse": "models.get_ai_video_tag_result",
    "GetAppInfosRequest": "models.get_app_infos",
    "GetAppInfosResponse": "models.get_app_infos",
    "GetAttachedMediaInfoRequest": "models.get_attached_media_info",
    "GetAttachedMediaInfoResponse": "models.get_attached_media_info",
    "GetAuditHistoryRequest": "models.get_audit_history",
    "GetAuditHistoryResponse": "models.get_audit_history",
    "GetCategoriesRequest": "models.get_categories",
    "GetCategoriesResponse": "models.get_categories",
    "GetDefaultAITemplateRequest": "models.get_default_ai_template",
    "GetDefaultAITemplateResponse": "models.get_default_ai_template",
    "GetDigitalWatermarkExtractResultRequest": "models.get_digital_watermark_extract_result",
    "GetDigitalWatermarkExtractResultResponse": "models.get_digital_watermark_extract_result",
    "GetEditingProjectRequest": "models.get_editing_project",
    "GetEditingProjectResponse": "models.get_editing_project",
    "GetEditingProjectMaterialsRequest": "models.get_editing_project_materials",
    "GetEditingProjectMaterialsResponse": "models.get_editing_project_materials",
    "GetImageInfoRequest": "models.get_image_info",
    "GetImageInfoResponse": "models.get_image_info",
    "GetImageInfosRequest": "models.get_image_infos",
    "GetImageInfosResponse": "models.get_image_infos",
    "GetMediaAuditAudioResultDetailRequest": "models.get_media_audit_audio_result_detail",
    "GetMediaAuditAudioResultDetailResponse": "models.get_media_audit_audio_result_detail",
    "GetMediaAuditResultRequest": "models.get_media_audit_result",
    "GetMediaAuditResultResponse": "models.get_media_audit_result",
    "GetMediaAuditResultDetailRequest": "models.get_media_audit_result_detail",
    "GetMediaAuditResultDetailResponse": "models.get_media_audit_result_detail",
    "GetMediaAuditResultTimelineRequest": "models.get_media_audit_result_timeline",
    "GetMediaAuditResultTimelineResponse": "models.get_media_audit_result_timeline",
    "GetMediaDNAResultRequest": "models.get_media_dna_result",
    "GetMediaDNAResultResponse": "models.get_media_dna_result",
    "GetMediaRefreshJobsRequest": "models.get_media_refresh_jobs",
    "GetMediaRefreshJobsResponse": "models.get_media_refresh_jobs",
    "GetMessageCallbackRequest": "models.get_message_callback",
    "GetMessageCallbackResponse": "models.get_message_callback",
    "GetMezzanineInfoRequest": "models.get_mezzanine_info",
    "GetMezzanineInfoResponse": "models.get_mezzanine_info",
    "GetPlayInfoRequest": "models.get_play_info",
    "GetPlayInfoResponse": "models.get_play_info",
    "GetTranscodeSummaryRequest": "models.get_transcode_summary",
    "GetTranscodeSummaryResponse": "models.get_transcode_summary",
    "GetTranscodeTaskRequest": "models.get_transcode_task",
    "GetTranscodeTaskResponse": "models.get_transcode_task",
    "GetTranscodeTemplateGroupRequest": "models.get_transcode_template_group",
    "GetTranscodeTemplateGroupResponse": "models.get_transcode_template_group",
    "GetUploadDetailsRequest": "models.get_upload_details",
    "GetUploadDetailsResponse": "models.get_upload_details",
    "GetURLUploadInfosRequest": "models.get_url_upload_infos",
    "GetURLUploadInfosResponse": "models.get_url_upload_infos",
    "GetVideoInfoRequest": "models.get_video_info",
    "GetVideoInfoResponse": "models.get_video_info",
    "GetVideoInfosRequest": "models.get_video_infos",
    "GetVideoInfosResponse": "models.get_video_infos",
    "GetVideoListRequest": "models.get_video_list",
    "GetVideoListResponse": "models.get_video_list",
    "GetVideoPlayAuthRequest": "models.get_video_play_auth",
    "GetVideoPlayAuthResponse": "models.get_video_play_auth",
    "GetVodTemplateRequest": "models.get_vod_template",
    "GetVodTemplateResponse": "models.get_vod_template",
    "GetWatermarkRequest": "models.get_watermark",
    "GetWatermarkResponse": "models.get_watermark",
    "ListAIImageInfoRequest": "models.list_ai_image_info",
    "ListAIImageInfoResponse": "models.list_ai_image_info",
    "ListAIJobRequest": "models.list_ai_job",
    "ListAIJobResponse": "models.list_ai_job",
    "ListAITemplateRequest": "models.list_ai_template",
    "ListAITemplateResponse": "models.list_ai_template",
    "ListAppInfoRequest": "models.list_app_info",
    "ListAppInfoResponse": "models.list_app_info",
    "ListAppPoliciesForIdentityRequest": "models.list_app_policies_for_identity",
    "ListAppPoliciesForIdentityResponse": "models.list_app_policies_for_identity",
    "ListAuditSecurityIpRequest": "models.list_audit_security_ip",
    "ListAuditSecurityIpResponse": "models.list_audit_security_ip",
    "ListDynamicImageRequest": "models.list_dynamic_image",
    "ListDynamicImageResponse": "models.list_dynamic_image",
    "ListLiveRecordVideoRequest": "models.list_live_record_video",
    "ListLiveRecordVideoResponse": "models.list_live_record_video",
    "ListSnapshotsRequest": "models.list_snapshots",
    "ListSnapshotsResponse": "models.list_snapshots",
    "ListTranscodeTaskRequest": "models.list_transcode_task",
    "ListTranscodeTaskResponse": "models.list_transcode_task",
    "ListTranscodeTemplateGroupRequest": "models.list_transcode_template_group",
    "ListTranscodeTemplateGroupResponse": "models.list_transcode_template_group",
    "ListVodTemplateRequest": "models.list_vod_template",
    "ListVodTemplateResponse": "models.list_vod_template",
    "ListWatermarkRequest": "models.list_watermark",
    "ListWatermarkResponse": "models.list_watermark",
    "MoveAppResourceRequest": "models.move_app_resource",
    "MoveAppResourceResponse": "models.move_app_resource",
    "PreloadVodObjectCachesRequest": "models.preload_vod_object_caches",
    "PreloadVodObjectCachesResponse": "models.preload_vod_object_caches",
    "ProduceEditingProjectVideoRequest": "models.produce_editing_project_video",
    "ProduceEditingProjectVideoResponse": "models.produce_editing_project_video",
    "RefreshMediaPlayUrlsRequest": "models.refresh_media_play_urls",
    "RefreshMediaPlayUrlsResponse": "models.refresh_media_play_urls",
    "RefreshUploadVideoRequest": "models.refresh_upload_video",
    "RefreshUploadVideoResponse": "models.refresh_upload_video",
    "RefreshVodObjectCachesRequest": "models.refresh_vod_object_caches",
    "RefreshVodObjectCachesResponse": "models.refresh_vod_object_caches",
    "RegisterMediaRequest": "models.register_media",
    "RegisterMediaResponse": "models.register_media",
    "RestoreMediaRequest": "models.restore_media",
    "RestoreMediaResponse": "models.restore_media",
    "SearchEditingProjectRequest": "models.search_editing_project",
    "SearchEditingProjectResponse": "models.search_editing_project",
    "SearchMediaRequest": "models.search_media",
    "SearchMediaResponse": "models.search_media",
    "SetAuditSecurityIpRequest": "models.set_audit_security_ip",
    "SetAuditSecurityIpResponse": "models.set_audit_security_ip",
    "SetCrossdomainContentRequest": "models.set_crossdomain_content",
    "SetCrossdomainContentResponse": "models.set_crossdomain_content",
    "SetDefaultAITemplateRequest": "models.set_default_ai_template",
    "SetDefaultAITemplateResponse": "models.set_default_ai_template",
    "SetDefaultTranscodeTemplateGroupRequest": "models.set_default_transcode_template_group",
    "SetDefaultTranscodeTemplateGroupResponse": "models.set_default_transcode_template_group",
    "SetDefaultWatermarkRequest": "models.set_default_watermark",
    "SetDefaultWatermarkResponse": "models.set_default_watermark",
    "SetEditingProjectMaterialsRequest": "models.set_editing_project_materials",
    "SetEditingProjectMaterialsResponse": "models.set_editing_project_materials",
    "SetMessageCallbackRequest": "models.set_message_callback",
    "SetMessageCallbackResponse": "models.set_message_callback",
    "SetVodDomainCertificateRequest": "models.set_vod_domain_certificate",
    "SetVodDomainCertificateResponse": "models.set_vod_domain_certificate",
    "SubmitAIImageAuditJobRequest": "models.submit_ai_image_audit_job",
    "SubmitAIImageAuditJobResponse": "models.submit_ai_image_audit_job",
    "SubmitAIImageJobRequest": "models.submit_ai_image_job",
    "SubmitAIImageJobResponse": "models.submit_ai_image_job",
    "SubmitAIJobRequest": "models.submit_ai_job",
    "SubmitAIJobResponse": "models.submit_ai_job",
    "SubmitAIMediaAuditJobRequest": "models.submit_ai_media_audit_job",
    "SubmitAIMediaAuditJobResponse": "models.submit_ai_media_audit_job",
    "SubmitDigitalWatermarkExtractJobRequest": "models.submit_digital_watermark_extract_job",
    "SubmitDigitalWatermarkExtractJobResponse": "models.submit_digital_watermark_extract_job",
    "SubmitDynamicImageJobRequest": "models.submit_dynamic_image_job",
    "SubmitDynamicImageJobResponse": "models.submit_dynamic_image_job",
    "SubmitMediaDNADeleteJobRequest": "models.submit_media_dna_delete_job",
    "SubmitMediaDNADeleteJobResponse": "models.submit_media_dna_delete_job",
    "SubmitPreprocessJobsRequest": "models.submit_preprocess_jobs",
    "SubmitPreprocessJobsResponse": "models.submit_preprocess_jobs",
    "SubmitSnapshotJobRequest": "models.submit_snapshot_job",
    "SubmitSnapshotJobResponse": "models.submit_snapshot_job",
    "SubmitTranscodeJobsRequest": "models.submit_transcode_jobs",
    "SubmitTranscodeJobsResponse": "models.submit_transcode_jobs",
    "SubmitWorkflowJobRequest": "models.submit_workflow_job",
    "SubmitWorkflowJobResponse": "models.submit_workflow_job",
    "UpdateAITemplateRequest": "models.update_ai_template",
    "UpdateAITemplateResponse": "models.update_ai_template",
    "UpdateAppInfoRequest": "models.update_app_info",
    "UpdateAppInfoResponse": "models.update_app_info",
    "UpdateAttachedMediaInfosRequest": "models.update_attached_media_infos",
    "UpdateAttachedMediaInfosResponse": "models.update_attached_media_infos",
    "UpdateCategoryRequest": "models.update_category",
    "UpdateCategoryResponse": "models.update_category",
    "UpdateEditingProjectRequest": "models.update_editing_project",
    "UpdateEditingProjectResponse": "models.update_editing_project",
    "UpdateImageInfosRequest": "models.update_image_infos",
    "UpdateImageInfosResponse": "models.update_image_infos",
    "UpdateMediaStorageClassRequest": "models.update_media_storage_class",
    "UpdateMediaStorageClassResponse": "models.update_media_storage_class",
    "UpdateTranscodeTemplateGroupRequest": "models.update_transcode_template_group",
    "UpdateTranscodeTemplateGroupResponse": "models.update_transcode_template_group",
    "UpdateVideoInfoRequest": "models.update_video_info",
    "UpdateVideoInfoResponse": "models.update_video_info",
    "UpdateVideoInfosRequest": "models.update_video_infos",
    "UpdateVideoInfosResponse": "models.update_video_infos",
    "UpdateVodDomainRequest": "models.update_vod_domain",
    "UpdateVodDomainResponse": "models.update_vod_domain",
    "UpdateVodTemplateRequest": "models.update_vod_template",
    "UpdateVodTemplateResponse": "models.update_vod_template",
    "UpdateWatermarkRequest": "models.update_watermark",
    "UpdateWatermarkResponse": "models.update_watermark",
    "UploadMediaByURLRequest": "models.upload_media_by_url",
    "UploadMediaByURLResponse": "models.upload_media_by_url",
    "UploadStreamByURLRequest": "models.upload_stream_by_url",
    "UploadStreamByURLResponse": "models.upload_stream_by_url",
    "VerifyVodDomainOwnerRequest": "models.verify_vod_domain_owner",
    "VerifyVodDomainOwnerResponse": "models.verify_vod_domain_owner",
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
    "AddAITemplateRequest",
    "AddAITemplateResponse",
    "AddCategoryRequest",
    "AddCategoryResponse",
    "AddEditingProjectMaterialsRequest",
    "AddEditingProjectMaterialsResponse",
    "AddEditingProjectRequest",
    "AddEditingProjectResponse",
    "AddTranscodeTemplateGroupRequest",
    "AddTranscodeTemplateGroupResponse",
    "AddVodDomainRequest",
    "AddVodDomainResponse",
    "AddVodStorageForAppRequest",
    "AddVodStorageForAppResponse",
    "AddVodTemplateRequest",
    "AddVodTemplateResponse",
    "AddWatermarkRequest",
    "AddWatermarkResponse",
    "AsyncClient",
    "AttachAppPolicyToIdentityRequest",
    "AttachAppPolicyToIdentityResponse",
    "AuthenticationError",
    "BatchSetVodDomainConfigsRequest",
    "BatchSetVodDomainConfigsResponse",
    "BatchStartVodDomainRequest",
    "BatchStartVodDomainResponse",
    "BatchStopVodDomainRequest",
    "BatchStopVodDomainResponse",
    "CancelUrlUploadJobsRequest",
    "CancelUrlUploadJobsResponse",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "CreateAppInfoRequest",
    "CreateAppInfoResponse",
    "CreateAuditRequest",
    "CreateAuditResponse",
    "CreateUploadAttachedMediaRequest",
    "CreateUploadAttachedMediaResponse",
    "CreateUploadImageRequest",
    "CreateUploadImageResponse",
    "CreateUploadVideoRequest",
    "CreateUploadVideoResponse",
    "DecryptKMSDataKeyRequest",
    "DecryptKMSDataKeyResponse",
    "DeleteAIImageInfosRequest",
    "DeleteAIImageInfosResponse",
    "DeleteAITemplateRequest",
    "DeleteAITemplateResponse",
    "DeleteAppInfoRequest",
    "DeleteAppInfoResponse",
    "DeleteAttachedMediaRequest",
    "DeleteAttachedMediaResponse",
    "DeleteCategoryRequest",
    "DeleteCategoryResponse",
    "DeleteDynamicImageRequest",
    "DeleteDynamicImageResponse",
    "DeleteEditingProjectMaterialsRequest",
    "DeleteEditingProjectMaterialsResponse",
    "DeleteEditingProjectRequest",
    "DeleteEditingProjectResponse",
    "DeleteImageRequest",
    "DeleteImageResponse",
    "DeleteMessageCallbackRequest",
    "DeleteMessageCallbackResponse",
    "DeleteMezzaninesRequest",
    "DeleteMezzaninesResponse",
    "DeleteMultipartUploadRequest",
    "DeleteMultipartUploadResponse",
    "DeleteStreamRequest",
    "DeleteStreamResponse",
    "DeleteTranscodeTemplateGroupRequest",
    "DeleteTranscodeTemplateGroupResponse",
    "DeleteVideoRequest",
    "DeleteVideoResponse",
    "DeleteVodDomainRequest",
    "DeleteVodDomainResponse",
    "DeleteVodSpecificConfigRequest",
    "DeleteVodSpecificConfigResponse",
    "DeleteVodTemplateRequest",
    "DeleteVodTemplateResponse",
    "DeleteWatermarkRequest",
    "DeleteWatermarkResponse",
    "DescribePlayTopVideosRequest",
    "DescribePlayTopVideosResponse",
    "DescribePlayUserAvgRequest",
    "DescribePlayUserAvgResponse",
    "DescribePlayUserTotalRequest",
    "DescribePlayUserTotalResponse",
    "DescribePlayVideoStatisRequest",
    "DescribePlayVideoStatisResponse",
    "DescribeVodAIDataRequest",
    "DescribeVodAIDataResponse",
    "DescribeVodCertificateListRequest",
    "DescribeVodCertificateListResponse",
    "DescribeVodDomainBpsDataByLayerRequest",
    "DescribeVodDomainBpsDataByLayerResponse",
    "DescribeVodDomainBpsDataRequest",
    "DescribeVodDomainBpsDataResponse",
    "DescribeVodDomainCertificateInfoRequest",
    "DescribeVodDomainCertificateInfoResponse",
    "DescribeVodDomainConfigsRequest",
    "DescribeVodDomainConfigsResponse",
    "DescribeVodDomainDetailRequest",
    "DescribeVodDomainDetailResponse",
    "DescribeVodDomainHitRateDataRequest",
    "DescribeVodDomainHitRateDataResponse",
    "DescribeVodDomainLogRequest",
    "DescribeVodDomainLogResponse",
    "DescribeVodDomainQpsDataRequest",
    "DescribeVodDomainQpsDataResponse",
    "DescribeVodDomainRealTimeBpsDataRequest",
    "DescribeVodDomainRealTimeBpsDataResponse",
    "DescribeVodDomainRealTimeByteHitRateDataRequest",
    "DescribeVodDomainRealTimeByteHitRateDataResponse",
    "DescribeVodDomainRealTimeDetailDataRequest",
    "DescribeVodDomainRealTimeDetailDataResponse",
    "DescribeVodDomainRealTimeHttpCodeDataRequest",
    "DescribeVodDomainRealTimeHttpCodeDataResponse",
    "DescribeVodDomainRealTimeQpsDataRequest",
    "DescribeVodDomainRealTimeQpsDataResponse",
    "DescribeVodDomainRealTimeReqHitRateDataRequest",
    "DescribeVodDomainRealTimeReqHitRateDataResponse",
    "DescribeVodDomainRealTimeTrafficDataRequest",
    "DescribeVodDomainRealTimeTrafficDataResponse",
    "DescribeVodDomainReqHitRateDataRequest",
    "DescribeVodDomainReqHitRateDataResponse",
    "DescribeVodDomainSrcBpsDataRequest",
    "DescribeVodDomainSrcBpsDataResponse",
    "DescribeVodDomainSrcTrafficDataRequest",
    "DescribeVodDomainSrcTrafficDataResponse",
    "DescribeVodDomainTrafficDataRequest",
    "DescribeVodDomainTrafficDataResponse",
    "DescribeVodDomainUsageDataRequest",
    "DescribeVodDomainUsageDataResponse",
    "DescribeVodMediaPlayDataRequest",
    "DescribeVodMediaPlayDataResponse",
    "DescribeVodRangeDataByLocateAndIspServiceRequest",
    "DescribeVodRangeDataByLocateAndIspServiceResponse",
    "DescribeVodRefreshQuotaRequest",
    "DescribeVodRefreshQuotaResponse",
    "DescribeVodRefreshTasksRequest",
    "DescribeVodRefreshTasksResponse",
    "DescribeVodStorageDataRequest",
    "DescribeVodStorageDataResponse",
    "DescribeVodTieringStorageDataRequest",
    "DescribeVodTieringStorageDataResponse",
    "DescribeVodTieringStorageRetrievalDataRequest",
    "DescribeVodTieringStorageRetrievalDataResponse",
    "DescribeVodTranscodeDataRequest",
    "DescribeVodTranscodeDataResponse",
    "DescribeVodUserDomainsRequest",
    "DescribeVodUserDomainsResponse",
    "DescribeVodVerifyContentRequest",
    "DescribeVodVerifyContentResponse",
    "DetachAppPolicyFromIdentityRequest",
    "DetachAppPolicyFromIdentityResponse",
    "Error",
    "GenerateDownloadSecretKeyRequest",
    "GenerateDownloadSecretKeyResponse",
    "GenerateKMSDataKeyRequest",
    "GenerateKMSDataKeyResponse",
    "GetAIImageJobsRequest",
    "GetAIImageJobsResponse",
    "GetAIMediaAuditJobRequest",
    "GetAIMediaAuditJobResponse",
    "GetAITemplateRequest",
    "GetAITemplateResponse",
    "GetAIVideoTagResultRequest",
    "GetAIVideoTagResultResponse",
    "GetAppInfosRequest",
    "GetAppInfosResponse",
    "GetAttachedMediaInfoRequest",
    "GetAttachedMediaInfoResponse",
    "GetAuditHistoryRequest",
    "GetAuditHistoryResponse",
    "GetCategoriesRequest",
    "GetCategoriesResponse",
    "GetDefaultAITemplateRequest",
    "GetDefaultAITemplateResponse",
    "GetDigitalWatermarkExtractResultRequest",
    "GetDigitalWatermarkExtractResultResponse",
    "GetEditingProjectMaterialsRequest",
    "GetEditingProjectMaterialsResponse",
    "GetEditingProjectRequest",
    "GetEditingProjectResponse",
    "GetImageInfoRequest",
    "GetImageInfoResponse",
    "GetImageInfosRequest",
    "GetImageInfosResponse",
    "GetMediaAuditAudioResultDetailRequest",
    "GetMediaAuditAudioResultDetailResponse",
    "GetMediaAuditResultDetailRequest",
    "GetMediaAuditResultDetailResponse",
    "GetMediaAuditResultRequest",
    "GetMediaAuditResultResponse",
    "GetMediaAuditResultTimelineRequest",
    "GetMediaAuditResultTimelineResponse",
    "GetMediaDNAResultRequest",
    "GetMediaDNAResultResponse",
    "GetMediaRefreshJobsRequest",
    "GetMediaRefreshJobsResponse",
    "GetMessageCallbackRequest",
    "GetMessageCallbackResponse",
    "GetMezzanineInfoRequest",
    "GetMezzanineInfoResponse",
    "GetPlayInfoRequest",
    "GetPlayInfoResponse",
    "GetTranscodeSummaryRequest",
    "GetTranscodeSummaryResponse",
    "GetTranscodeTaskRequest",
    "GetTranscodeTaskResponse",
    "GetTranscodeTemplateGroupRequest",
    "GetTranscodeTemplateGroupResponse",
    "GetURLUploadInfosRequest",
    "GetURLUploadInfosResponse",
    "GetUploadDetailsRequest",
    "GetUploadDetailsResponse",
    "GetVideoInfoRequest",
    "GetVideoInfoResponse",
    "GetVideoInfosRequest",
    "GetVideoInfosResponse",
    "GetVideoListRequest",
    "GetVideoListResponse",
    "GetVideoPlayAuthRequest",
    "GetVideoPlayAuthResponse",
    "GetVodTemplateRequest",
    "GetVodTemplateResponse",
    "GetWatermarkRequest",
    "GetWatermarkResponse",
    "InvalidRequestError",
    "ListAIImageInfoRequest",
    "ListAIImageInfoResponse",
    "ListAIJobRequest",
    "ListAIJobResponse",
    "ListAITemplateRequest",
    "ListAITemplateResponse",
    "ListAppInfoRequest",
    "ListAppInfoResponse",
    "ListAppPoliciesForIdentityRequest",
    "ListAppPoliciesForIdentityResponse",
    "ListAuditSecurityIpRequest",
    "ListAuditSecurityIpResponse",
    "ListDynamicImageRequest",
    "ListDynamicImageResponse",
    "ListLiveRecordVideoRequest",
    "ListLiveRecordVideoResponse",
    "ListSnapshotsRequest",
    "ListSnapshotsResponse",
    "ListTranscodeTaskRequest",
    "ListTranscodeTaskResponse",
    "ListTranscodeTemplateGroupRequest",
    "ListTranscodeTemplateGroupResponse",
    "ListVodTemplateRequest",
    "ListVodTemplateResponse",
    "ListWatermarkRequest",
    "ListWatermarkResponse",
    "MoveAppResourceRequest",
    "MoveAppResourceResponse",
    "NetworkError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PreloadVodObjectCachesRequest",
    "PreloadVodObjectCachesResponse",
    "ProduceEditingProjectVideoRequest",
    "ProduceEditingProjectVideoResponse",
    "RefreshMediaPlayUrlsRequest",
    "RefreshMediaPlayUrlsResponse",
    "RefreshUploadVideoRequest",
    "RefreshUploadVideoResponse",
    "RefreshVodObjectCachesRequest",
    "RefreshVodObjectCachesResponse",
    "RegisterMediaRequest",
    "RegisterMediaResponse",
    "RequestValidationError",
    "ResponseDecodeError",
    "RestoreMediaRequest",
    "RestoreMediaResponse",
    "SearchEditingProjectRequest",
    "SearchEditingProjectResponse",
    "SearchMediaRequest",
    "SearchMediaResponse",
    "ServerError",
    "SetAuditSecurityIpRequest",
    "SetAuditSecurityIpResponse",
    "SetCrossdomainContentRequest",
    "SetCrossdomainContentResponse",
    "SetDefaultAITemplateRequest",
    "SetDefaultAITemplateResponse",
    "SetDefaultTranscodeTemplateGroupRequest",
    "SetDefaultTranscodeTemplateGroupResponse",
    "SetDefaultWatermarkRequest",
    "SetDefaultWatermarkResponse",
    "SetEditingProjectMaterialsRequest",
    "SetEditingProjectMaterialsResponse",
    "SetMessageCallbackRequest",
    "SetMessageCallbackResponse",
    "SetVodDomainCertificateRequest",
    "SetVodDomainCertificateResponse",
    "SignatureMismatchError",
    "SubmitAIImageAuditJobRequest",
    "SubmitAIImageAuditJobResponse",
    "SubmitAIImageJobRequest",
    "SubmitAIImageJobResponse",
    "SubmitAIJobRequest",
    "SubmitAIJobResponse",
    "SubmitAIMediaAuditJobRequest",
    "SubmitAIMediaAuditJobResponse",
    "SubmitDigitalWatermarkExtractJobRequest",
    "SubmitDigitalWatermarkExtractJobResponse",
    "SubmitDynamicImageJobRequest",
    "SubmitDynamicImageJobResponse",
    "SubmitMediaDNADeleteJobRequest",
    "SubmitMediaDNADeleteJobResponse",
    "SubmitPreprocessJobsRequest",
    "SubmitPreprocessJobsResponse",
    "SubmitSnapshotJobRequest",
    "SubmitSnapshotJobResponse",
    "SubmitTranscodeJobsRequest",
    "SubmitTranscodeJobsResponse",
    "SubmitWorkflowJobRequest",
    "SubmitWorkflowJobResponse",
    "ThrottlingError",
    "TimeoutError",
    "TransportError",
    "UpdateAITemplateRequest",
    "UpdateAITemplateResponse",
    "UpdateAppInfoRequest",
    "UpdateAppInfoResponse",
    "UpdateAttachedMediaInfosRequest",
    "UpdateAttachedMediaInfosResponse",
    "UpdateCategoryRequest",
    "UpdateCategoryResponse",
    "UpdateEditingProjectRequest",
    "UpdateEditingProjectResponse",
    "UpdateImageInfosRequest",
    "UpdateImageInfosResponse",
    "UpdateMediaStorageClassRequest",
    "UpdateMediaStorageClassResponse",
    "UpdateTranscodeTemplateGroupRequest",
    "UpdateTranscodeTemplateGroupResponse",
    "UpdateVideoInfoRequest",
    "UpdateVideoInfoResponse",
    "UpdateVideoInfosRequest",
    "UpdateVideoInfosResponse",
    "UpdateVodDomainRequest",
    "UpdateVodDomainResponse",
    "UpdateVodTemplateRequest",
    "UpdateVodTemplateResponse",
    "UpdateWatermarkRequest",
    "UpdateWatermarkResponse",
    "UploadMediaByURLRequest",
    "UploadMediaByURLResponse",
    "UploadStreamByURLRequest",
    "UploadStreamByURLResponse",
    "VerifyVodDomainOwnerRequest",
    "VerifyVodDomainOwnerResponse",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "ram_policy",
]
