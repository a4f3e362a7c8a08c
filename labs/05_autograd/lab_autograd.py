"""Lab 5: the autograd twin. The same prediction, cost and gradient as labs 1 and 2, now with
torch tensors: you write the forward pass, `.backward()` writes the gradient.

Shapes: x, y are (n,) float64 tensors; w, b are 0-d float64 tensors (or Python floats).
"""
import torch


def predict(x, w, b=0.0):
    """y_hat = w·x + b with tensors: (n,) tensor -> (n,) tensor (part of the graph if w, b need grads)."""
    ### HINT: the same expression as in lab 1; torch broadcasts a 0-d tensor like NumPy does
    ### BEGIN SOLUTION
    return w * x + b
    ### END SOLUTION


def cost(x, y, w, b=0.0):
    """The mean squared error as a 0-d tensor: J = mean((w·x + b − y)²), kept in the graph."""
    ### HINT: ((predict(x, w, b) - y) ** 2).mean() — do not call .item(), the graph must stay
    ### BEGIN SOLUTION
    return ((predict(x, w, b) - y) ** 2).mean()
    ### END SOLUTION


def cost_grad(x, y, w, b=0.0):
    """(grad_w, grad_b) as Python floats, from cost(...).backward() — no derivative by hand.

    Make w and b leaf tensors that record gradients:
        w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)
    """
    ### HINT: make leaf tensors with requires_grad=True, call .backward() on the cost, read .grad
    ### BEGIN SOLUTION
    w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)
    b = torch.tensor(float(b), dtype=torch.float64, requires_grad=True)
    cost(x, y, w, b).backward()
    return w.grad.item(), b.grad.item()
    ### END SOLUTION


def sgd_steps(x, y, lr, steps, w0=0.0, b0=0.0):
    """`steps` full-batch steps with torch.optim.SGD([w, b], lr): returns (w, b) as Python floats.

    Each step: optimizer.zero_grad(), cost(x, y, w, b).backward(), optimizer.step().
    """
    ### HINT: two leaf tensors, one torch.optim.SGD over both, and the three-line loop
    ### BEGIN SOLUTION
    w = torch.tensor(float(w0), dtype=torch.float64, requires_grad=True)
    b = torch.tensor(float(b0), dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=lr)
    for _ in range(steps):
        optimizer.zero_grad()
        cost(x, y, w, b).backward()
        optimizer.step()
    return w.item(), b.item()
    ### END SOLUTION
