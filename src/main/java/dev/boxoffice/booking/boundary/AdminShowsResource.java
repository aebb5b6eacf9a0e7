package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.booking.control.SalesReports;
import dev.boxoffice.booking.control.ShowCancellation;
import dev.boxoffice.booking.entity.SalesDashboard;
import dev.boxoffice.booking.entity.SeatHistoryEntry;
import dev.boxoffice.platform.CsvFormat;
import dev.boxoffice.platform.Money;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.control.ShowScheduler;
import dev.boxoffice.show.entity.Show;
import dev.boxoffice.show.entity.ShowSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** /api/admin/shows: schedule, price, publish and cancel shows; sales dashboard, seat history, CSV export. */
@ApplicationScoped
@RolesAllowed(Caller.ADMIN)
@Path("admin/shows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminShowsResource {

    public record NewShow(@NotNull Long hallId, @NotNull String title, @NotNull Instant startsAt, @NotNull Instant endsAt,
                          @NotNull Map<String, Long> pricesCents, Boolean publish) {
    }

    @Inject
    ShowScheduler scheduler;
    @Inject
    ShowCatalog catalog;
    @Inject
    ShowCancellation cancellation;
    @Inject
    SalesReports reports;
    @Inject
    CurrentCaller caller;
    @Inject
    Money money;
    @Context
    UriInfo uriInfo;

    @GET
    public List<ShowSummary> all() {
        return catalog.all();
    }

    @POST
    public Response schedule(@Valid @NotNull NewShow request) {
        Show show = scheduler.schedule(request.hallId(), request.title(), request.startsAt(), request.endsAt(),
                request.pricesCents(), !Boolean.FALSE.equals(request.publish()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(show.id())).build())
                .entity(catalog.require(show.id())).build();
    }

    @GET
    @Path("{id}")
    public ShowSummary one(@PathParam("id") long id) {
        return catalog.require(id);
    }

    @POST
    @Path("{id}/publish")
    public ShowSummary publish(@PathParam("id") long id) {
        scheduler.publish(id);
        return catalog.require(id);
    }

    @PUT
    @Path("{id}/prices")
    public ShowSummary reprice(@PathParam("id") long id, @NotNull Map<String, Long> pricesCents) {
        scheduler.reprice(id, pricesCents);
        return catalog.require(id);
    }

    /** Cancels the show: live holds end, bookings are cancelled, seats are released. Idempotent. */
    @POST
    @Path("{id}/cancel")
    public ShowSummary cancel(@PathParam("id") long id) {
        cancellation.cancel(caller.require().id(), id);
        return catalog.require(id);
    }

    @GET
    @Path("{id}/dashboard")
    public SalesDashboard dashboard(@PathParam("id") long id) {
        return reports.dashboard(id, money.currency());
    }

    @GET
    @Path("{id}/seats/{seatId}/history")
    public List<SeatHistoryEntry> seatHistory(@PathParam("id") long id, @PathParam("seatId") long seatId) {
        return reports.seatHistory(id, seatId);
    }

    @GET
    @Path("{id}/bookings.csv")
    @Produces("text/csv")
    public Response bookingsCsv(@PathParam("id") long id) {
        return Response.ok(CsvFormat.write(reports.bookingsTable(id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"show-" + id + "-bookings.csv\"")
                .build();
    }
}
