"""The built wheel, installed as an operator would, works and moves none of the platform's pins."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from tests.conftest import require
from tests.platform_check import pins

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
# Each platform release and the Python its image runs.
PLATFORMS = {"ulmo": "python3.11", "verawood": "python3.12"}


def run(*command, cwd):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode == 0, f"{' '.join(map(str, command))}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT, cwd=out)
    (built,) = out.glob("studygroup_xblock-*.whl")
    return built


def fresh_venv(path, python=sys.executable):
    run(python, "-m", "venv", path, cwd=path.parent)
    return path / "bin" / "python"


def freeze(python, cwd):
    listed = json.loads(run(python, "-m", "pip", "list", "--format", "json", cwd=cwd))
    return {canonicalize_name(package["name"]): package["version"] for package in listed}


def test_the_wheel_carries_static_files_translations_and_migrations(wheel, tmp_path):
    python = fresh_venv(tmp_path / "venv")
    run(python, "-m", "pip", "install", "--quiet", "-c", ROOT / "requirements" / "constraints.txt", wheel, cwd=tmp_path)

    output = run(python, ROOT / "tests" / "packaging" / "check_installed.py", cwd=tmp_path)

    assert "installed package OK" in output


@pytest.mark.parametrize("platform", PLATFORMS)
def test_installing_the_wheel_into_the_platform_moves_no_pin(wheel, tmp_path, platform):
    """As `pip install studygroup-xblock` in an LMS image: the platform's packages are there first, unconstrained."""
    interpreter = shutil.which(PLATFORMS[platform])
    require(interpreter, f"{PLATFORMS[platform]} is needed to install into {platform}")
    platform_pins = pins(platform)
    constraints = ROOT / "requirements" / "platform" / f"{platform}.txt"
    python = fresh_venv(tmp_path / "venv", interpreter)
    report = tmp_path / "report.json"
    # Which of the platform's packages the wheel needs, at the platform's versions...
    pip = (python, "-m", "pip", "install", "--quiet")
    run(*pip, "--dry-run", "--report", report, "-c", constraints, wheel, cwd=tmp_path)
    needed = {canonicalize_name(item["metadata"]["name"]) for item in json.loads(report.read_text())["install"]}
    platform_part = sorted(f"{name}=={platform_pins[name]}" for name in needed if name in platform_pins)
    if "xblock" in platform_pins:
        assert "xblock" in needed, "the platform's XBlock must serve the block"
    # ...installed first, as the platform's image has them; then the wheel, with no constraints.
    run(*pip, "-c", constraints, *platform_part, cwd=tmp_path)
    before = freeze(python, tmp_path)
    run(*pip, wheel, cwd=tmp_path)
    after = freeze(python, tmp_path)

    moved = {name: (version, after.get(name)) for name, version in before.items() if after.get(name) != version}
    assert moved == {}, f"installing the wheel into {platform} changed {moved}"
    assert "studygroup-xblock" in after
    assert {name: after[name] for name in platform_pins if name in after} == {
        name: platform_pins[name] for name in platform_pins if name in after
    }
