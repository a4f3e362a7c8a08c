"""笔记本 03 的练习（gdlab.exercises.nb03）：题目、指出错误的提示、所检查内容的名称。"""
MESSAGES = {
    "q1": "STARTS = {starts} 中，哪些起点最终落入 J(w) = w⁴ − 3w² + w 的全局最小值"
          "（普通梯度下降，lr = {lr}，{steps} 步）？",
    "q2": "steps_to_tolerance(x, y, lr, w0, b0, tol)：在 J(w, b) 上运行 BGD（批量梯度下降法），"
          "直到 |∇J| ≤ tol·|起点处的 ∇J| 时所走的步数。",
    # 03.1 哪些起点落入全局最小值
    "starts.wrong": "「落入全局最小值的起点」不对：{detail}",
    "starts.a_list": "一个起点值的列表，例如 [-2.0, 1.0]",
    "starts.not_a_number": "{value} 不是数",
    "starts.numbers_from": "一个数的列表，取自 STARTS = {starts}",
    "starts.extra_missing": "你的答案里有 {extra} 个不该有，缺了 {missing} 个",
    "starts.count_of": "STARTS 中的 {count} 个",
    "starts.local": "这些是落入*局部*最小值（局部最优）的起点；题目问的是全局最小值",
    "starts.below_0": "分界点不在 w = 0，而在 J 的局部最大值处，那里 dJ/dw = 4w³ − 6w + 1 = 0 且 J″ < 0："
                      "它左边的每个起点都会滚进全局最小值",
    "starts.up_to_0": "分界点不在 w = 0，而在 J 的局部最大值处，那里 dJ/dw = 4w³ − 6w + 1 = 0 且 J″ < 0",
    "starts.all": "不是每个起点都行：这是课程笔记里“BGD 能找到全局最优”的说法，它只对凸的代价函数成立；"
                  "在这条曲线上，普通梯度下降只会往下走，所以局部最大值右边的起点会落入局部最小值",
    "starts.hint": "普通梯度下降只会往下走：起点在哪个山谷，就停在哪个山谷，而两个山谷在 J 的局部最大值处交界"
                   "（dJ/dw = 0，J″ < 0）；拿不准的起点，可以试试 descend_1d(start, lr=0.02, steps=200)",
    # 03.2 达到容差所需的步数
    "steps.what": "{name} 上的 steps_to_tolerance(x, y, lr={lr:g}, w0={w0:g}, b0={b0:g}, tol={tol:g})",
    "steps.too_many": "多了一步：一旦 |∇J| ≤ tol·|起点处的 ∇J| 就停下，每次更新之后检查；"
                      "数的是更新的次数，而不是路径上的点数",
    "steps.too_few": "少了一步：起点本身不算一步；数更新的次数，直到某次更新之后 |∇J| ≤ tol·|起点处的 ∇J|",
    "steps.absolute": "这个步数用的是 |∇J| ≤ tol，即绝对容差；这里的容差是相对的，"
                      "tol × |起点处的 ∇J|（和 gdlab.fit 的 tol 一样）",
    "steps.hint": "一个循环：w ← w − lr·∂J/∂w，b ← b − lr·∂J/∂b（两者都用旧的 w、b 计算），一个步数计数器，"
                  "每步之后检查 |∇J| = √(∂J/∂w² + ∂J/∂b²) ≤ tol·|起点处的 ∇J|",
}
