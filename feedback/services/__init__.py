"""Use cases: the rules of the product, called by views, CLI and jobs."""
