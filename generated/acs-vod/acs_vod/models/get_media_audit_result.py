"""Request and response models of GetMediaAuditResult."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AdResult",
    "AdResultCounterListItem",
    "AdResultTopListItem",
    "AudioResultItem",
    "CounterListItem",
    "GetMediaAuditResultRequest",
    "GetMediaAuditResultResponse",
    "ImageResultItem",
    "LiveResult",
    "LiveResultCounterListItem",
    "LiveResultTopListItem",
    "LogoResult",
    "LogoResultCounterListItem",
    "LogoResultTopListItem",
    "MediaAuditResult",
    "PornResult",
    "ResultItem",
    "TerrorismResult",
    "TerrorismResultCounterListItem",
    "TerrorismResultTopListItem",
    "TextResultItem",
    "TopListItem",
    "VideoResult",
]


class GetMediaAuditResultRequest(_p.Request):
    """Parameters of GetMediaAuditResult, checked against the spec's limits when created."""

    media_id: str = _p.param("MediaId")
    """支持查询视频ID和图片ID。"""


class GetMediaAuditResultResponse(_m.Model):
    """返回结果数据。"""

    request_id: str | None = _m.wire("RequestId")
    """请求ID。"""
    media_audit_result: MediaAuditResult | None = _m.wire("MediaAuditResult")
    """审核结果。"""


class MediaAuditResult(_m.Model):
    """审核结果。"""

    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    abnormal_modules: str | None = _m.wire("AbnormalModules")
    """违规的审核内容。多个使用英文逗号（,）分隔，取值：

    - **video**：视频。
    - **image-cover**：封面。
    - **text-title**：标题。
    """
    label: str | None = _m.wire("Label")
    """审核结果分类。多个使用英文逗号（,）分隔，取值：
    - **porn**：涉黄。
    - **terrorism**：暴恐涉政。
    - **ad**：图文违规。
    - **live**：不良场景。
    - **logo**：图片logo。
    - **audio**：语音反垃圾。
    - **normal**：正常。
    """
    audio_result: list[AudioResultItem] | None = _m.wire("AudioResult")
    """音频审核结果。"""
    image_result: list[ImageResultItem] | None = _m.wire("ImageResult")
    """图片审核结果。"""
    text_result: list[TextResultItem] | None = _m.wire("TextResult")
    """文本审核结果。"""
    video_result: VideoResult | None = _m.wire("VideoResult")
    """视频审核结果。"""


class AudioResultItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """命中Label音频的分数。取值范围：`[0, 100]`，命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    label: str | None = _m.wire("Label")
    """审核结果分类：

    - **normal**：正常。
    - **spam**：含垃圾信息。
    - **ad**：广告。
    - **politics**：涉政。
    - **terrorism**：暴恐。
    - **abuse**：辱骂。
    - **porn**：色情。
    - **flood**：灌水。
    - **contraband**：违禁。
    - **meaningless**：无意义。
    """
    scene: str | None = _m.wire("Scene")
    """审核场景。取固定值：**antispam**。"""


class ImageResultItem(_m.Model):
    """A model of the response."""

    type_: str | None = _m.wire("Type")
    """图片分类。取值：**cover**（封面）。"""
    url: str | None = _m.wire("Url")
    """图片的地址。"""
    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    label: str | None = _m.wire("Label")
    """图片审核结果分类。多个使用英文逗号（,）分隔，取值：

    - **porn**：涉黄。
    - **terrorism**：暴恐涉政。
    - **ad**：图文违规。
    - **live**：不良场景。
    - **logo**：图片logo。
    - **normal**：正常。
    """
    result: list[ResultItem] | None = _m.wire("Result")
    """图片审核结果详情。"""


class ResultItem(_m.Model):
    """A model of the response."""

    score: str | None = _m.wire("Score")
    """命中Label的图片的分数。取值范围：`[0, 100]`，命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    label: str | None = _m.wire("Label")
    """审核结果分类。

    当scene为**porn**时，取值：

    - **porn**：色情。
    - **sexy**：性感。
    - **normal**：正常。

    当scene为**terrorism**时，取值：

    - **normal**：正常。
    - **bloody**：血腥。
    - **explosion**：爆炸烟光。
    - **outfit**：特殊装束。
    - **logo**：特殊标识。
    - **weapon**：武器。
    - **politics**：渉政。
    - **violence**：打斗。
    - **crowd**：聚众。
    - **parade**：游行。
    - **carcrash**：车祸现场。
    - **flag**：旗帜。
    - **location**：地标。
    - **others**：其它。

    当scene为**ad**时，取值：

    - **normal**：正常。
    - **ad**：其他广告。
    - **politics**：文字含涉政内容。
    - **porn**：文字含涉黄内容。
    - **abuse**：文字含辱骂内容。
    - **terrorism**：文字含暴恐内容。
    - **contraband**：文字含违禁内容。
    - **spam**：文字含其他垃圾内容。
    - **npx**：牛皮癣广告。
    - **qrcode**：含二维码。
    - **programCode**：含小程序码。

    当scene为**live**时，取值：
    - **normal**：正常。
    - **meaningless**：图片中无内容（例如黑屏、白屏）。
    - **PIP**：画中画。
    - **smoking**：吸烟。
    - **drivelive**：车内直播。

    当scene为**logo**时，取值：
    - **normal**：正常。
    - **TV**：含受管控的logo。
    - **trademark**：含商标。
    """
    scene: str | None = _m.wire("Scene")
    """审核场景。取值：

    - **porn**：鉴黄。
    - **terrorism**：暴恐涉政。
    - **ad**：图文违规。
    - **live**：不良场景。
    - **logo**：图片logo。
    """


class TextResultItem(_m.Model):
    """A model of the response."""

    type_: str | None = _m.wire("Type")
    """文本分类。取值：**title**（标题）。"""
    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    score: str | None = _m.wire("Score")
    """命中Label的文本截图的分数。取值范围：`[0, 100]`，命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    label: str | None = _m.wire("Label")
    """审核结果分类。取值：

    - **spam**：含垃圾信息。
    - **ad**：广告。
    - **abuse**：辱骂。
    - **flood**：灌水。
    - **contraband**：违禁。
    - **meaningless**：无意义。
    - **normal**：正常。
    """
    content: str | None = _m.wire("Content")
    """审核文本内容。"""
    scene: str | None = _m.wire("Scene")
    """审核场景。取固定值：**antispam**。"""


class VideoResult(_m.Model):
    """视频审核结果。"""

    label: str | None = _m.wire("Label")
    """审核结果分类。取值：
    - **porn**：涉黄。
    - **terrorism**：暴恐涉政。
    - **ad**：图文违规。
    - **live**：不良场景。
    - **logo**：图片logo。
    - **normal**：正常。
    """
    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    porn_result: PornResult | None = _m.wire("PornResult")
    """鉴黄审核结果。"""
    ad_result: AdResult | None = _m.wire("AdResult")
    """广告审核结果。"""
    logo_result: LogoResult | None = _m.wire("LogoResult")
    """Logo审核结果。"""
    live_result: LiveResult | None = _m.wire("LiveResult")
    """不良内容审核结果。"""
    terrorism_result: TerrorismResult | None = _m.wire("TerrorismResult")
    """暴恐涉政审核结果。"""


class PornResult(_m.Model):
    """鉴黄审核结果。"""

    suggestion: str | None = _m.wire("Suggestion")
    """鉴黄审核建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    average_score: str | None = _m.wire("AverageScore")
    """命中Label的视频截图的平均分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    label: str | None = _m.wire("Label")
    """鉴黄审核结果。取值：

    - **porn**：色情。
    - **sexy**：性感。
    - **normal**：正常。
    """
    max_score: str | None = _m.wire("MaxScore")
    """命中Label的视频截图的最高分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    counter_list: list[CounterListItem] | None = _m.wire("CounterList")
    """审核结果各分类及其视频截图的张数。"""
    top_list: list[TopListItem] | None = _m.wire("TopList")
    """命中Label下分数最高的视频截图信息。"""


class CounterListItem(_m.Model):
    """A model of the response."""

    label: str | None = _m.wire("Label")
    """鉴黄审核结果。取值：

    - **porn**：色情。
    - **sexy**：性感。
    - **normal**：正常。
    """
    count: int | None = _m.wire("Count")
    """视频截图张数"""


class TopListItem(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")
    """视频截图的地址。"""
    score: str | None = _m.wire("Score")
    """命中Label的视频截图的分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """鉴黄审核结果。取值：

    - **porn**：色情。
    - **sexy**：性感。
    - **normal**：正常。
    """


class AdResult(_m.Model):
    """广告审核结果。"""

    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    average_score: str | None = _m.wire("AverageScore")
    """命中Label的视频截图的平均分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    label: str | None = _m.wire("Label")
    """广告审核结果分类。取值：
    - **normal**：正常。
    - **ad**：其他广告。
    - **politics**：文字含涉政内容。
    - **porn**：文字含涉黄内容。
    - **abuse**：文字含辱骂内容。
    - **terrorism**：文字含暴恐内容。
    - **contraband**：文字含违禁内容。
    - **spam**：文字含其他垃圾内容。
    - **npx**：牛皮癣广告。
    - **qrcode**：含二维码。
    - **programCode**：含小程序码。
    """
    max_score: str | None = _m.wire("MaxScore")
    """命中Label的视频截图的最高分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    counter_list: list[AdResultCounterListItem] | None = _m.wire("CounterList")
    """审核结果各分类及其视频截图的张数。"""
    top_list: list[AdResultTopListItem] | None = _m.wire("TopList")
    """命中Label下分数最高的视频截图信息。"""


class AdResultCounterListItem(_m.Model):
    """A model of the response."""

    label: str | None = _m.wire("Label")
    """广告审核结果分类。取值：
    - **normal**：正常。
    - **ad**：其他广告。
    - **politics**：文字含涉政内容。
    - **porn**：文字含涉黄内容。
    - **abuse**：文字含辱骂内容。
    - **terrorism**：文字含暴恐内容。
    - **contraband**：文字含违禁内容。
    - **spam**：文字含其他垃圾内容。
    - **npx**：牛皮癣广告。
    - **qrcode**：含二维码。
    - **programCode**：含小程序码。
    """
    count: int | None = _m.wire("Count")
    """视频截图张数。"""


class AdResultTopListItem(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")
    """视频截图的地址。"""
    score: str | None = _m.wire("Score")
    """命中Label的视频截图的分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """广告审核结果分类。取值：
    - **normal**：正常。
    - **ad**：其他广告。
    - **politics**：文字含涉政内容。
    - **porn**：文字含涉黄内容。
    - **abuse**：文字含辱骂内容。
    - **terrorism**：文字含暴恐内容。
    - **contraband**：文字含违禁内容。
    - **spam**：文字含其他垃圾内容。
    - **npx**：牛皮癣广告。
    - **qrcode**：含二维码。
    - **programCode**：含小程序码。
    """


class LogoResult(_m.Model):
    """Logo审核结果。"""

    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    average_score: str | None = _m.wire("AverageScore")
    """命中Label的视频截图的平均分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    label: str | None = _m.wire("Label")
    """Logo审核结果分类。取值：
    - **normal**：正常。
    - **TV**：含受管控的Logo。
    - **trademark**：含商标。
    """
    max_score: str | None = _m.wire("MaxScore")
    """命中Label的视频截图的最高分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    counter_list: list[LogoResultCounterListItem] | None = _m.wire("CounterList")
    """审核结果各分类及其视频截图张数。"""
    top_list: list[LogoResultTopListItem] | None = _m.wire("TopList")
    """命中Label下分数最高的视频截图信息。"""


class LogoResultCounterListItem(_m.Model):
    """A model of the response."""

    label: str | None = _m.wire("Label")
    """Logo审核结果分类。取值：
    - **normal**：正常。
    - **TV**：含受管控的Logo。
    - **trademark**：含商标。
    """
    count: int | None = _m.wire("Count")
    """视频截图张数。"""


class LogoResultTopListItem(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")
    """视频截图的地址。"""
    score: str | None = _m.wire("Score")
    """命中Label的视频截图的分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """Logo审核结果分类。取值：
    - **normal**：正常。
    - **TV**：含受管控的Logo。
    - **trademark**：含商标。
    """


class LiveResult(_m.Model):
    """不良内容审核结果。"""

    suggestion: str | None = _m.wire("Suggestion")
    """审核结果建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    average_score: str | None = _m.wire("AverageScore")
    """命中Label的视频截图的平均分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    label: str | None = _m.wire("Label")
    """审核结果分类。取值：
    - **normal**：正常。
    - **meaningless**：图片中无内容（例如黑屏、白屏）。
    - **PIP**：画中画。
    - **smoking**：吸烟。
    - **drivelive**：车内直播。
    """
    max_score: str | None = _m.wire("MaxScore")
    """命中Label的视频截图的最高分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    counter_list: list[LiveResultCounterListItem] | None = _m.wire("CounterList")
    """包括不良审核结果的分类及其视频截图张数。"""
    top_list: list[LiveResultTopListItem] | None = _m.wire("TopList")
    """命中Label下分数最高的视频截图信息。"""


class LiveResultCounterListItem(_m.Model):
    """A model of the response."""

    label: str | None = _m.wire("Label")
    """审核结果分类。取值：
    - **normal**：正常。
    - **meaningless**：图片中无内容（例如黑屏、白屏）。
    - **PIP**：画中画。
    - **smoking**：吸烟。
    - **drivelive**：车内直播。
    """
    count: int | None = _m.wire("Count")
    """视频截图张数。"""


class LiveResultTopListItem(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")
    """视频截图的地址。"""
    score: str | None = _m.wire("Score")
    """命中Label的视频截图的分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """审核结果分类。取值：
    - **normal**：正常。
    - **meaningless**：图片中无内容（例如黑屏、白屏）。
    - **PIP**：画中画。
    - **smoking**：吸烟。
    - **drivelive**：车内直播。
    """


class TerrorismResult(_m.Model):
    """暴恐涉政审核结果。"""

    suggestion: str | None = _m.wire("Suggestion")
    """暴恐涉政审核建议。取值：

    - **block**：违规。
    - **review**：疑似。
    - **pass**：通过。
    """
    average_score: str | None = _m.wire("AverageScore")
    """命中Label的视频截图的平均分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    label: str | None = _m.wire("Label")
    """暴恐涉政审核结果。取值：

    - **normal**：正常。
    - **bloody**：血腥。
    - **explosion**：爆炸烟光。
    - **outfit**：特殊装束。
    - **logo**：特殊标识。
    - **weapon**：武器。
    - **politics**：渉政。
    - **violence**：打斗。
    - **crowd**：聚众。
    - **parade**：游行。
    - **carcrash**：车祸现场。
    - **flag**：旗帜。
    - **location**：地标。
    - **others**：其它。
    """
    max_score: str | None = _m.wire("MaxScore")
    """命中Label的视频截图的最高分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    counter_list: list[TerrorismResultCounterListItem] | None = _m.wire("CounterList")
    """包括暴恐涉政结果各分类及其视频截图张数。"""
    top_list: list[TerrorismResultTopListItem] | None = _m.wire("TopList")
    """命中Label下分数最高的视频截图信息。"""


class TerrorismResultCounterListItem(_m.Model):
    """A model of the response."""

    label: str | None = _m.wire("Label")
    """暴恐涉政审核结果。取值：

    - **normal**：正常。
    - **bloody**：血腥。
    - **explosion**：爆炸烟光。
    - **outfit**：特殊装束。
    - **logo**：特殊标识。
    - **weapon**：武器。
    - **politics**：渉政。
    - **violence**：打斗。
    - **crowd**：聚众。
    - **parade**：游行。
    - **carcrash**：车祸现场。
    - **flag**：旗帜。
    - **location**：地标。
    - **others**：其它。
    """
    count: int | None = _m.wire("Count")
    """包括暴恐涉政结果的视频截图张数。"""


class TerrorismResultTopListItem(_m.Model):
    """A model of the response."""

    url: str | None = _m.wire("Url")
    """视频截图的地址。"""
    score: str | None = _m.wire("Score")
    """命中Label的视频截图的分数。取值范围：`[0, 100`]，精度小数点后10位。命中结果为对应分类Label的概率，值越高则命中准确性越高。"""
    timestamp: str | None = _m.wire("Timestamp")
    """视频截图在视频中的位置。单位：毫秒。"""
    label: str | None = _m.wire("Label")
    """暴恐涉政审核结果。取值：

    - **normal**：正常。
    - **bloody**：血腥。
    - **explosion**：爆炸烟光。
    - **outfit**：特殊装束。
    - **logo**：特殊标识。
    - **weapon**：武器。
    - **politics**：渉政。
    - **violence**：打斗。
    - **crowd**：聚众。
    - **parade**：游行。
    - **carcrash**：车祸现场。
    - **flag**：旗帜。
    - **location**：地标。
    - **others**：其它。
    """


OPERATION = OperationInfo(
    "GetMediaAuditResult",
    GetMediaAuditResultRequest,
    GetMediaAuditResultResponse,
    read_only=True,
    idempotent=True,
)
