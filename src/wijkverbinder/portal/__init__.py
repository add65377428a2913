"""The top layer of the web UI: the start page, sections still to come, the demo and `serve`."""
