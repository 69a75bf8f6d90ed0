package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.control.NgoForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** The NGO registry for programs: register, read, list, filings, invitations, staff decisions. */
@Path("ngos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NgosResource {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    public record Page(long total, int first, List<NgoViews.Summary> items) {}

    public record FilingRequest(Integer year, LocalDate filedOn, String reference) {}

    public record EmailRequest(String email) {}

    public record Decision(Boolean verify, String reason) {}

    public record OperatingChange(String status, String reason) {}

    @POST
    public Response register(NgoForm form) {
        NgoViews.Details registered = ngos.register(caller.require(), required(form));
        return Response.created(URI.create("ngos/" + registered.id())).entity(registered).build();
    }

    @GET
    public Page list(
            @QueryParam("region") String region,
            @QueryParam("identity") String identity,
            @QueryParam("operating") String operating,
            @QueryParam("eligible") Boolean eligible,
            @QueryParam("area") String area,
            @QueryParam("language") String language,
            @QueryParam("youthLed") Boolean youthLed,
            @QueryParam("funding") String funding,
            @QueryParam("q") String text,
            @QueryParam("waiting") Boolean waiting,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("sort") @DefaultValue("id") String sort,
            @QueryParam("ascending") @DefaultValue("true") boolean ascending) {
        var me = caller.require();
        Ngos.Filter filter =
                new Ngos.Filter(
                        region,
                        choice(IdentityStatus.class, "identity", identity),
                        choice(OperatingStatus.class, "operating", operating),
                        eligible,
                        area,
                        choice(WorkingLanguage.class, "language", language),
                        youthLed,
                        choice(FundingSource.class, "funding", funding),
                        text,
                        waiting);
        return new Page(
                ngos.count(me, filter), first, ngos.list(me, filter, first, size, sort, ascending));
    }

    @GET
    @Path("mine")
    public List<NgoViews.Summary> mine() {
        return ngos.mine(caller.require());
    }

    @GET
    @Path("{id}")
    public NgoViews.Details details(@PathParam("id") String id) {
        return ngos.details(caller.require(), ngoId(id));
    }

    @GET
    @Path("{id}/eligibility")
    public Eligibility.Verdict eligibility(@PathParam("id") String id) {
        return ngos.eligibility(caller.require(), ngoId(id));
    }

    @POST
    @Path("{id}/filings")
    public Response recordFiling(@PathParam("id") String id, FilingRequest request) {
        FilingRequest r = required(request);
        long filing =
                ngos.recordFiling(
                        caller.require(), ngoId(id), r.year(), r.filedOn(), r.reference(), null);
        return Response.created(URI.create("filings/" + filing)).build();
    }

    @POST
    @Path("{id}/invitations")
    public Response invite(@PathParam("id") String id, EmailRequest request) {
        ngos.invite(caller.require(), ngoId(id), required(request).email());
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/join-requests")
    public Response askToJoin(@PathParam("id") String id) {
        ngos.askToJoin(caller.require(), ngoId(id));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/identity-decision")
    public NgoViews.Details decideIdentity(@PathParam("id") String id, Decision decision) {
        Decision d = required(decision);
        long ngoId = ngoId(id);
        ngos.decideIdentity(caller.require(), ngoId, Boolean.TRUE.equals(d.verify()), d.reason());
        return ngos.details(caller.require(), ngoId);
    }

    @POST
    @Path("{id}/operating")
    public NgoViews.Details changeOperating(@PathParam("id") String id, OperatingChange change) {
        OperatingChange c = required(change);
        long ngoId = ngoId(id);
        ngos.changeOperating(
                caller.require(),
                ngoId,
                choice(OperatingStatus.class, "status", c.status()),
                c.reason());
        return ngos.details(caller.require(), ngoId);
    }

    static long ngoId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.ngo.notFound", id));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return body;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException wrong) {
            throw Refusal.invalid(field, "validation.choice");
        }
    }
}
