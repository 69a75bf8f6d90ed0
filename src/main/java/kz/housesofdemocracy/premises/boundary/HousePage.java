package kz.housesofdemocracy.premises.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import kz.housesofdemocracy.platform.EntityId;

/** The public page of one House: its facts, week, rooms and offices. */
@Named
@RequestScoped
public class HousePage {

    @Inject private Clock clock;

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject private Premises premises;
    @Inject private FacesContext faces;

    private String id;
    private HouseDetails house;

    /** Answers 404 for an id that is missing, malformed or names no House. */
    public void load() throws IOException {
        Optional<HouseDetails> found = EntityId.parse(id).flatMap(premises::house);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        house = found.get();
    }

    public String hours(OpeningDay day) {
        return HOURS.format(day.opens()) + "–" + HOURS.format(day.closes());
    }

    /** The House's offset from UTC today, e.g. "UTC+05:00". */
    public String getUtcOffset() {
        return "UTC" + ZoneId.of(house.timeZone()).getRules().getOffset(clock.instant()).getId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public HouseDetails getHouse() {
        return house;
    }
}
