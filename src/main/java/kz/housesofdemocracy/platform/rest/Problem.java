package kz.housesofdemocracy.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem body: what went wrong, in the caller's language, never a stack trace. {@code
 * type} names the kind of problem as a stable URN a client can switch on; {@code errors} lists the
 * fields at fault when the input was invalid.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
