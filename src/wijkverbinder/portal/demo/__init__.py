"""The fictional demo municipality Verbindendam with its wijk "W" (see `cast.py`)."""
