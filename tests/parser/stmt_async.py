async def f():
    async for a in b:
        await c
    else:
        pass
    async with d as e, f:
        pass
    return [x async for x in y]
async def g():
    @d
    async def h(): pass
    await asyncio.sleep(1)
    x = await y + await z
    return {k: v async for k, v in w if await k}
