import datetime as dt
import os
import subprocess
import sys

from reportgen.state import RunState, digest_files, digest_tree

DIGESTS = {"config": "c1", "inputs": "i1", "templates": "t1"}
AS_OF = dt.date(2026, 2, 20)


def at(hour, minute=0):
    return dt.datetime(2026, 2, 20, hour, minute)


def dead_pid():
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_history_is_created_on_first_use_folder_too(tmp_path):
    state = RunState(tmp_path / ".reportgen" / "state.sqlite")
    assert state.last_successful(tmp_path / "config.yaml") is None
    assert state.path.is_file()


def test_runs_are_recorded_and_the_last_success_found(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    first = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7))
    state.finish_run(first, "ok", [tmp_path / "out" / "a.pdf"], "", finished=at(7, 1))
    second = state.begin_run(str(config), as_of=AS_OF, digests=DIGESTS, started=at(8))
    state.finish_run(second, "failed", (), "render failed", finished=at(8, 1))

    last = state.last_successful(config)
    runs = state.runs(config)

    assert last.id == first
    assert (last.started, last.finished, last.as_of) == (at(7), at(7, 1), AS_OF)
    assert last.outputs == (tmp_path / "out" / "a.pdf",)
    assert last.digests == DIGESTS
    assert [(r.status, r.message) for r in runs] == [("ok", ""), ("failed", "render failed")]


def test_runs_of_other_configs_are_kept_apart(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    run = state.begin_run(tmp_path / "a.yaml", as_of=AS_OF, digests=DIGESTS, started=at(7))
    state.finish_run(run, "ok", finished=at(7, 1))
    assert state.last_successful(tmp_path / "b.yaml") is None


def test_new_items_are_only_those_added_since_the_last_success(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    run1 = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7))
    first_new = state.record_items(config, [("a1", "x"), ("a2", "y")], run1)
    state.finish_run(run1, "ok", finished=at(7, 1))
    # A document with item b1 is added between the runs; a1 is edited (same id, new digest).
    run2 = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(8))
    second_new = state.record_items(config, [("a1", "x2"), ("a2", "y"), ("b1", "z")], run2)
    state.finish_run(run2, "ok", finished=at(8, 1))

    assert first_new == {"a1", "a2"}
    assert second_new == {"b1"}


def test_items_first_seen_by_a_failed_run_are_still_new_to_the_next_briefing(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    run1 = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7))
    state.record_items(config, [("a1", "x")], run1)
    state.finish_run(run1, "ok", finished=at(7, 1))
    run2 = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(8))
    state.record_items(config, [("a1", "x"), ("b1", "z")], run2)
    state.finish_run(run2, "failed", message="render failed", finished=at(8, 1))
    run3 = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(9))

    assert state.record_items(config, [("a1", "x"), ("b1", "z")], run3) == {"b1"}


def test_unchanged_inputs_mean_skip_and_any_difference_means_build(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    output = tmp_path / "a.pdf"
    output.write_bytes(b"%PDF")
    assert not state.unchanged_since_last_success(config, DIGESTS, AS_OF)  # no history yet
    run = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7))
    state.finish_run(run, "ok", [output], finished=at(7, 1))

    assert state.unchanged_since_last_success(config, dict(DIGESTS), AS_OF)
    assert not state.unchanged_since_last_success(config, {**DIGESTS, "templates": "t2"}, AS_OF)
    assert not state.unchanged_since_last_success(config, DIGESTS, AS_OF + dt.timedelta(days=1))
    output.unlink()
    assert not state.unchanged_since_last_success(config, DIGESTS, AS_OF)


def test_a_run_killed_midway_is_marked_failed_by_the_next_run(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    killed = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7))
    gone = dead_pid()
    with state._write() as db:  # as if a process that has since died had written the row
        db.execute("UPDATE runs SET pid = ? WHERE id = ?", (gone, killed))

    state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(8))
    first = state.runs(config)[0]

    assert (first.status, first.message) == ("failed", f"interrupted: process {gone} ended before the run finished")
    assert state.last_successful(config) is None


def test_a_run_of_a_live_process_is_left_running(tmp_path):
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        running = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7))
        with state._write() as db:
            db.execute("UPDATE runs SET pid = ? WHERE id = ?", (other.pid, running))
        state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(8))
        assert state.runs(config)[0].status == "running"
    finally:
        other.kill()
        other.wait()


def test_digest_files_depends_on_names_and_bytes_not_on_where_the_folder_is(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder / "sub").mkdir(parents=True)
        (tmp_path / folder / "a.txt").write_text("alpha")
        (tmp_path / folder / "sub" / "b.txt").write_text("beta")
    one = digest_files([tmp_path / "one" / "sub" / "b.txt", tmp_path / "one" / "a.txt"])
    two = digest_files([tmp_path / "two" / "a.txt", tmp_path / "two" / "sub" / "b.txt"])
    assert one == two == digest_tree(tmp_path / "one") == digest_tree(tmp_path / "two")

    (tmp_path / "two" / "sub" / "b.txt").write_text("beta!")
    assert digest_tree(tmp_path / "two") != one
    os.rename(tmp_path / "one" / "a.txt", tmp_path / "one" / "c.txt")
    assert digest_tree(tmp_path / "one") != one


def test_digest_tree_ignores_the_run_history_folder(tmp_path):
    (tmp_path / "a.txt").write_text("alpha")
    before = digest_tree(tmp_path)
    RunState(tmp_path / ".reportgen" / "state.sqlite").last_successful(tmp_path / "config.yaml")
    assert digest_tree(tmp_path) == before


def test_parallel_writers_to_one_history_file_do_not_collide(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "state.sqlite"

    def runs_of(name):
        state = RunState(path)  # each writer its own object, as each worker process has
        config = tmp_path / f"{name}.yaml"
        for i in range(20):
            run = state.begin_run(config, as_of=AS_OF, digests=DIGESTS, started=at(7, i))
            state.record_items(config, [(f"{name}-{i}", "d")], run)
            state.finish_run(run, "ok", finished=at(7, i))
        return len(state.runs(config))

    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(runs_of, ["a", "b", "c", "d"]))

    assert counts == [20, 20, 20, 20]
