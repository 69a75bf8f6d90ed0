package kz.housesofdemocracy.accounts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/**
 * The staff section of a House's management page: who works there, and the administrator's form to
 * appoint a manager. It lives in accounts (people and roles) so that premises need not know about
 * them.
 */
@Named
@ViewScoped
public class HouseStaffPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private StaffRoles staffRoles;
    @Inject private CurrentCaller caller;

    private String managerEmail;

    /** The administrator appoints a House manager by e-mail. */
    public void appoint(long houseId) {
        try {
            staffRoles.appointHouseManager(caller.require(), managerEmail, houseId);
            FacesFeedback.info("staffRoles.granted");
            managerEmail = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "staff");
        }
    }

    public List<StaffRoles.StaffMember> staff(Long houseId) {
        return houseId == null ? List.of() : staffRoles.houseStaff(caller.require(), houseId);
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }
}
