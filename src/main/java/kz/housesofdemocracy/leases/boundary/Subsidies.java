package kz.housesofdemocracy.leases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.leases.control.LeaseAudit;
import kz.housesofdemocracy.leases.control.LeaseSubsidies;
import kz.housesofdemocracy.platform.InputCheck;

/** The share of office rent the state pays in each region: read by anyone, set by the admin. */
@Stateless
public class Subsidies {

    @Inject private LeaseSubsidies subsidies;
    @Inject private LeaseAudit history;

    /** A region's share, for people asking about it: an unknown region is "not found". */
    public int percentOf(String regionCode) {
        subsidies.refuseUnknownRegion(regionCode);
        return subsidies.percentOf(regionCode);
    }

    public int setPercent(Caller caller, String regionCode, Integer percent) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        subsidies.refuseUnknownRegion(regionCode);
        InputCheck.start().present("percent", percent).orRefuse();
        subsidies.set(regionCode, percent);
        history.recordSubsidy(caller, regionCode, percent);
        return percent;
    }
}
