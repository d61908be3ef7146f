"""Paper is blue and practice green in the app (both themes), on the projector and in the PDF."""

from __future__ import annotations

from maturity_app import palette
from maturity_app.report import styles, workshop_section
from maturity_app.ui import theme
from maturity_app.ui.workshop import friction_map, presentation


def test_paper_and_practice_are_the_same_colours_everywhere():
    assert (theme.LIGHT.compliance, theme.LIGHT.capability) == (styles.COMPLIANCE, styles.CAPABILITY)
    assert (presentation.COMPLIANCE, presentation.CAPABILITY) == (styles.COMPLIANCE, styles.CAPABILITY)
    assert (theme.DARK.compliance, theme.DARK.capability) == (palette.PAPER_ON_DARK, palette.PRACTICE_ON_DARK)
    # The friction map's two directions never borrow the axes' colours, in the app or the PDF.
    assert friction_map.BELOW.name().upper() == workshop_section.BELOW.upper()
    assert friction_map.ABOVE.name().upper() == workshop_section.ABOVE.upper()
    assert {workshop_section.BELOW, workshop_section.ABOVE}.isdisjoint({palette.PAPER, palette.PRACTICE})
