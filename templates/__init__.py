"""Built-in layouts, one folder each; shipped in the wheel as reportgen.templates."""
