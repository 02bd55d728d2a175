"""`AsyncClient`: one method per operation, generated from the specs (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import TYPE_CHECKING

from . import _client_base as _base
from . import _service as _s
from ._client_base import RawResponse

if TYPE_CHECKING:
    from .models.get_ai_image_jobs import AIImageJob, GetAIImageJobsResponse
    from .models.list_ai_image_info import ListAIImageInfoResponse
    from .models.submit_ai_image_job import SubmitAIImageJobResponse

__all__ = [
    "AsyncClient",
    "AsyncRawClient",
]


class AsyncRawClient:
    """The operations of `AsyncClient`, answering `RawResponse`: status, headers, request id, body, `.parsed`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_ai_image_jobs(
        self, *, job_ids: Sequence[str]
    ) -> RawResponse[GetAIImageJobsResponse]:
        from .models.get_ai_image_jobs import (
            GetAIImageJobsRequest,
            GetAIImageJobsResponse,
        )

        request = GetAIImageJobsRequest(job_ids=job_ids)
        return await self._client._send(
            _s.OP_GET_AI_IMAGE_JOBS, request.to_wire(), GetAIImageJobsResponse.from_dict
        )

    async def list_ai_image_info(
        self, *, video_id: str
    ) -> RawResponse[ListAIImageInfoResponse]:
        from .models.list_ai_image_info import (
            ListAIImageInfoRequest,
            ListAIImageInfoResponse,
        )

        request = ListAIImageInfoRequest(video_id=video_id)
        return await self._client._send(
            _s.OP_LIST_AI_IMAGE_INFO,
            request.to_wire(),
            ListAIImageInfoResponse.from_dict,
        )

    async def submit_ai_image_job(
        self,
        *,
        video_id: str,
        ai_template_id: str,
        user_data: str | None = None,
        ai_pipeline_id: str | None = None,
    ) -> RawResponse[SubmitAIImageJobResponse]:
        from .models.submit_ai_image_job import (
            SubmitAIImageJobRequest,
            SubmitAIImageJobResponse,
        )

        request = SubmitAIImageJobRequest(
            video_id=video_id,
            ai_template_id=ai_template_id,
            user_data=user_data,
            ai_pipeline_id=ai_pipeline_id,
        )
        return await self._client._send(
            _s.OP_SUBMIT_AI_IMAGE_JOB,
            request.to_wire(),
            SubmitAIImageJobResponse.from_dict,
        )


class AsyncClient(_base.AsyncClientBase):
    """
    ApsaraVideo VOD (2017-03-21): one method per operation; the options are described in
    `_client_base`.
    """

    _service = _s.SERVICE

    @property
    def raw(self) -> AsyncRawClient:
        """The same operations, answering the raw response next to the parsed model."""
        return AsyncRawClient(self)

    async def get_ai_image_jobs(
        self, *, job_ids: Sequence[str]
    ) -> GetAIImageJobsResponse:
        """
        Queries jobs of image AI processing. Regions that support this operation: China
        (Beijing) and China (Shanghai). Call the SubmitAIImageJob operation to submit
        image AI processing jobs before you call this operation to query image AI
        processing jobs. You can query a maximum of 10 jobs of image AI processing in
        one request.
        """
        return (await self.raw.get_ai_image_jobs(job_ids=job_ids)).parsed

    async def iter_ai_image_jobs(
        self, job_ids: Iterable[str]
    ) -> AsyncIterator[AIImageJob]:
        """Call `get_ai_image_jobs` with at most 10 job_ids at a time; yield the results in order."""
        items = list(job_ids)
        for start in range(0, len(items), 10):
            response = await self.get_ai_image_jobs(job_ids=items[start : start + 10])
            for item in response.ai_image_job_list or ():
                yield item

    async def list_ai_image_info(self, *, video_id: str) -> ListAIImageInfoResponse:
        """
        Queries the AI image information of a specified video. Regions that support this
        operation: China (Beijing) and China (Shanghai). This operation queries the AI
        images of only one video at a time. Batch queries are not supported.
        """
        return (await self.raw.list_ai_image_info(video_id=video_id)).parsed

    async def submit_ai_image_job(
        self,
        *,
        video_id: str,
        ai_template_id: str,
        user_data: str | None = None,
        ai_pipeline_id: str | None = None,
    ) -> SubmitAIImageJobResponse:
        """
        Submits an image AI processing job. Regions that support this operation: China
        (Beijing) and China (Shanghai). After you call this operation to process AI
        images, you can call the GetAIImageJobs operation to query the results of the
        job.
        """
        return (
            await self.raw.submit_ai_image_job(
                video_id=video_id,
                ai_template_id=ai_template_id,
                user_data=user_data,
                ai_pipeline_id=ai_pipeline_id,
            )
        ).parsed
