package com.touchpoint.satisfaction.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackStatus;
import com.touchpoint.satisfaction.Channel;
import com.touchpoint.satisfaction.CustomerSegment;
import com.touchpoint.satisfaction.ServiceType;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.IntakeResult;
import com.touchpoint.shared.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code POST /api/v1/callbacks}: the survey platform delivers up to 5,000 callbacks at a time (API.md). */
@RestController
@RequestMapping("/api/v1/callbacks")
class CallbackApi {

    private final CallbackIntake intake;
    private final TranslationProvider translations;

    CallbackApi(CallbackIntake intake, TranslationProvider translations) {
        this.intake = intake;
        this.translations = translations;
    }

    @PostMapping
    IntakeResponse post(@RequestBody List<CallbackPayload> payload) {
        if (payload.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The array contains null instead of a callback.");
        }
        List<CallbackRecord> records = payload.stream().map(CallbackPayload::toRecord).toList();
        if (records.size() > CallbackIntake.MAX_BATCH) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "A delivery holds at most "
                    + CallbackIntake.MAX_BATCH + " callbacks; this one has " + records.size() + ".");
        }
        IntakeResult result = intake.ingest(records);
        return new IntakeResponse(result.accepted(), result.duplicates(), result.rejected().stream()
                .map(r -> new RejectedRecord(r.index(), r.externalId(), r.problems().stream()
                        .map(p -> translations.getTranslation(p.messageKey(), Locale.ENGLISH, p.arguments())).toList()))
                .toList());
    }

    /**
     * A callback as API.md types it: dates and codes are bound by JSON, so an unknown code or a malformed
     * date is a 400 naming the field ("[3].serviceType"); everything else is checked record by record.
     */
    record CallbackPayload(String externalId, String employeeNo, LocalDate serviceDate, LocalDate callbackDate,
                           ServiceType serviceType, Channel channel, CustomerSegment customerSegment,
                           CallbackStatus status, String questionnaire,
                           @JsonDeserialize(contentUsing = WholeNumberDeserializer.class) Map<String, Integer> answers,
                           Boolean complaint,
                           String comment, String callbackAgent) {
        CallbackRecord toRecord() {
            return new CallbackRecord(externalId, employeeNo, text(serviceDate), text(callbackDate), text(serviceType),
                    text(channel), text(customerSegment), text(status), questionnaire, answers, complaint, comment,
                    callbackAgent);
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    record IntakeResponse(int accepted, int duplicates, List<RejectedRecord> rejected) {
    }

    record RejectedRecord(int index, String externalId, List<String> errors) {
    }
}
