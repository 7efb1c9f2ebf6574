package org.chrysalis.platform.core.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.capability.CapabilityInfo;

/** JAXB shapes of the platform's SOAP messages (JAXB needs mutable beans, not records). */
public final class SoapTypes {

    private SoapTypes() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CapabilityData {
        public String id;
        public String name;
        public String version;
        public String description;
        public String health;

        static CapabilityData of(CapabilityInfo info) {
            CapabilityData data = new CapabilityData();
            data.id = info.id();
            data.name = info.name();
            data.version = info.version();
            data.description = info.description();
            data.health = info.health().status().name();
            return data;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class AreaData {
        public String code;
        public String name;
        public String level;
        public String parentCode;
        public Double centroidLongitude;
        public Double centroidLatitude;

        static AreaData of(Area area) {
            AreaData data = new AreaData();
            data.code = area.code();
            data.name = area.name();
            data.level = area.level().name();
            data.parentCode = area.parentCode();
            if (area.centroid() != null) {
                data.centroidLongitude = area.centroid().longitude();
                data.centroidLatitude = area.centroid().latitude();
            }
            return data;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class AreaPage {
        @XmlElement(name = "area")
        public List<AreaData> items = new ArrayList<>();
        public long total;
        public int offset;
        public int limit;
    }
}
