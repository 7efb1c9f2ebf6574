package org.chrysalis.platform.core.area;

import java.util.Optional;

import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.GeoPoint;
import org.chrysalis.platform.api.problem.FieldErrors;

/** What makes an area valid, and the centroid it gets when none is given. Plain Java. */
final class AreaRules {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
    static final int MAX_NAME = 200;

    private AreaRules() {
    }

    /**
     * Checks a new area against its parent (empty when the parent code is unknown or absent) and
     * returns it with its centroid filled in.
     */
    static Area validateNew(Area area, Optional<Area> parent) {
        FieldErrors errors = new FieldErrors()
                .required("code", area.code())
                .matches("code", area.code(), CODE_PATTERN, "must be 1-64 letters, digits, '.', '_' or '-'")
                .required("level", area.level());
        checkNameAndShape(area, errors);
        if (area.level() == AreaLevel.NEW_AREA) {
            errors.check(area.parentCode() == null, "parentCode", "a new area is the root and has no parent");
        } else if (area.level() != null) {
            if (area.parentCode() == null) {
                errors.add("parentCode", "is required for level " + area.level());
            } else if (parent.isEmpty()) {
                errors.add("parentCode", "no area has this code");
            } else if (!parent.get().level().canParent(area.level())) {
                errors.add("parentCode", "a " + parent.get().level() + " cannot contain a " + area.level());
            }
        }
        errors.throwIfAny();
        return withCentroid(area);
    }

    /** Checks the changeable part of an area (name, boundary, centroid). */
    static Area validateChanges(Area existing, Area changes) {
        FieldErrors errors = new FieldErrors();
        errors.check(changes.code() == null || changes.code().equals(existing.code()), "code", "cannot change");
        errors.check(changes.level() == null || changes.level() == existing.level(), "level", "cannot change");
        errors.check(changes.parentCode() == null || changes.parentCode().equals(existing.parentCode()),
                "parentCode", "cannot change");
        checkNameAndShape(changes, errors);
        errors.throwIfAny();
        return withCentroid(new Area(existing.code(), changes.name(), existing.level(), existing.parentCode(),
                changes.boundary(), changes.centroid()));
    }

    private static void checkNameAndShape(Area area, FieldErrors errors) {
        errors.required("name", area.name()).maxLength("name", area.name(), MAX_NAME);
        if (area.boundary() != null) {
            GeoJsonPolygons.read(area.boundary(), "boundary", errors);
        }
    }

    private static Area withCentroid(Area area) {
        if (area.centroid() != null || area.boundary() == null) {
            return area;
        }
        GeoPoint centroid = GeoJsonPolygons.centroid(GeoJsonPolygons.read(area.boundary(), "boundary", new FieldErrors()));
        return new Area(area.code(), area.name(), area.level(), area.parentCode(), area.boundary(), centroid);
    }
}
