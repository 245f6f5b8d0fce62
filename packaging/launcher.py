"""The frozen app's entry script (PyInstaller runs it as ``__main__``): ``evidence-app`` itself.

It lives outside the package so that PyInstaller does not put ``evidence_app/`` on its search
path. ``cli.main`` calls ``multiprocessing.freeze_support()`` first when frozen.
"""

from evidence_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
