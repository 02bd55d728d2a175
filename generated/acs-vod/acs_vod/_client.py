"""`Client`: one method per operation, generated from the specs (sync)."""

# Each method returns what `_call` answers: its models module's response model, as annotated.
# mypy: disable-error-code="no-any-return"

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from acs_core import client as _base
from acs_core.client import RawResponse

from . import _service as _s

if TYPE_CHECKING:
    from . import (
        AddAITemplateResponse,
        AddCategoryResponse,
        AddEditingProjectMaterialsResponse,
        AddEditingProjectResponse,
        AddTranscodeTemplateGroupResponse,
        AddVodDomainResponse,
        AddVodStorageForAppResponse,
        AddVodTemplateResponse,
        AddWatermarkResponse,
        AttachAppPolicyToIdentityResponse,
        BatchSetVodDomainConfigsResponse,
        BatchStartVodDomainResponse,
        BatchStopVodDomainResponse,
        CancelUrlUploadJobsResponse,
        CreateAppInfoResponse,
        CreateAuditResponse,
        CreateUploadAttachedMediaResponse,
        CreateUploadImageResponse,
        CreateUploadVideoResponse,
        DecryptKMSDataKeyResponse,
        DeleteAIImageInfosResponse,
        DeleteAITemplateResponse,
        DeleteAppInfoResponse,
        DeleteAttachedMediaResponse,
        DeleteCategoryResponse,
        DeleteDynamicImageResponse,
        DeleteEditingProjectMaterialsResponse,
        DeleteEditingProjectResponse,
        DeleteImageResponse,
        DeleteMessageCallbackResponse,
        DeleteMezzaninesResponse,
        DeleteMultipartUploadResponse,
        DeleteStreamResponse,
        DeleteTranscodeTemplateGroupResponse,
        DeleteVideoResponse,
        DeleteVodDomainResponse,
        DeleteVodSpecificConfigResponse,
        DeleteVodTemplateResponse,
        DeleteWatermarkResponse,
        DescribePlayTopVideosResponse,
        DescribePlayUserAvgResponse,
        DescribePlayUserTotalResponse,
        DescribePlayVideoStatisResponse,
        DescribeVodAIDataResponse,
        DescribeVodCertificateListResponse,
        DescribeVodDomainBpsDataByLayerResponse,
        DescribeVodDomainBpsDataResponse,
        DescribeVodDomainCertificateInfoResponse,
        DescribeVodDomainConfigsResponse,
        DescribeVodDomainDetailResponse,
        DescribeVodDomainHitRateDataResponse,
        DescribeVodDomainLogResponse,
        DescribeVodDomainQpsDataResponse,
        DescribeVodDomainRealTimeBpsDataResponse,
        DescribeVodDomainRealTimeByteHitRateDataResponse,
        DescribeVodDomainRealTimeDetailDataResponse,
        DescribeVodDomainRealTimeHttpCodeDataResponse,
        DescribeVodDomainRealTimeQpsDataResponse,
        DescribeVodDomainRealTimeReqHitRateDataResponse,
        DescribeVodDomainRealTimeTrafficDataResponse,
        DescribeVodDomainReqHitRateDataResponse,
        DescribeVodDomainSrcBpsDataResponse,
        DescribeVodDomainSrcTrafficDataResponse,
        DescribeVodDomainTrafficDataResponse,
        DescribeVodDomainUsageDataResponse,
        DescribeVodMediaPlayDataResponse,
        DescribeVodRangeDataByLocateAndIspServiceResponse,
        DescribeVodRefreshQuotaResponse,
        DescribeVodRefreshTasksResponse,
        DescribeVodStorageDataResponse,
        DescribeVodTieringStorageDataResponse,
        DescribeVodTieringStorageRetrievalDataResponse,
        DescribeVodTranscodeDataResponse,
        DescribeVodUserDomainsResponse,
        DescribeVodVerifyContentResponse,
        DetachAppPolicyFromIdentityResponse,
        GenerateDownloadSecretKeyResponse,
        GenerateKMSDataKeyResponse,
        GetAIImageJobsResponse,
        GetAIMediaAuditJobResponse,
        GetAITemplateResponse,
        GetAIVideoTagResultResponse,
        GetAppInfosResponse,
        GetAttachedMediaInfoResponse,
        GetAuditHistoryResponse,
        GetCategoriesResponse,
        GetDefaultAITemplateResponse,
        GetDigitalWatermarkExtractResultResponse,
        GetEditingProjectMaterialsResponse,
        GetEditingProjectResponse,
        GetImageInfoResponse,
        GetImageInfosResponse,
        GetMediaAuditAudioResultDetailResponse,
        GetMediaAuditResultDetailResponse,
        GetMediaAuditResultResponse,
        GetMediaAuditResultTimelineResponse,
        GetMediaDNAResultResponse,
        GetMediaRefreshJobsResponse,
        GetMessageCallbackResponse,
        GetMezzanineInfoResponse,
        GetPlayInfoResponse,
        GetTranscodeSummaryResponse,
        GetTranscodeTaskResponse,
        GetTranscodeTemplateGroupResponse,
        GetUploadDetailsResponse,
        GetURLUploadInfosResponse,
        GetVideoInfoResponse,
        GetVideoInfosResponse,
        GetVideoListResponse,
        GetVideoPlayAuthResponse,
        GetVodTemplateResponse,
        GetWatermarkResponse,
        ListAIImageInfoResponse,
        ListAIJobResponse,
        ListAITemplateResponse,
        ListAppInfoResponse,
        ListAppPoliciesForIdentityResponse,
        ListAuditSecurityIpResponse,
        ListDynamicImageResponse,
        ListLiveRecordVideoResponse,
        ListSnapshotsResponse,
        ListTranscodeTaskResponse,
        ListTranscodeTemplateGroupResponse,
        ListVodTemplateResponse,
        ListWatermarkResponse,
        MoveAppResourceResponse,
        PreloadVodObjectCachesResponse,
        ProduceEditingProjectVideoResponse,
        RefreshMediaPlayUrlsResponse,
        RefreshUploadVideoResponse,
        RefreshVodObjectCachesResponse,
        RegisterMediaResponse,
        RestoreMediaResponse,
        SearchEditingProjectResponse,
        SearchMediaResponse,
        SetAuditSecurityIpResponse,
        SetCrossdomainContentResponse,
        SetDefaultAITemplateResponse,
        SetDefaultTranscodeTemplateGroupResponse,
        SetDefaultWatermarkResponse,
        SetEditingProjectMaterialsResponse,
        SetMessageCallbackResponse,
        SetVodDomainCertificateResponse,
        SubmitAIImageAuditJobResponse,
        SubmitAIImageJobResponse,
        SubmitAIJobResponse,
        SubmitAIMediaAuditJobResponse,
        SubmitDigitalWatermarkExtractJobResponse,
        SubmitDynamicImageJobResponse,
        SubmitMediaDNADeleteJobResponse,
        SubmitPreprocessJobsResponse,
        SubmitSnapshotJobResponse,
        SubmitTranscodeJobsResponse,
        SubmitWorkflowJobResponse,
        UpdateAITemplateResponse,
        UpdateAppInfoResponse,
        UpdateAttachedMediaInfosResponse,
        UpdateCategoryResponse,
        UpdateEditingProjectResponse,
        UpdateImageInfosResponse,
        UpdateMediaStorageClassResponse,
        UpdateTranscodeTemplateGroupResponse,
        UpdateVideoInfoResponse,
        UpdateVideoInfosResponse,
        UpdateVodDomainResponse,
        UpdateVodTemplateResponse,
        UpdateWatermarkResponse,
        UploadMediaByURLResponse,
        UploadStreamByURLResponse,
        VerifyVodDomainOwnerResponse,
    )
    from .models.describe_play_top_videos import TopPlayVideoStatisItem
    from .models.describe_vod_domain_log import DomainLogDetailItem
    from .models.describe_vod_media_play_data import QoeInfoListItem
    from .models.describe_vod_refresh_tasks import TaskItem
    from .models.describe_vod_user_domains import PageDataItem
    from .models.get_ai_image_jobs import AIImageJob
    from .models.get_audit_history import HistoriesItem
    from .models.get_categories import CategoryItem
    from .models.get_media_audit_audio_result_detail import (
        ListItem as GetMediaAuditAudioResultDetailListItem,
    )
    from .models.get_media_audit_result_detail import (
        ListItem as GetMediaAuditResultDetailListItem,
    )
    from .models.get_video_list import VideoItem
    from .models.list_app_info import AppInfoListItem
    from .models.list_live_record_video import LiveRecordVideoItem
    from .models.list_snapshots import SnapshotItem
    from .models.list_transcode_task import TranscodeTaskListItem
    from .models.search_editing_project import ProjectItem
    from .models.search_media import MediaListItem

__all__ = ["Client", "RawClient", "RawResponse"]


class RawClient:
    """`Client`'s operations, answering `RawResponse` (status, headers, body, `.parsed`)."""

    def __init__(self, client: Client) -> None:
        self.add_ai_template = _base.raw(client.add_ai_template)
        self.add_category = _base.raw(client.add_category)
        self.add_editing_project = _base.raw(client.add_editing_project)
        self.add_editing_project_materials = _base.raw(
            client.add_editing_project_materials
        )
        self.add_transcode_template_group = _base.raw(
            client.add_transcode_template_group
        )
        self.add_vod_domain = _base.raw(client.add_vod_domain)
        self.add_vod_storage_for_app = _base.raw(client.add_vod_storage_for_app)
        self.add_vod_template = _base.raw(client.add_vod_template)
        self.add_watermark = _base.raw(client.add_watermark)
        self.attach_app_policy_to_identity = _base.raw(
            client.attach_app_policy_to_identity
        )
        self.batch_set_vod_domain_configs = _base.raw(
            client.batch_set_vod_domain_configs
        )
        self.batch_start_vod_domain = _base.raw(client.batch_start_vod_domain)
        self.batch_stop_vod_domain = _base.raw(client.batch_stop_vod_domain)
        self.cancel_url_upload_jobs = _base.raw(client.cancel_url_upload_jobs)
        self.create_app_info = _base.raw(client.create_app_info)
        self.create_audit = _base.raw(client.create_audit)
        self.create_upload_attached_media = _base.raw(
            client.create_upload_attached_media
        )
        self.create_upload_image = _base.raw(client.create_upload_image)
        self.create_upload_video = _base.raw(client.create_upload_video)
        self.decrypt_kms_data_key = _base.raw(client.decrypt_kms_data_key)
        self.delete_ai_image_infos = _base.raw(client.delete_ai_image_infos)
        self.delete_ai_template = _base.raw(client.delete_ai_template)
        self.delete_app_info = _base.raw(client.delete_app_info)
        self.delete_attached_media = _base.raw(client.delete_attached_media)
        self.delete_category = _base.raw(client.delete_category)
        self.delete_dynamic_image = _base.raw(client.delete_dynamic_image)
        self.delete_editing_project = _base.raw(client.delete_editing_project)
        self.delete_editing_project_materials = _base.raw(
            client.delete_editing_project_materials
        )
        self.delete_image = _base.raw(client.delete_image)
        self.delete_message_callback = _base.raw(client.delete_message_callback)
        self.delete_mezzanines = _base.raw(client.delete_mezzanines)
        self.delete_multipart_upload = _base.raw(client.delete_multipart_upload)
        self.delete_stream = _base.raw(client.delete_stream)
        self.delete_transcode_template_group = _base.raw(
            client.delete_transcode_template_group
        )
        self.delete_video = _base.raw(client.delete_video)
        self.delete_vod_domain = _base.raw(client.delete_vod_domain)
        self.delete_vod_specific_config = _base.raw(client.delete_vod_specific_config)
        self.delete_vod_template = _base.raw(client.delete_vod_template)
        self.delete_watermark = _base.raw(client.delete_watermark)
        self.describe_play_top_videos = _base.raw(client.describe_play_top_videos)
        self.describe_play_user_avg = _base.raw(client.describe_play_user_avg)
        self.describe_play_user_total = _base.raw(client.describe_play_user_total)
        self.describe_play_video_statis = _base.raw(client.describe_play_video_statis)
        self.describe_vod_ai_data = _base.raw(client.describe_vod_ai_data)
        self.describe_vod_certificate_list = _base.raw(
            client.describe_vod_certificate_list
        )
        self.describe_vod_domain_bps_data = _base.raw(
            client.describe_vod_domain_bps_data
        )
        self.describe_vod_domain_bps_data_by_layer = _base.raw(
            client.describe_vod_domain_bps_data_by_layer
        )
        self.describe_vod_domain_certificate_info = _base.raw(
            client.describe_vod_domain_certificate_info
        )
        self.describe_vod_domain_configs = _base.raw(client.describe_vod_domain_configs)
        self.describe_vod_domain_detail = _base.raw(client.describe_vod_domain_detail)
        self.describe_vod_domain_hit_rate_data = _base.raw(
            client.describe_vod_domain_hit_rate_data
        )
        self.describe_vod_domain_log = _base.raw(client.describe_vod_domain_log)
        self.describe_vod_domain_qps_data = _base.raw(
            client.describe_vod_domain_qps_data
        )
        self.describe_vod_domain_real_time_bps_data = _base.raw(
            client.describe_vod_domain_real_time_bps_data
        )
        self.describe_vod_domain_real_time_byte_hit_rate_data = _base.raw(
            client.describe_vod_domain_real_time_byte_hit_rate_data
        )
        self.describe_vod_domain_real_time_detail_data = _base.raw(
            client.describe_vod_domain_real_time_detail_data
        )
        self.describe_vod_domain_real_time_http_code_data = _base.raw(
            client.describe_vod_domain_real_time_http_code_data
        )
        self.describe_vod_domain_real_time_qps_data = _base.raw(
            client.describe_vod_domain_real_time_qps_data
        )
        self.describe_vod_domain_real_time_req_hit_rate_data = _base.raw(
            client.describe_vod_domain_real_time_req_hit_rate_data
        )
        self.describe_vod_domain_real_time_traffic_data = _base.raw(
            client.describe_vod_domain_real_time_traffic_data
        )
        self.describe_vod_domain_req_hit_rate_data = _base.raw(
            client.describe_vod_domain_req_hit_rate_data
        )
        self.describe_vod_domain_src_bps_data = _base.raw(
            client.describe_vod_domain_src_bps_data
        )
        self.describe_vod_domain_src_traffic_data = _base.raw(
            client.describe_vod_domain_src_traffic_data
        )
        self.describe_vod_domain_traffic_data = _base.raw(
            client.describe_vod_domain_traffic_data
        )
        self.describe_vod_domain_usage_data = _base.raw(
            client.describe_vod_domain_usage_data
        )
        self.describe_vod_media_play_data = _base.raw(
            client.describe_vod_media_play_data
        )
        self.describe_vod_range_data_by_locate_and_isp_service = _base.raw(
            client.describe_vod_range_data_by_locate_and_isp_service
        )
        self.describe_vod_refresh_quota = _base.raw(client.describe_vod_refresh_quota)
        self.describe_vod_refresh_tasks = _base.raw(client.describe_vod_refresh_tasks)
        self.describe_vod_storage_data = _base.raw(client.describe_vod_storage_data)
        self.describe_vod_tiering_storage_data = _base.raw(
            client.describe_vod_tiering_storage_data
        )
        self.describe_vod_tiering_storage_retrieval_data = _base.raw(
            client.describe_vod_tiering_storage_retrieval_data
        )
        self.describe_vod_transcode_data = _base.raw(client.describe_vod_transcode_data)
        self.describe_vod_user_domains = _base.raw(client.describe_vod_user_domains)
        self.describe_vod_verify_content = _base.raw(client.describe_vod_verify_content)
        self.detach_app_policy_from_identity = _base.raw(
            client.detach_app_policy_from_identity
        )
        self.generate_download_secret_key = _base.raw(
            client.generate_download_secret_key
        )
        self.generate_kms_data_key = _base.raw(client.generate_kms_data_key)
        self.get_ai_image_jobs = _base.raw(client.get_ai_image_jobs)
        self.get_ai_media_audit_job = _base.raw(client.get_ai_media_audit_job)
        self.get_ai_template = _base.raw(client.get_ai_template)
        self.get_ai_video_tag_result = _base.raw(client.get_ai_video_tag_result)
        self.get_app_infos = _base.raw(client.get_app_infos)
        self.get_attached_media_info = _base.raw(client.get_attached_media_info)
        self.get_audit_history = _base.raw(client.get_audit_history)
        self.get_categories = _base.raw(client.get_categories)
        self.get_default_ai_template = _base.raw(client.get_default_ai_template)
        self.get_digital_watermark_extract_result = _base.raw(
            client.get_digital_watermark_extract_result
        )
        self.get_editing_project = _base.raw(client.get_editing_project)
        self.get_editing_project_materials = _base.raw(
            client.get_editing_project_materials
        )
        self.get_image_info = _base.raw(client.get_image_info)
        self.get_image_infos = _base.raw(client.get_image_infos)
        self.get_media_audit_audio_result_detail = _base.raw(
            client.get_media_audit_audio_result_detail
        )
        self.get_media_audit_result = _base.raw(client.get_media_audit_result)
        self.get_media_audit_result_detail = _base.raw(
            client.get_media_audit_result_detail
        )
        self.get_media_audit_result_timeline = _base.raw(
            client.get_media_audit_result_timeline
        )
        self.get_media_dna_result = _base.raw(client.get_media_dna_result)
        self.get_media_refresh_jobs = _base.raw(client.get_media_refresh_jobs)
        self.get_message_callback = _base.raw(client.get_message_callback)
        self.get_mezzanine_info = _base.raw(client.get_mezzanine_info)
        self.get_play_info = _base.raw(client.get_play_info)
        self.get_transcode_summary = _base.raw(client.get_transcode_summary)
        self.get_transcode_task = _base.raw(client.get_transcode_task)
        self.get_transcode_template_group = _base.raw(
            client.get_transcode_template_group
        )
        self.get_upload_details = _base.raw(client.get_upload_details)
        self.get_url_upload_infos = _base.raw(client.get_url_upload_infos)
        self.get_video_info = _base.raw(client.get_video_info)
        self.get_video_infos = _base.raw(client.get_video_infos)
        self.get_video_list = _base.raw(client.get_video_list)
        self.get_video_play_auth = _base.raw(client.get_video_play_auth)
        self.get_vod_template = _base.raw(client.get_vod_template)
        self.get_watermark = _base.raw(client.get_watermark)
        self.list_ai_image_info = _base.raw(client.list_ai_image_info)
        self.list_ai_job = _base.raw(client.list_ai_job)
        self.list_ai_template = _base.raw(client.list_ai_template)
        self.list_app_info = _base.raw(client.list_app_info)
        self.list_app_policies_for_identity = _base.raw(
            client.list_app_policies_for_identity
        )
        self.list_audit_security_ip = _base.raw(client.list_audit_security_ip)
        self.list_dynamic_image = _base.raw(client.list_dynamic_image)
        self.list_live_record_video = _base.raw(client.list_live_record_video)
        self.list_snapshots = _base.raw(client.list_snapshots)
        self.list_transcode_task = _base.raw(client.list_transcode_task)
        self.list_transcode_template_group = _base.raw(
            client.list_transcode_template_group
        )
        self.list_vod_template = _base.raw(client.list_vod_template)
        self.list_watermark = _base.raw(client.list_watermark)
        self.move_app_resource = _base.raw(client.move_app_resource)
        self.preload_vod_object_caches = _base.raw(client.preload_vod_object_caches)
        self.produce_editing_project_video = _base.raw(
            client.produce_editing_project_video
        )
        self.refresh_media_play_urls = _base.raw(client.refresh_media_play_urls)
        self.refresh_upload_video = _base.raw(client.refresh_upload_video)
        self.refresh_vod_object_caches = _base.raw(client.refresh_vod_object_caches)
        self.register_media = _base.raw(client.register_media)
        self.restore_media = _base.raw(client.restore_media)
        self.search_editing_project = _base.raw(client.search_editing_project)
        self.search_media = _base.raw(client.search_media)
        self.set_audit_security_ip = _base.raw(client.set_audit_security_ip)
        self.set_crossdomain_content = _base.raw(client.set_crossdomain_content)
        self.set_default_ai_template = _base.raw(client.set_default_ai_template)
        self.set_default_transcode_template_group = _base.raw(
            client.set_default_transcode_template_group
        )
        self.set_default_watermark = _base.raw(client.set_default_watermark)
        self.set_editing_project_materials = _base.raw(
            client.set_editing_project_materials
        )
        self.set_message_callback = _base.raw(client.set_message_callback)
        self.set_vod_domain_certificate = _base.raw(client.set_vod_domain_certificate)
        self.submit_ai_image_audit_job = _base.raw(client.submit_ai_image_audit_job)
        self.submit_ai_image_job = _base.raw(client.submit_ai_image_job)
        self.submit_ai_job = _base.raw(client.submit_ai_job)
        self.submit_ai_media_audit_job = _base.raw(client.submit_ai_media_audit_job)
        self.submit_digital_watermark_extract_job = _base.raw(
            client.submit_digital_watermark_extract_job
        )
        self.submit_dynamic_image_job = _base.raw(client.submit_dynamic_image_job)
        self.submit_media_dna_delete_job = _base.raw(client.submit_media_dna_delete_job)
        self.submit_preprocess_jobs = _base.raw(client.submit_preprocess_jobs)
        self.submit_snapshot_job = _base.raw(client.submit_snapshot_job)
        self.submit_transcode_jobs = _base.raw(client.submit_transcode_jobs)
        self.submit_workflow_job = _base.raw(client.submit_workflow_job)
        self.update_ai_template = _base.raw(client.update_ai_template)
        self.update_app_info = _base.raw(client.update_app_info)
        self.update_attached_media_infos = _base.raw(client.update_attached_media_infos)
        self.update_category = _base.raw(client.update_category)
        self.update_editing_project = _base.raw(client.update_editing_project)
        self.update_image_infos = _base.raw(client.update_image_infos)
        self.update_media_storage_class = _base.raw(client.update_media_storage_class)
        self.update_transcode_template_group = _base.raw(
            client.update_transcode_template_group
        )
        self.update_video_info = _base.raw(client.update_video_info)
        self.update_video_infos = _base.raw(client.update_video_infos)
        self.update_vod_domain = _base.raw(client.update_vod_domain)
        self.update_vod_template = _base.raw(client.update_vod_template)
        self.update_watermark = _base.raw(client.update_watermark)
        self.upload_media_by_url = _base.raw(client.upload_media_by_url)
        self.upload_stream_by_url = _base.raw(client.upload_stream_by_url)
        self.verify_vod_domain_owner = _base.raw(client.verify_vod_domain_owner)


class Client(_base.ClientBase):
    """ApsaraVideo VOD (2017-03-21): one method per operation; the options are described
    in `acs_core.client`.
    """

    _service = _s.SERVICE
    _package = __package__

    @property
    def raw(self) -> RawClient:
        """The same operations, answering the raw response next to the parsed model."""
        return self._raw(RawClient)

    def add_ai_template(
        self, *, template_name: str, template_type: str, template_config: str
    ) -> AddAITemplateResponse:
        """调用AddAITemplate添加智能审核和智能封面任务需要使用的AI模板。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        -
        添加智能审核和智能封面任务需要使用的AI模板前，请确保已开通[智能审核](https://ai.aliyun.com/vi/censor)或[智能封面](https://ai.aliyun.com/vi/cover)。
        """
        return self._call("add_ai_template", locals())

    def add_category(
        self, *, cate_name: str, parent_id: int | None = None, type_: str | None = None
    ) -> AddCategoryResponse:
        """调用AddCategory创建分类，后续您可以对存储在视频点播中的音视频、图片及短视频素材的类别进行划分，让您对视频点播中资源的检索和管理更加便捷。
        -
        音视频/图片分类（`Type`为`default`）最多支持三级分类，每级分类最多支持创建100个子分类；短视频素材分类（`Type`为`material`）最多支持两级分类，每级分类最多支持创建100个子分类。
        - 创建分类后，您可以在上传媒体资源时或对已经上传的媒体资源进行分类划分，具体操作，请参见[媒资分类](~~86070~~)。
        """
        return self._call("add_category", locals())

    def add_editing_project(
        self,
        *,
        title: str,
        description: str | None = None,
        timeline: str | None = None,
        cover_url: str | None = None,
        division: str | None = None,
    ) -> AddEditingProjectResponse:
        """调用AddEditingProject创建云剪辑工程（视频编辑任务）。
        - 更多有关云剪辑的详细内容，请参见[云剪辑](~~95482~~)。
        """
        return self._call("add_editing_project", locals())

    def add_editing_project_materials(
        self, *, project_id: str, material_ids: str, material_type: str
    ) -> AddEditingProjectMaterialsResponse:
        """将一个或多个素材添加到剪辑工程中。"""
        return self._call("add_editing_project_materials", locals())

    def add_transcode_template_group(
        self,
        *,
        name: str | None = None,
        transcode_template_list: str | None = None,
        transcode_template_group_id: str | None = None,
        app_id: str | None = None,
    ) -> AddTranscodeTemplateGroupResponse:
        """调用AddTranscodeTemplateGroup添加转码配置信息，可创建新的转码模板组，或者向指定模板组中添加新的转码模板。
        -
        被视频点播后台**锁定**的转码模板组不支持自定义操作，您可以调用[GetTranscodeTemplateGroup](~~GetTranscodeTemplateGroup~~)接口查询模板配置，通过返回的响应参数Locked，查看模板组是否被锁定；您可以调用[UpdateTranscodeTemplateGroup](~~UpdateTranscodeTemplateGroup~~)接口将模板解锁后，再进行更改等操作。
        - 由于转码涉及到文件的存储地址，因此如果没有可以正常使用的存储地址，暂不支持添加转码模板组（您可以在**视频点播控制台 > 配置管理 > 媒资管理配置 >
        存储管理**中，激活**点播系统bucket**获取可用的存储地址）。
        - **不转码**模板组，不允许追加转码模板配置信息。
        - 支持最多创建20个转码模板组。
        - 一个转码模板组支持最多添加20个转码模板配置。
        - 若需要通过转码生成多码率自适应流地址时，一个转码模板组中支持最多添加10个视频打包模板 ，若超过10个，则只会生成各码流地址，不会生成自适应流地址。

        ### QPS限制
        本接口的单用户QPS限制为5次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("add_transcode_template_group", locals())

    def add_vod_domain(
        self,
        *,
        domain_name: str,
        sources: str,
        check_url: str | None = None,
        scope: str | None = None,
        top_level_domain: str | None = None,
    ) -> AddVodDomainResponse:
        """调用AddVodDomain添加点播加速域名。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 创建加速域名之前，您需要先开通[点播服务](~~51512~~)，并且加速域名必须已备案完成。
        - 源站内容。如果不在阿里云平台上，需要审核，审核工作会在下一工作日前完成。
        - 每次只能提交一个加速域名，一个用户最多添加20个域名。
        """
        return self._call("add_vod_domain", locals())

    def add_vod_storage_for_app(
        self,
        *,
        app_id: str,
        storage_location: str | None = None,
        storage_type: str | None = None,
    ) -> AddVodStorageForAppResponse:
        """为视频点播的子应用绑定存储Bucket。 调用AddVodStorageForApp为视频点播子应用启用点播系统bucket。
        <notice>每个子应用最多启用一个点播系统bucket。传入不存在AppId或AppId已启用点播系统bucket会返回失败。</notice>
        """
        return self._call("add_vod_storage_for_app", locals())

    def add_vod_template(
        self,
        *,
        name: str,
        template_type: str,
        template_config: str,
        app_id: str | None = None,
    ) -> AddVodTemplateResponse:
        """调用AddVodTemplate添加截图或动图模板。
        -
        添加模板后，可通过[SubmitSnapshotJob](~~SubmitSnapshotJob~~)或[SubmitDynamicImageJob](~~SubmitDynamicImageJob~~)接口传递截图或动图模板ID，发起截图或动图任务。
        -
        您可以通过HTTP回调（兼容HTTPS）、MNS回调两种方式来接收[视频截图完成](~~57337~~)和[视频动图完成](~~143490~~)回调消息。具体详情，请参见[回调方式](~~55627~~)。
        """
        return self._call("add_vod_template", locals())

    def add_watermark(
        self,
        *,
        type_: str,
        name: str,
        watermark_config: str,
        file_url: str | None = None,
        app_id: str | None = None,
    ) -> AddWatermarkResponse:
        """为了简化水印任务的处理过程，视频点播将复杂的水印位置、水印大小、水印文字的字体、颜色等水印参数固化成模板，并通过具有唯一性的水印模板ID来指代。调用AddWatermark可以添加图片水印模板或文字水印模板。
        -
        调用本接口可以添加图片水印模板（`Image`）或文字水印模板（`Text`），其中，图片水印模板支持如下格式：静态图片（PNG）、动态图片（GIF、APNG、MOV）。
        -
        调用本接口添加图文水印模板后，您还需调用[AddTranscodeTemplateGroup](~~AddTranscodeTemplateGroup~~)或[UpdateTranscodeTemplateGroup](~~UpdateTranscodeTemplateGroup~~)接口，将图文水印模板关联到转码模板组上，以便后续发起水印转码时选用。
        - 为视频添加图文水印的详细信息，请参见[视频图文水印](~~99369~~)。
        """
        return self._call("add_watermark", locals())

    def attach_app_policy_to_identity(
        self,
        *,
        identity_type: str,
        identity_name: str,
        policy_names: str,
        app_id: str | None = None,
    ) -> AttachAppPolicyToIdentityResponse:
        """调用AttachAppPolicyToIdentity为指定身份（RAM用户或RAM角色）附加点播应用的访问权限。 >
        每个RAM用户或RAM角色最多授予10个应用权限。
        """
        return self._call("attach_app_policy_to_identity", locals())

    def batch_set_vod_domain_configs(
        self, *, domain_names: str, functions: str
    ) -> BatchSetVodDomainConfigsResponse:
        """调用BatchSetVodDomainConfigs批量配置加速域名。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 一次最多支持配置50个域名。
        -
        调用本接口给域名配置某些功能后，将会生成唯一的ConfigId，通过ConfigId可以完成更新和删除域名配置的操作。本接口调用成功后不返回ConfigId，需要通过[DescribeVodDomainConfigs](~~DescribeVodDomainConfigs~~)接口查询。
        """
        return self._call("batch_set_vod_domain_configs", locals())

    def batch_start_vod_domain(
        self, *, domain_names: str
    ) -> BatchStartVodDomainResponse:
        """调用BatchStartVodDomain启用状态为“停用”的加速域名。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        如果域名对应账号欠费或域名处于非法状态，则无法正常调用该接口启用点播域名。
        """
        return self._call("batch_start_vod_domain", locals())

    def batch_stop_vod_domain(self, *, domain_names: str) -> BatchStopVodDomainResponse:
        """调用BatchStopVodDomain暂停域名加速。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        停用该加速域名后，该条加速域名信息仍保留。对于加速域名的请求系统将做自动回源处理。
        """
        return self._call("batch_stop_vod_domain", locals())

    def cancel_url_upload_jobs(
        self, *, job_ids: str | None = None, upload_urls: str | None = None
    ) -> CancelUrlUploadJobsResponse:
        """取消排队中的URL上传任务。
        - 只能取消任务状态为**Pending**的URL上传任务，可通过[GetURLUploadInfos](~~106830~~)接口查询任务状态。
        - 已经开始执行的上传任务无法取消。

        ### QPS限制
        本接口的单用户QPS限制为50次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("cancel_url_upload_jobs", locals())

    def create_app_info(
        self, *, app_name: str, description: str | None = None
    ) -> CreateAppInfoResponse:
        """调用CreateAppInfo创建新的应用。 每个账号最多能创建10个应用，更多详情，请参见[多应用开发指南](~~113600~~)。 ###
        QPS限制
        本接口的单用户QPS限制为50次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("create_app_info", locals())

    def create_audit(self, *, audit_content: str) -> CreateAuditResponse:
        """调用CreateAudit进行人工审核，可用于审核视频、音频等媒体信息。"""
        return self._call("create_audit", locals())

    def create_upload_attached_media(
        self,
        *,
        business_type: str,
        title: str | None = None,
        media_ext: str | None = None,
        file_name: str | None = None,
        file_size: str | None = None,
        tags: str | None = None,
        storage_location: str | None = None,
        description: str | None = None,
        user_data: str | None = None,
        cate_ids: str | None = None,
        app_id: str | None = None,
    ) -> CreateUploadAttachedMediaResponse:
        """获取辅助媒资上传地址和凭证，辅助媒资包括水印、字幕、素材等。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。媒资文件上传到视频点播中会产生存储费用，计费详情，请参见[媒资存储计费](~~188308#section_e97_xrp_mzz~~)。如果您已开通了存储传输加速，则上传媒资文件到视频点播时还将涉及上传加速费用，计费详情请参见[存储传输加速计费](~~188310#section_sta_zm2_tsv~~)。**
        -
        获取上传地址和凭证为点播服务的核心基础，是每个上传操作的必经过程。点播服务提供了服务端上传SDK、客户端上传SDK、离线拉取上传、基于OSS服务端API上传、基于OSS原生SDK上传等不同的上传方式，每种方式对获取上传地址和凭证的要求不同，详细内容请参见[上传地址和凭证](~~55397~~)的使用说明。
        - 如果上传凭证失效（有效期3000秒），请重新调用此接口获取上传地址和凭证。
        - 可通过配置回调，接收[辅助媒资上传完成](~~103250~~)的事件通知来判断是否上传成功。
        """
        return self._call("create_upload_attached_media", locals())

    def create_upload_image(
        self,
        *,
        image_type: str,
        title: str | None = None,
        image_ext: str | None = None,
        original_file_name: str | None = None,
        tags: str | None = None,
        storage_location: str | None = None,
        cate_id: int | None = None,
        user_data: str | None = None,
        description: str | None = None,
        app_id: str | None = None,
    ) -> CreateUploadImageResponse:
        """上传地址和上传凭证均由点播服务下发，主要解决媒体上传过程中的授权和安全问题，防止恶意上传。同时，点播服务在下发上传地址和凭证时还会自动创建媒资信息，即媒体ID（MediaId），也叫视频ID（VideoId）或图片ID（ImageId），用于媒资生命周期管理或媒体处理。调用CreateUploadImage获取图片上传地址和凭证，并创建图片信息。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。媒资文件上传到视频点播中会产生存储费用，计费详情，请参见[媒资存储计费](~~188308#section_e97_xrp_mzz~~)。如果您已开通了存储传输加速，则上传媒资文件到视频点播时还将涉及上传加速费用，计费详情请参见[存储传输加速计费](~~188310#section_sta_zm2_tsv~~)。**
        -
        获取上传地址和凭证为点播服务的核心基础，是每个上传操作的必经过程。点播服务提供了服务端上传SDK、客户端上传SDK、离线拉取上传、基于OSS服务端API上传、基于OSS原生SDK上传等不同的上传方式，每种方式对获取上传地址和凭证的要求不同，详细内容请参见[上传地址和凭证](~~55397~~)的使用说明。
        - 上传图片不支持刷新上传地址和凭证。如果图片上传凭证失效（ 默认有效期3000秒），请重新调用此接口获取上传地址和凭证。
        - 图片水印通过[获取辅助媒资上传地址和凭证](~~98467~~)接口上传。
        - 可通过配置回调，接收[图片上传完成](~~91968~~)的事件通知来判断是否上传成功。
        """
        return self._call("create_upload_image", locals())

    def create_upload_video(
        self,
        *,
        file_name: str,
        title: str,
        cover_url: str | None = None,
        description: str | None = None,
        file_size: int | None = None,
        cate_id: int | None = None,
        tags: str | None = None,
        user_data: str | None = None,
        template_group_id: str | None = None,
        workflow_id: str | None = None,
        storage_location: str | None = None,
        app_id: str | None = None,
    ) -> CreateUploadVideoResponse:
        """上传地址和上传凭证均由点播服务下发，主要解决媒体上传过程中的授权和安全问题，防止恶意上传。同时，点播服务在下发上传地址和凭证时还会自动创建媒资信息，即媒体ID（MediaId），也叫视频ID（VideoId）或图片ID（ImageId），用于媒资生命周期管理或媒体处理。调用CreateUploadVideo获取音视频上传地址和凭证，并创建音视频信息。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。媒资文件上传到视频点播中会产生存储费用，计费详情，请参见[媒资存储计费](~~188308#section_e97_xrp_mzz~~)。如果您已开通了存储传输加速，则上传媒资文件到视频点播时还将涉及上传加速费用，计费详情请参见[存储传输加速计费](~~188310#section_sta_zm2_tsv~~)。**
        - 本接口既支持获取视频的上传地址和凭证，同时也支持获取音频的上传地址和凭证。具体操作，请参见[上传地址和凭证](~~55397~~)。
        - 本接口仅用于获取上传地址和凭证以及创建媒资基础信息，并非上传文件，通过接口上传的完整示例，请参见[通过视频点播API上传媒资文件](~~476208~~)。
        -
        如果视频上传凭证失效（默认有效期为3000秒），请调用[RefreshUploadVideo](~~RefreshUploadVideo~~)接口重新获取上传凭证。
        -
        上传后，可通过配置回调，接收[上传事件通知](~~55396~~)或调用[GetMezzanineInfo](~~59624~~)接口根据返回的文件状态来判断是否上传成功。
        - 本接口返回的VideoId参数，可以用于媒资生命周期管理或媒体处理。
        -
        获取上传地址和凭证为点播服务的核心基础，是每个上传操作的必经过程。点播服务提供多种不同的上传方式，每种方式对获取上传地址和凭证的要求不同，详细内容请参见[上传地址和凭证](~~55397~~)的使用说明。
        """
        return self._call("create_upload_video", locals())

    def upload_video(
        self,
        source: _base.UploadSource,
        *,
        title: str,
        file_name: str | None = None,
        cover_url: str | None = None,
        description: str | None = None,
        cate_id: int | None = None,
        tags: str | None = None,
        user_data: str | None = None,
        template_group_id: str | None = None,
        workflow_id: str | None = None,
        storage_location: str | None = None,
        app_id: str | None = None,
        part_size: int | None = None,
        parallelism: int | None = None,
        progress: _base.ProgressCallback | None = None,
        checkpoint_dir: str | None = None,
    ) -> CreateUploadVideoResponse:
        """Call CreateUploadVideo for an upload address and temporary credentials, then
        upload the file to OSS with them (multipart and parallel when large), renewing
        them with RefreshUploadVideo when they expire; return CreateUploadVideo's
        response.

        `source`: a path, bytes, a binary file or an iterator of bytes; its name and
        size are the file's unless given. `part_size`, `parallelism`, `progress` (called
        with bytes done and in all) and `checkpoint_dir` (a path's upload resumes from
        there) go to `acs_core.oss.Transfer`. Bad input is refused before anything is
        sent.
        """
        return self._upload("create_upload_video", locals())

    def decrypt_kms_data_key(self, *, cipher_text: str) -> DecryptKMSDataKeyResponse:
        """解密KMS数据密钥中的CiphertextBlob密文。"""
        return self._call("decrypt_kms_data_key", locals())

    def delete_ai_image_infos(
        self, *, ai_image_info_ids: str
    ) -> DeleteAIImageInfosResponse:
        """调用DeleteAIImageInfos删除AI图片信息。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**。
        - 本接口只会删除AI图片信息，并不会实际删除图片文件。
        """
        return self._call("delete_ai_image_infos", locals())

    def delete_ai_template(self, *, template_id: str) -> DeleteAITemplateResponse:
        """调用DeleteAITemplate删除AI模板。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 已设置为默认的AI模板不能删除。
        """
        return self._call("delete_ai_template", locals())

    def delete_app_info(self, *, app_id: str) -> DeleteAppInfoResponse:
        """调用DeleteAppInfo删除应用信息。 应用下存在资源时，将无法被删除。 ### QPS限制
        本接口的单用户QPS限制为10次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("delete_app_info", locals())

    def delete_attached_media(self, *, media_ids: str) -> DeleteAttachedMediaResponse:
        """删除辅助媒资，支持批量删除。
        - 此接口为物理删除辅助媒资，且无法恢复，请谨慎操作。
        - 一次最多支持删除20个辅助媒资。

        ### QPS限制
        本接口的单用户QPS限制为50次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("delete_attached_media", locals())

    def delete_category(self, *, cate_id: int) -> DeleteCategoryResponse:
        """调用DeleteCategory删除分类及其子分类。
        - **本接口会同时删除分类及其子分类（包括二级分类和三级分类），请谨慎操作。**
        - 若已为部分媒体资源标注了分类，则删除该分类后，该部分媒体资源已标注的分类会被同步删除。
        """
        return self._call("delete_category", locals())

    def delete_dynamic_image(
        self, *, video_id: str, dynamic_image_ids: str | None = None
    ) -> DeleteDynamicImageResponse:
        """调用DeleteDynamicImage删除动图信息。
        - 本接口只会删除动图与视频的关联关系，并不会实际删除动图文件。
        - 关联关系删除之后，将无法通过[查询动图列表](~~180958~~)接口查询到视频下已被删除的动图信息。

        ### QPS限制
        本接口的单用户QPS限制为10次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("delete_dynamic_image", locals())

    def delete_editing_project(
        self, *, project_ids: str
    ) -> DeleteEditingProjectResponse:
        """调用DeleteEditingProject删除云剪辑工程。
        - 支持批量删除。
        """
        return self._call("delete_editing_project", locals())

    def delete_editing_project_materials(
        self, *, project_id: str, material_ids: str, material_type: str
    ) -> DeleteEditingProjectMaterialsResponse:
        """删除云剪辑工程的待剪辑素材。"""
        return self._call("delete_editing_project_materials", locals())

    def delete_image(
        self,
        *,
        delete_image_type: str,
        image_urls: str | None = None,
        image_ids: str | None = None,
        video_id: str | None = None,
        image_type: str | None = None,
    ) -> DeleteImageResponse:
        """调用DeleteImage删除用户上传的图片或视频截图生成的图片。
        - **调用本接口删除图片时，会真正删除源文件，且不可逆，一旦删除，图片无法找回，请谨慎操作。**
        - 调用本接口删除图片后，某些情况存在CDN缓存，可能出现图片URL不会立即失效的现象。
        """
        return self._call("delete_image", locals())

    def delete_message_callback(
        self, *, app_id: str | None = None
    ) -> DeleteMessageCallbackResponse:
        """调用DeleteMessageCallback删除事件通知的回调方式、回调地址、事件类型。 >
        详细使用说明，请参见[事件通知开发指南](~~55627~~)。
        """
        return self._call("delete_message_callback", locals())

    def delete_mezzanines(
        self, *, video_ids: str, force: bool | None = None
    ) -> DeleteMezzaninesResponse:
        """批量删除音视频源文件信息。 点播的媒体处理操作（转码、截图、审核等）均是对源文件的操作，因此源文件一旦删除，后续的媒体处理操作将无法进行，请慎重操作。"""
        return self._call("delete_mezzanines", locals())

    def delete_multipart_upload(
        self, *, media_id: str, media_type: str
    ) -> DeleteMultipartUploadResponse:
        """删除上传中产生的碎片文件。
        - 使用分片上传时，若上传失败则可能会产生碎片文件，一般7天后会自动清除。在上传完成或失败后，可调用本接口手动清除碎片文件。
        - 调用本接口不会删除原始文件和转码后的文件，只会删除上传过程中产生的碎片文件。
        - 调用[删除完整视频](~~52837~~)接口，会删除包含碎片文件等在内的完整视频文件。
        """
        return self._call("delete_multipart_upload", locals())

    def delete_stream(self, *, job_ids: str, video_id: str) -> DeleteStreamResponse:
        """删除媒体流（视频流，音频流）信息及存储文件。 ### 使用说明 支持批量删除。 ### QPS限制
        本接口的单用户QPS限制为50次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("delete_stream", locals())

    def delete_transcode_template_group(
        self,
        *,
        transcode_template_group_id: str,
        transcode_template_ids: str | None = None,
        force_del_group: str | None = None,
    ) -> DeleteTranscodeTemplateGroupResponse:
        """删除转码配置信息，可删除转码模板组下的部分转码模板，也可强制删除整个转码模板组。
        - 默认的转码模板，不允许删除，可取消其默认后再进行删除。
        -
        出于安全保护目的，处于锁定状态的转码模板组不能进行添加、修改、删除等操作。您可以调用[GetTranscodeTemplateGroup](~~GetTranscodeTemplateGroup~~)接口查询模板配置，通过返回的响应参数Locked，查看模板组是否被锁定；您可以调用[UpdateTranscodeTemplateGroup](~~UpdateTranscodeTemplateGroup~~)接口将模板解锁后，再进行更改操作。
        """
        return self._call("delete_transcode_template_group", locals())

    def delete_video(self, *, video_ids: str) -> DeleteVideoResponse:
        """删除完整视频（包括视频源文件、转码后的流文件、封面截图等）。 ### 使用说明
        - 此接口为物理删除视频，且无法恢复，请谨慎操作。
        - 支持批量删除。
        -
        删除视频时会删除源文件，包括视频源文件、转码后的流文件、封面截图等。但CDN缓存不会同步刷新，如果业务需要，可通过点播控制台的刷新功能，来清除CDN节点上的垃圾数据。相关操作请参见[刷新预热](~~86098~~)。

        ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("delete_video", locals())

    def delete_vod_domain(self, *, domain_name: str) -> DeleteVodDomainResponse:
        """调用DeleteVodDomain删除已添加的点播加速域名。 >- 目前服务地址仅支持：**华东2（上海）**。 >-
        此操作会导致域名不可访问，请慎重操作。建议您删除域名前到域名解析服务商处恢复域名A记录。 >-
        删除域名调用成功后，将删除本条点播域名的全部相关记录。对于仅需要暂停使用该点播域名，推荐使用[停用加速域名](~~120208~~)接口。
        """
        return self._call("delete_vod_domain", locals())

    def delete_vod_specific_config(
        self, *, domain_name: str, config_id: str, env: str | None = None
    ) -> DeleteVodSpecificConfigResponse:
        """调用DeleteVodSpecificConfig删除点播加速域名的配置。 >- 目前服务地址仅支持：**华东2（上海）**。 >-
        执行此操作会导致域名不可访问，建议您建议删除域名前到域名解析服务商处恢复域名A记录。 >-
        删除域名调用成功后将删除本条点播域名的全部相关记录。如果您仅需要暂停使用该点播域名，推荐您使用[停用加速域名](~~120208~~)接口。
        """
        return self._call("delete_vod_specific_config", locals())

    def delete_vod_template(self, *, vod_template_id: str) -> DeleteVodTemplateResponse:
        """调用DeleteVodTemplate删除截图模板。"""
        return self._call("delete_vod_template", locals())

    def delete_watermark(self, *, watermark_id: str) -> DeleteWatermarkResponse:
        """调用DeleteWatermark通过水印模板ID删除图片水印模板或文字水印模板。
        - **删除图片水印模板时，会将水印源文件物理删除，且无法恢复，请谨慎操作。**
        -
        已经被设置为默认图文水印模板的水印模板不支持删除。如需删除，可调用[SetDefaultWatermark](~~SetDefaultWatermark~~)设置其他图文水印模板为默认模板，以此来解除默认后，再进行删除。
        """
        return self._call("delete_watermark", locals())

    def describe_play_top_videos(
        self, *, biz_date: str, page_no: int | None = None, page_size: int | None = None
    ) -> DescribePlayTopVideosResponse:
        """调用DescribePlayTopVideos获取每日TOP视频的播放数据统计，统计指标包括播放次数、播放用户数和播放总时长。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 最多可查询当日Top1000的视频播放统计数据，Top视频列表默认基于播放次数进行倒序排序。
        - 仅支持统计使用了阿里云播放器SDK的播放数据。
        - 以北京时间（UTC+8）为基准，每天上午9点生成前一天的播放数据统计。
        - 支持查询2018-01-01之后的数据，数据查询的起止时间跨度最大为180天。
        """
        return self._call("describe_play_top_videos", locals())

    def iter_describe_play_top_videos(
        self, *, biz_date: str, page_size: int | None = None
    ) -> Iterator[TopPlayVideoStatisItem]:
        """The items of TopPlayVideos.TopPlayVideoStatis on every page (pages numbered
        from 1, by PageNo), until a page is empty or TotalNum items have come.

        Each page is a call of `describe_play_top_videos`; a page that repeats the one
        before it raises `PaginationError`.
        """
        return self._iterate("describe_play_top_videos", locals())

    def describe_play_user_avg(
        self, *, start_time: str, end_time: str
    ) -> DescribePlayUserAvgResponse:
        """调用DescribePlayUserAvg获取指定时间范围内的每日播放数据均量统计，统计指标包括平均播放时长、平均播放次数。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 仅支持使用了阿里云播放器SDK的播放数据统计。
        - 以北京时间（UTC+8）为基准，每天上午9点生成前一天的播放数据统计。
        - 支持查询2018-01-01之后的数据，数据查询的起止时间跨度最大为180天。
        """
        return self._call("describe_play_user_avg", locals())

    def describe_play_user_total(
        self, *, start_time: str, end_time: str
    ) -> DescribePlayUserTotalResponse:
        """调用DescribePlayUserTotal获取指定时间范围内的每日播放数据总量统计，统计指标包括总播放次数、总播放用户数、总播放时长、播放时长分布。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 仅支持统计使用了阿里云播放器SDK的播放数据。
        - 以北京时间（UTC+8）为基准，每天上午9点生成前一天的播放数据统计。
        - 支持查询2018-01-01之后的数据，数据查询的起止时间跨度最大为180天。
        """
        return self._call("describe_play_user_total", locals())

    def describe_play_video_statis(
        self, *, start_time: str, end_time: str, video_id: str
    ) -> DescribePlayVideoStatisResponse:
        """调用DescribePlayVideoStatis查询指定视频在指定时间范围内的每日播放统计数据，统计指标包括播放总时长、播放次数、播放用户数和播放时长分布。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 仅支持统计使用了阿里云播放器SDK的播放数据。
        - 以北京时间（UTC+8）为基准，每天上午9点生成前一天的播放数据统计。
        - 仅支持最近2年内（730天）的数据查询，且数据查询的起止时间跨度最大为180天。
        """
        return self._call("describe_play_video_statis", locals())

    def describe_vod_ai_data(
        self,
        *,
        start_time: str,
        end_time: str,
        region: str | None = None,
        ai_type: str | None = None,
    ) -> DescribeVodAIDataResponse:
        """调用DescribeVodAIData查询AI处理（智能审核、视频DNA等）的用量数据。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        当起始结束时间间隔在7天以内时，返回小时粒度的数据。当起始结束时间间隔大于7天时，返回天粒度的数据，最大间隔为31天。
        """
        return self._call("describe_vod_ai_data", locals())

    def describe_vod_certificate_list(
        self, *, domain_name: str | None = None
    ) -> DescribeVodCertificateListResponse:
        """调用DescribeVodCertificateList获取证书列表信息。 > 目前服务地址仅支持：**华东2（上海）**。"""
        return self._call("describe_vod_certificate_list", locals())

    def describe_vod_domain_bps_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
    ) -> DescribeVodDomainBpsDataResponse:
        """调用DescribeVodDomainBpsData查询加速域名的带宽数据，相比DescribeVodDomainRealTimeBpsData接口，本接口支持可查询的历史数据时间范围更长（最长可查询最近366天的数据），但其数据时间粒度更大（最小为5分钟），数据延迟更高。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 90天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_bps_data", locals())

    def describe_vod_domain_bps_data_by_layer(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
        layer: str | None = None,
    ) -> DescribeVodDomainBpsDataByLayerResponse:
        """调用DescribeVodDomainBpsDataByLayer按协议类型查询加速域名的带宽数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 366天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_bps_data_by_layer", locals())

    def describe_vod_domain_certificate_info(
        self, *, domain_name: str
    ) -> DescribeVodDomainCertificateInfoResponse:
        """调用DescribeVodDomainCertificateInfo获取指定加速域名的证书信息。 目前服务地域仅支持：**华东2（上海）**。"""
        return self._call("describe_vod_domain_certificate_info", locals())

    def describe_vod_domain_configs(
        self, *, domain_name: str, function_names: str
    ) -> DescribeVodDomainConfigsResponse:
        """调用DescribeVodDomainConfigs查询域名配置，一次可查询多个功能配置。 > 目前服务地址仅支持：**华东2（上海）**。"""
        return self._call("describe_vod_domain_configs", locals())

    def describe_vod_domain_detail(
        self, *, domain_name: str
    ) -> DescribeVodDomainDetailResponse:
        """调用DescribeVodDomainDetail获取指定点播域名配置的基本信息。 ### 使用说明 目前服务地址仅支持：**华东2（上海）**。

        ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("describe_vod_domain_detail", locals())

    def describe_vod_domain_hit_rate_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
    ) -> DescribeVodDomainHitRateDataResponse:
        """调用DescribeVodDomainHitRateData查询加速域名的字节命中率（命中字节百分比）。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 366天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_hit_rate_data", locals())

    def describe_vod_domain_log(
        self,
        *,
        domain_name: str,
        page_size: int | None = None,
        page_number: int | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> DescribeVodDomainLogResponse:
        """调用DescribeVodDomainLog获取指定域名的CDN原始访问日志下载地址。
        - 目前服务地址仅支持：**华东2（上海）**。
        - 日志格式、延迟时间等详细说明，请参见[日志管理](~~86099~~)。
        - 不指定StartTime和EndTime时，默认读取过去24小时的日志数据。
        - StartTime和EndTime需要同时指定。按指定的起止时间查询日志。

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("describe_vod_domain_log", locals())

    def iter_describe_vod_domain_log(
        self,
        *,
        domain_name: str,
        page_size: int | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> Iterator[DomainLogDetailItem]:
        """The items of DomainLogDetails.DomainLogDetail on every page (pages numbered
        from 1, by PageNumber), until a page is empty.

        Each page is a call of `describe_vod_domain_log`; a page that repeats the one
        before it raises `PaginationError`.
        """
        return self._iterate("describe_vod_domain_log", locals())

    def describe_vod_domain_qps_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
    ) -> DescribeVodDomainQpsDataResponse:
        """获取5分钟计算粒度加速域名的每秒访问次数QPS，支持获取最近90天的数据。
        - 单用户调用频率：100 次/秒。
        - 如果您不指定 StartTime 和 EndTime，该接口返回过去 24 小时的数据；指定 StartTime 和
        EndTime，该接口返回指定时间段的数据。

        **支持查询的时间粒度**

        根据单次查询的最大时间跨度不同，请求参数 Interval 支持不同的查询数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下：

        |时间粒度 |单次查询的最大时间跨度 |可查询历史数据时间范围 |数据延迟 | ------------- |------------ |
        ----------- | ----------- | |5 分钟 |3 天 |93 天 |15 分钟 |1 小时 |31 天 |186 天 |一般延迟 3-4
        小时 |1 天 |366 天 |366 天 |一般延迟 4 小时，不超过 24 小时 *********
        """
        return self._call("describe_vod_domain_qps_data", locals())

    def describe_vod_domain_real_time_bps_data(
        self,
        *,
        domain_name: str,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> DescribeVodDomainRealTimeBpsDataResponse:
        """调用DescribeVodDomainRealTimeBpsData查询加速域名的带宽数据，相比DescribeVodDomainBpsData接口，本接口支持查询的数据时间粒度更小（最小为1分钟），数据延迟更低（最少为5分钟），但可查询的历史数据时间范围更短（最长可查询最近186天的数据）。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去1小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`时间跨度，会返回不同的数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下： |时间粒度
        |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ | ----------- |
        ----------- | |1分钟 | 单次查询的时间跨度 ≤ 1小时 |7天 |5分钟 | |5分钟 | 1小时 ＜ 单次查询的时间跨度 ＜ 3天 |93天
        |15分钟 | |1小时 | 3天 ≤ 单次查询的时间跨度 ＜ 31天 |186天 |一般延迟 3-4 小时 |
        """
        return self._call("describe_vod_domain_real_time_bps_data", locals())

    def describe_vod_domain_real_time_byte_hit_rate_data(
        self,
        *,
        domain_name: str,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> DescribeVodDomainRealTimeByteHitRateDataResponse:
        """调用DescribeVodDomainRealTimeByteHitRateData查询加速域名的字节命中率数据。本接口支持查询的数据时间粒度最小为1分钟，数据延迟最少为5分钟，最长可查询最近186天的数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询100个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去1小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`时间跨度，会返回不同的数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下： |时间粒度
        |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ | ----------- |
        ----------- | |1分钟 | 单次查询的时间跨度 ≤ 1小时 |7天 |5分钟 | |5分钟 | 1小时 ＜ 单次查询的时间跨度 ＜ 3天 |93天
        |15分钟 | |1小时 | 3天 ≤ 单次查询的时间跨度 ＜ 31天 |186天 |一般延迟 3-4 小时 |
        """
        return self._call("describe_vod_domain_real_time_byte_hit_rate_data", locals())

    def describe_vod_domain_real_time_detail_data(
        self,
        *,
        domain_name: str,
        start_time: str,
        end_time: str,
        field: str,
        location_name_en: str | None = None,
        isp_name_en: str | None = None,
        merge: str | None = None,
        merge_loc_isp: str | None = None,
    ) -> DescribeVodDomainRealTimeDetailDataResponse:
        """调用DescribeVodDomainRealTimeDetailData查询加速域名的实时访问数据，可查询最近7天内的QPS、带宽、HTTP状态码数据。
        支持查询7天内的数据，查询粒度为1分钟。 单个用户的调用频率：10次/秒。
        """
        return self._call("describe_vod_domain_real_time_detail_data", locals())

    def describe_vod_domain_real_time_http_code_data(
        self,
        *,
        domain_name: str,
        start_time: str | None = None,
        end_time: str | None = None,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
    ) -> DescribeVodDomainRealTimeHttpCodeDataResponse:
        """调用DescribeVodDomainRealTimeHttpCodeData查询加速域名HTTP状态码的总数和占比数据。本接口支持查询的数据时间粒度最小为1分钟，数据延迟最少为5分钟，最长可查询最近186天的数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询100个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去1小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`时间跨度，会返回不同的数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下： |时间粒度
        |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ | ----------- |
        ----------- | |1分钟 | 单次查询的时间跨度 ≤ 1小时 |7天 |5分钟 | |5分钟 | 1小时 ＜ 单次查询的时间跨度 ＜ 3天 |93天
        |15分钟 | |1小时 | 3天 ≤ 单次查询的时间跨度 ＜31天 |186天 |一般延迟 3-4 小时 |
        """
        return self._call("describe_vod_domain_real_time_http_code_data", locals())

    def describe_vod_domain_real_time_qps_data(
        self,
        *,
        domain_name: str,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> DescribeVodDomainRealTimeQpsDataResponse:
        """调用DescribeVodDomainRealTimeQpsData查询加速域名每秒访问次数的数据。本接口支持查询的数据时间粒度最小为1分钟，数据延迟最少为5分钟，最长可查询最近186天的数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去1小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`时间跨度，会返回不同的数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下： |时间粒度
        |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ | ----------- |
        ----------- | |1分钟 | 单次查询的时间跨度 ≤ 1小时 |7天 |5分钟 | |5分钟 | 1小时 ＜ 单次查询的时间跨度 ＜ 3天 |93天
        |15分钟 | |1小时 | 3天 ≤ 单次查询的时间跨度 ＜31天 |186天 |一般延迟 3-4 小时 |
        """
        return self._call("describe_vod_domain_real_time_qps_data", locals())

    def describe_vod_domain_real_time_req_hit_rate_data(
        self,
        *,
        domain_name: str,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> DescribeVodDomainRealTimeReqHitRateDataResponse:
        """调用DescribeVodDomainRealTimeReqHitRateData查询加速域名的请求命中率数据。本接口支持查询的数据时间粒度最小为1分钟，数据延迟最少为5分钟，最长可查询最近186天的数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询100个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去1小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。
        - Go语言默认是用POST方式请求，需手动修改使用GET方式请求，声明`request.Method="GET"`。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`时间跨度，会返回不同的数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下： |时间粒度
        |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ | ----------- |
        ----------- | |1分钟 | 单次查询的时间跨度 ≤ 1小时 |7天 |5分钟 | |5分钟 | 1小时 ＜ 单次查询的时间跨度 ＜ 3天 |93天
        |15分钟 | |1小时 | 3天 ≤ 单次查询的时间跨度 ＜ 31天 |186天 |一般延迟 3-4 小时 |
        """
        return self._call("describe_vod_domain_real_time_req_hit_rate_data", locals())

    def describe_vod_domain_real_time_traffic_data(
        self,
        *,
        domain_name: str,
        start_time: str | None = None,
        end_time: str | None = None,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
    ) -> DescribeVodDomainRealTimeTrafficDataResponse:
        """调用DescribeVodDomainRealTimeTrafficData查询加速域名的流量数据，相比DescribeVodDomainTrafficData接口，本接口支持查询的数据时间粒度更小（最小为1分钟），数据延迟更低（最少为5分钟），但可查询的历史数据时间范围更短（最长可查询最近186天的数据）。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询100个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去1小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`时间跨度，会返回不同的数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下： |时间粒度
        |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ | ----------- |
        ----------- | |1分钟 | 单次查询的时间跨度 ≤ 1小时 |7天 |5分钟 | |5分钟 | 1小时 ＜ 单次查询的时间跨度 ＜ 3天 |93天
        |15分钟 | |1小时 | 3天 ≤ 单次查询的时间跨度 ＜31天 |186天 |一般延迟 3-4 小时 |
        """
        return self._call("describe_vod_domain_real_time_traffic_data", locals())

    def describe_vod_domain_req_hit_rate_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
    ) -> DescribeVodDomainReqHitRateDataResponse:
        """调用DescribeVodDomainReqHitRateData查询加速域名的请求命中率（命中请求百分比）。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 90天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_req_hit_rate_data", locals())

    def describe_vod_domain_src_bps_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
    ) -> DescribeVodDomainSrcBpsDataResponse:
        """调用DescribeVodDomainSrcBpsData查询加速域名的回源带宽数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 366天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_src_bps_data", locals())

    def describe_vod_domain_src_traffic_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
    ) -> DescribeVodDomainSrcTrafficDataResponse:
        """调用DescribeVodDomainSrcTrafficData查询加速域名的回源流量数据。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 366天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_src_traffic_data", locals())

    def describe_vod_domain_traffic_data(
        self,
        *,
        domain_name: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        interval: str | None = None,
        isp_name_en: str | None = None,
        location_name_en: str | None = None,
    ) -> DescribeVodDomainTrafficDataResponse:
        """调用DescribeVodDomainTrafficData查询加速域名的流量数据，相比DescribeVodDomainRealTimeTrafficData接口，本接口支持可查询的历史数据时间范围更长（最长可查询最近366天的数据），但其数据时间粒度更大（最小为5分钟），数据延迟更高。
        - 目前该接口服务地址仅支持：**华东 2（上海）**。
        - 支持批量查询，一次最多查询500个域名数据。
        -
        如果您不指定`StartTime`和`EndTime`，该接口默认返回过去24小时的数据；指定`StartTime`和`EndTime`，该接口返回指定时间段的数据。

        **返回数据时间粒度**

        根据您指定`StartTime`和`EndTime`的时间跨度，且未同时设置`Interval`的情况下，默认返回的数据时间粒度，以及对应的可查询历史数据时间范围和数据延迟如下：
        |时间粒度 |单次查询的时间跨度 | 可查询历史数据时间范围 | 数据延迟 | | ------------- |------------ |
        ----------- | ----------- | |5分钟 | 单次查询的时间跨度 ＜ 3天 |93天 |15分钟 | |1小时 | 3天 ≤
        单次查询的时间跨度 ＜ 31天 |186 天 |一般延迟 3-4 小时 | | 1天 | 31天 ≤ 单次查询的时间跨度 ≤ 366天 |366 天 |一般延迟
        4 小时，不超过 24 小时 |
        """
        return self._call("describe_vod_domain_traffic_data", locals())

    def describe_vod_domain_usage_data(
        self,
        *,
        start_time: str,
        end_time: str,
        field: str,
        domain_name: str | None = None,
        type_: str | None = None,
        area: str | None = None,
        interval: str | None = None,
    ) -> DescribeVodDomainUsageDataResponse:
        """调用DescribeVodDomainUsageData查询加速流量或带宽用量数据。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        支持批量域名查询，多个域名用逗号半角（,）分隔,最多可以一次查询100个域名。如果为空则返回账号下所有域名的数据。 > -
        最长可查询近1年的数据，单次查询跨度最长为3个月，查询时间为1-3天时，数据按小时粒度返回，查询时间大于4天，数据按天粒度返回。
        """
        return self._call("describe_vod_domain_usage_data", locals())

    def describe_vod_media_play_data(
        self,
        *,
        page_no: int,
        page_size: int,
        play_date: str | None = None,
        terminal_type: str | None = None,
        os: str | None = None,
        region: str | None = None,
        media_id: str | None = None,
        order_type: str | None = None,
        order_name: str | None = None,
    ) -> DescribeVodMediaPlayDataResponse:
        """通过媒体ID（即音视频ID）获取音视频在指定日期的播放数据，包括访问用户数、人均播放次数、播放总次数、人均播放时长、累计播放时长等数据。
        - 目前本接口的服务地址仅支持：**华东2（上海）**。
        - 仅支持统计使用了阿里云播放器SDK的播放数据。
        - 仅支持查询过去30天以内的数据。
        - 调用本接口之前，需确保阿里云播放器SDK满足以下条件：
        - Android播放器SDK或iOS播放器SDK
        - 播放器SDK版本为5.4.9.2及以上。
        - 已获取播放器SDK的License授权并接入License，详情参见[License管理](~~469166~~)。
        -
        已开启播放器SDK的埋点日志上报功能，正常情况下，阿里云播放器SDK的埋点日志上报功能为默认开启的。更多信息，请参见[Android端创建播放器](~~311525#section-dc4-gp6-xk2~~)、[iOS端创建播放器](~~313855#section-cmf-k7d-jg5~~)。
        - Web播放器SDK
        - 播放器SDK版本为2.16.0及以上。
        -
        已申请开通**播放质量监控**的License授权并接入License，可填写[Web播放器SDK增值服务申请表单](https://yida.alibaba-inc.com/o/webplayer#/)申请开通，License接入方法，请参见[Web端接口说明](~~125572#section-3ty-gwp-6pa~~)中的`license`属性。
        - 已开启播放器SDK的埋点日志上报功能，正常情况下，阿里云播放器SDK的埋点日志上报功能为默认开启的。
        """
        return self._call("describe_vod_media_play_data", locals())

    def iter_describe_vod_media_play_data(
        self,
        *,
        page_size: int,
        play_date: str | None = None,
        terminal_type: str | None = None,
        os: str | None = None,
        region: str | None = None,
        media_id: str | None = None,
        order_type: str | None = None,
        order_name: str | None = None,
    ) -> Iterator[QoeInfoListItem]:
        """The items of QoeInfoList on every page (pages numbered from 1, by PageNo),
        until a page is empty or TotalCount items have come.

        Each page is a call of `describe_vod_media_play_data`; a page that repeats the
        one before it raises `PaginationError`.
        """
        return self._iterate("describe_vod_media_play_data", locals())

    def describe_vod_range_data_by_locate_and_isp_service(
        self,
        *,
        domain_name: str,
        start_time: str,
        end_time: str,
        location_name_en: str | None = None,
        isp_name_en: str | None = None,
    ) -> DescribeVodRangeDataByLocateAndIspServiceResponse:
        """调用DescribeVodRangeDataByLocateAndIspService按运营商或地域查询加速域名的访问数据，包括带宽、响应平均速率、页面浏览量、缓存命中率、请求命中率等数据。
        查询的数据时间粒度为5分钟。 单用户调用频率：20次/秒。 支持查询的时间粒度

        根据单次查询的最大时间跨度不同，请求参数Interval支持不同的查询数据时间粒度，对应的可查询历史数据时间范围和数据延迟如下：

        |时间粒度 |单次查询的最大时间跨度|可查询历史数据时间范围|数据延迟| | ------------- |------------ | -----------
        | ----------- | |5分钟 |1小时 |93天 |15分钟|
        """
        return self._call("describe_vod_range_data_by_locate_and_isp_service", locals())

    def describe_vod_refresh_quota(self) -> DescribeVodRefreshQuotaResponse:
        """调用DescribeVodRefreshQuota查询刷新预热URL及目录的最大限制数量和当日剩余数量。 > -
        目前服务地址仅支持：**华东2（上海）**。 > -
        刷新预热类接口包含[RefreshVodObjectCaches](~~69215~~)刷新接口和[PreloadVodObjectCaches](~~69211~~)预热接口。
        """
        return self._call("describe_vod_refresh_quota", locals())

    def describe_vod_refresh_tasks(
        self,
        *,
        task_id: str | None = None,
        object_path: str | None = None,
        page_number: int | None = None,
        object_type: str | None = None,
        domain_name: str | None = None,
        status: str | None = None,
        page_size: int | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> DescribeVodRefreshTasksResponse:
        """调用DescribeVodRefreshTasks查询刷新和预热状态是否生效。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        若Taskid与Objectpath都不指定，则默认查询3天内，第一页的数据（20条）。Taskid与Objectpath可以同时指定。
        """
        return self._call("describe_vod_refresh_tasks", locals())

    def iter_describe_vod_refresh_tasks(
        self,
        *,
        task_id: str | None = None,
        object_path: str | None = None,
        object_type: str | None = None,
        domain_name: str | None = None,
        status: str | None = None,
        page_size: int | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> Iterator[TaskItem]:
        """The items of Tasks.Task on every page (pages numbered from 1, by PageNumber),
        until a page is empty or TotalCount items have come.

        Each page is a call of `describe_vod_refresh_tasks`; a page that repeats the one
        before it raises `PaginationError`.
        """
        return self._iterate("describe_vod_refresh_tasks", locals())

    def describe_vod_storage_data(
        self,
        *,
        start_time: str,
        end_time: str,
        region: str | None = None,
        storage_type: str | None = None,
        storage: str | None = None,
    ) -> DescribeVodStorageDataResponse:
        """调用DescribeVodStorageData查询媒资管理（存储空间、存储流出流量）的用量。 > - 目前服务地址仅支持：**华东2（上海）**。 >
        - 当结束时间间隔在7天以内时，返回小时粒度的数据。当结束时间间隔大于7天时，返回天粒度的数据，最大间隔为31天。
        """
        return self._call("describe_vod_storage_data", locals())

    def describe_vod_tiering_storage_data(
        self,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        region: str | None = None,
        storage_class: str | None = None,
    ) -> DescribeVodTieringStorageDataResponse:
        """查询媒资管理分级存储的用量。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        当查询时间的间隔在7天以内时，返回小时粒度的数据。当查询时间的间隔大于7天时，返回天粒度的数据，最大间隔为31天。
        """
        return self._call("describe_vod_tiering_storage_data", locals())

    def describe_vod_tiering_storage_retrieval_data(
        self,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        region: str | None = None,
        storage_class: str | None = None,
    ) -> DescribeVodTieringStorageRetrievalDataResponse:
        """查询媒资管理分级存储的取回数据用量。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        当查询时间的间隔在7天以内时，返回小时粒度的数据。当查询时间的间隔大于7天时，返回天粒度的数据，最大间隔为31天。
        """
        return self._call("describe_vod_tiering_storage_retrieval_data", locals())

    def describe_vod_transcode_data(
        self,
        *,
        start_time: str,
        end_time: str,
        region: str | None = None,
        interval: str | None = None,
        storage: str | None = None,
        specification: str | None = None,
        app_id: str | None = None,
    ) -> DescribeVodTranscodeDataResponse:
        """调用DescribeVodTranscodeData查询转码用量数据。 > - 目前服务地址仅支持：**华东2（上海）**。 > -
        当起始结束时间间隔在7天以内时，返回小时粒度的数据。当起始结束时间间隔大于7天时，返回天粒度的数据，最大间隔为31天。
        """
        return self._call("describe_vod_transcode_data", locals())

    def describe_vod_user_domains(
        self,
        *,
        page_size: int | None = None,
        page_number: int | None = None,
        domain_name: str | None = None,
        domain_status: str | None = None,
        domain_search_type: str | None = None,
        tag: Sequence[Mapping[str, Any]] | None = None,
    ) -> DescribeVodUserDomainsResponse:
        """调用DescribeVodUserDomains查询用户名下所有的点播加速域名列表。
        - 支持域名模糊匹配过滤和域名状态过滤查询。
        - 本接口目前仅支持如下服务地域：华东2（上海）。
        """
        return self._call("describe_vod_user_domains", locals())

    def iter_describe_vod_user_domains(
        self,
        *,
        page_size: int | None = None,
        domain_name: str | None = None,
        domain_status: str | None = None,
        domain_search_type: str | None = None,
        tag: Sequence[Mapping[str, Any]] | None = None,
    ) -> Iterator[PageDataItem]:
        """The items of Domains.PageData on every page (pages numbered from 1, by
        PageNumber), until a page is empty or TotalCount items have come.

        Each page is a call of `describe_vod_user_domains`; a page that repeats the one
        before it raises `PaginationError`.
        """
        return self._iterate("describe_vod_user_domains", locals())

    def describe_vod_verify_content(
        self, *, domain_name: str
    ) -> DescribeVodVerifyContentResponse:
        """调用DescribeVodVerifyContent获取归属校验内容。
        - 目前服务地域仅支持：**华东2（上海）**。
        """
        return self._call("describe_vod_verify_content", locals())

    def detach_app_policy_from_identity(
        self,
        *,
        identity_type: str,
        identity_name: str,
        policy_names: str,
        app_id: str | None = None,
    ) -> DetachAppPolicyFromIdentityResponse:
        """调用DetachAppPolicyFromIdentity为指定账号身份（RAM用户或RAM角色）撤销指定的应用授权。 >
        每个RAM用户或RAM角色最多授予10个应用权限。
        """
        return self._call("detach_app_policy_from_identity", locals())

    def generate_download_secret_key(
        self, *, app_identification: str, app_decrypt_key: str
    ) -> GenerateDownloadSecretKeyResponse:
        """阿里云播放器SDK的安全下载功能，可使视频下载到本地时经密钥文件进行加密，让其仅能通过预先绑定的唯一App生成的密钥文件进行解密播放，可有效保护视频内容，防止下载到本地的视频被恶意播放或传播。调用本接口可生成用于安全下载的密钥。
        - 使用安全下载功能，需先在视频点播控制台开启下载功能并配置下载方式为安全下载，详细操作，请参见[下载设置](~~86107~~)。
        - 生成用于安全下载的密钥后，还需将密钥配置到阿里云播放器SDK中。详细操作，请参见[安全下载](~~124735~~)。
        """
        return self._call("generate_download_secret_key", locals())

    def generate_kms_data_key(self) -> GenerateKMSDataKeyResponse:
        """生成一个随机的KMS数据密钥，用于视频点播标准加密。"""
        return self._call("generate_kms_data_key", locals())

    def get_ai_image_jobs(self, *, job_ids: Sequence[str]) -> GetAIImageJobsResponse:
        """Queries jobs of image AI processing. Regions that support this operation:
        China (Beijing) and China (Shanghai). Call the SubmitAIImageJob operation to
        submit image AI processing jobs before you call this operation to query image AI
        processing jobs. You can query a maximum of 10 jobs of image AI processing in
        one request.
        """
        return self._call("get_ai_image_jobs", locals())

    def iter_ai_image_jobs(self, job_ids: Iterable[str]) -> Iterator[AIImageJob]:
        """Call `get_ai_image_jobs` with at most 10 job_ids at a time; yield the results in order."""
        items = list(job_ids)
        for start in range(0, len(items), 10):
            response = self.get_ai_image_jobs(job_ids=items[start : start + 10])
            yield from response.ai_image_job_list or ()

    def wait_ai_image_jobs_finished(
        self,
        *,
        job_ids: Sequence[str],
        delay: float | None = None,
        max_wait: float | None = None,
    ) -> GetAIImageJobsResponse:
        """Wait until every job asked for has finished.

        Poll GetAIImageJobs until AIImageJobList[].Status is 'success' (failing on
        'fail'; first delay 2s, at most 20s apart, 600s in all).

        Returns the last response; raises `WaiterFailedError` or `WaiterTimeoutError`
        (with `last_response`). `delay` and `max_wait` (seconds) override the first
        delay and the time in all.
        """
        return self._wait("get_ai_image_jobs", "ai_image_jobs_finished", locals())

    def get_ai_media_audit_job(self, *, job_id: str) -> GetAIMediaAuditJobResponse:
        """调用GetAIMediaAuditJob查询智能审核作业，在提交AI作业后，会进行异步处理，通过此接口可以实时查询作业信息。 <props="intl">
        - 本接口仅支持新加坡地域。 </props>
        - 智能审核作业结果中的图片资源仅在点播提供的免费存储上保留2周，超过2周将自动删除。
        """
        return self._call("get_ai_media_audit_job", locals())

    def get_ai_template(self, *, template_id: str) -> GetAITemplateResponse:
        """调用GetAITemplate查询AI模板。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 先获取AI模板ID，再调用本接口查询AI模板的配置信息。
        """
        return self._call("get_ai_template", locals())

    def get_ai_video_tag_result(self, *, media_id: str) -> GetAIVideoTagResultResponse:
        """调用GetAIVideoTagResult获取智能标签结果。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**。
        - 通过视频ID获取智能标签结果。
        """
        return self._call("get_ai_video_tag_result", locals())

    def get_app_infos(self, *, app_ids: str) -> GetAppInfosResponse:
        """调用GetAppInfos通过应用ID查询应用信息。 支持批量查询。

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_app_infos", locals())

    def get_attached_media_info(
        self,
        *,
        media_ids: str,
        auth_timeout: int | None = None,
        output_type: str | None = None,
    ) -> GetAttachedMediaInfoResponse:
        """获取辅助媒资的基本信息，包括标题、类型、标签、创建时间等。 ### 使用说明 一次最多支持获取20个辅助媒资的信息。

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_attached_media_info", locals())

    def get_audit_history(
        self,
        *,
        video_id: str,
        page_no: int | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
    ) -> GetAuditHistoryResponse:
        """调用GetAuditHistory获取人工审核的历史记录。"""
        return self._call("get_audit_history", locals())

    def iter_get_audit_history(
        self, *, video_id: str, page_size: int | None = None, sort_by: str | None = None
    ) -> Iterator[HistoriesItem]:
        """The items of Histories on every page (pages numbered from 1, by PageNo),
        until a page is empty or Total items have come.

        Each page is a call of `get_audit_history`; a page that repeats the one before
        it raises `PaginationError`.
        """
        return self._iterate("get_audit_history", locals())

    def get_categories(
        self,
        *,
        cate_id: int | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        type_: str | None = None,
    ) -> GetCategoriesResponse:
        """调用GetCategories按ID或类型来筛选查询指定的分类信息，及其子分类（即下一级分类）的列表。"""
        return self._call("get_categories", locals())

    def iter_get_categories(
        self,
        *,
        cate_id: int | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        type_: str | None = None,
    ) -> Iterator[CategoryItem]:
        """The items of SubCategories.Category on every page (pages numbered from 1, by
        PageNo), until a page is empty.

        Each page is a call of `get_categories`; a page that repeats the one before it
        raises `PaginationError`.
        """
        return self._iterate("get_categories", locals())

    def get_default_ai_template(
        self, *, template_type: str
    ) -> GetDefaultAITemplateResponse:
        """调用GetDefaultAITemplate查询默认AI模板。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 目前仅支持查询智能审核的默认AI模板。
        """
        return self._call("get_default_ai_template", locals())

    def get_digital_watermark_extract_result(
        self, *, media_id: str, extract_type: str, job_id: str | None = None
    ) -> GetDigitalWatermarkExtractResultResponse:
        """调用GetDigitalWatermarkExtractResult查询数字水印（版权水印或溯源水印）的提取作业结果，包括数字水印提取作业的状态、成功提取出的水印文字等信息。
        - 目前本接口服务地址仅支持：华东 2（上海）、华北 2（北京）。
        -
        调用[SubmitDigitalWatermarkExtractJob](~~SubmitDigitalWatermarkExtractJob~~)接口提取视频的版权水印或溯源水印后，调用本接口查询提取出来的水印文字信息。
        - 目前仅支持查询最近2年内的水印提取作业。
        """
        return self._call("get_digital_watermark_extract_result", locals())

    def get_editing_project(self, *, project_id: str) -> GetEditingProjectResponse:
        """调用GetEditingProject获取云剪辑工程（视频编辑任务）的详细信息。"""
        return self._call("get_editing_project", locals())

    def get_editing_project_materials(
        self,
        *,
        project_id: str,
        type_: str | None = None,
        material_type: str | None = None,
    ) -> GetEditingProjectMaterialsResponse:
        """调用GetEditingProjectMaterials获取云剪辑工程的待剪辑素材列表。 在剪辑过程中，素材可添加到时间线上，但不一定完全被使用。 ###
        QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_editing_project_materials", locals())

    def get_image_info(
        self,
        *,
        image_id: str,
        auth_timeout: int | None = None,
        output_type: str | None = None,
    ) -> GetImageInfoResponse:
        """图片上传到视频点播后，可以调用GetImageInfo通过图片ID获取图片的基本信息及访问地址。
        本接口仅支持查询上传到视频点播中的图片信息；如需查询通过视频截图生成的截图信息，请调用[ListSnapshots](~~ListSnapshots~~)接口查询。
        """
        return self._call("get_image_info", locals())

    def get_image_infos(
        self,
        *,
        image_ids: str,
        auth_timeout: int | None = None,
        output_type: str | None = None,
    ) -> GetImageInfosResponse:
        """图片上传到视频点播后，可以调用GetImageInfos传入多个图片ID批量获取图片的基本信息及访问地址。
        -
        本接口仅支持查询上传到视频点播中的图片信息；如需查询通过视频截图生成的截图信息，请调用[ListSnapshots](~~ListSnapshots~~)接口查询。
        - 一次最多可查询20个图片的信息。
        """
        return self._call("get_image_infos", locals())

    def get_media_audit_audio_result_detail(
        self, *, media_id: str, page_no: int | None = None
    ) -> GetMediaAuditAudioResultDetailResponse:
        """调用GetMediaAuditAudioResultDetail获取音频审核详情。 ### 使用说明
        <props="china">智能审核处理完成后，配置了[智能审核完成](~~89576~~)的事件通知，则会通过消息回调方式通知回调URL，可调用本接口查询音频审核结果详情。</props>
        <props="intl">
        - 本接口仅支持新加坡地域。
        -
        智能审核处理完成后，配置了[智能审核完成](~~89576~~)的事件通知，则会通过消息回调方式通知回调URL，可调用本接口查询音频审核结果详情。</props>

        ### QPS限制
        本接口的单用户QPS限制为20次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_media_audit_audio_result_detail", locals())

    def iter_get_media_audit_audio_result_detail(
        self, *, media_id: str
    ) -> Iterator[GetMediaAuditAudioResultDetailListItem]:
        """The items of MediaAuditAudioResultDetail.List on every page (pages numbered
        from 1, by PageNo), until a page is empty or MediaAuditAudioResultDetail.Total
        items have come.

        Each page is a call of `get_media_audit_audio_result_detail`; a page that
        repeats the one before it raises `PaginationError`.
        """
        return self._iterate("get_media_audit_audio_result_detail", locals())

    def get_media_audit_result(self, *, media_id: str) -> GetMediaAuditResultResponse:
        """调用GetMediaAuditResult获取智能审核结果摘要信息。 <props="intl"> ### 使用说明
        本接口仅支持新加坡地域。</props>

        ### QPS限制
        本接口的单用户QPS限制为20次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_media_audit_result", locals())

    def get_media_audit_result_detail(
        self, *, media_id: str, page_no: int
    ) -> GetMediaAuditResultDetailResponse:
        """调用GetMediaAuditResultDetail获取智能审核结果详情。通过此接口可实时查询审核结果详情。
        - 默认只返回违规、疑似违规的审核截图详情。不违规的视频与图片，查询不到结果。
        - 审核结果的图片资源仅在点播提供的免费存储上保留2周，超过2周将自动删除。 <props="intl">
        - 本接口仅支持新加坡地域。</props>

        ### QPS限制
        本接口的单用户QPS限制为10次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_media_audit_result_detail", locals())

    def iter_get_media_audit_result_detail(
        self, *, media_id: str
    ) -> Iterator[GetMediaAuditResultDetailListItem]:
        """The items of MediaAuditResultDetail.List on every page (pages numbered from
        1, by PageNo), until a page is empty or MediaAuditResultDetail.Total items have
        come.

        Each page is a call of `get_media_audit_result_detail`; a page that repeats the
        one before it raises `PaginationError`.
        """
        return self._iterate("get_media_audit_result_detail", locals())

    def get_media_audit_result_timeline(
        self, *, media_id: str
    ) -> GetMediaAuditResultTimelineResponse:
        """调用GetMediaAuditResultTimeline获取到所有违规内容截图的时间点。 <props="intl">
        本接口仅支持新加坡地域。</props>

        ### QPS限制
        本接口的单用户QPS限制为10次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_media_audit_result_timeline", locals())

    def get_media_dna_result(self, *, media_id: str) -> GetMediaDNAResultResponse:
        """调用GetMediaDNAResult获取视频DNA结果。视频DNA作业完成后，可通过此接口实时查询DNA结果。
        目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        """
        return self._call("get_media_dna_result", locals())

    def get_media_refresh_jobs(
        self, *, media_refresh_job_id: str, media_id: str | None = None
    ) -> GetMediaRefreshJobsResponse:
        """调用GetMediaRefreshJobs查询视频刷新或预热任务的任务状态、筛选策略等任务信息。 ### 使用说明
        支持查询刷新或预热任务下所有音/视频的任务信息或指定查某一个音/视频的任务信息。 ### QPS限制
        本接口的单用户QPS限制为50次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_media_refresh_jobs", locals())

    def get_message_callback(
        self, *, app_id: str | None = None
    ) -> GetMessageCallbackResponse:
        """调用GetMessageCallback查询事件通知的回调方式、回调地址、事件类型。 > 详细使用说明，请参见[事件通知开发指南](~~55627~~)。"""
        return self._call("get_message_callback", locals())

    def get_mezzanine_info(
        self,
        *,
        video_id: str,
        auth_timeout: int | None = None,
        output_type: str | None = None,
        addition_type: str | None = None,
    ) -> GetMezzanineInfoResponse:
        """获取音视频的源文件信息，包括文件地址、分辨率、码率等。 当一路视频或音频流转码完成后才可以获取到完整的源文件信息。"""
        return self._call("get_mezzanine_info", locals())

    def get_play_info(
        self,
        *,
        video_id: str,
        formats: str | None = None,
        auth_timeout: int | None = None,
        output_type: str | None = None,
        stream_type: str | None = None,
        re_auth_info: str | None = None,
        definition: str | None = None,
        result_type: str | None = None,
        play_config: str | None = None,
        addition_type: str | None = None,
        trace: str | None = None,
        digital_watermark_type: str | None = None,
    ) -> GetPlayInfoResponse:
        """调用GetPlayInfo通过音视频ID可获取音视频的播放地址。存储在视频点播中的音视频，获取其播放地址后，可使用阿里云播放器（适用于URL播放方式）或其他第三方播放器（系统原生播放器、开源播放器、自研播放器等）进行播放。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。从点播的播放地址直接下载或播放视频将产生下行流量费用，未配置加速域名时请参见[存储流出流量计费](~~188308#section-rwh-e88-f7j~~)；已配置加速域名时请参见[加速服务计费](~~188308#section-c5t-oq9-15e~~)。如果您已开通了存储传输加速，则从点播的播放地址直接下载或播放视频还将涉及下载加速费用，计费详情请参见[存储传输加速计费](~~188310#section_sta_zm2_tsv~~)。**
        -
        只有状态为正常（Status字段值为Normal）的视频才能正常播放。关于播放地址的播放说明及使用限制等更多信息，请参见[音视频播放](~~57290~~)。
        - 当视频播放异常时，您可以调用[GetMezzanineInfo](~~GetMezzanineInfo~~)接口查询视频源文件信息是否正确。
        """
        return self._call("get_play_info", locals())

    def get_transcode_summary(self, *, video_ids: str) -> GetTranscodeSummaryResponse:
        """调用GetTranscodeSummary根据音视频ID查询音视频转码摘要，包括音视频转码状态、转码进展等汇总信息。
        - 由于音视频可能存在多次转码，故本接口只返回最近一次的转码摘要。
        - 支持批量查询，单次最多可查询10个音视频的转码摘要。
        - 如需查询历史转码任务信息，可调用[ListTranscodeTask](~~109120~~)接口查询。
        - **本接口仅支持查询一年内的转码任务数据。**
        """
        return self._call("get_transcode_summary", locals())

    def get_transcode_task(self, *, transcode_task_id: str) -> GetTranscodeTaskResponse:
        """调用GetTranscodeTask根据转码任务ID查询转码作业详细信息。 ### 使用说明 **本接口仅支持查询一年内的转码任务数据。** ###
        QPS限制
        本接口的单用户QPS限制为15次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_transcode_task", locals())

    def get_transcode_template_group(
        self, *, transcode_template_group_id: str
    ) -> GetTranscodeTemplateGroupResponse:
        """根据转码模板组ID查询转码配置的详细信息。 获取单个模板组信息，同时会返回该模板组下所有转码模板的配置信息。"""
        return self._call("get_transcode_template_group", locals())

    def get_upload_details(
        self, *, media_ids: str, media_type: str | None = None
    ) -> GetUploadDetailsResponse:
        """通过媒体ID获取媒体上传详情（如上传时间、已上传比例、上传来源等信息），支持批量获取。
        - 本接口只支持获取音/视频的上传详情。
        -
        如果通过点播控制台上传的音/视频，通过本接口可获取到上传比例等信息。如果是使用SDK上传的音/视频，满足以下条件的[上传SDK](~~52200~~)才能通过本接口获取到媒体上传详情。

        > 仅服务端上传SDK支持本接口，客户端上传SDK暂不支持本接口。本接口支持的服务端上传SDK版本限制如下： > - Java上传SDK的版本 ≥ 1.4.4
        > - C++上传SDK的版本 ≥ 1.0.0 > - PHP上传SDK的版本 ≥ 1.0.2 > - Python上传SDK的版本 ≥ 1.3.0

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("get_upload_details", locals())

    def get_url_upload_infos(
        self, *, job_ids: str | None = None, upload_urls: str | None = None
    ) -> GetURLUploadInfosResponse:
        """获取URL上传信息。
        - 通过URL上传时返回的JobId或者上传时使用的URL来获取URL上传信息，包括URL上传状态、UserData、创建时间、完成时间等。
        - 如果上传失败可以查看错误码和错误信息，上传成功可以查看对应的视频ID。
        - **本接口仅支持查询一年内的上传任务数据。** <props="intl">

        - 本接口暂不支持在国际站调用。

        </props>
        """
        return self._call("get_url_upload_infos", locals())

    def get_video_info(self, *, video_id: str) -> GetVideoInfoResponse:
        """调用GetVideoInfo通过音/视频ID来获取单个音视频的标题、描述、时长、封面URL、状态、创建时间、大小、截图、分类和标签等信息。
        音视频上传完成后，点播会对上传完成的音视频源文件进行分析，因此媒资信息是异步生成的。可通过设置[音视频分析完成](~~99935~~)的[事件通知](~~55627~~)，当接收到[音视频分析完成](~~99935~~)的事件通知后，再调用本接口获取音视频信息。
        """
        return self._call("get_video_info", locals())

    def get_video_infos(self, *, video_ids: str) -> GetVideoInfosResponse:
        """调用GetVideoInfos通过音/视频ID批量获取多个音视频的标题、描述、时长、封面URL、状态、创建时间、大小、截图、分类和标签等信息。
        - 一次最多获取20个音视频的信息。
        -
        音视频上传完成后，点播会对上传完成的音视频源文件进行分析，因此媒资信息是异步生成的。可通过设置[音视频分析完成](~~99935~~)的[事件通知](~~55627~~)，当接收到[音视频分析完成](~~99935~~)的事件通知后，再调用本接口获取音视频信息。
        """
        return self._call("get_video_infos", locals())

    def get_video_list(
        self,
        *,
        cate_id: int | None = None,
        status: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        storage_location: str | None = None,
    ) -> GetVideoListResponse:
        """获取视频信息列表。
        本接口最多可获取指定筛选条件（如视频状态、分类ID等）的前**5000**条音视频。建议限定StartTime和EndTime来分批获取数据。若需要查询更多音视频，甚至遍历所有音视频信息，请参见[搜索媒体信息](~~86044~~)。
        """
        return self._call("get_video_list", locals())

    def iter_get_video_list(
        self,
        *,
        cate_id: int | None = None,
        status: str | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        storage_location: str | None = None,
    ) -> Iterator[VideoItem]:
        """The items of VideoList.Video on every page (pages numbered from 1, by
        PageNo), until a page is empty or Total items have come.

        Each page is a call of `get_video_list`; a page that repeats the one before it
        raises `PaginationError`.
        """
        return self._iterate("get_video_list", locals())

    def get_video_play_auth(
        self,
        *,
        video_id: str,
        auth_info_timeout: int | None = None,
        api_version: str | None = None,
    ) -> GetVideoPlayAuthResponse:
        """调用GetVideoPlayAuth获取音视频的播放凭证（PlayAuth），阿里云播放器SDK通过音视频的播放凭证自动换取播放地址进行播放，因播放凭证具有时效性、与视频一一对应、不能混用和重复使用等特点，当凭证过期或凭证错误时都将无法获取到对应的播放地址。通过播放凭证方式播放音视频适用于对音视频播放有更高安全性要求的场景。
        -
        使用阿里云播放器SDK（适用于PlayAuth播放方式），调用本接口来获取播放凭证，阿里云播放器SDK通过播放凭证自动获取播放地址进行播放，更多信息，请参见[阿里云播放器SDK](~~125579~~)。
        - 如果播放凭证过期则无法获取播放地址，需要重新获取播放凭证。
        """
        return self._call("get_video_play_auth", locals())

    def get_vod_template(self, *, vod_template_id: str) -> GetVodTemplateResponse:
        """调用GetVodTemplate查询单个截图模板。"""
        return self._call("get_vod_template", locals())

    def get_watermark(self, *, watermark_id: str) -> GetWatermarkResponse:
        """调用GetWatermark通过水印模板ID查询单个图片水印模板或文字水印模板的配置信息，包括图片水印的位置、大小，展示时间，文字水印的内容、字体、颜色、位置等参数配置信息。"""
        return self._call("get_watermark", locals())

    def list_ai_image_info(self, *, video_id: str) -> ListAIImageInfoResponse:
        """Queries the AI image information of a specified video. Regions that support
        this operation: China (Beijing) and China (Shanghai). This operation queries the
        AI images of only one video at a time. Batch queries are not supported.
        """
        return self._call("list_ai_image_info", locals())

    def list_ai_job(self, *, job_ids: str) -> ListAIJobResponse:
        """调用ListAIJob查询智能标签或视频DNA作业。在提交智能标签或视频DNA作业后，会进行异步处理，通过此接口可以实时查询作业信息。
        - 视频DNA支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 智能标签支持的服务地域：**华北2（北京）**、**华东2（上海）**。
        """
        return self._call("list_ai_job", locals())

    def list_ai_template(self, *, template_type: str) -> ListAITemplateResponse:
        """调用ListAITemplate查询AI模板列表。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 可调用本接口查询指定类型的AI模板列表。
        """
        return self._call("list_ai_template", locals())

    def list_app_info(
        self,
        *,
        status: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
    ) -> ListAppInfoResponse:
        """调用ListAppInfo根据查询条件获取有权限的应用信息列表。 ### 使用说明 支持按应用状态过滤查询。 ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("list_app_info", locals())

    def iter_list_app_info(
        self, *, status: str | None = None, page_size: int | None = None
    ) -> Iterator[AppInfoListItem]:
        """The items of AppInfoList on every page (pages numbered from 1, by PageNo),
        until a page is empty or Total items have come.

        Each page is a call of `list_app_info`; a page that repeats the one before it
        raises `PaginationError`.
        """
        return self._iterate("list_app_info", locals())

    def list_app_policies_for_identity(
        self,
        *,
        identity_type: str | None = None,
        identity_name: str | None = None,
        app_id: str | None = None,
    ) -> ListAppPoliciesForIdentityResponse:
        """调用ListAppPoliciesForIdentity列出指定账号身份（RAM用户或RAM角色）被授予的应用权限的列表。 >
        只有拥有管理员权限的账号身份调用该接口时，IdentityType和IdentityName有效；否则只返回当前账号身份被授予的应用权限策略。
        """
        return self._call("list_app_policies_for_identity", locals())

    def list_audit_security_ip(
        self, *, security_group_name: str | None = None
    ) -> ListAuditSecurityIpResponse:
        """调用ListAuditSecurityIp获取审核安全IP列表。"""
        return self._call("list_audit_security_ip", locals())

    def list_dynamic_image(self, *, video_id: str) -> ListDynamicImageResponse:
        """调用ListDynamicImage，通过视频ID查询视频截动图列表。 ### 使用说明
        - 视频动图截取完成后，可以调用本接口来获取视频的动图信息。
        - 视频动图任务可通过API（[提交媒体动图作业](~~186842~~)接口）或控制台发起，更多内容，请参见[视频动图](~~177484~~)。

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("list_dynamic_image", locals())

    def list_live_record_video(
        self,
        *,
        stream_name: str | None = None,
        domain_name: str | None = None,
        app_name: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> ListLiveRecordVideoResponse:
        """调用ListLiveRecordVideo获取直播转点播视频列表。 最多支持获取指定筛选条件的前5000条。"""
        return self._call("list_live_record_video", locals())

    def iter_list_live_record_video(
        self,
        *,
        stream_name: str | None = None,
        domain_name: str | None = None,
        app_name: str | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
    ) -> Iterator[LiveRecordVideoItem]:
        """The items of LiveRecordVideoList.LiveRecordVideo on every page (pages
        numbered from 1, by PageNo), until a page is empty or Total items have come.

        Each page is a call of `list_live_record_video`; a page that repeats the one
        before it raises `PaginationError`.
        """
        return self._iterate("list_live_record_video", locals())

    def list_snapshots(
        self,
        *,
        video_id: str,
        snapshot_type: str | None = None,
        auth_timeout: str | None = None,
        page_size: str | None = None,
        page_no: str | None = None,
    ) -> ListSnapshotsResponse:
        """调用ListSnapshots可以查询通过视频截图作业生成的截图，以及视频上传时系统生成的封面截图。
        若一个视频发起过多次视频截图，则本接口仅返回最近一次成功的截图数据。
        """
        return self._call("list_snapshots", locals())

    def iter_list_snapshots(
        self,
        *,
        video_id: str,
        snapshot_type: str | None = None,
        auth_timeout: str | None = None,
        page_size: str | None = None,
    ) -> Iterator[SnapshotItem]:
        """The items of MediaSnapshot.Snapshots.Snapshot on every page (pages numbered
        from 1, by PageNo), until a page is empty or MediaSnapshot.Total items have
        come.

        Each page is a call of `list_snapshots`; a page that repeats the one before it
        raises `PaginationError`.
        """
        return self._iterate("list_snapshots", locals())

    def list_transcode_task(
        self,
        *,
        video_id: str,
        start_time: str | None = None,
        end_time: str | None = None,
        page_size: int | None = None,
        page_no: int | None = None,
    ) -> ListTranscodeTaskResponse:
        """调用ListTranscodeTask根据音视频ID查询音视频历史转码任务信息，本接口不返回具体的作业信息。 ### 使用说明
        - 如需查询详细的转码作业信息，可以调用[GetTranscodeTask](~~109121~~)接口查询。
        - **本接口仅支持查询一年内的转码任务数据。** ### QPS限制
        本接口的单用户QPS限制为15次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("list_transcode_task", locals())

    def iter_list_transcode_task(
        self,
        *,
        video_id: str,
        start_time: str | None = None,
        end_time: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[TranscodeTaskListItem]:
        """The items of TranscodeTaskList on every page (pages numbered from 1, by
        PageNo), until a page is empty.

        Each page is a call of `list_transcode_task`; a page that repeats the one before
        it raises `PaginationError`.
        """
        return self._iterate("list_transcode_task", locals())

    def list_transcode_template_group(
        self, *, app_id: str | None = None
    ) -> ListTranscodeTemplateGroupResponse:
        """调用ListTranscodeTemplateGroup查询转码模板配置列表。 >
        该接口不会返回每个转码模板组下的转码模板配置信息，您可以通过[查询单个转码模板组](~~102670~~)接口获取。
        """
        return self._call("list_transcode_template_group", locals())

    def list_vod_template(
        self, *, template_type: str, app_id: str | None = None
    ) -> ListVodTemplateResponse:
        """查询截图模板列表。"""
        return self._call("list_vod_template", locals())

    def list_watermark(self, *, app_id: str | None = None) -> ListWatermarkResponse:
        """调用ListWatermark查询当前服务地域下已添加的所有图片水印模板和文字水印模板的配置信息，包括图片水印的位置、大小，展示时间，文字水印的内容、字体、颜色、位置等参数配置信息。"""
        return self._call("list_watermark", locals())

    def move_app_resource(
        self, *, target_app_id: str, resource_type: str, resource_ids: str
    ) -> MoveAppResourceResponse:
        """调用MoveAppResource将媒资等资源从一个应用迁移到另外一个应用。应用管理员可以直接转移，RAM用户或RAM角色需要对资源转移前后的两个应用拥有写权限，支持批量迁移。"""
        return self._call("move_app_resource", locals())

    def preload_vod_object_caches(
        self, *, object_path: str
    ) -> PreloadVodObjectCachesResponse:
        """调用PreloadVodObjectCaches将源站的内容主动预热到L2 Cache节点上，首次访问可直接命中缓存，缓解源站压力。 > -
        目前服务地址仅支持：**华东2（上海）**。 > - 同一账号每天最多可提交预热URL请求共500条，目前不支持目录级别的预热。 > -
        刷新预热类接口包含[RefreshVodObjectCaches](~~RefreshVodObjectCaches~~)刷新接口和[PreloadVodObjectCaches](~~PreloadVodObjectCaches~~)预热接口。
        """
        return self._call("preload_vod_object_caches", locals())

    def produce_editing_project_video(
        self,
        *,
        project_id: str | None = None,
        timeline: str | None = None,
        title: str | None = None,
        description: str | None = None,
        cover_url: str | None = None,
        media_metadata: str | None = None,
        produce_config: str | None = None,
        user_data: str | None = None,
        app_id: str | None = None,
    ) -> ProduceEditingProjectVideoResponse:
        """将一个或多个视频合成为成品。可以通过时间线参数直接提交源视频，也可以先创建云剪辑工程，再提交合成。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。云剪辑为付费功能，计费详情，请参见[剪辑合成计费](~~188310#section-pyv-b8h-bo7~~)。**
        - 该接口返回合成任务的提交结果，不保证接口返回时视频已合成完毕。合成任务将进入后台排队，异步执行。
        - 云剪辑时间线所使用的视频资源，既可以是素材管理中的素材，也可以是媒体库中的视频。
        - 合成视频依据ProjectId与Timeline进行，具体逻辑如下：
        - ProjectId与Timeline不能同时为空，否则合成视频没有任何依据。
        -
        如果ProjectId为空，Timeline不为空，则自动创建一个云剪辑工程，以Timeline为时间线，同时提取Timeline中引用的素材并设置为云剪辑工程的素材，之后进行视频合成。
        - 如果ProjectId不为空，Timeline为空，则根据ProjectId获取最新保存的Timeline，并以此进行视频合成。
        -
        如果ProjectId与Timeline均不为空，则以传入的Timeline为准，进行视频合成，同时更新对应的云剪辑工程（Timeline和云剪辑工程素材）。如果填写其他字段，则对相应的云剪辑工程字段进行更新。

        -
        视频合成完成后，会自动上传到视频点播中，因此，视频合成完成之后，点播服务会发送**媒体合成完成**和**视频上传完成**的事件通知。合成视频转码完成后，会发送**视频单个清晰度转码完成**和**视频全部清晰度转码完成**的事件通知。
        - 您还可以为合成视频添加特效。更多详情，请参见[特效](~~69082~~)。
        """
        return self._call("produce_editing_project_video", locals())

    def refresh_media_play_urls(
        self,
        *,
        media_ids: str,
        task_type: str,
        formats: str | None = None,
        definitions: str | None = None,
        stream_type: str | None = None,
        result_type: str | None = None,
        slice_flag: bool | None = None,
        slice_count: int | None = None,
        user_data: str | None = None,
    ) -> RefreshMediaPlayUrlsResponse:
        """调用RefreshMediaPlayUrls通过音视频ID发起音视频刷新或预热任务。
        -
        视频点播提供资源的刷新和预热功能，通过刷新功能，您可以删除CDN节点上已经缓存的资源，并强制CDN节点回源站获取最新资源；通过预热功能，您可以在业务高峰前预热热门资源，提前将热门资源下载并缓存到CDN节点，提高资源的访问效率。
        - 本接口直接通过音/视频ID发起刷新或预热任务，且支持筛选播放流格式及清晰度等，满足用户按需选择合适的播放流进行刷新预热的需求。
        - 最多支持一次发起20个音/视频的刷新或预热任务。

        ### QPS限制
        本接口的单用户QPS限制为50次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("refresh_media_play_urls", locals())

    def refresh_upload_video(self, *, video_id: str) -> RefreshUploadVideoResponse:
        """用于视频文件上传超时后重新获取视频上传凭证。
        该接口也可用于视频、音频源文件的覆盖上传（即获取到源文件上传地址后重新上传且音/视频ID保持不变），但可能会自动触发转码和截图（若设置了上传时转码或截图）。使用说明，请参见[上传地址和凭证](~~55397~~)。
        """
        return self._call("refresh_upload_video", locals())

    def refresh_vod_object_caches(
        self,
        *,
        object_path: str,
        object_type: str | None = None,
        force: bool | None = None,
    ) -> RefreshVodObjectCachesResponse:
        """调用RefreshVodObjectCaches刷新节点上的文件内容。指定URL内容刷新至Cache节点，支持URL批量刷新。 > -
        目前服务地址仅支持：**华东2（上海）**。 > - 同一账号每天最多可提交刷新URL请求共2000条，刷新目录共100个。 > -
        刷新预热类接口包含[RefreshVodObjectCaches](~~69215~~)刷新接口和[PreloadVodObjectCaches](~~69211~~)预热接口。
        """
        return self._call("refresh_vod_object_caches", locals())

    def register_media(
        self,
        *,
        register_metadatas: str,
        template_group_id: str | None = None,
        user_data: str | None = None,
        workflow_id: str | None = None,
    ) -> RegisterMediaResponse:
        """进行媒资注册，接入点播服务的OSS自有Bucket上的存量媒资文件，需要进行媒资注册生成点播需要的关联数据后，才能正常使用点播提供的转码、截图等功能。
        - 针对已接入点播服务的OSS bucket，已存储在OSS
        bucket上的音视频媒体文件，需要通过注册媒资接口生成点播需要的关联数据后，才能在点播服务中对这些媒体文件通过媒体ID发起转码、截图和AI处理等。
        - 一次最多可注册10个OSS媒体文件，且一次提交的媒体文件对应的存储地址需要一致。
        -
        在点播中上传的媒体文件，如未指定转码模板组ID，则会按照默认模板组进行转码处理；与之不同的是，注册媒资后，如未指定转码模板组ID，则不会自动触发转码；如指定了转码模板组ID，则会按照指定的模板组进行转码处理。
        - 重复注册的媒体文件，只返回与其关联的唯一媒体ID，不做其他处理。
        - 请确保您要注册的媒资文件含有合法的后缀，否则会注册失败。
        """
        return self._call("register_media", locals())

    def restore_media(
        self,
        *,
        media_ids: str,
        scope: str | None = None,
        restore_days: str | None = None,
        restore_tier: str | None = None,
    ) -> RestoreMediaResponse:
        """解冻媒资。 仅归档及冷归档的音视频可用，解冻成功后，文件可以进行访问。解冻中的音视频不能修改存储类型。
        解冻会产生取回流量，冷归档音视频解冻成功后，会生成一份标准存储类型的文件副本用于访问，文件副本在解冻时间结束前会收取标准存储费用。
        """
        return self._call("restore_media", locals())

    def search_editing_project(
        self,
        *,
        end_time: str | None = None,
        start_time: str | None = None,
        status: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        title: str | None = None,
    ) -> SearchEditingProjectResponse:
        """调用SearchEditingProject搜索云剪辑工程（视频编辑列表）。"""
        return self._call("search_editing_project", locals())

    def iter_search_editing_project(
        self,
        *,
        end_time: str | None = None,
        start_time: str | None = None,
        status: str | None = None,
        page_size: int | None = None,
        sort_by: str | None = None,
        title: str | None = None,
    ) -> Iterator[ProjectItem]:
        """The items of ProjectList.Project on every page (pages numbered from 1, by
        PageNo), until a page is empty or Total items have come.

        Each page is a call of `search_editing_project`; a page that repeats the one
        before it raises `PaginationError`.
        """
        return self._iterate("search_editing_project", locals())

    def search_media(
        self,
        *,
        search_type: str | None = None,
        fields: str | None = None,
        match_: str | None = None,
        sort_by: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        scroll_token: str | None = None,
    ) -> SearchMediaResponse:
        """本接口用于搜索视频点播生产的视频、音频和图片等媒资信息，调用本接口配合媒资搜索协议可实现在视频点播中进行指定返回字段、精确匹配、模糊匹配、多值查询、范围查询、排序字段等多方式多维度的搜索查询。
        获取命中数据条数限制说明如下：
        - 方法一：分页遍历

        对于命中的搜索结果，您可以通过设置分页参数“PageNo”（页码）和“PageSize”（每页显示的记录数）来逐步遍历最多5000条数据。如果搜索结果超出了5000条，为了保证有效地遍历数据，请调整搜索条件以缩小结果范围。需要注意的是，此方法无法遍历完整数据集。若要遍历更多数据，请参考方法二。
        - 方法二：全量遍历（限音视频搜索）

        此方法适用于视频和音频内容的搜索，支持遍历最多200万条的全部搜索结果。如果搜索结果数量超过200万条，您应该通过增加更多筛选条件来减少结果数量。使用此方法时，除了“PageNo”和“PageSize”，您还需使用“ScrollToken”参数实现分页。请注意，每次仅支持向后遍历最多100条记录。
        使用“PageSize”为20为例，以下是分页逻辑：
        - 若“PageNo”为1，您可以查询接下来的最多5页数据。
        - 若“PageNo”为2，您可以查询接下来的最多6页数据。

        请确保在搜索时合理设置分页参数，并根据结果集大小选择适当的遍历方法。
        """
        return self._call("search_media", locals())

    def iter_search_media(
        self,
        *,
        search_type: str | None = None,
        fields: str | None = None,
        match_: str | None = None,
        sort_by: str | None = None,
        page_size: int | None = None,
        scroll_token: str | None = None,
    ) -> Iterator[MediaListItem]:
        """The items of MediaList on every page (pages numbered from 1, by PageNo),
        until a page is empty or Total items have come.

        Each page is a call of `search_media`; a page that repeats the one before it
        raises `PaginationError`.
        """
        return self._iterate("search_media", locals())

    def set_audit_security_ip(
        self,
        *,
        ips: str,
        security_group_name: str | None = None,
        operate_mode: str | None = None,
    ) -> SetAuditSecurityIpResponse:
        """调用SetAuditSecurityIp设置审核安全IP。
        当视频状态为审核中（Checking）或屏蔽（Blocked）状态时，只有来自审核安全IP的请求才可以播放。
        """
        return self._call("set_audit_security_ip", locals())

    def set_crossdomain_content(
        self,
        *,
        content: str,
        storage_location: str,
        resource_real_owner_id: str | None = None,
    ) -> SetCrossdomainContentResponse:
        """调用SetCrossdomainContent更新点播跨域文件crossdomain.xml的内容。 >
        如果通过域名跨域文件访问，需要刷新CDN缓存来立即生效，可以登录控制台[刷新文件](~~86098~~)或者调用[刷新缓存接口](~~69215~~)。
        """
        return self._call("set_crossdomain_content", locals())

    def set_default_ai_template(
        self, *, template_id: str
    ) -> SetDefaultAITemplateResponse:
        """调用SetDefaultAITemplate设置默认AI模板。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 先获取AI模板ID，再调用本接口设置为默认AI模板。已设置为默认的AI模板不能删除。
        """
        return self._call("set_default_ai_template", locals())

    def set_default_transcode_template_group(
        self, *, transcode_template_group_id: str
    ) -> SetDefaultTranscodeTemplateGroupResponse:
        """调用SetDefaultTranscodeTemplateGroup设置默认转码模板配置。"""
        return self._call("set_default_transcode_template_group", locals())

    def set_default_watermark(
        self, *, watermark_id: str
    ) -> SetDefaultWatermarkResponse:
        """调用SetDefaultWatermark将指定水印模板设置为默认水印模板。"""
        return self._call("set_default_watermark", locals())

    def set_editing_project_materials(
        self, *, project_id: str, material_ids: str
    ) -> SetEditingProjectMaterialsResponse:
        """调用SetEditingProjectMaterials设置云剪辑工程的待剪辑素材。"""
        return self._call("set_editing_project_materials", locals())

    def set_message_callback(
        self,
        *,
        callback_type: str | None = None,
        callback_url: str | None = None,
        event_type_list: str | None = None,
        auth_switch: str | None = None,
        auth_key: str | None = None,
        mns_endpoint: str | None = None,
        mns_queue_name: str | None = None,
        app_id: str | None = None,
    ) -> SetMessageCallbackResponse:
        """调用SetMessageCallback设置事件通知的回调方式、回调地址、事件类型。
        支持HTTP回调和MNS回调。详细使用说明，请参见[事件通知](~~55627~~)。 ### QPS限制
        本接口的单用户QPS限制为15次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("set_message_callback", locals())

    def set_vod_domain_certificate(
        self,
        *,
        domain_name: str,
        ssl_protocol: str,
        cert_name: str | None = None,
        ssl_pub: str | None = None,
        ssl_pri: str | None = None,
    ) -> SetVodDomainCertificateResponse:
        """调用SetVodDomainCertificate设置某域名下证书功能是否启用及修改证书信息。 > 目前服务地址仅支持：**华东2（上海）**。"""
        return self._call("set_vod_domain_certificate", locals())

    def submit_ai_image_audit_job(
        self,
        *,
        media_id: str,
        template_id: str,
        media_audit_configuration: str | None = None,
    ) -> SubmitAIImageAuditJobResponse:
        """调用SubmitAIImageAuditJob来提交图片智能审核任务，作业在提交成功后会异步执行，不保证接口返回时作业已处理完成。
        <props="intl">本接口仅支持新加坡地域。</props>
        """
        return self._call("submit_ai_image_audit_job", locals())

    def submit_ai_image_job(
        self,
        *,
        video_id: str,
        ai_template_id: str,
        user_data: str | None = None,
        ai_pipeline_id: str | None = None,
    ) -> SubmitAIImageJobResponse:
        """Submits an image AI processing job. Regions that support this operation:
        China (Beijing) and China (Shanghai). After you call this operation to process
        AI images, you can call the GetAIImageJobs operation to query the results of the
        job.
        """
        return self._call("submit_ai_image_job", locals())

    def submit_ai_job(
        self,
        *,
        media_id: str | None = None,
        types: str | None = None,
        config: str | None = None,
        user_data: str | None = None,
    ) -> SubmitAIJobResponse:
        """调用SubmitAIJob提交智能标签或视频DNA作业。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。智能标签和视频DNA为付费功能，计费详情，请参见[视频AI计费](~~188310#section-g7l-s3o-9ng~~)。**
        -
        视频DNA支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**；智能标签支持的服务地域：**华北2（北京）**、**华东2（上海）**。
        - 您需要先开通视频DNA或智能标签服务后，才能调用此接口提交AI作业。开通详情，请参见[视频AI](~~101148~~)。
        -
        初次使用视频DNA时，您需提供uid及地域信息，提交工单申请免费开通DNA指纹库，否则将影响后续视频DNA的功能使用。关于如何提交工单，请参见[联系我们](~~464625~~)。
        -
        AI作业在提交成功后会异步执行，不保证接口返回时AI作业已处理完成。建议您配置[事件通知](~~55627~~)功能，指定回调事件为**视频AI处理完成**，当接收到**视频AI处理完成**的事件通知回调后，再获取AI作业的结果。
        """
        return self._call("submit_ai_job", locals())

    def submit_ai_media_audit_job(
        self,
        *,
        media_id: str,
        template_id: str | None = None,
        user_data: str | None = None,
        media_type: str | None = None,
        media_audit_configuration: str | None = None,
    ) -> SubmitAIMediaAuditJobResponse:
        """调用SubmitAIMediaAuditJob提交音视频智能审核作业。作业在提交成功后会异步执行，不保证接口返回时作业已处理完成。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。智能审核为付费功能，计费详情，<props="china">请参见[智能审核计费](~~188310#section-g7l-s3o-9ng~~)。</props><props="intl">请提交工单或联系阿里云商务经理了解。</props>**
        - 本接口目前仅支持**上海**、**北京**、**新加坡地域**。
        - 智能审核提交相关开发指南，请参见[智能审核](~~101148~~)。
        - 智能审核作业完成后，智能审核作业过程中产生的图片资源仅在视频点播分配的点播系统Bucket上免费保留2周，超过2周将自动删除。
        """
        return self._call("submit_ai_media_audit_job", locals())

    def submit_digital_watermark_extract_job(
        self, *, media_id: str, extract_type: str
    ) -> SubmitDigitalWatermarkExtractJobResponse:
        """调用SubmitDigitalWatermarkExtractJob提交数字水印（版权水印或溯源水印）提取作业，开始异步提取版权水印或溯源水印。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。数字水印为付费功能，数字水印的生成和提取都涉及计费，计费详情请参见[数字水印计费](~~188310#62b9c940403se~~)。**
        - 目前本接口服务地址仅支持：**华东2（上海）**、**华北2（北京）**。
        -
        <props="china">有关数字水印的生成和提取等更多信息，请参见[数字水印](~~2527021~~)。</props>提交数字水印提取作业前，请确保已满足下述条件：
        - 待提取水印的视频已经上传到视频点播中。
        - 待提取水印的视频时长需要超过6分钟。
        -
        数字水印提取作业提交后，请调用[GetDigitalWatermarkExtractResult](~~GetDigitalWatermarkExtractResult~~)接口查询作业结果。
        """
        return self._call("submit_digital_watermark_extract_job", locals())

    def submit_dynamic_image_job(
        self,
        *,
        video_id: str,
        dynamic_image_template_id: str,
        override_params: str | None = None,
    ) -> SubmitDynamicImageJobResponse:
        """调用SubmitDynamicImageJob提交媒体动图作业，开始异步处理。 ### 使用说明
        - 只有状态为**上传完成**、**转码中**、**正常**、**审核中**和**屏蔽**的视频才能发起动图作业。
        - 动图生产计入视频转码费用，且计费标准一致，按照分辨率和时长计费。具体收费详情，请参见[媒资转码计费](~~188308~~)。

        ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("submit_dynamic_image_job", locals())

    def submit_media_dna_delete_job(
        self, *, media_id: str
    ) -> SubmitMediaDNADeleteJobResponse:
        """调用SubmitMediaDNADeleteJob删除视频DNA作业。
        目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        """
        return self._call("submit_media_dna_delete_job", locals())

    def submit_preprocess_jobs(
        self, *, video_id: str, preprocess_type: str
    ) -> SubmitPreprocessJobsResponse:
        """调用SubmitPreprocessJobs，通过导播台对视频进行转码处理。
        - 视频预处理实际是转码过程，生成符合导播台播放要求的视频，所以会有**计量计费**信息产生，计费详情请参见[云导播费用](~~64531~~)。
        - 接收[转码完成](~~55638~~)的回调消息，来获取处理结果。当回调消息**Preprocess=true**时，表示预处理完成回调。

        ### QPS限制
        本接口的单用户QPS限制为15次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("submit_preprocess_jobs", locals())

    def submit_snapshot_job(
        self,
        *,
        video_id: str | None = None,
        specified_offset_time: int | None = None,
        width: str | None = None,
        height: str | None = None,
        count: int | None = None,
        interval: int | None = None,
        sprite_snapshot_config: str | None = None,
        snapshot_template_id: str | None = None,
        user_data: str | None = None,
        specified_offset_times: Sequence[int] | None = None,
    ) -> SubmitSnapshotJobResponse:
        """调用SubmitSnapshotJob提交视频截图作业，开始异步截图处理。
        - 暂时只支持生成JPG格式的图片。
        -
        截图完成会产生EventType=SnapshotComplete,SubType=SpecifiedTime的[视频截图完成](~~57337~~)的事件通知。

        ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("submit_snapshot_job", locals())

    def submit_transcode_jobs(
        self,
        *,
        template_group_id: str,
        video_id: str | None = None,
        pipeline_id: str | None = None,
        encrypt_config: str | None = None,
        override_params: str | None = None,
        priority: str | None = None,
        user_data: str | None = None,
    ) -> SubmitTranscodeJobsResponse:
        """调用SubmitTranscodeJobs提交媒体转码作业，开始异步转码处理。 ### 使用说明
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。转码为付费功能，计费详情，请参见[媒资转码计费](~~188308#section-ejb-nii-nqa~~)。**
        - 只有状态为上传完成、正常和审核中的视频才能发起转码。
        - 如需要获取转码结果，可接收回调消息：[单个清晰度转码完成](~~55636~~)、 [全部转码完成](~~55638~~)。
        -
        该接口可支持HLS自适应码流打包任务中对字幕地址进行动态替换，如打包任务无字幕打包处理，不建议采用该接口发起任务处理，而建议视频上传时设置对应的打包模板组ID即可自动发起打包流程。
        """
        return self._call("submit_transcode_jobs", locals())

    def submit_workflow_job(
        self, *, workflow_id: str, media_id: str | None = None
    ) -> SubmitWorkflowJobResponse:
        """对视频发起点播工作流处理。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。使用工作流过程中，可能涉及产生转码、加密、智能审核等费用，计费详情，请参见[视频点播计费概述](~~188307~~)。**
        - 调用本接口，可对视频发起工作流处理任务。有关工作流的更多内容，请参见[工作流](~~115347~~)。
        """
        return self._call("submit_workflow_job", locals())

    def update_ai_template(
        self, *, template_id: str, template_name: str, template_config: str
    ) -> UpdateAITemplateResponse:
        """调用UpdateAITemplate修改AI模板。
        - 目前本接口支持的服务地域：**华北2（北京）**、**华东2（上海）**、**新加坡**。
        - 调用[AddAITemplate](~~102930~~)接口添加AI模板后，可通过本接口修改AI模板。
        """
        return self._call("update_ai_template", locals())

    def update_app_info(
        self,
        *,
        app_id: str,
        app_name: str | None = None,
        description: str | None = None,
        status: str | None = None,
    ) -> UpdateAppInfoResponse:
        """调用UpdateAppInfo更新应用信息。 创建应用后，可调用本接口通过应用ID来定位到某个应用并修改该应用的名称、描述及状态信息。 ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("update_app_info", locals())

    def update_attached_media_infos(
        self, *, update_content: str
    ) -> UpdateAttachedMediaInfosResponse:
        """批量修改辅助媒资信息。
        通过辅助媒资ID来定位辅助媒资，支持修改辅助媒资的标题、标签、描述和分类等信息，传入参数则更新相应字段，否则该字段不会被覆盖或更新。

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("update_attached_media_infos", locals())

    def update_category(
        self, *, cate_name: str, cate_id: int
    ) -> UpdateCategoryResponse:
        """调用UpdateCategory修改分类名称。
        创建分类后，可调用本接口修改分类的名称，若已为部分媒体资源标注了该分类，则修改分类名称后，该部分媒体资源已标注的分类名称会同步更新。
        """
        return self._call("update_category", locals())

    def update_editing_project(
        self,
        *,
        project_id: str,
        title: str | None = None,
        timeline: str | None = None,
        description: str | None = None,
        cover_url: str | None = None,
    ) -> UpdateEditingProjectResponse:
        """调用UpdateEditingProject修改云剪辑工程（视频编辑任务）。"""
        return self._call("update_editing_project", locals())

    def update_image_infos(self, *, update_content: str) -> UpdateImageInfosResponse:
        """图片上传到视频点播后，可以调用UpdateImageInfos根据图片ID批量修改图片的标题、描述、标签和分类信息。
        - 本接口仅支持修改上传的图片，暂不支持修改视频截图产生的图片。
        - 一次最多支持修改20个图片的信息。
        """
        return self._call("update_image_infos", locals())

    def update_media_storage_class(
        self,
        *,
        media_ids: str,
        storage_class: str,
        scope: str | None = None,
        restore_tier: str | None = None,
        allow_update_without_time_limit: bool | None = None,
    ) -> UpdateMediaStorageClassResponse:
        """修改媒资存储类型。
        - 修改媒资存储类型是一个异步操作，整体完成后给用户发送回调。

        -
        若媒资当前的存储类型为归档或冷归档，调用本接口会自动触发解冻，解冻完成后修改存储类型，不需要用户手动调用RestoreMedia接口解冻媒资。其中冷归档需要传入解冻优先级，默认为RestoreTier=Standard。

        - 变更中的媒资不能再次发起变更任务，不能进行生产、处理。

        -
        非标准存储的媒资有最低存储时长要求，如果存储时长不够，则无法修改成其他类型：低频/源文件低频至少存储30天；归档/源文件归档至少存储60天；冷归档、源文件冷归档至少存储180天。
        """
        return self._call("update_media_storage_class", locals())

    def update_transcode_template_group(
        self,
        *,
        transcode_template_group_id: str,
        name: str | None = None,
        transcode_template_list: str | None = None,
        locked: str | None = None,
    ) -> UpdateTranscodeTemplateGroupResponse:
        """调用UpdateTranscodeTemplateGroup修改转码配置信息，可修改转码模板组下指定的转码模板配置。
        出于安全保护目的，处于锁定状态的转码模板组不能进行添加、修改、删除等操作。您可以调用[GetTranscodeTemplateGroup](~~GetTranscodeTemplateGroup~~)接口查询模板配置，通过返回的响应参数Locked，查看模板组是否被锁定；或调用本接口将模板组解锁后，再进行添加、修改、删除等操作。
        """
        return self._call("update_transcode_template_group", locals())

    def update_video_info(
        self,
        *,
        video_id: str,
        title: str | None = None,
        tags: str | None = None,
        description: str | None = None,
        cover_url: str | None = None,
        cate_id: int | None = None,
    ) -> UpdateVideoInfoResponse:
        """修改单个音视频信息。 ### 使用说明
        通过视频ID来定位音/视频，支持修改音/视频的标题、标签、描述等信息，传入参数则更新相应字段，否则该字段不会被覆盖或更新。

        ### QPS限制
        本接口的单用户QPS限制为100次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("update_video_info", locals())

    def update_video_infos(self, *, update_content: str) -> UpdateVideoInfosResponse:
        """批量修改音视频信息。 ### 使用说明
        - 通过音/视频ID来定位视频，支持修改音/视频的标题、标签、描述等信息，传入参数则更新相应字段，否则该字段不会被覆盖或更新。
        - 一次最多支持修改20个音/视频的信息。

        ### QPS限制
        本接口的单用户QPS限制为30次/秒。超过限制，API调用会被限流，这可能会影响您的业务，请合理调用。更多信息，请参见[QPS限制](~~342790~~)。
        """
        return self._call("update_video_infos", locals())

    def update_vod_domain(
        self,
        *,
        domain_name: str,
        sources: str | None = None,
        top_level_domain: str | None = None,
    ) -> UpdateVodDomainResponse:
        """调用UpdateVodDomain修改加速域名。 > 目前服务地址仅支持：**华东2（上海）**。"""
        return self._call("update_vod_domain", locals())

    def update_vod_template(
        self,
        *,
        vod_template_id: str,
        name: str | None = None,
        template_config: str | None = None,
    ) -> UpdateVodTemplateResponse:
        """修改截图模板。"""
        return self._call("update_vod_template", locals())

    def update_watermark(
        self, *, watermark_id: str, watermark_config: str, name: str | None = None
    ) -> UpdateWatermarkResponse:
        """添加图文水印模板后，可以调用UpdateWatermark修改图文水印模板的模板名称和水印配置（WatermarkConfig）。
        - 调用[AddWatermark](~~AddWatermark~~)添加图文水印模板后，可以调用本接口修改图文水印模板的名称和水印配置。
        - 调用本接口暂不支持替换图片水印模板中的图片，也不支持跨模板类型（例如将图片水印模板改为文字水印模板）的修改。
        """
        return self._call("update_watermark", locals())

    def upload_media_by_url(
        self,
        *,
        upload_urls: str,
        template_group_id: str | None = None,
        storage_location: str | None = None,
        upload_metadatas: str | None = None,
        user_data: str | None = None,
        app_id: str | None = None,
        workflow_id: str | None = None,
        session_id: str | None = None,
    ) -> UploadMediaByURLResponse:
        """基于源文件URL，拉取音视频媒体文件进行上传，支持批量上传。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。媒资文件上传到视频点播中会产生存储费用，计费详情，请参见[媒资存储计费](~~188308#section_e97_xrp_mzz~~)。如果您已开通了存储传输加速，则上传媒资文件到视频点播时还将涉及上传加速费用，计费详情请参见[存储传输加速计费](~~188310#section_sta_zm2_tsv~~)。**
        - 本接口主要适用于文件没有存储在本地服务器或终端，需要通过公网访问的URL地址上传的场景。
        - 本接口为异步上传接口，非实时，不保证时效性，一般提交后会在数小时、甚至数天内完成迁移上传。如果对时效性要求较高，建议使用上传SDK上传。
        -
        如果配置了回调，则上传完成后会收到[URL上传视频完成](~~86326~~)的事件通知，可以通过[获取URL上传信息](~~106830~~)接口查询上传状态。
        -
        上传任务提交成功后，会在云端生成异步执行的任务，相应服务地域下所有用户提交的URL上传任务进行排队执行，完成时间受已有任务数量影响；上传完成后可根据事件通知（消息回调）返回的URL和视频ID等信息进行关联。
        - 本接口目前仅支持**华东2（上海）**和**新加坡**地域。
        - 同一个媒体文件URL，每次提交上传任务都会在点播中产生一个新的媒体资源（即产生新的媒体ID）。
        """
        return self._call("upload_media_by_url", locals())

    def upload_stream_by_url(
        self,
        *,
        stream_url: str,
        media_id: str,
        definition: str,
        file_extension: str | None = None,
        hdr_type: str | None = None,
        user_data: str | None = None,
    ) -> UploadStreamByURLResponse:
        """上传外部存储的转码流文件并挂载到对应的点播媒资下。
        -
        **请确保在使用该接口前，已充分了解视频点播产品的收费方式和价格。媒资文件上传到视频点播中会产生存储费用，计费详情，请参见[媒资存储计费](~~188308#section_e97_xrp_mzz~~)。如果您已开通了存储传输加速，则上传媒资文件到视频点播时还将涉及上传加速费用，计费详情请参见[存储传输加速计费](~~188310#section_sta_zm2_tsv~~)。**
        - 该接口目前仅支持**上海**和**新加坡**地域使用。
        -
        调用本接口上传外部存储的转码流文件并挂载到对应的点播媒资下。本接口支持的转码流HDR类型为HDR、HDR10、HLG、DolbyVision、HDRVivid和SDR+类型。
        - 您可以通过[获取URL上传信息](~~106830~~)接口来查询上传状态，上传完成后会收到[URL上传转码流完成](~~376427~~)的事件通知。
        """
        return self._call("upload_stream_by_url", locals())

    def verify_vod_domain_owner(
        self, *, domain_name: str, verify_type: str
    ) -> VerifyVodDomainOwnerResponse:
        """调用VerifyVodDomainOwner验证域名归属权。 目前服务地域仅支持：**华东2（上海）**。"""
        return self._call("verify_vod_domain_owner", locals())
