"""environment.yml gives conda users the same packages as pyproject.toml."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONDA_NAMES = {"pytorch": "torch"}  # conda-forge name -> PyPI name


def normalise(requirement):
    name = re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0]
    name = name.lower().replace("_", "-")
    return CONDA_NAMES.get(name, name)


def test_environment_yml_and_pyproject_name_the_same_packages():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    pip_names = {normalise(r) for r in pyproject["project"]["dependencies"]}
    conda_names = set()
    text = (ROOT / "environment.yml").read_text()
    for line in text[text.index("dependencies:"):].splitlines():
        item = line.strip()
        if item.startswith("- ") and not item.startswith("- -e") and ":" not in item:
            conda_names.add(normalise(item[2:]))
    conda_names -= {"python", "pip"}
    assert conda_names == pip_names, f"only in environment.yml: {conda_names - pip_names}; " \
                                     f"only in pyproject.toml: {pip_names - conda_names}"
    assert "- -e ." in (ROOT / "environment.yml").read_text()


def test_ci_runs_the_readme_test_command_and_nothing_more():
    commands = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith("#") and not line.startswith("set ")
                and not line.startswith("cd ")]
    assert commands == ["make test"]
    assert "make test" in (ROOT / "README.md").read_text() and "make demo" in (ROOT / "README.md").read_text()
