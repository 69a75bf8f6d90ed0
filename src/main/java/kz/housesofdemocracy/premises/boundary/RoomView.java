package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
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
        boolean active,
        int minMinutes,
        int maxMinutes,
        int horizonDays,
        int noticeMinutes,
        List<EquipmentView> equipment,
        List<PhotoView> photos,
        long houseId)
        implements Serializable {

    static RoomView of(Room room, List<PhotoView> photos) {
        return new RoomView(
                room.id(),
                room.kind(),
                room.name(),
                room.capacity().people(),
                room.stepFree(),
                room.hourlyRate().amount(),
                room.needsApproval(),
                room.isActive(),
                room.rules().minMinutes(),
                room.rules().maxMinutes(),
                room.rules().horizonDays(),
                room.rules().noticeMinutes(),
                room.equipment().stream().map(EquipmentView::of).toList(),
                photos,
                room.house().id());
    }
}
