package org.county.staffing.backbone.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string of a request body holds a control character. A mapping exception, so that Jackson
 * adds the path of the field ({@code items[2].reason}) on its way out; its cause is the
 * {@code CONTROL_CHARACTER} violation, which the problem mappers place at that path.
 */
public class ControlCharacterInJson extends JsonMappingException {

    public ControlCharacterInJson(JsonParser parser, String value, int index) {
        super(parser, "control character U+" + String.format("%04X", (int) value.charAt(index)) + " in a string",
                ControlCharacters.violation("field", null, value, index));
    }
}
