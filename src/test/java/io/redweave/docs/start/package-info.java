/**
 * The example of {@code docs/getting-started.md}: a service with {@code @Cached} and {@code @RateLimited}, woven
 * with Byte Buddy, and the program that runs it against an embedded Redis or {@code REDIS_URL}.
 */
package io.redweave.docs.start;
