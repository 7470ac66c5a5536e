"""Long imports and Python's cyclic garbage collector.

A plan of 100,000 rows keeps millions of small objects alive, and every full collection walks
all of them again: ~40% of a plan's CPU went to the collector. ``freezing()`` moves what is
alive into the permanent generation every ``every`` steps (``gc.freeze``), so collections
only look at what is new; new cycles are still collected. ``gc.unfreeze`` at the end gives
everything back to the collector. Safe with other threads: at worst one of them unfreezes
early and the other import is slower, never wrong.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

EVERY = 1000


class Step(Protocol):
    def __call__(self, *, now: bool = False) -> None: ...


@contextmanager
def freezing(every: int = EVERY, *, young: int | None = None) -> Iterator[Step]:
    """Yields ``step()``: call it once per row (or record); every ``every`` calls it freezes
    (``step(now=True)``: at once, after building something big). ``young`` raises the number
    of new objects that starts a collection: when more than ``every`` steps make, objects are
    frozen before any collection walks them (a freeze restarts the count)."""
    count = 0

    def step(*, now: bool = False) -> None:
        nonlocal count
        count += 1
        if now or count % every == 0:
            gc.freeze()

    thresholds = gc.get_threshold()
    if young is not None:
        gc.set_threshold(max(young, thresholds[0]), *thresholds[1:])
    gc.freeze()  # what exists already (a plan, when it is run) is not walked again
    try:
        yield step
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
