"""Figures drawn as SVG: geometry computed here, written out by the kind's template.

Each figure is a Drawing (shapes with coordinates in points and a CSS class each) that a
part template turns into inline SVG, so the PDF and the HTML show the same vector figure,
its text is real text in the layout's font, and a layout restyles it by overriding one
template. Nothing here imports more than the standard library: a build pays for a figure
only when its config asks for one (README "Figures": measured against matplotlib and
Vega-Lite).
"""
