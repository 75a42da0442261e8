"""Complaint intake logic: what one customer message fills in, and what to ask next.

Pure functions with no Rasa imports; the Rasa form validator is a thin adapter around them.
"""
