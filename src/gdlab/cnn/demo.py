"""A short digits training with TensorBoard logs, for `gdlab demo` (about 10 s on 2 CPU cores)."""
from pathlib import Path

from gdlab.cnn.config import TrainConfig
from gdlab.cnn.train import train


def demo_training(out_dir, epochs=8, seed=0, announce=print):
    """Train the Net on the bundled digits for `epochs` epochs, logging under out_dir/runs.

    Writes the digits tree to out_dir/data/digits and a checkpoint to out_dir/cnn-digits.pt;
    returns the final metrics (val_accuracy, run_dir, seconds, ...) as a dict.
    """
    out_dir = Path(out_dir)
    config = TrainConfig(data="digits", data_root=str(out_dir / "data"), epochs=epochs, seed=seed,
                         device="cpu", logdir=str(out_dir / "runs"), run_name="demo-digits",
                         checkpoint=str(out_dir / "cnn-digits.pt"), progress=False)
    return train(config, announce=announce)
