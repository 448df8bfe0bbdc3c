"""The package version (one home, read by ``__init__`` and the User-Agent header)."""

__all__ = ["__version__"]

__version__ = "0.1.0"
