"""Checkpoints: model, optimizer, epoch and every RNG state, saved atomically, loaded without running code.

Saving writes a temporary file beside the target, flushes it to the disk and renames it over the
target (gdlab.files.atomic_file), so a run killed mid-save leaves the last good checkpoint whole.
Loading uses torch.load(..., weights_only=True): a checkpoint holds tensors and plain values only,
never code.
"""
import random
from pathlib import Path

import numpy as np
import torch

from gdlab.errors import GdlabError
from gdlab.files import atomic_file
from gdlab.i18n import text

FORMAT = "gdlab-cnn-checkpoint-1"


def rng_states():
    """The state of every random number generator training uses, as tensors and plain values."""
    version, mt_state, gauss = random.getstate()
    name, keys, pos, has_gauss, cached = np.random.get_state()
    states = {"python": {"version": version, "state": list(mt_state), "gauss": gauss},
              "numpy": {"name": name, "keys": torch.from_numpy(keys.astype(np.int64)), "pos": int(pos),
                        "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
              "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        states["cuda"] = torch.cuda.get_rng_state_all()
    return states


def set_rng_states(states):
    """Restore what rng_states() returned."""
    py = states["python"]
    random.setstate((py["version"], tuple(py["state"]), py["gauss"]))
    npy = states["numpy"]
    np.random.set_state((npy["name"], npy["keys"].cpu().numpy().astype(np.uint32), npy["pos"],
                         npy["has_gauss"], npy["cached_gaussian"]))
    torch.set_rng_state(states["torch"].cpu())   # generator states are CPU byte tensors, wherever loaded
    if "cuda" in states and torch.cuda.is_available():
        torch.cuda.set_rng_state_all([state.cpu() for state in states["cuda"]])


def save_checkpoint(path, model, optimizer, epoch, extra=None, scheduler=None):
    """Write the state after `epoch` finished epochs to `path`, atomically; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {"format": FORMAT, "model_class": type(model).__name__,
             "optimizer_class": type(optimizer).__name__, "epoch": int(epoch),
             "model": model.state_dict(), "optimizer": optimizer.state_dict(),
             "rng": rng_states(), "extra": dict(extra or {}),
             "scheduler": scheduler.state_dict() if scheduler is not None else None}
    with atomic_file(path, fsync=True) as temporary, open(temporary, "wb") as file:
        torch.save(state, file)
    return path


def load_checkpoint(path, model, optimizer=None, scheduler=None, map_location="cpu", restore_rng=True):
    """Load a checkpoint into `model` (and `optimizer`, `scheduler`); returns its dict (epoch, extra, ...).

    A missing or unreadable file, or one that holds another model, raises a GdlabError saying so.
    """
    path = Path(path)
    if not path.is_file():
        raise GdlabError(text("data.checkpoint.missing", path=path))
    try:
        state = torch.load(path, map_location=map_location, weights_only=True)
    except Exception as error:   # a truncated, foreign or code-carrying file: all mean 'not ours'
        raise GdlabError(text("data.checkpoint.unreadable", path=path, error_type=type(error).__name__,
                              error=str(error).splitlines()[0][:160])) from None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise GdlabError(text("data.checkpoint.not_ours", path=path, marker=FORMAT))
    try:
        model.load_state_dict(state["model"], strict=True)
    except RuntimeError as error:
        first = str(error).splitlines()[1:2] or [str(error)[:200]]
        raise GdlabError(text("data.checkpoint.other_model", path=path, saved=state.get("model_class"),
                              detail=first[0].strip(), model=type(model).__name__)) from None
    if optimizer is not None:
        if state.get("optimizer_class") != type(optimizer).__name__:
            raise GdlabError(text("data.checkpoint.other_optimizer", path=path,
                                  saved=state.get("optimizer_class"), optimizer=type(optimizer).__name__))
        try:
            optimizer.load_state_dict(state["optimizer"])
        except (ValueError, KeyError) as error:
            raise GdlabError(text("data.checkpoint.optimizer_state", path=path, error=error)) from None
    if scheduler is not None:
        if state.get("scheduler") is None:
            raise GdlabError(text("data.checkpoint.no_schedule", path=path))
        scheduler.load_state_dict(state["scheduler"])
    if restore_rng:
        set_rng_states(state["rng"])
    return state
