package dev.boxoffice.show.boundary;

import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.entity.ShowSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start page: upcoming shows with their free seats. */
@Named
@RequestScoped
public class ShowListView {

    @Inject
    ShowCatalog catalog;

    private List<ShowSummary> shows;

    public List<ShowSummary> getShows() {
        if (shows == null) {
            shows = catalog.upcoming();
        }
        return shows;
    }
}
