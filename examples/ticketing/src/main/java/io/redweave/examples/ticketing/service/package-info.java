/**
 * The ticketing service's logic, made declarative with RedWeave: {@code EventService} ({@code @Cached},
 * {@code @InvalidateCache}) and {@code TicketService} ({@code @SessionScoped}, {@code @RateLimited}) are woven
 * with Byte Buddy ({@code redweave.enhance(...)}); the others use RedWeave's managers and operations directly.
 */
package io.redweave.examples.ticketing.service;
