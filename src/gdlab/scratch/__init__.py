"""The scratch twin: NumPy, every derivative written by hand."""
from gdlab.scratch.cost import cost, cost_and_grad, cost_grad
from gdlab.scratch.gradcheck import gradient_check, numeric_grad
from gdlab.scratch.model import predict
from gdlab.scratch.optimizers import (OPTIMIZERS, GD, Adadelta, Adagrad, Adam, Momentum,
                                      Nesterov, RMSprop)
from gdlab.scratch.update import update

__all__ = ["predict", "cost", "cost_grad", "cost_and_grad", "update", "numeric_grad",
           "gradient_check", "OPTIMIZERS", "GD", "Momentum", "Nesterov", "Adagrad", "RMSprop",
           "Adadelta", "Adam"]
