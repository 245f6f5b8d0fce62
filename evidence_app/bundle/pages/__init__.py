"""The bundle's sections, one module each."""
