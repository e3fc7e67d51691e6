"""The causal layer: concepts from causal statements, the causal map, and fuzzy cognitive map scenarios."""
