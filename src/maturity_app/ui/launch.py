"""Start the desktop app: Qt application, theme, database, window; errors a user can cause are shown, not raised."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path


def _display_available() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_app(db_path: Path | None = None, app=None, today=None, db=None, settings=None):
    """Create (without showing) the window and its controller; returns (window, controller).

    *db* is an already opened database for *db_path* (launch opens it interactively, with recovery); *settings*
    the ones launch read and whose language it installed already (not read, nor its catalogues loaded, again).
    """
    from PySide6.QtWidgets import QApplication

    from ..app.workspace import Workspace
    from ..storage.database import open_database
    from ..storage.locations import default_database_path
    from .app_controller import AppController
    from .app_settings import load_settings, settings_path
    from .main_window import MainWindow
    from .theme import apply_theme

    from .language import install as install_language

    app = app or QApplication.instance()
    if settings is None:
        settings = load_settings()
        install_language(app, settings.language)  # before any widget builds its text
    apply_theme(app, settings.theme, settings.font_scale)
    path = Path(db_path) if db_path else default_database_path()
    # One writer: a second window is refused.
    workspace = Workspace(db or open_database(path, lock=True), today=today, path=path)
    window = MainWindow()
    controller = AppController(window, workspace, load_packs, settings, settings_path())
    return window, controller


def load_packs():
    """Bundled and user questionnaire packs (parsing YAML takes a while: run off the UI thread)."""
    from ..domain.pack_loader import load_library
    from ..paths import bundled_packs_dir
    from ..storage.locations import user_packs_dir

    try:
        bundled = bundled_packs_dir()
    except FileNotFoundError:
        bundled = None
    return load_library(bundled, user_packs_dir()) if bundled else load_library(user_packs_dir())


def _open_files_from_the_desktop(app, controller):
    """macOS hands a double-clicked file to the running app as a FileOpen event, not as an argument."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpenFilter(QObject):
        def eventFilter(self, watched, event):
            if event.type() != QEvent.Type.FileOpen:
                return False
            from ..storage.portable_names import OPENABLE_SUFFIXES

            if event.file().lower().endswith(OPENABLE_SUFFIXES):
                controller.import_opened_file(Path(event.file()))
                return True
            return False

    event_filter = FileOpenFilter(app)
    app.installEventFilter(event_filter)
    return event_filter


def _import_qt_free_start_path() -> None:
    """The modules without Qt that the first frame needs, imported before PySide6 is: from its import on, PySide6
    has every module imported read again from its source file (looking for its ``__feature__`` switch)."""
    from .. import identity, palette, paths  # noqa: F401
    from ..app import start_rows, workspace  # noqa: F401
    from ..domain import digest, formatting  # noqa: F401
    from ..storage import database, headlines, instance_lock, listing, locations  # noqa: F401
    from ..storage import private_files, store  # noqa: F401
    from . import app_settings, single_instance  # noqa: F401


def launch(db_path: Path | None = None, import_path: Path | None = None) -> int:
    """Open the desktop app; *import_path* is an exported assessment opened from the desktop, offered for import."""
    if not _display_available():
        print("No display is available, so the desktop app cannot open here.", file=sys.stderr)
        print("Try the headless demo instead:  maturity-app demo --out demo.pdf", file=sys.stderr)
        return 1
    # The app collects garbage from a timer on the UI thread (gc_guard), never automatically: switched off from
    # here rather than once the guard exists, so the imports and widgets of the start-up (a few hundred thousand
    # objects) are not scanned again and again on the way to the first frame.
    gc.disable()
    from .feature_scan import answer_known_modules

    answer_known_modules()  # PySide6 may be loaded already (by whoever called this): its scan, answered from here
    from .c_heap import share_one_heap

    share_one_heap()  # before any thread starts, and before PySide6 (whose import hook makes every import dearer)
    _import_qt_free_start_path()
    import shiboken6  # noqa: F401 - PySide6's first import: its per-import source scan is in place from here on

    answer_known_modules()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 %) is taken exactly as the screen asks: Qt 6's own default rounding
        # policy (PassThrough), which QT_SCALE_FACTOR_ROUNDING_POLICY may still change. Not set here: naming the
        # policy would have PySide build the whole Qt namespace (see lazy_qt) before the first frame.
        from .theme import FUSION_ARGUMENTS, FUSION_PROPERTY

        app = QApplication(sys.argv[:1] + FUSION_ARGUMENTS)
        app.setProperty(FUSION_PROPERTY, True)
    from .error_hook import install_exception_hook

    from .gc_guard import MainThreadGarbageCollector
    from .language import RESTART_PROPERTY

    hook = install_exception_hook(app)  # from here on, no error is invisible
    app.gc_guard = MainThreadGarbageCollector(app, ticking=False)  # on the app: lives exactly as long; ticks
    # from the window's first frame on
    try:
        while True:
            app.setProperty(RESTART_PROPERTY, False)
            status = _start(app, db_path, import_path)
            if not app.property(RESTART_PROPERTY):
                return status
            import_path = None  # a restart for a new language: the window again, in it, as it was left
    except Exception as exc:  # a start-up error: the dialog, the log, and no silent exit
        hook.handle(type(exc), exc, exc.__traceback__)
        return 70


def _serve_second_launches(window, controller, path: Path):
    from .instance_server import serve_second_launches  # the window's side of the channel: after its first frame

    return serve_second_launches(window, controller, path)


def _start(app, db_path: Path | None, import_path: Path | None) -> int:
    from ..domain.errors import MaturityError
    from ..identity import APP_ID
    app.setApplicationName("Maturity")
    app.setApplicationDisplayName("Maturity")
    app.setOrganizationName("Maturity")
    app.setDesktopFileName(APP_ID)  # Wayland finds our .desktop entry and icon by it
    from ..storage.locations import default_database_path
    from .data_safety import backup_at_session_start, open_database_interactively
    from .single_instance import channel_name, hand_over

    from .app_settings import load_settings
    from .language import install as install_language

    settings = load_settings()
    install_language(app, settings.language)  # the start-up dialogs (a damaged database) speak it too
    path = Path(db_path) if db_path else default_database_path()
    if hand_over(channel_name(path), import_path):
        return 0  # the window already open on this database has the file (or just came to the front)
    db = open_database_interactively(None, path)  # newer, locked or damaged files: explained, recovery offered
    if db is None:
        return 2
    try:
        window, controller = build_app(path, app, db=db, settings=settings)
    except BaseException as exc:
        from ..storage.database import close_database

        close_database(db)  # the lock goes with it
        if not isinstance(exc, MaturityError):
            raise
        from PySide6.QtWidgets import QApplication, QMessageBox

        QMessageBox.critical(None, QApplication.translate("Launch", "Maturity cannot start"), str(exc))
        return 2
    from .first_frame import after_first_frame
    from .theme import app_icon

    controller.restore()
    window.show()
    if sys.platform == "darwin":  # only macOS hands files over as events; elsewhere an app-wide filter would
        _open_files_from_the_desktop(app, controller)  # see every event of every object, for nothing
    # Once the first frame is on screen: checking and copying the database, or listening for second launches
    # (a local server), must not delay it; a thread started now would hold Python's lock during that frame.
    backup = app.session_backup = backup_at_session_start(window, path, later=True)
    serving: list = []
    # The icon the window manager shows, too: the frame itself has none, and QIcon is a class PySide would build,
    # with its 150-odd theme icon names, before that frame.
    after_first_frame(window, lambda: app.setWindowIcon(app_icon()), backup.start_kept,
                      lambda: serving.append(_serve_second_launches(window, controller, path)))
    guard = getattr(app, "gc_guard", None)
    if guard is not None:
        after_first_frame(window, guard.start_ticking)  # its first tick collects everything once, then freezes it
    if import_path is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: controller.import_opened_file(Path(import_path)))
    try:
        return app.exec()
    finally:
        backup.start_kept()  # a window closed before its first frame: the session still gets its backup
        for server in serving:
            if server is not None:
                server.close()
        controller.workspace.close()
        window.deleteLater()  # gone before a restart builds the next one
