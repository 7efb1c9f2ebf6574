package org.chrysalis.platform.core.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** The platform over SOAP: installed capabilities and the area tree, for any signed-in user. */
@WebService(name = "PlatformService", targetNamespace = PlatformService.NAMESPACE)
public interface PlatformService {

    String NAMESPACE = "urn:chrysalis:platform:v1";

    @WebMethod
    @WebResult(name = "capability")
    List<SoapTypes.CapabilityData> listCapabilities();

    @WebMethod
    @WebResult(name = "area")
    SoapTypes.AreaData getArea(@WebParam(name = "code") String code);

    @WebMethod
    @WebResult(name = "areas")
    SoapTypes.AreaPage listAreas(@WebParam(name = "level") String level,
                                 @WebParam(name = "parentCode") String parentCode,
                                 @WebParam(name = "offset") Integer offset,
                                 @WebParam(name = "limit") Integer limit);
}
