/**
 * The examples of {@code docs/testing.md}, compiled and run from outside {@code io.redweave.test}, so that they
 * use nothing but the public API. Each file, imports included, is the text of a block of the page (between
 * {@code // example: name} and {@code // end}); core's {@code io.redweave.docs.DocSnippetsTest} keeps them equal.
 */
package io.redweave.test.docs;
