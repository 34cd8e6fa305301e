"""Backup and restore of the database and the uploaded files, as one ``.tar.gz`` archive.

An archive holds ``manifest.json`` (what is inside and where it came from), the database
(``database.dump``, made by ``pg_dump --format=custom``, or ``database.sqlite3``, made with
SQLite's online backup API) and ``media/`` (every file under the file storage's folder).
The archive contains personal data: it is written readable by its owner only.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from django.apps import apps
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor

from practices.facet_index import mark_changed
from practices.models import INDEX_NAME as PRACTICES_INDEX
from trainings.models import INDEX_NAME as TRAININGS_INDEX
from workshops.models import INDEX_NAMES as WORKSHOP_INDEXES

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_DIR = "media"
DUMP_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# The tables whose counts say at a glance whether an archive holds what it should.
MAIN_MODELS = (
    "accounts.User",
    "practices.Organisation",
    "practices.Practice",
    "practices.Resource",
    "trainings.TrainingProgramme",
    "workshops.Workshop",
    "workshops.Registration",
)
# libpq connection options that may sit in DATABASES["default"]["OPTIONS"]; the others
# there (the pool, isolation level) mean something to Django only.
LIBPQ_OPTIONS = (
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "connect_timeout",
    "options",
    "application_name",
    "target_session_attrs",
    "service",
    "passfile",
)
REMOTE_STORAGE_NOTE = (
    "Uploaded files are kept in {storage}, not in a local folder: they are not in this "
    "archive; back that store up by its own means."
)


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class BackupResult:
    """What a backup wrote."""

    path: Path
    manifest: dict[str, Any]
    notes: list[str]

    def summary(self) -> str:
        """One line for the operator."""
        size = self.path.stat().st_size
        return (
            f"Backup written to {self.path} ({_human_size(size)}): "
            f"{self.manifest['database']['vendor']} database "
            f"{self.manifest['database']['name']}, {_counts_text(self.manifest['row_counts'])}, "
            f"{self.manifest['media']['file_count']} media files."
        )


@dataclass(frozen=True)
class RestoreResult:
    """What a restore put back."""

    manifest: dict[str, Any]
    media_files: int
    row_counts: dict[str, int]
    notes: list[str]

    def summary(self) -> str:
        """One line for the operator."""
        return (
            f"Restored the {self.manifest['database']['vendor']} database "
            f"{database_label()} from the backup of {self.manifest.get('created_at', '?')}: "
            f"{_counts_text(self.row_counts)}, {self.media_files} media files."
        )


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(
        f"{count} {apps.get_model(label)._meta.verbose_name_plural}"
        for label, count in counts.items()
    )


def default_archive_name(now: datetime | None = None) -> str:
    """The file name of a new archive: backup-<UTC timestamp>.tar.gz."""
    now = now or datetime.now(UTC)
    return f"backup-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}.tar.gz"


def resolve_output(output: str | None) -> Path:
    """The archive path for --output: a file path, a folder (default name inside) or none."""
    if not output:
        return Path.cwd() / default_archive_name()
    path = Path(output).expanduser()
    if path.is_dir() or output.endswith(os.sep):
        return path / default_archive_name()
    return path


def database_label() -> str:
    """The configured database's name as an operator knows it (the file name for SQLite)."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        return Path(name).name
    return name


def media_root() -> Path | None:
    """The folder of uploaded files, or None when the storage is not on this machine."""
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location)
    return None


def _storage_name() -> str:
    storage = storages["default"]
    return f"{type(storage).__module__}.{type(storage).__qualname__}"


def contents(cursor: Any) -> dict[str, Any]:
    """The latest applied migration of each app and the main tables' row counts."""
    cursor.execute("SELECT app, name FROM django_migrations")
    latest: dict[str, str] = {}
    for app_label, name in cursor.fetchall():
        latest[app_label] = max(name, latest.get(app_label, name))
    counts: dict[str, int] = {}
    for label in MAIN_MODELS:
        table = connection.ops.quote_name(apps.get_model(label)._meta.db_table)
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (a model's own table)
        counts[label] = cursor.fetchone()[0]
    return {"migrations": dict(sorted(latest.items())), "row_counts": counts}


def row_counts() -> dict[str, int]:
    """Row counts of the main tables, drafts and all."""
    return {label: apps.get_model(label)._base_manager.count() for label in MAIN_MODELS}


# PostgreSQL ---------------------------------------------------------------------------


def _client(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} was not found on PATH. Install the PostgreSQL client of the server's "
            f"version ({_server_major()}), e.g. the postgresql-client-{_server_major()} package."
        )
    return path


def _server_major() -> int:
    connection.ensure_connection()
    return connection.pg_version // 10000


def client_major(binary: str) -> int:
    """The major version of a PostgreSQL client program (pg_dump, pg_restore)."""
    try:
        # A list of arguments, no shell, and the program found on PATH by name.
        output = subprocess.run(  # noqa: S603
            [binary, "--version"], capture_output=True, text=True, check=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise BackupError(f"Could not run {binary} --version: {error}") from error
    match = re.search(r"\b(\d+)(?:\.\d+)?", output)
    if match is None:
        raise BackupError(f"Could not read the version of {binary} from {output!r}.")
    return int(match.group(1))


def _pg_connection() -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, and the environment carrying it."""
    from psycopg.conninfo import make_conninfo

    db = connection.settings_dict
    params = {
        "dbname": db["NAME"],
        "host": db.get("HOST") or None,
        "port": str(db["PORT"]) if db.get("PORT") else None,
        "user": db.get("USER") or None,
    }
    options = db.get("OPTIONS") or {}
    params.update({key: str(options[key]) for key in LIBPQ_OPTIONS if key in options})
    conninfo = make_conninfo("", **{key: value for key, value in params.items() if value})
    env = dict(os.environ)
    # Never on the command line, where every user of the machine could read it in ps.
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return conninfo, env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    try:
        completed = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    except OSError as error:
        raise BackupError(f"Could not run {command[0]}: {error}") from error
    if completed.returncode != 0:
        detail = completed.stderr.strip().splitlines()[-5:]
        raise BackupError(f"{what} failed (exit {completed.returncode}): " + " / ".join(detail))


def dump_postgresql(target: Path) -> dict[str, Any]:
    """Write the database with pg_dump in custom format; return what the manifest records."""
    pg_dump = _client("pg_dump")
    server, client = _server_major(), client_major(pg_dump)
    # pg_dump refuses a newer server; a newer pg_dump reads an older server, but its
    # archive then needs a pg_restore at least as new, which the manifest records.
    if client < server:
        raise BackupError(
            f"pg_dump is version {client} but the server is version {server}. Install the "
            f"PostgreSQL client of the server's version (postgresql-client-{server})."
        )
    conninfo, env = _pg_connection()
    # pg_dump reads the snapshot of this transaction, so that the manifest's counts are
    # those of the dump even while the site keeps writing.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        _run(
            [
                pg_dump,
                "--format=custom",
                "--no-password",
                f"--snapshot={snapshot}",
                f"--file={target}",
                f"--dbname={conninfo}",
            ],
            env,
            "pg_dump",
        )
        described = contents(cursor)
    return {"database": {"server_version": server, "pg_dump_version": client}, **described}


def restore_postgresql(source: Path, manifest: dict[str, Any]) -> None:
    """Replace the database's contents with a pg_dump archive, in one transaction."""
    pg_restore = _client("pg_restore")
    needed = int(manifest["database"].get("pg_dump_version", 0))
    if client_major(pg_restore) < needed:
        raise BackupError(
            f"The archive was made by pg_dump {needed}; install pg_restore {needed} or newer."
        )
    conninfo, env = _pg_connection()
    # Our own connections go back to the pool (idle, holding no locks), so that
    # pg_restore's DROP TABLE statements do not wait for them.
    connections.close_all()
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--no-password",
            f"--dbname={conninfo}",
            str(source),
        ],
        env,
        "pg_restore",
    )


# SQLite -------------------------------------------------------------------------------


def dump_sqlite(target: Path) -> dict[str, Any]:
    """Copy the database with SQLite's online backup API, safe while the site runs."""
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        # One step (pages=-1) copies a consistent snapshot under a read lock.
        connection.connection.backup(destination)
        # Counted in the copy, so that they are the archive's even while the site writes.
        described = contents(destination.cursor())
    except sqlite3.Error as error:
        raise BackupError(f"SQLite's backup failed: {error}") from None
    finally:
        destination.close()
    return {"database": {"sqlite_version": sqlite3.sqlite_version}, **described}


def _check_sqlite_file(path: Path) -> None:
    try:
        check = sqlite3.connect(path)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
    except sqlite3.Error as error:
        raise BackupError(f"The archive's database is not a usable SQLite file: {error}") from None
    if result != "ok":
        raise BackupError(f"The archive's database failed SQLite's check: {result}")


def replace_sqlite_file(source: Path, target: Path) -> None:
    """Put a database file in place of another at once (a temporary copy, then os.replace)."""
    connections.close_all()
    # Closing the last connection folds the write-ahead log into the file and deletes it;
    # a log still there means another process (site, task worker) has the file open, and
    # it would be replayed onto the restored file.
    wal = target.with_name(target.name + "-wal")
    if wal.exists():
        raise BackupError(
            f"{wal} exists: another process has the database open. Stop the site and the "
            "task worker, then restore again."
        )
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".restoring"
    )
    try:
        with os.fdopen(descriptor, "wb") as out, source.open("rb") as data:
            shutil.copyfileobj(data, out)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def restore_sqlite(source: Path) -> None:
    """Replace the SQLite database with the archive's copy."""
    _check_sqlite_file(source)
    if connection.is_in_memory_db():
        # An in-memory database (the test suite's) has no file to replace: copy into it.
        connection.ensure_connection()
        archived = sqlite3.connect(source)
        try:
            archived.backup(connection.connection)
        finally:
            archived.close()
        return
    replace_sqlite_file(source, Path(connection.settings_dict["NAME"]))


# Archives -----------------------------------------------------------------------------


def _media_files(root: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """Regular files under root with their names in the archive, and what was skipped."""
    files: list[tuple[Path, str]] = []
    skipped: list[str] = []
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            relative = path.relative_to(root).as_posix()
            if path.is_symlink() or not path.is_file():
                skipped.append(relative)
            else:
                files.append((path, f"{MEDIA_DIR}/{relative}"))
    return files, skipped


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def create_backup(output: Path) -> BackupResult:
    """Write one archive with the database, the media files and a manifest (mode 0600)."""
    output = output.absolute()
    if output.exists():
        raise BackupError(f"{output} already exists; choose another --output.")
    if not output.parent.is_dir():
        raise BackupError(f"The folder {output.parent} does not exist.")
    vendor = connection.vendor
    if vendor not in DUMP_NAMES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    notes: list[str] = []
    root = media_root()
    if root is not None and output.resolve().is_relative_to(root.resolve()):
        # Anything under MEDIA_ROOT may be served to the public.
        raise BackupError(f"Do not write backups inside the media folder {root}.")
    if root is None:
        notes.append(REMOTE_STORAGE_NOTE.format(storage=_storage_name()))
    try:
        manifest = _write_archive(output, vendor, root, notes)
    except OSError as error:
        raise BackupError(f"Could not write the backup {output}: {error}") from None
    return BackupResult(path=output, manifest=manifest, notes=notes)


def _write_archive(
    output: Path, vendor: str, root: Path | None, notes: list[str]
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as work:
        dump = Path(work) / DUMP_NAMES[vendor]
        created_at = datetime.now(UTC).isoformat(timespec="seconds")
        dumped = dump_postgresql(dump) if vendor == "postgresql" else dump_sqlite(dump)
        # Listed after the dump, so that every file a dumped row names is already there.
        media: list[tuple[Path, str]] = []
        if root is not None and root.is_dir():
            media, skipped = _media_files(root)
            if skipped:
                notes.append(f"Skipped {len(skipped)} links or special files in {root}.")
        manifest = {
            "format_version": FORMAT_VERSION,
            "created_at": created_at,
            "database": {"vendor": vendor, "name": database_label(), **dumped["database"]},
            "migrations": dumped["migrations"],
            "row_counts": dumped["row_counts"],
            "media": {
                "storage": _storage_name(),
                "included": root is not None,
                "file_count": len(media),
                "bytes": sum(path.stat().st_size for path, _ in media),
            },
        }
        partial = Path(work) / output.name
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with (
            os.fdopen(descriptor, "wb") as raw,
            tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar,
        ):
            _add_bytes(tar, MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
            tar.add(dump, arcname=DUMP_NAMES[vendor])
            for path, name in media:
                tar.add(path, arcname=name, recursive=False)
        os.chmod(partial, 0o600)
        # Only a complete archive ever carries the final name.
        os.replace(partial, output)
    return manifest


def _read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        data = tar.extractfile(tar.getmember(MANIFEST_NAME))
        manifest = json.loads(data.read()) if data is not None else None
    except KeyError:
        manifest = None
    except ValueError as error:
        raise BackupError(f"The archive's {MANIFEST_NAME} is not valid JSON: {error}") from None
    if not (
        isinstance(manifest, dict)
        and isinstance(manifest.get("database"), dict)
        and "vendor" in manifest["database"]
    ):
        raise BackupError(f"The archive has no usable {MANIFEST_NAME}; is it one of our backups?")
    return manifest


def _media_destination(member: tarfile.TarInfo, root: Path) -> PurePosixPath:
    """The member's path inside the media folder; refuse anything that could leave it."""
    name = PurePosixPath(member.name)
    relative = PurePosixPath(*name.parts[1:])
    if (
        name.is_absolute()
        or ".." in name.parts
        or not (member.isfile() or member.isdir())
        or not (root / relative).resolve().is_relative_to(root.resolve())
    ):
        raise BackupError(
            f"The archive's entry {member.name!r} would write outside the media folder "
            "or is a link; nothing was restored."
        )
    return relative


def _check_members(
    tar: tarfile.TarFile, vendor: str, root: Path | None
) -> tuple[tarfile.TarInfo, list[tarfile.TarInfo]]:
    """The database member and the media members, each checked before anything is written."""
    database: tarfile.TarInfo | None = None
    media: list[tarfile.TarInfo] = []
    for member in tar.getmembers():
        top = PurePosixPath(member.name).parts[:1]
        if member.name == DUMP_NAMES[vendor] and member.isfile():
            database = member
        elif member.name == MANIFEST_NAME and member.isfile():
            continue
        elif top == (MEDIA_DIR,) and member.name != MEDIA_DIR:
            if root is not None:
                relative = _media_destination(member, root)
                media.append(member.replace(name=str(relative), deep=False))
        elif member.name == MEDIA_DIR and member.isdir():
            continue
        else:
            raise BackupError(
                f"The archive holds an unexpected entry {member.name!r}; nothing was restored."
            )
    if database is None:
        raise BackupError(f"The archive holds no {DUMP_NAMES[vendor]}; nothing was restored.")
    return database, media


def restore_backup(
    archive: Path, *, confirm: Callable[[dict[str, Any]], None] | None = None
) -> RestoreResult:
    """Check an archive, then replace the database and put back its media files."""
    vendor = connection.vendor
    root = media_root()
    notes: list[str] = []
    try:
        # Opened apart from the with block below, to tell an unreadable file from a damaged one.
        tar = tarfile.open(archive, mode="r:gz")  # noqa: SIM115
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"Could not read the archive {archive}: {error}") from None
    with tar:
        try:
            manifest = _read_manifest(tar)
            if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
                raise BackupError(
                    f"The archive's format version {manifest['format_version']} is newer than "
                    f"this code knows ({FORMAT_VERSION}); restore it with newer code."
                )
            archived_vendor = manifest["database"]["vendor"]
            if archived_vendor != vendor:
                raise BackupError(
                    f"The archive holds a {archived_vendor} database but the configured "
                    f"database is {vendor}; nothing was restored."
                )
            database, media = _check_members(tar, vendor, root)
            if confirm is not None:
                confirm(manifest)
            with tempfile.TemporaryDirectory(prefix="restore-") as work:
                tar.extract(database, path=work, filter="data")
                dump = Path(work) / database.name
                if vendor == "postgresql":
                    restore_postgresql(dump, manifest)
                else:
                    restore_sqlite(dump)
            if root is None:
                notes.append(REMOTE_STORAGE_NOTE.format(storage=_storage_name()))
            elif media:
                root.mkdir(parents=True, exist_ok=True)
                tar.extractall(path=root, members=media, filter="data")
        except (tarfile.TarError, EOFError) as error:
            raise BackupError(f"The archive {archive} is damaged: {error}") from None
        except OSError as error:
            raise BackupError(f"The restore from {archive} failed: {error}") from None
    for name in (PRACTICES_INDEX, TRAININGS_INDEX, *WORKSHOP_INDEXES):
        mark_changed(name)
    counts = row_counts()
    if counts != manifest.get("row_counts", counts):
        notes.append(f"Row counts differ from the manifest's: {manifest['row_counts']}.")
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        notes.append("The code has migrations the archive lacks: run manage.py migrate.")
    return RestoreResult(
        manifest=manifest,
        media_files=sum(1 for member in media if member.isfile()),
        row_counts=counts,
        notes=notes,
    )
