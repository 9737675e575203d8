/**
 * The examples of {@code docs/annotations/*.md}: annotated services, woven with Byte Buddy against a real Redis,
 * whose behaviour the tests check as the pages describe it.
 */
package io.redweave.docs.annotations;
