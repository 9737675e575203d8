package io.redweave.security;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Text a secret must never appear in. */
final class Secrets {

    private Secrets() {
    }

    /** Everything an exception shows: its printed stack trace, with every cause and suppressed exception. */
    static String chain(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
