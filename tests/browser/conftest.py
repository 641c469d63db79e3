"""Headless Chromium (Debian's, driven by Playwright) against the workbench's live server."""

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studygroup_xblock import api
from studygroup_xblock.models import Membership
from tests.conftest import make_actor, require

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made
# here by fixtures are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PHONE_WIDTH = 360
ZAGREB_SCHOOL = {
    "school_name": "OŠ Augusta Šenoe",
    "city": "Zagreb",
    "country": "HR",
    "language": "hr",
    "is_open": True,
}


@pytest.fixture(scope="session")
def chromium():
    require(Path(CHROMIUM).exists(), f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_as(chromium, workbench):
    """Open a scenario as a learner, each learner in their own browser context."""
    contexts = []

    def open_page(student, scenario="studygroup.0", width=1024, locale="en-GB", timezone="UTC"):
        context = chromium.new_context(
            viewport={"width": width, "height": 900}, locale=locale, timezone_id=timezone, accept_downloads=True
        )
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(workbench.page_url(student, scenario))
        page.wait_for_load_state("networkidle")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def zagreb_group(course_key, events):
    """Ana Kovač coordinates a Zagreb school's group; Ivan Horvat and Marko Babić are members, for a month now."""
    group_id = api.create_group(
        course_key, make_actor("ana", "Ana Kovač"), ZAGREB_SCHOOL, size_limit=12, publish=events
    )
    for user_id, name in (("ivan", "Ivan Horvat"), ("marko", "Marko Babić")):
        api.join_group(course_key, make_actor(user_id, name), group_id, publish=events)
    Membership.objects.update(joined=datetime.now(UTC) - timedelta(days=30))
    return group_id


@pytest.fixture
def demo_course(open_as):
    """The demo course as `make demo` seeds it (with the live workbench its scenarios need)."""
    from demo import seed

    seed.seed()


@pytest.fixture
def check_accessibility():
    """Axe over the block, zero violations; a screenshot of each checked state is kept."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, name, context=".studygroup-block"):
        page.wait_for_load_state("networkidle")
        results = axe.run(page, context=context)
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator(context).screenshot(path=ARTIFACTS / f"{name}.png")
        assert results.violations_count == 0, results.generate_report()
        assert page.errors == []
        return results

    check.artifacts = ARTIFACTS
    return check


@pytest.fixture
def fits_a_phone():
    """At 360 px nothing in the block may stick out sideways (wide tables scroll in their own box)."""

    def check(page):
        overflow = page.evaluate(
            """() => {
                const block = document.querySelector('.studygroup-block');
                const right = block.getBoundingClientRect().right;
                return [...block.querySelectorAll('*')]
                    .filter((node) => node.offsetParent !== null && !node.closest('.sg-scroll'))
                    .filter((node) => node.getBoundingClientRect().right > right + 1)
                    .map((node) => node.outerHTML.slice(0, 80));
            }"""
        )
        assert overflow == []

    return check


SPLIT_WORDS = """selector => {
    const split = [];
    for (const cell of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.textContent.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
                if (lines.size > 1) split.push(word[0]);
            }
        }
    }
    return split;
}"""


@pytest.fixture
def split_words():
    """The words of the cells a selector finds that the browser broke across lines (none, in a table
    that reads well: a narrow screen scrolls it instead)."""
    return lambda page, selector: page.evaluate(SPLIT_WORDS, selector)
