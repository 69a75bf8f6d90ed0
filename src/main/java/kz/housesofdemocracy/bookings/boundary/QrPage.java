package kz.housesofdemocracy.bookings.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.HouseDetails;
import kz.housesofdemocracy.premises.boundary.PremisesAdministration;

/** A sheet of the House's rooms with their check-in QR codes, to print and put up at the doors. */
@Named
@RequestScoped
public class QrPage {

    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    private String house;
    private HouseDetails details;

    public void load() {
        try {
            long id =
                    EntityId.parse(house)
                            .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
            details = administration.manageableHouse(caller.require(), id);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
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
}
