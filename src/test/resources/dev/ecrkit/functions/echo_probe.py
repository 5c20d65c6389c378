"""Test-only function module: proves that FunctionCode packages whatever module it is given."""


def handler(event, context):
    return event
