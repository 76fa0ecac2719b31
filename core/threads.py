"""Run work in threads only when it waits: an order-keeping map over a thread pool.

CPU-bound plugins gain nothing from threads (the interpreter lock lets one run at a time)
and lose to the switching; plugins that wait on the network gain a lot. So work runs in the
calling thread until the caller says it waits, then ``jobs`` at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(
    pool: ThreadPoolExecutor,
    fn: Callable[[T], R],
    items: Iterator[T],
    jobs: int,
    parallel: Callable[[], bool],
) -> Iterator[R]:
    """``map`` that keeps input order: in the calling thread while ``parallel()`` is false,
    then over the thread pool with at most ``2 × jobs`` items in flight."""
    pending: deque[Future[R]] = deque()
    limit = max(1, jobs) * 2
    for item in items:
        if not pending and (jobs <= 1 or not parallel()):
            yield fn(item)
            continue
        pending.append(pool.submit(fn, item))
        while len(pending) >= limit or (pending and pending[0].done()):
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
