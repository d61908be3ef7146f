"""Entry point PyInstaller freezes: the same main() as the `maturity-app` console script."""

import sys

from maturity_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
