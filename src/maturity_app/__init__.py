"""Maturity: post-certification capability assessment for security leaders."""


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata on first use: importlib.metadata costs more than 100 ms,
    # and the desktop app's first window does not need it.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("maturity-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.0.0+source"
    globals()["__version__"] = value
    return value
