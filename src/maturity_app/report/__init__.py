"""Qt-free PDF reports rendered with reportlab from a scored assessment."""
