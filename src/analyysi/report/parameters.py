"""Notebook parameters: read the one literal ``parameters`` cell, check what a run passes.

A parameters cell holds only lines ``name: type = literal  # what it is``, so defaults are
typed, documented and never derived. Checking happens before any kernel starts.
"""

from __future__ import annotations

import ast
import functools
import io
import json
import tokenize
from dataclasses import dataclass
from pathlib import Path

_TYPES = {"str": str, "int": int, "float": float, "bool": bool}


class ParameterError(ValueError):
    """A notebook's parameters cell is malformed, or a run passes a wrong parameter."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: type
    default: object
    comment: str


def read_parameters(notebook: Path) -> dict[str, Parameter]:
    """The declared parameters of ``notebook``, in order."""
    # Plain JSON, not nbformat: its schema machinery costs a second to import, and this check
    # runs on every rerun, also when nothing needs executing.
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cells = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(cells) != 1:
        raise ParameterError(f"{notebook.name}: needs exactly one cell tagged 'parameters'")
    source = cells[0]["source"]
    return parse_parameters("".join(source) if isinstance(source, list) else source, notebook.name)


def parse_parameters(source: str, where: str) -> dict[str, Parameter]:
    """The parameters declared by a parameters cell's ``source``; ``where`` names it in
    messages."""
    try:
        statements = ast.parse(source).body
        comments = {
            token.start[0]: token.string.lstrip("#").strip()
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT
        }
    except (SyntaxError, tokenize.TokenError) as exc:
        raise ParameterError(f"{where}: the parameters cell is not valid Python ({exc})") from None
    declared: dict[str, Parameter] = {}
    for statement in statements:
        if not (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(statement.annotation, ast.Name)
            and statement.annotation.id in _TYPES
            and _is_literal(statement.value)
        ):
            raise ParameterError(
                f"{where}: parameters cell line {statement.lineno} is not "
                "'name: type = literal  # comment' (types: str, int, float, bool)"
            )
        kind = _TYPES[statement.annotation.id]
        name, default = statement.target.id, ast.literal_eval(statement.value)
        if not _fits(default, kind):
            raise ParameterError(f"{where}: default of {name!r} is not a {kind.__name__}")
        comment = comments.get(statement.lineno, "")
        if not comment:
            raise ParameterError(f"{where}: parameter {name!r} has no comment")
        declared[name] = Parameter(name, kind, default, comment)
    return declared


def check_parameters(notebook: Path, given: dict[str, object]) -> dict[str, object]:
    """All parameter values for a run: the defaults, overridden by ``given`` once each given
    name is known and its value of the declared type."""
    declared = read_parameters(notebook)
    for name, value in given.items():
        if name not in declared:
            raise ParameterError(
                f"{notebook.name}: unknown parameter {name!r} (declared: {', '.join(declared)})"
            )
        kind = declared[name].type
        if not _fits(value, kind):
            raise ParameterError(
                f"{notebook.name}: parameter {name!r} must be {kind.__name__}, "
                f"got {type(value).__name__} {value!r}"
            )
    return {name: given.get(name, p.default) for name, p in declared.items()}


# Names of an IPython session that are not parameters
_SESSION = {"In", "Out", "get_ipython", "exit", "quit", "open"}
INJECTED = "# Parameters"  # the first line of the cell papermill adds after the parameters cell


def resolve_parameters(namespace: dict) -> tuple[str, str]:
    """Check a notebook's parameters where it runs, right after its parameters cell (and the
    cell papermill injects after it), and return the folders to read and to write.

    Fails loudly on a name papermill was given that the notebook does not declare, a value of
    the wrong type, an unknown language, and a project code the tables do not have. A relative
    folder is taken from the working directory when it is there, else from the project folder,
    so the notebook runs from anywhere. Without tables it says to run ``analyysi run`` first.
    An empty ``reports`` (the default) writes into ``data/scratch/``, never into the published
    reports.
    """
    history = [cell for cell in namespace.get("In", []) if isinstance(cell, str)]
    declared = next(
        (
            found
            for cell in reversed(history)
            if (found := _declared_in(cell)) and {"processed", "lang"} <= set(found)
        ),
        {},
    )
    injected = next((c for c in reversed(history) if c.lstrip().startswith(INJECTED)), "")
    for name in _assigned_in(injected):
        if declared and name not in declared:
            raise ParameterError(
                f"unknown parameter {name!r}; this notebook's parameters are {', '.join(declared)}"
            )
    for name, parameter in declared.items():
        if name in namespace and not _fits(namespace[name], parameter.type):
            value = namespace[name]
            raise ParameterError(
                f"parameter {name!r} must be {parameter.type.__name__}, "
                f"got {type(value).__name__} {value!r}"
            )
    from analyysi import config
    from analyysi.catalogue import LANGUAGES

    lang = namespace.get("lang", "fi")
    if lang not in LANGUAGES:
        raise ParameterError(f"parameter 'lang' must be one of {', '.join(LANGUAGES)}: {lang!r}")
    processed = _find_tables(Path(str(namespace.get("processed", config.PROCESSED))), config)
    reports = str(namespace.get("reports", ""))
    if not reports:
        reports = str((config.ROOT if config.IS_CHECKOUT else Path.cwd()) / "data" / "scratch")
    elif not Path(reports).is_absolute():
        reports = str(Path.cwd() / reports)
    _check_codes(namespace, processed)
    return str(processed), reports


def _declared_in(source: str) -> dict[str, Parameter]:
    try:
        return parse_parameters(source, "the parameters cell")
    except ParameterError:
        return {}


def _assigned_in(source: str) -> list[str]:
    try:
        statements = ast.parse(source).body
    except SyntaxError:
        return []
    return [
        target.id
        for statement in statements
        if isinstance(statement, ast.Assign)
        for target in statement.targets
        if isinstance(target, ast.Name) and target.id not in _SESSION
    ]


def _find_tables(folder: Path, config) -> Path:
    candidates = [folder] if folder.is_absolute() else [Path.cwd() / folder, config.ROOT / folder]
    for candidate in candidates:
        if (candidate / "projects.csv").is_file():
            return candidate.resolve()
    tried = " or ".join(str(c) for c in dict.fromkeys(candidates))
    raise ParameterError(
        f"no tables in {tried}: run `analyysi run` (or `make report`) first, or set "
        "'processed' to the folder of the tables"
    )


@functools.lru_cache(maxsize=4)
def _known_codes(path: str, stamp: int) -> frozenset[str]:
    """The project codes of a projects.csv (read once per process while it is unchanged: a
    worker checks the parameters of hundreds of cards)."""
    import csv

    with open(path, encoding="utf-8", newline="") as file:
        return frozenset(row["project_code"] for row in csv.DictReader(file))


def _check_codes(namespace: dict, processed: Path) -> None:
    codes = [namespace.get("project_code", ""), *str(namespace.get("projects", "")).split(",")]
    wanted = [code.strip().upper() for code in codes if code and code.strip()]
    if not wanted:
        return
    path = processed / "projects.csv"
    known = _known_codes(str(path), path.stat().st_mtime_ns)
    unknown = [code for code in wanted if code not in known]
    if unknown:
        shown = ", ".join(sorted(known)[:10]) + (", …" if len(known) > 10 else "")
        raise ParameterError(
            f"unknown project code {', '.join(unknown)}: the tables in {processed} have "
            f"{len(known)} projects ({shown})"
        )


def _is_literal(node: ast.AST | None) -> bool:
    """A constant, or a signed number such as -0.5: nothing derived from other names."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        node = node.operand
        return isinstance(node, ast.Constant) and isinstance(node.value, int | float)
    return isinstance(node, ast.Constant)


def _fits(value: object, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)
