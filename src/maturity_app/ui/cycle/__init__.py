"""Certification-cycle screens: re-assess dialog, compare page with trend chart, vendor portfolio page."""
