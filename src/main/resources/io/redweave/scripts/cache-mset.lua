-- cache-mset: stores several entries of one hash slot, each with the same TTL, atomically: no entry is ever
-- visible without its TTL, and either all of them are written or (on an error) the script stops.
-- KEYS[i]    the entries
-- ARGV[1]    the TTL in milliseconds; 0 means no expiry
-- ARGV[i+1]  the payload of KEYS[i]
-- Returns the number of entries written.
local ttl = ARGV[1]
for i = 1, #KEYS do
    if ttl == '0' then
        redis.call('SET', KEYS[i], ARGV[i + 1])
    else
        redis.call('SET', KEYS[i], ARGV[i + 1], 'PX', ttl)
    end
end
return #KEYS
