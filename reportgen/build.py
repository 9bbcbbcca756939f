"""Run the pipeline for one config: config → ingest → analyse → HTML → PDF → outputs."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportgen.errors import ConfigError, OutputError, ReportgenError
from reportgen.files import shown as _shown

log = logging.getLogger("reportgen")


@dataclass(frozen=True)
class BuildResult:
    config_path: Path
    outputs: tuple[Path, ...]
    pages: int
    sources: int
    events: int
    timings: tuple[tuple[str, float], ...]
    skipped: bool = False
    message: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def seconds(self) -> float:
        return sum(t for _, t in self.timings)


@dataclass
class _Stopwatch:
    timings: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings.append((name, time.perf_counter() - start))


def build(
    config_path: Path,
    *,
    as_of: dt.date | None = None,
    if_changed: bool = False,
    state=None,
    renderer=None,
    clock=None,
    lock_timeout: float = 60.0,
    allow_empty: bool = False,
    limits=None,
    timeout: float | None = None,
    strict: bool = False,
    render_jobs: int | None = None,
    cache: bool = True,
) -> BuildResult:
    """Build the briefing `config_path` describes and write its outputs atomically.

    `renderer` is a reportgen.render.prefork.Renderer, a helper process already started
    (default: one forked when the render starts).  The build is bounded by `limits`
    (default: the config's `limits:`), its time limit replaced by `timeout` if given.
    `state` is a RunState; by default the config's own history file.  `clock()` returns "now".
    A briefing that selects nothing is still written, with a warning, but does not replace
    the `-latest` copy unless `allow_empty`. With `strict`, any warning stops the build before
    anything is written.  `render_jobs`: parallel chunks of the PDF's layout (None: by its
    length and the free cores; see reportgen.render.chunked).  `cache`: keep parsed sources
    beside the run history (reportgen.ingest.cache); off, every source is read again.
    """
    with _WarningCount() as warned:
        return _locked_build(
            config_path,
            as_of=as_of,
            if_changed=if_changed,
            state=state,
            renderer=renderer,
            clock=clock,
            lock_timeout=lock_timeout,
            allow_empty=allow_empty,
            limits=limits,
            timeout=timeout,
            strict=warned if strict else None,
            render_jobs=render_jobs,
            cache=cache,
        )


class _WarningCount(logging.Handler):
    """Counts the warnings the build logs (sources, config, layout, render), for --strict."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def __enter__(self) -> _WarningCount:
        log.addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        log.removeHandler(self)


def _locked_build(
    config_path: Path,
    *,
    as_of,
    if_changed,
    state,
    renderer,
    clock,
    lock_timeout,
    allow_empty,
    limits,
    timeout,
    strict: _WarningCount | None,
    render_jobs: int | None = None,
    cache: bool = True,
) -> BuildResult:
    from reportgen import config as config_mod
    from reportgen import ingest, locking
    from reportgen.briefing import check_against_corpus, citation_warnings
    from reportgen.layouts import resolve
    from reportgen.state import RunState, digest_files

    now = clock or dt.datetime.now
    watch = _Stopwatch()
    config_path = Path(config_path)
    with watch.stage("config"):
        cfg = config_mod.load_config(config_path, as_of=as_of)
    state = state or RunState.for_config(cfg)
    with locking.config_lock(config_path, state_dir=state.path.parent, timeout=lock_timeout) as lock:
        from reportgen import publish

        journal = publish.journal_path(lock)
        publish.recover(journal)  # a set of outputs a killed run left half published: finish it first
        with watch.stage("ingest"):
            from reportgen.analysis.select import date_filter
            from reportgen.ingest.cache import DocumentCache

            parsed = DocumentCache.beside(state.path) if cache else None
            if parsed is not None:
                from reportgen.analysis.item_summaries import file_name

                parsed.keep_files.add(file_name())  # the items' summaries, kept beside the parsed sources
            # Items the period leaves out are never read in full, only recorded in the run history.
            keep = date_filter(*_period(cfg, state))
            corpus = ingest.load(list(cfg.sources), root=cfg.root, cache=parsed, keep=keep)
            if parsed is not None:
                parsed.finish()
            for diagnostic in corpus.diagnostics:
                log.warning("%s", diagnostic)
            check_against_corpus(cfg, corpus)
            from reportgen.i18n import language_warnings

            for warning in [*citation_warnings(cfg), *language_warnings(cfg)]:
                log.warning("%s", warning)
            layout = resolve(cfg.layout, base_dir=cfg.root)
            digests = {
                "config": digest_files([config_path, *_part_files(cfg)]),
                "inputs": "|".join(d.digest for d in corpus.documents),
                "templates": digest_files(layout.files()),
            }
            check_outputs(cfg)  # before the analysis and the render, not after them
            check_clashes(cfg)
        if if_changed and state.unchanged_since_last_success(str(config_path), digests, cfg.as_of):
            message = f"{config_path}: unchanged since the last successful build; nothing to do"
            return BuildResult(config_path, (), 0, 0, 0, tuple(watch.timings), skipped=True, message=message)
        run_id = state.begin_run(str(config_path), as_of=cfg.as_of, digests=digests, started=now())
        try:
            from reportgen.limits import Limits

            bounds = (limits or cfg.limits or Limits()).with_timeout(timeout)
            result = _build(
                cfg,
                corpus,
                layout,
                state,
                run_id,
                watch,
                renderer,
                bounds,
                now,
                journal,
                allow_empty,
                strict,
                render_jobs,
                cache_folder=parsed.folder if parsed is not None else None,
            )
        except BaseException as exc:
            message = str(exc) or ("interrupted" if isinstance(exc, KeyboardInterrupt) else type(exc).__name__)
            state.finish_run(run_id, status="failed", outputs=(), message=message, finished=now())
            raise
        state.finish_run(run_id, status="ok", outputs=[str(p) for p in result.outputs], message="", finished=now())
        return result


def _build(
    cfg,
    corpus,
    layout,
    state,
    run_id,
    watch: _Stopwatch,
    renderer,
    limits,
    now,
    journal,
    allow_empty: bool = False,
    strict: _WarningCount | None = None,
    render_jobs: int | None = None,
    cache_folder: Path | None = None,
) -> BuildResult:
    from reportgen import limits as bounds
    from reportgen.analysis import chronology, select, summarise
    from reportgen.briefing import Analysis, assemble

    deadline = time.monotonic() + limits.seconds  # one budget for the analysis and the render
    with watch.stage("analyse"), bounds.in_process(limits, deadline, "analysis"):
        cfg, since = _period(cfg, state)
        selection = select.select(corpus, cfg, since=since)
        selected = tuple(selection.selected)
        empty = not selected
        if empty:
            log.warning(
                "warning: %s: the briefing selects no items (period: %s); `reportgen explain %s` says "
                "why each item is left out",
                _shown(cfg.path),
                cfg.period.label,
                _shown(cfg.path),
            )
        # Only the topics each item joined: they place it, tag its events and explain it in the JSON.
        topics = {d.item.id: tuple(m for m in d.topics if m.topic in d.joined) for d in selection.decisions}
        focus = {d.item.id: d.focus for d in selection.decisions}
        off_focus = _off_focus(selected, cfg.focus)
        previous = state.last_successful(str(cfg.path))
        new_ids = state.record_items(str(cfg.path), _item_digests(corpus), run_id)
        events = chronology.build_chronology(
            selected,
            as_of=cfg.as_of,
            topics_for=lambda item_id: tuple(m.topic for m in topics.get(item_id, ())),
            focus_for=lambda item_id: bool(focus.get(item_id)),
        )
        if off_focus:  # ("Meanwhile, Romania received ...": another relation's news in a story of this one)
            events = _without_off_focus(events, off_focus)
        analysis = Analysis(
            selected=selected,
            topics=topics,
            focus=focus,
            events=events,
            off_focus=off_focus,
            # On the first run everything is new; say so only when there was a previous run.
            new_item_ids=frozenset(new_ids) if previous else frozenset(),
            new_since=previous.finished if previous else None,
        )
        from reportgen.analysis.item_summaries import ItemSummaries

        # each item's own, kept between builds
        summaries = ItemSummaries(cache_folder, summarise.summarise, analysis.off_focus)
        briefing = assemble(corpus, cfg, analysis, summaries)
        summaries.save()

    outputs: dict[str, bytes] = {}
    warnings: list[str] = []
    pages = 0
    # Jinja and WeasyPrint run a layout, which is code: in a helper process, within limits.
    from reportgen.render.prefork import Renderer

    def briefing_json() -> bytes:
        with watch.stage("json"), bounds.in_process(limits, deadline, "JSON output"):
            return json.dumps(briefing.to_json(), ensure_ascii=False, indent=2).encode("utf-8")

    attach = "pdf" in cfg.formats and cfg.pdf.attach
    json_bytes = briefing_json() if attach and "json" in cfg.pdf.attach else None  # the PDF carries it
    with renderer or Renderer() as helper:
        rendered = helper.render(
            briefing,
            layout,
            pdf="pdf" in cfg.formats,
            limits=limits,
            deadline=deadline,
            render_jobs=render_jobs,
            pdf_options=cfg.pdf,
            attachments=_attachments(cfg, briefing, json_bytes) if attach else (),
        )
    watch.timings.extend(rendered.timings)
    if rendered.pdf is not None:
        outputs["pdf"] = rendered.pdf.bytes
        pages = rendered.pdf.pages
        if rendered.pdf.chunks > 1:
            log.debug("the PDF was laid out in %d parallel chunks", rendered.pdf.chunks)
        warnings.extend(rendered.pdf.warnings)
        for warning in rendered.pdf.warnings:
            log.warning("warning: %s", warning)
    if "html" in cfg.formats:
        outputs["html"] = rendered.html.encode("utf-8")
    if "json" in cfg.formats:
        outputs["json"] = json_bytes if json_bytes is not None else briefing_json()

    if strict is not None and strict.count:
        from reportgen.errors import StrictWarnings

        raise StrictWarnings(
            f"{_shown(cfg.path)}: {strict.count} warning{'s' if strict.count > 1 else ''} and "
            "--strict: nothing was written; fix what they name, or build without --strict"
        )
    with watch.stage("write"):
        from reportgen.publish import publish

        targets = output_targets(cfg)
        if empty and cfg.latest and not allow_empty:
            log.warning(
                "warning: %s: the previous -latest files are kept; --allow-empty publishes an empty "
                "briefing as the latest",
                _shown(cfg.path),
            )
            targets = [(target, ext) for (target, ext), (_, as_of) in zip(targets, _outputs(cfg)) if as_of is None]
        publish([(target, outputs[ext]) for target, ext in targets], journal)  # all of them, or none
        written = [target for target, _ in targets]
    return BuildResult(
        config_path=cfg.path,
        outputs=tuple(written),
        pages=pages,
        sources=len(briefing.sources),
        events=len(events),
        timings=tuple(watch.timings),
        warnings=tuple(warnings),
    )


def _attachments(cfg, briefing, json_bytes: bytes | None) -> tuple:
    """The files `pdf: {attach: [...]}` embeds: the config as written and the briefing's JSON, never more."""
    from reportgen.config import read_config_text
    from reportgen.render.pdf import EmbeddedFile

    made = {
        "config": lambda: EmbeddedFile(
            cfg.path.name, read_config_text(cfg.path).encode("utf-8"), "reportgen config", "Source"
        ),
        "json": lambda: EmbeddedFile(
            f"{briefing.slug}-{briefing.as_of}.json", json_bytes or b"", "reportgen briefing data", "Data"
        ),
    }
    return tuple(made[name]() for name in cfg.pdf.attach)


def _period(cfg, state):
    """The config with `since last run` resolved, and the last run's as-of date (None without one)."""
    if not cfg.period.since_last_run:
        return cfg, None
    from reportgen.config import resolve_since_last_run

    last = state.last_successful(str(cfg.path))
    since = last.as_of if last else None
    # One period for items, events and the cover: "since last run (14–20 February 2026)".
    return replace(cfg, period=resolve_since_last_run(cfg.period, since, cfg.language)), since


def _part_files(cfg) -> list[Path]:
    """Files parts read besides the sources (an analyst's note), so --if-changed sees their edits."""
    from reportgen import parts

    files = []
    for spec in cfg.parts:
        kind = parts.get(spec.kind)
        assert kind is not None, "the config reader rejects an unknown part kind"
        files += [cfg.root / spec.get(option.name) for option in kind.options if option.type == "file"]
    return files


def output_targets(cfg) -> list[tuple[Path, str]]:
    """(file, format) for every file the build writes: one per format, and the -latest copies."""
    return [(output_path(cfg, ext, as_of=as_of), ext) for ext, as_of in _outputs(cfg)]


def check_outputs(cfg) -> None:
    """Fail early, in one line, if an output cannot be written where the config says.

    A folder where the file should be, a file where a folder should be, a folder this
    user may not write to (also one made immutable with chattr +i). Outputs go wherever
    the config says, inside the project or not (a web folder, a share).
    """
    for ext, as_of in _outputs(cfg):
        target, shown = output_path(cfg, ext, as_of=as_of), _shown(_written_path(cfg, ext, as_of))
        if target.is_dir():
            raise OutputError(
                f"cannot write {shown}: a folder of that name is in the way; remove it or change output: in the config"
            )
        problem = _not_replaceable(_written_path(cfg, ext, as_of))
        if problem:
            raise OutputError(
                f"cannot write {shown}: it {problem}; reportgen replaces only regular files — "
                "remove it or change output: in the config"
            )
        parent = target.parent
        while not os.path.lexists(parent):
            parent = parent.parent
        if not parent.is_dir():
            raise OutputError(
                f"cannot write {shown}: {_shown(parent)} {_not_a_folder(parent)}; "
                "remove it or change output: in the config"
            )
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(
                f"cannot write {shown}: no permission to write in {_shown(parent)}; "
                "fix the folder's permissions or change output: in the config"
            )


def check_clashes(cfg) -> None:
    """Refuse to build when another config in the same folder that has been built writes the same files.

    Two briefings with one slug (a copied config.yaml whose title was kept) would
    overwrite each other's PDF in turn, each run silently replacing the other.  A copy never
    built (a draft, a scratch file tried with `check`) only gets a warning: the config that
    builds first owns its files, and the copy is refused when it is built in turn.
    """
    import re

    from reportgen.config import load_config
    from reportgen.errors import ReportgenError

    ours = {target for target, _ in output_targets(cfg)}
    here = os.path.realpath(cfg.path)
    for other in sorted([*cfg.root.glob("*.yaml"), *cfg.root.glob("*.yml")]):
        if os.path.realpath(other) == here or not other.is_file() or other.stat().st_size > 1024 * 1024:
            continue
        try:
            if not re.search(r"(?m)^title:", other.read_text(encoding="utf-8")):
                continue  # some other YAML file, not a briefing config
            neighbour = load_config(other, as_of=cfg.as_of)
            theirs = {target for target, _ in output_targets(neighbour)}
        except (OSError, UnicodeDecodeError, ReportgenError):
            continue  # a broken neighbour is its own build's problem
        shared = sorted(ours & theirs)
        if not shared:
            continue
        clash = f"{_shown(cfg.path)} and {_shown(other)} would both write {_shown(shared[0])}"
        if _has_built(neighbour, other):
            raise OutputError(f"{clash}; give one of them its own output: or slug:")
        log.warning(
            "warning: %s; %s has never been built, so this build goes on — give one of them its own output: or slug:",
            clash,
            _shown(other),
        )


def _has_built(cfg, path: Path) -> bool:
    """Whether the config at `path` has a successful build in its run history (an unreadable history counts
    as one: better a refusal than two briefings overwriting each other)."""
    from reportgen.errors import ReportgenError
    from reportgen.state import RunState

    try:
        state = RunState.for_config(cfg)
        return state.path.exists() and state.last_successful(str(path)) is not None
    except ReportgenError:
        return True


def _outputs(cfg) -> list[tuple[str, str | None]]:
    return [(ext, as_of) for ext in cfg.formats for as_of in ((None, "latest") if cfg.latest else (None,))]


def _not_replaceable(path: Path) -> str | None:
    """Why an existing output must not be replaced ("is a symbolic link"), or None.

    A link would be followed to whatever it names (the config itself, say) and a FIFO or a
    device is no file to publish; the lstat sees the path itself, not what it points to.
    """
    import stat

    from reportgen.files import kind_problem

    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # missing: the usual first build
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    problem = kind_problem(mode)  # None exactly for a regular file
    return None if problem is None else problem.replace(", not a file", "")


def _not_a_folder(path: Path) -> str:
    from reportgen.files import os_reason

    try:
        os.stat(path)
    except OSError as exc:  # a symlink loop, a link to nowhere
        return os_reason(exc)
    return "is a file, not a folder"


def output_path(cfg, ext: str, *, as_of: str | None = None) -> Path:
    """The output file for one format, from the config's pattern, relative to the config (symlinks resolved)."""
    return Path(os.path.realpath(_written_path(cfg, ext, as_of)))  # unlike Path.resolve() on 3.11, no loop error


def _written_path(cfg, ext: str, as_of: str | None = None) -> Path:
    """The output file as the config writes it: absolute, symlinks not resolved."""
    name = cfg.output.format(slug=cfg.slug, as_of=as_of or cfg.as_of.isoformat(), ext=ext, title=cfg.slug)
    return Path(os.path.abspath(cfg.root / name))


def _item_digests(corpus) -> list[tuple[str, str]]:
    """(id, content digest) of every item the sources hold, those ingest left out by date too."""
    from reportgen.corpus import content_digest

    return [
        pair for doc in corpus.documents for pair in [(i.id, content_digest(i)) for i in doc.items] + [*doc.omitted]
    ]


__all__ = ["BuildResult", "build", "output_path", "ConfigError", "ReportgenError"]


def _without_off_focus(events, off_focus: frozenset[str]) -> tuple:
    """The rows without another relation's story: a row it tells is dropped, and a row of this story's
    day it was told with ("... a wind farm near Kébémer. Meanwhile, Morocco and Senegal signed ... on
    the same day.") keeps only its own sentences."""
    kept = []
    for event in events:
        if (event.sentence or event.text) in off_focus:
            continue
        told = [s for s in off_focus if s in event.text]
        if told:
            text = event.text
            for sentence in told:
                text = text.replace(sentence, "")
            event = replace(event, text=" ".join(text.split()))
        kept.append(event)
    return tuple(kept)


def _off_focus(items, focus) -> frozenset[str]:
    """The sentences of `items` that turn to another relation's story (`analysis.focus.off_focus`)."""
    if not focus.terms:
        return frozenset()
    from reportgen.analysis.focus import may_turn_to_another_story, off_focus_sentences
    from reportgen.analysis.summarise import sentences

    told = (s.text for item in items if may_turn_to_another_story(item.text) for s, _ in sentences(item))
    return off_focus_sentences(told, focus)
