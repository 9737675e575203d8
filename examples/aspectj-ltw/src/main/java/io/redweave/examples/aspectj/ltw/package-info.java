/** RedWeave's annotations woven as classes load, by the AspectJ weaver agent: exchange rates, plain Java. */
package io.redweave.examples.aspectj.ltw;
