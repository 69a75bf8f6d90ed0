package kz.housesofdemocracy.workspace.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.accounts.control.AccountQueries;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.workspace.control.DigestLetters;

/**
 * The daily digest: each member of staff who asked for it, and on whom something has waited for
 * more than a day, receives one mail a day (in Kazakhstan's days) with the counts and the oldest
 * items. Each person is one transaction: the account's day of the last digest is set and its
 * version raised, so of two nodes sending at once one commits and the other sends nothing.
 */
@Stateless
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());

    /** How many of the oldest items a digest lists. */
    public static final int OLDEST = 10;

    private static final Duration OLD = Duration.ofDays(1);

    @PersistenceContext private EntityManager em;
    @Inject private AccountQueries accounts;
    @Inject private Inbox inbox;
    @Inject private DigestLetters letters;
    @Resource private SessionContext context;

    /** Sends the digests due at a moment; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.KAZAKHSTAN);
        List<Long> due =
                em.createQuery(
                                "SELECT DISTINCT g.account.id FROM RoleGrant g"
                                        + " WHERE g.account.dailyDigest = TRUE"
                                        + " AND g.account.status = kz.housesofdemocracy.accounts.entity.AccountStatus.ACTIVE"
                                        + " AND g.role <> kz.housesofdemocracy.access.entity.Role.NGO_REPRESENTATIVE"
                                        + " AND (g.account.digestSentOn IS NULL OR g.account.digestSentOn < :today)",
                                Long.class)
                        .setParameter("today", today)
                        .getResultList();
        Digests self = context.getBusinessObject(Digests.class);
        int sent = 0;
        for (long account : due) {
            try {
                if (self.sendTo(account, now)) {
                    sent++;
                }
            } catch (RuntimeException lost) {
                // another node sent it first (the account's version moved), or this one failed:
                // the others still go out
                LOG.log(Level.INFO, "no digest for account " + account, lost);
            }
        }
        return sent;
    }

    /** One person's digest, if due and something has waited on them for more than a day. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendTo(long accountId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.KAZAKHSTAN);
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.digestDueOn(today)) {
            return false;
        }
        Caller caller = accounts.callerOf(account);
        List<WaitingItem> oldest = inbox.oldest(caller, null, OLDEST);
        if (oldest.isEmpty() || oldest.get(0).since().isAfter(now.minus(OLD))) {
            return false;
        }
        account.digestSent(today);
        em.flush();
        letters.digest(account, inbox.counts(caller), oldest, now);
        return true;
    }
}
