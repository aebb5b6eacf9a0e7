package dev.boxoffice.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; resources and providers are discovered by scanning. */
@ApplicationPath("api")
public class BoxOfficeApplication extends Application {
}
