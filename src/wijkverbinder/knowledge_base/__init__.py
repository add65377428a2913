"""The knowledge base: data files only (YAML). See README.md in this folder."""
