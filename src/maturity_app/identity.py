"""The application's identity on the desktop, in one place.

APP_ID is the reverse-DNS id used everywhere a desktop names an application: the AppStream component id, the
.desktop file name (and so the Wayland app id given to QGuiApplication.setDesktopFileName), the icon name, the
macOS bundle identifier; DOCUMENT_UTI names the exported file type on macOS.
tests/unit/test_packaging_files.py checks every packaging file against these.
"""

APP_ID = "org.maturityapp.Maturity"
DOCUMENT_UTI = "org.maturityapp.assessment"
MIME_TYPE = "application/x-maturity-assessment"
