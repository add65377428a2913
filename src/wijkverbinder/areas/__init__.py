"""Areas: gemeente, wijk and buurt with CBS code, boundary year, geometry and population."""
