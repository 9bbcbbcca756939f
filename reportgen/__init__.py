"""reportgen: turn a folder of source documents into a briefing PDF."""

__version__ = "0.1.0"
