/**
 * AspectJ weaving of RedWeave's annotations: one annotation-style aspect, {@link io.redweave.aspectj.RedWeaveAspect},
 * for compile-time weaving (add {@code redweave-core} as an aspect library of {@code dev.aspectj:aspectj-maven-plugin})
 * or load-time weaving (run with {@code -javaagent:aspectjweaver.jar}; the jar's {@code META-INF/aop.xml} declares
 * the aspect). Needs {@code org.aspectj:aspectjrt} at run time; see {@code docs/weaving.md}.
 */
package io.redweave.aspectj;
