package com.touchpoint.satisfaction.api;

import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.IntakeResult;
import com.touchpoint.shared.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;

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
    IntakeResponse post(@RequestBody List<CallbackRecord> records) {
        if (records.size() > CallbackIntake.MAX_BATCH) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "A delivery holds at most "
                    + CallbackIntake.MAX_BATCH + " callbacks; this one has " + records.size() + ".");
        }
        if (records.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The array contains null instead of a callback.");
        }
        IntakeResult result = intake.ingest(records);
        return new IntakeResponse(result.accepted(), result.duplicates(), result.rejected().stream()
                .map(r -> new RejectedRecord(r.index(), r.externalId(), r.problems().stream()
                        .map(p -> translations.getTranslation(p.messageKey(), Locale.ENGLISH, p.arguments())).toList()))
                .toList());
    }

    record IntakeResponse(int accepted, int duplicates, List<RejectedRecord> rejected) {
    }

    record RejectedRecord(int index, String externalId, List<String> errors) {
    }
}
