"""Shared test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REFERENCE = PROJECT_ROOT.parent / "shared" / "reference"


def reference_path(*parts: str) -> Path:
    """Return a path inside ../shared/reference, skipping the test when it is absent."""
    path = REFERENCE.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference material not found at {path} (it sits beside the checkout in CI)")
    return path
