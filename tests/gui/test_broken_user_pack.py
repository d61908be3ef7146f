"""A broken pack in the user's packs folder is reported on the start page and never stops the app."""


def test_broken_user_pack_is_reported_and_the_others_still_load(make_app, packs_dir, qtbot):
    (packs_dir / "colleague.yaml").write_text("id: colleague\nversion: 1.0\ntitle: [unclosed\n")
    window, controller = make_app()
    notice = window.start_page.notice
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=5000)
    assert "colleague.yaml:" in notice.text() and "YAML syntax error" in notice.text()
    library = controller.library
    assert "mini" in library.packs and "colleague" not in library.packs
