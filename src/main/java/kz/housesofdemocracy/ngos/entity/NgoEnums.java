package kz.housesofdemocracy.ngos.entity;

/** The closed lists an NGO's record uses; their names are stored, their words are in bundles. */
public final class NgoEnums {

    private NgoEnums() {}

    public enum LegalForm {
        PUBLIC_ASSOCIATION,
        PUBLIC_FOUNDATION,
        ASSOCIATION_OR_UNION,
        PRIVATE_INSTITUTION,
        OTHER
    }

    /** Languages an NGO works in: the three of the product, and "other". */
    public enum WorkingLanguage {
        KK,
        RU,
        EN,
        OTHER
    }

    public enum FundingSource {
        STATE,
        INTERNATIONAL_DONORS,
        BUSINESS,
        MEMBERS_FEES,
        OTHER
    }

    /**
     * Whether staff have checked the NGO is who it says (automatic for nobody: a valid BIN is only
     * the start).
     */
    public enum IdentityStatus {
        UNVERIFIED,
        VERIFIED,
        REFUSED
    }

    public enum OperatingStatus {
        ACTIVE,
        SUSPENDED,
        LIQUIDATED
    }

    public enum FilingStatus {
        PENDING,
        VERIFIED,
        REFUSED
    }
}
