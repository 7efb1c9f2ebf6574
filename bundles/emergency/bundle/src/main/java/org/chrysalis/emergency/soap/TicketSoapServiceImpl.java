package org.chrysalis.emergency.soap;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.soap.SoapActors;
import org.chrysalis.emergency.domain.ActionRequest;
import org.chrysalis.emergency.domain.NewTicket;
import org.chrysalis.emergency.domain.TicketAction;
import org.chrysalis.emergency.service.TicketService;

@WebService(endpointInterface = "org.chrysalis.emergency.soap.TicketSoapService", serviceName = "TicketService",
        portName = "TicketServicePort", targetNamespace = TicketSoapService.NAMESPACE)
public class TicketSoapServiceImpl implements TicketSoapService {

    private final TicketService tickets;

    @Resource
    private WebServiceContext context;

    public TicketSoapServiceImpl(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public TicketData open(String title, String description) {
        return TicketData.of(tickets.open(new NewTicket(title, description), SoapActors.of(context)));
    }

    @Override
    public TicketData getTicket(long id) {
        return TicketData.of(tickets.get(id, SoapActors.of(context)));
    }

    @Override
    public TicketData act(long id, String action, String comment) {
        TicketAction parsed = Enums.parse(TicketAction.class, "action", action);
        return TicketData.of(tickets.act(id, new ActionRequest(parsed, comment), SoapActors.of(context)));
    }
}
