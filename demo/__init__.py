"""Runs the Study Group XBlock in the xblock-sdk workbench, as the LMS would."""
