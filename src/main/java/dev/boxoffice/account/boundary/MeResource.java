package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Accounts;
import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentCaller currentCaller;
    @Inject
    Accounts accounts;

    @GET
    public AccountJson me() {
        Caller caller = currentCaller.require();
        return accounts.summary(caller.id()).map(AccountJson::of)
                .orElseThrow(() -> new IllegalStateException("Caller " + caller.id() + " has no account"));
    }
}
