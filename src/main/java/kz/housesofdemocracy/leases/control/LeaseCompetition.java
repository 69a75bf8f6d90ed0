package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.LongToIntFunction;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Office;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * NGOs competing for offices: the applications side by side with the facts a fair choice rests on,
 * the leases that already hold an office, and the open applications an approval closes. An NGO
 * holds at most one office per House and applies once per House and window.
 */
@ApplicationScoped
public class LeaseCompetition {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private LeaseAudit history;
    @Inject private LeaseLetters letters;

    /** What matters for a fair choice between NGOs applying for the same office. */
    @Schema(
            description =
                    "An application competing for an office, with the facts about its NGO a fair"
                            + " choice rests on.")
    public record Contender(
            LeaseView application,
            @Schema(description = "Whether the NGO is eligible now (the eligibility policy).")
                    boolean eligible,
            @Schema(description = "Whether the NGO already holds an approved or active lease.")
                    boolean holdsSpace,
            @Schema(
                            description =
                                    "The NGO's confirmed or no-show bookings that started in the"
                                            + " last 365 days.")
                    long bookingsLastYear,
            @Schema(
                            description =
                                    "Share of the NGO's confirmed bookings of the last year that"
                                            + " ended as no-shows, whole percent.")
                    int noShowPercent,
            @Schema(description = "Whether the NGO is youth-led.") boolean youthLed,
            @Schema(
                            description =
                                    "The languages the NGO works in (KK, RU, EN, OTHER), sorted.",
                            example = "[\"KK\", \"RU\"]")
                    List<String> languages,
            @Schema(description = "The NGO's areas of activity, named in three languages.")
                    List<LocalizedText> areas)
            implements Serializable {}

    /**
     * The application and every open one competing with it for the same office (an "any office"
     * application competes with all of its House's), with the facts a fair choice rests on.
     */
    public List<Contender> contenders(
            Lease lease, LongPredicate eligible, LongToIntFunction noShowPercent) {
        List<Lease> all =
                em.createQuery(
                                "SELECT l FROM Lease l JOIN FETCH l.ngo WHERE l.house = :house AND l.window = :window AND l.status IN :open ORDER BY l.submittedAt, l.id",
                                Lease.class)
                        .setParameter("house", lease.house())
                        .setParameter("window", lease.window())
                        .setParameter("open", LeaseStatus.OPEN)
                        .getResultList();
        List<Contender> contenders = new ArrayList<>();
        contenders.add(contender(lease, eligible, noShowPercent));
        for (Lease other : all) {
            boolean competes =
                    lease.office() == null
                            || other.office() == null
                            || other.office().id().equals(lease.office().id());
            if (!other.id().equals(lease.id()) && competes) {
                contenders.add(contender(other, eligible, noShowPercent));
            }
        }
        return contenders;
    }

    private Contender contender(Lease l, LongPredicate eligible, LongToIntFunction noShowPercent) {
        Ngo ngo = l.ngo();
        Instant now = clock.instant();
        Period lastYear = Period.of(now.minus(Duration.ofDays(365)), now);
        long bookings =
                em.createQuery(
                                "SELECT COUNT(b) FROM Booking b WHERE b.ngo = :ngo AND b.startsAt >= :since AND b.startsAt < :now AND b.status IN :held",
                                Long.class)
                        .setParameter("ngo", ngo)
                        .setParameter("since", lastYear.start())
                        .setParameter("now", lastYear.end())
                        .setParameter(
                                "held", List.of(BookingStatus.CONFIRMED, BookingStatus.NO_SHOW))
                        .getSingleResult();
        boolean holds =
                em.createQuery(
                                        "SELECT COUNT(x) FROM Lease x WHERE x.ngo = :ngo AND x.status IN :holding",
                                        Long.class)
                                .setParameter("ngo", ngo)
                                .setParameter("holding", LeaseStatus.HOLDING)
                                .getSingleResult()
                        > 0;
        return new Contender(
                LeaseView.of(l),
                eligible.test(ngo.id()),
                holds,
                bookings,
                noShowPercent.applyAsInt(ngo.id()),
                ngo.youthLed(),
                ngo.languages().stream().map(Enum::name).sorted().toList(),
                ngo.areas().stream().map(ActivityArea::name).toList());
    }

    /** Refused when another lease holds the office during any part of the term. */
    public void refuseOfficeTaken(Office office, Lease lease) {
        if (!holdersOf(office, lease.term()).isEmpty()) {
            throw Refusal.conflict("office-taken", "lease.problem.officeTaken");
        }
    }

    /** Leases that hold an office during any part of some days. */
    public List<Lease> holdersOf(Office office, DateSpan days) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l WHERE l.office = :office AND l.status IN :holding",
                        Lease.class)
                .setParameter("office", office)
                .setParameter("holding", LeaseStatus.OCCUPYING)
                .getResultList()
                .stream()
                .filter(l -> l.holdsDuring(days))
                .toList();
    }

    /**
     * Closes the open applications for the approved lease's office whose terms overlap its term,
     * each with the lease that closed it, and tells their NGOs.
     */
    public void closeCompetitorsOf(Caller caller, Lease approved) {
        for (Lease other : competitorsFor(approved.office(), approved)) {
            other.reject(null, caller.accountId(), approved.id(), clock.instant());
            history.record(caller, "lease.closed", other, "office given to lease " + approved.id());
            letters.toNgo(other, "mail.lease.closed", null, null);
        }
    }

    private List<Lease> competitorsFor(Office office, Lease approved) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l WHERE l.office = :office AND l.status IN :open AND l.id <> :self",
                        Lease.class)
                .setParameter("office", office)
                .setParameter("open", LeaseStatus.OPEN)
                .setParameter("self", approved.id())
                .getResultList()
                .stream()
                .filter(l -> approved.term().overlaps(l.term()))
                .toList();
    }

    /** An NGO holds at most one office per House: refused while another lease holds one. */
    public void refuseSecondLease(Lease lease) {
        boolean holds =
                em
                        .createQuery(
                                "SELECT l FROM Lease l WHERE l.ngo = :ngo AND l.house = :house AND l.status IN :holding AND l.id <> :self",
                                Lease.class)
                        .setParameter("ngo", lease.ngo())
                        .setParameter("house", lease.house())
                        .setParameter("holding", LeaseStatus.OCCUPYING)
                        .setParameter("self", lease.id() == null ? -1L : lease.id())
                        .getResultList()
                        .stream()
                        .anyMatch(
                                other ->
                                        !other.id().equals(lease.renewalOf())
                                                && !other.lastDay().isBefore(lease.startsOn()));
        if (holds) {
            throw Refusal.conflict("second-lease", "lease.problem.secondLease");
        }
        if (lease.renewalOf() != null) {
            Lease renewed = em.find(Lease.class, lease.renewalOf());
            if (renewed == null
                    || !renewed.ngo().id().equals(lease.ngo().id())
                    || !renewed.house().id().equals(lease.house().id())
                    || !LeaseStatus.HOLDING.contains(renewed.status())
                    || !renewed.endsOn().plusDays(1).equals(lease.startsOn())) {
                throw Refusal.invalid("renewalOf", "lease.problem.renewal");
            }
        }
    }

    /** One application per NGO, House and window at a time. */
    public void refuseDuplicate(Lease lease) {
        long others =
                em.createQuery(
                                "SELECT COUNT(l) FROM Lease l WHERE l.ngo = :ngo AND l.house = :house AND l.window = :window AND l.status IN :live AND l.id <> :self",
                                Long.class)
                        .setParameter("ngo", lease.ngo())
                        .setParameter("house", lease.house())
                        .setParameter("window", lease.window())
                        .setParameter(
                                "live",
                                List.of(
                                        LeaseStatus.DRAFT,
                                        LeaseStatus.SUBMITTED,
                                        LeaseStatus.UNDER_REVIEW))
                        .setParameter("self", lease.id() == null ? -1L : lease.id())
                        .getSingleResult();
        if (others > 0) {
            throw Refusal.conflict("lease-duplicate", "lease.problem.alreadyApplied");
        }
    }
}
