package kz.housesofdemocracy.events.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** An event as the calendar shows it, in its place's local time, with the seats left. */
public record EventView(
        long id,
        String scope,
        String regionCode,
        Long houseId,
        LocalizedText houseName,
        LocalizedText title,
        LocalizedText description,
        Instant startsAt,
        Instant endsAt,
        LocalDate date,
        LocalTime start,
        LocalDate endDate,
        LocalTime end,
        boolean allDay,
        boolean publicEvent,
        boolean registration,
        boolean registrationOpen,
        Integer capacity,
        int confirmed,
        int waiting,
        int unconfirmed,
        Instant registrationDeadline,
        boolean cancelled,
        List<Long> heldRoomIds)
        implements Serializable {

    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
