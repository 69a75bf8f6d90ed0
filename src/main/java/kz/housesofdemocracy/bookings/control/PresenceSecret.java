package kz.housesofdemocracy.bookings.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The server's secret behind the presence codes: 32 random bytes made on first use and kept in the
 * database (so every node of a cluster shows and accepts the same codes), never in the source. A
 * second node that loses the race to create it reads the winner's on its next call.
 */
@Singleton
public class PresenceSecret {

    private static final int ROW = 1;

    @PersistenceContext private EntityManager em;

    private PresenceCodes codes;

    /**
     * The codes under the stored secret, making the secret first if there is none yet. In its own
     * transaction: a refused check-in rolls its own work back, never the secret just made.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PresenceCodes codes() {
        if (codes == null) {
            codes = new PresenceCodes(Base64.getDecoder().decode(storedOrNew()));
        }
        return codes;
    }

    private String storedOrNew() {
        List<?> stored =
                em.createNativeQuery("SELECT secret FROM presence_secret WHERE id = ?1")
                        .setParameter(1, ROW)
                        .getResultList();
        if (!stored.isEmpty()) {
            return stored.get(0).toString();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String encoded = Base64.getEncoder().encodeToString(secret);
        em.createNativeQuery("INSERT INTO presence_secret (id, secret) VALUES (?1, ?2)")
                .setParameter(1, ROW)
                .setParameter(2, encoded)
                .executeUpdate();
        return encoded;
    }
}
