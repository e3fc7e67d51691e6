"""A progress bar for multi-document work, shown only on a terminal."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(label: str, enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """Yields tick(name): one call per finished item. Silent when disabled or stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _name: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"),
                  TextColumn("[dim]{task.fields[last]}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None, last="")

        def tick(name: str) -> None:
            bar.update(task, advance=1, last=name[:40])

        yield tick
