"""Request and response models of GetBucketLocation."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetBucketLocationRequest", "GetBucketLocationResponse"]


class GetBucketLocationRequest(_p.Request):
    """Parameters of GetBucketLocation, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketLocationResponse(_m.Model):
    """存储Bucket位置信息的容器。"""

    location_constraint: str | None = _m.wire("LocationConstraint")
    """Bucket所在的地域。<br>
    有效值：oss-cn-hangzhou、oss-cn-shanghai、oss-cn-qingdao、oss-cn-beijing、oss-cn-zhangjiakouoss-cn-hongkong、oss-cn-shenzhen、oss-us-west-1、oss-us-east-1、oss-ap-southeast-1等。

    <br>有关Bucket所在地域与数据中心对应关系的更多信息，请参见[访问域名与数据中心。](~~31837~~)。
    """


OPERATION = OperationInfo(
    "GetBucketLocation",
    GetBucketLocationRequest,
    GetBucketLocationResponse,
    method="GET",
    path="/",
    query=(("location", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
