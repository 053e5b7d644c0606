"""Lists cut by date: short lists stay whole, long ones get a page per year, month or day, keys stay put."""
from __future__ import annotations

import pytest

from briefing.render.split import DAY, MONTH, UNDATED, YEAR, neighbours, parent_keys, period_label, split_by_date


def keys(part) -> list[str]:
    return [p.key for p in part.walk()]


def test_a_short_list_is_one_page():
    root = split_by_date(["2024-07-01", "2024-08-02"], lambda d: d, limit=5)
    assert keys(root) == [""] and root.items == ["2024-07-01", "2024-08-02"]


def test_a_long_list_gets_a_page_per_month_then_per_day():
    dates = ["2024-06-30"] * 2 + ["2024-07-01"] * 3 + ["2024-07-02"] * 3
    root = split_by_date(dates, lambda d: d, limit=4)
    assert keys(root) == ["", "2024-06", "2024-07", "2024-07-01", "2024-07-02"]
    assert root.count == len(dates) and root.items == []


def test_forced_cut_even_when_short():
    root = split_by_date(["2023-01-01", "2024-01-01"], lambda d: d, limit=10, levels=(YEAR, MONTH, DAY), force=True)
    assert keys(root) == ["", "2023", "2024"]


def test_undated_items_get_their_own_page_last():
    root = split_by_date(["2024-07-01", None, "2023-01-01"], lambda d: d, limit=1)
    assert [p.key for p in root.parts] == ["2023-01", "2024-07", UNDATED]


def test_coarse_dates_stay_on_the_page_of_their_period():
    dates = ["2024"] + ["2024-07-01"] * 3
    root = split_by_date(dates, lambda d: d, limit=2, levels=(YEAR, MONTH, DAY), force=True)
    year = root.parts[0]
    assert year.key == "2024" and year.items == ["2024"]
    assert [p.key for p in year.parts] == ["2024-07"]


def test_too_many_coarse_dates_move_to_a_page_cut_by_the_day_reported():
    items = [("2024", "2024-07-01")] * 2 + [("2024", "2024-07-02")] * 2 + [("2024-03-01", "2024-03-02")]
    root = split_by_date(items, lambda i: i[0], limit=2, levels=(YEAR, MONTH, DAY), reported_on=lambda i: i[1], force=True)
    assert keys(root) == [
        "", "2024", "2024-00", "2024-00-r2024-07", "2024-00-r2024-07-01", "2024-00-r2024-07-02", "2024-03",
    ]


def test_adding_items_keeps_the_keys_of_existing_pages():
    before = ["2024-06-01"] * 3 + ["2024-07-01"] * 3
    after = before + ["2024-08-01"] * 3
    old, new = split_by_date(before, lambda d: d, limit=4), split_by_date(after, lambda d: d, limit=4)
    assert set(keys(old)) <= set(keys(new))


def test_neighbours_are_of_the_same_level_across_parents():
    dates = ["2023-12-01"] * 3 + ["2024-01-01"] * 3
    root = split_by_date(dates, lambda d: d, limit=2, levels=(YEAR, MONTH), force=True)
    sides = neighbours(root)
    assert sides["2023"] == (None, "2024")
    assert sides["2023-12"] == (None, "2024-01") and sides["2024-01"] == ("2023-12", None)
    assert parent_keys(root) == {"2023": "", "2024": "", "2023-12": "2023", "2024-01": "2024"}


@pytest.mark.parametrize(
    "key, label",
    [
        ("2024", "2024"),
        ("2024-07", "July 2024"),
        ("2024-07-16", "16 July 2024"),
        (UNDATED, "Undated"),
        ("2024-00", "2024, month not given"),
        ("2024-07-00", "July 2024, day not given"),
        ("2024-00-r2024-07-19", "2024, month not given, reported 19 July 2024"),
    ],
)
def test_period_labels(key, label):
    assert period_label(key) == label
