"""The same optimizers as gdlab.scratch.optimizers, run by torch.optim itself.

`params = opt.step(params, grads)`: the float64 tensor `params` (any shape) is updated in place
by the wrapped torch.optim optimizer, created on the first step; `state` is torch's own state.
Keyword options are torch.optim's (momentum, betas, eps, weight_decay, ...), with its defaults.
"""
import inspect

import torch

from gdlab.checks import check_lr


class TorchOptimizer:
    """A torch.optim class with fixed options, bound to the first parameter tensor it is given."""

    torch_class = torch.optim.SGD
    fixed = {}

    def __init__(self, lr=None, **options):
        default_lr = inspect.signature(self.torch_class).parameters["lr"].default
        self.lr = check_lr(default_lr if lr is None else lr)
        self.options = {**self.fixed, **options}
        self.torch_optimizer = None

    def step(self, params, grads):
        if self.torch_optimizer is None:
            self.torch_optimizer = self.torch_class([params], lr=self.lr, **self.options)
        params.grad = torch.as_tensor(grads, dtype=params.dtype).reshape(params.shape).clone()
        self.torch_optimizer.step()
        return params

    @property
    def state(self):
        """torch.optim's state for the parameter (momentum_buffer, exp_avg, ...); {} before the first step."""
        if self.torch_optimizer is None:
            return {}
        param = self.torch_optimizer.param_groups[0]["params"][0]
        return dict(self.torch_optimizer.state[param])


class GD(TorchOptimizer):
    """torch.optim.SGD."""


class Momentum(TorchOptimizer):
    """torch.optim.SGD(momentum=0.9)."""

    fixed = {"momentum": 0.9}


class Nesterov(TorchOptimizer):
    """torch.optim.SGD(momentum=0.9, nesterov=True)."""

    fixed = {"momentum": 0.9, "nesterov": True}


class Adagrad(TorchOptimizer):
    """torch.optim.Adagrad."""

    torch_class = torch.optim.Adagrad


class RMSprop(TorchOptimizer):
    """torch.optim.RMSprop."""

    torch_class = torch.optim.RMSprop


class Adadelta(TorchOptimizer):
    """torch.optim.Adadelta."""

    torch_class = torch.optim.Adadelta


class Adam(TorchOptimizer):
    """torch.optim.Adam."""

    torch_class = torch.optim.Adam


OPTIMIZERS = {"gd": GD, "momentum": Momentum, "nesterov": Nesterov, "adagrad": Adagrad,
              "rmsprop": RMSprop, "adadelta": Adadelta, "adam": Adam}
