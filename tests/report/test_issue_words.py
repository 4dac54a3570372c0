"""Every data-quality message the code can write has Finnish words: a static check.

The message templates are read from the source with ``ast``: the message argument of each
``warn``, ``error``, ``issue``, ``Issue``, ``ReviewIssue`` and ``problem`` call, every
``ValueError`` and ``RejectedFile`` raised where a reason is made, the ``reason`` of a set-aside
programme row, and every reason written as ``"rejected: …"`` or ``"not read: …"``. A template is
expanded into sample messages: a value it takes from a name assigned in the same function, from a
function of the same module or from a conditional is followed there; any other value takes the
samples of ``SAMPLES``. Each sample must be read whole by a pattern of ``report.issues`` (and its
English catalogue text must give the message back letter for letter). A new message without a
pattern fails here; so does a new value without a sample (add one to ``SAMPLES``).
"""

from __future__ import annotations

import ast
import itertools
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT

from analyysi.analyses.covid import CATEGORIES
from analyysi.report import issues
from analyysi.report.issues import PATTERNS, issue_message, translate

PACKAGE = ROOT / "src" / "analyysi"
SOURCES = (
    "documents/fields.py",
    "documents/checks.py",
    "documents/values.py",
    "documents/read.py",
    "tables/parse.py",
    "review/decisions.py",
    "sources/programme.py",
)
# A call that makes a message, and the position of the message among its arguments.
MESSAGE_CALLS = {
    "warn": 2,
    "error": 2,
    "issue": 3,
    "Issue": 5,
    "ReviewIssue": 4,
    "problem": 2,
    "ValueError": 0,
    "RejectedFile": 0,
}
# Reasons handed on before they become an issue start with these words.
REASON_PREFIXES = ("rejected: ", "not read: ")
# Messages whose values are not the ones a message shows (they are inside another one).
INNER = {"documents/values.py", "documents/read.py"}

_BYTES = 20 * 1024 * 1024
# Samples of the values a template takes, by "function/expression" or "expression".
SAMPLES: dict[str, list[object]] = {
    # documents.fields
    "extract_record/code": ["S2219", "x-1"],
    "line.text": ["5 Projektin julkinen rahoitus, euroa", "Osatoteuttajat: Oy, 1-2"],
    "spec.number": ["7.1", "7.2"],
    "spec.title": ["Osallistuvien yritysten lukumäärä"],
    "record.project['fund']": ["EAKR"],
    "_Reader.parse/label": ["Myönnetty EU- ja valtion rahoitus", "Tasa-arvon edistäminen"],
    "_Reader.parse/exc": ["@documents/values.py"],
    "_Reader.parse/raw": ["43 0O5", 'it\'s "x"', "a\\b"],
    "written": ["Postinumero"],
    "first": [33],
    "line.number": [35],
    "label": ["Tutkimuslaitosten kanssa yhteistyötä tekevät yritykset"],
    "label.strip()": ["Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen"],
    "name": ["Tasa-arvon edistäminen"],
    "rows[position]['line']": [140],
    "raw_scores": ["0 1 2", ""],
    "len(missing)": [1, 14],
    "len(SUSTAINABILITY_CRITERIA)": [15],
    "'; '.join(missing)": ["Materiaalit ja jätteet; Kulttuuriympäristö"],
    # documents.checks
    "check_record/name": ["EU and state funding", "public funding"],
    "realised['amount_eur']": [Decimal("61005"), Decimal("17743.48")],
    "planned['amount_eur']": [Decimal("43005")],
    "planned['line']": [75],
    "check_record/stage": ["planned", "realised"],
    "eu_state['amount_eur']": [Decimal("61005.5")],
    "total['amount_eur']": [Decimal("51005")],
    "total['line']": [79],
    "row['indicator']": ["enterprises", "persons", "other"],
    "row['realised']": [1080],
    "row['planned']": [70],
    "row['planned_line']": [115],
    "row['business_id']": ["2819071-4"],
    "end.isoformat()": ["2020-08-31"],
    "start.isoformat()": ["2021-09-01"],
    "check_record/status": ["Toiminta päättynyt", "TOIMINTA PÄÄTTYNYT"],
    # documents.values
    "year": [3021, 1949],
    "YEARS.start": [1950],
    "YEARS.stop - 1": [2150],
    "parse_date/exc": ["month must be in 1..12", "day is out of range for month"],
    # documents.read
    "size / 1024 / 1024": [7.0, 40.23],
    "max_mb": [5, 0.5, 8.25],
    "identify_file(path, data[:4096])": ["@kinds"],
    # tables.parse
    "identify_file(path, head)": ["@kinds"],
    "_parse_file/exc": ["@documents/read.py"],
    "exc.strerror or exc": ["Permission denied", "Too many levels of symbolic links"],
    "lacking": [
        "no project code (Hankekoodi)",
        "no known section headings",
        "no project code (Hankekoodi) and no known section headings",
    ],
    "listed": ["S22196 (line 7), S22106 (line 179)", "A, B (line 1), C (line 2)"],
    "_parse_file/line": [12],
    "_parse_file/code": ["S-1", "HANKE"],
    "_duplicate_reason/code": ["S22196"],
    "kept.source_file": ["000_3ca5471cb25b77c0.txt", "kansio/a, which is.txt"],
    "other.source_file": ["g_duplicate.txt"],
    "there": [0],
    "here": [2],
    "exc.table": ["funding.csv"],
    "exc.summary": ["amount_eur greater_than_or_equal_to(0): -1"],
    # review.decisions
    "size": [_BYTES + 1],
    "MAX_FILE_BYTES": [_BYTES],
    "', '.join(missing)": ["value, note", "decision"],
    "', '.join(spec['key'])": ["project_code, indicator", "project_code, section, sentence_index"],
    "decision": ["accept", "reject"],
    "read_rows/decision!r": ["perhaps", "acept"],
    "', '.join(DECISIONS)": ["accept, reject, correct"],
    "spec['correction']": ["value", "categories"],
    "earlier.line": [2],
    "correction": ["many", "12a"],
    "', '.join(STATUSES)": ["met, exceeded, not_met, not_reported, no_target"],
    "', '.join(unknown)": ["lockdown", "a (known: b), c"],
    "', '.join(categories)": [", ".join(CATEGORIES)],
    "count": [1, 3],
    # sources.programme
    "row['project_code']": ["S29001"],
    "seen[row['project_code']]": [2],
    "', '.join(sorted(missing))": ["end, fund", "granted_eu_state_eur"],
    "_named_row/code": ["S2015", ""],
    "parse_row/code": ["S2015", "tämä ei ole hankerivi"],
    "fund": ["ESF", ""],
    "_cell_date/column": ["start", "end"],
    "_cell_date/raw": ["1.13.2020", ""],
    "_cell_amount/column": ["planned_public_eur", "granted_eu_state_eur"],
    "_cell_amount/value": [True, False],
    "_cell_amount/raw": ["12,345.6", "n/a"],
    "len(tokens)": [9, 1],
    "amounts": [["1", "x", "2", "3"]],
    "numeric": [6],
    "_date/raw": ["31.2.2020"],
}
# The values of read.identify_file: what a file that is not a description is.
KINDS = "@kinds"


@dataclass(frozen=True)
class Template:
    file: str
    line: int
    source: str  # the message expression as written
    samples: tuple[str, ...]


class _Module:
    """One source file: its functions, and the names assigned in each and at the top."""

    def __init__(self, file: str, source: str) -> None:
        self.file = file
        self.tree = ast.parse(source)
        self.functions: dict[str, ast.FunctionDef] = {}
        self.owner: dict[ast.AST, str] = {}  # node -> qualified name of its function
        for node in self.tree.body:
            defs = node.body if isinstance(node, ast.ClassDef) else [node]
            for item in defs:
                if isinstance(item, ast.FunctionDef):
                    name = f"{node.name}.{item.name}" if node is not item else item.name
                    self.functions[name] = item
                    self.functions.setdefault(item.name, item)
                    for child in ast.walk(item):
                        self.owner.setdefault(child, name)

    def assigned(self, name: str, function: str | None) -> list[ast.expr]:
        scopes = [self.functions[function]] if function in self.functions else []
        for scope in [*scopes, self.tree]:
            nodes = ast.walk(scope) if scope is not self.tree else scope.body
            values = [
                node.value
                for node in nodes
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            ]
            if values:
                return values
        return []

    def returns(self, function: str) -> list[ast.expr]:
        node = self.functions.get(function)
        if node is None:
            return []
        return [
            n.value
            for n in ast.walk(node)
            if isinstance(n, ast.Return)
            and n.value
            and not (isinstance(n.value, ast.Constant) and n.value.value is None)
        ]


class UnknownValue(Exception):
    pass


def _kinds() -> list[str]:
    """What identify_file can say: the third field of each of read._KINDS, and UTF-16."""
    from analyysi.documents import read

    return [what for _, _, what in read._KINDS] + [read._UTF16_WITHOUT_BOM]


class Collector:
    def __init__(self, root: Path = PACKAGE, files: tuple[str, ...] = SOURCES) -> None:
        self.modules = {f: _Module(f, (root / f).read_text(encoding="utf-8")) for f in files}
        self._inner: dict[str, list[str]] = {}

    # --- finding the message expressions
    def message_nodes(self, module: _Module) -> list[ast.expr]:
        found = []
        inside = {
            id(part)
            for node in ast.walk(module.tree)
            if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        for node in ast.walk(module.tree):
            if id(node) in inside:  # the words of an f-string are part of it
                continue
            if isinstance(node, ast.Call):
                callee = node.func
                name = (
                    callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
                )
                at = MESSAGE_CALLS.get(name)
                if at is not None and len(node.args) > at:
                    found.append(node.args[at])
            elif isinstance(node, ast.Dict):
                found += [
                    v
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and k.value == "reason"
                ]
            elif isinstance(node, ast.JoinedStr | ast.Constant) and _starts_as_reason(node):
                found.append(node)
        unique = {id(n): n for n in found}.values()
        # a name or call handed on (a parameter, str(exc)) is no template: its words are made
        # where it was made; a name assigned in the same function is followed there
        return [
            n
            for n in unique
            if not isinstance(n, ast.Name | ast.Call)
            or (isinstance(n, ast.Name) and module.assigned(n.id, module.owner.get(n)))
        ]

    def templates(self) -> list[Template]:
        out: dict[tuple[str, tuple[str, ...]], Template] = {}
        for module in self.modules.values():
            for node in self.message_nodes(module):
                samples = tuple(sorted(set(self.expand(module, node, module.owner.get(node)))))
                found = Template(module.file, node.lineno, ast.unparse(node), samples)
                # one template reached two ways (a reason and the name it is given to) once
                if (module.file, samples) not in out or isinstance(node, ast.JoinedStr):
                    out[(module.file, samples)] = found
        return sorted(out.values(), key=lambda t: (t.file, t.line, t.source))

    def inner(self, file: str) -> list[str]:
        """The samples of every message made in ``file`` (for a value that quotes one)."""
        if file not in self._inner:
            module = self.modules[file]
            self._inner[file] = [
                s
                for node in self.message_nodes(module)
                for s in self.expand(module, node, module.owner.get(node))
            ]
        return self._inner[file]

    # --- expanding an expression into the strings it can be
    def expand(self, module: _Module, node: ast.expr, function: str | None) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            # a value written twice in one message is the same value both times
            holes = {ast.dump(p): p for p in node.values if isinstance(p, ast.FormattedValue)}
            choices = [self.hole(module, part, function) for part in holes.values()]
            out = []
            for chosen in itertools.product(*choices):
                value = dict(zip(holes, chosen, strict=True))
                out.append(
                    "".join(
                        p.value if isinstance(p, ast.Constant) else value[ast.dump(p)]
                        for p in node.values
                    )
                )
            return out
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.expand(module, node.left, function)
            right = self.expand(module, node.right, function)
            return [a + b for a in left for b in right]
        if isinstance(node, ast.IfExp):
            return self.expand(module, node.body, function) + self.expand(
                module, node.orelse, function
            )
        return [str(v) for v in self.values(module, node, function)]

    def hole(self, module: _Module, part: ast.FormattedValue, function: str | None) -> list[str]:
        spec = "".join(
            v.value for v in getattr(part.format_spec, "values", []) if isinstance(v, ast.Constant)
        )
        shown = []
        quoted = "!r" if part.conversion == ord("r") else ""
        for value in self.values(module, part.value, function, quoted):
            value = repr(value) if part.conversion == ord("r") else value
            shown.append(format(value, spec))
        return shown

    def values(
        self, module: _Module, node: ast.expr, function: str | None, quoted: str = ""
    ) -> list[object]:
        """The values an expression inside a message can have (``quoted``: "!r" where the
        message shows its repr, which may have samples of its own)."""
        source = ast.unparse(node)
        short = (function or "").rpartition(".")[2]
        keys = [f"{function}/{source}", f"{short}/{source}", source]
        for key in [k + quoted for k in keys if quoted] + keys:
            if key in SAMPLES:
                return [v for s in SAMPLES[key] for v in self._sample(s)]
        if isinstance(node, ast.Name):
            found = module.assigned(node.id, function)
            if found:
                return [s for value in found for s in self.expand(module, value, function)]
        if isinstance(node, ast.IfExp | ast.BinOp | ast.JoinedStr | ast.Constant):
            return self.expand(module, node, function)
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            return [v for value in node.values for v in self.values(module, value, function)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "repr" and node.args:  # a quoted line of a document
                return [repr("Tämä rivi ei kuulu minnekään."), repr('it\'s "quoted" ...')]
            returned = module.returns(node.func.id)
            if returned:
                return [v for r in returned for v in self.expand(module, r, node.func.id)]
        raise UnknownValue(f"{module.file}:{node.lineno}: no sample for {source!r} in {function}")

    def _sample(self, sample: object) -> list[object]:
        if sample == KINDS:
            return list(_kinds())
        if isinstance(sample, str) and sample.startswith("@"):
            return list(self.inner(sample[1:]))
        return [sample]


def _starts_as_reason(node: ast.expr) -> bool:
    first = node.values[0] if isinstance(node, ast.JoinedStr) and node.values else node
    return (
        isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and first.value.startswith(REASON_PREFIXES)
    )


def untranslated(templates: list[Template]) -> list[tuple[Template, str]]:
    """(template, sample) for every sample no pattern reads back exactly."""
    missing = []
    for template in templates:
        if template.file in INNER:
            continue
        for sample in template.samples:
            if translate(sample, "fi") is None or translate(sample, "en") != sample:
                missing.append((template, sample))
    return missing


@pytest.fixture(scope="module")
def templates() -> list[Template]:
    return Collector().templates()


def test_the_templates_are_found(templates):
    shown = [t for t in templates if t.file not in INNER]
    # a floor, so that a collector that finds nothing cannot pass; the report names the count
    assert len(shown) >= 60, len(shown)
    by_file = {t.file for t in shown}
    assert by_file == set(SOURCES) - INNER
    sources = " ".join(s for t in templates for s in t.samples)
    for words in ("unusual project code", "has a wrong check digit", "rejected: file is",
                  "unverified", "too few fields", "not a euro amount"):  # fmt: skip
        assert words in sources


def test_every_message_template_has_a_pattern(templates):
    missing = untranslated(templates)
    assert not missing, "\n".join(f"{t.file}:{t.line}: {s!r}" for t, s in missing)


def test_every_pattern_is_used_by_a_template(templates):
    """No pattern is left over from a message that is gone (the kinds of set-aside reasons
    and Python's own words are read by their own tests)."""
    used = set()
    for template in templates:
        for sample in template.samples:
            for pattern, key in PATTERNS:
                if issues._render(sample, "en", ((pattern, key),)) is not None:
                    used.add(key)
                    break
    python = {"issue.programme.iso_month", "issue.programme.iso_day", "issue.programme.iso_year"}
    assert {key for _, key in PATTERNS} - used == python


def test_the_check_catches_a_message_without_a_pattern(templates, monkeypatch):
    dropped = "issue.check_digit"
    monkeypatch.setattr(issues, "PATTERNS", tuple(p for p in PATTERNS if p[1] != dropped))
    missing = untranslated(templates)
    assert [(t.file, s) for t, s in missing] == [
        ("documents/checks.py", "Y-tunnus 2819071-4 has a wrong check digit")
    ]


def test_the_check_catches_a_new_message(tmp_path):
    (tmp_path / "new.py").write_text(
        "def _section_10(reader, section, label):\n"
        "    reader.warn('section 10', 1, f'label {label!r} is new here')\n"
        "    raise ValueError('not a reason anyone has translated')\n",
        encoding="utf-8",
    )
    (found, raised) = Collector(tmp_path, ("new.py",)).templates()
    assert raised.samples == ("not a reason anyone has translated",)
    assert {s for _, s in untranslated([found, raised])} == {
        *found.samples,
        "not a reason anyone has translated",
    }


def test_a_value_without_a_sample_is_named(tmp_path):
    (tmp_path / "new.py").write_text(
        "def check(reader, total):\n    reader.warn('x', 1, f'{total} is too much')\n",
        encoding="utf-8",
    )
    with pytest.raises(UnknownValue, match="no sample for 'total'"):
        Collector(tmp_path, ("new.py",)).templates()


# --- linear time: document text ends up in messages


def _hostile(samples: list[str]) -> list[str]:
    """Long messages made to be hard: each sample repeated, with its end cut off (every
    literal of its pattern many times over, never a whole match), and runs of the characters
    patterns are built on."""
    out = []
    for sample in samples:
        out.append((sample[:-1] + " ") * (20_000 // max(len(sample), 1) + 1))
        out.append(sample[: len(sample) // 2] + "'" + "\\'" * 20_000)
    for chars in ("'", ": ", "(", "(line 1)", ", which is more complete (", "\\", "a,", "1"):
        out.append(chars * (40_000 // len(chars)))
    return out


def test_patterns_take_time_in_proportion_to_a_hostile_message(templates):
    samples = sorted({s for t in templates for s in t.samples})
    hostile = _hostile(samples)
    assert sum(len(h) for h in hostile) > 5_000_000
    started = time.perf_counter()
    for message in hostile:
        issue_message(message, "fi")
    elapsed = time.perf_counter() - started
    # linear: a few seconds at most for 5 MB of text through every pattern; a pattern that
    # backtracks on this text would take hours
    assert elapsed < 20, elapsed


@pytest.mark.parametrize(
    ("message", "finnish"),
    [
        (
            "realised EU and state funding 61005.5 € is above planned 43005 € (line 75)",
            "Toteutunut EU- ja valtion rahoitus 61\u00a0005,5 € on suurempi kuin suunniteltu "
            "43\u00a0005 € (rivi 75)",
        ),
        (
            "planned end 2020-08-31 is before planned start 2021-09-01",
            "Suunniteltu päättymispäivä 31.8.2020 on ennen suunniteltua alkamispäivää 1.9.2021",
        ),
        (
            "Myönnetty EU- ja valtion rahoitus: not a euro amount (expected e.g. '43 005' or "
            "'17 743,48'); raw value '43 0O5'",
            "Myönnetty EU- ja valtion rahoitus: ei ole euromäärä (odotettiin esim. '43 005' tai "
            "'17 743,48'); asiakirjassa '43 0O5'",
        ),
        (
            "not read: 20,971,521 bytes, over the 20,971,520-byte limit",
            "Ei luettu: tiedostossa on 20\u00a0971\u00a0521 tavua, ja raja on 20\u00a0971\u00a0520 "
            "tavua",
        ),
        (
            "rejected: file is not text but a PDF; project descriptions are web pages, not PDFs: "
            "fetch the page with `analyysi fetch CODE`, or save it from the browser as .html or "
            ".txt",
            "Hylätty: tiedosto ei ole tekstiä vaan PDF-tiedosto; hankekuvaukset ovat verkkosivuja "
            "eivätkä PDF-tiedostoja: hae sivu komennolla `analyysi fetch KOODI` tai tallenna se "
            "selaimesta .html- tai .txt-tiedostoksi",
        ),
        (
            "start is not a date (d.m.yyyy): '1.13.2020'",
            "Sarakkeessa ”Alkaa” ei ole päivämäärää (p.k.vvvv): '1.13.2020'",
        ),
        ("something no pattern knows", "(englanniksi) something no pattern knows"),
    ],
)
def test_finnish_words_numbers_and_dates(message, finnish):
    assert issue_message(message, "fi") == finnish
    assert issue_message(message, "en") == message
