package dev.boxoffice.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API lives under /api; resources and providers are discovered by scanning. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Box Office API", version = "1.0",
        description = "Hold and book seats of shows. Errors are RFC 9457 application/problem+json."))
public class BoxOfficeApplication extends Application {
}
