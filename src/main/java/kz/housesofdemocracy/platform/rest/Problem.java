package kz.housesofdemocracy.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body: what went wrong, in the caller's language, never a stack trace. {@code
 * type} names the kind of problem as a stable URN a client can switch on.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
