package dev.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** POST /api/accounts: who may sign up with what, and what a sign-up leaves behind. */
public class SignUpScenarios {

    private record Case(String name, int status, String body, String field) {
    }

    private final Api api;

    public SignUpScenarios(Api api) {
        this.api = api;
    }

    public void signUpCreatesUserWhoCanLogInWithBasic() {
        String name = fresh("Newcomer");
        String email = name + "@example.org";
        Reply reply = api.post("api/accounts", signUp(name, email, "correct horse battery"), null);

        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Location").endsWith("/api/me"), reply.header("Location"));
        JsonObject account = reply.json();
        assertEquals(name, account.getString("username"));
        assertEquals(email, account.getString("email"));
        assertEquals(List.of("user"), account.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertTrue(account.getJsonNumber("id").longValue() > 0);
        assertTrue(!reply.body().contains("password"), "the answer never carries the password: " + reply.body());

        Reply me = api.get("api/me", new User(name, "correct horse battery"));
        assertEquals(200, me.status(), me.toString());
        assertEquals(account.getJsonNumber("id").longValue(), me.json().getJsonNumber("id").longValue());
        assertEquals(email, me.json().getString("email"));
        assertTrue(TestData.text("SELECT password_hash FROM account WHERE username = ?", name)
                .startsWith("PBKDF2WithHmacSHA256:100000:"), "stored as a PBKDF2 hash");
        assertEquals(401, api.get("api/me", new User(name, "wrong password!")).status());
    }

    public void invalidSignUpsAreRefusedWithFieldErrorsAndCreateNothing() {
        String taken = fresh("Taken");
        String takenEmail = taken + "@Example.org";
        assertEquals(201, api.post("api/accounts", signUp(taken, takenEmail, "long enough pw"), null).status());
        String name = fresh("hopeful");
        String email = name + "@example.org";
        String password = "long enough pw";

        List<Case> cases = List.of(
                new Case("password too short", 422, signUp(name, email, "9 chars!!"), "password"),
                new Case("password too long", 422, signUp(name, email, "p".repeat(201)), "password"),
                new Case("e-mail without @", 422, signUp(name, "not-an-email", password), "email"),
                new Case("e-mail without domain dot", 422, signUp(name, "someone@localhost", password), "email"),
                new Case("empty e-mail", 422, signUp(name, "", password), "email"),
                new Case("username with a space", 422, signUp("has space" + name, email, password), "username"),
                new Case("username with a slash", 422, signUp("a/" + name, email, password), "username"),
                new Case("username too short", 422, signUp("ab", email, password), "username"),
                new Case("username too long", 422, signUp("u".repeat(65), email, password), "username"),
                new Case("missing username", 400, json(null, email, password), "username"),
                new Case("missing e-mail", 400, json(name, null, password), "email"),
                new Case("missing password", 400, json(name, email, null), "password"),
                new Case("username taken, other case", 422, signUp(taken.toUpperCase(), email, password), "username"),
                new Case("username taken, same case", 422, signUp(taken, email, password), "username"),
                new Case("demo username taken", 422, signUp("User1", email, password), "username"),
                new Case("e-mail taken, other case", 422, signUp(name, takenEmail.toLowerCase(), password), "email"),
                new Case("empty body", 400, "", null),
                new Case("malformed JSON", 400, "{\"username\": ", null));

        long accountsBefore = TestData.scalar("SELECT count(*) FROM account");
        for (Case c : cases) {
            Reply reply = api.post("api/accounts", c.body(), null);
            assertEquals(c.status(), reply.status(), c.name() + ": " + reply);
            assertEquals("application/problem+json", reply.contentType(), c.name() + ": " + reply);
            JsonObject problem = reply.json();
            assertEquals(c.status(), problem.getInt("status"), c.name());
            if (c.field() != null) {
                assertEquals(c.status() == 400 ? "https://boxoffice.dev/problems/missing-field"
                        : "https://boxoffice.dev/problems/invalid-field", problem.getString("type"), c.name());
                List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(error -> error.getString("field")).toList();
                assertEquals(List.of(c.field()), fields, c.name() + " names only the bad field: " + reply);
            }
        }
        assertEquals(accountsBefore, TestData.scalar("SELECT count(*) FROM account"), "no bad sign-up created an account");
        assertEquals(0, TestData.scalar("SELECT count(*) FROM account WHERE lower(username) = lower(?)"
                + " OR lower(email) = lower(?)", name, email));
    }

    /** Many sign-ups with one name at once: one account, the rest the same field error, never a 500. */
    public void concurrentSignUpsWithSameNameCreateExactlyOneAccount() throws Exception {
        String name = fresh("Twin");
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String spelling = i % 2 == 0 ? name : name.toLowerCase();
                String body = signUp(spelling, name + "-" + i + "@example.org", "long enough pw");
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post("api/accounts", body, null);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Reply> future : replies) {
                Reply reply = future.get();
                if (reply.status() == 201) {
                    created++;
                } else {
                    assertEquals(422, reply.status(), reply.toString());
                    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
                    assertEquals("username", error.getString("field"), reply.toString());
                    assertEquals("is already taken", error.getString("message"), reply.toString());
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestData.scalar("SELECT count(*) FROM account WHERE lower(username) = lower(?)", name));
        assertEquals(1, TestData.scalar("SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id"
                + " WHERE lower(a.username) = lower(?)", name), "the one account has exactly its user role");
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String signUp(String username, String email, String password) {
        return json(username, email, password);
    }

    private static String json(String username, String email, String password) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (username != null) {
            body.add("username", username);
        }
        if (email != null) {
            body.add("email", email);
        }
        if (password != null) {
            body.add("password", password);
        }
        return body.build().toString();
    }
}
