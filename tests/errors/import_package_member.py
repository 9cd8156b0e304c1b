# asyncio is a package in CPython; its submodules are not in yieldc's.
import asyncio.queues
