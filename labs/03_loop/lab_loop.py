"""Lab 3: the gradient-descent loop. BGD (批量梯度下降法) uses all n samples per step, SGD
(随机梯度下降法) one, MBGD (小批量梯度下降法) a batch of k: one loop, the batch size is the only difference.

Shapes: x, y are (n,) arrays; an index batch is an (k,) array of ints.
The gradient is given, in linefit.py beside this file: cost_and_grad(x, y, w, b) -> (cost, grad_w, grad_b).

实验 3：梯度下降的循环。批量梯度下降法（BGD）每一步用全部 n 个样本，随机梯度下降法（SGD）用一个，
小批量梯度下降法（MBGD）用 k 个一批：同一个循环，唯一的区别是批量大小。
形状：x、y 是 (n,) 数组；一个下标批次是整数的 (k,) 数组。
梯度已经给出，在本文件旁边的 linefit.py 里：cost_and_grad(x, y, w, b) -> (cost, grad_w, grad_b)。
"""
import numpy as np

from linefit import cost, cost_and_grad


def epoch_batches(n, batch_size, epoch, seed):
    """The index batches of one epoch, in order: a list of int arrays that together hold 0..n-1 once.

    When batch_size < n, shuffle first, with a fresh order every epoch drawn from a generator
    seeded with both seed and epoch, e.g.  order = np.random.default_rng([seed, epoch]).permutation(n).
    Any such seeded shuffle is right: the same (seed, epoch) must give the same order, another
    epoch or another seed another order. When batch_size == n (BGD) keep the order 0..n-1. Cut the
    order into pieces of batch_size; the last piece may be smaller.

    一轮（epoch）中按顺序排列的各个下标批次：一个整数数组的列表，合起来恰好包含 0..n-1 各一次。

    batch_size < n 时先打乱，每一轮都用一个以 seed 和 epoch 两者为种子的生成器重新抽取顺序，
    例如 order = np.random.default_rng([seed, epoch]).permutation(n)。
    任何这样带种子的打乱方式都是对的：相同的 (seed, epoch) 必须给出相同的顺序，换一轮或换一个种子
    就给出另一个顺序。batch_size == n（BGD）时保持顺序 0..n-1。把顺序切成大小为 batch_size 的若干段；
    最后一段可以小一些。
    """
    ### HINT: a permutation from default_rng([seed, epoch]) (arange(n) for BGD), cut into batch_size pieces
    ### HINT[zh]: 用 default_rng([seed, epoch]) 得到一个排列（BGD 用 arange(n)），切成大小为 batch_size 的若干段
    ### BEGIN SOLUTION
    if batch_size < n:
        order = np.random.default_rng([seed, epoch]).permutation(n)
    else:
        order = np.arange(n)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]
    ### END SOLUTION


def descend(x, y, lr, epochs, batch_size, seed=0, w0=0.0, b0=0.0, make_batches=epoch_batches):
    """Gradient descent on y ≈ w·x + b: returns (w, b, costs).

    For each epoch, for each batch of make_batches(n, batch_size, epoch, seed) (your epoch_batches,
    unless the caller passes another function): take the gradient of the cost on that batch only
    (cost_and_grad(x[batch], y[batch], w, b)) and step w ← w − lr·grad_w, b ← b − lr·grad_b.
    costs is an array of the FULL-data cost cost(x, y, w, b), before the first step and after
    every step: (steps + 1,).

    在 y ≈ w·x + b 上做梯度下降：返回 (w, b, costs)。

    对每一轮、对 make_batches(n, batch_size, epoch, seed) 给出的每个批次（默认是你的 epoch_batches，
    除非调用者传入另一个函数）：只在这个批次上求代价的梯度
    （cost_and_grad(x[batch], y[batch], w, b)），然后更新 w ← w − lr·grad_w，b ← b − lr·grad_b。
    costs 是全部数据上的代价 cost(x, y, w, b) 组成的数组，记录第一步之前和每一步之后的值：
    形状 (steps + 1,)。
    """
    ### HINT: two nested loops (epochs, then the batches of make_batches); append cost(x, y, w, b) after every step
    ### HINT[zh]: 两层嵌套循环（先是各轮，再是 make_batches 给出的批次）；每一步之后追加 cost(x, y, w, b)
    ### BEGIN SOLUTION
    w, b = float(w0), float(b0)
    costs = [cost(x, y, w, b)]
    for epoch in range(epochs):
        for batch in make_batches(len(x), batch_size, epoch, seed):
            _, grad_w, grad_b = cost_and_grad(x[batch], y[batch], w, b)
            w, b = w - lr * grad_w, b - lr * grad_b
            costs.append(cost(x, y, w, b))
    return w, b, np.array(costs)
    ### END SOLUTION
