import asyncio
import os
