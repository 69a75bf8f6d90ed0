package kz.housesofdemocracy.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.platform.Refusal;

/** A person's choice of the daily digest of what waits for them (staff only receive one). */
@Stateless
public class DigestSetting {

    @PersistenceContext private EntityManager em;

    public boolean dailyDigest(Caller caller) {
        return own(caller).dailyDigest();
    }

    public void chooseDailyDigest(Caller caller, boolean wanted) {
        own(caller).chooseDailyDigest(wanted);
    }

    private Account own(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        AccessPolicy.require(caller, Action.USE_OWN_ACCOUNT, Scope.account(caller.accountId()));
        return em.find(Account.class, caller.accountId());
    }
}
