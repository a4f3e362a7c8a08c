"""Reading the student process's answers: whole frames, before the test's deadline, within its budget.

The student's code decides what it sends and when: a frame that never ends, one larger than
wire.MAX_FRAME, more bytes in one test than ANSWER_BUDGET, or output that floods its pipe while the
grader waits. Each ends here as an exception (StudentTimeout, StudentCrashed, wire.ProtocolError,
or EOFError when the process has gone); StudentProcess turns them into the test's status.
"""
import select
import struct
import time

from gdlab.grading import wire
from gdlab.grading.student_errors import StudentCrashed, StudentTimeout
from gdlab.grading.student_output import OUTPUT_LIMIT
from gdlab.i18n import text

ANSWER_BUDGET = 512 * 2 ** 20    # bytes the student may send during one test (all its answers together)


class AnswerReader:
    """The grader's reading end of the socket to one student process."""

    def __init__(self, sock, output, kill):
        self.sock, self.output, self.kill = sock, output, kill   # kill(): stop the student process
        self.received = 0        # bytes received since the budget was last renewed (once per test)

    def frame(self, deadline):
        """(header, blobs) of the next frame, read whole before `deadline` (time.monotonic())."""
        (length,) = struct.unpack(">I", self._exact(4, deadline))
        if length > wire.MAX_FRAME:
            raise wire.ProtocolError(text("grading.process.answer_too_large", length=f"{length:,}",
                                          limit=f"{wire.MAX_FRAME:,}"))
        self.received += length
        if self.received > ANSWER_BUDGET:
            raise wire.ProtocolError(text("grading.process.answers_over_budget", mib=ANSWER_BUDGET // 2 ** 20))
        return wire.unpack(self._exact(length, deadline))

    def _exact(self, n, deadline):
        """n bytes from the socket before the deadline; EOFError when the student process is gone."""
        chunks = []
        while n:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                raise StudentTimeout(text("grading.process.timed_out"))
            ready, _, _ = select.select([self.sock], [], [], min(left, 0.5))
            if self.output.flooded:
                self.kill()
                raise StudentCrashed(text("grading.process.printed_too_much", limit=f"{OUTPUT_LIMIT:,}"))
            if not ready:
                continue
            try:
                chunk = self.sock.recv(min(n, 1 << 20))
            except OSError:
                chunk = b""
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)
