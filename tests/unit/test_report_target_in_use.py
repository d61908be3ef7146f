"""Saving a report over a PDF another program holds open says so, instead of a bare "Permission denied"."""

from __future__ import annotations

import os

import pytest

from maturity_app.report.atomic import ReportWriteError, publish


def test_replacing_a_pdf_held_open_elsewhere_explains_what_to_do(tmp_path, monkeypatch):
    target = tmp_path / "board.pdf"
    target.write_bytes(b"%PDF old")
    new = tmp_path / ".board.part"
    new.write_bytes(b"%PDF new")

    def refuse(source, destination):  # what Windows does while Acrobat has the file open
        raise PermissionError(13, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportWriteError, match="open in another program") as error:
        publish(new, target)
    assert "choose another file name" in str(error.value)
    assert target.read_bytes() == b"%PDF old"  # the previous report is intact


def test_a_missing_target_folder_permission_is_not_blamed_on_a_viewer(tmp_path, monkeypatch):
    new = tmp_path / ".board.part"
    new.write_bytes(b"%PDF new")
    monkeypatch.setattr(os, "replace", lambda s, d: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    with pytest.raises(ReportWriteError) as error:
        publish(new, tmp_path / "board.pdf")
    assert "open in another program" not in str(error.value) and "Permission denied" in str(error.value)
