"""Faust's partition assignor, made to survive a deleted internal topic.

When a global table's changelog topic is deleted, Faust's assignor looks its partition count
up and raises ``KeyError``; aiokafka turns that into a fatal error and the worker exits
(again on every restart until the topic is back). This assignor assigns without the missing
changelog, logs it, and the topic watcher (``topics_watch``) recreates the topic; the next
rebalance assigns it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from faust.assignor import PartitionAssignor

from service.logging import get_logger

log = get_logger("newsflow.worker")


class TolerantAssignor(PartitionAssignor):
    def _global_table_standby_assignments(
        self, assignments: Any, partitions_by_topic: Mapping[str, int]
    ) -> Any:
        expected = {
            table._changelog_topic_name()
            for table in self._table_manager.data.values()
            if table.is_global
        }
        missing = sorted(expected - set(partitions_by_topic))
        if missing:
            log.error(
                "internal topic missing from the cluster; assigning without it until it is "
                "recreated",
                topics=missing,
            )
        known = {**dict.fromkeys(missing, 0), **partitions_by_topic}
        return super()._global_table_standby_assignments(assignments, known)
