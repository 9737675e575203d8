-- rl-sliding-window: the exact sliding-window limiter. One sorted-set entry per admitted permit, scored with the
-- server time in microseconds; an entry counts while it is younger than the window.
-- KEYS[1]  the window's sorted set
-- ARGV[1]  max permits in the window
-- ARGV[2]  window in milliseconds
-- ARGV[3]  permits this request takes (1 <= permits <= max)
-- ARGV[4]  a member unique to this request (the client's instance id and a sequence number)
-- Returns {allowed (1 or 0), remaining, current, reset in us, retry after in us (0 when allowed)}.
if redis.replicate_commands then
    redis.replicate_commands()
end
local key = KEYS[1]
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2]) * 1000
local permits = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

-- An entry exactly one window old has left the window: the bound is inclusive.
redis.call('ZREMRANGEBYSCORE', key, '-inf', string.format('%.0f', now - window))
local current = redis.call('ZCARD', key)
local allowed = 0
local retry = 0
if current + permits <= max then
    allowed = 1
    local score = string.format('%.0f', now)
    if permits == 1 then
        redis.call('ZADD', key, score, ARGV[4])
    else
        local args = {}
        for i = 1, permits do
            args[#args + 1] = score
            args[#args + 1] = ARGV[4] .. ':' .. i
            if #args >= 1000 then
                redis.call('ZADD', key, unpack(args))
                args = {}
            end
        end
        if #args > 0 then
            redis.call('ZADD', key, unpack(args))
        end
    end
    current = current + permits
else
    -- The request fits once the oldest (current + permits - max) entries have left the window.
    local rank = current + permits - max - 1
    local nth = redis.call('ZRANGE', key, rank, rank, 'WITHSCORES')
    retry = tonumber(nth[2]) + window - now
end
local reset = 0
if current > 0 then
    -- The key lives exactly as long as its newest entry counts; every write above is covered.
    local newest = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
    reset = tonumber(newest[2]) + window - now
    redis.call('PEXPIRE', key, math.ceil(reset / 1000))
end
return {allowed, math.max(0, max - current), current, reset, retry}
