package org.county.staffing.backbone.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedOrLostConnectionIsAnOutageWhereverItIsWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseOutage.isCause(new IllegalStateException("transaction failed", new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aFailureOfTheHandlingItselfIsNot() {
        assertThat(DatabaseOutage.isCause(new IllegalArgumentException("unknown school 1370687001"))).isFalse();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isFalse();
    }
}
