package kz.housesofdemocracy.closures.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.HouseDetails;
import kz.housesofdemocracy.premises.boundary.PremisesAdministration;

/** A House manager's blackouts: the whole House or one room, from–to, with a reason. */
@Named
@ViewScoped
public class BlackoutsPage implements Serializable {

    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Blackouts blackouts;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    private String house;
    private long houseId;
    private HouseDetails details;
    private Long roomId;
    private LocalDateTime from;
    private LocalDateTime to;
    private String reason;

    public void load() {
        if (details != null) {
            return;
        }
        try {
            houseId =
                    EntityId.parse(house)
                            .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
            details = administration.manageableHouse(caller.require(), houseId);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public List<Blackouts.BlackoutView> getList() {
        Instant now = clock.instant();
        return blackouts.of(
                caller.get().orElse(null),
                houseId,
                Period.of(now.minusSeconds(86_400), now.plusSeconds(366L * 86_400)),
                language.getLocale());
    }

    public void add() {
        try {
            blackouts.add(caller.require(), houseId, roomId, from, to, reason);
            FacesFeedback.info("blackouts.added");
            roomId = null;
            from = null;
            to = null;
            reason = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "blackout");
        }
    }

    public void remove(long id) {
        try {
            blackouts.remove(caller.require(), id);
            FacesFeedback.info("blackouts.removed");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "blackout");
        }
    }

    public HouseDetails getDetails() {
        return details;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
