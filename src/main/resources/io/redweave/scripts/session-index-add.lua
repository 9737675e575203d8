-- session-index-add: admits a session into its user's index under the session limit (create, step 1 of 2).
-- The index is a sorted set: member = session id, score = the session's expiry time in microseconds (Redis clock).
-- KEYS[1]  the user's index, user:sessions:<userId>
-- ARGV[1]  the session id
-- ARGV[2]  the session's time to live in milliseconds
-- ARGV[3]  the most live sessions the user may have; 0 = no limit
-- ARGV[4]  'reject' (refuse at the limit) or 'evict' (remove the sessions that expire first)
-- Returns {0, count, now} when refused, or {1, count, now, expiry, evicted id, evicted score, ...} when admitted;
-- times in microseconds, count = the user's live sessions after the call.
if redis.replicate_commands then redis.replicate_commands() end -- TIME then writes: effects replication
local index = KEYS[1]
local id = ARGV[1]
local limit = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

-- expired sessions never count: an entry whose expiry time has come is removed first
redis.call('ZREMRANGEBYSCORE', index, '-inf', string.format('%.0f', now))

local count = redis.call('ZCARD', index)
if redis.call('ZSCORE', index, id) then
    count = count - 1 -- the same id again replaces its entry, and does not count twice
end

local reply = {1, 0, now, 0}
if limit > 0 and count >= limit then
    if ARGV[4] ~= 'evict' then
        return {0, count, now}
    end
    local excess = count - limit + 1
    local oldest = redis.call('ZRANGE', index, 0, excess, 'WITHSCORES')
    local evicted = 0
    for i = 1, #oldest, 2 do
        if evicted < excess and oldest[i] ~= id then
            redis.call('ZREM', index, oldest[i])
            reply[#reply + 1] = oldest[i]
            reply[#reply + 1] = oldest[i + 1]
            evicted = evicted + 1
        end
    end
    count = count - evicted
end

local expiry = now + tonumber(ARGV[2]) * 1000
redis.call('ZADD', index, string.format('%.0f', expiry), id)
local last = redis.call('ZRANGE', index, -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', index, string.format('%.0f', math.floor(tonumber(last[2]) / 1000) + 1))
reply[2] = count + 1
reply[4] = expiry
return reply
