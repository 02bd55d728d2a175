"""Request and response models of UpdateVideoInfos."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UpdateVideoInfosRequest", "UpdateVideoInfosResponse"]


class UpdateVideoInfosRequest(_p.Request):
    """Parameters of UpdateVideoInfos, checked against the spec's limits when created."""

    update_content: str = _p.param("UpdateContent")
    """更新内容。一次最多支持修改20个音/视频的信息，多个音/视频对象信息之间以英文逗号（,）分隔，一次更新超过20个将更新失败并报错`CountExceededMax`。
    格式为JSON字符串，构建参数详情，参见下表**更新内容UpdateContent**。
    """


class UpdateVideoInfosResponse(_m.Model):
    """返回结果。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    forbidden_video_ids: list[str] | None = _m.wire("ForbiddenVideoIds")
    """被禁止操作的音/视频ID列表（一般由于无[权限](~~113600~~)导致）。"""
    non_exist_video_ids: list[str] | None = _m.wire("NonExistVideoIds")
    """不存在的音/视频ID列表。"""


OPERATION = OperationInfo(
    "UpdateVideoInfos", UpdateVideoInfosRequest, UpdateVideoInfosResponse
)
