package kz.housesofdemocracy.premises.boundary;

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
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.control.FutureCommitments.Commitment;

/**
 * Houses of Democracy: public reading; the national administrator opens and closes them; a House's
 * managers change its facts and week, and add its rooms and offices.
 */
@Path("houses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HousesResource {

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    public record Closure(String reason) {}

    /** The subsidy share of a House, in whole per cent. */
    public record Subsidy(Integer percent) {}

    /** Fair use per NGO at a House: hours a calendar month, bookings ahead at once. */
    public record Quotas(Integer hoursPerMonth, Integer futureBookings) {}

    @GET
    public List<HouseSummary> houses() {
        return premises.houses();
    }

    @GET
    @Path("{id}")
    public HouseDetails house(@PathParam("id") String id) {
        return premises.house(houseId(id))
                .orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }

    @POST
    public Response open(HouseForm form) {
        long id = administration.openHouse(caller.require(), required(form));
        return Response.created(URI.create("houses/" + id))
                .entity(premises.house(id).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id}")
    public HouseDetails update(@PathParam("id") String id, HouseForm form) {
        long houseId = houseId(id);
        administration.updateHouse(caller.require(), houseId, required(form));
        return premises.house(houseId).orElseThrow();
    }

    /**
     * What closing the House would leave behind (future bookings, leases), for the administrator.
     */
    @GET
    @Path("{id}/closure")
    public List<Commitment> closingImpact(@PathParam("id") String id) {
        return administration.closingImpact(caller.require(), houseId(id));
    }

    @POST
    @Path("{id}/closure")
    public HouseDetails close(@PathParam("id") String id, Closure closure) {
        long houseId = houseId(id);
        administration.closeHouse(caller.require(), houseId, required(closure).reason());
        return premises.house(houseId).orElseThrow();
    }

    /** The national administrator sets the share of bookings' market value the state pays. */
    @PUT
    @Path("{id}/subsidy")
    public Subsidy subsidy(@PathParam("id") String id, Subsidy subsidy) {
        long houseId = houseId(id);
        administration.setSubsidyShare(caller.require(), houseId, required(subsidy).percent());
        return new Subsidy(premises.house(houseId).orElseThrow().subsidyPercent());
    }

    /** The House's managers set its quotas per NGO. */
    @PUT
    @Path("{id}/quotas")
    public Quotas quotas(@PathParam("id") String id, Quotas quotas) {
        long houseId = houseId(id);
        Quotas body = required(quotas);
        administration.setQuotas(
                caller.require(), houseId, body.hoursPerMonth(), body.futureBookings());
        HouseDetails house = premises.house(houseId).orElseThrow();
        return new Quotas(house.quotaHoursMonth(), house.quotaFutureBookings());
    }

    @POST
    @Path("{id}/rooms")
    public Response addRoom(@PathParam("id") String id, RoomForm form) {
        long roomId = administration.addRoom(caller.require(), houseId(id), required(form));
        return Response.created(URI.create("rooms/" + roomId)).build();
    }

    @POST
    @Path("{id}/offices")
    public Response addOffice(@PathParam("id") String id, OfficeForm form) {
        long officeId = administration.addOffice(caller.require(), houseId(id), required(form));
        return Response.created(URI.create("offices/" + officeId)).build();
    }

    private static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return body;
    }
}
