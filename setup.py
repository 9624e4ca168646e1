"""Build hook: compile the Qt translations (translations/*.ts -> .qm) with pyside6-lrelease.

Everything else about the package is in pyproject.toml. The .qm files are build outputs (not in git): they are
made here for wheels and editable installs alike, and by packaging/build_bundle for the desktop bundle.
"""

import os
import runpy

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))


class BuildPyWithTranslations(build_py):
    def run(self):
        runpy.run_path(os.path.join(HERE, "packaging", "build_translations.py"))["build"]()
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
