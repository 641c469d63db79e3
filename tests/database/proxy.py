"""A TCP proxy in front of MariaDB that the fault tests can switch off, as a database failover does.

The web workers connect through it; ``outage()`` drops every open connection and refuses
new ones until it ends, without touching the server the other suites share.
"""

import socket
import threading
import time
from contextlib import contextmanager, suppress


class DatabaseProxy:
    def __init__(self, target=("127.0.0.1", 3306)):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.down = threading.Event()
        self.lock = threading.Lock()
        self.open = set()
        self.dropped = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @contextmanager
    def outage(self):
        """The database is unreachable meanwhile: open connections drop, new ones are refused."""
        self.down.set()
        self._drop_open()
        try:
            yield
        finally:
            self.down.clear()

    @contextmanager
    def cutting(self, every=0.05):
        """Open connections are cut every ``every`` seconds, in mid-request; new ones are still made."""
        stop = threading.Event()

        def cut():
            while not stop.wait(every):
                self._drop_open()

        cutter = threading.Thread(target=cut, daemon=True)
        cutter.start()
        try:
            yield
        finally:
            stop.set()
            cutter.join()

    def _drop_open(self):
        with self.lock:
            self.dropped += len(self.open) // 2  # a client's socket and the server's make one connection
            for sock in list(self.open):
                _close(sock)
            self.open.clear()

    def close(self):
        _close(self.listener)

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if self.down.is_set():
                _close(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self.lock:
                self.open.update((client, server))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                _close(sock)
            with self.lock:
                self.open.difference_update((source, sink))


def _close(sock):
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def wait_for(check, seconds=60, failing="the server did not come up"):
    """Poll ``check()`` until it is true, or fail after ``seconds``, saying what did not happen."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    raise AssertionError(failing)
