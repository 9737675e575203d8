-- cache-increment: adds to a counter and, when the counter has no expiry (it was just created), gives it its TTL
-- in the same script, so that no counter lives forever because a separate EXPIRE was lost.
-- KEYS[1]  the counter
-- ARGV[1]  the amount to add (an integer, may be negative)
-- ARGV[2]  the TTL in milliseconds; 0 means none
-- Returns the new value.
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if ARGV[2] ~= '0' and redis.call('PTTL', KEYS[1]) == -1 then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return value
