"""Which device trains: `auto` takes CUDA, then Apple's MPS, then the CPU; a named one must exist."""
import torch

from gdlab.errors import GdlabError
from gdlab.i18n import text


def available_devices():
    """The device names usable here, best first, e.g. ['cuda', 'cuda:0', 'cpu']."""
    names = []
    if torch.cuda.is_available():
        names += ["cuda"] + [f"cuda:{i}" for i in range(torch.cuda.device_count())]
    if _mps_available():
        names.append("mps")
    return names + ["cpu"]


def pick_device(name="auto"):
    """torch.device for `name` ('auto', 'cpu', 'cuda', 'cuda:1', 'mps'); GdlabError if it is not here."""
    available = available_devices()
    if name == "auto":
        return torch.device(available[0])
    try:
        device = torch.device(name)
    except (RuntimeError, TypeError):
        raise GdlabError(text("training.device.unknown", name=name, available=", ".join(available))) from None
    if str(device) not in available:
        raise GdlabError(text("training.device.not_available", name=name, available=", ".join(available),
                              best=available[0]))
    return device


def describe_device(device):
    """One line for the user: which device trains, and 'using CPU' when no GPU was found."""
    device = torch.device(device)
    if device.type == "cuda":
        index = device.index if device.index is not None else torch.cuda.current_device()
        return text("training.device.cuda", index=index, name=torch.cuda.get_device_name(index))
    if device.type == "mps":
        return text("training.device.mps")
    gpu = text("training.device.no_gpu" if available_devices() == ["cpu"] else "training.device.gpu_unused")
    return text("training.device.cpu", gpu=gpu, threads=torch.get_num_threads())


def _mps_available():
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())
