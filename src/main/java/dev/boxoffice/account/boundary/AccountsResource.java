package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.SignUp;
import dev.boxoffice.account.control.SignUps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** POST /api/accounts: anyone may sign up; the fields are checked by {@link SignUps}. */
@ApplicationScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    SignUps signUps;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(@NotNull SignUp request) {
        AccountJson account = AccountJson.of(signUps.signUp(request));
        return Response.created(uriInfo.getBaseUriBuilder().path("me").build()).entity(account).build();
    }
}
