"""The values a level (an answer on either axis) takes besides 0-4: "na" (does not apply) and None (not answered).

Apart from the assessment model (domain.assessment, which uses them under the same names) so that what only
writes a level (domain.formatting, before the start page's first frame) needs no dataclass built for it.
"""

from __future__ import annotations

from typing import Literal

NA: Literal["na"] = "na"
Rating = int | Literal["na"] | None  # None: not answered yet; "na": does not apply here
