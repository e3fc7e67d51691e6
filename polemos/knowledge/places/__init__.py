"""Place data: curated CSV tables and the compact GeoNames-derived tables built by `build.py`."""
