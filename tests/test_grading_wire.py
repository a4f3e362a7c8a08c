"""The wire between grader and student: data crosses exactly, anything else is a handle or an error."""
import io
import json
import math
import struct

import numpy as np
import pytest
import torch

from gdlab.grading import wire


def as_handle(value):
    return {"$": "ref", "id": 7, "type": type(value).__name__}


def roundtrip(value, **encode):
    frame = wire.encode_message({}, {"v": value}, as_handle, **encode)
    (length,) = struct.unpack(">I", frame[:4])
    assert length == len(frame) - 4
    header, blobs = wire.unpack(frame[4:])
    return wire.decode_values(header, blobs, ["v"], lambda ref: ("handle", ref["type"]))["v"]


def test_data_crosses_exactly():
    value = {"a": [None, True, 3, -2.5, "π", b"\x00\xff"], ("t", 1): (np.arange(6.0).reshape(2, 3),),
             "scalar": np.float32(1.5), "i": np.int64(-4), "slice": slice(1, None, 2),
             "tensor": torch.tensor([[1.0, 2.0]], dtype=torch.float64), "dtype": torch.float16,
             "bf16": torch.tensor([0.5], dtype=torch.bfloat16)}
    got = roundtrip(value)
    assert got["a"] == value["a"] and got["slice"] == value["slice"] and got["dtype"] is torch.float16
    assert type(got[("t", 1)]) is tuple and np.array_equal(got[("t", 1)][0], value[("t", 1)][0])
    assert type(got["scalar"]) is np.float32 and got["scalar"] == 1.5 and type(got["i"]) is np.int64
    assert torch.equal(got["tensor"], value["tensor"]) and got["tensor"].dtype == torch.float64
    assert got["bf16"].dtype == torch.bfloat16 and got["bf16"].item() == 0.5


def test_nan_and_inf_cross_as_themselves_so_a_comparison_can_reject_them():
    got = roundtrip([math.nan, math.inf, -math.inf])
    assert math.isnan(got[0]) and got[1:] == [math.inf, -math.inf]


class Sneaky(float):
    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


@pytest.mark.parametrize("value, kind", [
    (Sneaky(1.0), "Sneaky"),
    (np.ma.masked_array([1.0]), "MaskedArray"),
    (np.array([object()], dtype=object), "ndarray"),
    (torch.ones(2, requires_grad=True), "Tensor"),
    (lambda: 1, "function"),
], ids=["float subclass", "ndarray subclass", "object array", "tensor in a graph", "function"])
def test_what_is_not_plain_data_stays_behind_as_a_handle(value, kind):
    assert roundtrip(value) == ("handle", kind)


def test_the_grader_may_send_a_leaf_that_requires_grad():
    got = roundtrip(torch.tensor([2.0], requires_grad=True), grad_as_data=True)
    assert got.requires_grad and got.is_leaf and got.item() == 2.0


def frame(header, blobs=()):
    return wire.pack(header, list(blobs))[4:]


def decode(body):
    header, blobs = wire.unpack(body)
    return wire.decode_values(header, blobs, ["v"], lambda ref: ref)


def npy(array, allow_pickle=False):
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=allow_pickle)
    return buffer.getvalue()


@pytest.mark.parametrize("body, message", [
    (b"\x00\x00\x00\x05{nope", "not JSON"),
    (b"\x00\x00\x00\x02[]", "not an object"),
    (frame({"v": {"$": "nd", "b": 0}}, [npy(np.array([{"a": 1}], dtype=object), allow_pickle=True)]),
     "does not match|not valid .npy|only numbers"),
    (frame({"v": {"$": "nd", "b": 0}}, [npy(np.zeros(3))[:-8]]), "does not match"),
    (frame({"v": {"$": "nd", "b": 0}}, [npy(np.zeros(3)).replace(b"(3,)", b"(9999999999,)".ljust(4))]),
     "does not match"),
    (frame({"v": {"$": "nd", "b": 5}}), "not there"),
    (frame({"v": {"$": "pickle", "v": "cos\nsystem\n"}}), "unknown tag"),
    (frame({"v": json.loads("[" * 70 + "]" * 70)}), "nested"),
    (frame({"v": {"$": "dtype", "v": "object"}}), "not allowed"),
    (frame({"v": {"$": "slice", "v": ["a", 1, 2]}}), "slice"),
], ids=["bad json", "not an object", "pickled npy", "short npy", "lying npy shape", "missing blob",
        "unknown tag", "too deep", "bad dtype", "bad slice"])
def test_malformed_frames_are_protocol_errors(body, message):
    with pytest.raises(wire.ProtocolError, match=message):
        decode(body)


def test_an_oversized_header_is_refused_before_parsing():
    body = struct.pack(">I", wire.MAX_HEADER + 1) + b" " * (wire.MAX_HEADER + 1)
    with pytest.raises(wire.ProtocolError, match="over the limit"):
        wire.unpack(body)


def test_too_many_numbers_are_refused():
    big = npy(np.zeros(wire.MAX_ELEMENTS // 2 + 1, dtype=np.uint8))
    with pytest.raises(wire.ProtocolError, match="numbers"):
        decode(frame({"v": [{"$": "nd", "b": 0}, {"$": "nd", "b": 1}]}, [big, big]))
