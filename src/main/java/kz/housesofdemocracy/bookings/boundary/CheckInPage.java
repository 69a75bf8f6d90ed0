package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RoomView;

/**
 * Where a room's QR code leads: the representative types the code the House's front desk shows for
 * the room now (or arrives with it, from the desk's own QR code) and checks in their NGO's booking
 * that is on now.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Attendance attendance;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String room;
    private long roomId;
    private RoomView roomView;
    private List<BookingView> current;
    private String code;

    public void load() {
        try {
            roomId =
                    EntityId.parse(room)
                            .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", room));
            roomView =
                    premises.room(roomId)
                            .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", room));
            current = attendance.currentAt(caller.require(), roomId);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void checkIn(long bookingId) {
        try {
            attendance.checkIn(caller.require(), bookingId, code);
            FacesFeedback.info("checkin.done");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "checkin");
        }
        current = attendance.currentAt(caller.require(), roomId);
    }

    public RoomView getRoomView() {
        return roomView;
    }

    public List<BookingView> getCurrent() {
        return current;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
