"""How fast ``polybrief --help`` starts, next to a bare interpreter.

Run: python tests/bench/bench_startup.py [runs]
Target: under 0.2 s for ``polybrief --help`` on a 2-core machine.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 15) -> None:
    script = shutil.which("polybrief") or ""
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import polybrief'": [sys.executable, "-c", "import polybrief"],
        "polybrief --help": [script, "--help"]
        if script
        else [sys.executable, "-m", "polybrief", "--help"],
        "polybrief run --help": ([script] if script else [sys.executable, "-m", "polybrief"])
        + ["run", "--help"],
        "python -c 'import openai' (for scale)": [sys.executable, "-c", "import openai"],
    }
    base = None
    print(f"{'command':<40} {'median s':>9} {'× python':>9}")
    for label, command in cases.items():
        try:
            seconds = median_seconds(command, runs)
        except subprocess.CalledProcessError:
            print(f"{label:<40} {'n/a':>9}")
            continue
        base = base or seconds
        print(f"{label:<40} {seconds:>9.3f} {seconds / base:>9.1f}")
    help_seconds = median_seconds(cases["polybrief --help"], runs)
    verdict = "met" if help_seconds < 0.2 else "NOT met"
    print(f"target: polybrief --help under 0.200 s -> {help_seconds:.3f} s, {verdict}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
