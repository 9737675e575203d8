package io.redweave.benchmarks.support;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code INFO commandstats}: calls and server-side microseconds per command, to count round trips.
 *
 * @param calls calls per command name (lower case, such as {@code get} or {@code evalsha})
 * @param usec  total server-side microseconds per command name
 */
public record CommandStats(Map<String, Long> calls, Map<String, Long> usec) {

    /** Parses the text of {@code INFO commandstats}. */
    public static CommandStats parse(String info) {
        Map<String, Long> calls = new TreeMap<>();
        Map<String, Long> usec = new TreeMap<>();
        for (String line : info.split("\r?\n")) {
            if (!line.startsWith("cmdstat_")) {
                continue;
            }
            int colon = line.indexOf(':');
            String command = line.substring("cmdstat_".length(), colon);
            for (String field : line.substring(colon + 1).split(",")) {
                String[] pair = field.split("=", 2);
                if (pair[0].equals("calls")) {
                    calls.put(command, Long.parseLong(pair[1]));
                } else if (pair[0].equals("usec")) {
                    usec.put(command, Long.parseLong(pair[1]));
                }
            }
        }
        return new CommandStats(calls, usec);
    }

    /** Calls of {@code command}. */
    public long calls(String command) {
        return calls.getOrDefault(command, 0L);
    }

    /** Calls of every command except the admin ones ({@code info}, {@code config}, {@code slowlog}, ...). */
    public long dataCalls() {
        long total = 0;
        for (Map.Entry<String, Long> entry : calls.entrySet()) {
            if (!isAdmin(entry.getKey())) {
                total += entry.getValue();
            }
        }
        return total;
    }

    /** The calls made after {@code before}, per command, admin commands left out. */
    public Map<String, Long> since(CommandStats before) {
        Map<String, Long> delta = new TreeMap<>();
        calls.forEach((command, count) -> {
            long added = count - before.calls(command);
            if (added != 0 && !isAdmin(command)) {
                delta.put(command, added);
            }
        });
        return delta;
    }

    private static boolean isAdmin(String command) {
        return command.equals("info") || command.startsWith("config") || command.startsWith("slowlog")
                || command.startsWith("memory") || command.equals("ping") || command.startsWith("client")
                || command.equals("hello") || command.startsWith("debug") || command.equals("flushall")
                || command.startsWith("script") || command.equals("dbsize") || command.startsWith("latency");
    }
}
