"""DDP is MBGD: 2 gloo processes x batch b take the step of one process with batch 2b (to 1e-6).

Also the pieces that need no process group: the shards of the sampler, the environment checks.
"""
import math

import pytest
import torch

from torch.utils.data import DistributedSampler

from gdlab.cli import main
from gdlab.cnn import distributed
from gdlab.cnn.ddp_check import equivalence_check
from gdlab.cnn.tensors import ImageTensors
from gdlab.errors import GdlabError

TORCHRUN_ENV = {"RANK": "0", "LOCAL_RANK": "0", "WORLD_SIZE": "2", "MASTER_ADDR": "127.0.0.1",
                "MASTER_PORT": "29500"}


def images(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    return ImageTensors(torch.randn(n, 3, 32, 32, generator=g), torch.randint(0, 10, (n,), generator=g),
                        list(range(10)))


def world(rank, size):
    return distributed.World(rank, rank, size, torch.device("cpu"), "gloo")


def test_two_gloo_processes_take_the_single_process_step_with_twice_the_batch():
    result = equivalence_check(steps=3, batch_size=8, timeout_s=60)
    assert result["global_batch_size"] == 16 and result["world_size"] == 2 and result["steps"] == 3
    for name in ("max_param_diff", "max_grad_diff"):
        assert len(result[name]) == 3
        for diff in result[name]:
            assert math.isfinite(diff) and diff < 1e-6, (name, result[name])
    assert all(len(samples) == 16 for samples in result["batch_samples"])
    assert len({i for samples in result["batch_samples"] for i in samples}) == 48    # three disjoint batches
    assert "global batch size 16" in result["explanation"] and "lr x 2" in result["explanation"]


@pytest.mark.parametrize("n, batch_size", [(40, 4), (37, 4), (12, 8)])
def test_the_ranks_batches_together_are_the_single_process_batches(n, batch_size):
    """Step j of rank 0 and rank 1 together is step j of one process with batch 2b (same shuffle)."""
    data = images(n)
    data.labels = torch.arange(n)                      # the label names the image
    for epoch in (0, 3):
        single = distributed.shuffled_batches(data, 2 * batch_size, seed=5)
        single.set_epoch(epoch)
        shards = [distributed.shuffled_batches(data, batch_size, seed=5, world=world(rank, 2)) for rank in (0, 1)]
        for batches in shards:
            batches.set_epoch(epoch)
        assert len(shards[0]) == len(shards[1]) == len(single) or n % 2   # odd n: the sampler pads
        for j, (whole, part0, part1) in enumerate(zip(single, *shards)):
            together = torch.cat([part0[1], part1[1]])
            if n % 2 == 0:
                assert sorted(together.tolist()) == sorted(whole[1].tolist()), (epoch, j)
            assert torch.equal(part0[0], data.images[part0[1]])
        if n % 2 == 0:
            seen = torch.cat([labels for batches in shards for _, labels in batches])
            assert sorted(seen.tolist()) == list(range(n))                 # every image once per epoch


def test_one_process_takes_the_samplers_permutation_in_order():
    """One process's epoch e is DistributedSampler(num_replicas=1, rank=0, seed=seed)'s: randperm seeded seed + e."""
    data = images(23)
    data.labels = torch.arange(23)                     # the label names the image
    for seed, epoch in ((0, 0), (5, 0), (5, 2)):
        batches = distributed.shuffled_batches(data, 4, seed=seed)
        batches.set_epoch(epoch)
        taken = torch.cat([labels for _, labels in batches]).tolist()
        sampler = DistributedSampler(range(23), num_replicas=1, rank=0, shuffle=True, seed=seed)
        sampler.set_epoch(epoch)
        assert taken == list(sampler), (seed, epoch)
        assert taken == torch.randperm(23, generator=torch.Generator().manual_seed(seed + epoch)).tolist()
        assert len(batches) == 6 and sorted(taken) == list(range(23))         # every image once, no padding
    first = distributed.shuffled_batches(data, 23, seed=5)
    first.set_epoch(1)
    assert next(iter(first))[1].tolist() != taken                               # a new epoch, a new order


def test_an_odd_count_is_padded_so_every_rank_takes_the_same_steps():
    data = images(37)
    shards = [distributed.shuffled_batches(data, 4, world=world(rank, 2)) for rank in (0, 1)]
    assert [len(list(batches)) for batches in shards] == [5, 5]          # 19 images each, one repeated
    assert sum(len(labels) for batches in shards for _, labels in batches) == 38


def test_evaluation_shards_cover_the_set_once():
    data = images(11)
    data.labels = torch.arange(11)                     # the label names the image
    parts = [distributed.shard(data, world(rank, 3)) for rank in range(3)]
    assert [part.labels.tolist() for part in parts] == [[0, 3, 6, 9], [1, 4, 7, 10], [2, 5, 8]]
    for part in parts:
        assert torch.equal(part.images, data.images[part.labels])


def test_fewer_validation_images_than_processes_is_explained():
    with pytest.raises(GdlabError, match=r"1 validation image\(s\) cannot be shared by 2 processes"):
        distributed.shard(images(1), world(0, 2))


def test_torchrun_environment_is_read_and_its_absence_explained():
    assert distributed.torchrun_environment(TORCHRUN_ENV) == (0, 0, 2)
    with pytest.raises(GdlabError, match=r"--ddp needs the variables torchrun sets \(RANK, LOCAL_RANK, "
                                         r"WORLD_SIZE, MASTER_ADDR, MASTER_PORT missing\); launch it with torchrun"):
        distributed.torchrun_environment({})
    with pytest.raises(GdlabError, match=r"must be whole numbers, got 'x'"):
        distributed.torchrun_environment(TORCHRUN_ENV | {"RANK": "x"})
    assert distributed.started_by_torchrun_without_ddp(TORCHRUN_ENV | {"TORCHELASTIC_RUN_ID": "a"}) == 2
    assert distributed.started_by_torchrun_without_ddp(TORCHRUN_ENV) is None
    assert distributed.started_by_torchrun_without_ddp({}) is None


def test_the_device_of_a_rank():
    assert distributed.ddp_device("cpu", 3) == torch.device("cpu")
    if torch.cuda.device_count() < 2:
        with pytest.raises(GdlabError, match=r"local rank 1 has no GPU|device 'cuda' is not available"):
            distributed.ddp_device("cuda", 1)


def test_cli_ddp_without_torchrun_is_one_clean_line(monkeypatch, capsys):
    for name in (*TORCHRUN_ENV, "TORCHELASTIC_RUN_ID"):
        monkeypatch.delenv(name, raising=False)
    assert main(["train", "--ddp", "--device", "cpu", "--logdir", ""]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdlab train: error: --ddp needs the variables torchrun sets") and "Traceback" not in err
    assert main(["train", "--ddp", "--ddp-timeout", "0"]) == 2
    assert "ddp_timeout must be a positive number of seconds, got 0.0" in capsys.readouterr().err


def test_cli_under_torchrun_without_ddp_is_refused(monkeypatch, capsys):
    for name, value in (TORCHRUN_ENV | {"TORCHELASTIC_RUN_ID": "test"}).items():
        monkeypatch.setenv(name, value)
    assert main(["train", "--device", "cpu", "--logdir", ""]) == 2
    assert "torchrun started 2 processes but --ddp is missing" in capsys.readouterr().err


def test_equivalence_check_refuses_one_process():
    with pytest.raises(GdlabError, match=r"world_size >= 2, got 3, 8, 1"):
        equivalence_check(steps=3, batch_size=8, world_size=1)
