import os
import subprocess
import sys
import textwrap

import pytest

from reportgen.errors import LockTimeout
from reportgen.locking import config_lock, lock_path


class FakeTime:
    """A monotonic clock that only moves when something sleeps."""

    def __init__(self):
        self.now = 100.0
        self.naps = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.naps.append(seconds)
        self.now += seconds


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "config.yaml"
    path.write_text("title: x\n")
    return path


def test_a_second_holder_waits_then_times_out_naming_the_holder(config):
    fake = FakeTime()
    with config_lock(config, timeout=5) as held:
        with pytest.raises(LockTimeout) as caught:
            with config_lock("config.yaml", timeout=0.3, poll=0.1, clock=fake.clock, sleep=fake.sleep):
                pass
    shown = held.relative_to(config.parent)
    assert str(caught.value) == (
        f"another reportgen run holds config.yaml (lock {shown}, pid {os.getpid()}); "
        "waited 0.3 s — try again later or raise --lock-timeout"
    )
    assert caught.value.exit_code == 1
    assert sum(fake.naps) == pytest.approx(0.3)
    assert shown.parent.name == ".reportgen" and shown.name.startswith("config-")


def test_the_lock_is_free_again_after_the_block_and_records_the_holder(config):
    with config_lock(config, timeout=0) as path:
        assert path.read_text() == f"{os.getpid()}\n"
    with config_lock(config, timeout=0):
        pass
    assert path.read_text() == ""


def test_a_lock_held_by_another_process_times_out_and_is_released_when_it_dies(config):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from reportgen.locking import config_lock
            with config_lock({str(config)!r}, timeout=5):
                print("locked", flush=True)
                time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockTimeout) as caught:
            with config_lock(config, timeout=0.15, poll=0.05):
                pass
        assert f"pid {holder.pid})" in str(caught.value)
    finally:
        holder.kill()  # killed while holding the lock: the kernel releases it
        holder.wait()
    with config_lock(config, timeout=1, poll=0.05):
        pass


def test_configs_with_the_same_name_in_different_folders_have_different_locks(tmp_path):
    assert lock_path(tmp_path / "a" / "config.yaml") != lock_path(tmp_path / "b" / "config.yaml")
    assert lock_path(tmp_path / "config.yaml", tmp_path / "state").parent == tmp_path / "state"
