"""One gradient-descent update through torch.optim.SGD: new w = old w − lr × gradient."""
import torch

from gdlab.autograd.tensors import as_float64, as_leaf
from gdlab.checks import check_lr, check_same_shape


def update(w, grad_w, lr):
    """Return w − lr·grad_w, computed by torch.optim.SGD on a float64 copy of w (grad_w has w's shape)."""
    lr = check_lr(lr)
    w, grad_w = as_leaf("w", w), as_float64("grad_w", grad_w)
    check_same_shape("grad_w", grad_w.shape, "w", w.shape)
    w.grad = grad_w.detach().clone()
    torch.optim.SGD([w], lr=lr).step()
    return w.detach()
