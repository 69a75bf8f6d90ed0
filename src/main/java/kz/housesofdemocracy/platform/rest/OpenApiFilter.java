package kz.housesofdemocracy.platform.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds what every POST (but token creation) shares to the document (see {@link IdempotencyKeys}):
 * the optional {@code Idempotency-Key} header, and the answers it can bring (422 for a key reused
 * with another request or a malformed key, 409 while the first request with the key is still
 * running) where the operation does not list them yet. Read by WildFly and by the build's SmallRye
 * plugin through {@code mp.openapi.filter}.
 */
public class OpenApiFilter implements OASFilter {

    static final String DESCRIPTION =
            "Makes a retry safe: send a fresh random key (a UUID, say) with each new request and"
                    + " the same key when you repeat a request whose answer you did not get. Within"
                    + " 24 hours the same key with the same body answers the first answer again"
                    + " (status, Location, body) and creates nothing more; the same key with another"
                    + " body or path answers 422. While the first request with the key is still"
                    + " running a second one waits for it, or answers 409 with Retry-After. Keys"
                    + " belong to the caller (the account, or the address of an anonymous caller);"
                    + " 1–255 printable ASCII characters, no spaces. Failed answers (400 and above)"
                    + " are not remembered: a retry runs again.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(OpenApiFilter::orSession);
        }
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            Operation post = entry.getValue().getPOST();
            // Every POST the filter pair honours a key on, not only the creating ones.
            if (post == null
                    || post.getResponses() == null
                    || IdempotencyKeys.excluded(entry.getKey())) {
                continue;
            }
            describe(post);
        }
    }

    /**
     * Whatever a token may call, a signed-in session may call too: the cookie is an alternative.
     */
    static void orSession(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null
                || security.stream().noneMatch(r -> r.hasScheme("bearerAuth"))
                || security.stream().anyMatch(r -> r.hasScheme("sessionCookie"))) {
            return;
        }
        operation.addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme("sessionCookie"));
    }

    static void describe(Operation post) {
        boolean present =
                post.getParameters() != null
                        && post.getParameters().stream()
                                .anyMatch(
                                        p ->
                                                p.getName() != null
                                                        && p.getName()
                                                                .equalsIgnoreCase(
                                                                        IdempotencyKeys.HEADER));
        if (!present) {
            post.addParameter(
                    OASFactory.createParameter()
                            .name(IdempotencyKeys.HEADER)
                            .in(Parameter.In.HEADER)
                            .required(false)
                            .description(DESCRIPTION)
                            .example("3f2b8c1e-7d4a-4f1e-9c55-0b6a2e9d7c41")
                            .schema(
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .minLength(1)
                                            .maxLength(IdempotencyKeys.MAX_LENGTH)
                                            .pattern("^[!-~]+$")));
        }
        APIResponses responses = post.getResponses();
        if (!responses.hasAPIResponse("422")) {
            responses.addAPIResponse("422", OASFactory.createAPIResponse().ref("Unprocessable"));
        }
        if (!responses.hasAPIResponse("409")) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("Conflict"));
        }
    }
}
