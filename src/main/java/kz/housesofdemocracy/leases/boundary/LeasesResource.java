package kz.housesofdemocracy.leases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.leases.control.LeaseCompetition.Contender;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * Lease applications and leases: apply (draft or submit), change a draft, submit, withdraw; the
 * House's recommendation; the akimat's approval or rejection (with the version read, so that two
 * deciders at once end with one winner); early termination; competition, schedule, summary PDF.
 */
@Path("leases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeasesResource {

    @Inject private Leases leases;
    @Inject private CurrentCaller caller;

    public record Recommendation(String text, Long version) {}

    public record Approval(
            String councilNumber, LocalDate councilDate, Long officeId, Long version) {}

    public record Rejection(String reason, Long version) {}

    public record Termination(LocalDate on, String reason) {}

    @POST
    public Response apply(LeaseForm form) {
        LeaseView made = leases.apply(caller.require(), required(form));
        return Response.created(URI.create("leases/" + made.id())).entity(made).build();
    }

    @GET
    @Path("mine")
    public List<LeaseView> mine() {
        return leases.mine(caller.require());
    }

    @GET
    @Path("queue")
    public List<LeaseView> queue() {
        return leases.queue(caller.require());
    }

    @GET
    @Path("{id: [0-9]+}")
    public LeaseView details(@PathParam("id") String id) {
        return leases.details(caller.require(), leaseId(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    public LeaseView change(@PathParam("id") String id, LeaseForm form) {
        return leases.change(caller.require(), leaseId(id), required(form));
    }

    @POST
    @Path("{id: [0-9]+}/submission")
    public LeaseView submit(@PathParam("id") String id) {
        return leases.submit(caller.require(), leaseId(id));
    }

    @POST
    @Path("{id: [0-9]+}/withdrawal")
    public LeaseView withdraw(@PathParam("id") String id) {
        return leases.withdraw(caller.require(), leaseId(id));
    }

    @POST
    @Path("{id: [0-9]+}/recommendation")
    public LeaseView recommend(@PathParam("id") String id, Recommendation body) {
        Recommendation r = body == null ? new Recommendation(null, null) : body;
        return leases.recommend(caller.require(), leaseId(id), r.text(), r.version());
    }

    @POST
    @Path("{id: [0-9]+}/approval")
    public LeaseView approve(@PathParam("id") String id, Approval body) {
        Approval a = body == null ? new Approval(null, null, null, null) : body;
        return leases.approve(
                caller.require(),
                leaseId(id),
                a.councilNumber(),
                a.councilDate(),
                a.officeId(),
                a.version());
    }

    @POST
    @Path("{id: [0-9]+}/rejection")
    public LeaseView reject(@PathParam("id") String id, Rejection body) {
        Rejection r = body == null ? new Rejection(null, null) : body;
        return leases.reject(caller.require(), leaseId(id), r.reason(), r.version());
    }

    @POST
    @Path("{id: [0-9]+}/termination")
    public LeaseView terminate(@PathParam("id") String id, Termination body) {
        Termination t = body == null ? new Termination(null, null) : body;
        return leases.terminate(caller.require(), leaseId(id), t.on(), t.reason());
    }

    /** The application beside every open one competing for the same office. */
    @GET
    @Path("{id: [0-9]+}/competition")
    public List<Contender> competition(@PathParam("id") String id) {
        return leases.competition(caller.require(), leaseId(id));
    }

    @GET
    @Path("{id: [0-9]+}/schedule")
    public List<LeaseTerms.Month> schedule(@PathParam("id") String id) {
        return leases.schedule(caller.require(), leaseId(id));
    }

    /** The lease summary as a PDF, in {@code ?lang=kk|ru|en} (Kazakh by default). */
    @GET
    @Path("{id: [0-9]+}/summary.pdf")
    @Produces("application/pdf")
    public Response summary(@PathParam("id") String id, @QueryParam("lang") String lang) {
        byte[] pdf =
                leases.summary(
                        caller.require(), leaseId(id), Language.fromTag(lang).orElse(Language.KK));
        return Response.ok(pdf)
                .header("Content-Disposition", "inline; filename=\"lease-" + id + ".pdf\"")
                .build();
    }

    private static LeaseForm required(LeaseForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return form;
    }

    static long leaseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("lease.notFound", id));
    }
}
