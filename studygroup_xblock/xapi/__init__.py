"""The block's tracking events as xAPI statements, where the site runs event-routing-backends (ADR 15).

``vocabulary`` says what each statement is made of and imports nothing optional; ``transformers``
registers one transformer per event with event-routing-backends (loaded by the app only where
that library is an installed app); ``settings`` lets the events through its allow-list, as a
plugin's settings.
"""
