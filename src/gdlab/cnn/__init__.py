"""The CNN at the end of the lesson: the seed's Net, data loading, training, TensorBoard, checkpoints.

  net.py         the seed's Net (bugs fixed) and its nn.Sequential twin
  datasets.py    Dataset over the CSVs, ImageFolder, the digits tree, torchvision's sets, load_data
  cifar10.py     CIFAR-10 read from torchvision's on-disk format (pickled batches), no md5 needed
  tensors.py     the fast path: decoded images held as tensors on the device
  device.py      auto: cuda, then mps, then cpu
  config.py      TrainConfig: every setting of a run
  augment.py     random small rotations, scalings and shifts on the device
  train.py       train_one_epoch / train_epochs (the loop), train(config) (everything together)
  evaluate.py    accuracy, and per-class accuracy as the PyTorch CIFAR-10 tutorial prints it
  distributed.py DDP under torchrun: process group, shuffled_batches (1 or k processes), all_reduce
  ddp_check.py   equivalence_check(): k processes x b images take the step of one process x k*b
  tensorboard.py the CNN's TensorBoard logs (on gdlab.tensorboard, shared with the toy descent)
  checkpoint.py  atomic save, weights_only load, RNG states
  demo.py        a short digits training for `gdlab demo`
"""
