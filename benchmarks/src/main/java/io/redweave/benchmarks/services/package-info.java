/** The services the Byte Buddy benchmarks weave ({@code redweave.enhance} and {@code redweave.proxy}). */
package io.redweave.benchmarks.services;
