import pytest

from builder.dates import PartialDate, coerce_date


@pytest.mark.parametrize("text, precision, label", [
    ("2025", "year", "2025"),
    ("2025-03", "month", "March 2025"),
    ("2025-03-05", "day", "5 March 2025"),
])
def test_parse_keeps_precision(text, precision, label):
    date = PartialDate.parse(text)
    assert (date.precision, date.label(), date.iso()) == (precision, label, text)


@pytest.mark.parametrize("text, reason", [
    ("March", "must be a date like"),
    ("2025-13", "has no month 13"),
    ("2025-02-30", "is not a real day"),
    ("25-03-05", "must be a date like"),
])
def test_bad_dates_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        PartialDate.parse(text)


def test_yaml_values_are_accepted():
    import datetime as dt
    assert coerce_date(dt.date(2024, 1, 17)).iso() == "2024-01-17"
    assert coerce_date(2024).iso() == "2024"
    with pytest.raises(ValueError):
        coerce_date(True)


def test_compatible_dates_contain_each_other():
    year, month, day = PartialDate.parse("2024"), PartialDate.parse("2024-01"), PartialDate.parse("2024-01-17")
    assert year.compatible(day) and month.compatible(day) and day.compatible(year)
    assert not PartialDate.parse("2024-01").compatible(PartialDate.parse("2025-01"))
    assert sorted([day, year, month]) == [year, month, day]
