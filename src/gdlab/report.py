"""The demo's index.html: the figures and the numbers in lesson order, one self-contained page.

Written last and atomically (a temporary file, then a rename), so an interrupted demo never
leaves a half-written index behind.
"""
import html
import os
from pathlib import Path

# (title, figure file stems in order, the result keys shown in that section)
SECTIONS = [
    ("1 · Prediction function and cost (预测函数, 代价函数, 均方误差)",
     ["01_data_and_errors", "02_cost_curve", "11_descent_curve"], []),
    ("2 · Gradient and learning rate (梯度, 学习率)", ["03_learning_rates"], []),
    ("3 · Iteration on the (w, b) surface; local and global optimum (循环迭代, 全局最优 / 局部最优)",
     ["04_cost_surface_3d", "05_contour_paths", "12_descent_contour", "07_local_global"], []),
    ("4 · BGD, SGD, MBGD (批量 / 随机 / 小批量梯度下降法)", ["06_cost_per_step"], ["fits"]),
    ("5 · Better optimizers", ["08_landscapes", "09_race_saddle", "10_race_rosenbrock"], []),
    ("6 · The same through PyTorch: the cross-check", [], ["crosscheck"]),
    ("7 · The CNN, watched in TensorBoard (可视化训练过程)", [], ["training"]),
]


def write_index(out, results, figures):
    """Write out/index.html from the demo's results dict and its figure paths; returns its path."""
    out = Path(out)
    by_stem = {Path(f).stem: Path(f) for f in figures}
    shown = set()
    body = []
    for title, stems, keys in SECTIONS:
        parts = [f"<h2>{html.escape(title)}</h2>"]
        for stem in stems:
            if stem in by_stem:
                shown.add(stem)
                parts.append(_figure(by_stem[stem], out))
        for key in keys:
            if key in results:
                parts.append(_result(key, results[key]))
        if len(parts) > 1:
            body.append("\n".join(parts))
    rest = [p for stem, p in by_stem.items() if stem not in shown]
    if rest:
        body.append("<h2>More figures</h2>\n" + "\n".join(_figure(p, out) for p in rest))
    page = _PAGE.format(body="\n".join(body))
    path = out / "index.html"
    temporary = out / ".index.html.tmp"
    temporary.write_text(page, encoding="utf-8")
    os.replace(temporary, path)
    return path


def _figure(path, out):
    rel = html.escape(os.path.relpath(path, out))
    return f'<figure><img src="{rel}" alt="{rel}"><figcaption>{rel}</figcaption></figure>'


def _result(key, value):
    if key == "crosscheck":
        rows = "".join(f"<tr><td>{html.escape(r['case'])}</td>{_cell(r['params'])}{_cell(r['cost'])}"
                       f"{_cell(r['grad'])}<td>{'yes' if r['ok'] else '<b>NO</b>'}</td></tr>" for r in value["rows"])
        verdict = "all within 1e-10" if value["ok"] else "NOT all within the tolerance"
        return (f"<p>Largest relative differences between the NumPy twin and torch: {verdict}.</p>"
                f"<table><tr><th>case</th><th>params</th><th>cost</th><th>grad</th><th>ok</th></tr>{rows}</table>")
    if key == "fits":
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td>{s.get('method', '')}</td><td>{s.get('optimizer', '')}</td>"
                       f"<td>{s['w']:.6g}</td><td>{s['b']:.6g}</td><td>{s['cost']:.6g}</td><td>{s['steps']}</td></tr>"
                       for name, s in value.items())
        return ("<table><tr><th>run</th><th>method</th><th>optimizer</th><th>w</th><th>b</th><th>cost J</th>"
                f"<th>steps</th></tr>{rows}</table>")
    items = "".join(f"<tr><td>{html.escape(str(k))}</td><td>{html.escape(str(v))}</td></tr>"
                    for k, v in (value.items() if isinstance(value, dict) else [(key, value)]))
    return f"<table>{items}</table>"


def _cell(value):
    return "<td>-</td>" if value is None else f"<td>{value:.1e}</td>"


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gdlab demo: the lesson</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
h1 {{ font-size: 1.8em; }} h2 {{ margin-top: 2em; border-bottom: 2px solid #0072B2; }}
figure {{ margin: 1em 0; }} img {{ max-width: 100%; }} figcaption {{ color: #666; font-size: 0.85em; }}
table {{ border-collapse: collapse; font-size: 0.85em; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 2px 8px; text-align: left; }}
</style></head><body>
<h1>gdlab: gradient descent, step by step</h1>
<p>Made by <code>gdlab demo</code>. The lesson follows the course note: prediction function, cost,
gradient, learning rate, the (w, b) surface, BGD / SGD / MBGD, better optimizers, PyTorch, the CNN.</p>
{body}
</body></html>
"""
