package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;

/** Accepting an invitation to represent an NGO (the token from the e-mailed link). */
@Path("invitations/acceptance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    public record TokenRequest(String token) {}

    @POST
    public Map<String, Long> accept(TokenRequest request) {
        return Map.of(
                "ngoId",
                ngos.acceptInvitation(caller.require(), NgosResource.required(request).token()));
    }
}
