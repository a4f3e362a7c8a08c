"""Every lab in Chinese: the student edition released with --lang zh, handed in untouched and graded
with --lang zh, gets Chinese feedback on every failing test (issue 12's 'done when')."""
import re

import pytest

from gdlab.grading.grade import grade
from gdlab.grading.lab import list_labs
from gdlab.grading.release import release
from gdlab.i18n import using_language

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_STUB = "write your code here"


@pytest.fixture(scope="module")
def released_zh(tmp_path_factory):
    out = tmp_path_factory.mktemp("release-zh")
    with using_language("zh"):
        release(out)
    return out


@pytest.mark.parametrize("lab", list_labs(), ids=lambda lab: lab.name)
def test_a_stub_graded_in_chinese_gets_chinese_feedback_on_every_failing_test(lab, released_zh, warm_grader):
    with using_language("zh"):
        result = grade(released_zh / lab.name, lab, timeout=60, **warm_grader)
    failing = [t for t in result.tests if t.status != "passed"]
    assert result.score < result.max_score and failing, lab.name
    english = [t.nodeid for t in failing if not CJK.search(t.output) or ENGLISH_STUB in t.output]
    assert not english, f"{lab.name}: feedback not in Chinese for {english}:\n" + \
        "\n".join(t.output[:300] for t in failing if t.nodeid in english[:2])
