package kz.housesofdemocracy.accounts.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.AccountStatus;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * Who is calling, read in one statement for every request that comes with a token or a session: the
 * account (active, and for a session of the session's epoch; for a token, the token not revoked),
 * its grants and the NGOs it represents, as rows of one {@code UNION ALL}. The head row (kind 0)
 * exists only when the account may act; the grants (kind 1) and NGOs (kind 2) follow it.
 */
public final class CallerRows {

    /** The token behind a caller: its id and whether its last noted use is over a minute old. */
    public record Token(long id, boolean useNoteDue) {}

    /** A caller and, when read through a token, the token. */
    public record Found(Caller caller, Optional<Token> token) {}

    private static final String ACTIVE = "'" + AccountStatus.ACTIVE.name() + "'";

    private static final String REST =
            " UNION ALL SELECT 1, g.id, g.house_id, g.role, g.region_code,"
                    + " CAST(NULL AS VARCHAR(2)), 0 FROM role_grant g WHERE g.account_id = {account}"
                    + " UNION ALL SELECT 2, r.ngo_id, CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(20)),"
                    + " CAST(NULL AS VARCHAR(10)), CAST(NULL AS VARCHAR(2)), 0"
                    + " FROM ngo_representative r WHERE r.account_id = {account}"
                    + " ORDER BY 1, 2";

    /**
     * ?1 the token's hash, ?2 the moment before which a use is worth noting again. The head row
     * carries the token's id as its order and the account's id, e-mail, name and language.
     */
    static final String BY_TOKEN =
            "SELECT 0 AS kind, t.id AS ord, a.id AS num, a.email AS s1, a.display_name AS s2,"
                    + " a.language AS s3,"
                    + " CASE WHEN t.last_used_at IS NULL OR t.last_used_at < ?2 THEN 1 ELSE 0 END"
                    + " AS due FROM api_token t JOIN account a ON a.id = t.account_id"
                    + " WHERE t.token_hash = ?1 AND t.revoked_at IS NULL AND a.status = "
                    + ACTIVE
                    + REST.replace(
                            "{account}",
                            "(SELECT t.account_id FROM api_token t WHERE t.token_hash = ?1)");

    /** ?1 the account's id, ?2 the session's epoch. */
    static final String BY_SESSION =
            "SELECT 0 AS kind, 0 AS ord, a.id AS num, a.email AS s1, a.display_name AS s2,"
                    + " a.language AS s3, 0 AS due FROM account a"
                    + " WHERE a.id = ?1 AND a.session_epoch = ?2 AND a.status = "
                    + ACTIVE
                    + REST.replace("{account}", "?1");

    private CallerRows() {}

    /** A use noted before this moment is noted again (at most once a minute per token). */
    static OffsetDateTime noteAgainBefore(Instant now) {
        return now.minusSeconds(60).atOffset(ZoneOffset.UTC);
    }

    /** The caller the rows describe; empty without a head row (unknown, revoked or inactive). */
    static Optional<Found> read(List<?> rows) {
        Object[] head = null;
        List<Caller.Grant> grants = new ArrayList<>();
        Set<Long> ngos = new HashSet<>();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            switch (((Number) row[0]).intValue()) {
                case 0 -> head = row;
                case 1 ->
                        grants.add(
                                new Caller.Grant(
                                        Role.valueOf((String) row[3]),
                                        row[2] == null ? null : ((Number) row[2]).longValue(),
                                        (String) row[4]));
                default -> ngos.add(((Number) row[1]).longValue());
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        Caller caller =
                new Caller(
                        ((Number) head[2]).longValue(),
                        (String) head[3],
                        (String) head[4],
                        Language.valueOf((String) head[5]),
                        List.copyOf(grants),
                        Set.copyOf(ngos));
        long token = ((Number) head[1]).longValue();
        return Optional.of(
                new Found(
                        caller,
                        token == 0
                                ? Optional.empty()
                                : Optional.of(
                                        new Token(token, ((Number) head[6]).intValue() == 1))));
    }
}
