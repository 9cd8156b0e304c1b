def main():
    import asyncio
    return asyncio
