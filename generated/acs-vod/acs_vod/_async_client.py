"""`AsyncClient`: one method per operation, generated from the specs (asyncio)."""

# Each method returns what `_call` answers: its models module's response model, as annotated.
# mypy: disable-error-code="no-any-return"

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import TYPE_CHECKING

from acs_core import client as _base

from . import _service as _s

if TYPE_CHECKING:
    from . import (
        GetAIImageJobsResponse,
        ListAIImageInfoResponse,
        SubmitAIImageJobResponse,
    )
    from .models.get_ai_image_jobs import AIImageJob

__all__ = ["AsyncClient", "AsyncRawClient"]


class AsyncRawClient:
    """`AsyncClient`'s operations, answering `RawResponse` (status, headers, body, `.parsed`)."""

    def __init__(self, client: AsyncClient) -> None:
        self.get_ai_image_jobs = _base.raw_async(client.get_ai_image_jobs)
        self.list_ai_image_info = _base.raw_async(client.list_ai_image_info)
        self.submit_ai_image_job = _base.raw_async(client.submit_ai_image_job)


class AsyncClient(_base.AsyncClientBase):
    """ApsaraVideo VOD (2017-03-21): one method per operation; the options are described
    in `acs_core.client`.
    """

    _service = _s.SERVICE
    _package = __package__

    @property
    def raw(self) -> AsyncRawClient:
        """The same operations, answering the raw response next to the parsed model."""
        return self._raw(AsyncRawClient)

    async def get_ai_image_jobs(
        self, *, job_ids: Sequence[str]
    ) -> GetAIImageJobsResponse:
        """Queries jobs of image AI processing. Regions that support this operation:
        China (Beijing) and China (Shanghai). Call the SubmitAIImageJob operation to
        submit image AI processing jobs before you call this operation to query image AI
        processing jobs. You can query a maximum of 10 jobs of image AI processing in
        one request.
        """
        return await self._call("get_ai_image_jobs", locals())

    async def iter_ai_image_jobs(
        self, job_ids: Iterable[str]
    ) -> AsyncIterator[AIImageJob]:
        """Call `get_ai_image_jobs` with at most 10 job_ids at a time; yield the results in order."""
        items = list(job_ids)
        for start in range(0, len(items), 10):
            response = await self.get_ai_image_jobs(job_ids=items[start : start + 10])
            for item in response.ai_image_job_list or ():
                yield item

    async def wait_ai_image_jobs_finished(
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
        return await self._wait("get_ai_image_jobs", "ai_image_jobs_finished", locals())

    async def list_ai_image_info(self, *, video_id: str) -> ListAIImageInfoResponse:
        """Queries the AI image information of a specified video. Regions that support
        this operation: China (Beijing) and China (Shanghai). This operation queries the
        AI images of only one video at a time. Batch queries are not supported.
        """
        return await self._call("list_ai_image_info", locals())

    async def submit_ai_image_job(
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
        return await self._call("submit_ai_image_job", locals())
