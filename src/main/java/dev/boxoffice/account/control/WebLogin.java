package dev.boxoffice.account.control;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/** Who is logged in to a browser session. */
record WebLogin(String username) implements Serializable {

    private static final String ATTRIBUTE = "boxoffice.webLogin";

    static WebLogin of(HttpSession session) {
        return session == null ? null : (WebLogin) session.getAttribute(ATTRIBUTE);
    }

    static void store(HttpSession session, String username) {
        session.setAttribute(ATTRIBUTE, new WebLogin(username));
    }
}
