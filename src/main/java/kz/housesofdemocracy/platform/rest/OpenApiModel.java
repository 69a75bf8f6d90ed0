package kz.housesofdemocracy.platform.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What the OpenAPI document says before the resources' annotations are read: the title and a "how
 * to start", one tag per component, the {@code bearerAuth} scheme, the RFC 9457 problem schema and
 * the error answers every operation refers to by name ({@code @APIResponse(responseCode = "404",
 * ref = "NotFound")}), and the {@code Location} header of a 201. WildFly reads it through {@code
 * mp.openapi.model.reader}; the build's SmallRye plugin through the same configuration file.
 */
public class OpenApiModel implements OASModelReader {

    /** The error answers by name, as operations refer to them. */
    public static final Map<String, Integer> ERRORS = errors();

    private static Map<String, Integer> errors() {
        Map<String, Integer> errors = new LinkedHashMap<>();
        errors.put("BadRequest", 400);
        errors.put("Unauthorized", 401);
        errors.put("Forbidden", 403);
        errors.put("NotFound", 404);
        errors.put("Conflict", 409);
        errors.put("Gone", 410);
        errors.put("PayloadTooLarge", 413);
        errors.put("UnsupportedMediaType", 415);
        errors.put("Unprocessable", 422);
        errors.put("TooManyRequests", 429);
        errors.put("Unavailable", 503);
        return errors;
    }

    private static final String START =
            """
            The REST API of Houses of Democracy: NGOs book meeting rooms and halls by the hour and \
            lease offices in the state-run Houses of Democracy of Kazakhstan's 20 regions; the \
            regional administration (akimat) approves; the state reads occupancy and subsidy \
            reports. Everything a person can do on the pages can be done here.

            **How to start.** Sign in on the site, open *Profile → API tokens*, create a token \
            (it is shown once) and send it as `Authorization: Bearer <token>`. Then call \
            `GET /api/me` to see who you are and what you may do, `GET /api/houses` for the \
            Houses and `GET /api/houses/1/free-rooms?date=2027-03-01&start=10:00&end=11:00` for a \
            free room. A program can also sign in with `POST /api/session` and keep the cookie.

            **Languages.** Send `Accept-Language: kk`, `ru` or `en`; names and messages come \
            back in that language.

            **Errors** are RFC 9457 problem bodies (`application/problem+json`) with a stable \
            `type` URN to switch on and a translated `detail`; invalid input lists the fields \
            at fault in `errors`. Input is read strictly and a refusal changes nothing: a body \
            that is not JSON answers 400; a value of the wrong type, out of range or breaking a \
            rule answers 422 naming the field; fields the operation does not know are ignored, \
            so a client written for a later version keeps working.
            """;

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .openapi("3.1.0")
                .info(
                        OASFactory.createInfo()
                                .title("Houses of Democracy")
                                .version("1")
                                .summary(
                                        "Rooms, halls and offices of Kazakhstan's Houses of"
                                                + " Democracy for NGOs")
                                .description(START)
                                .contact(
                                        OASFactory.createContact()
                                                .name(
                                                        "Houses of Democracy, national administrator"))
                                .license(
                                        OASFactory.createLicense()
                                                .name(
                                                        "Terms of use of the state information"
                                                                + " system")
                                                .identifier("LicenseRef-HoD-Terms-of-Use")))
                .externalDocs(
                        OASFactory.createExternalDocumentation()
                                .description(
                                        "How every error is written: RFC 9457, Problem Details"
                                                + " for HTTP APIs.")
                                .url("https://www.rfc-editor.org/rfc/rfc9457"))
                .tags(tags())
                .components(components());
    }

    private static List<Tag> tags() {
        return List.of(
                tag("accounts", "Sign-up, sign-in, your profile, tokens and staff accounts."),
                tag("premises", "Houses of Democracy, their rooms, offices, photos, equipment."),
                tag("bookings", "Hourly bookings of rooms and halls, series, waitlists, feeds."),
                tag("closures", "Holidays, observances and blackouts when rooms are not bookable."),
                tag("events", "Public events in the Houses and registration for them."),
                tag("ngos", "NGOs: the registry, eligibility, filings, members and invitations."),
                tag("leases", "Long-term office leases: applications, decisions, payments."),
                tag("reports", "Occupancy and subsidy reports, published snapshots, open data."),
                tag("workspace", "The staff inbox: what waits for a decision."),
                tag("audit", "The audit log of who changed what."));
    }

    private static Tag tag(String name, String description) {
        return OASFactory.createTag().name(name).description(description);
    }

    private static Components components() {
        Components components =
                OASFactory.createComponents()
                        .addSecurityScheme(
                                "bearerAuth",
                                OASFactory.createSecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description(
                                                "A personal API token from Profile → API tokens"
                                                        + " (or POST /api/me/tokens)."))
                        .addSecurityScheme(
                                "sessionCookie",
                                OASFactory.createSecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description(
                                                "The session cookie POST /api/session sets; a"
                                                        + " write sent from a browser page must"
                                                        + " come from this site."))
                        .addSchema("Problem", problemSchema())
                        .addSchema("FieldError", fieldErrorSchema())
                        .addHeader(
                                "Location",
                                OASFactory.createHeader()
                                        .description(
                                                "Where the created resource lives, relative to"
                                                        + " /api/.")
                                        .schema(
                                                OASFactory.createSchema()
                                                        .addType(Schema.SchemaType.STRING)))
                        .addHeader(
                                "Retry-After",
                                OASFactory.createHeader()
                                        .description("Seconds to wait before trying again.")
                                        .schema(
                                                OASFactory.createSchema()
                                                        .addType(Schema.SchemaType.INTEGER)));
        ERRORS.forEach((name, status) -> components.addResponse(name, error(name, status)));
        return components;
    }

    private static APIResponse error(String name, int status) {
        APIResponse response =
                OASFactory.createAPIResponse()
                        .description(describe(status))
                        .content(
                                OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(
                                                                OASFactory.createSchema()
                                                                        .ref("Problem"))
                                                        .addExample(name, example(name, status))));
        if (status == 429) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        return response;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: a body that is not JSON, or a bad header.";
            case 401 -> "Not signed in, or the token is missing, wrong or revoked.";
            case 403 -> "Signed in, but this account may not do this.";
            case 404 -> "There is no such resource (or it is not visible to this account).";
            case 409 ->
                    "The request conflicts with the current state (a taken slot, a concurrent"
                            + " change, or a request with the same Idempotency-Key still"
                            + " running); see the problem's type.";
            case 410 -> "The resource existed but is gone (e.g. an expired link).";
            case 413 -> "The upload is too large.";
            case 415 -> "The body's content type is not accepted here.";
            case 422 -> "The input breaks a rule; `errors` names the fields at fault.";
            case 429 -> "Too many attempts; wait the seconds given in Retry-After.";
            case 503 -> "The server is not configured for this (e.g. its public address).";
            default -> "An error.";
        };
    }

    private static Example example(String name, int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:houses-of-democracy:problem:" + exampleType(status));
        body.put("title", exampleTitle(status));
        body.put("status", status);
        body.put("detail", exampleDetail(status));
        body.put("instance", "/api/bookings/42");
        body.put(
                "errors",
                status == 422
                        ? List.of(
                                Map.of(
                                        "field",
                                        "minutes",
                                        "message",
                                        "A booking lasts 30 minutes to 12 hours."))
                        : List.of());
        return OASFactory.createExample().summary(name).value(body);
    }

    private static String exampleType(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 422 -> "invalid-input";
            case 429 -> "too-many-requests";
            default -> "error";
        };
    }

    private static String exampleTitle(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 422 -> "Invalid input";
            case 429 -> "Too many requests";
            default -> "Error";
        };
    }

    private static String exampleDetail(int status) {
        return switch (status) {
            case 404 -> "There is no booking 42.";
            case 409 -> "The room is already booked at that time.";
            case 422 -> "Please correct the fields marked.";
            case 429 -> "Too many attempts. Please wait and try again.";
            default -> "See the type and the status.";
        };
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description(
                        "An RFC 9457 problem: what went wrong, in the caller's language, never a"
                                + " stack trace.")
                .addProperty(
                        "type",
                        string(
                                "A stable URN naming the kind of problem, for programs to switch"
                                        + " on."))
                .addProperty("title", string("The kind of problem, translated."))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("The HTTP status."))
                .addProperty("detail", string("What went wrong here, translated."))
                .addProperty("instance", string("The path that was called."))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("The fields at fault, when the input was invalid.")
                                .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid field and what is wrong with it.")
                .addProperty("field", string("The field's name as sent."))
                .addProperty("message", string("What is wrong, translated."))
                .required(List.of("field", "message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
