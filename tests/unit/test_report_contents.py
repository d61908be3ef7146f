"""The contents page reads like a printed one: the dot leaders of all entries on one grid and ending together,
the page numbers right-aligned in one column (English and German; the report speaks no right-to-left language,
and its contents list only the report's own section titles)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.samples import replicated_pack, sample_score

TODAY = dt.date(2026, 6, 1)
TOLERANCE = 0.05  # points: pdftotext prints six decimals of positions computed in floating point
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')


def _contents_lines(path: Path) -> list[list[tuple[float, float, str]]]:
    """The words of the contents page (page 2) that sit on a line ending in a page number, left to right."""
    page = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    lines = defaultdict(list)
    for x_min, y_min, x_max, text in _WORD.findall(page):
        lines[round(float(y_min), 1)].append((float(x_min), float(x_max), text))
    found = [sorted(words) for _, words in sorted(lines.items())]
    return [words for words in found if "." in [w[2] for w in words] and words[-1][2].isdigit()]


@pytest.mark.parametrize("language", ["en", "de"])
def test_contents_leaders_share_one_grid_and_page_numbers_one_right_aligned_column(mini_pack, tmp_path, language):
    out = tmp_path / "r.pdf"
    build_report(*sample_score(replicated_pack(mini_pack, 4, 6), TODAY, budget=3), out,
                 ReportOptions(language=language), report_date=TODAY)
    lines = _contents_lines(out)
    assert len(lines) >= 6  # summary, domains, escalations, gaps, actions, the appendices

    numbers = [words[-1] for words in lines]
    assert max(n[1] for n in numbers) - min(n[1] for n in numbers) < TOLERANCE  # right edges in one column
    assert len({n[2] for n in numbers}) > 1 and len({len(n[2]) for n in numbers}) > 1  # 1- and 2-digit pages

    dots = [[w for w in words if w[2] == "."] for words in lines]
    pitch = dots[0][1][0] - dots[0][0][0]
    assert pitch > 3
    origin = dots[0][0][0]
    for words, leader, number in zip(lines, dots, numbers):
        title_end = max(w[1] for w in words if w[2] not in (".", number[2]))
        assert len(leader) >= 5
        assert leader[0][0] > title_end + 2  # white between the title and its first dot
        assert leader[-1][1] < min(n[0] for n in numbers) - 2  # and between the last dot and the widest number
        for dot in leader:
            steps = (dot[0] - origin) / pitch
            assert abs(steps - round(steps)) * pitch < TOLERANCE, (words, dot)  # a dot under a dot
    assert max(d[-1][0] for d in dots) - min(d[-1][0] for d in dots) < TOLERANCE  # every leader ends together
