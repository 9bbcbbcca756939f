"""One module per CLI command: HELP, configure(parser), run(args). Keep top-level imports light."""
