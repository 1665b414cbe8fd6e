"""Reading user inputs: every kind of bad input has a defined, tested outcome."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from input_files import write

from chrono import readers
from chrono.errors import InputError
from chrono.readers import InputFailure, InputText, decode_bytes, iter_inputs, read_path

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"

needs_non_root = pytest.mark.skipif(
    os.geteuid() == 0, reason="root reads files whatever their permissions"
)


def sources(results: list[InputText | InputFailure], root: Path) -> list[str]:
    return [os.path.relpath(r.source, root) for r in results]


def decode(data: bytes, encoding: str | None = None) -> str:
    return decode_bytes(data, encoding=encoding, source="f.txt")


# Paths: missing, directories, links, permissions


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    """A missing path yields one InputFailure with "no such file", not an exception."""
    missing = str(tmp_path / "nope.txt")
    [result] = iter_inputs([missing])
    assert result == InputFailure(source=missing, message=f"no such file: {missing}")


def test_read_path_missing_raises_input_error(tmp_path: Path) -> None:
    """read_path on a missing file raises InputError("no such file: X")."""
    with pytest.raises(InputError, match=r"^no such file: .*nope\.txt$"):
        read_path(str(tmp_path / "nope.txt"))


def test_read_path_on_directory_raises(tmp_path: Path) -> None:
    """read_path on a directory says so (iter_inputs is the one that walks)."""
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))


def test_device_is_not_read() -> None:
    """A character device such as /dev/null is refused (it could be endless, like /dev/zero)."""
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    [result] = iter_inputs(["/dev/null"])
    assert result == InputFailure(source="/dev/null", message="/dev/null: not a regular file")


def test_directory_recursion_order(tmp_path: Path) -> None:
    """A directory is walked depth-first with each level sorted by name (code points)."""
    for name in ["b.txt", "a/z.txt", "a/b.txt", "B.txt", "c.txt", "a/m/x.txt"]:
        write(tmp_path / name, f"text of {name}")
    results = list(iter_inputs([str(tmp_path)]))
    assert sources(results, tmp_path) == [
        "B.txt",
        "a/b.txt",
        "a/m/x.txt",
        "a/z.txt",
        "b.txt",
        "c.txt",
    ]
    assert all(isinstance(r, InputText) for r in results)
    assert results[0] == InputText(source=str(tmp_path / "B.txt"), text="text of B.txt")


def test_directory_sources_keep_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files found in a directory are named by the directory path as given plus their path."""
    write(tmp_path / "corpus" / "sub" / "a.txt", "hello")
    monkeypatch.chdir(tmp_path)
    [result] = iter_inputs(["corpus/"])
    assert result.source == os.path.join("corpus/", "sub", "a.txt")


def test_hidden_entries_skipped(tmp_path: Path) -> None:
    """Dot-prefixed files and directories below the given directory are skipped."""
    root = tmp_path / ".corpus"  # the given directory itself may be hidden
    write(root / ".hidden.txt", "secret")
    write(root / ".git" / "config", "[core]")
    write(root / "sub" / ".cache" / "x.txt", "cached")
    write(root / "sub" / "shown.txt", "shown")
    results = list(iter_inputs([str(root)]))
    assert sources(results, root) == ["sub/shown.txt"]


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    """The hidden-file rule applies inside directories only; a hidden file named is read."""
    path = write(tmp_path / ".notes", "met on 2 May 2023")
    [result] = iter_inputs([str(path)])
    assert result == InputText(source=str(path), text="met on 2 May 2023")


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    """Directory symlinks pointing to the directory or its parent do not make the walk loop."""
    root = tmp_path / "root"
    write(root / "a.txt", "a")
    write(root / "sub" / "b.txt", "b")
    os.symlink(root, root / "loop")
    os.symlink(root, root / "sub" / "up")
    os.symlink(root / "sub", root / "sub" / "self")
    results = list(iter_inputs([str(root)]))
    assert sources(results, root) == ["a.txt", "sub/b.txt"]


def test_file_linked_twice_is_read_once(tmp_path: Path) -> None:
    """A file reached through a symlink and directly is read once, at its first place."""
    write(tmp_path / "b.txt", "b")
    os.symlink(tmp_path / "b.txt", tmp_path / "a-link.txt")
    results = list(iter_inputs([str(tmp_path)]))
    assert sources(results, tmp_path) == ["a-link.txt"]


def test_broken_symlink_reported(tmp_path: Path) -> None:
    """A broken symlink inside a directory is reported, and the walk goes on."""
    os.symlink(tmp_path / "gone.txt", tmp_path / "a.txt")
    write(tmp_path / "b.txt", "b")
    first, second = iter_inputs([str(tmp_path)])
    assert first == InputFailure(
        source=str(tmp_path / "a.txt"), message=f"{tmp_path / 'a.txt'}: broken symbolic link"
    )
    assert isinstance(second, InputText)


def test_fifo_in_directory_is_skipped(tmp_path: Path) -> None:
    """A FIFO inside a directory is skipped instead of blocking the walk forever."""
    os.mkfifo(tmp_path / "pipe")
    write(tmp_path / "z.txt", "z")
    results = list(iter_inputs([str(tmp_path)]))
    assert sources(results, tmp_path) == ["z.txt"]


def test_deep_directory_does_not_recurse(tmp_path: Path) -> None:
    """A tree deeper than Python's recursion limit is walked without RecursionError."""
    # Built and removed level by level: pathlib's mkdir(parents=True) and shutil.rmtree recurse.
    levels = [str(tmp_path)]
    for _ in range(sys.getrecursionlimit() + 100):
        levels.append(os.path.join(levels[-1], "d"))
        os.mkdir(levels[-1])
    leaf = os.path.join(levels[-1], "leaf.txt")
    Path(leaf).write_text("leaf")
    try:
        results = list(iter_inputs([str(tmp_path)]))
    finally:
        os.remove(leaf)
        for level in reversed(levels[1:]):
            os.rmdir(level)
    assert [r.source for r in results] == [leaf]


@needs_non_root
def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission is a one-line failure naming it."""
    path = write(tmp_path / "locked.txt", "text")
    path.chmod(0)
    try:
        [result] = iter_inputs([str(path)])
    finally:
        path.chmod(0o644)
    assert result == InputFailure(
        source=str(path), message=f"cannot read {path}: permission denied"
    )


@needs_non_root
def test_unreadable_directory_inside_walk(tmp_path: Path) -> None:
    """An unreadable subdirectory is reported and its siblings are still read."""
    write(tmp_path / "a" / "x.txt", "x")
    write(tmp_path / "b.txt", "b")
    (tmp_path / "a").chmod(0)
    try:
        first, second = iter_inputs([str(tmp_path)])
    finally:
        (tmp_path / "a").chmod(0o755)
    assert first == InputFailure(
        source=str(tmp_path / "a"),
        message=f"cannot read directory {tmp_path / 'a'}: permission denied",
    )
    assert isinstance(second, InputText)


def test_permission_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PermissionError while opening becomes "cannot read X: permission denied" (even as root)."""
    path = write(tmp_path / "locked.txt", "text")

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(readers, "open", denied, raising=False)
    with pytest.raises(InputError, match=r"^cannot read .*locked\.txt: permission denied$"):
        read_path(str(path))


def test_one_bad_input_does_not_lose_the_others(tmp_path: Path) -> None:
    """A batch yields one result per input, in order, whatever fails in between."""
    good = write(tmp_path / "good.txt", "good")
    binary = write(tmp_path / "img.png", PNG_HEADER)
    empty = write(tmp_path / "empty.txt", b"")
    results = list(iter_inputs([str(good), str(tmp_path / "missing"), str(binary), str(empty)]))
    assert [type(r) for r in results] == [InputText, InputFailure, InputFailure, InputFailure]
    assert results[3] == InputFailure(source=str(empty), message=f"{empty}: empty input")


def test_message_stays_on_one_line(tmp_path: Path) -> None:
    """A file name with a newline or an undecodable byte is escaped in the message."""
    name = "bad\nname\udcff.txt"
    [result] = iter_inputs([str(tmp_path / name)])
    assert isinstance(result, InputFailure)
    assert "\n" not in result.message
    assert result.message.endswith("bad\\nname\\udcff.txt")
    result.message.encode("utf-8")  # printable in any UTF-8 terminal


# Binary detection


def test_binary_file_given_explicitly(tmp_path: Path) -> None:
    """A file named explicitly with a PNG header is reported as binary."""
    path = write(tmp_path / "img.png", PNG_HEADER + bytes(range(256)))
    [result] = iter_inputs([str(path)])
    assert result == InputFailure(source=str(path), message=f"{path}: binary file, not text")


def test_binary_file_in_directory_is_skipped(tmp_path: Path) -> None:
    """A binary file found in a directory is reported as skipped; the text files are read."""
    write(tmp_path / "a.txt", "a")
    write(tmp_path / "b.bin", os.urandom(4096) + b"\x00")
    write(tmp_path / "c.txt", "c")
    a, b, c = iter_inputs([str(tmp_path)])
    assert b == InputFailure(
        source=str(tmp_path / "b.bin"), message=f"{tmp_path / 'b.bin'}: skipped binary file"
    )
    assert isinstance(a, InputText)
    assert isinstance(c, InputText)


def test_control_characters_mark_binary_without_nul() -> None:
    """Data with no NUL but mostly control characters is binary."""
    with pytest.raises(InputError, match="binary file, not text"):
        decode(bytes(range(1, 32)) * 10 + b"some text")


def test_short_input_with_a_stray_control_character_is_text() -> None:
    """Fewer than 32 control characters never make an input binary, whatever their share."""
    assert decode(b"\x80", "latin-1") == "\x80"
    assert decode(b"\x01\x02 1 May") == "\x01\x02 1 May"


def test_control_share_threshold() -> None:
    """32 control characters in under 320 characters are binary; in a longer text they are kept."""
    controls = b"\x01" * 32
    with pytest.raises(InputError, match="binary file"):
        decode(controls + b"a" * 200)
    assert decode(controls + b"a" * 300).endswith("a")


def test_few_control_characters_are_kept() -> None:
    """A few control characters (form feed, bell, ESC colours) are kept in the text."""
    text = "\x1b[31mred\x1b[0m on 1 May\f page\x07 two\x7f"
    assert decode(text.encode()) == text


def test_nul_in_the_first_8k_is_binary() -> None:
    """A NUL byte in the first 8 KiB marks the data as binary."""
    with pytest.raises(InputError, match=r"^f\.txt: binary file, not text$"):
        decode(b"hello\x00world")


def test_nul_after_the_first_8k_is_kept() -> None:
    """A NUL byte later in otherwise-text data is kept as U+0000."""
    data = b"a" * 8192 + b"\x00 tail"
    assert decode(data) == "a" * 8192 + "\x00 tail"


def test_utf16_without_bom_is_binary() -> None:
    """UTF-16 without a BOM looks binary (NUL bytes); --encoding utf-16-le reads it."""
    data = "May 2023".encode("utf-16-le")
    with pytest.raises(InputError, match="binary file"):
        decode(data)
    assert decode(data, "utf-16-le") == "May 2023"


# Decoding


def test_utf8_bom_stripped() -> None:
    """A UTF-8 BOM is removed; the rest is kept."""
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_bom_decoded(codec: str) -> None:
    """UTF-16 and UTF-32 (both byte orders) with a BOM decode, BOM removed."""
    text = "Réunion le 3 mars 2024 — 10 h"
    bom_codec = {"utf-16-be": "utf-16", "utf-32-be": "utf-32"}.get(codec, codec)
    data = text.encode(codec) if codec == bom_codec else "\ufeff".encode(codec) + text.encode(codec)
    assert decode(data) == text


def test_malformed_after_bom_becomes_replacement_character() -> None:
    """Bytes after a BOM that the BOM's codec rejects become U+FFFD."""
    assert decode(b"\xef\xbb\xbfok \xff") == "ok \ufffd"
    assert decode(b"\xff\xfeo\x00k\x00!") == "ok\ufffd"  # odd length UTF-16


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    """Bytes that are not UTF-8 read as cp1252, undefined cp1252 bytes as Latin-1."""
    assert decode(b"caf\xe9") == "café"
    assert decode(b"\x80 5 \x93quoted\x94") == "€ 5 “quoted”"
    padding = "Meeting notes for the second quarter. "
    undefined = padding.encode() + b"\x81\x8d\x8f\x90\x9d"
    assert decode(undefined) == padding + "\x81\x8d\x8f\x90\x9d"


def test_valid_utf8_is_kept_next_to_stray_bytes() -> None:
    """In mixed data, valid UTF-8 stays UTF-8 and only the stray bytes read as cp1252."""
    assert decode("été ".encode() + b"caf\xe9") == "été café"


def test_forced_latin1() -> None:
    """encoding="latin-1" is used as given: 0x80 is U+0080, not the euro sign."""
    assert decode(b"caf\xe9 on 3 May, price \x80 5", "latin-1") == "café on 3 May, price \x80 5"


def test_forced_encoding_strips_bom() -> None:
    """A forced UTF-8 still drops a leading BOM."""
    assert decode(b"\xef\xbb\xbfhi", "utf-8") == "hi"


def test_forced_encoding_failure_names_file_and_encoding() -> None:
    """Data invalid in the forced encoding gives an InputError naming file, codec and offset."""
    with pytest.raises(InputError, match=r"^f\.txt: cannot decode as utf-8: .* at byte 3$"):
        decode(b"caf\xe9", "utf-8")


def test_unknown_forced_encoding() -> None:
    """An unknown encoding name is an InputError, not a LookupError."""
    with pytest.raises(InputError, match=r"^f\.txt: unknown encoding 'klingon'$"):
        decode(b"text", "klingon")


def test_non_text_forced_encoding() -> None:
    """A bytes-to-bytes codec such as base64 is refused with a message."""
    with pytest.raises(InputError, match="'base64' is not a text encoding"):
        decode(b"dGV4dA==", "base64")


def test_crlf_and_lone_cr_preserved() -> None:
    """CRLF and lone CR line ends are kept exactly, so offsets index the original text."""
    text = "line one\r\nline two\rline three\nend\r"
    assert decode(text.encode()) == text


def test_empty_file(tmp_path: Path) -> None:
    """A 0-byte file is an "empty input" failure."""
    path = write(tmp_path / "e.txt", b"")
    with pytest.raises(InputError, match=r"e\.txt: empty input$"):
        read_path(str(path))


@pytest.mark.parametrize("data", [b" \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"\xa0"])
def test_whitespace_only_is_empty(data: bytes) -> None:
    """Whitespace only (or a lone BOM) is an empty input."""
    with pytest.raises(InputError, match="empty input"):
        decode(data)


def test_stdin_dash() -> None:
    """The path "-" reads bytes from stdin, decoded by the same policy, named "<stdin>"."""
    stdin = io.BytesIO(b"caf\xe9 on 2 May\r\n")
    [result] = iter_inputs(["-"], stdin=stdin)
    assert result == InputText(source="<stdin>", text="café on 2 May\r\n")


def test_stdin_empty() -> None:
    """Empty stdin is an "empty input" failure named <stdin>."""
    [result] = iter_inputs(["-"], stdin=io.BytesIO(b""))
    assert result == InputFailure(source="<stdin>", message="<stdin>: empty input")


def test_forced_encoding_applies_to_every_input(tmp_path: Path) -> None:
    """iter_inputs passes the forced encoding to each file."""
    path = write(tmp_path / "a.txt", b"caf\xe9 \x80")
    [result] = iter_inputs([str(path)], encoding="latin-1")
    assert result == InputText(source=str(path), text="café \x80")


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    """A single 10 MB line without a newline reads whole and fast."""
    data = b"On 1 May 2023 " + b"x" * 10_000_000 + b" ended."
    path = write(tmp_path / "long.txt", data)
    start = time.perf_counter()
    text = read_path(str(path)).text
    assert time.perf_counter() - start < 1.0
    assert len(text) == len(data)
    assert text.endswith(" ended.")


def test_ten_megabyte_cp1252_is_linear(tmp_path: Path) -> None:
    """The cp1252 fallback on 10 MB of accented text stays fast (one pass)."""
    data = "Réunion à Genève, été ".encode("cp1252") * 450_000
    start = time.perf_counter()
    text = decode(data)
    assert time.perf_counter() - start < 1.0
    assert text.startswith("Réunion à Genève")


# Properties


@settings(max_examples=200)
@given(
    data=st.binary(max_size=2048), encoding=st.sampled_from([None, "utf-8", "latin-1", "utf-16"])
)
def test_decode_bytes_raises_only_input_error(data: bytes, encoding: str | None) -> None:
    """On arbitrary bytes, decode_bytes returns a str or raises InputError, nothing else."""
    try:
        text = decode_bytes(data, encoding=encoding, source="x")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str)
        assert text.strip()


@settings(max_examples=200)
@given(
    text=st.text(st.characters(exclude_categories=["Cc", "Cs"]), min_size=1).filter(
        lambda t: not t.isspace() and not t.startswith("\ufeff")
    )
)
def test_utf8_text_round_trips(text: str) -> None:
    """Any UTF-8 text without control characters decodes back to itself exactly."""
    assert decode_bytes(text.encode(), encoding=None, source="x") == text


def per_sequence_reference(data: bytes) -> str:
    """The stated fallback, implemented naively: UTF-8, each rejected byte through cp1252."""

    def cp1252(byte: int) -> str:
        try:
            return bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            return chr(byte)

    parts, start = [], 0
    while True:
        try:
            parts.append(data[start:].decode("utf-8"))
            return "".join(parts)
        except UnicodeDecodeError as exc:
            parts.append(data[start : start + exc.start].decode("utf-8"))
            parts.extend(cp1252(b) for b in data[start + exc.start : start + exc.end])
            start += exc.end


@settings(max_examples=200)
@given(
    chunks=st.lists(
        st.one_of(
            st.text(st.characters(exclude_categories=["Cc", "Cs"])).map(str.encode), st.binary()
        )
    )
)
def test_fallback_matches_per_sequence_reference(chunks: list[bytes]) -> None:
    """Mixed UTF-8 and legacy bytes decode exactly as "UTF-8, else cp1252 per rejected byte"."""
    data = b"".join(chunks)
    if any(
        data.startswith(bom) for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\0\0\xfe\xff")
    ):
        return
    try:
        text = decode_bytes(data, encoding=None, source="x")
    except InputError:
        return
    assert text == per_sequence_reference(data)
