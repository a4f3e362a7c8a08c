"""One gradient-descent update (学习率): new w = old w − lr × gradient."""
from gdlab.checks import check_lr, check_numbers, check_same_shape


def update(w, grad_w, lr):
    """Return w − lr·grad_w in float64 (a number or an array; grad_w has the shape of w)."""
    lr = check_lr(lr)
    w, grad_w = check_numbers("w", w), check_numbers("grad_w", grad_w)
    check_same_shape("grad_w", grad_w.shape, "w", w.shape)
    return w - lr * grad_w
