package dev.boxoffice.booking.boundary;

import dev.boxoffice.booking.control.SalesReports;
import dev.boxoffice.platform.CsvFormat;
import dev.boxoffice.platform.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /admin/export?show={id}: the show's bookings as CSV for the dashboard page (admin pages filter applies). */
@WebServlet("/admin/export")
public class BookingsExport extends HttpServlet {

    @Inject
    SalesReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long showId;
        try {
            showId = Long.parseLong(request.getParameter("show"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "show must be a show id");
            return;
        }
        String csv;
        try {
            csv = CsvFormat.write(reports.bookingsTable(showId));
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"show-" + showId + "-bookings.csv\"");
        response.getWriter().write(csv);
    }
}
