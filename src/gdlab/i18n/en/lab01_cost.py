"""Lab 1 (labs/01_cost): the hints that name a mistake and the words its tests show a student."""
MESSAGES = {
    # predict: y_hat = w·x + b (conftest.py, predict_hint)
    "predict.no_b": "you left out b: y_hat = w·x + b",
    "predict.swapped": "w and b are swapped: w multiplies x, b is added",
    "predict.b_multiplied": "w·(x + b) is not w·x + b: only x is multiplied by w",
    "predict.b_subtracted": "b is subtracted: y_hat = w·x + b",
    "predict.otherwise": "y_hat = w·x + b, one value per sample",
    # cost: J = (1/n)·Σr² (conftest.py, cost_known and cost_hint)
    "cost.half": "that is half of J: the 1/(2n) convention (J = 1/(2n)·Σr², Andrew Ng's course); in this "
                 "lab J = (1/n)·Σr², without the 1/2",
    "cost.sum": "that is the sum of the squared residuals: J is their mean (divide by n)",
    "cost.half_sum": "that is ½·Σr²: J is the mean (1/n)·Σr², no 1/2, divided by n",
    "cost.n_minus_1": "that divides by n − 1: J is the mean, divide by n",
    "cost.rmse": "that is the square root of J (the RMSE): J has no square root",
    "cost.mae": "that is the mean absolute error: square each residual instead of abs",
    "cost.square_of_mean": "that is the square of the mean residual: square each residual first, then "
                           "take the mean",
    "cost.not_squared": "the residuals are not squared: J is the mean of r²",
    "cost.otherwise": "J = (1/n)·Σ (w·x_i + b − y_i)²: square each residual, then take the mean",
    "cost.return_float": "return float(...), one number",
    # cost_curve: J at each slope (conftest.py, cost_curve_hint)
    "cost_curve.axis0": "you averaged over axis=0 (the slopes): average over axis=1, the samples, one "
                        "cost per slope",
    "cost_curve.half": "that is half of J at each slope: the 1/(2n) convention; in this lab "
                       "J = (1/n)·Σr², without the 1/2",
    "cost_curve.sum": "that is the sum of the squared residuals at each slope: take their mean over axis=1",
    "cost_curve.no_b": "you left out b: the residuals are w·x + b − y",
    "cost_curve.otherwise": "one cost per slope: the (m, n) table ws[:, None]·x + b − y, squared, "
                            "averaged over axis=1",
    "cost_curve.minimum": "the parabola's lowest point is not at x·y/x·x",
    # what a test checked (the first words of its failure message)
    "what.predict_one_sample": "predict on one sample",
    "what.cost_on_data": "cost on the {name} data",
    "what.cost_curve_601": "cost_curve on 601 slopes",
}
