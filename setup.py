"""What pyproject.toml cannot say: the top-level resources/ folder ships in the wheel as evidence_app/resources.

pyproject's package discovery cannot add a package that lives outside the package's folder, so the
package list is built here: every evidence_app package found, plus evidence_app.resources (and its
folders) mapped onto resources/. Nothing is copied; tests/test_wheel.py installs the result.
"""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
FOLDERS = sorted(path.name for path in RESOURCES.iterdir() if path.is_dir())

setup(
    packages=[
        *find_packages(include=["evidence_app", "evidence_app.*"]),
        "evidence_app.resources",
        *[f"evidence_app.resources.{name}" for name in FOLDERS],
    ],
    package_dir={"evidence_app.resources": "resources"},
    package_data={
        "evidence_app": ["py.typed"],
        "evidence_app.resources.fonts": ["*"],
        "evidence_app.resources.guide": ["*.json"],
        "evidence_app.resources.icons": ["*.png"],
        "evidence_app.resources.translations": ["*.qm", "*.ts"],
    },
)
