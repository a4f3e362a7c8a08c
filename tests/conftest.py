"""Shared fixtures: the bundled data, and a headless matplotlib for every test."""
import os

os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from gdlab.data import load


@pytest.fixture(scope="session")
def line_data():
    return load("line")


@pytest.fixture(scope="session")
def house_data():
    return load("house")

