"""environment.yml gives conda users the same packages as pyproject.toml; Python 3.10 gets its toml parser."""
import re
import sys
from pathlib import Path

from packaging.requirements import Requirement

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: tomli, as gdlab.grading.lab reads lab.toml there
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CONDA_NAMES = {"pytorch": "torch"}  # conda-forge name -> PyPI name


def normalise(requirement):
    name = re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0]
    name = name.lower().replace("_", "-")
    return CONDA_NAMES.get(name, name)


def conda_python(text):
    """The Python version environment.yml pins ("3.11")."""
    return re.search(r"^\s*- python=(\d+\.\d+)\s*$", text, re.MULTILINE).group(1)


def installed_names(pyproject, python):
    """The names of the dependencies pip installs on Python `python` ("3.10")."""
    requirements = [Requirement(r) for r in pyproject["project"]["dependencies"]]
    return {normalise(r.name) for r in requirements
            if r.marker is None or r.marker.evaluate({"python_version": python})}


def test_environment_yml_and_pyproject_name_the_same_packages():
    """Every dependency pyproject.toml installs on environment.yml's Python is in environment.yml
    (one for older Pythons only, such as tomli, is not needed there)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    text = (ROOT / "environment.yml").read_text()
    pip_names = installed_names(pyproject, conda_python(text))
    conda_names = set()
    for line in text[text.index("dependencies:"):].splitlines():
        item = line.strip()
        if item.startswith("- ") and not item.startswith("- -e") and ":" not in item:
            conda_names.add(normalise(item[2:]))
    conda_names -= {"python", "pip"}
    assert conda_names == pip_names, f"only in environment.yml: {conda_names - pip_names}; " \
                                     f"only in pyproject.toml: {pip_names - conda_names}"
    assert "- -e ." in (ROOT / "environment.yml").read_text()


def test_python_3_10_gets_tomli_for_lab_toml_and_3_11_its_own_tomllib():
    """requires-python says 3.10; gdlab.grading.lab reads lab.toml with tomli there."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["requires-python"] == ">=3.10"
    assert "tomli" in installed_names(pyproject, "3.10")
    assert "tomli" not in installed_names(pyproject, "3.11")


def test_ci_runs_the_readme_test_command_and_nothing_more():
    commands = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith("#") and not line.startswith("set ")
                and not line.startswith("cd ")]
    assert commands == ["make test"]
    assert "make test" in (ROOT / "README.md").read_text() and "make demo" in (ROOT / "README.md").read_text()
