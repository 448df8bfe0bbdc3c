#!/usr/bin/env python3
"""Regenerate ``open_responses/_generated`` from ``openapi/openresponses.json``.

Usage::

    python scripts/generate.py          # regenerate in place
    python scripts/generate.py --check  # regenerate into a temporary folder; exit 1 on any difference

Runs the pinned ``openapi-python-client`` with ``generator-config.yaml`` and the
templates in ``scripts/templates``, then formats the result with the pinned ruff.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "openresponses.json"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
TARGET = ROOT / "open_responses" / "_generated"
GENERATOR_VERSION = "0.29.1"


def _tool(name: str) -> str:
    """Find a console script installed beside this interpreter (the project's venv)."""
    candidate = Path(sys.executable).with_name(name)
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install the dev extra: pip install -e '.[dev]'")
    return found


def _check_generator_version() -> None:
    from importlib.metadata import version

    installed = version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {installed} is installed, the project pins {GENERATOR_VERSION}"
        )


def generate(target: Path) -> None:
    """Generate the package into ``target`` (replaced) and format it."""
    _check_generator_version()
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        subprocess.run(
            [
                _tool("openapi-python-client"),
                "generate",
                "--path",
                str(DOCUMENT),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--overwrite",
                "--fail-on-warning",
            ],
            check=True,
            cwd=ROOT,
        )
        _drop_empty(out)
        ruff = _tool("ruff")
        # Run ruff with the project's settings but without the exclusion of _generated.
        subprocess.run(
            [ruff, "check", "--quiet", "--isolated", "--fix", "--select", "I,F401,UP", str(out)],
            check=False,
            cwd=ROOT,
        )
        subprocess.run(
            [ruff, "format", "--quiet", "--isolated", "--line-length", "100", str(out)],
            check=True,
            cwd=ROOT,
        )
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target)


def _drop_empty(tree: Path) -> None:
    """Remove the files our templates leave empty (unused generator outputs) and emptied folders."""
    for path in sorted(tree.rglob("*.py"), reverse=True):
        if not path.read_text(encoding="utf-8").strip():
            path.unlink()
    for folder in sorted((p for p in tree.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def _differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees."""
    result: list[str] = []

    def visit(cmp: filecmp.dircmp[str], prefix: str) -> None:
        # common_funny: a file on one side and a folder on the other.
        result.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.common_funny)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        result.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            visit(sub, f"{prefix}{name}/")

    visit(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(result)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="Regenerate open_responses/_generated.")
    parser.add_argument("--check", action="store_true", help="fail if the committed code differs")
    args = parser.parse_args(argv)
    if not args.check:
        generate(TARGET)
        print(f"regenerated {TARGET.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "_generated"
        generate(fresh)
        if not TARGET.exists():
            print(
                f"{TARGET.relative_to(ROOT)} is missing; run scripts/generate.py", file=sys.stderr
            )
            return 1
        differences = _differences(fresh, TARGET)
    if differences:
        print("generated code is out of date; run scripts/generate.py:", file=sys.stderr)
        for name in differences:
            print(f"  {name}", file=sys.stderr)
        return 1
    print(f"{TARGET.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
