package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.bookings.control.QrCodes;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.boundary.HouseDetails;
import kz.housesofdemocracy.premises.boundary.Premises;

/**
 * The House's front-desk screen: each room's presence code of now, as digits and as a QR code that
 * opens the room's check-in page with the code filled in; it refreshes itself.
 */
@Named
@ViewScoped
public class FrontDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FrontDesk frontDesk;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;
    @Inject private PublicAddress address;

    private String house;
    private long houseId;
    private HouseDetails details;
    private List<FrontDesk.PresenceCode> codes;

    public void load() {
        try {
            houseId =
                    EntityId.parse(house)
                            .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
            codes = frontDesk.codes(caller.require(), houseId);
            details = premises.house(houseId).orElseThrow();
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    /** Reads the codes again (the page polls every few seconds). */
    public void refresh() {
        codes = frontDesk.codes(caller.require(), houseId);
    }

    /** A room's QR code of now, as a data address for an image. */
    public String qr(FrontDesk.PresenceCode code) {
        String link =
                address.link(
                        "/ngo/checkin.xhtml?room="
                                + code.roomId()
                                + "&code="
                                + URLEncoder.encode(code.code(), StandardCharsets.UTF_8));
        return "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(QrCodes.png(link, 240));
    }

    public List<FrontDesk.PresenceCode> getCodes() {
        return codes;
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
}
