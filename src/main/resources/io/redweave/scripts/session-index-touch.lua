-- session-index-touch: moves a live session's expiry time in its user's index (sliding expiry).
-- KEYS[1]  the user's index, user:sessions:<userId>
-- ARGV[1]  the session id
-- ARGV[2]  the time to live in milliseconds, from now
-- Returns the new expiry time in microseconds, or 0 when the index has no live entry for the session (nothing is
-- added then: an entry is only ever added by session-index-add, under the limit).
if redis.replicate_commands then redis.replicate_commands() end -- TIME then writes: effects replication
local index = KEYS[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZREMRANGEBYSCORE', index, '-inf', string.format('%.0f', now))
if not redis.call('ZSCORE', index, ARGV[1]) then
    return 0
end
local expiry = now + tonumber(ARGV[2]) * 1000
redis.call('ZADD', index, 'XX', string.format('%.0f', expiry), ARGV[1])
local last = redis.call('ZRANGE', index, -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', index, string.format('%.0f', math.floor(tonumber(last[2]) / 1000) + 1))
return expiry
