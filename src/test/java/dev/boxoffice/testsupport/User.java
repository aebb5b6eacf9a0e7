package dev.boxoffice.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

public record User(String name, String password) {

    public static final User USER1 = new User("user1", "user1-pass");
    public static final User USER2 = new User("user2", "user2-pass");
    public static final User ADMIN = new User("admin", "admin-pass");

    public String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
