"""The two colours that carry the product's meaning, shared by the app (both themes) and the PDF.

Paper (compliance) is blue and practice (capability) is green everywhere: on screen, on the projector and in the
board report, so nobody reads one for the other when moving between them. Both come from the Okabe–Ito set
(distinguishable with every common colour-vision deficiency), darkened or lightened just enough for text contrast
on white paper and on the dark theme.
"""

from __future__ import annotations

PAPER = "#0072B2"  # Okabe–Ito blue; 4.9:1 on white
PRACTICE = "#007A5E"  # Okabe–Ito bluish green, darkened for 5:1 on white
PAPER_ON_DARK = "#56B4E9"  # Okabe–Ito sky blue
PRACTICE_ON_DARK = "#3CC79F"
