"""Headings kept with the start of what follows them, not with all of it.

reportlab keeps a keep-with-next flowable (a heading, an introduction) with the next one by wrapping both in a
KeepTogether, which moves the pair to a new page whenever the pair as a whole does not fit: a heading above a
41-row table left most of a page blank. A board report must have no such holes and no heading alone at the foot
of a page, so the pair moves only when the headings and the START of what follows do not fit: a table's header
with its first rows (as many as it may keep before a page break), a paragraph's first lines, anything else whole.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Table

FIRST_LINES = 2  # a paragraph starts a page with at least two lines (reportlab's orphan control keeps two)
SPLIT_IN_ROW_START = 72.0  # a table that may split inside its rows needs its header and an inch of its first row


class KeepWithStart(KeepTogether):
    """The doc template's keep-with-next group: headings and the flowable after them, moved to the next frame
    only when the headings and the start of that flowable do not fit where they are."""

    def wrap(self, aW, aH):  # noqa: N803 (reportlab's names)
        from reportlab.platypus.flowables import _listWrapOn

        dims: list = []
        self._H = _listWrapOn(self._content, aW, self.canv, dims=dims)[1]
        self._H0 = dims[0][1] if dims else 0
        self._dims = dims
        self._wrapInfo = aW, aH
        return aW, 0xFFFFFF  # as KeepTogether: the frame always asks it to split

    def split(self, aW, aH):  # noqa: N803
        content = self._content
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if len(content) < 2 or self._maxHeight or len(self._dims) != len(content):
            return super().split(aW, aH)
        if self._H <= aH:
            return list(content)
        following = content[-1]
        needed = self._H - self._dims[-1][1] + start_height(following, self._dims[-1][1])
        frame = getattr(self, "_frame", None)
        if needed <= aH or (frame is not None and getattr(frame, "_atTop", False)):
            return list(content)  # the frame places the headings and splits what follows itself
        return [self.FrameBreak(), *content]


def start_height(flowable, height: float) -> float:
    """The height of the least of *flowable* (wrapped, *height* tall) that may start a page: all of it when it
    cannot split."""
    least_start = getattr(flowable, "least_start", None)  # a ReportTable knows where it may break
    if least_start is not None and getattr(flowable, "_rowHeights", None) and not getattr(flowable, "splitInRow", 0):
        return min(height, least_start())
    if isinstance(flowable, Table):
        rows = list(getattr(flowable, "_rowHeights", None) or [])
        if not rows:
            return height
        header = flowable.repeatRows if isinstance(flowable.repeatRows, int) else max(flowable.repeatRows) + 1
        split_range = getattr(flowable, "_rowSplitRange", None)
        first = max(header + 1, split_range[0] if split_range else header + 1)
        if first >= len(rows):
            return height
        if getattr(flowable, "splitInRow", 0):
            return sum(rows[:header]) + min(sum(rows[header:first]), SPLIT_IN_ROW_START)
        return sum(rows[:first])
    if isinstance(flowable, Paragraph):
        lines = getattr(getattr(flowable, "blPara", None), "lines", None)
        if lines is None or len(lines) <= FIRST_LINES:
            return height
        return min(height, FIRST_LINES * flowable.style.leading)
    return height
