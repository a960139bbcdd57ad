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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Callbacks", description = "Results of post-service callbacks (回访) from the survey platform.")
class CallbackApi {

    static final String EXAMPLE_DELIVERY = """
            [{
              "externalId": "CB-2026-000001",
              "employeeNo": "E10023",
              "serviceDate": "2026-10-03",
              "callbackDate": "2026-10-05",
              "serviceType": "REPAIR",
              "channel": "ONSITE",
              "customerSegment": "MASS",
              "status": "COMPLETED",
              "questionnaire": "STANDARD-2026",
              "answers": {"ATTITUDE": 5, "EFFICIENCY": 4, "PROFESSIONAL": 5, "PROMISE": 3, "RESOLUTION": 4, "OVERALL": 9},
              "complaint": false,
              "comment": "师傅很耐心,但比约定时间晚到了一小时"
            }]""";

    static final String EXAMPLE_RESULT = """
            {"accepted": 1, "duplicates": 0, "rejected": [{"index": 3, "externalId": "CB-2026-000004",
              "errors": ["Answer 6 to item ATTITUDE is outside its scale 1–5"]}]}""";

    private final CallbackIntake intake;
    private final TranslationProvider translations;

    CallbackApi(CallbackIntake intake, TranslationProvider translations) {
        this.intake = intake;
        this.translations = translations;
    }

    @PostMapping
    @Operation(operationId = "postCallbacks", summary = "Deliver callbacks", description = """
            Up to 5,000 callback records in one JSON array. Each record is validated on its own: unknown \
            employee, questionnaire or item, an answer outside the item's scale, callbackDate before serviceDate \
            or in the future, answers on a callback that is not COMPLETED, a comment over 2,000 characters. \
            Valid records are stored, invalid ones are listed in `rejected` with every reason. A record identical \
            to a stored one (same `externalId`, same content) is a duplicate and changes nothing; a different \
            record under a stored `externalId` is rejected as a conflict. Wrong JSON types (an unknown code, a \
            malformed date, an answer as text or with a fraction) refuse the whole delivery with 400.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "one callback", value = EXAMPLE_DELIVERY)))
    @ApiResponse(responseCode = "200", description = "What was stored, counted as duplicate, or rejected and why.",
            content = @Content(schema = @Schema(implementation = IntakeResponse.class),
                    examples = @ExampleObject(name = "result", value = EXAMPLE_RESULT)))
    @ApiResponse(responseCode = "409", description = "The delivery kept colliding with simultaneous deliveries of the "
            + "same externalIds; nothing was stored. Send it again: stored records then count as duplicates.")
    @ApiResponse(responseCode = "413", description = "More than 5,000 records in one delivery; nothing was stored.")
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
