package com.touchpoint.satisfaction.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * An answer is a JSON number without a fraction: {@code 5} and {@code 5.0} are 5, while {@code 3.7} or the text
 * {@code "5"} are refused instead of being truncated or converted (Jackson's defaults do both).
 */
class WholeNumberDeserializer extends JsonDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = parser.getDecimalValue();
            try {
                return value.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidFormatException(parser, "not a whole number", value, Integer.class);
            }
        }
        throw new InvalidFormatException(parser, "not a number", parser.getText(), Integer.class);
    }
}
