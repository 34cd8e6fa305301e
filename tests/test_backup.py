"""Backup and restore: what an archive holds, the round trip, and the archives refused."""

import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from pages.backup import DUMP_NAMES, BackupError, replace_sqlite_file
from practices.models import Practice

from .factories import PracticeFactory, UserFactory

# pg_restore and SQLite's file replacement work on the real, committed database.
pytestmark = pytest.mark.django_db(transaction=True)

HANDOUT = b"%PDF-1.4 a handout for peer listeners"
postgresql_only = pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="runs against PostgreSQL (DATABASE_URL=postgres://...)",
)
sqlite_only = pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="runs against SQLite",
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def back_up(tmp_path: Path) -> tuple[Path, str, str]:
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("backup", output=str(folder), stdout=stdout, stderr=stderr)
    [archive] = folder.glob("backup-*.tar.gz")
    return archive, stdout.getvalue(), stderr.getvalue()


def restore(archive: Path, **options) -> str:
    stdout = io.StringIO()
    call_command("restore", str(archive), stdout=stdout, stderr=io.StringIO(), **options)
    return stdout.getvalue()


def read_manifest(archive: Path) -> dict:
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("manifest.json"))


def rewrite(archive: Path, target: Path, extra: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    """A copy of a real archive with more entries, as someone tampering with it would make."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as tar:
        for member in source.getmembers():
            tar.addfile(member, source.extractfile(member))
        for info, data in extra:
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return target


def test_restore_brings_back_a_deleted_practice_and_its_file(reference_data, media, tmp_path):
    practice = PracticeFactory(title="Recovery café")
    UserFactory(email="ada@example.org")
    default_storage.save("resources/handout.pdf", ContentFile(HANDOUT))

    archive, output, _ = back_up(tmp_path)

    assert output.startswith(f"Backup written to {archive}")
    assert "1 practices" in output and "1 media files" in output
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    manifest = read_manifest(archive)
    assert manifest["format_version"] == 1
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["migrations"]["practices"].startswith("000")
    assert manifest["row_counts"]["practices.Practice"] == 1
    assert manifest["row_counts"]["accounts.User"] == 1
    assert manifest["media"]["included"] is True
    assert manifest["media"]["file_count"] == 1
    with tarfile.open(archive) as tar:
        assert tar.extractfile("media/resources/handout.pdf").read() == HANDOUT
        assert DUMP_NAMES[connection.vendor] in tar.getnames()

    practice.delete()
    default_storage.delete("resources/handout.pdf")
    assert not Practice.objects.exists()

    output = restore(archive, yes=True)

    assert Practice.objects.get().title == "Recovery café"
    with default_storage.open("resources/handout.pdf") as handout:
        assert handout.read() == HANDOUT
    assert output.startswith(f"Restored the {connection.vendor} database")
    assert "1 practices" in output and "1 media files" in output


def test_restore_without_yes_refuses_and_changes_nothing(reference_data, media, tmp_path):
    PracticeFactory(title="Kept before the backup")
    default_storage.save("resources/handout.pdf", ContentFile(HANDOUT))
    archive, _, _ = back_up(tmp_path)
    PracticeFactory(title="Added after the backup")
    default_storage.delete("resources/handout.pdf")

    with pytest.raises(CommandError, match="--yes"):
        restore(archive)

    assert Practice.objects.count() == 2
    assert not default_storage.exists("resources/handout.pdf")


def test_restore_at_a_terminal_refuses_a_wrong_database_name(
    reference_data, media, tmp_path, monkeypatch
):
    archive, _, _ = back_up(tmp_path)
    PracticeFactory(title="Added after the backup")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "some-other-database")

    with pytest.raises(CommandError, match="Not confirmed"):
        restore(archive)

    assert Practice.objects.count() == 1


def escaping_entry(name: str, tmp_path: Path) -> tarfile.TarInfo:
    if name == "symlink":
        info = tarfile.TarInfo("media/resources/link.pdf")
        info.type = tarfile.SYMTYPE
        info.linkname = str(tmp_path / "escape.txt")
        return info
    if name == "absolute":
        return tarfile.TarInfo(str(tmp_path / "escape.txt"))
    return tarfile.TarInfo(name)


@pytest.mark.parametrize(
    "entry", ["../escape.txt", "media/../../escape.txt", "absolute", "symlink"]
)
def test_archive_writing_outside_the_media_folder_is_refused_and_nothing_written(
    reference_data, media, tmp_path, entry
):
    PracticeFactory(title="Kept before the backup")
    archive, _, _ = back_up(tmp_path)
    PracticeFactory(title="Added after the backup")
    tampered = rewrite(
        archive, tmp_path / "tampered.tar.gz", [(escaping_entry(entry, tmp_path), b"gotcha")]
    )

    with pytest.raises(CommandError, match="nothing was restored"):
        restore(tampered, yes=True)

    assert not (tmp_path / "escape.txt").exists()
    assert not media.exists()
    assert Practice.objects.count() == 2


def test_archive_of_another_database_vendor_is_refused(reference_data, media, tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    PracticeFactory()
    archive = tmp_path / "other.tar.gz"
    manifest = json.dumps({"format_version": 1, "database": {"vendor": other}}).encode()
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in (("manifest.json", manifest), (DUMP_NAMES[other], b"not ours")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))

    with pytest.raises(
        CommandError, match=f"holds a {other} database but the configured database is"
    ):
        restore(archive, yes=True)

    assert Practice.objects.count() == 1


def test_file_that_is_not_a_backup_is_refused(reference_data, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_text("certainly not a gzip file")

    with pytest.raises(CommandError, match="Could not read the archive"):
        restore(archive, yes=True)


def test_archive_without_a_manifest_is_refused(reference_data, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.addfile(tarfile.TarInfo("notes.txt"), io.BytesIO(b""))

    with pytest.raises(CommandError, match=r"no usable manifest\.json"):
        restore(archive, yes=True)


def test_backup_refuses_to_overwrite_or_to_write_into_the_media_folder(media, tmp_path):
    existing = tmp_path / "backup.tar.gz"
    existing.write_bytes(b"an older backup")
    media.mkdir()

    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", output=str(existing), stdout=io.StringIO())
    with pytest.raises(CommandError, match="inside the media folder"):
        call_command("backup", output=str(media / "backup.tar.gz"), stdout=io.StringIO())

    assert existing.read_bytes() == b"an older backup"
    assert list(media.iterdir()) == []


def test_backup_says_a_remote_file_store_needs_its_own_backup(reference_data, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }

    archive, _, warnings = back_up(tmp_path)

    assert "back that store up by its own means" in warnings
    assert read_manifest(archive)["media"]["included"] is False


def fake_program(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    program = folder / name
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)


@postgresql_only
@pytest.mark.parametrize(
    ("script", "message"),
    [
        (None, "pg_dump was not found on PATH. Install the PostgreSQL client"),
        ('echo "pg_dump (PostgreSQL) 9.6.24"', "pg_dump is version 9 but the server is"),
        (
            'case "$1" in --version) echo "pg_dump (PostgreSQL) 99.1";; '
            '*) echo "connection refused" >&2; exit 1;; esac',
            "pg_dump failed.*connection refused",
        ),
    ],
)
def test_backup_explains_a_missing_old_or_failing_pg_dump(
    reference_data, media, tmp_path, monkeypatch, script, message
):
    programs = tmp_path / "bin"
    programs.mkdir()
    if script:
        fake_program(programs, "pg_dump", script)
    monkeypatch.setenv("PATH", str(programs))

    with pytest.raises(CommandError, match=message):
        back_up(tmp_path)

    assert list((tmp_path / "backups").iterdir()) == []


@postgresql_only
def test_backup_never_puts_the_password_on_the_command_line(
    reference_data, media, tmp_path, monkeypatch
):
    programs = tmp_path / "bin"
    log = tmp_path / "pg_dump.log"
    fake_program(
        programs,
        "pg_dump",
        f'echo "$@ PGPASSWORD=$PGPASSWORD" >> {log}; '
        'case "$1" in --version) echo "pg_dump (PostgreSQL) 15.9";; '
        '*) for a in "$@"; do case "$a" in --file=*) : > "${a#--file=}";; esac; done;; esac',
    )
    monkeypatch.setenv("PATH", str(programs))
    monkeypatch.setitem(connection.settings_dict, "PASSWORD", "s3cret-pass")

    back_up(tmp_path)

    arguments, environment = log.read_text().splitlines()[-1].split(" PGPASSWORD=")
    assert "--format=custom" in arguments
    assert "s3cret-pass" not in arguments
    assert environment == "s3cret-pass"


@sqlite_only
def test_sqlite_file_database_round_trip_through_the_commands(reference_data, tmp_path):
    """The production path: a database file, replaced whole by restore."""
    PracticeFactory(title="Recovery café")
    database = tmp_path / "site.sqlite3"
    copy = sqlite3.connect(database)
    connection.ensure_connection()
    connection.connection.backup(copy)
    copy.close()
    database.chmod(0o640)
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }

    def manage(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
            [sys.executable, "manage.py", *arguments],
            cwd=django_settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    backed_up = manage("backup", f"--output={tmp_path / 'site.tar.gz'}")
    assert backed_up.returncode == 0, backed_up.stderr
    with sqlite3.connect(database) as db:
        db.execute("DELETE FROM practices_practice")
    db.close()

    restored = manage("restore", str(tmp_path / "site.tar.gz"), "--yes")

    assert restored.returncode == 0, restored.stderr
    db = sqlite3.connect(database)
    assert db.execute("SELECT title FROM practices_practice").fetchall() == [("Recovery café",)]
    db.close()
    assert stat.S_IMODE(database.stat().st_mode) == 0o640
    assert not [path.name for path in tmp_path.iterdir() if ".restoring" in path.name]


def test_sqlite_file_is_not_replaced_while_another_process_has_it_open(tmp_path):
    target = tmp_path / "site.sqlite3"
    live = sqlite3.connect(target)
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("CREATE TABLE kept (value TEXT)")
    live.execute("INSERT INTO kept VALUES ('still here')")
    live.commit()
    replacement = tmp_path / "archived.sqlite3"
    sqlite3.connect(replacement).close()

    with pytest.raises(BackupError, match="another process has the database open"):
        replace_sqlite_file(replacement, target)

    assert live.execute("SELECT value FROM kept").fetchall() == [("still here",)]
    live.close()
