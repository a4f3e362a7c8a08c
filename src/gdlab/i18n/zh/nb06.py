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

# What the notebook's code cells say, line by line (gdlab.i18n.code_lines): {English line: Chinese line}.
CODE_LINES = {
    'EPOCHS = 3000   # one step per epoch: the whole data is one batch here':
        'EPOCHS = 3000   # 每轮走一步：这里全部数据就是一个批次',
    'print("torch:   J = {:.15f}, grad_w = {:.15f}, grad_b = {:.15f}".format(*by_torch))':
        'print("torch：  J = {:.15f}，grad_w = {:.15f}，grad_b = {:.15f}".format(*by_torch))',
    'print("by hand: J = {:.15f}, grad_w = {:.15f}, grad_b = {:.15f}".format(*by_hand))':
        'print("手算：   J = {:.15f}，grad_w = {:.15f}，grad_b = {:.15f}".format(*by_hand))',
    'print(f"step {step + 1}: w = {w.item():.6f}, b = {b.item():.6f}, J before the step = {cost.item():.6f}")':
        'print(f"第 {step + 1} 步：w = {w.item():.6f}，b = {b.item():.6f}，这一步之前的 J = {cost.item():.6f}")',
    'print(f"{row.case}: params differ by {row.params:.1e}, cost by {row.cost:.1e}, gradients by {row.grad:.1e}")':
        'print(f"{row.case}：参数相差 {row.params:.1e}，代价相差 {row.cost:.1e}，梯度相差 {row.grad:.1e}")',
    'inputs, targets = xt.unsqueeze(1), yt.unsqueeze(1)      # (n, 1): one feature per sample':
        'inputs, targets = xt.unsqueeze(1), yt.unsqueeze(1)      # (n, 1)：每个样本一个特征',
    'y_pred = model(inputs)                # forward pass':
        'y_pred = model(inputs)                # 前向传播',
    'loss = criterion(y_pred, targets)     # the summed squared error':
        'loss = criterion(y_pred, targets)     # 误差平方之和',
    # the course notes' own comments, already in Chinese
    'optimizer.zero_grad()                 # 梯度置零':
        'optimizer.zero_grad()                 # 梯度置零',
    'loss.backward()                       # 反向传播':
        'loss.backward()                       # 反向传播',
    'optimizer.step()                      # 参数更新':
        'optimizer.step()                      # 参数更新',
    'print(f"after {EPOCHS} epochs: w = {w_fit:.4f}, b = {b_fit:.4f}; least squares w* = {w_star:.4f}, b* = {b_star:.4f}")':
        'print(f"{EPOCHS} 轮之后：w = {w_fit:.4f}，b = {b_fit:.4f}；最小二乘解 w* = {w_star:.4f}，b* = {b_star:.4f}")',
    'print(f"reduction=\'mean\': λ_max = {lam_max:.4f}, critical lr 2/λ_max = {sums.critical_lr(\'wxb\', \'mean\'):.6f}")':
        'print(f"reduction=\'mean\'：λ_max = {lam_max:.4f}，临界学习率 2/λ_max = {sums.critical_lr(\'wxb\', \'mean\'):.6f}")',
    'assert np.allclose(sums.hessian("wxb", "sum"), len(x) * sums.hessian("wxb", "mean"))   # \'sum\': n times the curvature':
        'assert np.allclose(sums.hessian("wxb", "sum"), len(x) * sums.hessian("wxb", "mean"))   # \'sum\'：曲率是 n 倍',
    'print(f"lr = 1e-4: the slow direction shrinks by {slow:.5f} per step, "':
        'print(f"lr = 1e-4：平缓方向上的误差每步缩小为原来的 {slow:.5f} 倍，"',
    'f"so it takes {np.log(1e-3) / np.log(slow):.0f} steps to shrink it 1000-fold")':
        'f"所以要走 {np.log(1e-3) / np.log(slow):.0f} 步才能把它缩小到原来的 1/1000")',
    '"""The seed\'s loop (MSELoss(reduction=\'sum\'), SGD(lr)) from the same start: the loss per epoch."""':
        '"""课程笔记中的循环（MSELoss(reduction=\'sum\')，SGD(lr)），从同一个起点出发：每一轮的损失。"""',
    'excess = summed_losses(1e-4, 1001) - loss_star    # the loss above its minimum; ∝ error², so × slow² per step':
        'excess = summed_losses(1e-4, 1001) - loss_star    # 损失高出其最小值的部分；∝ 误差²，所以每步乘以 slow²',
    'print(f"          measured over epochs 500 … 1000: the error shrinks by {measured_slow:.5f} per step")':
        'print(f"           第 500 … 1000 轮的实测：误差每步缩小为原来的 {measured_slow:.5f} 倍")',
    "fast = 1 - 1e-2 * n * lam_max                    # the steep direction's factor at lr = 1e-2":
        "fast = 1 - 1e-2 * n * lam_max                    # lr = 1e-2 时陡峭方向上的因子",
    'print(f"lr = 1e-2: the loss goes {exploding[0]:.3g} → {exploding[-1]:.3g} in 25 epochs, ×{growth:.2f} per step "':
        'print(f"lr = 1e-2：25 轮内损失从 {exploding[0]:.3g} 变为 {exploding[-1]:.3g}，最后每步变为原来的 {growth:.2f} 倍；"',
    'f"at the end; the formula (1 − lr·n·λ_max)² = {fast ** 2:.2f}")':
        'f"公式给出 (1 − lr·n·λ_max)² = {fast ** 2:.2f}")',
    '"""w.grad after two .backward() calls at (w, b) = (1.5, 0) without zero_grad."""':
        '"""在 (w, b) = (1.5, 0) 处调用两次 .backward()、中间不调用 zero_grad 之后的 w.grad。"""',
    '"""(grad_w, grad_b) of J = mean((w·x + b − y)²) at (w, b), from .backward()."""':
        '"""J = mean((w·x + b − y)²) 在 (w, b) 处的 (grad_w, grad_b)，用 .backward() 求得。"""',
}
