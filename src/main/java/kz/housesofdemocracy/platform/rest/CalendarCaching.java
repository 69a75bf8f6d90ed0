package kz.housesofdemocracy.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Calendar feeds are polled (hourly by most programs, whatever the feed says): each {@code
 * text/calendar} answer carries a strong ETag, the SHA-256 of its bytes, and a request whose {@code
 * If-None-Match} names it gets {@code 304 Not Modified} with no body. {@code Cache-Control:
 * private} (a personal feed's address is a secret; shared caches keep none) with a few minutes'
 * {@code max-age}, so a browser or proxy asks again soon after a booking changes.
 */
@Provider
public class CalendarCaching implements ContainerResponseFilter {

    /** How long a client may reuse a feed without asking: well below the feeds' hour. */
    static final String CACHE_CONTROL = "private, max-age=300";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200
                || !(response.getEntity() instanceof String body)
                || !isCalendar(response.getMediaType())
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        String etag = etag(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private static boolean isCalendar(MediaType type) {
        return type != null
                && "text".equalsIgnoreCase(type.getType())
                && "calendar".equalsIgnoreCase(type.getSubtype());
    }

    /** A strong entity tag: the body's SHA-256 (UTF-8, as it is sent), in base64url. */
    static String etag(String body) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(body.getBytes(StandardCharsets.UTF_8));
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + '"';
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Whether If-None-Match names the tag: {@code *}, or a list of tags compared weakly (RFC 9110
     * 13.1.2: a {@code W/} prefix is ignored).
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
