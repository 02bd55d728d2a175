"""Request and response models of GetMediaDNAResult."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "DNAResult",
    "DetailItem",
    "Duplication",
    "GetMediaDNAResultRequest",
    "GetMediaDNAResultResponse",
    "Input",
    "VideoDNAItem",
]


class GetMediaDNAResultRequest(_p.Request):
    """Parameters of GetMediaDNAResult, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """视频ID。"""


class GetMediaDNAResultResponse(_m.Model):
    """A model of the response."""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    dna_result: DNAResult | None = _m.wire("DNAResult")
    """DNA结果。"""


class DNAResult(_m.Model):
    """DNA结果。"""

    video_dna: list[VideoDNAItem] | None = _m.wire("VideoDNA")
    """视频DNA识别结果。"""


class VideoDNAItem(_m.Model):
    """A model of the response."""

    primary_key: str | None = _m.wire("PrimaryKey")
    """相似视频ID。"""
    similarity: str | None = _m.wire("Similarity")
    """视频相似度。相似度1是指相似度100%。"""
    detail: list[DetailItem] | None = _m.wire("Detail")
    """相似视频详情。包括视频的位置、时长等。"""


class DetailItem(_m.Model):
    """A model of the response."""

    input_: Input | None = _m.wire("Input")
    """输入视频的开始时间和时长。"""
    duplication: Duplication | None = _m.wire("Duplication")
    """库中视频的开始时间和时长。"""


class Input(_m.Model):
    """输入视频的开始时间和时长。"""

    duration: str | None = _m.wire("Duration")
    """视频的时长。单位：秒。"""
    start: str | None = _m.wire("Start")
    """视频的开始时间。单位：秒。"""


class Duplication(_m.Model):
    """库中视频的开始时间和时长。"""

    duration: str | None = _m.wire("Duration")
    """视频的时长。单位：秒。"""
    start: str | None = _m.wire("Start")
    """视频的开始时间。单位：秒。"""


OPERATION = OperationInfo(
    "GetMediaDNAResult",
    GetMediaDNAResultRequest,
    GetMediaDNAResultResponse,
    read_only=True,
    idempotent=True,
)
