"""Every picture of the lesson; each function takes ax=None (or axes=None), draws, and returns it.

No global matplotlib state: figures are matplotlib.figure.Figure objects (not pyplot's), styled
inside rc_context. In a notebook show one with `ax.figure` as the last line of a cell.
"""
from gdlab.plots.animate import animate_contour, animate_curve, save_gif, to_jshtml
from gdlab.plots.line1d import lr_runs, plot_cost_curve, plot_data, plot_lr_panel
from gdlab.plots.local_global import plot_local_global
from gdlab.plots.paths import compare_methods, plot_cost_panels, plot_cost_per_step
from gdlab.plots.race import plot_landscape, plot_race
from gdlab.plots.surface import contour_levels, plot_contour, plot_surface3d, plot_surface_pair

__all__ = ["plot_data", "plot_cost_curve", "plot_lr_panel", "lr_runs", "plot_local_global",
           "compare_methods", "plot_cost_per_step", "plot_cost_panels", "plot_contour", "plot_surface3d",
           "plot_surface_pair", "contour_levels", "plot_race", "plot_landscape",
           "animate_curve", "animate_contour", "save_gif", "to_jshtml"]
