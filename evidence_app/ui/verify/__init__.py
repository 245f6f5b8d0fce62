"""The verify screen: one bundle or a folder of them, three verdicts in plain words, and trusting a TSA.

Modules: ``dialog`` (the window), ``words`` (each check in plain words, by status code),
``batch_table`` (the folder's table), ``trust`` ("trust this authority"). Import from them directly;
this package module stays empty so that ui.dialogs can use ``words`` without an import circle.
"""
