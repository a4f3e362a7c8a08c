"""Notebook 06's exercises (gdlab.exercises.nb06): the questions, what each check compares, the hints."""
MESSAGES = {
    "q1": "The critical learning rate of BGD on the line data with MSELoss(reduction='sum').",
    "q2": "w.grad after building the cost at ({w:g}, {b:g}) and calling .backward() twice without zero_grad.",
    "q3": "torch_grad(x, y, w, b): (grad_w, grad_b) of the mean squared error, from .backward().",
    # 06.1
    "what.critical_lr": "the critical lr of BGD with reduction='sum' on the line data",
    "critical_lr.mean": "that is the critical lr for reduction='mean'; with 'sum' every gradient and the "
                        "curvature are n times larger, so the critical lr is n times smaller",
    "critical_lr.larger": "the critical lr gets n times SMALLER with 'sum', not larger: the curvature λ_max "
                          "grows n-fold",
    "critical_lr.no_2": "that is 1/λ_max; plain GD converges for lr < 2/λ_max",
    "critical_lr.no_b": "that is for y = w·x without b; the line here is y = w·x + b (its Hessian is 2 × 2)",
    "critical_lr.hint": "critical lr = 2 / λ_max(∇²J), and ∇²J with 'sum' is n times ∇²J with 'mean'",
    # 06.2
    "what.grad_twice": "w.grad after two .backward() calls without zero_grad",
    "grad_twice.once": "that is the gradient of ONE backward: .backward() does not overwrite w.grad, it adds "
                       "to it (that is why the loop calls zero_grad first)",
    "grad_twice.zero": "backward() adds into w.grad; nothing sets it back to 0 unless you call zero_grad() "
                       "(or set w.grad = None)",
    "grad_twice.sign": "the sign: ∂J/∂w at w = {w:g}, b = {b:g} is negative (the line is too low)",
    "grad_twice.hint": "each .backward() adds ∂J/∂w into w.grad",
    # 06.3
    "not_a_pair": "torch_grad should return two numbers (grad_w, grad_b), got {kind} {result!r:.80}",
    "not_one_number": "{name} should be one number, got a tensor of shape {shape}",
    "not_a_number": "{name} should be a number (use .item() on w.grad), got {kind}: {value!r:.80}",
    "where.line": "the line data at (w, b) = ({w:g}, {b:g})",
    "where.small": "x = [1, 2, 4], y = [3, 2, 9] at (w, b) = ({w:g}, {b:g})",
    "what.grad_on": "{name} on {where}",
    "torch_grad.sum": "that is n times the gradient: the SUM of squared errors (reduction='sum'); the cost "
                      "here is the mean",
    "torch_grad.half": "that is half the gradient: the cost is mean(r²), not mean(r²)/2",
    "torch_grad.sign": "the sign is flipped: differentiate the cost itself and let .backward() do it; do not "
                       "negate",
    "torch_grad.hint": "cost = ((w·x + b − y)²).mean() with w, b tensors that require grad; cost.backward(); "
                       "return w.grad.item(), b.grad.item()",
}
