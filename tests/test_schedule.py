import datetime as dt
import logging
import threading

import pytest

from reportgen.errors import ConfigError, RenderError, UsageError
from reportgen.errors import one_line
from reportgen.schedule import next_fire, parse_cron, run_schedule


class FakeClock:
    """Wall-clock time that moves only when the scheduler sleeps or a job says so."""

    def __init__(self, start):
        self.moment = start
        self.naps = []

    def now(self):
        return self.moment

    def sleep(self, seconds):
        self.naps.append(seconds)
        self.moment += dt.timedelta(seconds=seconds)


@pytest.fixture
def logs(caplog):
    caplog.set_level(logging.INFO, logger="test.schedule")
    return caplog


def messages(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "test.schedule"]


def timer_ticks(*values):
    it = iter(values)
    return lambda: next(it)


def test_fires_at_each_time_survives_a_failing_build_and_stops_on_the_event(logs):
    clock = FakeClock(dt.datetime(2026, 2, 22, 6, 58))
    stop = threading.Event()
    fired = []

    def job(fire):
        fired.append(fire)
        clock.moment += dt.timedelta(seconds=2)  # the build takes time
        if len(fired) == 1:
            raise RenderError("WeasyPrint could not lay out the briefing: boom")
        if len(fired) == 2:
            stop.set()  # as the SIGTERM handler would, mid-build: this build still finishes
        return "built out/x.pdf"

    status = run_schedule(
        "0 7 * * *",
        job,
        clock=clock,
        sleep=clock.sleep,
        stop=stop,
        log=logging.getLogger("test.schedule"),
        timer=timer_ticks(0.0, 10.0, 11.9),
    )

    assert status == 0
    assert fired == [dt.datetime(2026, 2, 22, 7, 0), dt.datetime(2026, 2, 23, 7, 0)]
    assert messages(logs) == [
        "next build at 2026-02-22 07:00",
        "2026-02-22 07:00 FAILED: WeasyPrint could not lay out the briefing: boom",
        "2026-02-23 07:00 built out/x.pdf in 1.9 s",
    ]
    assert max(clock.naps) <= 60  # the clock is re-read at least every minute


def test_a_stop_before_the_first_fire_time_runs_nothing(logs):
    clock = FakeClock(dt.datetime(2026, 2, 22, 6, 0))
    stop = threading.Event()

    def sleep(seconds):
        clock.sleep(seconds)
        stop.set()

    status = run_schedule(
        "0 7 * * MON",
        lambda fire: pytest.fail("must not run"),
        clock=clock,
        sleep=sleep,
        stop=stop,
        log=logging.getLogger("test.schedule"),
    )

    assert status == 0
    assert len(clock.naps) == 1


def test_fire_times_missed_during_a_long_build_are_skipped(logs):
    clock = FakeClock(dt.datetime(2026, 2, 22, 6, 59, 30))
    stop = threading.Event()
    fired = []

    def job(fire):
        fired.append(fire)
        if len(fired) == 1:
            clock.moment += dt.timedelta(minutes=140)  # until 09:20: overran the 07:30 ... 09:00 slots
        else:
            stop.set()
        return "built"

    run_schedule("*/30 * * * *", job, clock=clock, sleep=clock.sleep, stop=stop, log=logging.getLogger("test.schedule"))

    assert fired == [dt.datetime(2026, 2, 22, 7, 0), dt.datetime(2026, 2, 22, 9, 30)]


def test_an_invalid_cron_expression_is_a_usage_error():
    with pytest.raises(UsageError) as wrong_count:
        parse_cron("0 7 * *")
    with pytest.raises(UsageError) as bad_field:
        parse_cron("61 7 * * *")
    assert str(wrong_count.value) == (
        "invalid --cron '0 7 * *': 4 fields; expected 5 fields: minute hour "
        "day-of-month month day-of-week, e.g. '0 7 * * MON'"
    )
    assert wrong_count.value.exit_code == 2
    assert str(bad_field.value).startswith("invalid --cron '61 7 * * *': ")
    assert "out of range" in str(bad_field.value)


def test_an_invalid_cron_expression_fails_before_any_wait():
    clock = FakeClock(dt.datetime(2026, 2, 22, 6, 0))
    with pytest.raises(UsageError):
        run_schedule("every monday", lambda fire: "x", clock=clock, sleep=clock.sleep)
    assert clock.naps == []


def test_next_fire_is_strictly_after_the_given_time():
    assert next_fire("0 7 * * MON", dt.datetime(2026, 2, 23, 7, 0)) == dt.datetime(2026, 3, 2, 7, 0)
    assert next_fire("0 7 * * MON", dt.datetime(2026, 2, 23, 6, 59)) == dt.datetime(2026, 2, 23, 7, 0)


def test_errors_are_reduced_to_one_line():
    config_error = ConfigError(["b.yaml:4:1: title: missing", "b.yaml:9:3: topics.x: unknown"])
    assert one_line(config_error) == "b.yaml:4:1: title: missing (+1 more)"
    assert one_line(ValueError("bad\nvalue")) == "ValueError: bad value"


def test_the_schedule_command_rejects_a_bad_cron_with_exit_2(tmp_path, capsys):
    from reportgen.cli import main

    (tmp_path / "config.yaml").write_text("title: x\n")
    status = main(["schedule", str(tmp_path / "config.yaml"), "--cron", "0 7 * *"])
    assert status == 2
    assert capsys.readouterr().err.startswith("error: invalid --cron '0 7 * *': 4 fields; ")
