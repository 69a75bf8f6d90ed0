package kz.housesofdemocracy.imports.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
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
 * Imports of files: upload a CSV or XLSX, map its columns, dry-run it, apply it (both in the
 * background: poll the job), read its rows, download the refused rows.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
@SecurityRequirement(name = "bearerAuth")
// What every operation here may answer: a malformed id or parameter, no sign-in, no such job.
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class ImportsResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String ID = "The import job's id (ASCII digits).";
    private static final String WHO =
            " NGO files: national administrators (any region) and akimat approvers (rows of"
                    + " another region are refused one by one); rooms, offices and leases: the"
                    + " House's managers and administrators. A job is seen only by who uploaded it"
                    + " and administrators (404 for others).";

    @Inject private Imports imports;
    @Inject private CurrentCaller caller;

    @POST
    @Consumes({CSV, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "uploadImport",
            summary = "Upload a file to import",
            description =
                    "The body is the file itself (CSV in UTF-8, with or without a byte order mark,"
                            + " or Windows-1251, delimited by `;` or `,`; or XLSX, its first"
                            + " sheet), at most 100 MB; the first row holds the headers, matched"
                            + " to the kind's fields in Kazakh, Russian or English (or as the"
                            + " caller mapped them last time). Nothing is imported yet: map,"
                            + " dry-run, then apply."
                            + WHO)
    @RequestBody(
            description = "The file.",
            required = true,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "The job, UPLOADED, with its headers and the mapping found.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response upload(
            @Parameter(
                            description = "What the file holds.",
                            required = true,
                            schema = @Schema(implementation = ImportKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "The House, for ROOMS, OFFICES and LEASES.", example = "1")
                    @QueryParam("houseId")
                    String houseId,
            @Parameter(description = "The file's name, as the uploader knows it.")
                    @HeaderParam("X-File-Name")
                    String fileName,
            InputStream file) {
        var who = caller.require();
        ImportKind k = parse(ImportKind.class, "kind", kind);
        Long house =
                houseId == null || houseId.isBlank()
                        ? null
                        : EntityId.parse(houseId)
                                .orElseThrow(
                                        () -> Refusal.notFound("problem.house.notFound", houseId));
        ImportJobView job = imports.upload(who, k, house, fileName, file);
        return Response.created(URI.create("imports/" + job.id())).entity(job).build();
    }

    @PUT
    @Path("{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "mapImport",
            summary = "Map fields to columns",
            description =
                    "Replaces the job's mapping: an object of field key → column index (0-based)."
                            + " Remembered for the caller's next file of this kind, by header text."
                            + " An unknown field, a column out of range or a column used twice is"
                            + " 422; once a pass runs or rows were applied, 409.")
    @RequestBody(
            description = "Field key → column index.",
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            additionalProperties = Integer.class)))
    @APIResponse(
            responseCode = "200",
            description = "The job, UPLOADED again with its new mapping.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ImportJobView map(
            @Parameter(description = ID, required = true, example = "1000") @PathParam("id")
                    String id,
            Map<String, Integer> mapping) {
        return imports.map(caller.require(), jobId(id), mapping);
    }

    @POST
    @Path("{id}/dry-run")
    @Operation(
            operationId = "dryRunImport",
            summary = "Check every row, writing nothing",
            description =
                    "Starts the dry run in the background and answers at once (status"
                            + " DRY_RUNNING); poll the job until CHECKED, then read its rows."
                            + " A required field left unmapped is 422; while a pass runs, 409.")
    @APIResponse(
            responseCode = "202",
            description = "Started.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response dryRun(
            @Parameter(description = ID, required = true, example = "1000") @PathParam("id")
                    String id) {
        return Response.accepted(imports.dryRun(caller.require(), jobId(id))).build();
    }

    @POST
    @Path("{id}/apply")
    @Operation(
            operationId = "applyImport",
            summary = "Apply the rows that checked",
            description =
                    "Starts the apply in the background and answers at once (status APPLYING):"
                            + " every row is checked again and those that create or update are"
                            + " written, in batches of 500 that each commit whole with the job's"
                            + " progress; applying a job that stopped (FAILED, or APPLYING after a"
                            + " restart) resumes after its last committed batch. Audited as one"
                            + " import with the file's hash. Only after a dry run (409 before, or"
                            + " while a pass runs).")
    @APIResponse(
            responseCode = "202",
            description = "Started.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response apply(
            @Parameter(description = ID, required = true, example = "1000") @PathParam("id")
                    String id) {
        return Response.accepted(imports.apply(caller.require(), jobId(id))).build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getImport",
            summary = "An import job: status and progress",
            description = "The job as it is now; poll it while DRY_RUNNING or APPLYING.")
    @APIResponse(
            responseCode = "200",
            description = "The job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public ImportJobView job(
            @Parameter(description = ID, required = true, example = "1000") @PathParam("id")
                    String id) {
        return imports.job(caller.require(), jobId(id));
    }

    @GET
    @Path("{id}/rows")
    @Operation(
            operationId = "listImportRows",
            summary = "What the last pass found, row by row",
            description =
                    "The rows in file order, each with its outcome and, for REFUSE, the reason's"
                            + " bundle key and arguments and its text; the texts (reason and"
                            + " summary) in `lang` (else the Accept-Language header; Kazakh by"
                            + " default); `outcome` keeps one outcome; at most 1000 rows a page.")
    @APIResponse(
            responseCode = "200",
            description = "One page of rows.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ImportRowView.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<ImportRowView> rows(
            @Parameter(description = ID, required = true, example = "1000") @PathParam("id")
                    String id,
            @Parameter(
                            description = "Only rows with this outcome.",
                            schema = @Schema(implementation = RowOutcome.class))
                    @QueryParam("outcome")
                    String outcome,
            @Parameter(description = "Rows to skip, 0 when absent.", example = "0")
                    @QueryParam("first")
                    String first,
            @Parameter(description = "Rows to return, 1 to 1000; 100 when absent.", example = "100")
                    @QueryParam("max")
                    String max,
            @BeanParam ReaderLanguage language) {
        RowOutcome only =
                outcome == null || outcome.isBlank()
                        ? null
                        : parse(RowOutcome.class, "outcome", outcome);
        return imports.rows(
                caller.require(),
                jobId(id),
                only,
                number("first", first, 0, 0, Integer.MAX_VALUE),
                number("max", max, 100, 1, 1000),
                language.locale());
    }

    @GET
    @Path("{id}/refused.xlsx")
    @Produces({XLSX, "application/problem+json"})
    @Operation(
            operationId = "getImportRefusedRows",
            summary = "The refused rows as a workbook",
            description =
                    "An xlsx of the rows the last pass refused, as uploaded under the file's own"
                            + " headers, with their row number and a column giving the reason in"
                            + " `lang` (else the Accept-Language header; Kazakh by default), to"
                            + " correct and upload again.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook.",
            content =
                    @Content(
                            mediaType = XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response refused(
            @Parameter(description = ID, required = true, example = "1000") @PathParam("id")
                    String id,
            @BeanParam ReaderLanguage language) {
        long job = jobId(id);
        var who = caller.require();
        imports.job(who, job);
        Locale locale = language.locale();
        StreamingOutput body = out -> imports.refusedWorkbook(who, job, locale, out);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"import-" + job + "-refused.xlsx\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static long jobId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.import.notFound", id));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "validation.choice");
        }
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(field, "validation.import.number", min, max);
    }
}
