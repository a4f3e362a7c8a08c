"""The descent as a matplotlib animation: frame k shows the state after k steps (k = 0 … steps).

Save it as a GIF (`save_gif`, PillowWriter) or show it inline in a notebook (`to_jshtml`).
The frames are drawn when saved or shown, so each animation keeps the language it was made in.
"""
from pathlib import Path

import numpy as np
from matplotlib.animation import FuncAnimation, PillowWriter

from gdlab.errors import GdlabError
from gdlab.i18n import get_language, text, using_language
from gdlab.plots.line1d import draw_cost_curve
from gdlab.plots.palette import OKABE_ITO, new_axes, styled
from gdlab.plots.surface import draw_cost_contour
from gdlab.scratch.sums import LineSums


@styled
def animate_curve(x, y, trajectory, *, interval=400):
    """The steps of a y = w·x descent on the cost curve J(w), one frame per state, with the tangent."""
    ax = new_axes()
    path = draw_cost_curve(ax, x, y, trajectory, tangent=False)
    sums = LineSums.from_data(x, y)
    (current,) = ax.plot([], [], "o", color=OKABE_ITO["black"], markersize=12, zorder=6, label="_nolegend_")
    (tangent,) = ax.plot([], [], "--", color=OKABE_ITO["black"], linewidth=1.8, label="_nolegend_")
    half = 0.15 * np.diff(ax.get_xlim())[0]
    w_all, cost_all = np.asarray(trajectory.w), np.asarray(trajectory.cost)
    language = get_language()

    def draw(k):
        w = w_all[k]
        path.set_data(w_all[:k + 1], cost_all[:k + 1])
        current.set_data([w], [cost_all[k]])
        grad_w = float(sums.grad(w)[0])
        v = np.array([w - half, w + half])
        tangent.set_data(v, cost_all[k] + grad_w * (v - w))
        with using_language(language):
            ax.set_title(text("plots.animate.curve_title", k=k, steps=trajectory.steps, w=w, grad_w=grad_w))
        return path, current, tangent

    return FuncAnimation(ax.figure, draw, frames=trajectory.steps + 1, interval=interval, blit=False,
                         repeat=True, cache_frame_data=False)


@styled
def animate_contour(x, y, trajectories, *, interval=150, frames=None, num=120):
    """The paths of {name: Trajectory} growing on the contour map of J(w, b).

    One frame per step of the longest path by default; `frames` < that samples the steps evenly."""
    ax = new_axes(figsize=(7.5, 6.0))
    lines = draw_cost_contour(ax, x, y, trajectories, num=num)
    longest = max(t.steps for t in trajectories.values())
    frames = longest + 1 if frames is None else min(int(frames), longest + 1)
    if frames < 1:
        raise GdlabError(text("core.animate.no_frames", frames=frames))
    shown = np.unique(np.linspace(0, longest, frames).round().astype(int))
    language = get_language()

    def draw(i):
        k = shown[i]
        for name, line in lines.items():
            t = trajectories[name]
            line.set_data(np.asarray(t.w)[:k + 1], np.asarray(t.b)[:k + 1])
        with using_language(language):
            ax.set_title(text("plots.animate.contour_title", k=k, steps=longest))
        return tuple(lines.values())

    return FuncAnimation(ax.figure, draw, frames=len(shown), interval=interval, blit=False,
                         repeat=True, cache_frame_data=False)


def save_gif(animation, path, *, fps=4, dpi=80):
    """Write the animation as a GIF (Pillow); returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".gif":
        raise GdlabError(text("core.animate.not_gif", name=path.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    animation.save(path, writer=PillowWriter(fps=fps), dpi=dpi)
    return path


def to_jshtml(animation):
    """HTML with the frames and play controls, for a notebook: display(HTML(to_jshtml(anim)))."""
    return animation.to_jshtml()
