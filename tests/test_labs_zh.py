"""Every lab speaks Chinese: a plain `pytest` in a lab folder with GDLAB_LANG=zh, on a copy whose exercise holds
one known mistake, names that mistake with the catalogue's Chinese hint (gdlab/i18n/zh/labNN_*.py).
One mistake per lab, only the test aimed at it, each in a subprocess as a student would run it."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gdlab.i18n import text, using_language

LABS = Path(__file__).resolve().parents[1] / "labs"

# (lab, exercise file, its right code, the mistake, the test aimed at it, the catalogue key of the hint)
MISTAKES = [
    ("01_cost", "lab_cost.py", "np.mean(residuals ** 2)", "np.mean(residuals ** 2) / 2",
     "tests/test_cost.py::test_cost_is_the_mean_squared_error", "lab01_cost.cost.half"),
    ("02_gradient", "lab_gradient.py", "    return np.asarray(params, dtype=np.float64) - lr * ",
     "    return np.asarray(params, dtype=np.float64) + lr * ",
     "tests/test_gradient.py::test_update_steps_against_the_gradient", "lab02_gradient.update.uphill"),
    ("03_loop", "lab_loop.py", "np.random.default_rng([seed, epoch]).permutation(n)\n",
     "np.random.default_rng([seed, 0]).permutation(n)\n",
     "tests/test_loop.py::test_each_epoch_is_shuffled_afresh", "lab03_loop.order.same_every_epoch"),
    ("04_optimizers", "lab_optimizers.py",
     "m_hat = self.m / (1 - self.beta1 ** self.t)\n        v_hat = self.v / (1 - self.beta2 ** self.t)",
     "m_hat, v_hat = self.m, self.v",
     "tests/test_optimizers.py::test_adam_matches_torch_adam", "lab04_optimizers.adam.bias_correction"),
    ("05_autograd", "lab_autograd.py", "        optimizer.zero_grad()\n", "",
     "tests/test_autograd.py::test_sgd_steps_match_scratch_descent", "lab05_autograd.sgd.accumulate"),
    ("06_training", "lab_training.py", "        return self.fc3(x)", "        x = self.fc3(x)",
     "tests/test_training.py::test_bug_hunt_forward_gives_the_seed_nets_outputs", "lab06_training.gives_none"),
    ("07_tensorboard", "lab_tensorboard.py", "    writer.close()\n", "",
     "tests/test_tensorboard.py::test_train_and_log_logs_every_step_every_epoch_and_the_graph_once",
     "lab07_tensorboard.close"),
]


@pytest.mark.parametrize("lab, exercise, right, wrong, test, key", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_a_mistake_is_named_in_chinese(lab, exercise, right, wrong, test, key, tmp_path):
    folder = tmp_path / lab
    shutil.copytree(LABS / lab, folder, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    source = (folder / exercise).read_text(encoding="utf-8")
    assert source.count(right) == 1, f"{lab}: the mutation's code is not in {exercise} once"
    (folder / exercise).write_text(source.replace(right, wrong), encoding="utf-8")
    environment = {**os.environ, "GDLAB_LANG": "zh", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], cwd=folder,
                          env=environment, capture_output=True, text=True, encoding="utf-8", timeout=120)
    output = done.stdout + done.stderr
    assert done.returncode == 1, f"{lab}: the mistake should fail {test}:\n{output[-3000:]}"
    with using_language("zh"):
        hint = text(key)
    assert hint in output, f"{lab}: no Chinese hint {hint!r} in:\n{output[-3000:]}"
    with using_language("en"):
        assert text(key) not in output, f"{lab}: the English hint is shown too:\n{output[-3000:]}"
