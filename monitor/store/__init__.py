"""The SQLite store: schema, connection settings and query functions (all I/O)."""
