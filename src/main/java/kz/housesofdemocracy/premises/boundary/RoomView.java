package kz.housesofdemocracy.premises.boundary;

import java.math.BigDecimal;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;

/** A room as people choose it: what it is, how many it seats, what it has, what an hour costs. */
public record RoomView(
        long id,
        RoomKind kind,
        LocalizedText name,
        int capacity,
        boolean stepFree,
        BigDecimal hourlyRateKzt,
        boolean needsApproval,
        List<EquipmentView> equipment) {

    static RoomView of(Room room) {
        return new RoomView(
                room.id(),
                room.kind(),
                room.name(),
                room.capacity().people(),
                room.stepFree(),
                room.hourlyRate().amount(),
                room.needsApproval(),
                room.equipment().stream().map(EquipmentView::of).toList());
    }
}
