"""Ways to run orgdoc over more documents than one process holds: the process pool lives in
orgdoc.batch (no dependency); `ray_data` spreads the work over a Ray cluster (extra `orgdoc[ray]`)."""
