"""Maturity: post-certification capability assessment for security leaders."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("maturity-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
