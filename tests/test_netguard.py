"""The suite runs offline, and proves it: connections off the machine are refused, in this
process and in every process it starts (notebook kernels included)."""
import socket
import subprocess
import sys
import textwrap

import pytest

BLOCKED = "blocked by the course test guard"


def test_name_lookups_are_blocked_in_the_test_process():
    with pytest.raises(ConnectionRefusedError, match=BLOCKED):
        socket.getaddrinfo("huggingface.co", 443)


def test_connections_off_the_machine_are_blocked_before_any_packet():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        with pytest.raises(ConnectionRefusedError, match=BLOCKED):
            s.connect(("192.0.2.1", 443))  # TEST-NET-1: never routed; the guard stops it first


def test_loopback_still_works():
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass


def test_child_processes_are_guarded_too():
    code = "import socket\nsocket.getaddrinfo('huggingface.co', 443)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode != 0 and BLOCKED in proc.stderr


def test_notebook_kernels_are_guarded():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(textwrap.dedent("""
        import socket
        try:
            socket.create_connection(("huggingface.co", 443), timeout=3)
            print("connected")
        except OSError as exc:
            print(type(exc).__name__, exc)
        """))])
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    assert BLOCKED in nb.cells[0].outputs[0]["text"]
