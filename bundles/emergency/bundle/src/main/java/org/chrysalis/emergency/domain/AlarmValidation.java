package org.chrysalis.emergency.domain;

import java.util.ArrayList;
import java.util.List;

import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.validation.CreditCode;

/**
 * Checks raw input and answers every invalid field at once, so the service can turn the list into
 * one 400 problem ({@code ProblemException.invalid(errors)}). An empty list means valid.
 */
public final class AlarmValidation {

    public static final int ENTERPRISE_NAME_MAX = 200;
    public static final int PARK_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int NOTE_MAX = 500;

    private AlarmValidation() {
    }

    /** Enterprise name, credit code, park and kind are required; the description is optional. */
    public static List<FieldError> validateRaise(RaiseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError("", "is required"));
            return errors;
        }
        text(errors, "enterpriseName", request.enterpriseName(), true, ENTERPRISE_NAME_MAX);
        String code = CreditCode.normalize(request.creditCode());
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError("creditCode", "is required"));
        } else {
            CreditCode.problem(code).ifPresent(p -> errors.add(new FieldError("creditCode", p)));
        }
        text(errors, "park", request.park(), true, PARK_MAX);
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required"));
        }
        text(errors, "description", request.description(), false, DESCRIPTION_MAX);
        return errors;
    }

    /** One resource of a dispatch, as received; fields are named "resources[index].name" and so on. */
    public static List<FieldError> validateResource(int index, ResourceKind kind, String name, Integer quantity) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = "resources[" + index + "].";
        if (kind == null) {
            errors.add(new FieldError(prefix + "kind", "is required"));
        }
        text(errors, prefix + "name", name, true, Resource.NAME_MAX);
        if (quantity == null) {
            errors.add(new FieldError(prefix + "quantity", "is required"));
        } else if (quantity <= 0) {
            errors.add(new FieldError(prefix + "quantity", "must be greater than 0"));
        }
        return errors;
    }

    /** A note on an action is optional here (CANCEL and ESCALATE require one) and bounded. */
    public static List<FieldError> validateNote(String note) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "note", note, false, NOTE_MAX);
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
