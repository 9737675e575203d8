/** Internal: the machinery behind RedWeave's public interfaces. Not part of the public API. */
package io.redweave.internal;
