package io.redweave.examples.ticketing.http;

import io.redweave.HealthReport;
import io.redweave.examples.ticketing.catalog.Event;
import io.redweave.examples.ticketing.catalog.EventUpdate;
import io.redweave.examples.ticketing.service.Services;
import java.util.LinkedHashMap;
import java.util.Map;

/** The routes of the HTTP API and what each does. */
public final class Endpoints {
    private static final int TOP = 10;

    private final Services services;

    private Endpoints(Services services) {
        this.services = services;
    }

    /** A router with every route of the API, served by {@code services}. */
    public static Router router(Services services) {
        Endpoints api = new Endpoints(services);
        return new Router()
                .route("GET", "/health", request -> api.health())
                .route("GET", "/events", request -> Response.ok(services.events().events()))
                .route("GET", "/events/popular", request -> Response.ok(services.popularity().top(TOP)))
                .route("GET", "/events/{id}", api::event)
                .route("PUT", "/events/{id}", api::updateEvent)
                .route("POST", "/events/{id}/tickets", api::buy)
                .route("GET", "/venues/{id}", request -> Response.ok(services.venues().venue(request.id("id"))))
                .route("POST", "/login", api::login)
                .route("GET", "/me/tickets", request -> Response.ok(services.tickets().tickets(request.sessionId())))
                .route("GET", "/sales", request -> Response.ok(services.sales().latest(TOP)))
                .route("GET", "/feed", request -> Response.ok(services.feed().latest()));
    }

    private Response event(Request request) {
        Event event = services.events().event(request.id("id"));
        services.popularity().viewed(event.id());
        return Response.ok(event);
    }

    private Response updateEvent(Request request) {
        String id = request.id("id");
        EventUpdate update = request.body(EventUpdate.class, "{\"name\": \"Opening night\", \"price\": 55}");
        return Response.ok(services.events().update(id, update));
    }

    private Response buy(Request request) {
        String eventId = request.id("id");
        String sessionId = request.sessionId();
        PurchaseRequest purchase = request.bodyOr(PurchaseRequest.class, "{\"quantity\": 2}", PurchaseRequest.ONE);
        return Response.created(services.tickets().buy(sessionId, eventId, purchase.quantity()));
    }

    private Response login(Request request) {
        LoginRequest login = request.body(LoginRequest.class, "{\"user\": \"ada\"}");
        return Response.created(services.logins().login(login.user()));
    }

    private Response health() {
        HealthReport report = services.health().get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instance", services.instance());
        body.put("healthy", report.healthy());
        body.put("redisVersion", report.serverVersion());
        body.put("mode", report.mode());
        body.put("latencyMicros", report.latency().toNanos() / 1_000);
        body.put("usedMemoryBytes", report.usedMemoryBytes());
        body.put("connectedClients", report.connectedClients());
        if (report.error() != null) {
            body.put("error", report.error());
        }
        return new Response(report.healthy() ? 200 : 503, body, Map.of());
    }
}
