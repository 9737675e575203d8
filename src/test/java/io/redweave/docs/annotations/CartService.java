package io.redweave.docs.annotations;

import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// example: session-scoped-service
@SessionScoped(id = "{sessionId}")                            // every public method that has a sessionId
public class CartService {
    private final Map<String, List<String>> carts = new ConcurrentHashMap<>();

    public List<String> cart(String sessionId) {
        String userId = SessionContext.current().userId();    // the session of this call
        return List.copyOf(carts.getOrDefault(userId, List.of()));
    }

    public List<String> add(String sessionId, String item) {
        String userId = SessionContext.current().userId();
        List<String> cart = carts.computeIfAbsent(userId, user -> new ArrayList<>());
        cart.add(item);
        return List.copyOf(cart);
    }

    @SessionScoped(id = "{request.sessionId}")                // a property of a parameter
    public String checkout(CheckoutRequest request) {
        return SessionContext.current().userId() + " pays " + carts.remove(SessionContext.current().userId());
    }

    @SessionScoped(id = "{sessionId}", touch = false)         // reads the session without sliding its expiry
    public int count(String sessionId) {
        return carts.getOrDefault(SessionContext.current().userId(), List.of()).size();
    }

    public String help() {                                    // no session id to resolve: not scoped
        return "Add tickets to your cart, then check out.";
    }
}
// end
