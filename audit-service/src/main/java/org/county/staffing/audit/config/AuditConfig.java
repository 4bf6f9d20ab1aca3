package org.county.staffing.audit.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the audit log, under {@code audit.*}; README.md explains each default. */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {

    /** The county's time zone: a plain date in {@code from}/{@code to} is a day of this zone. */
    @WithDefault("Asia/Shanghai")
    String zone();

    Read read();

    Query query();

    Export export();

    /** Which event types each department reads: type prefixes, its own service's events by default. */
    interface Read {
        @WithDefault("quota.")
        List<String> staffingOffice();

        @WithDefault("post.")
        List<String> hr();

        @WithDefault("recruitment.")
        List<String> educationBureau();
    }

    interface Query {
        @WithDefault("50")
        int defaultPageSize();

        /** The largest page a query answers; larger extracts go through the streamed export. */
        @WithDefault("500")
        int maxPageSize();
    }

    interface Export {
        /** Rows fetched per round trip of the export's database cursor. */
        @WithDefault("500")
        int fetchSize();

        /** Starts the CSV with a UTF-8 byte order mark so that spreadsheet programs read Chinese text right. */
        @WithDefault("true")
        boolean utf8Bom();
    }
}
