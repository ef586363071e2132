"""Shared helpers every app may use. The core imports no feature app of this project."""
