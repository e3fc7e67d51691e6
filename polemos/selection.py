"""What the Python API returns: `Events`, a selection of canonical events (counted and paged in the
database, streamed when iterated, never loaded whole), and `Records`, a list of typed records. Both give
their flat rows (the export field names) and turn into a pandas DataFrame; events also into a GeoDataFrame
and an actor network.

pandas and GeoPandas are optional extras (`pip install 'polemos[pandas]'`, `'polemos[geopandas]'`); a
missing one is named in the error (polemos.extras.require).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from .canonical import CanonicalEvent
from .extras import require
from .query import EventFilter, check_sort

T = TypeVar("T")


def data_frame(rows: Iterable[dict[str, Any]], columns: Iterable[str] | None = None):
    """A pandas DataFrame of flat rows (the extra named when pandas is missing)."""
    pd = require("pandas", "pandas", "A pandas DataFrame")
    return pd.DataFrame.from_records(list(rows), columns=list(columns) if columns is not None else None)


class Records(list, Generic[T]):
    """A list of typed records (claims, relations, actors, contradictions, documents) that knows their flat
    form: `rows()` gives the records `polemos export` writes, `to_pandas()` a DataFrame of them."""

    def __init__(self, items: Iterable[T], row: Callable[[T], dict[str, Any]], columns: Iterable[str] | None = None):
        super().__init__(items)
        self._row, self._columns = row, tuple(columns) if columns is not None else None

    def rows(self) -> list[dict[str, Any]]:
        return [self._row(x) for x in self]

    def to_pandas(self):
        """One row per record, with the export's columns."""
        return data_frame(self.rows(), self._columns)


class Events:
    """The canonical events one filter selects, sorted (`-event_date`: newest first, as `polemos events`).

    `len()` counts them in the database; iterating streams them; `events[i]` and `events[a:b]` read one page.

    >>> events = kb.events(actor="ISIS-K")
    >>> events[0] == next(iter(events)) and events[:2] == list(events)[:2]
    True
    >>> frame = events.to_pandas()                       # the 'pandas' extra
    >>> len(frame) == len(events), frame.columns[0]
    (True, 'event_key')
    """

    def __init__(self, store, f: EventFilter | None = None, sort: str = "-event_date"):
        self.store, self.filter, self.sort = store, f or EventFilter(), check_sort(sort)

    def __len__(self) -> int:
        return self.store.count_events(self.filter)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[CanonicalEvent]:
        return self.store.iter_events(self.filter, sort=self.sort)

    def __getitem__(self, index: int | slice) -> CanonicalEvent | list[CanonicalEvent]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return list(self)[index]
            return self.store.list_events(self.filter, self.sort, max(stop - start, 0), start).items if \
                stop > start else []
        n = len(self) if index < 0 else None
        i = index + n if n is not None else index
        items = self.store.list_events(self.filter, self.sort, 1, i).items if i >= 0 else []
        if not items:
            raise IndexError(f"event index {index} out of range")
        return items[0]

    def __repr__(self) -> str:
        return f"<Events: {len(self)} ({self.filter.describe()})>"

    def rows(self) -> Iterator[dict[str, Any]]:
        """The flat records of `polemos export canonical` (one per canonical event)."""
        from .export.records import canonical_record
        return (canonical_record(ev) for ev in self)

    def to_pandas(self):
        """One row per canonical event, with the columns of `polemos export canonical --format csv`
        (`event_date` as written: as precise as known, e.g. '2021-08' for a month)."""
        from .export.records import CANONICAL_FIELDS
        return data_frame(self.rows(), CANONICAL_FIELDS)

    def to_geopandas(self):
        """A GeoDataFrame (EPSG:4326) with the properties of `polemos export events --format geojson` and
        its geometry: a point where the event is placed, None where it is known only to its country."""
        gpd = require("geopandas", "geopandas", "A GeoDataFrame")
        shape = require("shapely.geometry", "geopandas", "A GeoDataFrame").shape
        from .export.geo import event_geometry, event_properties
        rows, points = [], []
        for ev, props in event_properties(self.store, self.filter):
            geometry = event_geometry(ev)
            rows.append(props)
            points.append(shape(geometry) if geometry else None)
        frame = data_frame(rows, rows[0].keys() if rows else None)
        return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")

    def network(self):
        """The actor network of these events (a networkx MultiDiGraph; as `polemos export network`)."""
        from .views.network import build_graph
        return build_graph(self.store, self.filter)

    def timeline(self) -> dict[str, Any]:
        """Events by month and type, and those known only to a year or decade (as /api/timeline)."""
        return self.store.timeline(self.filter)
