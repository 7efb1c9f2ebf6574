package org.chrysalis.platform.api.event;

/**
 * EventAdmin topics follow {@code chrysalis/<capability>/<entity>/<EVENT>}. Event properties use
 * the keys below, so subscribers in other capabilities need no type of the publisher.
 */
public final class Topics {

    public static final String PREFIX = "chrysalis/";

    public static final String ID = "id";
    public static final String ACTOR = "actor";
    public static final String FROM_STATE = "from";
    public static final String TO_STATE = "to";
    public static final String AREA_CODE = "areaCode";
    public static final String AT = "at";

    private Topics() {
    }

    public static String of(String capability, String entity, String event) {
        return PREFIX + capability + "/" + entity + "/" + event;
    }

    /** The usual properties of a case event; {@code from} may be null (a new case). */
    public static java.util.Map<String, Object> properties(Object id, String actor, Object from, Object to) {
        java.util.Map<String, Object> properties = new java.util.HashMap<>();
        properties.put(ID, id);
        properties.put(ACTOR, actor);
        if (from != null) {
            properties.put(FROM_STATE, from.toString());
        }
        properties.put(TO_STATE, to.toString());
        return properties;
    }

    /** Every event of one capability, for a subscription. */
    public static String all(String capability) {
        return PREFIX + capability + "/*";
    }
}
