package io.redweave.internal.connection;

import java.util.HashMap;
import java.util.Map;

/** The fields RedWeave reads from an {@code INFO} reply. */
final class ServerInfo {
    private final Map<String, String> fields = new HashMap<>();

    ServerInfo(String info) {
        for (String line : info.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
    }

    String version() {
        return fields.getOrDefault("redis_version", "unknown");
    }

    long usedMemory() {
        return number("used_memory");
    }

    long connectedClients() {
        return number("connected_clients");
    }

    private long number(String name) {
        try {
            return Long.parseLong(fields.getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
