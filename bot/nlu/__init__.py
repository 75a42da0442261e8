"""Custom Rasa NLU graph components (named in config.yml)."""
