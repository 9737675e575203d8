package io.redweave.test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of a local {@code redis-server} process: launched with its output appended to a log file, awaited
 * until it answers {@code PING} on its port, and ended by SIGTERM or SIGKILL.
 */
final class RedisProcess {

    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final int TAIL_LINES = 25;

    private final Process process;
    private final int port;

    private RedisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Thrown when the server could not bind its port because another process holds it. */
    static final class PortTakenException extends Exception {
        private static final long serialVersionUID = 1L;

        PortTakenException(int port) {
            super("port " + port + " is already in use");
        }
    }

    /**
     * Starts {@code command} in {@code dir} and returns once the new process itself (checked by its pid in
     * {@code INFO server}) answers {@code PING} on {@code port}.
     *
     * @throws PortTakenException if the server exited because the port was taken
     * @throws RedisTestException if it exited for another reason or did not answer in time
     */
    static RedisProcess launch(List<String> command, Path dir, Path log, int port, Duration timeout)
            throws PortTakenException {
        long logStart = size(log);
        Process process = spawn(command, dir, log);
        RedisProcess launched = new RedisProcess(process, port);
        try {
            Await.until(timeout, () -> !process.isAlive() || launched.answers(),
                    () -> "redis-server (pid " + process.pid() + ") did not answer PING on port " + port);
        } catch (RedisTestException e) {
            launched.kill();
            throw new RedisTestException(e.getMessage() + describe(command, log, logStart), e);
        }
        if (!process.isAlive()) {
            String tail = tail(log, logStart);
            if (tail.contains("Address already in use")) {
                throw new PortTakenException(port);
            }
            throw new RedisTestException("redis-server exited with code " + process.exitValue()
                    + " before answering PING on port " + port + hint(tail) + describe(command, log, logStart));
        }
        return launched;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM and waits until the process is gone; falls back to SIGKILL after a grace period. */
    void stop() {
        process.destroy();
        if (!awaitExit(GRACE)) {
            kill();
        }
    }

    /** Sends SIGKILL and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        if (!awaitExit(GRACE)) {
            throw new RedisTestException("redis-server (pid " + process.pid() + ") on port " + port
                    + " is still alive " + GRACE.toSeconds() + " s after SIGKILL");
        }
    }

    private boolean answers() {
        return Commands.answeringPid(port).filter(pid -> pid == process.pid()).isPresent();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisTestException("interrupted while waiting for redis-server to exit", e);
        }
    }

    private static Process spawn(List<String> command, Path dir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        for (int attempt = 1; ; attempt++) {
            try {
                Process process = builder.start();
                process.getOutputStream().close();
                return process;
            } catch (IOException e) {
                // "Text file busy": another thread forked while the freshly extracted binary was open for writing
                String message = String.valueOf(e.getMessage());
                if (!message.contains("error=26") || attempt == 5) {
                    String hint = message.contains("error=13") ? "; if its folder is on a noexec file system, set -D"
                            + Settings.DIR + " to a folder where programs may run" : "";
                    throw new RedisTestException("cannot run " + command.get(0) + ": " + message + hint, e);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20L * attempt));
            }
        }
    }

    /** A fix for failures whose log is not self-explanatory. */
    private static String hint(String logTail) {
        if (logTail.contains("error while loading shared libraries")) {
            return "; the redis-server binary misses a shared library (the embedded Linux binary needs OpenSSL 3,"
                    + " libssl.so.3): install it, put a redis-server on the PATH, or set " + Settings.URL_ENV;
        }
        return "";
    }

    private static String describe(List<String> command, Path log, long logStart) {
        return "\ncommand: " + String.join(" ", command) + "\nlog " + log + ", last lines:\n" + tail(log, logStart);
    }

    /** The last lines written to {@code log} after byte {@code from}. */
    static String tail(Path log, long from) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(from, file.length() - 16_384);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
