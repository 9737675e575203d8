/**
 * The ticketing service's system of record (events, venues, users and sold tickets), kept in memory in place of a
 * database. Redis is never the source of truth here: it caches, limits, holds sessions and carries messages.
 */
package io.redweave.examples.ticketing.catalog;
