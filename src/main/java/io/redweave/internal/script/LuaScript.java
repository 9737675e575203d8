package io.redweave.internal.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Lua script: its name, its source and the SHA-1 digest of the source, which is the name Redis caches it under.
 *
 * <p>The digest is computed locally, so running a script never needs a {@code SCRIPT LOAD} first. Instances are
 * immutable; create each once, as a constant.
 */
public final class LuaScript {

    /** The classpath folder that holds RedWeave's scripts. */
    public static final String RESOURCE_FOLDER = "/io/redweave/scripts/";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String name;
    private final String source;
    private final String sha1;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.sha1 = sha1Hex(source);
    }

    /**
     * Loads the script {@code io/redweave/scripts/<name>.lua} from the classpath.
     *
     * @param name lower case letters, digits and dashes, such as {@code sliding-window}
     * @throws IllegalArgumentException when the name is not valid or no such resource exists
     */
    public static LuaScript fromResource(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Script name '" + name
                    + "' is not valid: use lower case letters, digits and dashes, such as 'sliding-window'");
        }
        String path = RESOURCE_FOLDER + name + ".lua";
        try (InputStream in = LuaScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Script resource " + path + " was not found on the classpath");
            }
            return new LuaScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read script resource " + path, e);
        }
    }

    /** Creates a script from its source text; {@code name} is used in error messages. */
    public static LuaScript of(String name, String source) {
        Objects.requireNonNull(name, "name");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Script '" + name + "' has no source");
        }
        return new LuaScript(name, source);
    }

    /** Returns the script's name, such as {@code sliding-window}. */
    public String name() {
        return name;
    }

    /** Returns the Lua source text. */
    public String source() {
        return source;
    }

    /** Returns the lower-case hex SHA-1 of the source: the script's id for {@code EVALSHA}. */
    public String sha1() {
        return sha1;
    }

    @Override
    public String toString() {
        return "LuaScript[" + name + ", sha1=" + sha1 + "]";
    }

    private static String sha1Hex(String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-1, which every Java platform must provide", e);
        }
    }
}
