/**
 * The fixture types that parameters of {@code src/test/resources/templates/corpus.txt} may have, by
 * simple name. The annotation processor's corpus test compiles the same files.
 */
package io.redweave.template.corpus;
