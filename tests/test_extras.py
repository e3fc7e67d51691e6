"""Optional extras: without their package, Parquet export and PostgreSQL stores say which extra to install."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from polemos.cli import main
from polemos.extras import MissingExtra, require
from polemos.store import open_store


@pytest.fixture
def without(monkeypatch):
    """Make modules unimportable, as in an install without their extra."""
    def block(*modules):
        for name in modules:
            monkeypatch.setitem(sys.modules, name, None)
    return block


def test_parquet_export_names_its_extra_when_pyarrow_is_missing(tmp_path, without):
    db = tmp_path / "kb.db"
    open_store(str(db))
    without("pyarrow", "pyarrow.parquet")
    result = CliRunner().invoke(main, ["export", "events", "--format", "parquet", "-o", str(tmp_path / "e.parquet"),
                                       "--db", str(db)])
    assert result.exit_code == 1
    assert "Parquet export needs the 'parquet' extra" in result.output
    assert "pip install 'polemos[parquet]'" in result.output
    assert not (tmp_path / "e.parquet").exists()


def test_postgresql_url_names_its_extra_when_psycopg_is_missing(without):
    without("psycopg")
    with pytest.raises(MissingExtra) as err:
        open_store("postgresql://127.0.0.1:5432/test")
    assert err.value.extra == "postgres" and "pip install 'polemos[postgres]'" in str(err.value)


def test_cli_reports_the_missing_postgres_extra_in_one_line(without):
    without("psycopg")
    result = CliRunner().invoke(main, ["docs", "--db", "postgresql://127.0.0.1:5432/test"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: a PostgreSQL store needs the 'postgres' extra (psycopg is not installed): "
        "pip install 'polemos[postgres]'"]


def test_require_returns_the_module_when_installed():
    pytest.importorskip("pyarrow")
    assert require("pyarrow", "parquet", "Parquet export").__name__ == "pyarrow"


def test_require_refuses_a_module_of_another_extra():
    with pytest.raises(ValueError):
        require("pyarrow", "postgres", "a PostgreSQL store")
