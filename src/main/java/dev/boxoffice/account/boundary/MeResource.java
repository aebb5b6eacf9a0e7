package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(long id, String username, List<String> roles) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    public Me me() {
        Caller caller = currentCaller.require();
        return new Me(caller.id(), caller.username(), caller.roles().stream().sorted().toList());
    }
}
