/**
 * The documentation's own tests: the one mechanism that keeps every Java block of {@code docs/} compiling
 * ({@link io.redweave.docs.DocSnippets}: each block quotes a named region of compiled source, word for word), the
 * checks of every page's blocks and links, and the examples of the pages that have no examples test of their own.
 */
package io.redweave.docs;
