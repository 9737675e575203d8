package io.redweave.docs.diagnostics;

import io.redweave.annotation.SessionScoped;
import java.util.List;

// example: diagnostics-rw212
@SessionScoped(id = "{sessionId}")        // RW212: items and total both lack a sessionId parameter
public class Carts {
    public List<String> items(String session) { return List.of(); }
    public long total(String session, long cents) { return cents; }
}
// fix: name the parameters sessionId, write id = "{session}", or annotate the methods themselves
// end
