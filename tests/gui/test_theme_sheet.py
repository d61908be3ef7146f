"""The app's style sheet is the template with every @name filled in, whatever the theme and text size."""

from __future__ import annotations

import re

import pytest

from maturity_app.paths import resources_dir
from maturity_app.ui import theme


@pytest.mark.parametrize("tones", [theme.LIGHT, theme.DARK])
@pytest.mark.parametrize("scale", [0.8, 1.0, 1.3, 2.0])
def test_every_name_in_the_template_is_filled_in(tones, scale):
    template = (resources_dir() / "themes" / "app.qss").read_text(encoding="utf-8")
    sheet = theme.stylesheet(tones, scale)
    outside_comments = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    assert re.findall(r"@\w+", outside_comments) == []
    # Each tone where the template names it, whole: @card_hover is the hover tone, not the card tone + "_hover".
    template_rules = re.sub(r"/\*.*?\*/", "", template, flags=re.S)
    assert "@card_hover" in template_rules and "@card" in template_rules
    needed: dict[str, int] = {}
    for name, value in tones._asdict().items():
        if isinstance(value, str):
            needed[value] = needed.get(value, 0) + len(re.findall(rf"@{name}(?!\w)", template_rules))
    for value, count in needed.items():
        assert outside_comments.count(value) >= count, value
    assert "_hover" not in outside_comments and "_selected" not in outside_comments
    sizes = [float(v) for v in re.findall(r"font-size:\s*([0-9.]+)pt", outside_comments)]
    template_sizes = [float(v) for v in re.findall(r"font-size:\s*([0-9.]+)pt", template)]
    assert sizes == [pytest.approx(v * scale, abs=0.05) for v in template_sizes]


def test_names_are_filled_in_whole_once_and_what_is_put_in_is_left_as_it_is():
    values = {"card": "#111111", "card_hover": "#222222", "check_image": "/home/dana@corp/@card_hover/check.svg"}
    template = "a { b: @card; c: @card_hover; d: url(@check_image); e: @cards; f: @9card; g: @; h: name@card }"
    assert theme._fill_in(template, values) == (
        "a { b: #111111; c: #222222; d: url(/home/dana@corp/@card_hover/check.svg); e: @cards; f: @9card; g: @; "
        "h: name#111111 }")


def test_tones_are_fixed_and_compare_by_value():
    assert theme.Tones(**theme.LIGHT._asdict()) == theme.LIGHT != theme.DARK
    with pytest.raises(AttributeError):
        theme.LIGHT.text = "#000000"
    with pytest.raises(TypeError):
        theme.Tones(**{k: v for k, v in theme.LIGHT._asdict().items() if k != "text"})
