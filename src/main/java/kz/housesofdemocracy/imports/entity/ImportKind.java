package kz.housesofdemocracy.imports.entity;

/** What a file imports: the registry's NGOs, a House's rooms or offices, or its running leases. */
public enum ImportKind {
    NGOS,
    ROOMS,
    OFFICES,
    LEASES;

    /** Whether a file of this kind belongs to one House (rooms, offices, leases). */
    public boolean perHouse() {
        return this != NGOS;
    }
}
