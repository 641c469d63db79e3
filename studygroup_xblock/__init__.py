"""Study Group XBlock: school-based study groups for teachers taking a MOOC together."""

__version__ = "0.1.0"
