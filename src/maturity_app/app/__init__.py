"""The application layer both faces call: a Workspace and named use cases, each one transaction (no Qt here)."""
