"""After an upgrade that outdates every stored headline, the window is not frozen once it appears: the rows the
first frame shows are made at once, the rest a few per turn of the event loop, newest first, and only then is the
whole list read (every headline holding again, nothing made twice)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from maturity_app.domain.assessment import Answer
from maturity_app.storage import headlines as stored
from maturity_app.ui.headline_catch_up import MAX_SLICE


def test_outdated_headlines_are_made_again_a_few_per_turn_after_the_first_frame(make_app, store, mini_pack, qtbot,
                                                                                monkeypatch):
    ids = []
    for n in range(70):
        aid = store.create(mini_pack, f"Org {n:02d}")
        store.save_answer(aid, Answer("rec-restore", 3, n % 5))
        ids.append(aid)
    store.db.execute("UPDATE assessment_headlines SET definition = 'an older release'")  # as after an upgrade
    turns = [0]
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    made = []  # (ids, event-loop turns so far) of each call that makes headlines
    real = stored._recompute

    def recording(db, loader, wanted, day, problems):
        made.append((list(wanted), turns[0]))
        return real(db, loader, wanted, day, problems)

    monkeypatch.setattr(stored, "_recompute", recording)
    ticker.start()
    window, controller = make_app()
    model = controller.start.recent
    qtbot.waitUntil(model.has_all_rows, timeout=20_000)
    ticker.stop()

    shown_first, later = made[0][0], made[1:]
    assert len(shown_first) < len(ids) and later  # the first frame made only what it shows
    assert len(later) > 1 and all(len(batch) <= MAX_SLICE for batch, _ in later)
    assert sorted(shown_first + [i for batch, _ in later for i in batch]) == sorted(ids)  # each made once
    # Events ran between every two slices (the window answers keys, clicks and paints meanwhile).
    assert all(b[1] > a[1] for a, b in zip(later, later[1:]))
    # Newest first: the rows just below the screen are ready first.
    assert [i for batch, _ in later for i in batch] == sorted(set(ids) - set(shown_first), reverse=True)
    assert controller.start.catch_up.turns == len(later)
    assert stored.stale_ids(store.db, controller.workspace.today) == []
    assert model.rowCount() == 70 and all(model.row_at(r).gap_points is not None for r in range(70))
