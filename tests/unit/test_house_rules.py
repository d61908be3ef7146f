"""The Qt-free core must stay importable without Qt, and never start importing it."""

import subprocess
import sys
import textwrap

CORE_PACKAGES = ["maturity_app.domain", "maturity_app.storage", "maturity_app.report", "maturity_app.app"]


def test_core_packages_import_without_qt():
    # A meta-path finder that refuses PySide6/shiboken6 makes any Qt import in the core fail loudly.
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6'):
                    raise ImportError('Qt is not allowed here: ' + name)
        sys.meta_path.insert(0, NoQt())
        imported = []
        for package_name in %r:
            package = importlib.import_module(package_name)
            for info in pkgutil.walk_packages(package.__path__, package_name + '.'):
                importlib.import_module(info.name)
                imported.append(info.name)
        import maturity_app.cli
        assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'
        print(len(imported))
        """
        % CORE_PACKAGES
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 8  # the core's modules were really walked


def test_cli_start_does_not_import_reportlab_or_qt():
    script = "import sys, maturity_app.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6')))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_dependencies_point_down():
    """cli/ui -> app -> storage/report -> domain: a lower layer never imports a higher one."""
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        layers = {
            'maturity_app.domain': ('maturity_app.storage', 'maturity_app.report', 'maturity_app.app',
                                    'maturity_app.ui', 'maturity_app.cli'),
            'maturity_app.storage': ('maturity_app.app', 'maturity_app.ui', 'maturity_app.cli'),
            'maturity_app.report': ('maturity_app.app', 'maturity_app.ui', 'maturity_app.cli'),
            'maturity_app.app': ('maturity_app.ui', 'maturity_app.cli'),
        }
        package_name = sys.argv[1]
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + '.'):
            importlib.import_module(info.name)
        higher = sorted(m for m in sys.modules if m.startswith(layers[package_name]))
        print(higher)
        """
    )
    for package in ("maturity_app.domain", "maturity_app.storage", "maturity_app.report", "maturity_app.app"):
        result = subprocess.run([sys.executable, "-c", script, package], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "[]", f"{package} imports {result.stdout.strip()}"
