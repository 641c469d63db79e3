"""The weekly chart (charts.py, chart.html): a bar a week, dated on the axis in the viewer's language."""

import re
from datetime import date, timedelta
from functools import partial

from studygroup_xblock import charts, i18n, rendering

MONDAYS = [date(2026, 6, 1) + timedelta(weeks=n) for n in range(26)]


def chart(language, counts):
    day_label = partial(i18n.short_date, language=language)
    return charts.weekly_bars(list(zip(MONDAYS, counts, strict=True)), "Meetings", "sg-chart-test", day_label)


def test_every_fourth_week_is_dated_on_the_axis_in_the_viewers_language():
    bars = chart("de", [1] * 26)["bars"]

    labelled = [bar["day"] for bar in bars if bar["labelled"]]

    assert len(labelled) == 7
    assert labelled[0] == "1 Juni"
    assert [bar["week"] for bar in bars if bar["labelled"]][-1] == MONDAYS[24].isoformat()


def test_the_svg_shows_the_dates_and_each_bar_names_its_week_and_count():
    svg = rendering.render("chart.html", chart("hr", [n % 3 for n in range(26)]))

    axis = re.findall(r'<text [^>]*class="sg-chart-label" aria-hidden="true">([^<]+)</text>', svg)
    assert axis[0] == "1 lip"
    assert len(axis) == 7
    assert "<title>8 lip: 1</title>" in svg  # the second week held one meeting
    assert svg.count('<th scope="row">') == 26  # the table for screen readers keeps every week
