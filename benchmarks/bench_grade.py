"""Grading a class: one cold `gdlab grade` of a submission vs a folder of 40 graded in one command.

Every submission is a copy of lab 06's solution (labs/06_training/lab_training.py), so every
one must score full marks; the benchmark stops with an error if any does not (a benchmark that
grades wrongly measures nothing).
    cold    `gdlab grade SUB --lab 06_training --json r.json` on one submission: the wall
            seconds of the whole command (Python start, imports, the isolated student template,
            the test run, the report). Best of 2.
    class   `gdlab grade CLASS --lab 06_training --jobs 2 --csv grades.csv` on 40 submissions
            (s00..s39): the wall seconds of the whole command ÷ 40.
Ratio = cold seconds ÷ class seconds per submission. Target: ≥ 8 on the 2-core development machine.
Breakdown: the seconds until the command prints its "isolation:" line (start-up: Python, imports,
the student template) and the seconds after it (grading and reporting). Other work on the
machine slows the class run most, so the table also says how busy the cores were just before.
Last line: one JSON object of the ratios.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAB = "06_training"
SOLUTION = Path(__file__).resolve().parent.parent / "labs" / LAB / "lab_training.py"
CLASS_SIZE = 40
JOBS = 2
COLD_REPEATS = 2
TARGET = 8.0


def gdlab_command():
    """`python -m gdlab` if it runs, else the gdlab script beside this Python."""
    probe = subprocess.run([sys.executable, "-m", "gdlab", "--help"], capture_output=True, text=True)
    if probe.returncode == 0:
        return [sys.executable, "-m", "gdlab"]
    script = Path(sys.executable).parent / "gdlab"
    if script.exists():
        return [str(script)]
    sys.exit(f"cannot run gdlab: `{sys.executable} -m gdlab --help` failed:\n{probe.stderr[-2000:]}")


def timed(argv, timeout=1800):
    """Run argv; return (total seconds, seconds until the "isolation:" line, that line, stdout).
    stdout is read as it comes (PYTHONUNBUFFERED) to time the isolation line."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines, isolation, isolation_s = [], None, None
    try:
        for line in process.stdout:
            if isolation is None and line.startswith("isolation:"):
                isolation_s, isolation = time.perf_counter() - start, line.strip()
            lines.append(line)
        stderr = process.stderr.read()
        code = process.wait(timeout=timeout)
    except BaseException:
        process.kill()
        process.wait()
        raise
    total = time.perf_counter() - start
    if code != 0:
        sys.exit(f"{' '.join(argv)} exited {code}:\n{''.join(lines)[-2000:]}\n{stderr[-3000:]}")
    return total, isolation_s, isolation, "".join(lines)


def cpu_busy(seconds=1.0):
    """Percent of all cores busy over the next `seconds` (Linux /proc/stat), or None elsewhere:
    anything else running on the machine slows the class run, so the table says how busy it was."""
    def sample():
        with open("/proc/stat") as stat:
            ticks = [int(v) for v in stat.readline().split()[1:]]
        return sum(ticks), ticks[3] + ticks[4]   # total, idle + iowait
    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    return 100.0 * (1 - (idle1 - idle0) / max(1, total1 - total0))


def submission(folder):
    folder.mkdir(parents=True)
    shutil.copy2(SOLUTION, folder / SOLUTION.name)
    return folder


def check_full_marks(scores, what):
    """scores: {name: (score, max_score)} as the strings gdlab wrote; every one must be 18.00 / 18.00."""
    wrong = {name: s for name, s in scores.items() if s != ("18.00", "18.00")}
    if wrong:
        sys.exit(f"GRADED WRONGLY ({what}): the solution must score 18.00 / 18.00, got "
                 + ", ".join(f"{name}: {s[0]} / {s[1]}" for name, s in sorted(wrong.items())))


def main():
    gdlab = gdlab_command()
    print(f"CPU cores: {os.cpu_count()}; lab {LAB}'s solution; {CLASS_SIZE} submissions with --jobs {JOBS}"
          f" vs one cold `gdlab grade` (best of {COLD_REPEATS})")
    busy_before = cpu_busy()
    with tempfile.TemporaryDirectory(prefix="bench_grade_") as tmp:
        tmp = Path(tmp)
        sub = submission(tmp / "one" / "sub")
        colds = []
        for repeat in range(COLD_REPEATS):
            result = tmp / f"r{repeat}.json"
            colds.append(timed([*gdlab, "grade", str(sub), "--lab", LAB, "--json", str(result)]))
            results = json.loads(result.read_text())
            most = sum(test["max_score"] for test in results["tests"])
            check_full_marks({f"cold run {repeat + 1}": (f"{results['score']:.2f}", f"{most:.2f}")}, "cold")
        cold_s, cold_isolation_s, isolation, _ = min(colds, key=lambda run: run[0])

        class_dir = tmp / "class"
        for i in range(CLASS_SIZE):
            submission(class_dir / f"s{i:02d}")
        grades = tmp / "grades.csv"
        class_s, class_isolation_s, class_isolation, _ = timed(
            [*gdlab, "grade", str(class_dir), "--lab", LAB, "--jobs", str(JOBS), "--csv", str(grades)])
        with open(grades, newline="", encoding="utf-8") as stream:
            rows = list(csv.DictReader(stream))
        if len(rows) != CLASS_SIZE:
            sys.exit(f"GRADED WRONGLY (class): {len(rows)} rows in the CSV, expected {CLASS_SIZE}")
        check_full_marks({row["submission"]: (row["score"], row["max_score"]) for row in rows}, "class")

    per_submission = class_s / CLASS_SIZE
    ratio = cold_s / per_submission
    print(f"{'run':<44} {'wall s':>8} {'to isolation: s':>16} {'after it s':>11} {'s/submission':>13}")
    print(f"{'cold: 1 submission, 1 command (best of %d)' % COLD_REPEATS:<44} {cold_s:>8.2f} "
          f"{cold_isolation_s:>16.2f} {cold_s - cold_isolation_s:>11.2f} {cold_s:>13.2f}")
    print(f"{'class: %d submissions, --jobs %d, 1 command' % (CLASS_SIZE, JOBS):<44} {class_s:>8.2f} "
          f"{class_isolation_s:>16.2f} {class_s - class_isolation_s:>11.2f} {per_submission:>13.3f}")
    print(f"cold runs: {', '.join(f'{run[0]:.2f} s' for run in colds)}; "
          f"all {CLASS_SIZE} + {COLD_REPEATS} submissions scored 18.00 / 18.00")
    if busy_before is not None:
        print(f"CPU busy in the second before the runs: {busy_before:.0f}% of {os.cpu_count()} cores"
              f" (other work on the machine slows the runs, the class run most)")
    print(isolation)
    if class_isolation != isolation:
        print(f"(class run) {class_isolation}")
    print(f"ratio cold / class per submission: {ratio:.2f}x; target >= {TARGET:g}: "
          f"{'met' if ratio >= TARGET else 'NOT met'}")
    print(json.dumps({"grade_cold_s": round(cold_s, 3), "grade_class_s_per_submission": round(per_submission, 3),
                      "grade_ratio": round(ratio, 2), "target": int(TARGET),
                      "grade_cold_to_isolation_s": round(cold_isolation_s, 3),
                      "grade_class_s": round(class_s, 2), "class_size": CLASS_SIZE, "jobs": JOBS,
                      "cpu_busy_before_pct": None if busy_before is None else round(busy_before)}))


if __name__ == "__main__":
    main()
