package kz.housesofdemocracy.imports.control;

import java.time.Instant;
import kz.housesofdemocracy.access.control.Caller;

/**
 * Who imports and where: the caller, the region they may import into (null = any), the House (for
 * rooms, offices and leases; null for NGOs), and the moment of the pass.
 */
public record ImportScope(Caller caller, String regionCode, Long houseId, Instant now) {

    /** Whether a row in this region may be imported by this caller. */
    public boolean mayImportInto(String region) {
        return regionCode == null || regionCode.equals(region);
    }
}
