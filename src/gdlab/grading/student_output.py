"""What the student's process prints: read from its pipe as it comes, the head kept for the report.

Past OUTPUT_LIMIT bytes the process is stopped (an endless print loop costs only its test); of
what it printed, the first OUTPUT_KEPT bytes reach the report.
"""
import threading

OUTPUT_LIMIT = 16 * 2 ** 20      # bytes the student may print in one process before it is stopped
OUTPUT_KEPT = 64 * 1024          # of which the report keeps the first ones


class StudentOutput:
    """The reading end of the student's stdout and stderr, read by a thread of its own."""

    def __init__(self, fd, stop):
        self.kept, self.printed, self.flooded = bytearray(), 0, False
        self._stop = stop                # called once, when the output passes OUTPUT_LIMIT
        self.reader = threading.Thread(target=self._read, args=(fd,), daemon=True)
        self.reader.start()

    def _read(self, fd):
        """Keep the first OUTPUT_KEPT bytes the student prints; past OUTPUT_LIMIT, stop the process."""
        with open(fd, "rb", buffering=0) as stream:
            while chunk := stream.read(65536):
                self.printed += len(chunk)
                if len(self.kept) < OUTPUT_KEPT:
                    self.kept += chunk[:OUTPUT_KEPT - len(self.kept)]
                if self.printed > OUTPUT_LIMIT and not self.flooded:
                    self.flooded = True
                    self._stop()

    def take(self):
        """What the student printed since the last call (decoded, for the report)."""
        printed = bytes(self.kept).decode("utf-8", "replace")
        self.kept.clear()
        return printed
