package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Administrators;
import dev.boxoffice.account.entity.AccountSummary;
import dev.boxoffice.account.entity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Administrators list accounts and grant or revoke the admin role (204, idempotent). */
@ApplicationScoped
@RolesAllowed(Caller.ADMIN)
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {

    @Inject
    Administrators administrators;

    @GET
    public List<AccountSummary> accounts() {
        return administrators.accounts();
    }

    @PUT
    @Path("{username}/roles/admin")
    public void grantAdmin(@PathParam("username") String username) {
        administrators.grant(username);
    }

    @DELETE
    @Path("{username}/roles/admin")
    public void revokeAdmin(@PathParam("username") String username) {
        administrators.revoke(username);
    }
}
