"""The package stays readable: no module over 300 lines, no function over 60 (see STYLE.md).

A file that grows past the limit is usually doing two jobs: split it by concept. Anything kept over
the limit is listed below with the reason, so keeping it is a decision, not an accident.
"""
import ast
from pathlib import Path

import gdlab

SOURCE = Path(gdlab.__file__).parent
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60

# module (relative to src/gdlab) -> why it stays over MAX_MODULE_LINES
MODULES_KEPT_LONG = {
}
# "module:function" -> why it stays over MAX_FUNCTION_LINES
FUNCTIONS_KEPT_LONG = {
}


def long_modules(root=SOURCE):
    """{module: lines} of the modules over the limit (catalogue modules are data, not code)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(("i18n/en/", "i18n/zh/")):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            found[relative] = lines
    return found


def long_functions(root=SOURCE):
    """{"module:function": lines} of the functions (methods included) over the limit."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    found[f"{path.relative_to(root).as_posix()}:{node.name}"] = lines
    return found


def test_no_module_is_over_300_lines():
    offenders = {m: n for m, n in long_modules().items() if m not in MODULES_KEPT_LONG}
    assert not offenders, (f"modules over {MAX_MODULE_LINES} lines (split them by concept, or list them "
                           f"in MODULES_KEPT_LONG with the reason): {offenders}")


def test_no_function_is_over_60_lines():
    offenders = {f: n for f, n in long_functions().items() if f not in FUNCTIONS_KEPT_LONG}
    assert not offenders, (f"functions over {MAX_FUNCTION_LINES} lines (make them a few named steps, or "
                           f"list them in FUNCTIONS_KEPT_LONG with the reason): {offenders}")


def test_the_allow_lists_hold_only_what_is_still_long():
    """An entry whose module or function has shrunk is removed, so the list never hides a new one."""
    assert set(MODULES_KEPT_LONG) <= set(long_modules()), set(MODULES_KEPT_LONG) - set(long_modules())
    assert set(FUNCTIONS_KEPT_LONG) <= set(long_functions()), set(FUNCTIONS_KEPT_LONG) - set(long_functions())


def test_the_scan_sees_a_planted_long_module_and_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(70))
    (tmp_path / "planted.py").write_text(f"def long():\n{body}\n" + "\n" * 240)
    assert long_functions(tmp_path) == {"planted.py:long": 71}
    assert long_modules(tmp_path) == {"planted.py": 311}
