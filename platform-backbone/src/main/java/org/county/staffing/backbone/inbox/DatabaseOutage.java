package org.county.staffing.backbone.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database itself (down, restarting, refusing or dropping connections)
 * from a failure of the event's handling: the first passes when the database is back and must not
 * cost the event its attempts, the second does not pass by waiting.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * True when the failure, or one of its causes, is a lost or refused connection: SQLSTATE class
     * 08 (connection exception), 57P01-57P03 (the server shutting down or starting), a refused socket,
     * or the connection-failure types of the JDBC driver, the pool and Hibernate.
     */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.equals("org.hibernate.exception.JDBCConnectionException")
                    || (type.startsWith("io.agroal") && String.valueOf(t.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
            if (t instanceof SQLException sql && String.valueOf(sql.getMessage()).startsWith("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
