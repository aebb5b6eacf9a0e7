package dev.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boxoffice.testsupport.Api;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP stays HTTP/1.1: a client asking for an h2c upgrade (the JDK client's default) is answered without one. */
public class HttpProtocolScenarios {

    private final Api api;

    public HttpProtocolScenarios(Api api) {
        this.api = api;
    }

    public void h2cUpgradeIsDeclined() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http2.send(HttpRequest.newBuilder(api.base().resolve("api/shows")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, response.version(), "no switch to h2c");
    }
}
