"""The main window's parts, each a mixin of ``MainWindow`` with one job (panes, case, status, menus, dialogs)."""
