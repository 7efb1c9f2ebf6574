package org.chrysalis.parking.soap;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** Parking over SOAP: availability near a point, vehicle sessions and fee quotes. */
@WebService(name = "ParkingService", targetNamespace = ParkingSoapService.NAMESPACE)
@RolesAllowed({"admin", "parking-operator", "integrator"})
public interface ParkingSoapService {

    String NAMESPACE = "urn:chrysalis:parking:v1";

    @WebMethod
    @WebResult(name = "lot")
    List<AvailabilityData> availability(@WebParam(name = "latitude") double latitude,
                                        @WebParam(name = "longitude") double longitude,
                                        @WebParam(name = "radiusMeters") Double radiusMeters);

    @WebMethod
    @WebResult(name = "session")
    @RolesAllowed({"admin", "parking-operator"})
    SessionData enter(@WebParam(name = "lotId") String lotId, @WebParam(name = "plate") String plate,
                      @WebParam(name = "vehicleType") String vehicleType);

    @WebMethod
    @WebResult(name = "session")
    @RolesAllowed({"admin", "parking-operator"})
    SessionData exit(@WebParam(name = "sessionId") long sessionId);

    @WebMethod
    @WebResult(name = "session")
    SessionData getSession(@WebParam(name = "sessionId") long sessionId);

    /** The fee of a stay; instants as ISO-8601 text with offset. */
    @WebMethod
    @WebResult(name = "quote")
    QuoteData quote(@WebParam(name = "lotId") String lotId, @WebParam(name = "enteredAt") String enteredAt,
                    @WebParam(name = "exitedAt") String exitedAt, @WebParam(name = "vehicleType") String vehicleType);
}
