"""Notebook 01's exercises (gdlab.exercises.nb01): the questions, the hints that name a mistake, the
labels of what was checked."""
MESSAGES = {
    "q1": "The cost J(w) of the `line` data at w = {w:g} (one number).",
    "q2": "half_cost(x, y, w): the cost in the 1/(2n) convention, 1/(2n)·Σ (w·xᵢ − yᵢ)².",
    "q3": "best_slope(x, y): the least-squares slope w* of y = w·x (no b).",
    # 01.1 the cost at w = 3
    "cost_at.half": "that is exactly half of J: the 1/(2n) convention (Andrew Ng's course). "
                    "This notebook's cost, the seed's 均方误差, is the plain mean (1/n)·Σ rᵢ²",
    "cost_at.sum": "that is n times J: the sum Σ rᵢ² (what MSELoss(reduction='sum') gives), "
                   "not the mean; divide by n",
    "cost_at.half_sum": "that is (1/2)·Σ rᵢ²: the sum instead of the mean, and halved; J = (1/n)·Σ rᵢ²",
    "cost_at.rmse": "that is √J (the root mean squared error); J itself has no root",
    "cost_at.mae": "that is the mean absolute error; square each error instead",
    "cost_at.mean_error": "that is the mean error, not squared: positive and negative errors "
                          "cancel; square each error first, then take the mean",
    "cost_at.square_of_mean": "that is the square of the mean error; square each error first, "
                              "then take the mean",
    "cost_at.hint": "one number: J({w:g}) = (1/n)·Σ ({w:g}·xᵢ − yᵢ)² over the `line` data",
    # 01.2 the 1/(2n) cost
    "half_cost.twice": "that is twice the answer: (1/n)·Σ rᵢ², the mean. The 1/(2n) "
                       "convention is exactly half of it",
    "half_cost.half_sum": "that is (1/2)·Σ rᵢ²: the sum instead of the mean; divide by 2n",
    "half_cost.sum": "that is Σ rᵢ², the sum; the 1/(2n) cost divides it by 2n",
    "half_cost.precedence": "that is n² times the answer: Python reads `s / 2 * n` as "
                            "(s / 2)·n; write s / (2 * n)",
    "half_cost.unsquared": "that is the mean error halved, not squared: square each residual first",
    "half_cost.globals": "that is the cost of the notebook's `line` data: use the x and y "
                         "passed to the function, not the notebook's globals",
    "half_cost.hint": "J(w) = 1/(2n)·Σ (w·xᵢ − yᵢ)², one number, from the arguments x, y, w",
    "half_cost.what": "half_cost(x, y, {w:g}) on {name}",
    # 01.3 the least-squares slope
    "best_slope.with_b": "that is the slope of the best line y = w·x + b (centred "
                         "sums Σ(x−x̄)(y−ȳ)/Σ(x−x̄)²); this model has no b: set "
                         "dJ/dw = (2/n)·Σ (w·xᵢ − yᵢ)·xᵢ to 0",
    "best_slope.ratio_of_means": "that is ȳ/x̄ (Σy/Σx), the line through the origin "
                                 "and the centre of the data, not the least-squares one",
    "best_slope.mean_of_ratios": "that is the mean of yᵢ/xᵢ: each point's own slope, averaged; "
                                 "least squares weighs them by xᵢ²",
    "best_slope.no_square": "that is Σxy/Σx: the denominator is Σx² (the vertex of "
                            "a·w² + b·w + c is at −b/2a)",
    "best_slope.inverted": "that is Σx²/Σxy, upside down",
    "best_slope.true_slope": "2 is the slope the data were made with (y = 2x + 1 + noise); the "
                             "best line through the origin must tilt steeper to reach points "
                             "lifted by b = 1",
    "best_slope.globals": "that is w* of the notebook's `line` data: use the x and y "
                          "passed to the function, not the notebook's globals",
    "best_slope.hint": "the w where dJ/dw = 0; expanding J(w) = (Σx²/n)·w² − 2(Σxy/n)·w + Σy²/n "
                       "gives the vertex of the parabola",
    "best_slope.what": "best_slope(x, y) on {name}",
}
