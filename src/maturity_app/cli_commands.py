"""The command line's headless commands (for scripting and tests): their parser, and what each one runs.

Imported by cli.main only when a command is given: opening the desktop app (the command with no command, or only
``--db PATH``) needs none of this code, nor the libraries it imports.
"""

from __future__ import annotations

import gc

# What this module imports (argparse, json, sqlite3, datetime and the app's core) lives as long as the process:
# the dozen automatic collections Python would run while it is made walk it for nothing, before every command.
# Held off for these imports only, then left as they were.
_collecting = gc.isenabled()
gc.disable()
try:
    import argparse
    import datetime as dt
    import json
    import sqlite3
    import sys
    from pathlib import Path

    from .cli import UI_LANGUAGE_OPTION
    from .domain import i18n
    from .domain.errors import MaturityError, ValidationFailed
    from .domain.i18n import N_, _, ngettext
finally:
    if _collecting:
        gc.enable()


# argparse's own words (usage, headings, its errors), as Python's argparse asks gettext for them: listed here so
# the catalogue carries them, and handed to argparse by speak_argparse(). A Python whose wording differs simply
# keeps those words in English.
ARGPARSE_TEXTS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"), N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"), N_("not allowed with argument %s"), N_("expected one argument"),
    N_("expected at most one argument"), N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def speak_argparse() -> None:
    """Let argparse's own words follow the interface language (it looks them up through gettext at use)."""
    argparse._ = i18n.gettext
    argparse.ngettext = i18n.ngettext


LOCK_WAIT_SECONDS = 3.0
MAX_ID = 2**63 - 1  # SQLite's largest integer
PASSWORD_FILE_LIMIT = 64 * 1024


def _assessment_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not an assessment id (a whole number)").format(
            text=repr(text))) from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(_("{text} is not an assessment id (1 to {max})").format(text=text, max=MAX_ID))
    return value


def _budget(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not a whole number").format(text=repr(text))) from None
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError(_("{text} is outside 0 to 1000").format(text=text))
    return value


def _backup_before(args, what: str) -> None:
    from .storage.backups import backup_before_change

    _workspace(args)
    backup_before_change(args._db_path, what)


# -- shared context --------------------------------------------------------------------------------
def _library():
    from .domain.pack_loader import load_library
    from .paths import bundled_packs_dir
    from .storage.locations import user_packs_dir

    return load_library(bundled_packs_dir(), user_packs_dir())


class _VersionAction(argparse.Action):
    """--version, reading the installed version only when asked (importlib.metadata costs every command ~50 ms)."""

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__

        print(f"{parser.prog} {__version__}")  # on stdout, as argparse's own version action prints it
        parser.exit()


def _workspace(args):
    """The command's one Workspace (connection, lock, stores), opened on first use and closed by main()."""
    from .app.workspace import Workspace
    from .storage.database import NeedsWriter, open_database_for_reading
    from .storage.locations import default_database_path

    if getattr(args, "_workspace", None) is None:
        path = Path(args.db) if args.db else _default_db(args) or default_database_path()
        args._db_path = path
        if getattr(args, "read_only", False):
            # Readers run beside the desktop app (WAL); only an outdated database needs the writer. A missing
            # one is said so (DatabaseMissing): reading never creates an empty database at a mistyped path.
            try:
                args._workspace = Workspace(open_database_for_reading(path), path=path)
            except NeedsWriter:
                pass
        if getattr(args, "_workspace", None) is None:
            # lock=True: a command never writes while the desktop app (or another command) has the database open;
            # lock_wait: another command finishing its write is waited for briefly instead of refused at once.
            # Only a command that makes or fills a database creates a missing one; any other writer changes
            # what is there, so a mistyped --db is said so (DatabaseMissing), not made an empty database.
            args._workspace = Workspace.open(path, lock=True, lock_wait=LOCK_WAIT_SECONDS,
                                             create=getattr(args, "creates_database", False))
    return args._workspace


def _default_db(args) -> Path | None:
    """The database a command uses without --db when it is not the user's own (demo: the sample database)."""
    if args.command == "demo":
        from .storage.locations import sample_database_path

        return sample_database_path()
    return None


def _print_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _print_json_rows(rows: list[str]) -> None:
    """A JSON array of rows already written as JSON text, one per line: scripts read it as any JSON, people scan
    it a row at a time (indenting a thousand rows' nested figures took longer than everything else `list --json`
    does)."""
    print("[\n" + ",\n".join("  " + row for row in rows) + "\n]" if rows else "[]")


def _parse_day(text: str | None) -> dt.date | None:
    if not text or text.lower() == "never":
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise MaturityError(_("date {text} is not in YYYY-MM-DD form").format(text=repr(text))) from None


# -- commands --------------------------------------------------------------------------------------
def cmd_packs(args) -> int:
    from .domain.reference_review import annex_a_coverage

    from .app.shown import shown_pack

    library = _library()
    rows = []
    for pack in map(shown_pack, library.packs.values()):
        questions = pack.questions()
        rows.append(
            {
                "id": pack.id,
                "version": pack.version,
                "title": pack.title,
                "subject": pack.subject,
                "domains": len(pack.domains),
                "questions": len(questions),
                "iso27001": sorted({r for q in questions for r in q.references.iso27001}),
                "nist_csf": sorted({r for q in questions for r in q.references.nist_csf}),
                "nis2": sorted({r for q in questions for r in q.references.nis2}),
                "dora": sorted({r for q in questions for r in q.references.dora}),
                "annex_a_probed": len(annex_a_coverage(questions).probed),
                "source": str(library.origins[pack.id]),
            }
        )
    if args.json:
        _print_json({"packs": rows, "errors": [str(e) for e in library.errors]})
    else:
        for r in rows:
            print(_("{id:<16} {version:<8} {questions:>3} questions in {domains:>2} domains  {title}").format(**r))
    for error in library.errors:
        print(_("warning: {message}").format(message=error), file=sys.stderr)
    return 0


def cmd_validate(args) -> int:
    from .domain.errors import PackError
    from .domain.pack_loader import load_pack
    from .domain.reference_review import unexplained

    failed = 0
    for path in args.paths:
        try:
            pack = load_pack(Path(path))
        except PackError as exc:
            failed += 1
            print(str(exc), file=sys.stderr)
        else:
            count = len(pack.questions())
            print(ngettext("{path}: ok ({pack} {version}, {count} question)",
                           "{path}: ok ({pack} {version}, {count} questions)", count).format(
                path=path, pack=pack.id, version=pack.version, count=count))
            # Not fatal: the pack works, but its crosswalk will give these controls no verdict.
            for problem in unexplained(pack.questions()):
                print(_("warning: {message}").format(message=f"{path}: {problem}"), file=sys.stderr)
    return 1 if failed else 0


def cmd_schema(args) -> int:
    from .domain.schema import Pack

    _print_json(Pack.model_json_schema())
    return 0


def cmd_install_pack(args) -> int:
    from .storage.pack_install import install_pack

    installed = install_pack(Path(args.file), _library(), allow_downgrade=args.force)
    if installed.replaced_version:
        text = _("installed {pack} {version} (replaced {old}) to {path}")
    else:
        text = _("installed {pack} {version} to {path}")
    print(text.format(pack=installed.pack.id, version=installed.pack.version, old=installed.replaced_version,
                      path=installed.path))
    return 0


def cmd_new(args) -> int:
    from .app.assessments import create_assessment

    pack = _library().get(args.pack)
    ws = _workspace(args)
    new_id = create_assessment(ws, pack, args.org, scope=args.scope, assessor=args.assessor, mode=args.mode,
                               escalation_budget=args.budget).value
    if args.json:
        _print_json({"id": new_id, "uid": ws.assessments.info(new_id).uid})
    else:
        print(new_id)
    return 0


def cmd_list(args) -> int:
    from .app.listing import assessment_list_json
    from .storage.database import DatabaseMissing

    try:
        workspace = _workspace(args)
    except DatabaseMissing:
        if args.db:
            raise  # a path given and not there: most likely mistyped
        rows = []  # the user's own database is made with their first assessment: none yet
    else:
        # One query: SQLite writes each row with the headline figures stored beside the assessment; no pack is
        # parsed and nothing is scored unless a stored headline no longer holds.
        rows = assessment_list_json(workspace, figures=args.json)
    if args.json:
        _print_json_rows(rows)
    else:
        for r in map(json.loads, rows):
            print(f"{r['id']:>4}  {r['organisation']:<32} {r['pack']:<14} {r['answered']:>3}/{r['applicable']:<3} "
                  f"{r['updated_at'][:10]}")
    return 0


def cmd_answer(args) -> int:
    from .app.answers import change_answer

    changes = {}
    for axis in ("compliance", "capability"):
        if getattr(args, axis) is not None:
            changes[axis] = getattr(args, axis)
    if args.proven_on is not None:
        changes["proven_on"] = _parse_day(args.proven_on)
    for name in ("owner", "note", "action", "action_owner", "decision"):
        value = getattr(args, name)
        if value is not None:
            changes["evidence_note" if name == "note" else name] = value
    if args.action_due is not None:
        changes["action_due"] = _parse_day(args.action_due)
    if args.escalate is not None:
        changes["escalate"] = args.escalate
    change_answer(_workspace(args), args.id, args.question, **changes)
    return 0


def _scored(args):
    from .domain.scoring import score_assessment

    from .app.shown import shown

    assessment = shown(_workspace(args).assessments.load(args.id))
    return assessment, score_assessment(assessment)


def cmd_score(args) -> int:
    from .domain.formatting import points, signed
    from .domain.score_summary import score_summary

    assessment, score = _scored(args)
    summary = score_summary(score)
    if args.json:
        _print_json({"id": assessment.info.id, "organisation": assessment.info.organisation, **summary})
        return 0
    print(f"{assessment.info.organisation} — {score.pack.title} {score.pack.version}")
    print(summary["summary"]["coverage"])
    print(summary["summary"]["headline"])
    print(_("compliance index {paper}   capability index {practice}   gap {gap}").format(
        paper=points(score.compliance_index), practice=points(score.capability_index), gap=signed(score.gap_points)))
    counts = summary["counts"]
    print(_("paper maturity {paper_maturity}   exposed {exposed}   stale proofs {stale_proofs}   unowned {unowned}   "
            "escalations {escalations}/{escalation_budget}").format(**counts))
    width = max((len(d["title"]) for d in summary["domains"]), default=0)
    for d in summary["domains"]:
        flag = f"  {_(d['verdict']).upper()}" if d["verdict"] else ""
        print(f"  {d['title']:<{width}} {points(d['compliance_index']):>6} {points(d['capability_index']):>6}{flag}")
    return 0


def _fmt(value) -> str:
    from .domain.formatting import points  # imported by the commands that print figures, not by `list`

    return points(value)


def _read_password(path_text: str | None) -> str | None:
    """The first line of a file (or of standard input for "-"); a password is never taken on the command line."""
    if not path_text:
        return None
    from .storage.private_files import read_regular_file

    try:
        if path_text == "-":
            text = sys.stdin.readline(PASSWORD_FILE_LIMIT)
        else:
            text = read_regular_file(path_text, PASSWORD_FILE_LIMIT, "password file").decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MaturityError(_("cannot read the password file {path}: {error}").format(path=path_text,
                                                                                      error=exc)) from None
    password = text.splitlines()[0] if text.splitlines() else ""
    if not password:
        raise MaturityError(_("the password file {path} is empty; put the password on its first line").format(
            path=path_text))
    return password


def _report_format(args) -> str:
    """--format, or the format --out's extension names; a contradiction between the two is refused."""
    from .report.options import FORMATS

    out = getattr(args, "out", None)
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    chosen = getattr(args, "format", None)
    if chosen is None:
        return suffix if suffix in FORMATS else "pdf"
    if suffix in FORMATS and suffix != chosen:
        raise ValidationFailed(f"--out {out} ends in .{suffix} but --format is {chosen}; make them agree")
    return chosen


def _report_options(args):
    from .report.options import DEFAULT_LABEL, SECTIONS, ReportOptions, parse_sections

    sections = getattr(args, "sections", None)
    label = getattr(args, "label", None)
    brief = getattr(args, "brief", False)
    if brief and sections:
        raise ValidationFailed("--sections cannot be combined with --brief: the brief is a fixed two-page summary; "
                               "leave out --brief to choose sections of the full report")
    return ReportOptions(
        sections=parse_sections(sections) if sections else SECTIONS,
        brief=brief,
        format=_report_format(args),
        page_size=getattr(args, "page_size", None) or "a4",
        label=DEFAULT_LABEL if label is None else label,
        password=_read_password(getattr(args, "password_file", None)),
    )


def cmd_report(args) -> int:
    from .app.report_inputs import report_inputs
    from .report.builder import build_report

    options = _report_options(args)
    with i18n.using_language(_report_language(args)):  # scored and written in the report's language
        inputs = report_inputs(_workspace(args), args.id)
        for name, value in inputs.extras().items():
            setattr(options, name, value)
        for sentence in inputs.left_out:
            print(_("note: {message}").format(message=sentence), file=sys.stderr)
        build_report(inputs.score, inputs.assessment.info, Path(args.out), options)
    if options.format == "pdf":  # told in the command line's language, whatever the report's
        from .report.glyphs import undrawn_fields

        for sentence in undrawn_fields(inputs.score, inputs.assessment.info, options):
            print(_("warning: {message}").format(message=sentence), file=sys.stderr)
    print(args.out)
    return 0


def _report_language(args) -> str:
    """--lang, else the interface language (the app's, see cli.app_language)."""
    return getattr(args, "lang", None) or i18n.language()


def cmd_fingerprint(args) -> int:
    from .domain.fingerprint import assessment_fingerprint

    print(assessment_fingerprint(_workspace(args).assessments.load(args.id)))
    return 0


def cmd_demo(args) -> int:
    from .app.assessments import create_sample
    from .app.report_inputs import report_inputs
    from .app.shown import shown_pack
    from .domain.demo import DEMO_ORGANISATION

    pack = _library().get(args.pack)
    ws = _workspace(args)
    if args.out:  # refused before the sample is created, not after
        from .storage.private_files import check_write_target

        check_write_target(Path(args.out), what="the report")
    new_id = create_sample(ws, pack).value
    print(_("created demo assessment {id} ({organisation}, {pack})").format(
        id=new_id, organisation=DEMO_ORGANISATION, pack=shown_pack(pack).title))
    if not args.db:  # a fictional organisation never lands among the user's own assessments
        path = _default_db(args)
        print(_("in the sample database {path} (open it with: maturity-app --db \"{path}\")").format(path=path))
    if args.out:
        from .report.builder import build_report

        with i18n.using_language(_report_language(args)):
            inputs = report_inputs(ws, new_id)
            build_report(inputs.score, inputs.assessment.info, Path(args.out), _report_options(args))
        print(_("report written to {path}").format(path=args.out))
    return 0


def _participant_row(p) -> dict:
    return {"number": p.number, "id": p.id, "role": p.role, "name": p.name, "removed": p.removed_at is not None}


def cmd_participant_add(args) -> int:
    from .app.workshop import add_participant

    participant = add_participant(_workspace(args), args.id, args.role, args.name or "").value
    if args.json:
        _print_json(_participant_row(participant))
    else:
        print(participant.number)
    return 0


def cmd_participant_list(args) -> int:
    ws = _workspace(args)
    ws.assessments.info(args.id)
    participants = ws.workshop.participants(args.id, include_removed=args.all)
    if args.json:
        _print_json([_participant_row(p) for p in participants])
    else:
        for p in participants:
            gone = "  " + _("(removed)") if p.removed_at else ""
            print(f"{p.number:>3}  {p.role:<24} {p.name}{gone}")
    return 0


def cmd_participant_remove(args) -> int:
    from .app.workshop import remove_participant

    ws = _workspace(args)
    participant = remove_participant(ws, args.id, ws.workshop.find_participant(args.id, args.participant).id).value
    print(_("removed participant {number} ({role}); their ratings stay in history").format(
        number=participant.number, role=participant.role))
    return 0


def _levels(args) -> dict:
    levels = {"capability": args.capability}
    if args.compliance is not None:
        levels["compliance"] = args.compliance
    return levels


def cmd_rate(args) -> int:
    from .app.workshop import rate

    ws = _workspace(args)
    rate(ws, args.id, ws.workshop.find_participant(args.id, args.participant).id, args.question, **_levels(args))
    return 0


def cmd_agree(args) -> int:
    from .app.workshop import agree

    agree(_workspace(args), args.id, args.question, **_levels(args))
    return 0


# -- evidence files and verification ----------------------------------------------------------------
def _evidence_row(f, verification=None) -> dict:
    return {"id": f.id, "question": f.question_id, "name": f.name, "sha256": f.sha256, "size": f.size,
            "dated": f.dated.isoformat() if f.dated else None,
            "verified_by": verification.verifier if verification and f.sha256 in verification.files else None}


def cmd_evidence_add(args) -> int:
    from .app.evidence import attach_files
    from .domain.evidence import proposed_proof_date

    ws = _workspace(args)
    added = attach_files(ws, args.id, args.question, [Path(p) for p in args.files], use_date=args.use_date).value
    for f in added:
        day = f.dated.isoformat() if f.dated else _("undated")
        print(f"{f.id}\t{f.name}\t{day}\t{f.sha256}")
    answer = ws.assessments.answer(args.id, args.question)
    proposal = proposed_proof_date(ws.evidence.files(args.id).get(args.question, ()), answer.proven_on, ws.today)
    if proposal:
        on_record = answer.proven_on.isoformat() if answer.proven_on else _("not set")
        print(_("note: {message}").format(message=_(
            "the evidence is dated {dated}; the proof date on record is {on_record} (use --use-date to take it)"
        ).format(dated=proposal.isoformat(), on_record=on_record)), file=sys.stderr)
    return 0


def cmd_evidence_list(args) -> int:
    ws = _workspace(args)
    assessment = ws.assessments.load(args.id)
    rows = [_evidence_row(f, assessment.verifications.get(qid))
            for qid, files in assessment.evidence.items() if not args.question or qid == args.question
            for f in files]
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        verified = "  " + _("verified by {name}").format(name=r["verified_by"]) if r["verified_by"] else ""
        print(_("{id:>4}  {question:<16} {name}  {dated}  {size} bytes  sha256 {sha256}").format(
            id=r["id"], question=r["question"], name=r["name"], dated=r["dated"] or _("undated"),
            size=f"{r['size']:,}".replace(",", "." if i18n.language() == "de" else ","), sha256=r["sha256"]) + verified)
    return 0


def cmd_evidence_export(args) -> int:
    from .app.evidence import export_file

    print(export_file(_workspace(args), args.id, args.evidence, Path(args.out)))
    return 0


def cmd_evidence_remove(args) -> int:
    from .app.evidence import detach_files

    (removed, _file), = detach_files(_workspace(args), args.id, [args.evidence]).value
    print(_("detached {name} from question {question}").format(name=removed.name, question=removed.question_id))
    return 0


def cmd_verify(args) -> int:
    from .app.evidence import verify

    v = verify(_workspace(args), args.id, args.question, args.by).value
    print(ngettext("question {question}: capability {level} verified by {name} on {day} after seeing {count} file",
                   "question {question}: capability {level} verified by {name} on {day} after seeing {count} files",
                   len(v.files)).format(question=v.question_id, level=v.capability, name=v.verifier,
                                        day=v.verified_on.isoformat(), count=len(v.files)))
    return 0


# -- targets, risk acceptances and the plan ----------------------------------------------------------
def _target_level(text: str) -> int | None:
    if text.lower() in ("none", "clear"):
        return None
    try:
        return int(text)
    except ValueError:
        raise MaturityError(_("a target level is 0-4 or 'none', not {text}").format(text=repr(text))) from None


def cmd_target(args) -> int:
    from .app.plan import set_target
    from .domain.formatting import points
    from .domain.plan import domains_against_targets
    from .domain.scoring import score_assessment

    ws = _workspace(args)
    if args.item is not None:
        if args.level is None:
            raise MaturityError(_("give the target level (0-4, or 'none' to clear it)"))
        set_target(ws, args.id, args.item, _target_level(args.level))
    from .app.shown import shown

    score = score_assessment(shown(ws.assessments.load(args.id)), ws.today)
    rows = [{"domain": d.domain.domain.id, "title": d.domain.domain.title, "target_level": d.target,
             "target_index": d.target_index, "capability_index": d.current, "distance": d.distance}
            for d in domains_against_targets(score, list(score.targets))]
    questions = [{"question": t.item_id, "target_level": t.level} for t in score.targets if t.kind == "question"]
    if args.json:
        _print_json({"domains": rows, "questions": questions})
        return 0
    for r in rows:
        distance = _("not scored") if r["distance"] is None else (
            _("{points} points below").format(points=points(r["distance"])) if r["distance"] > 0 else _("meets it"))
        print("  " + _("{title:<44} target {level} ({index})  practice {practice:>4}  {distance}").format(
            title=r["title"], level=r["target_level"], index=points(r["target_index"]),
            practice=points(r["capability_index"]), distance=distance))
    for q in questions:
        print("  " + _("question {question:<34} target {level}").format(question=q["question"],
                                                                         level=q["target_level"]))
    return 0


def cmd_accept(args) -> int:
    from .app.plan import accept_risk, set_acceptance

    ws = _workspace(args)
    if args.question is None:
        today = ws.today
        rows = [{"question": a.question_id, "approver": a.approver, "reason": a.reason,
                 "accepted_on": a.accepted_on.isoformat(), "expires_on": a.expires_on.isoformat(),
                 "expired": a.expired(today)} for a in ws.plan.acceptances(args.id).values()]
        if args.json:
            _print_json(rows)
        for r in ([] if args.json else rows):
            state = _("EXPIRED, gap reopened") if r["expired"] else _("until {day}").format(day=r["expires_on"])
            print("  " + _("{question:<24} {state:<24} approved by {approver}: {reason}").format(
                question=r["question"], state=state, approver=r["approver"], reason=r["reason"]))
        return 0
    if args.withdraw:
        set_acceptance(ws, args.id, args.question, None)
        print(_("acceptance of {question} withdrawn; the gap is back in the plan").format(question=args.question))
        return 0
    if not (args.approver and args.reason and args.expires):
        raise MaturityError(_("accepting a risk needs --approver, --reason and --expires"))
    a = accept_risk(ws, args.id, args.question, args.approver, args.reason, _parse_day(args.expires)).value
    print(_("{question} accepted by {approver} until {day}").format(question=a.question_id, approver=a.approver,
                                                                    day=a.expires_on.isoformat()))
    return 0


def _priority(text: str | None):
    if text is None:
        return "keep"
    if text.lower() == "auto":
        return None
    try:
        return int(text)
    except ValueError:
        raise MaturityError(_("a priority is a whole number or 'auto', not {text}").format(text=repr(text))) from None


def cmd_action(args) -> int:
    from .app.plan import plan, set_action_state

    ws = _workspace(args)
    if args.question is not None and args.history:
        ws.assessments.info(args.id)
        rows = ws.plan.action_history(args.id, args.question)
        if args.json:
            _print_json(rows)
        for r in ([] if args.json else rows):
            priority = _("derived") if r["priority"] is None else r["priority"]
            print("  " + _("{changed}  {status:<12} priority {priority}").format(
                changed=r["changed_at"][:19].replace("T", " "), status=_(r["status"]), priority=priority))
        return 0
    if args.question is not None:
        if args.status is None and args.priority is None:
            raise MaturityError(_("give --status and/or --priority (or --history)"))
        state = set_action_state(ws, args.id, args.question, status=args.status, priority=_priority(args.priority))
        print(f"{args.question}: {_(state.value.status)}"
              + (_(", priority {priority}").format(priority=state.value.priority)
                 if state.value.priority is not None else ""))
        return 0
    items = plan(ws, args.id)
    rows = [{"horizon": i.horizon, "question": i.q.question.id, "title": i.q.question.title, "status": i.status,
             "priority": i.priority, "derived_priority": i.derived_priority, "action": i.q.answer.action,
             "owner": i.q.answer.action_owner, "due": i.q.answer.action_due.isoformat() if i.q.answer.action_due
             else None, "overdue": i.overdue,
             "reopened_acceptance": i.reopened.expires_on.isoformat() if i.reopened else None} for i in items]
    if args.json:
        _print_json(rows)
        return 0
    horizon = None
    for r in rows:
        if r["horizon"] != horizon:
            horizon = r["horizon"]
            print(f"{_(horizon)}:")
        flag = "  " + _("OVERDUE") if r["overdue"] else ""
        reopened = ("  " + _("(acceptance expired {day})").format(day=r["reopened_acceptance"])
                    if r["reopened_acceptance"] else "")
        print("  " + _("[{status}] p{priority:<4} {question:<24} {action}  owner {owner}  due {due}").format(
            status=_(r["status"]), priority=r["priority"], question=r["question"], action=r["action"] or "—",
            owner=r["owner"] or _("unassigned"), due=r["due"] or _("no date")) + flag + reopened)
    return 0


# -- certification cycle: re-assess, compare, trend, vendor portfolio -------------------------------
def cmd_confirm(args) -> int:
    from .app.answers import confirm_answer

    confirm_answer(_workspace(args), args.id, args.question)
    return 0


def cmd_reassess(args) -> int:
    from .app.assessments import reassess

    ws = _workspace(args)
    info = ws.assessments.info(args.id)
    result = reassess(ws, args.id, _library().packs.get(info.pack_id), prefill=args.prefill).value
    if args.json:
        _print_json(
            {
                "id": result.new_id, "previous_id": result.previous_id, "carried_over": result.carried_over,
                "to_confirm": result.to_confirm, "pack_change": result.pack_change.to_dict(), "notes": result.notes,
            }
        )
        return 0
    print(result.new_id)
    # The id alone goes to stdout so scripts can capture it; what did not map one-to-one goes to stderr.
    from .app.shown import shown_pack_change

    change = shown_pack_change(result.pack_change, ws.assessments.load(args.id).pack,
                               ws.assessments.load(result.new_id).pack)
    for line in result.notes + change.lines():
        print(_("note: {message}").format(message=line), file=sys.stderr)
    return 0


def cmd_board_decision(args) -> int:
    from .app.escalations import clear_board_decision, record_board_decision
    from .domain.escalation import BoardDecision, parse_outcome

    ws = _workspace(args)
    if args.clear:
        clear_board_decision(ws, args.id, args.question)
        print(_("board decision on {question} taken back: the escalation is open again").format(
            question=args.question))
        return 0
    if not args.outcome:
        raise MaturityError(_("say what the board decided: --outcome accepted-risk, funded-fix or gap-closed"))
    day = _parse_day(args.on) or ws.today
    decision = record_board_decision(
        ws, args.id, BoardDecision(args.question, parse_outcome(args.outcome), day, args.note or "")).value
    print(_("{question}: {decision} on {day}; the escalation is resolved").format(
        question=args.question, decision=decision.label, day=day.isoformat()))
    return 0


def _signed(value) -> str:
    from .domain.formatting import signed

    return signed(value)


def cmd_compare(args) -> int:
    from .app.plan import comparison_targets

    ws = _workspace(args)
    comparison = ws.cycle.comparison(args.old, args.new)
    targets = comparison_targets(ws.db, comparison)
    if args.json:
        _print_json({**comparison.to_dict(), "targets": [
            {"domain": t.title, "target_level": t.target, "old_distance": t.old_distance,
             "new_distance": t.new_distance} for t in targets]})
        return 0
    old, new = comparison.old, comparison.new
    print(f"{new.info.organisation} — #{old.info.id} ({old.assessed_on}) → #{new.info.id} ({new.assessed_on})")
    print(comparison.verdict())
    print(f"{'':<44} {_('paper'):>13} {_('practice'):>13} {_('gap'):>13}")
    for d in comparison.domains:
        cells = [
            f"{_fmt(o)}→{_fmt(n)} ({_signed(change)})"
            for o, n, change in (
                (d.old_compliance, d.new_compliance, d.compliance_delta),
                (d.old_capability, d.new_capability, d.capability_delta),
                (d.old_gap, d.new_gap, d.gap_delta),
            )
        ]
        print(f"  {d.title[:42]:<42} {cells[0]:>13} {cells[1]:>13} {cells[2]:>13}")
    print(_("actions closed {closed}   still open {open}   new {new}").format(
        closed=len(comparison.actions_closed), open=len(comparison.actions_open), new=len(comparison.actions_new)))
    print(
        _("escalations carried over (still open) {carried}   resolved by the board {resolved}   new {new}").format(
            carried=len(comparison.escalations_carried), resolved=len(comparison.escalations_resolved),
            new=len(comparison.escalations_new))
        + (_("   dropped without a board decision {count}").format(count=len(comparison.escalations_dropped))
           if comparison.escalations_dropped else "")
    )
    for q in comparison.escalations_resolved:
        print("  " + _("resolved: {question} {title} — {decision}").format(
            question=q.question_id, title=q.title, decision=q.decision.label if q.decision else _("decision recorded")))
    for q in comparison.escalations_dropped:
        print("  " + _("dropped without a board decision: {question} {title}").format(question=q.question_id,
                                                                                      title=q.title))
    changes = comparison.question_changes
    if changes:
        print(_("question changes (regressions first, then largest by weight):"))
    for q in changes:
        print("  " + question_change_line(q))
    for t in targets:
        print("  " + _("against target · {text}").format(text=t.text()))
    for q in comparison.vanished:
        print("  " + _("removed from the pack: {question} {title}").format(question=q.question_id, title=q.title))
    for q in comparison.appeared:
        print("  " + _("new in the pack: {question} {title}").format(question=q.question_id, title=q.title))
    return 0


def question_change_line(q) -> str:
    from .domain.compare import change_summary

    return _("{arrow} {question} {title} (weight {weight}): {summary}").format(
        arrow="▼" if q.regressed else "▲", question=q.question_id, title=q.title[:60], weight=q.weight,
        summary=change_summary(q))


def cmd_trend(args) -> int:
    trend = _workspace(args).cycle.trend(args.id)
    if args.json:
        _print_json(trend.to_dict())
        return 0
    print(ngettext("{organisation} — {pack}: {count} assessment", "{organisation} — {pack}: {count} assessments",
                   len(trend.points)).format(organisation=trend.organisation, pack=trend.pack_id,
                                             count=len(trend.points)))
    for p in trend.points:
        print("  " + _("#{id:<5} {day}  paper {paper:>4}  practice {practice:>4}  gap {gap:>4}  paper maturity "
                       "{paper_maturity:>3}").format(
            id=p.assessment_id, day=p.assessed_on, paper=_fmt(p.compliance_index), practice=_fmt(p.capability_index),
            gap=_fmt(p.gap_points), paper_maturity=p.paper_maturity))
    return 0


def cmd_portfolio(args) -> int:
    portfolio = _workspace(args).cycle.portfolio()
    if args.out:
        from .report.portfolio_pdf import build_portfolio_pdf

        build_portfolio_pdf(portfolio, Path(args.out), language=_report_language(args), page_size=args.page_size)
    if args.json:
        _print_json(portfolio.to_dict())
    elif not portfolio.rows:
        print(_("no vendor assessments yet (start one with a vendor pack, e.g. --pack vendor-trust)"))
    else:
        for r in portfolio.rows:
            exit_text = {True: _("exit tested"), False: _("exit untested"), None: _("exit —")}[r.exit_tested]
            print("  " + _("#{id:<5} {vendor:<30} claims {claims:>4}  proof {proof:>4}  {trust:<18} {exit}").format(
                id=r.assessment_id, vendor=r.vendor[:30], claims=_fmt(r.claims_index), proof=_fmt(r.proof_index),
                trust=_(r.trust), exit=exit_text))
    if args.out:
        print(_("portfolio written to {path}").format(path=args.out), file=sys.stderr if args.json else sys.stdout)
    return 0


# -- moving assessments between machines ----------------------------------------------------------
def cmd_export(args) -> int:
    from .app.assessments import export_file

    print(export_file(_workspace(args), args.id, Path(args.out)))
    return 0


def cmd_import(args) -> int:
    from .app.assessments import import_file

    ws = _workspace(args)
    _backup_before(args, "import")  # `delete` undoes a bad import; the backup undoes anything else
    new_id = import_file(ws, Path(args.file), as_copy=args.as_copy).value
    info = ws.assessments.info(new_id)
    if args.json:
        _print_json({"id": new_id, "uid": info.uid, "organisation": info.organisation})
    else:
        print(new_id)
    return 0


def cmd_delete(args) -> int:
    from .app.assessments import delete_assessment

    ws = _workspace(args)
    info = ws.assessments.info(args.id)
    _backup_before(args, "delete")
    delete_assessment(ws, args.id)
    print(_("deleted assessment {id} ({organisation}); a backup taken just before is in the backups folder").format(
        id=info.id, organisation=info.organisation))
    return 0


def cmd_export_csv(args) -> int:
    from .storage.csv_export import export_answers_csv

    print(export_answers_csv(_workspace(args).assessments, args.id, Path(args.out), bom=args.bom))
    return 0


# -- parser ----------------------------------------------------------------------------------------
def _add_db(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=default, help=_("database file (default: the one in the data folder)")
    )


def _add_report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--brief", action="store_true", help=_("the two-page board brief instead of the full report"))
    parser.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    parser.add_argument("--lang", choices=i18n.SUPPORTED, type=str.lower,
                        help=_("language of the report: en or de (default: the app's language, set in its Settings)"))
    parser.add_argument("--label", metavar="TEXT", help=_("classification label (default: CONFIDENTIAL — Board use)"))
    parser.add_argument("--format", choices=["pdf", "docx", "pptx"],
                        help=_("pdf (default), docx (the editable, accessible Word report) or pptx (a board deck of "
                               "6-10 slides); default: from the --out extension"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="maturity-app",
        description=_("Compliance on paper vs capability in practice. With no command, opens the desktop app."),
    )
    _add_db(parser)
    parser.add_argument(UI_LANGUAGE_OPTION, choices=i18n.SUPPORTED, type=str.lower, metavar="LANG",
                        help=_("language of this run's messages and help: en or de (default: the app's language, "
                               "set in its Settings); also a report's language unless report --lang says another"))
    parser.add_argument("--version", action=_VersionAction, nargs=0, help=_("show the version and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("packs", help=_("list the questionnaire packs available"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_packs)

    p = sub.add_parser("validate", help=_("check questionnaire pack files"))
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("schema", help=_("print the questionnaire pack JSON Schema (for editor completion)"))
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("install-pack", help=_("validate a pack file and add it to your packs folder"))
    p.add_argument("file", metavar="FILE.yaml")
    p.add_argument("--force", action="store_true", help=_("replace an installed pack even with an older version"))
    p.set_defaults(func=cmd_install_pack)

    p = sub.add_parser("new", help=_("start an assessment; prints its id"))
    p.add_argument("--pack", required=True)
    p.add_argument("--org", required=True, help=_("organisation (or vendor) assessed"))
    p.add_argument("--scope", default="")
    p.add_argument("--assessor", default="")
    p.add_argument("--mode", choices=["self", "workshop"], default="self")
    p.add_argument("--budget", type=_budget, default=3, help=_("escalations to the board allowed (default 3)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("list", help=_("list assessments"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("answer", help=_("record or change one answer"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("question")
    p.add_argument("--compliance", metavar="N|na")
    p.add_argument("--capability", metavar="N|na")
    p.add_argument("--proven-on", metavar="YYYY-MM-DD|never")
    p.add_argument("--owner")
    p.add_argument("--note", help=_("evidence note"))
    p.add_argument("--action", help=_("remediation action"))
    p.add_argument("--action-owner")
    p.add_argument("--action-due", metavar="YYYY-MM-DD")
    p.add_argument("--decision", help=_("decision asked of the board when escalated"))
    p.add_argument("--escalate", action=argparse.BooleanOptionalAction, default=None)
    p.set_defaults(func=cmd_answer)

    p = sub.add_parser("score", help=_("scores on both axes"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("report", help=_("write the board report (PDF, Word) or the board deck (PowerPoint)"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("--out", required=True, metavar="FILE.pdf|.docx|.pptx")
    _add_report_options(p)
    p.add_argument("--password-file", metavar="FILE|-",
                   help=_("protect the PDF with AES-256 using the first line of FILE ('-': standard input); at "
                          "least 12 characters"))
    p.add_argument("--sections", metavar="NAME,...",
                   help=_("sections to include (default all): summary, domains, escalations, gaps, actions, "
                        "questions, crosswalk, methodology"))
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("fingerprint", help=_("print the SHA-256 fingerprint a report of this assessment carries"))
    p.add_argument("id", type=_assessment_id)
    p.set_defaults(func=cmd_fingerprint)

    p = sub.add_parser("demo", help=_("create a realistic sample assessment (and its report)"))
    p.add_argument("--pack", default="core")
    p.add_argument("--out", metavar="FILE.pdf")
    _add_report_options(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("participant", help=_("workshop participants: add, list, remove"))
    participant_sub = p.add_subparsers(dest="participant_command", metavar="ACTION", required=True)
    q = participant_sub.add_parser("add", help=_("add a participant; prints their number"))
    q.add_argument("id", type=_assessment_id)
    q.add_argument("--role", required=True, help=_("Legal, Finance, Operations, IT, … or any role of your own"))
    q.add_argument("--name", help=_("display name (optional; can be hidden on the projector)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_participant_add)
    q = participant_sub.add_parser("list", help=_("list participants"))
    q.add_argument("id", type=_assessment_id)
    q.add_argument("--all", action="store_true", help=_("include removed participants"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_participant_list)
    q = participant_sub.add_parser("remove", help=_("remove a participant (their ratings stay in history)"))
    q.add_argument("id", type=_assessment_id)
    q.add_argument("participant", help=_("participant number, or a name/role naming exactly one"))
    q.set_defaults(func=cmd_participant_remove)
    for q in participant_sub.choices.values():
        _add_db(q, default=argparse.SUPPRESS)

    p = sub.add_parser("evidence", help=_("evidence files on answers: add, list, export, remove"))
    evidence_sub = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    q = evidence_sub.add_parser("add", help=_("attach files to an answer's proof (stored inside the database)"))
    q.add_argument("id", type=int)
    q.add_argument("question")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.add_argument("--use-date", action="store_true", help=_("take the evidence's own date as the proof date"))
    q.set_defaults(func=cmd_evidence_add)
    q = evidence_sub.add_parser("list", help=_("list evidence files with their date and SHA-256"))
    q.add_argument("id", type=int)
    q.add_argument("question", nargs="?")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_evidence_list)
    q = evidence_sub.add_parser("export", help=_("write one evidence file out (to a file or into a folder)"))
    q.add_argument("id", type=int)
    q.add_argument("evidence", type=int, help=_("the evidence number shown by 'evidence list'"))
    q.add_argument("--out", required=True, metavar="PATH")
    q.set_defaults(func=cmd_evidence_export)
    q = evidence_sub.add_parser("remove", help=_("detach one evidence file from its answer"))
    q.add_argument("id", type=int)
    q.add_argument("evidence", type=int, help=_("the evidence number shown by 'evidence list'"))
    q.set_defaults(func=cmd_evidence_remove)
    for q in evidence_sub.choices.values():
        _add_db(q, default=argparse.SUPPRESS)

    p = sub.add_parser("verify", help=_("a second named person confirms a capability claim after seeing its evidence"))
    p.add_argument("id", type=int)
    p.add_argument("question")
    p.add_argument("--by", required=True, metavar="NAME", help=_("who verified (not the owner or the assessor)"))
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("target", help=_("the board's target capability level per domain (or question); lists them"))
    p.add_argument("id", type=int)
    p.add_argument("item", nargs="?", help=_("a domain id, or a question id for a question's own target"))
    p.add_argument("level", nargs="?", help=_("0-4, or 'none' to clear"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_target)

    p = sub.add_parser("accept", help=_("accept a gap instead of fixing it (approver, reason, expiry); lists them"))
    p.add_argument("id", type=int)
    p.add_argument("question", nargs="?")
    p.add_argument("--approver", metavar="NAME")
    p.add_argument("--reason")
    p.add_argument("--expires", metavar="YYYY-MM-DD")
    p.add_argument("--withdraw", action="store_true", help=_("withdraw the acceptance: the gap is open again"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_accept)

    p = sub.add_parser("action", help=_("set an action's status or priority; without a question, print the plan"))
    p.add_argument("id", type=int)
    p.add_argument("question", nargs="?")
    p.add_argument("--status", choices=["open", "in progress", "done", "dropped"])
    p.add_argument("--priority", metavar="N|auto", help=_("override weight x gap, or 'auto' to derive it again"))
    p.add_argument("--history", action="store_true", help=_("every status and priority change, across cycles"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_action)

    p = sub.add_parser("rate", help=_("record one participant's rating of a question (workshop)"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("question")
    p.add_argument("--participant", required=True, help=_("participant number, or a name/role naming exactly one"))
    p.add_argument("--capability", required=True, metavar="N|na")
    p.add_argument("--compliance", metavar="N|na")
    p.set_defaults(func=cmd_rate)

    p = sub.add_parser("agree", help=_("record the level the room agreed on as the answer (workshop)"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("question")
    p.add_argument("--capability", required=True, metavar="N|na")
    p.add_argument("--compliance", metavar="N|na")
    p.set_defaults(func=cmd_agree)

    p = sub.add_parser("reassess", help=_("start the next cycle of an assessment; prints the new id"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("--prefill", action="store_true", help=_("copy last cycle's levels and proof dates, to confirm"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reassess)

    p = sub.add_parser("board-decision", help=_("record the board's decision on an escalated question (resolves it)"))
    p.add_argument("id", type=int)
    p.add_argument("question")
    p.add_argument("--outcome", metavar="accepted-risk|funded-fix|gap-closed")
    p.add_argument("--note", help=_("what the board said (budget, owner, date of review)"))
    p.add_argument("--on", metavar="YYYY-MM-DD", help=_("day of the board's decision (default today)"))
    p.add_argument("--clear", action="store_true", help=_("take a decision back: the escalation is open again"))
    p.set_defaults(func=cmd_board_decision)

    p = sub.add_parser("confirm", help=_("accept a pre-filled answer of a re-assessment as it stands"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("question")
    p.set_defaults(func=cmd_confirm)

    p = sub.add_parser("compare", help=_("what changed between two assessments of one subject"))
    p.add_argument("old", type=_assessment_id)
    p.add_argument("new", type=_assessment_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("trend", help=_("indices over time for every assessment of the same subject and pack"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trend)

    p = sub.add_parser("portfolio", help=_("vendors side by side (vendor packs); optionally the scorecard PDF"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", metavar="FILE.pdf", help=_("write vendor scorecards: one page per vendor + comparison"))
    p.add_argument("--lang", choices=i18n.SUPPORTED, type=str.lower,
                   help=_("language of the scorecards: en or de (default: the app's language, set in its Settings)"))
    p.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    p.set_defaults(func=cmd_portfolio)

    p = sub.add_parser("export", help=_("write one assessment to a portable .maturity file"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("--out", required=True, metavar="FILE.maturity")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help=_("add an assessment from a .maturity file; prints its new id"))
    p.add_argument("file", metavar="FILE.maturity")
    p.add_argument("--as-copy", action="store_true", help=_("import under a new identity if it already exists here"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("delete", help=_("delete one assessment (a backup of the database is taken first)"))
    p.add_argument("id", type=_assessment_id)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("export-csv", help=_("write the answers of an assessment as CSV for spreadsheets"))
    p.add_argument("id", type=_assessment_id)
    p.add_argument("--out", required=True, metavar="FILE.csv")
    p.add_argument("--bom", action="store_true", help=_("start with a UTF-8 byte order mark (for Excel)"))
    p.set_defaults(func=cmd_export_csv)

    for p in sub.choices.values():
        # Every command takes --db, even those that do not open it, so scripts can pass it uniformly.
        _add_db(p, default=argparse.SUPPRESS)  # SUPPRESS: `maturity-app --db X cmd` keeps X
    return parser


# Commands that only read the database: they run while the desktop app has it open; the others wait their turn.
READ_ONLY_COMMANDS = {
    cmd_list, cmd_score, cmd_report, cmd_fingerprint, cmd_participant_list, cmd_compare, cmd_trend, cmd_portfolio,
    cmd_export, cmd_export_csv,
}

# Commands that make or fill a database (the first assessment, an imported one, the sample): a missing database is
# created for them. Every other command needs the database to exist already.
DATABASE_MAKING_COMMANDS = {cmd_new, cmd_import, cmd_demo}


def _list_only(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain `list [--json]` with at most one ``--db PATH`` (before or after the command), as
    the full parser would read them, without building it: scripts run `list` often, and the parser of every
    command (with every help text in the interface language) cost more than the listing. Anything else (help,
    another option, an abbreviation, --db twice) returns None and goes through the full parser."""
    rest, db = list(argv), None
    for index, arg in enumerate(rest):
        if arg.startswith("--db="):
            db, rest = arg[len("--db="):], rest[:index] + rest[index + 1:]
            break
        if arg == "--db" and index + 1 < len(rest):
            db, rest = rest[index + 1], rest[:index] + rest[index + 2:]
            break
    if db is not None and (not db or db.startswith("-")):
        return None
    if rest not in (["list"], ["list", "--json"]):
        return None
    return argparse.Namespace(db=db, command="list", json=len(rest) == 2, func=cmd_list)


def _ui_language_asked(argv: list[str]) -> str | None:
    """The language `--ui-lang LANG` asks for among the options before the command, when the app speaks it: set
    before the parser is built, so its help and its errors are worded in it. Anything else (an unknown language,
    an abbreviation) is left to the parser, which explains it."""
    previous = None
    for arg in argv:
        if previous == UI_LANGUAGE_OPTION:
            return arg.lower() if arg.lower() in i18n.SUPPORTED else None
        if arg.startswith(UI_LANGUAGE_OPTION + "="):
            value = arg.partition("=")[2].lower()
            return value if value in i18n.SUPPORTED else None
        if arg == "--" or (not arg.startswith("-") and previous != "--db"):
            return None  # the command: options after it are its own
        previous = arg
    return None


def parse(argv: list[str], opened_file: Path | None = None) -> argparse.Namespace:
    """The arguments of a command line that is not a plain desktop launch (cli.main sees to that one): a plain
    `list` without building the parser, anything else through it, in the language asked for. A help, a version
    or a mistake exits here, as argparse does. *opened_file* is an exported assessment given to open in the
    desktop app, which cannot be combined with a command."""
    args = _list_only(argv) if opened_file is None else None
    if args is None:
        asked = _ui_language_asked(argv)
        if asked is not None:
            i18n.set_language(asked)
        speak_argparse()
        parser = build_parser()
        args = parser.parse_args(argv)
        if opened_file is not None and args.command:
            parser.error(_("{path} is opened in the desktop app; it cannot be combined with a command").format(
                path=opened_file))
        if args.ui_lang is not None:
            if not args.command:
                parser.error(_("--ui-lang sets the language of a command; the desktop app speaks the language "
                               "chosen in its Settings (Language)"))
            i18n.set_language(args.ui_lang)  # also when given abbreviated (--ui)
    return args


def execute(args: argparse.Namespace) -> int:
    """Run the command *args* names (parse() made them); its exit status, every error a user can cause said in
    one line."""
    args.read_only = args.func in READ_ONLY_COMMANDS
    args.creates_database = args.func in DATABASE_MAKING_COMMANDS
    try:
        return args.func(args)
    except MaturityError as exc:
        print(f"maturity-app: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the machine, not the program: a full disk, a missing folder, a permission
        target = f" ({exc.filename})" if exc.filename else ""
        print(f"maturity-app: {exc.strerror or exc}{target}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except sqlite3.Error as exc:  # e.g. the disk filled up during a write: SQLite rolled it back
        from .storage.database import storage_error_from_sqlite

        print(f"maturity-app: {storage_error_from_sqlite(exc, getattr(args, '_db_path', None))}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: one line here, the traceback in the log
        from .storage.error_log import log_exception, one_line

        log = log_exception(type(exc), exc, exc.__traceback__, f"command {args.command}")
        where = _("; details in {path}").format(path=log) if log else ""
        print("maturity-app: " + _("unexpected error ({error}){where}").format(error=one_line(exc), where=where),
              file=sys.stderr)
        return 70
    finally:
        if getattr(args, "_workspace", None) is not None:
            args._workspace.close()  # the lock goes with it: the desktop app can open the database again
