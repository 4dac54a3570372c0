"""The build puts the notebooks, the reference data and the lock inside the package (as
``analyysi/_bundled``), so that an installed analyysi runs without a source checkout; an
editable install reads them from the checkout instead (``analyysi.config``)."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = {"notebooks": "*.ipynb", "data/reference": "*.csv", ".": "requirements.lock"}


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "analyysi" / "_bundled"
        shutil.rmtree(target, ignore_errors=True)  # nothing of an earlier build stays
        for folder, pattern in BUNDLED.items():
            for source in sorted(Path(folder).glob(pattern)):
                copy = target / folder / source.name
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, copy)


setup(cmdclass={"build_py": BuildWithResources})
