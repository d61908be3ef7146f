"""Command line: the `maturity-app` command. Given no command it opens the desktop app; given one, it runs it
headless (cli_commands: the parser and every command, imported only then, so the window waits for none of it)."""

from __future__ import annotations

import gc

# What this module imports lives as long as the process: held off, Python's automatic collections do not walk it
# again and again while it is made (then left as they were; the desktop app switches them off for good as it
# launches: ui/gc_guard, the commands hold them for their own imports: cli_commands).
_collecting = gc.isenabled()
gc.disable()
try:
    import sys
    from pathlib import Path

    from .domain import i18n
finally:
    if _collecting:
        gc.enable()

UI_LANGUAGE_OPTION = "--ui-lang"


def app_language() -> str:
    """The language the desktop app speaks: its Settings -> Language, or the system's when that is "System" (or
    nothing is set). The command line is the same product: it speaks what the window speaks."""
    from .ui.app_settings import load_settings  # plain Python: no Qt

    choice = load_settings().language
    return i18n.system_language() if choice == "system" else i18n.normalise(choice)


def cmd_gui(args, import_path: Path | None = None) -> int:
    from .ui.launch import launch

    return launch(db_path=Path(args.db) if args.db else None, import_path=import_path)


def _split_opened_file(argv: list[str]) -> tuple[list[str], Path | None]:
    """Take out FILE.maturity (or an older FILE.maturity.json) when it is the first positional argument.

    The desktop entry runs `maturity-app %f` when someone double-clicks an exported assessment.
    """
    from .storage.portable_names import OPENABLE_SUFFIXES  # not the format itself: this runs before every command

    previous = None
    for index, arg in enumerate(argv):
        if not arg.startswith("-") and previous not in ("--db", UI_LANGUAGE_OPTION):
            if arg.lower().endswith(OPENABLE_SUFFIXES) and Path(arg).is_file():
                return argv[:index] + argv[index + 1 :], Path(arg)
            break
        previous = arg
    return argv, None


class _DesktopLaunch:
    """The arguments of a plain desktop launch, as the parser would give them."""

    __slots__ = ("db",)
    command = None

    def __init__(self, db: str | None):
        self.db = db


def _desktop_only(argv: list[str]) -> _DesktopLaunch | None:
    """The arguments of a plain desktop launch (nothing, or only ``--db PATH``), without the parser of every
    command: the desktop entry starts the app this way, and the window should not wait for argparse."""
    if not argv:
        return _DesktopLaunch(None)
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return _DesktopLaunch(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return _DesktopLaunch(argv[0][len("--db="):])
    return None


def main(argv: list[str] | None = None) -> int:
    # Messages, help and reports follow the app's language unless told (report --lang); a caller that already
    # chose (a test) keeps it. Decided when the first sentence is worded: `list --json` words none.
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        i18n.set_language_on_first_use(app_language)
    argv, opened_file = _split_opened_file(sys.argv[1:] if argv is None else list(argv))
    desktop = _desktop_only(argv)
    if desktop is not None:
        return cmd_gui(desktop, import_path=opened_file)
    from . import cli_commands

    args = cli_commands.parse(argv, opened_file)
    if not args.command:
        return cmd_gui(args, import_path=opened_file)
    return cli_commands.execute(args)


if __name__ == "__main__":
    sys.exit(main())
