"""The PySide6 desktop window: thin views and Qt models over app.core."""
