"""Gazetteer, name normalisation and toponym disambiguation for the places stages."""
