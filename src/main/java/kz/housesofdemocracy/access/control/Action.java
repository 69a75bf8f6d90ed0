package kz.housesofdemocracy.access.control;

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
    /** Read an NGO's full record: its representatives, its region's approvers, administrators. */
    VIEW_NGO,
    /** Act for an NGO (filings, invitations): its representatives. */
    ACT_FOR_NGO,
    /**
     * Verify an NGO or its filing, suspend it: its region's approvers, never one who represents it
     * (four eyes).
     */
    DECIDE_ON_NGO,
    /** List the NGOs of a region: its approvers and administrators. */
    LIST_NGOS,
    /** Change the eligibility policy's parameters. */
    EDIT_ELIGIBILITY_POLICY,
    /**
     * Confirm or reject a booking that needs approval, or cancel one as staff: the House's managers
     * and its region's approvers, never for an NGO they represent.
     */
    DECIDE_BOOKING,
    /** See who booked what in a House: its managers, its region's approvers, administrators. */
    VIEW_HOUSE_BOOKINGS,
    /** Grant and revoke staff roles. */
    MANAGE_ROLES,
    /** Search the audit trail. */
    READ_AUDIT,
    /**
     * Organise events: national ones by administrators; regional and House ones by the region's
     * approvers (and administrators).
     */
    ORGANISE_EVENT,
    /** Open a region's lease application window: its approvers and administrators. */
    OPEN_LEASE_WINDOW,
    /**
     * Recommend on a lease application: the House's managers (and administrators), never for an NGO
     * they represent.
     */
    RECOMMEND_LEASE,
    /** Decide on a lease application or end a lease early: the region's approvers, four eyes. */
    DECIDE_LEASE,
    /**
     * Read a lease: its NGO's representatives, the House's managers, the region's approvers,
     * administrators.
     */
    VIEW_LEASE,
    /** Read a region's annual report: its approvers; the nation's: administrators. */
    READ_REPORT,
    /**
     * Import NGOs from the registry's export: administrators into any region, akimat approvers into
     * their own (a scope without a region: any region they approve in).
     */
    IMPORT_NGOS
}
