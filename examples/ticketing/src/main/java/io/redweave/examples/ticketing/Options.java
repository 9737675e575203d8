package io.redweave.examples.ticketing;

/**
 * The command line: {@code [--serve] [--port=<n>]}.
 *
 * @param serve whether to keep serving for manual use instead of running the demo
 * @param port  the HTTP port when serving
 */
public record Options(boolean serve, int port) {
    /** The port served on unless {@code --port} says otherwise. */
    public static final int DEFAULT_PORT = 8080;

    /** How to call the program. */
    public static final String USAGE = "usage: TicketingMain [--serve] [--port=<n>]  (with Maven:"
            + " -Dexec.args=\"--serve --port=8081\")";

    /**
     * Reads the arguments.
     *
     * @throws IllegalArgumentException naming the argument that is not understood
     */
    public static Options parse(String... args) {
        boolean serve = false;
        int port = DEFAULT_PORT;
        for (String arg : args) {
            if (arg.equals("--serve")) {
                serve = true;
            } else if (arg.startsWith("--port=")) {
                port = port(arg.substring("--port=".length()));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("argument '" + arg + "' is not understood; " + USAGE);
            }
        }
        return new Options(serve, port);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("port '" + text + "' is invalid: it must be a number from 0 to 65535");
    }
}
