package org.chrysalis.parking.soap;

import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.parking.service.LotService;
import org.chrysalis.parking.service.SessionService;
import org.chrysalis.parking.service.Views.EntryInput;
import org.chrysalis.parking.service.Views.QuoteInput;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.rest.QueryParams;
import org.chrysalis.platform.api.soap.SoapActors;

@WebService(endpointInterface = "org.chrysalis.parking.soap.ParkingSoapService", serviceName = "ParkingService",
        portName = "ParkingServicePort", targetNamespace = ParkingSoapService.NAMESPACE)
public class ParkingSoapServiceImpl implements ParkingSoapService {

    private static final Locale LOCALE = Locales.DEFAULT;

    private final LotService lots;
    private final SessionService sessions;

    @Resource
    private WebServiceContext context;

    public ParkingSoapServiceImpl(LotService lots, SessionService sessions) {
        this.lots = lots;
        this.sessions = sessions;
    }

    @Override
    public List<AvailabilityData> availability(double latitude, double longitude, Double radiusMeters) {
        return lots.near(latitude, longitude, radiusMeters, null, LOCALE).stream().map(AvailabilityData::of).toList();
    }

    @Override
    public SessionData enter(String lotId, String plate, String vehicleType) {
        return SessionData.of(sessions.enter(new EntryInput(lotId, plate, vehicleType, null), SoapActors.of(context), LOCALE));
    }

    @Override
    public SessionData exit(long sessionId) {
        return SessionData.of(sessions.exit(sessionId, null, SoapActors.of(context), LOCALE));
    }

    @Override
    public SessionData getSession(long sessionId) {
        return SessionData.of(sessions.get(sessionId, LOCALE));
    }

    @Override
    public QuoteData quote(String lotId, String enteredAt, String exitedAt, String vehicleType) {
        return QuoteData.of(sessions.quote(new QuoteInput(lotId, QueryParams.instant("enteredAt", enteredAt),
                QueryParams.instant("exitedAt", exitedAt), vehicleType)));
    }
}
