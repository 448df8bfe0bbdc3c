"""The generated layer of open_responses: models, their runtime, and the operations.

Private: users import from ``open_responses`` and ``open_responses.types``.
"""
