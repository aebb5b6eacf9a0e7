package dev.boxoffice.account.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** Who is logged in to a browser session (the session attribute the mechanism reads). */
record WebLogin(String username, Set<String> roles) implements Serializable {

    private static final String ATTRIBUTE = "boxoffice.webLogin";

    static WebLogin of(HttpSession session) {
        return session == null ? null : (WebLogin) session.getAttribute(ATTRIBUTE);
    }

    static void store(HttpSession session, String username, Set<String> roles) {
        session.setAttribute(ATTRIBUTE, new WebLogin(username, new HashSet<>(roles)));
    }
}
