package dev.boxoffice.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the Box Office API, as an outside client would call it. */
public final class Api {

    // HTTP/1.1 as browsers speak it on http://: the JDK client would otherwise upgrade to h2c and multiplex every
    // thread over one connection
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URL deployment) {
        // Arquillian may hand out a non-loopback interface address; the app listens everywhere.
        String url = deployment.toString().replaceFirst("//[^:/]+", "//localhost");
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    public URI base() {
        return base;
    }

    public Reply get(String path, User user) {
        return send(request(path, user).GET());
    }

    public Reply delete(String path, User user) {
        return send(request(path, user).DELETE());
    }

    public Reply post(String path, String json, User user) {
        return post(path, json, user, Map.of());
    }

    public Reply post(String path, String json, User user, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, User user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", user.basicAuth());
        }
        return request;
    }
}
