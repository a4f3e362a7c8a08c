"""The same optimizers as gdlab.scratch.optimizers, run by torch.optim itself.

Each class takes exactly the arguments of its scratch twin (the same names, defaults and checks:
the scratch class is built first and refuses a bad value with the same error) and hands them to
torch.optim. `params = opt.step(params, grads)` takes numbers of any shape (grads of the shape
of params); torch.optim updates one float64 leaf tensor, made on the first step: `params` itself
when it already is one (updated in place, as torch.optim does), else a copy of its values; a
later `params` that is not that tensor has its values copied in first. `state` is torch's own.
"""
import inspect

import torch

from gdlab.autograd.tensors import as_float64
from gdlab.checks import check_same_shape
from gdlab.errors import GdlabError
from gdlab.i18n import text
from gdlab.scratch import optimizers as scratch


class TorchOptimizer:
    """A torch.optim class with the checked arguments of its scratch twin (`mirror`) and `fixed` ones."""

    torch_class = torch.optim.SGD
    mirror = scratch.GD
    fixed = {}

    def __init_subclass__(cls):
        cls.__signature__ = inspect.signature(cls.mirror)   # help() shows the scratch twin's arguments

    def __init__(self, *args, **kwargs):
        self.lr = self.mirror(*args, **kwargs).lr   # raises just as the scratch twin does
        arguments = inspect.signature(self.mirror).bind(*args, **kwargs)
        arguments.apply_defaults()
        self.options = {**{k: v for k, v in arguments.arguments.items() if k != "lr"}, **self.fixed}
        self.torch_optimizer = None

    def step(self, params, grads):
        values, grads = as_float64("params", params), as_float64("grads", grads)
        check_same_shape("grads", grads.shape, "params", values.shape)
        leaf = self._leaf(params, values)
        leaf.grad = grads.detach().clone()
        self.torch_optimizer.step()
        return leaf

    def _leaf(self, params, values):
        """The tensor torch.optim updates, holding the values of `params`."""
        if self.torch_optimizer is None:
            own = params is values and values.is_leaf   # a float64 leaf tensor: update it in place
            leaf = values if own else values.detach().clone().requires_grad_(True)
            self.torch_optimizer = self.torch_class([leaf], lr=self.lr, **self.options)
        leaf = self.torch_optimizer.param_groups[0]["params"][0]
        if values.shape != leaf.shape:
            raise GdlabError(text("core.optimizers.shape_changed", shape=tuple(values.shape),
                                  expected=tuple(leaf.shape)))
        if values is not leaf:
            with torch.no_grad():
                leaf.copy_(values)
        return leaf

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

    mirror = scratch.Momentum


class Nesterov(TorchOptimizer):
    """torch.optim.SGD(momentum=0.9, nesterov=True)."""

    mirror = scratch.Nesterov
    fixed = {"nesterov": True}


class Adagrad(TorchOptimizer):
    """torch.optim.Adagrad."""

    torch_class = torch.optim.Adagrad
    mirror = scratch.Adagrad


class RMSprop(TorchOptimizer):
    """torch.optim.RMSprop."""

    torch_class = torch.optim.RMSprop
    mirror = scratch.RMSprop


class Adadelta(TorchOptimizer):
    """torch.optim.Adadelta."""

    torch_class = torch.optim.Adadelta
    mirror = scratch.Adadelta


class Adam(TorchOptimizer):
    """torch.optim.Adam."""

    torch_class = torch.optim.Adam
    mirror = scratch.Adam


OPTIMIZERS = {"gd": GD, "momentum": Momentum, "nesterov": Nesterov, "adagrad": Adagrad,
              "rmsprop": RMSprop, "adadelta": Adadelta, "adam": Adam}
