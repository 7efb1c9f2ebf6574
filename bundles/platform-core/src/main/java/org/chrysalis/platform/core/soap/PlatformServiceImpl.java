package org.chrysalis.platform.core.soap;

import java.util.List;

import javax.jws.WebService;

import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.core.capability.CapabilityRegistry;

@WebService(endpointInterface = "org.chrysalis.platform.core.soap.PlatformService",
        serviceName = "PlatformService", portName = "PlatformServicePort",
        targetNamespace = PlatformService.NAMESPACE)
public class PlatformServiceImpl implements PlatformService {

    private final CapabilityRegistry registry;
    private final AreaService areas;

    public PlatformServiceImpl(CapabilityRegistry registry, AreaService areas) {
        this.registry = registry;
        this.areas = areas;
    }

    @Override
    public List<SoapTypes.CapabilityData> listCapabilities() {
        return registry.list().stream().map(SoapTypes.CapabilityData::of).toList();
    }

    @Override
    public SoapTypes.AreaData getArea(String code) {
        if (code == null) {
            throw ProblemException.invalid("code", "is required");
        }
        return SoapTypes.AreaData.of(areas.find(code).orElseThrow(() -> ProblemException.notFound("Area", code)));
    }

    @Override
    public SoapTypes.AreaPage listAreas(String level, String parentCode, Integer offset, Integer limit) {
        Page<org.chrysalis.platform.api.area.Area> page =
                areas.list(Enums.parseOptional(AreaLevel.class, "level", level), parentCode, PageRequest.of(offset, limit));
        SoapTypes.AreaPage result = new SoapTypes.AreaPage();
        page.items().forEach(a -> result.items.add(SoapTypes.AreaData.of(a)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }
}
