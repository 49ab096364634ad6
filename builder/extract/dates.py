"""Date expressions in one article, resolved to `PartialDate`s with the precision they really have.

Input: a `Source` (its paragraphs and publication date). Output: `DateMention`s in text order.
A small grammar, not a general date parser: news dates come in a handful of shapes (full
dates, month and year, a bare year after "in", lists and ranges sharing a year, a range of
days ("28-29 November 2020", "November 28-29": its first day), days of the year with a name
("New Year's Eve", "Christmas Day"), "last month", "a month earlier", "on Tuesday", "last
night"), and a grammar keeps the precision exact where a parser would fill in today's day.

Resolution: a written year is used as written. A month or day without a year is the latest
such date on or before publication, except after "since", "following", "after" or "post",
where it is the latest before the story's narrative time (the last date with a written
year so far). "Last year", "last month", "on Tuesday", "yesterday", "last night" count from publication;
"a month earlier", "three days later", "that month" from the last date mentioned; a weekday in
a clause about what is to come ("will meet on Friday") is the coming one. An expression whose
reference is coarser than it needs ("last month" in an article dated only by year) is
dropped rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left

from ..dates import PartialDate
from ..model import Source
from .types import DateMention

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)")
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"

_DATE = re.compile(
    r"(?P<iso>(?<![\w-])(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\w-]))"
    rf"|(?P<md>(?<![\w])(?P<md_m>{_MONTH})\s(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:[-–]\d{{1,2}}(?:st|nd|rd|th)?)?(?![\w%])(?:,?\s(?P<md_y>\d{{4}})(?![\w-]))?)"
    rf"|(?P<dm>(?<![\w.,-])(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}}(?:st|nd|rd|th)?)?\s(?:of\s)?(?P<dm_m>{_MONTH})(?![\w])(?:,?\s(?P<dm_y>\d{{4}})(?![\w-]))?)"
    rf"|(?P<my>(?<![\w])(?P<my_m>{_MONTH}),?\s(?:of\s)?(?P<my_y>\d{{4}})(?![\w-]))"
    rf"|(?P<mo>(?<![\w])(?P<mo_m>{_MONTH})(?![\w]))"
    r"|(?P<yr>(?<![\w$£€.,/])(?<!(?<![Mm]id)-)(?P<yr_y>1[89]\d\d|20\d\d)(?![\w%/]|-\w|\.\d|,\d))"   # "mid-2021" too
    r"|(?P<rel>(?<![\w])(?P<rel_w>last|this|next|past)\s(?P<rel_u>year|month|week)(?![\w]))"
    r"|(?P<that>(?<![\w])(?:that|the\ssame)\s(?P<that_u>year|month|day)(?![\w]))"
    r"|(?P<season>(?<![\w])last\s(?P<season_w>spring|summer|autumn|fall)(?![\w]))"
    rf"|(?P<shift>(?<![\w])(?P<sh_n>{_NUM})\s(?P<sh_u>years?|months?|weeks?|days?)\s(?P<sh_d>earlier|later|before|after|ago|prior)(?![\w]))"
    r"|(?P<day>(?<![\w])(?P<day_w>yesterday|today|tonight|last\snight|this\s(?:morning|afternoon|evening))(?![\w]))"
    r"|(?P<wd>(?<![\w])(?P<wd_p>(?:on|last|since|by|until|late|early)\s)?(?P<wd_d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w]))"
    r"|(?P<hol>(?<![\w])(?P<hol_w>New\sYear['’]s\s(?:Day|Eve)|Christmas\s(?:Day|Eve)|Boxing\sDay|"
    r"Valentine['’]s\sDay|Halloween)(?![\w])(?:,?\s(?P<hol_y>\d{4})(?![\w-]))?)",
    re.IGNORECASE)
# days of the year that have a name ("New Year's Eve"): (month, day)
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
             "christmas eve": (12, 24), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31)}
# what is still to come in the clause before a weekday
_FUTURE = re.compile(r"\b(?:will|would|shall|scheduled\sto|due\sto|expected\sto|set\sto|plans?\sto|planning\sto)\b"
                     r"|['’]ll\b", re.IGNORECASE)
_YEAR_PREPS = frozenset("in since by from until till of during early late mid mid- between to through before "
                        "after around and or year summer winter spring autumn fall circa c. end start "
                        "beginning half quarter".split())
_BEFORE_ANCHOR = re.compile(r"(?:since|following|after|post|in\sthe\swake\sof)\s(?:the\s)?$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:,|and|or|to|through|until|-|–|—)?\s*(?:and\s)?$")
_CASE_SENSITIVE = ("md_m", "dm_m", "my_m", "mo_m", "wd_d", "hol_w")
# after "the <year>": words of a happening, not a count ("the 2004 siege", not "the 1900 soldiers")
_YEARLY = re.compile(r"(?:[A-Z][\w-]*\s){0,3}(?:[a-z-]+\s)?(?:siege|attack|attacks|election|elections|war|"
                     r"invasion|deal|agreement|accord|treaty|crisis|crash|disaster|earthquake|tsunami|flood|"
                     r"floods|fire|fires|hurricane|storm|coup|revolution|uprising|protests|riots|massacre|"
                     r"bombing|bombings|shooting|explosion|blast|collapse|derailment|summit|games|olympics|"
                     r"referendum|ceasefire|truce|law|act|pandemic|outbreak|visit|talks|raid|incident)\b")


def find_dates(source: Source, entities: dict[str, list[tuple[int, int]]] | None = None) -> list[DateMention]:
    """Every date expression of `source` that can be resolved, in text order.

    `entities` maps a paragraph id to the spans the language model tagged as dates: an
    expression that could also be a word ("May", "Friday", a bare year) counts only inside one.
    """
    pub = source.published
    out: list[DateMention] = []
    anchor = pub
    last = None                          # the last date mentioned, whatever its precision
    for paragraph in source.paragraphs:
        text = paragraph.text
        if not any(ch.isdigit() for ch in text) and not _has_date_word(text):
            continue
        spans = None if entities is None else sorted(entities.get(paragraph.id, []))
        raw = [m for m in _DATE.finditer(text) if _tagged(m, spans) and (
            _plausible(m, text) or (spans is not None and m.group("wd") is not None))]
        resolved: list[tuple[re.Match, PartialDate | None, bool]] = []
        for i, m in enumerate(raw):
            date, inferred, explicit = _resolve(m, text, pub, anchor, raw[i + 1:i + 2], last)
            if date is not None and explicit:
                anchor = date
            if date is not None:
                last = date
            resolved.append((m, date, inferred))
        for m, date, inferred in resolved:
            if date is not None:
                out.append(DateMention(paragraph.id, m.start(), m.end(), date, m.group().strip(), inferred))
    return out


def _tagged(m: re.Match, spans: list[tuple[int, int]] | None) -> bool:
    """Full dates stand on their shape; anything shorter must lie in a date entity of the model."""
    if spans is None or m.group("iso") or (m.group("md") and m.group("md_y")) or (m.group("dm") and m.group("dm_y")) \
            or m.group("my") or m.group("that") or m.group("season") \
            or m.group("hol") and " " in m.group("hol_w"):
        return True                    # ("that day", "last autumn", "New Year's Eve": phrases that are nothing but a date)
    i = bisect_left(spans, (m.end(), -1))         # spans are sorted: the ones starting before the match's end
    return any(s < m.end() and m.start() < e for s, e in spans[max(0, i - 4):i])


def _has_date_word(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                  "dec", "year", "month", "week", "day", "yesterday", "today", "night", "morning",
                                  "afternoon", "evening", "spring", "summer", "autumn", "fall", "christmas",
                                  "halloween"))


def _plausible(m: re.Match, text: str) -> bool:
    for group in _CASE_SENSITIVE:
        value = m.group(group)
        if value and not value[0].isupper():
            return False
    if m.group("mo"):
        month = m.group("mo_m")
        before = text[max(0, m.start() - 12):m.start()].lower().split()
        if month in ("May", "March", "Mar", "Jan", "Dec", "Aug") or month.endswith("."):
            # Also verbs, names or abbreviations: only after a word that introduces a date.
            return bool(before) and before[-1] in ("in", "since", "early", "late", "mid", "by", "until", "of",
                                                   "last", "next", "this", "and", "or", "between", "through")
    if m.group("yr"):
        before = text[max(0, m.start() - 16):m.start()].lower().split()
        after = text[m.end():m.end() + 2]
        prev = before[-1] if before else ""
        return prev.rstrip(",") in _YEAR_PREPS or prev.endswith(("-", "—", "–")) or after[:1] in (",", ".", ")", ";", ":", "") \
            and prev not in ("the", "a", "$", "no.", "number") \
            or prev in ("the", "a", "an") and after[:1] == " " and _YEARLY.match(text, m.end() + 1) is not None
        # "the 2004 Beslan school siege", "a 1946 tsunami": a year naming a happening
    if m.group("wd") and not m.group("wd_p"):
        # A bare weekday counts after a speech verb ("said Tuesday") or at a clause start.
        before = text[max(0, m.start() - 12):m.start()].lower().split()
        return bool(before) and before[-1].rstrip(",") in ("said", "says", "announced", "reported", "told")
    return True


def _resolve(m: re.Match, text: str, pub: PartialDate | None, anchor: PartialDate | None,
             following: list[re.Match], last: PartialDate | None = None) -> tuple[PartialDate | None, bool, bool]:
    """Return (date, inferred, explicit) for one match; date None if it cannot be resolved."""
    g = m.group
    if g("iso"):
        try:
            return PartialDate.parse(g("iso")), False, True
        except ValueError:
            return None, False, False
    if g("md") or g("dm") or g("my") or g("mo"):
        month = _MONTHS[(g("md_m") or g("dm_m") or g("my_m") or g("mo_m")).lower().rstrip(".")]
        day = int(g("md_d") or g("dm_d") or 0)
        year_text = g("md_y") or g("dm_y") or g("my_y")
        if day and not 1 <= day <= 31:
            return None, False, False
        if not year_text:
            year_text = _borrowed_year(m, text, following)
        if year_text:
            return _safe(int(year_text), month, day), False, True
        before_anchor = bool(_BEFORE_ANCHOR.search(text[max(0, m.start() - 24):m.start()]))
        reference = anchor if before_anchor and anchor else pub
        if reference is None:
            return None, False, False
        return _latest(reference, month, day, strict=before_anchor), True, False
    if g("hol"):                           # "New Year's Eve": the last one on or before publication
        month, day = _HOLIDAYS[g("hol_w").lower().replace("’", "'")]
        if g("hol_y"):
            return _safe(int(g("hol_y")), month, day), False, True
        return (_latest(pub, month, day, strict=False), True, False) if pub is not None else (None, False, False)
    if g("yr"):
        return PartialDate(int(g("yr_y"))), False, True
    if g("rel"):
        word, unit = g("rel_w").lower(), g("rel_u").lower()
        if pub is None or word == "past":
            return None, False, False
        step = {"last": -1, "this": 0, "next": 1}[word]
        if unit == "week":                 # "last week's explosion": the month it fell in
            if not pub.day:
                return None, False, False
            d = dt.date(pub.year, pub.month, pub.day) + dt.timedelta(days=7 * step)
            return PartialDate(d.year, d.month), True, False
        if unit == "year":
            return PartialDate(pub.year + step), True, False
        if not pub.month:
            return None, False, False
        return _add_months(PartialDate(pub.year, pub.month), step), True, False
    if g("season"):                        # "last autumn", said in June 2020: autumn 2019
        if pub is None or not pub.month:
            return None, False, False
        ends = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}[g("season_w").lower()]
        return PartialDate(pub.year - (pub.month <= ends)), True, False
    if g("that"):                          # "a letter that month": the month of the date just given
        unit = g("that_u").lower()
        if last is None or unit == "month" and not last.month or unit == "day" and not last.day:
            return None, False, False
        return PartialDate(last.year, last.month if unit != "year" else 0,
                           last.day if unit == "day" else 0), True, False
    if g("shift"):
        n = int(g("sh_n")) if g("sh_n").isdigit() else _NUMBERS[g("sh_n").lower()]
        unit, direction = g("sh_u").lower().rstrip("s"), g("sh_d").lower()
        base = pub if direction == "ago" else last or anchor      # "on Sept. 13 … three days later"
        if base is None:
            return None, False, False
        sign = 1 if direction in ("later", "after") else -1
        if unit == "year":
            return PartialDate(base.year + sign * n), True, False
        if unit == "month" and base.month:
            return _add_months(PartialDate(base.year, base.month), sign * n), True, False
        if unit in ("day", "week") and base.day:
            d = dt.date(base.year, base.month, base.day) + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
            return PartialDate(d.year, d.month, d.day), True, False
        return None, False, False
    if g("day"):
        if pub is None or not pub.day:
            return None, False, False
        back = 1 if g("day_w").lower() in ("yesterday", "last night") else 0
        d = dt.date(pub.year, pub.month, pub.day) - dt.timedelta(days=back)
        return PartialDate(d.year, d.month, d.day), True, False
    if g("wd"):
        if pub is None or not pub.day:
            return None, False, False
        target = _WEEKDAYS[g("wd_d").lower()]
        d = dt.date(pub.year, pub.month, pub.day)
        clause = re.split(r"(?<![A-Z])\.\s|[!?,;:]\s", text[max(0, m.start() - 80):m.start()])[-1]   # not "U.N. "
        if _FUTURE.search(clause):        # "is scheduled to be questioned on Friday": the coming one
            d += dt.timedelta(days=(target - d.weekday()) % 7)
            return PartialDate(d.year, d.month, d.day), True, False
        back = (d.weekday() - target) % 7
        if back == 0 and (g("wd_p") or "").strip().lower() == "last":
            back = 7
        d -= dt.timedelta(days=back)
        return PartialDate(d.year, d.month, d.day), True, False
    return None, False, False


def _borrowed_year(m: re.Match, text: str, following: list[re.Match]) -> str | None:
    """'April and September 2024', 'April 24 and September 17, 2024': the list shares one year."""
    if not following:
        return None
    nxt = following[0]
    between = text[m.end():nxt.start()]
    year = nxt.group("md_y") or nxt.group("dm_y") or nxt.group("my_y")
    if not year or _SEPARATOR.match(between):
        return year
    # "began in January and ended in June 2022": a short, unbroken stretch of one sentence.
    month = _MONTHS[(m.group("md_m") or m.group("dm_m") or m.group("my_m") or m.group("mo_m")).lower().rstrip(".")]
    next_month = _MONTHS[(nxt.group("md_m") or nxt.group("dm_m") or nxt.group("my_m")).lower().rstrip(".")]
    if len(between) <= 30 and not re.search(r"[.;:!?]", between) and re.search(r"\b(?:and|to|until|through)\b", between) \
            and month <= next_month:
        return year
    return None


def _safe(year: int, month: int, day: int) -> PartialDate | None:
    try:
        if day:
            dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


AHEAD_MONTHS = 2      # a yearless day this close after publication is upcoming ("by March 13")


def _latest(reference: PartialDate, month: int, day: int, *, strict: bool) -> PartialDate | None:
    """The latest (month, day) on or before `reference` (strictly before its start if `strict`);
    unless strict, a day at most AHEAD_MONTHS after it stays in its year (an announced date; a
    month alone, "in June", is read as past)."""
    year = reference.year
    if strict:
        if (month, day or 1) >= (reference.month or 1, reference.day or 1):
            year -= 1
    elif reference.month and (month > reference.month
                              or (month == reference.month and day and reference.day and day > reference.day)):
        if not day or month - reference.month > AHEAD_MONTHS:
            year -= 1
    return _safe(year, month, day)


def _add_months(d: PartialDate, n: int) -> PartialDate:
    index = d.year * 12 + (d.month - 1) + n
    return PartialDate(index // 12, index % 12 + 1)
