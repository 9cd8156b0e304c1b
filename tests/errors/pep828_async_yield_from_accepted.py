# PEP 828 as accepted rejected `async yield from` (see its Rejected Ideas):
# without --pep828=draft it is an error naming the accepted spelling and
# the flag.
async def outer(agen):
    result = async yield from agen
    yield result
