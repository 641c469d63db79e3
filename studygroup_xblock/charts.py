"""Charts drawn on the server as SVG, so they need no script and print as they show."""

WIDTH, HEIGHT, GAP, LABEL_SPACE = 520, 160, 4, 16
WEEKS_PER_LABEL = 4  # a date under every fourth bar: enough to read a bar as a date, few enough not to crowd


def weekly_bars(weeks, title, chart_id, day_label):
    """Context for ``chart.html``: one bar a week, scaled to the busiest week, dated on the axis (``day_label``
    writes a Monday), with the numbers for a table."""
    bar_width = max(WIDTH // max(len(weeks), 1) - GAP, 1)
    peak = max((count for _week, count in weeks), default=0)
    baseline = HEIGHT - LABEL_SPACE
    bars = []
    for index, (monday, count) in enumerate(weeks):
        bar_height = round((baseline - LABEL_SPACE) * count / peak) if peak else 0
        bars.append(
            {
                "x": index * (bar_width + GAP),
                "y": baseline - bar_height,
                "height": bar_height,
                "week": monday.isoformat(),
                "day": day_label(monday),
                "labelled": index % WEEKS_PER_LABEL == 0,
                "count": count,
            }
        )
    return {
        "chart_id": chart_id,
        "title": title,
        "width": WIDTH,
        "height": HEIGHT,
        "baseline": baseline,
        "label_y": HEIGHT - 3,
        "bar_width": bar_width,
        "bars": bars,
        "peak": peak,
        "first": bars[0]["week"] if bars else "",
        "last": bars[-1]["week"] if bars else "",
    }
