"""``scripts/generate.py --check`` compares two trees with ``_differences``: test it on temp trees."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "generate.py"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


BASE = {
    "__init__.py": "x = 1\n",
    "models/__init__.py": "",
    "models/a.py": "A = 1\n",
    "models/deep/b.py": "B = 2\n",
}


def test_identical_trees_have_no_differences(generate: ModuleType, tmp_path: Path) -> None:
    left = tree(tmp_path / "left", BASE)
    right = tree(tmp_path / "right", BASE)
    (right / "__pycache__").mkdir()
    (right / "__pycache__" / "x.pyc").write_bytes(b"\0")  # caches are ignored
    assert generate._differences(left, right) == []


def test_every_kind_of_difference_is_named(generate: ModuleType, tmp_path: Path) -> None:
    left = tree(tmp_path / "left", {**BASE, "only_left.py": ""})
    right = tree(
        tmp_path / "right",
        {
            **BASE,
            "models/a.py": "A = 2\n",
            "models/deep/b.py": "B = 2\n",
            "models/deep/new.py": "",
        },
    )
    for side in (left, right):  # same size and time stamp: only a byte comparison tells
        os.utime(side / "models" / "a.py", (1_700_000_000, 1_700_000_000))
    assert generate._differences(left, right) == [
        "models/a.py",
        "models/deep/new.py",
        "only_left.py",
    ]
    assert generate._differences(right, left) == generate._differences(left, right)


def test_a_file_that_became_a_folder_is_a_difference(generate: ModuleType, tmp_path: Path) -> None:
    left = tree(tmp_path / "left", {**BASE, "models/c.py": ""})
    right = tree(tmp_path / "right", {**BASE, "models/c.py/inner.py": ""})
    assert generate._differences(left, right) == ["models/c.py"]
