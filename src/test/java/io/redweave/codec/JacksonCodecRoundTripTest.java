package io.redweave.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.redweave.RedWeaveException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonCodecRoundTripTest {

    record User(String id, String name, Instant createdAt) {
    }

    record Event(String type, LocalDate day, List<String> tags) {
    }

    record Holder<T>(T content) {
    }

    static final TypeRef<List<User>> USERS = new TypeRef<>() {
    };
    static final TypeRef<Map<String, Event>> EVENTS = new TypeRef<>() {
    };

    private final Codec codec = new JacksonCodec();

    @Test
    void record_roundTrips() {
        User user = new User("u-1", "Ada", Instant.parse("2024-01-01T10:15:30.123Z"));

        assertThat(codec.decode(codec.encode(user), User.class)).isEqualTo(Decoded.value(user));
    }

    @Test
    void genericList_roundTripsThroughTypeRef() {
        List<User> users = List.of(new User("1", "a", Instant.EPOCH), new User("2", "b", null));

        assertThat(codec.decode(codec.encode(users), USERS)).isEqualTo(Decoded.value(users));
    }

    @Test
    void genericMap_roundTripsThroughReflectedType() {
        Map<String, Event> events = Map.of("e1", new Event("login", LocalDate.of(2024, 2, 29), List.of("web")));
        Type type = EVENTS.type();

        Decoded<Map<String, Event>> decoded = codec.decode(codec.encode(events), type);

        assertThat(decoded).isEqualTo(Decoded.value(events));
        assertThat(((Decoded.Value<Map<String, Event>>) decoded).value().get("e1")).isInstanceOf(Event.class);
    }

    @Test
    void genericRecord_roundTripsItsTypeArgument() {
        Holder<User> holder = new Holder<>(new User("1", "a", Instant.EPOCH));

        assertThat(codec.decode(codec.encode(holder), new TypeRef<Holder<User>>() {
        })).isEqualTo(Decoded.value(holder));
    }

    @Test
    void instantAndLocalDate_areIsoStrings() {
        assertThat(new String(codec.encode(Instant.parse("2024-01-01T00:00:00Z")), UTF_8))
                .isEqualTo("\"2024-01-01T00:00:00Z\"");
        assertThat(new String(codec.encode(LocalDate.of(2024, 1, 2)), UTF_8)).isEqualTo("\"2024-01-02\"");
        assertThat(codec.decode("\"2024-01-01T00:00:00Z\"".getBytes(UTF_8), Instant.class))
                .isEqualTo(Decoded.value(Instant.parse("2024-01-01T00:00:00Z")));
    }

    @Test
    void strings_stayStrings() {
        for (String text : List.of("123", "true", "null", "\"x\"", "[1,2]", "12345678901234567890", "")) {
            assertThat(codec.decode(codec.encode(text), String.class)).isEqualTo(Decoded.value(text));
        }
    }

    @Test
    void largeNumbers_keepTheirPrecision() {
        assertThat(codec.decode(codec.encode(12345678901234567L), Long.class))
                .isEqualTo(Decoded.value(12345678901234567L));
        assertThat(codec.decode(codec.encode(new BigDecimal("0.1000000000000000055511")), BigDecimal.class))
                .isEqualTo(Decoded.value(new BigDecimal("0.1000000000000000055511")));
    }

    @Test
    void jsonNull_isAValidNullValue_notMalformed() {
        assertThat(codec.encode(null)).isEqualTo("null".getBytes(UTF_8));
        assertThat(codec.decode("null".getBytes(UTF_8), User.class)).isEqualTo(Decoded.value(null));
        assertThat(codec.decode("null".getBytes(UTF_8), USERS).isMalformed()).isFalse();
    }

    @Test
    void unknownProperties_areIgnored_soOlderEntriesStillRead() {
        byte[] newer = "{\"id\":\"1\",\"name\":\"a\",\"createdAt\":null,\"email\":\"a@b\"}".getBytes(UTF_8);
        byte[] older = "{\"id\":\"1\"}".getBytes(UTF_8);

        assertThat(codec.decode(newer, User.class)).isEqualTo(Decoded.value(new User("1", "a", null)));
        assertThat(codec.decode(older, User.class)).isEqualTo(Decoded.value(new User("1", null, null)));
    }

    @Test
    void suppliedMapper_isCopied_andLeftUnchanged() {
        ObjectMapper mine = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Codec custom = new JacksonCodec(mine);

        Instant now = Instant.parse("2024-05-06T07:08:09Z");
        assertThat(custom.decode(custom.encode(now), Instant.class)).isEqualTo(Decoded.value(now));
        assertThat(mine.getRegisteredModuleIds()).isEmpty();
        assertThat(new String(custom.encode(Map.of("a", 1)), UTF_8)).contains("\n");
    }

    @Test
    void valueThatCannotBeEncoded_failsWithItsClassName() {
        assertThatThrownBy(() -> codec.encode(new Object()))
                .isInstanceOf(RedWeaveException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void typeRef_withoutTypeArgument_isRejected() {
        assertThatThrownBy(() -> new RawTypeRef()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no type argument");
        assertThat(new TypeRef<List<User>>() {
        }).isEqualTo(USERS).hasSameHashCodeAs(USERS);
    }

    @Test
    void typeRef_withTypeVariableInside_isRejected() {
        assertThatThrownBy(JacksonCodecRoundTripTest::listOfVariable).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("type variable T");
    }

    private static <T> TypeRef<List<T>> listOfVariable() {
        return new TypeRef<List<T>>() {
        };
    }

    @SuppressWarnings("rawtypes")
    static final class RawTypeRef extends TypeRef {
    }
}
