package org.chrysalis.platform.api.soap;

import java.io.InputStream;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.chrysalis.platform.api.rest.LimitedInputStream;

/** Bounds SOAP request bodies like REST ones: past the limit the call ends in a 413 fault. */
public class SoapSizeLimitInterceptor extends AbstractPhaseInterceptor<Message> {

    private final long maxBytes;

    public SoapSizeLimitInterceptor(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        InputStream body = message.getContent(InputStream.class);
        if (body != null) {
            message.setContent(InputStream.class, new LimitedInputStream(body, maxBytes));
        }
    }
}
