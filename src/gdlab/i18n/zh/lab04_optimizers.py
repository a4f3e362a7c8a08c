"""实验 4（手写优化器）：测试给学生看的提示和消息。"""
MESSAGES = {
    "params_after_step": "{optimizer}({settings})：第 {step} 步之后的 params",
    "state_after": "{steps} 步之后的 {attribute}",
    "state_hint": "把状态保存在 self.{attribute} 里，也就是 __init__ 放它的地方",
    "adam_t_after": "{steps} 步之后 Adam 的 t",
    "adam_t_hint": "每一步 t ← t + 1，从 0 开始",
    "momentum.hint": "第一步 velocity ← grads，之后 velocity ← momentum·velocity + grads；params − lr·velocity",
    "momentum.first_step_blended": "动量法的第一步：velocity = grads，这时还没有动量项",
    "momentum.dampened": "velocity ← momentum·velocity + grads，grads 不乘 (1 − momentum)",
    "nesterov.hint": "velocity 与 Momentum 相同，然后 params − lr·(grads + momentum·velocity)",
    "nesterov.as_momentum": "Nesterov 会向前看一步：params − lr·(grads + momentum·velocity)，"
                            "而不是普通动量法的 params − lr·velocity",
    "adagrad.hint": "sum_sq 从零开始，sum_sq ← sum_sq + grads²；params − lr·grads / (√sum_sq + eps)",
    "adagrad.eps_inside": "eps 放在平方根外面：grads / (√sum_sq + eps)",
    "adagrad.without_the_sum": "sum_sq 累加到目前为止每一步的 grads²，而不只是这一步的",
    "rmsprop.hint": "square_avg 从零开始，square_avg ← alpha·square_avg + (1 − alpha)·grads²；"
                    "params − lr·grads / (√square_avg + eps)",
    "rmsprop.eps_inside": "eps 放在平方根外面：grads / (√square_avg + eps)",
    "rmsprop.alpha_swapped": "alpha 乘的是旧的平均值：alpha·square_avg + (1 − alpha)·grads²",
    "adadelta.hint": "用本步之前的 acc_delta 计算 delta = √(acc_delta + eps) / √(square_avg + eps) · grads；"
                     "然后 acc_delta ← rho·acc_delta + (1 − rho)·delta²；params − lr·delta",
    "adadelta.eps_outside": "eps 放在两个平方根里面：√(acc_delta + eps) / √(square_avg + eps)",
    "adadelta.without_lr": "params − lr·delta：torch 的 Adadelta 仍然要乘学习率 lr（默认 1.0）",
    "adam.bias_correction": "偏差修正 m̂ = m/(1−β1^t)，v̂ = v/(1−β2^t)，t 从 1 开始计数",
    "adam.eps_inside": "eps 放在平方根外面：m̂ / (√v̂ + eps)",
    "adam.betas_swapped": "m 用 beta1 对 grads 做平均，v 用 beta2 对 grads² 做平均",
}
