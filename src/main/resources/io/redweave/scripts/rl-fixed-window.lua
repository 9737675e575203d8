-- rl-fixed-window: a counter that starts with the first admitted request and expires one window later. The clock
-- is the server's key expiry (PTTL), so nothing absolute is stored and the value stays a small integer.
-- KEYS[1]  the window's counter
-- ARGV[1]  max permits per window
-- ARGV[2]  window in milliseconds
-- ARGV[3]  permits this request takes (1 <= permits <= max)
-- Returns {allowed (1 or 0), remaining, current, reset in us, retry after in us (0 when allowed)}.
local key = KEYS[1]
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local permits = tonumber(ARGV[3])

local current = tonumber(redis.call('GET', key)) or 0
local ttl = redis.call('PTTL', key)
if ttl == -1 then
    -- A counter without an expiry (written by an older client or by hand) would block forever: end its window.
    redis.call('PEXPIRE', key, window)
    ttl = window
end
local allowed = 0
local retry = 0
if current + permits <= max then
    allowed = 1
    if ttl == -2 then
        -- The first request opens the window: value and expiry are set by one command.
        redis.call('SET', key, permits, 'PX', window)
        ttl = window
        current = permits
    else
        -- INCRBY keeps the expiry the window already has.
        current = redis.call('INCRBY', key, permits)
    end
end
-- Redis removes a key once its expiry time has passed, so the window is over one millisecond after PTTL.
local reset = (math.max(ttl, 0) + 1) * 1000
if allowed == 0 then
    retry = reset
end
return {allowed, math.max(0, max - current), current, reset, retry}
