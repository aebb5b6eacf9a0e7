package dev.boxoffice.account;

import static dev.boxoffice.testsupport.User.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/** Who may list accounts and hand out the admin role, and that somebody always keeps it. */
public class AdminRoleScenarios {

    private static final String ACCOUNTS = "api/admin/accounts";
    private final Api api;

    public AdminRoleScenarios(Api api) {
        this.api = api;
    }

    public void onlyAdministratorsMayListAccountsOrChangeRoles() {
        User user = TestData.user("ordinary");
        User other = TestData.user("bystander");
        List<Reply> forbidden = List.of(api.get(ACCOUNTS, user), grant(other.name(), user),
                revoke(ADMIN.name(), user), grant(user.name(), user));
        for (Reply reply : forbidden) {
            assertEquals(403, reply.status(), reply.toString());
            assertEquals("application/problem+json", reply.contentType());
            assertEquals("https://boxoffice.dev/problems/admin-only", reply.json().getString("type"));
        }
        for (Reply reply : List.of(api.get(ACCOUNTS, null), grant(other.name(), null), revoke(ADMIN.name(), null))) {
            assertEquals(401, reply.status(), reply.toString());
            assertEquals("application/problem+json", reply.contentType());
        }
        assertEquals(0, adminRoles(user) + adminRoles(other), "nobody became an administrator");
        assertEquals(1, adminRoles(ADMIN));
    }

    public void adminGrantsAdminRoleWhichCanBeRevoked() {
        User fresh = TestData.user("promoted");
        assertEquals(403, api.get(ACCOUNTS, fresh).status());

        assertEquals(204, grant(fresh.name(), ADMIN).status());
        assertEquals(204, grant(fresh.name(), ADMIN).status(), "granting twice is fine");
        assertEquals(1, adminRoles(fresh));
        Reply list = api.get(ACCOUNTS, fresh);
        assertEquals(200, list.status(), "the new administrator may list accounts: " + list);
        JsonObject listed = list.array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(fresh.name())).findFirst().orElseThrow();
        assertEquals(List.of("admin", "user"), listed.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertTrue(listed.containsKey("id") && listed.containsKey("email") && listed.containsKey("locked_until"), listed.toString());
        assertEquals(JsonValue.NULL, listed.get("locked_until"));
        assertTrue(!list.body().contains("password"), "no password hashes in the list");
        assertEquals(List.of("admin", "user"), api.get("api/me", fresh).json().getJsonArray("roles")
                .getValuesAs(JsonString::getString));

        assertEquals(204, revoke(fresh.name(), ADMIN).status());
        assertEquals(204, revoke(fresh.name(), ADMIN).status(), "revoking twice is fine");
        assertEquals(0, adminRoles(fresh));
        assertEquals(403, api.get(ACCOUNTS, fresh).status(), "a revoked role is gone at once");

        Reply unknown = grant("no-such-" + fresh.name(), ADMIN);
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("https://boxoffice.dev/problems/account-not-found", unknown.json().getString("type"));
        assertEquals(404, revoke("no-such-" + fresh.name(), ADMIN).status());
    }

    public void listShowsLockOfLockedAccount() {
        User locked = TestData.user("locked");
        TestData.update("UPDATE account SET failed_logins = 5, locked_until = now() + interval '1 hour' WHERE username = ?",
                locked.name());
        JsonObject listed = api.get(ACCOUNTS, ADMIN).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(locked.name())).findFirst().orElseThrow();
        assertTrue(listed.getString("locked_until").endsWith("Z"), listed.toString());
    }

    /**
     * The last administrator cannot give up the role. To get down to one administrator without
     * losing the demo admin, a fresh administrator takes the role from every other one, checks
     * the guard, and hands the roles back (also when the check fails).
     */
    public void lastAdministratorKeepsTheRole() {
        User keeper = TestData.user("keeper");
        assertEquals(204, grant(keeper.name(), ADMIN).status());
        List<String> others = new ArrayList<>();
        try {
            for (String name : adminNames()) {
                if (!name.equals(keeper.name())) {
                    assertEquals(204, revoke(name, keeper).status(), "revoking while another admin remains: " + name);
                    others.add(name);
                }
            }
            assertEquals(List.of(keeper.name()), adminNames());

            Reply last = revoke(keeper.name(), keeper);
            assertEquals(409, last.status(), last.toString());
            assertEquals("application/problem+json", last.contentType());
            assertEquals("https://boxoffice.dev/problems/last-admin", last.json().getString("type"));
            assertEquals(List.of(keeper.name()), adminNames(), "still an administrator");
        } finally {
            others.forEach(name -> assertEquals(204, grant(name, keeper).status(), "re-grant " + name));
        }
        assertEquals(204, revoke(keeper.name(), ADMIN).status(), "with the others back, the keeper may go");
        assertEquals(1, adminRoles(ADMIN));
        assertEquals(0, adminRoles(keeper));
    }

    private Reply grant(String username, User caller) {
        return api.send(api.request(ACCOUNTS + "/" + username + "/roles/admin", caller)
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private Reply revoke(String username, User caller) {
        return api.delete(ACCOUNTS + "/" + username + "/roles/admin", caller);
    }

    private static long adminRoles(User user) {
        return TestData.scalar("SELECT count(*) FROM account_role r JOIN account a ON a.id = r.account_id"
                + " WHERE a.username = ? AND r.role = 'admin'", user.name());
    }

    private static List<String> adminNames() {
        String names = TestData.text("SELECT string_agg(a.username, ',' ORDER BY a.username)"
                + " FROM account_role r JOIN account a ON a.id = r.account_id WHERE r.role = 'admin'");
        return names == null ? List.of() : List.of(names.split(","));
    }
}
