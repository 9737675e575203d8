package io.redweave.key;

import io.redweave.template.KeyEncoder;

/** Checks on the literal text RedWeave writes as is: namespaces and prefixes. */
final class KeyText {
    private KeyText() {
    }

    /** The namespace, checked: not empty, no glob, brace or percent character, no white space, no ':' at the ends. */
    static String requireNamespace(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("The key namespace \"" + namespace
                    + "\" is empty: give a name such as \"ticketing\", or set no namespace");
        }
        String why = whyNotLiteral(namespace);
        if (why == null && (namespace.startsWith(":") || namespace.endsWith(":"))) {
            why = "starts or ends with ':' (RedWeave adds the separator itself)";
        }
        if (why != null) {
            throw new IllegalArgumentException("The key namespace \"" + namespace + "\" " + why
                    + ": a namespace is written into every key and pattern as is, so it must be plain text "
                    + "such as \"ticketing\" or \"ticketing:eu\"");
        }
        return namespace;
    }

    /** The prefix, checked: not empty, ending in ':', no glob, brace or percent character, no white space. */
    static String requirePrefix(KeyPrefix name, String prefix) {
        String why = prefix == null || prefix.isEmpty() ? "is empty" : whyNotLiteral(prefix);
        if (why == null && !prefix.endsWith(":")) {
            why = "does not end with ':', so it would run into the part after it";
        }
        if (why != null) {
            throw new IllegalArgumentException("The key prefix " + name + " = \"" + prefix + "\" " + why
                    + ": a prefix is plain text ending in ':', such as \"" + name.defaultValue() + "\"");
        }
        return prefix;
    }

    /** Why a text cannot be written into keys as is, or null when it can. */
    private static String whyNotLiteral(String text) {
        for (int i = 0; i < text.length(); i++) {
            int codePoint = text.codePointAt(i);
            if (codePoint != ':' && KeyEncoder.isReserved(codePoint)) {
                return "has the character " + describe(codePoint)
                        + " (glob, brace, percent, white space and control characters are not allowed)";
            }
        }
        return null;
    }

    private static String describe(int codePoint) {
        return codePoint > 0x20 && codePoint < 0x7F ? "'" + (char) codePoint + "'" : String.format("U+%04X", codePoint);
    }
}
