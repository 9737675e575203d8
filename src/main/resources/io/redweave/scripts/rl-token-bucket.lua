-- rl-token-bucket: a bucket of tokens refilled continuously, stored as a hash {t = tokens, ts = server time in
-- microseconds when t was computed}. A missing key is a full bucket, so the key expires when the bucket is full.
-- KEYS[1]  the bucket's hash
-- ARGV[1]  capacity
-- ARGV[2]  refill rate in tokens per second (finite, positive)
-- ARGV[3]  tokens this request takes (1 <= tokens <= capacity)
-- Returns {allowed (1 or 0), remaining, current, reset in us, retry after in us (0 when allowed)}.
if redis.replicate_commands then
    redis.replicate_commands()
end
local key = KEYS[1]
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2]) / 1000000
local wanted = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local tokens = capacity
local stamp = now
local state = redis.call('HMGET', key, 't', 'ts')
if state[1] and state[2] then
    -- A bucket filled under a larger capacity holds at most the capacity asked for now.
    tokens = math.min(capacity, tonumber(state[1]))
    stamp = tonumber(state[2])
    -- Time only moves forward: after a failover to a node whose clock is behind, nothing is refilled and
    -- nothing is taken away until the clock catches up.
    if now > stamp then
        tokens = math.min(capacity, tokens + (now - stamp) * rate)
        stamp = now
    end
end
local allowed = 0
local retry = 0
if tokens >= wanted then
    allowed = 1
    tokens = tokens - wanted
    redis.call('HSET', key, 't', string.format('%.17g', tokens), 'ts', string.format('%.0f', stamp))
    -- The key expires when the bucket would be full again, which is exactly what a missing key means.
    redis.call('PEXPIRE', key, math.max(1, math.ceil((capacity - tokens) / rate / 1000)))
else
    -- One microsecond more absorbs the rounding of the division, so waiting retry always refills enough.
    retry = math.ceil((wanted - tokens) / rate) + 1
end
local remaining = math.floor(tokens)
return {allowed, remaining, capacity - remaining, math.ceil((capacity - tokens) / rate), retry}
