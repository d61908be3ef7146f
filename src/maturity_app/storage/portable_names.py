"""File names of exported assessments: what the desktop and the command line recognise before loading the format."""

# One extension: macOS Launch Services and Windows associate files by their last extension only.
FILE_SUFFIX = ".maturity"
OPENABLE_SUFFIXES = (FILE_SUFFIX, ".maturity.json")  # exports written before 0.2 end in .maturity.json
