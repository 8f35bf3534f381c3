"""The package list, which pyproject.toml cannot give: every package under
``profilecrawler/`` as found (a new site package, ``profilecrawler.sites.<name>``,
needs no line anywhere), and the fixture site (``profilecrawler._fixtures``, the
``fixtures/`` folder: see ``package-dir`` in pyproject.toml), which a find in
pyproject.toml would not include. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["profilecrawler", "profilecrawler.*"]), "profilecrawler._fixtures"])
