"""N/A on one side only is still N/A: left out of every figure, listed, and its weight counted as excluded.

Marking the weak side of a question N/A must never raise a score silently (the board has to see what was left out).
"""

import json


def _score(cli, aid):
    return json.loads(cli("score", aid, "--json").stdout)


def test_one_sided_na_is_listed_excluded_and_counted_like_both_sides(cli):
    aid = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    today = __import__("datetime").date.today().isoformat()
    for qid in ("rec-restore", "dec-owner", "dec-exceptions"):
        cli("answer", aid, qid, "--compliance", "4", "--capability", "4", "--proven-on", today, "--owner", "Ana")
    cli("answer", aid, "rec-deps", "--compliance", "4", "--capability", "na")  # weak practice hidden as N/A
    cli("answer", aid, "cul-near-miss", "--compliance", "na", "--capability", "0", "--owner", "Bo")
    score = _score(cli, aid)
    assert sorted(score["not_applicable_questions"]) == ["cul-near-miss", "rec-deps"]
    assert (score["answered"], score["applicable"], score["not_applicable"]) == (3, 3, 2)
    assert score["excluded_weight"] > 0
    assert "marked not applicable" in score["summary"]["coverage"]
    # Nothing left out counts on the other axis either: the figures are those of the three questions answered.
    assert (score["compliance_index"], score["capability_index"]) == (100.0, 100.0)
    assert score["counts"]["unowned"] == 0
    listed = json.loads(cli("list", "--json").stdout)
    assert [(a["answered"], a["applicable"]) for a in listed] == [(3, 3)]
