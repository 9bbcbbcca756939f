"""Message catalogs of the built-in layouts: <language>.po files, read by reportgen/i18n.py."""
