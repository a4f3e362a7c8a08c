"""A CSV that a learning management system's gradebook imports: Canvas or Moodle (`--gradebook`).

Each submission folder's name is taken as the student's login or ID number in that system, so name
the folders so (most "download all submissions" zips do, or rename them); the score is in points.

Canvas ("How do I import grades in the Gradebook?", Canvas Instructor Guide; the OSU CarmenCanvas
guide lists the same required columns): the header a Gradebook export has, Student, ID,
SIS User ID, SIS Login ID, Section, then one column per assignment; a column whose name matches no
assignment creates one. Canvas matches a row by its IDs; we fill Student and SIS Login ID with the
folder's name and leave the rest empty.

Moodle ("Grade import", docs.moodle.org, CSV import: the file has the export's shape, a header row
then one row per user; on upload the teacher maps the identifying column, "Map from" ID number
"Map to" useridnumber, and the grade column to a grade item or a new one): ID number, and the grade
column named as Moodle's own export names a points grade, "<item> (Real)".
"""
import csv
from pathlib import Path

from gdlab.errors import GdlabError
from gdlab.files import atomic_file
from gdlab.grading.report import spreadsheet_safe
from gdlab.i18n import text

CANVAS_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
MOODLE_COLUMNS = ("ID number",)
SYSTEMS = ("canvas", "moodle")


def gradebook_header(system, assignment):
    """The header row `system` imports, with `assignment` the grade column's name."""
    if system == "canvas":
        return [*CANVAS_COLUMNS, assignment]
    if system == "moodle":
        return [*MOODLE_COLUMNS, f"{assignment} (Real)"]
    raise GdlabError(text("class_report.bad_gradebook", systems=", ".join(SYSTEMS), value=system))


def gradebook_row(system, student, score):
    """One student's row under gradebook_header(system, ...)."""
    student, points = spreadsheet_safe(student), f"{score:.2f}"
    return [student, "", "", student, "", points] if system == "canvas" else [student, points]


def write_lms_gradebook(path, system, grades, assignment):
    """Write the `system` gradebook CSV of `grades` at `path` (atomically); returns the path."""
    header = gradebook_header(system, assignment)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path) as temporary, open(temporary, "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for grade in grades:
                writer.writerow(gradebook_row(system, Path(grade.submission).name, grade.score))
    except OSError as error:
        raise GdlabError(text("class_report.cannot_write_gradebook", path=path, reason=error.strerror)) from None
    return path
