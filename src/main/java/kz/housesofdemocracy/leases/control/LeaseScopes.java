package kz.housesofdemocracy.leases.control;

import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.leases.entity.Lease;

/** Where a lease lies for the access policy. */
public final class LeaseScopes {

    private LeaseScopes() {}

    /** For acting on the lease: its House, region and NGO. */
    public static Scope of(Lease lease) {
        return Scope.booking(lease.house().id(), lease.house().region().code(), lease.ngo().id());
    }

    /** For staff lists: without the NGO, so that representing it does not hide it from staff. */
    public static Scope staff(Lease lease) {
        return Scope.house(lease.house().id(), lease.house().region().code());
    }
}
