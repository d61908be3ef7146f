"""`score` prints its domain table in columns that line up, whatever the length of the domains' titles."""


def test_domain_figures_line_up_under_long_titles(cli):
    aid = cli("new", "--pack", "core", "--org", "Acme").stdout.strip()
    lines = cli("score", aid).stdout.splitlines()
    rows = [line for line in lines if line.startswith("  ")]
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir

    assert len(rows) == len(load_pack(bundled_packs_dir() / "core.yaml").domains)  # one row per core domain
    assert any(len(line.split("  ")[1]) > 44 for line in rows)  # the core pack has titles longer than 44
    ends = {line.index("—", len("  ") + max(len(r.strip().split("  ")[0]) for r in rows)) for line in rows}
    assert len(ends) == 1, rows  # the first figure of every row starts in the same column
