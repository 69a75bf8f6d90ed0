package kz.housesofdemocracy.accounts.control;

/** Everything the access policy rules on. Later components add their actions here. */
public enum Action {
    /** Open the staff area (any staff role). */
    ENTER_STAFF_AREA,
    /** Read a House's staff list: its managers, its region's approvers, national administrators. */
    VIEW_HOUSE_STAFF,
    /** Keep a House's facts, rooms and offices: its managers and national administrators. */
    MANAGE_HOUSE,
    /** Decide requests in a region: that region's akimat approvers. */
    DECIDE_IN_REGION,
    /** Use one's own account (profile, password, API tokens). */
    USE_OWN_ACCOUNT,
    /** Open and close Houses, keep the national equipment list. */
    ADMINISTER_PREMISES,
    /** Grant and revoke staff roles. */
    MANAGE_ROLES,
    /** Search the audit trail. */
    READ_AUDIT
}
