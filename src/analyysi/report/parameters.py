"""Notebook parameters: read the one literal ``parameters`` cell, check what a run passes.

A parameters cell holds only lines ``name: type = literal  # what it is``, so defaults are
typed, documented and never derived. Checking happens before any kernel starts.
"""

from __future__ import annotations

import ast
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
    source = "".join(source) if isinstance(source, list) else source
    try:
        statements = ast.parse(source).body
        comments = {
            token.start[0]: token.string.lstrip("#").strip()
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT
        }
    except (SyntaxError, tokenize.TokenError) as exc:
        raise ParameterError(
            f"{notebook.name}: the parameters cell is not valid Python ({exc})"
        ) from None
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
                f"{notebook.name}: parameters cell line {statement.lineno} is not "
                "'name: type = literal  # comment' (types: str, int, float, bool)"
            )
        kind = _TYPES[statement.annotation.id]
        name, default = statement.target.id, ast.literal_eval(statement.value)
        if not _fits(default, kind):
            raise ParameterError(f"{notebook.name}: default of {name!r} is not a {kind.__name__}")
        comment = comments.get(statement.lineno, "")
        if not comment:
            raise ParameterError(f"{notebook.name}: parameter {name!r} has no comment")
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
