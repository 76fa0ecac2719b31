"""How fast ``polybrief --help`` starts, next to a bare interpreter.

Run: python tests/bench/bench_startup.py [runs] [--peer PATH]
Target: under 0.2 s for ``polybrief --help`` on a 2-core machine. ``--peer`` names the
executable of a comparable pluggy-based LLM command line (for example ``llm`` installed in
a virtual environment of its own) whose ``--help`` is timed alongside, with the ratio.
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


def main(runs: int = 15, peer: str | None = None) -> None:
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
    if peer:
        cases[f"{peer} --help (peer)"] = [peer, "--help"]
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
    if peer:
        peer_seconds = median_seconds([peer, "--help"], runs)
        ratio = peer_seconds / help_seconds
        print(f"peer: {peer} --help {peer_seconds:.3f} s, {ratio:.1f}× slower")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    peer_path = None
    if "--peer" in arguments:
        at = arguments.index("--peer")
        peer_path = arguments[at + 1]
        del arguments[at : at + 2]
    main(int(arguments[0]) if arguments else 15, peer_path)
