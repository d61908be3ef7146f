"""pydantic without plugin discovery: the app's models are validated by pydantic-core alone.

Building a model's validator, pydantic asks its plugin loader for the installed distributions' "pydantic" entry
points. The asking imports importlib.metadata (and with it email, csv, socket...: about 2.5 MB resident in the
desktop app, for as long as it runs) and reads the metadata of every installed package. The app has no
pydantic plugins and runs none (PYDANTIC_DISABLE_PLUGINS=__all__ turns them off but still imports the
machinery), so before the first model is built the loader is answered by a stand-in that finds none. Where
something has already loaded pydantic's own loader, it stays as it is.
"""

from __future__ import annotations

import sys
import types

LOADER = "pydantic.plugin._loader"  # what pydantic's create_schema_validator imports get_plugins from


def _no_plugins() -> tuple:
    return ()


def without_plugin_discovery() -> None:
    if LOADER in sys.modules:
        return
    stand_in = types.ModuleType(LOADER, "Stand-in for pydantic's plugin loader: the app runs no pydantic plugins.")
    stand_in.get_plugins = _no_plugins
    sys.modules[LOADER] = stand_in
