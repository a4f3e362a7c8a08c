"""`gdlab demo`: what it prints while it runs, and its page (index.html)."""
MESSAGES = {
    # printed while the demo runs
    "fits.line": "line data (100 samples, true w = 2, b = 1): least squares w = {w:.4f}, b = {b:.4f}",
    "fits.method": "{method:4} batch {batch_size:>3}: w = {w:.4f}  b = {b:.4f}  J = {cost:.5f}  "
                   "after {steps} steps ({stop_reason})",
    "fits.house": "house prices (size 1, 2 -> price 300, 500): w = {w:.6f}  b = {b:.6f}  "
                  "(exact: 200, 100) after {steps} steps",
    "fits.diabetes": "diabetes (BMI -> progression, 442 patients), Adam: w = {w:.3f}  b = {b:.2f}  "
                     "(least squares {w_ls:.3f}, {b_ls:.2f}) after {steps} steps",
    "training.result": "validation accuracy {accuracy:.2%} after {epochs} epochs ({seconds:.1f} s on {device})",
    "seconds": "({seconds:.1f} s)",
    "open_index": "the lesson in order, figures and numbers: open {path} in a browser",
    "open_tensorboard": "the CNN's training in TensorBoard: tensorboard --logdir {logdir} --host 127.0.0.1 "
                        "(then open http://127.0.0.1:6006)",

    # the page
    "page.title": "gdlab demo: the lesson",
    "page.heading": "gdlab: gradient descent, step by step",
    "page.intro": "Made by {command}. The lesson follows the course note: prediction function, cost, "
                  "gradient, learning rate, the (w, b) surface, BGD / SGD / MBGD, better optimizers, "
                  "PyTorch, the CNN.",
    "section.cost": "Prediction function and cost (预测函数, 代价函数, 均方误差)",
    "section.gradient": "Gradient and learning rate (梯度, 学习率)",
    "section.surface": "Iteration on the (w, b) surface; local and global optimum (循环迭代, 全局最优 / 局部最优)",
    "section.methods": "BGD, SGD, MBGD (批量 / 随机 / 小批量梯度下降法)",
    "section.optimizers": "Better optimizers",
    "section.crosscheck": "The same through PyTorch: the cross-check",
    "section.training": "The CNN, watched in TensorBoard (可视化训练过程)",
    "section.more": "More figures",
    "figure.01_data_and_errors": "The data, the line y = w·x and each sample's error",
    "figure.02_cost_curve": "The cost J(w) and the steps of gradient descent on it",
    "figure.03_learning_rates": "One start, four learning rates: crawling, good, oscillating, diverging",
    "figure.04_cost_surface_3d": "The cost surface J(w, b) with the paths of BGD, SGD and MBGD",
    "figure.05_contour_paths": "The same paths on the contour map",
    "figure.06_cost_per_step": "The cost after each step, on a linear and a log scale",
    "figure.07_local_global": "Two minima: where plain GD ends depends on where it starts",
    "figure.08_landscapes": "The test landscapes for the optimizers",
    "figure.09_race_saddle": "The optimizer race on the saddle",
    "figure.10_race_rosenbrock": "The optimizer race in the Rosenbrock valley",
    "figure.11_descent_curve": "The descent on J(w), step by step (animation)",
    "figure.12_descent_contour": "The paths growing on the contour map (animation)",
    "crosscheck.summary": "Largest relative differences between the NumPy twin and torch: {verdict}.",
    "crosscheck.all_within": "all within 1e-10",
    "crosscheck.not_all_within": "NOT all within the tolerance",
    "crosscheck.case": "case",
    "crosscheck.params": "params",
    "crosscheck.cost": "cost",
    "crosscheck.grad": "grad",
    "crosscheck.ok": "ok",
    "yes": "yes",
    "no": "NO",
    "fits.run": "run",
    "fits.method_column": "method",
    "fits.optimizer": "optimizer",
    "fits.cost": "cost J",
    "fits.steps": "steps",
}
