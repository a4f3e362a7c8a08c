"""The MSE of a line over all the data from a few sums: O(1) per (w, b) after one look at the data.

With x̄, ȳ the means, dx = x − x̄, dy = y − ȳ, Sxx = Σdx², Sxy = Σdx·dy, w* = Sxy/Sxx and
RSS = Σ(dy − w*·dx)² the least-squares residual, completing the square gives

    n·J(w, b) = Sxx·(w − w*)² + n·(w·x̄ + b − ȳ)² + RSS          (a sum of non-negative terms)
    ∂J/∂w = 2·(w·Sxx − Sxy)/n + 2·x̄·c,   ∂J/∂b = 2·c,   with c = w·x̄ + b − ȳ

for reduction='mean' (times n for 'sum'). The loop uses it to record the full-data cost of
every step, also for SGD and MBGD, whose steps only see a batch.
"""
from dataclasses import dataclass

import numpy as np

from gdlab.checks import check_choice
from gdlab.scratch.cost import REDUCTIONS


@dataclass(frozen=True)
class LineSums:
    n: int
    x_mean: float
    y_mean: float
    sxx: float
    sxy: float
    rss: float      # least-squares residual sum of squares of y = w·x + b
    sum_x2: float   # Σx², for y = w·x through the origin
    sum_xy: float   # Σx·y

    @classmethod
    def from_data(cls, x, y):
        """The sums in one look at the data: five dot products / sums of (n,) arrays, no (n,) temporaries.

        Centring afterwards (Sxx = Σx² − n·x̄², ...) loses digits when the data sit far from 0
        compared with their spread, or when the line fits almost exactly (RSS ≪ Σy²); where the
        rounding error could pass 1e-12 of Sxx or RSS, it recomputes them from centred data.
        """
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        n = len(x)
        sum_x, sum_y = float(x.sum()), float(y.sum())
        sum_x2, sum_xy, sum_y2 = float(x @ x), float(x @ y), float(y @ y)
        x_mean, y_mean = sum_x / n, sum_y / n
        sxx = max(sum_x2 - sum_x * x_mean, 0.0)
        sxy = sum_xy - sum_x * y_mean
        syy = max(sum_y2 - sum_y * y_mean, 0.0)
        slope = sxy / sxx if sxx > 0 else 0.0
        rss = max(syy - slope * sxy, 0.0)
        # rounding error of sxx ≈ eps·Σx², of rss ≈ eps·(√Σy² + |w*|·√Σx²)²: keep both under 1e-12
        eps = np.finfo(np.float64).eps
        rss_error = eps * (np.sqrt(sum_y2) + abs(slope) * np.sqrt(sum_x2)) ** 2
        if eps * sum_x2 > 1e-12 * sxx or rss_error > 1e-12 * rss:
            return cls._from_centred(x, y)
        return cls(n, x_mean, y_mean, sxx, sxy, rss, sum_x2, sum_xy)

    @classmethod
    def _from_centred(cls, x, y):
        """Two passes, no cancellation: dx = x − x̄, dy = y − ȳ, then the residual of the fit."""
        x_mean, y_mean = float(x.mean()), float(y.mean())
        dx, dy = x - x_mean, y - y_mean
        sxx, sxy = float(dx @ dx), float(dx @ dy)
        slope = sxy / sxx if sxx > 0 else 0.0
        r = dy - slope * dx
        return cls(len(x), x_mean, y_mean, sxx, sxy, float(r @ r), float(x @ x), float(x @ y))

    def _slope(self):
        return self.sxy / self.sxx if self.sxx > 0 else 0.0

    def cost(self, w, b=0.0, reduction="mean"):
        """J(w, b) over all the data; w and b may be arrays (a grid), broadcast together."""
        check_choice("reduction", reduction, REDUCTIONS)
        c = w * self.x_mean + b - self.y_mean
        d = w - self._slope()   # d·d, not d**2: a Python float overflows to inf, not OverflowError
        total = self.sxx * d * d + self.n * c * c + self.rss
        return total / self.n if reduction == "mean" else total

    def cost_grid(self, w_values, b_values, reduction="mean"):
        """J over the grid w_values × b_values: shape (len(b_values), len(w_values)), rows b, columns w.

        O(G²) after the sums, never an (n, G²) array: what surface and contour plots draw.
        """
        w = np.asarray(w_values, dtype=np.float64).reshape(1, -1)
        b = np.asarray(b_values, dtype=np.float64).reshape(-1, 1)
        return self.cost(w, b, reduction)

    def grad(self, w, b=0.0, reduction="mean"):
        """(grad_w, grad_b) of J over all the data."""
        check_choice("reduction", reduction, REDUCTIONS)
        c = w * self.x_mean + b - self.y_mean
        grad_w = 2.0 * (w * self.sxx - self.sxy) / self.n + 2.0 * self.x_mean * c
        grad_b = 2.0 * c
        scale = 1.0 if reduction == "mean" else self.n
        return grad_w * scale, grad_b * scale

    def optimum(self, model="wxb"):
        """The least-squares (w, b): closed form; b = 0 for the line through the origin."""
        if model == "wx":
            return (self.sum_xy / self.sum_x2 if self.sum_x2 > 0 else 0.0), 0.0
        w = self._slope()
        return w, self.y_mean - w * self.x_mean

    def hessian(self, model="wxb", reduction="mean"):
        """∇²J: constant, since J is quadratic; (1, 1) for y = w·x, (2, 2) for y = w·x + b."""
        check_choice("reduction", reduction, REDUCTIONS)
        scale = 2.0 / self.n if reduction == "mean" else 2.0
        if model == "wx":
            return np.array([[self.sum_x2]]) * scale
        sum_x = self.n * self.x_mean
        return np.array([[self.sum_x2, sum_x], [sum_x, self.n]]) * scale

    def critical_lr(self, model="wxb", reduction="mean"):
        """Plain BGD converges for lr < 2/λ_max(∇²J) and diverges above (反复横跳 in between)."""
        largest = float(np.linalg.eigvalsh(self.hessian(model, reduction))[-1])
        return 2.0 / largest if largest > 0 else float("inf")
