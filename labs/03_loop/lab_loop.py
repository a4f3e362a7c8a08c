"""Lab 3: the gradient-descent loop. BGD (批量梯度下降法) uses all n samples per step, SGD
(随机梯度下降法) one, MBGD (小批量梯度下降法) a batch of k: one loop, the batch size is the only difference.

Shapes: x, y are (n,) arrays; an index batch is an (k,) array of ints.
The gradient is given, in linefit.py beside this file: cost_and_grad(x, y, w, b) -> (cost, grad_w, grad_b).
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
    """
    ### HINT: a permutation from default_rng([seed, epoch]) (arange(n) for BGD), cut into batch_size pieces
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
    """
    ### HINT: two nested loops (epochs, then the batches of make_batches); append cost(x, y, w, b) after every step
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
