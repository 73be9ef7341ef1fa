"""Calendar words: months and weekdays, never names on their own ("March", "Sunday").

They start sentences and datelines capitalised, and the model often takes them for names.
"""

from __future__ import annotations

MONTHS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905 - word lists read better as text
)
WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs
    fri sat sun""".split()  # noqa: SIM905 - word lists read better as text
)
# What the entity steps drop as a lone word: the full forms, and months abbreviated with
# their full stop ("Aug. 2 -- DTE Energy Music Theatre" in a tour's dates). Not the bare
# abbreviations: "Sun" and "Mar" are also words and names.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905 - word lists read better as text
) | frozenset(
    """jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.""".split()  # noqa: SIM905 - word lists read better as text
)

# Full weekday names only: "Sun" and "Sat" are also words.
FULL_WEEKDAYS = WEEKDAYS & CALENDAR_WORDS


def starts_date(words: list[str], i: int) -> bool:
    """``words[i]`` is a weekday that opens a date: "Sunday, May 28, 2006". After a name it
    is the date, not the name's last word: "founder Hugh McGuire Sunday, May 28"."""
    if words[i].casefold() not in FULL_WEEKDAYS:
        return False
    return i + 2 < len(words) and words[i + 1] == "," and words[i + 2].casefold() in MONTHS
