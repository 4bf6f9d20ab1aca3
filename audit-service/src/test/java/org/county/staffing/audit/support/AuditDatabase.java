package org.county.staffing.audit.support;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;

import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC on the service's database, as an operator with the owner's password would have it. */
public final class AuditDatabase {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private AuditDatabase() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    public static long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long stored(Collection<String> eventIds) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("select count(*) from audit_record where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every one of the events is in the log. */
    public static void awaitStored(Collection<String> eventIds) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> stored(eventIds) == eventIds.size());
    }

    public static void execute(String... statements) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
