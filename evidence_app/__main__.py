"""``python -m evidence_app``: the same as the ``evidence-app`` command."""

from evidence_app.cli import main

raise SystemExit(main())
