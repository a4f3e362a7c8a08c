"""实验 1（labs/01_cost）：指出错误的提示，以及测试给学生看的文字。"""
MESSAGES = {
    # predict：y_hat = w·x + b
    "predict.no_b": "你漏掉了 b：y_hat = w·x + b",
    "predict.swapped": "w 和 b 弄反了：w 乘以 x，b 是加上去的",
    "predict.b_multiplied": "w·(x + b) 不是 w·x + b：只有 x 乘以 w",
    "predict.b_subtracted": "b 被减掉了：y_hat = w·x + b",
    "predict.otherwise": "y_hat = w·x + b，每个样本一个值",
    # cost：J = (1/n)·Σr²
    "cost.half": "这是 J 的一半：用的是 1/(2n) 的约定（J = 1/(2n)·Σr²，吴恩达的课程）；本实验中 "
                 "J = (1/n)·Σr²，没有 1/2",
    "cost.sum": "这是残差平方的总和：J 是它们的平均值（要除以 n）",
    "cost.half_sum": "这是 ½·Σr²：J 是平均值 (1/n)·Σr²，没有 1/2，要除以 n",
    "cost.n_minus_1": "这里除以了 n − 1：J 是平均值，要除以 n",
    "cost.rmse": "这是 J 的平方根（均方根误差 RMSE）：J 不开平方",
    "cost.mae": "这是平均绝对误差：要把每个残差平方，而不是取绝对值",
    "cost.square_of_mean": "这是残差平均值的平方：要先把每个残差平方，再求平均值",
    "cost.not_squared": "残差没有平方：J 是 r² 的平均值",
    "cost.otherwise": "J = (1/n)·Σ (w·x_i + b − y_i)²：先把每个残差平方，再求平均值",
    "cost.return_float": "用 float(...) 返回一个数",
    # cost_curve：每个斜率处的 J
    "cost_curve.axis0": "你沿 axis=0（斜率）求了平均：应该沿 axis=1（样本）求平均，每个斜率一个代价",
    "cost_curve.half": "这是每个斜率处 J 的一半：用的是 1/(2n) 的约定；本实验中 J = (1/n)·Σr²，没有 1/2",
    "cost_curve.sum": "这是每个斜率处残差平方的总和：要沿 axis=1 求它们的平均值",
    "cost_curve.no_b": "你漏掉了 b：残差是 w·x + b − y",
    "cost_curve.otherwise": "每个斜率一个代价：(m, n) 的表 ws[:, None]·x + b − y，平方后沿 axis=1 求平均",
    "cost_curve.minimum": "抛物线的最低点不在 x·y/x·x 处",
    # 测试检查的是什么（失败信息的开头）
    "what.predict_one_sample": "只有一个样本时的 predict",
    "what.cost_on_data": "{name} 数据上的 cost",
    "what.cost_curve_601": "601 个斜率上的 cost_curve",
}
