/** RedWeave's annotations woven by ajc at build time: a product catalog, plain Java, no framework. */
package io.redweave.examples.aspectj.ctw;
