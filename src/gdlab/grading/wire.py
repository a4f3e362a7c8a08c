"""The wire between the grader and the student process: values cross as data, never as code.

A frame is   4-byte length | 4-byte header length | JSON header | blobs
The header is one JSON object; arrays, tensors and bytes travel as blobs listed in
header["blobs"] (their lengths) and referenced from the JSON by index. A value is encoded as

    None, bool, int, float, str            themselves (NaN and inf as JSON's NaN/Infinity)
    list                                   a JSON list
    {"$": "tuple", "v": [...]}             tuple
    {"$": "dict", "v": [[k, v], ...]}      dict (keys are data too)
    {"$": "nd", "b": i}                    np.ndarray, as .npy bytes (np.load(allow_pickle=False))
    {"$": "np", "b": i}                    a NumPy scalar (a 0-d .npy)
    {"$": "tensor", "b": i, "dtype": s}    a torch tensor outside any graph, as its values
    {"$": "dtype", "v": s}                 a torch dtype
    {"$": "bytes", "b": i}                 bytes
    {"$": "slice", "v": [start, stop, step]}
    {"$": "ref", "id": n, "type": s}       an object that stays in the other process (a handle)
    {"$": "cb", "id": n}                   a function of the grader the student may call back

Only exact types count as data: a float subclass, an ndarray subclass or a tensor in a graph is
sent as a handle (it stays where it is). Decoding builds only plain types, so whatever the other
side sends, the reader gets plain numbers, strings, arrays and tensors, or a protocol error.

This file is loaded by path in the student process, which cannot import gdlab: it imports only
the standard library and NumPy (and torch when it is there).
"""
import io
import json
import math
import struct

import numpy as np
from numpy.lib import format as npy_format

MAX_FRAME = 256 * 2 ** 20        # bytes in one frame; a larger answer is refused
MAX_HEADER = 8 * 2 ** 20         # bytes of JSON in one frame (the numbers of big arrays go in blobs)
MAX_ELEMENTS = 20_000_000        # numbers in all the arrays of one frame
MAX_DEPTH = 64                   # nesting of lists, tuples and dicts
NUMERIC_KINDS = "biufc"          # bool, int, unsigned, float, complex: no objects, no records
TORCH_DTYPES = ("float64", "float32", "float16", "bfloat16", "int64", "int32", "int16", "int8",
                "uint8", "bool", "complex64", "complex128")


class ProtocolError(Exception):
    """The other side sent something that is not a well-formed frame of data.

    The limits a student's answer can reach carry a `key` and its `values`: the grader words them
    in its language (grading.wire.<key> in gdlab's catalogue, which this file cannot import)."""

    def __init__(self, message, key=None, **values):
        super().__init__(message)
        self.key, self.values = key, values


def _torch():
    """torch if it is already imported (never imported here: the student template decides)."""
    import sys
    return sys.modules.get("torch")


# --- encoding -------------------------------------------------------------------------------------

class Encoder:
    """Turns a value into JSON-ready data plus blobs; `as_handle(obj)` -> ref dict for anything else."""

    def __init__(self, as_handle, grad_as_data=False):
        self.as_handle, self.grad_as_data = as_handle, grad_as_data
        self.blobs = []

    def blob(self, data):
        self.blobs.append(bytes(data))
        return len(self.blobs) - 1

    def npy(self, array):
        buffer = io.BytesIO()
        np.save(buffer, array, allow_pickle=False)
        return self.blob(buffer.getvalue())

    def encode(self, value, depth=0):
        if depth > MAX_DEPTH:
            raise ProtocolError(f"a value nested more than {MAX_DEPTH} deep", "nested_too_deep", depth=MAX_DEPTH)
        kind = type(value)
        if value is None or kind in (bool, int, str):
            return value
        if kind is float:
            return value if math.isfinite(value) else {"$": "float", "v": repr(value)}
        if kind is list:
            return [self.encode(v, depth + 1) for v in value]
        if kind is tuple:
            return {"$": "tuple", "v": [self.encode(v, depth + 1) for v in value]}
        if kind is dict or type(value).__name__ == "OrderedDict" and isinstance(value, dict):
            return {"$": "dict", "v": [[self.encode(k, depth + 1), self.encode(v, depth + 1)]
                                      for k, v in dict.items(value)]}
        if kind is bytes:
            return {"$": "bytes", "b": self.blob(value)}
        if kind is slice:
            return {"$": "slice", "v": [self.encode(v, depth + 1) for v in (value.start, value.stop, value.step)]}
        if kind is np.ndarray and value.dtype.kind in NUMERIC_KINDS and not value.dtype.fields:
            return {"$": "nd", "b": self.npy(value)}
        if isinstance(value, np.generic) and type(value).__module__ == "numpy" \
                and value.dtype.kind in NUMERIC_KINDS:
            return {"$": "np", "b": self.npy(np.asarray(value))}
        torch = _torch()
        if torch is not None:
            if kind is torch.dtype:
                return {"$": "dtype", "v": str(value).removeprefix("torch.")}
            if kind in (torch.Tensor, torch.nn.Parameter) and (self.grad_as_data or not value.requires_grad) \
                    and str(value.dtype).removeprefix("torch.") in TORCH_DTYPES and value.layout == torch.strided:
                dtype = str(value.dtype).removeprefix("torch.")
                values = value.detach().cpu()
                if dtype == "bfloat16":
                    values = values.float()
                return {"$": "tensor", "b": self.npy(values.numpy()), "dtype": dtype,
                        "requires_grad": bool(value.requires_grad)}
        return self.as_handle(value)


def pack(header, blobs=()):
    """One frame from a JSON-ready header and its blobs."""
    header = dict(header, blobs=[len(b) for b in blobs])
    text = json.dumps(header, allow_nan=True).encode("utf-8")
    body = struct.pack(">I", len(text)) + text + b"".join(blobs)
    return struct.pack(">I", len(body)) + body


def encode_message(header, values, as_handle, grad_as_data=False):
    """A frame whose header holds `values` (a dict name -> value) encoded as data.

    grad_as_data: send a tensor that requires grad as a fresh leaf with its values (the grader's
    choice for its arguments); otherwise it stays behind as a handle (the student's answers)."""
    encoder = Encoder(as_handle, grad_as_data)
    encoded = {name: encoder.encode(value) for name, value in values.items()}
    return pack(dict(header, **encoded), encoder.blobs)


# --- decoding -------------------------------------------------------------------------------------

def unpack(body):
    """(header, blobs) from a frame's body; ProtocolError if it is malformed."""
    if len(body) < 4:
        raise ProtocolError("a frame shorter than its header")
    (size,) = struct.unpack(">I", body[:4])
    if size > len(body) - 4:
        raise ProtocolError("a frame whose header runs past its end")
    if size > MAX_HEADER:
        raise ProtocolError(f"a frame header of {size:,} bytes, over the limit of {MAX_HEADER:,} (send "
                            f"many numbers as one array, not as a list)", "header_too_large",
                            size=f"{size:,}", limit=f"{MAX_HEADER:,}")
    try:
        header = json.loads(body[4:4 + size].decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise ProtocolError(f"a frame header that is not JSON ({type(error).__name__})") from None
    if not isinstance(header, dict) or not isinstance(header.get("blobs"), list):
        raise ProtocolError("a frame header that is not an object with its blob lengths")
    blobs, offset = [], 4 + size
    for length in header["blobs"]:
        if type(length) is not int or length < 0 or offset + length > len(body):
            raise ProtocolError("a blob length that does not fit the frame")
        blobs.append(body[offset:offset + length])
        offset += length
    return header, blobs


def _check_npy_size(data):
    """Refuse a .npy whose header promises more numbers than its bytes hold (before allocating)."""
    stream = io.BytesIO(data)
    version = npy_format.read_magic(stream)
    read_header = npy_format.read_array_header_1_0 if version == (1, 0) else npy_format.read_array_header_2_0
    shape, _, dtype = read_header(stream)
    count = math.prod(shape)
    if count > MAX_ELEMENTS or count * dtype.itemsize != len(data) - stream.tell():
        raise ProtocolError(f"an array whose header (shape {shape}) does not match its "
                            f"{len(data) - stream.tell()} bytes of data")


class Decoder:
    """Builds plain values from encoded data; `from_ref(dict)` and `from_callback(dict)` give handles."""

    def __init__(self, blobs, from_ref, from_callback=None, as_torch=True):
        self.blobs, self.from_ref, self.from_callback = blobs, from_ref, from_callback
        self.as_torch = as_torch
        self.elements = 0

    def npy(self, index):
        if type(index) is not int or not 0 <= index < len(self.blobs):
            raise ProtocolError("a reference to a blob that is not there")
        try:
            _check_npy_size(self.blobs[index])
            array = np.load(io.BytesIO(self.blobs[index]), allow_pickle=False)
        except ProtocolError:
            raise
        except Exception as error:  # np.load raises many kinds on bad bytes
            raise ProtocolError(f"an array that is not valid .npy data ({type(error).__name__})") from None
        if type(array) is not np.ndarray or array.dtype.kind not in NUMERIC_KINDS or array.dtype.fields:
            raise ProtocolError(f"an array of dtype {array.dtype}: only numbers cross")
        self.elements += array.size
        if self.elements > MAX_ELEMENTS:
            raise ProtocolError(f"more than {MAX_ELEMENTS:,} numbers in one answer", "too_many_numbers",
                                limit=f"{MAX_ELEMENTS:,}")
        return array

    def decode(self, data, depth=0):
        if depth > MAX_DEPTH:
            raise ProtocolError(f"a value nested more than {MAX_DEPTH} deep", "nested_too_deep", depth=MAX_DEPTH)
        kind = type(data)
        if data is None or kind in (bool, int, float, str):
            return data
        if kind is list:
            return [self.decode(v, depth + 1) for v in data]
        if kind is not dict:
            raise ProtocolError(f"an encoded value of JSON type {kind.__name__}")
        tag = data.get("$")
        if tag == "float" and data.get("v") in ("nan", "inf", "-inf"):
            return float(data["v"])
        if tag in ("tuple", "slice") and type(data.get("v")) is list:
            items = [self.decode(v, depth + 1) for v in data["v"]]
            if tag == "tuple":
                return tuple(items)
            if len(items) != 3 or not all(i is None or type(i) is int for i in items):
                raise ProtocolError("a slice that is not three whole numbers or None")
            return slice(*items)
        if tag == "dict" and type(data.get("v")) is list:
            out = {}
            for pair in data["v"]:
                if type(pair) is not list or len(pair) != 2:
                    raise ProtocolError("a dict entry that is not a [key, value] pair")
                key = self.decode(pair[0], depth + 1)
                try:
                    out[key] = self.decode(pair[1], depth + 1)
                except TypeError:
                    raise ProtocolError("a dict key that cannot be a key") from None
            return out
        if tag == "nd":
            return self.npy(data.get("b"))
        if tag == "np":
            array = self.npy(data.get("b"))
            if array.ndim != 0:
                raise ProtocolError("a NumPy scalar with a shape")
            return array[()]
        if tag == "bytes":
            index = data.get("b")
            if type(index) is not int or not 0 <= index < len(self.blobs):
                raise ProtocolError("a reference to a blob that is not there")
            return bytes(self.blobs[index])
        if tag == "dtype":
            return self.dtype(data.get("v"))
        if tag == "tensor":
            tensor = self.tensor(self.npy(data.get("b")), data.get("dtype"))
            if data.get("requires_grad") is True and getattr(tensor, "is_floating_point", lambda: False)():
                tensor.requires_grad_()
            return tensor
        if tag == "ref" and type(data.get("id")) is int and type(data.get("type", "")) is str:
            return self.from_ref(data)
        if tag == "cb" and type(data.get("id")) is int and self.from_callback is not None:
            return self.from_callback(data)
        raise ProtocolError(f"an encoded value with an unknown tag {str(tag)[:40]!r}")

    def dtype(self, name):
        torch = _torch()
        if name not in TORCH_DTYPES or torch is None:
            raise ProtocolError(f"a torch dtype {str(name)[:40]!r} that is not allowed here")
        return getattr(torch, name)

    def tensor(self, array, dtype):
        torch = _torch()
        if torch is None or not self.as_torch:
            return array
        return torch.from_numpy(np.array(array, copy=True)).to(self.dtype(dtype))


def decode_values(header, blobs, names, from_ref, from_callback=None):
    """{name: decoded value} for each name present in the header."""
    decoder = Decoder(blobs, from_ref, from_callback)
    return {name: decoder.decode(header[name]) for name in names if name in header}


# --- reading and writing frames on a socket ------------------------------------------------------

def send_frame(sock, frame):
    sock.sendall(frame)


def recv_exact(sock, n):
    """n bytes from a blocking socket, or EOFError when the other side has gone."""
    chunks, left = [], n
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise EOFError("the other side closed the connection")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def recv_frame(sock, limit=MAX_FRAME):
    """(header, blobs) of the next frame; ProtocolError when it is larger than `limit`."""
    (length,) = struct.unpack(">I", recv_exact(sock, 4))
    if length > limit:
        raise ProtocolError(f"an answer of {length:,} bytes, over the limit of {limit:,}")
    return unpack(recv_exact(sock, length))
