"""Writing outputs: atomic replacement, kept permissions, one-line errors, no leftovers."""

from __future__ import annotations

import errno
import io
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from chrono import io as chrono_io
from chrono.errors import OutputError
from chrono.io import atomic_write, atomic_writer, check_writable, open_output, write_output

needs_non_root = pytest.mark.skipif(
    os.geteuid() == 0, reason="root may write whatever the permissions say"
)


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def listing(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))


def test_creates_new_file_with_umask_mode(tmp_path: Path) -> None:
    """A new file gets the data and mode 0o666 minus the umask, like open() would give."""
    target = tmp_path / "out.json"
    atomic_write(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current_umask()
    assert listing(tmp_path) == ["out.json"]


def test_target_replaced(tmp_path: Path) -> None:
    """An existing file is replaced whole (a longer old file leaves no tail)."""
    target = tmp_path / "out.csv"
    target.write_bytes(b"old content that is longer\n")
    atomic_write(str(target), b"new\n")
    assert target.read_bytes() == b"new\n"
    assert listing(tmp_path) == ["out.csv"]


def test_existing_permissions_preserved(tmp_path: Path) -> None:
    """Replacing a file keeps its permission bits."""
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_symlink_target_is_followed(tmp_path: Path) -> None:
    """Writing through a symlink replaces the file it points to and keeps the link."""
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_missing_directory(tmp_path: Path) -> None:
    """A path in a missing directory is a one-line OutputError and creates nothing."""
    target = tmp_path / "nope" / "out.json"
    with pytest.raises(OutputError) as info:
        atomic_write(target, b"x")
    assert str(info.value) == f"cannot write {target}: directory {tmp_path / 'nope'} does not exist"
    assert listing(tmp_path) == []


def test_parent_is_a_file(tmp_path: Path) -> None:
    """A path below a regular file says the parent is not a directory."""
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(OutputError, match=r"file is not a directory$"):
        atomic_write(tmp_path / "file" / "out.json", b"x")


def test_target_is_a_directory(tmp_path: Path) -> None:
    """A directory as target is refused and left alone."""
    with pytest.raises(OutputError, match=r"^cannot write .*: is a directory$"):
        atomic_write(tmp_path, b"x")
    assert listing(tmp_path) == []


def test_empty_path() -> None:
    """An empty path is an OutputError, not a FileNotFoundError."""
    with pytest.raises(OutputError, match="empty path"):
        atomic_write("", b"x")


@needs_non_root
def test_read_only_directory(tmp_path: Path) -> None:
    """A directory without write permission gives "permission denied" and no file."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match=r"^cannot write .*out\.json: permission denied$"):
            atomic_write(folder / "out.json", b"x")
        assert listing(folder) == []
    finally:
        folder.chmod(0o755)


@needs_non_root
def test_read_only_file(tmp_path: Path) -> None:
    """A read-only target is refused like the shell's > would, though a rename could replace it."""
    target = tmp_path / "out.json"
    target.write_bytes(b"keep")
    target.chmod(0o444)
    with pytest.raises(OutputError, match=r"permission denied$"):
        atomic_write(target, b"x")
    assert target.read_bytes() == b"keep"


def test_permission_check_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unwritable target is refused before anything is written (checked even as root)."""
    target = tmp_path / "out.json"
    target.write_bytes(b"keep")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    with pytest.raises(OutputError, match=r"^cannot write .*out\.json: permission denied$"):
        check_writable(target)
    with pytest.raises(OutputError, match="permission denied"):
        atomic_write(target, b"x")
    assert listing(tmp_path) == ["out.json"]
    assert target.read_bytes() == b"keep"


def test_check_writable_writes_nothing(tmp_path: Path) -> None:
    """check_writable accepts a writable new path without creating it."""
    check_writable(tmp_path / "out.json")
    assert listing(tmp_path) == []


def test_temp_file_cleaned_on_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing fsync (disk full) raises OutputError, removes the temp file, keeps the target."""
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match=r"^cannot write .*: no space left on device$"):
        atomic_write(target, b"new")
    assert listing(tmp_path) == ["out.json"]
    assert target.read_bytes() == b"old"


def test_failing_replace_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the rename fails, the old file is intact and no temp file remains."""
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="permission denied"):
        atomic_write(target, b"new")
    assert listing(tmp_path) == ["out.json"]
    assert target.read_bytes() == b"old"


def test_interrupted_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C during the write propagates, leaves the old file intact and removes the temp file."""
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def interrupt(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    assert listing(tmp_path) == ["out.json"]
    assert target.read_bytes() == b"old"


def test_error_inside_block_keeps_old_file(tmp_path: Path) -> None:
    """An exception raised while streaming into atomic_writer propagates as is; nothing changes."""
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old")
    with pytest.raises(ValueError, match="boom"), atomic_writer(target) as file:
        file.write(b"partial")
        raise ValueError("boom")
    assert listing(tmp_path) == ["out.jsonl"]
    assert target.read_bytes() == b"old"


def test_killed_mid_export_keeps_old_file(tmp_path: Path) -> None:
    """A process SIGKILLed halfway through a streamed write leaves the old file, not a half one."""
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    script = textwrap.dedent(
        """
        import sys, time
        from chrono.io import atomic_writer
        with atomic_writer(sys.argv[1]) as file:
            file.write(b"first half\\n" * 1000)
            file.flush()
            print("ready", flush=True)
            time.sleep(30)
            file.write(b"second half\\n")
        """
    )
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen(
        [sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, env=env
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert target.read_bytes() == b"old\n"
    # Only a hidden temp file may remain (SIGKILL allows no cleanup); the readers skip it.
    assert [name for name in listing(tmp_path) if not name.startswith(".")] == ["out.jsonl"]


def test_streaming_writer(tmp_path: Path) -> None:
    """atomic_writer commits every chunk written in the block when it ends."""
    target = tmp_path / "out.jsonl"
    with atomic_writer(target) as file:
        for n in range(3):
            file.write(b"%d\n" % n)
        assert not target.exists()
    assert target.read_bytes() == b"0\n1\n2\n"


def test_device_target_written_in_place() -> None:
    """An existing non-regular target such as /dev/null is written, not replaced."""
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    write_output("/dev/null", b"discarded", io.BytesIO())
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("path", [None, "-"])
def test_write_output_to_stdout(path: str | None) -> None:
    """None or "-" writes the bytes to stdout."""
    stdout = io.BytesIO()
    write_output(path, b"data", stdout)
    assert stdout.getvalue() == b"data"


def test_write_output_to_file(tmp_path: Path) -> None:
    """A path writes the bytes to that file atomically, nothing to stdout."""
    stdout = io.BytesIO()
    write_output(str(tmp_path / "out.csv"), b"a,b\n", stdout)
    assert (tmp_path / "out.csv").read_bytes() == b"a,b\n"
    assert stdout.getvalue() == b""


def test_broken_stdout_is_output_error() -> None:
    """A closed pipe on stdout becomes a one-line OutputError."""

    class BrokenPipe(io.BytesIO):
        def write(self, data: object) -> int:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    with pytest.raises(OutputError, match=r"^cannot write to standard output: broken pipe$"):
        write_output("-", b"data", BrokenPipe())


def test_open_output_streams_to_stdout() -> None:
    """open_output("-") yields stdout itself and leaves it open."""
    stdout = io.BytesIO()
    with open_output("-", stdout) as file:
        file.write(b"a")
        file.write(b"b")
    assert stdout.getvalue() == b"ab"
    assert not stdout.closed


def test_temp_name_collision_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An existing file with the chosen temp name is never overwritten; another name is tried."""
    tokens = iter(["aaaaaaaa", "aaaaaaaa", "bbbbbbbb"])
    monkeypatch.setattr(chrono_io.secrets, "token_hex", lambda n: next(tokens))
    atomic_write(tmp_path / "out.json", b"first")
    (tmp_path / ".out.json.aaaaaaaa.tmp").write_bytes(b"someone else's")
    atomic_write(tmp_path / "out.json", b"second")
    assert (tmp_path / ".out.json.aaaaaaaa.tmp").read_bytes() == b"someone else's"
    assert (tmp_path / "out.json").read_bytes() == b"second"
