package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** One annual filing: its receipt (PDF) and the staff decision on it. */
@Path("filings/{id}")
public class FilingsResource {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    @GET
    @Path("receipt")
    @Produces({"application/pdf", "application/problem+json"})
    public Response receipt(@PathParam("id") String id) {
        return Response.ok(ngos.receipt(caller.require(), filingId(id)), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"receipt-" + filingId(id) + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The body is the PDF itself, at most 10 MB; its type is checked by content. */
    @PUT
    @Path("receipt")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public Response attach(@PathParam("id") String id, byte[] pdf) {
        ngos.attachReceipt(caller.require(), filingId(id), pdf);
        return Response.noContent().build();
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, NgosResource.Decision decision) {
        NgosResource.Decision d = NgosResource.required(decision);
        ngos.decideFiling(
                caller.require(), filingId(id), Boolean.TRUE.equals(d.verify()), d.reason());
        return Response.noContent().build();
    }

    private static long filingId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.filing.notFound", id));
    }
}
