"""The README's Tutor steps, checked with the real tool: the image recipe installs the block, then its translations.

``tutor config save`` renders ``env/build/openedx/Dockerfile`` offline. In it the extra
pip requirements are installed over the platform's own (unconstrained, so the wheel test
proves nothing moves), and the image's later stage pulls and compiles XBlock translations
with atlas. For a block outside the Open edX translation project that leaves an empty
``conf/plugins-locale/xblock.v1/studygroup_xblock/``, under which the page stays German
(``tests/contract/test_languages.py``, ``test_german_under_tutors_empty_atlas_folder``).

The same rendering says where the meeting reminders come from: Tutor runs the LMS's and
Studio's Celery workers, where the block's sweeper lives, and no cron and no beat.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
# Tutor 21 builds Ulmo, 22 Verawood.
RELEASES = {"ulmo": "tutor>=21,<22", "verawood": "tutor>=22,<23"}


def readme_tutor_command():
    """The `tutor config save ...` line of the README's install steps, as an operator copies it."""
    (line,) = re.findall(r"^\s*(tutor config save .+)$", (ROOT / "README.md").read_text(), re.MULTILINE)
    return line.split()


@pytest.fixture(scope="module", params=RELEASES)
def rendered(request, tmp_path_factory):
    """The environment Tutor renders from the README's configuration: image recipe, docker-compose, Kubernetes."""
    work = tmp_path_factory.mktemp(f"tutor-{request.param}")
    subprocess.run([sys.executable, "-m", "venv", work / "venv"], check=True)
    subprocess.run(
        [work / "venv" / "bin" / "pip", "install", "--quiet", RELEASES[request.param]],
        check=True,
        capture_output=True,
        timeout=600,
    )
    tutor, *arguments = readme_tutor_command()
    environment = {"TUTOR_ROOT": str(work / "root"), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        [work / "venv" / "bin" / tutor, *arguments], check=True, env=environment, capture_output=True, timeout=120
    )
    return work / "root" / "env"


@pytest.fixture(scope="module")
def dockerfile(rendered):
    """The openedx image recipe."""
    return (rendered / "build" / "openedx" / "Dockerfile").read_text().splitlines()


def line_of(lines, pattern, after=0):
    for number, line in enumerate(lines[after:], start=after):
        if re.search(pattern, line):
            return number
    raise AssertionError(f"no line matches {pattern!r}")


def test_the_image_installs_the_block_over_the_platforms_requirements(dockerfile):
    platform = line_of(dockerfile, r"requirements/edx/base\.txt")
    ours = line_of(dockerfile, r"install 'studygroup-xblock'", after=platform)

    assert line_of(dockerfile, r"^FROM .* AS python-requirements") < platform < ours


def test_translations_are_pulled_and_compiled_with_the_block_installed(dockerfile):
    production = line_of(dockerfile, r"^FROM .* AS production")
    venv = line_of(dockerfile, r"COPY .*--from=python-requirements /openedx/venv", after=production)
    pull = line_of(dockerfile, r"manage\.py lms .*pull_xblock_translations", after=production)
    compiled = line_of(dockerfile, r"manage\.py lms .*compile_xblock_translations", after=pull)

    assert venv < pull < compiled


def test_where_tutor_runs_the_platform_its_celery_workers_run_and_nothing_on_a_schedule(rendered):
    """The sweeper (studygroup_xblock/sweeper.py) runs in the LMS's and Studio's Celery workers and needs no
    cron and no beat: Tutor starts those workers (``tutor local``: docker-compose.prod.yml; Kubernetes:
    deployments.yml), on the default queues where a plugin's unrouted task lands, and nothing that runs
    on a schedule. (``tutor dev`` starts no workers: Celery runs tasks at once there, and the README
    says how reminders go.)"""
    compose = yaml.safe_load((rendered / "local" / "docker-compose.prod.yml").read_text())["services"]
    manifests = [
        manifest
        for path in (rendered / "k8s").glob("*.yml")
        for manifest in yaml.safe_load_all(path.read_text())
        if manifest
    ]
    pods = {
        manifest["metadata"]["name"]: manifest["spec"]["template"]["spec"]["containers"][0]
        for manifest in manifests
        if manifest["kind"] == "Deployment"
    }
    everything = json.dumps([compose, manifests])

    for variant in ("lms", "cms"):
        for command in (compose[f"{variant}-worker"]["command"], pods[f"{variant}-worker"]["args"]):
            assert command[:3] == ["celery", f"--app={variant}.celery", "worker"]
            queues = next(argument for argument in command if argument.startswith("--queues="))
            assert f"edx.{variant}.core.default" in queues.split("=")[1].split(",")
    assert {manifest["kind"] for manifest in manifests}.isdisjoint({"CronJob"})
    assert not re.search(r"\bbeat\b|crontab|\bcron\b", everything)
