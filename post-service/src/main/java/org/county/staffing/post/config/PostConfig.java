package org.county.staffing.post.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of HR's post rules, under {@code post.*}. */
@ConfigMapping(prefix = "post")
public interface PostConfig {

    Structure structure();

    /**
     * The structure of a school's posts, as shares of its quota. The seed document fixes no
     * figures; the defaults read the national post-setting guidance for schools (professional-
     * technical posts are the main body, 主體崗位) conservatively: set the province's figures here.
     */
    interface Structure {
        /** Teaching (professional-technical) posts are at least this percentage of the quota. */
        @WithDefault("85")
        int teachingMinPercent();

        /** Management posts are at most this percentage of the quota. */
        @WithDefault("10")
        int managementMaxPercent();

        /** Management posts any school may have, however small its quota (the principal's). */
        @WithDefault("1")
        int managementMinimum();
    }
}
