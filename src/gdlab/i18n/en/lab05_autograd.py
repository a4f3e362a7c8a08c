"""Lab 5 (the autograd twin): the hints and messages its tests and conftest.py show a student."""
FLOAT32 = ("torch.tensor(w0, requires_grad=True) of a Python float makes a float32 tensor, good to 7 "
           "digits only: use dtype=torch.float64")

MESSAGES = {
    "float32.predict": "the result is float32: " + FLOAT32,
    "float32.cost": "the cost is float32: " + FLOAT32,
    "float32.cost_grad": "the gradient is float32, so w or b was: " + FLOAT32,
    "float32.sgd": "w and b are float32: " + FLOAT32,
    "predict.without_b": "you left out b: y_hat = w·x + b",
    "predict.swapped": "w and b are swapped: w multiplies x, b is added",
    "predict.hint": "a tensor in, a tensor out: w * x + b",
    "cost.python_number": "cost returned a Python number: return the 0-d tensor itself, in the graph (no .item())",
    "cost.half": "that is half of J: the 1/(2n) convention; in this lab J = (1/n)·Σr², without the 1/2",
    "cost.sum": "that is the sum of the squared residuals: J is their mean, .mean() not .sum()",
    "cost.root": "that is the square root of J (the RMSE): J has no square root",
    "cost.hint": "a 0-d tensor: the mean of the squared residuals, ((predict(x, w, b) - y) ** 2).mean()",
    "cost_grad.tensors": "return two Python floats: w.grad.item(), b.grad.item()",
    "cost_grad.sign": "the sign is flipped: read w.grad as it is, J's gradient points uphill",
    "cost_grad.half": "that is half the gradient: a cost with 1/(2n) instead of the mean",
    "cost_grad.sum": "that is the gradient of the sum: the cost is the mean",
    "cost_grad.swapped": "grad_w and grad_b are swapped: return (grad_w, grad_b), in this order",
    "cost_grad.hint": "requires_grad=True on w and b, then cost(...).backward(), then w.grad, b.grad",
    "sgd.tensors": "return two Python floats: w.item(), b.item()",
    "sgd.accumulate": "the gradients accumulate: .backward() adds to w.grad, so call optimizer.zero_grad() "
                      "before every backward",
    "sgd.hint": "each step: optimizer.zero_grad(), cost(x, y, w, b).backward(), optimizer.step()",
    "error.grad_none": "w.grad is None: make w and b with requires_grad=True, then call cost(...).backward() "
                       "before reading w.grad",
    "error.no_graph": "the cost is not in a graph: make w and b with requires_grad=True",
    "error.cost_number": "your cost returned a number: it must return a tensor in the graph",
    "error.in_place_leaf": "w -= lr * w.grad changes a leaf in place while autograd records: do it under "
                           "torch.no_grad() (or use optimizer.step())",
    "error.not_a_leaf": "w.grad is None: after w = w - lr * w.grad, w is a new tensor, not a leaf, and backward() "
                        "does not fill its .grad; update the leaf in place under torch.no_grad() (with "
                        "torch.no_grad(): w -= lr * w.grad), or use optimizer.step()",
    "cost_at": "cost at w={w}, b={b}",
    "grad_w_at": "grad_w at w={w}, b={b}",
    "grad_b_at": "grad_b at w={w}, b={b}",
    "w_after": "w after {steps} steps",
    "b_after": "b after {steps} steps",
    "w_after_from": "w after {steps} steps from {start}",
    "b_after_from": "b after {steps} steps from {start}",
    "graph_lost": "cost(...) lost the graph: do not call .item() or float() inside cost",
    "slope_by_backward": "dJ/dw by backward() through your cost",
    "graph_cut": "the graph from w to the cost was cut: keep every step a torch operation on w",
    "cost_on_house": "cost on the house data",
    "grad_w_on_line": "grad_w on the line data",
    "grad_b_on_line": "grad_b on the line data",
    "hint_line": "  hint: {hint}",
}
