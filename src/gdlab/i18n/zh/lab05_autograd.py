"""实验 5（自动求导版）：测试和 conftest.py 给学生看的提示和消息。"""
FLOAT32 = ("用 Python 浮点数做的 torch.tensor(w0, requires_grad=True) 是 float32 张量，只准到 7 位有效数字："
           "请用 dtype=torch.float64")

MESSAGES = {
    "float32.predict": "结果是 float32：" + FLOAT32,
    "float32.cost": "代价是 float32：" + FLOAT32,
    "float32.cost_grad": "梯度是 float32，所以 w 或 b 是 float32：" + FLOAT32,
    "float32.sgd": "w 和 b 是 float32：" + FLOAT32,
    "predict.without_b": "你漏掉了 b：y_hat = w·x + b",
    "predict.swapped": "w 和 b 弄反了：w 乘以 x，b 是加上去的",
    "predict.hint": "输入一个张量，输出一个张量：w * x + b",
    "cost.python_number": "cost 返回了 Python 数：请返回 0 维张量本身，留在计算图里（不要 .item()）",
    "cost.half": "这是 J 的一半：那是 1/(2n) 的写法；本实验里 J = (1/n)·Σr²，没有 1/2",
    "cost.sum": "这是残差平方的和：J 是它们的平均值，用 .mean() 而不是 .sum()",
    "cost.root": "这是 J 的平方根（RMSE）：J 不开平方",
    "cost.hint": "一个 0 维张量：残差平方的平均值，((predict(x, w, b) - y) ** 2).mean()",
    "cost_grad.tensors": "返回两个 Python 浮点数：w.grad.item(), b.grad.item()",
    "cost_grad.sign": "符号反了：w.grad 原样读出即可，J 的梯度指向上坡方向",
    "cost_grad.half": "这是梯度的一半：代价函数用了 1/(2n) 而不是平均值",
    "cost_grad.sum": "这是求和的梯度：代价函数是平均值",
    "cost_grad.swapped": "grad_w 和 grad_b 弄反了：按 (grad_w, grad_b) 的顺序返回",
    "cost_grad.hint": "w 和 b 设 requires_grad=True，然后 cost(...).backward()，再读 w.grad、b.grad",
    "sgd.tensors": "返回两个 Python 浮点数：w.item(), b.item()",
    "sgd.accumulate": "梯度在累加：.backward() 会加到 w.grad 上，所以每次 backward 之前都要调用 "
                      "optimizer.zero_grad()",
    "sgd.hint": "每一步：optimizer.zero_grad()、cost(x, y, w, b).backward()、optimizer.step()",
    "error.grad_none": "w.grad 是 None：用 requires_grad=True 创建 w 和 b，读 w.grad 之前先调用 "
                       "cost(...).backward()",
    "error.no_graph": "代价不在计算图里：用 requires_grad=True 创建 w 和 b",
    "error.cost_number": "你的 cost 返回了一个数：它必须返回计算图里的张量",
    "error.in_place_leaf": "w -= lr * w.grad 在自动求导记录时原地修改了叶子张量：请在 torch.no_grad() 下做"
                           "（或者用 optimizer.step()）",
    "error.not_a_leaf": "w.grad 是 None：w = w - lr * w.grad 之后，w 是一个新张量，不再是叶子张量，backward() "
                        "不会填它的 .grad；请在 torch.no_grad() 下原地更新叶子张量（with "
                        "torch.no_grad(): w -= lr * w.grad），或者用 optimizer.step()",
    "cost_at": "w={w}、b={b} 处的代价",
    "grad_w_at": "w={w}、b={b} 处的 grad_w",
    "grad_b_at": "w={w}、b={b} 处的 grad_b",
    "w_after": "{steps} 步之后的 w",
    "b_after": "{steps} 步之后的 b",
    "w_after_from": "从 {start} 出发 {steps} 步之后的 w",
    "b_after_from": "从 {start} 出发 {steps} 步之后的 b",
    "graph_lost": "cost(...) 丢掉了计算图：不要在 cost 里调用 .item() 或 float()",
    "slope_by_backward": "通过你的 cost 用 backward() 得到的 dJ/dw",
    "graph_cut": "从 w 到代价的计算图断了：每一步都要是对 w 的 torch 运算",
    "cost_on_house": "房价数据上的代价",
    "grad_w_on_line": "直线数据上的 grad_w",
    "grad_b_on_line": "直线数据上的 grad_b",
    "hint_line": "  提示：{hint}",
}
