package kz.housesofdemocracy.reports.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Annual occupancy and subsidy reports. Computed ones are for staff within their scope; published
 * ones (frozen, versioned, aggregates only) are public, with open data downloads.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportsResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String SCOPE =
            " Administrators may ask for the nation, any region or any House; an akimat"
                    + " approver for their own region or a House in it (403 otherwise, 401"
                    + " without sign-in). `house` wins over `region` when both are given. An"
                    + " unknown region or House is 404; a year outside 2000–2100 is 422.";

    private static final String WORKBOOK =
            " The xlsx workbook has one sheet per level (the report; the nation in a national"
                    + " report; regions; Houses; rooms, each place with its year and its months;"
                    + " the NGOs, only where the report names them; money by the NGOs'"
                    + " attributes; NGO counts per region), sheet names and column headers in"
                    + " `lang`, numbers and dates as real cells with formats, a frozen header row"
                    + " with a filter.";

    private static final String FILE =
            " The file is named `report-<year>[-v<version>]-<lang>.<format>` (Content-Disposition:"
                    + " attachment).";

    private static final String SUPPRESSION =
            " As published reports are open data, no figure may point at one NGO: in every"
                    + " breakdown (`byArea`, `byRegion`, `byLanguage`, `byYouth`, `byFunding`) a"
                    + " group of fewer than 3 NGOs is suppressed (`suppressed` true, `suppression`"
                    + " `FEWER_THAN_3`, figures absent), the smallest group of 3 or more is"
                    + " suppressed with them (`SECONDARY`) so that they cannot be worked out by"
                    + " subtraction, and a last line keyed `suppressed` sums the suppressed groups so"
                    + " that the lines still add up. This applies whenever the version was"
                    + " published; the stored snapshot itself never changes. Places and NGO counts"
                    + " are as published.";

    @Inject private Reports reports;
    @Inject private CurrentCaller caller;

    @Schema(name = "ReportPublishRequest", description = "Why a report is published again.")
    public record PublishRequest(
            @Schema(
                            description =
                                    "Why this version replaces the last one: needed for every"
                                            + " version after the first, at most 2,000 characters.",
                            nullable = true,
                            example = "Corrected the March holidays")
                    String reason) {}

    /**
     * The year's report for the nation, {@code ?region=} or {@code ?house=}. The headers say what
     * it cost: SQL statements and bytes allocated while computing.
     */
    @GET
    @Path("occupancy/{year: [0-9]+}")
    @Operation(
            operationId = "getOccupancyReport",
            summary = "Compute an occupancy report",
            description =
                    "Computes the year's occupancy and subsidy report now, for the nation, a"
                            + " region (`region`) or a House (`house`), with the lines by NGO"
                            + " and every group of the breakdowns in full (`suppressed` false:"
                            + " suppression is for what the public reads)."
                            + " The headers say what computing it cost."
                            + SCOPE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(
            responseCode = "200",
            description = "The report.",
            headers = {
                @Header(
                        name = "X-Report-Statements",
                        description = "SQL statements run to compute it.",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = "X-Report-Allocated-Bytes",
                        description = "Bytes allocated while computing it; -1 if unknown.",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OccupancyReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response occupancy(
            @Parameter(
                            description = "The calendar year, 2000 to 2100.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"),
                            example = "2027")
                    @PathParam("year")
                    int year,
            @Parameter(
                            description =
                                    "The ISO 3166-2 code of a region, for its report; the"
                                            + " nation's when neither this nor `house` is given.",
                            example = "KZ-71")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description = "A House's id, for its report.",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "1")
                    @QueryParam("house")
                    String house) {
        Reports.Computed computed =
                reports.occupancy(caller.require(), year, blank(region), houseId(house));
        return Response.ok(computed.report())
                .header("X-Report-Statements", computed.statements())
                .header("X-Report-Allocated-Bytes", computed.allocatedBytes())
                .build();
    }

    /** The year's report as {@code ?format=csv|xlsx|pdf} in {@code ?lang=kk|ru|en}. */
    @GET
    @Path("occupancy/{year: [0-9]+}/export")
    @Produces({
        "text/csv",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(
            operationId = "exportOccupancyReport",
            summary = "Download an occupancy report",
            description =
                    "The year's report, computed now as GET /api/reports/occupancy/{year} does,"
                            + " as a CSV, Excel (xlsx) or PDF file. `format` is required: without"
                            + " it, or with another value, the answer is 422."
                            + WORKBOOK
                            + FILE
                            + SCOPE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(
            responseCode = "200",
            description = "The file, in the format asked for.",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with the file's name.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response export(
            @Parameter(
                            description = "The calendar year, 2000 to 2100.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"),
                            example = "2027")
                    @PathParam("year")
                    int year,
            @Parameter(
                            description =
                                    "The ISO 3166-2 code of a region, for its report; the"
                                            + " nation's when neither this nor `house` is given.",
                            example = "KZ-71")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description = "A House's id, for its report.",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "1")
                    @QueryParam("house")
                    String house,
            @Parameter(
                            description = "The file's format. Required.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx", "pdf"}),
                            example = "xlsx")
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description =
                                    "The language of the file's labels; Kazakh when absent or"
                                            + " unknown.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"kk", "ru", "en"},
                                            defaultValue = "kk"),
                            example = "ru")
                    @QueryParam("lang")
                    String lang) {
        OccupancyReport report =
                reports.occupancy(caller.require(), year, blank(region), houseId(house)).report();
        String kind = format(format, false);
        return file(report, kind, lang, "report-" + year);
    }

    /** Publishes the national report of a year as a new version (a reason after the first). */
    @POST
    @Path("occupancy/{year: [0-9]+}/publications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishOccupancyReport",
            summary = "Publish a national report",
            description =
                    "Freezes the year's national report as a new published version that anyone"
                            + " may read and download (GET /api/reports/published/…). The"
                            + " published copy leaves out the lines that name NGOs (and its"
                            + " readers see groups of fewer than 3 NGOs suppressed). The first"
                            + " version needs no reason, every later one does (422 without)."
                            + " For national administrators only (403 otherwise, 401 without"
                            + " sign-in). Two first publications of a year at once: one gets"
                            + " 409. A year outside 2000–2100 is 422. The body may be omitted"
                            + " for the first version; malformed JSON or an unknown field is"
                            + " 400."
                            + " A write sent by a browser from another site with the session"
                            + " cookie is refused with 403.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "Why, for a version after the first.")
    @APIResponse(
            responseCode = "201",
            description = "Published; the new version.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Reports.Publication.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response publish(
            @Parameter(
                            description = "The calendar year, 2000 to 2100.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"),
                            example = "2027")
                    @PathParam("year")
                    int year,
            PublishRequest request) {
        Reports.Publication published =
                reports.publish(caller.require(), year, request == null ? null : request.reason());
        return Response.created(URI.create("reports/published/" + year + "/" + published.version()))
                .entity(published)
                .build();
    }

    @GET
    @Path("published")
    @Operation(
            operationId = "listReportPublications",
            summary = "List published reports",
            description =
                    "Every published version of the national reports, newest year and version"
                            + " first. Public: no sign-in needed. (Like every operation, a query"
                            + " parameter with digits of another script or broken characters is"
                            + " refused with 422.)")
    @APIResponse(responseCode = "200", description = "The published versions.")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<Reports.Publication> publications() {
        return reports.publications();
    }

    /** A published version as the public reads it (the latest when none is named). */
    @GET
    @Path("published/{year: [0-9]+}")
    @Operation(
            operationId = "getLatestPublishedReport",
            summary = "Read the latest published report of a year",
            description =
                    "The newest published version of the year's national report, as frozen"
                            + " when it was published (without the lines that name NGOs). Public."
                            + " 404 when the year has none."
                            + SUPPRESSION)
    @APIResponse(
            responseCode = "200",
            description = "The published report.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OccupancyReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response latest(
            @Parameter(
                            description = "The calendar year of the report.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32"),
                            example = "2027")
                    @PathParam("year")
                    int year) {
        return json(year, null);
    }

    @GET
    @Path("published/{year: [0-9]+}/{version: [0-9]+}")
    @Operation(
            operationId = "getPublishedReport",
            summary = "Read one published report version",
            description =
                    "One published version of the year's national report, as frozen when it"
                            + " was published: its figures never change. Public. 404 when there is"
                            + " no such version."
                            + SUPPRESSION)
    @APIResponse(
            responseCode = "200",
            description = "The published report.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OccupancyReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response version(
            @Parameter(
                            description = "The calendar year of the report.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32"),
                            example = "2027")
                    @PathParam("year")
                    int year,
            @Parameter(
                            description = "The published version, from 1.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1"),
                            example = "1")
                    @PathParam("version")
                    int version) {
        return json(year, version);
    }

    /** Open data: a published version as {@code ?format=csv|json|xlsx|pdf}. */
    @GET
    @Path("published/{year: [0-9]+}/{version: [0-9]+}/export")
    @Produces({
        "text/csv",
        "application/json",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(
            operationId = "exportPublishedReport",
            summary = "Download a published report (open data)",
            description =
                    "One published version as a CSV, JSON, Excel (xlsx) or PDF file. `format` is"
                            + " required: without it, or with another value, the answer is 422."
                            + " JSON is the published document as GET"
                            + " /api/reports/published/{year}/{version} answers it; `lang` applies"
                            + " to the other formats, where a suppressed group says \"fewer than"
                            + " 3\" (or \"suppressed\") in that language instead of its figures."
                            + WORKBOOK
                            + " A published workbook has no NGO sheet."
                            + FILE
                            + " Public. 404 when there is no such version."
                            + SUPPRESSION)
    @APIResponse(
            responseCode = "200",
            description = "The file, in the format asked for.",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with the file's name (not for json).",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = OccupancyReport.class)),
                @Content(
                        mediaType = XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response publishedExport(
            @Parameter(
                            description = "The calendar year of the report.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int32"),
                            example = "2027")
                    @PathParam("year")
                    int year,
            @Parameter(
                            description = "The published version, from 1.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1"),
                            example = "1")
                    @PathParam("version")
                    int version,
            @Parameter(
                            description = "The file's format. Required.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json", "xlsx", "pdf"}),
                            example = "csv")
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description =
                                    "The language of the file's labels; Kazakh when absent or"
                                            + " unknown.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"kk", "ru", "en"},
                                            defaultValue = "kk"),
                            example = "ru")
                    @QueryParam("lang")
                    String lang) {
        String kind = format(format, true);
        if ("json".equals(kind)) {
            return json(year, version);
        }
        return file(
                reports.published(year, version), kind, lang, "report-" + year + "-v" + version);
    }

    private Response json(int year, Integer version) {
        return Response.ok(
                        reports.publishedJson(year, version),
                        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    private static Response file(OccupancyReport report, String kind, String lang, String name) {
        Locale locale = Language.fromTag(lang).orElse(Language.KK).locale();
        byte[] bytes;
        String type;
        switch (kind) {
            case "csv" -> {
                bytes = ReportExports.csv(report, locale);
                type = "text/csv; charset=UTF-8";
            }
            case "xlsx" -> {
                bytes = ReportExports.xlsx(report, locale);
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            default -> {
                bytes = ReportExports.pdf(report, locale);
                type = "application/pdf";
            }
        }
        return Response.ok(bytes, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + name
                                + "-"
                                + locale.getLanguage()
                                + "."
                                + kind
                                + "\"")
                .build();
    }

    private static String format(String format, boolean json) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("csv") || f.equals("xlsx") || f.equals("pdf") || (json && f.equals("json"))) {
            return f;
        }
        throw Refusal.invalid(
                "format", json ? "report.problem.formatOpen" : "report.problem.format");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long houseId(String house) {
        if (house == null || house.isBlank()) {
            return null;
        }
        return EntityId.parse(house)
                .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
    }
}
