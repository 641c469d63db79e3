"""Charts drawn on the server as SVG, so they need no script and print as they show."""

WIDTH, HEIGHT, GAP, LABEL_SPACE = 520, 160, 4, 16


def weekly_bars(weeks, title, chart_id):
    """Context for ``chart.html``: one bar a week, scaled to the busiest week, with the numbers for a table."""
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
                "count": count,
            }
        )
    return {
        "chart_id": chart_id,
        "title": title,
        "width": WIDTH,
        "height": HEIGHT,
        "baseline": baseline,
        "bar_width": bar_width,
        "bars": bars,
        "peak": peak,
        "first": bars[0]["week"] if bars else "",
        "last": bars[-1]["week"] if bars else "",
    }
