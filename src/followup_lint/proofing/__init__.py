"""Proofreading: LanguageTool (local, remote or public) or the offline checker, behind one API."""
