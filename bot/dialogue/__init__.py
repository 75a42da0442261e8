"""Custom Rasa dialogue policies (named in config.yml)."""
