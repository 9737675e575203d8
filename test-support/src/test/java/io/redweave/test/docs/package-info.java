/**
 * The examples of {@code docs/testing.md}, compiled and run from outside {@code io.redweave.test}, so that they
 * use nothing but the public API.
 */
package io.redweave.test.docs;
