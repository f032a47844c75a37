"""The Qt user interface: thin widgets over the model, wired by main_window."""
