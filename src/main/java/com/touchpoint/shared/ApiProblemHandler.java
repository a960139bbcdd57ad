package com.touchpoint.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.lang.reflect.RecordComponent;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns every failure of a REST controller into application/problem+json with a readable detail. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final Locale API_LOCALE = Locale.ENGLISH;

    private final TranslationProvider translations;

    ApiProblemHandler(TranslationProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message",
                        translations.getTranslation(p.messageKey(), API_LOCALE, p.arguments())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(m -> m.get("message")).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A request body refused by its Bean Validation annotations gets the same answer as one refused by a service's
     * {@link InputCheck}: one problem per field, in the order of the body's fields. The annotations name a message
     * key as their template, e.g. {@code "{validation.required}"}.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> order = componentNames(e.getBindingResult().getTarget());
        Map<String, InvalidInputException.FieldProblem> firstPerField = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError f) -> order.indexOf(f.getField()))
                        .thenComparingInt(ApiProblemHandler::precedence))
                .forEach(f -> firstPerField.putIfAbsent(f.getField(), problem(f)));
        return ResponseEntity.badRequest().body(invalid(new InvalidInputException(List.copyOf(firstPerField.values()))));
    }

    private static List<String> componentNames(Object target) {
        if (target == null || !target.getClass().isRecord()) {
            return List.of();
        }
        return Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** A missing value is reported before its length, its length before its format, as InputCheck does. */
    private static int precedence(FieldError error) {
        return switch (String.valueOf(error.getCode())) {
            case "NotNull", "NotBlank" -> 0;
            case "Size" -> 1;
            default -> 2;
        };
    }

    private static InvalidInputException.FieldProblem problem(FieldError error) {
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : "validation.invalid";
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object limit = attributes.containsKey("regexp") ? attributes.get("regexp") : attributes.get("max");
        Object[] arguments = limit == null ? new Object[] {error.getField()} : new Object[] {error.getField(), limit};
        return new InvalidInputException.FieldProblem(error.getField(), key, arguments);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, translations.translate(e, API_LOCALE));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, translations.translate(e, API_LOCALE));
    }

    /**
     * Two requests creating the same record at once: the loser hits the unique key (or a lock) and rolled back
     * whole, so repeating it is safe and will see the winner's row.
     */
    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
        if (DatabaseBusy.causedBy(e)) {
            return busy(e);
        }
        if (e instanceof DataIntegrityViolationException && !isUniqueViolation(e)) {
            return unexpected(e);
        }
        log.info("API request lost a race with a concurrent one: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another request changed the same record at the same time; nothing was stored by this one. "
                        + "Send it again."));
    }

    /**
     * A lock wait that timed out or a deadlock: the request was fine and was rolled back whole, and the same request
     * will most likely succeed in a few seconds. That is 503 with Retry-After rather than 409: there is nothing in
     * the request for the client to change (409 asks it to resolve a conflict with the record's state), and clients
     * and proxies retry a 503 with Retry-After by themselves.
     */
    private ResponseEntity<ProblemDetail> busy(Exception e) {
        log.warn("API request rolled back on a lock wait timeout or a deadlock: {}", e.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                translations.getTranslation("api.busy.detail", API_LOCALE));
        problem.setTitle(translations.getTranslation("api.busy.title", API_LOCALE));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS).body(problem);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // MariaDB reports a duplicate key as error 1062, H2 as SQL state 23505.
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == 1062 || "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(TouchpointException.class)
    ProblemDetail refused(TouchpointException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, translations.translate(e, API_LOCALE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this with this token.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' has an invalid value: '" + e.getValue() + "'.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        if (DatabaseBusy.causedBy(e)) {
            return busy(e);
        }
        log.error("Unexpected API failure", e);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; nothing was changed by the failed request."));
    }

    /**
     * The database could not be reached: the request's transaction never committed, so the client may send the
     * same request again once it is back. The answer names neither the exception nor the SQL.
     */
    static ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("API request failed because the database is not reachable: {}", e.getClass().getSimpleName());
        ProblemDetail problem = DatabaseUnavailable.problem();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(e));
        return ResponseEntity.badRequest().body(problem);
    }

    static String unreadableDetail(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + path(u) + "'. Known fields: " + u.getKnownPropertyIds() + ".";
        }
        if (cause instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String expected = target != null && target.isEnum()
                    ? "one of " + Arrays.toString(target.getEnumConstants())
                    : "a valid " + (target == null ? "value" : simpleType(target));
            return "Field '" + path(f) + "' has the invalid value '" + f.getValue() + "': expected " + expected + ".";
        }
        if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
            // Jackson's own message names Java classes; the caller needs the field and the JSON it expects.
            String expected = expectedJson(m.getTargetType());
            return m.getPath().isEmpty() ? "The request body has the wrong shape: expected " + expected + "."
                    : "Field '" + path(m) + "' has the wrong type: expected " + expected + ".";
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "Field '" + path(m) + "' has the wrong type or value.";
        }
        if (cause instanceof JsonParseException p) {
            return "Malformed JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + ": " + p.getOriginalMessage();
        }
        return "The request body is missing or is not valid JSON.";
    }

    private static String expectedJson(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a " + simpleType(type);
    }

    private static String simpleType(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Boolean", "boolean" -> "boolean (true or false)";
            case "Integer", "int" -> "whole number (a JSON number such as 4, not text or a fraction)";
            case "String" -> "text (a JSON string)";
            default -> type.getSimpleName();
        };
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
