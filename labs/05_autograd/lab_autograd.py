"""Lab 5: the autograd twin. The same prediction, cost and gradient as labs 1 and 2, now with
torch tensors: you write the forward pass, `.backward()` writes the gradient.

Shapes: x, y are (n,) float64 tensors; w, b are 0-d float64 tensors (or Python floats).

实验 5：自动求导版。与实验 1 和 2 相同的预测函数、代价函数和梯度，这次用 torch 张量：你写前向传播，
`.backward()` 写出梯度。形状：x、y 是 (n,) 的 float64 张量；w、b 是 0 维 float64 张量（或 Python 浮点数）。
"""
import torch


def predict(x, w, b=0.0):
    """y_hat = w·x + b with tensors: (n,) tensor -> (n,) tensor (part of the graph if w, b need grads).

    用张量计算 y_hat = w·x + b：(n,) 张量 -> (n,) 张量（如果 w、b 需要梯度，它就在计算图里）。
    """
    ### HINT: the same expression as in lab 1; torch broadcasts a 0-d tensor like NumPy does
    ### HINT[zh]: 与实验 1 的表达式相同；torch 像 NumPy 一样广播 0 维张量
    ### BEGIN SOLUTION
    return w * x + b
    ### END SOLUTION


def cost(x, y, w, b=0.0):
    """The mean squared error as a 0-d tensor: J = mean((w·x + b − y)²), kept in the graph.

    均方误差，一个 0 维张量：J = mean((w·x + b − y)²)，留在计算图里。
    """
    ### HINT: ((predict(x, w, b) - y) ** 2).mean() — do not call .item(), the graph must stay
    ### HINT[zh]: ((predict(x, w, b) - y) ** 2).mean()——不要调用 .item()，计算图必须保留
    ### BEGIN SOLUTION
    return ((predict(x, w, b) - y) ** 2).mean()
    ### END SOLUTION


def cost_grad(x, y, w, b=0.0):
    """(grad_w, grad_b) as Python floats, from cost(...).backward() — no derivative by hand.

    Make w and b leaf tensors that record gradients:
        w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)

    (grad_w, grad_b)，两个 Python 浮点数，由 cost(...).backward() 得到——不手算导数。
    把 w 和 b 做成记录梯度的叶子张量：
        w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)
    """
    ### HINT: make leaf tensors with requires_grad=True, call .backward() on the cost, read .grad
    ### HINT[zh]: 用 requires_grad=True 创建叶子张量，对代价调用 .backward()，再读 .grad
    ### BEGIN SOLUTION
    w = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)
    b = torch.tensor(float(b), dtype=torch.float64, requires_grad=True)
    cost(x, y, w, b).backward()
    return w.grad.item(), b.grad.item()
    ### END SOLUTION


def sgd_steps(x, y, lr, steps, w0=0.0, b0=0.0):
    """`steps` full-batch steps with torch.optim.SGD([w, b], lr): returns (w, b) as Python floats.

    Each step: optimizer.zero_grad(), cost(x, y, w, b).backward(), optimizer.step().

    用 torch.optim.SGD([w, b], lr) 走 `steps` 步批量梯度下降：返回 (w, b)，两个 Python 浮点数。
    每一步：optimizer.zero_grad()、cost(x, y, w, b).backward()、optimizer.step()。
    """
    ### HINT: two leaf tensors, one torch.optim.SGD over both, and the three-line loop
    ### HINT[zh]: 两个叶子张量，一个管它们俩的 torch.optim.SGD，再加三行的循环
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
