package dev.boxoffice.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/** EclipseLink in Payara would store java.time.Instant as bytes; map it to TIMESTAMPTZ. */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return Timestamps.of(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return Timestamps.instant(timestamp);
    }
}
