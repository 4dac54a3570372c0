"""The Frictionless Data Package descriptor (``datapackage.json``) of the written tables."""

from __future__ import annotations

import json
from collections.abc import Iterable

from analyysi import __version__
from analyysi.tables.metadata import Field, Resource

_FRICTIONLESS_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
}


def describe_package(resources: Iterable[Resource]) -> str:
    """JSON text of the descriptor; stable (no timestamps) so reruns are byte-identical."""
    package = {
        "profile": "tabular-data-package",
        "name": "analyysi-processed",
        "title": "EURA 2014 project descriptions as tidy tables",
        "description": (
            "Tables parsed by analyysi from structural-fund project descriptions. "
            "Field descriptions: 'description' in English, 'description_fi' in Finnish."
        ),
        "version": __version__,
        "resources": [_resource(r) for r in resources],
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def _resource(resource: Resource) -> dict:
    schema: dict = {"fields": [_field(f) for f in resource.fields], "missingValues": [""]}
    if resource.primary_key:
        schema["primaryKey"] = list(resource.primary_key)
    return {
        "profile": "tabular-data-resource",
        "name": resource.name,
        "path": resource.path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": resource.en,
        "description_fi": resource.fi,
        "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "header": True},
        "schema": schema,
    }


def _field(field: Field) -> dict:
    described: dict = {
        "name": field.name,
        "title": field.title_en,
        "title_fi": field.title_fi,
        "type": _FRICTIONLESS_TYPES[field.type],
        "description": field.en,
        "description_fi": field.fi,
    }
    if field.type == "boolean":
        described["trueValues"] = ["true"]
        described["falseValues"] = ["false"]
    if field.unit:
        described["unit"] = field.unit
    constraints: dict = {}
    if field.required:
        constraints["required"] = True
    if field.enum:
        constraints["enum"] = list(field.enum)
    if field.minimum is not None:
        constraints["minimum"] = field.minimum
    if field.maximum is not None:
        constraints["maximum"] = field.maximum
    if field.pattern:
        constraints["pattern"] = field.pattern.removeprefix("^").removesuffix("$")
    if constraints:
        described["constraints"] = constraints
    return described
