"""The emulator's memory: records that operations create, find and select, jobs that move
through states before they end, and the later pages of a paged golden response.

The rules are the spec's (`emulator:` of an operation, as data in `operations.json`):
`{"records": "AIImageJob", "create": {"key": "JobId", "fields": {...}, "progress": {...}}}`
makes a record per call; `{"records": ..., "select": {"parameter", "key", "results"}}` answers
the records a parameter names; `{"records": ..., "find": {"parameter", "key"}}` answers from the
one record a parameter names. Media rules (`media`) ride along: `grant` (an upload address and
credentials, for the record created or found) and `outputs` (objects a selected record wrote).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any

from .answers import Refusal
from .media import Media

__all__ = ["Records", "later_page"]


class Records:
    """Collections of records by name; thread-safe; a test may seed and inspect them."""

    def __init__(self, media: Media | None = None) -> None:
        self.media = media
        self._lock = threading.Lock()
        self._collections: dict[str, list[dict[str, Any]]] = {}
        # id(record) -> (field, values still to come): records that move on at each read.
        self._progress: dict[int, tuple[str, list[Any]]] = {}
        self._shown: dict[int, Any] = {}  # the value each last set
        self._created: set[int] = (
            set()
        )  # records the emulator made (outputs are theirs)
        self._next_id = 0

    def live(self, collection: str) -> list[dict[str, Any]]:
        with self._lock:
            return self._collections.setdefault(collection, [])

    def applies(self, rules: Mapping[str, Any]) -> bool:
        """Whether `rules` change the answer now: they create, or records are there to select
        (otherwise the golden response answers as it is, without being parsed)."""
        if "create" in rules or "find" in rules:
            return True
        with self._lock:
            return bool(self._collections.get(rules["records"]))

    def clear(self) -> None:
        with self._lock:
            self._collections.clear()
            self._progress.clear()
            self._shown.clear()
            self._created.clear()

    def answer(
        self,
        rules: Mapping[str, Any],
        fields: Mapping[str, str],
        golden: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Create a record, or answer with the records picked by a parameter (None: nothing
        to answer from, so the golden response as it is)."""
        collection = rules["records"]
        golden["RequestId"] = str(uuid.uuid4()).upper()
        create, select = rules.get("create"), rules.get("select")
        with self._lock:
            records = self._collections.setdefault(collection, [])
            # Tests append to the live list outside the lock: read only a copy of it.
            snapshot = [dict(record) for record in records]
            live = list(records)
            if create is not None:
                created = self._create(create, fields, golden, records)
                self._grant(rules, records[-1], created)
                return created
            if "find" in rules:
                return self._find(rules, fields, golden, records)
            if select is None:
                return None
            wanted = _values(fields.get(select["parameter"], ""))
            chosen = [
                index
                for value in wanted
                for index, record in enumerate(snapshot)
                if str(record.get(select["key"])) == value
            ]
            template = (golden.get(select["results"]) or [{}])[0]
            running = {i for i in chosen if id(live[i]) in self._progress}
            outputs = rules.get("outputs")
            if outputs is not None:
                self._outputs(outputs, chosen, running, live, snapshot, template)
            for index in chosen:  # the copies answer; the records move on
                self._advance(live[index], shown=template)
        if not snapshot:
            return None  # nothing created or seeded yet: the golden response
        golden[select["results"]] = [
            {
                k: v
                for k, v in {
                    **template,
                    **{k: v for k, v in snapshot[i].items() if k in template},
                }.items()
                if not (outputs and i in running and k == outputs["field"])
            }
            for i in chosen
        ]
        return golden

    def _find(
        self,
        rules: Mapping[str, Any],
        fields: Mapping[str, str],
        golden: dict[str, Any],
        records: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """The answer from the one record a parameter names (called with the lock held)."""
        find = rules["find"]
        wanted = fields.get(find["parameter"], "")
        record = next((r for r in records if str(r.get(find["key"])) == wanted), None)
        if record is None:
            raise Refusal(
                find.get("error", "InvalidParameter"),
                f"No {rules['records']} has {find['key']} {wanted!r}.",
            )
        golden.update({k: v for k, v in record.items() if k in golden})
        self._grant(rules, record, golden)
        return golden

    def _grant(
        self, rules: Mapping[str, Any], record: dict[str, Any], golden: dict[str, Any]
    ) -> None:
        if "grant" in rules:
            assert self.media is not None, "an emulator's records have its media"
            self.media.grant(rules["grant"], record, golden)

    def _outputs(
        self,
        outputs: Mapping[str, Any],
        chosen: list[int],
        running: set[int],
        live: list[dict[str, Any]],
        snapshot: list[dict[str, Any]],
        template: Mapping[str, Any],
    ) -> None:
        """A created record that has finished writes its objects once (lock held)."""
        assert self.media is not None, "an emulator's records have its media"
        field = outputs["field"]
        for index in chosen:
            record = live[index]
            if index in running or id(record) not in self._created or field in record:
                continue
            text = self.media.outputs(outputs, record, template.get(field))
            record[field] = snapshot[index][field] = text

    def _create(
        self,
        create: Mapping[str, Any],
        fields: Mapping[str, str],
        golden: dict[str, Any],
        records: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """A new record from the call's parameters (called with the lock held)."""
        self._next_id += 1
        new_id = f"{uuid.uuid4().hex[:24]}{self._next_id:08d}"
        record: dict[str, Any] = {create["key"]: new_id}
        for record_field, parameter in create.get("fields", {}).items():
            if parameter in fields:
                record[record_field] = fields[parameter]
        if "timestamp" in create:
            record[create["timestamp"]] = time.strftime(
                "%Y-%m-%dT%H:%M:%SZ", time.gmtime()
            )
        progress = create.get("progress")
        if progress is not None:  # a job that runs before it ends
            first = record[progress["field"]] = progress["through"][0]
            self._shown[id(record)] = first
            self._progress[id(record)] = (
                progress["field"],
                list(progress["through"][1:]),
            )
        records.append(record)
        self._created.add(id(record))
        golden[create["key"]] = new_id
        return golden

    def _advance(self, record: dict[str, Any], shown: Mapping[str, Any]) -> None:
        """A read of a record in progress, by an answer whose items (`shown`) have its field:
        its next state shows at the next read."""
        pending = self._progress.get(id(record))
        if pending is None or pending[0] not in shown:
            return
        field, remaining = pending
        if record.get(field, object()) != self._shown.get(id(record)):
            del self._progress[id(record)]  # a test set the field: its value stays
            return
        if remaining:
            record[field] = self._shown[id(record)] = remaining.pop(0)
        else:  # done: the golden response's value shows from now on
            del record[field]
            del self._progress[id(record)]


def _values(wanted: str) -> list[str]:
    """The values a select parameter names: one, or several separated by commas."""
    return wanted.split(",") if "," in wanted else [wanted]


def later_page(
    pager: Mapping[str, Any], fields: Mapping[str, str], golden_text: str
) -> dict[str, Any] | None:
    """The answer to a request for a page after the first: the golden response without items
    (and without a next token); None for the first page."""
    if pager["style"] == "page_number":
        later = fields.get(pager["page"], "1") not in ("", "1")
    elif pager["style"] == "marker":  # OSS: any marker asks for a later page
        later = any(fields.get(name) for name in pager.get("markers", ()))
    else:
        later = bool(fields.get(pager["token"], ""))
    if not later:
        return None
    golden: dict[str, Any] = json.loads(golden_text)
    _set_path(golden, pager["items"], [])
    if "next_token" in pager:
        _set_path(golden, pager["next_token"], "")
    if "truncated" in pager:
        _set_path(golden, pager["truncated"], False)
    return golden


def _set_path(document: dict[str, Any], path: list[str], value: Any) -> None:
    for step in path[:-1]:
        inner = document.get(step)
        if not isinstance(inner, dict):
            return
        document = inner
    if path[-1] in document:
        document[path[-1]] = value
