"""The student's files, read from a submission as text: only those the lab asks for, checked first.

A missing file, one that is a link or too large, not UTF-8 or not Python is a problem named in the
report (its tests score 0); the grader never imports or runs anything of the submission here.
"""
import ast
from pathlib import Path

from gdlab.i18n import text

IGNORED_DIRS = {"__MACOSX", "__pycache__", ".git", ".ipynb_checkpoints"}
MAX_SOURCE = 2 * 2 ** 20     # bytes of one submitted file


def find_submitted(submission, name):
    """The student's copy of `name`: at the top of the submission, else the one match in a subfolder."""
    submission = Path(submission)
    if submission.is_file():
        return submission if submission.name == name else None
    if (submission / name).is_file():
        return submission / name
    matches = [p for p in submission.rglob(name)
               if p.is_file() and not IGNORED_DIRS & set(p.relative_to(submission).parts)]
    return matches[0] if len(matches) == 1 else None


def stage_submission(lab, submission, problems):
    """{name: text} of the lab's files from the submission (nothing else), plus the lab's given
    modules; notes in `problems` what is missing, too large, not UTF-8 or does not parse."""
    files = {}
    for name in lab.files:
        source = _read_submitted(submission, name, lab, problems)
        if source is None:
            continue
        files[name] = source
        try:
            ast.parse(source, name)
        except SyntaxError as error:
            problems.append(text("grading.grade.does_not_parse", name=name, line=error.lineno, error=error.msg))
        except (ValueError, RecursionError, MemoryError) as error:  # nesting too deep for the parser
            problems.append(text("grading.grade.not_python", name=name, error=type(error).__name__))
    for name in lab.given:  # the lab's own helpers always win over a student's copy
        files[name] = (lab.path / name).read_text(encoding="utf-8")
    return files


def _read_submitted(submission, name, lab, problems):
    """The text of the student's `name`, or None with the reason added to `problems`."""
    found = find_submitted(submission, name)
    if found is None:
        problems.append(text("grading.grade.missing_file", name=name,
                             files=text("grading.grade.file_separator").join(lab.files)))
        return None
    try:
        if found.is_symlink() or found.stat().st_size > MAX_SOURCE:
            problems.append(text("grading.grade.link_or_large", name=name, mib=MAX_SOURCE // 2 ** 20))
            return None
        return found.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(text("grading.grade.not_utf8", name=name, byte=error.start))
    except OSError as error:
        problems.append(text("grading.grade.unreadable", name=name, reason=error.strerror))
    return None
