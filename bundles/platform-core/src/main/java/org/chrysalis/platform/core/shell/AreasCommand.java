package org.chrysalis.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;

@Service
@Command(scope = "chrysalis", name = "areas", description = "Lists areas of the district")
public class AreasCommand implements Action {

    @Reference
    private AreaService areas;

    @Option(name = "--level", description = "NEW_AREA, TOWN, STREET, VILLAGE or COMMUNITY")
    private AreaLevel level;

    @Option(name = "--parent", description = "only the children of this area code")
    private String parent;

    @Option(name = "--limit", description = "at most this many (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        Page<Area> page = areas.list(level, parent, PageRequest.of(0, limit));
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Level");
        table.column("Parent");
        for (Area area : page.items()) {
            table.addRow().addContent(area.code(), area.name(), area.level(), area.parentCode() == null ? "" : area.parentCode());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
