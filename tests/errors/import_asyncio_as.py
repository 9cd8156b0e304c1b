import asyncio as aio
