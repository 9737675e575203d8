-- cache-set-hash: replaces a hash with new fields and gives it its TTL, atomically: no stale field from an
-- earlier write survives, and the hash is never visible without its TTL.
-- KEYS[1]    the hash
-- ARGV[1]    the TTL in milliseconds; 0 means no expiry
-- ARGV[2..]  field, value, field, value, ...
-- Returns the number of fields written.
redis.call('DEL', KEYS[1])
local fields = 0
for i = 2, #ARGV - 1, 2 do
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    fields = fields + 1
end
if fields > 0 and ARGV[1] ~= '0' then
    redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return fields
