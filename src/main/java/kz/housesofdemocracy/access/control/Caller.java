package kz.housesofdemocracy.access.control;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person making the current request, with the roles and scopes they hold now. */
public record Caller(
        long accountId,
        String email,
        String displayName,
        Language language,
        List<Grant> grants,
        Set<Long> ngos)
        implements Serializable {

    /** A person who represents no NGO. */
    public Caller(
            long accountId,
            String email,
            String displayName,
            Language language,
            List<Grant> grants) {
        this(accountId, email, displayName, language, grants, Set.of());
    }

    /** Whether this person represents the NGO. */
    public boolean represents(long ngoId) {
        return ngos.contains(ngoId);
    }

    /** One held role and its scope (a House id for managers, a region code for approvers). */
    @Schema(
            name = "HeldRole",
            description =
                    "A role a person holds, with its scope: a House for HOUSE_MANAGER, a region"
                            + " for AKIMAT_APPROVER, none for the others.")
    public record Grant(
            @Schema(required = true) Role role,
            @Schema(
                            description = "The House a HOUSE_MANAGER looks after, else null.",
                            nullable = true)
                    Long houseId,
            @Schema(
                            description =
                                    "The ISO 3166-2 code of an AKIMAT_APPROVER's region, else"
                                            + " null.",
                            nullable = true,
                            example = "KZ-71")
                    String regionCode)
            implements Serializable {}

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isStaff() {
        return grants.stream().anyMatch(g -> g.role().isStaff());
    }

    public boolean managesHouse(long houseId) {
        return grants.stream()
                .anyMatch(
                        g ->
                                g.role() == Role.HOUSE_MANAGER
                                        && Long.valueOf(houseId).equals(g.houseId()));
    }

    public boolean approvesIn(String regionCode) {
        return grants.stream()
                .anyMatch(
                        g -> g.role() == Role.AKIMAT_APPROVER && g.regionCode().equals(regionCode));
    }

    /** Role names as the container knows them, for the folder constraints in web.xml. */
    public Set<String> roleNames() {
        return grants.stream().map(g -> g.role().name()).collect(Collectors.toSet());
    }
}
