"""Translation catalogue tool: extract every user-visible string, update the .ts, build the .qm.

    python tools/i18n.py update    # add new source strings to resources/translations/*.ts
    python tools/i18n.py missing   # list strings that have no translation yet (exit 1 if any)
    python tools/i18n.py build     # compile .ts → .qm with pyside6-lrelease
    python tools/i18n.py export-missing FILE.json   # untranslated strings as JSON to fill in
    python tools/i18n.py import FILE.json           # merge filled-in translations into the .ts

Strings are found with Python's ast, never with regular expressions, in these forms:
``tr("Context", "text")`` and ``N_("Context", "text")`` (core, bundle, commands),
``self.tr("text")`` (Qt classes: context = the class, and every subclass of it, because PySide6
looks up the runtime class name), ``QCoreApplication.translate("Context", "text")``, and the
first argument of ``UserError`` and its subclasses (context ``Errors``), and module-local helpers
``_t("text")``, ``words.one("text")``, ``words.both("text"[, "Context"])`` that translate with the
module's ``CONTEXT`` constant.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "evidence_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
ERROR_BASE = "UserError"

Key = tuple[str, str]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


_module_constants: dict[str, str] = {}


def _const(node: ast.expr) -> str | None:
    """A string literal, or a module-level NAME = "literal" constant (e.g. CONTEXT)."""
    if isinstance(node, ast.Name):
        return _module_constants.get(node.id)
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants_of(tree: ast.Module) -> dict[str, str]:
    constants = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return constants


def _parse_all() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text("utf-8"), str(path)))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _class_bases(trees: list[tuple[Path, ast.Module]]) -> dict[str, set[str]]:
    bases: dict[str, set[str]] = defaultdict(set)
    for _, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] |= {n for b in node.bases if (n := _name(b))}
    return bases


def _descendants(bases: dict[str, set[str]], root: str) -> set[str]:
    found = {root}
    changed = True
    while changed:
        changed = False
        for cls, parents in bases.items():
            if cls not in found and parents & found:
                found.add(cls)
                changed = True
    return found


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, errors: set[str], subclasses: dict[str, set[str]]) -> None:
        self.path = path
        self.errors = errors
        self.subclasses = subclasses
        self.classes: list[str] = []
        self.found: dict[Key, list[str]] = defaultdict(list)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str, text: str, node: ast.AST) -> None:
        self.found[(context, text)].append(
            f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        )

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        name = _name(func)
        if isinstance(func, ast.Name) and name in ("tr", "N_") and len(args) >= 2:
            context, text = _const(args[0]), _const(args[1])
            if context is not None and text is not None:
                self._add(context, text, node)
        elif (
            isinstance(func, ast.Attribute)
            and name == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id in ("self", "cls")
            and args
            and self.classes
        ):
            text = _const(args[0])
            if text is not None:
                for context in sorted(self.subclasses.get(self.classes[-1], {self.classes[-1]})):
                    self._add(context, text, node)
        elif isinstance(func, ast.Attribute) and name == "translate" and len(args) >= 2:
            context, text = _const(args[0]), _const(args[1])
            if context is not None and text is not None:
                self._add(context, text, node)
        elif name in ("_t", "one", "both", "each") and args and "CONTEXT" in _module_constants:
            # module-local helpers that translate with the module's CONTEXT (bundle layout/verify)
            text = _const(args[0])
            context = (_const(args[1]) if len(args) > 1 else None) or _module_constants["CONTEXT"]
            if text is not None:
                self._add(context, text, node)
        elif name in self.errors and args:
            text = _const(args[0])
            if text is not None:
                self._add("Errors", text, node)
        self.generic_visit(node)


def extract() -> dict[Key, list[str]]:
    """Every translatable (context, source) in the package, with where it occurs."""
    trees = _parse_all()
    bases = _class_bases(trees)
    errors = _descendants(bases, ERROR_BASE)
    subclasses = {cls: _descendants(bases, cls) for cls in bases}
    found: dict[Key, list[str]] = defaultdict(list)
    for path, tree in trees:
        _module_constants.clear()
        _module_constants.update(_constants_of(tree))
        extractor = _Extractor(path, errors, subclasses)
        extractor.visit(tree)
        for key, places in extractor.found.items():
            found[key].extend(places)
    return dict(found)


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"evidence_app_{lang}.ts"


def read_ts(path: Path) -> dict[Key, str]:
    if not path.exists():
        return {}
    result: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            result[(name, source)] = message.findtext("translation") or ""
    return result


def write_ts(
    path: Path, lang: str, strings: dict[Key, list[str]], translations: dict[Key, str]
) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    by_context: dict[str, list[str]] = defaultdict(list)
    for context, source in strings:
        by_context[context].append(source)
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sorted(by_context[context]):
            message = ET.SubElement(element, "message")
            for file in sorted({place.rpartition(":")[0] for place in strings[(context, source)]}):
                ET.SubElement(message, "location", filename=f"../../{file}")
            ET.SubElement(message, "source").text = source
            translation = translations.get((context, source), "")
            node = ET.SubElement(message, "translation")
            if translation:
                node.text = translation
            else:
                node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def missing(lang: str) -> list[Key]:
    translations = read_ts(ts_file(lang))
    return sorted(key for key in extract() if not translations.get(key))


def lrelease() -> Path:
    candidate = Path(sys.executable).parent / "pyside6-lrelease"
    return candidate if candidate.exists() else Path("pyside6-lrelease")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    for lang in LANGUAGES:
        path = ts_file(lang)
        if command == "update":
            write_ts(path, lang, extract(), read_ts(path))
            print(f"{path.relative_to(ROOT)}: {len(missing(lang))} strings need a translation")
        elif command == "missing":
            gaps = missing(lang)
            for context, source in gaps:
                print(f"{lang} [{context}] {source}")
            if gaps:
                return 1
        elif command == "build":
            qm = path.with_suffix(".qm")
            subprocess.run([str(lrelease()), "-silent", str(path), "-qm", str(qm)], check=True)
        elif command == "export-missing":
            gaps = missing(lang)
            Path(argv[1]).write_text(
                json.dumps(
                    [{"context": c, "source": s, "translation": ""} for c, s in gaps],
                    ensure_ascii=False,
                    indent=1,
                ),
                "utf-8",
            )
            print(f"{len(gaps)} strings written to {argv[1]}")
        elif command == "import":
            filled = json.loads(Path(argv[1]).read_text("utf-8"))
            translations = read_ts(path)
            for entry in filled:
                if entry.get("translation"):
                    translations[(entry["context"], entry["source"])] = entry["translation"]
            write_ts(path, lang, extract(), translations)
            print(
                f"{path.relative_to(ROOT)}: {len(missing(lang))} strings still need a translation"
            )
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
