"""Partial dates (EDTF level 0: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`) that keep the precision known."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
MONTHS = tuple(calendar.month_name)[1:]


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day. Sorts chronologically, coarser first."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError with a readable reason."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"must be a date like 2025, 2025-03 or 2025-03-05, got {text!r}")
        year, month, day = (int(g) if g else 0 for g in match.groups())
        if month and not 1 <= month <= 12:
            raise ValueError(f"has no month {month:02d}: {text!r}")
        if day:
            try:
                dt.date(year, month, day)
            except ValueError:
                raise ValueError(f"is not a real day: {text!r}") from None
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def label(self) -> str:
        """Human form: '5 March 2025', 'March 2025', '2025'."""
        if self.day:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def contains(self, other: "PartialDate") -> bool:
        """True if `other` lies within this date's span (2024 contains 2024-04-24)."""
        return (self.year == other.year
                and (not self.month or self.month == other.month)
                and (not self.day or self.day == other.day))

    def compatible(self, other: "PartialDate") -> bool:
        """Two reports of one date agree if one span contains the other."""
        return self.contains(other) or other.contains(self)

    def __str__(self) -> str:
        return self.iso()


def coerce_date(value: object) -> PartialDate:
    """Accept a string or a YAML-parsed date/int; raise ValueError otherwise."""
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        return PartialDate.parse(str(value))
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise ValueError(f"must be a date like 2025-03 or 2025-03-05, got {value!r}")
