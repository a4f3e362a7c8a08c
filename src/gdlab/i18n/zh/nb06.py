"""笔记本 06 的练习（gdlab.exercises.nb06）：题目、每项检查比较的是什么、提示。"""
MESSAGES = {
    "q1": "在直线数据上使用 MSELoss(reduction='sum') 时，BGD 的临界学习率。",
    "q2": "在 ({w:g}, {b:g}) 处构造代价并调用两次 .backward()、中间不调用 zero_grad 之后的 w.grad。",
    "q3": "torch_grad(x, y, w, b)：均方误差的 (grad_w, grad_b)，用 .backward() 计算。",
    # 06.1
    "what.critical_lr": "直线数据上 reduction='sum' 时 BGD 的临界学习率",
    "critical_lr.mean": "这是 reduction='mean' 时的临界学习率；用 'sum' 时每个梯度和曲率都大 n 倍，"
                        "所以临界学习率小 n 倍",
    "critical_lr.larger": "用 'sum' 时临界学习率变为原来的 n 分之一（变小），而不是变大：曲率 λ_max 增大到 n 倍",
    "critical_lr.no_2": "这是 1/λ_max；普通 GD 在 lr < 2/λ_max 时收敛",
    "critical_lr.no_b": "这是没有 b 的 y = w·x 的结果；这里的直线是 y = w·x + b（它的 Hessian 矩阵是 2 × 2 的）",
    "critical_lr.hint": "临界学习率 = 2 / λ_max(∇²J)，而 'sum' 的 ∇²J 是 'mean' 的 ∇²J 的 n 倍",
    # 06.2
    "what.grad_twice": "不调用 zero_grad、两次 .backward() 之后的 w.grad",
    "grad_twice.once": "这是只调用一次 backward 的梯度：.backward() 不会覆盖 w.grad，而是加到它上面"
                       "（所以训练循环要先调用 zero_grad）",
    "grad_twice.zero": "backward() 会累加到 w.grad 上；除非调用 zero_grad()（或设 w.grad = None），"
                       "没有什么会把它清零",
    "grad_twice.sign": "符号反了：在 w = {w:g}、b = {b:g} 处 ∂J/∂w 是负的（直线太低了）",
    "grad_twice.hint": "每次 .backward() 都把 ∂J/∂w 加到 w.grad 上",
    # 06.3
    "not_a_pair": "torch_grad 应当返回两个数 (grad_w, grad_b)，得到的是 {kind} {result!r:.80}",
    "not_one_number": "{name} 应当是一个数，得到的是形状为 {shape} 的张量",
    "not_a_number": "{name} 应当是一个数（对 w.grad 调用 .item()），得到的是 {kind}：{value!r:.80}",
    "where.line": "直线数据在 (w, b) = ({w:g}, {b:g}) 处",
    "where.small": "x = [1, 2, 4]、y = [3, 2, 9] 在 (w, b) = ({w:g}, {b:g}) 处",
    "what.grad_on": "{where}的 {name}",
    "torch_grad.sum": "这是梯度的 n 倍：误差平方的和（reduction='sum'）；这里的代价是平均值",
    "torch_grad.half": "这是梯度的一半：代价是 mean(r²)，而不是 mean(r²)/2",
    "torch_grad.sign": "符号反了：对代价本身求导，让 .backward() 来做；不要取负",
    "torch_grad.hint": "cost = ((w·x + b − y)²).mean()，其中 w、b 是需要梯度（requires_grad）的张量；"
                       "cost.backward()；返回 w.grad.item(), b.grad.item()",
}
