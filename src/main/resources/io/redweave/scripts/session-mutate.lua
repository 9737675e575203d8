-- session-mutate: changes a live session in one step and slides its expiry: update, touch, page view, event.
-- Nothing is written when the session does not exist, has expired or was removed.
-- KEYS[1]  the session hash, session:<sessionId>
-- ARGV[1]  the time to live to apply in milliseconds, stored as the session's ttlMillis; '' = the session's own
-- ARGV[2]  the time to live to apply when ARGV[1] is '' and the session has no valid ttlMillis
-- ARGV[3]  how many events to keep
-- ARGV[4..] operations: 'set' field value | 'del' field | 'incr' field n | 'event' type-as-JSON data-as-JSON
-- Returns {userId, ttl in ms, now in microseconds}, or false (nil) when there is no live session.

if redis.replicate_commands then redis.replicate_commands() end -- TIME then writes: effects replication

-- iso:begin (microseconds since the epoch -> ISO-8601 UTC text with six fraction digits, like Java's Instant)
local function iso(us)
    local secs = math.floor(us / 1000000)
    local micros = us - secs * 1000000
    local days = math.floor(secs / 86400)
    local rest = secs - days * 86400
    local z = days + 719468
    local era = math.floor(z / 146097)
    local doe = z - era * 146097
    local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
    local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
    local mp = math.floor((5 * doy + 2) / 153)
    local day = doy - math.floor((153 * mp + 2) / 5) + 1
    local month = mp < 10 and mp + 3 or mp - 9
    local year = yoe + era * 400
    if month <= 2 then
        year = year + 1
    end
    return string.format('%04d-%02d-%02dT%02d:%02d:%02d.%06dZ', year, month, day, math.floor(rest / 3600),
        math.floor((rest % 3600) / 60), rest % 60, micros)
end
-- iso:end

local key = KEYS[1]
if redis.call('TYPE', key)['ok'] ~= 'hash' or redis.call('HEXISTS', key, '_removed') == 1 then
    return false
end
local user = redis.call('HGET', key, 'userId')
if not user then
    return false
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local stamp = iso(now)

local ttl = ARGV[1]
if ttl == '' then
    ttl = redis.call('HGET', key, 'ttlMillis')
    if not ttl or not tonumber(ttl) or tonumber(ttl) < 1 then
        ttl = ARGV[2]
    end
else
    redis.call('HSET', key, 'ttlMillis', ttl)
end

local keep = tonumber(ARGV[3])
local i = 4
while i <= #ARGV do
    local op = ARGV[i]
    if op == 'set' then
        redis.call('HSET', key, ARGV[i + 1], ARGV[i + 2])
        i = i + 3
    elseif op == 'del' then
        redis.call('HDEL', key, ARGV[i + 1])
        i = i + 2
    elseif op == 'incr' then
        redis.call('HINCRBY', key, ARGV[i + 1], ARGV[i + 2])
        i = i + 3
    elseif op == 'event' then
        local seq = redis.call('HINCRBY', key, 'eventSeq', 1)
        redis.call('HSET', key, 'event:' .. seq,
            '{"type":' .. ARGV[i + 1] .. ',"timestamp":"' .. stamp .. '","data":' .. ARGV[i + 2] .. '}')
        if seq > keep then
            redis.call('HDEL', key, 'event:' .. (seq - keep))
        end
        i = i + 3
    else
        return redis.error_reply('session-mutate: unknown operation ' .. tostring(op))
    end
end
redis.call('HSET', key, 'lastActivity', stamp)
redis.call('PEXPIRE', key, ttl)
return {user, tonumber(ttl), now}
