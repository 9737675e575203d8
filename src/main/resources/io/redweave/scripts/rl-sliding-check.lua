-- rl-sliding-check: a read-only view of the sliding window written by rl-sliding-window. It counts exactly the
-- entries that script counts (younger than the window) and writes nothing.
-- KEYS[1]  the window's sorted set
-- ARGV[1]  max permits in the window
-- ARGV[2]  window in milliseconds
-- Returns {allowed (1 when one more permit would be admitted), remaining, current, reset in us,
--          retry after in us (0 when allowed)}.
local key = KEYS[1]
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2]) * 1000
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local from = '(' .. string.format('%.0f', now - window)
local current = redis.call('ZCOUNT', key, from, '+inf')
local allowed = 1
local retry = 0
if current + 1 > max then
    -- One more permit fits once the oldest (current + 1 - max) entries inside the window have left it.
    allowed = 0
    local nth = redis.call('ZRANGEBYSCORE', key, from, '+inf', 'WITHSCORES', 'LIMIT', current - max, 1)
    retry = tonumber(nth[2]) + window - now
end
local reset = 0
if current > 0 then
    local newest = redis.call('ZREVRANGEBYSCORE', key, '+inf', from, 'WITHSCORES', 'LIMIT', 0, 1)
    reset = tonumber(newest[2]) + window - now
end
return {allowed, math.max(0, max - current), current, reset, retry}
