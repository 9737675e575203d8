package io.redweave.examples.ticketing.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends each request to the endpoint of its method and path, and writes what it returns or throws as JSON (ending
 * in a newline, for curl).
 * Paths are templates such as {@code /events/{id}/tickets}; the first route that matches wins.
 */
public final class Router implements HttpHandler {
    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route: {@code method} and {@code path} (with {@code {name}} placeholders) go to {@code endpoint}. */
    public Router route(String method, String path, Endpoint endpoint) {
        Matcher placeholders = PLACEHOLDER.matcher(path);
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(path.substring(last, placeholders.start()))).append("([^/]+)");
            names.add(placeholders.group(1));
            last = placeholders.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        routes.add(new Route(method, Pattern.compile(regex.toString()), names, endpoint));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = dispatch(exchange);
        } catch (Exception | Error e) {
            response = Errors.toResponse(e);
        }
        write(exchange, response);
    }

    private Response dispatch(HttpExchange exchange) throws Exception {
        String path = exchange.getRequestURI().getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method().equals(exchange.getRequestMethod())) {
                allowed.add(route.method());
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < route.names().size(); i++) {
                params.put(route.names().get(i), matcher.group(i + 1));
            }
            byte[] body = readBody(exchange.getRequestBody());
            return route.endpoint().handle(new Request(exchange.getRequestMethod(), params,
                    exchange.getRequestHeaders(), body));
        }
        if (!allowed.isEmpty()) {
            return Response.error(405, exchange.getRequestMethod() + " is not allowed on " + path + "; use "
                    + String.join(" or ", allowed), Map.of("Allow", String.join(", ", allowed)));
        }
        return Response.error(404, "no route for " + exchange.getRequestMethod() + " " + path
                + "; see GET /events, GET /events/{id}, POST /login, POST /events/{id}/tickets, GET /health");
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw ApiException.badRequest("the body is too large: at most " + MAX_BODY + " bytes");
        }
        return body;
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        byte[] json = Json.write(response.body());
        byte[] bytes = Arrays.copyOf(json, json.length + 1);
        bytes[json.length] = '\n';
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private record Route(String method, Pattern pattern, List<String> names, Endpoint endpoint) {
    }
}
