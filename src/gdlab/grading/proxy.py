"""Proxies: the student's modules and objects as the tests see them in a graded run.

In a graded run the tests' `import lab_cost as lab` gets a StudentModule: `lab.cost(x, y, w, b)`
goes to the student's own process (gdlab.grading.student_process) with the arguments as data and
returns the answer as data. What cannot travel as data (an optimizer, a Dataset, an nn.Module,
a tensor in a graph) stays in the student's process; the test holds a Remote handle whose
attribute reads, attribute writes, calls, len(), indexing and iteration are forwarded.
Dunder probes (NumPy's __array__, copy's __deepcopy__ ...) are never forwarded: a handle is
never mistaken for an array or a number. Every forwarding method sets __tracebackhide__, as does
student_process.py's request: a failing test's traceback shows the test's line and the student's
error, not the grader's frames.
"""
import types

from gdlab.i18n import text


class Remote:
    """A handle on an object that lives in the student's process."""

    __slots__ = ("_process", "_ref", "_type")

    def __init__(self, process, ref, type_name):
        object.__setattr__(self, "_process", process)
        object.__setattr__(self, "_ref", ref)
        object.__setattr__(self, "_type", type_name)

    def _ask(self, op, **values):
        __tracebackhide__ = True   # pytest shows the test's line, not the forwarding to the student
        return self._process.request(op, self._ref, **values)

    def __getattr__(self, name):
        __tracebackhide__ = True
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # NumPy, copy and pickle probe dunders: never the student's
        return self._ask("getattr", name=name)

    def __setattr__(self, name, value):
        __tracebackhide__ = True
        self._ask("setattr", name=name, value=value)

    def __call__(self, *args, **kwargs):
        __tracebackhide__ = True
        return self._ask("call", args=list(args), kwargs=kwargs)

    def __len__(self):
        __tracebackhide__ = True
        n = self._ask("len")
        if type(n) is not int or n < 0:
            raise TypeError(text("grading.process.bad_len"))
        return n

    def __getitem__(self, key):
        __tracebackhide__ = True
        return self._ask("getitem", key=key)

    def __setitem__(self, key, value):
        __tracebackhide__ = True
        self._ask("setitem", key=key, value=value)

    def __iter__(self):
        __tracebackhide__ = True
        iterator = self._ask("iter")
        if not isinstance(iterator, Remote):
            raise TypeError(text("grading.process.bad_iter"))
        return iterator

    def __next__(self):
        __tracebackhide__ = True
        return self._ask("next")

    def __bool__(self):
        __tracebackhide__ = True
        return self._ask("bool") is True

    def __repr__(self):
        return text("grading.process.remote", type=self._type)


class StudentModule(types.ModuleType):
    """What `import lab_cost` gives the tests in a graded run: attribute reads go to the student."""

    def __init__(self, name, session):
        super().__init__(name, f"the student's {name}.py, in its own process")
        object.__setattr__(self, "_session", session)

    def __getattr__(self, name):
        __tracebackhide__ = True
        if name.startswith("_"):  # pytest's probes while collecting; a lab's interface is public names
            raise AttributeError(name)
        return self._session.module_attr(self.__name__, name)
