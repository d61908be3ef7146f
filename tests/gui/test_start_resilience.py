"""The app starts whatever it finds: hundreds of broken packs collapse into a short notice, one unreadable
assessment is listed and named while the others open, and a full disk at start-up is said as such."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMessageBox


def test_300_broken_packs_do_not_stretch_the_start_page(make_app, packs_dir, qtbot):
    for n in range(300):
        (packs_dir / f"broken-{n:03}.yaml").write_text(f"id: broken{n}\nversion: 1.0\ntitle: [unclosed\n")
    window, controller = make_app()
    notice = window.start_page.notice
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=20_000)
    assert notice.text().startswith("300 questionnaire packs could not be loaded")
    assert "and 297 more" in notice.text() and notice.text().count("\n") <= 5
    assert notice.sizeHint().height() < 200
    assert window.start_page.sizeHint().height() < 1200
    assert "mini" in controller.library.packs


def test_one_unreadable_assessment_is_named_and_the_others_open(make_app, store, mini_pack, qtbot, monkeypatch):
    good = store.create(mini_pack, "Good Bank")
    bad = store.create(mini_pack, "Broken Snapshot Ltd")
    from maturity_app.storage.pack_snapshots import store_snapshot

    # Its own damaged snapshot: the good assessment shares the intact one (one row per distinct snapshot).
    store.db.execute("UPDATE assessments SET pack_snapshot_id = ? WHERE id = ?",
                     [store_snapshot(store.db, '{"id": "mini"}'), bad])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    window, controller = make_app()
    recent = controller.start.recent
    names = {recent.data(recent.index(r, 0)) for r in range(recent.rowCount())}
    assert {"Good Bank", "Broken Snapshot Ltd"} <= names
    assert "Broken Snapshot Ltd" in window.statusBar().currentMessage()
    assert controller.open_assessment(good) is not False
    assert controller.assessment.session.info.organisation == "Good Bank"
    controller.open_assessment(bad)
    assert warnings and "Broken Snapshot Ltd" in warnings[-1] and "cannot be read" in warnings[-1]


def test_disk_full_at_start_up_is_said_and_nothing_is_moved(db_path, store, mini_pack, qtbot, monkeypatch):
    import sqlite3

    from maturity_app.storage import database
    from maturity_app.ui.data_safety import open_database_interactively

    store.create(mini_pack, "Acme")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    def full(conn):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13
        raise exc

    monkeypatch.setattr(database, "_configure", full)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(("critical", text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: shown.append(("question", a)) or QMessageBox.Yes)
    assert open_database_interactively(None, db_path) is None
    assert [kind for kind, _ in shown] == ["critical"]  # said, and no recovery offered
    assert "full" in shown[0][1]
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + ".")) in (
        [], [db_path.name + ".lock"])
