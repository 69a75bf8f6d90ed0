package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.bookings.control.PresenceCodes;
import kz.housesofdemocracy.bookings.control.PresenceSecret;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.entity.House;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A House's front desk: the presence code each of its rooms shows now, for the House's managers
 * only (an NGO never reads them; it types what the desk shows).
 */
@Stateless
public class FrontDesk {

    @PersistenceContext private EntityManager em;
    @Inject private Premises premises;
    @Inject private PresenceSecret presence;
    @Inject private Clock clock;

    /** A room's code of now, and when the next one replaces it. */
    @Schema(description = "A room's presence code of now.")
    public record PresenceCode(
            long roomId,
            LocalizedText roomName,
            @Schema(description = "Six digits.", example = "123456") String code,
            @Schema(description = "When the next code replaces it (UTC).") Instant changesAt)
            implements Serializable {}

    /** The current codes of a House's rooms in use. */
    public List<PresenceCode> codes(Caller caller, long houseId) {
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        AccessPolicy.require(
                caller, Action.MANAGE_HOUSE, Scope.house(house.id(), house.region().code()));
        Instant now = clock.instant();
        PresenceCodes codes = presence.codes();
        return premises.house(houseId).orElseThrow().rooms().stream()
                .map(
                        room ->
                                new PresenceCode(
                                        room.id(),
                                        room.name(),
                                        codes.current(room.id(), now),
                                        PresenceCodes.nextChange(now)))
                .toList();
    }
}
