from asyncio import sleep
