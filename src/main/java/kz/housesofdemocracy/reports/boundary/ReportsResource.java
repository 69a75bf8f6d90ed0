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

/**
 * Annual occupancy and subsidy reports. Computed ones are for staff within their scope; published
 * ones (frozen, versioned, aggregates only) are public, with open data downloads.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject private Reports reports;
    @Inject private CurrentCaller caller;

    public record PublishRequest(String reason) {}

    /**
     * The year's report for the nation, {@code ?region=} or {@code ?house=}. The headers say what
     * it cost: SQL statements and bytes allocated while computing.
     */
    @GET
    @Path("occupancy/{year: [0-9]+}")
    public Response occupancy(
            @PathParam("year") int year,
            @QueryParam("region") String region,
            @QueryParam("house") String house) {
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
    public Response export(
            @PathParam("year") int year,
            @QueryParam("region") String region,
            @QueryParam("house") String house,
            @QueryParam("format") String format,
            @QueryParam("lang") String lang) {
        OccupancyReport report =
                reports.occupancy(caller.require(), year, blank(region), houseId(house)).report();
        String kind = format(format, false);
        return file(report, kind, lang, "report-" + year);
    }

    /** Publishes the national report of a year as a new version (a reason after the first). */
    @POST
    @Path("occupancy/{year: [0-9]+}/publications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("year") int year, PublishRequest request) {
        Reports.Publication published =
                reports.publish(caller.require(), year, request == null ? null : request.reason());
        return Response.created(URI.create("reports/published/" + year + "/" + published.version()))
                .entity(published)
                .build();
    }

    @GET
    @Path("published")
    public List<Reports.Publication> publications() {
        return reports.publications();
    }

    /** A published version exactly as it was published (the latest when none is named). */
    @GET
    @Path("published/{year: [0-9]+}")
    public Response latest(@PathParam("year") int year) {
        return json(year, null);
    }

    @GET
    @Path("published/{year: [0-9]+}/{version: [0-9]+}")
    public Response version(@PathParam("year") int year, @PathParam("version") int version) {
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
    public Response publishedExport(
            @PathParam("year") int year,
            @PathParam("version") int version,
            @QueryParam("format") String format,
            @QueryParam("lang") String lang) {
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
