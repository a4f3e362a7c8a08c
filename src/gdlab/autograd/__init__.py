"""The autograd twin: the same names as gdlab.scratch, with torch tensors;
gradients only from `.backward()`, updates only through torch.optim."""
from gdlab.autograd.cost import cost, cost_and_grad, cost_grad
from gdlab.autograd.gradcheck import gradient_check, numeric_grad
from gdlab.autograd.model import predict
from gdlab.autograd.optimizers import (OPTIMIZERS, GD, Adadelta, Adagrad, Adam, Momentum,
                                       Nesterov, RMSprop)
from gdlab.autograd.update import update

__all__ = ["predict", "cost", "cost_grad", "cost_and_grad", "update", "numeric_grad",
           "gradient_check", "OPTIMIZERS", "GD", "Momentum", "Nesterov", "Adagrad", "RMSprop",
           "Adadelta", "Adam"]
