"""Knowledge packs: versioned data (YAML/CSV) about actors, places, time anchors and event triggers, with their
loaders."""


def load_yaml(source):
    """A pack's YAML (text or an open file) as `yaml.safe_load` reads it, parsed by libyaml where PyYAML was
    built with it: the same objects, several times faster (the packs load on every process start, and in
    every worker)."""
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(source, Loader=loader)  # noqa: S506 - a safe loader
