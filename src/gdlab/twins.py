"""The two twins side by side: how the loop turns data and parameters into each one's types."""
import inspect

import numpy as np

from gdlab.checks import check_choice
from gdlab.errors import GdlabError
from gdlab.i18n import text

BACKENDS = ("scratch", "autograd")
OPTIMIZER_NAMES = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam")


def twin(backend):
    """The twin's package: gdlab.scratch or gdlab.autograd (torch is imported only when asked for)."""
    check_choice("backend", backend, BACKENDS)
    if backend == "scratch":
        from gdlab import scratch
        return scratch
    from gdlab import autograd
    return autograd


def optimizer_options(name):
    """The keyword options an optimizer takes (besides lr), with their defaults."""
    from gdlab.scratch.optimizers import OPTIMIZERS
    check_choice("optimizer", name, OPTIMIZER_NAMES)
    signature = inspect.signature(OPTIMIZERS[name])
    return {k: p.default for k, p in signature.parameters.items() if k != "lr"}


def make_optimizer(backend, name, lr, **options):
    """An optimizer of one twin; the options are checked by name for both twins alike."""
    allowed = optimizer_options(name)
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise GdlabError(text("core.twins.unknown_option", name=name, unknown=", ".join(unknown),
                              options=", ".join(allowed) or text("core.twins.no_options")))
    return twin(backend).OPTIMIZERS[name](lr=lr, **options)   # each twin checks the values alike


def as_params(backend, values):
    """The parameter vector in the twin's type: float64 ndarray, or float64 leaf tensor."""
    if backend == "scratch":
        return np.array(values, dtype=np.float64)
    import torch
    return torch.tensor(values, dtype=torch.float64, requires_grad=True)


def as_data(backend, x):
    """The data in the twin's type (the same float64 values)."""
    if backend == "scratch":
        return x
    import torch
    return torch.from_numpy(x)


def to_numpy(params):
    """The parameter vector as a float64 ndarray copy, whichever twin holds it."""
    if hasattr(params, "detach"):
        return params.detach().numpy().copy()
    return np.array(params, dtype=np.float64)
