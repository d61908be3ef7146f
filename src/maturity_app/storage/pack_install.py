"""Install a shared questionnaire pack into the user's packs folder, after validating it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import PackError
from ..domain.pack_loader import PackLibrary, parse_pack, read_pack_text
from ..domain.schema import Pack
from .locations import ensure_private_dir, user_packs_dir
from .private_files import write_private_atomic


class PackAlreadyInstalled(PackError):
    """The same or a newer version of this pack is installed; replacing it needs an explicit choice."""

    def __init__(self, source: str, pack_id: str, installed: str, offered: str):
        self.installed, self.offered = installed, offered
        self.summary = f"pack {pack_id!r} {installed} is already installed; this file is {offered}"
        super().__init__(source, [f": {self.summary} (use --force to replace it anyway)"])


@dataclass(frozen=True)
class InstalledPack:
    pack: Pack
    path: Path
    replaced_version: str | None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def install_pack(source: Path, library: PackLibrary, *, target_dir: Path | None = None,
                 allow_downgrade: bool = False) -> InstalledPack:
    """Validate *source* and copy it as ``<pack id>.yaml`` into the user packs folder.

    A bundled pack id is never shadowed, and an installed pack is only replaced by a newer version unless the
    caller explicitly allows otherwise: two consultants must not silently disagree about what a pack says.
    """
    source = Path(source)
    text = read_pack_text(source)  # read once: what was validated is exactly what gets installed
    pack = parse_pack(text, source.name)
    try:
        return _install(source, text, pack, library, target_dir or user_packs_dir(), allow_downgrade)
    except OSError as exc:
        raise PackError(source.name, [f": could not be installed ({exc.strerror or exc})"]) from None


def _install(source: Path, text: str, pack: Pack, library: PackLibrary, target_dir: Path,
             allow_downgrade: bool) -> InstalledPack:
    target_dir = ensure_private_dir(target_dir)
    target = target_dir / f"{pack.id}.yaml"
    replaced = None
    if pack.id in library.packs:
        origin = library.origins[pack.id]
        if origin.parent.resolve() != target_dir.resolve():
            raise PackError(source.name, [f": pack id {pack.id!r} belongs to a bundled pack and cannot be replaced"])
        current = library.packs[pack.id]
        if _version_key(pack.version) <= _version_key(current.version) and not allow_downgrade:
            raise PackAlreadyInstalled(source.name, pack.id, current.version, pack.version)
        replaced = current.version
        if origin.resolve() != target.resolve():
            origin.unlink()  # keep one file per pack id so the loader never sees two
    write_private_atomic(target, text.encode("utf-8"))
    return InstalledPack(pack=pack, path=target, replaced_version=replaced)
