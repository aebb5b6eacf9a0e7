package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.BookingQueries;
import dev.boxoffice.booking.control.SeatBookings;
import dev.boxoffice.booking.entity.BookingOverview;
import dev.boxoffice.platform.ShowsErrorsAsMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** My bookings: reference, show, seats; cancel. Needs a logged-in user. */
@Named
@ViewScoped
public class BookingsView implements Serializable {

    @Inject
    BookingQueries queries;
    @Inject
    SeatBookings bookings;
    @Inject
    CurrentCaller caller;

    private transient List<BookingOverview> overview;

    /** f:viewAction: anonymous visitors go to the login page first. */
    public void requireLogin() throws IOException {
        if (caller.get().isEmpty()) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?returnTo=bookings.xhtml");
        }
    }

    @ShowsErrorsAsMessages
    public void cancel(String reference) {
        try {
            bookings.cancel(caller.require().id(), reference);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Booking cancelled", "Booking " + reference + " is cancelled; its seats are free again."));
        } finally {
            overview = null;
        }
    }

    public List<BookingOverview> getBookings() {
        if (overview == null) {
            overview = caller.id().map(queries::overview).orElse(List.of());
        }
        return overview;
    }
}
