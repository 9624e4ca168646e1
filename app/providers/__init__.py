"""Remote video APIs over httpx (Qt-free)."""
