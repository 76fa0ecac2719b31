"""Calendar arithmetic: Solar Hijri and Islamic dates to Gregorian ones, and ISO strings.

Solar Hijri (``persian``) goes through jdatetime, the Islamic calendar through convertdate's
arithmetic (tabular) calendar, which may differ by a day from a sighting-based one. A date
given only to the month or year in another calendar is placed by its middle day, since a
Solar Hijri month straddles two Gregorian months (Khordad 1403 is 21 May to 20 June 2024).
"""

from __future__ import annotations

from datetime import date

from polybrief.records import Precision

YEAR_RANGE = {"gregorian": (1000, 2300), "persian": (1000, 1700), "islamic": (1000, 1800)}
"""Years taken as plausible in each calendar; a date outside stays unresolved."""


def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``year-month-day`` in ``calendar``; None if no such day."""
    low, high = YEAR_RANGE.get(calendar, (0, 0))
    if not low <= year <= high:
        return None
    try:
        if calendar == "gregorian":
            return date(year, month, day)
        if calendar == "persian":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        if calendar == "islamic":
            from convertdate import islamic

            if not 1 <= month <= 12 or not 1 <= day <= islamic.month_length(year, month):
                return None
            return date(*islamic.to_gregorian(year, month, day))
    except (ValueError, OverflowError):
        return None
    return None


def from_gregorian(calendar: str, when: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of a Gregorian date in ``calendar``."""
    if calendar == "persian":
        import jdatetime

        converted = jdatetime.date.fromgregorian(date=when)
        return converted.year, converted.month, converted.day
    if calendar == "islamic":
        from convertdate import islamic

        return islamic.from_gregorian(when.year, when.month, when.day)
    return when.year, when.month, when.day


def iso(when: date, precision: Precision) -> str:
    """``when`` written in ISO 8601 to ``precision``: ``2024-06-01``, ``2024-06`` or ``2024``."""
    text = when.isoformat()
    return text[: {"day": 10, "month": 7, "year": 4}[precision]]


def resolve(
    calendar: str, year: int, month: int | None, day: int | None
) -> tuple[str, Precision] | None:
    """ISO date and precision of a date given to the day, month or year in ``calendar``."""
    if month is not None and day is not None:
        found = to_gregorian(calendar, year, month, day)
        return (iso(found, "day"), "day") if found else None
    if month is not None:
        if not 1 <= month <= 12:
            return None
        found = to_gregorian(calendar, year, month, 1 if calendar == "gregorian" else 15)
        return (iso(found, "month"), "month") if found else None
    found = to_gregorian(calendar, year, 1 if calendar == "gregorian" else 6, 15)
    return (iso(found, "year"), "year") if found else None
