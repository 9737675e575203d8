/**
 * Security tests: ACL users with only the permissions RedWeave needs, refused credentials and permissions, TLS with
 * a certificate the tests generate, secrets kept out of logs and messages, and a catalogue of hostile input (key
 * parts, cached payloads, argument values). {@code docs/security.md} summarizes what they prove.
 */
package io.redweave.security;
