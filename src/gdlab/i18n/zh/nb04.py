"""笔记本 04 的练习（gdlab.exercises.nb04，批量/随机/小批量梯度下降法）：题目、指出错误的提示、
所检查内容的名称。"""
MESSAGES = {
    "q1": "在 n = {n} 个样本上、batch_size = {batch} 时，MBGD（小批量梯度下降法）跑一轮（epoch）要走多少步？",
    "q2": "由 k = {k} 个相互独立的样本算出的批量梯度，其标准差比单个样本的小多少倍（std_k / std_1）？",
    "q3": "在 n = {n} 上，批量 {old_batch}、学习率 {old_lr}：批量为 {new_batch} 时，学习率取多少才能让 "
          "lr × 每轮步数保持不变？",
    # 04.1 每轮的步数
    "steps.what": "一轮（epoch）的步数（n = {n}，batch_size = {batch}）",
    "steps.drop_last": "你丢掉了最后那个较小的批量（DataLoader 的 drop_last=True）；"
                       "gdlab 会保留它，所以要把 n / batch_size 向上取整",
    "steps.fraction": "每一步用一整个批量：步数是整数，即 n / batch_size 向上取整",
    "steps.sgd": "这是 SGD（随机梯度下降法）的步数（每步一个样本）；这里每一步用一个批量",
    "steps.bgd": "这是 BGD（批量梯度下降法）的步数（一步用全部样本）",
    "steps.hint": "每个批量一步；这些批量恰好把 n 个样本覆盖一遍，最后一个可以小一些",
    # 04.2 批量梯度的噪声
    "noise.what": "批量平均梯度（k = {k}）的标准差 / 单个样本梯度的标准差",
    "noise.variance": "1/k 是方差缩小的倍数；标准差按它的平方根缩小",
    "noise.no_change": "对 k 个相互独立的梯度求平均，确实会缩小它们的离散程度：k 个值的平均值的方差是 σ²/k",
    "noise.sum": "这是 k 个梯度之和的标准差变大的倍数；批量梯度是它们的平均值",
    "noise.k": "平均值的标准差会缩小；它不会随 k 变大",
    "noise.without_replacement": "这包含了从 n = 100 中无放回抽样的有限总体修正因子 (n − k)/(n − 1)；"
                                 "题目问的是 k 个相互独立的样本",
    "noise.hint": "Var(k 个独立值的平均值) = σ²/k；再开平方根",
    # 04.3 更大批量时的学习率
    "lr.what": "让 lr × (每轮步数) 不变的、batch_size 为 {batch} 时的学习率",
    "lr.halved": "批量变大并不要求更小的学习率：它的梯度噪声更小，而不是更大；"
                 "每轮步数减半，每一步就得走得更远",
    "lr.same": "学习率不变时，一轮的步数只有原来的一半，所以只能走一半远",
    "lr.sqrt": "√2 是平方根规则（它让每轮的噪声方差保持不变）；题目问的是 lr × 每轮步数",
    "lr.hint": "每轮步数从 100/10 变成 100/20；lr × 步数必须保持为 0.1 × 10",
}

# What the code cells of notebook 04 say (gdlab.i18n.code_lines): comments, printed text, docstrings.
CODE_LINES = {
    '# the one set-up of the measured table (section "The trade-offs, measured")':
        '# 实测表格唯一的一套设置（见“取舍的实测”一节）',
    'BIG_N = 20_000        # samples, make_line(n=BIG_N, seed=1)':
        'BIG_N = 20_000        # 样本数，make_line(n=BIG_N, seed=1)',
    "TABLE_BATCH = 64      # MBGD's batch size in the table":
        'TABLE_BATCH = 64      # 表中 MBGD 的批量大小',
    'SEEDS = range(5)      # shuffle seeds: each number in the table is a mean ± std over them':
        'SEEDS = range(5)      # 打乱顺序用的随机种子：表中每个数都是在这些种子上的均值 ± 标准差',
    '"""BGD (batch_size = n), SGD (1) or MBGD (k): the final (w, b)."""':
        '"""BGD（batch_size = n）、SGD（1）或 MBGD（k）：返回最终的 (w, b)。"""',
    'for batch in epoch_batches(len(x), batch_size, epoch, seed):   # a fresh order each epoch':
        'for batch in epoch_batches(len(x), batch_size, epoch, seed):   # 每一轮都用新的顺序',
    'grad_w, grad_b = cost_grad(x[batch], y[batch], w, b)      # the gradient on this batch only':
        'grad_w, grad_b = cost_grad(x[batch], y[batch], w, b)      # 只在这一批上计算的梯度',
    'w, b = w - lr * grad_w, b - lr * grad_b                    # 新w = 旧w − 学习率 × 梯度':
        'w, b = w - lr * grad_w, b - lr * grad_b                    # 新w = 旧w − 学习率 × 梯度',
    'print(f"{name.upper():4}: batch {k:3d}, {runs[name].steps:5d} steps in {EPOCHS} epochs; this loop ends at "':
        'print(f"{name.upper():4}：批量 {k:3d}，{runs[name].steps:5d} 步（{EPOCHS} 轮）；这个循环停在 "',
    'f"(w, b) = ({mine[0]:.6f}, {mine[1]:.6f}), gdlab\'s fit at ({theirs[0]:.6f}, {theirs[1]:.6f})")':
        'f"(w, b) = ({mine[0]:.6f}, {mine[1]:.6f})，gdlab 的 fit 停在 ({theirs[0]:.6f}, {theirs[1]:.6f})")',
    'print(f"least squares J* = {sums.cost(*sums.optimum()):.5f}")':
        'print(f"最小二乘 J* = {sums.cost(*sums.optimum()):.5f}")',
    '# How straight is each path? cos of the angle between successive steps (1: straight on, 0: a random turn),':
        '# 每条路径有多直？相邻两步夹角的 cos（1：一直向前，0：随机转向），',
    '# and how far each stays from the least-squares point over its last epoch.':
        '# 以及最后一轮里各自离最小二乘点有多远。',
    'print(f"{name.upper():4}: mean cos between successive steps {turn[name]:6.3f}; "':
        'print(f"{name.upper():4}：相邻两步夹角 cos 的平均值 {turn[name]:6.3f}；"',
    'f"mean distance to (w*, b*) over the last epoch {spread[name]:.4f}")':
        'f"最后一轮到 (w*, b*) 的平均距离 {spread[name]:.4f}")',
    '"""(seconds per epoch, J − J* after epoch 1, uphill share and bounce in the last epoch)."""':
        '"""（每轮秒数，第 1 轮后的 J − J*，最后一轮的上坡比例和横跳幅度）。"""',
    'last = excess[-per_epoch - 1:]           # the cost before the last epoch and after each of its steps':
        'last = excess[-per_epoch - 1:]           # 最后一轮开始前的代价，以及这一轮每一步之后的代价',
    'assert np.all(bgd[:, 2] == 0)                               # BGD never went uphill':
        'assert np.all(bgd[:, 2] == 0)                               # BGD 从不上坡',
    'assert bgd[:, 1].min() > 100 * sgd[:, 1].max()              # one BGD step vs n SGD steps per epoch':
        'assert bgd[:, 1].min() > 100 * sgd[:, 1].max()              # 每轮 BGD 走 1 步，SGD 走 n 步',
    "assert np.median(sgd[:, 0]) > 10 * np.median(mbgd[:, 0])    # SGD's Python loop runs n times per epoch":
        'assert np.median(sgd[:, 0]) > 10 * np.median(mbgd[:, 0])    # SGD 的 Python 循环每轮要跑 n 次',
    'assert mbgd[:, 1].mean() < sgd[:, 1].mean()                # MBGD closer than SGD after one epoch':
        'assert mbgd[:, 1].mean() < sgd[:, 1].mean()                # 一轮之后 MBGD 比 SGD 更接近最低点',
    'assert abs(sgd[:, 2].mean() - 0.5) < 0.05 and abs(mbgd[:, 2].mean() - 0.5) < 0.05   # both about half':
        'assert abs(sgd[:, 2].mean() - 0.5) < 0.05 and abs(mbgd[:, 2].mean() - 0.5) < 0.05   # 两者都约为一半',
    'print(f"SGD\'s bounce / MBGD\'s bounce = {bounce_ratio:.0f} (batch {TABLE_BATCH})")':
        'print(f"SGD 的横跳幅度 / MBGD 的横跳幅度 = {bounce_ratio:.0f}（批量 {TABLE_BATCH}）")',
    "sample_grad_b = 2 * (w_star * big_x + b_star - big_y)     # each sample's ∂J/∂b at the optimum; mean 0":
        'sample_grad_b = 2 * (w_star * big_x + b_star - big_y)     # 最优点处每个样本的 ∂J/∂b；平均值为 0',
    'batches = rng.integers(0, BIG_N, size=(4000, k))       # 4000 batches of k independent samples':
        'batches = rng.integers(0, BIG_N, size=(4000, k))       # 4000 批，每批 k 个相互独立的样本',
    'assert max(scaled) / min(scaled) < 1.1                     # std ∝ 1/√k within 10 %':
        'assert max(scaled) / min(scaled) < 1.1                     # 标准差 ∝ 1/√k，误差在 10 % 以内',
    'assert max(bounces) / min(bounces) < 1.5                   # bounce ∝ 1/k within 50 %':
        'assert max(bounces) / min(bounces) < 1.5                   # 横跳幅度 ∝ 1/k，误差在 50 % 以内',
    "w_barrier = min((r for r in np.roots([4.0, 0.0, -6.0, 1.0]).real if 12 * r * r - 6 < 0), key=abs)  # J'' < 0":
        "w_barrier = min((r for r in np.roots([4.0, 0.0, -6.0, 1.0]).real if 12 * r * r - 6 < 0), key=abs)  # J'' < 0 的那个根：两个盆地之间的山梁",
    'tilt -= tilt.mean()                                        # the mean of the per-sample costs is J(w)':
        'tilt -= tilt.mean()                                        # 各样本代价的平均值就是 J(w)',
    '"""The final w of BGD / SGD / MBGD on the mean of the tilted costs: the loop above, in 1-D."""':
        '"""BGD / SGD / MBGD 在倾斜后各代价的平均值上得到的最终 w：即上面那个循环的一维版本。"""',
    'print(f"from the {start_name:6} minimum w = {start:5.2f}, {name:4} (batch {k:3d}): "':
        'print(f"从 {start_name:6} 最小点 w = {start:5.2f} 出发，{name:4}（批量 {k:3d}）："',
    'f"{in_global[start_name, name]:4.0%} of the seeds end in the global basin (w < {w_barrier:.2f})")':
        'f"{in_global[start_name, name]:4.0%} 的随机种子最终落入全局最小点所在的盆地（w < {w_barrier:.2f}）")',
    'print(f"{name.upper():4}: final J = {run.cost[-1]:.5f}")':
        'print(f"{name.upper():4}：最终 J = {run.cost[-1]:.5f}")',
    # the tables' headers
    'print(f"{\'method\':6} {\'batch\':>6} {\'steps/epoch\':>11} {\'time/epoch\':>11} {\'J − J* after epoch 1\':>22} "':
        'print(f"{\'方法\':6} {\'批大小\':>6} {\'每轮步数\':>11} {\'每轮用时\':>11} {\'第 1 轮后 J − J*\':>22} "',
    'f"{\'uphill, last epoch\':>19} {\'bounce, last epoch\':>22}")':
        'f"{\'最后一轮上坡比例\':>19} {\'最后一轮横跳幅度\':>22}")',
    'print(f"{\'batch k\':>7} {\'std of batch grad_b\':>20} {\'× √k\':>7} {\'bounce\':>10} {\'bounce × k\':>11}")':
        'print(f"{\'批大小 k\':>7} {\'批梯度 grad_b 的标准差\':>20} {\'× √k\':>7} {\'横跳幅度\':>10} {\'横跳幅度 × k\':>11}")',
}
