"""The rooms of the package and the one direction of imports (docs/architecture.md).

Data flows sources → documents → tables → text → analyses → report; a room may import only
rooms below it, nothing imports the command line, and notebooks import only the public face.
The rule is read from the source with ``ast``, function-level imports included.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from conftest import ROOT

import analyysi

PACKAGE = ROOT / "src" / "analyysi"
# A room may import rooms of a lower rank, and itself. The language catalogue and config are
# shared: config and formats (numbers, dates) by all, the catalogue (generated sentences and
# labels) from the analyses up.
RANKS = {
    "config": 0,
    "documents": 1,
    "text": 1,
    "tables": 2,
    "sources": 3,
    "catalogue": 3,
    "formats": 0,
    "review": 3,
    "analyses": 4,
    "report": 5,
    "cli": 6,
}
TOP_MODULES = {"__init__", "__main__", "cli", "config", "catalogue", "formats"}


def room_of(module: str) -> str | None:
    """The room of a dotted module name inside analyysi; None for the face itself."""
    parts = module.split(".")
    if parts[0] != "analyysi" or len(parts) == 1:
        return None
    return "cli" if parts[1] == "__main__" else parts[1]


def imported_modules(path: Path, package: Path) -> list[tuple[int, str]]:
    """(line, module) for every analyysi import in a file; names taken from the public face
    are resolved to the module that defines them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(package.parent).with_suffix("").parts
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("analyysi")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative import: resolve against this file's package
                base = ".".join([*here[: -node.level], *filter(None, [node.module])])
            if not base.startswith("analyysi"):
                continue
            if base != "analyysi":
                found.append((node.lineno, base))
                continue
            for alias in node.names:
                if alias.name == "__version__":
                    continue
                target = analyysi._PUBLIC.get(alias.name, f"analyysi.{alias.name}")
                found.append((node.lineno, target.partition(":")[0]))
    return found


def violations(package: Path) -> list[str]:
    """Every import that runs against the direction of the data."""
    wrong = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        room = room_of(module.removesuffix(".__init__"))
        if room is None:
            continue  # the public face may name anything, lazily
        for line, target in imported_modules(path, package):
            other = room_of(target)
            if other is None or other == room:
                continue
            if other not in RANKS or room not in RANKS:
                wrong.append(f"{path.relative_to(package)}:{line}: unknown room {other or room}")
            elif other == "cli" or RANKS[other] >= RANKS[room]:
                wrong.append(
                    f"{path.relative_to(package)}:{line}: {room} imports {target} ({other})"
                )
    return wrong


def test_imports_run_one_way():
    assert violations(PACKAGE) == []


def test_the_check_catches_a_lower_room_importing_a_higher_one(tmp_path):
    package = tmp_path / "analyysi"
    for room in ("tables", "analyses", "report"):
        (package / room).mkdir(parents=True)
        (package / room / "__init__.py").write_text("")
    (package / "tables" / "tidy.py").write_text(
        "def f():\n    from analyysi.analyses import funding\n"
    )
    (package / "analyses" / "funding.py").write_text("from analyysi import Report\n")
    (package / "report" / "display.py").write_text("from analyysi.cli import main\n")
    found = violations(package)
    assert found == [
        "analyses/funding.py:1: analyses imports analyysi.report.display (report)",
        "report/display.py:1: report imports analyysi.cli (cli)",
        "tables/tidy.py:2: tables imports analyysi.analyses (analyses)",
    ]


def test_rooms_and_the_top_of_the_package():
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top <= TOP_MODULES and len(top) <= 6
    rooms = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert rooms == {"sources", "documents", "tables", "text", "review", "analyses", "report"}
    for room in rooms:  # each room says what it holds
        assert ast.get_docstring(ast.parse((PACKAGE / room / "__init__.py").read_text()))


def test_the_public_face_resolves():
    for name in analyysi.__all__:
        assert getattr(analyysi, name) is not None


@pytest.mark.parametrize("notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=str)
def test_notebooks_import_only_the_public_face(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("analyysi") for a in node.names), source
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analyysi"):
                assert node.module == "analyysi", source
                assert {a.name for a in node.names} <= set(analyysi.__all__), source
