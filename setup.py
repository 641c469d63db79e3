"""Packaging for the Study Group XBlock."""

import re
from pathlib import Path

from setuptools import find_namespace_packages, setup

HERE = Path(__file__).parent
VERSION = re.search(r'__version__ = "([^"]+)"', (HERE / "studygroup_xblock" / "__init__.py").read_text()).group(1)


def requirements(name):
    """The requirement lines of requirements/<name>.in, without comments."""
    lines = (HERE / "requirements" / f"{name}.in").read_text().splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip() and not line.startswith("-")]


setup(
    name="studygroup-xblock",
    version=VERSION,
    description="School-based study groups for teachers taking an Open edX course together",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="AGPL-3.0-only",
    # Namespace discovery also takes in the data folders (templates, and static/ and
    # translations/, linked into the package), so MANIFEST.in decides what ships.
    packages=find_namespace_packages(include=["studygroup_xblock", "studygroup_xblock.*"]),
    include_package_data=True,
    python_requires=">=3.11",
    install_requires=requirements("base"),
    entry_points={
        "xblock.v1": ["studygroup = studygroup_xblock.block:StudyGroupXBlock"],
        "lms.djangoapp": ["studygroup = studygroup_xblock.apps:StudyGroupConfig"],
        "cms.djangoapp": ["studygroup = studygroup_xblock.apps:StudyGroupConfig"],
    },
    classifiers=[
        "Framework :: Django",
        "Framework :: Django :: 4.2",
        "Framework :: Django :: 5.2",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
    ],
)
