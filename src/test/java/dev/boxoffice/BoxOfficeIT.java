package dev.boxoffice;

import dev.boxoffice.booking.SeedDemoScenarios;
import dev.boxoffice.testsupport.Api;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one Arquillian deployment: the packaged war on Payara Micro against the embedded
 * PostgreSQL. Every test runs as a client; the scenarios live in classes per component.
 */
@ExtendWith(ArquillianExtension.class)
class BoxOfficeIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/boxoffice.war"));
    }

    @ArquillianResource
    URL deploymentUrl;

    private Api api() {
        return new Api(deploymentUrl);
    }

    @Test
    void seedDemoSecondUserSeesSeatHeldByFirstAndIsRefused() {
        new SeedDemoScenarios(api()).secondUserSeesSeatHeldByFirstAndIsRefused();
    }
}
