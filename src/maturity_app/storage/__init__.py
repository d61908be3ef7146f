"""Qt-free persistence: SQLite through sqlite-utils, migrations, backups, import/export."""
