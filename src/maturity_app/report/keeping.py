"""What stays together on a page, and what may move to the next one.

A board report must have no holes (a page left mostly blank because something that could have split moved whole
to the next page), no heading or caption alone at the foot of a page, and no chart cut in two. One rule decides
what may move: moving leaves the rest of the page blank, so something may move whole only when that blank is at
most HOLE_LIMIT of the page; otherwise it splits here.

- A heading keeps with the START of what follows (a table's header and its first rows, a paragraph's first
  lines), not all of it: reportlab's keep-with-next moved a heading with a whole 41-row table.
- A group kept on one page for reading (an appendix question's header and levels, the two scales side by side,
  the workshop's agreed outcomes) moves whole only when that leaves no hole; otherwise it flows, each heading
  kept with the start of what follows.
- A figure (a chart with its caption and legend) never splits. When it does not fit where it is and moving it
  would leave a hole, what follows it in its section fills the page and the figure opens the next page, as a
  book floats a figure.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Table

FIRST_LINES = 2  # a paragraph starts a page with at least two lines (reportlab's orphan control keeps two)
SPLIT_IN_ROW_START = 72.0  # a table that may split inside its rows needs its header and an inch of its first row
HOLE_LIMIT = 0.4  # the most of a page that may stay blank above something moved whole to the next page


def leaves_hole(flowable, room: float) -> bool:
    """Whether moving *flowable* on from the frame it is being placed in would leave *room* points of it blank
    above it, more than HOLE_LIMIT of the frame. Outside a frame (measuring) nothing is known: no."""
    frame = getattr(flowable, "_frame", None)
    return frame is not None and room > HOLE_LIMIT * frame._aH


def _frame_break():
    from reportlab.platypus.doctemplate import FrameBreak

    return FrameBreak()


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
        lead = self._H - self._dims[-1][1]
        frame = getattr(self, "_frame", None)
        if lead + start_height(following, self._dims[-1][1]) <= aH or (frame is not None and frame._atTop):
            return list(content)  # the frame places the headings and splits what follows itself
        if leaves_hole(self, aH) and lead + start_height(following, self._dims[-1][1], short=True) <= aH:
            following.break_early = True  # a table starts here with fewer rows than it would keep
            return list(content)
        return [_frame_break(), *content]


class KeepUnlessHole(KeepTogether):
    """Flowables read together and kept on one page: moved whole to the next page when they do not fit, unless
    that would leave a hole; then they flow (each heading still kept with the start of what follows it)."""

    def split(self, aW, aH):  # noqa: N803
        frame = getattr(self, "_frame", None)
        if frame is None:
            return super().split(aW, aH)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        if aH < self._H <= frame._aH and not frame._atTop and not leaves_hole(self, aH):
            return [_frame_break(), *content]
        if self._H <= aH:
            return content
        # Flows: handed back whole (an action first) so that each heading is grouped with the start of what
        # follows it again, rather than placed on its own at the foot of the page.
        from reportlab.platypus.doctemplate import NullActionFlowable

        return [NullActionFlowable(), *content]


class Figure(KeepTogether):
    """A chart with its caption and legend: never split, moved whole. The document lets what follows it in its
    section fill the page when moving it would leave a hole (see BoardDocument.handle_flowable)."""


def start_height(flowable, height: float, short: bool = False) -> float:
    """The height of the least of *flowable* (wrapped, *height* tall) that may start a page: all of it when it
    cannot split. *short*: a table's start when it may break early rather than leave a hole."""
    least_start = getattr(flowable, "least_start", None)  # a ReportTable knows where it may break
    if least_start is not None and getattr(flowable, "_rowHeights", None) and not getattr(flowable, "splitInRow", 0):
        return min(height, least_start(short=short))
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
