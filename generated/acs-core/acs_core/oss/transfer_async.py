"""`AsyncTransfer`: `Transfer` for asyncio, over an `AsyncSender`.

The same decisions (`planning`), the same limits and checks; parts go as tasks, at most
`parallelism` at once, and files are read (and written) in a worker thread, one chunk at a time.
Sources may also be async iterators of bytes.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator, Mapping
from datetime import timedelta
from typing import IO, Any

import httpx

from ..errors import APIError
from ..signing.oss_common import DEFAULT_PRESIGN_EXPIRES, QueryInput
from .asynchronous import AsyncSender
from .base import logger
from .body import Body, BytesBody
from .multipart import (
    DEFAULT_PARALLELISM,
    DEFAULT_PART_SIZE,
    DownloadResult,
    PartRecord,
    Progress,
    ProgressCallback,
    UploadResult,
    complete_body,
    initiate_upload_id,
    list_parts_page,
    part_query,
)
from .planning import DownloadState, TransferBase, UploadPlan
from .presign import PresignedUrl
from .source import open_source

__all__ = ["AsyncTransfer"]


class AsyncTransfer(TransferBase):
    """Uploads and downloads over an `AsyncSender` (see `transfer` for what they do)."""

    sender: AsyncSender

    def __init__(
        self,
        sender: AsyncSender,
        *,
        part_size: int = DEFAULT_PART_SIZE,
        parallelism: int = DEFAULT_PARALLELISM,
        multipart_threshold: int | None = None,
        checkpoint_dir: str | None = None,
    ) -> None:
        super().__init__(
            sender,
            part_size=part_size,
            parallelism=parallelism,
            multipart_threshold=multipart_threshold,
            checkpoint_dir=checkpoint_dir,
        )

    # --- uploads ----------------------------------------------------------------------------

    async def upload(
        self,
        bucket: str,
        key: str,
        source: Any,
        *,
        size: int | None = None,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        checkpoint_dir: str | None = None,
    ) -> UploadResult:
        """`Transfer.upload`, awaited; `source` may also be an async iterator of bytes."""
        opened = await asyncio.to_thread(open_source, source, size)
        try:
            plan = self._plan(
                bucket, key, opened, headers, content_type, checkpoint_dir
            )
            meter = Progress(progress, opened.size)
            if plan.single and opened.random_access:
                return await self._put(plan, opened.part(0, opened.size or 0), meter)
            if plan.single:
                data = await opened.aread(opened.size or 0)
                return await self._put(plan, BytesBody(data), meter)
            if not opened.random_access:
                plan.pending = await opened.aread(plan.part_size)
                if len(plan.pending) < plan.part_size:
                    return await self._put(
                        plan, BytesBody(plan.take_pending() or b""), meter
                    )
            return await self._multipart(plan, meter)
        finally:
            opened.close()

    async def _put(self, plan: UploadPlan, body: Body, meter: Progress) -> UploadResult:
        body.on_progress = meter.add
        answer = await self.sender.send(
            "PUT", plan.bucket, plan.key, headers=plan.headers, body=body
        )
        await asyncio.to_thread(plan.source.check_unchanged)
        result = self._single_result(plan, body.crc.value, body.crc.length, answer)
        meter.finish()
        return result

    async def _multipart(self, plan: UploadPlan, meter: Progress) -> UploadResult:
        await self._resume(plan)
        if plan.upload_id is None:
            answer = await self.sender.send(
                "POST",
                plan.bucket,
                plan.key,
                query={"uploads": ""},
                headers=plan.headers,
            )
            plan.upload_id = initiate_upload_id(answer.content, answer.status)
            await asyncio.to_thread(self._new_checkpoint, plan)
        meter.add(sum(part.size for part in plan.done.values()))
        try:
            parts = await self._send_parts(plan, meter)
            await asyncio.to_thread(plan.source.check_unchanged)
            answer = await self.sender.send(
                "POST",
                plan.bucket,
                plan.key,
                query={"uploadId": plan.upload_id},
                headers={"Content-Type": "application/xml"},
                body=complete_body(parts.values()),
            )
            result = self._complete_result(plan, parts, answer)
        except BaseException as exc:
            await self._after_failure(plan, exc)
            raise
        if plan.checkpoint is not None:
            plan.checkpoint.delete()
        meter.finish()
        return result

    async def _resume(self, plan: UploadPlan) -> None:
        await asyncio.to_thread(self._load_checkpoint, plan)
        if plan.checkpoint is None:
            return
        listed: dict[int, tuple[str, int, int | None]] = {}
        marker: str | None = ""
        try:
            while marker is not None:
                query = {"uploadId": plan.checkpoint.upload_id, "max-parts": "1000"}
                if marker:
                    query["part-number-marker"] = marker
                answer = await self.sender.send(
                    "GET", plan.bucket, plan.key, query=query
                )
                page, marker = list_parts_page(answer.content, answer.status)
                listed.update(page)
        except APIError as exc:
            if not self._no_upload(exc):
                raise
            self._discard(
                plan,
                f"the upload {plan.checkpoint.upload_id} is gone "
                "(completed, aborted or expired)",
            )
            return
        self._listed(plan, listed)

    async def _send_parts(
        self, plan: UploadPlan, meter: Progress
    ) -> dict[int, PartRecord]:
        parts = dict(plan.done)
        slots = asyncio.Semaphore(self.parallelism)
        failures: list[BaseException] = []
        tasks: set[asyncio.Task[None]] = set()

        async def run(number: int, holder: list[Body]) -> None:
            try:
                # Nothing holds the part's buffer once it is sent, before its slot is freed.
                record = await self._send_part(plan, number, holder.pop(), meter)
                parts[record.number] = record
            except BaseException as exc:
                failures.append(exc)
                if isinstance(exc, asyncio.CancelledError):
                    raise
            finally:
                slots.release()

        try:
            number = 0
            while not failures:
                number += 1
                if number in plan.done:
                    continue
                plan.check_number(number)
                await slots.acquire()
                body = None if failures else await self._part_body(plan, number)
                if body is None:
                    slots.release()
                    break
                holder, body = [body], None
                task = asyncio.create_task(run(number, holder))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                del holder
        finally:
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
        if failures:
            raise failures[0]
        return parts

    @staticmethod
    async def _part_body(plan: UploadPlan, number: int) -> Body | None:
        source = plan.source
        if source.random_access:
            span = plan.span(number)
            return None if span is None else source.part(*span)
        data = plan.take_pending() or await source.aread(plan.part_size)
        return BytesBody(data) if data else None

    async def _send_part(
        self, plan: UploadPlan, number: int, body: Body, meter: Progress
    ) -> PartRecord:
        assert plan.upload_id is not None
        body.on_progress = meter.add
        answer = await self.sender.send(
            "PUT",
            plan.bucket,
            plan.key,
            query=part_query(number, plan.upload_id),
            body=body,
        )
        record = self._part_record(number, body.crc.value, body.crc.length, answer)
        if plan.checkpoint is not None:
            plan.checkpoint.keep(record)
        return record

    async def _after_failure(self, plan: UploadPlan, error: BaseException) -> None:
        if self._keeps_upload(plan, error):
            assert plan.checkpoint is not None
            plan.checkpoint.close()
            logger.info(
                "OSS upload %s of %s/%s failed; its checkpoint %s resumes it",
                plan.upload_id,
                plan.bucket,
                plan.key,
                plan.checkpoint.file,
            )
            return
        if plan.checkpoint is not None:
            plan.checkpoint.delete()
        try:
            await self.sender.send(
                "DELETE",
                plan.bucket,
                plan.key,
                query={"uploadId": plan.upload_id or ""},
                timeout=10,
            )
        except Exception as exc:
            logger.warning(
                "OSS upload %s of %s/%s could not be aborted: %s",
                plan.upload_id,
                plan.bucket,
                plan.key,
                exc,
            )

    # --- downloads --------------------------------------------------------------------------

    async def iter_object(
        self,
        bucket: str,
        key: str,
        *,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> AsyncIterator[bytes]:
        """`Transfer.iter_object`, as an async iterator."""
        state = DownloadState(
            bucket, key, headers, Progress(progress, None), self.sender.max_retries
        )
        async for chunk in self._chunks(state, query):
            yield chunk
        state.result(None)

    async def _chunks(
        self, state: DownloadState, query: QueryInput | None
    ) -> AsyncIterator[bytes]:
        while True:
            answer = await self.sender.send(
                "GET",
                state.bucket,
                state.key,
                query=query,
                headers=state.headers(),
                stream=True,
            )
            async with answer:
                state.answered(answer)
                try:
                    async for chunk in answer.iter_bytes():
                        state.received(chunk)
                        yield chunk
                    return
                except httpx.HTTPError as exc:
                    if not state.broken(exc):
                        raise self.sender.transport_error(exc, state.what) from None

    async def download(
        self,
        bucket: str,
        key: str,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> DownloadResult:
        """`Transfer.download`, awaited (the file is written in a worker thread)."""
        state = DownloadState(
            bucket, key, headers, Progress(progress, None), self.sender.max_retries
        )
        if not isinstance(target, (str, os.PathLike)):
            async for chunk in self._chunks(state, query):
                await asyncio.to_thread(target.write, chunk)
            return state.result(None)
        path = os.path.abspath(os.fspath(target))
        handle, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(path)}.",
            suffix=".part",
            dir=os.path.dirname(path),
        )
        try:
            with os.fdopen(handle, "wb") as out:
                async for chunk in self._chunks(state, query):
                    await asyncio.to_thread(out.write, chunk)
            result = state.result(path)
            os.replace(temporary, path)
        except BaseException:
            try:
                os.remove(temporary)
            except FileNotFoundError:
                pass
            raise
        return result

    # --- presigned URLs ---------------------------------------------------------------------

    async def presign(
        self,
        method: str,
        bucket: str,
        key: str,
        *,
        expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
        query: QueryInput | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> PresignedUrl:
        """`AsyncSender.presign`."""
        return await self.sender.presign(
            method, bucket, key, expires=expires, query=query, headers=headers
        )
