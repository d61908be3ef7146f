"""The bundled questionnaire packs are the product: they must load, be complete and keep their ids stable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.references import iso27001_controls, nist_csf_subcategories
from maturity_app.domain.schema import AXES, LEVELS

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKS_DIR = REPO_ROOT / "src" / "maturity_app" / "questionnaires"
MIGRATIONS = PACKS_DIR / "MIGRATIONS.md"
RELEASED = Path(__file__).with_name("released_question_ids.json")
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"
DATA_DIR = REPO_ROOT / "src" / "maturity_app" / "data"

PACK_FILES = sorted(PACKS_DIR.glob("*.yaml"))
QUESTION_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


def _packs():
    return {path.name: load_pack(path) for path in PACK_FILES}


@pytest.fixture(scope="module")
def packs():
    return {pack.id: pack for pack in _packs().values()}


def test_bundled_packs_exist():
    names = {p.name for p in PACK_FILES}
    assert {"core.yaml", "vendor-trust.yaml", "leadership.yaml", "eu-regulation.yaml"} <= names


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_pack_validates(path):
    pack = load_pack(path)  # raises PackError with file:line details on any schema problem
    assert pack.version == "1.0.0" or re.match(r"^\d+\.\d+\.\d+$", pack.version)
    assert pack.language == "en"


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_every_question_is_complete(path):
    pack = load_pack(path)
    for domain in pack.domains:
        assert domain.description, f"{domain.id}: domain needs a description"
        for q in domain.questions:
            for axis in AXES:
                levels = sorted(getattr(q.anchors, axis))
                assert levels == list(LEVELS), f"{q.id}: {axis} anchors cover {levels}, need 0-4"
            assert q.evidence.strip(), f"{q.id}: evidence is empty"
            assert q.compliance.rstrip().endswith("?"), f"{q.id}: compliance prompt should be a question"
            assert q.capability.rstrip().endswith("?"), f"{q.id}: capability prompt should be a question"
            assert q.consequence.strip(), f"{q.id}: consequence is empty"
            # A leadership practice no control asks for cites nothing, and its reference_notes must say so.
            assert q.references.iso27001 or q.reference_notes, f"{q.id}: cite ISO/IEC 27001:2022 or say why not"
            assert q.references.nist_csf or q.reference_notes, f"{q.id}: cite NIST CSF 2.0 or say why not"


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_question_ids_unique_kebab_and_domain_prefixed(path):
    pack = load_pack(path)
    ids = [q.id for q in pack.questions()]
    assert len(ids) == len(set(ids))
    prefixes = {}
    for domain in pack.domains:
        for q in domain.questions:
            assert QUESTION_ID.match(q.id), f"{q.id}: use short kebab-case ids"
            prefixes.setdefault(domain.id, set()).add(q.id.split("-")[0])
    for domain_id, found in prefixes.items():
        assert len(found) == 1, f"domain {domain_id}: questions should share one id prefix, found {sorted(found)}"


def test_question_ids_unique_across_bundled_packs(packs):
    seen: dict[str, str] = {}
    for pack in packs.values():
        for q in pack.questions():
            assert q.id not in seen, f"{q.id} is in both {seen[q.id]} and {pack.id}"
            seen[q.id] = pack.id


def test_pack_sizes_and_subjects(packs):
    core = packs["core"]
    assert len(core.questions()) >= 48
    assert len(core.domains) >= 10
    assert core.subject == "organisation"
    vendor = packs["vendor-trust"]
    assert len(vendor.questions()) >= 16
    assert vendor.subject == "vendor"
    leadership = packs["leadership"]
    assert len(leadership.questions()) >= 15


def test_reference_data_complete():
    iso = iso27001_controls()
    csf = nist_csf_subcategories()
    assert all(title.strip() for title in iso.values()), "ISO ids with empty titles"
    assert all(title.strip() for title in csf.values()), "CSF ids with empty titles"
    assert len([i for i in iso if i.startswith("A.")]) == 93
    assert len(csf) == 106
    for name in ("iso27001_2022.json", "nist_csf_2_0.json"):
        data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
        assert set(data) == {"source", "ids"}


def test_csf_ids_match_csf_2_0():
    csf = nist_csf_subcategories()
    for absent in ("ID.AM-06", "PR.DS-03", "DE.CM-04", "DE.AE-01", "RS.AN-01", "RS.CO-01", "RC.CO-01"):
        assert absent not in csf
    for present in ("GV.SC-10", "ID.AM-08", "PR.DS-11", "DE.CM-09", "DE.AE-08", "RS.AN-08", "RC.CO-04"):
        assert present in csf


def _mentioned(identifier: str, notes: str) -> bool:
    """True if *identifier* appears in the notes as a whole id, not as part of a longer one."""
    return re.search(rf"(?<![a-z0-9._-]){re.escape(identifier)}(?![a-z0-9_-]|\.[a-z0-9])", notes) is not None


def test_released_question_ids_are_stable(packs):
    released = json.loads(RELEASED.read_text(encoding="utf-8"))["packs"]
    notes = MIGRATIONS.read_text(encoding="utf-8") if MIGRATIONS.exists() else ""
    missing = []
    for pack_id, ids in released.items():
        assert pack_id in packs or _mentioned(pack_id, notes), f"released pack {pack_id} disappeared without a migration note"
        current = {q.id for q in packs[pack_id].questions()} if pack_id in packs else set()
        for qid in ids:
            if qid not in current and not _mentioned(qid, notes):
                missing.append(f"{pack_id}:{qid}")
    assert not missing, (
        f"released question ids removed without a note in questionnaires/MIGRATIONS.md: {missing}. "
        "Saved assessments refer to these ids; restore them or document the migration."
    )


def test_every_bundled_question_is_listed_as_released(packs):
    released = json.loads(RELEASED.read_text(encoding="utf-8"))["packs"]
    unlisted = [
        f"{pack.id}:{q.id}" for pack in packs.values() for q in pack.questions() if q.id not in released.get(pack.id, [])
    ]
    assert not unlisted, f"add new question ids to {RELEASED.name} when they ship: {unlisted}"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower().replace("’", "'"))


def test_packs_do_not_copy_seed_articles():
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed articles not present at {SEEDS_DIR} (CI keeps ../shared beside the checkout)")
    run = 12
    seed_runs: set[tuple[str, ...]] = set()
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        words = _words(seed.read_text(encoding="utf-8", errors="replace"))
        seed_runs.update(tuple(words[i : i + run]) for i in range(len(words) - run + 1))
    copied = []
    for path in [*PACK_FILES, PACKS_DIR / "README.md"]:
        words = _words(path.read_text(encoding="utf-8"))
        for i in range(len(words) - run + 1):
            if tuple(words[i : i + run]) in seed_runs:
                copied.append(f"{path.name}: {' '.join(words[i : i + run])}")
    assert not copied, f"pack text repeats the seed articles word for word: {copied[:5]}"


def test_readme_example_is_a_valid_pack():
    from maturity_app.domain.pack_loader import parse_pack

    readme = (PACKS_DIR / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```yaml\n(# yaml-language-server.*?)```", readme, re.S)
    assert match, "questionnaires/README.md should contain a complete example pack"
    pack = parse_pack(match.group(1), "README example")
    assert pack.questions()
