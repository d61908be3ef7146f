"""Authoring rules beyond the schema: windows that match freshness_months, ladders that climb, distinct levels."""

from pathlib import Path

import pytest
import yaml

from maturity_app.domain.anchor_rules import thresholds, window_months
from maturity_app.domain.errors import PackError
from maturity_app.domain.pack_loader import parse_pack
from maturity_app.domain.schema import Pack

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RESTORE_3 = "            3: A full restore met its RTO in the last 12 months, timings recorded.\n"


def _mini_text() -> str:
    return (FIXTURES / "mini.yaml").read_text()


def _line_of(text: str, needle: str) -> int:
    return next(i + 1 for i, line in enumerate(text.splitlines()) if needle in line)


def _problems(text: str) -> str:
    with pytest.raises(PackError) as info:
        parse_pack(text, "p.yaml")
    return str(info.value)


def _with_capability_anchors(anchors: dict[int, str], freshness: int = 12) -> str:
    lines = "".join(f"            {level}: {text}\n" for level, text in anchors.items())
    return _mini_text().replace(RESTORE_3, lines).replace("freshness_months: 12", f"freshness_months: {freshness}", 1)


def test_window_phrases_are_read_in_months():
    assert window_months("in the last 12 months and within the past six months") == [
        ("last 12 months", 12), ("past six months", 6)]
    assert window_months("over the previous 90 days") == [("previous 90 days", 3)]
    assert window_months("in the last two years") == [("last two years", 24)]
    # Durations are not proof windows: a fix deadline or an age says nothing about how old proof may be.
    assert window_months("fixed within 14 days; secrets older than 12 months; for four consecutive quarters") == []


def test_an_anchor_window_other_than_freshness_is_refused_with_line_and_path():
    text = _mini_text().replace(RESTORE_3, RESTORE_3.replace("last 12 months", "last 24 months"))
    message = _problems(text)
    line = _line_of(text, "last 24 months")
    assert f"p.yaml:{line} domains[0].questions[0].anchors.capability[3]:" in message
    assert "“last 24 months” is a 24-month window but freshness_months is 12" in message


def test_the_window_is_compared_with_the_questions_own_freshness():
    assert parse_pack(_with_capability_anchors({3: "Done in the last six months."}, freshness=6), "p.yaml")
    message = _problems(_with_capability_anchors({3: "Done in the last six months."}, freshness=12))
    assert "6-month window but freshness_months is 12" in message


def test_a_ladder_may_not_repeat_an_anchor():
    message = _problems(_with_capability_anchors({2: "Restored once.", 3: "restored once"}))
    assert "anchors.capability[3]: repeats the level 2 anchor word for word" in message


@pytest.mark.parametrize("lower,higher,expected", [
    ("At least 3 services restored.", "At least 2 services restored, unannounced.", "asks at least 2 service where level 2"),
    ("Fixed within 7 days.", "Fixed within 14 days, out of hours.", "asks at most 14 day where level 2"),
    ("Over 80 percent reported it.", "At least 50 percent reported it first.", "asks at least 50 percent"),
    ("Under 5 percent stale.", "Under 10 percent stale, measured monthly.", "asks at most 10 percent"),
])
def test_a_higher_level_may_not_ask_for_less(lower, higher, expected):
    message = _problems(_with_capability_anchors({2: lower, 3: higher}))
    assert "anchors.capability[3]:" in message and expected in message and "must not be easier" in message


def test_thresholds_that_tighten_up_the_ladder_are_accepted():
    pack = parse_pack(_with_capability_anchors({
        2: "At least 50 percent fixed within 14 days.", 3: "At least 90 percent fixed within 14 days.",
        4: "Median under seven days.",
    }), "p.yaml")
    assert pack.question("rec-restore").anchors.capability[4] == "Median under seven days."
    assert thresholds("at least 3 of the last 5; within 30 days; fewer than 10 percent") == [
        ("floor", "last", 3), ("ceiling", "day", 30), ("ceiling", "percent", 10)]


@pytest.mark.parametrize("old,new,expected", [
    ("label: Tabletop,", "label: Ad hoc,", "scales.capability.levels[2].label: level 2 repeats the label of level 1"),
    ("anchor: Approved and published.}", "anchor: Nothing is written down.}",
     "scales.compliance.levels[2].anchor: level 2 repeats the anchor of level 0"),
])
def test_scale_levels_are_distinct(old, new, expected):
    text = _mini_text().replace(old, new, 1)
    assert text != _mini_text()
    assert expected in _problems(text)


def test_every_broken_rule_is_listed_not_just_the_first():
    text = _with_capability_anchors({2: "Done in the last 24 months.", 3: "done in the last 24 months"})
    message = _problems(text)
    assert message.count("24-month window") == 2 and "repeats the level 2 anchor" in message


def test_stored_snapshots_stay_readable_when_the_rules_tighten():
    """An assessment made against the released 1.0.0 core pack (whose anchors broke the window rule) still opens."""
    old = yaml.safe_load((FIXTURES / "packs-1.0.0" / "core.yaml").read_text(encoding="utf-8"))
    with pytest.raises(PackError, match="freshness_months is 6"):
        parse_pack((FIXTURES / "packs-1.0.0" / "core.yaml").read_text(encoding="utf-8"), "core.yaml")
    snapshot = Pack.model_validate(old).snapshot()
    assert Pack.from_snapshot(snapshot).version == "1.0.0"


def test_a_general_anchor_window_must_fit_the_questions_that_fall_back_on_it():
    text = _mini_text().replace("anchor: Walked through on paper.}", "anchor: Walked through in the last 12 months.}")
    message = _problems(text)  # rec-deps (12 months) and dec-owner (6) have no capability anchors of their own
    assert "scales.capability.levels[2].anchor:" in message
    assert "questions with freshness_months [6] use this anchor" in message
    own = _mini_text().replace("freshness_months: 6", "freshness_months: 12")
    assert parse_pack(own.replace("anchor: Walked through on paper.}",
                                  "anchor: Walked through in the last 12 months.}"), "p.yaml")
