package org.chrysalis.platform.api.area;

/**
 * Levels of the district's area tree. A new area is the root; towns and streets sit under it;
 * villages and communities sit under a town or street.
 */
public enum AreaLevel {
    NEW_AREA(0), TOWN(1), STREET(1), VILLAGE(2), COMMUNITY(2);

    private final int depth;

    AreaLevel(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    /** Whether an area of this level may be the parent of an area of {@code child} level. */
    public boolean canParent(AreaLevel child) {
        return child.depth == depth + 1;
    }
}
