/** RedWeave with plain Spring Framework: a BeanPostProcessor that proxies annotated beans. */
package io.redweave.examples.spring;
