"""One gradient-descent update through torch.optim.SGD: new w = old w − lr × gradient."""
import torch


def update(w, grad_w, lr):
    """Return w − lr·grad_w, computed by torch.optim.SGD on a copy of w."""
    w = torch.as_tensor(w, dtype=torch.float64).detach().clone().requires_grad_(True)
    w.grad = torch.as_tensor(grad_w, dtype=torch.float64).clone()
    torch.optim.SGD([w], lr=lr).step()
    return w.detach()
