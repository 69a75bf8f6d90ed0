package kz.housesofdemocracy.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * When the database is gone, fail at once. EclipseLink's default is to reconnect up to three times
 * with five seconds between attempts, which turns a database outage into ten-second waits for every
 * request; WildFly's pool already validates connections and drops broken ones, so a request after
 * the database's return gets a good connection without EclipseLink's help.
 */
public class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
