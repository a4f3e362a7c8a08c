"""`gdlab demo`：运行时打印的内容，以及它的网页（index.html）。"""
MESSAGES = {
    # 运行时打印
    "fits.line": "直线数据（100 个样本，真实 w = 2，b = 1）：最小二乘解 w = {w:.4f}，b = {b:.4f}",
    "fits.method": "{method:4} 批量 {batch_size:>3}：w = {w:.4f}  b = {b:.4f}  J = {cost:.5f}  "
                   "共 {steps} 步（{stop_reason}）",
    "fits.house": "房价（面积 1、2 -> 价格 300、500）：w = {w:.6f}  b = {b:.6f}  "
                  "（精确解：200、100），共 {steps} 步",
    "fits.diabetes": "糖尿病（BMI -> 病情进展，442 位病人），Adam：w = {w:.3f}  b = {b:.2f}  "
                     "（最小二乘解 {w_ls:.3f}、{b_ls:.2f}），共 {steps} 步",
    "training.result": "训练 {epochs} 轮后验证准确率 {accuracy:.2%}（在 {device} 上用时 {seconds:.1f} 秒）",
    "seconds": "（{seconds:.1f} 秒）",
    "open_index": "按课程顺序的图和数字：在浏览器中打开 {path}",
    "open_tensorboard": "在 TensorBoard 中查看卷积神经网络的训练：tensorboard --logdir {logdir} --host 127.0.0.1"
                        "（然后打开 http://127.0.0.1:6006）",

    # 网页
    "page.title": "gdlab 演示：这一课",
    "page.heading": "gdlab：一步一步学梯度下降",
    "page.intro": "由 {command} 生成。课程顺序与讲义一致：预测函数、代价函数、梯度、学习率、(w, b) 曲面、"
                  "批量 / 随机 / 小批量梯度下降法、更好的优化器、PyTorch、卷积神经网络。",
    "section.cost": "预测函数、代价函数与均方误差",
    "section.gradient": "梯度与学习率",
    "section.surface": "在 (w, b) 曲面上循环迭代；全局最优与局部最优",
    "section.methods": "批量、随机与小批量梯度下降法（BGD、SGD、MBGD）",
    "section.optimizers": "更好的优化器",
    "section.crosscheck": "用 PyTorch 再算一遍：交叉核对",
    "section.training": "卷积神经网络：在 TensorBoard 中可视化训练过程",
    "section.more": "更多的图",
    "figure.01_data_and_errors": "数据、直线 y = w·x 与每个样本的误差",
    "figure.02_cost_curve": "代价函数 J(w) 与梯度下降在它上面走的每一步",
    "figure.03_learning_rates": "同一个起点、四个学习率：进展缓慢、合适、反复横跳、发散",
    "figure.04_cost_surface_3d": "代价曲面 J(w, b) 与 BGD、SGD、MBGD 的路径",
    "figure.05_contour_paths": "同样的路径画在等高线图上",
    "figure.06_cost_per_step": "每一步之后的代价，线性刻度与对数刻度",
    "figure.07_local_global": "两个极小值：普通梯度下降停在哪里取决于起点",
    "figure.08_landscapes": "用来比较优化器的测试地形",
    "figure.09_race_saddle": "鞍点函数上的优化器竞赛",
    "figure.10_race_rosenbrock": "Rosenbrock 山谷中的优化器竞赛",
    "figure.11_descent_curve": "在 J(w) 上一步一步下降（动画）",
    "figure.12_descent_contour": "路径在等高线图上逐步延伸（动画）",
    "crosscheck.summary": "NumPy 手写版与 torch 之间的最大相对差异：{verdict}。",
    "crosscheck.all_within": "全部在 1e-10 以内",
    "crosscheck.not_all_within": "并非全部在容差以内",
    "crosscheck.case": "用例",
    "crosscheck.params": "参数",
    "crosscheck.cost": "代价",
    "crosscheck.grad": "梯度",
    "crosscheck.ok": "一致",
    "yes": "是",
    "no": "否",
    "fits.run": "运行",
    "fits.method_column": "方法",
    "fits.optimizer": "优化器",
    "fits.cost": "代价 J",
    "fits.steps": "步数",
}
