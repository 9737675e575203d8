package io.redweave.internal.pubsub;

import io.redweave.codec.TypeRef;
import io.redweave.pubsub.MessageHandler;
import java.lang.reflect.Type;

/** Checks of the manager's arguments, with messages that name the value and the rule. */
final class Arguments {

    private Arguments() {
    }

    static void requireName(String kind, String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(kind + " " + (value == null ? "null" : "\"\"") + " is invalid for "
                    + what + ": it must be a non-empty name");
        }
    }

    static Type requireType(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null: pass the class messages are decoded to");
        }
        return type;
    }

    static Type requireType(TypeRef<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null: pass the TypeRef messages are decoded to");
        }
        return type.type();
    }

    static MessageHandler<?> requireHandler(MessageHandler<?> handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null: pass the handler to remove");
        }
        return handler;
    }
}
