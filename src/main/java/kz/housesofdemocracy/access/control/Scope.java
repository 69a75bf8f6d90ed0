package kz.housesofdemocracy.access.control;

/**
 * Where the object of an action lives: a House (with its region), a region, a person's own account,
 * or the whole country. The access policy decides by the scope, never by the page.
 */
public record Scope(Long houseId, String regionCode, Long accountId, Long ngoId) {

    public static Scope national() {
        return new Scope(null, null, null, null);
    }

    public static Scope region(String regionCode) {
        return new Scope(null, regionCode, null, null);
    }

    public static Scope house(long houseId, String regionCode) {
        return new Scope(houseId, regionCode, null, null);
    }

    public static Scope account(long accountId) {
        return new Scope(null, null, accountId, null);
    }

    /** A booking: its room's House and region, and the NGO it is for. */
    public static Scope booking(long houseId, String regionCode, long ngoId) {
        return new Scope(houseId, regionCode, null, ngoId);
    }

    /** An NGO, with its region of registration (the region whose akimat decides on it). */
    public static Scope ngo(long ngoId, String regionCode) {
        return new Scope(null, regionCode, null, ngoId);
    }
}
