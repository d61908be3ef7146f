"""The Qt desktop interface: adapts the core, holds no business rules."""
