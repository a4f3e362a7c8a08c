"""One gradient-descent update (学习率): new w = old w − lr × gradient."""


def update(w, grad_w, lr):
    """Return w − lr·grad_w (works for a number or an array)."""
    return w - lr * grad_w
