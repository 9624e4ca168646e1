"""The Qt-free core: probe, ladder planning, the encode engine, the job store and status documents."""
