package io.redweave.docs.annotations;

import java.util.Map;

/** An HTTP reply, as an endpoint would send it. */
public record Reply(int status, Map<String, String> headers, String body) {
}
