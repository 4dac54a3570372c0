"""Print environment.yml for conda users with exactly the pins of requirements.lock, each with
its platform marker (pip, which conda runs for them, honours it)."""

import re
import sys
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)(?: ; ([^\\]+?))?\s*\\?$")


def main(lock: str) -> None:
    pins = [m.groups() for line in Path(lock).read_text().splitlines() if (m := PIN.match(line))]
    print("# Generated from requirements.lock by `make lock`; tests check that the two agree.")
    print("# conda env create -f environment.yml && conda activate analyysi")
    print("name: analyysi")
    print("channels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n  - pip:")
    for name, version, marker in pins:
        print(f"      - {name}=={version}" + (f" ; {marker}" if marker else ""))
    print("      - --editable .")


if __name__ == "__main__":
    main(sys.argv[1])
