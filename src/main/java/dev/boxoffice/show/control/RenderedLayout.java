package dev.boxoffice.show.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** One layout document, ready to send: its bytes, its gzip form (made on first demand) and an entity tag (unquoted). */
public final class RenderedLayout {

    private final Object state;
    private final byte[] json;
    private final String etag;
    private final String quotedEtag;
    private volatile byte[] gzip;

    RenderedLayout(Object state, String json) {
        this.state = state;
        this.json = json.getBytes(StandardCharsets.UTF_8);
        this.etag = HexFormat.of().formatHex(sha256(this.json), 0, 12);
        this.quotedEtag = '"' + etag + '"';
    }

    /** Whether this is the document of exactly that state (the instance a cache handed out). */
    boolean renders(Object state) {
        return this.state != null && this.state == state;
    }

    public byte[] json() {
        return json;
    }

    public String etag() {
        return etag;
    }

    /** The ETag header's value. */
    public String quotedEtag() {
        return quotedEtag;
    }

    public byte[] gzip() {
        byte[] compressed = gzip;
        if (compressed == null) {
            compressed = compress(json);
            gzip = compressed;
        }
        return compressed;
    }

    private static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
