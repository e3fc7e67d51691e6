"""Knowledge packs: versioned data (YAML/CSV) about actors, places, time anchors and event triggers, with their
loaders."""
