package io.redweave.examples.ticketing.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The demo's printed report, and the checks that it behaved as expected. */
final class Report {
    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private int checks;

    Report(PrintStream out) {
        this.out = out;
    }

    /** Starts a section. */
    void section(String title) {
        out.println();
        out.println(title);
    }

    /** A line of the current section. */
    void line(String text) {
        out.println("   " + text);
    }

    /** A request and what it shows: {@code A GET /events/evt-1  200   52.1 ms  miss: ...}. */
    void request(String instance, String method, String path, Reply reply, String note) {
        line(String.format("%s %-4s %-24s %d %s  %s", instance, method, path, reply.status(), reply.millis(), note));
    }

    /** Records a check; a failed one is printed at once and again at the end. */
    void check(boolean passed, String expectation) {
        checks++;
        if (!passed) {
            failures.add(expectation);
            line("!! unexpected: " + expectation + " did not hold");
        }
    }

    /** Prints the outcome of the checks; returns whether all passed. */
    boolean finish() {
        out.println();
        if (failures.isEmpty()) {
            out.println("All " + checks + " checks passed.");
            return true;
        }
        out.println(failures.size() + " of " + checks + " checks failed:");
        failures.forEach(failure -> out.println("   - " + failure));
        return false;
    }
}
