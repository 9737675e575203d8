/**
 * The examples of {@code docs/diagnostics.md}: for each diagnostic, the annotation that triggers it (as a comment)
 * and its fix (as code), woven by {@code DiagnosticFixesTest} to show that the runtime accepts every fix.
 */
package io.redweave.docs.diagnostics;
