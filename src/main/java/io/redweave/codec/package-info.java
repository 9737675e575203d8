/**
 * The codec: how RedWeave turns values into the bytes it stores in Redis, and bytes back into values of a
 * declared type.
 *
 * <p>{@link io.redweave.codec.Codec} is the seam; {@link io.redweave.codec.JacksonCodec} is the default (JSON).
 * Decoding never trusts the payload: the target type is always the one the caller declares, class names in a
 * payload are ignored, and a payload that does not fit comes back as {@link io.redweave.codec.Decoded.Malformed}
 * instead of an exception. Generic types are declared with {@link io.redweave.codec.TypeRef}.
 */
package io.redweave.codec;
