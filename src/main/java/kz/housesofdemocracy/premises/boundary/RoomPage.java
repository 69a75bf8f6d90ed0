package kz.housesofdemocracy.premises.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * Adding or editing a room: kind, names, capacity, equipment, rate, approval, booking rules,
 * photos.
 */
@Named
@ViewScoped
public class RoomPage extends PlaceEditPage {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentLanguage language;
    @Inject private Premises premises;
    @Inject private java.time.Clock clock;

    private RoomForm form = new RoomForm();

    @Override
    protected long houseOf(long roomId) {
        return administration.houseOfRoom(caller.require(), roomId);
    }

    @Override
    protected void fill() {
        RoomView room = current();
        form = new RoomForm();
        form.setKind(room.kind().name());
        form.setName(TextsForm.of(room.name()));
        form.setCapacity(room.capacity());
        form.setEquipment(
                new ArrayList<>(room.equipment().stream().map(EquipmentView::code).toList()));
        form.setStepFree(room.stepFree());
        form.setHourlyRateKzt(room.hourlyRateKzt().stripTrailingZeros());
        form.setNeedsApproval(room.needsApproval());
        form.setMinMinutes(room.minMinutes());
        form.setMaxMinutes(room.maxMinutes());
        form.setHorizonDays(room.horizonDays());
        form.setNoticeMinutes(room.noticeMinutes());
        form.setOpenedOn(room.openedOn());
        form.setClosedOn(room.closedOn());
    }

    /** A new room's opening date starts as today in the House's zone (or the House's first day). */
    @Override
    protected void refresh() {
        super.refresh();
        if (isNew() && form.getOpenedOn() == null) {
            java.time.LocalDate today =
                    java.time.LocalDate.now(
                            clock.withZone(java.time.ZoneId.of(houseDetails.timeZone())));
            java.time.LocalDate houseOpens = houseDetails.openedOn();
            form.setOpenedOn(houseOpens != null && houseOpens.isAfter(today) ? houseOpens : today);
        }
    }

    private RoomView current() {
        return houseDetails.rooms().stream()
                .filter(r -> r.id() == placeId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    protected List<PhotoView> currentPhotos() {
        return current().photos();
    }

    @Override
    protected long addPhoto(byte[] image, LocalizedText alt) {
        return administration.addPhoto(caller.require(), placeId, null, image, alt);
    }

    public void save() throws IOException {
        try {
            if (isNew()) {
                administration.addRoom(caller.require(), houseId, form);
                backToHouse("room.added");
            } else {
                administration.updateRoom(caller.require(), placeId, form);
                backToHouse("room.saved");
            }
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "room");
        }
    }

    public RoomKind[] getKinds() {
        return RoomKind.values();
    }

    public List<EquipmentView> getEquipmentList() {
        return language.sorted(premises.equipment(), EquipmentView::name);
    }

    public RoomForm getForm() {
        return form;
    }
}
