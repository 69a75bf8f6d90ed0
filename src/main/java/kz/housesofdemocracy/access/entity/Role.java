package kz.housesofdemocracy.access.entity;

/**
 * What a person may be. A person may hold several; the staff roles carry a scope: a House manager
 * one House per grant, an akimat approver one region.
 */
public enum Role {
    NGO_REPRESENTATIVE,
    HOUSE_MANAGER,
    AKIMAT_APPROVER,
    NATIONAL_ADMIN;

    public boolean isStaff() {
        return this != NGO_REPRESENTATIVE;
    }

    public boolean scopedToHouse() {
        return this == HOUSE_MANAGER;
    }

    public boolean scopedToRegion() {
        return this == AKIMAT_APPROVER;
    }
}
