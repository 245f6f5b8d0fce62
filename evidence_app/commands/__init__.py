"""Sub-commands of ``evidence-app``, one module per layer; each has ``register(commands)``."""
