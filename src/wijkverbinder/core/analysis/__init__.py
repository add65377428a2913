"""Wijkanalyse in plain Python: small-count suppression, choropleth classes, sparklines, trends and
safe CSV cells. The Django app `analysis` feeds it counts and shows what comes out."""
