"""实验 2（labs/02_gradient）：指出错误的提示，以及测试给学生看的文字。"""
MESSAGES = {
    # cost_grad：J = (1/n)·Σr² 的 (grad_w, grad_b)
    "cost_grad.sign": "符号反了：r = w·x + b − y（预测值减目标值）时，梯度是 +(2/n)·Σ r·x；"
                      "负号属于更新那一步",
    "cost_grad.half": "这是梯度的一半：少了 d(r²)/dr = 2r 里的因子 2（1/(2n) 的约定会把它消掉，"
                      "但这里 J = (1/n)·Σr²）",
    "cost_grad.sum": "这是 r² 总和的梯度：J 是平均值，要除以 n",
    "cost_grad.half_sum": "这是 ½·Σr² 的梯度：J 是平均值 (1/n)·Σr²，要保留因子 2",
    "cost_grad.swapped": "grad_w 和 grad_b 弄反了：按 (grad_w, grad_b) 的顺序返回",
    "cost_grad.no_x": "grad_w 少了因子 x_i：grad_w = (2/n)·Σ r·x",
    "cost_grad.otherwise": "grad_w = (2/n)·Σ r·x，grad_b = (2/n)·Σ r，其中 r = w·x + b − y",
    # update：params − lr·grads
    "update.uphill": "这一步是顺着梯度往上坡走：要逆着梯度走，params − lr·grads",
    "update.no_lr": "少了学习率 lr：params − lr·grads",
    "update.only_step": "这只是步长那一项：要返回 params − lr·grads",
    "update.otherwise": "新值 = 旧值 − lr × 梯度",
    # numeric_grad：中心差分
    "numeric_grad.forward": "这是前向差分 (f(p + h·e_i) − f(p)) / h，误差是 O(h)：请用中心差分 "
                            "(f(p + h·e_i) − f(p − h·e_i)) / 2h，误差只有 O(h²)",
    "numeric_grad.backward": "这是后向差分 (f(p) − f(p − h·e_i)) / h，误差是 O(h)：请用中心差分 "
                             "(f(p + h·e_i) − f(p − h·e_i)) / 2h",
    "numeric_grad.twice": "这是梯度的两倍：中心差分要除以 2h，而不是 h",
    "numeric_grad.half": "这是梯度的一半：中心差分要除以 2h，而不是 4h",
    "numeric_grad.otherwise": "中心差分 (f(p + h·e_i) − f(p − h·e_i)) / 2h，每个参数 i 一项",
    # 测试检查的是什么（失败信息的开头）
    "what.grad_w_at": "w={w}, b={b} 处的 grad_w",
    "what.grad_b_at": "w={w}, b={b} 处的 grad_b",
    "what.versus_central": "(grad_w, grad_b) 与中心差分的比较",
    "what.quadratic": "3a² + ab − 2b 的 numeric_grad",
    "what.cubic": "h=1e-3 时 a³ + ab² 的 numeric_grad",
    "what.on_data": "{name} 数据上的 (grad_w, grad_b)",
    "what.at_the_optimum": "最优点处的梯度",
    "what.sine": "三维情形下的 numeric_grad，h=1e-3",
}
