package org.county.staffing.quota.enrollment;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code PUT /schools/{id}/enrollment/{schoolYear}}: students per stage the school teaches, e.g.
 * {@code {"PRIMARY": 812, "JUNIOR": 402}}, and optionally {@code "classes": {"PRIMARY": 18}}. The
 * values are kept as sent, so that {@link EnrollmentRules} names each broken rule with its field
 * (a count that is no whole number, an unknown stage, a stage the school does not teach).
 */
@Schema(name = "ReportEnrollmentRequest", type = SchemaType.OBJECT, minProperties = 1,
        description = "students per stage (the stages the school teaches, each 0 to 100000), optionally classes per stage",
        properties = {
                @SchemaProperty(name = "KINDERGARTEN", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000"),
                @SchemaProperty(name = "PRIMARY", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000"),
                @SchemaProperty(name = "JUNIOR", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000"),
                @SchemaProperty(name = "SENIOR", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000"),
                @SchemaProperty(name = "VOCATIONAL", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000"),
                @SchemaProperty(name = "SPECIAL", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000"),
                @SchemaProperty(name = EnrollmentRules.CLASSES, type = SchemaType.OBJECT,
                        description = "classes per stage, for stages whose students are reported, e.g. {\"PRIMARY\": 18}")
        })
public final class ReportEnrollmentRequest {

    @JsonIgnore
    @Schema(hidden = true)
    private final ObjectNode fields = JsonNodeFactory.instance.objectNode();

    @JsonAnySetter
    void field(String name, JsonNode value) {
        fields.set(name, value);
    }

    /** The report as sent, field by field. */
    public JsonNode fields() {
        return fields;
    }
}
